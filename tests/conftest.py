"""Shared fixtures: a real redis-server on a free loopback port, stores, engines."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

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


@pytest.fixture(params=["embedded", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[BlocklistStore]:
    """The store contract is run against both backends."""
    keys = KeyBuilder(prefix=f"{{t{uuid.uuid4().hex[:8]}}}")
    client: Redis
    if request.param == "embedded":
        client = embedded_redis()
    else:
        server: RedisServer = request.getfixturevalue("redis_server")
        client = connect_redis(server.url)
    store = BlocklistStore(client, keys, embedded=request.param == "embedded")
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
