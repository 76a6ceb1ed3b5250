"""End to end (issue 14): the real `scamcheck bot` process against the Bot API stand-in and a
real redis-server: the card says what it checked, inline mode, the group guardian and the
caregiver link.
"""

from __future__ import annotations

import asyncio
from typing import Any

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


SCAM = "Your DBS account has been suspended. Verify now at https://dbs-sg-verify.xyz/login"
CALM = "Dinner at 7 tonight at Auntie's place, bring the durians!"


def _command(text: str) -> dict[str, object]:
    return {"entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]}


async def test_a_guarded_group_gets_one_warning_for_a_scam_and_none_for_a_calm_message(
    running: Running,
) -> None:
    api = running.api
    group = api.group(-1009001, forum=True)
    admin, member = api.user(4701), api.user(4702, language_code="zh")
    api.make_admin(group["id"], admin)

    def replies(message: dict[str, object]) -> list[dict[str, object]]:
        return [
            p
            for p in api.sent()
            if (p.get("reply_parameters") or {}).get("message_id") == message["message_id"]
        ]

    # A member who is no admin cannot turn the guardian off.
    refused = await running.say("/guard off", user=member, chat=group, **_command("/guard"))
    assert refused["text"] == "只有本群的管理员可以更改这个设置。"
    assert any(c.method == "getChatMember" for c in api.calls)
    calm = api.message(CALM, user=member, chat=group, message_thread_id=5, is_topic_message=True)
    await running.deliver(api.update(message=calm))
    scam = api.message(SCAM, user=member, chat=group, message_thread_id=5, is_topic_message=True)
    await running.deliver(api.update(message=scam))
    (warning,) = await running.wait_for(lambda: replies(scam))
    assert warning["text"].startswith("🔴 ScamCheck")
    assert int(warning["message_thread_id"]) == 5
    assert api.buttons(warning)[0][1].startswith("https://t.me/ScamCheckBot?start=g")
    # The calm message came first and was answered by nothing.
    await asyncio.sleep(0.5)
    assert replies(calm) == [] and len(replies(scam)) == 1
    # The admin turns it off; the same scam is then left alone.
    done = await running.say("/guard off", user=admin, chat=group, **_command("/guard"))
    assert done["text"].startswith("ScamCheck no longer checks")
    again = api.message(SCAM, user=member, chat=group)
    await running.deliver(api.update(message=again))
    await asyncio.sleep(1.0)
    assert replies(again) == []


async def test_a_caregiver_link_pairs_two_users_copies_red_not_white_and_unlinks(
    running: Running,
) -> None:
    api = running.api
    mum, mei = api.user(4801, name="Mum"), api.user(4802, name="Mei")

    def to(chat_id: int, since: int) -> list[dict[str, Any]]:
        return [p for p in api.sent()[since:] if int(p["chat_id"]) == chat_id]

    menu = await running.say("👪 Let my family look out for me", user=mum)
    before = len(api.sent())
    await running.deliver(
        api.press(api.message_sent(menu), _data(api, menu, "Invite a family member"), mum)
    )
    invite = await running.next_sent(before, "start=c")
    payload = invite["text"].rsplit("start=", 1)[1]
    ask = await running.say(f"/start {payload}", user=mei, **_command("/start"))
    assert ask["text"].startswith("Mum asks you to look out for them")
    before = len(api.sent())
    await running.deliver(api.press(api.message_sent(ask), _data(api, ask, "Yes, I agree"), mei))
    confirm = await running.wait_for(lambda: next(iter(to(4801, before)), None))
    before = len(api.sent())
    await running.deliver(
        api.press(api.message_sent(confirm), _data(api, confirm, "Yes, confirm"), mum)
    )
    await running.wait_for(lambda: to(4802, before))
    # 🔴 for Mum is copied to Mei; ⚪ is not.
    before = len(api.sent())
    await running.say(CALM, user=mum, wait_text="No known red flags")
    await running.say(SCAM, user=mum, wait_text="Likely scam")
    (copy,) = await running.wait_for(lambda: to(4802, before))
    assert copy["text"].startswith("👪 Mum checked a message: 🔴 Likely scam")
    assert "dbs-sg-verify" not in copy["text"]
    # Mum unlinks Mei from her menu; the next 🔴 stays with Mum.
    menu = await running.say("👪 Let my family look out for me", user=mum)
    before = len(api.sent())
    await running.deliver(
        api.press(api.message_sent(menu), _data(api, menu, "Stop the link with Mei"), mum)
    )
    await running.next_sent(before, "has stopped")
    before = len(api.sent())
    await running.say(SCAM, user=mum, wait_text="Likely scam")
    await asyncio.sleep(0.5)
    assert [p for p in to(4802, before) if p["text"].startswith("👪")] == []


def _data(api: Any, params: dict[str, Any], label_part: str) -> str:
    return str(next(d for label, d in api.buttons(params) if label_part in label))


async def test_a_group_flooding_1000_messages_costs_other_citizens_nothing(
    running: Running,
) -> None:
    """1,000 messages (scams among them) in a group while citizens check in private chats:
    every citizen is answered once, the group is checked within its budget and gets at most
    its share of warnings. (Timings: ``python -m benchmarks.group_flood``.)
    """
    from blocklists.groups import CHECK_LIMIT, WARN_LIMIT

    api = running.api
    group = api.group(-1009002)
    flood_ids: set[int] = set()
    citizen_ids: set[int] = set()
    for index in range(1000):
        text = SCAM if index % 10 == 0 else f"{CALM} ({index})"
        message = api.message(text, user=api.user(7000 + index % 50), chat=group)
        flood_ids.add(message["message_id"])
        await running.deliver(api.update(message=message))
        if index % 50 == 0:
            mine = api.message(SCAM, user=api.user(7600 + index // 50))
            citizen_ids.add(mine["message_id"])
            await running.deliver(api.update(message=mine))

    def answered(ids: set[int]) -> list[int]:
        return [
            int(p["reply_parameters"]["message_id"])
            for p in api.sent()
            if p.get("reply_parameters") and int(p["reply_parameters"]["message_id"]) in ids
        ]

    await running.wait_for(lambda: len(answered(citizen_ids)) == len(citizen_ids), seconds=60)
    assert sorted(answered(citizen_ids)) == sorted(citizen_ids)  # each exactly once
    assert all(
        "Likely scam" in p["text"]
        for p in api.sent()
        if p.get("reply_parameters") and int(p["reply_parameters"]["message_id"]) in citizen_ids
    )
    # The budgets count per minute of the clock: the flood may straddle two of them.
    warnings = answered(flood_ids)
    assert 1 <= len(warnings) <= 2 * WARN_LIMIT
    log = running.log_path.read_text()
    assert 1 <= log.count('"group check"') <= 2 * CHECK_LIMIT
    assert "Dinner at 7" not in log and "dbs-sg-verify" not in log
