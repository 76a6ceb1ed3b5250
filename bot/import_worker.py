"""The /import worker: a feed is parsed and written in another process.

Parsing and writing a big feed is seconds of computation: with a real Redis another process
does it (spawned, with a connection of its own), so the bot keeps answering citizens at full
speed meanwhile. The embedded store lives in the bot's own process: there the parsing runs in
a thread and the write in the event loop.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context

from blocklists.feeds import Format, Invalid, parse
from blocklists.keys import KeyBuilder, ListName
from blocklists.lookups import Entry
from blocklists.moderation import ImportResult, ListManager


@dataclass(frozen=True, slots=True)
class ImportJob:
    """One file to import: its text and how to read it, and who imports it."""

    text: str
    fmt: Format | None
    list_name: ListName
    source: str
    region: str
    actor: str


async def run_import(job: ImportJob, manager: ListManager, redis_url: str | None) -> ImportResult:
    """Import a file all or nothing, in a worker process when the store is a real Redis.

    Raises:
        StoreUnavailable: the lists could not be reached; nothing changed.
    """
    if redis_url:
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            work = partial(import_in_process, redis_url, manager.keys.prefix, job)
            return await loop.run_in_executor(pool, work)
    entries, invalid = await asyncio.to_thread(_parse, job)
    return await manager.import_entries(entries, invalid, actor=job.actor, source=job.source)


def _parse(job: ImportJob) -> tuple[list[Entry], list[Invalid]]:
    lines = job.text.splitlines()
    return parse(lines, job.fmt, list_name=job.list_name, source=job.source, region=job.region)


def import_in_process(redis_url: str, prefix: str, job: ImportJob) -> ImportResult:
    """Parse and import a file in a worker process, with a Redis connection of its own."""
    from blocklists.connection import connect_redis

    async def run() -> ImportResult:
        client = connect_redis(redis_url)
        try:
            entries, invalid = _parse(job)
            return await ListManager(client, KeyBuilder(prefix)).import_entries(
                entries, invalid, actor=job.actor, source=job.source
            )
        finally:
            await client.aclose()

    return asyncio.run(run())
