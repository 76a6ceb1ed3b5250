"""Moderators on Telegram, against a real redis-server: every command with good, bad and
hostile arguments, non-moderators refused (commands and forged buttons), reports reviewed in
one tap, imports and exports.
"""

from __future__ import annotations

import asyncio
import html
import re
from typing import Any

import pytest

from bot.callbacks import encode
from tests.bot.conftest import MODERATOR_ID, SECOND_MODERATOR_ID, Harness

NOT_MODERATOR = "Only ScamCheck moderators can do this."


def command(text: str) -> dict[str, Any]:
    name = text.split()[0]
    return {"entities": [{"type": "bot_command", "offset": 0, "length": len(name)}]}


async def mod(h: Harness, text: str, user_id: int = MODERATOR_ID, **extra: Any) -> dict[str, Any]:
    user = h.api.user(user_id, name=f"Mod{user_id}")
    return await h.say(text, user=user, **command(text), **extra)


def shown(sent: dict[str, Any]) -> str:
    """What Telegram shows of a sent text: HTML is read as markup, plain text as it is."""
    if sent.get("parse_mode") != "HTML":
        return str(sent["text"])
    return html.unescape(re.sub(r"<[^>]*>", "", sent["text"]))


async def citizen(h: Harness, text: str, user_id: int = 42, **extra: Any) -> dict[str, Any]:
    return await h.say(text, user=h.api.user(user_id), **extra)


@pytest.mark.parametrize(
    "text",
    [
        "/block evil.example",
        "/unblock evil.example",
        "/allow good.example",
        "/unallow good.example",
        "/lookup evil.example",
        "/reports",
        "/import",
        "/export",
        "/audit",
        "/stats",
        "/modchat",
    ],
)
async def test_non_moderators_can_change_nothing_and_are_told(
    redis_harness: Harness, text: str
) -> None:
    before = await redis_harness.app.bot_data.store.redis.xlen(
        redis_harness.app.bot_data.store.keys.audit()
    )  # type: ignore[union-attr]
    sent = await citizen(redis_harness, text, **command(text))
    assert sent["text"] == NOT_MODERATOR
    after = await redis_harness.app.bot_data.store.redis.xlen(
        redis_harness.app.bot_data.store.keys.audit()
    )  # type: ignore[union-attr]
    assert after == before


async def test_block_lookup_unblock(redis_harness: Harness) -> None:
    h = redis_harness
    sent = await mod(h, "/block https://login.dbs-verify.xyz 30d fake DBS login")
    assert sent["text"].startswith("Blocked domain dbs-verify[.]xyz until ")
    card = await citizen(h, "check https://dbs-verify.xyz/abc")
    assert (
        card["text"].startswith("<b>🔴 Likely scam</b>")
        and "Our moderators have confirmed this as a scam" in card["text"]
    )
    lookup = await mod(h, "/lookup dbs-verify.xyz")
    assert "blocklist since" in lookup["text"] and "by tg:1" in lookup["text"]
    assert "fake DBS login" in lookup["text"] and "checked 1×" in lookup["text"]
    assert (await mod(h, "/unblock dbs-verify.xyz"))[
        "text"
    ] == "Removed domain dbs-verify[.]xyz from the blocklist."
    assert "was not on the blocklist" in (await mod(h, "/unblock dbs-verify.xyz"))["text"]


async def test_allow_and_unallow(redis_harness: Harness) -> None:
    h = redis_harness
    assert (await mod(h, "/allow my-bakery.example.com our partner"))[
        "text"
    ] == "Allowed domain example[.]com."
    card = await citizen(h, "order at https://my-bakery.example.com/login now")
    assert "marked" in card["text"] and "legitimate" in card["text"]
    assert (await mod(h, "/unallow my-bakery.example.com"))["text"].startswith("Removed domain")


@pytest.mark.parametrize(
    "text",
    [
        "/block",
        "/block abc",
        "/block http://[::1",
        "/block phone:not-a-number",
        "/block <script>alert(1)</script>",
        "/block " + "a" * 5000,
        "/unblock",
        "/allow",
        "/unallow ???",
        "/lookup",
        "/lookup 12",
    ],
)
async def test_bad_and_hostile_arguments_change_nothing(redis_harness: Harness, text: str) -> None:
    store = redis_harness.app.bot_data.store
    assert store is not None
    before = await store.redis.xlen(store.keys.audit())
    sent = await mod(redis_harness, text)
    assert (
        "Usage:" in sent["text"]
        or "Nothing changed" in sent["text"]
        or "cannot tell" in sent["text"]
    )
    if "<script>" in text:
        # Echoed as written, never read as markup: plain text, or HTML with it escaped.
        assert "'<script>alert(1)</script>'" in shown(sent)
    assert await store.redis.xlen(store.keys.audit()) == before


