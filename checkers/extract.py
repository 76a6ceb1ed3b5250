"""Pull links, phone numbers, Telegram handles and e-mail addresses out of plain text.

Pure functions, no I/O. Scammers write links so that filters miss them (``hxxp``, ``dbs[.]com``,
``wa. me/65…``, zero-width characters, full-width dots); :func:`deobfuscate` undoes those
tricks first, and every piece of evidence the checkers quote is a substring of its result.
Phone numbers and payment accounts are read by :mod:`checkers.numbers`.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final, TypeVar
from urllib.parse import parse_qs

from blocklists.normalize import (
    DOMAIN_EXTRACTOR,
    InvalidValue,
    ascii_host,
    encoded_host_parts,
    normalize_handle,
    normalize_url,
    registrable_domain,
    split_url,
)
from checkers.data import BARE_DOMAIN_TLDS, RISKY_TLDS
from checkers.numbers import Phone, find_accounts, find_phones, parse_phone

_T = TypeVar("_T")

MAX_TEXT: Final = 20_000
"""Only this many characters of a message are examined (Telegram allows 4,096)."""
MAX_INDICATORS: Final = 50
"""At most this many links (and as many numbers) are checked per message."""

# Invisible characters used to break up words and links, and bidirectional overrides that
# make text display in another order than it is stored.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f"
        "\u180e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ),
    None,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BRACKET_DOT = re.compile(r"\s?[\[({<]\s?(?:\.|dot)\s?[\])}>]\s?", re.IGNORECASE)
_BRACKET_COLON = re.compile(r"[\[({]:[\])}]")
_WORD_DOT = re.compile(r"(?<=[a-z0-9])\s?\((?:dot|点)\)\s?(?=[a-z0-9])", re.IGNORECASE)
# A link spelt out ("usps-redeliver dot com", "royalmail-fees dot co dot uk"): a name and
# " dot " labels ending in a domain ending, not "the dot com boom". The name may follow an
# ellipsis ("returned..dpd-rebook dot com"), not one dot (the middle of a written address).
_SPOKEN_DOT = re.compile(
    r"(?<![\w-])(?:(?<=\.\.)|(?<!\.))(?!(?:the|a|an|on|of|and|or|to|in|at|my|your|is|it)\s)[a-z0-9][a-z0-9-]*"
    r"(?:\s+dot\s+[a-z0-9][a-z0-9-]*)*\s+dot\s+"
    r"(?:com|net|org|co|uk|au|us|ca|sg|my|in|ph|nz|ie|info|xyz|top|help|app|link|site|online|"
    r"shop|cc|live|icu|me|vip|club|win|biz|io|ly|gov)\b",
    re.IGNORECASE,
)
_SPOKEN_DOT_JOIN = re.compile(r"\s+dot\s+", re.IGNORECASE)
# Endings that are English words too: "a polka dot top" is no link, "sunpass-pay dot top" is.
_WORD_ENDINGS: Final = frozenset(
    [
        "top",
        "help",
        "app",
        "link",
        "site",
        "online",
        "shop",
        "live",
        "me",
        "club",
        "win",
        "in",
        "us",
        "ca",
        "ph",
        "my",
    ]
)


def _spoken_link(match: re.Match[str]) -> str:
    words = _SPOKEN_DOT_JOIN.split(match.group())
    if words[-1].lower() in _WORD_ENDINGS and not re.search(r"[-0-9]", words[0]):
        return match.group()
    return ".".join(words)


# A dot set apart by a space ("usps-helpdesk . com", "evri-rebook .co.uk") in a hyphenated
# name, before an ending that is no English word ("the drop-off. top floor" stays prose).
# The hyphen may be set apart too ("netflix - accounts . com", "paypal - resolve . net").
# A name without a hyphen counts when a path follows the ending ("uspscare . com/track"):
# prose puts no slash after "com".
_SPACED_DOT = re.compile(
    r"(?<![\w.-])(?:[A-Za-z0-9]+(?:\s?-\s?[A-Za-z0-9]+)+(?:\s\.\s?|\.\s)"
    r"(?:com|net|org|co|xyz|vip|cc|icu)(?:\s?\.\s?(?:uk|au|sg|my|in|nz))?(?=[/\s]|$)"
    r"|[A-Za-z0-9]{3,}(?:\s\.\s?|\.\s)(?:com|net|org|co|xyz|vip|cc|icu)"
    r"(?:\s?\.\s?(?:uk|au|sg|my|in|nz))?(?=/\w))"
)
# What every _SPACED_DOT match holds (a dot, a space or none, an ending): most messages
# hold ". " but none of these, and the pattern's look-behind is tried at every character.
_SPACED_DOT_HINT = re.compile(r"\.\s?(?:com|net|org|co|xyz|vip|cc|icu)")
_SPACES_IN_HOST = re.compile(r"\s")
# A scheme spelt out letter by letter ("h t t p s://", "h t t p s : / /"), or set apart from
# its host ("https:// tollpay-usa.com"): phones still open what is left once the spaces go.
_SPACED_SCHEME = re.compile(r"\bh\s(?:t\s){2}p(?:\s?(s))?\s?:\s?/\s?/\s?", re.IGNORECASE)
_SCHEME_SPACE = re.compile(r"\b(https?://)\s(?=[a-z0-9])", re.IGNORECASE)
_HXXP = re.compile(r"\bh(?:xx|\*\*|tt|xt|tx)p(s?)(?=\s?(?:\[:\]|:)//)", re.IGNORECASE)
_IDEOGRAPHIC_DOT = re.compile(r"(?<=[A-Za-z0-9])[。｡](?=[A-Za-z0-9])")
# A scheme written wrong, on purpose or by a careless kit: "http:/host", "https//host",
# "http;//host", "http:\\host". Browsers and phones still open them.
_BROKEN_SCHEME = re.compile(r"\b(https?)(?::/|//|;//|:\\\\)(?=[a-z0-9])", re.IGNORECASE)
_SPACED_SHORT_HOST = re.compile(
    r"\b(wa|t|telegram|bit|tinyurl|go\.gov)\s?\.\s?(me|ly|com|sg)\s?/", re.IGNORECASE
)
# A link spelt letter by letter ("e z p a s s - n y . c o m", "t o l l p a y . n e t/x"): a run
# of single characters set apart by single spaces (the last piece may be whole: "n e t f l i
# x-billing.com") that reads, once joined, as a host with a domain ending. "I need a b c"
# joins to no host and stays (the joined host is judged as any bare address is: _bare_domain_ok).
_LETTER_RUN = re.compile(
    r"(?<![^\s])(?:[A-Za-z0-9./:-] ){5,}"
    r"(?:[A-Za-z0-9./:-]|[A-Za-z0-9]?-[A-Za-z0-9-]*\.[A-Za-z0-9./-]+)(?![^\s])"
)
_JOINED_HOST = re.compile(
    r"(?:https?://)?(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)(?P<path>/[\w./-]*)?",
    re.IGNORECASE,
)
# A number spelt digit by digit ("1 (8 0 0) 5 5 5 - 0 1 9 3", "1-8.0.0-5.5.5-0.1.7.3"): ten or
# more single digits, each set apart, become the number they spell (dashes and brackets kept).
_DIGIT_RUN = re.compile(r"(?<![\w.])\+?(?:\d[ .·•()-]{1,3}){9,14}\d(?![\w])")
_DIGIT_RUN_HINT = re.compile(r"\d[ .·•()-]{1,3}\d")
"""What every _DIGIT_RUN match holds: searched for from a digit on, not at every character."""


def _joined_host(match: re.Match[str]) -> str:
    joined = match.group().replace(" ", "")
    host = _JOINED_HOST.fullmatch(joined)
    if host is None or not _bare_domain_ok(host["host"], bool(host["path"])):
        return match.group()
    return joined


# A number grouped with middle dots or bullets ("1·800·555·0175"), as with dashes.
_DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)[·•](?=\d)")


def _joined_digits(match: re.Match[str]) -> str:
    return re.sub(r"[ .·•]", "", match.group())


_WIDE_COLON_BEFORE_LETTER = re.compile(r"\uff1a(?=[A-Za-z\uff21-\uff3a\uff41-\uff5a])")
# A link written "//host/path" (no scheme), sometimes with junk after the slashes ("//_9qr.de").
_SCHEMELESS = re.compile(r"(?<![:\w/])//[_*~]*(?=[a-z0-9][\w-]*\.[a-z])", re.IGNORECASE)


def deobfuscate(text: str) -> str:
    """Undo the usual tricks that hide links and words from filters.

    NFKC folds full-width letters and dots; invisible and bidirectional-override characters go;
    ``hxxp``, ``[.]``, ``(dot)``, ``x dot com`` and ``wa. me/`` become what they stand for.
    Control characters turn into spaces.
    """
    text = text[:MAX_TEXT]
    if "\uff1a" in text:
        # A full-width colon is Chinese punctuation, never a time's or a port's: after NFKC it
        # would read as one, and "活動費$200：parents-group-hk.com" would hide its link.
        text = _WIDE_COLON_BEFORE_LETTER.sub(": ", text)
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = _CONTROL.sub(" ", text)
    if "[" in text or "(" in text or "{" in text or "<" in text:
        text = _BRACKET_DOT.sub(".", text)
        text = _BRACKET_COLON.sub(":", text)
        text = _WORD_DOT.sub(".", text)
    if " dot " in text.lower():
        text = _SPOKEN_DOT.sub(_spoken_link, text)
    if (" ." in text or ". " in text) and _SPACED_DOT_HINT.search(text):
        text = _SPACED_DOT.sub(lambda m: _SPACES_IN_HOST.sub("", m.group()), text)
    if "h t" in text.lower():
        text = _SPACED_SCHEME.sub(lambda m: f"http{m[1] or ''}://", text)
    if ":// " in text:
        text = _SCHEME_SPACE.sub(r"\1", text)
    if "//" in text:
        text = _HXXP.sub(r"http\1", text)
    if "ttp" in text or "TTP" in text:
        text = _BROKEN_SCHEME.sub(r"\1://", text)
    if "//" in text:
        text = _SCHEMELESS.sub("http://", text)
    if "。" in text or "｡" in text:
        text = _IDEOGRAPHIC_DOT.sub(".", text)
    text = _LETTER_RUN.sub(_joined_host, text)
    if _DIGIT_RUN_HINT.search(text):
        text = _DIGIT_RUN.sub(_joined_digits, text)
    if "·" in text or "•" in text:
        text = _DOT_BETWEEN_DIGITS.sub("-", text)
    if "/" not in text:
        return text
    return _SPACED_SHORT_HOST.sub(lambda m: f"{m[1]}.{m[2]}/", text)


@dataclass(frozen=True, slots=True)
class Link:
    """A link as written and as understood.

    ``text`` is the link as it stands in the (de-obfuscated) message; ``url`` the normalised
    form used for list lookups; ``host`` the ASCII host; ``domain`` its registrable domain;
    ``display_host`` the host as a person would read it (Unicode).
    """

    text: str
    url: str
    scheme: str
    host: str
    domain: str
    display_host: str
    port: int | None
    userinfo: str | None
    path: str
    query: str
    explicit: bool
    """Whether the link was written with a scheme or ``www.`` (not a bare domain)."""

    @property
    def subdomain(self) -> str:
        """The labels in front of the registrable domain (``login.secure`` for …)."""
        if self.host == self.domain:
            return ""
        return self.host[: -len(self.domain) - 1]

    @property
    def suffix(self) -> str:
        """The public suffix (``com.sg``), or ``""`` for IP literals and unknown endings."""
        if self.domain == self.host and not _has_letters(self.host):
            return ""
        return _suffix_of(self.domain)


@lru_cache(maxsize=8192)
def _suffix_of(domain: str) -> str:
    """The public suffix of a registrable domain (the checks ask it of a link many times)."""
    return DOMAIN_EXTRACTOR.extract_str(domain).suffix


def _has_letters(value: str) -> bool:
    return any(ch.isalpha() for ch in value)


def written_host(text: str) -> str:
    """The host of a link as written, percent codes and all (``%64%62%73.top``), or ``""``."""
    try:
        return split_url(text.strip()).hostname or ""
    except (InvalidValue, ValueError):
        return ""


@lru_cache(maxsize=4096)
def parse_link(text: str, *, explicit: bool = True) -> Link | None:
    """Understand one link; ``None`` when it cannot be a web address."""
    try:
        url = normalize_url(text)
        parts = split_url(url)
        host = ascii_host(parts.hostname or "")
    except InvalidValue:
        return None
    try:
        display = host.encode("ascii").decode("idna") if "xn--" in host else host
    except UnicodeError:
        display = host
    userinfo = None
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password else "")
    elif "%" in text and "%" in (written := written_host(text)):
        userinfo = encoded_host_parts(written)[0]  # ocbc.com%40secure.top: "ocbc.com" is a user
    return Link(
        text=text,
        url=url,
        scheme=parts.scheme,
        host=host,
        domain=registrable_domain(host),
        display_host=display,
        port=parts.port,
        userinfo=userinfo,
        path=parts.path,
        query=parts.query,
        explicit=explicit,
    )


@dataclass(frozen=True, slots=True)
class Extracted:
    """All indicators of one text."""

    text: str
    links: tuple[Link, ...] = ()
    phones: tuple[Phone, ...] = ()
    handles: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    invites: tuple[str, ...] = field(default=())
    accounts: tuple[tuple[str, str], ...] = ()
    """(as written, normalised) payment accounts: bank account numbers and UENs."""


_TRAILING = ".,;:!?)]}'\"`»”’。，！？）】」』、…>*"
_SCHEME_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
_WWW_URL = re.compile(r"(?<![\w.@/-])www\d{0,3}\.[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
# Tanglish and Malay glue their endings to a link with a hyphen as Tamil does ("dbs-sg.com-la
# login pannunga", "site.com-lah"): a hyphen and one of them after the ending is the sentence
# again, not the address.
_LATIN_ENDINGS = r"(?:la|le|lah|ku|kku|il|ile|ah|ai)"
# The look-ahead (the first label's letters run to a dot) is what every match begins with: a
# word with no dot after it fails there at once, not after backtracking through its letters.
_BARE_DOMAIN = re.compile(
    r"(?<![\w.@/-])(?<!\d:)(?=[\w-]*\.)((?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}[^\W\d_]{2,24})"
    r"(:\d{1,5})?(/[^\s<>\"'`{}|\\^]*)?(?![\w@]|-(?!" + _LATIN_ENDINGS + r"(?![\w-])))"
)
# A link written as a bare address ("45.133.1.209/boa", "185.244.19.7"): a public one only, so
# that a home router's "192.168.1.1" stays the number it is to its owner.
_BARE_IP = re.compile(
    r"(?<![\w.@/-])((?:\d{1,3}\.){3}\d{1,3})(:\d{1,5})?(/[^\s<>\"'`{}|\\^]*)?(?![\w@.-])"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}[^\W\d_]{2,24}(?![\w-])"
)
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\w@])")
_ANY_DIGIT = re.compile(r"\d")
_DIGIT_DOT = re.compile(r"\d\.")
"""What every _BARE_IP match holds."""


# Tamil glues its endings to an English word, link included ("verify-ல்", "link-ஐ"), and
# Chinese runs on without a space ("…sg.app注册"): a Tamil or Chinese letter right after a
# Latin letter or digit (with or without a hyphen) is the sentence again, not the link. After a
# "/" or "=" it stays (zh.wikipedia.org/wiki/新加坡). Bengali, Hindi, Thai, Burmese, Arabic,
# Japanese and Korean glue theirs the same way ("singpost-bd.top-এ", "ที่ลิงก์abc.top"). A
# Chinese comma or full stop (as written, or the comma folded to ",") between the link and
# the next words ends it too ("下载：durian-cn.sg/app.apk，安装后开启所有权限" installs app.apk).
_SCRIPTS = (
    r"\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
_GLUED_LETTER = r"(?<=[A-Za-z0-9])[-,;:!?，。、！？；：]?[" + _SCRIPTS + "]"
_GLUED_WORDS = re.compile(_GLUED_LETTER + r".*\Z", re.S)
# The same before a link: "请通过Parking.sg应用程序续期", "请登录www.cpf.gov.sg查看" (please
# renew through Parking.sg, log in to www.cpf.gov.sg) name parking.sg and www.cpf.gov.sg, not
# a host "请通过parking.sg" mixing two alphabets.
_GLUED_BEFORE = r"[" + _SCRIPTS + r"]-?(?=[A-Za-z0-9])"
_GLUED = re.compile(_GLUED_LETTER + "|" + _GLUED_BEFORE)
_SCRIPT_LETTER = re.compile(r"[" + _SCRIPTS + r"]")
"""What every _GLUED match holds (most messages hold no such letter)."""


def _strip_trailing(candidate: str) -> str:
    candidate = _GLUED_WORDS.sub("", candidate)
    while candidate and candidate[-1] in _TRAILING:
        # Keep a closing bracket that closes one inside the link (Wikipedia-style paths).
        if candidate[-1] == ")" and candidate.count("(") >= candidate.count(")"):
            break
        candidate = candidate[:-1]
    return candidate


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _bare_domain_ok(host: str, has_path: bool) -> bool:
    """Whether a bare ``word.word`` is meant as a web address rather than a typo in prose.

    With a path it is; without one, when it ends in an ending addresses in messages use
    (``.com``, ``.sg``, the cheap endings scam sites favour), or when its name has the shape
    of an address rather than of two words missing a space (a hyphen, or three labels or
    more: ``ee-billing-uk.com``, ``appleid.apple.com-secure.support``; not ``2day.love``).
    """
    try:
        ascii_name = ascii_host(host)
    except InvalidValue:
        return False
    parts = DOMAIN_EXTRACTOR.extract_str(ascii_name)
    if not parts.suffix or not parts.domain:
        return False
    tld = parts.suffix.rsplit(".", 1)[-1]
    if has_path or parts.suffix in BARE_DOMAIN_TLDS or tld in BARE_DOMAIN_TLDS:
        return True
    if tld in RISKY_TLDS:
        return True
    return "-" in ascii_name or ascii_name.count(".") >= 2


def _find_explicit_links(text: str) -> tuple[list[tuple[str, bool]], list[tuple[int, int]]]:
    """Links written with a scheme or ``www.``: unambiguous, found before anything else."""
    found: list[tuple[str, bool]] = []
    spans: list[tuple[int, int]] = []
    # Each pattern only where it can match (both are tried at every character otherwise).
    hints = ("://" in text, "www" in text.lower())
    for pattern, hint in zip((_SCHEME_URL, _WWW_URL), hints, strict=True):
        if not hint:
            continue
        masked = _mask(text, spans)
        for match in pattern.finditer(masked):
            candidate = _strip_trailing(match.group())
            if len(candidate) > len("http://"):
                found.append((candidate, True))
                spans.append((match.start(), match.start() + len(candidate)))
    return found, spans


def _find_bare_links(text: str) -> tuple[list[tuple[str, bool]], list[tuple[int, int]]]:
    """Links written as a bare domain (``dbs-verify.xyz/login``), judged by their ending."""
    found: list[tuple[str, bool]] = []
    spans: list[tuple[int, int]] = []
    if "." in text:
        # Same length, so that the spans still point into the message.
        if _SCRIPT_LETTER.search(text):
            text = _GLUED.sub(lambda m: " " * len(m.group()), text)
        for match in _BARE_DOMAIN.finditer(text):
            host, path = match.group(1), match.group(3) or ""
            if _bare_domain_ok(host, bool(path.strip("/"))):
                candidate = _strip_trailing(match.group())
                found.append((candidate, False))
                spans.append((match.start(), match.start() + len(candidate)))
        for match in _BARE_IP.finditer(text) if _DIGIT_DOT.search(text) else ():
            # Without a path, an address of small numbers is rather a version ("1.2.3.4").
            octets = match.group(1).split(".")
            if not match.group(3) and sum(len(o) >= 2 for o in octets) < 3:
                continue
            if _public_address(match.group(1)):
                candidate = _strip_trailing(match.group())
                found.append((candidate, False))
                spans.append((match.start(), match.start() + len(candidate)))
    return found, spans


def _public_address(written: str) -> bool:
    try:
        return ipaddress.IPv4Address(written).is_global
    except ValueError:
        return False


def _phone_from_whatsapp(link: Link) -> str | None:
    if link.domain == "wa.me":
        digits = link.path.strip("/").split("/", 1)[0]
    elif link.domain == "whatsapp.com" and link.path.rstrip("/").endswith("/send"):
        digits = parse_qs(link.query).get("phone", [""])[0]
    else:
        return None
    digits = re.sub(r"[\s+\-]", "", digits)
    return "+" + digits if digits.isdigit() and 7 <= len(digits) <= 15 else None


def _handle_from_telegram(link: Link) -> tuple[str | None, str | None]:
    """``(handle, invite)`` for a t.me link: a public username, or a private invite link."""
    if link.domain not in ("t.me", "telegram.me"):
        return None, None
    first = link.path.strip("/").split("/", 1)[0]
    if first.startswith("+") or first == "joinchat":
        return None, link.text
    try:
        return normalize_handle(first), None
    except InvalidValue:
        return None, None


def extract(text: str, region: str = "SG") -> Extracted:
    """Find every indicator in ``text`` (after :func:`deobfuscate`)."""
    clean = deobfuscate(text)
    raw_links, link_spans = _find_explicit_links(clean)
    emails: list[str] = []
    if "@" in clean:
        for match in _EMAIL.finditer(_mask(clean, link_spans)):
            emails.append(match.group())
            link_spans.append(match.span())
    bare_links, bare_spans = _find_bare_links(_mask(clean, link_spans))
    # In reading order: explicit links were found first only to keep bare-domain matching
    # out of them.
    ordered = sorted(
        zip(link_spans[: len(raw_links)] + bare_spans, raw_links + bare_links, strict=True)
    )
    link_spans = [span for span, _ in ordered] + link_spans[len(raw_links) :]
    raw_links = [link for _, link in ordered]
    links: list[Link] = []
    phones: list[Phone] = []
    handles: list[str] = []
    invites: list[str] = []
    for raw, explicit in raw_links[:MAX_INDICATORS]:
        link = parse_link(raw, explicit=explicit)
        if link is None:
            continue
        links.append(link)
        wa_number = _phone_from_whatsapp(link)
        if wa_number:
            phone = parse_phone(wa_number, region, contextual=True)
            if phone is not None:
                # Quote the link as written: the number itself is not in the text.
                phones.append(replace(phone, text=link.text))
        handle, invite = _handle_from_telegram(link)
        if handle:
            handles.append(handle)
        if invite:
            invites.append(invite)
    rest = _mask(clean, link_spans)
    if "@" in rest:
        for match in _HANDLE.finditer(rest):
            handles.append(match.group(1).lower())
    accounts: list[tuple[str, str]] = []
    if _ANY_DIGIT.search(rest):
        phones.extend(find_phones(rest, region, MAX_INDICATORS))
        accounts = find_accounts(rest)
    return Extracted(
        text=clean,
        links=tuple(_unique(links, key=lambda link: link.url)),
        phones=tuple(_unique(phones, key=lambda p: p.e164 or p.text)),
        handles=tuple(dict.fromkeys(handles)),
        emails=tuple(dict.fromkeys(emails)),
        invites=tuple(dict.fromkeys(invites)),
        accounts=tuple(dict.fromkeys(accounts)),
    )


def _unique(items: list[_T], *, key: Callable[[_T], str]) -> list[_T]:
    seen: set[str] = set()
    out: list[_T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out
