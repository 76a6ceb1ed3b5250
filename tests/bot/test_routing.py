"""Button routing and the one moderator gate, through the real Application.

Every inline button has its own ``CallbackQueryHandler`` (``bot/app.py``); a press that none
claims (a button from an older version, forged data) gets a polite "this button has expired"
answer. The moderator gate is applied once, where moderators' commands and buttons are
registered: a citizen pressing every moderator button and typing every moderator command is
refused, and nothing changes.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot import app as bot_app
from bot.callbacks import (
    ACTIONS,
    CAMPAIGN_VERBS,
    REPORT_VERBS,
    Review,
    decode,
    pattern,
    review,
    reviewed,
)
from tests.bot.conftest import MODERATOR_ID, Harness
from tests.bot.test_campaigns import FIRST, report
from tests.bot.test_moderation import NOT_MODERATOR, citizen, command, mod

EXPIRED = "This button has expired. Please send the message again."


def test_every_action_and_moderator_verb_has_its_own_handler() -> None:
    assert set(bot_app.CITIZEN_BUTTONS) == ACTIONS - {"mod"}
    assert list(bot_app.MODERATOR_BUTTONS) == [*REPORT_VERBS, *CAMPAIGN_VERBS]


def test_a_pattern_matches_its_own_action_only() -> None:
    assert pattern("mod", "ok").match(review("ok", "r1", 3))
    assert not pattern("mod", "ok").match(review("cok", "1", 3))
    assert not pattern("mod", "no").match(review("ok", "r1", 3))
    assert pattern("again").match("v1:again")
    assert not pattern("again").match("v1:againx")
    assert not pattern("lang").match("v0:lang:en")
    with pytest.raises(ValueError, match="unknown callback action"):
        pattern("nosuch")


@pytest.mark.parametrize("verb", [*REPORT_VERBS, *CAMPAIGN_VERBS])
def test_a_review_button_round_trips(verb: str) -> None:
    data = review(verb, "Ab-9_x", 0xFFFF)  # type: ignore[arg-type]
    assert len(data.encode()) <= 64
    callback = decode(data)
    assert callback is not None and reviewed(callback) == Review(verb, "Ab-9_x", 0xFFFF)
    assert reviewed(decode(review(verb, "1"))) == Review(verb, "1", 0)  # type: ignore[arg-type]
    assert Review(verb, "1", 0b101).selected(["a", "b", "c"]) == ["a", "c"]


def test_malformed_review_data_is_not_a_press() -> None:
    for data in ("v1:mod:ok:r:zz", "v1:mod:zap:r", "v1:lang:en"):
        callback = decode(data)
        assert callback is not None and reviewed(callback) is None


@pytest.mark.parametrize(
    "data",
    [
        "v0:mod:ok:abc:ff",  # an older version's button
        "v1:nosuch:1",  # an action this version does not know
        "v1:mod:zap:abc",  # a moderator verb this version does not know
        "garbage",
        "v1:" + "x" * 70,  # longer than Telegram allows
    ],
)
async def test_an_expired_or_unknown_button_is_answered_politely(
    harness: Harness, data: str
) -> None:
    api = harness.api
    card = await harness.say("hello", user=api.user(42))
    sent_before = len(api.sent())
    await harness.send(api.press(api.message_sent(card), data, api.user(42)))
    answers = api.sent("answerCallbackQuery")
    assert answers[-1]["text"] == EXPIRED
    assert len(api.sent()) == sent_before  # no apology for an error, nothing else
    assert api.sent("editMessageText") == []


async def test_a_moderators_malformed_press_changes_nothing(redis_harness: Harness) -> None:
    h = redis_harness
    await report(h, FIRST, 43, with_text=False)
    review_card = await mod(h, "/reports")
    edits = len(h.api.sent("editMessageText"))
    for data in ("v1:mod:ok:1:zz", "v1:mod:cok:1:not-hex"):
        await h.send(h.api.press(h.api.message_sent(review_card), data, h.api.user(MODERATOR_ID)))
    assert len(h.api.sent("editMessageText")) == edits
    assert (await mod(h, "/campaigns"))["text"].startswith("Campaign #1 · reported")


async def test_a_citizen_is_refused_every_moderator_button_and_command(
    redis_harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = redis_harness
    store = h.app.bot_data.store
    assert store is not None
    # A report filed into a campaign, and another report behind it: something to change.
    await report(h, FIRST, 44, with_text=False)
    await report(h, "Verify your account at https://dbs-q.top/login now", 45, with_text=False)
    reports = h.app.bot_data.reports
    assert reports is not None
    plain = await reports.next_report()
    assert plain is not None
    review_card = await mod(h, "/reports")
    message = h.api.message_sent(review_card)
    audit_before = await store.redis.xlen(store.keys.audit())
    edits_before = len(h.api.sent("editMessageText")) + len(h.api.sent("editMessageReplyMarkup"))
    caplog.set_level(logging.WARNING, logger="bot.handlers.gate")
    pressed: list[str] = []
    for verb in bot_app.MODERATOR_BUTTONS:
        target = "1" if verb in CAMPAIGN_VERBS else plain
        data = (
            review(verb, target, 0xFF)
            if verb in ("tog", "ok", "ctog", "cok")
            else review(verb, target)
        )
        answers = len(h.api.sent("answerCallbackQuery"))
        await h.send(h.api.press(message, data, h.api.user(77)))
        assert h.api.last_sent()["text"] == NOT_MODERATOR, verb
        assert len(h.api.sent("answerCallbackQuery")) == answers + 1  # answered first
        pressed.append(verb)
    for name in bot_app.MODERATOR_COMMANDS:
        text = f"/{name} evil.example"
        sent: dict[str, Any] = await citizen(h, text, user_id=77, **command(text))
        assert sent["text"] == NOT_MODERATOR, name
    refusals = [r for r in caplog.records if r.getMessage() == "moderator action refused"]
    assert len(refusals) == len(pressed) + len(bot_app.MODERATOR_COMMANDS)
    assert all(getattr(r, "user", None) == 77 for r in refusals)
    assert await store.redis.xlen(store.keys.audit()) == audit_before
    edits_after = len(h.api.sent("editMessageText")) + len(h.api.sent("editMessageReplyMarkup"))
    assert edits_after == edits_before
    assert (await reports.get(plain)).status == "pending"  # type: ignore[union-attr]
    assert await reports.next_report() == plain  # not skipped to the back
    assert await reports.pending() == 2
