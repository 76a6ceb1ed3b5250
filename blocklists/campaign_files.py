"""Campaign files: every campaign exported, and campaigns imported all or nothing (audited).

A file of known scam templates imports like a blocklist (``scamcheck campaign import``,
``/import``); an export restores on another store with its ids, counts and decisions.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

from redis.typing import EncodableT, FieldT

from blocklists.audit import AuditRecord, write_audit
from blocklists.bandfilter import note_local_write
from blocklists.campaign import (
    CampaignImport,
    CampaignRecord,
    band_from_place,
    pack_signatures,
)
from blocklists.campaigns import MAX_VALUES, CampaignManager, write_bands
from blocklists.connection import guarded

__all__ = ["CampaignFiles"]


@guarded
class CampaignFiles:
    """Export every campaign, and import campaigns all or nothing (audited)."""

    def __init__(self, campaigns: CampaignManager) -> None:
        self.campaigns = campaigns
        self.redis = campaigns.redis
        self.keys = campaigns.keys

    async def export(self) -> list[CampaignRecord]:
        """Every campaign with its bands (read back from the band buckets: stored once)."""
        bands: dict[str, list[int]] = {}
        pattern = self.keys.campaign_bands_pattern()
        async for key in self.redis.scan_iter(match=pattern, count=1000):
            index = int(str(key).rsplit(":", 1)[1], 16)
            for band_field, owner in (await self.redis.hgetall(key)).items():
                bands.setdefault(str(owner), []).append(band_from_place(index, str(band_field)))
        out: list[CampaignRecord] = []
        for campaign_id in await self.redis.zrange(self.keys.campaign_index(), 0, -1):
            campaign = await self.campaigns.get(str(campaign_id))
            if campaign is None:
                continue
            out.append(
                CampaignRecord(
                    tuple(sorted(bands.get(campaign.campaign_id, ()))),
                    campaign.signatures,
                    campaign.status,
                    campaign.links,
                    campaign.phones,
                    campaign.reason,
                    campaign.source,
                    campaign.added_by,
                    campaign.first,
                    campaign.last,
                    campaign.seen,
                    campaign.reports,
                    campaign.decided_by,
                    campaign.campaign_id,
                )
            )
        return out

    async def import_records(
        self, records: Sequence[CampaignRecord], *, actor: str, source: str
    ) -> CampaignImport:
        """Write every new campaign in one transaction with one audit record.

        A record whose message already belongs to a campaign here is counted as present and
        not written (the store keeps its own counts and decision).
        """
        fresh: list[CampaignRecord] = []
        for record in records:
            signature = record.signatures[0] if record.signatures else ()
            if record.bands and await self.campaigns.match(record.bands, signature) is None:
                fresh.append(record)
        if not fresh:
            return CampaignImport(0, len(records))
        now = time.time()
        ids = await self._ids(fresh)
        async with self.redis.pipeline(transaction=True) as pipe:
            for campaign_id, record in zip(ids, fresh, strict=True):
                fields: dict[FieldT, EncodableT] = {
                    "status": record.status,
                    "first": f"{record.first or now:.0f}",
                    "last": f"{record.last or record.first or now:.0f}",
                    "seen": str(record.seen),
                    "reports": str(record.reports),
                    "source": record.source or source,
                    "added_by": record.added_by or actor,
                    "reason": record.reason,
                    "sigs": pack_signatures(record.signatures),
                    "links": json.dumps(list(record.links[:MAX_VALUES]), ensure_ascii=False),
                    "phones": json.dumps(list(record.phones[:MAX_VALUES]), ensure_ascii=False),
                }
                if record.decided_by:
                    fields["decided_by"] = record.decided_by
                pipe.hset(self.keys.campaign(campaign_id), mapping=fields)
                write_bands(pipe, self.keys, campaign_id, record.bands)
                pipe.zadd(self.keys.campaign_index(), {campaign_id: record.reports})
            detail = f"{len(fresh)} campaigns written, {len(records) - len(fresh)} present"
            audit = AuditRecord(now, actor, "import", "campaign", reason=source, detail=detail)
            write_audit(pipe, self.keys, audit)
            await pipe.execute()
        note_local_write()
        return CampaignImport(len(fresh), len(records) - len(fresh))

    async def _ids(self, records: Sequence[CampaignRecord]) -> list[str]:
        """Each record's id: its own when free (a restore), else one reserved from the counter."""
        wanted = [r.campaign_id for r in records]
        async with self.redis.pipeline(transaction=False) as pipe:
            for campaign_id in wanted:
                pipe.exists(self.keys.campaign(campaign_id or "-"))
            taken = await pipe.execute()
        keep: list[str | None] = []
        for campaign_id, exists in zip(wanted, taken, strict=True):
            free = campaign_id.isdigit() and not exists and campaign_id not in keep
            keep.append(campaign_id if free else None)
        # Restored ids are never handed out again: the counter first moves past them.
        counter_key = self.keys.campaign_counter()
        highest = max((int(k) for k in keep if k is not None), default=0)
        counter = int(await self.redis.get(counter_key) or 0)
        if highest > counter:
            await self.redis.incrby(counter_key, highest - counter)
        needed = keep.count(None)
        top = int(await self.redis.incrby(counter_key, needed)) if needed else 0
        fresh = iter(range(top - needed + 1, top + 1))
        ids = [kept if kept is not None else str(next(fresh)) for kept in keep]
        return ids
