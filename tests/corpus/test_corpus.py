"""The Singapore corpus: scams get their level and codes; legitimate messages stay quiet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from checkers.engine import Engine
from checkers.verdict import Submission

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Sample:
    file: str
    line: int
    level: str
    codes: tuple[str, ...]
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def load(name: str) -> list[Sample]:
    samples: list[Sample] = []
    header: list[str] | None = None
    start = 0
    lines: list[str] = []
    for number, line in enumerate((HERE / name).read_text("utf-8").splitlines(), start=1):
        if line.startswith("expect:"):
            header, start, lines = line[len("expect:") :].split(), number, []
        elif line.strip() == "---" and header is not None:
            samples.append(
                Sample(name, start, header[0], tuple(header[1:]), "\n".join(lines).strip())
            )
            header = None
        elif header is not None:
            lines.append(line)
    return samples


SCAMS = load("scam.txt")
HAM = load("ham.txt")


def test_the_corpus_is_big_enough_and_covers_every_scam_type() -> None:
    assert len(SCAMS) >= 40 and len(HAM) >= 40
    sections = (HERE / "scam.txt").read_text("utf-8")
    for kind in ("Job scams", "Phishing", "E-commerce", "Fake friend", "Investment"):
        assert f"## {kind}" in sections
    assert all(s.level in {"scam", "suspicious"} for s in SCAMS)
    assert all(s.level == "no_red_flags" for s in HAM)


@pytest.mark.parametrize("sample", SCAMS + HAM, ids=str)
async def test_sample(engine: Engine, sample: Sample) -> None:
    verdict = await engine.check(Submission(text=sample.text))
    found = {f.code for f in verdict.findings}
    assert verdict.level == sample.level, (verdict.level, sorted(found))
    assert set(sample.codes) <= found, sorted(found)
