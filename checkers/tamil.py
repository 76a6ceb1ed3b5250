"""Tamil words as the lexicons spell them: English loanwords, and nouns' oblique stems.

Tamil messages write English words in Tamil letters (லிங்க், ஓடிபி, வாட்ஸ்அப், டெபாசிட்) with
Tamil endings glued on (லிங்க்கை, ஓடிபியை): :func:`english` reads such a word as the English
word, so that a message read as Tamil reaches the English terms (``click .. link``) as its
English words written in Latin letters already do. Spellings are written once without their
final pulli (a glued ending drops it).

A noun ending in ம் takes its endings on a stem in த்த (பணம் → பணத்தை, பணத்தில்), and one in
டு or று doubles the consonant (வீடு → வீட்டில், நாடு → நாட்டு): :func:`oblique` gives that
stem of a term's last word, so that a term spelled in the plain form finds the inflected ones.
:func:`number_forms` gives a noun in ம் its plural (ஆவணம் → ஆவணங்கள்) and a plural its
singular, and :func:`spoken` a written term's spoken form (தேடுகிறீர்களா → தேடுறீங்களா,
இல்லை → இல்ல, பார்க்க → பாக்க): a term is written once, in either.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from checkers.wording import normalise_word

TAMIL: Final = "ta"
"""The language (as :mod:`checkers.language` names it) whose words are read so."""

_PULLI: Final = "\u0bcd"

_LOANWORDS: Final = {
    "லிங்க": "link",
    "கிளிக": "click",
    "க்ளிக": "click",
    "ஓடிபி": "otp",
    "ஓ.டி.பி": "otp",
    "வாட்ஸ்அப": "whatsapp",
    "வாட்ஸ்ஆப": "whatsapp",
    "வாட்சப": "whatsapp",
    "வட்ஸ்அப": "whatsapp",
    "வட்சப": "whatsapp",
    "டெலிகிராம": "telegram",
    "டாஸ்க": "task",
    "கமிஷன": "commission",
    "கமிசன": "commission",
    "டெபாசிட": "deposit",
    "அக்கவுண்ட": "account",
    "அக்கவுன்ட": "account",
    "அக்கௌண்ட": "account",
    "அக்கௌன்ட": "account",
    "பேங்க": "bank",
    "பாஸ்வேர்ட": "password",
    "பாஸ்வேர்டு": "password",
    "லோன": "loan",
    "ரீஃபண்ட": "refund",
    "ரீபண்ட": "refund",
    "பார்சல": "parcel",
    "டெலிவரி": "delivery",
    "கூரியர": "courier",
    "டவுன்லோட": "download",
    "இன்ஸ்டால": "install",
    "இன்வெஸ்ட": "invest",
    "இன்வெஸ்ட்மென்ட": "investment",
    "சிங்பாஸ": "singpass",
    "சிங்க்பாஸ": "singpass",
    "என்ஆர்ஐசி": "nric",
    "டிரேடிங": "trading",
    "ட்ரேடிங": "trading",
    "கிரிப்டோ": "crypto",
    "பிட்காயின": "bitcoin",
    "போனஸ": "bonus",
    "வெரிஃபை": "verify",
    "வெரிபை": "verify",
    "அப்டேட": "update",
    "கேஒய்சி": "kyc",
    "பிளாக": "block",
    "ப்ளாக": "block",
    "ரீசார்ஜ": "recharge",
    "விட்ட்ரா": "withdraw",
    "வித்ட்ரா": "withdraw",
    "கிஃப்ட": "gift",
    "கிப்ட": "gift",
    "கார்டு": "card",
    "கார்ட": "card",
    "போலீஸ": "police",
    "கஸ்டம்ஸ": "customs",
    "பார்ட": "part",
    "டைம": "time",
    "ஸ்கேன": "scan",
    "லாட்டரி": "lottery",
    "மெசேஜ": "message",
    "நம்பர": "number",
    "அப்ளை": "apply",
    "ரிஜிஸ்டர": "register",
    "ஸ்கிரீன்ஷாட": "screenshot",
    "மென்டர": "mentor",
    "மெண்டர": "mentor",
    "லைக": "like",
    "ஃபாலோ": "follow",
    "சப்ஸ்கிரைப": "subscribe",
    "ரிவ்யூ": "review",
    "ரேட்டிங": "rating",
    "ஆர்டர": "order",
    "ஆன்லைன": "online",
    "பிராஃபிட": "profit",
    "ப்ராபிட": "profit",
    "ரிஸ்க": "risk",
    "கேரண்டி": "guarantee",
    "கியாரண்டி": "guarantee",
    "ஃபைன": "fine",
    "கஸ்டமர": "customer",
    "கேர": "care",
    "ஃப்ராட": "fraud",
    "ஃபிராட": "fraud",
    "பிராடு": "fraud",
    "கேன்சல": "cancel",
    "ட்ரான்ஸ்ஃபர": "transfer",
    "டிரான்ஸ்பர": "transfer",
    "டிரான்ஸ்ஃபர": "transfer",
    "ஷேர": "share",
    "கோட": "code",
    "கோடு": "code",
    "ட்ரெயினிங": "training",
    "யூனிஃபார்ம": "uniform",
    "ஜாயின": "join",
    "ஜாய்ன": "join",
    "டெலீட": "delete",
    "டெலிட": "delete",
    "ஃப்ரீஸ": "freeze",
    "அன்ஃப்ரீஸ": "unfreeze",
    "அப்ரூவ": "approved",
    "அப்ரூவல": "approval",
    "லாகின": "login",
    "லாக்இன": "login",
    "ஈமெயில": "email",
    "இமெயில": "email",
    "கன்ஃபர்ம": "confirm",
    "ஐட்யூன்ஸ": "itunes",
    "கிளையண்ட": "client",
    "டைரக்டர": "director",
    "மேனேஜர": "manager",
    "ஏர்போர்ட": "airport",
    "டிக்கெட": "ticket",
    "சிக்னல": "signal",
    "ஃபாரெக்ஸ": "forex",
    "அனலிஸ்ட": "analyst",
    "விஐபி": "vip",
    "குரூப": "group",
    "க்ரூப": "group",
    "ஸ்கோர": "score",
    "கிரெடிட": "credit",
    "டெபிட": "debit",
    "ஏடிஎம": "atm",
    "பாஸ்போர்ட": "passport",
    "போட்டோ": "photo",
    "ப்ரொஃபைல": "profile",
    "பேமெண்ட": "payment",
    "பேமென்ட": "payment",
    "பேநவ": "paynow",
    "பேனவ": "paynow",
    "இன்சூரன்ஸ": "insurance",
    "பாலிசி": "policy",
    "வவுச்சர": "voucher",
    "கேஷ்பேக": "cashback",
    "லக்கி": "lucky",
    "வின்னர": "winner",
    "பெனால்டி": "penalty",
    "சம்மன": "summons",
    "வாரண்ட": "warrant",
    "அரெஸ்ட": "arrest",
    "ஆபீசர": "officer",
    "ஆஃபீசர": "officer",
    "ஆபிசர": "officer",
    "கோல்டு": "gold",
    "கோல்ட": "gold",
    "பிளாட்ஃபார்ம": "platform",
    "வெப்சைட": "website",
    "இன்டர்வியூ": "interview",
    "சேலரி": "salary",
    "ஜாப": "job",
    "டெய்லி": "daily",
    "வீக்லி": "weekly",
    "இன்கம": "income",
    "டிரான்சாக்சன": "transaction",
    "ட்ரான்சாக்சன": "transaction",
    "சஸ்பெண்ட": "suspended",
    "ஆக்டிவேட": "activate",
    "எக்ஸ்பையர": "expire",
    "பேலன்ஸ": "balance",
    "டாப்அப": "topup",
    "லெவல": "level",
    "டீடெயில": "details",
    "டீட்டெயில": "details",
    "அட்ரஸ": "address",
    "சிவிவி": "cvv",
    "செக்யூரிட்டி": "security",
    "அலர்ட": "alert",
    "ரிசீவ": "receive",
    "ரிலீஸ": "release",
    "அட்வான்ஸ": "advance",
    "ஸ்கேம": "scam",
    "ரிட்டர்ன": "return",
    "டபுள": "double",
    "ஸ்டாக": "stock",
    "மார்க்கெட": "market",
    "கிரிப்ட": "crypto",
    "யூஎஸ்டிடி": "usdt",
    "கஸ்டமர்கேர": "customercare",
    "டியூட்டி": "duty",
    "ஃபீஸ": "fee",
    "பீஸ": "fee",
    # Sri Lankan and other spellings of the loanwords above.
    "ஜொப": "job",
    "கேவைசி": "kyc",
    "பொலிஸ": "police",
    "ப்ளொக": "block",
    "டெலிவெரி": "delivery",
    "பேமன்ட": "payment",
    "ஓடர": "order",
    "எக்கவுண்ட": "account",
    "சலரி": "salary",
    "ஒன்லைன": "online",
    "ரிஜிஸ்ட்ரேஷன": "registration",
    "ரெஜிஸ்ட்ரேஷன": "registration",
    "ஏஜென்ட": "agent",
    "ஃபெயில": "failed",
    "ஓவர்டியூ": "overdue",
    "பெண்டிங": "pending",
    "டிஸ்கனெக்ட": "disconnected",
    "டிஸ்கனெக்ஷன": "disconnection",
    "கனெக்ஷன": "connection",
    "நோட்டீஸ": "notice",
    "கோர்ட": "court",
    "பெர்மிட": "permit",
    "சப்ளை": "supply",
    "பவர": "power",
    "கரண்ட": "current",
    "எலக்ட்ரிசிட்டி": "electricity",
    "மீட்டர": "meter",
    "டாக்ஸ": "tax",
    "அப்ளிகேஷன": "application",
    "ப்ராசஸிங": "processing",
    "சார்ஜ": "charge",
    "கிளியரன்ஸ": "clearance",
    "ரீடெலிவரி": "redelivery",
    "ரிஃபண்ட": "refund",
    "ரிடீம": "redeem",
    "க்ளெய்ம": "claim",
    "கிளைம": "claim",
    "எக்ஸ்பயர": "expire",
    "செட்டில": "settle",
    "ஹேக": "hacked",
    "லென்ட": "lend",
    "ரெண்ட": "rent",
    "வாலட": "wallet",
    "யூஸ": "use",
    "டீஆக்டிவேட": "deactivate",
    "ரீஆக்டிவேட": "reactivate",
    "ஆஃபர": "offer",
    "ஸ்டேட்மென்ட": "statement",
    "டிஸ்பர்ஸ": "disburse",
    "இன்ஸ்டன்ட": "instant",
    "பர்சனல": "personal",
    "வெரிஃபிகேஷன": "verification",
    "சர்வே": "survey",
    "டிராஃபிக": "traffic",
    "சலான": "challan",
    "ரிவார்ட": "reward",
    "ஹாஸ்பிடல": "hospital",
    "அர்ஜென்ட": "urgent",
    "எமர்ஜென்சி": "emergency",
    "மீட்டிங": "meeting",
    "சப்ளையர": "supplier",
    "வென்டர": "vendor",
}
"""English loanwords in Tamil letters, without a final pulli, and the English word.

