"""Start-up and shutdown of the real `scamcheck bot` process, as an operator meets them.

The Bot API stand-in plays Telegram's failures: not listening yet, a wrong token, a proxy in
front of it answering 502 for a while. Conditions are polled for with deadlines; nothing here
asserts on timings.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import signal
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.lifecycle import EXIT_CONFIG, EXIT_UNAVAILABLE, Backoff
from bot.outage import OutageWatch
from bot.server import webhook_secret
from bot.settings import ConfigError, Settings
from harness.processes import bot_env, free_port, start_bot, stop_bot, wait_for_bot
from harness.standin import BotApi, HttpStandIn

TOKEN = "123456:LIFECYCLE-SECRET-TOKEN"
ROOT = Path(__file__).resolve().parents[2]
SCAM = "Your DBS account has been suspended. Verify now at https://dbs-sg-verify.xyz/login"


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    log_path: Path
    health_port: int

    def text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def records(self) -> list[dict[str, Any]]:
        found = []
        for line in self.text().splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                found.append(record)
        return found

    def events(self, event: str) -> list[dict[str, Any]]:
        return [r for r in self.records() if r.get("event") == event]

    def not_json(self) -> list[str]:
        """Every output line that is not one of the JSON log lines."""
        lines = []
        for line in self.text().splitlines():
            try:
                if isinstance(json.loads(line), dict):
                    continue
            except ValueError:
                pass
            lines.append(line)
        return lines

    async def wait_for(self, predicate: Callable[[], Any], seconds: float = 20.0) -> Any:
        return await wait_for_bot(self.process, self.log_path, predicate, seconds, interval=0.05)

    async def healthz(self) -> tuple[int, dict[str, Any]] | None:
        try:
            async with (
                aiohttp.ClientSession() as session,
                session.get(f"http://127.0.0.1:{self.health_port}/healthz") as response,
            ):
                return response.status, await response.json()
        except aiohttp.ClientError:
            return None

    async def wait_health(self, status: int, body_status: str) -> None:
        async def check() -> bool:
            answer = await self.healthz()
            return (
                answer is not None and answer[0] == status and answer[1]["status"] == body_status
            )

        deadline = time.monotonic() + 20
        while not await check():
            if time.monotonic() > deadline or self.process.returncode is not None:
                raise AssertionError(f"/healthz never said {body_status}:\n{self.text()[-3000:]}")
            await asyncio.sleep(0.05)

    async def terminate(self) -> int:
        """SIGTERM, as an orchestrator sends it; the exit status."""
        self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), 20)


@pytest.fixture
async def launch(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    started: list[BotProcess] = []

    async def start(standin: HttpStandIn, **env: str) -> BotProcess:
        health_port = free_port()
        log_path = tmp_path / f"bot{len(started)}.log"
        # REDIS_URL "": the embedded store: Redis is not what these tests are about.
        environment = bot_env(
            TOKEN, standin.base_url, "", PORT=str(health_port), PYTHONUNBUFFERED="1"
        )
        environment.pop("WEBHOOK_URL", None)
        environment.pop("SCAMCHECK_STARTUP_MAX_WAIT", None)
        environment.update(env)
        with log_path.open("wb") as log:
            process = await start_bot(environment, log)
        bot = BotProcess(process, log_path, health_port)
        started.append(bot)
        return bot

    yield start
    for bot in started:
        await stop_bot(bot.process)


@pytest.fixture
async def standin() -> AsyncIterator[HttpStandIn]:
    stand_in = HttpStandIn(BotApi())
    yield stand_in
    await stand_in.stop()
    assert stand_in.api.unknown == []


async def citizen_is_answered(bot: BotProcess, api: BotApi, user_id: int) -> dict[str, Any]:
    """A citizen sends a scam; the bot's card comes back."""
    message = api.message(SCAM, user=api.user(user_id))
    await api.queue().put(api.update(message=message))

    def card() -> dict[str, Any] | None:
        for params in api.sent():
            reply = params.get("reply_parameters") or {}
            if int(reply.get("message_id", 0)) == message["message_id"]:
                return params
        return None

    found: dict[str, Any] = await bot.wait_for(card)
    return found


