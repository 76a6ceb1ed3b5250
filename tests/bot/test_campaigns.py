"""Campaigns on Telegram, against a real redis-server: reports grouped by campaign, one-tap
confirmation that catches the next variant, "not a scam", /campaigns, /lookup of a message.
"""

from __future__ import annotations

import re
from typing import Any

from bot.callbacks import encode
from tests.bot.conftest import MODERATOR_ID, Harness
from tests.bot.test_moderation import NOT_MODERATOR, citizen, mod

WAVE = (
    "SingPost: Your parcel could not be delivered because the address is incomplete. "
    "Please update your address within 24 hours at {link} or your parcel will be returned "
    "to the sender. A redelivery fee of {amount} applies."
)
FIRST = WAVE.format(link="https://singpost-redeliver.top/u", amount="$1.99")
SECOND = WAVE.format(link="https://sp-parcel-help.xyz/r?id=9", amount="$2.50")
THIRD = WAVE.format(link="http://parcel-sg.click/x", amount="S$3.20") + " 📦"
FOURTH = "Dear customer, " + WAVE.format(link="https://sgpost-help.shop/a", amount="$0.99")


async def report(h: Harness, text: str, user_id: int, *, with_text: bool) -> None:
    """A citizen checks a message and reports it, sharing its text or not."""
    card = await citizen(h, text, user_id=user_id)
    user = h.api.user(user_id)
    await h.press(card, "Report this scam", user=user)
    label = "Also send the message text" if with_text else "Send links and numbers"
    await h.press(h.api.last_sent(), label, user=user)
    edited = h.api.sent("editMessageText")[-1]
    message = h.api.messages[(edited["chat_id"], edited["message_id"])]
    await h.send(h.api.press(message, h.api.buttons(edited)[0][1], user))  # tell me the outcome


async def test_reports_group_confirm_catches_the_next_variant(redis_harness: Harness) -> None:
    h = redis_harness
    await report(h, FIRST, 61, with_text=True)
    await report(h, SECOND, 62, with_text=False)
    listing = await mod(h, "/campaigns")
    assert listing["text"].startswith("Campaign #1 · reported · 2 reports from 2 people")
    review = await mod(h, "/reports")
    text = review["text"]
    assert "2 reports from 2 people" in text
    assert "Text shared by a citizen:" in text and "singpost-redeliver[.]top/u" in text
    assert "sp-parcel-help[.]xyz" in text  # the second citizen's link, not their text
    labels = [label for label, _ in h.api.buttons(review)]
    assert labels[:4] == ["☑ 1. url", "☑ 2. domain", "☑ 3. url", "☑ 4. domain"]
    await h.press(review, "☑ 3.", user=h.api.user(MODERATOR_ID))  # untick one link
    edited = h.api.sent("editMessageReplyMarkup")[-1]
    review = {**review, "reply_markup": edited["reply_markup"]}
    await h.press(review, "✅ Confirm scam", user=h.api.user(MODERATOR_ID))
    decided = h.api.sent("editMessageText")[-1]["text"]
    assert "✅ Confirmed. Listed: url hxxps://singpost-redeliver[.]top/u" in decided
    assert "domain sp-parcel-help[.]xyz" in decided and "url hxxps://sp-parcel" not in decided
    assert "2 waiting report(s) settled." in decided
    told = [p for p in h.api.sent() if p["chat_id"] in (61, 62) and "Update on your" in p["text"]]
    assert len(told) == 2
    assert (await mod(h, "/reports"))["text"] == "No reports are waiting. 🎉"

    card = await citizen(h, THIRD, user_id=63)
    assert card["text"].startswith("<b>🔴 Likely scam</b>")
    # Seen twice: the second citizen's check matched the campaign too (only matches count).
    assert (
        "Our moderators confirmed messages like this one as a scam. Times seen since"
        in (card["text"])
    )
    assert re.search(r"Times seen since [^:]+: 2\.", card["text"])
    await report(h, FOURTH, 64, with_text=False)
    store = h.app.bot_data.store
    assert store is not None
    from blocklists.campaigns import CampaignManager

    campaign = await CampaignManager(store.redis, store.keys).get("1")
    assert campaign is not None and (campaign.reports, campaign.reporters) == (3, 3)
    assert campaign.seen >= 1
    lookup = await mod(h, "/lookup " + FOURTH.replace("0.99", "9.99"))
    assert lookup["text"].startswith("Campaign #1 · confirmed")
    assert "Decided by tg:1" in lookup["text"]
    # The new report of the confirmed campaign waits; one more tap settles it.
    review = await mod(h, "/reports")
    assert review["text"].startswith("<b>Campaign #1 · confirmed · 3 reports from 3 people")
    await h.press(review, "✅ Confirm scam", user=h.api.user(MODERATOR_ID))
    assert "1 waiting report(s) settled." in h.api.sent("editMessageText")[-1]["text"]
    assert (await mod(h, "/reports"))["text"] == "No reports are waiting. 🎉"