Looked up :func:`fold`-ed: the spellings a loanword is written in (ஸ or ச, ஃப or ப, ஓ or ஒ,
ண or ன, ள or ல, a cluster or a vowel after its first letter) are one spelling.
"""

_PULLI_VOWEL: Final = {
    "அ": "",
    "ஆ": "\u0bbe",
    "இ": "\u0bbf",
    "ஈ": "\u0bbf",
    "உ": "\u0bc1",
    "ஊ": "\u0bc1",
    "எ": "\u0bc6",
    "ஏ": "\u0bc6",
    "ஐ": "\u0bc8",
    "ஒ": "\u0bca",
    "ஓ": "\u0bca",
}
"""An independent vowel after a pulli (வாட்ஸ்அப்): the vowel sign that letter takes (வாட்ஸப்)."""

_LONG_FIRST: Final = {"ஓ": "ஒ", "ஏ": "எ", "ஈ": "இ", "ஊ": "உ"}
"""A loanword's first vowel, long or short (ஓடிபி, ஒடிபி)."""

_FOLD: Final = str.maketrans(
    {
        "ஃ": "",
        "ஸ": "ச",
        "ஷ": "ச",
        "ஜ": "ச",
        "ண": "ன",
        "ள": "ல",
        "ஓ": "ஒ",
        "ஏ": "எ",
        "ஈ": "இ",
        "ஊ": "உ",
        ".": "",
        "-": "",
        # The vowel sign ஔ (அக்கௌண்ட்) for the sound written வு (அக்கவுண்ட்).
        "\u0bcc": "வு",
    }
)


