"""A submission made ready for the checkers: its text de-obfuscated, every indicator parsed.

The engine builds one :class:`Case` per submission; each checker reads it, none changes it.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import parse_qs, unquote

import phonenumbers
from phonenumbers import PhoneNumberType

from blocklists.keys import ListName
from blocklists.lookups import Entry, Lookups
from blocklists.normalize import InvalidValue, Kind, normalize_handle
from checkers.agency import agency_licences
from checkers.concepts import Hit, clause_marks, shipped_lexicon
from checkers.extract import MAX_INDICATORS, Link, extract, parse_link
from checkers.fingerprint import EMPTY, Fingerprint, fingerprint
from checkers.language import UNKNOWN, Reading, read_language
from checkers.numbers import Phone, parse_phone
from checkers.pay import modest_yearly_return, pay_spans, short_of_certain, told_pay
from checkers.rules import CHAT_TURN, CHAT_TURNS, QUESTION, Match, judge, shipped_rules, standing
from checkers.sites import official_brand, on_user_content, shortened
from checkers.titles import title_names
from checkers.verdict import Submission
from checkers.wording import normalise

CHAT_DOMAINS = frozenset(
    {"wa.me", "whatsapp.com", "t.me", "telegram.me", "telegram.dog", "line.me", "m.me"}
)


@dataclass(frozen=True, slots=True)
class Case:
    """Everything the checkers look at for one submission."""

    submission: Submission
    text: str
    """The message text after :func:`checkers.extract.deobfuscate`."""
    links: tuple[Link, ...]
    phones: tuple[Phone, ...]
    handles: tuple[str, ...]
    emails: tuple[str, ...]
    invites: tuple[str, ...]
    region: str
    accounts: tuple[tuple[str, str], ...] = ()
    """Payment accounts named in the text: (as written, normalised)."""
    reading: Reading = UNKNOWN
    """The language of the text, and whether its wording can be judged."""
    hits: tuple[Hit, ...] = ()
    """The concepts found in the text (see :mod:`checkers.concepts`)."""
    words: str = ""
    """The text as the lexicons read it (:func:`checkers.wording.normalise`), when readable."""
    flags: tuple[Match, ...] = ()
    """The shipped wording rules that hold for the text (:func:`checkers.rules.judge`)."""
    fingerprint: Fingerprint = EMPTY
    """The text's campaign fingerprint (:mod:`checkers.fingerprint`); looked up, never kept."""

    def lookup_queries(self) -> list[tuple[Kind, str]]:
        """Every (kind, normalised value) to look up on the lists, for one batched lookup."""
        queries: list[tuple[Kind, str]] = []
        for link in self.links:
            queries.extend(link_keys(link))
        for phone in self.phones:
            if phone.e164:
                queries.append(("phone", phone.e164))
        for handle in self.handles:
            queries.append(("handle", handle))
        for _, account in self.accounts:
            queries.append(("account", account))
        return queries


def link_keys(link: Link) -> list[tuple[Kind, str]]:
    """The list keys that cover a link.

    Its URL, its registrable domain, and for hosts without a known public suffix (reserved or
    internal names) each parent domain too.
    """
    keys: list[tuple[Kind, str]] = [("url", link.url), ("domain", link.domain)]
    if not link.suffix and "." in link.host and not link.host.startswith("["):
        labels = link.host.split(".")
        keys.extend(("domain", ".".join(labels[i:])) for i in range(1, len(labels) - 1))
    return keys


def value_keys(kind: Kind, value: str) -> list[tuple[Kind, str]]:
    """The list keys a moderator's lookup of one value should read (a URL → its domain too)."""
    if kind == "url":
        link = parse_link(value)
        if link is not None:
            return link_keys(link)
    return [(kind, value)]


def listed(lookups: Lookups, list_name: ListName, link: Link) -> Entry | None:
    """The entry of ``list_name`` that covers the link, if any."""
    for kind, value in link_keys(link):
        entry = lookups.get(list_name, kind, value)
        if entry is not None:
            return entry
    return None


