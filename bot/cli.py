"""The ``scamcheck`` command line (the contract is in DESIGN.md).

``scamcheck check`` prints a short card (or the JSON verdict) and exits 0 whatever the
verdict; ``--jsonl`` checks one JSON object per input line; ``scamcheck eval`` measures the
engine on labelled files; ``scamcheck blocklist`` reads the lists.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.settings import ConfigError, Settings

# The catalogue's language names; importing bot.i18n is cheap (no Telegram, no Redis).
LANGUAGES = ("en", "zh", "ms", "ta")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scamcheck", description="Check a suspicious message, link or phone number."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check TEXT (or standard input)")
    check.add_argument("text", nargs="?", help="the message, link or number; stdin if omitted")
    check.add_argument("--json", action="store_true", help="print the JSON verdict")
    check.add_argument("--jsonl", action="store_true", help="batch: JSON lines in, JSON lines out")
    check.add_argument(
        "--lang", default="en", choices=list(LANGUAGES), help="language of the card"
    )
    evaluate = sub.add_parser("eval", help="measure the engine on labelled JSONL files")
    evaluate.add_argument("files", nargs="+", help="labelled .jsonl files (../shared/data format)")
    evaluate.add_argument("--json", action="store_true", help="print the table as JSON")
    blocklist = sub.add_parser("blocklist", help="read the lists")
    bsub = blocklist.add_subparsers(dest="action", required=True)
    lookup = bsub.add_parser("lookup", help="which lists a value is on")
    lookup.add_argument("value")
    bsub.add_parser("stats", help="how many entries each list holds")
    sub.add_parser("bot", help="run the Telegram bot (TELEGRAM_BOT_TOKEN, see README)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``scamcheck`` console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env(os.environ)
    except ConfigError as exc:
        print(f"scamcheck: configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command == "check":
        return asyncio.run(_check(args, settings, sys.stdin, sys.stdout))
    if args.command == "eval":
        from bot.evaluate import run_eval

        return asyncio.run(run_eval(args.files, settings, sys.stdout, as_json=args.json))
    if args.command == "blocklist":
        return asyncio.run(_blocklist(args, settings, sys.stdout))
    if args.command == "bot":
        from bot.app import run_bot

        try:
            run_bot(settings)
        except ConfigError as exc:
            print(f"scamcheck: configuration error: {exc}", file=sys.stderr)
            return 2
        return 0
    return 2


async def _open_engine(settings: Settings):  # type: ignore[no-untyped-def]
    from blocklists.store import open_store
    from checkers.engine import Engine

    store = await open_store(settings.redis_url)
    return Engine(store, region=settings.region), store


def _submission_from_json(line: str):  # type: ignore[no-untyped-def]
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


async def _check(
    args: argparse.Namespace, settings: Settings, stdin: TextIO, stdout: TextIO
) -> int:
    from bot.i18n import translator
    from bot.render import build_card, render_plain
    from checkers.verdict import Submission

    engine, store = await _open_engine(settings)
    try:
        if args.jsonl:
            for number, line in enumerate(stdin, start=1):
                if not line.strip():
                    continue
                try:
                    submission = _submission_from_json(line)
                except ValueError as exc:
                    stdout.write(json.dumps({"error": f"line {number}: {exc}"}) + "\n")
                    continue
                verdict = await engine.check(submission)
                stdout.write(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
            return 0
        text = args.text if args.text is not None else stdin.read()
        verdict = await engine.check(Submission(text=text, lang=args.lang))
        if args.json:
            stdout.write(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
        else:
            card = build_card(verdict, translator(args.lang), text=text)
            stdout.write(render_plain(card) + "\n")
        return 0
    finally:
        await store.close()


async def _blocklist(args: argparse.Namespace, settings: Settings, stdout: TextIO) -> int:
    from blocklists.normalize import KINDS, InvalidValue, normalize
    from blocklists.store import LIST_NAMES, open_store
    from checkers.case import link_keys
    from checkers.extract import parse_link

    store = await open_store(settings.redis_url)
    try:
        if args.action == "stats":
            for list_name in LIST_NAMES:
                for kind in KINDS:
                    stdout.write(f"{list_name:6} {kind:8} {await store.count(list_name, kind)}\n")
            return 0
        queries = []
        link = parse_link(args.value.strip())
        if link is not None:
            queries.extend(link_keys(link))
        for kind in KINDS:
            try:
                query = (kind, normalize(kind, args.value, region=settings.region))
            except InvalidValue:
                continue
            if query not in queries:
                queries.append(query)
        if not queries:
            stdout.write(f"{args.value!r} is not a valid link, number, handle or account\n")
            return 1
        lookups = await store.lookup(queries)
        found = False
        for kind, value in queries:
            for list_name in LIST_NAMES:
                entry = lookups.get(list_name, kind, value)
                if entry is not None:
                    found = True
                    stdout.write(
                        f"{list_name} {kind} {value}: {entry.reason or '-'} "
                        f"(source {entry.source}, by {entry.added_by})\n"
                    )
        if not found:
            stdout.write("not on any list: " + ", ".join(f"{k} {v}" for k, v in queries) + "\n")
        return 0
    finally:
        await store.close()


if __name__ == "__main__":
    raise SystemExit(main())
