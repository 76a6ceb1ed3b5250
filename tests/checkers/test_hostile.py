"""Every hostile input gets a sensible verdict, never an exception (timings: benchmarks/hostile.py)."""

from __future__ import annotations

import pytest

from checkers.engine import Engine
from checkers.verdict import Submission
from harness.hostile import HOSTILE


@pytest.mark.parametrize("name", list(HOSTILE))
async def test_hostile_input_gets_a_verdict(engine: Engine, name: str) -> None:
    verdict = await engine.check(Submission(text=HOSTILE[name]))
    assert verdict.level in {"scam", "suspicious", "no_red_flags"}
    assert not [f for f in verdict.failures if f.checker != "lists"], verdict.failures
    assert len(verdict.indicators.urls) <= 50 and len(verdict.findings) < 500


async def test_the_tricks_are_still_seen_through(engine: Engine) -> None:
    zero_width = await engine.check(Submission(text=HOSTILE["zero-width everywhere"]))
    assert "URL002" in {f.code for f in zero_width.findings}
    homoglyph = await engine.check(Submission(text=HOSTILE["homoglyph domain"]))
    assert "URL004" in {f.code for f in homoglyph.findings}
