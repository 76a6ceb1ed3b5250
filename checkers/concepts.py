"""Concepts: what a message talks about, in the four languages we read.

A concept (``job_offer``, ``otp``, ``urgency``…) is one lexicon per language in
``checkers/lexicon/<lang>.txt``: the concept's name in brackets, then one term a line, each
synonym spelled once. ``common.txt`` holds the names every language writes alike (WhatsApp,
Telegram, Singpass). What the concepts found together means is decided by the rules
(:mod:`checkers.rules`); this module only finds them, with where they stand.

Terms in Latin script are words, matched on whole words of the normalised message: case,
full-width letters, leetspeak (``acc0unt``, ``b1ocked``, ``cIick``), dots or slashes inside a
word (``P.ay``, ``SING/POST``) and apostrophes make no difference, and a hyphen separates words
(``part-time`` is ``part time``). ``word*`` matches every word that starts with ``word``; ``..``
skips up to three words; ``<money>`` is an amount (``$300``, ``300 sgd``, ``rm50``, ``5万``),
``<num>`` a number and ``<link>`` a link that is not an official site. A line starting with
``#`` is a comment. Braces spell alternatives once: ``my {mum*,sis} {paynow,acc}`` is the four
terms ``my mum* paynow``, ``my mum* acc``, ``my sis paynow`` and ``my sis acc``.

Terms in Chinese or Tamil script are matched on characters, since neither language separates
its words (Tamil glues endings to them): spaces and filler symbols put between Chinese
characters to dodge filters (``加 微 信``, ``兼/职``) are ignored, traditional characters read as
simplified, ``<num>`` is a number, and ``..`` skips up to eight characters (24 in Tamil, whose
words are longer: about three words, as in Latin script).
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from checkers.malay import GLUED_AS_ITSELF, MALAY, PLACE_NAMES, SELF_ONLY, readings, stems
from checkers.tamil import (
    TAMIL,
    become_forms,
    colloquial_forms,
    doubled_forms,
    english,
    if_not_forms,
    latin_forms,
    light_verb_forms,
    loan_spellings,
    malaysian_forms,
    number_forms,
    oblique,
    passive_forms,
    prohibitive_forms,
    sandhi_forms,
    spoken_forms,
)
from checkers.tanglish import (
    KEEP_SPELLING,
    SPELLING_LEAST,
    SPELLING_PREFIX_LEAST,
    become_spellings,
    holds_tanglish,
    spelling_key,
)
from checkers.wording import (
    LINK,
    MONEY,
    NUMBER,
    OFFICIAL_LINK,
    Normalised,
    has_characters,
    has_tamil,
    is_tamil,
    normalise,
    normalise_word,
)

log = logging.getLogger(__name__)

LANGUAGES: Final = ("common", "en", "zh", "ms", "ta")
"""The lexicon files; ``common`` holds names every language writes alike."""

WORD_GAP: Final = 3
CHAR_GAP: Final = 8
_SHORTEST_ROOT: Final = 4
"""A root shared by a message's word and a term's word is at least this long (``bayar``)."""
TAMIL_GAP: Final = 24
"""A Tamil word is several characters (வாடகைக்கு is nine): ``..`` skips about three words."""

GLUE_WORDS: Final = frozenset(
    normalise_word(word)
    for word in (
        *("your", "you", "has", "have", "been", "is", "are", "was", "will", "to", "at"),
        *("the", "now", "here", "dear", "could", "can", "on", "please", "our", "for", "and"),
    )
)
"""Short words that run-together texts glue to the next ("yourpackage", "isonhold", "toavoid")."""
_SHORTEST_GLUED: Final = 6
"""A word run together from others is at least this long ("atbank" is, "today" is not)."""
_LONGEST_GLUED: Final = 40
"""And at most this long: a run of thousands of letters is no sentence, and splitting it would
cost time in proportion to its length for every message that holds one."""

END_GLUE_WORDS: Final = frozenset(("now", "here", "been", "you", "your"))
"""The glue words that end a run-together word ("verifynow", "hasbeen"); others end words
("lesson", "format", "command")."""

_SLOTS: Final = {"<money>": MONEY, "<link>": LINK, "<official>": OFFICIAL_LINK, "<num>": NUMBER}
CLAUSE_BREAK: Final = "clause_break"
"""Where a clause ends inside a sentence: a mark (:func:`clause_marks`) or a word that opens a
clause of its own ("No experience needed, just pay $50": "but", "just", 只需, tapi, ஆனால்)."""
# A comma, a colon or a dash between words (an amount's comma is gone: "$2,450" is one amount);
# not a colon in a time ("9:30") or a link ("https:"), nor 、 (it lists Chinese words: "身份证、
# 银行卡"), nor a comma that goes on with the same list ("never share your OTP, password, or
# send money"; "jangan kongsi OTP, atau hantar wang").
_CLAUSE_MARK = re.compile(
    r"(?:[,，]|[:：](?![#\d/])|(?<=\s)[-–—]+(?=\s)|[–—])"
    r"(?!\s*(?:(?:or|nor|and|atau|dan|serta)\b|或|以及|அல்லது))"
)
# A quoted line is one thing its sentence talks about ('"your account is frozen, verify now"
# என்று வரும் லிங்கை கிளிக் செய்யாதீர்கள்'): its commas end no clause of the sentence.
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|「[^」\n]*」|『[^』\n]*』')

_TOKEN = re.compile(r"[a-z\u00e0-\u024f']+|[§¶¤#%]|[\u0b80-\u0bff\u3400-\u9fff\uf900-\ufaff]+")
"""Words, placeholders, and runs of Chinese or Tamil (so that words apart are not adjacent)."""


def clause_marks(message: Normalised) -> list[Hit]:
    """The marks that end a clause inside a sentence, as :data:`CLAUSE_BREAK` hits."""
    text = message.text
    marks = [
        (message.origin[m.start()], message.until[m.start()]) for m in _CLAUSE_MARK.finditer(text)
    ]
    marks.extend((at, at + 1) for at in message.commas)
    if marks and any(q in text for q in '"“‘「『'):
        quoted = [
            (message.origin[m.start()], message.until[m.end() - 1]) for m in _QUOTED.finditer(text)
        ]
        marks = [m for m in marks if not any(start < m[0] < end for start, end in quoted)]
    return [Hit(CLAUSE_BREAK, start, end, message.sentence_at(start), "") for start, end in marks]


# --- Lexicons -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon line, compiled: the words (or the character pieces) it must find."""

    concept: str
    source: str
    language: str
    words: tuple[str, ...] = ()
    """Latin terms: exact words, ``word*`` prefixes, :data:`WORD_GAP` gaps as ``..``."""
    pieces: tuple[str, ...] = ()
    """Character terms: literal pieces, ``..`` between two of them skipping characters."""
    gap: int = CHAR_GAP
    """Character terms: how many characters ``..`` skips (:data:`TAMIL_GAP` in Tamil)."""


