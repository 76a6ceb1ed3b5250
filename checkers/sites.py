"""Whose site a host is: an organisation's official one, or a place where anyone can publish.

Pure lookups in the reference data, used by the link checks and by the reading of a message
(an official link is not one of the message's red flags).
"""

from __future__ import annotations

from typing import Final

from checkers.data import BRANDS, OFFICIAL_DOMAINS, SHORTENERS, USER_CONTENT_DOMAINS, Brand

_GOV: Final = next(b for b in BRANDS if b.key == "gov")


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
    return on_user_content(host) or host.split(".", 1)[-1] in SHORTENERS or host in SHORTENERS


def on_user_content(host: str) -> bool:
    """Whether the host, or a domain above it, is one where anyone can publish pages."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in USER_CONTENT_DOMAINS for i in range(len(labels) - 1))


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


def platform_page(host: str) -> bool:
    """Whether the host is a publishing platform's own (``docs.google.com``).

    Not a name a publisher chose on it (``dbs-secure.pages.dev``).
    """
    return on_user_content(host) and not user_part(host)
