"""Per-citizen rate limits in Redis, so that any replica enforces the same limit.

A window counter per citizen: each message increments the counter of the current window
(``WINDOW`` seconds) in one round trip. Up to ``LIMIT`` messages a window are handled; the
first one over it is answered once with "please slow down"; the rest of that window is
ignored. A citizen who pauses is back at the start of the next window.
"""

from __future__ import annotations

import time
from typing import Final, Literal

from redis.asyncio import Redis

from blocklists.base import Clock, RedisBacked
from blocklists.connection import guarded
from blocklists.keys import KeyBuilder

WINDOW: Final = 60
LIMIT: Final = 30
Decision = Literal["allow", "warn", "drop"]


@guarded
class RateLimiter(RedisBacked):
    """Counts each citizen's messages per window."""

    def __init__(
        self,
        redis: Redis,
        keys: KeyBuilder | None = None,
        *,
        limit: int = LIMIT,
        window: int = WINDOW,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(redis, keys, clock=clock)
        self.limit = limit
        self.window = window

    async def hit(self, user_id: int) -> Decision:
        """Count one message: handle it, warn once, or drop it."""
        window = int(self._clock() // self.window)
        key = self.keys.rate(user_id, window)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.incr(key)
            pipe.expire(key, self.window * 2)
            count, _ = await pipe.execute()
        if int(count) <= self.limit:
            return "allow"
        return "warn" if int(count) == self.limit + 1 else "drop"
