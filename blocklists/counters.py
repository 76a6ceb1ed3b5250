"""Counters: today's checks and reports, how often values were met and reported, /stats.

The daily counters live in one hash a day (``%Y%m%d``, UTC), kept for a week and a day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Final

from blocklists.base import RedisBacked
from blocklists.connection import guarded
from blocklists.keys import KeyBuilder
from blocklists.lookups import LIST_NAMES
from blocklists.normalize import KINDS, Kind
from blocklists.store import BlocklistStore

DAILY_TTL: Final = 8 * 24 * 3600


def today() -> str:
    """Today's day key (UTC), as the daily counters and limits spell it."""
    return datetime.now(UTC).strftime("%Y%m%d")


def count_today(pipe: Any, keys: KeyBuilder, name: str) -> None:
    """Count one of today's events (a check by level, a report) inside the caller's pipeline."""
    key = keys.daily(today())
    pipe.hincrby(key, name, 1)
    pipe.expire(key, DAILY_TTL)


@guarded
class Counters(RedisBacked):
    """Reports counted against values, and the figures of /stats."""

    async def count_reported(self, indicators: Iterable[tuple[Kind, str]]) -> None:
        """Count a citizen's report against each of its indicators."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for kind, value in indicators:
                pipe.hincrby(self.keys.counter("reported", kind), value, 1)
            count_today(pipe, self.keys, "reports")
            await pipe.execute()

    async def stats(self) -> dict[str, int]:
        """List sizes, and today's checks and reports."""
        store = BlocklistStore(self.redis, self.keys)
        result: dict[str, int] = {}
        for list_name in LIST_NAMES:
            for kind in KINDS:
                result[f"{list_name} {kind}"] = await store.count(list_name, kind)
        daily = await self.redis.hgetall(self.keys.daily(today()))
        for key, value in (daily or {}).items():
            result[f"today {key!s}"] = int(value)
        return result
