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


async def test_an_inline_query_answers_with_a_sendable_result_in_the_users_language(
    running: Running,
) -> None:
    user = running.api.user(4301, language_code="ms")
    await running.deliver(
        running.api.inline_query(
            "Akaun DBS anda digantung. Sahkan di https://dbs-sg-verify.xyz/login", user
        )
    )
    answer = await running.wait_for(lambda: next(iter(running.api.answers()), None))
    (result,) = answer["results"]
    assert result["title"].startswith("🔴")
    text = result["input_message_content"]["message_text"]
    assert "dbs-sg-verify[.]xyz" in text
    assert "<b>➕ TAMBAH</b>" in text  # Add-Check-Tell in Malay
    assert answer["is_personal"] is True
    assert running.api.refused == []
