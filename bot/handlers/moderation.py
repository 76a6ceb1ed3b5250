"""Moderators' list commands: /block /unblock /allow /unallow /lookup /audit /stats /export.

Also /modchat and /import. Registered behind the moderator gate (``bot/app.py``,
:func:`bot.handlers.gate.moderators_only`), so nothing here checks who is acting. Values are
recognised by the same ``resolve`` the CLI uses and normalised by the same ``normalize`` the
checkers use. Moderator texts are in English; the longer ones are in
:mod:`bot.moderator_views`, the /import worker in :mod:`bot.import_worker`.
"""

from __future__ import annotations

import io
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Final

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from blocklists.campaigns import CampaignManager
from blocklists.feeds import FORMATS, Format, export_line
from blocklists.keys import ListName
from blocklists.lookups import StoreUnavailable, day
from blocklists.moderation import ListManager, parse_duration
from blocklists.normalize import InvalidValue, resolve
from bot.context import ScamContext
from bot.handlers.gate import actor_of
from bot.import_worker import ImportJob, run_import
from bot.moderator_views import audit_text, campaign_lookup_text, lookup_text
from bot.render import defang
from bot.settings import DEFAULT_API_BASE_URL
from checkers.case import prepare, value_keys
from checkers.verdict import Submission

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
UNAVAILABLE: Final = "Nothing changed: the lists are unavailable right now. Try again shortly."


def lists(context: ScamContext) -> ListManager:
    """The list manager over the bot's store."""
    store = context.bot_data.store
    if store is None:
        raise RuntimeError("the bot is not initialised (no store)")
    return ListManager(store.redis, store.keys)


def campaigns(context: ScamContext) -> CampaignManager:
    """The campaign manager over the bot's store."""
    manager = lists(context)
    return CampaignManager(manager.redis, manager.keys)


async def reply(update: Update, text: str, *, as_html: bool = False) -> None:
    """Answer in the chat the command or button came from."""
    message = update.effective_message
    if message is not None:
        await message.reply_text(
            text, parse_mode=ParseMode.HTML if as_html else None, do_quote=False
        )


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


async def _value(update: Update, context: ScamContext, command: str) -> list[str] | None:
    """The command's value (first) and other words; ``None`` after showing the usage line."""
    args = list(context.args or [])
    if not args:
        await reply(update, USAGE[command])
        return None
    value, rest = split_value(args, context.settings.region)
    return [value, *rest]


async def block(update: Update, context: ScamContext) -> None:
    """/block VALUE [30d] [reason]."""
    await _put(update, context, "block")


async def allow(update: Update, context: ScamContext) -> None:
    """/allow VALUE [reason]."""
    await _put(update, context, "allow")


async def _put(update: Update, context: ScamContext, list_name: ListName) -> None:
    words = await _value(update, context, list_name)
    if words is None:
        return
    value, *rest = words
    expires_at = None
    duration = parse_duration(rest[0]) if rest and list_name == "block" else None
    if duration is not None:
        expires_at = time.time() + duration
        rest = rest[1:]
    try:
        kind, normalized = resolve(value, region=context.settings.region)
    except InvalidValue as exc:
        await reply(update, f"Nothing changed: {exc}.\n{USAGE[list_name]}")
        return
    try:
        new = await lists(context).put(
            list_name,
            kind,
            normalized,
            actor=actor_of(update),
            reason=" ".join(rest)[:300],
            expires_at=expires_at,
        )
    except StoreUnavailable:
        await reply(update, UNAVAILABLE)
        return
    verb = "Blocked" if list_name == "block" else "Allowed"
    until = f" until {day(expires_at)}" if expires_at else ""
    state = "" if new else " (updated an existing entry)"
    await reply(update, f"{verb} {kind} {defang(normalized)}{until}{state}.")


async def unblock(update: Update, context: ScamContext) -> None:
    """/unblock VALUE."""
    await _delete(update, context, "block")


async def unallow(update: Update, context: ScamContext) -> None:
    """/unallow VALUE."""
    await _delete(update, context, "allow")


async def _delete(update: Update, context: ScamContext, list_name: ListName) -> None:
    command = "unblock" if list_name == "block" else "unallow"
    words = await _value(update, context, command)
    if words is None:
        return
    try:
        kind, normalized = resolve(words[0], region=context.settings.region)
        removed = await lists(context).delete(
            list_name, kind, normalized, actor=actor_of(update), reason=" ".join(words[1:])[:300]
        )
    except InvalidValue as exc:
        await reply(update, f"Nothing changed: {exc}.\n{USAGE[command]}")
        return
    except StoreUnavailable:
        await reply(update, UNAVAILABLE)
        return
    shown = f"{kind} {defang(normalized)}"
    if removed:
        await reply(update, f"Removed {shown} from the {list_name}list.")
    else:
        await reply(update, f"{shown} was not on the {list_name}list; nothing changed.")


