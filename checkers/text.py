"""The scam-text checker: what the message says, in English, Chinese, Malay and Tamil.

Phrase lists are data (``checkers/phrases/<lang>.json``, one list of regular expressions per
finding code); all languages are checked on every message, since scammers mix them. Requests
that a real bank also writes in the negative ("never share your OTP") are only findings when
they are not negated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any, Final

from blocklists.store import Lookups
from checkers.case import Case
from checkers.codes import CATALOGUE, finding
from checkers.data import GOV_SG_MARKERS
from checkers.extract import Link
from checkers.url import official_brand
from checkers.verdict import Finding

PHRASE_LANGUAGES: Final = ("en", "zh", "ms", "ta")
MAX_EVIDENCE: Final = 80
# Codes whose phrases are requests; "do not share your OTP" is the opposite of a scam.
_NEGATABLE: Final = frozenset({"TXT005", "TXT006", "TXT007", "TXT009", "TXT023", "TXT025"})
_NEGATION = re.compile(
    r"(?:\b(?:not|never|don'?t|won'?t|cannot|can'?t|no one|nobody|jangan|tidak|tak|bukan)\b"
    r"|不要|切勿|请勿|不会|绝不|勿|வேண்டாம்|ஒருபோதும்)[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
_GOV_MARKERS = re.compile("|".join(re.escape(m) for m in GOV_SG_MARKERS), re.IGNORECASE)


def load_phrases(languages: Iterable[str] = PHRASE_LANGUAGES) -> dict[str, dict[str, list[str]]]:
    """The phrase files: language → code → regular expressions.

    Raises:
        ValueError: a file names a code that is not in the catalogue.
    """
    root = resources.files("checkers") / "phrases"
    out: dict[str, dict[str, list[str]]] = {}
    for lang in languages:
        data = json.loads((root / f"{lang}.json").read_text("utf-8"))
        table = {
            code: list(patterns) for code, patterns in data.items() if not code.startswith("_")
        }
        unknown = set(table) - set(CATALOGUE)
        if unknown:
            raise ValueError(f"phrases/{lang}.json has uncatalogued codes: {sorted(unknown)}")
        out[lang] = table
    return out


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase and the literal strings one of which any match must contain.

    The regular expression is compiled the first time a text could match it: most phrases
    are never needed for a given message, and compiling all of them up front is most of the
    start-up time of a one-shot ``scamcheck check``.
    """

    source: str
    factors: frozenset[str] | None
    """Lower-case strings; ``None`` when no such set could be worked out (always search)."""

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled, case-insensitive expression (cached by :mod:`re`)."""
        return _compiled(self.source)


@lru_cache(maxsize=1024)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def required_factors(source: str) -> frozenset[str] | None:
    """Strings one of which occurs (lower-cased) in every match of ``source``.

    Searching ~200 phrases costs about half a millisecond per message; checking first
    whether a match is possible at all (a substring test per factor) skips most of them.
    Worked out from the parsed pattern: runs of literal characters, alternations whose every
    branch has factors, groups and repeats of at least one.
    """
    try:
        parsed = _parser.parse(source, re.IGNORECASE)
    except re.error:
        return None
    return _factors(list(parsed))


def _factors(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is _constants.LITERAL:
            run.append(chr(arg).lower())
            continue
        flush()
        found: frozenset[str] | None = None
        if op is _constants.BRANCH:
            alternatives = [_factors(list(branch)) for branch in arg[1]]
            if alternatives and all(a is not None for a in alternatives):
                found = frozenset().union(*(a for a in alternatives if a is not None))
        elif op is _constants.SUBPATTERN:
            found = _factors(list(arg[3]))
        elif op is _constants.ATOMIC_GROUP:
            found = _factors(list(arg))
        elif op in _REPEATS and arg[0] >= 1:
            found = _factors(list(arg[2]))
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


_REPEATS: Final = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def compile_phrases(table: Mapping[str, Mapping[str, list[str]]]) -> dict[str, list[Phrase]]:
    """Every language's phrases with their required factors, grouped by code.

    Factors come from ``phrases/factors.json`` when it lists the phrase (written by
    ``python scripts/phrase_factors.py``; a test checks it is current), else are worked out.
    """
    cached = _cached_factors()
    by_code: dict[str, list[Phrase]] = {}
    for patterns in table.values():
        for code, phrases in patterns.items():
            by_code.setdefault(code, []).extend(
                Phrase(p, frozenset(cached[p]) if p in cached else required_factors(p))
                for p in phrases
            )
    return dict(sorted(by_code.items()))


@lru_cache(maxsize=1)
def _cached_factors() -> dict[str, list[str]]:
    path = resources.files("checkers") / "phrases" / "factors.json"
    if not path.is_file():
        return {}
    data: dict[str, list[str]] = json.loads(path.read_text("utf-8"))
    return data


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A code whose phrases matched, and the words that matched."""

    code: str
    evidence: str


