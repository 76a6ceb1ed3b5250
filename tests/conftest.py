"""Shared fixtures: a real redis-server on a free loopback port, stores, engines."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
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

# httpx and aiohttp honour proxy variables even for loopback; tests never leave 127.0.0.0/8.
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["no_proxy"] = "127.0.0.1,localhost"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """A redis-server process of our own on 127.0.0.1, started and stopped by the tests."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail(
                "redis-server is not installed: run the README's test command, which installs it"
            )
        self.binary = binary
        self.workdir = workdir
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
                "--protected-mode",
                "yes",
                # As in production (compose.yaml): list buckets stay in compact listpacks.
                "--hash-max-listpack-entries",
                "512",
                "--hash-max-listpack-value",
                "256",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fresh_redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A server of the test's own, for tests that stop and restart it."""
    server = RedisServer(tmp_path)
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
