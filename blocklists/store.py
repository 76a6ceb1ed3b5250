"""The blocklist store: lists of scam and legitimate indicators in Redis.

One class, :class:`BlocklistStore`, over a ``redis.asyncio`` client. The embedded default
(``REDIS_URL`` unset) is the same class over an in-process fakeredis server, so both run the
same code. Entries live in one hash per (list, kind): field = normalised value, value = the
packed :class:`Entry`. Every lookup of one message is one pipeline, one round trip.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote

from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.connection import Connection
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.crc import key_slot
from redis.exceptions import ConnectionError, RedisError, ResponseError

from blocklists.campaign import (
    CANDIDATES_SCRIPT,
    CampaignHit,
    band_place,
    equal_needed,
    pack_signatures,
    parse_candidates,
)
from blocklists.keys import KeyBuilder, ListName
from blocklists.normalize import KINDS, InvalidValue, Kind, normalize

log = logging.getLogger(__name__)

LIST_NAMES: Final[tuple[ListName, ...]] = ("block", "allow")
SEED_SOURCE: Final = "seed"


def day(timestamp: float | None) -> str:
    """The UTC day of a timestamp (``2026-05-03``), or ``""`` when there is none."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d") if timestamp else ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One list entry with its provenance."""

    list_name: ListName
    kind: Kind
    value: str
    reason: str = ""
    source: str = ""
    added_by: str = ""
    added_at: float = 0.0
    expires_at: float | None = None

    @property
    def added_day(self) -> str:
        """The day the entry was added, or ``""`` when unknown."""
        return day(self.added_at) if self.added_at > 0 else ""

    @property
    def expires_day(self) -> str:
        """The day the entry expires, or ``""`` when it does not."""
        return day(self.expires_at)

    def pack(self, batch: Batch | None = None) -> str:
        """The hash field value.

        An entry that shares its provenance with an import batch is written as ``@<batch>``
        (or ``@<batch>|<reason>`` when its reason differs from the batch's): a few bytes
        instead of the JSON, which is what keeps a million imported entries small. Others
        are compact JSON with one-letter keys.
        """
        if batch is not None and batch.covers(self):
            if self.reason == batch.reason:
                return f"@{batch.batch_id}"
            return f"@{batch.batch_id}|{self.reason}"
        data: dict[str, Any] = {"r": self.reason, "s": self.source, "b": self.added_by}
        data["t"] = int(self.added_at)
        if self.expires_at is not None:
            data["e"] = int(self.expires_at)
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def unpack(
        cls,
        list_name: ListName,
        kind: Kind,
        value: str,
        packed: str,
        batches: Mapping[str, Batch] | None = None,
    ) -> Entry:
        """The inverse of :meth:`pack`; tolerates fields added by later versions."""
        if packed.startswith("@"):
            batch_id, sep, reason = packed[1:].partition("|")
            batch = (batches or {}).get(batch_id)
            if batch is None:
                return cls(list_name, kind, value, reason, f"batch {batch_id}")
            return cls(
                list_name,
                kind,
                value,
                reason if sep else batch.reason,
                batch.source,
                batch.added_by,
                batch.added_at,
                batch.expires_at,
            )
        try:
            data = json.loads(packed)
        except ValueError:
            data = {"r": packed}
        if not isinstance(data, dict):
            data = {}
        expires = data.get("e")
        return cls(
            list_name=list_name,
            kind=kind,
            value=value,
            reason=str(data.get("r", "")),
            source=str(data.get("s", "")),
            added_by=str(data.get("b", "")),
            added_at=float(data.get("t", 0) or 0),
            expires_at=float(expires) if expires is not None else None,
        )

    def expired(self, now: float) -> bool:
        """Whether the entry's optional expiry has passed."""
        return self.expires_at is not None and self.expires_at <= now


@dataclass(frozen=True, slots=True)
class Batch:
    """The provenance many imported entries share, stored once."""

    batch_id: str
    source: str
    added_by: str
    added_at: float
    reason: str = ""
    expires_at: float | None = None

    def covers(self, entry: Entry) -> bool:
        """Whether the entry's provenance is exactly the batch's (apart from its reason)."""
        return (
            entry.source == self.source
            and entry.added_by == self.added_by
            and int(entry.added_at) == int(self.added_at)
            and entry.expires_at == self.expires_at
        )

    def pack(self) -> str:
        """JSON for the batches hash."""
        data: dict[str, Any] = {
            "s": self.source,
            "b": self.added_by,
            "t": int(self.added_at),
            "r": self.reason,
        }
        if self.expires_at is not None:
            data["e"] = int(self.expires_at)
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def unpack(cls, batch_id: str, packed: str) -> Batch:
        """The inverse of :meth:`pack`."""
        data = json.loads(packed)
        expires = data.get("e")
        return cls(
            batch_id,
            str(data.get("s", "")),
            str(data.get("b", "")),
            float(data.get("t", 0)),
            str(data.get("r", "")),
            float(expires) if expires is not None else None,
        )


class Lookups:
    """The answers to one batched lookup: which queried values are on which list."""

    def __init__(self, entries: Mapping[tuple[ListName, Kind, str], Entry], available: bool):
        self._entries = entries
        self.available = available
        """False when the store could not be reached: no list was consulted."""
        self.reported: dict[tuple[Kind, str], int] = {}
        """How many citizens reported each listed value (filled for hits only)."""
        self.campaigns: dict[str, CampaignHit] = {}
        """The campaigns the message belongs to (see :meth:`BlocklistStore.lookup`)."""

    @classmethod
    def unavailable(cls) -> Lookups:
        """Lookups for when the store is down: nothing is known to be on any list."""
        return cls({}, available=False)

    def get(self, list_name: ListName, kind: Kind, value: str) -> Entry | None:
        """The entry for a normalised value, or ``None``."""
        return self._entries.get((list_name, kind, value))

    def __len__(self) -> int:
        return len(self._entries)

    def found(self) -> list[tuple[Kind, str]]:
        """The (kind, value) pairs that are on a list."""
        return list(dict.fromkeys((kind, value) for _, kind, value in self._entries))


class BlocklistStore:
    """Lists of blocked and allowed indicators, kept in Redis.

    Args:
        redis: a ``redis.asyncio`` client created with ``decode_responses=True``.
        keys: the key builder (tests pass their own prefix).
        embedded: whether this is the in-process default (changes are not kept).
        clock: time source, for expiry.
    """

    def __init__(
        self,
        redis: Redis,
        keys: KeyBuilder | None = None,
        *,
        embedded: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.redis = redis
        self.keys = keys or KeyBuilder()
        self.embedded = embedded
        self._clock = clock
        self._batch_cache: dict[str, Batch] = {}

    async def lookup(
        self,
        queries: Iterable[tuple[Kind, str]],
        bands: Sequence[int] = (),
        signature: Sequence[int] = (),
        *,
        count: bool = False,
    ) -> Lookups:
        """Look every (kind, normalised value) up on both lists in one round trip.

        ``bands`` and ``signature`` (a message's fingerprint) add one script call to the same
        pipeline, which finds the campaigns the message belongs to and, with ``count``,
        counts it as seen in each (:data:`CANDIDATES_SCRIPT`): a checked message's
        fingerprint is counted only when it matches, and kept nowhere.

        Raises:
            redis.exceptions.RedisError: the store could not be reached.
        """
        by_kind: dict[Kind, list[str]] = {}
        for kind, value in queries:
            values = by_kind.setdefault(kind, [])
            if value not in values:
                values.append(value)
        if not by_kind and not bands:
            return Lookups({}, available=True)
        order: list[tuple[ListName, Kind, str]] = []
        async with self.redis.pipeline(transaction=False) as pipe:
            for kind, values in by_kind.items():
                for list_name in LIST_NAMES:
                    for value in values:
                        pipe.hget(self.keys.entries(list_name, kind, value), value)
                        order.append((list_name, kind, value))
            if bands:
                # EVAL with the script's text, not EVALSHA: no NOSCRIPT retry (a second round
                # trip) after a Redis restart; Redis caches the compiled script anyway.
                pipe.eval(
                    CANDIDATES_SCRIPT,
                    0,
                    self.keys.campaign_bands_prefix(),
                    self.keys.campaign_prefix(),
                    " ".join("%04x:%s" % band_place(b) for b in bands),  # noqa: UP031
                    pack_signatures([signature]),
                    equal_needed(signature),
                    int(self._clock()),
                    "1" if count else "0",
                )
            replies = await pipe.execute()
        campaigns = parse_candidates(replies.pop(), len(signature)) if bands else {}
        hits = [(key, str(p)) for key, p in zip(order, replies, strict=True) if p is not None]
        batches = await self.batches(p[1:].partition("|")[0] for _, p in hits if p[:1] == "@")
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
        except RedisError:
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

    async def close(self) -> None:
        """Close the client's connections (and a Sentinel's, if it came through one)."""
        for sentinel in getattr(self.redis, "_scamcheck_sentinels", ()):
            await sentinel.aclose()
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


def connect_redis(url: str) -> Redis:
    """A client for a real Redis with bounded retries and timeouts (never minutes of hanging).

    ``redis://``, ``rediss://`` and ``unix://`` URLs name one server;
    ``redis+sentinel://[:password@]host:port[,host:port...]/service[/db]`` names the Redis
    Sentinels watching a master (``service``): the client asks them for the current master
    and follows a failover by itself. ``redis+cluster://[:password@]host:port[,host:port...]``
    names nodes of a Redis Cluster: every ScamCheck key carries the hash tag ``{sc}``, so all
    of them live in one slot, and the client talks to the master serving that slot (asking
    the nodes again after a failover or a slot move).
    """
    if url.startswith(("redis+sentinel://", "rediss+sentinel://")):
        return _sentinel_master(url)
    if url.startswith("redis+cluster://"):
        return _cluster_slot_client(url)
    client: Redis = Redis.from_url(
        url,
        decode_responses=True,
        socket_timeout=1.0,
        socket_connect_timeout=1.0,
        retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), retries=1),
        health_check_interval=30,
    )
    return client


