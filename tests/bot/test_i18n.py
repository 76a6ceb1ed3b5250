"""Message catalogues: complete, compiled, placeholders kept; translated reasons and cards."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LOCALE_DIR, normalize_language, translator
from bot.i18n import messages as m
from checkers.codes import finding

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import i18n as catalogues


def test_catalogues_are_complete_and_compiled() -> None:
    assert catalogues.problems() == []


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_translations_keep_every_placeholder(lang: str) -> None:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "scamcheck.po"
    with path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        wanted = set(re.findall(r"\{(\w+)\}", str(message.id)))
        assert set(re.findall(r"\{(\w+)\}", str(message.string))) == wanted, message.id


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (None, "en"),
        ("", "en"),
        ("en-GB", "en"),
        ("zh-hans", "zh"),
        ("zh-Hant", "zh"),
        ("ms", "ms"),
        ("id", "ms"),
        ("ta", "ta"),
        ("fr", "en"),
        ("xx_YY", "en"),
    ],
)
def test_language_from_telegram(code: str | None, expected: str) -> None:
    assert normalize_language(code) == expected


def test_every_language_translates_the_card_and_reasons() -> None:
    item = finding(
        "URL002", "https://dbs-sg-verify.xyz/login", brand="DBS/POSB", domain="dbs-sg-verify.xyz"
    )
    seen = set()
    for lang in LANGUAGES:
        t = translator(lang)
        title = t(m.LEVEL_SCAM)
        reason = t.reason(item)
        assert "dbs-sg-verify.xyz" in reason and "{" not in reason
        seen.add((title, reason))
    assert len(seen) == len(LANGUAGES)
    assert "星展银行" in translator("zh").reason(item)


def test_html_reasons_escape_and_quote_evidence() -> None:
    item = finding("TXT017", "<b>URGENT</b> & now")
    html = translator("en").reason_html(item)
    assert "<b>URGENT" not in html
    assert "<code>&lt;b&gt;URGENT&lt;/b&gt; &amp; now</code>" in html


def test_unknown_language_falls_back_to_english() -> None:
    assert translator("fr")(m.LEVEL_SCAM) == m.LEVEL_SCAM
