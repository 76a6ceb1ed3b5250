"""Photos and image files: download, hand the bytes to :mod:`checkers.picture`, check.

Only the Telegram part lives here: which file of a message is a picture, Telegram's download
limit, and the download itself (through ``TELEGRAM_API_FILE_URL``). Reading and judging are in
``checkers``. Pictures are kept in memory only while they are read, and neither they nor the
text read from them are logged or stored.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Final, Literal

from telegram import Message
from telegram.error import TelegramError

from bot.context import ScamContext
from bot.intake import has_something_to_check
from checkers.picture import MAX_BYTES, Reading, picture_submission, with_pictures
from checkers.verdict import Finding, Submission, Verdict

log = logging.getLogger(__name__)

IMAGE_TYPES: Final = frozenset({"image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp"})
IMAGE_ENDINGS: Final = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp")
UNREADABLE: Final = frozenset({"IMG002", "IMG003", "IMG004"})


def picture_file(message: Message) -> tuple[str, int] | None:
    """``(file_id, size)`` of the message's picture: a photo, or an image sent as a file.

    A photo comes in several sizes; the largest within Telegram's download limit is read.
    """
    if message.photo:
        sizes = [p for p in message.photo if (p.file_size or 0) <= MAX_BYTES]
        best = max(sizes or message.photo, key=lambda p: p.width * p.height)
        return best.file_id, best.file_size or 0
    document = message.document
    if document is None:
        return None
    name = (document.file_name or "").lower()
    if (document.mime_type or "").lower() in IMAGE_TYPES or name.endswith(IMAGE_ENDINGS):
        return document.file_id, document.file_size or 0
    return None


async def read_message_picture(
    message: Message, context: ScamContext, file_id: str, size: int
) -> Reading:
    """Download and read one picture; a :class:`Reading` with a problem when that fails."""
    if size > MAX_BYTES:
        return Reading(problem="too_large")  # Telegram would refuse the download anyway
    try:
        file = await context.bot.get_file(file_id)
        if (file.file_size or 0) > MAX_BYTES:
            return Reading(problem="too_large")
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        log.warning("picture download failed", extra={"error": type(exc).__name__})
        return Reading(problem="corrupt")
    reader = context.bot_data.pictures
    if reader is None:
        raise RuntimeError("the bot is not initialised (no picture reader)")
    reading: Reading = await reader.read(data)
    return reading


async def check_picture_message(
    message: Message, context: ScamContext, submission: Submission, file_id: str, size: int
) -> tuple[Verdict, Submission]:
    """The verdict on a picture (with its caption), and everything that was checked."""
    reading = await read_message_picture(message, context, file_id, size)
    full = picture_submission(submission, [reading])
    verdict = with_pictures(await context.engine.check(full), [reading])
    # The read text is quoted on the card (IMG001); it is not kept anywhere else.
    return replace(verdict, ocr_text=""), full


def nothing_read(verdict: Verdict, full: Submission) -> Finding | Literal[False] | None:
    """``False`` when the picture (or its caption) gave something to check.

    Otherwise why the picture could not be read (its IMG finding), or ``None`` when it was
    read and holds no text and no QR code.
    """
    if has_something_to_check(full):
        return False
    return next((f for f in verdict.findings if f.code in UNREADABLE), None)
