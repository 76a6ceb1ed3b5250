"""What the store-changing shell commands (``blocklist``, ``campaign``) share.

Each opens the store, runs, and closes it; a store that cannot be reached is one line and
exit status 1, never a traceback. Changes are audited as made by ``shell:<user>``.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Awaitable, Callable

from blocklists.lookups import StoreUnavailable
from blocklists.store import BlocklistStore, open_store
from bot.settings import Settings


def shell_actor() -> str:
    """Who the audit log names for a change made at this shell."""
    return f"shell:{getpass.getuser()}"


async def with_store(
    settings: Settings, command: Callable[[BlocklistStore], Awaitable[int]]
) -> int:
    """Run ``command`` with the store open; its exit status, or 1 if the store is unavailable."""
    store = await open_store(settings.redis_url)
    try:
        return await command(store)
    except StoreUnavailable as exc:
        print(
            f"scamcheck: the store is unavailable ({exc}); nothing changed",
            file=sys.stderr,
        )
        return 1
    finally:
        await store.close()
