"""Callback data of inline buttons: short versioned strings, ``v1:<action>[:<arg>...]``.

The one place callback data is built and parsed: :func:`encode` and :func:`decode`, a
:func:`pattern` for each action's ``CallbackQueryHandler`` (``bot/app.py``), and a function a
moderator's button (:func:`review`, :func:`reviewed`). Telegram allows 64 bytes. Data is never
trusted: it can be forged by any client, so every handler re-checks who may do what; an
unknown version or action decodes to ``None`` and is answered "this button has expired".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal, TypeVar

_T = TypeVar("_T")
VERSION: Final = "v1"
MAX_BYTES: Final = 64
ACTIONS: Final = frozenset(
    {
        "lang",  # choose a language: lang:<code>
        "example",  # show an example check
        "report",  # ask for consent to report: report:<check>
        "send",  # send the report: send:<check>:<0|1 with text>
        "notify",  # opt in to hear the outcome: notify:<report>
        "cancel",  # cancel a report
        "warn",  # a warning to forward to family: warn:<check>
        "wrong",  # dispute the verdict: wrong:<check>
        "again",  # check another message
        "mod",  # moderator actions: mod:<verb>:<report or campaign>[:<ticked, hex>]
        "care",  # the caregiver link: care:<step>[:<arg>...] (issue 14)
    }
)


@dataclass(frozen=True, slots=True)
class Callback:
    """A decoded button press."""

    action: str
    args: tuple[str, ...] = ()

    def arg(self, index: int, default: str = "") -> str:
        """One argument, or ``default`` when it is missing."""
        return self.args[index] if index < len(self.args) else default


def encode(action: str, *args: str) -> str:
    """Callback data for a button.

    Raises:
        ValueError: unknown action, a ``:`` inside an argument, or more than 64 bytes.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown callback action {action!r}")
    if any(":" in arg for arg in args):
        raise ValueError("callback arguments cannot contain ':'")
    data = ":".join((VERSION, action, *args))
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise ValueError(f"callback data longer than {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    """A button press, or ``None`` for data this version does not understand."""
    if not data or len(data.encode("utf-8")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != VERSION or parts[1] not in ACTIONS:
        return None
    return Callback(parts[1], tuple(parts[2:]))


# Citizens' buttons, one function an action (the caregiver link's steps: bot/handlers/caregiver).
def language(code: str) -> str:
    """Choose a language."""
    return encode("lang", code)


def example() -> str:
    """Show an example check."""
    return encode("example")


def report(check_id: str) -> str:
    """The card's Report: ask for consent first."""
    return encode("report", check_id)


def send(check_id: str, *, with_text: bool) -> str:
    """Consent given: send the report, with the message text or not (:func:`sends_text`)."""
    return encode("send", check_id, "1" if with_text else "0")


def sends_text(callback: Callback) -> bool:
    """Whether a ``send`` press includes the message text."""
    return callback.arg(1) == "1"


def notify(report_id: str) -> str:
    """Opt in to hear the outcome of a report."""
    return encode("notify", report_id)


def cancel() -> str:
    """Cancel a report."""
    return encode("cancel")


def warn(check_id: str) -> str:
    """A warning to forward to family."""
    return encode("warn", check_id)


def wrong(check_id: str) -> str:
    """Dispute the verdict."""
    return encode("wrong", check_id)


def again() -> str:
    """Check another message."""
    return encode("again")


def pattern(action: str, verb: str = "") -> re.Pattern[str]:
    """What a ``CallbackQueryHandler`` of one action (and moderator verb) matches."""
    if action not in ACTIONS:
        raise ValueError(f"unknown callback action {action!r}")
    head = ":".join(part for part in (VERSION, action, verb) if part)
    return re.compile(f"^{re.escape(head)}(?::|$)")


# Moderators' review cards: a report's buttons and a campaign's, each verb one button.
Verb = Literal["tog", "ok", "no", "skip", "ctog", "cok", "cno", "cskip"]
REPORT_VERBS: Final[tuple[Verb, ...]] = ("tog", "ok", "no", "skip")
CAMPAIGN_VERBS: Final[tuple[Verb, ...]] = ("ctog", "cok", "cno", "cskip")


@dataclass(frozen=True, slots=True)
class Review:
    """A press on a review card: which report or campaign, and which values are ticked."""

    verb: str
    target: str
    ticked: int = 0

    def selected(self, values: Sequence[_T]) -> list[_T]:
        """The ticked ones of the card's values."""
        return [value for i, value in enumerate(values) if self.ticked >> i & 1]


def review(verb: Verb, target: str, ticked: int | None = None) -> str:
    """A review card's button: ``mod:<verb>:<report or campaign>[:<ticked values, hex>]``."""
    if ticked is None:
        return encode("mod", verb, target)
    return encode("mod", verb, target, f"{ticked:x}")


def reviewed(callback: Callback) -> Review | None:
    """The press a review card's button carries, or ``None`` when the data is malformed."""
    if callback.action != "mod" or callback.arg(0) not in (*REPORT_VERBS, *CAMPAIGN_VERBS):
        return None
    try:
        ticked = int(callback.arg(2, "0"), 16)
    except ValueError:
        return None
    return Review(callback.arg(0), callback.arg(1), ticked)
