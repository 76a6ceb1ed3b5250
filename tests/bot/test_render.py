"""The verdict card: level line, at most five reasons, Add-Check-Tell, escaping, splitting."""

from __future__ import annotations

import pytest

from bot.i18n import translator
from bot.render import build_card, defang, render_html, render_plain, split_message, warning_text
from checkers.advice import advise
from checkers.engine import Engine
from checkers.verdict import Origin, Submission

SCAM = (
    "URGENT: Your DBS account has been suspended. Verify now at hxxps://dbs-sg-verify[.]xyz/login"
)


async def test_card_has_level_reasons_and_act_sections(engine: Engine) -> None:
    verdict = await engine.check(Submission(text=SCAM))
    card = build_card(verdict, translator("en"), text=SCAM)
    assert card.title == "🔴 Likely scam"
    assert "Automatic check" in card.source
    assert len(card.reasons) <= 6 and card.reasons[-1].startswith("…and")
    assert "1800 339 6963" in card.check and "DBS/POSB" in card.check
    assert "1799" in card.tell
    text = render_plain(card)
    assert text.index("➕ ADD") < text.index("🔍 CHECK") < text.index("📣 TELL")


async def test_card_never_says_safe(engine: Engine) -> None:
    verdict = await engine.check(Submission(text="dinner at 7?"))
    card = build_card(verdict, translator("en"))
    assert card.title.startswith("⚪ No known red flags")
    assert "That does not prove it is safe" in card.reasons[0]


async def test_list_hits_say_so(engine: Engine) -> None:
    verdict = await engine.check(Submission(text="http://scamcheck-demo.example/x"))
    card = build_card(verdict, translator("en"), listed_since="3 May 2026")
    assert "confirmed this as a scam" in card.source and "3 May 2026" in card.source


async def test_html_card_escapes_everything_the_user_sent(engine: Engine) -> None:
    hostile = "<script>alert(1)</script> your account has been suspended, verify at http://evil-<b>.xyz/</b>"
    verdict = await engine.check(Submission(text=hostile))
    html = render_html(build_card(verdict, translator("en"), text=hostile))
    assert "<script>" not in html and "<b>.xyz" not in html
    assert html.startswith("<b>")


async def test_forward_origin_and_failures_are_noted(engine: Engine) -> None:
    verdict = await engine.check(Submission(text="hi"))
    origin = Origin(kind="channel", name="DBS Official", date="2026-05-03")
    card = build_card(verdict, translator("en"), origin=origin, combined=3)
    assert any("DBS Official" in n for n in card.notes)
    assert any("2026-05-03" in n for n in card.notes)
    assert any("3 messages" in n for n in card.notes)
    down = await Engine(None).check(Submission(text="hi"))
    assert any("could not be checked" in n for n in build_card(down, translator("en")).notes)


@pytest.mark.parametrize(
    ("text", "add", "brand", "friend"),
    [
        ("Please give me your Singpass password", "singpass", "singpass", False),
        ("Part-time job, pay per task, registration fee $50", "job", None, False),
        ("Guaranteed returns, 5% daily", "investment", None, False),
        ("OCBC: your account has been suspended", "bank", "ocbc", False),
        ("Guess who? This is my new number", "default", None, True),
        ("see you later", "default", None, False),
    ],
)
async def test_advice(
    engine: Engine, text: str, add: str, brand: str | None, friend: bool
) -> None:
    advice = advise(await engine.check(Submission(text=text)), text)
    assert advice.add == add
    assert (advice.check_with.key if advice.check_with else None) == brand
    assert advice.friend is friend


def test_split_message_respects_the_limit_and_keeps_lines() -> None:
    text = "\n".join(f"<b>line {i}</b> " + "x" * 50 for i in range(300))
    parts = split_message(text, 1000)
    assert all(len(p) <= 1000 for p in parts)
    assert "\n".join(parts) == text
    assert split_message("y" * 2500, 1000) == ["y" * 1000, "y" * 1000, "y" * 500]
    assert split_message("") == [""]


def test_defang() -> None:
    assert defang("see https://dbs-verify.xyz/login") == "see hxxps://dbs-verify[.]xyz/login"
    assert defang("Hello. World") == "Hello. World"


async def test_family_warning_is_plain_and_defanged(engine: Engine) -> None:
    verdict = await engine.check(Submission(text=SCAM))
    warning = warning_text(verdict, translator("en"))
    assert warning.startswith("⚠️ Scam warning")
    assert "dbs-sg-verify[.]xyz" in warning and "1799" in warning
