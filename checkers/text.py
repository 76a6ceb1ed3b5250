"""The wording checker: what a message says, judged by the concepts it holds.

The concepts (``checkers/lexicon/<language>.txt``) are found when the case is prepared; the
rules (``checkers/lexicon/rules.toml``) say which combinations are red flags and which make a
known kind of scam. A message in a language we do not read gets no wording findings, only an
informational one saying so (LNG001): its links, numbers and accounts are judged as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from blocklists.lookups import Lookups
from checkers.case import Case
from checkers.codes import finding
from checkers.rules import Rulebook, judge, shipped_rules
from checkers.verdict import Finding

MAX_EVIDENCE: Final = 80


def quote(text: str, start: int, end: int) -> str:
    """The words at ``text[start:end]``, shortened to :data:`MAX_EVIDENCE` characters."""
    evidence = text[start:end].strip() if start >= 0 else ""
    if len(evidence) > MAX_EVIDENCE:
        evidence = evidence[: MAX_EVIDENCE - 1].rstrip() + "…"
    return evidence


class TextChecker:
    """Judges the wording of a submission."""

    name = "text"
    io_bound = False

    def __init__(self, rules: Rulebook | None = None) -> None:
        self.rules = rules if rules is not None else shipped_rules()

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """A finding for every rule the message's concepts satisfy."""
        if not case.reading.readable:
            return [finding("LNG001", "", language=case.reading.name)]
        matches = case.flags if self.rules is shipped_rules() else judge(self.rules, case.hits)
        return [finding(match.code, quote(case.text, match.start, match.end)) for match in matches]
