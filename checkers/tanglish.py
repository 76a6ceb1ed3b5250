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

A message that reads as Tanglish has its words read in their other spellings too
(:func:`spelling_key`, :meth:`checkers.concepts.Lexicon.spellings`): ``anupunga``,
``anuppungo`` and ``anupungal`` find the term ``anuppunga``, ``santhegamana`` the term
``sandhegamaana``. Only words no other language's terms spell, so English words ("pass",
"need", "deal") stay themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from checkers.wording import normalise_word

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


_NORMALISED_MARKERS: Final = frozenset(normalise_word(word) for word in MARKERS)
_NORMALISED_ENDINGS: Final = tuple(normalise_word(ending) for ending in _ENDINGS)
"""The same as the lexicons read them (:func:`checkers.wording.normalise`: "illa" is "iiia")."""


def _holds(words: Iterable[str], markers: frozenset[str], endings: tuple[str, ...]) -> bool:
    found: set[str] = set()
    for word in words:
        if word in markers or (len(word) >= 5 and word.endswith(endings)):
            found.add(word)
            if len(found) >= _LEAST:
                return True
    return False


def reads_as_tanglish(text: str) -> bool:
    """Whether ``text`` (Latin letters) holds enough Tamil words to be read as Tamil."""
    return _holds(_WORD.findall(text.lower()), MARKERS, _ENDINGS)


def holds_tanglish(words: Iterable[str]) -> bool:
    """:func:`reads_as_tanglish` for a normalised message's words, stopping at the second.

    The words are as :func:`checkers.wording.normalise` reads them ("illa" is "iiia"). Every
    message is asked this (:meth:`checkers.concepts.Lexicon.find`), and most are English: one
    pass over the words already split costs a third of searching the text again.
    """
    return _holds(words, _NORMALISED_MARKERS, _NORMALISED_ENDINGS)


_BECOME: Final = (
    ("aagum", "aagidum", "aayidum", "aayirum", "aaidum", "aagirum"),
    ("aayiduchu", "aaiduchu", "aagiduchu", "aayiruchu", "aagiruchu", "aagirukku", "aayirukku"),
)
"""The helper "become" in Tanglish, each tense spelled the ways people write it: "will become"
(``block aagum``, ``block aayidum``, ``block aagidum``) and "has become" (``credit
aayiduchu``, ``credit aagiduchu``, ``credit aagirukku``: "is in the state of")."""

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


_LONG_VOWELS: Final = (("zh", "l"), ("l", "i"), ("dh", "th"), ("ee", "i"), ("oo", "u"))
"""Letters Tanglish writes two ways, each to one spelling (``vaazhthu``/``vaalthu``,
``sandhegam``/``santhegam``, ``neenga``/``ninga``, ``poojai``/``pujai``); and ``l`` as the
lexicons read it (:func:`checkers.wording.normalise` reads ``l`` as ``i``, as in ``cIick``).
Not w/v: Malay and English words with a w ("wangi", "warung") would read as Tamil ones."""
_POLITE_ENDING: Final = re.compile(r"(?<=u)n?g(?:a|o|ai|e)$")
"""The polite ending of a verb or of "your", however written: ``pannunga``, ``pannuga``,
``pannungo``, ``pannungal``; ``ungal``, ``unga``."""
_DOUBLED: Final = re.compile(r"(.)\1+")
_FINAL_U: Final = re.compile(r"(?<=[^aeiou])u$")
KEEP_SPELLING: Final = frozenset(
    normalise_word(word)
    for word in (
        *("anna", "aana", "pakka", "paakka", "panam", "math", "nail", "naal", "naai"),
        *("than", "vara", "vaara", "kadai", "kaadai"),
    )
)
"""Words that fold like another word but are not it: Tamil pairs a long vowel tells apart
("anna" brother, "aana" but; "pakka" side, "paakka" to see; "panam" money, "panna" to do), and
English words a Tamil one folds to ("math", "nail")."""
SPELLING_PREFIX_LEAST: Final = 6
"""A ``word*`` prefix is found in its other spellings only this long: a short one's fold starts
English and Malay words ("sollu*" folds like "solutions", "panni*" like "panic", "panitia")."""
SPELLING_LEAST: Final = 4
"""A word shorter than this keeps its spelling (``ku``, ``la``, ``nu``: too many words fold
alike when short)."""


def spelling_key(word: str, *, prefix: bool = False) -> str:
    """The one spelling of a Tanglish word's many, by which its spellings are found.

    ``anuppunga``, ``anupunga``, ``anuppungo`` and ``anupungal`` are all ``anupunga``;
    ``irukku``, ``iruku`` and ``irukk`` ``iruk``. Folded alike: dh/th, zh/l, a long vowel and
    a short one (aa/a, ee/i, oo/u), a doubled consonant and a single one, the polite ending
    (-unga, -uga, -ungo, -ungal) and a final -u after a consonant (``kattu``, ``katt``). A
    ``prefix`` (of a ``word*`` term) keeps its end, since it is no word's end. Lower-case
    ASCII letters only; anything else is returned as is.
    """
    if len(word) < SPELLING_LEAST or not (word.isascii() and word.isalpha()):
        return word
    for written, one in _LONG_VOWELS:
        word = word.replace(written, one)
    if not prefix:
        word = _POLITE_ENDING.sub("nga", word)
    word = _DOUBLED.sub(r"\1", word)
    if not prefix and len(word) >= SPELLING_LEAST:
        word = _FINAL_U.sub("", word)
    return word
