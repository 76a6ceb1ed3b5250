"""Changing the lists: one entry point for the shell, the bot and the benchmarks.

:class:`ListManager` is a thin facade over the owners of each responsibility, so a caller
needs one object: :mod:`blocklists.lists` (put, delete, find), :mod:`blocklists.imports`
(imports and exports), :mod:`blocklists.reports` (the report queue and decisions),
:mod:`blocklists.audit` (the audit trail) and :mod:`blocklists.counters` (counts and stats).
Every change is one Redis transaction with its audit record; imports are all or nothing.
"""

from __future__ import annotations

from blocklists.audit import AuditRecord, read_audit
from blocklists.counters import Counters
from blocklists.feeds import Invalid
from blocklists.imports import ImportResult, ListFiles
from blocklists.lists import Found, ListEdits, parse_duration
from blocklists.reports import Decision, ReportQueue

__all__ = [
    "AuditRecord",
    "Decision",
    "Found",
    "ImportResult",
    "Invalid",
    "ListManager",
    "parse_duration",
]


class ListManager(ListFiles, ListEdits, ReportQueue, Counters):
    """Block, allow, unblock, import, export, audit, count, and decide reports.

    Each part is its owner's (the bases); this class only puts them under one name.
    """

    async def audit(self, count: int = 20) -> list[AuditRecord]:
        """The newest audit records, newest first."""
        return await read_audit(self.redis, self.keys, count)

    async def stats(self) -> dict[str, int]:
        """List sizes, today's checks and reports, and the queue length."""
        figures = await super().stats()
        figures["reports waiting"] = await self.pending()
        return figures

    async def skip_report(self, report_id: str) -> None:
        """Put a report at the back of the queue."""
        await self.skip([report_id])
