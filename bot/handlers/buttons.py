"""The card's buttons and the menus' inline buttons (every press is answered first).

Each action has its own ``CallbackQueryHandler`` (``bot/app.py`` lists them with their
patterns from :mod:`bot.callbacks`); :func:`answered` answers the press and decodes its data
before the action runs, and :func:`expired` answers any press no action claims (a button
from an older version of the bot, or forged data). Callback data can be forged by any
client: each action re-checks that the check or report belongs to the person pressing, and
citizens' buttons never change a list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

from telegram import CallbackQuery, Message, Update

from blocklists.citizens import CheckRecord
from blocklists.lookups import StoreUnavailable
from blocklists.reports import Report, ReportKind
from bot.callbacks import Callback, decode, sends_text
from bot.context import ScamContext, language_of
from bot.handlers import campaigns, moderation, reports
from bot.handlers.check import send_card
from bot.handlers.menu import welcome
from bot.handlers.picture import picture_file, read_message_picture
from bot.i18n import LANGUAGES, Translator, translator
from bot.i18n import messages as m
from bot.intake import message_text, submission_from_message
from bot.keyboards import notify_button, report_consent
from bot.moderator_views import report_indicators
from bot.render import warning_text
from checkers.verdict import Submission

log = logging.getLogger(__name__)


Action = Callable[[Update, ScamContext, CallbackQuery, Callback], Coroutine[Any, Any, None]]


def answered(action: Action) -> Callable[[Update, ScamContext], Coroutine[Any, Any, None]]:
    """The ``CallbackQueryHandler`` callback of one action: answer the press, then act on it."""

    async def pressed(update: Update, context: ScamContext) -> None:
        query = update.callback_query
        if query is None:
            return
        callback = decode(query.data)
        if callback is None:
            await expired(update, context)
            return
        await query.answer()
        await action(update, context, query, callback)

    return pressed


async def expired(update: Update, context: ScamContext) -> None:
    """A press no action claims: politely say the button has expired (nothing else runs)."""
    query = update.callback_query
    if query is None:
        return
    log.info("a button press with unknown callback data")
    t = translator(await language_of(update, context))
    await query.answer(t(m.BUTTON_EXPIRED))


async def language(
    update: Update, context: ScamContext, query: CallbackQuery, cb: Callback
) -> None:
    """The language choice: save it, then welcome the citizen in it."""
    lang = cb.arg(0)
    if lang not in LANGUAGES or query.from_user is None:
        return
    try:
        await context.citizens.set_language(query.from_user.id, lang)
    except StoreUnavailable:
        log.warning("could not save a language choice")
    t = translator(lang)
    if isinstance(query.message, Message):
        await query.edit_message_text(t(m.LANGUAGE_SET))
    await welcome(update, context, lang)


async def example(
    update: Update, context: ScamContext, query: CallbackQuery, cb: Callback
) -> None:
    """Show an example message and its card."""
    if not isinstance(query.message, Message):
        return
    t = translator(await language_of(update, context))
    example = t(m.EXAMPLE_MESSAGE)
    sent = await query.message.reply_text(f"{t(m.EXAMPLE_INTRO)}\n\n{example}")
    verdict = await context.engine.check(Submission(text=example, lang=t.lang))
    await send_card(sent, context, verdict, text=example, citizen=query.from_user)


async def _record(context: ScamContext, query: CallbackQuery, check_id: str) -> CheckRecord | None:
    """The check a button refers to, if it exists and belongs to the person pressing."""
    try:
        record = await context.citizens.load_check(check_id)
    except StoreUnavailable:
        return None
    if record is None or query.from_user is None or record.user_id != query.from_user.id:
        return None
    return record


def _original(query: CallbackQuery) -> Message | None:
    """The citizen's own message the card answered (Telegram sends it back with the press)."""
    card = query.message
    return card.reply_to_message if isinstance(card, Message) else None