class LexiconError(ValueError):
    """A lexicon file that cannot be read (the message names the file and the line)."""


def parse_lexicon(text: str, language: str) -> list[Term]:
    """The terms of one lexicon file (see the module docstring for the syntax).

    A Tamil lexicon's terms in Latin letters (Tanglish) are followed by their "become" in its
    other spellings (:func:`checkers.tanglish.become_spellings`: ``block aagum`` finds ``block
    aagidum`` too), unless the lexicon spells them itself.

    Raises:
        LexiconError: a term outside a ``[concept]`` section, or one that cannot match.
    """
    terms: list[Term] = []
    concept = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            concept = line[1:-1].strip()
            if not re.fullmatch(r"[a-z][a-z0-9_]*", concept):
                raise LexiconError(f"{language}.txt:{number}: bad concept name {concept!r}")
            continue
        if not concept:
            raise LexiconError(f"{language}.txt:{number}: term outside a [concept]: {line!r}")
        try:
            terms.extend(compile_term(concept, each, language) for each in alternatives(line))
        except ValueError as exc:
            raise LexiconError(f"{language}.txt:{number}: {exc}") from None
    if language == TAMIL:
        spelled = {(t.concept, t.source.lower()) for t in terms}
        for term in list(terms):
            if term.words:
                for other in become_spellings(term.source.lower()):
                    if (term.concept, other) not in spelled:
                        spelled.add((term.concept, other))
                        terms.append(compile_term(term.concept, other, language))
    return terms


_BRACES = re.compile(r"\{([^{}]*)\}")


def alternatives(line: str) -> list[str]:
    """The terms a lexicon line spells: every choice of its ``{a,b,...}`` groups, in order.

    Raises:
        ValueError: a brace left open or closed alone, or an empty choice ("{a,}").
    """
    pieces = _BRACES.split(line)  # text, choices, text, choices, ..., text
    if len(pieces) == 1 and "{" not in line and "}" not in line:
        return [line]
    if any("{" in text or "}" in text for text in pieces[::2]):
        raise ValueError(f"unbalanced brace in {line!r}")
    groups = [[c.strip() for c in group.split(",")] for group in pieces[1::2]]
    if not all(all(group) for group in groups):
        raise ValueError(f"empty choice in {line!r}")
    spelled = []
    for chosen in itertools.product(*groups):
        parts = [pieces[0]]
        for choice, text in zip(chosen, pieces[2::2], strict=True):
            parts += [choice, text]
        spelled.append(" ".join("".join(parts).split()))
    return spelled


def _obliques(term: Term) -> list[Term]:
    """A Tamil term again with a piece's last noun in its oblique stem (பணம் → பணத்தை)."""
    variants = []
    for index, piece in enumerate(term.pieces):
        # The oblique stem or a noun's other number, each also spoken (தேடுறீங்களா for
        # தேடுகிறீர்களா), and a loanword in its other spellings (அக்கவுன்ட் for அக்கவுண்ட்):
        # one piece changed at a time.
        forms = [piece, oblique(piece), *number_forms(piece), *light_verb_forms(piece)]
        forms += loan_spellings(piece)
        forms += latin_forms(piece, alone=len(term.pieces) == 1)
        forms += doubled_forms(piece)
        forms += passive_forms(piece)
        forms += become_forms(piece)
        forms += [one for f in forms if f for one in prohibitive_forms(f)]
        forms += [one for f in forms if f for one in if_not_forms(f)]
        forms += [said for f in forms if f for said in spoken_forms(f)]
        forms += [said for f in forms if f for said in colloquial_forms(f)]
        forms += [glued for f in forms if f for glued in sandhi_forms(f)]
        forms += [loan for f in forms if f for loan in malaysian_forms(f)]
        for form in dict.fromkeys(f for f in forms if f and f != piece):
            pieces = (*term.pieces[:index], form, *term.pieces[index + 1 :])
            variants.append(
                Term(term.concept, term.source, term.language, pieces=pieces, gap=term.gap)
            )
    if len(term.pieces) == 1:
        variants += _inner_obliques(term)
    return variants


_CASE_ENDING: Final = 6
"""Characters a case ending takes after an oblique stem (பணத்த|ை, கட்டணத்த|ுக்கு)."""
GLUED_ENDING: Final = 9
"""Characters of endings glued on a noun (வீடியோ|க்களுக்கு), with no space among them: a term
with this gap skips only the rest of its word (லைக் போட finds லைக்குகள் போட, not லைக் ஆ போட)."""


