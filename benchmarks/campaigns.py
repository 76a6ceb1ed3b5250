"""Campaign fingerprints at scale: Redis bytes per fingerprint, and the engine's speed with them.

    .venv/bin/python -m benchmarks.campaigns [--fingerprints 1000000] [--checks 20000]

One real redis-server (the test suite's settings, as in production). It loads:

* the real campaigns: every scam text of ``tests/corpus`` and the smishing and spam of
  ``../shared/data``, imported through ``CampaignFiles`` (so checks do match some of them);
* synthetic fingerprints up to ``--fingerprints``: random bands, ten variants a campaign,
  written into the band buckets as the writers lay them out, and one record per campaign
  shaped like a real one (status, counts, dates, two links, two signatures).

It prints the Redis memory the band buckets take per fingerprint and the records per
campaign, then runs the engine sequentially over the shared SMS corpus (as
``benchmarks/run.py`` does) and prints messages/s, p50 and p99, and how many matched.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from blocklists.bandfilter import CHUNKS
from blocklists.campaign import band_place, pack_signatures
from blocklists.campaign_files import CampaignFiles
from blocklists.campaigns import CampaignManager, CampaignRecord
from blocklists.connection import connect_redis
from blocklists.keys import KeyBuilder
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.fingerprint import BANDS, EMPTY, ROWS, fingerprint
from checkers.verdict import Submission
from harness.processes import RedisServer

from .common import corpus_messages, summary

VARIANTS = 10


async def used_memory(client: Any) -> int:
    """Redis's own count of the memory its data takes."""
    return int((await client.info("memory"))["used_memory"])


async def load_real(client: Any, keys: KeyBuilder) -> int:
    """The corpus's scam texts as confirmed campaigns; returns how many were added."""
    from harness.corpus import everyday_and_scam

    scam, _ = everyday_and_scam()
    records = []
    for text in scam:
        fp = fingerprint(text)
        if fp:
            records.append(CampaignRecord(fp.bands, (fp.signature,), "confirmed"))
    files = CampaignFiles(CampaignManager(client, keys))
    result = await files.import_records(records, actor="benchmark", source="corpus")
    return result.added


