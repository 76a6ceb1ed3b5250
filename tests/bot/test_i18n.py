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


@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_url019_names_the_shape_found_in_every_language(lang: str) -> None:
    """Each shape of a phishing address gives its own reason, in the reader's language."""
    from checkers.url import Shape, UrlChecker
    from tests.checkers.helpers import run
    from tests.checkers.test_url import SHAPE_LINKS

    t = translator(lang)
    reasons = {}
    for shape in Shape:
        found = [f for f in await run(UrlChecker(), SHAPE_LINKS[shape]) if f.code == "URL019"]
        assert len(found) == 1, shape
        reason, html = t.reason(found[0]), t.reason_html(found[0])
        phrase = t(shape.value)
        assert phrase in reason and "{" not in reason and "?" not in reason, (shape, reason)
        assert found[0].params["domain"] in reason
        if lang != "en":
            assert phrase != shape.value and shape.value not in reason  # translated, not English
        assert f"<code>{found[0].params['domain']}</code>" in html
        reasons[shape] = reason
    assert len(set(reasons.values())) == len(Shape)


def test_url019_reads_naturally_in_chinese() -> None:
    from checkers.url import Shape

    item = finding(
        "URL019",
        "https://erp-fine-notice.netlify.app/",
        domain="erp-fine-notice.netlify.app",
        shape=Shape.PLATFORM_FEE.value,
    )
    assert translator("zh").reason(item) == (
        "指向 erp-fine-notice.netlify.app 的链接具有钓鱼页面的特征："
        "它是免费建站平台上的一个页面，名字像是过路费、罚款、退款、包裹或账单的通知。"
    )
    assert translator("en").reason(item) == item.reason
