"""The moderator gate: applied once, where moderators' commands and buttons are registered.

``bot/app.py`` wraps every moderator command and every review button in
:func:`moderators_only`, so the handlers behind it never check who is acting. Moderators are
the users in ``SCAMCHECK_ADMIN_IDS``, checked at the moment of use (forged callback data
changes nothing); anyone else is told they cannot, in their language, and the attempt is
logged (their id only, never content).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec

from telegram import Update

from bot.context import ScamContext, language_of
from bot.i18n import messages as m
from bot.i18n import translator

log = logging.getLogger(__name__)
_P = ParamSpec("_P")


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


def moderators_only(
    handler: Callable[Concatenate[Update, ScamContext, _P], Coroutine[Any, Any, None]],
) -> Callable[Concatenate[Update, ScamContext, _P], Coroutine[Any, Any, None]]:
    """The handler for moderators; anyone else is refused (:func:`refuse`) and nothing runs."""

    @functools.wraps(handler)
    async def gated(
        update: Update, context: ScamContext, /, *args: _P.args, **kwargs: _P.kwargs
    ) -> None:
        if not is_moderator(update, context):
            await refuse(update, context)
            return
        await handler(update, context, *args, **kwargs)

    return gated
