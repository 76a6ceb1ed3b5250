"""Shared pieces: a redis-server of our own, synthetic list entries, the message corpus."""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from harness import ROOT
from harness.corpus import DATA, load
from harness.processes import bot_env, start_bot

WORDS = (
    "login",
    "verify",
    "secure",
    "account",
    "update",
    "bank",
    "paypal",
    "apple",
    "wp-content",
    "index.php",
    "signin",
    "session",
    "auth",
    "parcel",
    "redelivery",
    "claim",
    "reward",
)
TLDS = ("xyz", "top", "com", "net", "info", "online", "com.sg", "shop", "icu", "site")


def feed_urls(count: int, seed: int = 1) -> Iterator[str]:
    """Phishing-feed-like URLs (synthetic: never real sites)."""
    rnd = random.Random(seed)
    for i in range(count):
        host = f"{rnd.choice(WORDS)}-{i:x}.{rnd.choice(TLDS)}"
        yield f"https://{host}/{rnd.choice(WORDS)}/{rnd.getrandbits(32):x}/{rnd.choice(WORDS)}"


def corpus_messages() -> list[str]:
    """The shared message corpus (UCI and Mendeley SMS), deduplicated, in a fixed order."""
    texts: dict[str, None] = {}
    for name in ("sms_uci.jsonl", "sms_mendeley_smishing.jsonl"):
        path = DATA / name
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    texts[json.loads(line)["text"]] = None
    if not texts:
        texts = dict.fromkeys(sample.text for sample in load("scam.txt"))
    return list(texts)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
    return ordered[index]


def summary(latencies: list[float]) -> tuple[float, float, float]:
    """(p50, p99, mean) in milliseconds."""
    ms = [x * 1000 for x in latencies]
    return percentile(ms, 50), percentile(ms, 99), statistics.fmean(ms) if ms else 0.0


def rss_kib(pid: int | None = None) -> int:
    """Current resident memory of a process in KiB (this one by default)."""
    status = Path(f"/proc/{pid if pid is not None else 'self'}/status")
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def indicator_messages(limit: int = 5000) -> list[str]:
    """Messages that carry links or numbers: the corpus's, then feed URLs as forwarded links."""
    import re

    pattern = re.compile(r"https?://|www\.|\d{7,}")
    picked = [t for t in corpus_messages() if pattern.search(t)]
    path = DATA / "urls_phishtank_iscx_dev.jsonl"
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            if len(picked) >= limit:
                break
            picked.append("Is this real? " + json.loads(line)["url"])
    return picked[:limit]


async def start_helper(module: str, *args: str) -> tuple[asyncio.subprocess.Process, str]:
    """Start ``python -m module args``, a helper process that runs until its stdin closes.

    Returns the process and the first line it printed (its port, or "ready").
    """
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        module,
        *args,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    return process, (await process.stdout.readline()).decode().strip()


async def stop_helper(process: asyncio.subprocess.Process) -> str:
    """Close a helper's stdin and return the last thing it printed."""
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.close()
    last = (await process.stdout.read()).decode().strip()
    await process.wait()
    return last


BENCHMARK_TOKEN = "999999:BENCHMARK-TOKEN"


async def spawn_bot(
    base_url: str, redis_url: str, log_prefix: str
) -> tuple[asyncio.subprocess.Process, Path]:
    """The real ``scamcheck bot`` against a Bot API at ``base_url``; its output goes to a file.

    Returns the process and the log's path (kept after the run, for a post-mortem).
    """
    fd, name = tempfile.mkstemp(prefix=log_prefix, suffix=".log")
    with os.fdopen(fd, "wb") as log:
        process = await start_bot(bot_env(BENCHMARK_TOKEN, base_url, redis_url), log)
    return process, Path(name)