async def report(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """The card's Report: ask what may be sent to the moderators."""
    t = translator(await language_of(update, context))
    record = await _record(context, query, cb.arg(0))
    if record is None or not isinstance(query.message, Message):
        await _say(query, t, m.REPORT_EXPIRED)
        return
    original = _original(query)
    # A picture's text can be sent too: it is read again only if the citizen agrees.
    with_text = original is not None and (
        bool(message_text(original).strip()) or picture_file(original) is not None
    )
    if not record.has_indicators and not with_text:
        await _say(query, t, m.REPORT_NOTHING)
        return
    target = original or query.message
    await target.reply_text(
        t(m.REPORT_CONSENT),
        do_quote=True,
        reply_markup=report_consent(
            t, cb.arg(0), with_indicators=record.has_indicators, with_text=with_text
        ),
    )


async def send(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """Consent given: queue the report (with the text only if the citizen chose so)."""
    await _file(update, context, query, cb, "report")


async def wrong(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """The citizen disputes the verdict: queue a dispute."""
    await _file(update, context, query, cb, "dispute")


async def _file(
    update: Update, context: ScamContext, query: CallbackQuery, cb: Callback, kind: ReportKind
) -> None:
    """Queue a report (the consent question is edited) or a dispute (a new message says so)."""
    t = translator(await language_of(update, context))
    record = await _record(context, query, cb.arg(0))
    if record is None:
        await (_edit if kind == "report" else _say)(query, t, m.REPORT_EXPIRED)
        return
    if kind == "dispute":
        report_id, problem = await _submit(context, t, record, "dispute", None)
        await _say(query, t, m.DISPUTE_SENT if report_id is not None else problem or m.ERROR)
        return
    text = None
    original = _original(query)
    reported = await _reported_text(context, original) if original is not None else None
    if sends_text(cb):
        text = reported or None
    report_id, problem = await _submit(context, t, record, "report", text, reported)
    if report_id is not None:
        await query.edit_message_text(t(m.REPORT_SENT), reply_markup=notify_button(t, report_id))
    elif problem is not None:
        await _edit(query, t, problem)


async def _reported_text(context: ScamContext, original: Message) -> str:
    """The reported message's words: its text or caption, and what its picture says.

    A picture is read again here (its text was quoted on the card, never kept): to file the
    report into its campaign, and, only when the citizen chose to send the text, to keep it
    with the report.
    """
    words = message_text(original)
    picture = picture_file(original)
    if picture is None:
        return words
    reading = await read_message_picture(original, context, *picture)
    return "\n".join(part for part in (words, reading.text) if part.strip())


async def _submit(
    context: ScamContext,
    t: Translator,
    record: CheckRecord,
    kind: ReportKind,
    text: str | None,
    reported: str | None = None,
) -> tuple[str | None, str | None]:
    """Queue a report or dispute: ``(report id, None)``, or ``(None, message to show)``.

    ``text`` is kept with the report (the citizen agreed); ``reported`` is the message only
    to fingerprint it into its campaign (:func:`bot.handlers.campaigns.file_report`).
    """
    report = Report(
        kind=kind,
        user_id=record.user_id,
        chat_id=record.chat_id,
        level=record.level,
        codes=record.codes,
        urls=record.urls,
        phones=record.phones,
        handles=record.handles,
        text=text,
        lang=t.lang,
    )
    try:
        if not await context.reports.allowed(record.user_id):
            return None, m.REPORT_LIMIT
        report_id = await context.reports.submit(report)
        if kind == "report":
            await moderation.lists(context).count_reported(report_indicators(report))
    except StoreUnavailable:
        return None, m.ERROR
    await campaigns.file_report(
        context, replace(report, report_id=report_id), reported, with_text=bool(text)
    )
    await reports.announce(context, replace(report, report_id=report_id))
    return report_id, None


async def notify(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """Opt the reporting citizen in to hear the moderators' decision."""
    t = translator(await language_of(update, context))
    if query.from_user is None:
        return
    try:
        ok = await context.reports.set_notify(cb.arg(0), query.from_user.id)
    except StoreUnavailable:
        ok = False
    if ok:
        await query.edit_message_text(t(m.NOTIFY_ON))


async def cancel(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """The citizen cancelled the report."""
    t = translator(await language_of(update, context))
    await _edit(query, t, m.REPORT_CANCELLED)


async def warn(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """A warning to forward to family, in the citizen's language."""
    t = translator(await language_of(update, context))
    if not isinstance(query.message, Message):
        return
    original = _original(query)
    if original is None:
        await _say(query, t, m.REPORT_EXPIRED)
        return
    verdict = await context.engine.check(submission_from_message(original, t.lang))
    await query.message.reply_text(t(m.WARNING_INTRO))
    await query.message.reply_text(warning_text(verdict, t), do_quote=False)


async def again(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """Check another message: say how."""
    t = translator(await language_of(update, context))
    await _say(query, t, m.INSTRUCT_MESSAGE)


async def _say(query: CallbackQuery, t: Translator, message: str) -> None:
    if isinstance(query.message, Message):
        await query.message.reply_text(t(message), do_quote=False)


async def _edit(query: CallbackQuery, t: Translator, message: str) -> None:
    if isinstance(query.message, Message):
        await query.edit_message_text(t(message))
