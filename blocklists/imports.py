"""Imports and exports of the lists: all or nothing in, everything with provenance out.

An import lands in one MULTI/EXEC or not at all (see :meth:`ListFiles._commit_import`), with
one audit record; an export is what an import restores exactly.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from redis.exceptions import WatchError

from blocklists.audit import AuditRecord, write_audit
from blocklists.connection import STORE_ERRORS, guarded
from blocklists.feeds import Invalid
from blocklists.keys import BUCKETS, ListName
from blocklists.lists import OnTheLists
from blocklists.lookups import LIST_NAMES, Batch, Entry
from blocklists.normalize import KINDS, Kind

IMPORT_CHUNK: Final = 1000
MAX_BATCHES: Final = 1000
MAX_PACKED: Final = 50_000
STAGE_TTL: Final = 3600
# About a thousand entries a script call keeps Redis busy for ~3 ms at a time, and a few
# calls a round trip keep the round trips few: lookups wait at most ~10 ms during an import.
STAGE_ENTRIES: Final = 1000
STAGE_CALLS: Final = 4

# Stages buckets of an import inside Redis. KEYS: bucket, staging key, bucket, staging key...;
# ARGV[1]: the staging keys' time to live; ARGV[1 + i]: the i-th bucket's new entries as one
# string, field and value each ended by a line feed (neither ever holds one: see _group). One
# argument a bucket instead of two an entry: encoding a command's arguments is most of a
# client's cost of writing, so this is what makes an import faster than plain pipelined
# HSETs. The bucket is copied (COPY is a memory copy for a listpack) and the entries are added
# to the copy; the reply is how many fields were new.
_STAGE_SCRIPT: Final = """
local added, ttl = 0, ARGV[1]
for i = 1, #KEYS, 2 do
  local target = KEYS[i + 1]
  redis.call('COPY', KEYS[i], target, 'REPLACE')
  local fields, n = {}, 0
  for field in string.gmatch(ARGV[(i + 1) / 2 + 1], '([^\\n]*)\\n') do
    n = n + 1
    fields[n] = field
    if n == 1000 then
      added = added + redis.call('HSET', target, unpack(fields, 1, n))
      n = 0
    end
  end
  if n > 0 then
    added = added + redis.call('HSET', target, unpack(fields, 1, n))
  end
  redis.call('EXPIRE', target, ttl)
