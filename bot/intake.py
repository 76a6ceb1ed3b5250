"""Telegram message → Submission: everything a citizen can send, as indicators.

Plain-text extraction (links, numbers, handles in the words) is the engine's; here is only
what Telegram knows and plain text cannot show: links hidden behind text, URL buttons of a
forwarded post, contact cards, mentions of users without a username, the forward origin.
"""

from __future__ import annotations

from telegram import (
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
)

from checkers.verdict import LinkPair, Origin, Submission


def message_text(message: Message) -> str:
    """The text of a message, or the caption of a photo, video or document."""
    return message.text or message.caption or ""


def _entities(message: Message) -> dict[MessageEntity, str]:
    if message.text is not None:
        return message.parse_entities()
    if message.caption is not None:
        return message.parse_caption_entities()
    return {}


def origin_of(message: Message) -> Origin | None:
    """Where a forwarded message came from, as far as Telegram tells."""
    origin = message.forward_origin
    date = origin.date.strftime("%Y-%m-%d %H:%M UTC") if origin is not None else ""
    if isinstance(origin, MessageOriginUser):
        user = origin.sender_user
        return Origin("user", user.full_name, user.username or "", user.id, date)
    if isinstance(origin, MessageOriginHiddenUser):
        return Origin("hidden_user", origin.sender_user_name, "", None, date)
    if isinstance(origin, MessageOriginChat):
        chat = origin.sender_chat
        return Origin("chat", chat.title or chat.full_name or "", chat.username or "", None, date)
    if isinstance(origin, MessageOriginChannel):
        chat = origin.chat
        return Origin("channel", chat.title or "", chat.username or "", None, date)
    return None


def submission_from_message(message: Message, lang: str = "en") -> Submission:
    """Everything to check in one Telegram message."""
    urls: list[str] = []
    pairs: list[LinkPair] = []
    handles: list[str] = []
    phones: list[str] = []
    for entity, shown in _entities(message).items():
        if entity.type == MessageEntity.TEXT_LINK and entity.url:
            pairs.append(LinkPair(shown=shown, target=entity.url))
        elif entity.type == MessageEntity.URL:
            urls.append(shown)
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user is not None:
            handles.append(entity.user.username or str(entity.user.id))
    markup = message.reply_markup
    if isinstance(markup, InlineKeyboardMarkup):
        for row in markup.inline_keyboard:
            for button in row:
                if button.url:
                    urls.append(button.url)
                elif button.login_url is not None:
                    urls.append(button.login_url.url)
    if message.contact is not None:
        phones.append(message.contact.phone_number)
        if message.contact.user_id:
            handles.append(str(message.contact.user_id))
    return Submission(
        text=message_text(message),
        urls=tuple(urls),
        phones=tuple(phones),
        handles=tuple(handles),
        link_pairs=tuple(pairs),
        origin=origin_of(message),
        lang=lang,
    )


def has_something_to_check(submission: Submission) -> bool:
    """Whether a submission has text or any indicator at all."""
    return bool(
        submission.text.strip()
        or submission.urls
        or submission.phones
        or submission.handles
        or submission.link_pairs
    )
