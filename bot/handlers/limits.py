"""The per-citizen rate limit, applied before every other handler."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from blocklists.lookups import StoreUnavailable
from bot.context import ScamContext, language_of
from bot.i18n import messages as m
from bot.i18n import translator

log = logging.getLogger(__name__)


async def enforce(update: Update, context: ScamContext) -> None:
    """Let the update through, say "please slow down" once, or drop it (nothing else runs)."""
    user = update.effective_user
    limiter = context.bot_data.limiter
    if user is None or limiter is None or context.bot_data.settings is None:
        return
    if user.id in context.bot_data.settings.admin_ids:
        return
    chat = update.effective_chat
    if update.message is not None and chat is not None and chat.type != chat.PRIVATE:
        # Group messages count against their group's budget (the guardian's), not the
        # sender's: chatting in a family group must not use up a citizen's own checks.
        return
    try:
        decision = await limiter.hit(user.id)
    except StoreUnavailable:
        return  # without Redis there is no shared count: better to answer than to refuse
    if decision == "allow":
        return
    if decision == "warn":
        log.info("rate limit reached")
        t = translator(await language_of(update, context))
        if update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, t(m.SLOW_DOWN))
    if update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop
