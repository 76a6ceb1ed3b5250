"""The phone checker: lists, official hotlines, faked local numbers, risky number types.

A number proves little by itself; what matters is how it is used: an overseas caller faking a
local number, a bank that gives a foreign number, an internet (VoIP) line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import phonenumbers
from phonenumbers import PhoneNumberType

from blocklists.lookups import Lookups
from checkers.case import Case
from checkers.codes import finding
from checkers.data import BRANDS, HOTLINES, Brand
from checkers.numbers import Phone
from checkers.verdict import Finding

# Organisations based in Singapore: they would never give an overseas number to call back.
LOCAL_BRANDS: Final[tuple[Brand, ...]] = tuple(
    b for b in BRANDS if any(d.endswith(".sg") for d in b.domains) and b.mention is not None
)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(c|d)`` -> ``a``, ``b(c|d)``)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _first_letters(alternatives: list[str]) -> set[str] | None:
    """The letters or digits the alternatives can begin with (lower case), or ``None``.

    ``None`` when one of them may begin otherwise (a class, an escape, an optional first
    letter): the look-ahead built from them must let through every place a name begins.
    """
    firsts: set[str] = set()
    for alternative in alternatives:
        if alternative.startswith("(?"):
            # A group ("(?P<dbs__0>(?:dbs|posb)\\b)"): the letters its alternatives begin with.
            close = _closing(alternative)
            if close is None or alternative[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            head = (
                alternative[: alternative.index(">") + 1]
                if alternative.startswith("(?P<")
                else alternative[:3]
            )
            if head != "(?:" and not head.startswith("(?P<"):
                return None
            inner = _first_letters(_alternatives(alternative[len(head) : close]))
            if inner is None:
                return None
            firsts |= inner
        elif (
            alternative[:1].isascii()
            and alternative[:1].isalnum()
            and alternative[1:2] not in ("?", "*", "{")
        ):
            firsts.add(alternative[0].lower())
        else:
            return None
    return firsts


def _closing(pattern: str) -> int | None:
    """Where the group that opens ``pattern`` closes (its ``)``), or ``None``."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = pattern.find("]", i + 2)
            if i < 0:
                return None
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _mentions_pattern(brands: tuple[Brand, ...]) -> str:
    r"""One pattern for every organisation's name, grouped so that most positions fail fast.

    Tried one after another at every position, the ~40 names made this search ~0.4 ms a
    message. Names that are words (``\bocbc\b``) go behind one shared word boundary and one
    look-ahead for the letters they begin with (:func:`_first_letters`: a word that begins
    no name fails there, not at each of ~40 names: less than half the time), names in
    Chinese behind one look-ahead for a Chinese character (~0.08 ms). Each alternative is a
    group ``<key>__<n>``.
    """
    words: list[str] = []
    chinese: list[str] = []
    others: list[str] = []
    for brand in brands:
        if brand.mention is None:
            continue
        for n, alternative in enumerate(_alternatives(brand.mention.pattern)):
            group = f"(?P<{brand.key}__{n}>{{}})"
            if alternative.startswith("\\b"):
                words.append(group.format(alternative[2:]))
            elif alternative[:1] and _CHINESE.match(alternative[0]):
                chinese.append(group.format(alternative))
            else:
                others.append(group.format(alternative))
    firsts = _first_letters(words)
    gate = f"(?=[{''.join(sorted(firsts))}])" if firsts else ""
    parts = [f"\\b{gate}(?:{'|'.join(words)})"] if words else []
    if chinese:
        parts.append(f"(?={_CHINESE.pattern})(?:{'|'.join(chinese)})")
    return "|".join(parts + others)


_CHINESE: Final = re.compile("[\u2e80-\u9fff\uf900-\ufaff]")

# One pass over the text for every organisation's name (see _mentions_pattern).
_MENTIONS: Final = re.compile(_mentions_pattern(LOCAL_BRANDS), re.IGNORECASE)
_BRAND_BY_KEY: Final = {b.key: b for b in LOCAL_BRANDS}


def _brand_of(match: re.Match[str]) -> Brand | None:
    return _BRAND_BY_KEY.get((match.lastgroup or "").rpartition("__")[0])


def brands_mentioned(text: str) -> tuple[Brand, ...]:
    """The Singapore organisations the text names, each once, in the order it names them."""
    found = (_brand_of(m) for m in _MENTIONS.finditer(text))
    return tuple(dict.fromkeys(b for b in found if b is not None))


# An agency named as a job's benefit ("$1,900 + CPF", "CPF contribution provided") or in a flat's
# listing ("4-room HDB flat for sale", "HDB resale") is no agency speaking: the employer or the
# agent gives their own mobile number, as they do.
_BENEFIT_BEFORE: Final = re.compile(r"(?:\+|\bplus|\d[- ]?rm|\d[- ]?room)\s*$", re.IGNORECASE)
_BENEFIT_AFTER: Final = re.compile(
    r"^\s*(?:provided|contributions?|included|(?:\d[- ]?(?:room|rm)\s+)?(?:(?:flats?|units?)\s+)?"
    r"(?:resale|rental|for\s+(?:sale|rent)))\b",
    re.IGNORECASE,
)


def offices_speaking(text: str) -> tuple[Brand, ...]:
    """The government offices the text names other than as a job's benefit or a flat's listing."""
    found = (
        _brand_of(m)
        for m in _MENTIONS.finditer(text)
        if not _BENEFIT_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _BENEFIT_AFTER.match(text[m.end() : m.end() + 24])
    )
    return tuple(dict.fromkeys(b for b in found if b is not None and b.kind == "government"))


