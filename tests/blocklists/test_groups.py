"""The group guardian's store (issue 14), against both store backends."""

from __future__ import annotations

from blocklists.groups import GroupStore
from blocklists.store import BlocklistStore


async def test_a_group_is_guarded_until_its_admins_say_otherwise(store: BlocklistStore) -> None:
    groups = GroupStore(store.redis, store.keys)
    assert await groups.settings(-1) == ("on", None)
    await groups.set_mode(-1, "strict", "zh")
    assert await groups.settings(-1) == ("strict", "zh")
    state = await groups.admit(-1)
    assert (state.mode, state.lang, state.within_budget) == ("strict", "zh", True)
    assert await groups.settings(-2) == ("on", None)  # another group is unaffected


async def test_budgets_per_group_and_window(store: BlocklistStore) -> None:
    now = [1_000_000.0]
    groups = GroupStore(
        store.redis, store.keys, check_limit=3, warn_limit=1, window=60, clock=lambda: now[0]
    )
    admitted = [(await groups.admit(-5)).within_budget for _ in range(5)]
    assert admitted == [True, True, True, False, False]
    assert (await groups.admit(-6)).within_budget
    assert [await groups.may_warn(-5) for _ in range(3)] == [True, False, False]
    now[0] += 60
    assert (await groups.admit(-5)).within_budget
    assert await groups.may_warn(-5)


async def test_shared_cards_round_trip_and_bad_ids(store: BlocklistStore) -> None:
    groups = GroupStore(store.redis, store.keys)
    card_id = await groups.save_card({"level": "scam", "findings": []})
    assert await groups.load_card(card_id) == {"level": "scam", "findings": []}
    assert await groups.load_card("") is None
    assert await groups.load_card("x" * 40) is None
    assert await groups.load_card("nope") is None
