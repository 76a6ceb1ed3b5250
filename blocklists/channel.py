"""A Lua script called on the hot path without the client's per-command machinery.

Every citizen's check is one call of the lookup script (:data:`blocklists.campaign.LOOKUP_SCRIPT`).
Through ``Redis.evalsha`` each call also takes the pool's lock twice, checks the connection for
stray data, records four observability counters and dispatches an event: about a third of the
client's CPU for the call (measured: 137 -> 89 µs a call on this machine under load). A
:class:`ScriptChannel` keeps a few connections of the client's own pool to itself and writes
and reads the call on them directly, with redis-py's own ``Connection`` (the same packing,
parser, Sentinel and cluster-slot connections, and errors).

What the client would do for us is done here: the script's text once more when Redis answers
NOSCRIPT (after a restart), one retry on a fresh connection when the connection broke (a
restarted Redis breaks every kept connection once), and a connection whose call failed or was
interrupted (a timeout) is closed, never reused with a reply still pending.
"""

from __future__ import annotations

import hashlib
import weakref
from typing import Any, Final

from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError
from redis.exceptions import TimeoutError as RedisTimeoutError

KEEP: Final = 64
"""Connections kept between calls at most (one per check in flight); more go back to the pool."""

_BROKEN: Final = (RedisConnectionError, RedisTimeoutError, OSError)


_CHANNELS: weakref.WeakKeyDictionary[Redis, dict[str, ScriptChannel]] = weakref.WeakKeyDictionary()


class ScriptChannel:
    """Calls one script with arguments (no keys: every key carries the ``{sc}`` hash tag).

    One channel per client and script (:meth:`of`): stores made over the same client share
    its kept connections, so making stores never takes connections from the pool.

    Args:
        client: the client whose pool the connections come from (and go back to).
        script: the Lua source.
    """

    @classmethod
    def of(cls, client: Redis, script: str) -> ScriptChannel:
        """The channel of this client for this script (made on first use)."""
        channels = _CHANNELS.setdefault(client, {})
        channel = channels.get(script)
        if channel is None:
            channel = channels[script] = cls(client, script)
        return channel

    def __init__(self, client: Redis, script: str, *, keep: int = KEEP) -> None:
        self._pool = client.connection_pool
        self._script = script
        # Redis names a script by the SHA-1 of its text (EVALSHA): an identifier, not security.
        self._sha = hashlib.sha1(script.encode("utf-8"), usedforsecurity=False).hexdigest()
        self._idle: list[AbstractConnection] = []
        self._keep = keep

    async def __call__(self, *args: str | int) -> Any:
        """The script's reply. Raises redis-py's errors (the store turns them into ours)."""
        conn = self._idle.pop() if self._idle else await self._pool.get_connection()  # type: ignore[no-untyped-call]
        try:
            reply = await self._call(conn, args)
        except BaseException:
            # Failed, or interrupted by the caller's timeout with the reply still to come.
            try:
                await conn.disconnect(nowait=True)
            finally:
                await self._pool.release(conn)
            raise
        if len(self._idle) < self._keep:
            self._idle.append(conn)
        else:
            await self._pool.release(conn)
        return reply

    async def _call(self, conn: AbstractConnection, args: tuple[str | int, ...]) -> Any:
        retried = loaded = False
        while True:
            try:
                return await self._send(conn, "EVALSHA", self._sha, 0, *args)
            except NoScriptError:
                if loaded:
                    raise
                loaded = True
                await self._send(conn, "SCRIPT", "LOAD", self._script)
            except _BROKEN:
                if retried:
                    raise
                retried = True
                await conn.disconnect(nowait=True)

    @staticmethod
    async def _send(conn: AbstractConnection, *command: str | int) -> Any:
        # send_packed_command connects first when the connection is closed.
        await conn.send_packed_command(conn.pack_command(*command), check_health=False)
        return await conn.read_response()

    def forget(self) -> None:
        """Drop the kept connections (the client's pool closes them with the client)."""
        self._idle.clear()
