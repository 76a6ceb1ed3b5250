"""The real python-telegram-bot Application over an in-process Bot API stand-in."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from telegram import Update

from blocklists.connection import connect_redis
from blocklists.keys import KeyBuilder
from blocklists.store import BlocklistStore
from bot.app import build_application
from bot.context import ScamApplication
from bot.settings import Settings
from harness.standin import BotApi, FakeRequest


@dataclass
class Harness:
    app: ScamApplication
    api: BotApi

    async def send(self, update: dict[str, Any]) -> None:
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def say(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """A citizen sends a text; returns the last message the bot sent."""
        await self.send(self.api.update(message=self.api.message(text, **kwargs)))
        return self.api.last_sent()

    async def press(
        self, params: dict[str, Any], label_part: str, user: dict[str, Any] | None = None
    ) -> None:
        """Press the button whose label contains ``label_part`` on a message the bot sent."""
        data = next(d for label, d in self.api.buttons(params) if label_part in label)
        await self.send(self.api.press(self.api.message_sent(params), data, user))


MODERATOR_ID = 1
SECOND_MODERATOR_ID = 2


async def _harness(store: BlocklistStore) -> AsyncIterator[Harness]:
    api = BotApi()
    request = FakeRequest(api)
    settings = Settings(
        token="123456:TEST-TOKEN",
        api_base_url="http://stand-in.invalid/bot",
        api_file_url="http://stand-in.invalid/file/bot",
        admin_ids=frozenset({MODERATOR_ID, SECOND_MODERATOR_ID}),
    )
    app = build_application(settings, store=store, request=request, updates_request=request)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    yield Harness(app, api)
    await app.shutdown()
    assert api.unknown == [], f"the bot called methods the stand-in does not know: {api.unknown}"


@pytest.fixture
async def harness(seeded_store: BlocklistStore) -> AsyncIterator[Harness]:
    async for h in _harness(seeded_store):
        yield h


@pytest.fixture
async def redis_harness(redis_server: Any) -> AsyncIterator[Harness]:
    """The bot over a real redis-server (keys under a prefix of the test's own)."""
    store = BlocklistStore(
        connect_redis(redis_server.url), KeyBuilder(prefix=f"{{b{uuid.uuid4().hex[:8]}}}")
    )
    await store.seed_if_empty()
    async for h in _harness(store):
        yield h
    client = store.redis
    keys = [k async for k in client.scan_iter(match=store.keys.prefix + "*")]
    if keys:
        await client.delete(*keys)
    await store.close()
