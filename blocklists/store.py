"""The blocklist store: lists of scam and legitimate indicators in Redis.

One class, :class:`BlocklistStore`, over a ``redis.asyncio`` client. The embedded default
(``REDIS_URL`` unset) is the same class over an in-process fakeredis server, so both run the
same code. Entries live in one hash per (list, kind): field = normalised value, value = the
packed :class:`Entry`. Every lookup of one message is one pipeline, one round trip.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Final

from redis.asyncio import Redis

from blocklists.bandfilter import BandFilter, ensure
from blocklists.base import RedisBacked
from blocklists.campaign import (
    LOOKUP_SCRIPT,
    band_place,
    equal_needed,
    pack_signatures,
    parse_candidates,
)
from blocklists.channel import ScriptChannel
from blocklists.connection import STORE_ERRORS, connect_redis, embedded_redis, guarded
from blocklists.keys import KeyBuilder, ListName
from blocklists.lookups import LIST_NAMES, Batch, Entry, Lookups, StoreUnavailable
from blocklists.normalize import KINDS, InvalidValue, Kind, normalize

log = logging.getLogger(__name__)

SEED_SOURCE: Final = "seed"


@guarded
class BlocklistStore(RedisBacked):
    """Lists of blocked and allowed indicators, kept in Redis.

    Args:
        redis: a ``redis.asyncio`` client created with ``decode_responses=True``.
        keys: the key builder (tests pass their own prefix).
        embedded: whether this is the in-process default (changes are not kept).
        clock: time source, for expiry.
        lookup_client: a second client to the same Redis for :meth:`lookup` alone, made with
            ``connect_redis(url, bounded_by_caller=True)`` (the hot path: no task per command);
            each lookup is then bounded as a whole by ``lookup_timeout`` seconds. Closed
            with the store.
    """

    def __init__(
        self,
        redis: Redis,
        keys: KeyBuilder | None = None,
        *,
        embedded: bool = False,
        clock: Callable[[], float] = time.time,
        lookup_client: Redis | None = None,
        lookup_timeout: float = 1.0,
    ) -> None:
        super().__init__(redis, keys, clock=clock)
        self.embedded = embedded
        self._batch_cache: dict[str, Batch] = {}
        self.lookup_client = lookup_client or redis
        """The client :meth:`lookup` goes through (``redis`` unless a second one was given)."""
        self._lookup_timeout = lookup_timeout
        # EVALSHA on connections of the lookup client's pool, without its per-command work.
        self._lookup_script = ScriptChannel.of(self.lookup_client, LOOKUP_SCRIPT)
        self.band_filter = BandFilter(self.redis, self.keys)
        """This process's copy of the campaign band filter (loaded off the message path)."""

    def may_match(self, bands: Sequence[int]) -> bool:
        """Whether a message with these bands may belong to a campaign (False: it cannot).

        True whenever this process's copy of the band filter is not loaded or not current:
        the lookup then asks Redis, and brings the copy up to date on the way.
        """
        return self.band_filter.may_hold(bands)

    async def lookup(
        self,
        queries: Iterable[tuple[Kind, str]],
        bands: Sequence[int] = (),
        signature: Sequence[int] = (),
        *,
        count: bool = False,
    ) -> Lookups:
        """Look every (kind, normalised value) up on both lists in one round trip.

        ``bands`` and ``signature`` (a message's fingerprint) find, in the same script call,
        the campaigns the message belongs to and, with ``count``, count it as seen in each
        (:data:`LOOKUP_SCRIPT`): a checked message's fingerprint is counted only when it
        matches, and kept nowhere.

        Raises:
            StoreUnavailable: the store could not be reached.
        """
        by_kind: dict[Kind, list[str]] = {}
        for kind, value in queries:
            values = by_kind.setdefault(kind, [])
            if value not in values:
                values.append(value)
        if not by_kind and not bands:
            return Lookups({}, available=True)
        band_filter = self.band_filter
        order: list[tuple[ListName, Kind, str]] = []
        lines: list[str] = []
        for kind, values in by_kind.items():
            for list_name in LIST_NAMES:
                for value in values:
                    if "\n" in value:  # never a normalised value: on no list
                        continue
                    order.append((list_name, kind, value))
                    lines.append(f"{self.keys.entries(list_name, kind, value)}\n{value}\n")
        # One script call: the list values and the campaigns (see LOOKUP_SCRIPT).
        args = (
            self.keys.campaign_bands_prefix(),
            self.keys.campaign_prefix(),
            " ".join("%04x:%s" % band_place(b) for b in bands),  # noqa: UP031
            pack_signatures([signature]) if bands else "",
            equal_needed(signature),
            int(self._clock()),
            "1" if count else "0",
            "".join(lines),
            band_filter.counter,
            self.keys.campaign_filter_counter(),
            self.keys.campaign_filter_log(),
        )
        writes = band_filter.writes()
        async with asyncio.timeout(self._lookup_timeout):
            listed, candidates, sync = await self._lookup_script(*args)
        band_filter.synced(sync, writes)
        campaigns = parse_candidates(candidates, len(signature)) if bands else {}
        hits = [(order[int(listed[i]) - 1], str(listed[i + 1])) for i in range(0, len(listed), 2)]
        batches = await self.batches_of(packed for _, packed in hits)
        now = self._clock()
        found: dict[tuple[ListName, Kind, str], Entry] = {}
        for (list_name, kind, value), packed in hits:
            entry = Entry.unpack(list_name, kind, value, packed, batches)
            if not entry.expired(now):
                found[(list_name, kind, value)] = entry
        lookups = Lookups(found, available=True)
        lookups.campaigns = campaigns
        return lookups

    async def batches(self, batch_ids: Iterable[str]) -> dict[str, Batch]:
        """Import batches by id; they never change, so they are kept in memory once read.

        A message whose indicators are on no list (almost all of them) needs no batch, so
        the lookup stays one round trip; a hit from an unseen batch costs one more, once.
        """
        wanted = {b for b in batch_ids if b}
        missing = [b for b in wanted if b not in self._batch_cache]
        if missing:
            replies = await self.redis.hmget(self.keys.batches(), missing)
            for batch_id, packed in zip(missing, replies, strict=True):
                if packed is not None:
                    if len(self._batch_cache) > 10_000:
                        self._batch_cache.clear()
                    self._batch_cache[batch_id] = Batch.unpack(batch_id, str(packed))
        return {b: self._batch_cache[b] for b in wanted if b in self._batch_cache}

    async def batches_of(self, packed: Iterable[str]) -> dict[str, Batch]:
        """The import batches these packed entries refer to (see :meth:`batches`)."""
        return await self.batches(b for p in packed if (b := Entry.batch_of(p)) is not None)

    async def count_hits(self, lookups: Lookups) -> None:
        """Count checks of listed values, and read how often citizens reported them.

        Only values on a list are counted (nothing else a citizen sends is kept). The report
        counts are attached to ``lookups`` for the verdict card ("reported by 12 people").
        """
        pairs = lookups.found()
        if not pairs:
            return
        async with self.redis.pipeline(transaction=False) as pipe:
            for kind, value in pairs:
                pipe.hincrby(self.keys.counter("checked", kind), value, 1)
                pipe.hget(self.keys.counter("reported", kind), value)
            replies = await pipe.execute()
        for index, pair in enumerate(pairs):
            lookups.reported[pair] = int(replies[2 * index + 1] or 0)

    async def put(self, entries: Iterable[Entry]) -> int:
        """Write entries (already normalised) in one pipeline; returns how many were new."""
        batch = list(entries)
        if not batch:
            return 0
        async with self.redis.pipeline(transaction=True) as pipe:
            for entry in batch:
                key = self.keys.entries(entry.list_name, entry.kind, entry.value)
                pipe.hset(key, entry.value, entry.pack())
            pipe.incr(self.keys.lists_version())
            replies = await pipe.execute()
        return sum(int(r) for r in replies[:-1])

    async def bucket_keys(self, list_name: ListName, kind: Kind) -> list[str]:
        """Every existing bucket of one list of one kind."""
        pattern = self.keys.entries_pattern(list_name, kind)
        return [str(k) async for k in self.redis.scan_iter(match=pattern, count=1000)]

    async def count(self, list_name: ListName, kind: Kind) -> int:
        """How many entries one list of one kind holds."""
        keys = await self.bucket_keys(list_name, kind)
        total = 0
        for start in range(0, len(keys), 1000):
            async with self.redis.pipeline(transaction=False) as pipe:
                for key in keys[start : start + 1000]:
                    pipe.hlen(key)
                total += sum(int(n) for n in await pipe.execute())
        return total

    async def ping(self) -> bool:
        """Whether the store answers."""
        try:
            return bool(await self.redis.ping())
        except STORE_ERRORS:
            return False

    async def seed_if_empty(self, seed_dir: Path | None = None) -> int:
        """Load the seed lists once, into a store that was never seeded; returns entries added.

        Replicas starting together race for a short lock; the winner seeds and sets the marker.
        """
        if await self.redis.exists(self.keys.seeded()):
            return 0
        if not await self.redis.set(self.keys.seed_lock(), "1", nx=True, ex=60):
            return 0
        try:
            entries = list(read_seed_entries(seed_dir, now=self._clock()))
            added = await self.put(entries)
            await self.redis.set(self.keys.seeded(), str(int(self._clock())))
            log.info("seeded the store", extra={"entries": len(entries), "added": added})
            return added
        finally:
            await self.redis.delete(self.keys.seed_lock())

    async def ensure_band_filter(self, *, rebuild: bool = False) -> bool:
        """Build the campaign band filter from the band buckets if it was never built.

        With ``rebuild``, build it again (after bands were written by code that predates
        the filter). True when it was built now (see ``blocklists.bandfilter``).
        """
        return await ensure(self.redis, self.keys, force=rebuild)

    async def close(self) -> None:
        """Close the clients' connections (and a Sentinel's, if they came through one)."""
        self._lookup_script.forget()
        await self.band_filter.close()
        if self.lookup_client is not self.redis:
            await self.lookup_client.aclose()
        await self.redis.aclose()


