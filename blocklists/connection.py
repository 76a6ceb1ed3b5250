"""Connecting to Redis, and the one place the client library's errors are turned into ours.

``REDIS_URL`` names one server, a Sentinel-watched master or a Cluster (:func:`connect_redis`);
the embedded default is an in-process fakeredis (:func:`embedded_redis`). Every client has
short timeouts and one quick retry: a store that is gone answers within a second or two.

:func:`guarded` marks the classes ``blocklists/`` hands out: their public coroutine methods
raise :class:`~blocklists.lookups.StoreUnavailable` for redis-py's errors and for socket
errors, so no other package imports ``redis`` or catches its exceptions.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final, ParamSpec, TypeVar
from urllib.parse import unquote

from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.connection import Connection
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.crc import key_slot
from redis.exceptions import ConnectionError, RedisError, ResponseError

from blocklists.keys import KeyBuilder
from blocklists.lookups import StoreUnavailable

#: The errors that mean "the lists could not be reached": redis-py's own, and the socket's
#: (``OSError`` covers the built-in ``ConnectionError`` and ``TimeoutError``).
STORE_ERRORS: Final = (RedisError, OSError)

_P = ParamSpec("_P")
_R = TypeVar("_R")
_C = TypeVar("_C", bound=type)


def unavailable_on_error(method: Callable[_P, Awaitable[_R]]) -> Callable[_P, Awaitable[_R]]:
    """The coroutine function, raising :class:`StoreUnavailable` for :data:`STORE_ERRORS`."""

    @functools.wraps(method)
    async def translated(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return await method(*args, **kwargs)
        except STORE_ERRORS as exc:
            raise StoreUnavailable(type(exc).__name__) from exc

    return translated


def guarded(cls: _C) -> _C:
    """Apply :func:`unavailable_on_error` to every public coroutine method of a class."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.iscoroutinefunction(member):
            setattr(cls, name, unavailable_on_error(member))
    return cls


_TIMEOUTS: Final[dict[str, Any]] = {"socket_timeout": 1.0, "socket_connect_timeout": 1.0}


def _client_options(timeout: float | None = 1.0) -> dict[str, Any]:
    """The options every ScamCheck client shares (a fresh Retry each: it keeps no state).

    ``timeout`` None: replies wait without a socket timeout (see :func:`connect_redis`).
    """
    return {
        **_TIMEOUTS,
        "socket_timeout": timeout,
        "decode_responses": True,
        "retry": Retry(ExponentialBackoff(cap=0.2, base=0.02), retries=1),
        "health_check_interval": 30,
    }


class SentinelClient(Redis):
    """A client of a Sentinel-watched master that also closes its connections to the Sentinels."""

    sentinels: Sequence[Redis] = ()

    async def aclose(self, close_connection_pool: bool | None = None) -> None:
        """Close the client, then the Sentinels' clients it came through."""
        await super().aclose(close_connection_pool)
        for sentinel in self.sentinels:
            await sentinel.aclose()


def connect_redis(url: str, *, timeout: float = 1.0, bounded_by_caller: bool = False) -> Redis:
    """A client for a real Redis with bounded retries and timeouts (never minutes of hanging).

    ``redis://``, ``rediss://`` and ``unix://`` URLs name one server;
    ``redis+sentinel://[:password@]host:port[,host:port...]/service[/db]`` names the Redis
    Sentinels watching a master (``service``): the client asks them for the current master
    and follows a failover by itself. ``redis+cluster://[:password@]host:port[,host:port...]``
    names nodes of a Redis Cluster: every ScamCheck key carries the hash tag ``{sc}``, so all
    of them live in one slot, and the client talks to the master serving that slot (asking
    the nodes again after a failover or a slot move).

    ``timeout`` is the seconds one reply may take (bulk loaders pass more than the bot's 1 s).
    With ``bounded_by_caller``, replies wait without a socket timeout (connecting keeps its
    1 s) and the caller bounds each call as a whole with ``asyncio.timeout``: the
    lists' lookup on every message does (``BlocklistStore``'s ``lookups`` client). On Python
    3.11 redis-py writes every command of a client with a socket timeout through
    ``asyncio.wait_for``, which starts a task per command: about a third of a lookup's round
    trip here (``benchmarks/run.py`` shows the engine's rate).
    """
    reply_timeout = None if bounded_by_caller else timeout
    if url.startswith(("redis+sentinel://", "rediss+sentinel://")):
        return _sentinel_master(url, reply_timeout)
    if url.startswith("redis+cluster://"):
        return _cluster_slot_client(url, reply_timeout)
    client: Redis = Redis.from_url(url, **_client_options(reply_timeout))
    return client


