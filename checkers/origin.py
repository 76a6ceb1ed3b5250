"""The handle checker: accounts named in the message, and where it was forwarded from.

Telegram handles and payment accounts (bank accounts, UENs) are looked up on the lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from blocklists.lookups import Lookups
from checkers.case import Case
from checkers.codes import finding
from checkers.url import brand_in_name
from checkers.verdict import Finding

_OFFICIAL_WORDS: Final = (
    "official",
    "support",
    "customer service",
    "helpdesk",
    "admin",
    "hr",
    "recruit",
    "police",
    "gov",
    "bank",
    "singpass",
    "ministry",
)


class HandleChecker:
    """Looks Telegram handles up on the lists and reads the forward origin."""

    name = "handle"
    io_bound = False

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """Findings for listed handles and for origins that hide or pose."""
        findings: list[Finding] = []
        for handle in case.handles:
            entry = lookups.get("block", "handle", handle)
            if entry is not None:
                shown = handle if handle.startswith("id:") else "@" + handle
                reported = str(lookups.reported.get((entry.kind, entry.value), 0))
                findings.append(
                    finding(
                        "LST003",
                        shown,
                        note=entry.reason,
                        since=entry.added_day,
                        reported=reported,
                    )
                )
        for shown, account in case.accounts:
            entry = lookups.get("block", "account", account)
            if entry is not None:
                reported = str(lookups.reported.get(("account", account), 0))
                findings.append(
                    finding(
                        "LST005",
                        shown,
                        note=entry.reason,
                        since=entry.added_day,
                        reported=reported,
                    )
                )
        origin = case.submission.origin
        if origin is None:
            return findings
        if origin.kind == "hidden_user":
            findings.append(finding("FWD001", origin.name or "hidden"))
        elif origin.kind in ("channel", "chat"):
            name = f"{origin.name} {origin.handle}".strip()
            lowered = name.lower()
            if brand_in_name(name) is not None or any(w in lowered for w in _OFFICIAL_WORDS):
                findings.append(finding("FWD002", name))
        return findings