async def lookup(update: Update, context: ScamContext) -> None:
    """/lookup VALUE: every list it is on, provenance, checks and reports."""
    args = list(context.args or [])
    pasted = pasted_message(update.effective_message, args)
    if pasted:
        await lookup_message(update, context, pasted)
        return
    words = await _value(update, context, "lookup")
    if words is None:
        return
    try:
        kind, normalized = resolve(words[0], region=context.settings.region)
        found = await lists(context).find(value_keys(kind, normalized))
    except InvalidValue as exc:
        await reply(update, f"{exc}.\n{USAGE['lookup']}")
        return
    except StoreUnavailable:
        await reply(update, "The lists are unavailable right now. Try again shortly.")
        return
    await reply(update, lookup_text(found), as_html=True)


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
        await reply(
            update, "That message is too short to match against campaigns; /lookup a value."
        )
        return
    try:
        manager = campaigns(context)
        hit = await manager.match(fp.bands, fp.signature)
        campaign = await manager.get(hit.campaign_id) if hit else None
    except StoreUnavailable:
        await reply(update, "The campaigns are unavailable right now.")
        return
    found = campaign_lookup_text(campaign) if campaign else "No campaign matches this message."
    await reply(update, found)


async def audit(update: Update, context: ScamContext) -> None:
    """/audit [N]: recent changes."""
    args = list(context.args or [])
    count = int(args[0]) if args and args[0].isdigit() else 10
    try:
        records = await lists(context).audit(min(count, 50))
    except StoreUnavailable:
        await reply(update, "The audit trail is unavailable right now.")
        return
    await reply(update, audit_text(records) if records else "No changes yet.")


async def stats(update: Update, context: ScamContext) -> None:
    """/stats: list sizes, today's checks and reports, the queue."""
    try:
        figures = await lists(context).stats()
    except StoreUnavailable:
        await reply(update, "The statistics are unavailable right now.")
        return
    await reply(update, "\n".join(f"{name}: {value}" for name, value in figures.items()))


async def modchat(update: Update, context: ScamContext) -> None:
    """/modchat (in the moderators' group): announce new reports here."""
    chat = update.effective_chat
    if chat is None:
        return
    await context.reports.set_moderator_chat(chat.id, actor=actor_of(update))
    await reply(update, "New reports will be announced in this chat.")


async def export(update: Update, context: ScamContext) -> None:
    """/export: every list as a JSON-lines file that /import restores exactly."""
    from bot.campaign_io import export_campaigns

    try:
        entries = list(await lists(context).export())
        campaign_lines = await export_campaigns(campaigns(context))
    except StoreUnavailable:
        await reply(update, "The lists are unavailable right now.")
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
    message = update.effective_message
    document = message.reply_to_message.document if message and message.reply_to_message else None
    if document is None:
        await reply(
            update,
            f"Reply with /import to an uploaded file. Formats: {', '.join(FORMATS)} "
            "(recognised automatically).",
        )
        return
    args = [a.lower() for a in context.args or []]
    fmt: Format | None = next((f for f in FORMATS if f in args), None)
    list_name: ListName = "allow" if "allow" in args else "block"
    own_server = context.settings.api_base_url != DEFAULT_API_BASE_URL
    if document.file_size and document.file_size > MAX_IMPORT_BYTES and not own_server:
        # Telegram's public Bot API serves files up to 20 MB; a self-hosted one serves more.
        await reply(
            update,
            "That file is too large for Telegram; import it with `scamcheck blocklist import`.",
        )
        return
    try:
        file = await context.bot.get_file(document.file_id)
        data = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, "Could not download that file from Telegram; nothing changed.")
        return
    source = f"import:{document.file_name or 'file'}"[:80]
    text = data.decode("utf-8", errors="replace")
    settings = context.settings
    from bot.campaign_io import import_campaigns, split_lines, summary

    campaign_lines, list_lines = split_lines(text.splitlines())
    campaign_report = ""
    if campaign_lines:
        try:
            done, bad_lines = await import_campaigns(
                campaigns(context),
                campaign_lines,
                actor=actor_of(update),
                source=source,
                region=settings.region,
            )
        except StoreUnavailable:
            await reply(update, "Import failed: the lists are unavailable. Nothing changed.")
            return
        campaign_report = "\n".join(
            [summary(done, bad_lines)]
            + [f"line {bad.line}: {bad.reason}" for bad in bad_lines[:10]]
        )
        if not list_lines:
            await reply(update, campaign_report)
            return
        text = "\n".join(list_lines)
    job = ImportJob(text, fmt, list_name, source, settings.region, actor_of(update))
    try:
        result = await run_import(job, lists(context), settings.redis_url)
    except StoreUnavailable:
        await reply(update, "Import failed: the lists are unavailable. Nothing changed.")
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
    await reply(update, "\n".join(lines))