async def load_synthetic(client: Any, keys: KeyBuilder, fingerprints: int) -> dict[str, float]:
    """Random fingerprints in the band buckets, and their campaigns' records."""
    rnd = random.Random(13)
    first_id = int(await client.incrby(keys.campaign_counter(), 0)) + 1
    campaigns = fingerprints // VARIANTS
    before = await used_memory(client)
    buckets: dict[int, dict[str, str]] = {}
    started = time.perf_counter()
    for number in range(fingerprints):
        campaign_id = str(first_id + number // VARIANTS)
        for _ in range(BANDS):
            index, field = band_place(rnd.getrandbits(45))
            buckets.setdefault(index, {})[field] = campaign_id
        if (number + 1) % 20_000 == 0 or number + 1 == fingerprints:
            items = list(buckets.items())
            for start in range(0, len(items), 4096):
                async with client.pipeline(transaction=False) as pipe:
                    for index, mapping in items[start : start + 4096]:
                        pipe.hset(keys.campaign_bands(index), mapping=mapping)
                    await pipe.execute()
            buckets.clear()
    bands_written = await used_memory(client)
    now = int(time.time())
    signature = [rnd.getrandbits(16) for _ in range(BANDS * ROWS)]
    for start in range(0, campaigns, 10_000):
        async with client.pipeline(transaction=False) as pipe:
            for offset in range(start, min(campaigns, start + 10_000)):
                campaign_id = str(first_id + offset)
                pipe.hset(
                    keys.campaign(campaign_id),
                    mapping={
                        "status": "reported",
                        "first": str(now - 86_400),
                        "last": str(now),
                        "seen": "17",
                        "reports": "3",
                        "source": "report",
                        "added_by": "tg:123456789",
                        "reason": "",
                        "sigs": pack_signatures([signature, signature[::-1]]),
                        "links": json.dumps([f"https://wave-{offset}.top/a", "http://x.xyz/b"]),
                        "phones": json.dumps(["+6581234567"]),
                    },
                )
                pipe.zadd(keys.campaign_index(), {campaign_id: 3})
            await pipe.execute()
    await client.set(keys.campaign_counter(), str(first_id + campaigns))
    after = await used_memory(client)
    # The bands were written around the writers: the band filter is built from the buckets,
    # as for a store whose campaigns predate it.
    filter_started = time.perf_counter()
    await BlocklistStore(client, keys).ensure_band_filter(rebuild=True)
    filter_s = time.perf_counter() - filter_started
    filter_bytes = 0
    for chunk in range(CHUNKS):
        usage = await client.memory_usage(f"{keys.campaign_filter_prefix()}{chunk:02x}")
        filter_bytes += int(usage or 0)
    return {
        "fingerprints": fingerprints,
        "campaigns": campaigns,
        "load_s": time.perf_counter() - started,
        "band_bytes_per_fingerprint": (bands_written - before) / fingerprints,
        "record_bytes_per_campaign": (after - bands_written) / max(1, campaigns),
        "bytes_per_fingerprint": (after - before) / fingerprints,
        "filter_bytes_per_fingerprint": filter_bytes / fingerprints,
        "filter_build_s": filter_s,
    }


async def bench_engine(
    client: Any, lookups: Any, keys: KeyBuilder, checks: int
) -> dict[str, float]:
    """The engine over the SMS corpus, sequential, with every fingerprint loaded.

    ``lookups`` is the lookup client, as ``open_store`` gives the bot one.
    """
    store = BlocklistStore(client, keys, lookup_client=lookups)
    await store.ensure_band_filter()  # as open_store does when the bot starts
    store.band_filter.start()
    engine = Engine(store)
    messages = corpus_messages()
    work = [messages[i % len(messages)] for i in range(checks)]
    for text in work[:500]:
        await engine.check(Submission(text=text))
    latencies = []
    matched = 0
    started = time.perf_counter()
    for text in work:
        t = time.perf_counter()
        verdict = await engine.check(Submission(text=text))
        latencies.append(time.perf_counter() - t)
        matched += any(f.code.startswith("CMP") for f in verdict.findings)
    rate = len(work) / (time.perf_counter() - started)
    p50, p99, mean = summary(latencies)
    # 32 at a time, as the bot runs them: round trips overlap, so CPU is what limits.
    semaphore = asyncio.Semaphore(32)
    concurrent: list[float] = []

    async def one(text: str) -> None:
        async with semaphore:
            t = time.perf_counter()
            await engine.check(Submission(text=text))
            concurrent.append(time.perf_counter() - t)

    started = time.perf_counter()
    await asyncio.gather(*(one(text) for text in work))
    concurrent_rate = len(work) / (time.perf_counter() - started)
    return {
        "concurrent_per_s": concurrent_rate,
        "concurrent_p99_ms": summary(concurrent)[1],
        "messages_per_s": rate,
        "p50_ms": p50,
        "p99_ms": p99,
        "mean_ms": mean,
        "matched": matched,
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    """Load, measure, and return every figure."""
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(Path(workdir))
        server.start()
        client = connect_redis(server.url)
        lookups = connect_redis(server.url, bounded_by_caller=True)
        keys = KeyBuilder()
        try:
            # The same engine without fingerprints: what campaigns cost a message.
            import checkers.case

            case_module: Any = checkers.case  # its `fingerprint` swapped for this run only
            original = case_module.fingerprint
            case_module.fingerprint = lambda text, masks=(): EMPTY
            try:
                without = await bench_engine(client, lookups, keys, args.checks)
            finally:
                case_module.fingerprint = original
            # Loading writes big pipelines (the corpus's ~20,000 scams in one transaction, then
            # the synthetic fingerprints): a client without the bot's 1 s socket timeout.
            loader = connect_redis(server.url, timeout=120)
            try:
                real = await load_real(loader, keys)
                base = await bench_engine(client, lookups, keys, args.checks)
                loaded = await load_synthetic(loader, keys, args.fingerprints)
            finally:
                await loader.aclose()
            engine = await bench_engine(client, lookups, keys, args.checks)
        finally:
            await lookups.aclose()
            await client.aclose()
            server.stop()
    return {
        "real_campaigns": real,
        "load": loaded,
        "engine_without_fingerprints": without,
        "engine_real_only": base,
        "engine": engine,
    }


async def flat_results(fingerprints: int, checks: int) -> dict[str, float]:
    """The figures ``benchmarks/run.py`` puts in its table (``./scripts/benchmark``)."""
    results = await main_async(argparse.Namespace(fingerprints=fingerprints, checks=checks))
    return {
        **results["load"],
        **results["engine"],
        "without_fingerprints_per_s": results["engine_without_fingerprints"]["messages_per_s"],
    }


def main() -> None:
    """Parse arguments, run, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fingerprints", type=int, default=1_000_000)
    parser.add_argument("--checks", type=int, default=20_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = asyncio.run(main_async(args))
    if args.json:
        print(json.dumps(results, indent=2))
        return
    load, engine, base = results["load"], results["engine"], results["engine_real_only"]
    print(f"real campaigns (corpus scam texts): {results['real_campaigns']:,}")
    print(f"synthetic fingerprints: {load['fingerprints']:,} in {load['campaigns']:,} campaigns")
    print(f"Redis bytes per fingerprint (band buckets): {load['band_bytes_per_fingerprint']:.0f}")
    print(f"Redis bytes per campaign record: {load['record_bytes_per_campaign']:.0f}")
    print(f"Redis bytes per fingerprint, records included: {load['bytes_per_fingerprint']:.0f}")
    print(
        f"Redis bytes per fingerprint of the band filter: "
        f"{load['filter_bytes_per_fingerprint']:.0f} (built in {load['filter_build_s']:.1f} s)"
    )
    for name, figures in (
        ("without fingerprints", results["engine_without_fingerprints"]),
        ("real campaigns only", base),
        ("with every fingerprint", engine),
    ):
        print(
            f"engine, {name}: {figures['messages_per_s']:,.0f} messages/s, "
            f"p50 {figures['p50_ms']:.2f} ms, p99 {figures['p99_ms']:.2f} ms, "
            f"{figures['matched']:,} of {args.checks:,} matched a campaign; "
            f"32 at a time: {figures['concurrent_per_s']:,.0f} messages/s, "
            f"p99 {figures['concurrent_p99_ms']:.2f} ms"
        )


if __name__ == "__main__":
    main()
