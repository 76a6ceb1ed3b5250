"""Pictures: how long a phone screenshot takes to read and check, and what it costs text checks.

    python -m benchmarks.pictures            # alone, with the embedded store (about a minute)

Part of ``./scripts/benchmark`` (``benchmarks/run.py``), there against the real redis-server.
Screenshots are drawn like a phone's (1080 pixels wide, light and dark, the four languages,
as Telegram delivers a photo: JPEG, at most 1280 pixels a side) from the family corpus, with
``harness/pictures.py``. Measured: per picture, download excluded, reading plus the engine
(p50, p95); then citizens' text checks, p99 alone and p99 while pictures are read
continuously by the worker threads (``SCAMCHECK_PICTURE_WORKERS``, default 2), and, in the
same process for the ratio, while the same pool reads at the process's own priority (as
before the workers were niced). The three text measures take turns in four rounds of 1,000.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from benchmarks.common import corpus_messages, percentile, summary
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.picture import WORKER_NICENESS, PictureReader, check_pictures
from checkers.verdict import Submission


def screenshots(per_language: int = 6) -> list[bytes]:
    from harness import pictures as P
    from harness.corpus import load

    shots = []
    for lang in ("en", "ms", "zh", "ta"):
        scams = [s.text for s in load(f"families_{lang}.txt") if s.level != "no_red_flags"]
        for number, text in enumerate(scams[:per_language]):
            # A conversation: the scam and a reply or two, as a citizen screenshots it.
            lines = [text, "Is this real?", text[: len(text) // 2]]
            image = P.chat_screenshot(lines, dark=number % 2 == 1, width=1080, size=40)
            shots.append(P.telegram_photo(image))
    return shots


async def bench_pictures(
    store: BlocklistStore | None, messages: list[str], *, workers: int = 2, text_checks: int = 4000
) -> dict[str, Any]:
    engine = Engine(store)
    reader = PictureReader(workers=workers, timeout=10)
    # The same pool at the process's own priority: what text checks met before the workers
    # were niced, measured in this process for the ratio.
    unniced = PictureReader(workers=workers, timeout=10, niceness=0)
    shots = screenshots()
    # The three measures take turns in rounds, so that the machine's other load (it is shared)
    # falls on each alike.
    rounds = 4
    work = [messages[i % len(messages)] for i in range(text_checks // rounds)]

    async def texts() -> list[float]:
        out = []
        for text in work:
            started = time.perf_counter()
            await engine.check(Submission(text=text))
            out.append(time.perf_counter() - started)
            await asyncio.sleep(0)  # a bot answers other updates in between
        return out

    async def texts_while_reading(pool: PictureReader) -> tuple[list[float], int]:
        stop = asyncio.Event()
        read = 0

        async def keep_reading(offset: int) -> None:
            nonlocal read
            index = offset
            while not stop.is_set():
                await check_pictures(engine, pool, [shots[index % len(shots)]])
                read += 1
                index += workers

        readers = [asyncio.create_task(keep_reading(i)) for i in range(workers)]
        await asyncio.sleep(0.5)
        during = await texts()
        stop.set()
        await asyncio.gather(*readers)
        return during, read

    try:
        for pool in (reader, unniced):  # warm-up: one Tesseract per thread
            await asyncio.gather(*(check_pictures(engine, pool, [s]) for s in shots[:workers]))
        latencies = []
        for shot in shots:
            started = time.perf_counter()
            await check_pictures(engine, reader, [shot])
            latencies.append(time.perf_counter() - started)
        alone: list[float] = []
        during: list[float] = []
        during_unniced: list[float] = []
        read_meanwhile = 0
        for _ in range(rounds):
            alone += await texts()
            checks, read = await texts_while_reading(reader)
            during += checks
            read_meanwhile += read
            during_unniced += (await texts_while_reading(unniced))[0]
    finally:
        reader.close()
        unniced.close()
    ms = sorted(x * 1000 for x in latencies)
    p99_alone, p99_during, p99_unniced = (summary(x)[1] for x in (alone, during, during_unniced))
    return {
        "pictures": len(shots),
        "picture_p50_s": percentile(ms, 50) / 1000,
        "picture_p95_s": percentile(ms, 95) / 1000,
        "text_p99_ms_alone": p99_alone,
        "text_p99_ms_while_reading": p99_during,
        "text_p99_while_reading_vs_alone": round(p99_during / p99_alone, 2),
        "text_p99_ms_while_reading_unniced": p99_unniced,
        "text_p99_while_reading_unniced_vs_alone": round(p99_unniced / p99_alone, 2),
        "pictures_read_meanwhile": read_meanwhile,
        "workers": workers,
        "worker_niceness": WORKER_NICENESS,
    }


async def _main() -> None:
    from blocklists.connection import embedded_redis

    store = BlocklistStore(embedded_redis(), embedded=True)
    await store.seed_if_empty()
    try:
        import sys

        workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
        print(
            json.dumps(await bench_pictures(store, corpus_messages(), workers=workers), indent=1)
        )
    finally:
        await store.close()


if __name__ == "__main__":
    asyncio.run(_main())