async def test_not_a_scam_marks_the_campaign_genuine(redis_harness: Harness) -> None:
    h = redis_harness
    notice = (
        "Your monthly statement for your savings account is ready. Log in to the app to view "
        "it. We will never ask for your password or one-time code by message or phone call."
    )
    await report(h, notice, 71, with_text=True)
    review = await mod(h, "/reports")
    assert "Text shared by a citizen:" in review["text"]
    await h.press(review, "❌ Not a scam", user=h.api.user(MODERATOR_ID))
    assert "❌ Not a scam" in h.api.sent("editMessageText")[-1]["text"]
    card = await citizen(h, notice.replace("monthly", "quarterly"), user_id=72)
    assert (
        "Our moderators checked messages like this one and found them genuine." in (card["text"])
    )
    assert not card["text"].startswith("<b>🔴")
    again = await citizen(h, "/campaigns", user_id=MODERATOR_ID, **_command("/campaigns"))
    assert again["text"] == "No campaigns are waiting. 🎉"


async def test_citizens_cannot_list_or_decide_campaigns(redis_harness: Harness) -> None:
    h = redis_harness
    await report(h, FIRST, 81, with_text=False)
    assert (await citizen(h, "/campaigns", **_command("/campaigns")))["text"] == NOT_MODERATOR
    review = await mod(h, "/reports")
    # The citizen kept their text: the campaign shows none, and stores none.
    assert "No citizen shared the text of these messages." in review["text"]
    assert "parcel could not be delivered" not in review["text"]
    for data in (encode("mod", "cok", "1", "ff"), encode("mod", "cno", "1")):
        await h.send(h.api.press(h.api.message_sent(review), data, h.api.user(81)))
        assert h.api.last_sent()["text"] == NOT_MODERATOR
    assert (await mod(h, "/campaigns"))["text"].startswith("Campaign #1 · reported")


async def test_lookup_of_a_message_with_no_campaign_or_too_short(redis_harness: Harness) -> None:
    h = redis_harness
    sent = await mod(h, "/lookup " + FIRST)
    assert sent["text"] == "No campaign matches this message."
    short = h.api.message("call me maybe ok", user=h.api.user(MODERATOR_ID))
    sent = await mod(h, "/lookup", reply_to_message=short)
    assert "too short" in sent["text"]


def _command(text: str) -> dict[str, Any]:
    return {"entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]}


async def test_import_of_templates_and_export_carry_campaigns(redis_harness: Harness) -> None:
    import json

    h = redis_harness
    body = "\n".join(
        [json.dumps({"template": FIRST, "reason": "SingPost wave"}), '{"template": 5}']
    )
    upload = h.api.message(
        None, user=h.api.user(MODERATOR_ID), document=h.api.upload(body.encode(), "waves.jsonl")
    )
    sent = await mod(h, "/import", reply_to_message=upload)
    assert sent["text"].startswith("Campaigns: 1 added, 0 already present, 1 invalid.")
    card = await citizen(h, SECOND, user_id=91)
    assert card["text"].startswith("<b>🔴 Likely scam</b>")
    assert "Our moderators confirmed messages like this one as a scam." in card["text"]
    await mod(h, "/export")
    export = h.api.sent("sendDocument")[-1]
    assert export["caption"].endswith(", 1 campaigns")
    document = export["_document"]
    assert b'"bands"' in document and b"parcel could not" not in document


async def test_two_moderators_confirming_a_campaign_at_once_apply_once(
    redis_harness: Harness,
) -> None:
    import asyncio

    from tests.bot.conftest import SECOND_MODERATOR_ID

    h = redis_harness
    await report(h, FIRST, 95, with_text=False)
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
    told = [p for p in h.api.sent() if p["chat_id"] == 95 and "Update on your" in p["text"]]
    assert len(told) == 1
