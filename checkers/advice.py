"""What to tell a citizen to do, decided from the findings (the words live in the bot).

The CHECK step of Add-Check-Tell must never send a citizen to a number or link from the
message: it names the impersonated organisation's official hotline and website from
``checkers/data/official.json``. The ADD step picks the one protection that fits the scam.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from checkers.data import BRANDS, Brand
from checkers.phone import local_brand_mentioned
from checkers.verdict import Severity, Verdict

AddKind = Literal["default", "bank", "singpass", "job", "investment"]

_BY_NAME: Final = {b.name: b for b in BRANDS}
# Which protection fits which red flag, most specific first.
_ADD_BY_CODE: Final[tuple[tuple[AddKind, frozenset[str]], ...]] = (
    ("singpass", frozenset({"TXT006"})),
    ("job", frozenset({"TXT001", "TXT002", "TXT003", "TXT004", "TXT005", "TXT007"})),
    ("investment", frozenset({"TXT012", "TXT013", "TXT026"})),
    (
        "bank",
        frozenset(
            {"TXT008", "TXT009", "TXT022", "TXT023", "TXT025", "TXT016", "PHN005", "TXT036"}
        ),
    ),
)
_FRIEND_CODES: Final = frozenset({"TXT014"})


@dataclass(frozen=True, slots=True)
class Advice:
    """The Add-Check-Tell choices for one verdict."""

    add: AddKind
    check_with: Brand | None
    """The organisation to contact through its official channels, if we know which."""
    friend: bool
    """The message poses as a friend or relative: check with them on their known number."""


def impersonated_brand(verdict: Verdict, text: str = "") -> Brand | None:
    """The organisation a message imitates: named by a finding, else mentioned in the text."""
    for item in verdict.findings:
        if item.severity is Severity.INFO:
            continue
        brand = _BY_NAME.get(item.params.get("brand", ""))
        if brand is not None:
            return brand
    return local_brand_mentioned(text) if text else None


def advise(verdict: Verdict, text: str = "") -> Advice:
    """The protection, the organisation to verify with, and whether to call a friend back."""
    codes = {f.code for f in verdict.findings if f.severity is not Severity.INFO}
    brand = impersonated_brand(verdict, text)
    add: AddKind = "default"
    for kind, wanted in _ADD_BY_CODE:
        if codes & wanted:
            add = kind
            break
    if add == "default" and brand is not None and brand.kind == "bank":
        add = "bank"
    return Advice(add=add, check_with=brand, friend=bool(codes & _FRIEND_CODES))
