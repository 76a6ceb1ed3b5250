"""Pictures: does a screenshot get the same level as its typed text, on texts never tuned on?

    python -m benchmarks.picture_levels [zh ta ...] [--part even|odd|all]

Every entry of ``tests/corpus/families_<lang>.txt`` (scam, suspicious and everyday) except
the ones ``tests/checkers/test_picture.py`` draws is drawn as a phone screenshot (1080
pixels wide, light and dark in turn, delivered as Telegram sends a photo), read and checked;
its level is compared with the level of the same text typed. ``--part even`` and ``odd``
split the entries in two halves: tune the reading on one, report the other. Prints the share
with the same level, per language and per expected level, and the screenshots that differ
(their family and the two levels, never their text).
"""

from __future__ import annotations

import asyncio
import sys
import time

from checkers.engine import Engine
from checkers.picture import PictureReader, check_pictures
from checkers.verdict import Submission


def held_out(lang: str, part: str = "all") -> list[tuple[str, str]]:
    """(family, text) of every corpus entry the picture tests do not draw."""
    from harness.corpus import load, screenshot_samples

    tested = set(screenshot_samples(lang))
    entries = [(s.family, s.text) for s in load(f"families_{lang}.txt") if s.text not in tested]
    if part == "even":
        return entries[::2]
    if part == "odd":
        return entries[1::2]
    return entries


async def parity(lang: str, part: str, reader: PictureReader, engine: Engine) -> None:
    from harness import pictures as P

    entries = held_out(lang, part)
    started = time.perf_counter()
    # As many pictures at once as the reader has workers: a queued picture's time limit
    # would otherwise run out while it waits.
    slots = asyncio.Semaphore(reader.workers)

    async def one(number: int, text: str) -> tuple[str, str]:
        image = P.chat_screenshot([text], dark=number % 2 == 1, width=1080, size=40)
        typed = await engine.check(Submission(text=text))
        async with slots:
            seen = await check_pictures(engine, reader, [P.telegram_photo(image)])
        return typed.level, seen.level

    results = await asyncio.gather(*(one(n, t) for n, (_, t) in enumerate(entries)))
    same = sum(typed == seen for typed, seen in results)
    by_level: dict[str, list[int]] = {}
    for typed, seen in results:
        counts = by_level.setdefault(typed, [0, 0])
        counts[0] += typed == seen
        counts[1] += 1
    detail = ", ".join(f"{level} {a}/{b}" for level, (a, b) in sorted(by_level.items()))
    print(
        f"{lang} ({part}): same level {same}/{len(results)} ({same / len(results):.1%}); "
        f"by typed level: {detail}; {time.perf_counter() - started:.0f} s"
    )
    for (family, _), (typed, seen) in zip(entries, results, strict=True):
        if typed != seen:
            print(f"  {family}: typed {typed}, picture {seen}")


async def _main(argv: list[str]) -> None:
    part = "all"
    if "--part" in argv:
        part = argv[argv.index("--part") + 1]
        argv = [a for a in argv if a not in ("--part", part)]
    langs = argv or ["zh", "ta"]
    from blocklists.connection import embedded_redis
    from blocklists.store import BlocklistStore

    store = BlocklistStore(embedded_redis(), embedded=True)
    await store.seed_if_empty()
    engine = Engine(store)
    reader = PictureReader(workers=2, timeout=20)
    try:
        for lang in langs:
            await parity(lang, part, reader, engine)
    finally:
        reader.close()
        await store.close()


if __name__ == "__main__":
    asyncio.run(_main(sys.argv[1:]))
