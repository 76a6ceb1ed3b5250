"""What the tests and the benchmarks both run against: the test harness.

Nothing outside ``tests/`` imports ``tests`` (lint-imports checks it), so the pieces the
benchmarks need as well live here rather than in ``tests/``: the Bot API stand-in
(:mod:`harness.standin`), a redis-server and the real ``scamcheck bot`` as processes
(:mod:`harness.processes`), the labelled corpus readers (:mod:`harness.corpus`), drawn
pictures (:mod:`harness.pictures`) and hostile inputs (:mod:`harness.hostile`).

It is a top-level package, beside ``tests/`` and ``benchmarks/``, rather than a part of either:
tests are not built on benchmarks, and benchmarks are not tests. Like them it is not shipped
in the wheel (``pyproject.toml`` packages only ``bot``, ``checkers`` and ``blocklists``); it is
importable from a checkout with the test extra installed, and the shipped packages never import
it (lint-imports checks that too).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: where ``python -m bot.cli`` and ``python -m benchmarks.run`` run from."""
