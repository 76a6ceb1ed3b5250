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


#: What a connection sends when it (re)connects, and its health check (a PING when it was
#: idle): the connection's upkeep, not a request of the store's.
_HANDSHAKE = ("HELLO", "CLIENT", "AUTH", "SELECT", "PING")


def count_round_trips(store: BlocklistStore, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, one item for each request the store's clients send to Redis.

    Counted where every request leaves, the connection's ``send_packed_command`` (of the
    connection classes of the store's client and lookup client): a pipeline of commands, a
    command alone, or the lookup script's call on the store's own connections.
    """
    calls: list[int] = []
    classes = {c.connection_pool.connection_class for c in (store.redis, store.lookup_client)}
    for cls in classes:
        original = cls.send_packed_command

        async def counting_send(
            self: Any, command: Any, *args: Any, _original: Any = original, **kwargs: Any
        ) -> Any:
            packed = [command] if isinstance(command, (bytes, str, memoryview)) else command
            head = packed[0] if packed else b""
            first = (head.encode() if isinstance(head, str) else bytes(head))[:40]
            if not any(f"\r\n{name}\r\n".encode() in first for name in _HANDSHAKE):
                calls.append(1)
            return await _original(self, command, *args, **kwargs)

        monkeypatch.setattr(cls, "send_packed_command", counting_send)
    return calls
