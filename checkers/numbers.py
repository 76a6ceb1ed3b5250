"""Phone numbers and payment accounts in a message's text.

A number is read with ``phonenumbers`` for the region the bot serves (Singapore by default):
valid or not, local or overseas, and whether the text presents it as a number to call or
message ("call 8123 4567", "WhatsApp +65…") rather than an order number or an amount. The
bare-``+`` 8-digit form overseas callers use to look local is marked as a spoof. Bank account
numbers are read only where the text says they are one; UENs by their shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType

from blocklists.normalize import InvalidValue, normalize_account
from checkers.data import HOTLINE_NUMBERS


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone number found in a message.

    ``e164`` is empty for numbers that are not valid; ``spoof`` marks the bare-``+`` 8-digit
    form an overseas caller uses to look local; ``contextual`` says the text presents it as a
    number to call or message (not an order number or an amount).
    """

    text: str
    e164: str
    region: str
    number_type: int
    spoof: bool = False
    contextual: bool = False
    hotline: bool = False


# A bank account number is only read where the text says it is one ("transfer to DBS account
# 123-456789-0"); a UEN has its own shape (201812345K, T08LL1234A).
_ACCOUNT_NUMBER = re.compile(
    r"(?:\b(?:a/c|acc(?:ount)?|acct|account no\.?|bank|transfer(?: to)?|pay(?:ment)? to|"
    r"dbs|posb|ocbc|uob|maybank|账户|账号|户口|akaun)\b[^\d\n]{0,20})"
    r"(\d[\d -]{6,18}\d)(?![\dA-Za-z])",
    re.IGNORECASE,
)
_UEN = re.compile(r"\b(\d{8}[A-Z]|\d{9}[A-Z]|[TSR]\d{2}[A-Z]{2}\d{4}[A-Z])\b")


def find_accounts(text: str) -> list[tuple[str, str]]:
    """Payment accounts in ``text``: (as written, normalised)."""
    found: list[tuple[str, str]] = []
    for match in list(_ACCOUNT_NUMBER.finditer(text)) + list(_UEN.finditer(text)):
        raw = match.group(1)
        digits = re.sub(r"\D", "", raw)
        if match.re is _ACCOUNT_NUMBER and not 7 <= len(digits) <= 16:
            continue
        try:
            found.append((raw, normalize_account(raw)))
        except InvalidValue:
            continue
    return found


# Digits in groups with at most one separator between them, optionally led by + or 00.
# Chinese runs a number into its words ("请致电9123 4567办理"): a Han character beside the digits
# ends the word as a space does, where a Latin letter or a digit makes them part of a code.
_WORD_NOT_HAN = r"[^\W\u2e80-\u9fff\uf900-\ufaff]"
_PHONE_CANDIDATE = re.compile(
    rf"(?<!{_WORD_NOT_HAN})(?<![+/.,$£€¥])(\+\s?|00)?\(?\d{{1,5}}+\)?"
    r"(?:[ .\-]?\(?\d{1,5}+\)?){0,6}"
    rf"(?!{_WORD_NOT_HAN}|/|[.,]\d)"
)
# Tamil puts the verb after the English word it makes one ("call பண்ணுங்க 8123 4567",
# "WhatsApp pannunga 8123 4567", "அழைக்கவும் 6123 4567"): the light verb may stand between the
# word and the number.
_TA_LIGHT_VERB = r"(?:\s?(?:பண்ணுங்க(?:ள்)?|பண்ணவும்|செய்யுங்க(?:ள்)?|செய்யவும்|pannunga|pannavum|pannu))?"
_PHONE_CONTEXT = re.compile(
    r"(?:call|tel|phone|ph|contact|whats ?app|wa|dial|hotline|sms|text|txt|mobile|hp|no|"
    r"number|致电|电话|拨打|联系|hubungi|telefon|nombor|அழைக்க(?:வும்|ுங்க(?:ள்)?)?|☎|📞|📱)"
    + _TA_LIGHT_VERB
    + r"[\s.:#-]{0,3}$",
    re.IGNORECASE,
)
# Tamil also puts the verb after the number ("உடனே 8012345678 அழைக்கவும்", "9876543210-க்கு
# call பண்ணுங்க", "9876543210 என்ற எண்ணில் அழைக்கவும்", "017-663 2210 நம்பருக்கு உடனே
# கூப்பிடுங்க": "the number", and "at once" or "today", may stand between).
_TA_CALL_AFTER = re.compile(
    r"[\s.,:-]{0,3}(?:(?:க்கு|ஐ|ல்|ல|இல்|இல)\s?)?"
    r"(?:(?:என்ற )?(?:எண்ணில்|எண்ணுக்கு|நம்பருக்கு|நம்பரில்)\s?)?"
    r"(?:(?:உடனே|உடனடியாக|இப்போதே|இப்போது|இன்றே|இன்று)\s?)?"
    r"(?:அழைக்க|அழையுங்க|கூப்பிடு|கால் பண்ண|call பண்ண|call செய்|தொடர்பு கொள்|whats ?app பண்ண|"
    r"வாட்ஸ்அப் பண்ண)",
    re.IGNORECASE,
)
_CALL_NEARBY = re.compile(
    r"\b(?:call|dial|ring|hotline|helpline|contact)\b|致电|拨打|热线|hubungi|அழைக்க", re.IGNORECASE
)
_SPOOF = re.compile(r"^\+\s?[3689]\d{3}[ -]?\d{4}$")
# A date written with dashes, dots or slashes ("31-01-2027", "2027.01.31"): its eight digits
# would read as a Singapore number.
_DATE = re.compile(
    r"(?:(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d"
    r"|(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01]))"
)


