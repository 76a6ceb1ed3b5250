"""Campaigns on Telegram: reports filed into campaigns, a campaign card's buttons, /campaigns.

A citizen's report lands in the campaign of its message (:func:`file_report`): the message's
fingerprint is taken when the report is sent, whether or not the citizen shared the text; the
text itself is kept only if they chose to send it (as the report's, never the campaign's).
``/reports`` then shows a report that belongs to a campaign as the whole campaign: its counts,
a sample text from a citizen who shared it, and its links and numbers with ticks. **Confirm
scam** confirms the campaign and blocks the ticked values in one transaction, settling every
waiting report of the campaign; **Not a scam** marks it genuine (its messages then get an
informational finding, like an allowlisted link).

The buttons and /campaigns are registered behind the moderator gate (``bot/app.py``);
moderator texts are in English.
"""

from __future__ import annotations

import html
import logging

from telegram import CallbackQuery, Message, Update
from telegram.constants import ParseMode

from blocklists.lookups import StoreUnavailable
from blocklists.reports import Report
from bot.callbacks import Callback, reviewed
from bot.context import ScamContext
from bot.handlers.gate import actor_of
from bot.handlers.moderation import campaigns, reply
from bot.handlers.reports import campaign_sample, show_next, tell_reporters
from bot.moderator_views import (
    campaign_keyboard,
    campaign_summary,
    campaign_text,
    campaign_values,
    outcome,
)
from checkers.case import prepare
from checkers.verdict import Submission

log = logging.getLogger(__name__)


async def file_report(
    context: ScamContext, report: Report, source_text: str | None, *, with_text: bool
) -> str | None:
    """Put a citizen's report into the campaign of its message; returns the campaign id.

    ``source_text`` is the reported message (to fingerprint it, then dropped); a message too
    short to fingerprint stays an ungrouped report. Never raises for the store: the report
    itself is already queued.
    """
    if not source_text or report.kind != "report":
        return None
    fp = prepare(Submission(text=source_text), context.settings.region).fingerprint
    if not fp:
        return None
    try:
        recorded = await campaigns(context).record(
            fp.bands,
            fp.signature,
            actor=f"tg:{report.user_id}",
            source="report",
            links=report.urls,
            phones=report.phones,
            reporter=report.user_id,
            report_id=report.report_id,
            with_text=with_text,
        )
    except StoreUnavailable:
        log.warning("could not file a report into its campaign")
        return None
    return recorded.campaign_id


async def on_button(
    update: Update, context: ScamContext, query: CallbackQuery, cb: Callback
) -> None:
    """A press on a campaign card: ☑/☐, ⏭ Skip, ✅ Confirm scam or ❌ Not a scam."""
    press = reviewed(cb)
    if press is None or not isinstance(query.message, Message):
        return
    campaign_id = press.target
    try:
        manager = campaigns(context)
        campaign = await manager.get(campaign_id)
        if campaign is None:
            await reply(update, "That campaign no longer exists.")
            return
        values = campaign_values(campaign)
        if press.verb == "ctog":
            await query.edit_message_reply_markup(
                campaign_keyboard(campaign_id, values, press.ticked)
            )
            return
        text = campaign_text(campaign, values, await campaign_sample(context, campaign))
        if press.verb == "cskip":
            await manager.skip(campaign_id)
            await query.edit_message_text(text + "\n⏭ Skipped.", parse_mode=ParseMode.HTML)
            await show_next(update, context)
            return
        decision = await manager.decide(
            campaign_id,
            confirm=press.verb == "cok",
            actor=actor_of(update),
            block=press.selected(values),
            only_open=True,
        )
    except StoreUnavailable:
        await reply(update, "The lists are unavailable right now; nothing changed.")
        return
    await query.edit_message_text(
        text + "\n" + html.escape(outcome(decision)), parse_mode=ParseMode.HTML
    )
    if decision.applied:
        status = "confirmed" if decision.status == "confirmed" else "rejected"
        await tell_reporters(context, decision.reports, status)
        await show_next(update, context)


async def campaigns_command(update: Update, context: ScamContext) -> None:
    """/campaigns: the largest campaigns still waiting for a decision."""
    try:
        largest = await campaigns(context).largest(10, "reported")
    except StoreUnavailable:
        await reply(update, "The campaigns are unavailable right now.")
        return
    if not largest:
        await reply(update, "No campaigns are waiting. 🎉")
        return
    lines = [campaign_summary(c) for c in largest]
    lines.append("/reports to review them one at a time.")
    await reply(update, "\n".join(lines))
