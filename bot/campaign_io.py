"""Campaigns in list files, beside the list entries.

``/export`` and ``scamcheck blocklist export`` write them; ``/import`` and ``scamcheck
blocklist import`` read them.

Two kinds of JSON line are campaign lines (any other line is read as a list file's):

* ``{"campaign": "12", "status": ..., "bands": [...], "sigs": ..., ...}`` — an exported
  campaign, restored as it was (fingerprints only: an export holds no citizen's text);
* ``{"template": "the scam message", "reason": ..., "status": "confirmed"}`` — a known scam
  message, fingerprinted here on import (``status`` defaults to ``confirmed``, like a
  blocklist entry).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from blocklists.campaign import STATUSES, pack_signatures, unpack_signatures
from blocklists.campaign_files import CampaignFiles
from blocklists.campaigns import CampaignImport, CampaignManager, CampaignRecord
from blocklists.feeds import Invalid, json_line
from checkers.case import prepare
from checkers.fingerprint import BANDS
from checkers.verdict import Submission

MAX_TEMPLATE_CHARS = 4000


def campaign_line(line: str) -> bool:
    """Whether a line of a list file is a campaign line."""
    head = line.lstrip()[:200]
    return head.startswith("{") and ('"campaign"' in head or '"template"' in head)


def split_lines(lines: Iterable[str]) -> tuple[list[tuple[int, str]], list[str]]:
    """Campaign lines (with their line numbers) and the list file's lines.

    A campaign line leaves a blank line in the list file, so that the list readers' line
    numbers stay the file's. The list file is empty when it holds only blank lines.
    """
    campaigns: list[tuple[int, str]] = []
    others: list[str] = []
    for number, line in enumerate(lines, start=1):
        if campaign_line(line):
            campaigns.append((number, line))
            others.append("")
        else:
            others.append(line)
    if not any(line.strip() for line in others):
        others = []
    return campaigns, others


def read_campaigns(
    lines: Iterable[tuple[int, str]], region: str = "SG"
) -> tuple[list[CampaignRecord], list[Invalid]]:
    """Campaign records from campaign lines, and the lines that could not be used."""
    records: list[CampaignRecord] = []
    invalid: list[Invalid] = []
    for number, line in lines:
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise TypeError("not an object")
            record = _template(data, region) if "template" in data else _restored(data)
        except (ValueError, KeyError, TypeError) as exc:
            invalid.append(Invalid(number, f"not a campaign line ({exc})"[:120]))
            continue
        records.append(record)
    return records, invalid


def _status(data: dict[str, Any], default: str) -> Any:
    status = str(data.get("status", default))
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    return status


def _template(data: dict[str, Any], region: str) -> CampaignRecord:
    text = data["template"]
    if not isinstance(text, str) or len(text) > MAX_TEMPLATE_CHARS:
        raise ValueError("template must be a message text")
    case = prepare(Submission(text=text), region)
    if not case.fingerprint:
        raise ValueError("template too short to fingerprint")
    return CampaignRecord(
        case.fingerprint.bands,
        (case.fingerprint.signature,),
        _status(data, "confirmed"),
        tuple(link.url for link in case.links),
        tuple(p.e164 for p in case.phones if p.e164),
        str(data.get("reason", ""))[:300],
    )


def _restored(data: dict[str, Any]) -> CampaignRecord:
    bands = tuple(int(b) for b in data["bands"])
    if len(bands) != BANDS or not all(0 <= b < 1 << 45 for b in bands):
        raise ValueError("bad bands")
    signatures = unpack_signatures(str(data.get("sigs", "")))
    if not signatures:
        raise ValueError("no signature")
    return CampaignRecord(
        bands,
        signatures,
        _status(data, "reported"),
        tuple(str(v) for v in data.get("links", [])),
        tuple(str(v) for v in data.get("phones", [])),
        str(data.get("reason", "")),
        str(data.get("source", "")),
        str(data.get("added_by", "")),
        float(data.get("first", 0) or 0),
        float(data.get("last", 0) or 0),
        int(data.get("seen", 0) or 0),
        int(data.get("reports", 0) or 0),
        str(data.get("decided_by", "")),
        str(data.get("campaign", "")),
    )


def export_line(record: CampaignRecord) -> str:
    """One campaign as a line of an export (what :func:`read_campaigns` restores)."""
    return json_line(
        {
            "campaign": record.campaign_id,
            "status": record.status,
            "bands": list(record.bands),
            "sigs": pack_signatures(record.signatures),
            "links": list(record.links),
            "phones": list(record.phones),
            "reason": record.reason,
            "source": record.source,
            "added_by": record.added_by,
            "decided_by": record.decided_by,
            "first": record.first,
            "last": record.last,
            "seen": record.seen,
            "reports": record.reports,
        }
    )


async def import_campaigns(
    campaigns: CampaignManager,
    lines: Iterable[tuple[int, str]],
    *,
    actor: str,
    source: str,
    region: str = "SG",
) -> tuple[CampaignImport, list[Invalid]]:
    """Read campaign lines and import them all or nothing (see ``CampaignFiles``)."""
    records, invalid = read_campaigns(lines, region)
    files = CampaignFiles(campaigns)
    result = await files.import_records(records, actor=actor, source=source)
    return result, invalid


async def export_campaigns(campaigns: CampaignManager) -> list[str]:
    """Every campaign as export lines."""
    records = await CampaignFiles(campaigns).export()
    return [export_line(r) for r in records]


def summary(result: CampaignImport, invalid: list[Invalid]) -> str:
    """One line about a campaign import."""
    return (
        f"Campaigns: {result.added} added, {result.present} already present, "
        f"{len(invalid)} invalid."
    )