def _sentinel_master(url: str) -> Redis:
    from redis.asyncio.sentinel import Sentinel

    scheme, rest = url.split("://", 1)
    netloc, _, path = rest.partition("/")
    password = None
    if "@" in netloc:
        credentials, netloc = netloc.rsplit("@", 1)
        password = unquote(credentials.split(":", 1)[-1]) or None
    hosts = []
    for item in netloc.split(","):
        host, _, port = item.rpartition(":") if ":" in item else (item, "", "26379")
        hosts.append((host.strip("[]"), int(port or 26379)))
    service, _, db = path.strip("/").partition("/")
    if not service or not hosts:
        raise ValueError("REDIS_URL: a sentinel URL needs hosts and a service name")
    sentinel = Sentinel(  # type: ignore[no-untyped-call,unused-ignore]  # typed since redis 8
        hosts,
        socket_timeout=1.0,
        socket_connect_timeout=1.0,
        sentinel_kwargs={"socket_timeout": 1.0, "socket_connect_timeout": 1.0},
        ssl=scheme.startswith("rediss"),
    )
    client: Redis = sentinel.master_for(
        service,
        redis_class=Redis,
        decode_responses=True,
        db=int(db or 0),
        password=password,
        retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), retries=1),
        health_check_interval=30,
    )
    # Closed with the store (see BlocklistStore.close): the sentinels' own connections.
    client._scamcheck_sentinels = sentinel.sentinels  # type: ignore[attr-defined]
    return client


