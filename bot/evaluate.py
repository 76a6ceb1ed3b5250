"""``scamcheck eval``: labelled messages and URLs through the engine, counted per level.

The engine runs exactly as it does for citizens (embedded store, shipped seeds). Records are
grouped by source and by label/subtype; the summary compares the figures with the targets of
the engine's issue. A record is *flagged* when its level is ``suspicious`` or ``scam``.

Two tables: every record with the shipped engine, and every record as if its source had been
left out of training: a message from one of the learned model's sources is judged by the model
trained on the other sources only (records the two sources share are left out of this table),
a link by the link model, which never saw its site (half the sites are kept out of its
training), and a record of any other source as it is (no model ever saw it).
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from blocklists.connection import embedded_redis
from blocklists.store import BlocklistStore
from bot.settings import Settings
from checkers.engine import Checker, Engine, default_checkers
from checkers.extract import parse_link
from checkers.model import SOURCES, ModelChecker, fold_of, load_model
from checkers.verdict import LEVELS, Submission


@dataclass
class Group:
    """Counts of one (source, label) group."""

    total: int = 0
    levels: Counter[str] = field(default_factory=Counter)

    def rate(self, *levels: str) -> float:
        """The share of records at any of ``levels``."""
        return sum(self.levels[level] for level in levels) / self.total if self.total else 0.0


def read_records(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Records of the labelled JSONL files, skipping blank lines."""
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    if isinstance(record, dict):
                        yield record


def submission_for(record: dict[str, Any]) -> Submission:
    """A record as a citizen would submit it: the message text, or the URL alone."""
    if "url" in record and "text" not in record:
        return Submission(urls=(str(record["url"]),))
    return Submission(text=str(record.get("text", "")))


def group_key(record: dict[str, Any]) -> tuple[str, str]:
    """(source, label[/subtype])."""
    label = str(record.get("label", "?"))
    subtype = record.get("subtype")
    return str(record.get("source", "?")), f"{label}/{subtype}" if subtype else label


def held_out(record: dict[str, Any]) -> bool:
    """Whether the record counts in the leave-one-source-out table (see the module docstring).

    A link whose site the link model was trained on, and a message the other sources share
    (Mendeley's ``in_uci``), do not.
    """
    if "url" in record and "text" not in record:
        link = parse_link(str(record["url"]))
        return link is None or fold_of(link.domain) == 1
    return not record.get("in_uci")


async def evaluate(
    engine: Engine,
    records: Iterable[dict[str, Any]],
    without: Mapping[str, Engine] | None = None,
) -> tuple[dict[tuple[str, str], Group], dict[tuple[str, str], Group]]:
    """Run every record through the engine; count levels per group, for all and left out.

    ``without`` maps a message source to the engine whose wording model never saw it.
    """
    without = without or {}
    groups: dict[tuple[str, str], Group] = defaultdict(Group)
    unseen: dict[tuple[str, str], Group] = defaultdict(Group)
    for record in records:
        submission = submission_for(record)
        verdict = await engine.check(submission)
        key = group_key(record)
        _count(groups[key], verdict.level)
        if held_out(record):
            other = without.get(str(record.get("source", "")))
            if other is not None and "text" in record:
                verdict = await other.check(submission)
            _count(unseen[key], verdict.level)
    return dict(groups), dict(unseen)


def _count(group: Group, level: str) -> None:
    group.total += 1
    group.levels[level] += 1


# The targets of the engine's issue: (label, what, the levels that count, at least?, bound).
# A target is measured only when the files hold records of its label.
TARGETS: tuple[tuple[str, str, tuple[str, ...], bool, float], ...] = (
    ("scam/smishing", "smishing flagged", ("scam", "suspicious"), True, 0.85),
    ("ham", "ham flagged (suspicious or scam)", ("scam", "suspicious"), False, 0.005),
    ("ham", "ham at scam", ("scam",), False, 0.002),
    ("phish", "phishing URLs flagged", ("scam", "suspicious"), True, 0.70),
    ("benign", "benign URLs flagged", ("scam", "suspicious"), False, 0.03),
)


def summary(groups: dict[tuple[str, str], Group]) -> list[tuple[str, float, str, bool]]:
    """The targets of the engine's issue: (what, measured rate, target, met)."""
    rows: list[tuple[str, float, str, bool]] = []
    for label, what, levels, at_least, bound in TARGETS:
        pooled = Group()  # every source's records of this label
        for (_, group_label), group in groups.items():
            if group_label == label:
                pooled.total += group.total
                pooled.levels.update(group.levels)
        if pooled.total:
            rate = pooled.rate(*levels)
            met = rate >= bound if at_least else rate <= bound
            rows.append((what, rate, f"{'>=' if at_least else '<='} {bound * 100:g}%", met))
    return rows


def render(groups: dict[tuple[str, str], Group], title: str) -> str:
    """One table of ``scamcheck eval`` (Markdown, ready for the README)."""
    lines = [
        f"**{title}**",
        "",
        "| source | label | n | scam | suspicious | no_red_flags | flagged |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for (source, label), group in sorted(groups.items()):
        counts = " | ".join(str(group.levels[level]) for level in LEVELS)
        lines.append(
            f"| {source} | {label} | {group.total} | {counts} | "
            f"{group.rate('scam', 'suspicious'):.1%} |"
        )
    lines.append("")
    lines.append("| target | measured | goal | met |")
    lines.append("|---|---:|---:|:---:|")
    for what, rate, goal, met in summary(groups):
        lines.append(f"| {what} | {rate:.2%} | {goal} | {'yes' if met else 'NO'} |")
    return "\n".join(lines)


def _as_json(groups: dict[tuple[str, str], Group]) -> dict[str, Any]:
    return {
        "groups": [
            {"source": s, "label": lab, "n": g.total, **{lv: g.levels[lv] for lv in LEVELS}}
            for (s, lab), g in sorted(groups.items())
        ],
        "targets": [
            {"what": w, "rate": r, "goal": goal, "met": m} for w, r, goal, m in summary(groups)
        ],
    }


def _checkers_without(source: str) -> list[Checker]:
    """The standard checkers, with the wording model trained without ``source``."""
    return [
        ModelChecker(message_model=load_model(f"message_without_{source}"))
        if isinstance(checker, ModelChecker)
        else checker
        for checker in default_checkers()
    ]


async def run_eval(paths: Sequence[str], settings: Settings, out: TextIO, *, as_json: bool) -> int:
    """Evaluate on a fresh embedded store holding the shipped seeds only."""
    store = BlocklistStore(embedded_redis(), embedded=True)
    await store.seed_if_empty()
    engine = Engine(store, region=settings.region)
    without = {
        source: Engine(store, checkers=_checkers_without(source), region=settings.region)
        for source in SOURCES
    }
    started = time.perf_counter()
    try:
        groups, unseen = await evaluate(engine, read_records(paths), without)
    finally:
        await store.close()
    seconds = max(time.perf_counter() - started, 1e-9)
    total = sum(g.total for g in groups.values())
    if as_json:
        payload = {
            "all": _as_json(groups),
            "leave_one_source_out": _as_json(unseen),
            "seconds": seconds,
        }
        out.write(json.dumps(payload, indent=1) + "\n")
        return 0
    out.write(render(groups, "All records") + "\n\n")
    out.write(render(unseen, "Leave one source out (no learned model saw these records)") + "\n\n")
    out.write(f"{total} records in {seconds:.1f} s ({total / seconds:,.0f} per second)\n")
    return 0