_CLUSTER: Final = re.compile("([\u0b95-\u0bb9])\u0bcd([ரல])")
"""A consonant with a pulli before ர or ல: a cluster that may be written with an இ between."""


def fold(word: str) -> str:
    """A Tamil-script loanword in one spelling of its several (ஓ.டி.பி, ஓடிபி, ஒடிபி → ஒடிபி).

    Tamil writes an English word as it is heard: ஸ, ஷ, ஜ or ச; ஃப or ப; a long or a short
    first vowel (ஓடிபி, ஒடிபி); ண or ன; ள or ல; ௌ or வு (அக்கௌண்ட், அக்கவுண்ட்); a vowel
    after a pulli as a letter (வாட்ஸ்அப்) or as a sign (வாட்ஸப்); a cluster before ர or ல
    whole (க்ளிக், ஸ்க்ரீன்) or with an இ (கிளிக், ஸ்கிரீன்). The first letter stays, and
    vowel signs stay long or short:
    folded so, ஷேர் (share) would be சேர் (join), கோட் (code) கொடு (give), பீஸ் (fee) பிஸி (busy).
    """
    out: list[str] = []
    for ch in word:
        if len(out) > 1 and out[-1] == _PULLI and ch in _PULLI_VOWEL:
            out[-1] = _PULLI_VOWEL[ch]
        else:
            out.append(ch)
    joined = "".join(out).removeprefix("ஃ")
    first = _LONG_FIRST.get(joined[:1], joined[:1])
    folded = first + joined[1:].translate(_FOLD).replace(_PULLI + _PULLI, _PULLI)
    # A cluster (க்ர, ட்ர, க்ல): Tamil puts an இ between its letters (கிர, டிர), first in the
    # word (க்ளிக், கிளிக்) or inside it (ஸ்க்ரீன்ஷாட், ஸ்கிரீன்ஷாட்; சப்ஸ்க்ரைப், சப்ஸ்கிரைப்).
    return _CLUSTER.sub("\\1\u0bbf\\2", folded)


_BY_START: Final[dict[str, list[tuple[str, str]]]] = {}
for _spelling, _word in _LOANWORDS.items():
    _folded = fold(_spelling)
    _entry = (_folded, normalise_word(_word))
    if _entry not in _BY_START.get(_folded[:2], ()):
        _BY_START.setdefault(_folded[:2], []).append(_entry)
for _bucket in _BY_START.values():
    _bucket.sort(key=lambda item: len(item[0]), reverse=True)


_HARD: Final = "கசடதபற"
"""The consonants Tamil doubles before an ending (லைக்கை, டெபாசிட்டை, வாட்ஸ்அப்பில்)."""
_ENDING: Final = 6
"""Characters of case endings a loanword takes (ை, ுக்கு, ிலும்): a longer rest is a longer word."""
_FROM: Final = ("ிருந்து", "ிருந்தே", "ருந்து")
"""The ablative's "from" (இருந்து) glued on a place ending (அக்கவுண்டிலிருந்து, பேங்க்லருந்து)."""


def _ending(spelling: str, rest: str) -> bool:
    """Whether ``rest``, after a loanword ``spelling``, is endings glued on it (not a longer word).

    The loanword's last consonant doubled before the ending (அக்கவுண்ட்|டுக்கு, டாஸ்க்|குக்கு)
    is the glue, not the ending; a place ending with "from" after it (அக்கவுண்ட்|டிலிருந்து)
    is one ending.
    """
    if spelling[-1:] in _HARD and rest[:2] == _PULLI + spelling[-1]:
        rest = rest[2:]
    for from_ in _FROM:
        if rest.endswith(from_) and len(rest) > len(from_):
            rest = rest[: -len(from_)]
            break
    return len(rest) <= _ENDING


@lru_cache(maxsize=65536)
def english(word: str) -> str:
    """The English word a Tamil-script word spells with its ending glued on ("" if none)."""
    word = fold(word)
    for spelling, meaning in _BY_START.get(word[:2], ()):
        if word.startswith(spelling):
            rest = word[len(spelling) :]
            # The word ends there, or an ending follows (a pulli, a doubled consonant, a vowel
            # sign or a case ending): not a longer Tamil word that happens to start alike.
            if _ending(spelling, rest):
                return meaning
    return ""


_SPELLINGS: Final[dict[str, tuple[str, ...]]] = {}
for _spelling, _word in _LOANWORDS.items():
    _SPELLINGS[_word] = (*_SPELLINGS.get(_word, ()), _spelling)
_BY_SPELLING: Final = sorted(_LOANWORDS, key=len, reverse=True)


def loan_spellings(piece: str) -> list[str]:
    """A term piece with one loanword in each other spelling :data:`_LOANWORDS` lists for it.

    A term written once with அக்கவுண்ட்டை finds அக்கவுன்ட்டை, with ரீஃபண்ட் ரீபண்ட், with
    க்ளிக் கிளிக்: a spelling added to the list carries to every Tamil term that uses the
    loanword, as it does to the English terms the loanword reads as (:func:`english`).
    """
    words = piece.split(" ")
    forms: list[str] = []
    for index, word in enumerate(words):
        spelling = next((s for s in _BY_SPELLING if word.startswith(s)), "")
        rest = word[len(spelling) :]
        if not spelling or not _ending(spelling, rest):
            continue
        for other in _SPELLINGS[_LOANWORDS[spelling]]:
            if other != spelling:
                forms.append(" ".join((*words[:index], other + rest, *words[index + 1 :])))
    return forms


