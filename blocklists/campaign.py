"""What the store knows of a scam campaign, and how a message's bands find it.

A campaign is a wave of one scam message in many variants. Its record lives in one hash
(:meth:`blocklists.keys.KeyBuilder.campaign`); each fingerprint band of each variant points to
it from a band bucket. Fingerprints themselves are made in :mod:`checkers.fingerprint`; this
module only stores and reads numbers, so the storage layer stays free of text handling.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

Status = Literal["reported", "confirmed", "not_scam"]
STATUSES: Final[tuple[Status, ...]] = ("reported", "confirmed", "not_scam")
LIKENESS: Final = 0.3
"""Share of equal signature minima from which two messages are variants of one another.

Chosen on the corpus (``tests/checkers/test_fingerprint.py``): every variant with a changed
name, amount, link, number, spacing or emoji, and more than 95 % of those with a sentence
added or dropped, reach it; none of 5,287 everyday messages does against 1,700 scam messages.
"""
MAX_SIGNATURES: Final = 4
"""Signatures kept per campaign to verify matches against (its first variants')."""
MAX_CANDIDATES: Final = 12
"""Campaigns read per message at most: one per band (spelled in the script below too)."""

# Reads the campaigns the bands of one message point to, in the message's one round trip.
# ARGV[1]: the band bucket key prefix; ARGV[2]: the campaign key prefix; ARGV[3]: the bands as
# "<bucket>:<field>" words separated by spaces (three arguments rather than two a band:
# encoding a command's arguments is most of the client's cost of the call). Returns id,
# status, seen, reports, first, last, signatures, reporters for each campaign found (at most
# MAX_CANDIDATES). Keys are built here from the prefixes: every one carries the {sc} hash tag,
# so on a cluster they all live in the one slot the client talks to.
CANDIDATES_SCRIPT: Final = """
local found, out, n = {}, {}, 0
for bucket, field in string.gmatch(ARGV[3], '(%x+):(%d+)') do
  local id = redis.call('HGET', ARGV[1] .. bucket, field)
  if id and not found[id] and n < 12 then
    found[id] = true
    n = n + 1
    local key = ARGV[2] .. id
    local r = redis.call('HMGET', key, 'status', 'seen', 'reports', 'first', 'last', 'sigs')
    if r[1] then
      out[#out + 1] = id
      for j = 1, 6 do out[#out + 1] = r[j] or '' end
      out[#out + 1] = tostring(redis.call('SCARD', key .. ':by'))
    end
  end
end
return out
"""


BAND_BUCKETS: Final = 1 << 16
"""Band buckets: a million fingerprints' 12 million bands are ~180 a bucket, so each stays a
compact listpack (``hash-max-listpack-entries 512``) up to about 2.5 million fingerprints."""
_FIELD_BITS: Final = 29  # a band is 45 bits: 16 pick the bucket, 29 are the field


def band_place(band: int) -> tuple[int, str]:
    """The bucket index and the field of a band (see ``KeyBuilder.campaign_bands``).

    The field is a number below 2**29, which a listpack stores in 5 bytes.
    """
    return (band >> _FIELD_BITS) & (BAND_BUCKETS - 1), str(band & ((1 << _FIELD_BITS) - 1))


def band_from_place(index: int, band_field: str) -> int:
    """The inverse of :func:`band_place` (for export)."""
    return (index << _FIELD_BITS) | int(band_field)


def likeness(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of equal minima of two signatures: an estimate of Jaccard similarity."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def pack_signatures(signatures: Sequence[Sequence[int]]) -> str:
    """Signatures as the record's ``sigs`` field: hex, four digits a minimum, comma-separated."""
    return ",".join("".join(f"{v:04x}" for v in s) for s in signatures[:MAX_SIGNATURES])


def unpack_signatures(packed: str) -> tuple[tuple[int, ...], ...]:
    """The inverse of :func:`pack_signatures`; tolerates an empty or damaged field."""
    out: list[tuple[int, ...]] = []
    for part in packed.split(","):
        if part and len(part) % 4 == 0:
            try:
                out.append(tuple(int(part[i : i + 4], 16) for i in range(0, len(part), 4)))
            except ValueError:
                continue
    return tuple(out)


@dataclass(frozen=True, slots=True)
class CampaignHit:
    """A campaign a message's bands point to (verified against its signatures by the caller)."""

    campaign_id: str
    status: Status
    seen: int
    reports: int
    first: float
    last: float
    signatures: tuple[tuple[int, ...], ...]
    reporters: int

    def likeness(self, signature: Sequence[int]) -> float:
        """How alike the message is to the campaign's closest kept variant."""
        return max((likeness(signature, s) for s in self.signatures), default=0.0)


def parse_candidates(reply: Sequence[object]) -> dict[str, CampaignHit]:
    """The reply of :data:`CANDIDATES_SCRIPT` as hits by campaign id."""
    hits: dict[str, CampaignHit] = {}
    items = [str(x) if x is not None else "" for x in reply or ()]
    for i in range(0, len(items) - 7, 8):
        cid, status, seen, reports, first, last, sigs, reporters = items[i : i + 8]
        hits[cid] = CampaignHit(
            cid,
            status if status in STATUSES else "reported",
            int(seen or 0),
            int(reports or 0),
            float(first or 0),
            float(last or 0),
            unpack_signatures(sigs),
            int(reporters or 0),
        )
    return hits


@dataclass(frozen=True, slots=True)
class Campaign:
    """A campaign as moderators see it."""

    campaign_id: str
    status: Status
    seen: int = 0
    reports: int = 0
    reporters: int = 0
    first: float = 0.0
    last: float = 0.0
    links: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    source: str = ""
    added_by: str = ""
    reason: str = ""
    decided_by: str = ""
    sample: str = ""
    """The id of a report whose citizen agreed to send its text (empty when none did)."""
    signatures: tuple[tuple[int, ...], ...] = field(default=())

    @classmethod
    def from_hash(cls, campaign_id: str, data: dict[str, str], reporters: int) -> Campaign:
        """A campaign from its record's fields."""

        def strings(name: str) -> tuple[str, ...]:
            try:
                value = json.loads(data.get(name) or "[]")
            except ValueError:
                return ()
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        status = data.get("status", "reported")
        return cls(
            campaign_id,
            status if status in STATUSES else "reported",
            int(data.get("seen") or 0),
            int(data.get("reports") or 0),
            reporters,
            float(data.get("first") or 0),
            float(data.get("last") or 0),
            strings("links"),
            strings("phones"),
            data.get("source", ""),
            data.get("added_by", ""),
            data.get("reason", ""),
            data.get("decided_by", ""),
            data.get("sample", ""),
            unpack_signatures(data.get("sigs", "")),
        )
