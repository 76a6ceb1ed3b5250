"""The audit trail: one function writes a record (inside the change's transaction), one reads.

Every change of a list, a report or a campaign is written together with its audit record in
one MULTI/EXEC, so a change is never made without its audit line.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import Any, Final, Literal

from redis.asyncio import Redis

from blocklists.connection import unavailable_on_error
from blocklists.keys import KeyBuilder

AUDIT_MAXLEN: Final = 200_000
Action = Literal["block", "unblock", "allow", "unallow", "import", "confirm", "reject", "skip"]


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One line of the audit trail."""

    at: float
    actor: str
    action: str
    list_name: str = ""
    kind: str = ""
    value: str = ""
    reason: str = ""
    detail: str = ""


# The stream's field for each of the record's attributes, in the record's order.
_FIELDS: Final = ("t", "actor", "action", "list", "kind", "value", "reason", "detail")


def write_audit(pipe: Any, keys: KeyBuilder, record: AuditRecord) -> None:
    """Append one audit record inside the caller's transaction: the one place that does."""
    values = [f"{record.at:.3f}", *(str(v) for v in astuple(record)[1:])]
    stream = dict(zip(_FIELDS, values, strict=True))
    pipe.xadd(keys.audit(), stream, maxlen=AUDIT_MAXLEN, approximate=True)


@unavailable_on_error
async def read_audit(redis: Redis, keys: KeyBuilder, count: int = 20) -> list[AuditRecord]:
    """The newest audit records, newest first (at most 500)."""
    records = await redis.xrevrange(keys.audit(), count=max(1, min(count, 500)))
    out: list[AuditRecord] = []
    for _, raw in records or []:
        data = {str(k): str(v) for k, v in (raw or {}).items()}
        values = [data.get(name, "") for name in _FIELDS[1:]]
        out.append(AuditRecord(float(data.get("t", 0)), *values))
    return out
