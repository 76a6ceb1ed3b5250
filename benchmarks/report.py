"""The table ``benchmarks.run`` prints: the targets, met or not, then the other figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True)
class Target:
    """A figure of ``group``/``key`` and the bound it must reach (at least, or at most)."""

    label: str
    group: str
    key: str
    bound: float
    at_least: bool
    percent: bool = False

    @property
    def shown(self) -> str:
        """The target as the table states it: ``>= 2,000``, ``<= 1.5``, ``>= 70%``."""
        bound = f"{self.bound:.0%}" if self.percent else f"{self.bound:,g}"
        return f"{'>=' if self.at_least else '<='} {bound}"

    def met(self, value: float) -> bool:
        """Whether a run's figure reaches the bound."""
        return value >= self.bound if self.at_least else value <= self.bound

    def cell(self, value: float) -> str:
        """A run's figure, shown like the bound."""
        return f"{value:.0%}" if self.percent else _number(value)


def target(
    label: str, figure: str, op: Literal[">=", "<="], bound: float, percent: bool = False
) -> Target:
    """``figure`` (``group.key``) must be ``op`` ``bound``: at least (``>=``) or at most."""
    group, key = figure.split(".")
    return Target(label, group, key, bound, at_least=op == ">=", percent=percent)


TARGETS: list[Target] = [
    target("Engine, messages/s (one process, sequential)", "engine.messages_per_s", ">=", 2000),
    target("Engine, p99 per message (ms)", "engine.p99_ms", "<=", 5),
    target("Engine vs per-call baseline (x)", "engine.ratio", ">=", 3),
    target("End to end, updates/s", "end_to_end.updates_per_s", ">=", 300),
    target("End to end, p99 update → sendMessage (ms)", "end_to_end.p99_ms", "<=", 50),
    target("Import write path, entries/s", "import.write_per_s", ">=", 200_000),
    target(
        "Import write path vs raw pipelined writes", "import.write_vs_raw", ">=", 0.7, percent=True
    ),
    target("Redis bytes per imported entry", "import.bytes_per_entry", "<=", 120),
    target("Bot polling after start (s)", "end_to_end.startup_to_polling_s", "<=", 1.5),
    target("One `scamcheck check` from the shell (s)", "cli.cli_check_wall_s", "<=", 0.5),
    target(
        "Picture: phone screenshot read and checked, p95 (s)", "pictures.picture_p95_s", "<=", 1.5
    ),
    target(
        "Campaigns: Redis bytes per fingerprint", "campaigns.band_bytes_per_fingerprint", "<=", 200
    ),
    target(
        "Campaigns: engine messages/s with the fingerprints",
        "campaigns.messages_per_s",
        ">=",
        2000,
    ),
    target("Campaigns: engine p99 with the fingerprints (ms)", "campaigns.p99_ms", "<=", 5),
]


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


def table(runs: list[dict[str, Any]]) -> str:
    """The targets, then the other figures, a column per run."""
    heads = " | ".join(f"run {n}" for n in range(1, len(runs) + 1))
    rule = "---:|" * len(runs)
    lines = [f"| measure | {heads} | target | met |", f"|---|{rule}---:|:---:|"]
    for target in TARGETS:
        values = [run[target.group][target.key] for run in runs]
        shown = [target.cell(v) for v in values]
        met = sum(1 for v in values if target.met(v))
        verdict = "yes" if met == len(runs) else ("NO" if met == 0 else f"{met} of {len(runs)}")
        lines.append(f"| {target.label} | {' | '.join(shown)} | {target.shown} | {verdict} |")

    def row(label: str, cell: Any) -> str:
        return f"| {label} | {' | '.join(cell(run) for run in runs)} |"

    first = runs[0]
    e, x = first["engine"], first["end_to_end"]
    lines += [
        "",
        f"| other figures | {heads} |",
        f"|---|{rule}",
        row("engine p50 per message (ms)", lambda r: f"{r['engine']['p50_ms']:.2f}"),
        row(
            "messages with links or numbers: engine · one call per indicator, messages/s",
            lambda r: (
                f"{r['engine']['indicator_messages_per_s']:,.0f} · "
                f"{r['engine']['indicator_baseline_per_s']:,.0f} "
                f"({r['engine']['indicator_ratio']:.2f}x)"
            ),
        ),
        row(
            f"the same with Redis {e['hop_ms']:g} ms away (a delaying proxy), messages/s",
            lambda r: (
                f"{r['engine']['hop_messages_per_s']:,.0f} · "
                f"{r['engine']['hop_baseline_per_s']:,.0f} ({r['engine']['hop_ratio']:.2f}x)"
            ),
        ),
        row(
            "messages with links or numbers: engine p99 (ms)",
            lambda r: f"{r['engine']['indicator_p99_ms']:.2f}",
        ),
        row(
            f"engine, {e['concurrency']} messages in flight, messages/s",
            lambda r: f"{r['engine']['concurrent_per_s']:,.0f}",
        ),
        row(
            "engine RSS growth over 100,000 more checks (KiB)",
            lambda r: f"{r['engine']['engine_rss_growth_kib_100k']:,}",
        ),
        row(
            "import: parsing and normalising, entries/s",
            lambda r: f"{r['import']['parse_per_s']:,.0f}",
        ),
        row("raw pipelined writes, entries/s", lambda r: f"{r['import']['raw_per_s']:,.0f}"),
        row(
            "a citizen's lookup during the import (another process): p99 · max (ms)",
            lambda r: (
                f"{r['import']['lookup_during_import_p99_ms']:.1f} · "
                f"{r['import']['lookup_during_import_max_ms']:.1f}"
            ),
        ),
        row(
            f"end to end p50 at {x['paced_rate']:.0f} updates/s (ms)",
            lambda r: f"{r['end_to_end']['p50_ms']:.1f}",
        ),
        row(
            "bot CPU per update in the burst (ms)",
            lambda r: f"{r['end_to_end']['bot_cpu_per_update_ms']:.1f}",
        ),
        row(
            f"bot RSS after start · after {x['burst_updates'] + x['paced_updates']:,} updates · "
            f"after {x['memory_checks'] // 2:,} and {x['memory_checks']:,} more (MiB)",
            lambda r: " · ".join(
                f"{r['end_to_end'][k]:.0f}"
                for k in (
                    "bot_rss_start_mib",
                    "bot_rss_end_mib",
                    "bot_rss_half_mib",
                    "bot_rss_after_checks_mib",
                )
            ),
        ),
        row(
            "picture p50 (s) · text p99 alone · while pictures are read (ms, and at the"
            " workers' old priority)",
            lambda r: (
                f"{r['pictures']['picture_p50_s']:.2f} · {r['pictures']['text_p99_ms_alone']:.2f}"
                f" · {r['pictures']['text_p99_ms_while_reading']:.2f}"
                f" ({r['pictures']['text_p99_ms_while_reading_unniced']:.2f})"
            ),
        ),
        row(
            "list entries · corpus messages",
            lambda r: f"{r['import']['entries']:,} · {r['messages_in_corpus']:,}",
        ),
    ]
    return "\n".join(lines)