async def test_a_wrong_token_is_one_clear_line_and_exit_78(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    standin.valid_tokens = {"999:SOMEONE-ELSES"}
    await standin.start()
    bot: BotProcess = await launch(standin)
    status = await asyncio.wait_for(bot.process.wait(), 10)
    assert status == EXIT_CONFIG
    assert standin.failed == ["getMe"]  # refused at once, not retried
    [line] = bot.not_json()
    assert line.startswith("scamcheck: Telegram rejected TELEGRAM_BOT_TOKEN")
    assert "@BotFather" in line
    output = bot.text()
    assert TOKEN not in output and "LIFECYCLE-SECRET" not in output
    assert "Traceback" not in output and "Unclosed" not in output


async def test_a_bot_api_that_comes_up_later_is_waited_for(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    standin.reserve()  # the port is known, nothing listens on it yet
    bot: BotProcess = await launch(standin)
    await bot.wait_for(lambda: len(bot.events("telegram not reachable yet, will retry")) >= 2)
    await bot.wait_health(503, "starting")
    attempt = bot.events("telegram not reachable yet, will retry")[0]
    assert attempt["step"] == "getMe" and attempt["base_url"] == standin.base_url
    assert "ClientConnectorError" in attempt["failure"] and attempt["retry_in"] > 0
    await standin.start()  # Telegram is back
    await citizen_is_answered(bot, standin.api, 42)
    await bot.wait_health(200, "ok")
    assert bot.events("telegram answered")[0]["step"] == "getMe"
    assert await bot.terminate() == 0
    assert bot.not_json() == []
    assert TOKEN not in bot.text()


async def test_sigterm_while_waiting_for_telegram_exits_0_quietly(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    standin.reserve()
    bot: BotProcess = await launch(standin)
    await bot.wait_for(lambda: bot.events("telegram not reachable yet, will retry"))
    assert await bot.terminate() == 0
    assert bot.events("stopped while starting")
    assert bot.not_json() == []  # no traceback, no "Unclosed client session"


async def test_sigterm_while_serving_exits_0_quietly(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    await standin.start()
    bot: BotProcess = await launch(standin)
    await citizen_is_answered(bot, standin.api, 43)
    assert await bot.terminate() == 0
    assert bot.events("stopping")
    assert bot.not_json() == []


async def test_a_getupdates_outage_is_two_log_lines_and_service_resumes(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    await standin.start()
    bot: BotProcess = await launch(standin)
    await citizen_is_answered(bot, standin.api, 44)
    # The proxy in front of Telegram fails the next three long polls (the one in progress is
    # answered by the next update).
    standin.failing["getUpdates"] = 3
    await citizen_is_answered(bot, standin.api, 45)
    # Sent during the outage: answered once getUpdates works again.
    await citizen_is_answered(bot, standin.api, 46)
    ended = await bot.wait_for(lambda: bot.events("telegram reachable again"))
    assert ended[0]["failed_attempts"] == 3
    assert standin.failed == ["getUpdates"] * 3
    started = bot.events(
        "telegram unreachable: getUpdates failing, retrying quietly until it answers"
    )
    assert len(started) == 1 and started[0]["failure"] == "HTTP 502 Bad Gateway"
    assert [r for r in bot.records() if r["level"] == "error"] == []  # no line per attempt
    assert await bot.terminate() == 0
    assert len(bot.events("telegram reachable again")) == 1
    assert bot.not_json() == []


async def test_the_wait_can_be_limited(standin: HttpStandIn, launch: Callable[..., Any]) -> None:
    standin.reserve()
    bot: BotProcess = await launch(standin, SCAMCHECK_STARTUP_MAX_WAIT="2")
    status = await asyncio.wait_for(bot.process.wait(), 20)
    assert status == EXIT_UNAVAILABLE
    [line] = bot.not_json()
    assert line.startswith(f"scamcheck: the Bot API at {standin.base_url} did not answer")
    assert "SCAMCHECK_STARTUP_MAX_WAIT" in line


async def test_a_webhook_url_telegram_refuses_is_one_line_and_exit_78(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    standin.api.fail_next["setWebhook"] = (
        400,
        {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: bad webhook: HTTPS required",
        },
    )
    await standin.start()
    bot: BotProcess = await launch(standin, WEBHOOK_URL="http://bot.example.invalid/telegram")
    assert await asyncio.wait_for(bot.process.wait(), 20) == EXIT_CONFIG
    [line] = bot.not_json()
    assert line.startswith("scamcheck: Telegram refused WEBHOOK_URL")
    assert "https required" in line.lower() and "Traceback" not in bot.text()


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    backoff = Backoff(first=1.0, cap=30.0, rng=random.Random(7))
    for attempt in range(1, 200):
        ceiling = min(30.0, 2.0 ** (attempt - 1))
        assert ceiling / 2 <= backoff.delay(attempt) <= ceiling
    delays = {round(backoff.delay(10), 6) for _ in range(20)}
    assert len(delays) > 1  # jittered: replicas restarted together do not knock in step


@pytest.mark.parametrize(
    ("text", "expected"), [("", None), ("0", None), ("90", 90.0), (" 2.5 ", 2.5)]
)
def test_startup_max_wait_setting(text: str, expected: float | None) -> None:
    assert Settings.from_env({"SCAMCHECK_STARTUP_MAX_WAIT": text}).startup_max_wait == expected


@pytest.mark.parametrize("text", ["soon", "-1", "nan", "inf", "1e99"])
def test_a_bad_startup_max_wait_is_one_clear_line(text: str) -> None:
    with pytest.raises(ConfigError) as error:
        Settings.from_env({"SCAMCHECK_STARTUP_MAX_WAIT": text})
    assert str(error.value).startswith("SCAMCHECK_STARTUP_MAX_WAIT: ")
    assert "\n" not in str(error.value)


def test_outage_watch_logs_start_and_end_only(caplog: pytest.LogCaptureFixture) -> None:
    now = [100.0]
    watch = OutageWatch(Settings(token="1:SECRET"), clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="bot.lifecycle"):
        watch.answered()
        for _ in range(50):
            watch.failed("NetworkError: bot1:SECRET unreachable")
            now[0] += 2
        watch.answered()
        watch.answered()
    first, last = caplog.records
    assert first.failure == "NetworkError: bot<token> unreachable"  # type: ignore[attr-defined]
    assert last.failed_attempts == 50 and last.outage_seconds == 100.0  # type: ignore[attr-defined]


async def test_a_token_revoked_while_serving_stops_the_bot_with_exit_78(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    await standin.start()
    bot: BotProcess = await launch(standin)
    await citizen_is_answered(bot, standin.api, 47)
    standin.valid_tokens = {"999:THE-NEW-TOKEN"}  # revoked with @BotFather
    await standin.api.queue().put(standin.api.update(message=standin.api.message(SCAM)))
    assert await asyncio.wait_for(bot.process.wait(), 20) == EXIT_CONFIG
    [line] = bot.not_json()
    assert line.startswith("scamcheck: Telegram rejected TELEGRAM_BOT_TOKEN")
    assert TOKEN not in bot.text()


async def test_a_webhook_replica_waits_for_telegram_and_refuses_updates_meanwhile(
    standin: HttpStandIn, launch: Callable[..., Any]
) -> None:
    standin.reserve()
    bot: BotProcess = await launch(standin, WEBHOOK_URL="https://bot.example.invalid/telegram")
    await bot.wait_for(lambda: bot.events("telegram not reachable yet, will retry"))
    await bot.wait_health(503, "starting")
    update = standin.api.update(message=standin.api.message(SCAM))
    headers = {"X-Telegram-Bot-Api-Secret-Token": webhook_secret(TOKEN)}
    url = f"http://127.0.0.1:{bot.health_port}/telegram"
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json=update, headers=headers) as response:
            assert response.status == 503  # Telegram retries it later
        await standin.start()
        await bot.wait_health(200, "ok")
        assert standin.api.webhook is not None
        async with session.post(url, json=update, headers=headers) as response:
            assert response.status == 200
    assert standin.api.last_sent()["text"].startswith("<b>🔴 Likely scam</b>")
    assert await bot.terminate() == 0
    assert bot.not_json() == []


def test_a_stop_before_the_event_loop_runs_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGTERM during the imports or the synchronous set-up is only noted by the early handler
    (an exception from a signal handler could be swallowed by a library); the lifecycle then
    stops at once, closing what it opened (an unclosed session would fail this test: warnings
    are errors).
    """
    import bot.app
    from bot.cli import main

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", f"http://127.0.0.1:{free_port()}/bot")
    monkeypatch.setenv("SCAMCHECK_STARTUP_MAX_WAIT", "5")  # not honoured: 69, not a hang
    for name in ("REDIS_URL", "PORT", "WEBHOOK_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(
        bot.app, "configure_logging", lambda settings: os.kill(os.getpid(), signal.SIGTERM)
    )
    before = signal.getsignal(signal.SIGTERM)
    assert main(["bot"]) == 0
    assert signal.getsignal(signal.SIGTERM) is before
