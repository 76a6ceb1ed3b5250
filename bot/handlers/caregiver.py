"""The caregiver link: a citizen lets family members look out for them. Tap-only.

The citizen taps "Let my family look out for me" and gets a one-time link to send; the family
member opens it (``/start c<token>``) and accepts; the citizen confirms; from then on each 🔴
card the citizen gets is copied to the family member, short: the level, the kind of scam,
the time, and the message text only if the citizen turned that on. Either side unlinks from
the same menu. Each side reads in their own chosen language; the family member, until they
choose one, in the citizen's.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone
from typing import Final
from urllib.parse import quote

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
    User,
)
from telegram.error import TelegramError

from blocklists.caregivers import CareStore
from blocklists.lookups import StoreUnavailable
from bot.callbacks import Callback, encode
from bot.context import ScamContext, language_of
from bot.i18n import Translator, translator
from bot.i18n import messages as m
from checkers.verdict import Verdict

log = logging.getLogger(__name__)
INVITE_PREFIX: Final = "c"
# Scams reach Singapore citizens in Singapore time; elsewhere the time is given in UTC.
_ZONES: Final = {"SG": (timezone(timedelta(hours=8)), "SGT")}
MAX_TEXT: Final = 1500


def care(context: ScamContext) -> CareStore:
    """The caregiver links' store."""
    store = context.bot_data.care
    if store is None:
        raise RuntimeError("the bot is not initialised (no caregiver store)")
    return store


def _name(user: User) -> str:
    return user.first_name or user.full_name or "?"


async def _language_of_user(context: ScamContext, user_id: int, fallback: str) -> Translator:
    """A user's chosen language, else ``fallback`` (the citizen's)."""
    try:
        chosen = await context.citizens.language(user_id)
    except StoreUnavailable:
        chosen = None
    return translator(chosen or fallback)


# The family menu -----------------------------------------------------------------------------
async def family_menu(update: Update, context: ScamContext) -> None:
    """The menu button: who looks out for me, whom I look out for, invite, share text."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    t = translator(await language_of(update, context))
    try:
        text, markup = await _menu(context, user.id, t)
    except StoreUnavailable:
        await message.reply_text(t(m.ERROR))
        return
    await message.reply_text(text, reply_markup=markup)


async def _menu(
    context: ScamContext, user_id: int, t: Translator
) -> tuple[str, InlineKeyboardMarkup]:
    store = care(context)
    carers, cared = await store.links(user_id)
    share = await store.shares_text(user_id)
    lines = [t(m.FAMILY_INTRO)]
    if carers:
        lines.append(t(m.FAMILY_LOOKING_OUT, names=", ".join(n for _, n in carers)))
    if cared:
        lines.append(t(m.FAMILY_YOU_LOOK_OUT, names=", ".join(n for _, n in cared)))
    rows = [
        [InlineKeyboardButton(t(m.BUTTON_FAMILY_INVITE), callback_data=encode("care", "invite"))]
    ]
    rows.append(
        [
            InlineKeyboardButton(
                t(m.BUTTON_SHARE_TEXT_ON if share else m.BUTTON_SHARE_TEXT_OFF),
                callback_data=encode("care", "text", "0" if share else "1"),
            )
        ]
    )
    for other, name in carers:
        rows.append(
            [
                InlineKeyboardButton(
                    t(m.BUTTON_UNLINK, name=name),
                    callback_data=encode("care", "drop", str(other), "g"),
                )
            ]
        )
    for other, name in cared:
        rows.append(
            [
                InlineKeyboardButton(
                    t(m.BUTTON_UNLINK, name=name),
                    callback_data=encode("care", "drop", str(other), "c"),
                )
            ]
        )
    return "\n\n".join(lines), InlineKeyboardMarkup(rows)


# Buttons ---------------------------------------------------------------------------------------
async def on_button(
    update: Update, context: ScamContext, query: CallbackQuery, cb: Callback
) -> None:
    """``care:<step>[:<arg>...]`` (the press was answered already)."""
    user = query.from_user
    if user is None or not isinstance(query.message, Message):
        return
    t = translator(await language_of(update, context))
    step = cb.arg(0)
    try:
        if step == "invite":
            await _invite(context, query.message, user, t)
        elif step == "accept":
            await _accept(context, query, user, cb.arg(1), t)
        elif step == "decline":
            await query.edit_message_text(t(m.CARE_NOTHING_SHARED))
        elif step == "confirm":
            await _confirm(context, query, user, cb.arg(1), t)
        elif step == "refuse":
            await care(context).take_request(cb.arg(1), user.id)
            await query.edit_message_text(t(m.CARE_NOTHING_SHARED))
        elif step == "text":
            await care(context).set_share_text(user.id, cb.arg(1) == "1")
            text, markup = await _menu(context, user.id, t)
            await query.edit_message_text(text, reply_markup=markup)
        elif step == "drop":
            await _drop(context, query, user, cb, t)
    except StoreUnavailable:
        await query.message.reply_text(t(m.ERROR))


async def _invite(context: ScamContext, message: Message, user: User, t: Translator) -> None:
    token = await care(context).invite(user.id, _name(user), t.lang)
    link = f"https://t.me/{context.bot.username}?start={INVITE_PREFIX}{token}"
    share = f"https://t.me/share/url?url={quote(link, safe='')}&text={quote(t(m.CARE_SHARE_TEXT))}"
    await message.reply_text(
        t(m.CARE_INVITE, link=link),
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton(t(m.BUTTON_SEND_LINK), url=share)]]
        ),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    log.info("caregiver invitation made")


async def open_invite(update: Update, context: ScamContext, token: str) -> bool:
    """A family member opened an invitation link (``/start c<token>``)."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return False
    try:
        invite = await care(context).peek_invite(token)
    except StoreUnavailable:
        invite = None
    t = (
        await _language_of_user(context, user.id, invite.lang)
        if invite is not None
        else translator(await language_of(update, context))
    )
    if invite is None:
        await message.reply_text(t(m.CARE_INVALID))
    elif invite.citizen_id == user.id:
        await message.reply_text(t(m.CARE_OWN))
    else:
        await message.reply_text(
            t(m.CARE_ASK, name=invite.citizen_name),
            reply_markup=InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            t(m.BUTTON_CARE_ACCEPT), callback_data=encode("care", "accept", token)
                        )
                    ],
                    [
                        InlineKeyboardButton(
                            t(m.BUTTON_CARE_DECLINE), callback_data=encode("care", "decline")
                        )
                    ],
                ]
            ),
        )
    return True


