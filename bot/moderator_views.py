"""What moderators see: review cards of reports and campaigns, lookups, the audit trail.

Pure functions from the store's records to text and keyboards (HTML where a card is HTML:
everything escaped, links defanged). Moderator texts are in English. The buttons' callback
data comes from :mod:`bot.callbacks`.
"""

from __future__ import annotations

import contextlib
import html
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from blocklists.audit import AuditRecord
from blocklists.campaign import Campaign
from blocklists.campaigns import CampaignDecision
from blocklists.lists import Found
from blocklists.lookups import Entry, day
from blocklists.normalize import InvalidValue, Kind, normalize_domain
from blocklists.reports import Outcome, Report
from bot.callbacks import CAMPAIGN_VERBS, REPORT_VERBS, Verb, review
from bot.render import defang
from checkers.sites import official_brand, shared_host

MAX_VALUES: Final = 16


def blockable(
    urls: Iterable[str], phones: Iterable[str], handles: Iterable[str] = ()
) -> list[tuple[Kind, str]]:
    """What a moderator can list: the links (and their domains), numbers and handles."""
    pairs: list[tuple[Kind, str]] = []
    for url in urls:
        pairs.append(("url", url))
        with contextlib.suppress(InvalidValue):
            pairs.append(("domain", normalize_domain(url)))
    pairs += [("phone", p) for p in phones]
    pairs += [("handle", h) for h in handles]
    return list(dict.fromkeys(pairs))[:MAX_VALUES]


def report_indicators(report: Report) -> list[tuple[Kind, str]]:
    """What a moderator can block for a report: its links (and their domains), numbers, handles."""
    return blockable(report.urls, report.phones, report.handles)


def campaign_values(campaign: Campaign) -> list[tuple[Kind, str]]:
    """What a moderator can block for a campaign: its links (and their domains), numbers."""
    return blockable(campaign.links, campaign.phones)


def default_mask(values: Sequence[tuple[Kind, str]]) -> int:
    """Ticked by default: everything but the domains of official sites and shared hosts."""
    mask = 0
    for index, (kind, value) in enumerate(values):
        if kind == "domain" and (official_brand(value) is not None or shared_host(value)):
            continue
        mask |= 1 << index
    return mask


def _card(
    title: str,
    heading: str,
    values: Sequence[tuple[Kind, str]],
    sample: str | None,
    shared_by: str,
) -> list[str]:
    """A review card's lines: title, the numbered values, the text a citizen shared."""
    lines = [title]
    if values:
        lines.append(heading)
        lines.extend(
            f"{i + 1}. {kind} <code>{html.escape(defang(value))}</code>"
            for i, (kind, value) in enumerate(values)
        )
    if sample:
        lines.append(f"Text shared by {shared_by}:")
        lines.append(f"<code>{html.escape(defang(sample[:1500]))}</code>")
    return lines


