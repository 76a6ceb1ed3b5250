"""Citizens' reports and disputes, queued for moderators: the one owner of the queue.

A report holds what the citizen agreed to send: the indicators always, the message text only
if they chose to (it expires after :data:`TEXT_TTL`), and whether they want to hear the
outcome. Everything that reads or changes a report or the queue is here: submitting, the
oldest waiting, skipping, deciding (once, of two moderators pressing at once), settling the
reports of a decided campaign, and the moderators' chat where new ones are announced.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal, Self

from redis.exceptions import WatchError
from redis.typing import EncodableT, FieldT

from blocklists.audit import AuditRecord, write_audit
from blocklists.base import RedisBacked
from blocklists.citizens import Flagged
from blocklists.connection import guarded
from blocklists.counters import today
from blocklists.keys import ListName
from blocklists.lists import write_decided
from blocklists.normalize import Kind

ReportKind = Literal["report", "dispute"]
TEXT_TTL: Final = 30 * 24 * 3600
REPORT_TTL: Final = 90 * 24 * 3600
DAILY_LIMIT: Final = 20


@dataclass(frozen=True)
class _Kind:
    """A report's first field (a base of its own, so that it comes before ``Flagged``'s)."""

    kind: ReportKind


@dataclass(frozen=True, slots=True)
class Report(Flagged, _Kind):
    """One report or dispute as the moderators see it: ``kind``, then what the check found."""

    text: str | None = None
    lang: str = "en"
    notify: bool = False
    status: str = "pending"
    created: float = field(default_factory=time.time)
    report_id: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a moderator's decision did: applied or not (then who decided first), what it listed."""

    applied: bool
    status: str
    decided_by: str = ""
    blocked: tuple[tuple[Kind, str], ...] = ()

    @classmethod
    def not_applied(cls, current: Sequence[Any]) -> Self:
        """Nothing changed: the record is missing, or was decided (its status, by whom)."""
        return cls(False, str(current[0] or "missing"), str(current[1] or ""))


@dataclass(frozen=True, slots=True)
class Decision(Outcome):
    """The outcome of a moderator's decision on a report."""

    report: Report | None = None


DECIDED: Final = ["status", "decided_by"]
"""The fields of a report or campaign that say whether and by whom it was decided."""


def decided(status: str, actor: str, now: float) -> dict[FieldT, EncodableT]:
    """The fields a decision writes on a report or campaign."""
    return {"status": status, "decided_by": actor, "decided_at": f"{now:.0f}"}


