"""The rate limiter's windows, against both store backends."""

from __future__ import annotations

from blocklists.limits import RateLimiter
from blocklists.store import BlocklistStore


async def test_window_counts_warn_once_then_drop_then_reset(store: BlocklistStore) -> None:
    now = [1_000_000.0]
    limiter = RateLimiter(store.redis, store.keys, limit=3, window=60, clock=lambda: now[0])
    decisions = [await limiter.hit(7) for _ in range(6)]
    assert decisions == ["allow", "allow", "allow", "warn", "drop", "drop"]
    assert await limiter.hit(8) == "allow"  # another citizen is unaffected
    now[0] += 60
    assert await limiter.hit(7) == "allow"
