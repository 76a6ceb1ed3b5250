"""Keyboards: the persistent big-button menu, the language choice, the card's buttons."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup

from bot import callbacks
from bot.i18n import LANGUAGES, Translator, translator
from bot.i18n import messages as m

# The menu's buttons, by what they do.
MENU: Final = {
    "message": m.MENU_CHECK_MESSAGE,
    "phone": m.MENU_CHECK_PHONE,
    "link": m.MENU_CHECK_LINK,
    "scammed": m.MENU_SCAMMED,
    "tips": m.MENU_TIPS,
    "language": m.MENU_LANGUAGE,
    "family": m.MENU_FAMILY,
}


def main_menu(t: Translator) -> ReplyKeyboardMarkup:
    """The persistent reply keyboard: a few large buttons, never a command to type."""
    return ReplyKeyboardMarkup(
        [
            [t(MENU["message"])],
            [t(MENU["phone"]), t(MENU["link"])],
            [t(MENU["scammed"])],
            [t(MENU["tips"]), t(MENU["language"])],
            [t(MENU["family"])],
        ],
        resize_keyboard=True,
        is_persistent=True,
        input_field_placeholder=t(m.INSTRUCT_MESSAGE)[:64],
    )


@lru_cache(maxsize=1)
def menu_labels() -> dict[str, str]:
    """Every language's menu label → what it does (a button press arrives as its text)."""
    labels: dict[str, str] = {}
    for lang in LANGUAGES:
        t = translator(lang)
        for action, message in MENU.items():
            labels[t(message)] = action
    return labels


def language_choice() -> InlineKeyboardMarkup:
    """One big button per language, each in its own script."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(name, callback_data=callbacks.language(code))]
            for code, name in LANGUAGES.items()
        ]
    )


def card_buttons(t: Translator, check_id: str | None) -> InlineKeyboardMarkup:
    """Report · Warn my family · This is wrong · Check another."""
    again = InlineKeyboardButton(t(m.BUTTON_ANOTHER), callback_data=callbacks.again())
    if check_id is None:
        return InlineKeyboardMarkup([[again]])
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(t(m.BUTTON_REPORT), callback_data=callbacks.report(check_id))],
            [InlineKeyboardButton(t(m.BUTTON_WARN), callback_data=callbacks.warn(check_id))],
            [
                InlineKeyboardButton(t(m.BUTTON_WRONG), callback_data=callbacks.wrong(check_id)),
                again,
            ],
        ]
    )


def report_consent(
    t: Translator, check_id: str, *, with_indicators: bool, with_text: bool
) -> InlineKeyboardMarkup:
    """Ask before anything is sent to moderators."""
    rows = []
    if with_indicators:
        rows.append(
            [
                InlineKeyboardButton(
                    t(m.BUTTON_SEND_INDICATORS),
                    callback_data=callbacks.send(check_id, with_text=False),
                )
            ]
        )
    if with_text:
        rows.append(
            [
                InlineKeyboardButton(
                    t(m.BUTTON_SEND_WITH_TEXT),
                    callback_data=callbacks.send(check_id, with_text=True),
                )
            ]
        )
    rows.append([InlineKeyboardButton(t(m.BUTTON_CANCEL), callback_data=callbacks.cancel())])
    return InlineKeyboardMarkup(rows)


def notify_button(t: Translator, report_id: str) -> InlineKeyboardMarkup:
    """Opt in to hear what the moderators decide."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t(m.BUTTON_NOTIFY_ME), callback_data=callbacks.notify(report_id))]]
    )


def example_button(t: Translator) -> InlineKeyboardMarkup:
    """Show what a check looks like."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t(m.BUTTON_EXAMPLE), callback_data=callbacks.example())]]
    )
