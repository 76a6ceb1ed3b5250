"""The group guardian: every message of a guarded group is checked quietly.

It speaks only for 🔴 (and 🟠 when the group's admins chose ``strict``), as a reply to the
message (in its forum topic), with a short warning in the group's language and a button that
opens the full card in a private chat. Never for ⚪. ``/guard on|strict|off`` is for the
group's Telegram admins only. A group's budget (``blocklists.groups``) bounds what a flooded
group can cost. No message text is stored or logged: the card behind the button keeps only
the findings about links, numbers and accounts, and the codes.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Final

from telegram import (
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError

from blocklists.groups import MODES, GroupState, GroupStore
from blocklists.lookups import StoreUnavailable
from bot.context import ScamContext, language_of
from bot.handlers import check
from bot.i18n import Translator, normalize_language, translator
from bot.i18n import messages as m
from bot.intake import has_something_to_check, submission_from_message
from bot.render import build_card, defang, render_html, split_message
from checkers.codes import CATALOGUE, finding
from checkers.verdict import Finding, Severity, Verdict, verdict_from_state, verdict_state

log = logging.getLogger(__name__)
CARD_PREFIX: Final = "g"
# Checkers whose evidence is a link, a number or an account (kept); the others quote words
# of the message, which are never stored.
_INDICATOR_CHECKERS: Final = frozenset({"url", "phone", "handle", "list"})
_ADMIN_STATUSES: Final = frozenset({ChatMember.ADMINISTRATOR, ChatMember.OWNER})
_MODE_TEXT: Final = {"on": m.GUARD_ON, "strict": m.GUARD_STRICT, "off": m.GUARD_OFF}


def groups(context: ScamContext) -> GroupStore:
    """The groups' store (built beside the citizens' store)."""
    store = context.bot_data.groups
    if store is None:
        raise RuntimeError("the bot is not initialised (no group store)")
    return store


async def group_message(update: Update, context: ScamContext) -> None:
    """A message in a group: the full card if the bot is asked, else the quiet guardian."""
    message = update.effective_message
    if message is None or message.chat.type == Chat.PRIVATE:
        return
    state: GroupState | None
    try:
        state = await groups(context).admit(message.chat_id)
    except StoreUnavailable:
        state = None  # no settings, no budget: the guardian is quiet, a question is answered
    if state is not None and not state.within_budget:
        return  # a flooded group: nothing more is checked there this window
    if check.addressed(message, context):
        await check.check_message(update, context)
        return
    if state is None or state.mode == "off":
        return
    if message.from_user is None or message.from_user.is_bot:
        return
    submission = submission_from_message(message)
    if not has_something_to_check(submission):
        return
    verdict = await context.engine.check(submission)
    loud = verdict.level == "scam" or (verdict.level == "suspicious" and state.mode == "strict")
    log.info("group check", extra={"level": verdict.level, "warned": loud})
    if loud:
        await _warn(message, context, verdict, state.lang)


def without_text(verdict: Verdict) -> Verdict:
    """The verdict with every quotation of the message's words removed.

    Links, numbers and accounts stay: they are what a card is about.
    """

    def strip(item: Finding) -> Finding:
        if item.checker in _INDICATOR_CHECKERS:
            return item
        params = {k: v for k, v in item.params.items() if k != "evidence"}
        if item.code not in CATALOGUE:
            return replace(item, evidence="", params={"evidence": "…"}, reason="")
        return replace(finding(item.code, "…", **params), evidence="")

    return replace(verdict, findings=tuple(strip(f) for f in verdict.findings))


async def _warn(
    message: Message, context: ScamContext, verdict: Verdict, lang: str | None
) -> None:
    store = groups(context)
    try:
        if not await store.may_warn(message.chat_id):
            log.info("group warning limit reached")
            return
        card_id: str | None = await store.save_card(verdict_state(without_text(verdict)))
    except StoreUnavailable:
        card_id = None
    t = translator(lang)
    markup = None
    if card_id is not None and context.bot.username:
        link = f"https://t.me/{context.bot.username}?start={CARD_PREFIX}{card_id}"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(t(m.GUARD_BUTTON), url=link)]])
    await message.reply_text(
        warning(verdict, t),
        do_quote=True,
        reply_markup=markup,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )


def warning(verdict: Verdict, t: Translator) -> str:
    """The short warning posted in the group (plain text, links defanged)."""
    head = t(m.GUARD_WARNING_SCAM if verdict.level == "scam" else m.GUARD_WARNING_CAREFUL)
    flags = [f for f in verdict.findings if f.severity is not Severity.INFO]
    return f"{head}\n{defang(t.reason(flags[0]))}" if flags else head


async def open_card(update: Update, context: ScamContext, card_id: str) -> bool:
    """The full card behind a warning's button, in the private chat (``/start g<id>``)."""
    message = update.effective_message
    if message is None:
        return False
    try:
        state = await groups(context).load_card(card_id)
    except StoreUnavailable:
        state = None
    t = translator(await language_of(update, context))
    if state is None:
        await message.reply_text(t(m.GUARD_CARD_EXPIRED))
        return True
    card = build_card(verdict_from_state(state), t)
    for part in split_message(render_html(card)):
        await message.reply_text(
            part,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )
    return True


async def guard_command(update: Update, context: ScamContext) -> None:
    """``/guard on|strict|off``: only the group's Telegram admins may change it."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or chat.type == Chat.PRIVATE:
        return
    lang = await language_of(update, context)
    t = translator(lang)
    asked = (context.args or [""])[0].lower()
    choice = next((mode for mode in MODES if mode == asked), None)
    store = groups(context)
    if choice is None:
        try:
            mode, group_lang = await store.settings(chat.id)
        except StoreUnavailable:
            await message.reply_text(t(m.ERROR))
            return
        t = translator(group_lang or lang)
        await message.reply_text(f"{t(_MODE_TEXT[mode])}\n{t(m.GUARD_USAGE)}")
        return
    if not await _is_admin(message, context):
        log.info("guard change refused: not an admin")
        await message.reply_text(t(m.GUARD_ADMINS_ONLY))
        return
    try:
        await store.set_mode(chat.id, choice, normalize_language(lang))
    except StoreUnavailable:
        await message.reply_text(t(m.ERROR))
        return
    log.info("guard mode set", extra={"mode": choice})
    await message.reply_text(t(_MODE_TEXT[choice]))


async def _is_admin(message: Message, context: ScamContext) -> bool:
    """Whether the sender is one of the group's admins (Telegram says; never our lists)."""
    if message.sender_chat is not None:
        # An anonymous admin writes as the group itself; a channel writing in is no admin.
        return message.sender_chat.id == message.chat_id
    if message.from_user is None:
        return False
    try:
        member = await context.bot.get_chat_member(message.chat_id, message.from_user.id)
    except TelegramError:
        return False
    return member.status in _ADMIN_STATUSES
