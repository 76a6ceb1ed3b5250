"""What the store knows of a scam campaign, and how a message's bands find it.

A campaign is a wave of one scam message in many variants. Its record lives in one hash
(:meth:`blocklists.keys.KeyBuilder.campaign`); each fingerprint band of each variant points to
it from a band bucket. Fingerprints themselves are made in :mod:`checkers.fingerprint`; this
module only stores and reads numbers, so the storage layer stays free of text handling.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

Status = Literal["reported", "confirmed", "not_scam"]
STATUSES: Final[tuple[Status, ...]] = ("reported", "confirmed", "not_scam")
LIKENESS: Final = 0.375
"""Share of equal signature minima from which two messages are variants of one another.

Chosen on the corpus (``tests/checkers/test_fingerprint.py``): 9 of 24 minima. Every variant
with a changed name, amount, link, number, spacing or emoji reaches it, and 94.5-100 % of
those with a sentence added or dropped; 4 of 5,976 everyday messages match one of the
corpus's ~2,900 scam messages (all but one near-copies: "Hi mum, this is my new number, save
it" against a scam's "This is my new number, save it and delete the old one"). At 8 of 24 (0.3,
until the corpus grew) 7 did, at 10 of 24 one did but a dropped sentence lost up to 12 %.
"""
MAX_SIGNATURES: Final = 4
"""Signatures kept per campaign to verify matches against (its first variants')."""
MAX_CANDIDATES: Final = 12
"""Campaigns read per message at most: one per band (spelled in the script below too)."""

# The band filter's part of the lookup script (blocklists.bandfilter): ARGV[9] the copy's counter
# ('' when it has no copy loaded), ARGV[10] the counter key, ARGV[11] the log key. Gives the
# counter now ('' when the filter was never built) and the log entries after the copy's, as
# (n, bands) pairs, at most 64.
SYNC_LUA: Final = """
local sync = {}
if ARGV[9] ~= '' then
  local now_n = redis.call('GET', ARGV[10])
  sync[1] = now_n or ''
  if now_n and tonumber(now_n) > tonumber(ARGV[9]) then
    local start = tostring(tonumber(ARGV[9]) + 1) .. '-0'
    for _, entry in ipairs(redis.call('XRANGE', ARGV[11], start, '+', 'COUNT', 64)) do
      sync[#sync + 1] = string.match(entry[1], '^(%d+)')
      sync[#sync + 1] = entry[2][2] or ''
    end
  end
end
"""

# A message's whole lookup, its one round trip: its values on the lists, then the campaigns it
# belongs to. One script call rather than a pipeline of HGETs beside it: the client encodes and
# parses one command (most of the client's cost of a lookup), and Redis runs one. ARGV[8]: the
# list lookups as "<key>\n<field>\n" lines (fields are normalised values, which never hold a
# line break). The reply is two arrays: the values found on the lists, as (line number from 1,
# packed entry) pairs (almost always none: the reply stays small to parse), then the
# campaigns.
# Then it finds the campaigns a message belongs to. ARGV[1]: the
# band bucket key prefix; ARGV[2]: the campaign key prefix; ARGV[3]: the message's bands as
# "<bucket>:<field>" words separated by spaces (a few arguments rather than two a band:
# encoding a command's arguments is most of the client's cost of the call); ARGV[4]: its
# signature (pack_signatures); ARGV[5]: how many minima must be equal; ARGV[6]: now;
# ARGV[7]: "1" to count the match as seen (a citizen's check), "0" not to (a moderator's
# lookup). A shared band only says "maybe": a campaign is returned (and counted) only when
# one of its kept signatures has enough equal minima. Returns id, status, seen, reports,
# first, last, equal minima, reporters for each (at most one a band). Keys are built here
# from the prefixes: every one carries the {sc} hash tag, so on a cluster they all live in
# the one slot the client talks to. ARGV[9..11] and the third array of the reply bring this
# process's copy of the band filter up to date (SYNC_LUA above).
LOOKUP_SCRIPT: Final = (
    """
local listed, i, out = {}, 0, {}
for key, field in string.gmatch(ARGV[8], '([^\\n]+)\\n([^\\n]+)\\n') do
  i = i + 1
  local value = redis.call('HGET', key, field)
  if value then
    listed[#listed + 1] = i
    listed[#listed + 1] = value
  end
end
local found, n = {}, 0
local mine, need, now, count = ARGV[4], tonumber(ARGV[5]), ARGV[6], ARGV[7] == '1'
for bucket, field in string.gmatch(ARGV[3], '(%x+):(%d+)') do
  local id = redis.call('HGET', ARGV[1] .. bucket, field)
  if id and not found[id] and n < 12 then
    found[id] = true
    n = n + 1
    local key = ARGV[2] .. id
    local r = redis.call('HMGET', key, 'status', 'seen', 'reports', 'first', 'last', 'sigs')
    if r[1] then
      local best = 0
      for sig in string.gmatch(r[6] or '', '[^,]+') do
        local eq = 0
        if #sig == #mine then
          for j = 1, #sig, 4 do
            if string.sub(sig, j, j + 3) == string.sub(mine, j, j + 3) then eq = eq + 1 end
          end
        end
        if eq > best then best = eq end
      end
      if best >= need then
        local seen = r[2] or '0'
        if count then
          seen = tostring(redis.call('HINCRBY', key, 'seen', 1))
          redis.call('HSET', key, 'last', now)
        end
        out[#out + 1] = id
        out[#out + 1] = r[1]
        out[#out + 1] = seen
        out[#out + 1] = r[3] or ''
        out[#out + 1] = r[4] or ''
        out[#out + 1] = r[5] or ''
        out[#out + 1] = tostring(best)
        out[#out + 1] = tostring(redis.call('SCARD', key .. ':by'))
      end
    end
  end
end
"""
    + SYNC_LUA
    + """
return {listed, out, sync}
"""
)


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


def equal_needed(signature: Sequence[int]) -> int:
    """How many of a signature's minima must be equal for :data:`LIKENESS`."""
    return max(1, math.ceil(LIKENESS * len(signature) - 1e-9))


@dataclass(frozen=True, slots=True)
class CampaignHit:
    """A campaign a message belongs to (verified by the lookup script)."""

    campaign_id: str
    status: Status
    seen: int
    """Times citizens' checks matched it, this one included when it was counted."""
    reports: int
    first: float
    last: float
    likeness: float
    """The share of equal minima with the campaign's closest kept variant."""
    reporters: int


def parse_candidates(reply: Sequence[object], minima: int) -> dict[str, CampaignHit]:
    """The campaigns of :data:`LOOKUP_SCRIPT`'s reply (its second array) by campaign id."""
    hits: dict[str, CampaignHit] = {}
    items = [str(x) if x is not None else "" for x in reply or ()]
    for i in range(0, len(items) - 7, 8):
        cid, status, seen, reports, first, last, equal, reporters = items[i : i + 8]
        hits[cid] = CampaignHit(
            cid,
            status if status in STATUSES else "reported",
            int(seen or 0),
            int(reports or 0),
            float(first or 0),
            float(last or 0),
            int(equal or 0) / max(1, minima),
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


@dataclass(frozen=True, slots=True)
class CampaignRecord:
    """A campaign as an import carries it: a restored export line or a fingerprinted template.

    ``campaign_id`` is kept when the store has no campaign of that id (a restore), else a new
    one is given.
    """

    bands: tuple[int, ...]
    signatures: tuple[tuple[int, ...], ...]
    status: Status = "confirmed"
    links: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    reason: str = ""
    source: str = ""
    added_by: str = ""
    first: float = 0.0
    last: float = 0.0
    seen: int = 0
    reports: int = 0
    decided_by: str = ""
    campaign_id: str = ""


@dataclass(frozen=True, slots=True)
class CampaignImport:
    """What a campaign import did."""

    added: int
    present: int