async def _accept(
    context: ScamContext, query: CallbackQuery, user: User, token: str, t: Translator
) -> None:
    store = care(context)
    invite = await store.take_invite(token)
    if invite is None or invite.citizen_id == user.id:
        await query.edit_message_text(t(m.CARE_INVALID))
        return
    request_id = await store.request(invite.citizen_id, user.id, _name(user), invite.lang)
    citizen_t = await _language_of_user(context, invite.citizen_id, invite.lang)
    await context.bot.send_message(
        invite.citizen_id,
        citizen_t(m.CARE_CONFIRM, name=_name(user)),
        reply_markup=InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        citizen_t(m.BUTTON_CARE_CONFIRM),
                        callback_data=encode("care", "confirm", request_id),
                    )
                ],
                [
                    InlineKeyboardButton(
                        citizen_t(m.BUTTON_CARE_DECLINE),
                        callback_data=encode("care", "refuse", request_id),
                    )
                ],
            ]
        ),
    )
    await query.edit_message_text(t(m.CARE_WAITING, name=invite.citizen_name))


async def _confirm(
    context: ScamContext, query: CallbackQuery, user: User, request_id: str, t: Translator
) -> None:
    store = care(context)
    request = await store.take_request(request_id, user.id)
    if request is None:
        await query.edit_message_text(t(m.CARE_INVALID))
        return
    if not await store.link(user.id, _name(user), request.caregiver_id, request.caregiver_name):
        await query.edit_message_text(t(m.CARE_TOO_MANY))
        return
    await query.edit_message_text(t(m.CARE_LINKED, name=request.caregiver_name))
    carer_t = await _language_of_user(context, request.caregiver_id, request.lang)
    await _tell(context, request.caregiver_id, carer_t(m.CARE_LINKED_CAREGIVER, name=_name(user)))
    log.info("caregiver linked")


async def _drop(
    context: ScamContext, query: CallbackQuery, user: User, cb: Callback, t: Translator
) -> None:
    other_text = cb.arg(1)
    if not other_text.lstrip("-").isdigit():
        return
    other = int(other_text)
    store = care(context)
    name = await store.name(other)
    if cb.arg(2) == "g":  # the other one looks out for me
        removed = await store.unlink(user.id, other)
    else:  # I look out for the other one
        removed = await store.unlink(other, user.id)
    text, markup = await _menu(context, user.id, t)
    await query.edit_message_text(text, reply_markup=markup)
    if removed and isinstance(query.message, Message):
        await query.message.reply_text(t(m.CARE_UNLINKED, name=name))
        other_t = await _language_of_user(context, other, t.lang)
        await _tell(context, other, other_t(m.CARE_UNLINKED, name=_name(user)))
        log.info("caregiver unlinked")


async def _tell(context: ScamContext, chat_id: int, text: str) -> None:
    try:
        await context.bot.send_message(chat_id, text)
    except TelegramError:
        log.info("could not reach the other side of a caregiver link")


# The copy of a 🔴 card -------------------------------------------------------------------------
def _family_reason(verdict: Verdict, t: Translator) -> str:
    """The kind of scam, from the scam-family findings (they never quote the message)."""
    family = next((f for f in verdict.findings if f.code.startswith("FAM")), None)
    return t.reason(family) if family is not None else t(m.CARE_FAMILY_UNKNOWN)


def _when(region: str) -> str:
    zone, label = _ZONES.get(region, (UTC, "UTC"))
    return f"{datetime.now(zone).strftime('%d %b %Y, %H:%M')} {label}"


async def copy_verdict(
    context: ScamContext, citizen: User, verdict: Verdict, text: str, lang: str
) -> None:
    """Send a short copy of a citizen's 🔴 verdict to each of their caregivers."""
    if verdict.level != "scam":
        return
    try:
        caregivers, share = await care(context).caregivers_of(citizen.id)
    except StoreUnavailable:
        return
    when = _when(context.settings.region)
    for caregiver in caregivers:
        t = await _language_of_user(context, caregiver, lang)
        note = t(m.CARE_ALERT, name=_name(citizen), level=t(m.LEVEL_SCAM), time=when)
        note += "\n" + _family_reason(verdict, t)
        if share and text.strip():
            note += "\n\n" + t(m.CARE_ALERT_TEXT, text=text.strip()[:MAX_TEXT])
        await _tell(context, caregiver, note)
    if caregivers:
        log.info("copied to caregivers", extra={"count": len(caregivers)})