def _inner_obliques(term: Term) -> list[Term]:
    """A one-piece Tamil term with an inner noun inflected: its case endings and plural.

    பணம் அனுப்ப finds பணத்தை அனுப்ப and பணத்துக்கு அனுப்ப: the stem, then the rest of the
    term a case ending later. A noun in a consonant or a long vowel, and a noun in ம் as an
    adverb, take endings glued on the whole word (:data:`GLUED_ENDING`).
    """
    words = term.pieces[0].split(" ")
    variants = []
    for index, word in enumerate(words[:-1]):
        stem = oblique(word)
        if not stem or not word.endswith("ம" + _PULLI):
            # A noun ending in a consonant or a long vowel takes its endings on itself (லைக் →
            # லைக்குகள், பார்சல் → பார்சலை, ஓடிபி → ஓடிபியை, வீடியோ → வீடியோவை): லைக் போட
            # finds லைக்குகள் போட. Not a verb's infinitive (அனுப்ப) or imperative (அனுப்பு),
            # whose endings may negate it.
            if word.endswith(_PULLI) and len(word) > 2 and is_tamil(word[-2]):
                stem = word[:-1]
            elif len(word) > 2 and word[-1] in _NOUN_VOWELS:
                stem = word
            else:
                continue
            gap = GLUED_ENDING
        else:
            gap = _CASE_ENDING
        stems = [(stem, gap)]
        if word.endswith("ம" + _PULLI):
            # Its adverb and emphatic forms keep the ம (அவசரம் இல்லை finds அவசரமா இல்லை,
            # அவசரமாக இல்லை, அவசரமே இல்லை).
            stems.append((word[:-1], GLUED_ENDING))
        for stem, gap in stems:
            pieces = (" ".join((*words[:index], stem)), " " + " ".join(words[index + 1 :]))
            variants.append(Term(term.concept, term.source, term.language, pieces=pieces, gap=gap))
    return variants


_PULLI: Final = "\u0bcd"
_NOUN_VOWELS: Final = "\u0bbf\u0bc0\u0bca\u0bcb\u0bc2\u0bbe"
"""Vowel signs a noun ends in (ி ீ ொ ோ ூ ா) and takes its case endings after."""


SHORT_TAMIL_WORD: Final = 5
"""Letters (code points, pulli and vowel signs counted) of a short Tamil word: a term that
starts with one is found only where a word starts (:func:`starts_word`)."""


def starts_word(source: str) -> bool:
    """Whether a Tamil term is found only at the start of a word: its first word is short.

    Tamil terms are matched inside words, since endings are glued on; a short loanword then
    fires inside a longer word: ஃபீஸ் (fee) in ஆஃபீஸ் (office), ரேட் (rate) in அப்கிரேட்
    (upgrade) or டிரேட் (trade), வரி (tax) in முகவரி (address). A term with a gap (``..``)
    is left as it was (some start with a glued ending on purpose: லனா .. கெடுதல், the end of
    பண்ணலனா), and so is one starting with a word written glued on (:data:`GLUED_ON`).
    """
    if ".." in source:
        return False
    first = source.split()[0] if source.split() else ""
    return has_tamil(first) and len(first) <= SHORT_TAMIL_WORD and first not in GLUED_ON


GLUED_ON: Final = frozenset(
    (
        *("கிட்ட", "னு", "என்று", "என்ற", "என", "உடன்", "வரை", "பின்", "முன்", "மீது"),
        *("பிறகு", "விட", "பெற", "தர", "பேச", "சொல்ல", "சொல்ற", "கேட்க", "வாங்க"),
        *("தெரிய", "மறக்க", "தயங்க", "வழங்க", "மாறி", "சேர", "விலக", "வரும்", "வர்ற"),
        *("போட்ட", "பணம்"),
    )
)
"""Short words Tamil writes glued on the word before, which terms start with on purpose: a
postposition (அம்மாகிட்ட, அதன்பின், ஷாப்பியைவிட), the quotative (கட்டணும்னு), a verb after
an adverbial form (திரும்பப்பெற, திருப்பித்தர), the noun of a compound (முன்பணம், advance
money): a term starting with one is still found inside a word."""


def _without_final_pulli(piece: str) -> str:
    if len(piece) > 3 and piece.endswith(_PULLI) and is_tamil(piece[-2]):
        return piece[:-1]
    return piece


def compile_term(concept: str, source: str, language: str) -> Term:
    """One term of ``concept`` as the matcher needs it.

    Raises:
        ValueError: the term is empty, starts with a gap, has a prefix under 3 letters, or
            glues a gap to a word in Latin letters.
    """
    if has_characters(source):
        if "*" in source:
            # A Chinese or Tamil term is a substring already: it finds every longer word.
            raise ValueError(f"'*' is for words in Latin letters: {source!r}")
        marked = source.replace("..", "\x00").replace("<money>", MONEY).replace("<num>", "0")
        text = normalise(marked).text.replace("\x00", "..")
        # A Tamil word's final pulli goes when an ending is glued on (சம்பளம் → சம்பளமாக):
        # the term matches either way without it.
        pieces = tuple(_without_final_pulli(p.strip()) for p in text.split(".."))
        if not pieces or not all(pieces):
            raise ValueError(f"bad character term {source!r}")
        gap = TAMIL_GAP if has_tamil(source) else CHAR_GAP
        return Term(concept, source, language, pieces=pieces, gap=gap)
    words: list[str] = []
    for raw in source.split():
        if raw == "..":
            words.append("..")
            continue
        if raw in _SLOTS:
            words.append(_SLOTS[raw])
            continue
        if ".." in raw:
            # "pay..supplier" would read as the two words side by side, the gap lost.
            raise ValueError(f"a gap '..' stands apart, between spaces: {source!r}")
        star = raw.endswith("*")
        body = raw[:-1] if star else raw
        parts = _TOKEN.findall(normalise_word(body))
        if not parts:
            raise ValueError(f"no word in {raw!r}")
        if star and len(parts[-1]) < 3:
            raise ValueError(f"prefix {raw!r} is shorter than 3 letters")
        words.extend(parts[:-1])
        words.append(parts[-1] + ("*" if star else ""))
    if not words or words[0] == ".." or words[-1] == "..":
        raise ValueError(f"bad term {source!r}")
    return Term(concept, source, language, words=tuple(words))


