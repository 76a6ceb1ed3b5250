"""Inline mode: ``@bot TEXT-OR-LINK`` in any chat answers with a card the citizen can send.

The query is checked like a message (intake → engine → render) and answered with one article:
the verdict, its top reasons and the Add-Check-Tell steps, links defanged, in the citizen's
language. Nothing of the query is stored or logged.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Final

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode

from bot.context import ScamContext, language_of
from bot.i18n import messages as m
from bot.i18n import translator
from bot.render import build_card, defang, render_shareable
from checkers.verdict import Submission

log = logging.getLogger(__name__)
# The answer depends on the citizen's language and on the lists, which change: cached per
# person, briefly.
CACHE_SECONDS: Final = 60
# Telegram sends at most 256 characters; anything longer is not a real query.
MAX_QUERY: Final = 512
DESCRIPTION: Final = 120
START_PARAMETER: Final = "inline"


async def answer_query(update: Update, context: ScamContext) -> None:
    """Answer an inline query with one sendable result (none for an empty query)."""
    query = update.inline_query
    if query is None:
        return
    t = translator(await language_of(update, context))
    help_button = InlineQueryResultsButton(t(m.INLINE_HELP), start_parameter=START_PARAMETER)
    text = query.query.strip()[:MAX_QUERY]
    if not text:
        await query.answer([], cache_time=CACHE_SECONDS, is_personal=True, button=help_button)
        return
    verdict = await context.engine.check(Submission(text=text, lang=t.lang))
    card = build_card(verdict, t, text=text)
    first = next(iter(card.reasons), "")
    article = InlineQueryResultArticle(
        id=hashlib.sha256(f"{t.lang}\n{text}".encode()).hexdigest()[:32],
        title=card.title,
        description=(defang(first)[:DESCRIPTION] or t(m.INLINE_SEND)),
        input_message_content=InputTextMessageContent(
            render_shareable(card),
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
    )
    await query.answer([article], cache_time=CACHE_SECONDS, is_personal=True, button=help_button)
    log.info(
        "inline check", extra={"level": verdict.level, "codes": [f.code for f in verdict.findings]}
    )
