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
``#`` is a comment.

Terms in Chinese or Tamil script are matched on characters, since neither language separates
its words (Tamil glues endings to them): spaces and filler symbols put between Chinese
characters to dodge filters (``加 微 信``, ``兼/职``) are ignored, traditional characters read as
simplified, ``<num>`` is a number, and ``..`` skips up to eight characters (24 in Tamil, whose
words are longer: about three words, as in Latin script).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Final

LANGUAGES: Final = ("common", "en", "zh", "ms", "ta")
"""The lexicon files; ``common`` holds names every language writes alike."""

LINK: Final = "§"
"""Stands for a link that is not an official site, in the normalised text."""
OFFICIAL_LINK: Final = "¶"
"""Stands for an official (or allowlisted) link."""
MONEY: Final = "¤"
"""Stands for an amount of money."""
NUMBER: Final = "#"
"""Stands for a run of digits."""

WORD_GAP: Final = 3
CHAR_GAP: Final = 8
TAMIL_GAP: Final = 24
"""A Tamil word is several characters (வாடகைக்கு is nine): ``..`` skips about three words."""
MAX_TEXT: Final = 6000
"""Only this many characters are read for concepts (Telegram allows 4,096 a message)."""

_SLOTS: Final = {"<money>": MONEY, "<link>": LINK, "<official>": OFFICIAL_LINK, "<num>": NUMBER}
_LEET: Final = {
    "0": "o",
    "1": "i",
    "|": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
}
# Characters a filter-dodger puts inside a word ("P.ay", "SING/POST", "acc*unt").
_VARIANTS: Final = str.maketrans({"帐": "账", "週": "周", "麽": "么", "裏": "里", "l": "i"})
_MONEY = re.compile(
    r"(?:s\$|us\$|\$|(?<![a-z])(?:sgd|usd|rm|rp|rs\.?|inr|myr|aud)|₹|£|€|¥|￥)\s?#"
    r"(?:\s?k(?![a-z])|\s?(?:万|千|元))?"
    r"|#\s?(?:k\s?)?(?:(?:sgd|usd|dollars?|bucks|ringgit|rupees?|pounds?)(?![a-z])|元|块|万元|万|"
    r"千|新币|新元|令吉|美金|美元|ரூபாய்|வெள்ளி)"
)
_TOKEN = re.compile(r"[a-z\u00e0-\u024f']+|[§¶¤#%]|[\u0b80-\u0bff\u3400-\u9fff\uf900-\ufaff]+")
"""Words, placeholders, and runs of Chinese or Tamil (so that words apart are not adjacent)."""


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a Chinese character (the ranges Chinese messages use)."""
    if len(ch) != 1:
        return False
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def is_tamil(ch: str) -> bool:
    """Whether ``ch`` belongs to the Tamil script."""
    return len(ch) == 1 and 0x0B80 <= ord(ch) <= 0x0BFF


def _is_latin_letter(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("\u00e0" <= ch <= "\u024f")


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional Chinese characters as simplified ones (other text unchanged).

    OpenCC converts phrase by phrase; if it ever changes the length of the text, the text is
    kept as it was, so that positions still point at the message as written.
    """
    converter = _traditional_to_simplified()
    converted: str = converter.convert(text)  # type: ignore[attr-defined]
    return converted if len(converted) == len(text) else text


@dataclass(frozen=True, slots=True)
class Normalised:
    """A message as the lexicons read it, with the way back to the message as written.

    ``text`` is the normalised text; ``text[i]`` stands for the characters from ``origin[i]`` up
    to ``until[i]`` of the written message; ``sentences`` are the indexes in ``text`` where a new
    sentence starts.
    """

    text: str
    origin: tuple[int, ...]
    until: tuple[int, ...]
    sentences: tuple[int, ...]
    has_chars: bool
    """Whether the text holds Chinese or Tamil characters (matched on characters)."""

    def sentence_of(self, index: int) -> int:
        """The number of the sentence that ``text[index]`` belongs to."""
        return bisect_right(self.sentences, index)

    def sentence_at(self, written: int) -> int:
        """The number of the sentence holding the written message's character ``written``."""
        return self.sentence_of(max(0, bisect_right(self.origin, written) - 1))


