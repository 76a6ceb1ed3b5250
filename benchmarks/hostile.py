"""Time the engine on each hostile input (the worst cases of every regular expression).

python -m benchmarks.hostile
"""

from __future__ import annotations

import asyncio
import time

from blocklists.connection import embedded_redis
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.verdict import Submission
from harness.hostile import HOSTILE


async def main() -> None:
    store = BlocklistStore(embedded_redis(), embedded=True)
    await store.seed_if_empty()
    engine = Engine(store)
    await engine.check(Submission(text="warm up http://x.top 91234567"))
    rows = []
    for name, text in HOSTILE.items():
        best = min([await _time(engine, text) for _ in range(3)])
        rows.append((best, name, len(text)))
    print("| input | characters | engine ms (best of 3) |\n|---|---:|---:|")
    for ms, name, size in sorted(rows, reverse=True):
        print(f"| {name} | {size:,} | {ms:.1f} |")
    print(f"\nworst: {max(rows)[0]:.1f} ms (target: every check under 50 ms)")
    await store.close()


async def _time(engine: Engine, text: str) -> float:
    started = time.perf_counter()
    await engine.check(Submission(text=text))
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    asyncio.run(main())
