"""Moderators' commands and buttons (users listed in SCAMCHECK_ADMIN_IDS).

Every command and every button checks the user at the moment of use; anyone else is told
they cannot, and nothing changes. Values are recognised by the same ``resolve`` the CLI uses
and normalised by the same ``normalize`` the checkers use. Moderator texts are in English.
"""

from __future__ import annotations

import asyncio
import html
import io
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from functools import partial
from multiprocessing import get_context
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from blocklists.campaigns import CampaignManager
from blocklists.feeds import FORMATS, Format, export_line, parse
from blocklists.keys import KeyBuilder, ListName
from blocklists.lookups import StoreUnavailable, day
from blocklists.moderation import Decision, ImportResult, ListManager, parse_duration
from blocklists.normalize import InvalidValue, Kind, registrable_domain, resolve
from blocklists.reports import Report
from bot.callbacks import Callback, encode
from bot.context import ScamContext, language_of
from bot.i18n import messages as m
from bot.i18n import translator
from bot.render import defang
from bot.settings import DEFAULT_API_BASE_URL
from checkers.case import value_keys
from checkers.sites import official_brand, shared_host

log = logging.getLogger(__name__)
MAX_INDICATORS: Final = 16
MAX_IMPORT_BYTES: Final = 20 * 1024 * 1024
USAGE: Final = {
    "block": (
        "Usage: /block VALUE [30d] [reason]. VALUE: a link, domain, phone number, @handle or "
        "account (prefix it with domain:, url:, phone:, handle: or account: if unclear)."
    ),
    "unblock": "Usage: /unblock VALUE",
    "allow": "Usage: /allow VALUE [reason]",
    "unallow": "Usage: /unallow VALUE",
    "lookup": "Usage: /lookup VALUE, or /lookup with a pasted message (or in reply to one)",
}


def lists(context: ScamContext) -> ListManager:
    """The list manager over the bot's store."""
    store = context.bot_data.store
    if store is None:
        raise RuntimeError("the bot is not initialised (no store)")
    return ListManager(store.redis, store.keys)


def is_moderator(update: Update, context: ScamContext) -> bool:
    """Whether the person acting now is a configured moderator."""
    user = update.effective_user
    return user is not None and user.id in context.settings.admin_ids


def actor_of(update: Update) -> str:
    """How the audit trail names a moderator: ``tg:<id>`` plus the username if any."""
    user = update.effective_user
    if user is None:
        return "tg:unknown"
    return f"tg:{user.id}" + (f" @{user.username}" if user.username else "")


async def refuse(update: Update, context: ScamContext) -> None:
    """Tell a non-moderator they cannot, in their language; log the attempt (no content)."""
    user = update.effective_user
    log.warning("moderator action refused", extra={"user": user.id if user else None})
    t = translator(await language_of(update, context))
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(chat.id, t(m.NOT_MODERATOR))


async def _reply(update: Update, text: str, *, as_html: bool = False) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(
            text, parse_mode=ParseMode.HTML if as_html else None, do_quote=False
        )


def _value_args(context: ScamContext) -> list[str]:
    return list(context.args or [])


def split_value(args: Sequence[str], region: str = "SG") -> tuple[str, list[str]]:
    """The value and the rest of a command's words.

    A phone number is often typed with spaces (``+65 8123 4567``): up to four leading words
    of digits are joined when together they make a valid value.
    """
    for n in range(min(4, len(args)), 1, -1):
        words = args[:n]
        if all(w.lstrip("+").replace("-", "").isdigit() for w in words):
            candidate = " ".join(words)
            try:
                resolve(candidate, region=region)
            except InvalidValue:
                continue
            return candidate, list(args[n:])
    return (args[0], list(args[1:])) if args else ("", [])


async def block(update: Update, context: ScamContext) -> None:
    """/block VALUE [30d] [reason]."""
    await _put(update, context, "block")


async def allow(update: Update, context: ScamContext) -> None:
    """/allow VALUE [reason]."""
    await _put(update, context, "allow")


