"""Which language a message is written in, and whether we can judge its wording.

The wording checks (the concepts and the wording model) read English (with Singlish), Chinese,
Malay/Indonesian and Tamil. A message in another language (Vietnamese, Thai, Korean…) is never
flagged for its wording: words we do not read would only be judged by accident. Its links,
numbers and accounts are still checked.

Scripts decide first (Chinese characters, Tamil letters, or another script such as Thai or
Hangul); a message in Latin letters is identified with Google's Compact Language Detector 2
(``pycld2``: compiled, about 3 µs a message, no data to fetch), which tells Vietnamese written
without its accents, Tagalog or Spanish from English and Malay. When the detector is not sure
(short messages, SMS spelling), the message counts as readable: the wording is then judged as
before, which is what a short English text needs; one that holds two Malay words or SMS short
forms (:func:`checkers.malay.reads_as_malay`: "sy", "nk", "tlg", "dgn", "je") is read as Malay.
Tamil written in Latin letters (:mod:`checkers.tanglish`) is read as Tamil when the detector
takes it for another language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

from checkers.malay import reads_as_malay
from checkers.tamil import TAMIL
from checkers.tanglish import reads_as_tanglish

READABLE: Final = frozenset({"en", "zh", "ms", "id", "ta"})
"""Languages whose wording is judged (Indonesian is read with the Malay lexicon)."""

_LATIN_SURE: Final = 70
"""The least share of the text (per cent) the detector must give another language."""
_OTHER_SCRIPT_SHARE: Final = 0.4

LANGUAGE_NAMES: Final = {
    "vi": "Vietnamese",
    "th": "Thai",
    "ko": "Korean",
    "ja": "Japanese",
    "my": "Burmese",
    "lo": "Lao",
    "hi": "Hindi",
    "bn": "Bengali",
    "ar": "Arabic",
    "ru": "Russian",
    "tl": "Tagalog",
    "fil": "Filipino",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "tr": "Turkish",
    "pl": "Polish",
    "si": "Sinhala",
    "ur": "Urdu",
    "te": "Telugu",
    "ml": "Malayalam",
    "kn": "Kannada",
    "ne": "Nepali",
    "el": "Greek",
    "he": "Hebrew",
    "km": "Khmer",
}
_SCRIPT_LANGUAGE: Final = {
    "THAI": "th",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "MYANMAR": "my",
    "KHMER": "km",
    "LAO": "lo",
    "DEVANAGARI": "hi",
    "BENGALI": "bn",
    "ARABIC": "ar",
    "CYRILLIC": "ru",
    "SINHALA": "si",
    "TELUGU": "te",
    "MALAYALAM": "ml",
    "KANNADA": "kn",
    "GREEK": "el",
    "HEBREW": "he",
}


@dataclass(frozen=True, slots=True)
class Reading:
    """What we know of a message's language.

    ``language`` is an ISO 639 code, or ``"un"`` when it could not be told; ``readable`` says
    whether the wording checks may judge it.
    """

    language: str
    readable: bool

    @property
    def name(self) -> str:
        """The language's English name ("another language" when we have none)."""
        return LANGUAGE_NAMES.get(self.language, "another language")


UNKNOWN: Final = Reading("un", readable=True)


def _script(ch: str) -> str:
    code = ord(ch)
    if code < 0x250:
        return "LATIN"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "HAN"
    if 0x0B80 <= code <= 0x0BFF:
        return "TAMIL"
    if 0x1E00 <= code <= 0x1EFF:
        return "LATIN"  # Vietnamese letters with two accents
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def read_language(text: str) -> Reading:
    """The language of ``text`` (links and addresses already left out by the caller)."""
    if text.isascii():
        return _latin_language(text) if any(ch.isalpha() for ch in text) else UNKNOWN
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not letters:
        return UNKNOWN
    ours = counts.get("HAN", 0) + counts.get("TAMIL", 0)
    kana = counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0)
    if kana >= max(3, 0.1 * letters):
        return Reading("ja", readable=False)
    if ours >= 0.3 * letters:
        return Reading("zh" if counts.get("HAN", 0) >= counts.get("TAMIL", 0) else "ta", True)
    other = {s: n for s, n in counts.items() if s not in ("LATIN", "HAN", "TAMIL", "")}
    if other:
        script, n = max(other.items(), key=lambda item: item[1])
        if n >= _OTHER_SCRIPT_SHARE * letters and script in _SCRIPT_LANGUAGE:
            return Reading(_SCRIPT_LANGUAGE[script], readable=False)
    if counts.get("LATIN", 0) < 0.5 * letters:
        return UNKNOWN
    return _latin_language(text)


def _latin_language(text: str) -> Reading:
    import pycld2

    try:
        reliable, _, details = pycld2.detect(text.encode("utf-8", "replace").decode("utf-8"))
    except pycld2.error:
        return UNKNOWN
    code, percent = details[0][1], details[0][2]
    if code in ("un", "xx") and reads_as_malay(text):
        # Malay in SMS shorthand ("sy dr Touch n Go. Ewallet u kena hack. Bgi no IC & pin") is
        # too short and too mixed for the detector: read with the Malay words' affixes and short
        # forms, as Malay.
        return Reading("ms", readable=True)
    if code in ("un", "xx") or code in READABLE:
        return Reading(code if code != "xx" else "un", readable=True)
    if reliable and percent >= _LATIN_SURE:
        # Tamil written in Latin letters is no language the detector knows: it is sometimes
        # sure of another one (Norwegian, Oromo, Sanskrit). Asked only here, never for English.
        if reads_as_tanglish(text):
            return Reading(TAMIL, readable=True)
        return Reading(code, readable=False)
    return Reading(code, readable=True)
