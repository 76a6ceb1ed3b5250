"""Deep links (``t.me/<bot>?start=<payload>``): what a ``/start`` with a payload opens.

``g<id>``: the full card behind a group warning; ``c<token>``: a caregiver's invitation.
Anything else is an ordinary start.
"""

from __future__ import annotations

from telegram import Update

from bot.context import ScamContext
from bot.handlers import caregiver, guard


async def open_link(update: Update, context: ScamContext, payload: str) -> bool:
    """Open what a payload names; ``False`` when it names nothing (then /start goes on)."""
    if payload.startswith(guard.CARD_PREFIX) and len(payload) > 1:
        return await guard.open_card(update, context, payload[1:])
    if payload.startswith(caregiver.INVITE_PREFIX) and len(payload) > 1:
        return await caregiver.open_invite(update, context, payload[1:])
    return False