async def _put(update: Update, context: ScamContext, list_name: str) -> None:
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    args = _value_args(context)
    if not args:
        await _reply(update, USAGE[list_name])
        return
    value, rest = split_value(args, context.settings.region)
    expires_at = None
    duration = parse_duration(rest[0]) if rest and list_name == "block" else None
    if duration is not None:
        expires_at = time.time() + duration
        rest = rest[1:]
    reason = " ".join(rest)[:300]
    try:
        kind, normalized = resolve(value, region=context.settings.region)
    except InvalidValue as exc:
        await _reply(update, f"Nothing changed: {exc}.\n{USAGE[list_name]}")
        return
    try:
        new = await lists(context).put(
            "block" if list_name == "block" else "allow",
            kind,
            normalized,
            actor=actor_of(update),
            reason=reason,
            expires_at=expires_at,
        )
    except StoreUnavailable:
        await _reply(
            update, "Nothing changed: the lists are unavailable right now. Try again shortly."
        )
        return
    verb = "Blocked" if list_name == "block" else "Allowed"
    until = f" until {day(expires_at)}" if expires_at else ""
    state = "" if new else " (updated an existing entry)"
    await _reply(update, f"{verb} {kind} {defang(normalized)}{until}{state}.")


async def unblock(update: Update, context: ScamContext) -> None:
    """/unblock VALUE."""
    await _delete(update, context, "block")


async def unallow(update: Update, context: ScamContext) -> None:
    """/unallow VALUE."""
    await _delete(update, context, "allow")


async def _delete(update: Update, context: ScamContext, list_name: str) -> None:
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    args = _value_args(context)
    command = "unblock" if list_name == "block" else "unallow"
    if len(args) < 1:
        await _reply(update, USAGE[command])
        return
    value, rest = split_value(args, context.settings.region)
    try:
        kind, normalized = resolve(value, region=context.settings.region)
        removed = await lists(context).delete(
            "block" if list_name == "block" else "allow",
            kind,
            normalized,
            actor=actor_of(update),
            reason=" ".join(rest)[:300],
        )
    except InvalidValue as exc:
        await _reply(update, f"Nothing changed: {exc}.\n{USAGE[command]}")
        return
    except StoreUnavailable:
        await _reply(
            update, "Nothing changed: the lists are unavailable right now. Try again shortly."
        )
        return
    if removed:
        await _reply(update, f"Removed {kind} {defang(normalized)} from the {list_name}list.")
    else:
        await _reply(
            update, f"{kind} {defang(normalized)} was not on the {list_name}list; nothing changed."
        )


async def lookup(update: Update, context: ScamContext) -> None:
    """/lookup VALUE: every list it is on, provenance, checks and reports."""
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    args = _value_args(context)
    from bot.handlers import campaigns

    pasted = campaigns.pasted_message(update.effective_message, args)
    if pasted:
        await campaigns.lookup_message(update, context, pasted)
        return
    if not args:
        await _reply(update, USAGE["lookup"])
        return
    try:
        kind, normalized = resolve(
            split_value(args, context.settings.region)[0], region=context.settings.region
        )
        found = await lists(context).find(value_keys(kind, normalized))
    except InvalidValue as exc:
        await _reply(update, f"{exc}.\n{USAGE['lookup']}")
        return
    except StoreUnavailable:
        await _reply(update, "The lists are unavailable right now. Try again shortly.")
        return
    lines = []
    for item in found:
        lines.append(
            f"<b>{item.kind}</b> <code>{html.escape(defang(item.value))}</code>: "
            f"checked {item.checked}×, reported {item.reported}×"
        )
        if not item.entries:
            lines.append("  not on any list")
        for entry in item.entries:
            expiry = f", expires {entry.expires_day}" if entry.expires_at else ""
            lines.append(
                f"  {entry.list_name}list since {entry.added_day or '?'} by "
                f"{html.escape(entry.added_by or '?')} ({html.escape(entry.source or '?')}"
                f"{expiry}): {html.escape(entry.reason or '-')}"
            )
    await _reply(update, "\n".join(lines), as_html=True)


async def audit(update: Update, context: ScamContext) -> None:
    """/audit [N]: recent changes."""
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    args = _value_args(context)
    count = int(args[0]) if args and args[0].isdigit() else 10
    try:
        records = await lists(context).audit(min(count, 50))
    except StoreUnavailable:
        await _reply(update, "The audit trail is unavailable right now.")
        return
    if not records:
        await _reply(update, "No changes yet.")
        return
    lines = [
        f"{datetime.fromtimestamp(r.at, UTC):%Y-%m-%d %H:%M} {r.actor}: {r.action} "
        f"{r.list_name} {r.kind} {defang(r.value)} "
        f"{('— ' + r.reason) if r.reason else ''} {r.detail}".strip()
        for r in records
    ]
    await _reply(update, "\n".join(lines))


