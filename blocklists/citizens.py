"""What the bot keeps about citizens: their language, recent checks, forwarded batches.

No message text is ever stored here. A check record holds the verdict's level, codes and
indicators (links, numbers, handles) for two days, so the card's buttons (report, dispute,
warn) work on any replica; a batch holds the verdicts of messages forwarded together for a
few seconds, until one combined card is sent.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Final

from redis.exceptions import WatchError

from blocklists.base import RedisBacked
from blocklists.connection import guarded
from blocklists.counters import count_today

CHECK_TTL: Final = 2 * 24 * 3600
BATCH_TTL: Final = 30


@dataclass(frozen=True, slots=True)
class Flagged:
    """What a check found in a citizen's message: whose, the verdict and the indicators.

    A check record keeps it for the card's buttons; a report carries it to the moderators.
    """

    user_id: int
    chat_id: int
    level: str
    codes: tuple[str, ...]
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckRecord(Flagged):
    """The parts of a verdict a card's buttons need later."""

    lang: str = "en"
    created: float = field(default_factory=time.time)

    def pack(self) -> str:
        """Compact JSON."""
        return json.dumps(
            {
                "u": self.user_id,
                "c": self.chat_id,
                "l": self.level,
                "k": list(self.codes),
                "url": list(self.urls),
                "ph": list(self.phones),
                "h": list(self.handles),
                "lang": self.lang,
                "t": int(self.created),
            },
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def unpack(cls, packed: str) -> CheckRecord:
        """The inverse of :meth:`pack`."""
        data: dict[str, Any] = json.loads(packed)
        return cls(
            user_id=int(data["u"]),
            chat_id=int(data["c"]),
            level=str(data["l"]),
            codes=tuple(data.get("k", ())),
            urls=tuple(data.get("url", ())),
            phones=tuple(data.get("ph", ())),
            handles=tuple(data.get("h", ())),
            lang=str(data.get("lang", "en")),
            created=float(data.get("t", 0)),
        )

    @property
    def has_indicators(self) -> bool:
        """Whether there is anything a moderator could block."""
        return bool(self.urls or self.phones or self.handles)


@guarded
class CitizenStore(RedisBacked):
    """Languages, recent checks and forward batches, in Redis."""

    async def language(self, user_id: int) -> str | None:
        """The language a citizen chose, if they chose one."""
        value = await self.redis.hget(self.keys.languages(), str(user_id))
        return str(value) if value else None

    async def set_language(self, user_id: int, lang: str) -> None:
        """Remember a citizen's language."""
        await self.redis.hset(self.keys.languages(), str(user_id), lang)

    async def save_check(self, record: CheckRecord) -> str:
        """Keep a check record for the card's buttons; returns its short id."""
        return (await self.remember(record))[1]

    async def remember(self, record: CheckRecord) -> tuple[str | None, str]:
        """Keep a check record and read the citizen's language, in one round trip.

        Returns (the language they chose or ``None``, the record's short id).
        """
        check_id = secrets.token_urlsafe(6)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hget(self.keys.languages(), str(record.user_id))
            pipe.set(self.keys.check(check_id), record.pack(), ex=CHECK_TTL)
            count_today(pipe, self.keys, f"checks {record.level}")
            lang, *_ = await pipe.execute()
        return (str(lang) if lang else None), check_id

    async def load_check(self, check_id: str) -> CheckRecord | None:
        """A check record, or ``None`` when it expired or never existed."""
        if not check_id or len(check_id) > 16:
            return None
        packed = await self.redis.get(self.keys.check(check_id))
        return CheckRecord.unpack(str(packed)) if packed else None

    async def batch_join(self, chat_id: int, marker: str) -> None:
        """A message of a batch arrived: it is the newest, and pending until its verdict is added.

        Called before the message is checked, so that the order of arrival decides who answers
        however long each check takes (a Chinese screenshot takes longer than an English one).
        """
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(self.keys.batch_pending(chat_id))
            pipe.expire(self.keys.batch_pending(chat_id), BATCH_TTL)
            pipe.set(self.keys.batch_last(chat_id), marker, ex=BATCH_TTL)
            await pipe.execute()

    async def batch_add(self, chat_id: int, marker: str, state: dict[str, Any] | None) -> None:
        """Add one joined message's verdict to its chat's batch (``None``: it had none)."""
        del marker  # the newest was decided on arrival (batch_join)
        async with self.redis.pipeline(transaction=True) as pipe:
            if state is not None:
                pipe.rpush(self.keys.batch(chat_id), json.dumps(state, ensure_ascii=False))
                pipe.expire(self.keys.batch(chat_id), BATCH_TTL)
            pipe.decr(self.keys.batch_pending(chat_id))
            await pipe.execute()

    async def batch_waiting(self, chat_id: int, marker: str) -> bool:
        """Whether ``marker`` is the newest message of the batch and others are still checked."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.get(self.keys.batch_last(chat_id))
            pipe.get(self.keys.batch_pending(chat_id))
            last, pending = await pipe.execute()
        return bool(last == marker and int(pending or 0) > 0)

    async def batch_take(self, chat_id: int, marker: str) -> list[dict[str, Any]] | None:
        """All verdicts of the batch, if ``marker`` is still the newest; else ``None``.

        Atomic (WATCH/MULTI): when several replicas race, exactly one takes the batch.
        """
        last_key, list_key = self.keys.batch_last(chat_id), self.keys.batch(chat_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(last_key)
                if await pipe.get(last_key) != marker:
                    return None
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.lrange(list_key, 0, -1)
                pipe.delete(list_key, last_key, self.keys.batch_pending(chat_id))
                items, _ = await pipe.execute()
            except WatchError:
                return None
        return [json.loads(item) for item in items]