def local_brand_mentioned(text: str) -> Brand | None:
    """The Singapore organisation the text first names (claiming to speak for or about it)."""
    match = _MENTIONS.search(text)
    return _brand_of(match) if match is not None else None


def country_name(region: str) -> str:
    """A readable name for a region code (English; the bot translates)."""
    names = {
        "MY": "Malaysia",
        "ID": "Indonesia",
        "CN": "China",
        "HK": "Hong Kong",
        "TW": "Taiwan",
        "PH": "the Philippines",
        "TH": "Thailand",
        "VN": "Vietnam",
        "IN": "India",
        "GB": "the United Kingdom",
        "US": "the United States",
        "KH": "Cambodia",
        "MM": "Myanmar",
        "LA": "Laos",
        "AU": "Australia",
    }
    return names.get(region, region or "abroad")


# Codes that forward a line's calls or texts to another number, typed on the keypad with that
# number inside: GSM's unconditional, no-answer, unreachable and all-calls forwarding (*21*,
# *61*, *62*, *67*, *002*, *004*, each also with ** to register), the *401* of some African and
# Indian networks, and the American *72 followed by the number. A stranger who has you dial
# one receives your bank's calls and its one-time codes read out by voice.
_FORWARDING = re.compile(
    r"(?<![\w*])\*{1,2}(?:21|61|62|67|002|004|401)\*\s?\+?\d[\d -]{5,16}\d\s?#"
    r"|(?<![\w*])\*72\s?(?:then\s|and\s|followed by\s|,\s?)?"
    r"\s?\+?1?[\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{4}\b",
    re.IGNORECASE,
)


def forwarding_code(text: str) -> str | None:
    """A call-forwarding code with a number in it, as written in ``text``, if there is one."""
    match = _FORWARDING.search(text)
    return match.group().strip() if match else None


class PhoneChecker:
    """Judges every phone number of a submission."""

    name = "phone"
    io_bound = False

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """Findings for each number, and for a local organisation giving a foreign number."""
        findings: list[Finding] = []
        if "*" in case.text:
            code = forwarding_code(case.text)
            if code is not None:
                findings.append(finding("PHN008", code))
        # One pass over the text for both questions (it is the costly part of this checker).
        named = brands_mentioned(case.text) if case.phones else ()
        brand = named[0] if named else None
        foreign_flagged = False
        for phone in case.phones:
            findings.extend(self.check_number(phone, case.region, lookups))
            if (
                brand is not None
                and not foreign_flagged
                and phone.e164
                and phone.region
                and phone.region != case.region
            ):
                findings.append(
                    finding(
                        "PHN005", phone.text, brand=brand.name, country=country_name(phone.region)
                    )
                )
                foreign_flagged = True
        office = next((b for b in named if b.kind == "government"), None)
        if office is not None:
            speaking = offices_speaking(case.text)
            office = speaking[0] if speaking else None
        if office is not None:
            mobile = next(
                (
                    p
                    for p in case.phones
                    if p.e164
                    and p.region == case.region
                    and p.number_type == PhoneNumberType.MOBILE
                    and HOTLINES.get(p.e164) is None
                ),
                None,
            )
            if mobile is not None:
                findings.append(finding("PHN007", mobile.text, brand=office.name))
        return findings

    def check_number(self, phone: Phone, region: str, lookups: Lookups) -> Iterable[Finding]:
        """All findings for one number."""
        if phone.spoof:
            yield finding("PHN002", phone.text)
            return
        if not phone.e164:
            if phone.contextual:
                yield finding("PHN006", phone.text)
            return
        entry = lookups.get("block", "phone", phone.e164)
        if entry is not None:
            yield finding(
                "LST002",
                phone.text,
                note=entry.reason,
                since=entry.added_day,
                reported=str(lookups.reported.get((entry.kind, entry.value), 0)),
            )
            return
        hotline = HOTLINES.get(phone.e164)
        if hotline is not None:
            yield finding("PHN001", phone.text, brand=hotline)
            return
        if lookups.get("allow", "phone", phone.e164) is not None:
            yield finding("LST004", phone.text)
            return
        if phone.region == region == "SG" or phone.e164.startswith("+65"):
            if phone.number_type == PhoneNumberType.VOIP:
                yield finding("PHN003", phone.text)
            elif phone.number_type == PhoneNumberType.PREMIUM_RATE:
                yield finding("PHN004", phone.text)


def example_number(kind: int, region: str = "SG") -> str:
    """An example number of a type, in E.164 (for tests and demonstrations, never real)."""
    number = phonenumbers.example_number_for_type(region, kind)
    if number is None:
        raise ValueError(f"no example number of type {kind} for {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# What a number's type is called on a card (phonenumbers' types, grouped as citizens know them).
NUMBER_KINDS: Final[dict[int, str]] = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium",
    PhoneNumberType.VOIP: "voip",
}


@dataclass(frozen=True, slots=True)
class NumberKind:
    """What a valid phone number is: how it is written, its country and its type.

    ``kind`` is one of :data:`NUMBER_KINDS`' values, or ``"other"`` (pagers, shared-cost…).
    """

    shown: str
    region: str
    kind: str


def describe_number(e164: str) -> NumberKind | None:
    """The country and type of a number in E.164 form, or ``None`` if it is not valid."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return NumberKind(
        shown=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        region=phonenumbers.region_code_for_number(number) or "",
        kind=NUMBER_KINDS.get(phonenumbers.number_type(number), "other"),
    )