class ClusterSlotConnection(Connection):
    """A connection to whichever cluster node is master for the one slot ScamCheck uses."""

    def __init__(self, *, seeds: list[tuple[str, int]], slot: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.seeds = seeds
        self.slot = slot

    async def _connect(self) -> None:
        self.host, self.port = await self._master_for_slot()
        await super()._connect()  # type: ignore[no-untyped-call]

    async def _master_for_slot(self) -> tuple[str, int]:
        for host, port in [*self.seeds, (self.host, self.port)]:
            probe = Redis(
                host=host,
                port=port,
                password=self.password,
                socket_timeout=1.0,
                socket_connect_timeout=1.0,
                decode_responses=True,
            )
            try:
                shards = await probe.execute_command("CLUSTER", "SLOTS")  # type: ignore[no-untyped-call]
            except (RedisError, OSError):
                continue
            finally:
                await probe.aclose()
            # CLUSTER SLOTS: [[start, end, [host, port, id, ...], replica...], ...]; an empty
            # host means "the node you asked".
            for shard in shards if isinstance(shards, list) else []:
                start, end, master = int(shard[0]), int(shard[1]), shard[2]
                if start <= self.slot <= end:
                    return str(master[0] or host), int(master[1])
        raise ConnectionError("no cluster node knows the slot of ScamCheck's keys")

    async def read_response(self, *args: Any, **kwargs: Any) -> Any:
        """A MOVED answer means the slot went elsewhere: reconnect to the new master."""
        try:
            return await super().read_response(*args, **kwargs)
        except ResponseError as exc:
            if str(exc).startswith(("MOVED", "CLUSTERDOWN")):
                await self.disconnect()
                raise ConnectionError(str(exc)) from exc
            raise


def _cluster_slot_client(url: str) -> Redis:
    netloc = url.split("://", 1)[1].split("/", 1)[0]
    password = None
    if "@" in netloc:
        credentials, netloc = netloc.rsplit("@", 1)
        password = unquote(credentials.split(":", 1)[-1]) or None
    seeds = []
    for item in netloc.split(","):
        host, _, port = item.rpartition(":")
        seeds.append((host.strip("[]") or "127.0.0.1", int(port or 6379)))
    pool = ConnectionPool(
        connection_class=ClusterSlotConnection,
        seeds=seeds,
        slot=key_slot(KeyBuilder().prefix.encode()),
        host=seeds[0][0],
        port=seeds[0][1],
        password=password,
        decode_responses=True,
        socket_timeout=1.0,
        socket_connect_timeout=1.0,
        retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), retries=1),
        health_check_interval=30,
    )
    client: Redis = Redis.from_pool(pool)  # the client owns (and closes) the pool
    return client


def embedded_redis() -> Redis:
    """An in-process Redis (fakeredis): same commands, nothing kept after the process ends."""
    import fakeredis

    client: Redis = fakeredis.FakeAsyncRedis(decode_responses=True)
    return client


async def open_store(redis_url: str | None) -> BlocklistStore:
    """The store named by ``REDIS_URL``, or the embedded default (seeded) when it is unset."""
    if redis_url:
        store = BlocklistStore(connect_redis(redis_url))
    else:
        log.warning("REDIS_URL is not set: using the embedded store; list changes are not kept")
        store = BlocklistStore(embedded_redis(), embedded=True)
    try:
        await store.seed_if_empty()
    except RedisError as exc:
        log.warning("could not seed the store: %s", type(exc).__name__)
    return store
