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


# The group guardian.
CALM = "Dinner at 7 tonight at Auntie's place, bring the durians!"


def _command(text: str) -> dict[str, object]:
    return {"entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]}


async def _post(
    harness: Harness, text: str, chat: dict, user: dict | None = None, **extra: object
) -> dict:
    message = harness.api.message(text, chat=chat, user=user, **extra)
    await harness.send(harness.api.update(message=message))
    return message


def _replies_to(harness: Harness, message: dict) -> list[dict]:
    return [
        p
        for p in harness.api.sent()
        if int(p["chat_id"]) == message["chat"]["id"]
        and (p.get("reply_parameters") or {}).get("message_id") == message["message_id"]
    ]


async def test_a_scam_in_a_group_gets_one_warning_and_a_calm_message_none(
    harness: Harness,
) -> None:
    group = harness.api.group(-100501)
    calm = await _post(harness, CALM, group)
    assert _replies_to(harness, calm) == []
    scam = await _post(harness, SCAM, group)
    (warning,) = _replies_to(harness, scam)
    assert warning["text"].startswith("🔴 ScamCheck: this message is likely a scam.")
    assert "https://" not in warning["text"]  # links in a warning are defanged
    ((label, url),) = harness.api.buttons(warning)
    assert label == "🔍 See why (private chat)"
    assert url.startswith("https://t.me/ScamCheckBot?start=g")
    # The button opens the full card in a private chat, in the reader's own language.
    reader = harness.api.user(4401, language_code="zh")
    payload = url.split("start=", 1)[1]
    await _post(
        harness,
        f"/start {payload}",
        {"id": 4401, "type": "private", "first_name": "R"},
        reader,
        **_command("/start"),
    )
    card = harness.api.last_sent()
    assert card["text"].startswith("<b>🔴 很可能是诈骗</b>")
    assert "dbs-sg-verify.xyz" in card["text"]


async def test_the_warning_keeps_the_forum_topic(harness: Harness) -> None:
    forum = harness.api.group(-100502, forum=True)
    scam = await _post(harness, SCAM, forum, message_thread_id=77, is_topic_message=True)
    (warning,) = _replies_to(harness, scam)
    assert int(warning["message_thread_id"]) == 77


async def test_only_admins_change_guard_and_strict_adds_orange(harness: Harness) -> None:
    api = harness.api
    group = api.group(-100503)
    admin, member = api.user(4501, language_code="ms"), api.user(4502)
    api.make_admin(group["id"], admin)
    careful = "Contact our officer at +65 3123 4567"  # 🟠: a Singapore VoIP number
    before_strict = await _post(harness, careful, group, member)
    assert _replies_to(harness, before_strict) == []  # "on": only 🔴
    await _post(harness, "/guard off", group, member, **_command("/guard"))
    assert api.last_sent()["text"] == "Only this group's admins can change this."
    await _post(harness, "/guard strict", group, admin, **_command("/guard"))
    assert api.last_sent()["text"].startswith("ScamCheck menyemak setiap mesej")
    assert harness.app.bot_data.groups is not None
    assert (await harness.app.bot_data.groups.settings(group["id"]))[0] == "strict"
    scam = await _post(harness, SCAM, group, member)
    (warning,) = _replies_to(harness, scam)
    assert warning["text"].startswith("🔴 ScamCheck: mesej ini mungkin penipuan.")
    orange = await _post(harness, careful, group, member)
    (caution,) = _replies_to(harness, orange)
    assert caution["text"].startswith("🟠 ScamCheck: berhati-hati dengan mesej ini.")
    await _post(harness, "/guard off", group, admin, **_command("/guard"))
    quiet = await _post(harness, SCAM, group, member)
    assert _replies_to(harness, quiet) == []


async def test_a_group_owner_and_an_anonymous_admin_may_change_guard(harness: Harness) -> None:
    api = harness.api
    group = api.group(-100504)
    owner = api.user(4601)
    api.make_admin(group["id"], owner, owner=True)
    await _post(harness, "/guard off", group, owner, **_command("/guard"))
    assert api.last_sent()["text"].startswith("ScamCheck no longer checks")
    anonymous = api.user(1087968824, name="Group")
    await _post(harness, "/guard on", group, anonymous, sender_chat=group, **_command("/guard"))
    assert api.last_sent()["text"].startswith("ScamCheck checks every message")


async def test_a_flooded_group_is_checked_only_within_its_budget(harness: Harness) -> None:
    from blocklists.groups import GroupStore

    api = harness.api
    group = api.group(-100505)
    data = harness.app.bot_data
    assert data.groups is not None
    # One window of the clock, whenever the test runs.
    data.groups = GroupStore(data.groups.redis, data.groups.keys, clock=lambda: 1_000_000.0)
    engine = harness.app.bot_data.engine
    assert engine is not None
    verdicts: list[object] = []
    engine.observers.append(lambda verdict, seconds: verdicts.append(verdict))
    for index in range(150):
        await _post(harness, f"{CALM} #{index}", group, api.user(5000 + index % 7))
    engine.observers.pop()
    assert len(verdicts) == 60  # blocklists.groups.CHECK_LIMIT a window
    warned = 0
    for _ in range(10):
        scam = await _post(harness, SCAM, api.group(-100506))
        warned += len(_replies_to(harness, scam))
    assert warned == 5  # blocklists.groups.WARN_LIMIT a window
    # Meanwhile a citizen in a private chat is answered as always.
    card = await harness.say(SCAM, user=api.user(5100))
    assert "Likely scam" in card["text"]


def test_the_card_kept_for_a_warning_holds_no_words_of_the_message() -> None:
    import asyncio
    import json

    from bot.handlers.guard import without_text
    from checkers.engine import Engine
    from checkers.verdict import Submission, verdict_state

    words = "Part-time job from home, earn $300 a day with simple liking tasks, pay $50 fee"
    text = f"{words} https://lazada-jobs.top/register"
    verdict = asyncio.run(Engine(None).check(Submission(text=text)))
    assert any(f.checker == "text" and f.evidence for f in verdict.findings)
    kept = json.dumps(verdict_state(without_text(verdict)), ensure_ascii=False)
    for fragment in ("Part-time", "earn $300", "from home", "$50 fee"):
        assert fragment not in kept, fragment
    assert "lazada-jobs.top" in kept  # the link is what the card is about


# The caregiver link.
def _private(user: dict) -> dict:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def _to(harness: Harness, chat_id: int, since: int = 0) -> list[dict]:
    return [p for p in harness.api.sent()[since:] if int(p["chat_id"]) == chat_id]


async def _pair(harness: Harness, citizen: dict, carer: dict) -> None:
    """The citizen invites, the family member accepts, the citizen confirms."""
    api = harness.api
    menu = await harness.say("👪 Let my family look out for me", user=citizen)
    assert menu["text"].startswith("A family member can get a short note")
    await harness.press(menu, "Invite a family member", citizen)
    invite = api.last_sent()
    link = invite["text"].rsplit("\n", 1)[1]
    assert link.startswith("https://t.me/ScamCheckBot?start=c")
    ((_label, share),) = api.buttons(invite)
    assert share.startswith("https://t.me/share/url?url=https%3A%2F%2Ft.me%2FScamCheckBot")
    payload = link.split("start=", 1)[1]
    ask = await harness.say(f"/start {payload}", user=carer, **_command("/start"))
    assert ask["text"].startswith(f"{citizen['first_name']} asks you to look out for them")
    before = len(api.sent())
    await harness.press(ask, "Yes, I agree", carer)
    (confirm,) = _to(harness, citizen["id"], before)
    assert confirm["text"].startswith(f"{carer['first_name']} wants to look out for you")
    before = len(api.sent())
    await harness.press(confirm, "Yes, confirm", citizen)
    assert api.sent("editMessageText")[-1]["text"] == (
        f"Done. {carer['first_name']} now looks out for you."
    )
    (done,) = _to(harness, carer["id"], before)
    assert done["text"] == f"Done. You now look out for {citizen['first_name']}."
    # The link was used up: it cannot pair anyone else.
    again = await harness.say(
        f"/start {payload}", user=harness.api.user(9999), **_command("/start")
    )
    assert again["text"].startswith("This link has expired or was already used")


async def test_caregiver_pairing_copies_red_not_white_and_unlinking_stops_it(
    harness: Harness,
) -> None:
    api = harness.api
    citizen, carer = api.user(6001, name="Mum"), api.user(6002, name="Mei")
    await _pair(harness, citizen, carer)
    before = len(api.sent())
    await harness.say(SCAM, user=citizen)
    (copy,) = _to(harness, carer["id"], before)
    assert copy["text"].startswith("👪 Mum checked a message: 🔴 Likely scam (")
    assert "SGT" in copy["text"]
    assert "dbs-sg-verify" not in copy["text"]  # no message text unless Mum allows it
    before = len(api.sent())
    await harness.say(CALM, user=citizen)
    assert _to(harness, carer["id"], before) == []  # ⚪ is not copied
    # Mum lets the text be shared.
    menu = await harness.say("👪 Let my family look out for me", user=citizen)
    assert "Looking out for you: Mei" in menu["text"]
    await harness.press(menu, "Share the message text: OFF", citizen)
    edited = api.sent("editMessageText")[-1]
    assert ("📝 Share the message text: ON", "v1:care:text:0") in api.buttons(edited)
    before = len(api.sent())
    await harness.say(SCAM, user=citizen)
    (copy,) = _to(harness, carer["id"], before)
    assert "The message:\n" + SCAM in copy["text"]
    # Mei stops looking out for Mum, from her own menu; Mum is told.
    carer_menu = await harness.say("👪 Let my family look out for me", user=carer)
    assert "You look out for: Mum" in carer_menu["text"]
    before = len(api.sent())
    await harness.press(carer_menu, "Stop the link with Mum", carer)
    assert any(p["text"] == "The link with Mei has stopped." for p in _to(harness, 6001, before))
    before = len(api.sent())
    await harness.say(SCAM, user=citizen)
    assert _to(harness, carer["id"], before) == []


async def test_many_caregivers_and_the_citizen_unlinks_one(harness: Harness) -> None:
    api = harness.api
    citizen = api.user(6101, name="Pa", language_code="zh")
    son, daughter = api.user(6102, name="Ah Boy"), api.user(6103, name="Ah Girl")
    await harness.say("/start", user=citizen, **_command("/start"))
    assert harness.app.bot_data.citizens is not None
    await harness.app.bot_data.citizens.set_language(6101, "en")
    await _pair(harness, citizen, son)
    await _pair(harness, citizen, daughter)
    before = len(api.sent())
    await harness.say(SCAM, user=citizen)
    assert {int(p["chat_id"]) for p in api.sent()[before:]} >= {6102, 6103}
    menu = await harness.say("👪 Let my family look out for me", user=citizen)
    await harness.press(menu, "Stop the link with Ah Boy", citizen)
    before = len(api.sent())
    await harness.say(SCAM, user=citizen)
    assert _to(harness, 6102, before) == [] and len(_to(harness, 6103, before)) == 1


async def test_an_invitation_in_the_citizens_language_and_not_for_oneself(
    harness: Harness,
) -> None:
    api = harness.api
    citizen = api.user(6201, name="婆婆", language_code="zh")
    menu = await harness.say("👪 让家人帮我留意", user=citizen)
    await harness.press(menu, "邀请家人", citizen)
    payload = api.last_sent()["text"].rsplit("start=", 1)[1]
    own = await harness.say(f"/start {payload}", user=citizen, **_command("/start"))
    assert own["text"] == "这是您自己的链接。请把它发给您的家人。"
    carer = api.user(6202, name="Ling", language_code="en")
    ask = await harness.say(f"/start {payload}", user=carer, **_command("/start"))
    assert ask["text"].startswith("婆婆请您帮忙留意诈骗")  # the citizen's language
    bogus = await harness.say("/start cNOPE", user=carer, **_command("/start"))
    assert bogus["text"].startswith("This link has expired")  # no citizen: Ling's language


async def test_guard_without_a_choice_tells_the_mode_and_how_to_change_it(
    harness: Harness,
) -> None:
    group = harness.api.group(-100507)
    await _post(harness, "/guard", group, **_command("/guard"))
    assert harness.api.last_sent()["text"] == (
        "ScamCheck checks every message in this group and warns about likely scams.\n"
        "Admins can send /guard on, /guard strict or /guard off."
    )


async def test_chatting_in_a_group_does_not_use_up_a_citizens_own_checks(
    harness: Harness,
) -> None:
    api = harness.api
    member = api.user(5200)
    group = api.group(-100508)
    for index in range(40):  # more than the per-citizen limit of 30 a minute
        await _post(harness, f"{CALM} {index}", group, member)
    card = await harness.say(SCAM, user=member)
    assert "Likely scam" in card["text"]