_VOWEL_SIGNS: Final = frozenset(chr(c) for c in range(0x0BBE, 0x0BCD))
"""The vowel signs an ending starts with (ை, ு, ி…)."""


def doubled_forms(piece: str) -> list[str]:
    """A term piece with a loanword's ending glued on its last consonant doubled or single.

    A loanword ending in a hard consonant takes its case ending on the consonant doubled
    (அக்கவுண்ட்டை, டாஸ்க்குக்கு, டெபாசிட்டை) or, as many write it, single (அக்கவுண்டை,
    டாஸ்குக்கு, டெபாசிடை): a term written with one finds the other. One word changed at a
    time; a loanword with no ending glued on (அக்கவுண்ட்) is found in both already.
    """
    words = piece.split(" ")
    forms: list[str] = []
    for index, word in enumerate(words):
        spelling = next((s for s in _BY_SPELLING if word.startswith(s)), "")
        rest = word[len(spelling) :]
        if not spelling or spelling[-1] not in _HARD or not _ending(spelling, rest):
            continue
        consonant = spelling[-1]
        if rest[:2] == _PULLI + consonant and rest[2:3] in _VOWEL_SIGNS:
            other = spelling + rest[2:]
        elif rest[:1] in _VOWEL_SIGNS:
            other = spelling + _PULLI + consonant + rest
        else:
            continue
        forms.append(" ".join((*words[:index], other, *words[index + 1 :])))
    return forms


def oblique(piece: str) -> str:
    """The oblique stem of a term piece's last word (பணம் → பணத்த), or "" if it has none.

    ``piece`` may have lost its final pulli already (:mod:`checkers.concepts` drops it).
    """
    if piece.endswith(_PULLI):
        piece = piece[:-1]
    if len(piece) < 3:
        return ""
    if piece.endswith("ம") and piece[-2] not in (" ", _PULLI):
        return piece[:-1] + "த" + _PULLI + "த"
    for plain, doubled in (("டு", "ட்ட"), ("று", "ற்ற")):
        if piece.endswith(plain) and len(piece) > 3 and piece[-3] not in (_PULLI, " "):
            return piece[: -len(plain)] + doubled
    return ""


_SPOKEN: Final = (
    # The written present tense is spoken without its கிற: எடுக்கிறோம் → எடுக்குறோம்,
    # தேடுகிறீர்களா → தேடுறீங்களா, செய்கிறேன் → செய்றேன்.
    ("க்கிற", "க்குற"),
    ("கிற", "ற"),
    # The polite "you" ending: நீங்கள் → நீங்க, தேடுறீர்களா → தேடுறீங்களா, அனுப்புங்கள் → அனுப்புங்க.
    ("ீர்க", "ீங்க"),
    ("ுங்கள", "ுங்க"),
    # "Is not": இல்லை → இல்ல (தேவையில்லை → தேவையில்ல, நஷ்டம் இல்லை → நஷ்டம் இல்ல).
    ("இல்லை", "இல்ல"),
    ("ில்லை", "ில்ல"),
    # A consonant run spoken as one: பார்க்க → பாக்க, கேட்க → கேக்க.
    ("ார்க்க", "ாக்க"),
    ("ேட்க", "ேக்க"),
    # "One" (ஒன்று, ஒவ்வொன்றுக்கும்) is spoken ஒண்ணு: ஒவ்வொண்ணுக்கும்.
    ("ொன்று", "ொண்ணு"),
    # "First": முதலில் → முதல்ல.
    ("முதலில்", "முதல்ல"),
    ("முதலில", "முதல்ல"),
)
"""Written Tamil and its spoken form, as pieces of a word (each replaced where it stands)."""

_LOCATIVE: Final = re.compile("([கசடதபற]\u0bcd[கசடதபற])\u0bbfல\u0bcd?")

_SPOKEN_WORDS: Final = {
    "உங்கள்": "உங்க",
    "உங்கள": "உங்க",
    "எங்கள்": "எங்க",
    "எங்கள": "எங்க",
    "நீங்கள்": "நீங்க",
    "நீங்கள": "நீங்க",
    "நாங்கள்": "நாங்க",
    "நாங்கள": "நாங்க",
}
"""Whole written words and their spoken form."""


def _polite(word: str) -> str:
    bare = word.removesuffix(_PULLI)
    if len(bare) > 4 and bare.endswith("வும") and "\u0b95" <= bare[-4] <= "\u0bb9":
        return bare[:-3] + "\u0bc1ங்க"
    return word


_PRONOUNS: Final = frozenset({"உங்கள்", "எங்கள்", "நீங்கள்", "நாங்கள்", "தாங்கள்"})
"""Words in -ங்கள் that are no plural of a noun in ம்."""


def _spoken_word(word: str, last: bool) -> str:
    """One written word of a term as it is spoken (see :func:`spoken`)."""
    said = word
    for written, said_so in _SPOKEN:
        said = said.replace(written, said_so)
    # Pronouns: உங்கள் → உங்க, எங்கள் → எங்க, நீங்கள் → நீங்க, நாங்கள் → நாங்க.
    said = _SPOKEN_WORDS.get(said, said)
    # The polite imperative in -அவும் is spoken in -உங்க: அனுப்பவும் → அனுப்புங்க.
    said = _polite(said)
    bare = said.removesuffix(_PULLI)
    if len(bare) > 4 and bare.endswith("ாக"):
        # An adverb in ஆக is spoken in ஆ: தவறுதலாக → தவறுதலா, அவசரமாக → அவசரமா.
        said = bare[:-1]
    elif len(bare) > 4 and bare.endswith(("ாமல", "ால")):
        # A negative participle in -ஆமல் (தெரியாமல் → தெரியாம) and a condition in -ஆல்
        # (சொன்னால் → சொன்னா) lose their ல்.
        said = bare[:-1]
    # The place ending -இல் after a doubled consonant is spoken -உல: வீட்டில் → வீட்டுல,
    # கணக்கில் → கணக்குல, வீட்டிலிருந்தே → வீட்டுலிருந்தே.
    said = _LOCATIVE.sub("\\1\u0bc1ல", said)
    if last and len(said) > 4 and said.endswith("\u0bcdது"):
        # A participle in -து fuses with இரு (விழுந்து இருக்கு → விழுந்திருக்கு): the term's
        # last word without its உ finds both.
        said = said[:-1]
    return said


