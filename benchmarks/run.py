"""Run every benchmark and print one table (and the raw figures as JSON with --json).

    python -m benchmarks.run                 # three runs of one million list entries (README)
    python -m benchmarks.run --runs 1 --entries 100000 --quick

Everything runs on this machine: a redis-server of our own on a free loopback port, the real
`scamcheck bot` process against a Bot API stand-in on 127.0.0.1. Baselines run in the same
process, so the ratios compare like with like.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import (
    ROOT,
    corpus_messages,
    feed_urls,
    indicator_messages,
    rss_kib,
    spawn_bot,
    start_helper,
    stop_helper,
    summary,
)
from benchmarks.pictures import bench_pictures
from blocklists.connection import connect_redis
from blocklists.feeds import parse
from blocklists.keys import KeyBuilder
from blocklists.lookups import LIST_NAMES, Entry, Lookups
from blocklists.moderation import ListManager
from blocklists.normalize import Kind
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.verdict import Submission
from tests.bot.standin import BotApi, HttpStandIn, stop_bot
from tests.conftest import RedisServer


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


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    store = BlocklistStore(client, KeyBuilder())
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


async def bench_end_to_end(
    redis_url: str,
    messages: list[str],
    burst: int,
    paced: int,
    rate: float,
    memory_checks: int = 100_000,
) -> dict[str, float]:
    api = BotApi()
    standin = HttpStandIn(api)
    await standin.start()
    spawned = time.perf_counter()
    process, log = await spawn_bot(standin.base_url, redis_url, "bot-bench-")
    polled_at: list[float] = []
    api.on_call = lambda call: (
        polled_at.append(time.perf_counter()) if call.method == "getUpdates" else None
    )
    try:
        while not polled_at:
            await asyncio.sleep(0.005)
            if process.returncode is not None:
                raise RuntimeError(log.read_text()[-2000:])
        startup_s = polled_at[0] - spawned
        rss_start = rss_kib(process.pid)
        sent_at: dict[int, float] = {}
        answered: dict[int, float] = {}
        waiting: set[int] = set()
        all_answered = asyncio.Event()

        def on_call(call: Any) -> None:
            if call.method != "sendMessage":
                return
            reply = (call.params.get("reply_parameters") or {}).get("message_id")
            if reply is not None and int(reply) in sent_at and int(reply) not in answered:
                answered[int(reply)] = time.perf_counter()
                waiting.discard(int(reply))
                if not waiting:
                    all_answered.set()

        api.on_call = on_call

        async def deliver(i: int) -> int:
            user = api.user(10_000 + i % 5000)
            message = api.message(messages[i % len(messages)], user=user)
            sent_at[message["message_id"]] = time.perf_counter()
            waiting.add(message["message_id"])
            all_answered.clear()
            await api.queue().put(api.update(message=message))
            return int(message["message_id"])

        async def wait_all(ids: list[int], limit: float) -> None:
            try:
                await asyncio.wait_for(all_answered.wait(), limit)
            except TimeoutError:
                pass

        # Throughput: a burst of updates, as fast as the bot takes them.
        cpu_before = cpu_seconds(process.pid)
        started = time.perf_counter()
        ids = [await deliver(i) for i in range(burst)]
        await wait_all(ids, 120)
        burst_rate = sum(1 for i in ids if i in answered) / (
            max(answered[i] for i in ids if i in answered) - started
        )
        cpu_per_update_ms = (cpu_seconds(process.pid) - cpu_before) / burst * 1000
        # Latency: updates at a steady rate, each timed from delivery to the bot's reply.
        paced_ids = []
        for i in range(paced):
            paced_ids.append(await deliver(burst + i))
            await asyncio.sleep(1 / rate)
        await wait_all(paced_ids, 60)
        latencies = [answered[i] - sent_at[i] for i in paced_ids if i in answered]
        p50, p99, _ = summary(latencies)
        rss_end = rss_kib(process.pid)
        # Memory: as many more checks again, in bursts, from the same 5,000 citizens.
        churned, churn_answered, rss_half = burst + paced, 0, None
        while churned < burst + paced + memory_checks:
            count = min(2000, burst + paced + memory_checks - churned)
            ids = [await deliver(churned + i) for i in range(count)]
            await wait_all(ids, 120)
            churn_answered += sum(1 for i in ids if i in answered)
            churned += count
            if rss_half is None and churned >= burst + paced + memory_checks // 2:
                rss_half = rss_kib(process.pid)
        rss_after_checks = rss_kib(process.pid)
        return {
            "startup_to_polling_s": startup_s,
            "burst_updates": burst,
            "paced_updates": paced,
            "updates_per_s": burst_rate,
            "paced_rate": rate,
            "p50_ms": p50,
            "p99_ms": p99,
            "answered": len(latencies) / paced,
            "bot_cpu_per_update_ms": cpu_per_update_ms,
            "bot_rss_start_mib": rss_start / 1024,
            "bot_rss_end_mib": rss_end / 1024,
            "memory_checks": memory_checks,
            "answered_memory_checks": churn_answered,
            "bot_rss_after_checks_mib": rss_after_checks / 1024,
            "bot_rss_half_mib": (rss_half or rss_end) / 1024,
            "bot_rss_growth_mib": (rss_after_checks - rss_end) / 1024,
        }
    finally:
        await stop_bot(process)
        await standin.stop()
        log.unlink(missing_ok=True)


def bench_cli(runs: int = 9) -> dict[str, float]:
    script = Path(sys.executable).with_name("scamcheck")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    # As installed (pip compiles a package's bytecode when it installs it): this checkout's
    # editable install never gets it written where PYTHONDONTWRITEBYTECODE is set, and would
    # then compile every module from source on every run.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "bot", "checkers", "blocklists"],
        cwd=ROOT,
        check=True,
    )
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [
                *command,
                "check",
                "Your DBS account is suspended, verify at dbs-sg-verify.xyz/login",
            ],
            env=env,
            capture_output=True,
            check=True,
        )
        times.append(time.perf_counter() - started)
    return {"cli_check_wall_s": statistics.median(times), "cli_runs": runs}


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    if shutil.which("redis-server") is None:
        raise SystemExit(
            "redis-server is needed: run ./scripts/test once, or apt-get install redis-server"
        )
    messages = corpus_messages()
    results: dict[str, Any] = {"messages_in_corpus": len(messages)}
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(Path(workdir))
        server.start()
        client = connect_redis(server.url)
        try:
            results["import"] = await bench_import(client, args.entries)
            results["engine"] = await bench_engine(
                client, messages, indicator_messages(), args.checks, args.concurrency
            )
            results["end_to_end"] = await bench_end_to_end(
                server.url, messages, args.burst, args.paced, args.rate, args.memory_checks
            )
            # Pictures (issue 12): OCR and QR in worker threads, text checks meanwhile.
            results["pictures"] = await bench_pictures(
                BlocklistStore(client, KeyBuilder()), messages
            )
        finally:
            await client.aclose()
            server.stop()
    results["cli"] = bench_cli()
    # Campaign fingerprints (issue 13): a Redis of their own, see benchmarks/campaigns.py.
    from benchmarks.campaigns import flat_results

    results["campaigns"] = await flat_results(args.fingerprints, args.checks)
    return results


TARGETS: list[tuple[str, tuple[str, str], str, Callable[[float], bool]]] = [
    (
        "Engine, messages/s (one process, sequential)",
        ("engine", "messages_per_s"),
        ">= 2,000",
        lambda v: v >= 2000,
    ),
    ("Engine, p99 per message (ms)", ("engine", "p99_ms"), "<= 5", lambda v: v <= 5),
    ("Engine vs per-call baseline (x)", ("engine", "ratio"), ">= 3", lambda v: v >= 3),
    ("End to end, updates/s", ("end_to_end", "updates_per_s"), ">= 300", lambda v: v >= 300),
    (
        "End to end, p99 update → sendMessage (ms)",
        ("end_to_end", "p99_ms"),
        "<= 50",
        lambda v: v <= 50,
    ),
    (
        "Import write path, entries/s",
        ("import", "write_per_s"),
        ">= 200,000",
        lambda v: v >= 200_000,
    ),
    (
        "Import write path vs raw pipelined writes",
        ("import", "write_vs_raw"),
        ">= 70%",
        lambda v: v >= 0.7,
    ),
    (
        "Redis bytes per imported entry",
        ("import", "bytes_per_entry"),
        "<= 120",
        lambda v: v <= 120,
    ),
    (
        "Bot polling after start (s)",
        ("end_to_end", "startup_to_polling_s"),
        "<= 1.5",
        lambda v: v <= 1.5,
    ),
    (
        "One `scamcheck check` from the shell (s)",
        ("cli", "cli_check_wall_s"),
        "<= 0.5",
        lambda v: v <= 0.5,
    ),
    (
        "Picture: phone screenshot read and checked, p95 (s)",
        ("pictures", "picture_p95_s"),
        "<= 1.5",
        lambda v: v <= 1.5,
    ),
    (
        "Campaigns: Redis bytes per fingerprint",
        ("campaigns", "band_bytes_per_fingerprint"),
        "<= 200",
        lambda v: v <= 200,
    ),
    (
        "Campaigns: engine messages/s with the fingerprints",
        ("campaigns", "messages_per_s"),
        ">= 2,000",
        lambda v: v >= 2000,
    ),
    (
        "Campaigns: engine p99 with the fingerprints (ms)",
        ("campaigns", "p99_ms"),
        "<= 5",
        lambda v: v <= 5,
    ),
]


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


def table(runs: list[dict[str, Any]]) -> str:
    """The targets, then the other figures, a column per run."""
    heads = " | ".join(f"run {n}" for n in range(1, len(runs) + 1))
    rule = "---:|" * len(runs)
    lines = [f"| measure | {heads} | target | met |", f"|---|{rule}---:|:---:|"]
    for label, (group, key), target, ok in TARGETS:
        values = [run[group][key] for run in runs]
        shown = [f"{v:.0%}" if key == "write_vs_raw" else _number(v) for v in values]
        met = sum(1 for v in values if ok(v))
        verdict = "yes" if met == len(runs) else ("NO" if met == 0 else f"{met} of {len(runs)}")
        lines.append(f"| {label} | {' | '.join(shown)} | {target} | {verdict} |")

    def row(label: str, cell: Any) -> str:
        return f"| {label} | {' | '.join(cell(run) for run in runs)} |"

    first = runs[0]
    e, x = first["engine"], first["end_to_end"]
    lines += [
        "",
        f"| other figures | {heads} |",
        f"|---|{rule}",
        row("engine p50 per message (ms)", lambda r: f"{r['engine']['p50_ms']:.2f}"),
        row(
            "messages with links or numbers: engine · one call per indicator, messages/s",
            lambda r: (
                f"{r['engine']['indicator_messages_per_s']:,.0f} · "
                f"{r['engine']['indicator_baseline_per_s']:,.0f} "
                f"({r['engine']['indicator_ratio']:.2f}x)"
            ),
        ),
        row(
            f"the same with Redis {e['hop_ms']:g} ms away (a delaying proxy), messages/s",
            lambda r: (
                f"{r['engine']['hop_messages_per_s']:,.0f} · "
                f"{r['engine']['hop_baseline_per_s']:,.0f} ({r['engine']['hop_ratio']:.2f}x)"
            ),
        ),
        row(
            "messages with links or numbers: engine p99 (ms)",
            lambda r: f"{r['engine']['indicator_p99_ms']:.2f}",
        ),
        row(
            f"engine, {e['concurrency']} messages in flight, messages/s",
            lambda r: f"{r['engine']['concurrent_per_s']:,.0f}",
        ),
        row(
            "engine RSS growth over 100,000 more checks (KiB)",
            lambda r: f"{r['engine']['engine_rss_growth_kib_100k']:,}",
        ),
        row(
            "import: parsing and normalising, entries/s",
            lambda r: f"{r['import']['parse_per_s']:,.0f}",
        ),
        row("raw pipelined writes, entries/s", lambda r: f"{r['import']['raw_per_s']:,.0f}"),
        row(
            "a citizen's lookup during the import (another process): p99 · max (ms)",
            lambda r: (
                f"{r['import']['lookup_during_import_p99_ms']:.1f} · "
                f"{r['import']['lookup_during_import_max_ms']:.1f}"
            ),
        ),
        row(
            f"end to end p50 at {x['paced_rate']:.0f} updates/s (ms)",
            lambda r: f"{r['end_to_end']['p50_ms']:.1f}",
        ),
        row(
            "bot CPU per update in the burst (ms)",
            lambda r: f"{r['end_to_end']['bot_cpu_per_update_ms']:.1f}",
        ),
        row(
            f"bot RSS after start · after {x['burst_updates'] + x['paced_updates']:,} updates · "
            f"after {x['memory_checks'] // 2:,} and {x['memory_checks']:,} more (MiB)",
            lambda r: " · ".join(
                f"{r['end_to_end'][k]:.0f}"
                for k in (
                    "bot_rss_start_mib",
                    "bot_rss_end_mib",
                    "bot_rss_half_mib",
                    "bot_rss_after_checks_mib",
                )
            ),
        ),
        row(
            "picture p50 (s) · text p99 alone · while pictures are read (ms, and at the"
            " workers' old priority)",
            lambda r: (
                f"{r['pictures']['picture_p50_s']:.2f} · {r['pictures']['text_p99_ms_alone']:.2f}"
                f" · {r['pictures']['text_p99_ms_while_reading']:.2f}"
                f" ({r['pictures']['text_p99_ms_while_reading_unniced']:.2f})"
            ),
        ),
        row(
            "list entries · corpus messages",
            lambda r: f"{r['import']['entries']:,} · {r['messages_in_corpus']:,}",
        ),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--checks", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--burst", type=int, default=3000)
    parser.add_argument("--paced", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument(
        "--memory-checks",
        type=int,
        default=100_000,
        help="checks before the bot's memory is read again",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="whole runs, side by side (this machine's speed varies)",
    )
    parser.add_argument(
        "--fingerprints", type=int, default=1_000_000, help="campaign fingerprints in Redis"
    )
    parser.add_argument("--quick", action="store_true", help="smaller runs for a quick look")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.checks, args.burst, args.paced, args.memory_checks = 3000, 500, 200, 10_000
        args.fingerprints = min(args.fingerprints, 100_000)
    runs = []
    for number in range(1, args.runs + 1):
        if args.runs > 1:
            print(f"run {number} of {args.runs}…", file=sys.stderr, flush=True)
        runs.append(asyncio.run(main_async(args)))
    print(json.dumps(runs, indent=1) if args.json else table(runs))


if __name__ == "__main__":
    main()
