"""Tamil written in Latin letters ("Tanglish"): telling it from a language we do not read.

Singapore and Tamil Nadu speakers often text Tamil in Latin letters, mixed with English ("Unga
parcel address thappa irukku, intha link click pannunga"). The language detector knows no such
language: it mostly answers "unknown" (and the wording is read, as it should be), but now and
then it names Norwegian, Oromo or Sanskrit with confidence, which would leave a scam unread.
:func:`reads_as_tanglish` is asked only then (never for English), and answers from words that
only Tamil spells so: common spoken words (``pannunga``, ``irukku``, ``romba``) and the endings
of spoken verbs and cases (``-unga``, ``-dhu``, ``-kku``, ``-aanga``, ``-iduchu``), of which
Vietnamese, Tagalog, Spanish and the other languages we leave unread have none.

The Tanglish words themselves are terms of ``checkers/lexicon/ta.txt`` in Latin letters, under
the same concepts as the Tamil ones; a Latin term matches in every message, so they are
distinctive words and phrases only (not ``un``, ``en``, ``va``, ``po``, which English, Malay or
Tagalog spell too).
"""

from __future__ import annotations

import re
from typing import Final

_WORD: Final = re.compile(r"[a-z]+")

MARKERS: Final = frozenset(
    {
        "naan",
        "neenga",
        "ninga",
        "unga",
        "ungal",
        "ungaluku",
        "ungalukku",
        "enakku",
        "enaku",
        "ennaku",
        "romba",
        "rumba",
        "konjam",
        "illa",
        "illai",
        "illana",
        "illaina",
        "thaan",
        "dhaan",
        "enna",
        "eppadi",
        "epdi",
        "inniku",
        "innaikku",
        "naalaikku",
        "nalaikku",
        "ippo",
        "ippove",
        "ippave",
        "seri",
        "amma",
        "appa",
        "akka",
        "thambi",
        "machan",
        "machi",
        "dei",
        "nandri",
        "vanakkam",
        "irukku",
        "iruku",
        "irukken",
        "pannunga",
        "pannu",
        "panna",
        "panni",
        "panren",
        "pannen",
        "sollunga",
        "sollu",
        "vaanga",
        "ponga",
        "poda",
        "podi",
        "kitta",
        "intha",
        "indha",
        "andha",
        "antha",
        "idhu",
        "adhu",
        "ithu",
        "athu",
        "yaar",
        "yaaru",
        "kandippa",
        "podhum",
        "pothum",
        "mattum",
        "venum",
        "vennum",
        "vendaam",
        "theriyum",
        "aachu",
        "saapadu",
        "sapadu",
    }
)
"""Spoken Tamil words no other language we meet spells alike."""

_ENDINGS: Final = ("unga", "ungal", "dhu", "kku", "aanga", "eenga", "iduchu", "uchu", "ichu")
"""Endings of spoken Tamil verbs and cases (``pannunga``, ``varudhu``, ``veetuku``…)."""

_LEAST: Final = 2
"""Distinct Tamil words a message needs to be read as Tamil."""


def _tamil_word(word: str) -> bool:
    return word in MARKERS or (len(word) >= 5 and word.endswith(_ENDINGS))


def reads_as_tanglish(text: str) -> bool:
    """Whether ``text`` (Latin letters) holds enough Tamil words to be read as Tamil."""
    found = {w for w in _WORD.findall(text.lower()) if _tamil_word(w)}
    return len(found) >= _LEAST


_BECOME: Final = (
    ("aagum", "aagidum", "aayidum", "aayirum", "aaidum", "aagirum"),
    ("aayiduchu", "aaiduchu", "aagiduchu", "aayiruchu", "aagiruchu"),
)
"""The helper "become" in Tanglish, each tense spelled the ways people write it: "will become"
(``block aagum``, ``block aayidum``, ``block aagidum``) and "has become" (``credit
aayiduchu``, ``credit aagiduchu``)."""

_BECOME_SPELLING: Final = {spelling: group for group in _BECOME for spelling in group}


def become_spellings(term: str) -> list[str]:
    """A Tanglish term (``ta.txt`` in Latin letters) with its "become" in its other spellings.

    Tamil script has its written and spoken forms found for it (:func:`checkers.tamil.
    become_forms`); a term in Latin letters is matched word for word, so ``cancel aagum`` finds
    ``cancel aagidum`` and ``cancel aayirum`` only as these spellings. One word changed at a time.
    """
    words = term.split(" ")
    forms: list[str] = []
    for index, word in enumerate(words):
        for other in _BECOME_SPELLING.get(word, ()):
            if other != word:
                forms.append(" ".join((*words[:index], other, *words[index + 1 :])))
    return forms