def spoken_forms(piece: str) -> list[str]:
    """A written term piece as it is spoken: all its words so, and each word alone.

    Messages mix the two registers ("இணைப்பில் செலுத்துங்க"): a term's spoken form with every
    word spoken, and with one word spoken and the rest as written, are all found.
    """
    forms: dict[str, None] = {}
    # "Must" joins its verb when spoken: செய்ய வேண்டும் → செய்யணும், கட்ட வேண்டும் → கட்டணும்.
    for written in dict.fromkeys((piece, piece.replace(" வேண்டும", "ணும"))):
        words = written.split(" ")
        said = [_spoken_word(w, i == len(words) - 1) for i, w in enumerate(words)]
        forms[" ".join(said)] = None
        forms[written] = None
        if len(words) > 1:
            for i, word in enumerate(said):
                if word != words[i]:
                    forms[" ".join((*words[:i], word, *words[i + 1 :]))] = None
    forms.pop(piece, None)
    return list(forms)


def spoken(piece: str) -> str:
    """A written term piece with every word spoken (தேடுகிறீர்களா → தேடுறீங்களா), or ""."""
    forms = spoken_forms(piece)
    return forms[0] if forms else ""


_LIGHT_VERBS: Final = {
    "செய்ய": ("பண்ண",),
    "செய்யுங்கள்": ("பண்ணுங்க",),
    "செய்யுங்க": ("பண்ணுங்க",),
    "செய்யவும்": ("பண்ணுங்க",),
    "செய்து": ("பண்ணி",),
    "செய்தால்": ("பண்ணினா", "பண்ணுனா", "பண்ணா"),
    "செய்தால": ("பண்ணினா", "பண்ணுனா", "பண்ணா"),
    "செய்வோம்": ("பண்ணுவோம்",),
    "செய்யல": ("பண்ணல",),
    "செய்யவில்லை": ("பண்ணல",),
    "செய்யாதீங்க": ("பண்ணாதீங்க",),
    "செய்யாதீர்கள": ("பண்ணாதீங்க",),
    "பண்ண": ("செய்ய",),
    "பண்ணுங்க": ("செய்யுங்க",),
    "பண்ணா": ("செய்தா",),
    "பண்ணினா": ("செய்தா",),
    "பண்ணுனா": ("செய்தா",),
    "பண்ணி": ("செய்து",),
    "பண்ணுவோம்": ("செய்வோம்",),
    "பண்ணல": ("செய்யல", "செய்யவில்லை"),
    "பண்ணாதீங்க": ("செய்யாதீங்க", "செய்யாதீர்கள"),
}
"""The light verb that makes a verb of a noun or an English word ("call பண்ணுங்க", "பதிவு
செய்யுங்கள்"): spoken பண்ணு and written செய், each form and the other's."""


def light_verb_forms(piece: str) -> list[str]:
    """A term piece with its light verb in the other register (GPay பண்ண ⇄ GPay செய்ய).

    A term written with one finds the message written with the other: "பதிவு செய்யுங்கள்"
    finds "பதிவு பண்ணுங்க", "GPay பண்ண" finds "GPay செய்யுங்கள்". One word changed at a time.
    """
    words = piece.split(" ")
    forms: list[str] = []
    for index, word in enumerate(words):
        for other in _LIGHT_VERBS.get(word.removesuffix(_PULLI), ()):
            forms.append(" ".join((*words[:index], other, *words[index + 1 :])))
    return forms


_PROHIBITIVE: Final = re.compile("(?<=[\u0b95-\u0bb9\u0bcd])ாதீ(?:ர்கள|ங்க)\u0bcd?(?= |$)")
"""A "don't" imperative in the polite plural: கொடுக்காதீர்கள், கொடுக்காதீங்க."""


def prohibitive_forms(piece: str) -> list[str]:
    """A term piece's polite "don't" also in the singular, formal and familiar.

    "OTP-ஐ கொடுக்காதீர்கள்" is written to one reader as "கொடுக்காதீர்" (formal) and said to a
    child or a friend as "கொடுக்காதே": a negation spelled in the plural finds all three
    (கொடுக்காதீர் is also the start of the plural, so it finds both).
    """
    if "ாதீ" not in piece or not _PROHIBITIVE.search(piece):
        return []
    return [_PROHIBITIVE.sub(ending, piece) for ending in ("ாதீர", "ாதே")]


_IF_NOT: Final = re.compile("ல[ைே]?(?:ன்னா|னா)(?=$| |ல)")
"""A spoken "if not" (பண்ணலனா, கட்டலைன்னா, இல்லைனா, and its "even if not" in -லும்)."""

_IF_NOT_SPELLINGS: Final = ("லனா", "லன்னா", "லைனா", "லைன்னா", "லேன்னா")


def if_not_forms(piece: str) -> list[str]:
    """A term piece's spoken "if not" in its other spellings.

    Spoken Tamil says "if you don't" with the negative in -ல or -லை and the condition in -னா
    or -ன்னா, and people write all of them: a term spelled "நீங்க பண்ணலைன்னா" finds "நீங்க
    பண்ணலைனா" and "நீங்க பண்ணலனா", a term "update பண்ணலனா" finds "update பண்ணலைன்னா".
    """
    if "னா" not in piece or not _IF_NOT.search(piece):
        return []
    forms = dict.fromkeys(_IF_NOT.sub(spelling, piece) for spelling in _IF_NOT_SPELLINGS)
    forms.pop(piece, None)
    return list(forms)