async def test_audit_and_stats(redis_harness: Harness) -> None:
    h = redis_harness
    await mod(h, "/block +65 8123 4567 job scam HR")
    audit = await mod(h, "/audit 5")
    assert "block block phone +6581234567 — job scam HR" in audit["text"]
    stats = await mod(h, "/stats")
    assert "block phone: 1" in stats["text"] and "reports waiting: 0" in stats["text"]


async def _citizen_reports(
    h: Harness, text: str, user_id: int = 42, *, notify: bool = True
) -> None:
    card = await citizen(h, text, user_id=user_id)
    user = h.api.user(user_id)
    await h.press(card, "Report this scam", user=user)
    await h.press(h.api.last_sent(), "Send links and numbers", user=user)
    if notify:
        edited = h.api.sent("editMessageText")[-1]
        message = h.api.messages[(edited["chat_id"], edited["message_id"])]
        await h.send(h.api.press(message, h.api.buttons(edited)[0][1], user))


async def test_report_confirmed_in_one_tap_then_the_next_citizen_sees_it_listed(
    redis_harness: Harness,
) -> None:
    h = redis_harness
    announce = await mod(h, "/modchat")
    assert announce["text"] == "New reports will be announced in this chat."
    scam = "Your parcel is held. Pay the customs fee at https://singpost-fee.top/pay today"
    await _citizen_reports(h, scam, user_id=42)
    assert any("🆕 New report" in p["text"] for p in h.api.sent())
    review = await mod(h, "/reports")
    # The report's message is long enough to fingerprint: it is reviewed as its campaign.
    assert "singpost-fee[.]top" in review["text"] and "Campaign #" in review["text"]
    labels = [label for label, _ in h.api.buttons(review)]
    assert labels[:2] == ["☑ 1. url", "☑ 2. domain"] and "✅ Confirm scam" in labels
    await h.press(review, "✅ Confirm scam", user=h.api.user(MODERATOR_ID))
    decided = h.api.sent("editMessageText")[-1]
    assert (
        "✅ Confirmed. Listed: url hxxps://singpost-fee[.]top/pay, domain singpost-fee[.]top."
        in decided["text"]
    )
    outcome = [
        p for p in h.api.sent() if p["chat_id"] == 42 and "Update on your report" in p["text"]
    ]
    assert outcome and "confirmed it as a scam" in outcome[-1]["text"]
    card = await citizen(h, "Fwd: https://singpost-fee.top/pay/abc", user_id=43)
    assert card["text"].startswith("<b>🔴 Likely scam</b>")
    assert "Our moderators have confirmed this as a scam. On our scam list since" in card["text"]
    lookup = await mod(h, "/lookup https://singpost-fee.top/pay")
    assert "reported 1×" in lookup["text"]


async def test_ticking_and_rejecting(redis_harness: Harness) -> None:
    h = redis_harness
    await _citizen_reports(
        h, "Call +65 8123 4567 now, verify at https://dbs-x.top/login", notify=False
    )
    review = await mod(h, "/reports")
    await h.press(review, "☑ 1.", user=h.api.user(MODERATOR_ID))
    markup = h.api.sent("editMessageReplyMarkup")[-1]["reply_markup"]
    assert markup["inline_keyboard"][0][0]["text"].startswith("☐ 1.")
    await h.press(review, "❌ Not a scam", user=h.api.user(MODERATOR_ID))
    assert "❌ Rejected: no list changed." in h.api.sent("editMessageText")[-1]["text"]
    assert (await mod(h, "/reports"))["text"] == "No reports are waiting. 🎉"


async def test_forged_moderator_buttons_from_citizens_change_nothing(
    redis_harness: Harness,
) -> None:
    h = redis_harness
    await _citizen_reports(h, "Verify at https://dbs-y.top/login", notify=False)
    review = await mod(h, "/reports")
    report_id = h.api.buttons(review)[-1][1].split(":")[3]
    for data in [
        encode("mod", "ok", report_id, "ffff"),
        encode("mod", "no", report_id),
        encode("mod", "skip", report_id),
    ]:
        await h.send(h.api.press(h.api.message_sent(review), data, h.api.user(42)))
        assert h.api.last_sent()["text"] == NOT_MODERATOR
    reports = h.app.bot_data.reports
    assert reports is not None and (await reports.get(report_id)).status == "pending"  # type: ignore[union-attr]