_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_LEET_RUN = re.compile(r"(?<=[a-zA-Z])[013457@$]+(?=[a-zA-Z])")


def fold_leet(text: str) -> str:
    """Read digits inside words as the letters they imitate (``w0n`` → ``won``).

    Only characters between two letters change, one for one, so the result has the same
    length and a match's span points at the same words in the original text.
    """
    if not any(ch in "013457@$" for ch in text):
        return text
    return _LEET_RUN.sub(lambda m: m.group().translate(_LEET), text)


@dataclass(frozen=True, slots=True)
class _Index:
    table: Mapping[str, Sequence[Phrase]]
    factors: frozenset[str]
    by_factor: dict[str, list[tuple[int, int]]]
    always: list[tuple[int, int]]
    codes: list[str]


_INDEX_CACHE: dict[int, _Index] = {}


def _index(table: Mapping[str, Sequence[Phrase]]) -> _Index:
    """Which phrases each factor can unlock (built once per compiled table)."""
    cached = _INDEX_CACHE.get(id(table))
    if cached is not None and cached.table is table:
        return cached
    codes = list(table)
    by_factor: dict[str, list[tuple[int, int]]] = {}
    always: list[tuple[int, int]] = []
    for ci, code in enumerate(codes):
        for pi, phrase in enumerate(table[code]):
            if phrase.factors is None:
                always.append((ci, pi))
            else:
                for factor in phrase.factors:
                    by_factor.setdefault(factor, []).append((ci, pi))
    index = _Index(table, frozenset(by_factor), by_factor, always, codes)
    _INDEX_CACHE[id(table)] = index
    return index


def phrase_hits(text: str, phrases: Mapping[str, Sequence[Phrase]]) -> list[PhraseHit]:
    """Every code whose phrases occur in ``text`` (its earliest non-negated occurrence).

    Phrases are matched on :func:`fold_leet` of the text; the evidence is quoted from the text
    as written. Only phrases whose required factors occur in the text are searched.
    """
    folded = fold_leet(text)
    lowered = folded.lower()
    index = _index(phrases)
    chosen = set(index.always)
    for factor in index.factors:
        if factor in lowered:
            chosen.update(index.by_factor[factor])
    hits: list[PhraseHit] = []
    best_by_code: dict[int, tuple[int, int]] = {}
    for ci, pi in sorted(chosen):
        code = index.codes[ci]
        best = best_by_code.get(ci)
        for match in phrases[code][pi].pattern.finditer(folded):
            start = match.start()
            if best is not None and start >= best[0]:
                break
            if code in _NEGATABLE and _NEGATION.search(folded, max(0, start - 40), start):
                continue
            best_by_code[ci] = (start, match.end())
            break
    for ci in sorted(best_by_code):
        start, end = best_by_code[ci]
        evidence = text[start:end].strip()
        if len(evidence) > MAX_EVIDENCE:
            evidence = evidence[: MAX_EVIDENCE - 1].rstrip() + "…"
        hits.append(PhraseHit(index.codes[ci], evidence))
    return hits


def government_styled(text: str) -> bool:
    """Whether the text presents itself as a Singapore Government message."""
    return _GOV_MARKERS.search(text) is not None


def _is_sender_signature(link: Link) -> bool:
    """``gov.sg`` alone is the sender name real government SMS carry, not a link."""
    return link.host == "gov.sg" and link.path in ("", "/") and not link.explicit


class TextChecker:
    """Judges the wording of a submission."""

    name = "text"

    def __init__(self, patterns: Mapping[str, Sequence[Phrase]] | None = None) -> None:
        self.patterns = patterns if patterns is not None else compile_phrases(load_phrases())

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """Findings for each kind of scam wording, and for a government message with a link."""
        findings = [
            finding(hit.code, hit.evidence) for hit in phrase_hits(case.text, self.patterns)
        ]
        links = [
            link
            for link in case.links
            if not _is_sender_signature(link) and official_brand(link.host) is None
        ]
        if links:
            prose = case.text
            for link in case.links:
                prose = prose.replace(link.text, " ")
            if government_styled(prose):
                findings.append(finding("TXT021", links[0].text))
        return findings
