"""Changing campaigns: what moderators do from Telegram and operators from the shell.

Like the lists' changes (:mod:`blocklists.lists`), every change is one Redis transaction with its
audit record: a campaign is never created, confirmed or rejected without its audit line, and
confirming it blocks the ticked links and numbers in the same step (all or nothing).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from redis.asyncio import Redis
from redis.exceptions import WatchError
from redis.typing import EncodableT, FieldT

from blocklists.audit import AuditRecord, write_audit
from blocklists.bandfilter import add_bands, note_local_write
from blocklists.base import Clock, RedisBacked
from blocklists.campaign import (
    MAX_SIGNATURES,
    Campaign,
    CampaignHit,
    CampaignImport,
    CampaignRecord,
    Status,
    band_place,
    likeness,
    pack_signatures,
)
from blocklists.connection import guarded
from blocklists.keys import KeyBuilder
from blocklists.lists import write_decided
from blocklists.normalize import Kind
from blocklists.reports import DECIDED, Outcome, ReportQueue, decided
from blocklists.store import BlocklistStore

__all__ = [
    "CampaignDecision",
    "CampaignImport",
    "CampaignManager",
    "CampaignRecord",
    "Recorded",
    "write_bands",
]
MAX_VALUES: Final = 20
"""Links and numbers kept per campaign (the first seen; enough for a moderator to tick)."""
NEW_VARIANT: Final = 0.9
"""A signature less alike than this to every kept one is kept too (up to MAX_SIGNATURES)."""

RECORD_ATTEMPTS: Final = 5
"""Tries of recording a message when other writers keep changing its band buckets."""


def write_bands(pipe: Any, keys: KeyBuilder, campaign_id: str, bands: Iterable[int]) -> None:
    """Queue a campaign's bands into their buckets and into the band filter.

    In the caller's transaction (a band stays with its first campaign); once it has run, the
    caller calls :func:`blocklists.bandfilter.note_local_write`.
    """
    bands = list(bands)
    for band in bands:
        index, band_field = band_place(band)
        pipe.hsetnx(keys.campaign_bands(index), band_field, campaign_id)
    add_bands(pipe, keys, bands)


@dataclass(frozen=True, slots=True)
class Recorded:
    """Where a message landed: its campaign, and whether the campaign is new."""

    campaign_id: str
    created: bool
    status: Status


@dataclass(frozen=True, slots=True)
class CampaignDecision(Outcome):
    """The outcome of confirming or rejecting a campaign."""

    reports: tuple[str, ...] = ()
    """The pending reports of the campaign that this decision settled."""


@guarded
class CampaignManager(RedisBacked):
    """Record, find, confirm, reject and list campaigns."""

    def __init__(
        self, redis: Redis, keys: KeyBuilder | None = None, *, clock: Clock = time.time
    ) -> None:
        super().__init__(redis, keys, clock=clock)
        # A campaign is matched by the same lookup as a citizen's check; the reports filed
        # into campaigns belong to the report queue.
        self.store = BlocklistStore(redis, self.keys, clock=clock)
        self.queue = ReportQueue(redis, self.keys)

    async def match(self, bands: Sequence[int], signature: Sequence[int]) -> CampaignHit | None:
        """The campaign a fingerprint belongs to (the most alike), without counting it."""
        if not bands or not signature:
            return None
        lookups = await self.store.lookup((), bands, signature)
        hits = lookups.campaigns.values()
        return max(hits, key=lambda hit: hit.likeness) if hits else None

    async def record(
        self,
        bands: Sequence[int],
        signature: Sequence[int],
        *,
        actor: str,
        source: str,
        status: Status = "reported",
        links: Iterable[str] = (),
        phones: Iterable[str] = (),
        reason: str = "",
        reporter: int | None = None,
        report_id: str = "",
        with_text: bool = False,
    ) -> Recorded:
        """Add a message to its campaign, or start one; a citizen's report counts once each.

        ``status`` applies only to a new campaign (an operator adding a known template
        confirmed). ``with_text``: the report holds the citizen's text, so it may serve as
        the campaign's sample.

        Raises:
            ValueError: the message has no fingerprint (too short to tell waves apart).
        """
        if not bands or not signature:
            raise ValueError("the message is too short to fingerprint")
        # Two first reports of one wave at the same moment must not start two campaigns: the
        # message's band buckets are watched while it is matched, and a write to any of them
        # meanwhile (another campaign starting there) makes this one match again.
        buckets = sorted({self.keys.campaign_bands(band_place(b)[0]) for b in bands})
        for attempt in range(RECORD_ATTEMPTS):
            async with self.redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(*buckets)
                    return await self._record(
                        pipe,
                        bands,
                        signature,
                        actor=actor,
                        source=source,
                        status=status,
                        links=links,
                        phones=phones,
                        reason=reason,
                        reporter=reporter,
                        report_id=report_id,
                        with_text=with_text,
                    )
                except WatchError:
                    if attempt == RECORD_ATTEMPTS - 1:
                        raise
        raise AssertionError("unreachable")

    async def _record(
        self,
        pipe: Any,
        bands: Sequence[int],
        signature: Sequence[int],
        *,
        actor: str,
        source: str,
        status: Status,
        links: Iterable[str],
        phones: Iterable[str],
        reason: str,
        reporter: int | None,
        report_id: str,
        with_text: bool,
    ) -> Recorded:
        """One attempt of :meth:`record`, ``pipe`` watching the message's band buckets."""
        hit = await self.match(bands, signature)
        now = self._clock()
        if hit is None:
            campaign_id = str(await self.redis.incr(self.keys.campaign_counter()))
            current: dict[str, str] = {}
        else:
            campaign_id = hit.campaign_id
            filed = self.keys.campaign_reports(campaign_id)
            if report_id and await pipe.lpos(filed, report_id) is not None:
                # Filed already: a transaction that ran but whose reply timed out is retried
                # as a WatchError by redis-py; a report counts once.
                return Recorded(campaign_id, False, hit.status)
            raw = await pipe.hgetall(self.keys.campaign(campaign_id))
            current = {str(k): str(v) for k, v in raw.items()}
        key = self.keys.campaign(campaign_id)
        created = hit is None
        fields: dict[FieldT, EncodableT] = {"last": f"{now:.0f}"}
        if created:
            fields.update(
                status=status,
                first=f"{now:.0f}",
                seen="0",
                reports="0",
                source=source,
                added_by=actor,
                reason=reason,
                sigs=pack_signatures([signature]),
            )
        else:
            kept = Campaign.from_hash(campaign_id, current, 0).signatures
            if len(kept) < MAX_SIGNATURES and all(
                likeness(signature, s) < NEW_VARIANT for s in kept
            ):
                fields["sigs"] = pack_signatures([*kept, tuple(signature)])
        for name, new in (("links", links), ("phones", phones)):
            old = list(json.loads(current.get(name) or "[]"))
            merged = list(dict.fromkeys([*old, *new]))[:MAX_VALUES]
            if created or merged != old:
                fields[name] = json.dumps(merged, ensure_ascii=False)
        if with_text and report_id and not current.get("sample"):
            fields["sample"] = report_id
        pipe.multi()
        pipe.hset(key, mapping=fields)
        write_bands(pipe, self.keys, campaign_id, bands)
        if reporter is not None:
            pipe.sadd(self.keys.campaign_reporters(campaign_id), str(reporter))
            pipe.hincrby(key, "reports", 1)
            pipe.zincrby(self.keys.campaign_index(), 1, campaign_id)
            if report_id:
                pipe.rpush(self.keys.campaign_reports(campaign_id), report_id)
                self.queue.file_into(pipe, report_id, campaign_id)
        elif created:
            pipe.zadd(self.keys.campaign_index(), {campaign_id: 0}, nx=True)
        action = "campaign" if created else "variant"
        detail = f"report {report_id}" if report_id else ""
        record = AuditRecord(now, actor, action, "campaign", "", campaign_id, reason, detail)
        write_audit(pipe, self.keys, record)
        await pipe.execute()
        note_local_write()
        final: Status = status if created else (hit.status if hit else status)
        return Recorded(campaign_id, created, final)

    async def get(self, campaign_id: str) -> Campaign | None:
        """A campaign by id, or ``None``."""
        if not campaign_id.isdigit() or len(campaign_id) > 12:
            return None
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(self.keys.campaign(campaign_id))
            pipe.scard(self.keys.campaign_reporters(campaign_id))
            data, reporters = await pipe.execute()
        if not data:
            return None
        return Campaign.from_hash(campaign_id, data, int(reporters))

    async def skip(self, campaign_id: str) -> None:
        """Put the campaign's waiting reports at the back of the queue."""
        await self.queue.skip(await self.reports(campaign_id))

    async def reports(self, campaign_id: str) -> list[str]:
        """The ids of the reports that landed in a campaign, oldest first."""
        return [
            str(r) for r in await self.redis.lrange(self.keys.campaign_reports(campaign_id), 0, -1)
        ]

    async def largest(self, limit: int = 10, status: Status | None = "reported") -> list[Campaign]:
        """The campaigns with the most reports (only those of ``status``, unless ``None``)."""
        ids = await self.redis.zrevrange(self.keys.campaign_index(), 0, 499)
        out: list[Campaign] = []
        for campaign_id in ids:
            campaign = await self.get(str(campaign_id))
            if campaign is not None and (status is None or campaign.status == status):
                out.append(campaign)
                if len(out) >= limit:
                    break
        return out

    async def decide(
        self,
        campaign_id: str,
        *,
        confirm: bool,
        actor: str,
        block: Iterable[tuple[Kind, str]] = (),
        only_open: bool = False,
    ) -> CampaignDecision:
        """Confirm a campaign as a scam (blocking ``block``) or mark it genuine (not a scam).

        One transaction: the campaign's status, the blocked values with their audit records,
        its pending reports settled and taken off the queue, and the decision's audit record.
        A decided campaign can be decided again (an operator corrects a mistake). With
        ``only_open``, as from a review card, only while it is undecided or has reports
        waiting (a new report of a decided campaign): of two moderators pressing at once, one
        applies and the other is told who decided first (WATCH serialises them).
        """
        key = self.keys.campaign(campaign_id)
        picked = tuple(dict.fromkeys(block)) if confirm else ()
        status: Status = "confirmed" if confirm else "not_scam"
        report_status = "confirmed" if confirm else "rejected"
        async with self.redis.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(key)
                current = await pipe.hmget(key, DECIDED)
                if current[0] is None:
                    return CampaignDecision.not_applied(current)
                report_ids = [
                    str(r)
                    for r in await pipe.lrange(self.keys.campaign_reports(campaign_id), 0, -1)
                ]
                pending = await self.queue.pending_of(pipe, report_ids)
                if only_open and current[0] != "reported" and not pending:
                    return CampaignDecision.not_applied(current)
                now = self._clock()
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.hset(key, mapping=decided(status, actor, now))
                reason = f"campaign {campaign_id}"
                write_decided(pipe, self.keys, "block", picked, reason, "campaign", actor, now)
                self.queue.settle(pipe, pending, report_status, actor, now)
                action = "confirm" if confirm else "reject"
                write_audit(
                    pipe,
                    self.keys,
                    AuditRecord(now, actor, action, "campaign", "", campaign_id, detail=reason),
                )
                await pipe.execute()
            except WatchError:
                return CampaignDecision.not_applied(await self.redis.hmget(key, DECIDED))
        return CampaignDecision(True, status, actor, picked, tuple(pending))
