"""Verdict → the Add-Check-Tell card, in the citizen's language (plain text or Telegram HTML).

Nothing the user sent is shown unescaped: every piece of evidence goes through
:func:`html.escape` in the HTML card, and links are defanged (``hxxps://x[.]com``) so that a
card never carries a clickable scam link.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.i18n import Translator
from bot.i18n import messages as m
from checkers.advice import Advice, advise
from checkers.phone import country_name, describe_number
from checkers.verdict import Finding, Indicators, Origin, Severity, Verdict

MAX_REASONS: Final = 5
TELEGRAM_LIMIT: Final = 4096
_LEVEL: Final = {
    "scam": m.LEVEL_SCAM,
    "suspicious": m.LEVEL_SUSPICIOUS,
    "no_red_flags": m.LEVEL_NO_RED_FLAGS,
}
_ADD: Final = {
    "default": m.ADD_DEFAULT,
    "bank": m.ADD_BANK,
    "singpass": m.ADD_SINGPASS,
    "job": m.ADD_JOB,
    "investment": m.ADD_INVESTMENT,
}
_SCHEME = re.compile(r"\b(h)(tt)(ps?)://", re.IGNORECASE)
_DOT = re.compile(r"(?<=[\w-])\.(?=[a-z]{2,}\b)", re.IGNORECASE)


def defang(text: str) -> str:
    """Make links unclickable in plain text (``https://a.com`` → ``hxxps://a[.]com``)."""
    text = _SCHEME.sub(lambda mt: f"{mt[1]}xx{mt[3]}://", text)
    return _DOT.sub("[.]", text)


@dataclass(frozen=True, slots=True)
class Card:
    """The parts of a verdict card, already translated, not yet formatted."""

    title: str
    source: str
    reasons: tuple[str, ...]
    reasons_html: tuple[str, ...]
    notes: tuple[str, ...]
    add: str
    check: str
    tell: str
    headings: tuple[str, str, str]
    what_we_found: str
    checked: str = ""
    """"Checked: +65 8123 4567 (Singapore mobile number), 1 link", or empty."""


def build_card(
    verdict: Verdict,
    t: Translator,
    *,
    text: str = "",
    origin: Origin | None = None,
    combined: int = 1,
    listed_since: str = "",
    reported: int = 0,
) -> Card:
    """Translate a verdict into the parts of its card."""
    flags = [f for f in verdict.findings if f.severity is not Severity.INFO]
    info = [f for f in verdict.findings if f.severity is Severity.INFO]
    shown = flags[:MAX_REASONS] + info[:2]
    reasons = [t.reason(f) for f in shown]
    reasons_html = [t.reason_html(f) for f in shown]
    extra = []
    if len(flags) > MAX_REASONS:
        extra.append(t(m.MORE_FINDINGS, count=len(flags) - MAX_REASONS))
    if not flags:
        extra.append(t(m.NOTHING_FOUND))
    at = min(len(flags), MAX_REASONS)
    reasons[at:at] = extra
    reasons_html[at:at] = [html.escape(x) for x in extra]
    notes: list[str] = []
    if combined > 1:
        notes.append(t(m.COMBINED, count=combined))
    if origin is not None and origin.name:
        notes.append(t(m.FORWARDED_FROM, name=origin.name))
    if origin is not None and origin.date:
        notes.append(t(m.ORIGINAL_DATE, date=origin.date))
    failed = [f.checker for f in verdict.failures]
    if "lists" in failed:
        notes.append(t(m.COULD_NOT_CHECK_LISTS))
    others = [name for name in failed if name != "lists"]
    if others:
        notes.append(t(m.COULD_NOT_CHECK_PART, what=", ".join(others)))
    if verdict.from_list:
        source = t(m.FROM_LIST)
        if listed_since and reported > 1:
            source += " " + t(m.FROM_LIST_REPORTED, date=listed_since, count=reported)
        elif listed_since:
            source += " " + t(m.FROM_LIST_SINCE, date=listed_since)
    else:
        source = t(m.AUTOMATIC)
    advice: Advice = advise(verdict, text)
    return Card(
        title=t(_LEVEL[verdict.level]),
        source=source,
        reasons=tuple(reasons),
        reasons_html=tuple(reasons_html),
        notes=tuple(notes),
        add=t(_ADD[advice.add]),
        check=_check_line(advice, t),
        tell=t(m.TELL_TEXT),
        headings=(t(m.ADD), t(m.CHECK), t(m.TELL)),
        what_we_found=t(m.WHAT_WE_FOUND),
        checked=checked_line(verdict.indicators, t),
    )


_NUMBER_KIND: Final = {
    "mobile": m.NUMBER_MOBILE,
    "fixed_line": m.NUMBER_FIXED_LINE,
    "fixed_line_or_mobile": m.NUMBER_FIXED_LINE_OR_MOBILE,
    "toll_free": m.NUMBER_TOLL_FREE,
    "premium": m.NUMBER_PREMIUM,
    "voip": m.NUMBER_VOIP,
}
MAX_NUMBERS: Final = 3


def number_label(e164: str, t: Translator) -> str:
    """A number with its country and type, as a citizen reads it.

    "+65 8123 4567 (Singapore mobile number)"; the number alone when it is not valid.
    """
    described = describe_number(e164)
    if described is None:
        return e164
    region = described.region
    country = t(m.COUNTRY_SINGAPORE) if region == "SG" else t(country_name(region))
    kind = t(_NUMBER_KIND.get(described.kind, m.NUMBER_OTHER), country=country)
    return t(m.CHECKED_NUMBER, number=described.shown, kind=kind)


def checked_line(indicators: Indicators, t: Translator) -> str:
    """What a check looked at (numbers with their type, counts of links and accounts)."""
    items = [number_label(phone, t) for phone in indicators.phones[:MAX_NUMBERS]]
    if len(indicators.phones) > MAX_NUMBERS:
        items.append(t(m.CHECKED_MORE_NUMBERS, count=len(indicators.phones) - MAX_NUMBERS))
    for count, one, many in (
        (len(indicators.urls), m.CHECKED_LINK, m.CHECKED_LINKS),
        (len(indicators.handles), m.CHECKED_ACCOUNT, m.CHECKED_ACCOUNTS),
        (len(indicators.emails), m.CHECKED_EMAIL, m.CHECKED_EMAILS),
    ):
        if count == 1:
            items.append(t(one))
        elif count > 1:
            items.append(t(many, count=count))
    return t(m.CHECKED, items=", ".join(items)) if items else ""


def _check_line(advice: Advice, t: Translator) -> str:
    if advice.friend:
        return t(m.CHECK_FRIEND)
    brand = advice.check_with
    if brand is None:
        return t(m.CHECK_DEFAULT)
    name = t(brand.name)
    if brand.hotline:
        return t(m.CHECK_BRAND, name=name, hotline=brand.hotline, website=brand.website)
    return t(m.CHECK_BRAND_NO_HOTLINE, name=name, website=brand.website)


def render_plain(card: Card) -> str:
    """The card for a terminal."""
    lines = [card.title, card.source, "", card.what_we_found]
    lines.extend(f"  • {r}" for r in card.reasons)
    if card.checked:
        lines.append(card.checked)
    lines.extend(card.notes)
    lines.append("")
    for heading, body in zip(card.headings, (card.add, card.check, card.tell), strict=True):
        lines.append(f"{heading}: {body}")
    return "\n".join(lines)


def render_html(card: Card) -> str:
    """The card as Telegram HTML; every piece of text is escaped."""
    e = html.escape
    parts = [
        f"<b>{e(card.title)}</b>",
        f"<i>{e(card.source)}</i>",
        "",
        f"<b>{e(card.what_we_found)}</b>",
    ]
    parts.extend(f"• {r}" for r in card.reasons_html)
    if card.checked:
        parts.extend(("", e(card.checked)))
    if card.notes:
        parts.append("")
        parts.extend(e(n) for n in card.notes)
    parts.append("")
    for heading, body in zip(card.headings, (card.add, card.check, card.tell), strict=True):
        parts.append(f"<b>{e(heading)}</b>: {e(body)}")
    return "\n".join(parts)


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split a long message at line breaks so each part fits Telegram's limit.

    HTML tags in the cards never span lines, so splitting between lines keeps them whole;
    a single over-long line is cut hard.
    """
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current or not chunks:
        chunks.append(current)
    return chunks


def warning_text(verdict: Verdict, t: Translator) -> str:
    """A short warning a citizen can forward to their family chat (plain text)."""
    flags: Sequence[Finding] = [f for f in verdict.findings if f.severity is not Severity.INFO]
    reason = defang(t.reason(flags[0])) if flags else ""
    return f"{t(m.WARNING_HEADER)}\n{t(m.WARNING_BODY, reason=reason)}"


# Issue 14 — a card to send into any chat (inline mode and the group guardian).
SHARE_REASONS: Final = 3


def render_shareable(card: Card, limit: int = TELEGRAM_LIMIT) -> str:
    """The card as Telegram HTML for someone else's chat.

    The level, the top reasons, what was checked, and Add-Check-Tell; every quoted link is
    defanged, and the text fits one message (reasons are dropped, last first, until it does).
    """
    e = html.escape
    head = [f"<b>{e(card.title)}</b>", f"<i>{e(card.source)}</i>", ""]
    reasons = [f"• {e(defang(r))}" for r in card.reasons[:SHARE_REASONS]]
    checked = ["", e(defang(card.checked))] if card.checked else []
    steps = [""] + [
        f"<b>{e(heading)}</b>: {e(body)}"
        for heading, body in zip(card.headings, (card.add, card.check, card.tell), strict=True)
    ]
    while reasons:
        text = "\n".join(head + reasons + checked + steps)
        if len(text) <= limit:
            return text
        reasons.pop()
    return "\n".join(head + checked + steps)[:limit]
