"""Citizens' reports and disputes, queued for moderators.

A report holds what the citizen agreed to send: the indicators always, the message text only
if they chose to (it expires after :data:`TEXT_TTL`), and whether they want to hear the
outcome. Moderation (review, confirm, reject) is built on this queue.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final, Literal

from redis.asyncio import Redis
from redis.typing import EncodableT, FieldT

from blocklists.connection import guarded
from blocklists.keys import KeyBuilder

ReportKind = Literal["report", "dispute"]
TEXT_TTL: Final = 30 * 24 * 3600
REPORT_TTL: Final = 90 * 24 * 3600
DAILY_LIMIT: Final = 20


@dataclass(frozen=True, slots=True)
class Report:
    """One report or dispute as the moderators see it."""

    kind: ReportKind
    user_id: int
    chat_id: int
    level: str
    codes: tuple[str, ...]
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    text: str | None = None
    lang: str = "en"
    notify: bool = False
    status: str = "pending"
    created: float = field(default_factory=time.time)
    report_id: str = ""


@guarded
class ReportQueue:
    """Reports in Redis: one hash each, and a queue of pending ids."""

    def __init__(self, redis: Redis, keys: KeyBuilder | None = None) -> None:
        self.redis = redis
        self.keys = keys or KeyBuilder()

    async def allowed(self, user_id: int) -> bool:
        """Count one report for today; ``False`` once the citizen passed the daily limit."""
        key = self.keys.report_count(user_id, datetime.now(UTC).strftime("%Y%m%d"))
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
