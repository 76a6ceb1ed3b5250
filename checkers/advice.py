"""What to tell a citizen to do: the organisation to verify with, from our own data only.

The CHECK step of Add-Check-Tell must never send a citizen to a number or link from the
message. It names the impersonated organisation's official hotline and website from
``checkers/data/official.json``.
"""

from __future__ import annotations

from typing import Final

from checkers.data import BRANDS, Brand
from checkers.phone import local_brand_mentioned
from checkers.verdict import Verdict

_BY_NAME: Final = {b.name: b for b in BRANDS}


def impersonated_brand(verdict: Verdict, text: str = "") -> Brand | None:
    """The organisation a scam imitates: named by a finding, else mentioned in the text."""
    for item in verdict.findings:
        if item.severity == 0:
            continue
        brand = _BY_NAME.get(item.params.get("brand", ""))
        if brand is not None:
            return brand
    return local_brand_mentioned(text) if text else None
