"""The campaign band filter: a copy in each process says which messages need no round trip.

Run against the embedded store and a real redis-server. What must hold: a band a campaign
holds is never said absent (by a current copy, or by a copy that is not current: it says
"maybe"); a copy follows writes of this process at once and of others within MAX_AGE, through
the lookups it makes anyway; a cut log or an emptied store makes it load again; a store whose
bands predate the filter gets it built from the band buckets.
"""

from __future__ import annotations

import asyncio
import random

import pytest

import blocklists.bandfilter as bf
import blocklists.campaigns as campaigns
from blocklists.bandfilter import BITS, CHUNK_BITS, BandFilter, bitmap_of, positions
from blocklists.campaign import band_place
from blocklists.campaigns import CampaignManager
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
    "Please update your address within 12 hours or your parcel will be returned to the "
    "sender. A fee of $2.50 applies. 📦"
)
EVERYDAY = (
    "Hi all, the class photo day is moved to next Thursday morning, please remind the "
    "children to wear their full school uniform and bring a comb."
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def loaded(store: BlocklistStore, clock: Clock | None = None) -> BandFilter:
    """The store's copy, built in Redis and loaded (as the bot has it after start-up)."""
    await store.ensure_band_filter()
    if clock is not None:  # a test clock, for MAX_AGE
        store.band_filter = BandFilter(store.redis, store.keys, clock=clock)
    copy = store.band_filter
    await copy.load()
    return copy


async def test_python_and_lua_set_the_same_bits(store: BlocklistStore) -> None:
    rnd = random.Random(5)
    bands = [rnd.getrandbits(45) for _ in range(40)] + [0, (1 << 45) - 1]
    await store.ensure_band_filter()
    async with store.redis.pipeline(transaction=True) as pipe:
        bf.add_bands(pipe, store.keys, bands)
        await pipe.execute()
    copy = await loaded(store)
    assert copy._bits == bitmap_of(bands)  # the whole bitmap, bit for bit
    assert all(0 <= bit < BITS for band in bands for bit in positions(band))
    assert len({bit // CHUNK_BITS for band in bands for bit in positions(band)}) > 1


async def test_a_current_copy_says_absent_only_for_bands_no_campaign_holds(
    store: BlocklistStore,
) -> None:
    await CampaignManager(store.redis, store.keys).record(*_fp(PARCEL), actor="t", source="test")
    copy = await loaded(store)
    assert copy.may_hold(fingerprint(PARCEL).bands)
    assert copy.may_hold(fingerprint(VARIANT).bands)  # a variant shares bands
    assert not copy.may_hold(fingerprint(EVERYDAY).bands)
    # Random bands: the filter holds 12 bands, so practically none reads as present.
    rnd = random.Random(1)
    assert sum(copy.may_hold([rnd.getrandbits(45)]) for _ in range(2000)) == 0


async def test_until_loaded_or_when_stale_every_band_may_be_held(store: BlocklistStore) -> None:
    clock = Clock()
    copy = BandFilter(store.redis, store.keys, clock=clock)
    assert copy.may_hold(fingerprint(EVERYDAY).bands)  # nothing loaded: ask Redis
    await copy.close()
    copy = await loaded(store, clock)
    assert not copy.may_hold(fingerprint(EVERYDAY).bands)
    clock.now += bf.MAX_AGE * 2
    assert copy.may_hold(fingerprint(EVERYDAY).bands)  # no news for too long: ask Redis


async def test_a_store_never_built_keeps_every_lookup_exact(store: BlocklistStore) -> None:
    copy = store.band_filter
    await copy.load()  # no filter in Redis: the copy stays unloaded
    assert copy.counter == ""
    assert copy.may_hold(fingerprint(EVERYDAY).bands)


async def test_another_process_write_reaches_the_copy_through_a_lookup(
    store: BlocklistStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    copy = await loaded(store, clock)
    bands = fingerprint(PARCEL).bands
    assert not copy.may_hold(bands)
    # Another replica records the campaign: its writes are not this process's.
    monkeypatch.setattr(campaigns, "note_local_write", lambda: None)
    await CampaignManager(store.redis, store.keys).record(
        *_fp(PARCEL), actor="other", source="test"
    )
    assert not copy.may_hold(bands)  # not known yet, within MAX_AGE
    clock.now += bf.MAX_AGE * 2
    assert copy.may_hold(bands)  # stale: the next message asks Redis...
    await store.lookup((), bands, fingerprint(PARCEL).signature)
    assert copy.may_hold(bands)  # ...and the reply brought the new bands
    assert not copy.may_hold(fingerprint(EVERYDAY).bands)


async def test_this_process_write_is_known_at_once(store: BlocklistStore) -> None:
    copy = await loaded(store)
    bands = fingerprint(PARCEL).bands
    await CampaignManager(store.redis, store.keys).record(*_fp(PARCEL), actor="me", source="test")
    assert copy.may_hold(bands)  # a local write: ask Redis before trusting the copy
    await store.lookup((), bands, fingerprint(PARCEL).signature)
    assert copy.may_hold(bands)
    assert not copy.may_hold(fingerprint(EVERYDAY).bands)


async def test_a_cut_log_or_a_rebuilt_filter_makes_the_copy_load_again(
    store: BlocklistStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    copy = await loaded(store, clock)
    monkeypatch.setattr(campaigns, "note_local_write", lambda: None)
    await CampaignManager(store.redis, store.keys).record(
        *_fp(PARCEL), actor="other", source="test"
    )
    await store.redis.delete(store.keys.campaign_filter_log())  # the log was cut
    clock.now += bf.MAX_AGE * 2
    await store.lookup((), fingerprint(PARCEL).bands, fingerprint(PARCEL).signature)
    assert copy.counter == ""  # it knows it missed something
    await copy.load()
    assert copy.may_hold(fingerprint(PARCEL).bands)
    assert not copy.may_hold(fingerprint(EVERYDAY).bands)


async def test_bands_written_before_the_filter_are_built_into_it(
    store: BlocklistStore,
) -> None:
    # Campaigns of a store from before the filter: bands in the buckets only.
    bands = fingerprint(PARCEL).bands
    async with store.redis.pipeline(transaction=True) as pipe:
        for band in bands:
            index, field = band_place(band)
            pipe.hsetnx(store.keys.campaign_bands(index), field, "1")
        await pipe.execute()
    assert await store.ensure_band_filter()
    assert not await store.ensure_band_filter()  # once
    copy = await loaded(store)
    assert copy.may_hold(bands)
    assert not copy.may_hold(fingerprint(EVERYDAY).bands)


async def test_the_engine_skips_the_round_trip_only_when_nothing_can_match(
    store: BlocklistStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = CampaignManager(store.redis, store.keys)
    recorded = await manager.record(*_fp(PARCEL), actor="t", source="test", status="confirmed")
    engine = Engine(store)
    await loaded(store, Clock())  # its clock stands still: the copy stays current
    await engine.check(Submission(text="warm up: load the lexicons and models first"))
    trips = count_round_trips(store, monkeypatch)
    verdict = await engine.check(Submission(text=EVERYDAY))
    assert verdict.failures == () and sum(trips) == 0  # no link, number or campaign
    verdict = await engine.check(Submission(text=VARIANT))
    assert sum(trips) == 1
    assert any(f.code == "CMP001" for f in verdict.findings), verdict.findings
    campaign = await manager.get(recorded.campaign_id)
    assert campaign is not None and campaign.seen == 1


async def test_with_redis_gone_a_stale_copy_still_reports_the_lists_failure(
    store: BlocklistStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    await loaded(store, clock)
    engine = Engine(store)
    await engine.check(Submission(text="warm up: load the lexicons and models first"))

    async def gone(*_: object) -> object:
        raise ConnectionError("gone")

    monkeypatch.setattr(store, "_lookup_script", gone)
    clock.now += bf.MAX_AGE * 2
    verdict = await engine.check(Submission(text=EVERYDAY))
    assert [f.checker for f in verdict.failures] == ["lists"]


def _fp(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    fp = fingerprint(text)
    return fp.bands, fp.signature


async def test_a_started_copy_builds_a_missing_filter_and_loads_it(store: BlocklistStore) -> None:
    bands = fingerprint(PARCEL).bands
    async with store.redis.pipeline(transaction=True) as pipe:
        for band in bands:
            index, field = band_place(band)
            pipe.hsetnx(store.keys.campaign_bands(index), field, "1")
        await pipe.execute()
    copy = store.band_filter
    copy.start()  # as open_store does: in the background
    for _ in range(500):
        if copy.counter:
            break
        await asyncio.sleep(0.01)
    assert copy.counter != ""
    assert await store.redis.exists(store.keys.campaign_filter_counter())
    assert copy.may_hold(bands)
    assert not copy.may_hold(fingerprint(EVERYDAY).bands)
