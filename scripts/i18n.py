"""Keep the message catalogues in step with the code.

    python scripts/i18n.py update    # add new message ids to every .po (keeps translations)
    python scripts/i18n.py compile   # .po -> .mo (what the bot loads)
    python scripts/i18n.py check     # exit 1 if a catalogue is incomplete or stale

Message ids: the strings marked N_() in bot/, the reason templates of checkers/codes.py,
the names of organisations and countries the reasons mention, and the shapes of a phishing
address URL019 names (checkers.url.Shape). Needs Babel ('.[test]').
"""

from __future__ import annotations

import ast
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.i18n import DOMAIN, LANGUAGES, LOCALE_DIR  # noqa: E402
from checkers.codes import _CODES  # noqa: E402
from checkers.data import BRANDS, HOTLINES  # noqa: E402
from checkers.language import LANGUAGE_NAMES  # noqa: E402
from checkers.phone import country_name  # noqa: E402
from checkers.url import Shape  # noqa: E402

COUNTRIES = (
    "MY",
    "ID",
    "CN",
    "HK",
    "TW",
    "PH",
    "TH",
    "VN",
    "IN",
    "GB",
    "US",
    "KH",
    "MM",
    "LA",
    "AU",
)


def message_ids() -> list[str]:
    ids: list[str] = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                ids.append(node.args[0].value)
    ids += [c.template for c in _CODES]
    ids += [b.name for b in BRANDS]
    ids += list(HOTLINES.values())
    ids += [country_name(c) for c in COUNTRIES] + [country_name("")]
    ids += [*LANGUAGE_NAMES.values(), "another language"]
    ids += [shape.value for shape in Shape]
    return list(dict.fromkeys(ids))


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def update() -> None:
    ids = message_ids()
    for lang in LANGUAGES:
        if lang == "en":
            continue
        old = load(lang)
        new = Catalog(locale=lang, domain=DOMAIN, project="ScamCheck")
        for msgid in ids:
            existing = old.get(msgid)
            new.add(msgid, existing.string if existing is not None else "")
        po_path(lang).parent.mkdir(parents=True, exist_ok=True)
        with po_path(lang).open("wb") as handle:
            write_po(handle, new, width=0, omit_header=False, sort_output=False)


def compiled(lang: str) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, load(lang))
    return buffer.getvalue()


def compile_all() -> None:
    for lang in LANGUAGES:
        if lang != "en":
            po_path(lang).with_suffix(".mo").write_bytes(compiled(lang))


def problems() -> list[str]:
    found: list[str] = []
    ids = message_ids()
    for lang in LANGUAGES:
        if lang == "en":
            continue
        catalog = load(lang)
        for msgid in ids:
            message = catalog.get(msgid)
            if message is None or not message.string:
                found.append(f"{lang}: untranslated: {msgid[:60]!r}")
        mo = po_path(lang).with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(lang):
            found.append(f"{lang}: {mo.name} is stale; run: python scripts/i18n.py compile")
    return found


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
        return 0
    if command == "compile":
        compile_all()
        return 0
    issues = problems()
    print("\n".join(issues) or "catalogues complete")
    return 1 if issues else 0


if __name__ == "__main__":
    raise SystemExit(main())