@dataclass(frozen=True, slots=True)
class Hit:
    """A concept found in a message: where it stands (in the written message and in words)."""

    concept: str
    start: int
    end: int
    sentence: int
    language: str


@dataclass(eq=False)  # nodes are told apart by identity (a deep comparison is slow)
class _Node:
    ends: list[tuple[str, str]] = field(default_factory=list)
    exact: dict[str, _Node] = field(default_factory=dict)
    prefixes: dict[str, list[tuple[str, _Node]]] = field(default_factory=dict)
    gap: _Node | None = None


class Lexicon:
    """Every language's terms, compiled for fast matching.

    Word terms are a trie over words (with prefix and gap edges); character terms are found
    by their first two characters. Matching a message costs a dictionary lookup per word and
    per character of Chinese or Tamil, whatever the number of terms.
    """

    def __init__(
        self, terms: Sequence[Term], variants: Sequence[Sequence[Term]] | None = None
    ) -> None:
        """Compile ``terms`` into the trie and the character index.

        ``variants`` are each Tamil term's inflected forms (:func:`_obliques`), one list per
        term in order, when they were compiled before (the compiled-lexicon cache).
        """
        self.terms = tuple(terms)
        self.concepts = frozenset(t.concept for t in terms)
        self._root = _Node()
        self._by_start: dict[str, list[tuple[Term, bool]]] = {}
        self._words: set[str] = set()
        self._prefixes: dict[str, list[str]] = {}
        self._forms: dict[str, tuple[str, ...]] = {}
        self._malay_words: set[str] = set()
        self._malay_readings: dict[str, tuple[tuple[str, ...], bool]] = {}
        self._tamil_readings: dict[str, tuple[tuple[str, ...], bool]] = {}
        self._tanglish_readings: dict[str, tuple[tuple[str, ...], bool]] = {}
        self._spellings: tuple[dict[str, tuple[str, ...]], list[tuple[str, str]]] | None = None
        self._other_words: set[str] = set()
        self._by_root: dict[str, tuple[str, ...]] | None = None
        self._glue_cache: dict[str, tuple[str, ...] | None] = {}
        for number, term in enumerate(terms):
            if term.words:
                self._add_words(term)
            else:
                # Found by their first two characters, or by the one a one-character piece has
                # (妈, 勿: a single character is a whole word in Chinese).
                key = term.pieces[0][:2]
                starts = term.gap == TAMIL_GAP and starts_word(term.source)
                self._by_start.setdefault(key, []).append((term, starts))
                if term.gap == TAMIL_GAP:
                    inflected = _obliques(term) if variants is None else variants[number]
                    for variant in inflected:
                        key = variant.pieces[0][:2]
                        self._by_start.setdefault(key, []).append((variant, starts))
        self._by_piece = {key: _piece_index(bucket) for key, bucket in self._by_start.items()}

    def _add_words(self, term: Term) -> None:
        node = self._root
        for word in term.words:
            if word == "..":
                if node.gap is None:
                    node.gap = _Node()
                node = node.gap
            elif word.endswith("*"):
                prefix = word[:-1]
                self._prefixes.setdefault(prefix[:3], []).append(prefix)
                bucket = node.prefixes.setdefault(prefix[:3], [])
                for known, child in bucket:
                    if known == prefix:
                        node = child
                        break
                else:
                    child = _Node()
                    bucket.append((prefix, child))
                    node = child
            else:
                self._words.add(word)
                if term.language == "ms":
                    self._malay_words.add(word)
                node = node.exact.setdefault(word, _Node())
        node.ends.append((term.concept, term.language))

    def _unglued(self, tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Words run together to dodge filters ("yourpackage isonhold") read apart.

        A long word no term spells is read as the words it is made of when each is a glue
        word (:data:`GLUE_WORDS`) or a word of four letters or more that a term spells, at
        least one of each: "hasbeenlocked" is "has been locked", "verifynow" "verify now".
        Only "now", "here", "been", "you" and "your" end one. Or two such words, the second a
        past participle: "cardblocked" is "card blocked".
        """
        out: list[tuple[str, int, int]] = []
        words, cache = self._words, self._glue_cache
        for token in tokens:
            word, start, _ = token
            if len(word) < _SHORTEST_GLUED or word in words:
                out.append(token)
                continue
            pieces = cache[word] if word in cache else self._glued(word)
            if not pieces:
                out.append(token)
                continue
            at = start
            for piece in pieces:
                out.append((piece, at, at + len(piece)))
                at += len(piece)
        return out

    def _glued(self, word: str) -> tuple[str, ...] | None:
        """The fewest pieces ``word`` is made of (see :meth:`_unglued`), or ``None``."""
        if word in self._glue_cache:
            return self._glue_cache[word]
        result = None
        if len(word) <= _LONGEST_GLUED and word.isalpha():
            result = self._pieces(word)
            # A word a prefix term spells ("verif*") is read apart only after it
            # ("verifynow"), not when a glue word starts it ("onboarding", "topics").
            if result and result[0] in GLUE_WORDS and self._known(word):
                result = None
        if len(self._glue_cache) > 100_000:
            self._glue_cache.clear()
        self._glue_cache[word] = result
        return result

    def _pieces(self, word: str) -> tuple[str, ...] | None:
        """The cheapest split of ``word`` into glue words and terms' words, or ``None``."""
        # best[i]: the cheapest pieces spelling word[:i], as (cost, pieces, glue words among
        # them). A piece costs 1, or more when only a prefix term spells it (the last piece
        # only: "yourrefunds").
        best: list[tuple[float, tuple[str, ...], int] | None] = [None] * (len(word) + 1)
        best[0] = (0.0, (), 0)
        for end in range(1, len(word) + 1):
            for begin in range(max(0, end - 20), end):
                before = best[begin]
                if before is None or end - begin == len(word):
                    continue
                piece = word[begin:end]
                glue = piece in GLUE_WORDS
                last = end == len(word)
                if glue and last and piece not in END_GLUE_WORDS:
                    continue  # "lesson" is no "less on", "command" no "comm and"
                if glue or (len(piece) >= _SHORTEST_ROOT and piece in self._words):
                    cost = 1.0
                elif last and len(piece) >= _SHORTEST_ROOT and self._known(piece):
                    cost = 2.5  # an ending on a prefix term's word ("yourrefunds")
                else:
                    continue
                candidate = (before[0] + cost, (*before[1], piece), before[2] + glue)
                current = best[end]
                if current is None or candidate[0] < current[0]:
                    best[end] = candidate
        found = best[-1]
        result = None
        if found is not None and 0 < found[2] < len(found[1]):
            result = found[1]
        else:
            # Or a word and a past participle the terms spell ("accountsuspended",
            # "temporarilylocked"), with no glue word between.
            for cut in range(_SHORTEST_ROOT, len(word) - _SHORTEST_ROOT + 1):
                head, tail = word[:cut], word[cut:]
                if tail.endswith("ed") and head in self._words and tail in self._words:
                    result = (head, tail)
                    break
        return result

    def _known(self, word: str) -> bool:
        """Whether some term spells ``word`` (as a word or a ``word*`` prefix)."""
        if word in self._words:
            return True
        return any(word.startswith(p) for p in self._prefixes.get(word[:3], ()))

    def _roots(self) -> dict[str, tuple[str, ...]]:
        """The Malay lexicon's words by their roots (``bayar``: ``dibayar``, ``pembayaran``)."""
        if self._by_root is None:
            by_root: dict[str, list[str]] = {}
            for word in sorted(self._malay_words - SELF_ONLY):
                for root in stems(word):
                    if len(root) >= _SHORTEST_ROOT:
                        by_root.setdefault(root, []).append(word)
            self._by_root = {root: tuple(words) for root, words in by_root.items()}
        return self._by_root

    def forms(self, word: str) -> tuple[str, ...]:
        """A Malay word, and the words the terms spell that it may be read as.

        Its roots (:func:`checkers.malay.stems`: ``dibayar`` is ``bayar``) and the Malay word
        of an Indonesian one (:func:`checkers.malay.readings`) that a term spells, and the
        terms' words that share a root with it (``pembayaran`` is read as the term ``dibayar``
        too; not those of :data:`checkers.malay.SELF_ONLY`).
        """
        known = self._forms.get(word)
        if known is None and word in PLACE_NAMES:
            # Not asked of the terms' roots either: "pemenang" is filed under "penang" too.
            known = self._forms[word] = (word,)
        if known is None:
            forms = readings(word)
            found = dict.fromkeys(s for s in forms if self._known(s))
            by_root = self._roots()
            for root in (word, *forms):
                if len(root) >= _SHORTEST_ROOT:
                    found.update(dict.fromkeys(by_root.get(root, ())))
            found.pop(word, None)
            known = (word, *found)
            if len(self._forms) > 100_000:
                self._forms.clear()
            self._forms[word] = known
        return known

    def find(self, message: Normalised, language: str = "") -> list[Hit]:
        """Every concept found in the message, with its place (several per concept).

        A message read as Malay or Indonesian (``language``) has its words read with their
        affixes off too (:meth:`forms`).
        """
        text = message.text
        hits: list[Hit] = []
        tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        tanglish = language not in MALAY and holds_tanglish(word for word, _, _ in tokens)
        if language in MALAY or language == TAMIL:
            if language in MALAY:
                tokens = _reduplicated(tokens)
            self._find_forms(tokens, language in MALAY, message, hits, tanglish)
            if message.has_chars and self._by_start:
                self._find_pieces(message, hits)
            return hits
        tokens = self._unglued(tokens)
        if tanglish:
            self._find_forms(tokens, False, message, hits, tanglish)
            if message.has_chars and self._by_start:
                self._find_pieces(message, hits)
            return hits
        root = self._root
        for index, (word, _, _) in enumerate(tokens):
            # Most words begin no term: only those that do are walked (the root has no gap).
            bucket = root.prefixes.get(word[:3])
            if word in root.exact or (bucket and any(word.startswith(p) for p, _ in bucket)):
                self._walk(root, tokens, index, index, message, hits)
        if message.has_chars and self._by_start:
            self._find_pieces(message, hits)
        return hits

    def _walk(
        self,
        node: _Node,
        tokens: list[tuple[str, int, int]],
        first: int,
        index: int,
        message: Normalised,
        hits: list[Hit],
    ) -> None:
        if index >= len(tokens) or _other_sentence(message, tokens, first, index):
            return
        word = tokens[index][0]
        children: list[_Node] = []
        child = node.exact.get(word)
        if child is not None:
            children.append(child)
        bucket = node.prefixes.get(word[:3])
        if bucket:
            children.extend(c for prefix, c in bucket if word.startswith(prefix))
        # The next word is looked up here rather than in a call of its own: most next words
        # continue no term, and a call that finds nothing is half of all calls.
        for child in children:
            if child.ends:
                start = message.origin[tokens[first][1]]
                end = message.until[tokens[index][2] - 1]
                sentence = message.sentence_of(tokens[first][1])
                for concept, language in child.ends:
                    hits.append(Hit(concept, start, end, sentence, language))
            if (child.exact or child.prefixes) and _continues(child, tokens, index + 1):
                self._walk(child, tokens, first, index + 1, message, hits)
            gap = child.gap
            if gap is not None:
                # The words a gap may skip to, up to the message's end (_continues inline: a
                # gap tries up to four words, and most of them continue nothing).
                exact, prefixes = gap.exact, gap.prefixes
                for later in range(index + 1, min(index + WORD_GAP + 2, len(tokens))):
                    next_word = tokens[later][0]
                    starts = prefixes.get(next_word[:3])
                    if next_word in exact or (
                        starts and any(next_word.startswith(p) for p, _ in starts)
                    ):
                        self._walk(gap, tokens, first, later, message, hits)

    def _tanglish_spellings(self) -> tuple[dict[str, tuple[str, ...]], list[tuple[str, str]]]:
        """The Tanglish words of ``ta.txt`` by their one spelling, and its prefixes with theirs.

        The spelling is :func:`checkers.tanglish.spelling_key`'s; a prefix is a ``word*``
        term's (only one :data:`~checkers.tanglish.SPELLING_PREFIX_LEAST` long). Not a word
        or prefix another language's terms spell too: those are English, Malay or names
        ("link", "account", "bank"), which keep their spelling.
        """
        if self._spellings is None:
            tamil: set[str] = set()
            tamil_prefixes: set[str] = set()
            others: set[str] = set()
            for term in self.terms:
                for word in term.words:
                    if word == ".." or word.startswith("<") or word in _SLOTS:
                        continue
                    if term.language != TAMIL:
                        others.add(word.rstrip("*"))
                    elif word.endswith("*"):
                        tamil_prefixes.add(word[:-1])
                    else:
                        tamil.add(word)
            by_key: dict[str, list[str]] = {}
            for word in sorted(tamil - others - KEEP_SPELLING):
                key = spelling_key(word)
                if len(word) >= SPELLING_LEAST and word.isascii() and word.isalpha():
                    by_key.setdefault(key, []).append(word)
            prefixes = [
                (spelling_key(p, prefix=True), p)
                for p in sorted(tamil_prefixes - others)
                if len(spelling_key(p, prefix=True)) >= SPELLING_PREFIX_LEAST
            ]
            self._spellings = ({k: tuple(v) for k, v in by_key.items()}, prefixes)
            self._other_words = others
        return self._spellings

    def spellings(self, word: str) -> tuple[str, ...]:
        """The Tanglish words and prefixes of ``ta.txt`` spelled like ``word`` another way.

        Nothing for a word another language's terms spell (English, Malay: "pass", "need").
        """
        by_key, prefixes = self._tanglish_spellings()
        if word in self._other_words or word in KEEP_SPELLING or len(word) < SPELLING_LEAST:
            return ()
        if not (word.isascii() and word.isalpha()):
            return ()
        key = spelling_key(word)
        found = dict.fromkeys(w for w in by_key.get(key, ()) if w != word)
        stem = spelling_key(word, prefix=True)
        for folded, prefix in prefixes:
            if stem.startswith(folded) and not word.startswith(prefix):
                found[prefix] = None
        return tuple(found)

    def _reading(
        self, word: str, malay: bool, tanglish: bool = False
    ) -> tuple[tuple[str, ...], bool]:
        """A word's forms and whether one of them begins a term.

        Malay: :meth:`forms`; Tamil: the word, and the English word of a loanword; Tanglish
        (a message that reads as Tamil in Latin letters): the word and the Tanglish words of
        ``ta.txt`` that spell it another way (:meth:`spellings`).
        """
        if malay:
            forms = self.forms(word) if word.isalpha() else (word,)
        else:
            meaning = english(word) if is_tamil(word[0]) else ""
            forms = (word, meaning) if meaning else (word,)
            if tanglish:
                forms = (*forms, *self.spellings(word))
        root = self._root
        starts = any(
            form in root.exact
            or any(form.startswith(p) for p, _ in root.prefixes.get(form[:3], ()))
            for form in forms
        )
        return forms, starts

    def _find_forms(
        self,
        tokens: list[tuple[str, int, int]],
        malay: bool,
        message: Normalised,
        hits: list[Hit],
        tanglish: bool = False,
    ) -> None:
        """:meth:`find`'s word terms, each word read as any of its forms (:meth:`_reading`)."""
        if malay:
            cache = self._malay_readings
        else:
            cache = self._tanglish_readings if tanglish else self._tamil_readings
        if len(cache) > 100_000:
            cache.clear()
        readings = []
        for word, _, _ in tokens:
            reading = cache.get(word)
            if reading is None:
                reading = cache[word] = self._reading(word, malay, tanglish)
            readings.append(reading)
        forms = [reading[0] for reading in readings]
        for index in range(1, len(tokens)):
            # The "2u" of Maybank2u or M2U is a name, not the chat "u" (you) it would read as.
            word, start, _ = tokens[index]
            if word in GLUED_AS_ITSELF and tokens[index - 1][2] == start:
                forms[index] = (word,)
        root = self._root
        for index, (_, starts) in enumerate(readings):
            if starts:
                self._walk_forms(root, tokens, forms, index, index, message, hits)

    def _walk_forms(
        self,
        node: _Node,
        tokens: list[tuple[str, int, int]],
        forms: list[tuple[str, ...]],
        first: int,
        index: int,
        message: Normalised,
        hits: list[Hit],
    ) -> None:
        if index >= len(tokens) or _other_sentence(message, tokens, first, index):
            return
        exact, prefixes = node.exact, node.prefixes
        children: list[_Node] = []
        for word in forms[index]:
            child = exact.get(word)
            if child is not None and child not in children:
                children.append(child)
            if prefixes:
                for prefix, c in prefixes.get(word[:3], ()):
                    if word.startswith(prefix) and c not in children:
                        children.append(c)
        for child in children:
            if child.ends:
                start = message.origin[tokens[first][1]]
                end = message.until[tokens[index][2] - 1]
                sentence = message.sentence_of(tokens[first][1])
                for concept, language in child.ends:
                    hits.append(Hit(concept, start, end, sentence, language))
            if child.exact or child.prefixes:
                self._walk_forms(child, tokens, forms, first, index + 1, message, hits)
            if child.gap is not None:
                for skip in range(1, WORD_GAP + 2):
                    self._walk_forms(child.gap, tokens, forms, first, index + skip, message, hits)

    def _find_pieces(self, message: Normalised, hits: list[Hit]) -> None:
        text = message.text
        size = len(text)
        by_piece = self._by_piece
        for i in range(size):
            two = by_piece.get(text[i : i + 2])
            one = by_piece.get(text[i])
            if two is None and one is None:
                continue
            for index in (two, one):
                if index is None:
                    continue
                # The terms whose first piece stands at i, in the bucket's order: one lookup
                # per length of first piece rather than a comparison per term.
                lengths, by_first = index
                found: list[tuple[int, Term, bool]] = []
                for length in lengths:
                    if i + length > size:
                        break
                    entries = by_first.get(text[i : i + length])
                    if entries:
                        found.extend(entries)
                if len(found) > 1:
                    found.sort(key=_bucket_order)
                for _, term, starts in found:
                    if starts and i and is_tamil(text[i - 1]):
                        continue  # a short word inside a longer one (ஃபீஸ் in ஆஃபீஸ்)
                    end = i + len(term.pieces[0])
                    for piece in term.pieces[1:]:
                        found_at = text.find(piece, end, end + term.gap + len(piece))
                        if found_at < 0 or (
                            term.gap == GLUED_ENDING and " " in text[end:found_at]
                        ):
                            break
                        end = found_at + len(piece)
                    else:
                        hits.append(
                            Hit(
                                term.concept,
                                message.origin[i],
                                message.until[end - 1],
                                message.sentence_of(i),
                                term.language,
                            )
                        )


_PieceIndex = tuple[tuple[int, ...], dict[str, list[tuple[int, Term, bool]]]]


def _piece_index(bucket: Sequence[tuple[Term, bool]]) -> _PieceIndex:
    """A bucket of character terms by first piece: the pieces' lengths and each one's terms.

    The lengths come shortest first; each term with its place in the bucket.

    Tamil terms and their inflected forms share a few first characters by the hundred ("உங"):
    compared one by one at every such place, they were most of the time of a Tamil message.
    """
    by_first: dict[str, list[tuple[int, Term, bool]]] = {}
    for order, (term, starts) in enumerate(bucket):
        by_first.setdefault(term.pieces[0], []).append((order, term, starts))
    return tuple(sorted({len(first) for first in by_first})), by_first


def _bucket_order(entry: tuple[int, Term, bool]) -> int:
    return entry[0]


def _reduplicated(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A doubled word written with a 2 ("kenal2", "hati2") read as the word twice.

    Malay chat writes "kenal-kenal" so: the number glued to a word is the word again.
    """
    out = list(tokens)
    for i in range(1, len(out)):
        word, start, end = out[i]
        before, _, last = tokens[i - 1]
        if word == NUMBER and last == start and before.isalpha() and len(before) >= _SHORTEST_ROOT:
            out[i] = (before, start, end)
    return out


def _continues(node: _Node, tokens: list[tuple[str, int, int]], index: int) -> bool:
    """Whether the word at ``index`` (if any) is one of ``node``'s next words."""
    if index >= len(tokens):
        return False
    word = tokens[index][0]
    if word in node.exact:
        return True
    return any(word.startswith(prefix) for prefix, _ in node.prefixes.get(word[:3], ()))


_FULL_STOP: Final = re.compile(r"\.(?=[ \n]|$)|。")


def _other_sentence(
    message: Normalised, tokens: list[tuple[str, int, int]], first: int, index: int
) -> bool:
    """Whether a full stop stands between a term's first word and its next one.

    A term is words of one sentence: "akaun bank anda untuk" (your bank account for
    [renting out]) is not "...ke akaun bank anda. Untuk pertanyaan, hubungi..." (to your bank
    account. For enquiries, call...). An exclamation may stand inside one ("Selamat! Anda
    mendapat hadiah", "Congratulations! You have won").
    """
    if index <= first:
        return False
    return _FULL_STOP.search(message.text, tokens[first][2], tokens[index][1]) is not None


def read_lexicon(language: str) -> str:
    """The text of one shipped lexicon file."""
    path = resources.files("checkers") / "lexicon" / f"{language}.txt"
    return path.read_text("utf-8")


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The lexicons shipped in ``checkers/lexicon/``, compiled once.

    Compiling is most of a command's start-up (a third of a second for 25,000 terms, most of it
    normalising Chinese and Tamil terms and inflecting Tamil ones), so the compiled terms are
    kept in a cache file (:func:`cache_dir`) named by a digest of the lexicons and of the
    code that compiles them: a changed lexicon or checker is compiled afresh, and a cache that
    cannot be read or written is only a slower start.
    """
    texts = {language: read_lexicon(language) for language in LANGUAGES}
    path = _cached_path(texts)
    with _collector_paused():
        cached = _read_compiled(path) if path is not None else None
        if cached is not None:
            return Lexicon(*cached)
        terms = [t for language in LANGUAGES for t in parse_lexicon(texts[language], language)]
        variants = [_obliques(t) if t.gap == TAMIL_GAP and t.pieces else [] for t in terms]
        lexicon = Lexicon(terms, variants)
    if path is not None:
        _write_compiled(path, terms, variants)
    return lexicon


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while the lexicon is built.

    Building it makes ~90,000 tracked objects that live as long as the process, none of them
    garbage, and the collector would walk them again and again while they are made (a third
    of the building time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


CACHE_ENV: Final = "SCAMCHECK_CACHE_DIR"
_CACHE_FORMAT: Final = 1
_CACHES_KEPT: Final = 8


def cache_dir() -> Path | None:
    """Where compiled lexicons are kept; ``None`` for nowhere.

    ``$SCAMCHECK_CACHE_DIR``, else the user's cache directory (``$XDG_CACHE_HOME/scamcheck``
    or ``~/.cache/scamcheck``); the variable set empty keeps no cache.
    """
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "scamcheck"


def _cached_path(texts: Mapping[str, str]) -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    digest = hashlib.sha256(f"format {_CACHE_FORMAT}\n".encode())
    for language in LANGUAGES:
        digest.update(texts[language].encode("utf-8"))
    # The compiling code is this package's (normalising, Tamil and Malay forms…): all of it,
    # and OpenCC's, which turns traditional Chinese terms into simplified ones.
    package = resources.files("checkers")
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".py"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    import opencc  # ~20 ms, here only (a check of Chinese text imports it anyway)

    digest.update(f"opencc {getattr(opencc, '__version__', '')}".encode())
    return directory / f"lexicon-{digest.hexdigest()[:24]}.json"


def _term_row(term: Term) -> list[object]:
    return [term.concept, term.source, term.language, term.words, term.pieces, term.gap]


def _read_compiled(path: Path) -> tuple[list[Term], list[list[Term]]] | None:
    """The terms and their variants kept at ``path``; ``None`` when missing or unreadable.

    The file is the SHA-256 of its rows, a line, then the rows: rows that do not match it
    (a torn, damaged or foreign file) are compiled again rather than trusted.
    """
    try:
        kept, _, body = path.read_text("utf-8").partition("\n")
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != kept:
            raise ValueError("checksum")
        data = json.loads(body)
        # The rows :func:`_term_row` wrote, their lists back into tuples (written out twice
        # rather than called: a call per term is a tenth more of this start-up's time).
        terms = [Term(c, s, lang, tuple(w), tuple(p), g) for (c, s, lang, w, p, g), _ in data]
        variants = [
            [Term(c, s, lang, tuple(w), tuple(p), g) for c, s, lang, w, p, g in forms]
            for _, forms in data
        ]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:  # compile again (and replace the file)
        log.warning("compiled-lexicon cache unreadable, compiling: %s", type(exc).__name__)
        return None
    return terms, variants


def _write_compiled(path: Path, terms: Sequence[Term], variants: Sequence[Sequence[Term]]) -> None:
    """Keep the compiled terms at ``path``, whole or not at all.

    A few older caches stay too: other versions of the code may run from the same account.
    """
    pairs = zip(terms, variants, strict=True)
    rows = [[_term_row(t), [_term_row(v) for v in forms]] for t, forms in pairs]
    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".lexicon-", delete=False
        ) as out:
            temporary = out.name
            body = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
            out.write(hashlib.sha256(body.encode("utf-8")).hexdigest() + "\n" + body)
        os.replace(temporary, path)
        temporary = ""
        older = sorted(
            (p for p in path.parent.glob("lexicon-*.json") if p != path),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for stale in older[_CACHES_KEPT - 1 :]:
            stale.unlink(missing_ok=True)
    except OSError as exc:  # read-only or full, or raced by another process: no harm done
        log.info("compiled-lexicon cache not written: %s", type(exc).__name__)
        if temporary:
            Path(temporary).unlink(missing_ok=True)


def term_counts(lexicon: Lexicon) -> Mapping[str, Mapping[str, int]]:
    """Concept → language → number of terms (the README's concepts × languages table)."""
    table: dict[str, dict[str, int]] = {}
    for term in lexicon.terms:
        row = table.setdefault(term.concept, {})
        row[term.language] = row.get(term.language, 0) + 1
    return table


def concept_table(lexicon: Lexicon) -> str:
    """The README's table of concepts × languages: how many terms each lexicon holds."""
    counts = term_counts(lexicon)
    languages = [lang for lang in LANGUAGES if lang != "common"]
    lines = [
        "| concept | " + " | ".join(languages) + " | all languages |",
        "|---|" + "---:|" * (len(languages) + 1),
    ]
    for concept in dict.fromkeys(t.concept for t in lexicon.terms):
        row = counts[concept]
        cells = [str(row.get(lang, 0)) for lang in languages] + [str(row.get("common", 0))]
        lines.append(f"| {concept} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
