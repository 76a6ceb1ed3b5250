"""Issue 14 in-process: the card's "Checked" line, inline mode, the group guardian and the
caregiver link, through the real python-telegram-bot stack and the FakeRequest stand-in.
"""

from __future__ import annotations

from phonenumbers import PhoneNumberType

from bot.i18n import translator
from bot.render import build_card, checked_line, render_html
from checkers.phone import example_number
from checkers.verdict import Indicators, Verdict
from tests.bot.conftest import Harness

MOBILE = example_number(PhoneNumberType.MOBILE)
TOLL_FREE = example_number(PhoneNumberType.TOLL_FREE)
VOIP = example_number(PhoneNumberType.VOIP)
MY_MOBILE = example_number(PhoneNumberType.MOBILE, "MY")


def _verdict(**indicators: tuple[str, ...]) -> Verdict:
    return Verdict("no_red_flags", 0, (), (), Indicators(**indicators))


def test_checked_line_names_numbers_links_and_accounts() -> None:
    t = translator("en")
    line = checked_line(
        Indicators(urls=("https://a.example/",), phones=(MOBILE, MY_MOBILE), handles=("bob",)),
        t,
    )
    assert line == (
        "Checked: +65 8123 4567 (Singapore mobile number), "
        "+60 12-345 6789 (Malaysia mobile number), 1 link, 1 account"
    )
    many = checked_line(Indicators(urls=("a", "b"), phones=(TOLL_FREE, VOIP)), t)
    assert many == (
        "Checked: +65 1800 123 4567 (Singapore toll-free number), "
        "+65 3123 4567 (Singapore internet (VoIP) number), 2 links"
    )
    assert checked_line(Indicators(), t) == ""


def test_checked_line_in_every_language() -> None:
    indicators = Indicators(phones=(MOBILE,), urls=("a",))
    assert checked_line(indicators, translator("zh")) == (
        "已检查：+65 8123 4567（新加坡手机号码）, 1 个链接"
    )
    assert checked_line(indicators, translator("ms")).startswith(
        "Telah disemak: +65 8123 4567 (nombor telefon bimbit Singapura)"
    )
    assert "சிங்கப்பூர் கைப்பேசி எண்" in checked_line(indicators, translator("ta"))


def test_the_card_shows_what_it_checked_escaped() -> None:
    card = build_card(_verdict(phones=(MOBILE,)), translator("en"))
    html = render_html(card)
    assert "Checked: +65 8123 4567 (Singapore mobile number)" in html
    assert "Checked" not in render_html(build_card(_verdict(), translator("en")))


async def test_a_contact_card_gets_a_card_naming_its_number(harness: Harness) -> None:
    card = await harness.say(None, contact={"phone_number": "6581234567", "first_name": "May"})
    assert "No known red flags" in card["text"]
    assert "Checked: +65 8123 4567 (Singapore mobile number)" in card["text"]


# Inline mode.
SCAM = "Your DBS account has been suspended. Verify now at https://dbs-sg-verify.xyz/login"


async def _inline(harness: Harness, text: str, user: dict[str, object] | None = None) -> dict:
    await harness.send(harness.api.inline_query(text, user))  # type: ignore[arg-type]
    return harness.api.answers()[-1]


async def test_inline_query_answers_with_a_sendable_card(harness: Harness) -> None:
    answer = await _inline(harness, SCAM)
    assert answer["is_personal"] is True
    assert int(answer["cache_time"]) == 60
    (result,) = answer["results"]
    assert result["type"] == "article"
    assert result["title"] == "🔴 Likely scam"
    content = result["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert content["link_preview_options"] == {"is_disabled": True}
    text = content["message_text"]
    assert "dbs-sg-verify[.]xyz" in text and "dbs-sg-verify.xyz" not in text
    assert "<b>➕ ADD</b>" in text and "<b>📣 TELL</b>" in text
    assert len(text) <= 4096
    assert harness.api.refused == []


async def test_inline_query_in_the_citizens_language(harness: Harness) -> None:
    answer = await _inline(harness, SCAM, harness.api.user(4201, language_code="zh"))
    (result,) = answer["results"]
    assert result["title"] == "🔴 很可能是诈骗"
    assert "已检查" in result["input_message_content"]["message_text"]


async def test_an_empty_inline_query_offers_help_and_no_result(harness: Harness) -> None:
    answer = await _inline(harness, "   ")
    assert answer["results"] == []
    assert answer["button"]["start_parameter"] == "inline"
    assert answer["button"]["text"] == "Type or paste a message, link or number to check"


def test_a_shareable_card_always_fits_one_message() -> None:
    from bot.render import Card, render_shareable

    long_reason = "https://scam.example/" + "x" * 3000
    card = Card(
        title="🔴",
        source="auto",
        reasons=(long_reason, long_reason, "short"),
        reasons_html=(),
        notes=(),
        add="add",
        check="check",
        tell="tell",
        headings=("A", "C", "T"),
        what_we_found="",
    )
    text = render_shareable(card)
    assert len(text) <= 4096
    assert "scam[.]example" in text and "https://scam" not in text
