"""The store contract, run against the embedded store and a real redis-server."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from redis.exceptions import RedisError

from blocklists.connection import connect_redis
from blocklists.keys import KeyBuilder
from blocklists.lookups import Entry, Lookups, StoreUnavailable
from blocklists.normalize import normalize
from blocklists.store import BlocklistStore, open_store, read_seed_entries
from tests.conftest import count_round_trips


def entry(kind: str, value: str, list_name: str = "block", **extra: object) -> Entry:
    return Entry(
        list_name=list_name,  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        value=normalize(kind, value),  # type: ignore[arg-type]
        reason=str(extra.get("reason", "test")),
        source="test",
        added_by="pytest",
        added_at=float(extra.get("added_at", 1_700_000_000)),  # type: ignore[arg-type]
        expires_at=extra.get("expires_at"),  # type: ignore[arg-type]
    )


async def test_put_then_lookup_finds_entries_with_provenance(store: BlocklistStore) -> None:
    added = await store.put(
        [entry("domain", "dbs-verify.xyz", reason="phishing"), entry("phone", "+6581234567")]
    )
    assert added == 2
    lookups = await store.lookup(
        [("domain", "dbs-verify.xyz"), ("phone", "+6581234567"), ("domain", "example.org")]
    )
    hit = lookups.get("block", "domain", "dbs-verify.xyz")
    assert hit is not None
    assert (hit.reason, hit.source, hit.added_by) == ("phishing", "test", "pytest")
    assert lookups.get("block", "phone", "+6581234567") is not None
    assert lookups.get("block", "domain", "example.org") is None
    assert lookups.get("allow", "domain", "dbs-verify.xyz") is None
    assert lookups.available


async def test_what_a_writer_normalises_is_what_a_reader_finds(store: BlocklistStore) -> None:
    await store.put(
        [entry("domain", "https://Login.DBS-Verify.XYZ./x"), entry("phone", "0065 8123 4567")]
    )
    lookups = await store.lookup(
        [
            ("domain", normalize("domain", "dbs-verify.xyz")),
            ("phone", normalize("phone", "+65 81234567")),
        ]
    )
    assert len(lookups) == 2


async def test_block_and_allow_lists_are_separate(store: BlocklistStore) -> None:
    await store.put([entry("domain", "example.com", list_name="allow")])
    lookups = await store.lookup([("domain", "example.com")])
    assert lookups.get("allow", "domain", "example.com") is not None
    assert lookups.get("block", "domain", "example.com") is None
    assert await store.count("allow", "domain") == 1
    assert await store.count("block", "domain") == 0


async def test_expired_entries_are_not_found(store: BlocklistStore) -> None:
    past, future = time.time() - 10, time.time() + 3600
    await store.put(
        [
            entry("domain", "old.example", expires_at=past),
            entry("domain", "new.example", expires_at=future),
        ]
    )
    lookups = await store.lookup([("domain", "old.example"), ("domain", "new.example")])
    assert lookups.get("block", "domain", "old.example") is None
    assert lookups.get("block", "domain", "new.example") is not None


async def test_rewriting_an_entry_replaces_it(store: BlocklistStore) -> None:
    assert await store.put([entry("domain", "a.example", reason="first")]) == 1
    assert await store.put([entry("domain", "a.example", reason="second")]) == 0
    lookups = await store.lookup([("domain", "a.example")])
    hit = lookups.get("block", "domain", "a.example")
    assert hit is not None and hit.reason == "second"


async def test_one_lookup_is_one_round_trip(
    store: BlocklistStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = [("domain", f"d{i}.example") for i in range(20)] + [
        ("phone", "+6581234567"),
        ("url", "http://x.example/"),
        ("handle", "someone"),
    ]
    await store.put([entry("domain", "d7.example"), entry("handle", "someone", "allow")])
    # The first lookup after Redis starts also hands Redis the lookup script (EVALSHA, then
    # its text on NOSCRIPT); from then on each lookup is one call: every value on both lists.
    await store.lookup(queries)  # type: ignore[arg-type]
    calls = count_round_trips(store, monkeypatch)
    lookups = await store.lookup(queries)  # type: ignore[arg-type]
    assert calls == [1]
    assert set(lookups.found()) == {("domain", "d7.example"), ("handle", "someone")}


async def test_a_lookup_after_redis_forgot_its_scripts_still_answers(
    store: BlocklistStore,
) -> None:
    await store.put([entry("domain", "a.example")])
    assert len(await store.lookup([("domain", "a.example")])) == 1
    await store.redis.script_flush()  # what a Redis restart does to its script cache
    lookups = await store.lookup([("domain", "a.example"), ("domain", "b.example")])
    assert lookups.available and lookups.get("block", "domain", "a.example") is not None


async def test_empty_lookup_needs_no_round_trip(store: BlocklistStore) -> None:
    lookups = await store.lookup([])
    assert lookups.available and len(lookups) == 0


async def test_entry_packing_round_trips_and_tolerates_foreign_values() -> None:
    original = entry(
        "url", "http://a.example/x", reason="日本語 reason", expires_at=2_000_000_000.0
    )
    packed = original.pack()
    assert Entry.unpack("block", "url", original.value, packed) == original
    odd = Entry.unpack("block", "url", "v", "not json")
    assert odd.reason == "not json"
    assert Entry.unpack("block", "url", "v", "[1, 2]").reason == ""


async def test_seeding_loads_the_shipped_lists_once(store: BlocklistStore) -> None:
    first = await store.seed_if_empty()
    assert first > 0
    assert await store.seed_if_empty() == 0
    lookups = await store.lookup([("phone", "+651799"), ("domain", "scamcheck-demo.example")])
    assert lookups.get("allow", "phone", "+651799") is not None
    assert lookups.get("block", "domain", "scamcheck-demo.example") is not None


async def test_concurrent_replicas_seed_exactly_once(redis_server) -> None:  # type: ignore[no-untyped-def]
    keys = KeyBuilder(prefix="{seedrace}")
    stores = [BlocklistStore(connect_redis(redis_server.url), keys) for _ in range(4)]
    try:
        results = await asyncio.gather(*(s.seed_if_empty() for s in stores))
        assert sum(1 for r in results if r > 0) == 1
        assert await stores[0].redis.exists(keys.seeded())
    finally:
        client = stores[0].redis
        await client.delete(*[k async for k in client.scan_iter(match="{seedrace}*")])
        for s in stores:
            await s.close()


def test_seed_files_are_valid_and_bad_seed_lines_fail_loudly(tmp_path: Path) -> None:
    assert list(read_seed_entries())
    (tmp_path / "block-phone.txt").write_text("not a number  # oops\n")
    with pytest.raises(ValueError, match=r"block-phone\.txt:1"):
        list(read_seed_entries(tmp_path))


async def test_unreachable_redis_fails_fast_with_a_redis_error() -> None:
    from harness.processes import free_port

    store = BlocklistStore(connect_redis(f"redis://127.0.0.1:{free_port()}/0"))
    started = time.monotonic()
    with pytest.raises(StoreUnavailable):
        await store.lookup([("domain", "a.example")])
    assert time.monotonic() - started < 5
    assert not await store.ping()
    await store.close()


@pytest.mark.parametrize("lookup_client", [False, True])
async def test_store_recovers_when_redis_comes_back(
    fresh_redis_server, lookup_client: bool
) -> None:  # type: ignore[no-untyped-def]
    url = fresh_redis_server.url
    second = connect_redis(url, bounded_by_caller=True) if lookup_client else None
    store = BlocklistStore(connect_redis(url), lookup_client=second)
    await store.put([entry("domain", "back.example")])
    fresh_redis_server.stop()
    with pytest.raises(StoreUnavailable):
        await store.lookup([("domain", "back.example")])
    fresh_redis_server.start()
    lookups = await store.lookup([("domain", "back.example")])
    # The test server keeps no data across restarts; what matters is that the client
    # reconnects by itself and answers again.
    assert lookups.available
    await store.close()


async def test_a_lookup_of_a_redis_that_never_answers_is_bounded() -> None:
    """A server that accepts and then says nothing (a frozen Redis, a black-holed network):
    the lookup client has no socket timeout, so the store bounds each lookup itself."""
    silent: list[asyncio.StreamWriter] = []

    async def accept(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        silent.append(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    url = f"redis://127.0.0.1:{server.sockets[0].getsockname()[1]}/0"
    store = BlocklistStore(
        connect_redis(url),
        lookup_client=connect_redis(url, bounded_by_caller=True),
        lookup_timeout=0.3,
    )
    try:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable):
            # (Without the store's bound this would wait for ever: the test's own 10 s say so.)
            await asyncio.wait_for(
                store.lookup([("domain", "a.example")], (1,) * 12, (1,) * 24), 10
            )
        assert time.monotonic() - started < 3
        assert silent  # it did connect: the wait was for a reply
    finally:
        await store.close()
        for writer in silent:
            writer.close()
        server.close()
        await server.wait_closed()


async def test_open_store_without_redis_url_is_embedded_and_seeded(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = await open_store(None)
    try:
        assert store.embedded
        assert "changes are not kept" in caplog.text
        assert await store.count("allow", "phone") > 0
    finally:
        await store.close()


async def test_open_store_with_redis_url_uses_that_redis(redis_server) -> None:  # type: ignore[no-untyped-def]
    store = await open_store(redis_server.url)
    try:
        assert not store.embedded
        assert await store.ping()
        # Lookups go through a second client of their own (see connect_redis).
        assert store.lookup_client is not store.redis
        assert (await store.lookup([("domain", "a.example")], (1,) * 12, (1,) * 24)).available
    finally:
        await store.close()


def test_lookups_unavailable_knows_nothing() -> None:
    lookups = Lookups.unavailable()
    assert not lookups.available
    assert lookups.get("block", "domain", "x.example") is None


async def test_redis_behind_sentinel(fresh_redis_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real redis-sentinel watching the test server: the store finds the master through it."""
    import shutil
    import socket
    import subprocess

    from harness.processes import free_port

    port = free_port()
    config = tmp_path / "sentinel.conf"
    config.write_text(
        f"port {port}\nbind 127.0.0.1\ndir {tmp_path}\n"
        f"sentinel monitor scmaster 127.0.0.1 {fresh_redis_server.port} 1\n"
    )
    binary = shutil.which("redis-sentinel") or shutil.which("redis-server")
    assert binary is not None
    process = await asyncio.create_subprocess_exec(
        binary, str(config), "--sentinel", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                await asyncio.sleep(0.02)
        store = BlocklistStore(connect_redis(f"redis+sentinel://127.0.0.1:{port}/scmaster/0"))
        await store.put([entry("domain", "via-sentinel.example")])
        lookups = await store.lookup([("domain", "via-sentinel.example")])
        assert lookups.get("block", "domain", "via-sentinel.example") is not None
        await store.close()
    finally:
        if process.returncode is None:
            process.terminate()
        await process.wait()


async def test_redis_cluster(tmp_path: Path) -> None:
    """A real (one-node) Redis Cluster: every key shares one slot, transactions included."""
    import shutil
    import subprocess

    from blocklists.moderation import ListManager
    from harness.processes import free_port

    port = free_port()
    binary = shutil.which("redis-server")
    assert binary is not None
    process = await asyncio.create_subprocess_exec(
        binary,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--cluster-enabled",
        "yes",
        "--cluster-port",
        str(free_port()),  # the bus port must be given: port + 10000 may not exist
        "--cluster-config-file",
        str(tmp_path / "nodes.conf"),
        "--dir",
        str(tmp_path),
        "--save",
        "",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    admin = None
    try:
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        admin = Redis(port=port, socket_connect_timeout=1, retry=Retry(NoBackoff(), 0))
        for _ in range(200):
            assert process.returncode is None, "redis-server (cluster mode) exited"
            try:
                await admin.ping()
                break
            except RedisError:
                await asyncio.sleep(0.05)
        await admin.execute_command("CLUSTER", "ADDSLOTSRANGE", 0, 16383)
        for _ in range(100):
            if b"cluster_state:ok" in await admin.execute_command("CLUSTER", "INFO"):
                break
            await asyncio.sleep(0.05)
        client = connect_redis(f"redis+cluster://127.0.0.1:{port}")
        store = BlocklistStore(client)
        await store.seed_if_empty()
        manager = ListManager(client)
        await manager.put("block", "domain", "clustered.example", actor="tg:1")
        lookups = await store.lookup([("domain", "clustered.example"), ("phone", "+651799")])
        assert lookups.get("block", "domain", "clustered.example") is not None
        assert lookups.get("allow", "phone", "+651799") is not None
        from blocklists.feeds import parse

        entries, invalid = parse([f"https://c{i}.example.net/x" for i in range(300)], "openphish")
        result = await manager.import_entries(entries, invalid, actor="tg:1", source="feed")
        assert result.added == 300
        await store.close()
    finally:
        if admin is not None:
            await admin.aclose()
        if process.returncode is None:
            process.terminate()
        await process.wait()