_CJK_RANGE: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN_RANGE: Final = "a-z\u00e0-\u024f"
_CJK = re.compile(f"[{_CJK_RANGE}]")
_CHARS = re.compile(f"[{_CJK_RANGE}\u0b80-\u0bff]")
_LEET_IN_WORD = re.compile(f"(?<=[{_LATIN_RANGE}])[0134573$@|]{{1,2}}(?=[{_LATIN_RANGE}])")
_DIGITS = re.compile(r"\d(?:\d|[.,](?=\d))*")
_IN_WORD_SYMBOL = re.compile(f"(?<=[{_LATIN_RANGE}])[./*_](?=[{_LATIN_RANGE}])")
_CJK_FILLER = re.compile(
    f"(?<=[{_CJK_RANGE}])" + r"[ \t/\\\-_*·•|~.,'\"`^+=]+" + f"(?=[{_CJK_RANGE}{_LATIN_RANGE}])"
)
_APOSTROPHE = re.compile(f"(?<=[{_LATIN_RANGE}])['\u2019\u2018`]")
_COMBINING = re.compile("[\u0300-\u036f]")
_SPACES = re.compile(r"[^\S\n]+")
_SENTENCE = re.compile(r"[!?。！？;；\n…]|\.(?=[ \n]|$)")