def prepare(submission: Submission, region: str = "SG") -> Case:
    """The whole case: :func:`gather`, then :func:`read`."""
    return read(gather(submission, region))


# The query parameters through which a big site's redirect page (google.com/url?q=…,
# l.facebook.com/l.php?u=…, youtube.com/redirect?q=…) sends a visitor on to another site.
_REDIRECT_PARAMS = (
    *("q", "u", "url", "target", "dest", "destination", "redirect", "link", "to"),
    "uddg",  # DuckDuckGo's result links
)
# Services whose pages only pass a visitor on (a search engine's result link, a chat app's or
# a mail scanner's link wrapper, a social site's "you are leaving" page), though no brand of
# the catalogue: the address they are given is judged as a big site's redirect's is.
_REDIRECT_HOSTS = frozenset(
    {
        "duckduckgo.com",
        "away.vk.com",
        "slack-redir.net",
        "clicktime.symantec.com",
        "out.reddit.com",
        "t.umblr.com",
        "exit.sc",
    }
)
# A mail scanner's wrapper that writes the address into its path (urldefense.com/v3/__…__).
_URLDEFENSE = re.compile(r"^/v3/__(https?://[^\s]+?)__")


# An address written in base64, as Bing's result links write theirs (bing.com/ck/a?…&u=a1
# followed by the address in base64, "a1" naming the encoding).
_BASE64_ADDRESS = re.compile(r"^(?:a1)?(aHR0c[A-Za-z0-9_-]+={0,2})$")