_BECOME: Final = (
    # "Will become": ஆகும், and the completive that says it surely will, written and spoken
    # (block ஆகிவிடும், block ஆகிடும், block ஆயிடும், block ஆயிரும்).
    ("ஆகும்", "ஆகிவிடும்", "ஆகிடும்", "ஆயிடும்", "ஆயிரும்"),
    # "Has become", in the past (ஆகிவிட்டது, ஆகிடுச்சு, ஆயிடுச்சு, ஆயிருச்சு, ஆச்சு) and the
    # perfect (ஆகியுள்ளது, ஆகியிருக்கு, ஆயிருக்கு).
    ("ஆகிவிட்டது", "ஆகிடுச்சு", "ஆயிடுச்சு", "ஆயிருச்சு", "ஆகிருச்சு", "ஆச்சு"),
    ("ஆகியுள்ளது", "ஆகியிருக்கு", "ஆயிருக்கு", "ஆகிருக்கு"),
)
"""The auxiliary "become" that makes a verb of a noun or an English word ("account block
ஆயிடும்", "loan approve ஆயிருக்கு"): its forms of one tense, written and spoken."""

_BECOME_FORMS: Final = {
    form.removesuffix(_PULLI): tuple(o for o in group if o != form)
    for group in _BECOME
    for form in group
}


def become_forms(piece: str) -> list[str]:
    """A term piece with its auxiliary "become" in the tense's other forms.

    A term written "block ஆகும்" finds "block ஆயிடும்" and "block ஆகிவிடும்", and "அப்டேட்
    ஆகிவிட்டது" finds "அப்டேட் ஆயிருச்சு": spoken Tamil says "will become" and "has become"
    with the completive (ஆகி-விடு, spoken ஆயிடு, ஆயிரு) as often as without. One word changed
    at a time; only a word that follows another (the noun it makes a verb of).
    """
    words = piece.split(" ")
    forms: list[str] = []
    for index, word in enumerate(words[1:], start=1):
        bare = word.removesuffix(_PULLI)
        for other in _BECOME_FORMS.get(bare, ()):
            if not word.endswith(_PULLI):
                other = other.removesuffix(_PULLI)
            forms.append(" ".join((*words[:index], other, *words[index + 1 :])))
    return forms


def number_forms(piece: str) -> list[str]:
    """A term piece with one noun in ம் in the plural, or one plural in the singular.

    ஆவணம் தேவையில்லை finds ஆவணங்கள் தேவையில்லை, and ஆவணங்கள் தேவையில்லை finds ஆவணம்
    தேவையில்லை: a noun in ம் makes its plural in ங்கள். Pronouns (உங்கள், நாங்கள்) and
    imperatives (அனுப்புங்கள்) are no plurals.
    """
    words = piece.split(" ")
    forms = []
    for index, word in enumerate(words):
        last = index == len(words) - 1
        bare = word.removesuffix(_PULLI)
        if word in _PRONOUNS or bare + _PULLI in _PRONOUNS:
            continue
        if bare.endswith("ங்கள") and len(bare) > 5 and bare[-5] not in "ுீ":
            changed = bare[:-4] + "ம" + ("" if last and not word.endswith(_PULLI) else _PULLI)
        elif (word.endswith("ம" + _PULLI) or (last and word.endswith("ம"))) and len(bare) > 2:
            if not "\u0b95" <= bare[-2] <= "\u0bb9":  # a noun in அம் (மாட்டோம் is a verb)
                continue
            changed = bare[:-1] + ("ங்க" if last else "ங்கள்")
        else:
            continue
        forms.append(" ".join((*words[:index], changed, *words[index + 1 :])))
    return forms


_IMPERATIVE: Final = "வும"
"""The polite imperative's ending (அனுப்பவும், செலுத்தவும்), without its final pulli."""


def passive_forms(piece: str) -> list[str]:
    """A term ending in a polite imperative, as official notices write the same request.

    Formal and translated notices ask in the passive of obligation or in the "you are asked
    to" form: அனுப்பவும் (send) is written அனுப்பப்பட வேண்டும் (must be sent) and
    அனுப்புமாறு (that you send, கேட்டுக்கொள்கிறோம்); செலுத்தவும் is செலுத்தப்பட வேண்டும் and
    செலுத்துமாறு. Both are the infinitive (அனுப்ப, the imperative less its வும்) with ப்பட
    வேண்டும், or with its last vowel made உ and மாறு. Only the obligation: அனுப்பப்பட்டது (was
    sent) reports, and asks nothing.
    """
    bare = piece.removesuffix(_PULLI)
    if not bare.endswith(_IMPERATIVE):
        return []
    infinitive = bare[: -len(_IMPERATIVE)]
    # The infinitive ends in a consonant with its inherent அ (அனுப்ப, செய்ய, கொள்ள).
    if len(infinitive) < 2 or not "\u0b95" <= infinitive[-1] <= "\u0bb9" or infinitive[-2] == " ":
        return []
    return [infinitive + "ப்பட வேண்டும", infinitive + "\u0bc1மாறு"]


_CONSONANT: Final = "[\u0b95-\u0bb9]"

_LANKAN_WORDS: Final = {
    "உங்கள்": "உங்கட",
    "உங்கள": "உங்கட",
    "உங்க": "உங்கட",
    "உங்களுடைய": "உங்கட",
    "எங்கள்": "எங்கட",
    "எங்கள": "எங்கட",
    "எங்களுடைய": "எங்கட",
    "என்": "என்ட",
    "என்னுடைய": "என்ட",
    "என்னோட": "என்ட",
}
"""Possessive pronouns as Sri Lankan Tamil says them: உங்கள் கணக்கு is உங்கட கணக்கு."""

