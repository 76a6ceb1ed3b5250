"""The lists in Redis: the import's write path, and the engine's lookups against a baseline.

The baseline (:class:`PerCallStore`) looks every indicator up with its own Redis call, one
after another; it runs in the same process as the engine, so the ratios compare like with
like. A citizen's lookups during the import run from another process
(``benchmarks/citizen.py``), and ``benchmarks/delay.py`` puts Redis a network hop away.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from benchmarks.common import feed_urls, rss_kib, start_helper, stop_helper, summary
from blocklists.connection import connect_redis
from blocklists.feeds import parse
from blocklists.keys import KeyBuilder
from blocklists.lookups import LIST_NAMES, Entry, Lookups
from blocklists.moderation import ListManager
from blocklists.normalize import Kind
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.verdict import Submission


class PerCallStore(BlocklistStore):
    """The baseline: every indicator looked up with its own Redis call, one after another."""

    async def lookup(self, queries: Any, *fingerprint: Any, **kwargs: Any) -> Lookups:
        # The per-call baseline of list lookups: campaign fingerprints (issue 13) are not.
        del fingerprint, kwargs
        found: dict[tuple[Any, Kind, str], Entry] = {}
        for kind, value in dict.fromkeys(queries):
            for list_name in LIST_NAMES:
                packed = await self.redis.hget(self.keys.entries(list_name, kind, value), value)
                if packed is not None:
                    batches = await self.batches([str(packed)[1:].partition("|")[0]])
                    found[(list_name, kind, value)] = Entry.unpack(
                        list_name, kind, value, str(packed), batches
                    )
        return Lookups(found, available=True)


def _url(client: Any) -> str:
    kwargs = client.connection_pool.connection_kwargs
    return f"redis://{kwargs.get('host', '127.0.0.1')}:{kwargs.get('port', 6379)}/{kwargs.get('db', 0)}"


async def used_memory(client: Any) -> int:
    return int((await client.info("memory"))["used_memory"])


async def bench_import(client: Any, entries: int) -> dict[str, float]:
    lines = list(feed_urls(entries))
    manager = ListManager(client, KeyBuilder())
    before = await used_memory(client)
    started = time.perf_counter()
    parsed, invalid = parse(lines, "openphish", source="bench-feed")
    parse_s = time.perf_counter() - started
    # Meanwhile a citizen's lookups keep going, from another process (as from a bot replica;
    # the bot itself imports in a worker process): how long does Redis keep them waiting?
    citizen, _ = await start_helper("benchmarks.citizen", _url(client))
    started = time.perf_counter()
    result = await manager.import_entries(parsed, invalid, actor="bench", source="bench-feed")
    write_s = time.perf_counter() - started
    waits = json.loads(await stop_helper(citizen))
    assert result.added == entries, result
    after = await used_memory(client)
    # Raw: the same field/value pairs, grouped the same way, pipelined without a transaction,
    # no parsing, no duplicate check, no audit.
    raw_keys = KeyBuilder(prefix="{raw}")
    by_key: dict[str, dict[str, str]] = {}
    for item in parsed:
        by_key.setdefault(raw_keys.entries("block", item.kind, item.value), {})[item.value] = (
            "@00000000"
        )
    started = time.perf_counter()
    keys = list(by_key)
    for start in range(0, len(keys), 1000):
        async with client.pipeline(transaction=False) as pipe:
            for key in keys[start : start + 1000]:
                pipe.hset(key, mapping=by_key[key])
            await pipe.execute()
    raw_s = time.perf_counter() - started
    await client.delete(*keys)
    return {
        "entries": entries,
        "parse_per_s": entries / parse_s,
        "write_per_s": entries / write_s,
        "import_per_s": entries / (parse_s + write_s),
        "raw_per_s": entries / raw_s,
        "write_vs_raw": raw_s / write_s,
        "bytes_per_entry": (after - before) / entries,
        "lookup_during_import_p99_ms": summary(waits)[1],
        "lookup_during_import_max_ms": max(waits) * 1000 if waits else 0.0,
    }


async def bench_engine(
    client: Any,
    messages: list[str],
    indicator_work: list[str],
    checks: int,
    concurrency: int,
    hop_ms: float = 1.0,
    hop_checks: int = 1000,
) -> dict[str, float]:
    # As open_store builds it for the bot: lookups through a client of their own.
    lookups = connect_redis(_url(client), bounded_by_caller=True)
    store = BlocklistStore(client, KeyBuilder(), lookup_client=lookups)
    await store.ensure_band_filter()
    store.band_filter.start()
    engine = Engine(store)
    baseline = Engine(PerCallStore(client, KeyBuilder()))
    work = [messages[i % len(messages)] for i in range(checks)]
    for text in work[:500]:  # warm-up: caches, lazy imports
        await engine.check(Submission(text=text))

    async def sequential(eng: Engine) -> tuple[float, list[float]]:
        latencies = []
        started = time.perf_counter()
        for text in work:
            t = time.perf_counter()
            await eng.check(Submission(text=text))
            latencies.append(time.perf_counter() - t)
        return len(work) / (time.perf_counter() - started), latencies

    rate, latencies = await sequential(engine)
    base_rate, base_lat = await sequential(baseline)
    work_all = work
    work = [indicator_work[i % len(indicator_work)] for i in range(min(checks, 10_000))]
    ind_rate, ind_lat = await sequential(engine)
    ind_base_rate, _ = await sequential(baseline)
    work = work_all
    semaphore = asyncio.Semaphore(concurrency)

    async def one(text: str) -> None:
        async with semaphore:
            await engine.check(Submission(text=text))

    started = time.perf_counter()
    await asyncio.gather(*(one(text) for text in work))
    concurrent_rate = len(work) / (time.perf_counter() - started)
    p50, p99, _ = summary(latencies)
    b50, b99, _ = summary(base_lat)
    hop = await _over_a_hop(client, indicator_work[:hop_checks], hop_ms)
    rss_before = rss_kib()
    for i in range(100_000):
        await engine.check(Submission(text=messages[i % len(messages)]))
    rss_after = rss_kib()
    await lookups.aclose()
    return {
        "messages_per_s": rate,
        "p50_ms": p50,
        "p99_ms": p99,
        "concurrent_per_s": concurrent_rate,
        "concurrency": concurrency,
        "baseline_per_s": base_rate,
        "baseline_p50_ms": b50,
        "baseline_p99_ms": b99,
        "ratio": rate / base_rate,
        "indicator_messages_per_s": ind_rate,
        "indicator_p99_ms": summary(ind_lat)[1],
        "indicator_baseline_per_s": ind_base_rate,
        "indicator_ratio": ind_rate / ind_base_rate,
        "engine_rss_growth_kib_100k": rss_after - rss_before,
        **hop,
    }


async def _over_a_hop(client: Any, work: list[str], hop_ms: float) -> dict[str, float]:
    """Engine and baseline on messages with links or numbers, Redis a network hop away."""
    port = client.connection_pool.connection_kwargs.get("port", 6379)
    proxy, proxy_port = await start_helper("benchmarks.delay", str(port), str(hop_ms))
    far = connect_redis(f"redis://127.0.0.1:{int(proxy_port)}/0")
    try:
        rates = []
        for store in (BlocklistStore(far, KeyBuilder()), PerCallStore(far, KeyBuilder())):
            engine = Engine(store, lookup_timeout=5.0)
            started = time.perf_counter()
            for text in work:
                await engine.check(Submission(text=text))
            rates.append(len(work) / (time.perf_counter() - started))
    finally:
        await far.aclose()
        await stop_helper(proxy)
    return {
        "hop_ms": hop_ms,
        "hop_messages_per_s": rates[0],
        "hop_baseline_per_s": rates[1],
        "hop_ratio": rates[0] / rates[1],
    }
