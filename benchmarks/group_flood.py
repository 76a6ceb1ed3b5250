"""Does a flooded group cost other citizens anything? (issue 14)

    python -m benchmarks.group_flood [--citizens 300] [--rate 10] [--flood 1000]

The real `scamcheck bot` process, a redis-server of our own and the Bot API stand-in, all on
127.0.0.1. Citizens send messages in private chats at a steady rate, each timed from delivery
to the bot's card; first alone, then while a guarded group posts ``--flood`` messages (one in
ten a scam) spread over the same time. Prints p50/p99 of the citizens' answers in both phases
and what the group cost: messages checked and warnings posted.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import spawn_bot, summary
from harness.processes import RedisServer, stop_bot
from harness.standin import BotApi, HttpStandIn

SCAM = "Your DBS account has been suspended. Verify now at https://dbs-sg-verify.xyz/login"
CALM = "Dinner at 7 tonight at Auntie's place, bring the durians!"


async def run(citizens: int, rate: float, flood: int) -> None:
    with tempfile.TemporaryDirectory() as workdir:
        redis = RedisServer(Path(workdir))
        redis.start()
        try:
            await _run(redis.url, citizens, rate, flood)
        finally:
            redis.stop()


async def _run(redis_url: str, citizens: int, rate: float, flood: int) -> None:
    api = BotApi()
    standin = HttpStandIn(api)
    await standin.start()
    process, log = await spawn_bot(standin.base_url, redis_url, "bot-flood-")
    sent_at: dict[int, float] = {}
    answered: dict[int, float] = {}

    def on_call(call: Any) -> None:
        reply = (call.params.get("reply_parameters") or {}).get("message_id")
        if call.method == "sendMessage" and reply is not None and int(reply) in sent_at:
            answered.setdefault(int(reply), time.perf_counter())

    try:
        for _ in range(6000):  # up to a minute for the bot to start polling
            if any(c.method == "getUpdates" for c in api.calls):
                break
            await asyncio.sleep(0.01)
        api.on_call = on_call
        group = api.group(-1009999)

        async def citizens_phase(offset: int, flooding: bool) -> list[float]:
            ids: list[int] = []
            flood_every = citizens / flood if flooding and flood else 0.0
            posted, next_flood = 0, 0.0
            for i in range(citizens):
                message = api.message(SCAM if i % 2 else CALM, user=api.user(20_000 + offset + i))
                sent_at[message["message_id"]] = time.perf_counter()
                ids.append(message["message_id"])
                await api.queue().put(api.update(message=message))
                while flooding and posted < flood and next_flood <= i:
                    text = SCAM if posted % 10 == 0 else f"{CALM} {posted}"
                    member = api.user(30_000 + posted % 40)
                    await api.queue().put(
                        api.update(message=api.message(text, user=member, chat=group))
                    )
                    posted += 1
                    next_flood += flood_every
                await asyncio.sleep(1 / rate)
            for _ in range(1200):  # up to a minute for the last answers
                if all(i in answered for i in ids):
                    break
                await asyncio.sleep(0.05)
            return [answered[i] - sent_at[i] for i in ids if i in answered]

        alone = await citizens_phase(0, flooding=False)
        during = await citizens_phase(citizens, flooding=True)
        await asyncio.sleep(1)
        warnings = sum(1 for p in api.sent() if int(p["chat_id"]) == group["id"])
        checked = log.read_text().count('"group check"')
        for name, values in (("alone", alone), ("during the flood", during)):
            p50, p99, _ = summary(values)
            print(
                f"citizens {name}: {len(values)}/{citizens} answered, "
                f"p50 {p50:.1f} ms, p99 {p99:.1f} ms"
            )
        print(f"group: {flood} messages, {checked} checked, {warnings} warnings posted")
    finally:
        await stop_bot(process)
        await standin.stop()
        log.unlink(missing_ok=True)


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--citizens", type=int, default=300)
    parser.add_argument("--rate", type=float, default=10.0)
    parser.add_argument("--flood", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(run(args.citizens, args.rate, args.flood))


if __name__ == "__main__":
    main()