async def stats(update: Update, context: ScamContext) -> None:
    """/stats: list sizes, today's checks and reports, the queue."""
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    try:
        figures = await lists(context).stats()
    except StoreUnavailable:
        await _reply(update, "The statistics are unavailable right now.")
        return
    await _reply(update, "\n".join(f"{name}: {value}" for name, value in figures.items()))


async def modchat(update: Update, context: ScamContext) -> None:
    """/modchat (in the moderators' group): announce new reports here."""
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    chat = update.effective_chat
    if chat is None:
        return
    await context.reports.set_moderator_chat(chat.id, actor=actor_of(update))
    await _reply(update, "New reports will be announced in this chat.")


async def export(update: Update, context: ScamContext) -> None:
    """/export: every list as a JSON-lines file that /import restores exactly."""
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    from bot.campaign_io import export_campaigns

    try:
        entries = list(await lists(context).export())
        manager = lists(context)
        campaign_lines = await export_campaigns(CampaignManager(manager.redis, manager.keys))
    except StoreUnavailable:
        await _reply(update, "The lists are unavailable right now.")
        return
    body = "".join(
        [export_line(e) + "\n" for e in entries] + [line + "\n" for line in campaign_lines]
    ).encode("utf-8")
    chat = update.effective_chat
    if chat is not None:
        name = f"scamcheck-lists-{datetime.now(UTC):%Y%m%d-%H%M}.jsonl"
        caption = f"{len(entries)} entries"
        if campaign_lines:
            caption += f", {len(campaign_lines)} campaigns"
        await context.bot.send_document(
            chat.id, document=io.BytesIO(body), filename=name, caption=caption
        )


async def import_file(update: Update, context: ScamContext) -> None:
    """/import [format] [block|allow], in reply to an uploaded file."""
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    message = update.effective_message
    document = message.reply_to_message.document if message and message.reply_to_message else None
    if document is None:
        await _reply(
            update,
            f"Reply with /import to an uploaded file. Formats: {', '.join(FORMATS)} "
            "(recognised automatically).",
        )
        return
    args = [a.lower() for a in _value_args(context)]
    fmt: Format | None = next((f for f in FORMATS if f in args), None)
    list_name: ListName = "allow" if "allow" in args else "block"
    own_server = context.settings.api_base_url != DEFAULT_API_BASE_URL
    if document.file_size and document.file_size > MAX_IMPORT_BYTES and not own_server:
        # Telegram's public Bot API serves files up to 20 MB; a self-hosted one serves more.
        await _reply(
            update,
            "That file is too large for Telegram; import it with `scamcheck blocklist import`.",
        )
        return
    try:
        file = await context.bot.get_file(document.file_id)
        data = bytes(await file.download_as_bytearray())
    except TelegramError:
        await _reply(update, "Could not download that file from Telegram; nothing changed.")
        return
    source = f"import:{document.file_name or 'file'}"[:80]
    text = data.decode("utf-8", errors="replace")
    settings = context.settings
    from bot.campaign_io import import_campaigns, split_lines, summary

    campaign_lines, list_lines = split_lines(text.splitlines())
    campaign_report = ""
    if campaign_lines:
        try:
            manager = lists(context)
            done, bad_lines = await import_campaigns(
                CampaignManager(manager.redis, manager.keys),
                campaign_lines,
                actor=actor_of(update),
                source=source,
                region=settings.region,
            )
        except StoreUnavailable:
            await _reply(update, "Import failed: the lists are unavailable. Nothing changed.")
            return
        campaign_report = "\n".join(
            [summary(done, bad_lines)]
            + [f"line {bad.line}: {bad.reason}" for bad in bad_lines[:10]]
        )
        if not list_lines:
            await _reply(update, campaign_report)
            return
        text = "\n".join(list_lines)
    try:
        if settings.redis_url:
            # Parsing and writing a big feed is seconds of computation: another process
            # does it, so this one keeps answering citizens at full speed meanwhile.
            loop = asyncio.get_running_loop()
            with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
                result = await loop.run_in_executor(
                    pool,
                    partial(
                        import_in_process,
                        settings.redis_url,
                        lists(context).keys.prefix,
                        text,
                        fmt,
                        list_name,
                        source,
                        settings.region,
                        actor_of(update),
                    ),
                )
        else:  # the embedded store lives in this process
            entries, invalid = await asyncio.to_thread(
                parse,
                text.splitlines(),
                fmt,
                list_name=list_name,
                source=source,
                region=settings.region,
            )
            result = await lists(context).import_entries(
                entries, invalid, actor=actor_of(update), source=source
            )
    except StoreUnavailable:
        await _reply(update, "Import failed: the lists are unavailable. Nothing changed.")
        return
    lines = [
        f"Imported into the {list_name}list: {result.added} added, "
        f"{result.present} already present, {len(result.invalid)} invalid."
    ]
    lines.extend(f"line {bad.line}: {bad.reason}" for bad in result.invalid[:10])
    if len(result.invalid) > 10:
        lines.append(f"…and {len(result.invalid) - 10} more invalid lines.")
    if campaign_report:
        lines.append(campaign_report)
    await _reply(update, "\n".join(lines))


