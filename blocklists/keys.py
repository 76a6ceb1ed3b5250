"""Every Redis key ScamCheck uses is spelled here, and only here.

All keys share the hash tag ``{sc}`` so that the multi-key operations of one message (the
batched lookup, an atomic import) land in one Redis Cluster hash slot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ListName = Literal["block", "allow"]


@dataclass(frozen=True, slots=True)
class KeyBuilder:
    """Builds key names under one prefix (tests use their own prefix to stay apart)."""

    prefix: str = "{sc}"

    def entries(self, list_name: ListName, kind: str) -> str:
        """Hash of one list of one kind: field = normalised value, value = packed entry."""
        return f"{self.prefix}:{list_name}:{kind}"

    def seeded(self) -> str:
        """Marker set once the seed lists were loaded; after that Redis is the truth."""
        return f"{self.prefix}:meta:seeded"

    def seed_lock(self) -> str:
        """Short-lived lock so that only one replica seeds an empty Redis."""
        return f"{self.prefix}:meta:seeding"

    def audit(self) -> str:
        """Append-only stream of every list change."""
        return f"{self.prefix}:audit"