async def test_two_moderators_pressing_at_once_apply_once(redis_harness: Harness) -> None:
    h = redis_harness
    await _citizen_reports(h, "Verify at https://dbs-z.top/login", notify=False)
    review = await mod(h, "/reports")
    data = next(d for label, d in h.api.buttons(review) if "Confirm" in label)
    message = h.api.message_sent(review)
    await asyncio.gather(
        h.send(h.api.press(message, data, h.api.user(MODERATOR_ID))),
        h.send(h.api.press(message, data, h.api.user(SECOND_MODERATOR_ID))),
    )
    texts = [p["text"] for p in h.api.sent("editMessageText")[-2:]]
    assert sum("✅ Confirmed" in t for t in texts) == 1
    assert sum("Already confirmed by" in t for t in texts) == 1


async def test_import_each_format_and_export_round_trip(redis_harness: Harness) -> None:
    h = redis_harness
    from tests.blocklists.test_feeds import CSV, OPENPHISH, PHISHTANK, PLAIN, URLHAUS

    expected = {
        "urlhaus": (2, 1),
        "phishtank": (1, 1),
        "openphish": (2, 1),
        "plain": (5, 1),
        "csv": (1, 3),
    }
    for name, text in [
        ("urlhaus", URLHAUS),
        ("phishtank", PHISHTANK),
        ("openphish", OPENPHISH),
        ("plain", PLAIN),
        ("csv", CSV),
    ]:
        upload = h.api.message(
            None,
            user=h.api.user(MODERATOR_ID),
            document=h.api.upload(text.encode(), f"{name}.txt"),
        )
        sent = await mod(h, "/import", reply_to_message=upload)
        added, bad = expected[name]
        assert f"{added} added" in sent["text"] and f"{bad} invalid" in sent["text"], (
            name,
            sent["text"],
        )
    await mod(h, "/export")
    export = h.api.sent("sendDocument")[-1]
    assert export["caption"].endswith("entries")
    exported = export["_document"]
    store = h.app.bot_data.store
    assert store is not None
    keys = [k async for k in store.redis.scan_iter(match=store.keys.prefix + ":block:*")] + [
        k async for k in store.redis.scan_iter(match=store.keys.prefix + ":allow:*")
    ]
    await store.redis.delete(*keys)
    assert "block url: 0" in (await mod(h, "/stats"))["text"]
    upload = h.api.message(
        None, user=h.api.user(MODERATOR_ID), document=h.api.upload(exported, "backup.jsonl")
    )
    restored = await mod(h, "/import", reply_to_message=upload)
    assert "0 invalid" in restored["text"]
    await mod(h, "/export")
    again = h.api.sent("sendDocument")[-1]
    assert sorted(again["_document"].splitlines()) == sorted(exported.splitlines())


async def test_import_needs_a_file(redis_harness: Harness) -> None:
    sent = await mod(redis_harness, "/import")
    assert sent["text"].startswith("Reply with /import to an uploaded file")


async def test_moderators_menu_is_set_for_each_moderator(redis_harness: Harness) -> None:
    calls = [
        c.params
        for c in redis_harness.api.calls
        if c.method == "setMyCommands" and c.params.get("scope")
    ]
    assert {c["scope"]["chat_id"] for c in calls} == {MODERATOR_ID, SECOND_MODERATOR_ID}
    assert any(cmd["command"] == "reports" for cmd in calls[0]["commands"])


async def test_large_import_runs_in_a_worker_process(
    redis_harness: Harness, redis_server: Any
) -> None:
    from dataclasses import replace

    h = redis_harness
    settings = h.app.bot_data.settings
    assert settings is not None
    h.app.bot_data.settings = replace(settings, redis_url=redis_server.url)
    feed = "\n".join(f"https://phish{i}.example.net/login" for i in range(5000)).encode()
    upload = h.api.message(
        None, user=h.api.user(MODERATOR_ID), document=h.api.upload(feed, "openphish.txt")
    )
    sent = await mod(h, "/import", reply_to_message=upload)
    assert sent["text"].startswith(
        "Imported into the blocklist: 5000 added, 0 already present, 0 invalid."
    )
    lookup = await mod(h, "/lookup https://phish4321.example.net/login")
    assert "blocklist since" in lookup["text"] and "import:openphish.txt" in lookup["text"]


async def test_the_card_says_how_many_citizens_reported_a_listed_link(
    redis_harness: Harness,
) -> None:
    h = redis_harness
    scam = "Claim your parcel at https://parcel-fee.top/pay now"
    await _citizen_reports(h, scam, user_id=51, notify=False)
    await _citizen_reports(h, scam, user_id=52, notify=False)
    await mod(h, "/block parcel-fee.top fake SingPost")
    card = await citizen(h, "https://parcel-fee.top/pay", user_id=53)
    assert "Our moderators have confirmed this as a scam. On our scam list since" in card["text"]
    assert "reported by 2 people." in card["text"]