def report_text(report: Report, indicators: Sequence[tuple[Kind, str]]) -> str:
    """The report as a moderator sees it (HTML, everything escaped, links defanged)."""
    age = max(0, int((time.time() - report.created) // 3600))
    title = "Dispute" if report.kind == "dispute" else "Report"
    lines = _card(
        f"<b>{title} {html.escape(report.report_id)}</b> · verdict {report.level} · {age} h ago\n"
        f"Codes: {html.escape(', '.join(report.codes) or '-')}",
        "Indicators:",
        indicators,
        report.text,
        "the citizen",
    )
    if report.kind == "dispute":
        lines.append(
            "The citizen says this verdict is wrong. "
            "Confirm puts the ticked values on the allowlist."
        )
    return "\n".join(lines)


def campaign_summary(campaign: Campaign) -> str:
    """One line: counts and dates (plain text)."""
    people = "person" if campaign.reporters == 1 else "people"
    reports = "report" if campaign.reports == 1 else "reports"
    return (
        f"Campaign #{campaign.campaign_id} · {campaign.status} · {campaign.reports} {reports} "
        f"from {campaign.reporters} {people} · seen {campaign.seen}× · since "
        f"{day(campaign.first) or '?'}"
    )


def campaign_text(
    campaign: Campaign, values: Sequence[tuple[Kind, str]], sample: str | None
) -> str:
    """The campaign as a moderator sees it (HTML, everything escaped, links defanged)."""
    title = f"<b>{html.escape(campaign_summary(campaign))}</b>"
    lines = _card(title, "Links and numbers:", values, sample, "a citizen")
    if not sample:
        lines.append("No citizen shared the text of these messages.")
    return "\n".join(lines)


def _review_keyboard(
    verbs: Sequence[Verb],
    target: str,
    values: Sequence[tuple[Kind, str]],
    mask: int,
    labels: tuple[str, str],
) -> InlineKeyboardMarkup:
    """One toggle per value, then Confirm · Reject · Skip (``verbs`` in that order)."""
    toggle, confirm, reject, skip = verbs
    rows = [
        [
            InlineKeyboardButton(
                f"{'☑' if mask >> i & 1 else '☐'} {i + 1}. {kind}",
                callback_data=review(toggle, target, mask ^ (1 << i)),
            )
        ]
        for i, (kind, _) in enumerate(values)
    ]
    rows.append(
        [
            InlineKeyboardButton(labels[0], callback_data=review(confirm, target, mask)),
            InlineKeyboardButton(labels[1], callback_data=review(reject, target)),
            InlineKeyboardButton("⏭ Skip", callback_data=review(skip, target)),
        ]
    )
    return InlineKeyboardMarkup(rows)


def report_keyboard(
    report: Report, indicators: Sequence[tuple[Kind, str]], mask: int
) -> InlineKeyboardMarkup:
    """One toggle per indicator, then Confirm · Not a scam · Skip."""
    if report.kind == "dispute":
        labels = ("✅ Allow ticked", "❌ Verdict stands")
    else:
        labels = ("✅ Confirm scam", "❌ Not a scam")
    return _review_keyboard(REPORT_VERBS, report.report_id, indicators, mask, labels)


def campaign_keyboard(
    campaign_id: str, values: Sequence[tuple[Kind, str]], mask: int
) -> InlineKeyboardMarkup:
    """One toggle per link or number, then Confirm scam · Not a scam · Skip."""
    labels = ("✅ Confirm scam", "❌ Not a scam")
    return _review_keyboard(CAMPAIGN_VERBS, campaign_id, values, mask, labels)


def outcome(decision: Outcome) -> str:
    """What a decision on a report or a campaign did, for the moderator."""
    what = "campaign" if isinstance(decision, CampaignDecision) else "report"
    if not decision.applied:
        if decision.status == "missing":
            return f"That {what} no longer exists."
        who = decision.decided_by or "another moderator"
        return f"Already {decision.status} by {who}; nothing changed."
    settled = ""
    if isinstance(decision, CampaignDecision):
        settled = f" {len(decision.reports)} waiting report(s) settled."
    if decision.status == "confirmed":
        listed = (
            ", ".join(f"{kind} {defang(value)}" for kind, value in decision.blocked)
            or "nothing ticked"
        )
        return f"✅ Confirmed. Listed: {listed}.{settled}"
    if isinstance(decision, CampaignDecision):
        return f"❌ Not a scam: messages like these are marked genuine.{settled}"
    return "❌ Rejected: no list changed."


def campaign_lookup_text(campaign: Campaign) -> str:
    """A campaign as /lookup of a message shows it (plain text)."""
    values = campaign_values(campaign)
    lines = [campaign_summary(campaign)]
    lines.extend(f"{i + 1}. {kind} {defang(value)}" for i, (kind, value) in enumerate(values))
    if campaign.decided_by:
        lines.append(f"Decided by {campaign.decided_by}.")
    return "\n".join(lines)


def lookup_text(found: Sequence[Found]) -> str:
    """Every list each value is on, with provenance, checks and reports (HTML)."""
    lines = []
    for item in found:
        lines.append(
            f"<b>{item.kind}</b> <code>{html.escape(defang(item.value))}</code>: "
            f"checked {item.checked}×, reported {item.reported}×"
        )
        lines.extend([_provenance(e) for e in item.entries] or ["  not on any list"])
    return "\n".join(lines)


def _provenance(entry: Entry) -> str:
    """Which list an entry is on, since when, who added it, from where, until when, why."""
    expiry = f", expires {entry.expires_day}" if entry.expires_at else ""
    who, source = html.escape(entry.added_by or "?"), html.escape(entry.source or "?")
    return (
        f"  {entry.list_name}list since {entry.added_day or '?'} by {who} ({source}{expiry}): "
        f"{html.escape(entry.reason or '-')}"
    )


def audit_text(records: Sequence[AuditRecord]) -> str:
    """The audit trail, one change a line (plain text, values defanged)."""
    return "\n".join(
        f"{datetime.fromtimestamp(r.at, UTC):%Y-%m-%d %H:%M} {r.actor}: {r.action} "
        f"{r.list_name} {r.kind} {defang(r.value)} "
        f"{('— ' + r.reason) if r.reason else ''} {r.detail}".strip()
        for r in records
    )


def announcement(report: Report) -> str:
    """The moderators' chat's note about a new report or dispute."""
    what = "dispute" if report.kind == "dispute" else "report"
    count = len(report.urls) + len(report.phones) + len(report.handles)
    return (
        f"🆕 New {what} {report.report_id}: verdict {report.level}, {count} indicators. "
        "/reports to review."
    )
