"""Shared fixtures: a real redis-server on a free loopback port, stores, engines."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from blocklists.connection import connect_redis, embedded_redis
from blocklists.keys import KeyBuilder
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from harness.processes import RedisServer, RedisServerMissing

# httpx and aiohttp honour proxy variables even for loopback; tests never leave 127.0.0.0/8.
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["no_proxy"] = "127.0.0.1,localhost"


def _redis_server(workdir: Path) -> RedisServer:
    try:
        return RedisServer(workdir)
    except RedisServerMissing as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = _redis_server(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fresh_redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A server of the test's own, for tests that stop and restart it."""
    server = _redis_server(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["embedded", "redis", "redis+lookup client"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[BlocklistStore]:
    """The store contract is run against both backends (and as ``open_store`` builds it)."""
    keys = KeyBuilder(prefix=f"{{t{uuid.uuid4().hex[:8]}}}")
    client: Redis
    lookup_client = None
    if request.param == "embedded":
        client = embedded_redis()
    else:
        server: RedisServer = request.getfixturevalue("redis_server")
        client = connect_redis(server.url)
        if request.param == "redis+lookup client":
            lookup_client = connect_redis(server.url, bounded_by_caller=True)
    store = BlocklistStore(
        client, keys, embedded=request.param == "embedded", lookup_client=lookup_client
    )
    yield store
    keys_left = [k async for k in client.scan_iter(match=keys.prefix + "*")]
    if keys_left:
        await client.delete(*keys_left)
    await store.close()


@pytest.fixture
async def seeded_store() -> AsyncIterator[BlocklistStore]:
    store = BlocklistStore(embedded_redis(), embedded=True)
    await store.seed_if_empty()
    yield store
    await store.close()


@pytest.fixture
async def engine(seeded_store: BlocklistStore) -> Engine:
    return Engine(seeded_store)


def count_round_trips(store: BlocklistStore, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, the number of commands of each pipeline the store's clients execute.

    One item a round trip, on the store's client and on its lookup client (when it has one).
    """
    calls: list[int] = []
    clients = {id(c): c for c in (store.redis, store.lookup_client)}
    for client in clients.values():
        original = client.pipeline

        def counting_pipeline(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
            pipe = _original(*args, **kwargs)
            execute = pipe.execute

            async def counted_execute(*a: Any, **k: Any) -> Any:
                calls.append(len(pipe.command_stack))
                return await execute(*a, **k)

            pipe.execute = counted_execute
            return pipe

        monkeypatch.setattr(client, "pipeline", counting_pipeline)
    return calls
