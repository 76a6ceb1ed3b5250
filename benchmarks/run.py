"""Run every benchmark and print one table (and the raw figures as JSON with --json).

    python -m benchmarks.run                 # three runs of one million list entries (README)
    python -m benchmarks.run --runs 1 --entries 100000 --quick

Everything runs on this machine: a redis-server of our own on a free loopback port, the real
`scamcheck bot` process against a Bot API stand-in on 127.0.0.1. Baselines run in the same
process, so the ratios compare like with like.

The measures are modules of their own: ``store`` (import, engine and its per-call baseline),
``end_to_end`` (the bot process, one shell command), ``pictures``, ``campaigns``; ``report``
prints the table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import corpus_messages, indicator_messages
from benchmarks.end_to_end import bench_cli, bench_end_to_end
from benchmarks.pictures import bench_pictures
from benchmarks.report import table
from benchmarks.store import bench_engine, bench_import
from blocklists.connection import connect_redis
from blocklists.keys import KeyBuilder
from blocklists.store import BlocklistStore
from harness.processes import RedisServer


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
