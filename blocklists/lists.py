"""The lists' entries: put, delete and find a value, each change audited in its transaction."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from blocklists.audit import Action, AuditRecord, write_audit
from blocklists.base import RedisBacked
from blocklists.connection import guarded
from blocklists.keys import KeyBuilder, ListName
from blocklists.lookups import LIST_NAMES, Entry, day
from blocklists.normalize import Kind
from blocklists.store import BlocklistStore

_DURATION = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_duration(text: str) -> float | None:
    """``30d`` → seconds (``m``, ``h``, ``d``, ``w``); ``None`` when it is not a duration."""
    text = text.strip().lower()
    if len(text) < 2 or not text[:-1].isdigit() or text[-1] not in _DURATION:
        return None
    amount = int(text[:-1])
    if not 0 < amount <= 10_000:
        return None
    return float(amount * _DURATION[text[-1]])


@dataclass(frozen=True, slots=True)
class Found:
    """Where a value stands: its entries and how often citizens checked and reported it."""

    kind: Kind
    value: str
    entries: tuple[Entry, ...]
    checked: int
    reported: int


def write_entry(pipe: Any, keys: KeyBuilder, entry: Entry, record: AuditRecord) -> None:
    """Put one entry on its list with its audit record, inside the caller's transaction."""
    pipe.hset(keys.entries(entry.list_name, entry.kind, entry.value), entry.value, entry.pack())
    pipe.incr(keys.lists_version())
    write_audit(pipe, keys, record)


def write_decided(
    pipe: Any,
    keys: KeyBuilder,
    list_name: ListName,
    values: Iterable[tuple[Kind, str]],
    reason: str,
    source: str,
    actor: str,
    now: float,
) -> None:
    """Put the values a decision listed on ``list_name``, inside the caller's transaction."""
    for kind, value in values:
        entry = Entry(list_name, kind, value, reason, source, actor, now)
        write_entry(
            pipe, keys, entry, AuditRecord(now, actor, list_name, list_name, kind, value, reason)
        )


class OnTheLists(RedisBacked):
    """A part of the store that reads the lists' entries (through the store's batch cache)."""

    def __init__(self, redis: Redis, keys: KeyBuilder | None = None) -> None:
        super().__init__(redis, keys)
        self.store = BlocklistStore(redis, self.keys)


@guarded
class ListEdits(OnTheLists):
    """Block, allow, unblock and unallow one value; find every list a value is on."""

    async def put(
        self,
        list_name: ListName,
        kind: Kind,
        value: str,
        *,
        actor: str,
        reason: str = "",
        source: str = "moderator",
        expires_at: float | None = None,
    ) -> bool:
        """Add or replace one entry (``value`` already normalised); returns whether it was new."""
        now = time.time()
        entry = Entry(list_name, kind, value, reason, source, actor, now, expires_at)
        action: Action = "block" if list_name == "block" else "allow"
        detail = f"expires {day(expires_at)}" if expires_at else ""
        async with self.redis.pipeline(transaction=True) as pipe:
            record = AuditRecord(now, actor, action, list_name, kind, value, reason, detail)
            write_entry(pipe, self.keys, entry, record)
            added, _, _ = await pipe.execute()
        return bool(added)

    async def delete(
        self, list_name: ListName, kind: Kind, value: str, *, actor: str, reason: str = ""
    ) -> bool:
        """Remove one entry; returns whether it was there. Audited either way."""
        action: Action = "unblock" if list_name == "block" else "unallow"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hdel(self.keys.entries(list_name, kind, value), value)
            pipe.incr(self.keys.lists_version())
            record = AuditRecord(time.time(), actor, action, list_name, kind, value, reason)
            write_audit(pipe, self.keys, record)
            removed, _, _ = await pipe.execute()
        return bool(removed)

    async def find(self, candidates: Iterable[tuple[Kind, str]]) -> list[Found]:
        """Every list each (kind, normalised value) is on, with check and report counts."""
        pairs = list(dict.fromkeys(candidates))
        if not pairs:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for kind, value in pairs:
                for list_name in LIST_NAMES:
                    pipe.hget(self.keys.entries(list_name, kind, value), value)
                pipe.hget(self.keys.counter("checked", kind), value)
                pipe.hget(self.keys.counter("reported", kind), value)
            replies = await pipe.execute()
        step = len(LIST_NAMES) + 2
        listed = [
            str(packed)
            for index in range(len(pairs))
            for packed in replies[index * step : index * step + len(LIST_NAMES)]
            if packed is not None
        ]
        batches = await self.store.batches_of(listed)
        found: list[Found] = []
        for index, (kind, value) in enumerate(pairs):
            chunk = replies[index * step : (index + 1) * step]
            entries = tuple(
                Entry.unpack(list_name, kind, value, str(packed), batches)
                for list_name, packed in zip(LIST_NAMES, chunk, strict=False)
                if packed is not None
            )
            found.append(Found(kind, value, entries, int(chunk[-2] or 0), int(chunk[-1] or 0)))
        return found