end
return added
"""


def _blob(group: dict[str, str]) -> str:
    """One bucket's entries for ``_STAGE_SCRIPT``, checked for line feeds in values."""
    blob = "".join(group.values())
    if blob.count("\n") != 2 * len(group):
        bad = next((value for value in group if "\n" in value), "")
        raise ValueError(f"a list value holds a line feed: {bad!r}")
    return blob


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did."""

    added: int
    present: int
    invalid: tuple[Invalid, ...] = field(default=())


@guarded
class ListFiles(OnTheLists):
    """Import entries (all or nothing, audited) and export every entry of every list."""

    async def import_entries(
        self, parsed: Iterable[Entry], invalid: Iterable[Invalid], *, actor: str, source: str
    ) -> ImportResult:
        """Write every parsed entry in one transaction (all or nothing) and audit the import.

        Entries keep their own provenance when they carry it (a restored export); otherwise the
        importing actor, ``source`` and now. Entries sharing a provenance are written as a
        reference to one batch record (see :meth:`Entry.pack`).
        """
        now = float(int(time.time()))
        # Grouping a million entries takes a while: in a thread, so that the event loop (the
        # bot answering citizens) keeps running meanwhile.
        by_key, batches = await asyncio.to_thread(self._group, list(parsed), now, actor, source)
        total = sum(len(m) for m in by_key.values())
        invalid = tuple(invalid)
        detail = f"{total} entries written, {len(invalid)} invalid lines"
        record = AuditRecord(now, actor, "import", detail=detail, reason=source)
        added = await self._commit_import(by_key, batches, record)
        return ImportResult(added, total - added, invalid)

    def _group(
        self, parsed: list[Entry], now: float, actor: str, source: str
    ) -> tuple[dict[str, dict[str, str]], dict[Any, Batch]]:
        """Entries by bucket key as ``value → value, line feed, packed, line feed``; batches.

        The framing ``_STAGE_SCRIPT`` reads: normalised values never hold a line feed (URLs
        lose them as browsers do, other kinds refuse them) and :meth:`_pack` makes sure packed
        values do not. A later entry for the same value replaces an earlier one, as a later
        HSET would.
        """
        batches: dict[tuple[str, str, float, float | None], Batch] = {}
        # Entries of one feed share a handful of provenances: pack each once.
        packed_for: dict[tuple[str, str, float, float | None, str], str] = {}
        groups: dict[tuple[ListName, Kind, int], dict[str, str]] = {}
        crc32, mask = zlib.crc32, BUCKETS - 1  # keys.bucket(), inlined: this loop is hot
        for item in parsed:
            signature = (item.source, item.added_by, item.added_at, item.expires_at, item.reason)
            packed = packed_for.get(signature)
            if packed is None:
                packed = self._pack(item, now, actor, source, batches)
                if len(packed_for) < MAX_PACKED:
                    packed_for[signature] = packed
            value = item.value
            where = (item.list_name, item.kind, crc32(value.encode()) & mask)
            try:
                groups[where][value] = f"{value}\n{packed}\n"
            except KeyError:
                groups[where] = {value: f"{value}\n{packed}\n"}
        by_key = {self.keys.bucket(*where): group for where, group in groups.items()}
        return by_key, batches

    @staticmethod
    def _pack(
        item: Entry,
        now: float,
        actor: str,
        source: str,
        batches: dict[tuple[str, str, float, float | None], Batch],
    ) -> str:
        """An imported entry's packed value: a reference to its provenance's batch if it can.

        Never with a line feed (see :meth:`_group`): a reason that holds one is kept in the
        entry's own JSON, where it is escaped.
        """
        provenance = (
            item.source or source,
            item.added_by or actor,
            float(int(item.added_at or now)),
            item.expires_at,
        )
        batch = batches.get(provenance)
        if batch is None and len(batches) < MAX_BATCHES:
            batch = batches[provenance] = Batch(
                secrets.token_hex(4), *provenance[:3], reason=item.reason, expires_at=provenance[3]
            )
        entry = Entry(item.list_name, item.kind, item.value, item.reason, *provenance)
        packed = entry.pack(batch)
        return entry.pack() if "\n" in packed else packed

    async def _commit_import(
        self, by_key: dict[str, dict[str, str]], batches: dict[Any, Batch], audit: AuditRecord
    ) -> int:
        """Apply an import all or nothing, without blocking Redis; returns entries added.

        1. WATCH the lists' version counter, which every change of an entry increments.
        2. Stage: Redis copies each bucket the import touches to a staging key and adds the new
           entries there (``_STAGE_SCRIPT``, a few buckets a call, so lookups keep being served
           in between; staging keys expire by themselves if this never finishes).
        3. One MULTI/EXEC renames every staging key over its bucket, stores the batch records
           and the audit record and increments the version. Renaming is O(1), so the
           transaction is short even for a million entries. A crash or cut connection before
           EXEC changes nothing; any other change of a list meanwhile (a moderator's block,
           another import) aborts EXEC, and the import is staged again from step 1.
        """
        stage = f"{self.keys.prefix}:stage:{secrets.token_hex(4)}"
        version = self.keys.lists_version()
        for _attempt in range(3):
            async with self.redis.pipeline(transaction=True) as watcher:
                await watcher.watch(version)
                staged: list[tuple[str, str]] = []
                try:
                    added = await self._stage(stage, by_key, staged)
                    watcher.multi()  # type: ignore[no-untyped-call]
                    write_audit(watcher, self.keys, audit)
                    if batches:
                        watcher.hset(
                            self.keys.batches(),
                            mapping={b.batch_id: b.pack() for b in batches.values()},
                        )
                    for target, key in staged:
                        watcher.rename(target, key)
                        watcher.persist(key)
                    watcher.incr(version)
                    await watcher.execute()
                    return added
                except WatchError:
                    await self._drop(staged)
                    continue
                except Exception:
                    # Nothing was applied; the staged copies would otherwise hold Redis memory
                    # until they expire. If Redis itself is away, they expire.
                    with contextlib.suppress(*STORE_ERRORS):
                        await self._drop(staged)
                    raise
        raise WatchError("the lists kept changing during the import; nothing was changed")

    async def _stage(
        self, stage: str, by_key: dict[str, dict[str, str]], staged: list[tuple[str, str]]
    ) -> int:
        """Step 2 of :meth:`_commit_import`; appends (staging key, bucket) to ``staged``."""
        sha = await self.redis.script_load(_STAGE_SCRIPT)  # again each time: Redis may restart
        calls: list[list[str]] = [[]]
        size = 0
        for key, group in by_key.items():
            if size >= STAGE_ENTRIES:
                calls.append([])
                size = 0
            calls[-1].append(key)
            size += len(group)
        rounds = iter(range(0, len(calls), STAGE_CALLS))

        async def sender() -> int:
            added = 0
            for start in rounds:
                async with self.redis.pipeline(transaction=False) as pipe:
                    for call in calls[start : start + STAGE_CALLS]:
                        keys: list[str] = []
                        for key in call:
                            target = f"{stage}:{key.removeprefix(self.keys.prefix)}"
                            keys += (key, target)
                            staged.append((target, key))
                        blobs = [_blob(by_key[key]) for key in call]
                        pipe.evalsha(sha, len(keys), *keys, STAGE_TTL, *blobs)
                    added += sum(int(n) for n in await pipe.execute())
            return added

        # Two rounds in flight: this process prepares one while Redis works through the other
        # (if one fails, the task group cancels the other).
        try:
            async with asyncio.TaskGroup() as tasks:
                senders = [tasks.create_task(sender()) for _ in range(2)]
        except ExceptionGroup as failed:  # the callers handle StoreUnavailable, ValueError…
            raise failed.exceptions[0] from None
        return sum(task.result() for task in senders)

    async def _drop(self, staged: list[tuple[str, str]]) -> None:
        for start in range(0, len(staged), IMPORT_CHUNK):
            await self.redis.delete(
                *(target for target, _ in staged[start : start + IMPORT_CHUNK])
            )

    async def export(self) -> Iterator[Entry]:
        """Every entry of every list, for a backup that :meth:`import_entries` restores."""
        entries: list[Entry] = []
        for list_name in LIST_NAMES:
            for kind in KINDS:
                keys = await self.store.bucket_keys(list_name, kind)
                for start in range(0, len(keys), IMPORT_CHUNK):
                    async with self.redis.pipeline(transaction=False) as pipe:
                        for key in keys[start : start + IMPORT_CHUNK]:
                            pipe.hgetall(key)
                        buckets = await pipe.execute()
                    raw = [(str(v), str(p)) for bucket in buckets for v, p in bucket.items()]
                    batches = await self.store.batches_of(p for _, p in raw)
                    for value, packed in raw:
                        entries.append(Entry.unpack(list_name, kind, value, packed, batches))
        return iter(entries)
