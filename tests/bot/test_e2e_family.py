"""End to end (issue 14): the real `scamcheck bot` process against the Bot API stand-in and a
real redis-server: the card says what it checked, inline mode, the group guardian and the
caregiver link.
"""

from __future__ import annotations

from phonenumbers import PhoneNumberType

from checkers.phone import example_number
from tests.bot import test_e2e
from tests.bot.test_e2e import Running

running = test_e2e.running  # the same fixture: a fresh bot process, stand-in and Redis
MOBILE = example_number(PhoneNumberType.MOBILE)  # +6581234567


async def test_a_contact_cards_calm_card_names_the_number_and_its_type(running: Running) -> None:
    card = await running.say(
        None,
        wait_text="No known red flags",
        contact={"phone_number": MOBILE.lstrip("+"), "first_name": "Auntie May"},
    )
    assert "Checked: +65 8123 4567 (Singapore mobile number)" in card["text"]
    chinese = running.api.user(4101, language_code="zh")
    card = await running.say(
        None,
        wait_text="未发现",
        user=chinese,
        contact={"phone_number": MOBILE.lstrip("+"), "first_name": "Auntie May"},
    )
    assert "已检查：+65 8123 4567（新加坡手机号码）" in card["text"]
