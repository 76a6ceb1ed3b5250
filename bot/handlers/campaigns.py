"""Campaigns on Telegram: reports grouped by campaign, /campaigns, /lookup of a message.

Moderators only; moderator texts are in English.

A citizen's report lands in the campaign of its message (:func:`file_report`): the message's
fingerprint is taken when the report is sent, whether or not the citizen shared the text; the
text itself is kept only if they chose to send it (as the report's, never the campaign's).
``/reports`` then shows a report that belongs to a campaign as the whole campaign: its counts,
a sample text from a citizen who shared it, and its links and numbers with ticks. **Confirm
scam** confirms the campaign and blocks the ticked values in one transaction, settling every
waiting report of the campaign; **Not a scam** marks it genuine (its messages then get an
informational finding, like an allowlisted link).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode

from blocklists.campaign import Campaign
from blocklists.campaigns import CampaignDecision, CampaignManager
from blocklists.lookups import StoreUnavailable, day
from blocklists.moderation import Decision
from blocklists.normalize import Kind, registrable_domain
from blocklists.reports import Report
from bot.callbacks import Callback, encode
from bot.context import ScamContext
from bot.handlers import moderation
from bot.render import defang
from checkers.case import prepare
from checkers.verdict import Submission

log = logging.getLogger(__name__)
MAX_VALUES: Final = 16
CAMPAIGN_VERBS: Final = frozenset({"ctog", "cok", "cno", "cskip"})


def manager(context: ScamContext) -> CampaignManager:
    """The campaign manager over the bot's store."""
    store = context.bot_data.store
    if store is None:
        raise RuntimeError("the bot is not initialised (no store)")
    return CampaignManager(store.redis, store.keys)


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
        recorded = await manager(context).record(
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


def campaign_values(campaign: Campaign) -> list[tuple[Kind, str]]:
    """What a moderator can block for a campaign: its links (and their domains), numbers."""
    pairs: list[tuple[Kind, str]] = []
    for url in campaign.links:
        pairs.append(("url", url))
        host = url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":", 1)[0]
        pairs.append(("domain", registrable_domain(host)))
    pairs += [("phone", p) for p in campaign.phones]
    return list(dict.fromkeys(pairs))[:MAX_VALUES]


def summary(campaign: Campaign) -> str:
    """One line: counts and dates (plain text)."""
    people = "person" if campaign.reporters == 1 else "people"
    reports = "report" if campaign.reports == 1 else "reports"
    return (
        f"Campaign #{campaign.campaign_id} · {campaign.status} · {campaign.reports} {reports} "
        f"from {campaign.reporters} {people} · seen {campaign.seen}× · since "
        f"{day(campaign.first) or '?'}"
    )


def campaign_text(
    campaign: Campaign, values: Sequence[tuple[Kind, str]], sample: str | None
) -> str:
    """The campaign as a moderator sees it (HTML, everything escaped, links defanged)."""
    lines = [f"<b>{html.escape(summary(campaign))}</b>"]
    if values:
        lines.append("Links and numbers:")
        lines.extend(
            f"{i + 1}. {kind} <code>{html.escape(defang(value))}</code>"
            for i, (kind, value) in enumerate(values)
        )
    if sample:
        lines.append("Text shared by a citizen:")
        lines.append(f"<code>{html.escape(defang(sample[:1500]))}</code>")
    else:
        lines.append("No citizen shared the text of these messages.")
    return "\n".join(lines)


def campaign_keyboard(
    campaign_id: str, values: Sequence[tuple[Kind, str]], mask: int
) -> InlineKeyboardMarkup:
    """One toggle per link or number, then Confirm scam · Not a scam · Skip."""
    rows = [
        [
            InlineKeyboardButton(
                f"{'☑' if mask >> i & 1 else '☐'} {i + 1}. {kind}",
                callback_data=encode("mod", "ctog", campaign_id, f"{mask ^ (1 << i):x}"),
            )
        ]
        for i, (kind, _) in enumerate(values)
    ]
    rows.append(
        [
            InlineKeyboardButton(
                "✅ Confirm scam", callback_data=encode("mod", "cok", campaign_id, f"{mask:x}")
            ),
            InlineKeyboardButton("❌ Not a scam", callback_data=encode("mod", "cno", campaign_id)),
            InlineKeyboardButton("⏭ Skip", callback_data=encode("mod", "cskip", campaign_id)),
        ]
    )
    return InlineKeyboardMarkup(rows)


async def _sample(context: ScamContext, campaign: Campaign) -> str | None:
    """The text a consenting citizen shared with one of the campaign's reports, if any is left.

    Shared texts expire with their reports (``TEXT_TTL``); then a later consenting report's.
    """
    ids = [campaign.sample] if campaign.sample else []
    ids += await manager(context).reports(campaign.campaign_id)
    for report_id in dict.fromkeys(ids):
        report = await context.reports.get(report_id)
        if report is not None and report.text:
            return report.text
    return None