@guarded
class ReportQueue(RedisBacked):
    """Reports in Redis: one hash each, and a queue of pending ids."""

    async def allowed(self, user_id: int) -> bool:
        """Count one report for today; ``False`` once the citizen passed the daily limit."""
        key = self.keys.report_count(user_id, today())
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, 26 * 3600)
            count, _ = await pipe.execute()
        return int(count) <= DAILY_LIMIT

    async def submit(self, report: Report) -> str:
        """Store a report and queue it; returns its id."""
        report_id = secrets.token_urlsafe(6)
        key = self.keys.report(report_id)
        fields: dict[FieldT, EncodableT] = {
            "kind": report.kind,
            "user": str(report.user_id),
            "chat": str(report.chat_id),
            "level": report.level,
            "codes": json.dumps(list(report.codes)),
            "urls": json.dumps(list(report.urls)),
            "phones": json.dumps(list(report.phones)),
            "handles": json.dumps(list(report.handles)),
            "lang": report.lang,
            "notify": "1" if report.notify else "0",
            "status": "pending",
            "created": str(int(report.created)),
        }
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=fields)
            pipe.expire(key, REPORT_TTL)
            if report.text:
                pipe.set(key + ":text", report.text, ex=TEXT_TTL)
            pipe.rpush(self.keys.report_queue(), report_id)
            await pipe.execute()
        return report_id

    async def get(self, report_id: str) -> Report | None:
        """A report, or ``None``."""
        if not report_id or len(report_id) > 16:
            return None
        key = self.keys.report(report_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(key)
            pipe.get(key + ":text")
            data, text = await pipe.execute()
        if not data:
            return None
        return Report(
            kind=data["kind"],
            user_id=int(data["user"]),
            chat_id=int(data["chat"]),
            level=data["level"],
            codes=tuple(json.loads(data["codes"])),
            urls=tuple(json.loads(data["urls"])),
            phones=tuple(json.loads(data["phones"])),
            handles=tuple(json.loads(data["handles"])),
            text=text,
            lang=data.get("lang", "en"),
            notify=data.get("notify") == "1",
            status=data.get("status", "pending"),
            created=float(data.get("created", 0)),
            report_id=report_id,
        )

    async def set_notify(self, report_id: str, user_id: int) -> bool:
        """Opt the reporting citizen in to hear the outcome (only the reporter may)."""
        key = self.keys.report(report_id)
        owner = await self.redis.hget(key, "user")
        if owner is None or owner != str(user_id):
            return False
        await self.redis.hset(key, "notify", "1")
        return True

    async def pending(self) -> int:
        """How many reports wait for a moderator."""
        return int(await self.redis.llen(self.keys.report_queue()))

    async def drop(self, report_id: str) -> None:
        """Take a report off the queue (one that expired before a moderator saw it)."""
        await self.redis.lrem(self.keys.report_queue(), 0, report_id)

    async def next_report(self) -> str | None:
        """The id of the oldest report waiting for a decision."""
        value = await self.redis.lindex(self.keys.report_queue(), 0)
        return str(value) if value else None

    async def skip(self, report_ids: Iterable[str]) -> None:
        """Put these reports (those still waiting) at the back of the queue."""
        queue = self.keys.report_queue()
        waiting = {str(r) for r in await self.redis.lrange(queue, 0, -1)}
        for report_id in report_ids:
            if report_id in waiting:
                async with self.redis.pipeline(transaction=True) as pipe:
                    pipe.lrem(queue, 1, report_id)
                    pipe.rpush(queue, report_id)
                    await pipe.execute()

    async def decide(
        self,
        report: Report,
        *,
        confirm: bool,
        actor: str,
        selected: Iterable[tuple[Kind, str]] = (),
    ) -> Decision:
        """Confirm (list the selected indicators) or reject a report, exactly once.

        For a dispute, "confirm" means the citizen was right: the selected indicators go on
        the allowlist. When two moderators decide at once, one applies and the other is told
        who decided first.
        """
        key = self.keys.report(report.report_id)
        list_name: ListName = "allow" if report.kind == "dispute" else "block"
        picked = tuple(dict.fromkeys(selected)) if confirm else ()
        status = "confirmed" if confirm else "rejected"
        async with self.redis.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(key)
                current = await pipe.hmget(key, DECIDED)
                if current[0] != "pending":
                    return Decision.not_applied(current)
                now = time.time()
                pipe.multi()  # type: ignore[no-untyped-call]
                reason = f"{report.kind} {report.report_id}"
                self.settle(pipe, [report.report_id], status, actor, now)
                write_decided(pipe, self.keys, list_name, picked, reason, "report", actor, now)
                action = "confirm" if confirm else "reject"
                write_audit(pipe, self.keys, AuditRecord(now, actor, action, detail=reason))
                await pipe.execute()
            except WatchError:
                return Decision.not_applied(await self.redis.hmget(key, DECIDED))
        return Decision(True, status, actor, picked, report)

    async def pending_of(self, pipe: Any, report_ids: Sequence[str]) -> list[str]:
        """Which of these reports still wait, read through the caller's watching pipeline."""
        return [
            report_id
            for report_id in report_ids
            if await pipe.hget(self.keys.report(report_id), "status") == "pending"
        ]

    def settle(
        self, pipe: Any, report_ids: Iterable[str], status: str, actor: str, now: float
    ) -> None:
        """Mark reports decided and take them off the queue, inside the caller's transaction."""
        for report_id in report_ids:
            pipe.hset(self.keys.report(report_id), mapping=decided(status, actor, now))
            pipe.lrem(self.keys.report_queue(), 0, report_id)

    def file_into(self, pipe: Any, report_id: str, campaign_id: str) -> None:
        """Note the campaign a report landed in, inside the caller's transaction."""
        pipe.hset(self.keys.report(report_id), "campaign", campaign_id)

    async def campaign_of(self, report_id: str) -> str | None:
        """The campaign a report landed in, if any."""
        value = await self.redis.hget(self.keys.report(report_id), "campaign")
        return str(value) if value else None

    async def moderator_chat(self) -> int | None:
        """The chat where new reports are announced, if one was set."""
        value = await self.redis.get(self.keys.moderator_chat())
        return int(value) if value else None

    async def set_moderator_chat(self, chat_id: int, *, actor: str) -> None:
        """Announce new reports in this chat from now on (audited)."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.keys.moderator_chat(), str(chat_id))
            write_audit(
                pipe, self.keys, AuditRecord(time.time(), actor, "modchat", detail=str(chat_id))
            )
            await pipe.execute()
