"""Two webhook replicas of the real `scamcheck bot`, one real Redis, a load spread over both.

Telegram is emulated as it behaves: each update goes to one replica, and one that is not
answered with 200 (refused, connection closed) is retried, here on the other replica.
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.callbacks import encode
from bot.server import webhook_secret
from harness.processes import RedisServer, bot_env, free_port, start_bot, stop_bot
from harness.standin import BotApi, HttpStandIn

TOKEN = "777:REPLICAS"
ROOT = Path(__file__).resolve().parents[2]
MODERATOR = 1


@dataclass
class Cluster:
    api: BotApi
    ports: list[int]
    processes: list[asyncio.subprocess.Process]
    session: aiohttp.ClientSession

    async def post(self, index: int, update: dict[str, Any]) -> bool:
        headers = {"X-Telegram-Bot-Api-Secret-Token": webhook_secret(TOKEN)}
        try:
            async with self.session.post(
                f"http://127.0.0.1:{self.ports[index]}/telegram", json=update, headers=headers
            ) as response:
                return response.status == 200
        except aiohttp.ClientError:
            return False

    async def deliver(self, update: dict[str, Any], prefer: int) -> int:
        """Like Telegram: retry an unanswered update (here on the other replica)."""
        for attempt in range(20):
            index = (prefer + attempt) % len(self.ports)
            if await self.post(index, update):
                return index
            await asyncio.sleep(0.05)
        raise AssertionError("no replica accepted the update")


@pytest.fixture
async def cluster(fresh_redis_server: RedisServer, tmp_path: Path) -> AsyncIterator[Cluster]:
    api = BotApi()
    standin = HttpStandIn(api)
    await standin.start()
    ports = [free_port(), free_port()]
    processes = []
    for index, port in enumerate(ports):
        env = bot_env(
            TOKEN,
            standin.base_url,
            fresh_redis_server.url,
            WEBHOOK_URL="https://bot.example.invalid/telegram",
            PORT=str(port),
            SCAMCHECK_ADMIN_IDS=str(MODERATOR),
        )
        with (tmp_path / f"replica{index}.log").open("wb") as log:
            processes.append(await start_bot(env, log))
    session = aiohttp.ClientSession()
    try:
        for port in ports:
            for _ in range(300):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
            else:
                raise AssertionError((tmp_path / "replica0.log").read_text()[-2000:])
        assert api.webhook is not None and api.webhook["secret_token"] == webhook_secret(TOKEN)
        yield Cluster(api, ports, processes, session)
    finally:
        await session.close()
        for process in processes:
            await stop_bot(process, 30)
        await standin.stop()
    assert api.unknown == []


async def test_language_chosen_on_one_replica_is_used_by_the_other(cluster: Cluster) -> None:
    api = cluster.api
    user = api.user(501, language_code="en")
    question = api.message(
        "/start", user=user, entities=[{"type": "bot_command", "offset": 0, "length": 6}]
    )
    await cluster.deliver(api.update(message=question), 0)
    asked = api.last_sent()
    await cluster.deliver(api.press(api.message_sent(asked), encode("lang", "zh"), user), 0)
    await cluster.deliver(
        api.update(
            message=api.message(
                "Your DBS account is suspended, verify at https://dbs-x.top/login", user=user
            )
        ),
        1,
    )
    assert api.last_sent()["text"].startswith("<b>🔴 很可能是诈骗</b>")


async def test_a_report_made_on_one_replica_is_reviewed_on_the_other(cluster: Cluster) -> None:
    api = cluster.api
    citizen = api.user(42)
    await cluster.deliver(
        api.update(
            message=api.message("Verify your account at https://dbs-y.top/login", user=citizen)
        ),
        0,
    )
    card = api.last_sent()
    report = next(d for label, d in api.buttons(card) if "Report" in label)
    await cluster.deliver(api.press(api.message_sent(card), report, citizen), 0)
    consent = api.last_sent()
    send = next(d for label, d in api.buttons(consent) if "links and numbers" in label)
    await cluster.deliver(api.press(api.message_sent(consent), send, citizen), 0)
    moderator = api.user(MODERATOR)
    await cluster.deliver(
        api.update(
            message=api.message(
                "/reports",
                user=moderator,
                entities=[{"type": "bot_command", "offset": 0, "length": 8}],
            )
        ),
        1,
    )
    review = api.last_sent()
    assert "dbs-y[.]top" in review["text"]
    confirm = next(d for label, d in api.buttons(review) if "Confirm" in label)
    await cluster.deliver(api.press(api.message_sent(review), confirm, moderator), 1)
    assert "✅ Confirmed" in api.sent("editMessageText")[-1]["text"]


async def test_nothing_lost_or_doubled_when_a_replica_stops_mid_load(cluster: Cluster) -> None:
    api = cluster.api
    total = 120
    messages = [
        api.message(f"Is this real? https://shop{i}.example.com/login", user=api.user(1000 + i))
        for i in range(total)
    ]

    async def one(i: int) -> None:
        await cluster.deliver(api.update(message=messages[i]), i % 2)

    first = asyncio.gather(*(one(i) for i in range(total // 2)))
    await asyncio.sleep(0.05)
    cluster.processes[0].send_signal(signal.SIGTERM)  # replica 0 goes away mid-load
    await first
    await asyncio.gather(*(one(i) for i in range(total // 2, total)))
    assert await asyncio.wait_for(cluster.processes[0].wait(), 30) == 0
    replies = Counter(
        int(p["reply_parameters"]["message_id"]) for p in api.sent() if p.get("reply_parameters")
    )
    ids = [m["message_id"] for m in messages]
    assert all(replies[i] == 1 for i in ids), {i: replies[i] for i in ids if replies[i] != 1}


async def test_a_campaign_confirmed_on_one_replica_catches_variants_on_the_other(
    cluster: Cluster,
) -> None:
    from tests.bot.test_campaigns import FIRST, FOURTH, THIRD

    api = cluster.api

    async def report(text: str, user_id: int, replica: int, label: str) -> None:
        citizen = api.user(user_id)
        await cluster.deliver(api.update(message=api.message(text, user=citizen)), replica)
        card = api.last_sent()
        data = next(d for lbl, d in api.buttons(card) if "Report" in lbl)
        await cluster.deliver(api.press(api.message_sent(card), data, citizen), replica)
        consent = api.last_sent()
        send = next(d for lbl, d in api.buttons(consent) if label in lbl)
        await cluster.deliver(api.press(api.message_sent(consent), send, citizen), replica)

    def command(text: str) -> dict[str, Any]:
        entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return api.update(message=api.message(text, user=api.user(MODERATOR), entities=entities))

    # Citizen A reports the message with its text, on replica 0.
    await report(FIRST, 61, 0, "message text")
    # A moderator reviews the campaign on replica 1 and confirms it.
    await cluster.deliver(command("/reports"), 1)
    review = api.last_sent()
    assert "Campaign #1" in review["text"] and "Text shared by a citizen:" in review["text"]
    confirm = next(d for label, d in api.buttons(review) if "Confirm" in label)
    await cluster.deliver(api.press(api.message_sent(review), confirm, api.user(MODERATOR)), 1)
    assert "✅ Confirmed" in api.sent("editMessageText")[-1]["text"]
    # Citizen B forwards a variant with another link and amount, on replica 0: 🔴.
    origin = {"type": "hidden_user", "sender_user_name": "SingPost Care", "date": 1700000000}
    forwarded = api.message(THIRD, user=api.user(62), forward_origin=origin)
    await cluster.deliver(api.update(message=forwarded), 0)
    card = api.last_sent()["text"]
    assert card.startswith("<b>🔴 Likely scam</b>")
    assert "Our moderators confirmed messages like this one as a scam." in card
    # A third citizen's report of another variant lands in the same campaign (replica 1),
    # and replica 0 sees it.
    await report(FOURTH, 63, 1, "links and numbers")
    await cluster.deliver(command("/lookup " + FOURTH), 0)
    looked = api.last_sent()["text"]
    assert looked.startswith("Campaign #1 · confirmed · 2 reports from 2 people · seen 2×")