def import_in_process(
    redis_url: str,
    prefix: str,
    text: str,
    fmt: Format | None,
    list_name: ListName,
    source: str,
    region: str,
    actor: str,
) -> ImportResult:
    """Parse and import a file in a worker process, with a Redis connection of its own."""
    from blocklists.connection import connect_redis

    async def run() -> ImportResult:
        client = connect_redis(redis_url)
        try:
            entries, invalid = parse(
                text.splitlines(), fmt, list_name=list_name, source=source, region=region
            )
            return await ListManager(client, KeyBuilder(prefix)).import_entries(
                entries, invalid, actor=actor, source=source
            )
        finally:
            await client.aclose()

    return asyncio.run(run())


# Reports -------------------------------------------------------------------------------------
def report_indicators(report: Report) -> list[tuple[Kind, str]]:
    """What a moderator can block for a report: its links (and their domains), numbers, handles."""
    pairs: list[tuple[Kind, str]] = []
    for url in report.urls:
        pairs.append(("url", url))
        host = url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":", 1)[0]
        pairs.append(("domain", registrable_domain(host)))
    pairs += [("phone", p) for p in report.phones]
    pairs += [("handle", h) for h in report.handles]
    return list(dict.fromkeys(pairs))[:MAX_INDICATORS]


def default_mask(indicators: Sequence[tuple[Kind, str]]) -> int:
    """Ticked by default: everything but the domains of official sites and shared hosts."""
    mask = 0
    for index, (kind, value) in enumerate(indicators):
        if kind == "domain" and (official_brand(value) is not None or shared_host(value)):
            continue
        mask |= 1 << index
    return mask


