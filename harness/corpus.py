"""The labelled messages the tests score and the benchmarks replay.

``tests/corpus/*.txt`` (written for this project) hold blocks of ``expect: <level>``, the
message, ``---``; ``## <family>`` headings name the scam family of the blocks below them and
``#`` lines inside a block are comments. ``DATA`` is the shared labelled SMS
(``../shared/data`` beside this checkout, or ``$SCAMCHECK_DATA``) when it is there.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from harness import ROOT

CORPUS = ROOT / "tests" / "corpus"
DATA = Path(os.environ.get("SCAMCHECK_DATA", ROOT.parent / "shared" / "data"))


@dataclass(frozen=True)
class Sample:
    """One labelled message: its family ("" before any heading), expected level and text."""

    family: str
    level: str
    text: str


def load(name: str) -> list[Sample]:
    """The samples of ``tests/corpus/<name>``, in file order."""
    samples: list[Sample] = []
    family = ""
    level: str | None = None
    lines: list[str] = []
    for line in (CORPUS / name).read_text("utf-8").splitlines():
        if line.startswith("## "):
            family = line[3:].strip()
        elif line.startswith("expect:"):
            level, lines = line[len("expect:") :].split()[0], []
        elif line.strip() == "---" and level is not None:
            samples.append(Sample(family, level, "\n".join(lines).strip()))
            level = None
        elif level is not None and not line.startswith("#"):
            lines.append(line)
    return samples


def everyday_and_scam() -> tuple[list[str], list[str]]:
    """(scam, everyday) texts: every corpus file, then the shared labelled SMS if present."""
    scam: list[str] = []
    ham: list[str] = []
    for name in sorted(p.name for p in CORPUS.glob("*.txt")):
        for sample in load(name):
            (ham if sample.level == "no_red_flags" else scam).append(sample.text)
    # The labelled SMS of ../shared/data when this checkout sits beside it (as here and in
    # CI); the corpus alone still gives hundreds of campaigns and of everyday messages.
    for name in ("sms_mendeley_smishing.jsonl", "sms_uci.jsonl"):
        if not (DATA / name).exists():
            continue
        for line in (DATA / name).read_text("utf-8").splitlines():
            record = json.loads(line)
            (scam if record["label"] == "scam" else ham).append(record["text"])
    return list(dict.fromkeys(scam)), list(dict.fromkeys(ham))


SCREENSHOT_SAMPLES = 8
"""Scam texts a language that ``tests/checkers/test_picture.py`` draws as screenshots."""


def indicators(text: str) -> set[str]:
    """The links and valid phone numbers of a text, as the engine extracts them."""
    from checkers.extract import extract

    found = extract(text)
    return {link.url for link in found.links} | {p.e164 for p in found.phones if p.e164}


def screenshot_samples(lang: str) -> list[str]:
    """The first scam texts of ``families_<lang>.txt`` that carry a link or a number."""
    scams = [s.text for s in load(f"families_{lang}.txt") if s.level != "no_red_flags"]
    return [t for t in scams if indicators(t)][:SCREENSHOT_SAMPLES]
