"""A citizen's lookups from a process of their own, as a bot replica would make them.

    python -m benchmarks.citizen REDIS_URL

Looks two indicators up every 2 ms until its standard input closes, then prints each
lookup's seconds as a JSON list. Used by the import benchmark: run in the importing process,
the lookups would measure that process's own pauses rather than how long Redis keeps a
citizen waiting.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from blocklists.connection import connect_redis
from blocklists.keys import KeyBuilder
from blocklists.store import BlocklistStore


async def main(url: str) -> None:
    store = BlocklistStore(connect_redis(url), KeyBuilder())
    loop = asyncio.get_running_loop()
    closed = loop.run_in_executor(None, sys.stdin.read)
    waits: list[float] = []
    print("ready", flush=True)
    while not closed.done():
        started = time.perf_counter()
        await store.lookup([("domain", "example.com"), ("url", "https://example.com/x")])
        waits.append(time.perf_counter() - started)
        await asyncio.sleep(0.002)
    await store.close()
    print(json.dumps(waits), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