def report_text(report: Report, indicators: Sequence[tuple[Kind, str]]) -> str:
    """The report as a moderator sees it (HTML, everything escaped, links defanged)."""
    age = max(0, int((time.time() - report.created) // 3600))
    title = "Dispute" if report.kind == "dispute" else "Report"
    lines = [
        f"<b>{title} {html.escape(report.report_id)}</b> · verdict {report.level} · {age} h ago",
        f"Codes: {html.escape(', '.join(report.codes) or '-')}",
    ]
    if indicators:
        lines.append("Indicators:")
        lines.extend(
            f"{i + 1}. {kind} <code>{html.escape(defang(value))}</code>"
            for i, (kind, value) in enumerate(indicators)
        )
    if report.text:
        lines.append("Text shared by the citizen:")
        lines.append(f"<code>{html.escape(defang(report.text[:1500]))}</code>")
    if report.kind == "dispute":
        lines.append(
            "The citizen says this verdict is wrong. "
            "Confirm puts the ticked values on the allowlist."
        )
    return "\n".join(lines)


def report_keyboard(
    report: Report, indicators: Sequence[tuple[Kind, str]], mask: int
) -> InlineKeyboardMarkup:
    """One toggle per indicator, then Confirm · Not a scam · Skip."""
    rid = report.report_id
    rows = [
        [
            InlineKeyboardButton(
                f"{'☑' if mask >> i & 1 else '☐'} {i + 1}. {kind}",
                callback_data=encode("mod", "tog", rid, f"{mask ^ (1 << i):x}"),
            )
        ]
        for i, (kind, _) in enumerate(indicators)
    ]
    confirm = "✅ Allow ticked" if report.kind == "dispute" else "✅ Confirm scam"
    reject = "❌ Verdict stands" if report.kind == "dispute" else "❌ Not a scam"
    rows.append(
        [
            InlineKeyboardButton(confirm, callback_data=encode("mod", "ok", rid, f"{mask:x}")),
            InlineKeyboardButton(reject, callback_data=encode("mod", "no", rid)),
            InlineKeyboardButton("⏭ Skip", callback_data=encode("mod", "skip", rid)),
        ]
    )
    return InlineKeyboardMarkup(rows)


async def reports(update: Update, context: ScamContext) -> None:
    """/reports: the oldest waiting report, with its buttons."""
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    await _show_next(update, context)


async def _show_next(update: Update, context: ScamContext) -> None:
    try:
        manager = lists(context)
        report = None
        for _ in range(5):  # skip ids whose report expired
            report_id = await manager.next_report()
            if report_id is None:
                break
            report = await context.reports.get(report_id)
            if report is not None:
                break
            await context.reports.drop(report_id)
    except StoreUnavailable:
        await _reply(update, "The report queue is unavailable right now.")
        return
    if report is None:
        await _reply(update, "No reports are waiting. 🎉")
        return
    # A report that landed in a campaign is reviewed as the whole campaign (issue 13).
    from bot.handlers import campaigns

    try:
        campaign_id = await context.reports.campaign_of(report.report_id)
        if campaign_id is not None and await campaigns.show(update, context, campaign_id):
            return
    except StoreUnavailable:
        await _reply(update, "The report queue is unavailable right now.")
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


async def on_moderator_button(update: Update, context: ScamContext, callback: Callback) -> None:
    """A press on a report's buttons (the press was already answered)."""
    query = update.callback_query
    if query is None:
        return
    if not is_moderator(update, context):
        await refuse(update, context)
        return
    verb, report_id = callback.arg(0), callback.arg(1)
    from bot.handlers import campaigns

    if verb in campaigns.CAMPAIGN_VERBS:
        await campaigns.on_button(update, context, callback)
        return
    try:
        report = await context.reports.get(report_id)
    except StoreUnavailable:
        await _reply(update, "The report queue is unavailable right now; nothing changed.")
        return
    if report is None or not isinstance(query.message, Message):
        await _reply(update, "That report no longer exists.")
        return
    indicators = report_indicators(report)
    try:
        mask = int(callback.arg(2, "0"), 16)
    except ValueError:
        return
    if verb == "tog":
        await query.edit_message_reply_markup(report_keyboard(report, indicators, mask))
    elif verb == "skip":
        await lists(context).skip_report(report_id)
        await query.edit_message_text(
            report_text(report, indicators) + "\n⏭ Skipped.", parse_mode=ParseMode.HTML
        )
        await _show_next(update, context)
    elif verb in ("ok", "no"):
        selected = [pair for i, pair in enumerate(indicators) if mask >> i & 1]
        try:
            decision = await lists(context).decide(
                report, confirm=verb == "ok", actor=actor_of(update), selected=selected
            )
        except StoreUnavailable:
            await _reply(update, "The lists are unavailable right now; nothing changed.")
            return
        await query.edit_message_text(
            report_text(report, indicators) + "\n" + html.escape(_outcome(decision)),
            parse_mode=ParseMode.HTML,
        )
        if decision.applied:
            await _tell_reporter(context, report, decision)
            await _show_next(update, context)


def _outcome(decision: Decision) -> str:
    if not decision.applied:
        if decision.status == "missing":
            return "That report no longer exists."
        who = decision.decided_by or "another moderator"
        return f"Already {decision.status} by {who}; nothing changed."
    if decision.status == "confirmed":
        listed = (
            ", ".join(f"{kind} {defang(value)}" for kind, value in decision.blocked)
            or "nothing ticked"
        )
        return f"✅ Confirmed. Listed: {listed}."
    return "❌ Rejected: no list changed."


async def _tell_reporter(context: ScamContext, report: Report, decision: Decision) -> None:
    """If the citizen asked to hear the outcome, tell them (in their language)."""
    if not report.notify or report.kind != "report":
        return
    t = translator(report.lang)
    text = t(m.OUTCOME_CONFIRMED) if decision.status == "confirmed" else t(m.OUTCOME_REJECTED)
    try:
        await context.bot.send_message(report.chat_id, text)
    except TelegramError:
        log.info("could not notify a reporter")


async def announce(context: ScamContext, report: Report) -> None:
    """Tell the moderators' chat about a new report, if one is set."""
    try:
        chat_id = await context.reports.moderator_chat()
    except StoreUnavailable:
        return
    if chat_id is None:
        return
    what = "dispute" if report.kind == "dispute" else "report"
    count = len(report.urls) + len(report.phones) + len(report.handles)
    try:
        await context.bot.send_message(
            chat_id,
            f"🆕 New {what} {report.report_id}: verdict {report.level}, {count} indicators. "
            "/reports to review.",
        )
    except TelegramError:
        log.info("could not announce a report")
