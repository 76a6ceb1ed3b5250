"""Check what a citizen sends: intake → engine → render → reply.

Messages forwarded together (Telegram delivers them as separate updates within a second or
two) are answered with one combined card: each joins its chat's batch on arrival, is checked,
and adds its verdict; the handler of the newest arrival waits :data:`BATCH_WINDOW` seconds for
more, then for those still being checked, and answers for all. Albums (photos sent together,
one ``media_group_id``) are judged together the same way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Final

from telegram import Chat, LinkPreviewOptions, Message, MessageEntity, Update, User
from telegram.constants import ParseMode

from blocklists.citizens import CheckRecord
from blocklists.lookups import StoreUnavailable
from bot.context import ScamContext, language_of
from bot.handlers import caregiver
from bot.handlers.picture import check_picture_message, nothing_read, picture_file
from bot.i18n import messages as m
from bot.i18n import translator
from bot.intake import has_something_to_check, submission_from_message
from bot.keyboards import card_buttons
from bot.render import build_card, render_html, split_message
from checkers.engine import combine
from checkers.verdict import Origin, Severity, Verdict, verdict_from_state, verdict_state

log = logging.getLogger(__name__)
BATCH_WINDOW: Final = 1.5
BATCH_MAX_WAIT: Final = 15.0
"""How long the newest message of a batch waits for the others' checks (pictures take long)."""
BATCH_POLL: Final = 0.2
NO_PREVIEW: Final = LinkPreviewOptions(is_disabled=True)


