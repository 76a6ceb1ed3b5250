"""The campaign contract, run against the embedded store and a real redis-server.

A citizen's report of a message starts a campaign; a variant lands in it; a moderator
confirms it (blocking ticked values in the same step) or marks it genuine; every change is
audited; the engine finds campaigns in the message's one round trip and says so in findings.
"""

from __future__ import annotations

import asyncio

import pytest

from blocklists.campaigns import CampaignManager
from blocklists.moderation import ListManager
from blocklists.reports import Report, ReportQueue
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.fingerprint import fingerprint
from checkers.verdict import Submission
from tests.conftest import count_round_trips

PARCEL = (
    "SingPost: Your parcel could not be delivered because the address is incomplete. "
    "Please update your address within 24 hours at http://singpost-redeliver.top/u "
    "or your parcel will be returned to the sender. A fee of $1.99 applies."
)
VARIANT = (
    "SingPost: Your parcel could not be delivered because the address is incomplete!! "
    "Please update your address within 12 hours at https://sp-parcel-help.xyz/r?id=9 "
    "or your parcel will be returned to the sender. A fee of $2.50 applies. 📦"
)
OTHER = (
    "Hello dear, I am an investment manager with a private fund. Join our group and "
    "earn 30% a week with our trading signals, guaranteed, no risk at all."
)


def manager(store: BlocklistStore) -> CampaignManager:
    return CampaignManager(store.redis, store.keys)


async def record(store: BlocklistStore, text: str, **extra: object) -> str:
    fp = fingerprint(text)
    result = await manager(store).record(
        fp.bands,
        fp.signature,
        actor=str(extra.pop("actor", "tester")),
        source="test",
        **extra,  # type: ignore[arg-type]
    )
    return result.campaign_id


async def test_first_reports_at_the_same_moment_start_one_campaign(
    store: BlocklistStore,
) -> None:
    # Three citizens report variants of one new wave at once (three bot replicas): each
    # sees no campaign yet, but only one may start it; the others land in it.
    ids = await asyncio.gather(
        record(store, PARCEL, reporter=1),
        record(store, VARIANT, reporter=2),
        record(store, PARCEL + " Thank you.", reporter=3),
    )
    assert len(set(ids)) == 1
    campaign = await manager(store).get(ids[0])
    assert campaign is not None and (campaign.reports, campaign.reporters) == (3, 3)
    assert [c.campaign_id for c in await manager(store).largest()] == [ids[0]]


async def test_a_variant_lands_in_the_campaign_of_its_message(store: BlocklistStore) -> None:
    first = await record(store, PARCEL, reporter=1, links=["http://singpost-redeliver.top/u"])
    second = await record(store, VARIANT, reporter=2, links=["https://sp-parcel-help.xyz/r?id=9"])
    third = await record(store, OTHER, reporter=3)
    assert first == second != third
    campaign = await manager(store).get(first)
    assert campaign is not None
    assert (campaign.status, campaign.reports, campaign.reporters) == ("reported", 2, 2)
    assert campaign.links == (
        "http://singpost-redeliver.top/u",
        "https://sp-parcel-help.xyz/r?id=9",
    )
    largest = await manager(store).largest()
    assert [c.campaign_id for c in largest] == [first, third]


async def test_the_same_citizen_counts_once_as_a_reporter(store: BlocklistStore) -> None:
    cid = await record(store, PARCEL, reporter=7)
    await record(store, VARIANT, reporter=7)
    campaign = await manager(store).get(cid)
    assert campaign is not None and (campaign.reports, campaign.reporters) == (2, 1)


async def test_a_report_filed_twice_counts_once(store: BlocklistStore) -> None:
    # A transaction whose reply timed out ran all the same, and redis-py retries it as a
    # WatchError: the report must not be filed a second time.
    cid = await record(store, PARCEL, reporter=5, report_id="r-1")
    again = await record(store, PARCEL, reporter=5, report_id="r-1")
    campaign = await manager(store).get(cid)
    assert again == cid and campaign is not None and campaign.reports == 1
    assert await store.redis.lrange(store.keys.campaign_reports(cid), 0, -1) == ["r-1"]


async def test_too_short_a_message_cannot_start_a_campaign(store: BlocklistStore) -> None:
    with pytest.raises(ValueError, match="too short"):
        await record(store, "call me")


async def test_confirming_blocks_ticked_values_settles_reports_and_is_audited(
    store: BlocklistStore,
) -> None:
    queue = ReportQueue(store.redis, store.keys)
    report_id = await queue.submit(
        Report("report", 5, 5, "suspicious", (), urls=("http://singpost-redeliver.top/u",))
    )
    cid = await record(store, PARCEL, reporter=5, report_id=report_id, with_text=True)
    decision = await manager(store).decide(
        cid, confirm=True, actor="mod:1", block=[("domain", "singpost-redeliver.top")]
    )
    assert decision.applied and decision.reports == (report_id,)
    lookups = await store.lookup([("domain", "singpost-redeliver.top")])
    assert lookups.get("block", "domain", "singpost-redeliver.top") is not None
    report = await queue.get(report_id)
    assert report is not None and report.status == "confirmed"
    assert await queue.pending() == 0
    campaign = await manager(store).get(cid)
    assert campaign is not None
    assert (campaign.status, campaign.decided_by, campaign.sample) == (
        "confirmed",
        "mod:1",
        report_id,
    )
    actions = [(r.action, r.value) for r in await ListManager(store.redis, store.keys).audit()]
    assert ("confirm", cid) in actions and ("campaign", cid) in actions
    assert ("block", "singpost-redeliver.top") in actions
    assert (await manager(store).decide("999", confirm=True, actor="m")).status == "missing"


