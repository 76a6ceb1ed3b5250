"""HTTP of a bot process: /healthz, /metrics, the webhook's secret and answer-after-handling,
and JSON logs without text or token.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.app import JsonFormatter, RedactToken
from bot.server import BotServer, webhook_secret
from harness.processes import free_port
from tests.bot.conftest import Harness


@pytest.fixture
async def server(harness: Harness) -> AsyncIterator[tuple[BotServer, str]]:
    settings = harness.app.bot_data.settings
    assert settings is not None
    srv = BotServer(harness.app, settings, webhook=True)
    port = free_port()
    await srv.start("127.0.0.1", port)
    yield srv, f"http://127.0.0.1:{port}"
    await srv.stop(grace=1)


async def test_healthz_reports_redis(server: tuple[BotServer, str], harness: Harness) -> None:
    _, base = server
    async with aiohttp.ClientSession() as session, session.get(base + "/healthz") as response:
        assert response.status == 200
        assert await response.json() == {"status": "ok", "redis": True}


async def test_webhook_needs_the_secret_and_answers_after_handling(
    server: tuple[BotServer, str], harness: Harness
) -> None:
    srv, base = server
    update = harness.api.update(
        message=harness.api.message(
            "Your DBS account is suspended, verify at https://dbs-sg-verify.xyz/login"
        )
    )
    async with aiohttp.ClientSession() as session:
        async with session.post(base + "/telegram", json=update) as response:
            assert response.status == 403
        async with session.post(
            base + "/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
        ) as response:
            assert response.status == 403
        assert harness.api.sent() == []
        headers = {"X-Telegram-Bot-Api-Secret-Token": srv.secret}
        async with session.post(base + "/telegram", json=update, headers=headers) as response:
            assert response.status == 200
        # Answered only after the card was sent.
        assert harness.api.last_sent()["text"].startswith("<b>🔴 Likely scam</b>")
        async with session.post(base + "/telegram", data=b"not json", headers=headers) as response:
            assert response.status == 400
        srv.stopping = True
        async with session.post(base + "/telegram", json=update, headers=headers) as response:
            assert response.status == 503  # Telegram retries: another replica takes it
        srv.stopping = False


async def test_metrics_count_verdicts_findings_and_timings(
    server: tuple[BotServer, str], harness: Harness
) -> None:
    _, base = server
    await harness.say("Your DBS account is suspended, verify at https://dbs-sg-verify.xyz/login")
    async with aiohttp.ClientSession() as session, session.get(base + "/metrics") as response:
        text = await response.text()
    assert 'scamcheck_verdicts_total{level="scam"} 1.0' in text
    assert 'scamcheck_findings_total{code="URL002"} 1.0' in text
    assert "scamcheck_check_seconds_bucket" in text and "scamcheck_reports_waiting 0.0" in text
    assert "dbs-sg-verify" not in text and "TEST-TOKEN" not in text


def test_webhook_secret_is_derived_from_the_token_and_valid_for_telegram() -> None:
    secret = webhook_secret("123:abc")
    assert secret == webhook_secret("123:abc") != webhook_secret("123:abd")
    assert len(secret) == 64 and secret.isalnum()


def test_json_logs_carry_fields_and_never_the_token() -> None:
    record = logging.LogRecord(
        "bot", logging.INFO, __file__, 1, "checked with token %s", ("123:SECRET",), None
    )
    record.codes = ["URL002"]
    record.ms = 1.5
    RedactToken("123:SECRET").filter(record)
    line = JsonFormatter().format(record)
    data = json.loads(line)
    assert data["event"] == "checked with token <token>"
    assert data["codes"] == ["URL002"] and data["ms"] == 1.5 and data["level"] == "info"
    assert "SECRET" not in line