async def show(update: Update, context: ScamContext, campaign_id: str) -> bool:
    """Send a campaign's review card; ``False`` when it no longer exists."""
    campaign = await manager(context).get(campaign_id)
    if campaign is None:
        return False
    values = campaign_values(campaign)
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(
            chat.id,
            campaign_text(campaign, values, await _sample(context, campaign)),
            parse_mode=ParseMode.HTML,
            reply_markup=campaign_keyboard(
                campaign.campaign_id, values, moderation.default_mask(values)
            ),
        )
    return True


async def on_button(update: Update, context: ScamContext, callback: Callback) -> None:
    """A press on a campaign card (the press was answered and the moderator checked)."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    verb, campaign_id = callback.arg(0), callback.arg(1)
    try:
        mask = int(callback.arg(2, "0"), 16)
    except ValueError:
        return
    try:
        campaigns = manager(context)
        campaign = await campaigns.get(campaign_id)
        if campaign is None:
            await moderation._reply(update, "That campaign no longer exists.")
            return
        values = campaign_values(campaign)
        if verb == "ctog":
            await query.edit_message_reply_markup(campaign_keyboard(campaign_id, values, mask))
            return
        text = campaign_text(campaign, values, await _sample(context, campaign))
        if verb == "cskip":
            await campaigns.skip(campaign_id)
            await query.edit_message_text(text + "\n⏭ Skipped.", parse_mode=ParseMode.HTML)
            await moderation._show_next(update, context)
            return
        selected = [pair for i, pair in enumerate(values) if mask >> i & 1]
        decision = await campaigns.decide(
            campaign_id,
            confirm=verb == "cok",
            actor=moderation.actor_of(update),
            block=selected,
            only_open=True,
        )
    except StoreUnavailable:
        await moderation._reply(update, "The lists are unavailable right now; nothing changed.")
        return
    await query.edit_message_text(
        text + "\n" + html.escape(outcome(decision)), parse_mode=ParseMode.HTML
    )
    if decision.applied:
        await _tell_reporters(context, decision)
        await moderation._show_next(update, context)


def outcome(decision: CampaignDecision) -> str:
    """What a decision did, for the moderator."""
    if not decision.applied:
        if decision.status == "missing":
            return "That campaign no longer exists."
        who = decision.decided_by or "another moderator"
        return f"Already {decision.status} by {who}; nothing changed."
    settled = f"{len(decision.reports)} waiting report(s) settled."
    if decision.status == "confirmed":
        listed = (
            ", ".join(f"{kind} {defang(value)}" for kind, value in decision.blocked)
            or "nothing ticked"
        )
        return f"✅ Confirmed. Listed: {listed}. {settled}"
    return f"❌ Not a scam: messages like these are marked genuine. {settled}"


async def _tell_reporters(context: ScamContext, decision: CampaignDecision) -> None:
    """Tell each settled report's citizen who asked to hear the outcome."""
    status = "confirmed" if decision.status == "confirmed" else "rejected"
    for report_id in decision.reports:
        try:
            report = await context.reports.get(report_id)
        except StoreUnavailable:
            return
        if report is not None:
            await moderation._tell_reporter(context, report, Decision(True, status))


async def campaigns_command(update: Update, context: ScamContext) -> None:
    """/campaigns: the largest campaigns still waiting for a decision."""
    if not moderation.is_moderator(update, context):
        await moderation.refuse(update, context)
        return
    try:
        largest = await manager(context).largest(10, "reported")
    except StoreUnavailable:
        await moderation._reply(update, "The campaigns are unavailable right now.")
        return
    if not largest:
        await moderation._reply(update, "No campaigns are waiting. 🎉")
        return
    lines = [summary(c) for c in largest]
    lines.append("/reports to review them one at a time.")
    await moderation._reply(update, "\n".join(lines))


def pasted_message(message: Message | None, args: Sequence[str]) -> str | None:
    """The message a moderator asks /lookup about: replied to, or pasted after the command.

    One value (a link, a number, "+65 8123 4567") is not a message; more words are.
    """
    if message is None:
        return None
    replied = message.reply_to_message
    if replied is not None and not args:
        return replied.text or replied.caption
    if len(args) > 4 and message.text:
        parts = message.text.split(None, 1)
        return parts[1] if len(parts) > 1 else None
    return None


async def lookup_message(update: Update, context: ScamContext, text: str) -> None:
    """/lookup with a message: the campaign it belongs to, without counting it."""
    fp = prepare(Submission(text=text), context.settings.region).fingerprint
    if not fp:
        await moderation._reply(
            update, "That message is too short to match against campaigns; /lookup a value."
        )
        return
    try:
        campaigns = manager(context)
        hit = await campaigns.match(fp.bands, fp.signature)
        campaign = await campaigns.get(hit.campaign_id) if hit else None
    except StoreUnavailable:
        await moderation._reply(update, "The campaigns are unavailable right now.")
        return
    if campaign is None:
        await moderation._reply(update, "No campaign matches this message.")
        return
    values = campaign_values(campaign)
    lines = [summary(campaign)]
    lines.extend(f"{i + 1}. {kind} {defang(value)}" for i, (kind, value) in enumerate(values))
    if campaign.decided_by:
        lines.append(f"Decided by {campaign.decided_by}.")
    await moderation._reply(update, "\n".join(lines))