def read_seed_entries(seed_dir: Path | None = None, *, now: float = 0.0) -> Iterable[Entry]:
    """Parse the seed files (``<list>-<kind>.txt``: ``VALUE [# reason]`` a line).

    Raises:
        ValueError: a seed line is not a valid entry (seeds ship with the code: fail loudly).
    """
    root: Any = seed_dir if seed_dir is not None else resources.files(__package__) / "seeds"
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        name = path.name
        if not name.endswith(".txt") or "-" not in name:
            continue
        list_name, kind = name[:-4].split("-", 1)
        if list_name not in LIST_NAMES or kind not in KINDS:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            value, _, reason = line.partition("#")
            if not value.strip():
                continue
            try:
                normalized = normalize(kind, value)
            except InvalidValue as exc:
                raise ValueError(f"{name}:{number}: {exc}") from exc
            yield Entry(
                list_name=list_name,
                kind=kind,
                value=normalized,
                reason=reason.strip(),
                source=SEED_SOURCE,
                added_by=SEED_SOURCE,
                added_at=now,
            )


async def open_store(redis_url: str | None) -> BlocklistStore:
    """The store named by ``REDIS_URL``, or the embedded default (seeded) when it is unset."""
    if redis_url:
        lookups = connect_redis(redis_url, bounded_by_caller=True)
        store = BlocklistStore(connect_redis(redis_url), lookup_client=lookups)
    else:
        log.warning("REDIS_URL is not set: using the embedded store; list changes are not kept")
        store = BlocklistStore(embedded_redis(), embedded=True)
    try:
        await store.seed_if_empty()
    except StoreUnavailable as exc:
        log.warning("could not seed the store: %s", type(exc).__name__)
    if redis_url:
        # Loads this process's copy of the campaign band filter in the background (and
        # builds the filter first if the store has none). Not for the embedded store: it
        # lives in this process, so a lookup is a function call, not a round trip.
        store.band_filter.start()
    return store
