"""Tamil words as the lexicons spell them: English loanwords, and nouns' oblique stems.

Tamil messages write English words in Tamil letters (லிங்க், ஓடிபி, வாட்ஸ்அப், டெபாசிட்) with
Tamil endings glued on (லிங்க்கை, ஓடிபியை): :func:`english` reads such a word as the English
word, so that a message read as Tamil reaches the English terms (``click .. link``) as its
English words written in Latin letters already do. Spellings are written once without their
final pulli (a glued ending drops it).

A noun ending in ம் takes its endings on a stem in த்த (பணம் → பணத்தை, பணத்தில்), and one in
டு or று doubles the consonant (வீடு → வீட்டில், நாடு → நாட்டு): :func:`oblique` gives that
stem of a term's last word, so that a term spelled in the plain form finds the inflected ones.
"""

from __future__ import annotations

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
    "டெலிகிராம": "telegram",
    "டாஸ்க": "task",
    "கமிஷன": "commission",
    "கமிசன": "commission",
    "டெபாசிட": "deposit",
    "அக்கவுண்ட": "account",
    "அக்கவுன்ட": "account",
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
}
"""English loanwords in Tamil letters, without a final pulli, and the English word."""

_BY_START: Final[dict[str, list[tuple[str, str]]]] = {}
for _spelling, _word in _LOANWORDS.items():
    _BY_START.setdefault(_spelling[:2], []).append((_spelling, normalise_word(_word)))
for _bucket in _BY_START.values():
    _bucket.sort(key=lambda item: len(item[0]), reverse=True)


@lru_cache(maxsize=65536)
def english(word: str) -> str:
    """The English word a Tamil-script word spells with its ending glued on ("" if none)."""
    for spelling, meaning in _BY_START.get(word[:2], ()):
        if word.startswith(spelling):
            rest = word[len(spelling) :]
            # The word ends there, or an ending follows (a pulli, a doubled consonant, a vowel
            # sign or a case ending): not a longer Tamil word that happens to start alike.
            if len(rest) <= 6:
                return meaning
    return ""


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
