"""The ``scamcheck`` command line (the contract is in DESIGN.md).

``scamcheck check`` prints a short card (or the JSON verdict) and exits 0 whatever the
verdict; ``--jsonl`` checks one JSON object per input line; ``scamcheck eval`` measures the
engine on labelled files; ``scamcheck blocklist`` reads the lists.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from bot.settings import ConfigError, Settings

if TYPE_CHECKING:  # imported where used: each command loads only what it needs
    from blocklists.keys import ListName
    from checkers.engine import Engine
    from checkers.picture import PictureReader
    from checkers.verdict import Submission, Verdict

# Kept literal so that parsing arguments imports nothing heavy.
LANGUAGES = ("en", "zh", "ms", "ta")
FEED_FORMATS = ("plain", "csv", "urlhaus", "openphish", "phishtank", "export")
EX_CONFIG = 78  # sysexits.h: ``scamcheck bot`` with a bad configuration (see bot.lifecycle)


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
    check.add_argument(
        "--image",
        action="append",
        default=[],
        metavar="FILE",
        help="a screenshot or photo to read (repeat for an album); TEXT is then its caption",
    )
    evaluate = sub.add_parser("eval", help="measure the engine on labelled JSONL files")
    evaluate.add_argument("files", nargs="+", help="labelled .jsonl files (../shared/data format)")
    evaluate.add_argument("--json", action="store_true", help="print the table as JSON")
    blocklist = sub.add_parser("blocklist", help="read and change the lists (audited)")
    bsub = blocklist.add_subparsers(dest="action", required=True)
    for name, helptext in (("add", "block a value"), ("allow", "allow a value")):
        cmd = bsub.add_parser(name, help=helptext)
        cmd.add_argument("value", help="link, domain, phone, @handle or account (kind: prefix ok)")
        cmd.add_argument("--reason", default="", help="why (shown to moderators)")
        if name == "add":
            cmd.add_argument("--expires", default="", help="e.g. 30d, 12h, 2w")
    for name, helptext in (
        ("remove", "unblock a value"),
        ("unallow", "remove from the allowlist"),
    ):
        cmd = bsub.add_parser(name, help=helptext)
        cmd.add_argument("value")
        cmd.add_argument("--reason", default="")
    lookup = bsub.add_parser("lookup", help="which lists a value is on, with provenance")
    lookup.add_argument("value")
    imp = bsub.add_parser("import", help="import a file (all or nothing)")
    imp.add_argument("file", help="path, or - for standard input")
    imp.add_argument(
        "--format", choices=list(FEED_FORMATS), default=None, help="default: recognised"
    )
    imp.add_argument("--list", choices=["block", "allow"], default="block", dest="list_name")
    imp.add_argument("--source", default="", help="feed name recorded on each entry")
    exp = bsub.add_parser("export", help="every list as JSON lines (what import restores)")
    exp.add_argument("file", nargs="?", default="-", help="path, or - for standard output")
    bsub.add_parser("stats", help="list sizes, today's checks and reports, the queue")
    aud = bsub.add_parser("audit", help="recent changes")
    aud.add_argument("-n", type=int, default=20, help="how many")
    sub.add_parser("bot", help="run the Telegram bot (TELEGRAM_BOT_TOKEN, see README)")
    campaign = sub.add_parser("campaign", help="scam campaigns: messages and their variants")
    csub = campaign.add_subparsers(dest="action", required=True)
    cadd = csub.add_parser("add", help="add a scam message (a template) as a campaign")
    cadd.add_argument("text", nargs="?", help="the message; standard input if omitted")
    cadd.add_argument("--confirmed", action="store_true", help="confirmed as a scam at once")
    cadd.add_argument("--reason", default="", help="why (shown to moderators)")
    for name, helptext in (
        ("confirm", "confirm a campaign as a scam"),
        ("reject", "mark a campaign as not a scam (its messages are genuine)"),
    ):
        cmd = csub.add_parser(name, help=helptext)
        cmd.add_argument("campaign_id", help="the campaign's number (see: campaign list)")
        if name == "confirm":
            cmd.add_argument(
                "--block", action="store_true", help="also block the campaign's links and numbers"
            )
    clist = csub.add_parser("list", help="the campaigns with the most reports")
    clist.add_argument("-n", type=int, default=20, help="how many")
    clist.add_argument(
        "--status", choices=["reported", "confirmed", "not_scam", "all"], default="all"
    )
    clook = csub.add_parser("lookup", help="which campaign a message belongs to")
    clook.add_argument("text", nargs="?", help="the message; standard input if omitted")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``scamcheck`` console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env(os.environ)
    except ConfigError as exc:
        print(f"scamcheck: configuration error: {exc}", file=sys.stderr)
        return EX_CONFIG if args.command == "bot" else 2
    if args.command == "check":
        return asyncio.run(_check(args, settings, sys.stdin, sys.stdout))
    if args.command == "eval":
        from bot.evaluate import run_eval

        return asyncio.run(run_eval(args.files, settings, sys.stdout, as_json=args.json))
    if args.command == "blocklist":
        return asyncio.run(_blocklist(args, settings, sys.stdout))
    if args.command == "campaign":
        from bot.campaign_cli import run_campaign

        return asyncio.run(run_campaign(args, settings, sys.stdin, sys.stdout))
    if args.command == "bot":
        return _bot(settings)
    return 2


class _StopRequest:
    """A SIGTERM/SIGINT that came before the event loop took the signals over.

    Only noted: an exception raised from a signal handler in the middle of the imports can be
    swallowed by a library's ``except BaseException``. It is acted on at the next safe point.
    """

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum: int, frame: object) -> None:
        self.requested = True


def _bot(settings: Settings) -> int:
    """``scamcheck bot``: 0 when stopped by SIGTERM/SIGINT, else the documented status.

    A stop during the imports (about a second) or before the event loop runs exits quietly
    with 0 as soon as it can; nothing is open at those moments. The README's Operating
    section lists the statuses.
    """
    early = _StopRequest()
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    for sig in previous:
        signal.signal(sig, early)
    try:
        from bot.app import run_bot
        from bot.lifecycle import FatalError

        if early.requested:
            return 0
        try:
            run_bot(settings, stop_requested=lambda: early.requested)
        except ConfigError as exc:
            print(f"scamcheck: configuration error: {exc}", file=sys.stderr)
            return EX_CONFIG
        except FatalError as exc:
            print(exc.line, file=sys.stderr)
            return exc.code
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


async def _open_engine(settings: Settings):  # type: ignore[no-untyped-def]
    from blocklists.store import open_store
    from checkers.engine import Engine

    store = await open_store(settings.redis_url)
    return Engine(store, region=settings.region, expand_links=settings.expand_links), store


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


def _picture_reader(settings: Settings):  # type: ignore[no-untyped-def]
    from checkers.picture import PictureReader

    return PictureReader(workers=settings.picture_workers, timeout=settings.picture_timeout)


async def _check_images(
    engine: Engine, reader: PictureReader, pictures: Sequence[bytes], submission: Submission
) -> Verdict:
    from checkers.picture import check_pictures

    return await check_pictures(engine, reader, pictures, submission)


async def _blocklist(args: argparse.Namespace, settings: Settings, stdout: TextIO) -> int:
    import getpass
    import time
    from datetime import UTC, datetime
    from pathlib import Path

    from blocklists.campaigns import CampaignManager
    from blocklists.feeds import export_line, parse
    from blocklists.lookups import StoreUnavailable
    from blocklists.moderation import ListManager, parse_duration
    from blocklists.normalize import InvalidValue, resolve
    from blocklists.store import open_store
    from checkers.case import value_keys

    store = await open_store(settings.redis_url)
    manager = ListManager(store.redis, store.keys)
    actor = f"shell:{getpass.getuser()}"
    try:
        if args.action == "stats":
            for name, count in (await manager.stats()).items():
                stdout.write(f"{name}: {count}\n")
            return 0
        if args.action == "audit":
            for r in await manager.audit(args.n):
                when = datetime.fromtimestamp(r.at, UTC).strftime("%Y-%m-%d %H:%M:%S")
                stdout.write(
                    f"{when} {r.actor} {r.action} {r.list_name} {r.kind} {r.value} "
                    f"{r.reason} {r.detail}".rstrip()
                    + "\n"
                )
            return 0
        if args.action == "export":
            from bot.campaign_io import export_campaigns

            lines = [export_line(e) + "\n" for e in await manager.export()]
            lines += [
                line + "\n"
                for line in await export_campaigns(CampaignManager(store.redis, store.keys))
            ]
            if args.file == "-":
                stdout.writelines(lines)
            else:
                await asyncio.to_thread(Path(args.file).write_text, "".join(lines), "utf-8")
            print(f"exported {len(lines)} entries", file=sys.stderr)
            return 0
        if args.action == "import":
            if args.file == "-":
                raw = sys.stdin.read()
            else:
                data = await asyncio.to_thread(Path(args.file).read_bytes)
                raw = data.decode("utf-8", "replace")
            source = (
                args.source or f"import:{Path(args.file).name if args.file != '-' else 'stdin'}"
            )
            from bot.campaign_io import import_campaigns, split_lines, summary

            campaign_lines, list_lines = split_lines(raw.splitlines())
            if list_lines or not campaign_lines:
                entries, invalid = parse(
                    list_lines,
                    args.format,
                    list_name=args.list_name,
                    source=source,
                    region=settings.region,
                )
                result = await manager.import_entries(entries, invalid, actor=actor, source=source)
                stdout.write(
                    f"{result.added} added, {result.present} already present, "
                    f"{len(result.invalid)} invalid\n"
                )
                for bad in result.invalid[:20]:
                    stdout.write(f"  line {bad.line}: {bad.reason}\n")
            if campaign_lines:
                done, bad_lines = await import_campaigns(
                    CampaignManager(store.redis, store.keys),
                    campaign_lines,
                    actor=actor,
                    source=source,
                    region=settings.region,
                )
                stdout.write(summary(done, bad_lines) + "\n")
                for bad in bad_lines[:20]:
                    stdout.write(f"  line {bad.line}: {bad.reason}\n")
            return 0
        try:
            kind, value = resolve(args.value, region=settings.region)
        except InvalidValue as exc:
            print(f"scamcheck: {exc}", file=sys.stderr)
            return 1
        if args.action == "lookup":
            for item in await manager.find(value_keys(kind, value)):
                stdout.write(
                    f"{item.kind} {item.value}: checked {item.checked}, reported {item.reported}\n"
                )
                if not item.entries:
                    stdout.write("  not on any list\n")
                for e in item.entries:
                    expiry = f", expires {e.expires_day}" if e.expires_at else ""
                    stdout.write(
                        f"  {e.list_name} since {e.added_day or '?'} by {e.added_by} "
                        f"({e.source}{expiry}): {e.reason or '-'}\n"
                    )
            return 0
        if args.action in ("add", "allow"):
            expires_at = None
            if getattr(args, "expires", ""):
                seconds = parse_duration(args.expires)
                if seconds is None:
                    print(
                        "scamcheck: --expires takes a duration such as 30d, 12h or 2w",
                        file=sys.stderr,
                    )
                    return 1
                expires_at = time.time() + seconds
            list_name: ListName = "block" if args.action == "add" else "allow"
            new = await manager.put(
                list_name,
                kind,
                value,
                actor=actor,
                reason=args.reason,
                source="cli",
                expires_at=expires_at,
            )
            stdout.write(f"{'added' if new else 'updated'}: {list_name} {kind} {value}\n")
            return 0
        list_name = "block" if args.action == "remove" else "allow"
        removed = await manager.delete(list_name, kind, value, actor=actor, reason=args.reason)
        stdout.write(f"{'removed' if removed else 'not listed'}: {list_name} {kind} {value}\n")
        return 0
    except StoreUnavailable as exc:
        print(
            f"scamcheck: the store is unavailable ({exc}); nothing changed",
            file=sys.stderr,
        )
        return 1
    finally:
        await store.close()


def console() -> None:
    """The ``scamcheck`` console script: :func:`main`, with less garbage collection.

    A one-shot command (anything but ``bot``) collects cycles a hundred times less often:
    while importing, the default thresholds trigger ~175 collections that walk the same
    young library objects again and again (about 40 ms of a 0.4 s ``scamcheck check``), and
    such a command makes few cycles of its own. Then, whatever the command, the interpreter's
    last collection at exit would walk every object only to free memory the process is about
    to give back (about 50 ms more); frozen objects are left out of it. Files, sockets and the
    store are closed by then, and exit handlers still run.
    """
    if sys.argv[1:2] != ["bot"]:
        gc.set_threshold(70_000, 10, 10)
    code = main()
    gc.freeze()
    raise SystemExit(code)


if __name__ == "__main__":
    console()
