"""The group guardian's state: each group's settings, its budgets, the cards behind warnings.

No message text is stored. A group's settings are its mode (``on``, ``strict`` or ``off``;
``on`` until its admins say otherwise) and the language of its warnings. Two counters per
group and window keep a flooded group from costing everyone else: at most
:data:`CHECK_LIMIT` messages a window are checked, at most :data:`WARN_LIMIT` warnings posted.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from redis.asyncio import Redis

from blocklists.base import Clock, Windowed
from blocklists.connection import guarded
from blocklists.keys import KeyBuilder

Mode = Literal["on", "strict", "off"]
MODES: Final[tuple[Mode, ...]] = ("on", "strict", "off")
DEFAULT_MODE: Final[Mode] = "on"
WINDOW: Final = 60
CHECK_LIMIT: Final = 60
WARN_LIMIT: Final = 5
CARD_TTL: Final = 2 * 24 * 3600


@dataclass(frozen=True, slots=True)
class GroupState:
    """What the guardian needs to know about a group for one message."""

    mode: Mode
    lang: str | None
    within_budget: bool


@guarded
class GroupStore(Windowed):
    """Groups' guardian settings, budgets and shared cards, in Redis."""

    def __init__(
        self,
        redis: Redis,
        keys: KeyBuilder | None = None,
        *,
        check_limit: int = CHECK_LIMIT,
        warn_limit: int = WARN_LIMIT,
        window: int = WINDOW,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(redis, keys, window=window, clock=clock)
        self.check_limit = check_limit
        self.warn_limit = warn_limit

    async def admit(self, chat_id: int) -> GroupState:
        """Count one message of a group and read its settings, in one round trip."""
        key = self.keys.group_rate(chat_id, self.current_window())
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hmget(self.keys.group(chat_id), ["mode", "lang"])
            self.count_in(pipe, key)
            (mode, lang), count, _ = await pipe.execute()
        return GroupState(
            mode=_mode(mode),
            lang=str(lang) if lang else None,
            within_budget=int(count) <= self.check_limit,
        )

    async def settings(self, chat_id: int) -> tuple[Mode, str | None]:
        """A group's mode and warning language."""
        mode, lang = await self.redis.hmget(self.keys.group(chat_id), ["mode", "lang"])
        return _mode(mode), (str(lang) if lang else None)

    async def set_mode(self, chat_id: int, mode: Mode, lang: str) -> None:
        """Set a group's mode and the language of its warnings."""
        await self.redis.hset(self.keys.group(chat_id), mapping={"mode": mode, "lang": lang})

    async def may_warn(self, chat_id: int) -> bool:
        """Count one warning; ``False`` once the group had its share this window."""
        key = self.keys.group_warnings(chat_id, self.current_window())
        async with self.redis.pipeline(transaction=False) as pipe:
            self.count_in(pipe, key)
            count, _ = await pipe.execute()
        return int(count) <= self.warn_limit

    async def save_card(self, state: Mapping[str, Any]) -> str:
        """Keep a verdict (already stripped of message text) for a deep link; its short id."""
        card_id = secrets.token_urlsafe(6)
        await self.redis.set(
            self.keys.shared_card(card_id),
            json.dumps(state, ensure_ascii=False, separators=(",", ":")),
            ex=CARD_TTL,
        )
        return card_id

    async def load_card(self, card_id: str) -> dict[str, Any] | None:
        """A kept verdict, or ``None`` when it expired or never existed."""
        if not card_id or len(card_id) > 16:
            return None
        packed = await self.redis.get(self.keys.shared_card(card_id))
        if not packed:
            return None
        data: dict[str, Any] = json.loads(packed)
        return data


def _mode(value: object) -> Mode:
    text = str(value) if value else ""
    for mode in MODES:
        if text == mode:
            return mode
    return DEFAULT_MODE