_LANKAN_ENDINGS: Final = (
    # "Cannot", "could not": முடியாது, முடியவில்லை (முடியல) are ஏலாது, ஏலாமல் (போச்சுது).
    (re.compile("முடிய(?:வில்லை|ாது|ாமல|ல(?=\u0bcd?(?:$| )))\u0bcd?"), "ஏலா"),
    # "If not": பண்ணலைன்னா, கட்டலனா are பண்ணாட்டி, கட்டாட்டி; இல்லைன்னா, இல்லையென்றால்,
    # இல்லையெனில் இல்லாட்டி (செய்யவில்லை என்றால் is செய்யேல்லை எண்டா, below).
    (re.compile("இல்லை(?:ன்னா|னா|யென்றால|யெனில)\u0bcd?"), "இல்லாட்டி"),
    (re.compile("(?<=" + _CONSONANT + ")(?:லைன்னா|லைனா|லனா)"), "ாட்டி"),
    # "Today": இன்னைக்கு, இன்றைக்கு are இண்டைக்கு (இண்டைக்கே); "hours": மணி நேரத்துக்குள்
    # is மணித்தியாலத்துக்குள்.
    (re.compile("இன்னைக்க|இன்றைக்க"), "இண்டைக்க"),
    (re.compile("மணி ?நேரத்த"), "மணித்தியாலத்த"),
    # "Wrong": தவறான முகவரி is பிழையான முகவரி, தவறு பிழை.
    (re.compile("தவறான"), "பிழையான"),
    (re.compile("(?:^|(?<= ))தவறு(?= |$)"), "பிழை"),
    # "Must": கட்ட வேண்டும் (spoken கட்டணும்) is said கட்டோணும், அனுப்ப வேண்டும் அனுப்போணும்.
    (re.compile(" வேண்டும|(?<=" + _CONSONANT + ")ணும"), "\u0bcbணும"),
    # "Did not": செய்யவில்லை is said செய்யேல்லை, பண்ணவில்லை பண்ணேல்லை.
    (re.compile("(?<=" + _CONSONANT + ")வில்லை"), "\u0bc7ல்லை"),
    # "Don't" (polite): சொல்லாதீர்கள், சொல்லாதீங்க are said சொல்லாதேங்கோ.
    (re.compile("ாதீர்கள|ாதீங்க"), "ாதேங்க"),
    # "They do" and "they will": எடுக்கிறார்கள் (எடுக்குறாங்க) is எடுக்கினம், தருவார்கள்
    # (தருவாங்க) தருவினம்.
    (re.compile("க்கிறார்கள|க்குறாங்க"), "க்கினம"),
    (re.compile("கிறார்கள|குறாங்க"), "கினம"),
    (re.compile("ுவார்கள|ுவாங்க"), "ுவினம"),
    # "We will" and "I will": தருவோம் is தருவம், கொடுப்போம் கொடுப்பம், தருவேன் தருவன்.
    (re.compile("(?<=ு)வோம(?=\u0bcd?(?:$| ))"), "வம"),
    (re.compile("(?<=ப\u0bcd)போம(?=\u0bcd?(?:$| ))"), "பம"),
    (re.compile("(?<=ு)வேன(?=\u0bcd?(?:$| ))"), "வன"),
    (re.compile("(?<=ப\u0bcd)பேன(?=\u0bcd?(?:$| ))"), "பன"),
    # "I do": பேசுகிறேன் (பேசுறேன்) is பேசுறன், அனுப்புகிறேன் அனுப்புறன்.
    (re.compile("றேன(?=\u0bcd?(?:$| ))"), "றன"),
    # "Coming": வர்ற (வரும்) is வாற (வாற காசு, வாற code).
    (re.compile("வர்ற"), "வாற"),
    # "Say" spoken in full: சொல்ற is சொல்லுற (நான் சொல்லுற ஆளுக்கு).
    (re.compile("சொல்ற"), "சொல்லுற"),
    # "That" and "if": என்று is எண்டு, என்றால் எண்டா, ஒன்று ஒண்டு.
    (re.compile("ன்று"), "ண்டு"),
    (re.compile("ன்றா"), "ண்டா"),
)
"""Sri Lankan Tamil's verb endings for the Indian Tamil ones, written or spoken."""

_SPOKEN_RR: Final = re.compile("ற்ற")
"""ற்ற is spoken த்த: மாற்றுங்கள் → மாத்துங்க, பற்றி → பத்தி (in India and Sri Lanka)."""

_BY_ITS_OWNER: Final = re.compile("(?:^| )கிட்ட(?= |$)")
"""The postposition "with, to" (அம்மாகிட்ட), which Sri Lankan Tamil glues as ட்ட (அம்மாட்ட)."""


def colloquial_forms(piece: str) -> list[str]:
    """A term piece with ற்ற spoken த்த, as Sri Lankan Tamil says it, with காசு for பணம்.

    மாற்றுங்கள் finds மாத்துங்க; and Sri Lanka's endings (:data:`_LANKAN_ENDINGS`) and
    possessives (:data:`_LANKAN_WORDS`) for India's, all at once: "உங்கள் கணக்கை மாற்ற
    வேண்டும்" finds "உங்கட கணக்கை மாத்தோணும்", "யாருக்கும் சொல்லாதீங்க" finds
    "யாருக்கும் சொல்லாதேங்கோ" (the imperative's ஓ is glued after the term's ங்க),
    "கிட்ட சொல்ல" finds "அம்மாட்ட சொல்ல".
    """
    forms: list[str] = []
    said = _SPOKEN_RR.sub("த்த", piece)
    if said != piece:
        forms.append(said)
    words = [_LANKAN_WORDS.get(word, word) for word in said.split(" ")]
    lankan = " ".join(words)
    for pattern, ending in _LANKAN_ENDINGS:
        lankan = pattern.sub(ending, lankan)
    lankan = _BY_ITS_OWNER.sub("ட்ட", lankan).strip()
    if lankan != said and len(lankan) > 2:
        forms.append(lankan)
    for form in (piece, lankan):
        cash = _CASH.sub(_cash, form)
        if cash != form:
            forms.append(cash)
        # "Details" (விவரம்) is spelled விபரம் in Sri Lanka and by many in India.
        details = form.replace("விவர", "விபர")
        if details != form:
            forms.append(details)
    return forms


_CASH: Final = re.compile("(?:^|(?<= ))(?:பணத்த|பணம்(?= )|பணம்?$)")
"""பணம் (money) and its oblique stem, as whole words (not முன்பணம், an advance)."""


