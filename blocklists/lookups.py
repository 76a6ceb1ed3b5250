"""What the checkers see of the lists: entries, the answers to a lookup, the store's interface.

A pure module (no client library): the checkers import this and nothing else of the store,
so they neither know nor care how the lists are kept. :class:`StoreUnavailable` is the one
error ``blocklists/`` raises when the lists cannot be reached, whatever the client's own
exceptions are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Protocol

from blocklists.campaign import CampaignHit
from blocklists.keys import ListName
from blocklists.normalize import Kind

LIST_NAMES: Final[tuple[ListName, ...]] = ("block", "allow")


class StoreUnavailable(Exception):
    """The lists could not be reached: the store is down, too slow, or refused the command.

    The message names the underlying error's class (``ConnectionError``, ``TimeoutError``…);
    never a value a citizen sent.
    """


def day(timestamp: float | None) -> str:
    """The UTC day of a timestamp (``2026-05-03``), or ``""`` when there is none."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d") if timestamp else ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One list entry with its provenance."""

    list_name: ListName
    kind: Kind
    value: str
    reason: str = ""
    source: str = ""
    added_by: str = ""
    added_at: float = 0.0
    expires_at: float | None = None

    @property
    def added_day(self) -> str:
        """The day the entry was added, or ``""`` when unknown."""
        return day(self.added_at) if self.added_at > 0 else ""

    @property
    def expires_day(self) -> str:
        """The day the entry expires, or ``""`` when it does not."""
        return day(self.expires_at)

    def pack(self, batch: Batch | None = None) -> str:
        """The hash field value.

        An entry that shares its provenance with an import batch is written as ``@<batch>``
        (or ``@<batch>|<reason>`` when its reason differs from the batch's): a few bytes
        instead of the JSON, which is what keeps a million imported entries small. Others
        are compact JSON with one-letter keys.
        """
        if batch is not None and batch.covers(self):
            if self.reason == batch.reason:
                return f"@{batch.batch_id}"
            return f"@{batch.batch_id}|{self.reason}"
        data: dict[str, Any] = {"r": self.reason, "s": self.source, "b": self.added_by}
        data["t"] = int(self.added_at)
        if self.expires_at is not None:
            data["e"] = int(self.expires_at)
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @staticmethod
    def batch_of(packed: str) -> str | None:
        """The id of the batch a packed entry refers to (see :meth:`pack`), or ``None``."""
        return packed[1:].partition("|")[0] if packed.startswith("@") else None

    @classmethod
    def unpack(
        cls,
        list_name: ListName,
        kind: Kind,
        value: str,
        packed: str,
        batches: Mapping[str, Batch] | None = None,
    ) -> Entry:
        """The inverse of :meth:`pack`; tolerates fields added by later versions."""
        if packed.startswith("@"):
            batch_id, sep, reason = packed[1:].partition("|")
            batch = (batches or {}).get(batch_id)
            if batch is None:
                return cls(list_name, kind, value, reason, f"batch {batch_id}")
            return cls(
                list_name,
                kind,
                value,
                reason if sep else batch.reason,
                batch.source,
                batch.added_by,
                batch.added_at,
                batch.expires_at,
            )
        try:
            data = json.loads(packed)
        except ValueError:
            data = {"r": packed}
        if not isinstance(data, dict):
            data = {}
        expires = data.get("e")
        return cls(
            list_name=list_name,
            kind=kind,
            value=value,
            reason=str(data.get("r", "")),
            source=str(data.get("s", "")),
            added_by=str(data.get("b", "")),
            added_at=float(data.get("t", 0) or 0),
            expires_at=float(expires) if expires is not None else None,
        )

    def expired(self, now: float) -> bool:
        """Whether the entry's optional expiry has passed."""
        return self.expires_at is not None and self.expires_at <= now


@dataclass(frozen=True, slots=True)
class Batch:
    """The provenance many imported entries share, stored once."""

    batch_id: str
    source: str
    added_by: str
    added_at: float
    reason: str = ""
    expires_at: float | None = None

    def covers(self, entry: Entry) -> bool:
        """Whether the entry's provenance is exactly the batch's (apart from its reason)."""
        return (
            entry.source == self.source
            and entry.added_by == self.added_by
            and int(entry.added_at) == int(self.added_at)
            and entry.expires_at == self.expires_at
        )

    def pack(self) -> str:
        """JSON for the batches hash."""
        data: dict[str, Any] = {
            "s": self.source,
            "b": self.added_by,
            "t": int(self.added_at),
            "r": self.reason,
        }
        if self.expires_at is not None:
            data["e"] = int(self.expires_at)
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def unpack(cls, batch_id: str, packed: str) -> Batch:
        """The inverse of :meth:`pack`."""
        data = json.loads(packed)
        expires = data.get("e")
        return cls(
            batch_id,
            str(data.get("s", "")),
            str(data.get("b", "")),
            float(data.get("t", 0)),
            str(data.get("r", "")),
            float(expires) if expires is not None else None,
        )


class Lookups:
    """The answers to one batched lookup: which queried values are on which list."""

    def __init__(self, entries: Mapping[tuple[ListName, Kind, str], Entry], available: bool):
        self._entries = entries
        self.available = available
        """False when the store could not be reached: no list was consulted."""
        self.reported: dict[tuple[Kind, str], int] = {}
        """How many citizens reported each listed value (filled for hits only)."""
        self.campaigns: dict[str, CampaignHit] = {}
        """The campaigns the message belongs to (see :meth:`BlocklistStore.lookup`)."""

    @classmethod
    def unavailable(cls) -> Lookups:
        """Lookups for when the store is down: nothing is known to be on any list."""
        return cls({}, available=False)

    def get(self, list_name: ListName, kind: Kind, value: str) -> Entry | None:
        """The entry for a normalised value, or ``None``."""
        return self._entries.get((list_name, kind, value))

    def __len__(self) -> int:
        return len(self._entries)

    def found(self) -> list[tuple[Kind, str]]:
        """The (kind, value) pairs that are on a list."""
        return list(dict.fromkeys((kind, value) for _, kind, value in self._entries))


class LookupStore(Protocol):
    """The part of the store the engine uses: one batched lookup, and counting its hits.

    Both raise :class:`StoreUnavailable` when the lists cannot be reached.
    """

    async def lookup(
        self,
        queries: Iterable[tuple[Kind, str]],
        bands: Sequence[int] = (),
        signature: Sequence[int] = (),
        *,
        count: bool = False,
    ) -> Lookups:
        """Look every (kind, normalised value) up on both lists (see ``BlocklistStore``)."""
        ...

    async def count_hits(self, lookups: Lookups) -> None:
        """Count checks of listed values and attach how often citizens reported them."""
        ...

    def may_match(self, bands: Sequence[int]) -> bool:
        """False only when no campaign can hold a message with these bands (no I/O)."""
        ...
