"""Whose site a host is: an organisation's official one, or a place where anyone can publish.

Pure lookups in the reference data, used by the link checks and by the reading of a message
(an official link is not one of the message's red flags).
"""

from __future__ import annotations

from typing import Final

from checkers.data import (
    BRANDS,
    OFFICIAL_DOMAINS,
    RISKY_TLDS,
    SHORTENERS,
    USER_CONTENT_DOMAINS,
    Brand,
)

_GOV: Final = next(b for b in BRANDS if b.key == "gov")
# The registered names of the official domains (amazon of amazon.com, dhl of dhl.com), with
# the second levels their country endings have (co of amazon.co.uk, com of ocbc.com.my).
_OFFICIAL_NAMES: Final[dict[str, Brand]] = {
    domain.split(".", 1)[0]: brand for domain, brand in OFFICIAL_DOMAINS.items()
}
_SECOND_LEVELS: Final[dict[str, frozenset[str]]] = {
    name: frozenset(
        d.split(".")[1]
        for d in OFFICIAL_DOMAINS
        if d.split(".", 1)[0] == name and d.count(".") == 2
    )
    for name in _OFFICIAL_NAMES
}
# Country endings sold to anyone as words (.co, .io, .me, .tv, .ai…): not a country's own.
_VANITY_COUNTRY_ENDINGS: Final = frozenset(
    {"ac", "ag", "ai", "am", "bz", "cc", "cd", "cm", "co", "cx", "fm", "gg", "gl", "gs", "im"}
    | {"io", "la", "ly", "me", "ms", "mu", "nu", "pw", "sc", "sh", "so", "st", "su", "tk", "to"}
    | {"tv", "vc", "ws"}
)


def official_brand(host: str) -> Brand | None:
    """The organisation whose official site ``host`` is, if it is one.

    Hosts where anyone can publish (SharePoint, Blogspot, cloud storage, forms…) are never
    official, even under a brand's own domain.
    """
    if on_user_content(host):
        return None
    labels = host.split(".")
    for start in range(len(labels) - 1):
        brand = OFFICIAL_DOMAINS.get(".".join(labels[start:]))
        if brand is not None:
            return brand
    if host.endswith(".gov.sg"):
        return _GOV
    return None


def shared_host(host: str) -> bool:
    """Whether anyone can publish under this host (blocking its domain would hit others)."""
    return on_user_content(host) or shortened(host, host.split(".", 1)[-1])


def shortened(host: str, domain: str) -> bool:
    """Whether a link on ``host`` (of registrable ``domain``) is a shortener's (bit.ly, s.id)."""
    return domain in SHORTENERS or host in SHORTENERS


def under(host: str, domains: frozenset[str], *, itself: bool = False) -> bool:
    """Whether the host is a name under one of ``domains`` (or, with ``itself``, one of them).

    ``x.readthedocs.io`` is under ``readthedocs.io``; ``readthedocs.io`` itself only with
    ``itself``. A bare ending (``io``) is never compared.
    """
    labels = host.split(".")
    first = 0 if itself else 1
    return any(".".join(labels[i:]) in domains for i in range(first, len(labels) - 1))


def on_user_content(host: str) -> bool:
    """Whether the host, or a domain above it, is one where anyone can publish pages."""
    return under(host, USER_CONTENT_DOMAINS, itself=True)


def user_part(host: str) -> str:
    """The part of a host its publisher chose on a platform where anyone can publish.

    ``dbs-secure.pages.dev`` → ``dbs-secure``; ``acme.sharepoint.com`` → ``acme``; the
    platform's own host (``onedrive.live.com``, ``docs.google.com``) → ``""``. Outside such
    platforms, ``""``.
    """
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in USER_CONTENT_DOMAINS:
            return ".".join(label for label in labels[:i] if label != "www")
    return ""


# Hosts of open-source projects' documentation, built from their repositories: a project
# there is named after the service it is a library for (``python-telegram-bot``,
# ``discord-py``), never a lure.
DOCS_HOSTS: Final = frozenset({"readthedocs.io", "readthedocs.org", "rtfd.io"})


def on_docs_host(host: str) -> bool:
    """Whether the host is a project's documentation on a docs host (``x.readthedocs.io``)."""
    return under(host, DOCS_HOSTS)


def platform_page(host: str) -> bool:
    """Whether the host is a publishing platform's own (``docs.google.com``).

    Not a name a publisher chose on it (``dbs-secure.pages.dev``).
    """
    return on_user_content(host) and not user_part(host)


def brand_sibling(domain: str, suffix: str) -> Brand | None:
    """The brand whose official name this registrable domain is, under a country's ending.

    ``amazon.co.jp`` and ``dhl.de`` are the same names as the official ``amazon.com`` and
    ``dhl.com`` under the ending of a country whose registry holds them for the brand: no
    phishing site gets such a name. The brand's name must be the whole registered name, and
    under a country's second level (``co.jp``, ``com.sg``) only one the brand already uses
    elsewhere (``amazon.co.uk``, ``cimbclicks.com.my``): anyone may buy ``icloud.co.ua``.
    Cheap endings and country endings sold as words (``.co``, ``.io``, ``.cc``) never count.
    Such a site is not called official (it is not on the brand's list), but its name is no lure.
    """
    if not suffix or domain.count(".") != suffix.count(".") + 1 or suffix.count(".") > 1:
        return None
    last = suffix.rsplit(".", 1)[-1]
    if len(last) != 2 or last in RISKY_TLDS or last in _VANITY_COUNTRY_ENDINGS:
        return None
    name = domain.split(".", 1)[0]
    brand = _OFFICIAL_NAMES.get(name) if len(name) >= 3 else None
    if brand is not None and "." in suffix and suffix.split(".")[0] not in _SECOND_LEVELS[name]:
        return None
    return brand