def _credentials(netloc: str) -> tuple[str | None, str]:
    """The password (``[:password@]``) of a URL's host list, and the hosts without it."""
    if "@" not in netloc:
        return None, netloc
    credentials, netloc = netloc.rsplit("@", 1)
    return unquote(credentials.split(":", 1)[-1]) or None, netloc


def _sentinel_master(url: str, timeout: float | None) -> Redis:
    from redis.asyncio.sentinel import Sentinel

    scheme, rest = url.split("://", 1)
    netloc, _, path = rest.partition("/")
    password, netloc = _credentials(netloc)
    hosts = []
    for item in netloc.split(","):
        host, _, port = item.rpartition(":") if ":" in item else (item, "", "26379")
        hosts.append((host.strip("[]"), int(port or 26379)))
    service, _, db = path.strip("/").partition("/")
    if not service or not hosts:
        raise ValueError("REDIS_URL: a sentinel URL needs hosts and a service name")
    sentinel = Sentinel(  # type: ignore[no-untyped-call,unused-ignore]  # typed since redis 8
        hosts,
        socket_timeout=timeout,
        socket_connect_timeout=1.0,
        sentinel_kwargs=_TIMEOUTS,
        ssl=scheme.startswith("rediss"),
    )
    options = _client_options(timeout)
    del options["socket_timeout"], options["socket_connect_timeout"]  # the Sentinel's, above
    client: SentinelClient = sentinel.master_for(
        service, redis_class=SentinelClient, db=int(db or 0), password=password, **options
    )
    client.sentinels = sentinel.sentinels
    return client


class ClusterSlotConnection(Connection):
    """A connection to whichever cluster node is master for the one slot ScamCheck uses.

    Every ScamCheck key lives in one slot, so a plain client on that slot's master runs every
    command, pipeline, transaction and script unchanged. The master is asked for on each
    (re)connection, as redis-py's own Sentinel connections do (by overriding ``connect``).
    """

    def __init__(self, *, seeds: list[tuple[str, int]], slot: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.seeds = seeds
        self.slot = slot

    async def connect(self) -> None:
        """Find the slot's master first when not connected yet (the pool calls this each time)."""
        if not self.is_connected:
            self.host, self.port = await self._master_for_slot()
        await super().connect()  # type: ignore[no-untyped-call]

    async def _master_for_slot(self) -> tuple[str, int]:
        for host, port in [*self.seeds, (self.host, self.port)]:
            probe = Redis(
                host=host, port=port, password=self.password, decode_responses=True, **_TIMEOUTS
            )
            try:
                shards = await probe.execute_command("CLUSTER", "SLOTS")  # type: ignore[no-untyped-call]
            except STORE_ERRORS:
                continue
            finally:
                await probe.aclose()
            # CLUSTER SLOTS: [[start, end, [host, port, id, ...], replica...], ...]; an empty
            # host means "the node you asked".
            for shard in shards if isinstance(shards, list) else []:
                start, end, master = int(shard[0]), int(shard[1]), shard[2]
                if start <= self.slot <= end:
                    return str(master[0] or host), int(master[1])
        raise ConnectionError("no cluster node knows the slot of ScamCheck's keys")

    async def read_response(self, *args: Any, **kwargs: Any) -> Any:
        """A MOVED answer means the slot went elsewhere: reconnect to the new master."""
        try:
            return await super().read_response(*args, **kwargs)
        except ResponseError as exc:
            if str(exc).startswith(("MOVED", "CLUSTERDOWN")):
                await self.disconnect()
                raise ConnectionError(str(exc)) from exc
            raise


def _cluster_slot_client(url: str, timeout: float | None) -> Redis:
    password, netloc = _credentials(url.split("://", 1)[1].split("/", 1)[0])
    seeds = []
    for item in netloc.split(","):
        host, _, port = item.rpartition(":")
        seeds.append((host.strip("[]") or "127.0.0.1", int(port or 6379)))
    pool = ConnectionPool(
        connection_class=ClusterSlotConnection,
        seeds=seeds,
        slot=key_slot(KeyBuilder().prefix.encode()),
        host=seeds[0][0],
        port=seeds[0][1],
        password=password,
        **_client_options(timeout),
    )
    client: Redis = Redis.from_pool(pool)  # the client owns (and closes) the pool
    return client


def embedded_redis() -> Redis:
    """An in-process Redis (fakeredis): same commands, nothing kept after the process ends."""
    import fakeredis

    client: Redis = fakeredis.FakeAsyncRedis(decode_responses=True)
    return client
