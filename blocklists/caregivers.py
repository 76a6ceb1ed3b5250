"""Caregiver links: a citizen lets family members get a short copy of their 🔴 verdicts.

A citizen makes a one-time invitation (expiring); the family member accepts it; the citizen
confirms; then the two are linked until either side unlinks. Many-to-many. Stored: the two
user ids, each side's first name (to show whom one is linked to) and whether the citizen lets
the message text be shared. No message text is ever stored here.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Final

from blocklists.base import RedisBacked
from blocklists.connection import guarded

INVITE_TTL: Final = 24 * 3600
REQUEST_TTL: Final = 24 * 3600
MAX_LINKS: Final = 10
MAX_NAME: Final = 64


@dataclass(frozen=True, slots=True)
class Invite:
    """A citizen's invitation to look out for them."""

    citizen_id: int
    citizen_name: str
    lang: str


@dataclass(frozen=True, slots=True)
class Request:
    """A family member's acceptance, waiting for the citizen's confirmation."""

    citizen_id: int
    caregiver_id: int
    caregiver_name: str
    lang: str


@guarded
class CareStore(RedisBacked):
    """Invitations, confirmations and links between citizens and their caregivers."""

    async def invite(self, citizen_id: int, name: str, lang: str) -> str:
        """A new one-time invitation; returns its token (URL-safe, 16 characters)."""
        token = secrets.token_urlsafe(12)
        data = {"c": citizen_id, "n": name[:MAX_NAME], "l": lang}
        await self.redis.set(self.keys.care_invite(token), json.dumps(data), ex=INVITE_TTL)
        return token

    async def peek_invite(self, token: str) -> Invite | None:
        """The invitation, still unused, or ``None``."""
        if not _plausible(token):
            return None
        return _invite(await self.redis.get(self.keys.care_invite(token)))

    async def take_invite(self, token: str) -> Invite | None:
        """Use the invitation up (atomically: only one family member can take it)."""
        if not _plausible(token):
            return None
        return _invite(await self.redis.getdel(self.keys.care_invite(token)))

    async def request(self, citizen_id: int, caregiver_id: int, name: str, lang: str) -> str:
        """Ask the citizen to confirm a caregiver; returns the request's id."""
        request_id = secrets.token_urlsafe(9)
        data = {"c": citizen_id, "g": caregiver_id, "n": name[:MAX_NAME], "l": lang}
        await self.redis.set(self.keys.care_request(request_id), json.dumps(data), ex=REQUEST_TTL)
        return request_id

    async def take_request(self, request_id: str, citizen_id: int) -> Request | None:
        """The request, if it exists and is the citizen's own (then it is used up)."""
        if not _plausible(request_id):
            return None
        key = self.keys.care_request(request_id)
        packed = await self.redis.get(key)
        if not packed:
            return None
        data = json.loads(packed)
        if int(data["c"]) != citizen_id or not await self.redis.delete(key):
            return None
        return Request(int(data["c"]), int(data["g"]), str(data["n"]), str(data["l"]))

    async def link(
        self, citizen_id: int, citizen_name: str, caregiver_id: int, caregiver_name: str
    ) -> bool:
        """Link a citizen and a caregiver; ``False`` when either side has too many links."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.scard(self.keys.caregivers(citizen_id))
            pipe.scard(self.keys.cared_for(caregiver_id))
            mine, theirs = await pipe.execute()
        if int(mine) >= MAX_LINKS or int(theirs) >= MAX_LINKS:
            return False
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.sadd(self.keys.caregivers(citizen_id), str(caregiver_id))
            pipe.sadd(self.keys.cared_for(caregiver_id), str(citizen_id))
            pipe.hset(
                self.keys.care_names(),
                mapping={
                    str(citizen_id): citizen_name[:MAX_NAME],
                    str(caregiver_id): caregiver_name[:MAX_NAME],
                },
            )
            await pipe.execute()
        return True

    async def unlink(self, citizen_id: int, caregiver_id: int) -> bool:
        """End a link (either side may); ``False`` when there was none."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.srem(self.keys.caregivers(citizen_id), str(caregiver_id))
            pipe.srem(self.keys.cared_for(caregiver_id), str(citizen_id))
            removed, _ = await pipe.execute()
        return bool(removed)

    async def links(self, user_id: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(who looks out for this user, whom this user looks out for), each with names."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.smembers(self.keys.caregivers(user_id))
            pipe.smembers(self.keys.cared_for(user_id))
            carers, cared = await pipe.execute()
        ids = sorted({int(x) for x in carers} | {int(x) for x in cared})
        names = (
            await self.redis.hmget(self.keys.care_names(), [str(i) for i in ids]) if ids else []
        )
        name_of = {i: str(n or "") for i, n in zip(ids, names, strict=True)}
        return (
            [(int(x), name_of[int(x)]) for x in sorted(carers, key=int)],
            [(int(x), name_of[int(x)]) for x in sorted(cared, key=int)],
        )

    async def caregivers_of(self, citizen_id: int) -> tuple[list[int], bool]:
        """A citizen's caregivers and whether the message text may be shared, in one trip."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.smembers(self.keys.caregivers(citizen_id))
            pipe.hget(self.keys.care_share_text(), str(citizen_id))
            carers, share = await pipe.execute()
        return sorted(int(x) for x in carers), share == "1"

    async def name(self, user_id: int) -> str:
        """The first name kept for a linked user ("" when none)."""
        value = await self.redis.hget(self.keys.care_names(), str(user_id))
        return str(value) if value else ""

    async def shares_text(self, citizen_id: int) -> bool:
        """Whether the citizen lets caregivers see the text of a 🔴 message."""
        return await self.redis.hget(self.keys.care_share_text(), str(citizen_id)) == "1"

    async def set_share_text(self, citizen_id: int, share: bool) -> None:
        """Turn sharing of the message text on or off."""
        if share:
            await self.redis.hset(self.keys.care_share_text(), str(citizen_id), "1")
        else:
            await self.redis.hdel(self.keys.care_share_text(), str(citizen_id))


def _plausible(token: str) -> bool:
    return 0 < len(token) <= 32 and all(c.isalnum() or c in "-_" for c in token)


def _invite(packed: object) -> Invite | None:
    if not packed:
        return None
    data = json.loads(str(packed))
    return Invite(int(data["c"]), str(data["n"]), str(data["l"]))
