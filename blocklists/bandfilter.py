"""A Bloom filter of every campaign band, so that most messages need no round trip at all.

Since campaigns, every message long enough to have a fingerprint asked Redis whether one of
its bands belongs to a campaign: a round trip for nine messages in ten that have nothing else
to look up, and almost never with a match. Each process now keeps a copy of a Bloom filter of
all the bands in the band buckets (:data:`BITS` bits, :data:`HASHES` bit positions a band):
when none of a message's bands is in it, no campaign can hold the message, and a message with
no link, number or account to look up is judged without asking Redis. A band that is in it
("maybe", about 0.5 % of bands at a million fingerprints, so about 6 % of messages) is asked
as before, and the script still verifies every match.

How the copies stay current:

* The filter lives in Redis as a bitmap in :data:`CHUNKS` strings of 64 KiB (one big string
  would stall Redis while it grows, and an in-process fakeredis copies a string on every bit
  set), written in the
  same transaction as the bands themselves (:func:`add_bands`), with one entry a write on a
  short log (a stream whose ids are a counter: ``<n>-1``), so that a copy can tell what it
  has not applied yet, and when the log was cut before it could.
* A copy is loaded whole (one script call, ~16 MB) off the message path, and follows the log: every
  lookup that goes to Redis anyway brings the entries after the copy's counter back in the
  same reply, and a copy not brought up to date for :data:`MAX_AGE` seconds asks Redis
  anyway (the next message goes out, and syncs it). So a campaign written by another process
  or replica reaches every copy within :data:`MAX_AGE` seconds; written in this process, at
  once (:func:`note_local_write`).
* Until a copy is loaded, when Redis cannot be reached, and when the filter in Redis was
  never built (a store from before this filter: :func:`ensure` builds it from the band
  buckets), the copy says "maybe" to everything: the lookup is exact, only slower.

Bands are never removed (a campaign judged "not a scam" keeps its bands, to say so), so the
filter only grows; its false positives cost a round trip, never a verdict.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterable, Sequence
from typing import Any, Final

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.client import NEVER_DECODE  # redis-py's option for a binary reply

from blocklists.campaign import band_from_place
from blocklists.keys import KeyBuilder

log = logging.getLogger(__name__)

BITS: Final = 1 << 27
"""Bits of the filter (16 MiB): at 12 bands a fingerprint, about 0.5 % of absent bands read as
present at a million fingerprints (6 % of messages make a round trip they did not need), 5 %
at two million."""
HASHES: Final = 6
"""Bit positions a band sets (double hashing of the band's own bits: it is a hash already)."""
MAX_AGE: Final = 0.1
"""Seconds a copy may go without news from Redis before the next message asks Redis anyway."""
RELOAD_AFTER: Final = 5.0
"""Seconds between tries of loading a copy (when Redis could not be reached, or the filter
was not built yet)."""
LOG_LENGTH: Final = 10_000
"""Log entries kept (about): a copy further behind than this loads the filter again."""
CHUNK_BITS: Final = 1 << 19
CHUNKS: Final = BITS // CHUNK_BITS
_SHIFT: Final = 18  # the band's bits 18..44 are the second hash
_MASK: Final = BITS - 1

# The filter's bit positions, the same in Lua as in :func:`positions` (a band is below 2**45,
# exact in Lua's doubles). KEYS-free like the lookup script: every key has the {sc} hash tag.
_POSITIONS_LUA: Final = f"""
local function positions(band)
  local h1 = band % {BITS}
  local h2 = math.floor(band / {1 << _SHIFT})
  if h2 % 2 == 0 then h2 = h2 + 1 end
  local out = {{}}
  for i = 0, {HASHES - 1} do out[#out + 1] = (h1 + i * h2) % {BITS} end
  return out
end
"""

# ARGV: the filter's chunk key prefix, its log key, its counter key, the bands (decimal,
# space-separated). The bits are set always; the log is written only once the filter is built
# (its counter exists: :func:`ensure`), since no copy follows it before.
ADD_SCRIPT: Final = (
    _POSITIONS_LUA
    + f"""
for band in string.gmatch(ARGV[4], '%d+') do
  for _, bit in ipairs(positions(tonumber(band))) do
    local chunk = ARGV[1] .. string.format('%02x', math.floor(bit / {CHUNK_BITS}))
    redis.call('SETBIT', chunk, bit % {CHUNK_BITS}, 1)
  end
end
if redis.call('EXISTS', ARGV[3]) == 0 then return 0 end
local n = redis.call('INCR', ARGV[3])
redis.call('XADD', ARGV[2], 'MAXLEN', '~', {LOG_LENGTH}, n .. '-1', 'b', ARGV[4])
return n
"""
)

# ARGV: the filter's chunk key prefix, its counter key. The counter and the chunks as one
# snapshot.
LOAD_SCRIPT: Final = f"""
local out = {{redis.call('GET', ARGV[2]) or ''}}
for i = 0, {CHUNKS - 1} do
  out[#out + 1] = redis.call('GET', ARGV[1] .. string.format('%02x', i)) or ''
end
return out
"""

_local_writes = 0


def note_local_write() -> None:
    """Bands were written in this process: every copy here syncs before it is trusted again."""
    global _local_writes
    _local_writes += 1


def positions(band: int) -> tuple[int, ...]:
    """The filter's bit positions for a band (what :data:`ADD_SCRIPT` sets)."""
    h1 = band & _MASK
    h2 = (band >> _SHIFT) | 1
    return tuple((h1 + i * h2) & _MASK for i in range(HASHES))


def add_bands(pipe: Pipeline, keys: KeyBuilder, bands: Iterable[int]) -> None:
    """Queue the filter's part of writing bands (with the band buckets, in one transaction).

    The writer calls :func:`note_local_write` once the transaction has run.
    """
    words = " ".join(str(b) for b in bands)
    if words:
        pipe.eval(
            ADD_SCRIPT,
            0,
            keys.campaign_filter_prefix(),
            keys.campaign_filter_log(),
            keys.campaign_filter_counter(),
            words,
        )


def bitmap_of(bands: Iterable[int]) -> bytearray:
    """A filter bitmap holding these bands (Redis's bit order: bit 0 is the first byte's top)."""
    bitmap = bytearray(BITS // 8)
    for band in bands:
        for bit in positions(band):
            bitmap[bit >> 3] |= 0x80 >> (bit & 7)
    return bitmap


async def ensure(redis: Redis, keys: KeyBuilder, *, force: bool = False) -> bool:
    """Build the filter in Redis from the band buckets when it was never built; True if built.

    For a store whose campaigns predate the filter, and after bands were written around the
    writers (the benchmark's bulk load). Bits added meanwhile by writers are kept (OR).
    """
    if not force and await redis.exists(keys.campaign_filter_counter()):
        return False
    lock = keys.campaign_filter_prefix() + "building"
    if not await redis.set(lock, "1", nx=True, ex=600):
        return False
    try:
        bitmap = bytearray(BITS // 8)
        prefix = keys.campaign_bands_prefix()
        buckets = [str(k) async for k in redis.scan_iter(match=prefix + "*", count=1000)]
        count = 0
        for start in range(0, len(buckets), 256):
            part = buckets[start : start + 256]
            async with redis.pipeline(transaction=False) as pipe:
                for key in part:
                    pipe.hkeys(key)
                replies = await pipe.execute()
            for key, fields in zip(part, replies, strict=True):
                index = int(key[len(prefix) :], 16)
                for band_field in fields:
                    for bit in positions(band_from_place(index, str(band_field))):
                        bitmap[bit >> 3] |= 0x80 >> (bit & 7)
                count += len(fields)
        scratch = keys.campaign_filter_prefix() + "scratch"
        chunk_bytes = CHUNK_BITS // 8
        async with redis.pipeline(transaction=True) as pipe:
            for i in range(CHUNKS if count else 0):
                chunk = bytes(bitmap[i * chunk_bytes : (i + 1) * chunk_bytes])
                if not any(chunk):
                    continue
                key = f"{keys.campaign_filter_prefix()}{i:02x}"
                pipe.set(scratch, chunk)
                pipe.bitop("OR", key, key, scratch)
            pipe.delete(scratch)
            pipe.incrby(keys.campaign_filter_counter(), 2)
            await pipe.execute()
        note_local_write()
        log.info("built the campaign band filter", extra={"bands": count})
        return True
    finally:
        await redis.delete(lock)


class BandFilter:
    """This process's copy of the filter, for one store (see the module).

    Args:
        redis: the client to load the filter through (off the message path).
        keys: the store's key builder.
        clock: a monotonic clock (tests).
    """

    def __init__(self, redis: Redis, keys: KeyBuilder, *, clock: Any = time.monotonic) -> None:
        self._redis = redis
        self._keys = keys
        self._clock = clock
        self._bits: bytearray | None = None
        self._counter = -1
        """The log counter the copy has applied up to; -1 when no copy is loaded."""
        self._synced = float("-inf")
        self._behind = True
        self._local_writes = _local_writes
        self._loading: asyncio.Task[None] | None = None
        self._wanted = False
        self._next_load = float("-inf")

    @property
    def counter(self) -> str:
        """What the lookup script is sent as the copy's counter ('' when none is loaded)."""
        return str(self._counter) if self._counter >= 0 else ""

    def may_hold(self, bands: Sequence[int]) -> bool:
        """False only when no band can be in a campaign (the copy is current and says so)."""
        if (
            self._counter < 0
            or self._behind
            or self._local_writes != _local_writes
            or self._clock() - self._synced > MAX_AGE
        ):
            if self._counter < 0 and self._wanted and self._clock() >= self._next_load:
                self.start_loading()
            return True
        bits = self._bits
        if bits is None:  # the filter is empty
            return False
        for band in bands:
            h1 = band & _MASK
            h2 = (band >> _SHIFT) | 1
            for i in range(HASHES):
                bit = (h1 + i * h2) & _MASK
                if not bits[bit >> 3] & (0x80 >> (bit & 7)):
                    break
            else:
                return True
        return False

    def start(self) -> None:
        """Keep a copy from now on: load it now, and again whenever it falls out of step.

        The first load builds the filter in Redis if the store has none.
        A store that never starts its copy (a moderator's, a one-off tool's) asks Redis for
        every band, as before the filter. Needs a running event loop.
        """
        self._wanted = True
        self.start_loading()

    def start_loading(self) -> None:
        """Load the copy in the background, once, when there is none (needs a running loop)."""
        if self._counter >= 0 or (self._loading is not None and not self._loading.done()):
            return
        self._next_load = self._clock() + RELOAD_AFTER
        try:
            self._loading = asyncio.get_running_loop().create_task(self.load())
        except RuntimeError:  # no loop: the next lookup tries again
            self._loading = None

    async def load(self, *, built: bool = False) -> None:
        """Load the whole filter (a snapshot with its counter); on failure stay unloaded.

        A copy that was started (:meth:`start`) builds the filter first when the store has
        none (one process builds it; the others load it a few seconds later).
        """
        try:
            writes = _local_writes
            reply = await self._redis.execute_command(  # type: ignore[no-untyped-call]
                "EVAL",
                LOAD_SCRIPT,
                0,
                self._keys.campaign_filter_prefix(),
                self._keys.campaign_filter_counter(),
                **{NEVER_DECODE: True},
            )
        except Exception as exc:
            log.warning("could not load the campaign band filter: %s", type(exc).__name__)
            return
        counter, chunks = reply[0], reply[1:]
        if not counter:  # never built: stay unloaded (every band "maybe")
            if self._wanted and not built:
                try:
                    built = await ensure(self._redis, self._keys)
                except Exception as exc:
                    log.warning("could not build the campaign band filter: %s", type(exc).__name__)
                    return
                if built:
                    await self.load(built=True)
            return
        chunk_bytes = CHUNK_BITS // 8
        bits: bytearray | None = None
        for i, chunk in enumerate(chunks):
            if chunk:
                if bits is None:
                    bits = bytearray(BITS // 8)
                bits[i * chunk_bytes : i * chunk_bytes + len(chunk)] = chunk
        self._bits = bits
        self._counter = int(counter)
        self._behind = False
        self._local_writes = writes
        self._synced = self._clock()

    @staticmethod
    def writes() -> int:
        """This process's band writes so far (taken when a lookup is sent, for :meth:`synced`)."""
        return _local_writes

    def synced(self, reply: Sequence[Any], writes: int) -> None:
        """Apply the lookup script's sync part (``blocklists.campaign.SYNC_LUA``).

        ``writes``: this process's band writes when the lookup was sent (:meth:`writes`).
        """
        if self._counter < 0 or not reply:
            return
        now = str(reply[0])
        if not now:  # the filter is gone (the store was emptied): load again when built
            self._forget()
            return
        applied = self._counter
        entries = [(int(reply[i]), str(reply[i + 1])) for i in range(1, len(reply) - 1, 2)]
        if (
            (entries and entries[0][0] != applied + 1)
            or (not entries and int(now) > applied)
            or int(now) < applied
        ):
            # The log was cut (or the filter rebuilt) past this copy, or the store was
            # emptied: load it again.
            self._forget()
            if self._wanted:
                self.start_loading()
            return
        if entries:
            bits = self._bits if self._bits is not None else bytearray(BITS // 8)
            for n, words in entries:
                for word in words.split():
                    for bit in positions(int(word)):
                        bits[bit >> 3] |= 0x80 >> (bit & 7)
                applied = n
            self._bits = bits
        self._counter = applied
        self._behind = applied < int(now)
        self._local_writes = writes
        self._synced = self._clock()

    def _forget(self) -> None:
        self._bits = None
        self._counter = -1
        self._behind = True

    async def close(self) -> None:
        """Stop a load in progress."""
        if self._loading is not None and not self._loading.done():
            self._loading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loading
