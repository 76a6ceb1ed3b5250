"""What the store-changing shell commands (``blocklist``, ``campaign``) share.

Each runs with the store open and closes it after; a store that cannot be reached is one line
and exit status 1, never a traceback. Changes are audited as made by ``shell:<user>``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TextIO

from blocklists.lookups import StoreUnavailable
from blocklists.store import BlocklistStore, open_store
from bot.settings import Settings


@dataclass(frozen=True)
class Shell:
    """One command at the shell: its arguments, the configuration, the open store, the streams."""

    args: argparse.Namespace
    settings: Settings
    store: BlocklistStore
    stdin: TextIO
    stdout: TextIO

    @property
    def actor(self) -> str:
        """Who the audit log names for a change made at this shell."""
        return f"shell:{getpass.getuser()}"


async def with_store(
    command: Callable[[Shell], Awaitable[int]],
    args: argparse.Namespace,
    settings: Settings,
    stdin: TextIO,
    stdout: TextIO,
) -> int:
    """Run ``command`` with the store open; its exit status, or 1 if the store is unavailable."""
    store = await open_store(settings.redis_url)
    try:
        return await command(Shell(args, settings, store, stdin, stdout))
    except StoreUnavailable as exc:
        print(
            f"scamcheck: the store is unavailable ({exc}); nothing changed",
            file=sys.stderr,
        )
        return 1
    finally:
        await store.close()