class _Text:
    """Text being normalised, with each character's span in the written message."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.origin = list(range(len(text)))
        self.until = list(range(1, len(text) + 1))

    def edit(
        self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]
    ) -> None:
        """Replace the matches of ``pattern`` (``None`` keeps a match as it is).

        A replacement as long as its match keeps each character's place; any other stands for
        the whole match.
        """
        text, origin, until = self.text, self.origin, self.until
        pieces: list[str] = []
        new_origin: list[int] = []
        new_until: list[int] = []
        last = 0
        for match in pattern.finditer(text):
            replacement = replace(match)
            if replacement is None:
                continue
            start, end = match.span()
            pieces.append(text[last:start])
            new_origin += origin[last:start]
            new_until += until[last:start]
            pieces.append(replacement)
            if len(replacement) == end - start:
                new_origin += origin[start:end]
                new_until += until[start:end]
            else:
                new_origin += [origin[start]] * len(replacement)
                new_until += [until[end - 1]] * len(replacement)
            last = end
        if not pieces:
            return
        pieces.append(text[last:])
        self.text = "".join(pieces)
        self.origin = new_origin + origin[last:]
        self.until = new_until + until[last:]


def normalise(text: str, masks: Iterable[tuple[str, bool]] = ()) -> Normalised:
    """Normalise a message for the lexicons (see the module docstring).

    ``masks`` are (a link or an address as written in ``text``, whether it is official): each
    becomes one placeholder, so that the words of an address are not read as the message's.
    The work is a few regular-expression passes, each costing Python time only per match.
    """
    text = text[:MAX_TEXT]
    if _CJK.search(text):
        text = simplified(text)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    work = _Text(lowered.translate(_VARIANTS))
    for written, official in masks:
        needle = written.lower().translate(_VARIANTS)
        if needle and needle in work.text:
            mark = OFFICIAL_LINK if official else LINK
            work.edit(re.compile(re.escape(needle)), functools.partial(_constant, mark))
    work.edit(_LEET_IN_WORD, lambda m: m.group().translate(_LEET_TABLE))
    work.edit(_DIGITS, lambda _m: NUMBER)
    work.edit(_IN_WORD_SYMBOL, lambda m: "" if _joins_word(text, work, m.start()) else None)
    if _CJK.search(work.text):
        work.edit(_CJK_FILLER, lambda _m: "")  # "加 微 信", "兼/职", "加 whatsapp"
    work.edit(_APOSTROPHE, lambda _m: "")  # "don't" is "dont"
    work.edit(_COMBINING, lambda _m: "")
    work.edit(_SPACES, lambda m: None if m.group() == " " else " ")
    if NUMBER in work.text:
        work.edit(_MONEY, lambda _m: MONEY)
    normalised = work.text
    sentences = tuple(m.end() for m in _SENTENCE.finditer(normalised))
    has_chars = _CHARS.search(normalised) is not None
    return Normalised(normalised, tuple(work.origin), tuple(work.until), sentences, has_chars)


_LEET_TABLE: Final = str.maketrans(_LEET)


def _constant(value: str, _match: re.Match[str]) -> str:
    return value


def _joins_word(written: str, work: _Text, i: int) -> bool:
    """Whether the symbol at ``i`` splits one word ("P.ay", "SING/POST") rather than two.

    A symbol between letters does when a piece beside it is short ("SING/POST", "P.ay", but not
    "processing/insurance"); a dot only when the letter after it is lower case too ("acc.ount",
    "b.ill", but not "won.Click"), and not before a file's extension ("Invite.apk").
    """
    chars = work.text
    after = 0
    while i + 1 + after < len(chars) and _is_latin_letter(chars[i + 1 + after]):
        after += 1
    before = 0
    while i - 1 - before >= 0 and _is_latin_letter(chars[i - 1 - before]):
        before += 1
    if chars[i] != ".":
        return min(before, after) <= 4
    if chars[i + 1 : i + 1 + after] in _FILE_EXTENSIONS:
        return False
    at = work.origin[i] + 1
    nxt = written[at] if at < len(written) else ""
    return nxt.islower() and (before <= 4 or after <= 3)


_FILE_EXTENSIONS: Final = frozenset(
    {"apk", "exe", "pdf", "zip", "rar", "doc", "docx", "xls", "xlsx", "jpg", "png", "html", "php"}
)


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
            terms.append(compile_term(concept, line, language))
        except ValueError as exc:
            raise LexiconError(f"{language}.txt:{number}: {exc}") from None
    return terms


_PULLI: Final = "\u0bcd"


def _without_final_pulli(piece: str) -> str:
    if len(piece) > 3 and piece.endswith(_PULLI) and is_tamil(piece[-2]):
        return piece[:-1]
    return piece


def compile_term(concept: str, source: str, language: str) -> Term:
    """One term of ``concept`` as the matcher needs it.

    Raises:
        ValueError: the term is empty, starts with a gap, or has a prefix under 3 letters.
    """
    if any(is_cjk(ch) or is_tamil(ch) for ch in source):
        marked = source.replace("..", "\x00").replace("<money>", MONEY).replace("<num>", "0")
        text = normalise(marked).text.replace("\x00", "..")
        # A Tamil word's final pulli goes when an ending is glued on (சம்பளம் → சம்பளமாக):
        # the term matches either way without it.
        pieces = tuple(_without_final_pulli(p.strip()) for p in text.split(".."))
        if not pieces or not all(pieces):
            raise ValueError(f"bad character term {source!r}")
        gap = TAMIL_GAP if any(is_tamil(ch) for ch in source) else CHAR_GAP
        return Term(concept, source, language, pieces=pieces, gap=gap)
    words: list[str] = []
    for raw in source.split():
        if raw == "..":
            words.append("..")
            continue
        if raw in _SLOTS:
            words.append(_SLOTS[raw])
            continue
        star = raw.endswith("*")
        body = raw[:-1] if star else raw
        parts = _TOKEN.findall(normalise(body).text)
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


@dataclass
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

    def __init__(self, terms: Sequence[Term]) -> None:
        self.terms = tuple(terms)
        self.concepts = frozenset(t.concept for t in terms)
        self._root = _Node()
        self._by_start: dict[str, list[Term]] = {}
        for term in terms:
            if term.words:
                self._add_words(term)
            else:
                key = term.pieces[0][:2]
                self._by_start.setdefault(key, []).append(term)

    def _add_words(self, term: Term) -> None:
        node = self._root
        for word in term.words:
            if word == "..":
                if node.gap is None:
                    node.gap = _Node()
                node = node.gap
            elif word.endswith("*"):
                prefix = word[:-1]
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
                node = node.exact.setdefault(word, _Node())
        node.ends.append((term.concept, term.language))

    def find(self, message: Normalised) -> list[Hit]:
        """Every concept found in the message, with its place (several per concept)."""
        text = message.text
        hits: list[Hit] = []
        tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
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
        if index >= len(tokens):
            return
        word = tokens[index][0]
        children: list[_Node] = []
        child = node.exact.get(word)
        if child is not None:
            children.append(child)
        bucket = node.prefixes.get(word[:3])
        if bucket:
            children.extend(c for prefix, c in bucket if word.startswith(prefix))
        for child in children:
            if child.ends:
                start = message.origin[tokens[first][1]]
                end = message.until[tokens[index][2] - 1]
                sentence = message.sentence_of(tokens[first][1])
                for concept, language in child.ends:
                    hits.append(Hit(concept, start, end, sentence, language))
            if child.exact or child.prefixes:
                self._walk(child, tokens, first, index + 1, message, hits)
            if child.gap is not None:
                for skip in range(1, WORD_GAP + 2):
                    self._walk(child.gap, tokens, first, index + skip, message, hits)

    def _find_pieces(self, message: Normalised, hits: list[Hit]) -> None:
        text = message.text
        by_start = self._by_start
        for i in range(len(text) - 1):
            candidates = by_start.get(text[i : i + 2])
            if not candidates:
                continue
            for term in candidates:
                first = term.pieces[0]
                if not text.startswith(first, i):
                    continue
                end = i + len(first)
                for piece in term.pieces[1:]:
                    found = text.find(piece, end, end + term.gap + len(piece))
                    if found < 0:
                        break
                    end = found + len(piece)
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


def read_lexicon(language: str) -> str:
    """The text of one shipped lexicon file."""
    path = resources.files("checkers") / "lexicon" / f"{language}.txt"
    return path.read_text("utf-8")


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The lexicons shipped in ``checkers/lexicon/``, compiled once."""
    terms: list[Term] = []
    for language in LANGUAGES:
        terms.extend(parse_lexicon(read_lexicon(language), language))
    return Lexicon(terms)


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
