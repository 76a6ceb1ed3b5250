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
from importlib import resources
from typing import Final

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


def compile_phrases(table: Mapping[str, Mapping[str, list[str]]]) -> dict[str, re.Pattern[str]]:
    """One case-insensitive pattern per code, the alternation of all languages' phrases."""
    by_code: dict[str, list[str]] = {}
    for patterns in table.values():
        for code, phrases in patterns.items():
            by_code.setdefault(code, []).extend(phrases)
    return {
        code: re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
        for code, phrases in sorted(by_code.items())
    }


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


def phrase_hits(text: str, patterns: Mapping[str, re.Pattern[str]]) -> list[PhraseHit]:
    """Every code whose phrases occur in ``text`` (first non-negated occurrence each).

    Phrases are matched on :func:`fold_leet` of the text; the evidence is quoted from the text
    as written.
    """
    folded = fold_leet(text)
    hits: list[PhraseHit] = []
    for code, pattern in patterns.items():
        for match in pattern.finditer(folded):
            start = match.start()
            if code in _NEGATABLE and _NEGATION.search(folded, max(0, start - 40), start):
                continue
            evidence = text[start : match.end()].strip()
            if len(evidence) > MAX_EVIDENCE:
                evidence = evidence[: MAX_EVIDENCE - 1].rstrip() + "…"
            hits.append(PhraseHit(code, evidence))
            break
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

    def __init__(self, patterns: Mapping[str, re.Pattern[str]] | None = None) -> None:
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
