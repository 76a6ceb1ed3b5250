"""Changing the lists: one entry point for the shell, the bot and the benchmarks.

:class:`ListManager` is a thin facade over the owners of each responsibility, so a caller
needs one object: :mod:`blocklists.lists` (put, delete, find), :mod:`blocklists.imports`
(imports and exports), :mod:`blocklists.reports` (the report queue and decisions),
:mod:`blocklists.audit` (the audit trail) and :mod:`blocklists.counters` (counts and stats).
Every change is one Redis transaction with its audit record; imports are all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from redis.asyncio import Redis

from blocklists.audit import AuditRecord, read_audit
from blocklists.counters import Counters
from blocklists.feeds import Invalid
from blocklists.imports import ImportResult, ListFiles
from blocklists.keys import KeyBuilder
from blocklists.lists import Found, ListEdits, parse_duration
from blocklists.normalize import Kind
from blocklists.reports import Decision, Report, ReportQueue

__all__ = [
    "AuditRecord",
    "Decision",
    "Found",
    "ImportResult",
    "Invalid",
    "ListManager",
    "parse_duration",
]


class ListManager(ListFiles, ListEdits):
    """Block, allow, unblock, import, export, audit, count, and decide reports."""

    def __init__(self, redis: Redis, keys: KeyBuilder | None = None) -> None:
        super().__init__(redis, keys)
        self.reports = ReportQueue(redis, self.keys)
        self.counters = Counters(redis, self.keys)

    async def audit(self, count: int = 20) -> list[AuditRecord]:
        """The newest audit records, newest first."""
        return await read_audit(self.redis, self.keys, count)

    async def stats(self) -> dict[str, int]:
        """List sizes, today's checks and reports, and the queue length."""
        figures = await self.counters.stats()
        figures["reports waiting"] = await self.reports.pending()
        return figures

    async def count_reported(self, indicators: Iterable[tuple[Kind, str]]) -> None:
        """Count a citizen's report against each of its indicators."""
        await self.counters.count_reported(indicators)

    async def next_report(self) -> str | None:
        """The id of the oldest report waiting for a decision."""
        return await self.reports.next_report()

    async def skip_report(self, report_id: str) -> None:
        """Put a report at the back of the queue."""
        await self.reports.skip([report_id])

    async def decide(
        self,
        report: Report,
        *,
        confirm: bool,
        actor: str,
        selected: Iterable[tuple[Kind, str]] = (),
    ) -> Decision:
        """Confirm or reject a report, exactly once (see :meth:`ReportQueue.decide`)."""
        return await self.reports.decide(report, confirm=confirm, actor=actor, selected=selected)