def _cash(match: re.Match[str]) -> str:
    """காசு, the everyday word for money in Tamil Nadu, Sri Lanka and Malaysia, for பணம்.

    பணத்தை is காசை, பணத்துக்கு காசுக்கு, பணத்தில் காசில்: the stem காச takes the same endings.
    A term's last word பணம் (its pulli dropped) is காச, which finds காசு, காசை, காசா.
    """
    word = match.group()
    if word == "பணத்த" or not word.endswith(_PULLI):
        return "காச"
    return "காசு"


_MALAYSIAN_LOANS: Final = (
    (re.compile("(?<![a-z])account(?![a-z])"), "akaun"),
    (re.compile("(?<![a-z])card(?![a-z])"), "kad"),
    (re.compile("(?<![a-z])transfer(?![a-z])"), "bank in"),
    (re.compile("(?<![a-z])pay(?![a-z])"), "bayar"),
    (re.compile("(?<![a-z])number(?![a-z])"), "nombor"),
)
"""English words of Tamil terms and the Malay (or Malaysian English) words Malaysian Tamil
writes for them: "account-க்கு transfer பண்ணுங்க" is "akaun-க்கு bank in பண்ணுங்க", "pay
பண்ணுங்க" "bayar பண்ணுங்க", "card number" "kad nombor"."""


def malaysian_forms(piece: str) -> list[str]:
    """A term piece with its English loanwords as Malaysian Tamil writes them (akaun, kad).

    Each alone, and all at once: "card number" finds "kad number" and "kad nombor".
    """
    forms: dict[str, None] = {}
    changed = piece
    for pattern, word in _MALAYSIAN_LOANS:
        forms[pattern.sub(word, piece)] = None
        changed = pattern.sub(word, changed)
    forms[changed] = None
    forms.pop(piece, None)
    return list(forms)


_LATIN_ENDINGS: Final = (
    # Accusative: அக்கவுண்ட்டை is "account-ஐ", லிங்க்கையும் "link-ஐயும்".
    ("\u0bc8", " ஐ"),
    # Dative: அக்கவுண்ட்டுக்கு is "account-க்கு".
    ("\u0bc1க்கு", " க்கு"),
    # Locative: லிங்க்கில் is "link-ல".
    ("\u0bbfல", " ல"),
)
"""A loanword's case ending as it is written after the English word in Latin letters, with a
hyphen (read as a space): the vowel sign that glued it on becomes a letter, or goes."""


_OWN_NAMES: Final = frozenset(("whatsapp", "telegram"))
"""Chat apps, whose names in Latin letters the synthetic concept ``chat_app`` and terms of their
own read: "WhatsApp செய்யவும்" is a real advert's way to apply as often as a scam's."""


def latin_forms(piece: str, alone: bool = True) -> list[str]:
    """A term piece with one loanword in Tamil letters as the English word in Latin letters.

    Messages write the loanword in either script, the Tamil ending after a hyphen when it is in
    Latin letters: a term "அக்கவுண்ட்டை வாடகைக்கு" finds "account-ஐ வாடகைக்கு", "ஓடிபி
    சொல்லுங்க" finds "OTP சொல்லுங்க", "லிங்க்கில் கிளிக்" finds "link-ல கிளிக்". One word
    changed at a time; a word with another ending is left, and so is a term that is the
    loanword alone (அப்டேட், ஸ்கேம்: "update" and "scam" in Latin letters are English words).
    """
    words = piece.split(" ")
    forms: list[str] = []
    if alone and len(words) < 2:
        # A loanword alone (a term of one piece, ``alone``) is the English lexicon's word to
        # judge in Latin letters; one piece of several (அக்கவுண்ட் .. வாடகைக்கு) is not alone.
        return forms
    for index, word in enumerate(words):
        spelling = next((s for s in _BY_SPELLING if word.startswith(s)), "")
        rest = word[len(spelling) :]
        if not spelling or not _ending(spelling, rest) or _LOANWORDS[spelling] in _OWN_NAMES:
            continue
        if spelling[-1:] in _HARD and rest[:2] == _PULLI + spelling[-1]:
            rest = rest[2:]
        if rest in ("", _PULLI):
            ending = ""
        else:
            ending = next(
                (e for sign, e in _LATIN_ENDINGS if rest.removesuffix(_PULLI) == sign), "-"
            )
            if ending == "-":
                continue
        latin = normalise_word(_LOANWORDS[spelling]) + ending
        forms.append(" ".join((*words[:index], latin, *words[index + 1 :])))
    return forms


_SANDHI_HARD: Final = "கசதப"
"""The consonants that double across a word boundary (கணக்கைப் பயன்படுத்த, இந்தக் கணக்கு)."""
_DEMONSTRATIVES: Final = frozenset(("இந்த", "அந்த", "எந்த"))


def _takes_sandhi(word: str) -> bool:
    """Whether the next word's hard consonant is doubled onto ``word``.

    An accusative in ஐ (கணக்கை), a dative in கு (வாடகைக்கு), or a demonstrative (இந்த).
    """
    return len(word) > 2 and (word.endswith(("\u0bc8", "கு")) or word in _DEMONSTRATIVES)


def sandhi_forms(piece: str) -> list[str]:
    """A term piece with the doubled consonant of careful writing put in, or taken out.

    Formal and Sri Lankan Tamil glue the next word's first hard consonant onto an accusative,
    a dative or a demonstrative (கணக்கை பயன்படுத்த is written கணக்கைப் பயன்படுத்த, வாடகைக்கு
    தாங்கோ வாடகைக்குத் தாங்கோ, இந்த கணக்கு இந்தக் கணக்கு); chat leaves it out. A term
    written either way finds the other: every such boundary of the piece changed at once.
    """
    words = piece.split(" ")
    if len(words) < 2:
        return []
    put_in = list(words)
    taken_out = list(words)
    for index in range(len(words) - 1):
        word, after = words[index], words[index + 1]
        first = after[:1]
        if first not in _SANDHI_HARD:
            continue
        if _takes_sandhi(word):
            put_in[index] = word + first + _PULLI
        elif word.endswith(first + _PULLI) and _takes_sandhi(word[:-2]):
            taken_out[index] = word[:-2]
    return [" ".join(f) for f in (put_in, taken_out) if f != words]