async def check_message(update: Update, context: ScamContext) -> None:
    """Check a message, a forwarded post, a caption, a link, a number or a contact card."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return
    target = _target(message, context)
    if target is None:
        return
    started = time.perf_counter()
    together = message.chat.type == Chat.PRIVATE and (
        target.forward_origin is not None or target.media_group_id is not None
    )
    # Joined on arrival: the newest message of a batch answers for all of them, however long
    # each one takes to check (a Chinese screenshot takes longer than an English one).
    joined = together and await _join_batch(message, context)
    checked: tuple[Verdict, str] | None = None
    try:
        checked = await _check(update, context, message, target)
    finally:
        if joined:
            await _leave_batch(message, context, checked[0] if checked else None)
    if checked is None:
        return  # nothing to check: the citizen was told so
    verdict, advised_on = checked
    count = 1
    if joined:
        batch = await _collect_batch(message, context, verdict)
        if batch is None:
            return  # a newer message of the same batch answers for all of them
        verdict, count = batch
    await send_card(
        message,
        context,
        verdict,
        text=advised_on,
        origin=submission_from_message(target).origin,
        count=count,
        started=started,
    )


async def _check(
    update: Update, context: ScamContext, message: Message, target: Message
) -> tuple[Verdict, str] | None:
    """The verdict and the text it advises on; ``None`` after telling the citizen why not."""
    submission = submission_from_message(target)
    picture = picture_file(target)
    if picture is not None:
        verdict, full = await check_picture_message(target, context, submission, *picture)
        problem = nothing_read(verdict, full)
        if problem is not False and target.media_group_id is None:
            t = translator(await language_of(update, context))
            await message.reply_text(t.reason(problem) if problem else t(m.PICTURE_EMPTY))
            return None
        return verdict, full.text
    if not has_something_to_check(submission):
        t = translator(await language_of(update, context))
        text = m.NOT_A_PICTURE if (target.photo or target.video or target.document) else m.EMPTY
        await message.reply_text(t(text))
        return None
    return await context.engine.check(submission), submission.text


async def unsupported(update: Update, context: ScamContext) -> None:
    """Stickers, voice notes, locations…: say what the bot can check."""
    message = update.effective_message
    if message is None:
        return
    t = translator(await language_of(update, context))
    await message.reply_text(t(m.UNSUPPORTED))


def _target(message: Message, context: ScamContext) -> Message | None:
    """The message to check, or ``None`` to stay quiet.

    In private chats the message itself; in groups only when the bot is addressed (mentioned
    or replied to), and then the message it was asked about.
    """
    if message.chat.type == Chat.PRIVATE:
        return message
    username = (context.bot.username or "").lower()
    mentioned = any(
        entity.type == MessageEntity.MENTION and text.lower() == f"@{username}"
        for entity, text in message.parse_entities([MessageEntity.MENTION]).items()
    )
    replied = message.reply_to_message
    to_bot = (
        replied is not None
        and replied.from_user is not None
        and replied.from_user.id == context.bot.id
    )
    if not (mentioned or to_bot):
        return None
    if mentioned and replied is not None and not to_bot:
        return replied
    return message


async def _join_batch(message: Message, context: ScamContext) -> bool:
    try:
        await context.citizens.batch_join(message.chat_id, str(message.message_id))
    except StoreUnavailable:
        log.warning("batch store unavailable; answering this message alone")
        return False
    return True


async def _leave_batch(message: Message, context: ScamContext, verdict: Verdict | None) -> None:
    state = verdict_state(verdict) if verdict is not None else None
    try:
        await context.citizens.batch_add(message.chat_id, str(message.message_id), state)
    except StoreUnavailable:
        log.warning("batch store unavailable; this message's verdict is not combined")


async def _collect_batch(
    message: Message, context: ScamContext, verdict: Verdict
) -> tuple[Verdict, int] | None:
    """The batch's combined verdict and size, if this message is its newest; else ``None``.

    The newest waits :data:`BATCH_WINDOW` for more messages, then for the others still being
    checked (at most :data:`BATCH_MAX_WAIT`).
    """
    marker = str(message.message_id)
    try:
        await asyncio.sleep(BATCH_WINDOW)
        # Polled: the others may be checked by another replica (no event to wait on).
        for _ in range(round(BATCH_MAX_WAIT / BATCH_POLL)):
            if not await context.citizens.batch_waiting(message.chat_id, marker):
                break
            await asyncio.sleep(BATCH_POLL)
        states = await context.citizens.batch_take(message.chat_id, marker)
    except StoreUnavailable:
        log.warning("batch store unavailable; answering this message alone")
        return verdict, 1
    if states is None:
        return None
    verdicts = [verdict_from_state(state) for state in states]
    return (combine(verdicts), len(verdicts)) if len(verdicts) > 1 else (verdict, 1)


async def send_card(
    message: Message,
    context: ScamContext,
    verdict: Verdict,
    *,
    text: str = "",
    origin: Origin | None = None,
    count: int = 1,
    citizen: User | None = None,
    started: float | None = None,
) -> None:
    """Reply with the verdict card (split if long), its buttons on the last part.

    ``citizen`` is who asked (by default the message's sender): the card is in their
    language and its buttons are theirs.
    """
    user = citizen or message.from_user
    lang, check_id = await _remember(message, context, verdict, user)
    t = translator(lang or (user.language_code if user is not None else None))
    since = next(
        (f.params.get("since", "") for f in verdict.findings if f.severity is Severity.CRITICAL),
        "",
    )
    reported = max(
        (
            int(f.params.get("reported", "0"))
            for f in verdict.findings
            if f.severity is Severity.CRITICAL
        ),
        default=0,
    )
    card = build_card(
        verdict, t, text=text, origin=origin, combined=count, listed_since=since, reported=reported
    )
    parts = split_message(render_html(card))
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        await message.reply_text(
            part,
            parse_mode=ParseMode.HTML,
            do_quote=index == 0,
            reply_markup=card_buttons(t, check_id) if last else None,
            link_preview_options=NO_PREVIEW,
        )
    own = citizen is None and message.chat.type == Chat.PRIVATE  # not the example, not a group
    if verdict.level == "scam" and own and user is not None:
        await caregiver.copy_verdict(context, user, verdict, text, t.lang)
    log.info(
        "checked",
        extra={
            "level": verdict.level,
            "codes": [f.code for f in verdict.findings],
            "count": count,
            "ms": round((time.perf_counter() - started) * 1000, 1) if started else None,
        },
    )


async def _remember(
    message: Message, context: ScamContext, verdict: Verdict, user: User | None
) -> tuple[str | None, str | None]:
    """Keep a check record and read the citizen's language, in one round trip.

    The record holds indicators and codes, never the text. ``(None, None)`` when Redis is away.
    """
    record = CheckRecord(
        user_id=user.id if user is not None else 0,
        chat_id=message.chat_id,
        level=verdict.level,
        codes=tuple(dict.fromkeys(f.code for f in verdict.findings)),
        urls=verdict.indicators.urls,
        phones=verdict.indicators.phones,
        handles=verdict.indicators.handles,
    )
    try:
        return await context.citizens.remember(record)
    except StoreUnavailable:
        return None, None


def addressed(message: Message, context: ScamContext) -> bool:
    """Whether a group message asks the bot (mentions it or replies to it) for a full card."""
    return _target(message, context) is not None
