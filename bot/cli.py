"""The ``scamcheck`` command line (the contract is in DESIGN.md).

``scamcheck check`` prints a short card (or the JSON verdict) and exits 0 whatever the
verdict; ``--jsonl`` checks one JSON object per input line; ``scamcheck eval`` measures the
engine on labelled files; ``scamcheck blocklist`` reads the lists.

This module parses the arguments and runs ``scamcheck bot``; each other command is a module of
its own, imported only when it runs (so that parsing arguments imports nothing heavy):
:mod:`bot.check_cli`, :mod:`bot.evaluate`, :mod:`bot.blocklist_cli`, :mod:`bot.campaign_cli`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import signal
import sys
from collections.abc import Sequence

from bot.settings import ConfigError, Settings

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
    csub.add_parser(
        "rebuild-filter",
        help="build the campaign band filter again from the stored bands (after campaigns "
        "were written by a version without it)",
    )
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
        from bot.check_cli import run_check

        return asyncio.run(run_check(args, settings, sys.stdin, sys.stdout))
    if args.command == "eval":
        from bot.evaluate import run_eval

        return asyncio.run(run_eval(args.files, settings, sys.stdout, as_json=args.json))
    if args.command in ("blocklist", "campaign"):
        from bot.blocklist_cli import run_blocklist
        from bot.campaign_cli import run_campaign
        from bot.shell import with_store

        command = run_blocklist if args.command == "blocklist" else run_campaign
        return asyncio.run(with_store(command, args, settings, sys.stdin, sys.stdout))
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
