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

from blocklists.base import Clock, Windowed
from blocklists.connection import guarded
from blocklists.keys import KeyBuilder

WINDOW: Final = 60
LIMIT: Final = 30
Decision = Literal["allow", "warn", "drop"]


@guarded
class RateLimiter(Windowed):
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
        super().__init__(redis, keys, window=window, clock=clock)
        self.limit = limit

    async def hit(self, user_id: int) -> Decision:
        """Count one message: handle it, warn once, or drop it."""
        key = self.keys.rate(user_id, self.current_window())
        async with self.redis.pipeline(transaction=False) as pipe:
            self.count_in(pipe, key)
            count, _ = await pipe.execute()
        if int(count) <= self.limit:
            return "allow"
        return "warn" if int(count) == self.limit + 1 else "drop"
