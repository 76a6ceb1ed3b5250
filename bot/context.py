"""The bot's shared objects, typed: what every handler reaches through ``context``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from blocklists.caregivers import CareStore
from blocklists.citizens import CitizenStore
from blocklists.groups import GroupStore
from blocklists.limits import RateLimiter
from blocklists.lookups import StoreUnavailable
from blocklists.reports import ReportQueue
from blocklists.store import BlocklistStore
from bot.i18n import normalize_language
from bot.settings import Settings
from checkers.engine import Engine

if TYPE_CHECKING:  # prometheus, aiohttp's server and the picture reader load only with the bot
    from bot.metrics import Metrics
    from bot.server import BotServer
    from checkers.picture import PictureReader

_T = TypeVar("_T")


@dataclass
class BotData:
    """Everything handlers share; filled in ``post_init`` (or by tests)."""

    settings: Settings | None = None
    engine: Engine | None = None
    store: BlocklistStore | None = None
    citizens: CitizenStore | None = None
    reports: ReportQueue | None = None
    limiter: RateLimiter | None = None
    owns_store: bool = False
    metrics: Metrics | None = None
    """The Prometheus counters."""
    http: BotServer | None = None
    """The polling-mode health server, if PORT is set."""
    groups: GroupStore | None = None
    """The group guardian's settings, budgets and shared cards (issue 14)."""
    care: CareStore | None = None
    """Caregiver invitations and links (issue 14)."""
    pictures: PictureReader | None = None
    """Reads photos and image files off the loop."""


ScamBot = ExtBot[int]
"""The bot: an ``ExtBot`` whose rate limiter (``AIORateLimiter``) takes ``int`` arguments."""


class ScamContext(CallbackContext[ScamBot, dict[Any, Any], dict[Any, Any], BotData]):
    """``CallbackContext`` with typed access to the engine and the stores."""

    @property
    def engine(self) -> Engine:
        """The checking engine."""
        return _initialised(self.bot_data.engine, "engine")

    @property
    def citizens(self) -> CitizenStore:
        """Languages, recent checks and forward batches."""
        return _initialised(self.bot_data.citizens, "citizen store")

    @property
    def reports(self) -> ReportQueue:
        """The moderators' queue."""
        return _initialised(self.bot_data.reports, "report queue")

    @property
    def settings(self) -> Settings:
        """The configuration."""
        return _initialised(self.bot_data.settings, "settings")


def _initialised(value: _T | None, what: str) -> _T:
    """``value``, which ``post_init`` sets: None means a handler ran before it."""
    if value is None:
        raise RuntimeError(f"the bot is not initialised (no {what})")
    return value


ScamApplication = Application[ScamBot, ScamContext, dict[Any, Any], dict[Any, Any], BotData, None]
"""The bot's application, as ``ApplicationBuilder`` types it (PTB's ``contexttypesbot``
example): user and chat data are PTB's default dicts (unused here), and there is no job
queue."""


async def language_of(update: Update, context: ScamContext) -> str:
    """The citizen's chosen language; Telegram's ``language_code`` is the first guess."""
    user = update.effective_user
    if user is None:
        return "en"
    try:
        chosen = await context.citizens.language(user.id)
    except StoreUnavailable:
        chosen = None
    return normalize_language(chosen or user.language_code)
