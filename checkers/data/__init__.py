"""Reference data the checkers read: official organisations, hotlines and URL lists.

The files beside this module are the data (``official.json``, ``lists.json``); this module
loads them once at import into frozen, typed structures so checkers never branch on literals.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final


@dataclass(frozen=True, slots=True)
class Brand:
    """An organisation scams imitate, and how to reach it for real."""

    key: str
    name: str
    kind: str
    domains: frozenset[str]
    keywords: tuple[str, ...]
    website: str
    hotline: str
    mention: re.Pattern[str] | None


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files(__package__).joinpath(name).read_text("utf-8")
    )
    return data


_OFFICIAL: Final = _load("official.json")
_LISTS: Final = _load("lists.json")

BRANDS: Final[tuple[Brand, ...]] = tuple(
    Brand(
        key=key,
        name=entry["name"],
        kind=entry["kind"],
        domains=frozenset(entry["domains"]),
        keywords=tuple(entry["keywords"]),
        website=entry["website"],
        hotline=entry.get("hotline", ""),
        mention=re.compile(entry["mention"], re.IGNORECASE) if entry.get("mention") else None,
    )
    for key, entry in _OFFICIAL["brands"].items()
)
BRAND_BY_KEY: Final = {b.key: b for b in BRANDS}
OFFICIAL_DOMAINS: Final[dict[str, Brand]] = {d: b for b in BRANDS for d in b.domains}
HOTLINES: Final[dict[str, str]] = dict(_OFFICIAL["hotlines"])
HOTLINE_NUMBERS: Final[frozenset[str]] = frozenset(HOTLINES)

RISKY_TLDS: Final[frozenset[str]] = frozenset(_LISTS["risky_tlds"])
SHORTENERS: Final[frozenset[str]] = frozenset(_LISTS["shorteners"])
BARE_DOMAIN_TLDS: Final[frozenset[str]] = frozenset(_LISTS["bare_domain_tlds"])
FILLERS: Final[frozenset[str]] = frozenset(_LISTS["fillers"])
SUBSTRING_KEYWORDS: Final[frozenset[str]] = frozenset(_LISTS["substring_keywords"])
LOGIN_WORDS: Final[frozenset[str]] = frozenset(_LISTS["login_words"])
GOV_SG_MARKERS: Final[tuple[str, ...]] = tuple(_LISTS["gov_sg_markers"])
USER_CONTENT_DOMAINS: Final[frozenset[str]] = frozenset(_LISTS["user_content_domains"])
LOOKALIKE_EXCEPTIONS: Final[frozenset[str]] = frozenset(_LISTS["lookalike_exceptions"])
WORD_KEYWORDS: Final[frozenset[str]] = frozenset(_LISTS["word_keywords"])
URL_WORDS: Final[frozenset[str]] = frozenset(_LISTS["url_words"])
FEE_WORDS: Final[frozenset[str]] = frozenset(_LISTS["fee_words"])
ERRAND_WORDS: Final[frozenset[str]] = frozenset(_LISTS["errand_words"])
LURE_WORDS: Final[frozenset[str]] = frozenset(_LISTS["lure_words"])
STORAGE_HOSTS: Final[frozenset[str]] = frozenset(_LISTS["storage_hosts"])
STORAGE_SERVICES: Final[dict[str, str]] = dict(_LISTS["storage_services"])