async def test_the_engine_says_a_confirmed_campaign_is_a_scam_in_one_round_trip(
    store: BlocklistStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = await record(store, PARCEL, reporter=1)
    await manager(store).decide(cid, confirm=True, actor="mod:1")
    engine = Engine(store)
    calls = count_round_trips(store, monkeypatch)
    verdict = await engine.check(Submission(text=VARIANT))
    assert verdict.level == "scam"
    hit = next(f for f in verdict.findings if f.code == "CMP001")
    assert hit.evidence == f"#{cid}" and hit.reason.endswith(": 1.")
    # One round trip: lists and campaigns together, the match counted in the same call.
    assert len(calls) == 1
    calls.clear()
    plain = await engine.check(Submission(text=OTHER))
    assert not [f for f in plain.findings if f.code.startswith("CMP")]
    assert len(calls) == 1  # no match: nothing counted, nothing kept
    campaign = await manager(store).get(cid)
    assert campaign is not None and campaign.seen == 1
    fp = fingerprint(VARIANT)
    hit = await manager(store).match(fp.bands, fp.signature)  # a moderator's look: not counted
    assert hit is not None and hit.campaign_id == cid and hit.likeness >= 0.3
    campaign = await manager(store).get(cid)
    assert campaign is not None and campaign.seen == 1


async def test_reports_by_several_citizens_and_genuine_campaigns(store: BlocklistStore) -> None:
    engine = Engine(store)
    cid = await record(store, PARCEL, reporter=1)
    verdict = await engine.check(Submission(text=VARIANT))
    assert not [f for f in verdict.findings if f.code.startswith("CMP")]
    await record(store, PARCEL, reporter=2)
    await record(store, VARIANT, reporter=3)
    verdict = await engine.check(Submission(text=VARIANT))
    assert [f.code for f in verdict.findings if f.code.startswith("CMP")] == ["CMP002"]
    assert "3 people" in next(f.reason for f in verdict.findings if f.code == "CMP002")
    await manager(store).decide(cid, confirm=False, actor="mod:2")
    verdict = await engine.check(Submission(text=VARIANT))
    cmp = [f for f in verdict.findings if f.code.startswith("CMP")]
    assert [f.code for f in cmp] == ["CMP003"]


async def test_a_store_with_hundreds_of_campaigns_matches_only_the_right_one(
    store: BlocklistStore,
) -> None:
    from tests.checkers.test_fingerprint import scam_texts

    texts = [t for lang in ("en", "zh") for t in scam_texts(lang) if fingerprint(t)]
    ids = [await record(store, t, actor="import") for t in texts]
    assert len(set(ids)) >= 0.9 * len(texts)
    engine = Engine(store)
    verdict = await engine.check(Submission(text=PARCEL))
    assert not [f for f in verdict.findings if f.code.startswith("CMP")]


async def test_export_then_import_restores_campaigns_exactly(store: BlocklistStore) -> None:
    from blocklists.campaign_files import CampaignFiles

    first = await record(store, PARCEL, reporter=1, links=["http://singpost-redeliver.top/u"])
    await record(store, VARIANT, reporter=2)
    other = await record(store, OTHER, actor="import")
    await manager(store).decide(first, confirm=True, actor="mod:1")
    files = CampaignFiles(manager(store))
    exported = await files.export()
    assert {r.campaign_id for r in exported} == {first, other}
    assert all(len(r.bands) == 12 for r in exported)
    again = await files.import_records(exported, actor="restore", source="backup")
    assert (again.added, again.present) == (0, 2)  # already here: nothing written twice
    keys = [k async for k in store.redis.scan_iter(match=store.keys.prefix + "*")]
    # Every campaign key, the id counter too: a restore into a fresh store.
    await store.redis.delete(*[k for k in keys if ":campaign" in k or ":cband:" in k])
    assert await manager(store).get(first) is None
    restored = await files.import_records(exported, actor="restore", source="backup")
    assert (restored.added, restored.present) == (2, 0)
    assert sorted(await files.export(), key=lambda r: r.campaign_id) == sorted(
        exported, key=lambda r: r.campaign_id
    )
    engine = Engine(store)
    verdict = await engine.check(Submission(text=VARIANT))
    assert "CMP001" in [f.code for f in verdict.findings]
    # A restored id is never handed out again.
    newer = await record(
        store,
        "Congratulations! Your mobile number won the lucky draw of the year. To receive "
        "the prize, reply with your full name, address and bank account number today.",
    )
    assert int(newer) > max(int(first), int(other))
    audit = await ListManager(store.redis, store.keys).audit(3)
    assert any(r.action == "import" and "2 campaigns written" in r.detail for r in audit)
