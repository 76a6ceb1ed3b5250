"""Helpers for checker tests: run one checker on a text, with given list entries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from blocklists.keys import ListName
from blocklists.lookups import Entry, Lookups
from blocklists.normalize import Kind, normalize
from checkers.case import prepare
from checkers.engine import Checker
from checkers.verdict import Finding, Submission


def lookups(entries: Iterable[tuple[ListName, Kind, str]] = ()) -> Lookups:
    table = {}
    for list_name, kind, value in entries:
        value = normalize(kind, value)
        table[(list_name, kind, value)] = Entry(
            list_name, kind, value, reason="test", source="test"
        )
    return Lookups(table, available=True)


async def run(
    checker: Checker,
    text: str = "",
    *,
    entries: Iterable[tuple[ListName, Kind, str]] = (),
    **submission: object,
) -> Sequence[Finding]:
    case = prepare(Submission(text=text, **submission))  # type: ignore[arg-type]
    return await checker.check(case, lookups(entries))


async def codes(checker: Checker, text: str = "", **kwargs: object) -> set[str]:
    return {f.code for f in await run(checker, text, **kwargs)}
