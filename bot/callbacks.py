"""Callback data of inline buttons: short versioned strings, ``v1:<action>[:<arg>...]``.

Telegram allows 64 bytes. Data is never trusted: it can be forged by any client, so every
handler re-checks who may do what; an unknown version or action decodes to ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

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
        "mod",  # moderator actions: mod:<verb>:<report>[:<arg>]
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