# A campaign writes the same number in every copy, and the parser costs a tenth of a
# millisecond a number: each is understood once (a Phone is immutable).
@lru_cache(maxsize=4096)
def parse_phone(candidate: str, region: str, *, contextual: bool = False) -> Phone | None:
    """Understand one written number; ``None`` when it is too short to be a phone number."""
    compact = re.sub(r"[\s().\-]", "", candidate)
    digits = compact.lstrip("+")
    if _SPOOF.match(candidate.strip()):
        return Phone(candidate, "", "", -1, spoof=True, contextual=True)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
        digits = compact[1:]
    if not digits.isdigit() or len(digits) > 15:
        return None
    if len(digits) < 7:
        e164 = f"+{phonenumbers.country_code_for_region(region)}{digits}"
        # Short hotlines (1799, 999) only where the text tells to call them: "999 problems"
        # is not a phone number.
        if e164 in HOTLINE_NUMBERS and contextual and not compact.startswith("+"):
            return Phone(candidate, e164, region, -1, contextual=True, hotline=True)
        return None
    try:
        number = phonenumbers.parse(compact, region)
    except phonenumbers.NumberParseException:
        return None
    explicit = compact.startswith("+")
    if phonenumbers.is_valid_number(number):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return Phone(
            candidate,
            e164,
            phonenumbers.region_code_for_number(number) or "",
            phonenumbers.number_type(number),
            contextual=contextual or explicit,
            hotline=e164 in HOTLINE_NUMBERS,
        )
    return Phone(candidate, "", "", PhoneNumberType.UNKNOWN, contextual=contextual or explicit)


def find_phones(text: str, region: str, limit: int) -> list[Phone]:
    """Every phone number in ``text``, at most ``limit``."""
    phones: list[Phone] = []
    for match in _PHONE_CANDIDATE.finditer(text):
        candidate = match.group().strip()
        if sum(ch.isdigit() for ch in candidate) < 3 or _DATE.fullmatch(candidate):
            continue
        before = text[max(0, match.start() - 24) : match.start()]
        contextual = bool(_PHONE_CONTEXT.search(before)) or bool(
            _TA_CALL_AFTER.match(text, match.end(), match.end() + 40)
        )
        if not contextual and len(candidate) < 7:
            contextual = bool(_CALL_NEARBY.search(text, max(0, match.start() - 40), match.start()))
        phone = parse_phone(candidate, region, contextual=contextual)
        if phone is not None:
            phones.append(phone)
        if len(phones) >= limit:
            break
    return phones
