"""The real ``scamcheck bot`` process against the Bot API stand-in, and one shell command.

:func:`bench_end_to_end` starts the bot (``harness.processes``), then measures a burst of
updates (throughput, the bot's CPU), updates at a steady rate (latency from delivery to the
reply) and the bot's memory over many more checks. :func:`bench_cli` times one
``scamcheck check`` from the shell, as installed.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import rss_kib, spawn_bot, summary
from harness import ROOT
from harness.processes import stop_bot
from harness.standin import BotApi, HttpStandIn


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
