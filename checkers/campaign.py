"""Scam campaigns: a message like one moderators already judged is judged the same way.

The engine looks the message's fingerprint up with its lists (one round trip); the store
returns the campaigns whose kept variants are really alike (a shared band only says "maybe",
see ``blocklists.campaign.LOOKUP_SCRIPT``). :class:`CampaignChecker` turns them into
findings:

* a **confirmed** campaign → CMP001 (critical: the message is a scam, as a listed link is);
* an unconfirmed campaign reported by :data:`SEVERAL` different citizens or more → CMP002;
* a campaign moderators found legitimate (a bank's real notice people keep reporting) →
  CMP003, informational, like an allowlisted link.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from blocklists.campaign import CampaignHit
from blocklists.lookups import Lookups, day
from checkers.case import Case
from checkers.codes import finding
from checkers.verdict import Finding

SEVERAL: Final = 3


def matched(lookups: Lookups) -> list[CampaignHit]:
    """The campaigns the message belongs to, the most alike first."""
    return sorted(lookups.campaigns.values(), key=lambda hit: -hit.likeness)


class CampaignChecker:
    """Findings for the campaigns a message belongs to (see the module docstring)."""

    name = "campaign"
    io_bound = False

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """CMP001 to CMP003 for the verified campaigns (at most one finding each)."""
        found: list[Finding] = []
        for hit in matched(lookups):
            evidence = f"#{hit.campaign_id}"
            if hit.status == "confirmed":
                since = day(hit.first) or "?"
                found.append(finding("CMP001", evidence, count=str(max(1, hit.seen)), date=since))
            elif hit.status == "not_scam":
                found.append(finding("CMP003", evidence))
            elif hit.reporters >= SEVERAL:
                found.append(finding("CMP002", evidence, count=str(hit.reporters)))
        del case
        return found
