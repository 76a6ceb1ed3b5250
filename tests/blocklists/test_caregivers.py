"""Caregiver links (issue 14), against both store backends."""

from __future__ import annotations

from blocklists.caregivers import MAX_LINKS, CareStore
from blocklists.store import BlocklistStore


async def test_an_invitation_is_used_once(store: BlocklistStore) -> None:
    care = CareStore(store.redis, store.keys)
    token = await care.invite(1, "Mum", "zh")
    assert len(token) == 16
    invite = await care.peek_invite(token)
    assert invite is not None and (invite.citizen_id, invite.citizen_name, invite.lang) == (
        1,
        "Mum",
        "zh",
    )
    assert await care.take_invite(token) == invite
    assert await care.take_invite(token) is None
    assert await care.peek_invite(token) is None
    assert await care.peek_invite("../../etc") is None


async def test_a_request_is_confirmed_only_by_its_citizen(store: BlocklistStore) -> None:
    care = CareStore(store.redis, store.keys)
    request_id = await care.request(1, 2, "Mei", "en")
    assert await care.take_request(request_id, 3) is None  # not the citizen's
    request = await care.take_request(request_id, 1)
    assert request is not None and (request.caregiver_id, request.caregiver_name) == (2, "Mei")
    assert await care.take_request(request_id, 1) is None


async def test_links_are_many_to_many_and_either_side_unlinks(store: BlocklistStore) -> None:
    care = CareStore(store.redis, store.keys)
    assert await care.link(1, "Mum", 2, "Mei")
    assert await care.link(1, "Mum", 3, "Boy")
    assert await care.link(4, "Pa", 2, "Mei")
    assert await care.caregivers_of(1) == ([2, 3], False)
    await care.set_share_text(1, True)
    assert await care.caregivers_of(1) == ([2, 3], True)
    assert await care.links(2) == ([], [(1, "Mum"), (4, "Pa")])
    assert await care.links(1) == ([(2, "Mei"), (3, "Boy")], [])
    assert await care.unlink(1, 2)
    assert not await care.unlink(1, 2)
    assert await care.caregivers_of(1) == ([3], True)
    assert await care.links(2) == ([], [(4, "Pa")])


async def test_too_many_links_are_refused(store: BlocklistStore) -> None:
    care = CareStore(store.redis, store.keys)
    for carer in range(MAX_LINKS):
        assert await care.link(1, "Mum", 100 + carer, "C")
    assert not await care.link(1, "Mum", 999, "C")
