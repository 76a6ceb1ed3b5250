"""The list manager against a real redis-server: audited changes, imports, exports, decisions."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis

from blocklists.connection import connect_redis
from blocklists.feeds import parse
from blocklists.keys import KeyBuilder, bucket
from blocklists.lookups import Entry, StoreUnavailable
from blocklists.moderation import ListManager, parse_duration
from blocklists.reports import Report, ReportQueue
from blocklists.store import BlocklistStore
from tests.faults import CuttingProxy


@pytest.fixture
async def redis(redis_server) -> AsyncIterator[Redis]:  # type: ignore[no-untyped-def]
    client = connect_redis(redis_server.url)
    yield client
    await client.aclose()


@pytest.fixture
def keys() -> KeyBuilder:
    return KeyBuilder(prefix=f"{{m{uuid.uuid4().hex[:8]}}}")


@pytest.fixture
def manager(redis: Redis, keys: KeyBuilder) -> ListManager:
    return ListManager(redis, keys)


async def snapshot(manager: ListManager) -> list[str]:
    return sorted(
        f"{e.list_name} {e.kind} {e.value} {e.reason} {e.source}" for e in await manager.export()
    )


async def test_put_and_delete_are_audited(
    manager: ListManager, redis: Redis, keys: KeyBuilder
) -> None:
    assert (
        await manager.put("block", "domain", "dbs-verify.xyz", actor="tg:1", reason="phishing")
        is True
    )
    assert (
        await manager.put("block", "domain", "dbs-verify.xyz", actor="tg:2", reason="again")
        is False
    )
    assert await manager.delete("block", "domain", "dbs-verify.xyz", actor="tg:1") is True
    assert await manager.delete("block", "domain", "dbs-verify.xyz", actor="tg:1") is False
    trail = await manager.audit(10)
    assert [(r.actor, r.action) for r in trail] == [
        ("tg:1", "unblock"),
        ("tg:1", "unblock"),
        ("tg:2", "block"),
        ("tg:1", "block"),
    ]
    assert trail[-1].reason == "phishing" and trail[-1].value == "dbs-verify.xyz"


async def test_what_a_moderator_adds_a_citizen_lookup_finds(
    manager: ListManager, redis: Redis, keys: KeyBuilder
) -> None:
    from checkers.engine import Engine
    from checkers.verdict import Submission

    await manager.put("block", "domain", "dbs-verify.xyz", actor="tg:1", reason="phishing")
    engine = Engine(BlocklistStore(redis, keys))
    verdict = await engine.check(Submission(text="see https://login.DBS-Verify.xyz/x"))
    assert verdict.level == "scam" and verdict.findings[0].code == "LST001"
    found = await manager.find([("domain", "dbs-verify.xyz")])
    assert found[0].checked == 1 and found[0].entries[0].added_by == "tg:1"


async def test_expiring_entries(manager: ListManager, redis: Redis, keys: KeyBuilder) -> None:
    import time

    await manager.put("block", "phone", "+6581234567", actor="tg:1", expires_at=time.time() - 1)
    lookups = await BlocklistStore(redis, keys).lookup([("phone", "+6581234567")])
    assert lookups.get("block", "phone", "+6581234567") is None
    assert parse_duration("30d") == 30 * 86400 and parse_duration("2w") == 14 * 86400
    assert (
        parse_duration("soon") is None
        and parse_duration("0d") is None
        and parse_duration("99999d") is None
    )


async def test_import_reports_added_present_invalid(manager: ListManager) -> None:
    await manager.put("block", "domain", "dbs-verify.xyz", actor="tg:1")
    entries, invalid = parse(
        ["dbs-verify.xyz", "ocbc-secure.top", "+65 8123 4567", "???"], "plain"
    )
    result = await manager.import_entries(entries, invalid, actor="tg:1", source="feed-x")
    assert (result.added, result.present, len(result.invalid)) == (2, 1, 1)
    assert (await manager.audit(1))[0].detail == "3 entries written, 1 invalid lines"


async def test_export_wipe_import_restores_the_same_lists(
    manager: ListManager, redis: Redis, keys: KeyBuilder
) -> None:
    await manager.put(
        "block",
        "domain",
        "dbs-verify.xyz",
        actor="tg:1",
        reason="phishing",
        expires_at=2_000_000_000,
    )
    await manager.put("allow", "phone", "+6562255225", actor="shell:ops", reason="Citibank")
    await manager.put("block", "handle", "hr_recruit_sg", actor="tg:2", reason="job scam")
    await manager.put("block", "account", "201812345K", actor="tg:2", reason="mule")
    before = list(await manager.export())
    from blocklists.feeds import export_line

    lines = [export_line(e) for e in before]
    await redis.delete(*[k async for k in redis.scan_iter(match=keys.prefix + "*")])
    assert list(await manager.export()) == []
    entries, invalid = parse(lines)
    assert invalid == []
    await manager.import_entries(entries, invalid, actor="tg:9", source="restore")
    after = list(await manager.export())
    assert sorted(after, key=repr) == sorted(before, key=repr)  # provenance included


async def test_an_import_cut_half_way_changes_nothing(redis_server, keys: KeyBuilder) -> None:  # type: ignore[no-untyped-def]
    proxy = CuttingProxy(redis_server.port)
    await proxy.start()
    client = connect_redis(proxy.url)
    direct = connect_redis(redis_server.url)
    try:
        manager = ListManager(client, keys)
        await manager.put("block", "domain", "before.example", actor="tg:1")
        before = await snapshot(ListManager(direct, keys))
        entries, invalid = parse([f"site{i}.example.com/path" for i in range(3000)], "plain")
        # The connection drops after MULTI and every HSET, before EXEC, on every attempt
        # (redis-py 8 retries a transaction on a dropped connection).
        proxy.cut_at = b"EXEC"
        proxy.cut_times = 100
        with pytest.raises(StoreUnavailable):
            await manager.import_entries(entries, invalid, actor="tg:1", source="feed")
        assert proxy.cuts >= 1
        proxy.cut_at = None
        assert await snapshot(ListManager(direct, keys)) == before
        # The client reconnects by itself; the same import then goes through whole.
        result = await manager.import_entries(entries, invalid, actor="tg:1", source="feed")
        assert result.added == 3000
    finally:
        await client.aclose()
        await direct.aclose()
        await proxy.stop()


async def test_a_large_import_is_one_transaction(manager: ListManager) -> None:
    entries, invalid = parse(
        [f"https://phish{i}.example.net/login" for i in range(20_000)], "openphish"
    )
    result = await manager.import_entries(entries, invalid, actor="tg:1", source="openphish")
    assert result.added == 20_000
    stats = await manager.stats()
    assert stats["block url"] == 20_000


async def test_a_list_change_during_an_import_is_kept_and_the_import_restaged(
    redis: Redis, keys: KeyBuilder
) -> None:
    lines = [f"https://p{i}.example.org/x" for i in range(2000)]
    touched = {bucket(line) for line in lines}
    # A moderator's block lands in a bucket the import has already copied to its staging key.
    meanwhile = next(
        url for j in range(100_000) if bucket(url := f"https://q{j}.example.org/y") in touched
    )
    other = ListManager(redis, keys)
    stagings = 0

    class Interrupted(ListManager):
        async def _stage(self, *args: Any) -> int:  # type: ignore[override]
            nonlocal stagings
            stagings += 1
            added = await super()._stage(*args)
            if stagings == 1:
                await other.put("block", "url", meanwhile, actor="tg:2")
            return added

    manager = Interrupted(redis, keys)
    entries, invalid = parse(lines, "plain")
    result = await manager.import_entries(entries, invalid, actor="tg:1", source="feed")
    assert stagings == 2  # the first staging was dropped and the import staged again
    assert (result.added, result.present) == (2000, 0)
    found = await BlocklistStore(redis, keys).lookup([("url", meanwhile), ("url", lines[7])])
    entry = found.get("block", "url", meanwhile)
    assert entry is not None and entry.added_by == "tg:2"  # the moderator's change survived
    assert found.get("block", "url", lines[7]) is not None
    assert [k async for k in redis.scan_iter(match=f"{keys.prefix}:stage:*")] == []
    assert [r.action for r in await manager.audit(3)] == ["import", "block"]


async def test_imported_reasons_and_values_keep_every_character(manager: ListManager) -> None:
    reasons = ["a:b", "line\nbreak", "10:20:30", "中文 reason", "emoji 🎣", "", "x" * 300]
    entries = [
        Entry("block", "domain", f"d{i}-{'例' * (i % 3)}.example", reason)
        for i, reason in enumerate(reasons * 50)
    ] + [Entry("block", "phone", "+6581234567", "from json", "export", "tg:5", 1.7e9)]
    result = await manager.import_entries(entries, [], actor="tg:1", source="feed")
    assert result.added == len(entries)
    exported = {(e.kind, e.value): e for e in await manager.export()}
    for entry in entries[:-1]:
        got = exported[(entry.kind, entry.value)]
        assert (got.reason, got.source, got.added_by) == (entry.reason, "feed", "tg:1")
    phone = exported[("phone", "+6581234567")]
    assert (phone.reason, phone.source, phone.added_by, phone.added_at) == (
        "from json",
        "export",
        "tg:5",
        1.7e9,
    )


async def test_the_stage_script_takes_buckets_of_any_size(redis: Redis, keys: KeyBuilder) -> None:
    from blocklists.imports import _STAGE_SCRIPT, _blob

    bucket, target = keys.bucket("block", "url", 1), f"{keys.prefix}:stage:t"
    await redis.hset(bucket, mapping={"old": "1", "v7": "old value"})
    pairs = {f"v{i}": f"@{i:08x}|a:b {'é' * (i % 4)}" for i in range(1300)}
    group = {field: f"{field}\n{value}\n" for field, value in pairs.items()}
    added = await redis.eval(_STAGE_SCRIPT, 2, bucket, target, 60, _blob(group))
    assert added == 1299  # v7 was there already
    staged = await redis.hgetall(target)
    assert staged == {"old": "1", **pairs}
    assert 0 < await redis.ttl(target) <= 60
    assert await redis.hlen(bucket) == 2  # the bucket itself is untouched until the rename


async def test_an_import_counts_repeats_once_and_the_later_line_wins(
    manager: ListManager,
) -> None:
    for i in range(5):
        await manager.put("block", "url", f"https://s{i}.example.org/x", actor="tg:2")
    lines = [f"https://s{i}.example.org/x # first" for i in range(1000)]
    lines += [f"https://s{i}.example.org/x # again" for i in range(0, 1000, 10)]
    lines += [f"https://t{i}.example.org/y" for i in range(1005)]
    entries, invalid = parse(lines, "plain")
    result = await manager.import_entries(entries, invalid, actor="tg:1", source="feed")
    assert (result.added, result.present) == (2000, 5)  # repeats count once
    assert (await manager.audit(1))[0].detail == "2005 entries written, 0 invalid lines"
    exported = {e.value: e for e in await manager.export()}
    assert len(exported) == 2005
    assert exported["https://s10.example.org/x"].reason == "again"  # the later line wins
    assert exported["https://s11.example.org/x"].reason == "first"
    assert exported["https://s3.example.org/x"].added_by == "tg:1"  # replaced by the import
    assert [k async for k in manager.redis.scan_iter(match=f"{manager.keys.prefix}:stage:*")] == []


async def test_a_value_with_a_line_feed_is_refused_and_nothing_changes(
    manager: ListManager,
) -> None:
    before = await snapshot(manager)
    entries = [Entry("block", "domain", "fine.example"), Entry("block", "url", "https://a/\nx")]
    with pytest.raises(ValueError, match="line feed"):
        await manager.import_entries(entries, [], actor="tg:1", source="feed")
    assert await snapshot(manager) == before
    assert [k async for k in manager.redis.scan_iter(match=f"{manager.keys.prefix}:stage:*")] == []


async def test_the_embedded_store_imports_too() -> None:
    from blocklists.connection import embedded_redis

    client = embedded_redis()
    manager = ListManager(client)
    entries, invalid = parse([f"https://e{i}.example.net/login" for i in range(500)], "openphish")
    result = await manager.import_entries(entries, invalid, actor="shell:me", source="feed")
    assert result.added == 500
    found = await BlocklistStore(client).lookup([("url", "https://e42.example.net/login")])
    assert found.get("block", "url", "https://e42.example.net/login") is not None
    await client.aclose()


async def _report(redis: Redis, keys: KeyBuilder, **kw: object) -> Report:
    queue = ReportQueue(redis, keys)
    base = {
        "kind": "report",
        "user_id": 5,
        "chat_id": 5,
        "level": "scam",
        "codes": ("URL002",),
        "urls": ("https://dbs-verify.xyz/login",),
        "phones": ("+6581234567",),
    }
    base.update(kw)
    report_id = await queue.submit(Report(**base))  # type: ignore[arg-type]
    report = await queue.get(report_id)
    assert report is not None
    return report


async def test_confirming_a_report_blocks_the_ticked_indicators_once(
    manager: ListManager, redis: Redis, keys: KeyBuilder
) -> None:
    report = await _report(redis, keys)
    assert await manager.next_report() == report.report_id
    decision = await manager.decide(
        report, confirm=True, actor="tg:1", selected=[("domain", "dbs-verify.xyz")]
    )
    assert decision.applied and decision.blocked == (("domain", "dbs-verify.xyz"),)
    again = await manager.decide(report, confirm=False, actor="tg:2")
    assert not again.applied and again.status == "confirmed" and again.decided_by == "tg:1"
    assert await manager.next_report() is None
    found = await manager.find([("domain", "dbs-verify.xyz"), ("phone", "+6581234567")])
    assert found[0].entries and found[0].entries[0].source == "report"
    assert not found[1].entries  # not ticked, not blocked


async def test_concurrent_confirms_apply_exactly_once(redis_server, keys: KeyBuilder) -> None:  # type: ignore[no-untyped-def]
    clients = [connect_redis(redis_server.url) for _ in range(6)]
    try:
        report = await _report(clients[0], keys)
        decisions = await asyncio.gather(
            *(
                ListManager(c, keys).decide(
                    report,
                    confirm=i % 2 == 0,
                    actor=f"tg:{i}",
                    selected=[("domain", "dbs-verify.xyz")],
                )
                for i, c in enumerate(clients)
            )
        )
        assert sum(d.applied for d in decisions) == 1
        winner = next(d for d in decisions if d.applied)
        assert all(d.status == winner.status for d in decisions)
        confirms = [
            r
            for r in await ListManager(clients[0], keys).audit(50)
            if r.action in ("confirm", "reject")
        ]
        assert len(confirms) == 1
    finally:
        for c in clients:
            await c.aclose()


async def test_disputes_confirmed_go_on_the_allowlist(
    manager: ListManager, redis: Redis, keys: KeyBuilder
) -> None:
    report = await _report(
        redis, keys, kind="dispute", urls=("https://my-bakery.example.com/order",), phones=()
    )
    decision = await manager.decide(
        report, confirm=True, actor="tg:1", selected=[("domain", "example.com")]
    )
    assert decision.applied
    found = await manager.find([("domain", "example.com")])
    assert found[0].entries[0].list_name == "allow"


async def test_skip_moves_a_report_to_the_back(
    manager: ListManager, redis: Redis, keys: KeyBuilder
) -> None:
    first = await _report(redis, keys)
    second = await _report(redis, keys)
    await manager.skip_report(first.report_id)
    assert await manager.next_report() == second.report_id


async def test_stats_and_counters(manager: ListManager, redis: Redis, keys: KeyBuilder) -> None:
    await manager.count_reported([("phone", "+6581234567")])
    await manager.count_reported([("phone", "+6581234567")])
    found = await manager.find([("phone", "+6581234567")])
    assert found[0].reported == 2
    stats = await manager.stats()
    assert stats["today reports"] == 2 and stats["reports waiting"] == 0


async def test_imported_entries_share_one_batch_record_and_keep_provenance(
    manager: ListManager, redis: Redis, keys: KeyBuilder
) -> None:
    entries, invalid = parse(
        [f"https://phish{i}.example.net/login" for i in range(50)],
        "openphish",
        source="openphish-feed",
    )
    await manager.import_entries(entries, invalid, actor="tg:7", source="openphish-feed")
    assert await redis.hlen(keys.batches()) == 1
    store = BlocklistStore(redis, keys)
    lookups = await store.lookup([("url", "https://phish7.example.net/login")])
    entry = lookups.get("block", "url", "https://phish7.example.net/login")
    assert entry is not None and (entry.added_by, entry.source, entry.reason) == (
        "tg:7",
        "openphish-feed",
        "OpenPhish feed",
    )
    packed = await redis.hget(
        keys.entries("block", "url", "https://phish7.example.net/login"),
        "https://phish7.example.net/login",
    )
    assert packed is not None and packed.startswith("@") and len(packed) <= 10
