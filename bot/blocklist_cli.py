"""``scamcheck blocklist``: read and change the lists at a shell (every change audited).

``add``/``allow``/``remove``/``unallow`` a value, ``lookup`` its lists with provenance,
``import`` a file (all or nothing; campaign lines go to the campaigns), ``export`` every list
as JSON lines, ``stats`` and ``audit``. Bad input is one line and exit status 1.
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from blocklists.campaigns import CampaignManager
from blocklists.feeds import export_line, parse
from blocklists.keys import ListName
from blocklists.moderation import ListManager, parse_duration
from blocklists.normalize import InvalidValue, resolve
from bot.campaign_io import export_campaigns, import_campaigns, split_lines, summary
from bot.shell import Shell
from checkers.case import value_keys


async def run_blocklist(shell: Shell) -> int:
    """Run one ``blocklist`` subcommand; exit 1 with one clear line on bad input."""
    args, settings, store, stdout = shell.args, shell.settings, shell.store, shell.stdout
    manager = ListManager(store.redis, store.keys)
    actor = shell.actor
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
            raw = shell.stdin.read()
        else:
            data = await asyncio.to_thread(Path(args.file).read_bytes)
            raw = data.decode("utf-8", "replace")
        source = args.source or f"import:{Path(args.file).name if args.file != '-' else 'stdin'}"
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
