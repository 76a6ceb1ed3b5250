"""Moderators' review queue: /reports, the next card, and a report card's buttons.

Registered behind the moderator gate (``bot/app.py``). A report that landed in a campaign is
reviewed as the whole campaign (its card here, its buttons in :mod:`bot.handlers.campaigns`).
Two moderators pressing at once: one decision applies, the other is told who decided. A
citizen who asked is told the outcome in their language.
"""

from __future__ import annotations

import html
import logging

from telegram import CallbackQuery, Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from blocklists.campaign import Campaign
from blocklists.lookups import StoreUnavailable
from blocklists.reports import Decision, Report
from bot.callbacks import Callback, reviewed
from bot.context import ScamContext
from bot.handlers.gate import actor_of
from bot.handlers.moderation import campaigns, reply
from bot.i18n import messages as m
from bot.i18n import translator
from bot.moderator_views import (
    announcement,
    campaign_keyboard,
    campaign_text,
    campaign_values,
    default_mask,
    outcome,
    report_indicators,
    report_keyboard,
    report_text,
)

log = logging.getLogger(__name__)


async def reports_command(update: Update, context: ScamContext) -> None:
    """/reports: the oldest waiting report, with its buttons."""
    await show_next(update, context)


async def show_next(update: Update, context: ScamContext) -> None:
    """Send the oldest waiting report's review card (or its campaign's), if any is waiting."""
    try:
        report = None
        for _ in range(5):  # skip ids whose report expired
            report_id = await context.reports.next_report()
            if report_id is None:
                break
            report = await context.reports.get(report_id)
            if report is not None:
                break
            await context.reports.drop(report_id)
        # A report that landed in a campaign is reviewed as the whole campaign (issue 13).
        campaign_id = await context.reports.campaign_of(report.report_id) if report else None
        if campaign_id is not None and await show_campaign(update, context, campaign_id):
            return
    except StoreUnavailable:
        await reply(update, "The report queue is unavailable right now.")
        return
    if report is None:
        await reply(update, "No reports are waiting. 🎉")
        return
    indicators = report_indicators(report)
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(
            chat.id,
            report_text(report, indicators),
            parse_mode=ParseMode.HTML,
            reply_markup=report_keyboard(report, indicators, default_mask(indicators)),
        )


async def show_campaign(update: Update, context: ScamContext, campaign_id: str) -> bool:
    """Send a campaign's review card; ``False`` when it no longer exists."""
    campaign = await campaigns(context).get(campaign_id)
    if campaign is None:
        return False
    values = campaign_values(campaign)
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(
            chat.id,
            campaign_text(campaign, values, await campaign_sample(context, campaign)),
            parse_mode=ParseMode.HTML,
            reply_markup=campaign_keyboard(campaign.campaign_id, values, default_mask(values)),
        )
    return True


async def campaign_sample(context: ScamContext, campaign: Campaign) -> str | None:
    """The text a consenting citizen shared with one of the campaign's reports, if any is left.

    Shared texts expire with their reports (``TEXT_TTL``); then a later consenting report's.
    """
    ids = [campaign.sample] if campaign.sample else []
    ids += await campaigns(context).reports(campaign.campaign_id)
    for report_id in dict.fromkeys(ids):
        report = await context.reports.get(report_id)
        if report is not None and report.text:
            return report.text
    return None


async def _pressed(update: Update, context: ScamContext, cb: Callback) -> Report | None:
    """The report a review button names, or ``None`` (the moderator was told why)."""
    press = reviewed(cb)
    query = update.callback_query
    if press is None or query is None:
        return None
    try:
        report = await context.reports.get(press.target)
    except StoreUnavailable:
        await reply(update, "The report queue is unavailable right now; nothing changed.")
        return None
    if report is None or not isinstance(query.message, Message):
        await reply(update, "That report no longer exists.")
        return None
    return report


async def toggle(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """☑/☐ on a report's indicator: the card's ticks change, nothing else."""
    report = await _pressed(update, context, cb)
    press = reviewed(cb)
    if report is not None and press is not None:
        keyboard = report_keyboard(report, report_indicators(report), press.ticked)
        await query.edit_message_reply_markup(keyboard)


async def skip(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """⏭ Skip: the report goes to the back of the queue; the next one is shown."""
    report = await _pressed(update, context, cb)
    if report is None:
        return
    await context.reports.skip([report.report_id])
    text = report_text(report, report_indicators(report))
    await query.edit_message_text(text + "\n⏭ Skipped.", parse_mode=ParseMode.HTML)
    await show_next(update, context)


async def decide(update: Update, context: ScamContext, query: CallbackQuery, cb: Callback) -> None:
    """✅ Confirm (lists the ticked indicators) or ❌ reject a report, once."""
    report = await _pressed(update, context, cb)
    press = reviewed(cb)
    if report is None or press is None:
        return
    indicators = report_indicators(report)
    try:
        decision = await context.reports.decide(
            report,
            confirm=press.verb == "ok",
            actor=actor_of(update),
            selected=press.selected(indicators),
        )
    except StoreUnavailable:
        await reply(update, "The lists are unavailable right now; nothing changed.")
        return
    await query.edit_message_text(
        report_text(report, indicators) + "\n" + html.escape(outcome(decision)),
        parse_mode=ParseMode.HTML,
    )
    if decision.applied:
        await tell_reporter(context, report, decision)
        await show_next(update, context)


async def tell_reporter(context: ScamContext, report: Report, decision: Decision) -> None:
    """If the citizen asked to hear the outcome, tell them (in their language)."""
    if not report.notify or report.kind != "report":
        return
    t = translator(report.lang)
    text = t(m.OUTCOME_CONFIRMED) if decision.status == "confirmed" else t(m.OUTCOME_REJECTED)
    try:
        await context.bot.send_message(report.chat_id, text)
    except TelegramError:
        log.info("could not notify a reporter")


async def tell_reporters(context: ScamContext, report_ids: tuple[str, ...], status: str) -> None:
    """Tell each settled report's citizen who asked to hear the outcome."""
    for report_id in report_ids:
        try:
            report = await context.reports.get(report_id)
        except StoreUnavailable:
            return
        if report is not None:
            await tell_reporter(context, report, Decision(True, status))


async def announce(context: ScamContext, report: Report) -> None:
    """Tell the moderators' chat about a new report, if one is set."""
    try:
        chat_id = await context.reports.moderator_chat()
    except StoreUnavailable:
        return
    if chat_id is None:
        return
    try:
        await context.bot.send_message(chat_id, announcement(report))
    except TelegramError:
        log.info("could not announce a report")
