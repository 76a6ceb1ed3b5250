"""The data that travels through the engine: Submission in, Verdict out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal

Level = Literal["scam", "suspicious", "no_red_flags"]
LEVELS: tuple[Level, ...] = ("scam", "suspicious", "no_red_flags")


class Severity(IntEnum):
    """How much a finding weighs; the value is its weight in the score (see the engine)."""

    INFO = 0
    LOW = 1
    MEDIUM = 3
    HIGH = 6
    CRITICAL = 20

    @property
    def label(self) -> str:
        """The lower-case name used in JSON (``"high"``)."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class LinkPair:
    """A link whose visible text differs from where it goes (Telegram ``text_link``)."""

    shown: str
    target: str


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a forwarded message came from, as far as the messenger tells.

    ``kind`` is ``user``, ``hidden_user``, ``chat`` or ``channel``; ``name`` the display name or
    title; ``handle`` a username; ``user_id`` a numeric id; ``date`` an ISO timestamp.
    """

    kind: str
    name: str = ""
    handle: str = ""
    user_id: int | None = None
    date: str = ""


@dataclass(frozen=True, slots=True)
class Submission:
    """Everything a citizen asked us to check.

    ``text`` is what they sent (message text or caption). The other fields carry indicators the
    messenger already knows and plain text cannot show: hidden link targets, button URLs,
    contact cards, the forward origin. The engine adds what it extracts from ``text`` itself.
    """

    text: str = ""
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    link_pairs: tuple[LinkPair, ...] = ()
    origin: Origin | None = None
    lang: str = "en"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing we noticed, explained.

    ``reason`` is one plain English sentence (the JSON contract); ``params`` fills the
    translated templates of the same code in other languages.
    """

    code: str
    severity: Severity
    reason: str
    evidence: str
    checker: str
    params: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The finding as in the JSON verdict contract."""
        return {
            "code": self.code,
            "severity": self.severity.label,
            "checker": self.checker,
            "reason": self.reason,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """A checker that failed or timed out: that part could not be checked."""

    checker: str
    error: str

    def to_dict(self) -> dict[str, str]:
        """The failure as in the JSON verdict contract."""
        return {"checker": self.checker, "error": self.error}


@dataclass(frozen=True, slots=True)
class Indicators:
    """The normalised links, numbers, handles and e-mail addresses of a submission."""

    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, list[str]]:
        """The indicators as in the JSON verdict contract."""
        return {
            "urls": list(self.urls),
            "phones": list(self.phones),
            "handles": list(self.handles),
            "emails": list(self.emails),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The engine's answer: a level, the findings behind it, and what could not be checked."""

    level: Level
    score: int
    findings: tuple[Finding, ...]
    failures: tuple[Failure, ...]
    indicators: Indicators
    source: str = "text"
    """``"image"`` when the text was read from pictures (see :mod:`checkers.picture`)."""
    ocr_text: str = ""
    """The text read from the pictures, when ``source`` is ``"image"``."""

    @property
    def from_list(self) -> bool:
        """Whether a moderator-confirmed list entry decided the level."""
        return any(f.severity is Severity.CRITICAL for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The verdict as in the JSON contract of DESIGN.md."""
        return {
            "level": self.level,
            "score": self.score,
            "findings": [f.to_dict() for f in self.findings],
            "failures": [f.to_dict() for f in self.failures],
            "indicators": self.indicators.to_dict(),
        } | ({"source": "image", "ocr_text": self.ocr_text} if self.source == "image" else {})


def verdict_state(verdict: Verdict) -> dict[str, Any]:
    """A verdict as JSON-ready data that keeps every finding's parameters.

    Used for the short wait in the store while messages forwarded together are collected
    (see :func:`verdict_from_state`).
    """
    data = verdict.to_dict()
    data["params"] = [dict(f.params) for f in verdict.findings]
    return data


def verdict_from_state(data: Mapping[str, Any]) -> Verdict:
    """The inverse of :func:`verdict_state`."""
    findings = tuple(
        Finding(
            code=str(item["code"]),
            severity=Severity[str(item["severity"]).upper()],
            reason=str(item["reason"]),
            evidence=str(item["evidence"]),
            checker=str(item["checker"]),
            params=dict(params),
        )
        for item, params in zip(data["findings"], data.get("params", []), strict=False)
    )
    indicators = data.get("indicators", {})
    return Verdict(
        level=data["level"],
        score=int(data["score"]),
        findings=findings,
        failures=tuple(
            Failure(str(f["checker"]), str(f["error"])) for f in data.get("failures", [])
        ),
        indicators=Indicators(
            urls=tuple(indicators.get("urls", ())),
            phones=tuple(indicators.get("phones", ())),
            handles=tuple(indicators.get("handles", ())),
            emails=tuple(indicators.get("emails", ())),
        ),
        source=str(data.get("source", "text")),
        ocr_text=str(data.get("ocr_text", "")),
    )
