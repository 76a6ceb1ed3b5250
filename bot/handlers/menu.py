"""The big-button menu: language first, then one tap per task. No command needs typing."""

from __future__ import annotations

from telegram import Update

from bot.context import ScamContext, language_of
from bot.handlers import caregiver, deeplink
from bot.i18n import LANGUAGES, translator
from bot.i18n import messages as m
from bot.keyboards import example_button, language_choice, main_menu, menu_labels
from checkers.data import BRAND_BY_KEY

# Banks whose 24-hour hotlines "I think I've been scammed" lists, in this order.
_BANKS = ("dbs", "ocbc", "uob", "citibank", "sc", "maybank")


def choose_language_text() -> str:
    """The question "Please choose your language", in every language (we do not know which)."""
    return "\n".join(translator(code)(m.CHOOSE_LANGUAGE) for code in LANGUAGES)


async def start(update: Update, context: ScamContext) -> None:
    """/start: the language question, with big buttons (or what a deep link opens)."""
    if context.args and await deeplink.open_link(update, context, context.args[0]):
        return
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            choose_language_text(), reply_markup=language_choice()
        )


async def choose_language(update: Update, context: ScamContext) -> None:
    """/language or the Language button."""
    await start(update, context)


async def welcome(update: Update, context: ScamContext, lang: str) -> None:
    """Greet in the chosen language and show the persistent menu."""
    t = translator(lang)
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_message(chat.id, t(m.WELCOME), reply_markup=main_menu(t))


async def menu_button(update: Update, context: ScamContext) -> None:
    """A tap on the persistent menu (it arrives as the button's text, in any language)."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    action = menu_labels().get(message.text)
    t = translator(await language_of(update, context))
    if action == "language":
        await start(update, context)
    elif action == "message":
        await message.reply_text(t(m.INSTRUCT_MESSAGE), reply_markup=example_button(t))
    elif action == "phone":
        await message.reply_text(t(m.INSTRUCT_PHONE))
    elif action == "link":
        await message.reply_text(t(m.INSTRUCT_LINK))
    elif action == "scammed":
        await scammed(update, context)
    elif action == "tips":
        await tips(update, context)
    elif action == "family":
        await caregiver.family_menu(update, context)


async def how_to_check(update: Update, context: ScamContext) -> None:
    """/check: how to check a message."""
    t = translator(await language_of(update, context))
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            t(m.INSTRUCT_MESSAGE), reply_markup=example_button(t)
        )


def bank_hotlines() -> str:
    """The banks' 24-hour hotlines, from our own data (DBS/POSB 1800 339 6963, …)."""
    return ", ".join(f"{BRAND_BY_KEY[k].name} {BRAND_BY_KEY[k].hotline}" for k in _BANKS)


async def scammed(update: Update, context: ScamContext) -> None:
    """/scammed: the urgent steps, in order, with the numbers."""
    t = translator(await language_of(update, context))
    if update.effective_message is not None:
        await update.effective_message.reply_text(t(m.SCAMMED_STEPS, banks=bank_hotlines()))


async def tips(update: Update, context: ScamContext) -> None:
    """/tips: how to spot a scam."""
    t = translator(await language_of(update, context))
    if update.effective_message is not None:
        await update.effective_message.reply_text(t(m.TIPS), parse_mode=None)
