"""``scamcheck campaign add|confirm|reject|list|lookup|rebuild-filter``: campaigns at a shell."""

from __future__ import annotations

import sys

from blocklists.campaign import Campaign
from blocklists.campaigns import CampaignManager
from blocklists.lookups import day
from blocklists.normalize import InvalidValue, Kind, normalize
from bot.shell import Shell
from checkers.case import prepare
from checkers.verdict import Submission


def describe(campaign: Campaign) -> str:
    """One line about a campaign, for the shell."""
    return (
        f"#{campaign.campaign_id} {campaign.status}: reported {campaign.reports} times by "
        f"{campaign.reporters} people, seen {campaign.seen} times, since "
        f"{day(campaign.first) or '?'}, by {campaign.added_by or '?'} ({campaign.source or '-'})"
    )


def campaign_values(campaign: Campaign) -> list[tuple[Kind, str]]:
    """The campaign's links (as their domains) and numbers, ready to block."""
    out: list[tuple[Kind, str]] = []
    for kind, values in (("domain", campaign.links), ("phone", campaign.phones)):
        for value in values:
            try:
                out.append((kind, normalize(kind, value)))  # type: ignore[arg-type]
            except InvalidValue:
                continue
    return list(dict.fromkeys(out))


async def run_campaign(shell: Shell) -> int:
    """Run one ``campaign`` subcommand; exit 1 with one clear line on bad input."""
    args, stdout, actor = shell.args, shell.stdout, shell.actor
    manager = CampaignManager(shell.store.redis, shell.store.keys)
    if args.action in ("add", "lookup"):
        text = args.text if args.text is not None else shell.stdin.read()
        case = prepare(Submission(text=text), shell.settings.region)
        fp = case.fingerprint
        if not fp:
            print("scamcheck: the message is too short to fingerprint", file=sys.stderr)
            return 1
        if args.action == "lookup":
            hit = await manager.match(fp.bands, fp.signature)
            campaign = await manager.get(hit.campaign_id) if hit else None
            stdout.write((describe(campaign) if campaign else "no campaign") + "\n")
            return 0
        recorded = await manager.record(
            fp.bands,
            fp.signature,
            actor=actor,
            source="cli",
            status="confirmed" if args.confirmed else "reported",
            links=[link.url for link in case.links],
            phones=[p.e164 for p in case.phones if p.e164],
            reason=args.reason,
        )
        what = "new campaign" if recorded.created else "variant of campaign"
        stdout.write(f"{what} #{recorded.campaign_id} ({recorded.status})\n")
        return 0
    if args.action == "rebuild-filter":
        await shell.store.ensure_band_filter(rebuild=True)
        stdout.write("campaign band filter rebuilt\n")
        return 0
    if args.action == "list":
        status = None if args.status == "all" else args.status
        for campaign in await manager.largest(max(1, min(args.n, 500)), status):
            stdout.write(describe(campaign) + "\n")
        return 0
    campaign = await manager.get(args.campaign_id.lstrip("#"))
    if campaign is None:
        print(f"scamcheck: no campaign #{args.campaign_id}", file=sys.stderr)
        return 1
    block = campaign_values(campaign) if getattr(args, "block", False) else []
    decision = await manager.decide(
        campaign.campaign_id, confirm=args.action == "confirm", actor=actor, block=block
    )
    stdout.write(
        f"#{campaign.campaign_id} {decision.status}; blocked {len(decision.blocked)}, "
        f"settled {len(decision.reports)} reports\n"
    )
    return 0
