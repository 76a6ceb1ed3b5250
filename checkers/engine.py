"""The engine: runs every checker on a submission and decides the verdict.

Policy lives here and only here:

* **One lookup.** All list lookups of a message go to the store as one batch (one Redis round
  trip). If the store cannot answer in time, the checks go on without lists and the verdict
  records a ``lists`` failure, so the card can say the lists could not be consulted.
* **Checkers are isolated.** They run concurrently, each with a timeout; one that fails or
  times out becomes an entry in ``failures`` and the others still count.
* **Scoring.** Each finding code counts once, with the weight of its severity (INFO 0, LOW 1,
  MEDIUM 3, HIGH 6, CRITICAL 20); the score is their sum. Repeating one red flag does not make
  a message worse; different red flags together do.
* **Levels.** ``scam`` when a moderator-confirmed list entry matched (a CRITICAL finding), or
  when strong red flags come together: the score reaches :data:`SCAM_SCORE` with a HIGH finding
  among them, or with :data:`SCAM_MEDIUMS` MEDIUM-or-worse findings. One red flag alone, however
  strong, makes ``suspicious`` (from :data:`SUSPICIOUS_SCORE`); otherwise ``no_red_flags``.
  Official and allowlisted indicators are INFO: they never raise the level (and never lower
  it: scammers paste real links next to fake ones).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Final, Protocol

from blocklists.lookups import Lookups, LookupStore, StoreUnavailable
from checkers.campaign import CampaignChecker
from checkers.case import Case, gather, read
from checkers.model import ModelChecker
from checkers.origin import HandleChecker
from checkers.phone import PhoneChecker
from checkers.text import TextChecker
from checkers.url import UrlChecker
from checkers.verdict import (
    Failure,
    Finding,
    Indicators,
    Level,
    Severity,
    Submission,
    Verdict,
)

log = logging.getLogger(__name__)

SUSPICIOUS_SCORE: Final = 3
SCAM_SCORE: Final = 9
SCAM_MEDIUMS: Final = 3


class Checker(Protocol):
    """What the engine runs: a name and an async check of a prepared case.

    A checker that waits on the network has a true ``io_bound``: the engine runs those
    concurrently with each other, each under its timeout; the others only compute, and run
    one after another.
    """

    name: str
    io_bound: bool

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """Findings for the case; an empty sequence when nothing was noticed."""
        ...


def default_checkers(*, expand_links: bool = False) -> list[Checker]:
    """The checkers of a standard engine, in the order their findings are listed on a tie.

    ``expand_links`` adds the (opt-in) safe expansion of shortened links.
    """
    checkers: list[Checker] = [
        UrlChecker(),
        PhoneChecker(),
        HandleChecker(),
        TextChecker(),
        ModelChecker(),
        CampaignChecker(),
    ]
    if expand_links:
        from checkers.expand import ExpansionChecker

        checkers.append(ExpansionChecker())
    return checkers


def combine(verdicts: Sequence[Verdict]) -> Verdict:
    """One verdict for several messages sent together (forwarded as a batch).

    Findings and indicators are merged without repeats and the level is decided anew, so
    red flags spread over several messages count together.
    """
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    failures: dict[str, Failure] = {}
    urls: dict[str, None] = {}
    phones: dict[str, None] = {}
    handles: dict[str, None] = {}
    emails: dict[str, None] = {}
    for verdict in verdicts:
        for item in verdict.findings:
            if (item.code, item.evidence) not in seen:
                seen.add((item.code, item.evidence))
                findings.append(item)
        for failure in verdict.failures:
            failures.setdefault(failure.checker, failure)
        urls.update(dict.fromkeys(verdict.indicators.urls))
        phones.update(dict.fromkeys(verdict.indicators.phones))
        handles.update(dict.fromkeys(verdict.indicators.handles))
        emails.update(dict.fromkeys(verdict.indicators.emails))
    level, score = decide(findings)
    findings.sort(key=lambda f: -int(f.severity))
    read = [v.ocr_text for v in verdicts if v.source == "image" and v.ocr_text]
    return Verdict(
        level=level,
        score=score,
        findings=tuple(findings),
        failures=tuple(failures.values()),
        indicators=Indicators(tuple(urls), tuple(phones), tuple(handles), tuple(emails)),
        source="image" if any(v.source == "image" for v in verdicts) else "text",
        ocr_text="\n\n".join(read),
    )


def decide(findings: Iterable[Finding]) -> tuple[Level, int]:
    """The level and score of a set of findings (see the module docstring)."""
    weights: dict[str, Severity] = {}
    for item in findings:
        if item.severity > weights.get(item.code, Severity.INFO):
            weights[item.code] = item.severity
    score = sum(int(s) for s in weights.values())
    severities = list(weights.values())
    if Severity.CRITICAL in severities:
        return "scam", score
    strong = sum(1 for s in severities if s >= Severity.MEDIUM)
    if score >= SCAM_SCORE and (Severity.HIGH in severities or strong >= SCAM_MEDIUMS):
        return "scam", score
    if score >= SUSPICIOUS_SCORE:
        return "suspicious", score
    return "no_red_flags", score


class Engine:
    """Checks submissions.

    Args:
        store: the blocklist store; ``None`` checks without lists (recorded as a failure).
        checkers: the checkers to run (default: :func:`default_checkers`).
        region: default region for phone numbers.
        checker_timeout: seconds each checker may take.
        lookup_timeout: seconds the batched list lookup may take.
    """

    def __init__(
        self,
        store: LookupStore | None,
        checkers: Sequence[Checker] | None = None,
        *,
        region: str = "SG",
        checker_timeout: float = 1.0,
        lookup_timeout: float = 0.5,
        expand_links: bool = False,
    ) -> None:
        self.store = store
        if checkers is None:
            checkers = default_checkers(expand_links=expand_links)
            if expand_links:
                checker_timeout = max(checker_timeout, 8.0)  # a few redirects over the network
        self.checkers = list(checkers)
        self.region = region
        self.checker_timeout = checker_timeout
        self.lookup_timeout = lookup_timeout
        self._warm = False
        self.observers: list[Callable[[Verdict, float], None]] = []
        """Called with every verdict and its seconds (metrics); never with message text."""

    async def check(self, submission: Submission) -> Verdict:
        """The verdict for one submission. Never raises for any input."""
        started = time.perf_counter()
        failures: list[Failure] = []
        case = gather(submission, self.region)
        # The fingerprint's bands are asked only when a campaign may hold them: this
        # process's copy of the band filter says "cannot" for almost every message, and one
        # with no link, number or account then needs no round trip at all.
        bands = case.fingerprint.bands
        if bands and self.store is not None and not self.store.may_match(bands):
            bands = ()
        if self._warm and self.store is not None and (bands or case.lookup_queries()):
            # The lookup's request goes out first (one turn of the loop sends it), and the
            # text is read while the store works on the answer: a message costs the longer
            # of the two rather than their sum. Not on the first check: it loads the
            # lexicons and models, which would eat the lookup's time bound.
            pending = asyncio.ensure_future(self._lookup(case, bands, failures))
            await asyncio.sleep(0)
            try:
                case = read(case)
            except BaseException:
                pending.cancel()
                raise
            lookups = await pending
        else:
            case = read(case)
            lookups = await self._lookup(case, bands, failures)
        self._warm = True
        # Checkers that wait on the network run concurrently, each under its own timeout;
        # the others only compute, so they run one after another without the cost of a task
        # each (a timeout cannot interrupt computation anyway: one that overruns is recorded
        # as timed out and its findings are dropped).
        waiting = [c for c in self.checkers if c.io_bound]
        outcomes: dict[int, Sequence[Finding] | Failure] = {}
        if waiting:
            done = await asyncio.gather(*(self._run(c, case, lookups) for c in waiting))
            outcomes.update(zip(map(id, waiting), done, strict=True))
        for checker in self.checkers:
            if id(checker) not in outcomes:
                outcomes[id(checker)] = await self._run_inline(checker, case, lookups)
        results = [outcomes[id(c)] for c in self.checkers]
        findings: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        for checker, outcome in zip(self.checkers, results, strict=True):
            if isinstance(outcome, Failure):
                failures.append(outcome)
                continue
            for item in outcome:
                if (item.code, item.evidence) not in seen:
                    seen.add((item.code, item.evidence))
                    findings.append(item)
            del checker
        level, score = decide(findings)
        findings.sort(key=lambda f: -int(f.severity))
        verdict = Verdict(
            level=level,
            score=score,
            findings=tuple(findings),
            failures=tuple(failures),
            indicators=Indicators(
                urls=tuple(link.url for link in case.links),
                phones=tuple(dict.fromkeys(p.e164 for p in case.phones if p.e164)),
                handles=case.handles,
                emails=case.emails,
            ),
        )
        self._count(verdict, time.perf_counter() - started)
        return verdict

    async def _lookup(self, case: Case, bands: Sequence[int], failures: list[Failure]) -> Lookups:
        if self.store is None:
            failures.append(Failure("lists", "no list store configured"))
            return Lookups.unavailable()
        queries = case.lookup_queries()
        if not queries and not bands:
            return Lookups({}, available=True)
        try:
            async with asyncio.timeout(self.lookup_timeout):
                # The campaigns the message matches count it as seen, in the same call.
                lookups = await self.store.lookup(
                    queries, bands, case.fingerprint.signature, count=True
                )
                # Listed values count how often citizens meet them (for moderators' /lookup).
                if len(lookups):
                    await self.store.count_hits(lookups)
                return lookups
        except (StoreUnavailable, TimeoutError) as exc:
            cause = str(exc) if isinstance(exc, StoreUnavailable) else type(exc).__name__
            failures.append(Failure("lists", f"the lists could not be consulted ({cause})"))
            return Lookups.unavailable()

    async def _run(
        self, checker: Checker, case: Case, lookups: Lookups
    ) -> Sequence[Finding] | Failure:
        try:
            async with asyncio.timeout(self.checker_timeout):
                return await checker.check(case, lookups)
        except TimeoutError:
            return Failure(checker.name, "timed out")
        # Deliberately broad: a bug in one checker must cost only that checker's findings,
        # never the citizen's whole verdict. The failure is recorded and counted.
        except Exception as exc:
            log.exception("checker failed", extra={"checker": checker.name})
            return Failure(checker.name, f"failed ({type(exc).__name__})")

    async def _run_inline(
        self, checker: Checker, case: Case, lookups: Lookups
    ) -> Sequence[Finding] | Failure:
        started = time.perf_counter()
        try:
            findings = await checker.check(case, lookups)
        # Deliberately broad, as in _run: one checker's bug costs only its own findings.
        except Exception as exc:
            log.exception("checker failed", extra={"checker": checker.name})
            return Failure(checker.name, f"failed ({type(exc).__name__})")
        if time.perf_counter() - started > self.checker_timeout:
            return Failure(checker.name, "timed out")
        return findings

    def _count(self, verdict: Verdict, seconds: float) -> None:
        for observe in self.observers:
            observe(verdict, seconds)
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "checked",
                extra={
                    "level": verdict.level,
                    "codes": [f.code for f in verdict.findings],
                    "ms": seconds * 1000,
                },
            )
