"""``scamcheck check``: a card or the JSON verdict for TEXT, standard input or pictures.

``--jsonl`` checks one JSON object per input line ({"text": ...}, {"url": ...} or
{"image": PATH}), writing one verdict (or one {"error": ...}) per line; exit status 0 whatever
the verdicts. ``--image FILE`` reads screenshots or photos (issue 12).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from bot.settings import Settings

if TYPE_CHECKING:  # imported where used: the command loads only what it needs
    from blocklists.store import BlocklistStore
    from checkers.engine import Engine
    from checkers.picture import PictureReader
    from checkers.verdict import Submission, Verdict


async def _open_engine(settings: Settings) -> tuple[Engine, BlocklistStore]:
    from blocklists.store import open_store
    from checkers.engine import Engine

    store = await open_store(settings.redis_url)
    return Engine(store, region=settings.region, expand_links=settings.expand_links), store


def _submission_from_json(line: str) -> Submission:
    from checkers.verdict import Submission

    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("each line must be a JSON object")
    text = data.get("text")
    url = data.get("url")
    if text is None and url is None:
        raise ValueError('each line needs "text" or "url"')
    if (text is not None and not isinstance(text, str)) or (
        url is not None and not isinstance(url, str)
    ):
        raise ValueError('"text" and "url" must be strings')
    return Submission(text=text or "", urls=(url,) if url else ())


async def run_check(
    args: argparse.Namespace, settings: Settings, stdin: TextIO, stdout: TextIO
) -> int:
    """Run ``check``: 0 with a verdict, 1 with one line when a picture cannot be read."""
    from bot.i18n import translator
    from bot.render import build_card, render_plain
    from checkers.verdict import Submission

    pictures: list[bytes] = []
    if args.image or args.jsonl:
        from checkers.picture import tessdata_dir

        try:
            tessdata_dir()
        except RuntimeError as exc:
            if args.image:
                print(f"scamcheck: {exc}", file=sys.stderr)
                return 1
    for path in args.image:
        try:
            pictures.append(await _read_picture_file(path))
        except (OSError, ValueError) as exc:
            print(f"scamcheck: {exc}", file=sys.stderr)
            return 1
    engine, store = await _open_engine(settings)
    reader = None
    try:
        if args.jsonl:
            for number, line in enumerate(stdin, start=1):
                if not line.strip():
                    continue
                try:
                    image = _image_from_json(line)
                    if image is not None:
                        reader = reader or _picture_reader(settings)
                        verdict = await _check_images(engine, reader, [image], Submission())
                    else:
                        verdict = await engine.check(_submission_from_json(line))
                except (ValueError, OSError) as exc:
                    stdout.write(json.dumps({"error": f"line {number}: {exc}"}) + "\n")
                    continue
                stdout.write(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
            return 0
        if pictures:
            text = args.text or ""
            reader = _picture_reader(settings)
            verdict = await _check_images(
                engine, reader, pictures, Submission(text=text, lang=args.lang)
            )
        else:
            text = args.text if args.text is not None else stdin.read()
            verdict = await engine.check(Submission(text=text, lang=args.lang))
        if args.json:
            stdout.write(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
        else:
            card = build_card(verdict, translator(args.lang), text=text)
            stdout.write(render_plain(card) + "\n")
        return 0
    finally:
        if reader is not None:
            reader.close()
        await store.close()


# Pictures (issue 12): `check --image FILE` and {"image": PATH} lines.


async def _read_picture_file(path: str) -> bytes:
    from pathlib import Path

    from checkers.picture import MAX_BYTES

    file = Path(path)
    try:
        if await asyncio.to_thread(lambda: file.stat().st_size) > MAX_BYTES:
            # Read no further: the verdict says the picture is too large.
            return b"\0" * (MAX_BYTES + 1)
        return await asyncio.to_thread(file.read_bytes)
    except OSError as exc:
        raise OSError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _image_from_json(line: str) -> bytes | None:
    """The picture a JSONL line names with "image", read; ``None`` for other lines."""
    from pathlib import Path

    from checkers.picture import MAX_BYTES

    data = json.loads(line)
    if not isinstance(data, dict) or "image" not in data:
        return None
    path = data["image"]
    if not isinstance(path, str) or not path:
        raise ValueError('"image" must be a file path')
    file = Path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            return b"\0" * (MAX_BYTES + 1)
        return file.read_bytes()
    except OSError as exc:
        raise OSError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _picture_reader(settings: Settings) -> PictureReader:
    from checkers.picture import PictureReader

    return PictureReader(workers=settings.picture_workers, timeout=settings.picture_timeout)


async def _check_images(
    engine: Engine, reader: PictureReader, pictures: Sequence[bytes], submission: Submission
) -> Verdict:
    from checkers.picture import check_pictures

    return await check_pictures(engine, reader, pictures, submission)