def _plain_address(value: str) -> str:
    """A redirect parameter's address, decoded when it is written in base64 (``aHR0cHM6…``)."""
    found = _BASE64_ADDRESS.match(value)
    if found is None:
        return value
    code = found.group(1)
    try:
        decoded = base64.urlsafe_b64decode(code + "=" * (-len(code) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return value
    return decoded if decoded.startswith(("http://", "https://")) else value


def _amp_target(path: str) -> str:
    """The site Google's AMP viewer shows (``google.com/amp/s/site.top/x`` → ``https://site.top/x``).

    Only a host (a dot in the first folder) counts: a news site's own ``/amp/singapore/…``
    pages are not Google's viewer.
    """
    for prefix, scheme in (("/amp/s/", "https://"), ("/amp/", "http://")):
        if path.lower().startswith(prefix):
            rest = path[len(prefix) :]
            host = rest.split("/", 1)[0]
            return scheme + rest if "." in host else ""
    return ""


def _path_target(link: Link, brand: str) -> str:
    """An address a redirect link writes into its path, not its query.

    Google's AMP viewer (``google.com/amp/s/site.top/x``), Yahoo's result links
    (``r.search.yahoo.com/…/RU=https%3a%2f%2fsite.top%2f/RK=…``) and Proofpoint's mail scanner
    (``urldefense.com/v3/__https://site.top/__;…``).
    """
    path = link.path
    if brand == "google":
        return _amp_target(path)
    if brand == "yahoo" and "/RU=" in path:
        return unquote(path.split("/RU=", 1)[1].split("/", 1)[0])
    if link.domain == "urldefense.com":
        found = _URLDEFENSE.match(path)
        return found.group(1) if found else ""
    return ""


def embedded_link(link: Link) -> Link | None:
    """The site a redirect link sends its visitor on to, if the link names it.

    A big site's redirect page (an official site's: ``google.com/url?q=…``,
    ``l.facebook.com/l.php?u=…``) passes on whatever address it is given, and a redirect
    service's whole query is the address (``href.li/?https://…``): the link is judged by its
    own address, which is always the big site's, and by the one it leads to.
    """
    query = link.query
    big = official_brand(link.host)
    target = _path_target(link, big.key if big is not None else "")
    if target:
        pass  # the address is written in the path, not the query
    elif not query:
        return None
    elif query.lower().startswith(("http://", "https://", "http%3a", "https%3a")):
        target = unquote(query)
    elif (
        big is not None
        or shortened(link.host, link.domain)
        or link.host in _REDIRECT_HOSTS
        or link.domain in _REDIRECT_HOSTS
    ):
        # A short link's own query is no part of where it leads: an address written there
        # (rebrand.ly/x7k2?u=https://…) is one the sender wants read, and is judged as well.
        params = parse_qs(query)
        for name in _REDIRECT_PARAMS:
            value = _plain_address(params.get(name, [""])[0].strip())
            if value.lower().startswith(("http://", "https://")):
                target = value
                break
    if not target:
        return None
    inner = parse_link(target)
    return inner if inner is not None and inner.domain != link.domain else None


def gather(submission: Submission, region: str = "SG") -> Case:
    """The case's indicators and fingerprint: everything its list lookup needs.

    Extracts the indicators of the text and merges those the messenger supplied. The words
    are not read yet (:func:`read`), so that the engine can send the lookup first and read
    the text while the store answers.
    """
    found = extract(submission.text, region)
    links = list(found.links)
    seen_urls = {link.url for link in links}
    extra_urls = list(submission.urls) + [pair.target for pair in submission.link_pairs]
    for raw in extra_urls:
        link = parse_link(raw.strip())
        if link is not None and link.url not in seen_urls and len(links) < MAX_INDICATORS:
            seen_urls.add(link.url)
            links.append(link)
    for link in list(links):
        inner = embedded_link(link)
        if inner is not None and inner.url not in seen_urls and len(links) < MAX_INDICATORS:
            seen_urls.add(inner.url)
            links.append(inner)
    phones = list(found.phones)
    seen_phones = {p.e164 or p.text for p in phones}
    for raw in submission.phones:
        phone = parse_phone(raw.strip(), region, contextual=True)
        # Contact cards often carry a Singapore number without its "+".
        if phone is not None and not phone.e164 and raw.strip().isdigit():
            phone = parse_phone("+" + raw.strip(), region, contextual=True) or phone
        if phone is not None and (phone.e164 or phone.text) not in seen_phones:
            seen_phones.add(phone.e164 or phone.text)
            phones.append(phone)
    handles = list(found.handles)
    extra_handles = list(submission.handles)
    if submission.origin is not None:
        if submission.origin.handle:
            extra_handles.append(submission.origin.handle)
        if submission.origin.user_id is not None:
            extra_handles.append(str(submission.origin.user_id))
    for raw in extra_handles:
        try:
            handle = normalize_handle(raw)
        except InvalidValue:
            continue
        if handle not in handles:
            handles.append(handle)
    return Case(
        submission=submission,
        text=found.text,
        links=tuple(links),
        phones=tuple(phones),
        handles=tuple(handles),
        emails=found.emails,
        invites=found.invites,
        region=region,
        accounts=found.accounts,
        fingerprint=fingerprint(found.text, [link.text for link in links]),
    )


def read(case: Case) -> Case:
    """The case with its wording read: language, concepts, words and the rules that hold."""
    reading, hits, words = read_text(
        case.text,
        list(case.links),
        list(case.phones),
        list(case.handles),
        case.emails,
        written=case.submission.text,
    )
    return replace(
        case,
        reading=reading,
        hits=hits,
        words=words,
        flags=tuple(judge(shipped_rules(), hits)) if hits else (),
    )


def premium_rate(phone: Phone) -> bool:
    """A premium-rate number: Singapore's 1900, or the United Kingdom's 09 and 087 numbers.

    British premium numbers are written without a country code, which the Singapore default
    cannot read; their shape (11 digits, 09 or 087) is distinctive.
    """
    if phone.number_type == PhoneNumberType.PREMIUM_RATE:
        return True
    digits = "".join(ch for ch in phone.text if ch.isdigit())
    return len(digits) == 11 and digits.startswith(("09", "087"))


# Where smishing in English comes from: a British or American number that the Singapore
# default cannot read is still one to call or message when the text gives it so. Not
# Malaysian, Indian or Australian numbers: many people here get their banks' real notices,
# which give their own numbers to call exactly as the scams do ("Jika bukan anda, hubungi
# 1-300-88-6688", written as Australia's 1300 numbers are), and we do not know those banks'
# hotlines. (Their mobiles are read apart, below: no bank answers on one.)
_ABROAD = ("GB", "US")
# "call our fraud team on 0203…", "ring 1-888…": a longer number led by such a word is given
# to call, whatever stands between ("call our technical support team immediately at 1-800…",
# up to 60 characters before it; numbers.py asks it only of short candidates).
_GIVEN_TO_CALL = re.compile(
    r"\b(?:call|calling|dial|ring|phone|hotline|helpline|help line|contact|text|txt|whats ?app"
    r"|reach|speak|representative|support|desk|agent|advisor)\b",
    re.IGNORECASE,
)


# "1-800-555-0102" reads as a Singapore 1800 line too, but Singapore writes its 1800 numbers
# without the "1-" apart ("1800 339 6963"): written so, it is an American toll-free number.
_US_TOLL_FREE = re.compile(r"\+?1[-. ]8(?:00|33|44|55|66|77|88)[-. ]\d{3}[-. ]\d{4}")


# "1800 227 8889", "1800-227-8889", "18002278889": not "800 555 0165" nor "1 (8 0 0) 5 5 5 …",
# which are the American lines spelt to slip past filters.
_LOCAL_TOLL_FREE = re.compile(r"1800[ -]?\d{3}[ -]?\d{4}")


def local_toll_free(phone: Phone, text: str) -> bool:
    """A toll-free line written as Singapore writes it ("1800 227 8889", not "1-800-…").

    Such a line is rented from a Singapore carrier by a registered business, which is why the
    alerts of banks, transit cards and shops give one ("If you did not authorise this, call
    1800 …"); the call-back scams give a mobile, an overseas number or an American toll-free one.
    A number found only once its spaced or dotted digits were joined was written to slip past
    filters, which no business does with its own line.
    """
    return (
        phone.region == "SG"
        and phone.number_type == PhoneNumberType.TOLL_FREE
        and _LOCAL_TOLL_FREE.fullmatch(phone.text.strip()) is not None
        and phone.text in text
    )


# "6123 4567", "+65 6123 4567", "6123-4567": a Singapore fixed line as Singapore writes it,
# not spelt out digit by digit.
_LOCAL_LANDLINE = re.compile(r"(?:\+?65[ -]?)?6\d{3}[ -]?\d{4}")


def local_landline(phone: Phone, text: str) -> bool:
    """A Singapore fixed line written as Singapore writes it ("6123 4567", "+65 6123 4567").

    Like a 1800 line, a fixed line is installed at a registered address by a Singapore carrier:
    the banks', cards' and wallets' own alerts give theirs ("If you did not make this
    transaction, call 6123 4567"), many of which no list here holds; the call-back scams give a
    mobile, an overseas number, a VoIP line or a stranger's link. A number found only once its
    spaced or dotted digits were joined was written to slip past filters, which no business
    does, and the bare-"+" form an overseas caller uses to look local is no local line.
    """
    return (
        phone.region == "SG"
        and not phone.spoof
        and phone.number_type == PhoneNumberType.FIXED_LINE
        and _LOCAL_LANDLINE.fullmatch(phone.text.strip()) is not None
        and phone.text in text
    )


def abroad_contact(phone: Phone, text: str) -> bool:
    """A number given to call or message, valid where English smishing comes from.

    Only numbers the region the bot serves cannot read are asked about (``phonenumbers`` is
    asked once a region, for the few that reach here).
    """
    if phone.spoof or (phone.e164 and not _US_TOLL_FREE.fullmatch(phone.text)):
        return False
    digits = "".join(ch for ch in phone.text if ch.isdigit())
    if not 10 <= len(digits) <= 13:
        return False
    if not phone.contextual:
        at = text.find(phone.text)
        if at < 0 or not _GIVEN_TO_CALL.search(text, max(0, at - 60), at):
            return False
    return _written_abroad(phone.text, digits)


# A campaign repeats its number in every copy: the parser (a third of a millisecond for the two
# regions) is asked once a number.
@lru_cache(maxsize=4096)
def _written_abroad(written: str, digits: str) -> bool:
    """A number valid in one of :data:`_ABROAD`, written as that country writes it."""
    for region in _ABROAD:
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        # Written as that country writes it (its own national form, or with its country
        # code): the parser also accepts a Malaysian "1-300-88-6688" as British "01300…".
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        international = f"{number.country_code}{number.national_number}"
        if digits in ("".join(ch for ch in national if ch.isdigit()), international):
            return True
        if digits == "00" + international:
            return True
    return False


# A Malaysian mobile number (011-, 012-, 019-…) given to call: a bank, a court, a courier or
# a ministry answers on its own landline or 1-300/1-800 line, never on a mobile, so "jika bukan
# anda, hubungi 017-332 8841" is a stranger's phone as a Singapore "call 8123 4567" is. Written
# nationally ("01x-"), it is no Singapore number (those never begin with 0); landlines ("03-…")
# and 1-300 lines stay unread (banks' real notices give them, and we do not know them all).
_MY_MOBILE = re.compile(r"01\d{8,9}")
# The words that give it to call may stand further back ("hubungi unit fraud kami di 011-…").
_GIVEN_TO_CALL_MS = re.compile(
    r"\b(?:hubungi|menghubungi|telefon|talian|call|whats ?app|wasap|wa|sms|mesej)\b"
    r"|அழைக்க|தொடர்பு|நம்பருக்கு",
    re.IGNORECASE,
)


def malaysian_mobile(phone: Phone, text: str) -> bool:
    """A Malaysian mobile number written nationally, given to call or message."""
    return _national_mobile(phone, text, _MY_MOBILE, "01", "MY")


# An Indonesian mobile number (0812-, 0857-…) given to call or message, for the same reason:
# Kemensos, Prakerja, DANA's or a bank's help desk answers on its own line (1500-…, 021-…),
# never on a mobile ("hubungi CS DANA resmi di WA 0857-1234-5678").
_ID_MOBILE = re.compile(r"08\d{8,11}")


def indonesian_mobile(phone: Phone, text: str) -> bool:
    """An Indonesian mobile number written nationally, given to call or message."""
    return _national_mobile(phone, text, _ID_MOBILE, "08", "ID")


# An Australian mobile (04xx xxx xxx) or an Indian one (ten digits from 6 to 9: "98765 43210")
# written nationally and given to call, for the same reason: an airline, a bank, a telco or a
# software firm answers on its own 13/1300/1800 line, never on a mobile ("Your booking has been
# cancelled. Call 0412 345 678 to reinstate", "your SIM will be blocked, call 98765 43210").
# Neither is a Singapore number (eight digits), and the words that give it to call are
# English as often as Malay.
_AU_MOBILE = re.compile(r"04\d{8}")
# The number that called or wrote, not one given to call ("Missed call from 0412 345 678",
# "voicemail from 98450 12345").
_CALLER = re.compile(
    r"\b(?:missed call|call|calls|text|sms|message|voicemail|msg)\s+from\s*$", re.IGNORECASE
)
_IN_MOBILE = re.compile(r"[6-9]\d{9}")


def australian_mobile(phone: Phone, text: str) -> bool:
    """An Australian mobile number written nationally, given to call or message."""
    return _national_mobile(phone, text, _AU_MOBILE, "04", "AU", english=True)


def indian_mobile(phone: Phone, text: str) -> bool:
    """An Indian mobile number written nationally (ten digits), given to call or message."""
    return _national_mobile(phone, text, _IN_MOBILE, ("6", "7", "8", "9"), "IN", english=True)


def _national_mobile(
    phone: Phone,
    text: str,
    shape: re.Pattern[str],
    prefix: str | tuple[str, ...],
    region: str,
    *,
    english: bool = False,
) -> bool:
    """A mobile of ``region`` written nationally (``prefix``…), given to call or message."""
    if phone.spoof or phone.e164:
        return False
    digits = "".join(ch for ch in phone.text if ch.isdigit())
    if not shape.fullmatch(digits) or not phone.text.startswith(prefix):
        return False
    if not phone.contextual:
        at = text.find(phone.text)
        window = (text, max(0, at - 60), at)
        if at < 0 or not (
            _GIVEN_TO_CALL_MS.search(*window) or (english and _GIVEN_TO_CALL.search(*window))
        ):
            return False
        if english and _CALLER.search(text, max(0, at - 30), at):
            return False
    return _mobile_in(digits, region)


@lru_cache(maxsize=4096)
def _mobile_in(digits: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) == PhoneNumberType.MOBILE
    )


def sender_signature(link: Link) -> bool:
    """``gov.sg`` alone is the sender name real government SMS carry, not a link."""
    return link.host == "gov.sg" and link.path in ("", "/") and not link.explicit


def read_text(
    text: str,
    links: list[Link],
    phones: list[Phone],
    handles: list[str],
    emails: tuple[str, ...],
    written: str = "",
) -> tuple[Reading, tuple[Hit, ...], str]:
    """The language of the text and, when we read it, the concepts it holds and its words.

    Links, e-mail addresses and handles are left out of the words (a link's words are the
    link checks' business) and become concepts of their own: ``link`` for a link that is not
    an official site, ``chat_app`` for WhatsApp and Telegram links and @handles, ``hosted_link``
    for a page anyone can publish (a Google or Microsoft form, a free site), ``short_link`` for a
    shortened link that hides where it leads (bit.ly, tinyurl), ``phone`` for
    a number given to call or message that is not an official hotline; ``high_pay`` marks pay
    no real part-time job gives (:mod:`checkers.pay`), ``their_pay`` such pay a third person
    draws by the month ("his salary 30k a month") or anyone took over a period just past ("earned
    $6,000 this month"); ``agency_licence`` a licensed employment
    agency's number ("EA Licence 16C8123", :mod:`checkers.agency`); ``senior_claim`` a writer who
    names himself by surname and rank alone ("我是王局", :mod:`checkers.titles`);
    ``disguised_letters`` a word that mixes look-alike letters of another alphabet among Latin
    ones (found while normalising).
    """
    masks = [
        (link.text, official_brand(link.host) is not None or sender_signature(link))
        for link in links
    ]
    # An address at an official site's domain is that site; any other (a gateway text's
    # "FRM:xk29@ab12.com", "delivery@royalmail-uk.info") is no official word, nor a link: it
    # is blanked out, keeping every other character's place.
    written_text = text
    for email in emails:
        if official_brand(email.rpartition("@")[2].lower()) is not None:
            masks.append((email, True))
        else:
            written_text = written_text.replace(email, " " * len(email))
    prose = written_text
    for written, _ in masks:
        prose = prose.replace(written, " ")
    reading = read_language(prose)
    if not reading.readable:
        return reading, (), ""
    message = normalise(written_text, masks)
    # A year's return markets give ("my ETF made 20% this year") is no promise of big returns,
    # and "15% profit" no "100% profit".
    hits = [
        hit
        for hit in shipped_lexicon().find(message, reading.language)
        if not (hit.concept == "big_returns" and modest_yearly_return(text, hit.start, hit.end))
        and not (hit.concept == "guaranteed" and short_of_certain(text, hit.start, hit.end))
    ]

    lowered = text.lower()

    def place(written: str, concept: str) -> None:
        at = lowered.find(written.lower())
        if at >= 0:
            hits.append(Hit(concept, at, at + len(written), message.sentence_at(at), ""))

    for link in links:
        if link.domain in CHAT_DOMAINS:
            place(link.text, "chat_app")
        elif on_user_content(link.host):
            place(link.text, "hosted_link")
        elif shortened(link.host, link.domain) and official_brand(link.host) is None:
            place(link.text, "short_link")
    for handle in handles:
        place("@" + handle, "chat_app")
    for phone in phones:
        if (
            (phone.contextual and phone.e164 and not phone.hotline)
            or abroad_contact(phone, text)
            or malaysian_mobile(phone, text)
            or australian_mobile(phone, text)
            or indian_mobile(phone, text)
            or indonesian_mobile(phone, text)
        ):
            place(phone.text, "phone")
        if phone.hotline:
            place(phone.text, "hotline")
        if local_toll_free(phone, written or text):
            place(phone.text, "toll_free")
        if local_landline(phone, written or text):
            place(phone.text, "landline")
        if premium_rate(phone):
            place(phone.text, "premium_number")
    for start, end, theirs in pay_spans(text):
        concept = "their_pay" if theirs else "high_pay"
        hits.append(Hit(concept, start, end, message.sentence_at(start), ""))
    # Pay told as taken over a period just past ("earned $6,000 this month"): news, as a third
    # person's month is, unless the reader is invited to earn it too.
    for start, end in told_pay(text):
        hits.append(Hit("their_pay", start, end, message.sentence_at(start), ""))
    for start, end in agency_licences(text):
        hits.append(Hit("agency_licence", start, end, message.sentence_at(start), ""))
    for start, end in title_names(text):
        hits.append(Hit("senior_claim", start, end, message.sentence_at(start), ""))
    for start, end in message.disguised:
        hits.append(Hit("disguised_letters", start, end, message.sentence_at(start), ""))
    # A chat written out by turns and its questions (checkers.rules: a later turn's verdict);
    # only a chat's, as nothing else reads them.
    turns = list(_CHAT_TURN.finditer(text))
    if len(turns) >= CHAT_TURNS:
        for concept, found in (
            *((CHAT_TURN, turn) for turn in turns),
            *((QUESTION, mark) for mark in _QUESTION_MARK.finditer(text)),
        ):
            hits.append(
                Hit(concept, found.start(), found.end(), message.sentence_at(found.start()), "")
            )
    hits.extend(clause_marks(message))  # where a negation's clause ends (checkers.rules)
    return reading, unquoted(text, hits, message.sentence_at), message.text


# A warning that quotes the scam's own line ('My dad got a call: "This is the police, transfer
# your savings to a safe account." He hung up.', '我妈差点信了“妈，这是我新号码，能转800吗？”')
# runs the quoted line over sentences of its own; the words that open or close the quotation
# say what it is. A case told from beginning to end (the boss in the chat group said "I'm in a
# meeting, pay first"; only afterwards did the clerk find they were all scammers) learns it
# sentences later: its quoted line stands. Quotation marks around a few words ('your
# "account" is "frozen"') quote no line.
_QUOTES = {
    "\u201c": "\u201d",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
    "\u00ab": "\u00bb",
    '"': '"',
}
_QUOTED_LINE = 16
_OPENING = re.compile("[" + "".join(_QUOTES) + "]")


_CHAT_TURN = re.compile(r"^[ \t]*[^\s:：，。！？,.!?]{1,12}[:：]", re.MULTILINE)
"""A line opened by a speaker's name and a colon: "客服：", "A:", "银行职员：", "Boss："."""
_QUESTION_MARK = re.compile(r"[?？]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text quotes a line: between paired quotation marks, at least a short line."""
    spans = []
    at = 0
    while (found := _OPENING.search(text, at)) is not None:
        at = found.start()
        close = _QUOTES[found.group()]
        end = text.find(close, at + 1)
        if end < 0:
            break
        if end - at - 1 >= _QUOTED_LINE:
            spans.append((at, end + 1))
        at = end + 1
    return spans


def unquoted(text: str, hits: list[Hit], sentence_at: Callable[[int], int]) -> tuple[Hit, ...]:
    """The hits, less those inside a quoted line that the words around it call a scam.

    A quoted line the reader asks about ("legit anot?", "real or not?") keeps its hits.
    """
    spans = quoted_spans(text)
    if not spans:
        return tuple(hits)
    book = shipped_rules()
    # "Received this sms, legit or not ah: '...'": the reader asks about the quoted line.
    outside = [h for h in standing(hits) if not _inside(h, spans)]
    around = [h for h in outside if h.concept in book.quoting and not book.asks(h, outside)]
    if not around:
        return tuple(hits)
    told = []
    for start, end in spans:
        opens, closes = sentence_at(start), sentence_at(end - 1)
        if any(h.sentence in (opens - 1, opens, closes) for h in around):
            told.append((start, end))
    return tuple(h for h in hits if not _inside(h, told))


def _inside(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)
