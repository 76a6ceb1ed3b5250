"""What every owner of a part of the store starts from: the client, the keys and a clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from redis.asyncio import Redis

from blocklists.keys import KeyBuilder

Clock = Callable[[], float]


class RedisBacked:
    """A Redis client (``decode_responses=True``), the key builder and a time source.

    Args:
        redis: the ``redis.asyncio`` client.
        keys: the key builder (tests pass their own prefix).
        clock: time source, for expiry and time windows.
    """

    def __init__(
        self,
        redis: Redis,
        keys: KeyBuilder | None = None,
        *,
        clock: Clock = time.time,
    ) -> None:
        self.redis = redis
        self.keys = keys or KeyBuilder()
        self._clock = clock


class Windowed(RedisBacked):
    """Counts events in fixed time windows of ``window`` seconds (rate limits, budgets)."""

    def __init__(
        self, redis: Redis, keys: KeyBuilder | None = None, *, window: int, clock: Clock
    ) -> None:
        super().__init__(redis, keys, clock=clock)
        self.window = window

    def current_window(self) -> int:
        """The number of the window now is in."""
        return int(self._clock() // self.window)

    def count_in(self, pipe: Any, key: str) -> None:
        """Count one event under ``key`` in the caller's pipeline (two replies: the count first).

        The counter outlives its window by one, then expires by itself.
        """
        pipe.incr(key)
        pipe.expire(key, self.window * 2)
