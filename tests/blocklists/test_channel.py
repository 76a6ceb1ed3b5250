"""The lookup script's channel: replies never cross calls, and it survives what Redis does."""

from __future__ import annotations

import asyncio

import pytest

from blocklists.channel import ScriptChannel
from blocklists.connection import connect_redis
from harness.processes import RedisServer

# Answers its argument; "slow" first keeps Redis busy for about 0.3 s.
ECHO = """
if ARGV[1] == 'slow' then
  local t = redis.call('TIME')
  local until_us = (tonumber(t[1]) * 1000000 + tonumber(t[2])) + 300000
  repeat t = redis.call('TIME') until tonumber(t[1]) * 1000000 + tonumber(t[2]) >= until_us
end
return ARGV[1]
"""


async def test_a_call_cut_short_leaves_no_reply_for_the_next(redis_server: RedisServer) -> None:
    client = connect_redis(redis_server.url, bounded_by_caller=True)
    try:
        channel = ScriptChannel.of(client, ECHO)
        assert await channel("first") == "first"  # loads the script (NOSCRIPT, then its text)
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await channel("slow")
        # The interrupted call's connection is closed, not reused (redis-py closes a connection
        # whose read was cancelled, and the channel drops it too): its late "slow" reply must
        # never be taken for the answer to the next call.
        assert [await channel(f"n{i}") for i in range(3)] == ["n0", "n1", "n2"]
        replies = await asyncio.gather(*(channel(f"c{i}") for i in range(20)))
        assert replies == [f"c{i}" for i in range(20)]
    finally:
        await client.aclose()


async def test_stores_over_one_client_share_its_channel(redis_server: RedisServer) -> None:
    client = connect_redis(redis_server.url, bounded_by_caller=True)
    try:
        assert ScriptChannel.of(client, ECHO) is ScriptChannel.of(client, ECHO)
        channel = ScriptChannel.of(client, ECHO)
        await asyncio.gather(*(channel("x") for _ in range(5)))
        # Connections kept between calls stay within the client's pool: a hundred calls one
        # after another reuse one connection.
        in_use = len(client.connection_pool._in_use_connections)
        for _ in range(100):
            await channel("y")
        assert len(client.connection_pool._in_use_connections) == in_use
    finally:
        await client.aclose()


async def test_a_restarted_redis_is_reconnected_and_given_the_script_again(
    fresh_redis_server: RedisServer,
) -> None:
    client = connect_redis(fresh_redis_server.url, bounded_by_caller=True)
    try:
        channel = ScriptChannel.of(client, ECHO)
        assert await channel("before") == "before"
        fresh_redis_server.stop()
        fresh_redis_server.start()
        # Every kept connection broke and the script cache is empty: one call still answers.
        assert await channel("after") == "after"
    finally:
        await client.aclose()
