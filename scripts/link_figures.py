"""How many links the engine flags: PhishTank and ISCX (all and fold 1), and the hand-written
link files of tests/corpus (links_phish_new.txt, links_everyday.txt, links_phish5.txt,
links_everyday5.txt, links_phish7.txt, links_everyday7.txt and their held-out twins, which
nothing is tuned on; ``--show`` lists only the development files' links).

    python scripts/link_figures.py [--data ../shared/data] [--show missed|alarms|both]

Each link is checked as a citizen would submit it: the bare URL through the whole engine, with
the shipped seeds only (as ``scamcheck eval`` does). Flagged means ``suspicious`` or ``scam``.
Fold 1 are the sites the link model was not trained on (:func:`checkers.model.fold_of`).
``--show`` lists the hand-written links missed or wrongly flagged, with their codes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from blocklists.connection import embedded_redis  # noqa: E402
from blocklists.store import BlocklistStore  # noqa: E402
from checkers.engine import Engine  # noqa: E402
from checkers.extract import parse_link  # noqa: E402
from checkers.model import fold_of  # noqa: E402
from checkers.verdict import Submission  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def read_links(path: Path) -> list[str]:
    """The URLs of a hand-written link file: one a line, ``#`` starts a comment."""
    lines = (line.split(" #", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


async def judge(engine: Engine, urls: Iterable[str]) -> list[tuple[str, bool, list[str]]]:
    """(url, flagged, codes) for each URL."""
    out = []
    for url in urls:
        verdict = await engine.check(Submission(urls=(url,)))
        codes = sorted({f.code for f in verdict.findings})
        out.append((url, verdict.level != "no_red_flags", codes))
    return out


def share(rows: list[tuple[str, bool, list[str]]]) -> str:
    flagged = sum(1 for _, hit, _ in rows if hit)
    return f"{flagged}/{len(rows)} ({flagged / max(len(rows), 1):.1%})"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", choices=("missed", "alarms", "both"))
    args = parser.parse_args()
    store = BlocklistStore(embedded_redis(), embedded=True)
    await store.seed_if_empty()
    engine = Engine(store)
    try:
        phish_new = await judge(engine, read_links(CORPUS / "links_phish_new.txt"))
        everyday = await judge(engine, read_links(CORPUS / "links_everyday.txt"))
        print("links_phish_new.txt flagged", share(phish_new))
        print("links_everyday.txt flagged ", share(everyday))
        for name in (
            "links_phish_new_heldout.txt",
            "links_everyday_heldout.txt",
            "links_phish5.txt",
            "links_everyday5.txt",
            "links_phish5_heldout.txt",
            "links_everyday5_heldout.txt",
            "links_phish7.txt",
            "links_everyday7.txt",
            "links_phish7_heldout.txt",
            "links_everyday7_heldout.txt",
        ):
            print(f"{name} flagged", share(await judge(engine, read_links(CORPUS / name))))
        path = args.data / "urls_phishtank_iscx_dev.jsonl"
        if path.exists():
            records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
            for label in ("phish", "benign"):
                urls = [r["url"] for r in records if r["label"] == label]
                rows = await judge(engine, urls)
                unseen = [
                    row
                    for row in rows
                    if (link := parse_link(row[0])) is None or fold_of(link.domain) == 1
                ]
                print(f"{label:7} all {share(rows):24} fold 1 {share(unseen)}")
    finally:
        await store.close()
    if args.show in ("missed", "both"):
        for url, hit, codes in phish_new:
            if not hit:
                print("missed", url, " ".join(codes))
    if args.show in ("alarms", "both"):
        for url, hit, codes in everyday:
            if hit:
                print("alarm ", url, " ".join(codes))


if __name__ == "__main__":
    asyncio.run(main())
