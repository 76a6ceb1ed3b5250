"""Prometheus metrics: counts, codes and timings.

Never message text, users' numbers or the token. Served at ``/metrics`` by :mod:`bot.server`.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from checkers.verdict import Verdict

_LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Metrics:
    """One registry per bot process (tests run several apps in one process)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.verdicts = Counter("scamcheck_verdicts", "Verdicts by level", ["level"], registry=r)
        self.findings = Counter("scamcheck_findings", "Findings by code", ["code"], registry=r)
        self.failures = Counter(
            "scamcheck_checker_failures",
            "Checkers that failed or timed out",
            ["checker", "kind"],
            registry=r,
        )
        self.check_seconds = Histogram(
            "scamcheck_check_seconds",
            "Engine time per message",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.update_seconds = Histogram(
            "scamcheck_update_seconds",
            "Time to handle one Telegram update",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.redis_errors = Counter(
            "scamcheck_redis_errors", "Redis operations that failed", registry=r
        )
        self.reports_waiting = Gauge(
            "scamcheck_reports_waiting", "Reports waiting for a moderator", registry=r
        )
        self.updates = Counter(
            "scamcheck_updates", "Telegram updates received", ["mode"], registry=r
        )

    def observe_verdict(self, verdict: Verdict, seconds: float) -> None:
        """Engine observer: one verdict."""
        self.verdicts.labels(verdict.level).inc()
        for code in {f.code for f in verdict.findings}:
            self.findings.labels(code).inc()
        for failure in verdict.failures:
            kind = "timeout" if "timed out" in failure.error else "error"
            self.failures.labels(failure.checker, kind).inc()
            if failure.checker == "lists":
                self.redis_errors.inc()
        self.check_seconds.observe(seconds)

    def render(self) -> bytes:
        """The Prometheus text format."""
        return generate_latest(self.registry)
