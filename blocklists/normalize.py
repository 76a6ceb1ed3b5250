"""One normalisation for every value that is written to or looked up in a list.

Writers (seeds, moderators, feed imports) and readers (the checkers) call the same
:func:`normalize`, so they never disagree about what ``DBS-Verify.XYZ.`` or ``0065 8123 4567``
means. Every function here is pure and idempotent: ``normalize(k, normalize(k, v)) ==
normalize(k, v)``.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import lru_cache
from typing import Final, Literal
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

import phonenumbers
import tldextract
from phonenumbers import shortnumberinfo

Kind = Literal["domain", "url", "phone", "handle", "account"]
KINDS: Final[tuple[Kind, ...]] = ("domain", "url", "phone", "handle", "account")

# The bundled Public Suffix List snapshot only: no download at run time, ever. Private suffixes
# are on, so that ``scam.github.io`` is its own registrable domain, not all of github.io.
DOMAIN_EXTRACTOR: Final = tldextract.TLDExtract(
    suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
)

MAX_VALUE_LENGTH: Final = 2048
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_HANDLE = re.compile(r"^[a-z][a-z0-9_]{3,31}$")
_ACCOUNT = re.compile(r"^[0-9A-Z]{6,20}$")
_ACCOUNT_SEPARATORS = re.compile(r"[\s\-./]")


class InvalidValue(ValueError):
    """The value cannot be a list entry of the given kind; the message says why."""


def _clean(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).translate(_ZERO_WIDTH).strip()
    if not value:
        raise InvalidValue("empty value")
    if len(value) > MAX_VALUE_LENGTH:
        raise InvalidValue(f"longer than {MAX_VALUE_LENGTH} characters")
    return value


def ascii_host(host: str) -> str:
    """Lower-case a host name and turn Unicode labels into punycode (``xn--``).

    Raises:
        InvalidValue: the host is empty, has an empty or over-long label, or is not valid IDNA.
    """
    if "%" in host:
        # A browser reads percent codes in a host as the letters they stand for
        # (``%64%62%73.top`` opens ``dbs.top``); an encoded ``@`` (``dbs.com%40x.top``) is read
        # as the end of a user part in front of the real host, as a written one is.
        host = encoded_host_parts(host)[1]
    host = host.strip().rstrip(".").lower()
    if not host:
        raise InvalidValue("empty host name")
    if ":" in host:
        try:
            return f"[{ipaddress.IPv6Address(host.strip('[]')).compressed}]"
        except ValueError as exc:
            raise InvalidValue(f"bad IPv6 address: {host}") from exc
    try:
        return str(ipaddress.IPv4Address(host))
    except ValueError:
        pass
    labels = []
    for label in host.split("."):
        if not label:
            raise InvalidValue(f"empty label in host name: {host}")
        if not label.isascii():
            try:
                label = label.encode("idna").decode("ascii")
            except UnicodeError as exc:
                raise InvalidValue(f"not a valid international domain name: {host}") from exc
        if not _HOST_LABEL.match(label.replace("_", "-")):
            raise InvalidValue(f"not a valid host name: {host}")
        labels.append(label)
    if len(host) > 253:
        raise InvalidValue("host name longer than 253 characters")
    return ".".join(labels)


def encoded_host_parts(host: str) -> tuple[str | None, str]:
    """A host written in percent codes, decoded: (the user part before an ``@``, the host).

    ``%64%62%73%2d%73%67.top`` → (None, ``dbs-sg.top``); ``ocbc.com%40secure.top`` →
    (``ocbc.com``, ``secure.top``). No site's address needs percent codes in its host.
    """
    decoded = unquote(host)
    if "@" in decoded:
        user, decoded = decoded.rsplit("@", 1)
        return user, decoded
    return None, decoded


@lru_cache(maxsize=8192)
def registrable_domain(host: str) -> str:
    """The registrable domain of an ASCII host (``a.b.dbs.com.sg`` → ``dbs.com.sg``).

    IP literals and hosts without a known public suffix are returned unchanged.
    """
    if host.startswith("[") or _is_ipv4(host):
        return host
    parts = DOMAIN_EXTRACTOR.extract_str(host)
    if not parts.suffix or not parts.domain:
        return host
    return f"{parts.domain}.{parts.suffix}"


def _is_ipv4(host: str) -> bool:
    try:
        ipaddress.IPv4Address(host)
    except ValueError:
        return False
    return True


def normalize_domain(value: str) -> str:
    """A domain, host or URL → its registrable domain in lower-case ASCII."""
    value = _clean(value)
    if "/" in value or "@" in value or ":" in value:
        host = split_url(value).hostname
        if host is None:
            raise InvalidValue(f"no host name in {value!r}")
        value = host
    return registrable_domain(ascii_host(value))


def split_url(value: str) -> SplitResult:
    """Split a URL, adding ``http://`` when it has no scheme.

    Raises:
        InvalidValue: the URL cannot be parsed (bad brackets, bad port, no host).
    """
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value):
        value = "http://" + value
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises ValueError for a bad or out-of-range port
    except ValueError as exc:
        raise InvalidValue(f"not a valid URL: {exc}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidValue(f"unsupported scheme {parts.scheme!r}")
    if not parts.hostname:
        raise InvalidValue("the URL has no host name")
    return parts


# The common case of a feed: a plain ASCII http(s) URL with a well-formed host. Matched, it is
# normalised without the general path below (four times faster; same result, see the tests).
_PLAIN_URL = re.compile(
    r"(https?)://((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9])"
    r"(/[!$&'()*+,;=:@/~%\w.-]*)?(\?[^#\s]*)?(?:#\S*)?",
    re.ASCII | re.IGNORECASE,
)


def normalize_url(value: str) -> str:
    """A canonical URL: scheme and host lower-cased, IDNA host, no default port, no fragment.

    The path and query keep their case (paths are case-sensitive on most servers); an empty
    path becomes ``/``; ``&amp;`` left over from HTML is decoded.
    """
    if value.isascii() and len(value) <= MAX_VALUE_LENGTH and "&amp;" not in value:
        plain = _PLAIN_URL.fullmatch(value)
        if plain is not None and len(plain.group(2)) <= 253:
            path, query = plain.group(3) or "/", plain.group(4) or ""
            if query == "?":
                query = ""
            return f"{plain.group(1).lower()}://{plain.group(2).lower()}{path}{query}"
    return normalize_url_general(value)


def normalize_url_general(value: str) -> str:
    """:func:`normalize_url` without its fast path (the reference it is tested against)."""
    value = _clean(value).replace("&amp;", "&")
    parts = split_url(value)
    scheme = parts.scheme.lower()
    host = ascii_host(parts.hostname or "")
    netloc = host
    port = parts.port
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        netloc = f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def _digits_only(value: str) -> str:
    return re.sub(r"[\s\-().]", "", value)


def normalize_phone(value: str, region: str = "SG") -> str:
    """A phone number → E.164 (``+6581234567``); hotlines and short codes → ``+65`` + digits.

    A leading ``00`` is an international prefix (``0065 …`` is Singapore, not Bolivia).
    """
    value = _digits_only(_clean(value))
    if value.startswith("00"):
        value = "+" + value[2:]
    if not re.fullmatch(r"\+?\d{3,17}", value):
        raise InvalidValue(f"not a phone number: {value!r}")
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidValue(f"not a phone number: {value!r}") from exc
    if not (phonenumbers.is_valid_number(number) or shortnumberinfo.is_valid_short_number(number)):
        raise InvalidValue(f"not a valid phone number: {value!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_handle(value: str) -> str:
    """A Telegram username (``@Name``, ``t.me/Name``) → ``name``; a numeric user id → ``id:N``."""
    value = _clean(value).lower()
    value = re.sub(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/", "", value).lstrip("@")
    value = value.split("?", 1)[0].rstrip("/")
    if value.startswith("id:"):
        value = value[3:]
    if value.isdigit() and 0 < len(value) <= 20:
        return f"id:{int(value)}"
    if not _HANDLE.match(value):
        raise InvalidValue(f"not a Telegram username: {value!r}")
    return value


def normalize_account(value: str) -> str:
    """A payment account (bank account number, PayNow UEN or mobile) → upper-case, no spaces.

    PayNow mobile numbers are phone numbers: they are stored in E.164 form.
    """
    value = _clean(value).upper()
    if value.startswith("+") or value.startswith("PAYNOW:+"):
        return "PAYNOW:" + normalize_phone(value.removeprefix("PAYNOW:"))
    value = _ACCOUNT_SEPARATORS.sub("", value)
    if not _ACCOUNT.match(value) or not any(ch.isdigit() for ch in value):
        raise InvalidValue(f"not a bank account number or UEN: {value!r}")
    return value


def normalize(kind: Kind, value: str, *, region: str = "SG") -> str:
    """Normalise ``value`` as a list entry of ``kind``.

    Raises:
        InvalidValue: the value is not a valid entry of that kind; the message says why.
    """
    value = strip_kind_prefix(value)
    if kind == "domain":
        return normalize_domain(value)
    if kind == "url":
        return normalize_url(value)
    if kind == "phone":
        return normalize_phone(value, region)
    if kind == "handle":
        return normalize_handle(value)
    if kind == "account":
        return normalize_account(value)
    raise InvalidValue(f"unknown kind {kind!r}")


_PREFIXED = re.compile(r"^(domain|url|phone|handle|account):\s*(.+)$", re.IGNORECASE | re.DOTALL)


def detect_kind(value: str, *, region: str = "SG") -> Kind:
    """Which kind of entry a moderator means (``kind:VALUE`` says it explicitly).

    ``@name`` and ``t.me/name`` are handles; a link with a path is a URL, without one a
    domain; a valid phone number is a phone; 6 to 20 digits or a UEN is an account.

    Raises:
        InvalidValue: the value fits no kind, or fits several equally (say which with a
            ``kind:`` prefix).
    """
    text = _clean(value)
    prefixed = _PREFIXED.match(text)
    if prefixed:
        return prefixed.group(1).lower()  # type: ignore[return-value]
    lowered = text.lower()
    if lowered.startswith("@") or re.match(r"^(?:https?://)?(?:t|telegram)\.me/", lowered):
        return "handle"
    if re.match(r"^[a-z][a-z0-9+.-]*://", lowered) or (
        "." in lowered and not _looks_numeric(lowered)
    ):
        try:
            parts = split_url(text)
        except InvalidValue:
            raise InvalidValue(f"not a valid link or domain: {text!r}") from None
        return "url" if (parts.path not in ("", "/") or parts.query) else "domain"
    if _looks_numeric(lowered):
        try:
            normalize_phone(text, region)
            return "phone"
        except InvalidValue:
            pass
        if text.startswith("+"):
            raise InvalidValue(f"not a valid phone number: {text!r}")
    try:
        normalize_account(text)
        return "account"
    except InvalidValue:
        pass
    raise InvalidValue(
        f"cannot tell what {text!r} is; write it as a link, a domain, a phone number, "
        "an @handle, or prefix it with domain:, url:, phone:, handle: or account:"
    )


def strip_kind_prefix(value: str) -> str:
    """``phone:6581234567`` → ``6581234567`` (values without a prefix unchanged)."""
    prefixed = _PREFIXED.match(value.strip())
    return prefixed.group(2) if prefixed else value


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"\+?[\d\s\-().]{3,25}", text))


def resolve(value: str, *, region: str = "SG") -> tuple[Kind, str]:
    """What a moderator typed → (kind, normalised value), the same for Telegram and the CLI.

    Raises:
        InvalidValue: the value fits no kind or is not valid for its kind.
    """
    kind = detect_kind(value, region=region)
    return kind, normalize(kind, value, region=region)
