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


# One pass over the text for every organisation's name (a named group each).
_MENTIONS: Final = re.compile(
    "|".join(f"(?P<{b.key}>{b.mention.pattern})" for b in LOCAL_BRANDS if b.mention is not None),
    re.IGNORECASE,
)
_BRAND_BY_KEY: Final = {b.key: b for b in LOCAL_BRANDS}


def brands_mentioned(text: str) -> tuple[Brand, ...]:
    """The Singapore organisations the text names, each once, in the order it names them."""
    found = (_BRAND_BY_KEY.get(m.lastgroup or "") for m in _MENTIONS.finditer(text))
    return tuple(dict.fromkeys(b for b in found if b is not None))


def local_brand_mentioned(text: str) -> Brand | None:
    """The Singapore organisation the text first names (claiming to speak for or about it)."""
    match = _MENTIONS.search(text)
    return _BRAND_BY_KEY[match.lastgroup] if match is not None and match.lastgroup else None


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


class PhoneChecker:
    """Judges every phone number of a submission."""

    name = "phone"
    io_bound = False

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """Findings for each number, and for a local organisation giving a foreign number."""
        findings: list[Finding] = []
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
