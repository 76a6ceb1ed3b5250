"""Every Redis key ScamCheck uses is spelled here, and only here.

All keys share the hash tag ``{sc}`` so that the multi-key operations of one message (the
batched lookup, an atomic import) land in one Redis Cluster hash slot.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Final, Literal

ListName = Literal["block", "allow"]
BUCKETS: Final = 8192


def bucket(value: str) -> int:
    """The bucket of a normalised value (stable across processes and versions)."""
    return zlib.crc32(value.encode("utf-8")) & (BUCKETS - 1)


@dataclass(frozen=True, slots=True)
class KeyBuilder:
    """Builds key names under one prefix (tests use their own prefix to stay apart)."""

    prefix: str = "{sc}"

    def entries(self, list_name: ListName, kind: str, value: str) -> str:
        """The hash holding ``value`` if it is on the list: field = value, value = packed entry.

        Each list of each kind is spread over :data:`BUCKETS` small hashes, so that Redis keeps
        each in its compact listpack encoding (about 60 bytes an entry instead of 110 in one
        big hash; see ``hash-max-listpack-*`` in the README's deployment notes).
        """
        return self.bucket(list_name, kind, bucket(value))

    def bucket(self, list_name: ListName, kind: str, index: int) -> str:
        """The ``index``-th bucket of one list of one kind (see :meth:`entries`)."""
        return f"{self.prefix}:{list_name}:{kind}:{index:04x}"

    def lists_version(self) -> str:
        """Counter every change of a list entry increments in the change's own transaction.

        An import watches this one key instead of every bucket it touches (see
        ``ListManager.import_entries``).
        """
        return f"{self.prefix}:lists:version"

    def entries_pattern(self, list_name: ListName, kind: str) -> str:
        """SCAN pattern matching every bucket of one list of one kind."""
        return f"{self.prefix}:{list_name}:{kind}:*"

    def batches(self) -> str:
        """Hash: import batch id → its shared provenance (source, who, when, reason)."""
        return f"{self.prefix}:batches"

    def seeded(self) -> str:
        """Marker set once the seed lists were loaded; after that Redis is the truth."""
        return f"{self.prefix}:meta:seeded"

    def seed_lock(self) -> str:
        """Short-lived lock so that only one replica seeds an empty Redis."""
        return f"{self.prefix}:meta:seeding"

    def audit(self) -> str:
        """Append-only stream of every list change."""
        return f"{self.prefix}:audit"

    def languages(self) -> str:
        """Hash: Telegram user id → the language the citizen chose."""
        return f"{self.prefix}:lang"

    def check(self, check_id: str) -> str:
        """A recent verdict's indicators and codes (never the message), for the card's buttons."""
        return f"{self.prefix}:check:{check_id}"

    def batch(self, chat_id: int) -> str:
        """List of verdicts of messages forwarded together, waiting to be combined."""
        return f"{self.prefix}:batch:{chat_id}"

    def batch_last(self, chat_id: int) -> str:
        """The marker of the newest message of a batch: its handler answers for all."""
        return f"{self.prefix}:batch:{chat_id}:last"

    def batch_pending(self, chat_id: int) -> str:
        """Counter: messages of a batch that arrived and are still being checked."""
        return f"{self.prefix}:batch:{chat_id}:pending"

    def report(self, report_id: str) -> str:
        """Hash: one citizen's report or dispute."""
        return f"{self.prefix}:report:{report_id}"

    def report_queue(self) -> str:
        """List of report ids waiting for a moderator, oldest first."""
        return f"{self.prefix}:reports:pending"

    def counter(self, what: str, kind: str) -> str:
        """Hash: normalised value → a count, for ``checked`` or ``reported``.

        Only values on a list are counted as checked (nothing else a citizen sends is kept).
        """
        return f"{self.prefix}:{what}:{kind}"

    def daily(self, day: str) -> str:
        """Hash of today's counts (checks by level, reports)."""
        return f"{self.prefix}:stats:{day}"

    def moderator_chat(self) -> str:
        """The chat where new reports are announced (set with /modchat)."""
        return f"{self.prefix}:meta:modchat"

    def rate(self, user_id: int, window: int) -> str:
        """Counter of one citizen's messages in one rate-limit window."""
        return f"{self.prefix}:rate:{user_id}:{window}"

    def report_count(self, user_id: int, day: str) -> str:
        """Counter of one citizen's reports on one day (for the daily limit)."""
        return f"{self.prefix}:reports:by:{user_id}:{day}"

    # Issue 14: the group guardian and the caregiver link. -------------------------------------
    def group(self, chat_id: int) -> str:
        """Hash: one group's guardian settings (``mode``, ``lang``), set by its admins."""
        return f"{self.prefix}:group:{chat_id}"

    def group_rate(self, chat_id: int, window: int) -> str:
        """Counter of one group's messages in one window (the guardian's check budget)."""
        return f"{self.prefix}:group:{chat_id}:rate:{window}"

    def group_warnings(self, chat_id: int, window: int) -> str:
        """Counter of the warnings posted in one group in one window."""
        return f"{self.prefix}:group:{chat_id}:warned:{window}"

    def shared_card(self, card_id: str) -> str:
        """A verdict (no message text) behind a warning's "see why" deep link."""
        return f"{self.prefix}:card:{card_id}"

    def care_invite(self, token: str) -> str:
        """A caregiver invitation (one use, expiring): who invites, their name and language."""
        return f"{self.prefix}:care:invite:{token}"

    def care_request(self, request_id: str) -> str:
        """A caregiver's acceptance, waiting for the citizen to confirm (expiring)."""
        return f"{self.prefix}:care:request:{request_id}"

    def caregivers(self, citizen_id: int) -> str:
        """Set: the caregivers of one citizen."""
        return f"{self.prefix}:care:of:{citizen_id}"

    def cared_for(self, caregiver_id: int) -> str:
        """Set: the citizens one caregiver looks out for."""
        return f"{self.prefix}:care:for:{caregiver_id}"

    def care_names(self) -> str:
        """Hash: user id → the first name shown to the other side of a caregiver link."""
        return f"{self.prefix}:care:names"

    def care_share_text(self) -> str:
        """Hash: citizen id → "1" when their caregivers may see the message text."""
        return f"{self.prefix}:care:text"

    # Scam campaigns (issue 13) ---------------------------------------------------------------
    def campaign_bands(self, index: int) -> str:
        """Hash: a fingerprint band (its low 29 bits) → the campaign id that holds it.

        A band is a 45-bit number; its top 16 bits pick one of 65,536 small hashes, so that
        each stays in the compact listpack encoding (see :meth:`entries` and
        ``blocklists.campaign.band_place``).
        """
        return f"{self.campaign_bands_prefix()}{index:04x}"

    def campaign_bands_prefix(self) -> str:
        """What every band bucket key starts with (the lookup script builds them)."""
        return f"{self.prefix}:cband:"

    def campaign_bands_pattern(self) -> str:
        """SCAN pattern matching every band bucket."""
        return f"{self.prefix}:cband:*"

    def campaign_filter_prefix(self) -> str:
        """The band filter's bitmap chunks (``blocklists.bandfilter``) are this + 2 hex digits."""
        return f"{self.prefix}:cfilter:"

    def campaign_filter_log(self) -> str:
        """Stream: the bands written since, one entry a write, id ``<counter>-1`` (capped)."""
        return f"{self.prefix}:cfilter:log"

    def campaign_filter_counter(self) -> str:
        """String: the filter's write counter; absent until the filter is built."""
        return f"{self.prefix}:cfilter:n"

    def campaign(self, campaign_id: str) -> str:
        """Hash: one campaign (status, counts, first/last seen, links, numbers, provenance)."""
        return self.campaign_prefix() + campaign_id

    def campaign_prefix(self) -> str:
        """What every campaign key starts with (the lookup script builds keys from ids)."""
        return f"{self.prefix}:campaign:"

    def campaign_reporters(self, campaign_id: str) -> str:
        """Set: the Telegram ids of the citizens who reported a message of the campaign."""
        return f"{self.prefix}:campaign:{campaign_id}:by"

    def campaign_reports(self, campaign_id: str) -> str:
        """List: the ids of the reports that landed in the campaign, oldest first."""
        return f"{self.prefix}:campaign:{campaign_id}:reports"

    def campaign_index(self) -> str:
        """Sorted set: campaign id → how many reports it gathered (for the largest first)."""
        return f"{self.prefix}:campaigns"

    def campaign_counter(self) -> str:
        """Counter giving each new campaign its id."""
        return f"{self.prefix}:campaigns:next"
