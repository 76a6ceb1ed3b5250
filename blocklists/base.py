"""What every owner of a part of the store starts from: the client, the keys and a clock."""

from __future__ import annotations

import time
from collections.abc import Callable

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
