"""One catalogue of codes: unique, complete, and the README's table matches it."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

from checkers.codes import _CODES, CATALOGUE, finding
from checkers.rules import shipped_rules
from checkers.verdict import Severity

ROOT = Path(__file__).resolve().parents[2]


def test_codes_are_unique_and_well_formed() -> None:
    codes = [c.code for c in _CODES]
    assert len(codes) == len(set(codes))
    for entry in _CODES:
        assert re.fullmatch(r"[A-Z]{2,3}\d{3}", entry.code)
        assert entry.template.strip() and entry.title.strip()
        assert entry.severity in Severity


def test_every_code_the_source_emits_is_catalogued() -> None:
    emitted: set[str] = set()
    for path in (ROOT / "checkers").glob("*.py"):
        emitted |= set(re.findall(r'finding\(\s*"([A-Z]{2,3}\d{3})"', path.read_text("utf-8")))
    emitted |= {rule.code for rule in shipped_rules().rules}
    assert emitted, "no codes found: the pattern above is stale"
    assert emitted <= set(CATALOGUE)


def test_templates_use_only_known_placeholders() -> None:
    known = {
        "evidence",
        "brand",
        "domain",
        "official",
        "shown",
        "tld",
        "port",
        "country",
        "language",
        "count",
        "date",
        "file",
        "shape",
    }
    for entry in _CODES:
        fields = {name for _, name, _, _ in Formatter().parse(entry.template) if name}
        assert fields <= known, entry.code
        reason = finding(entry.code, "ev", **dict.fromkeys(known - {"evidence"}, "x")).reason
        assert "{" not in reason


def test_readme_table_matches_the_catalogue() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("<!-- codes:start -->", 1)[1].split("<!-- codes:end -->", 1)[0]
    rows = {}
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"[A-Z]{2,3}\d{3}", cells[0]):
            rows[cells[0]] = (cells[1], cells[2], cells[3])
    expected = {c.code: (c.severity.label, c.checker, c.title) for c in _CODES}
    assert rows == expected
