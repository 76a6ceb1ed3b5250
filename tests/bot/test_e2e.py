"""End to end: the real `scamcheck bot` process, over HTTP, against a Bot API stand-in and a
real redis-server, all on 127.0.0.1. Driven with updates as Telegram would deliver them.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from harness.processes import RedisServer, bot_env, start_bot, stop_bot, wait_for_bot
from harness.standin import BotApi, HttpStandIn

TOKEN = "123456:E2E-SECRET-TOKEN-abcdef"
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Running:
    api: BotApi
    standin: HttpStandIn
    process: asyncio.subprocess.Process
    redis: RedisServer
    log_path: Path

    async def wait_for(self, predicate: Callable[[], Any], seconds: float = 15.0) -> Any:
        return await wait_for_bot(self.process, self.log_path, predicate, seconds)

    async def deliver(self, update: dict[str, Any]) -> None:
        await self.api.queue().put(update)

    async def say(self, text: str | None, wait_text: str = "", **kwargs: Any) -> dict[str, Any]:
        """Send a message; wait for the bot's next sendMessage (containing ``wait_text``)."""
        before = len(self.api.sent())
        await self.deliver(self.api.update(message=self.api.message(text, **kwargs)))
        return await self.next_sent(before, wait_text)

    async def next_sent(self, before: int, wait_text: str = "") -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            for params in self.api.sent()[before:]:
                if wait_text in params["text"]:
                    return params
            return None

        result: dict[str, Any] = await self.wait_for(found)
        return result

    async def press(
        self,
        params: dict[str, Any],
        label_part: str,
        wait_text: str = "",
        method: str = "sendMessage",
    ) -> dict[str, Any]:
        data = next(d for label, d in self.api.buttons(params) if label_part in label)
        before = len(self.api.sent(method))
        message = params if "chat" in params else self.api.message_sent(params)
        await self.deliver(self.api.press(message, data))

        def found() -> dict[str, Any] | None:
            for sent in self.api.sent(method)[before:]:
                if wait_text in sent["text"]:
                    return sent
            return None

        result: dict[str, Any] = await self.wait_for(found)
        return result


@asynccontextmanager
async def bot_process(
    tmp_path: Path, redis: RedisServer, **extra_env: str
) -> AsyncIterator[Running]:
    """The real ``scamcheck bot`` against a fresh stand-in and ``redis``, polling when entered.

    Files are fetched through ``TELEGRAM_API_FILE_URL`` set explicitly (the stand-in's file
    URL). On exit the bot is stopped and no unknown Bot API method may have been called.
    """
    api = BotApi()
    standin = HttpStandIn(api)
    await standin.start()
    log_path = tmp_path / "bot.log"
    env = bot_env(
        TOKEN,
        standin.base_url,
        redis.url,
        TELEGRAM_API_FILE_URL=standin.base_url.replace("/bot", "/file/bot"),
        PYTHONUNBUFFERED="1",
        **extra_env,
    )
    with log_path.open("wb") as log:
        process = await start_bot(env, log)
    run = Running(api, standin, process, redis, log_path)
    try:
        await run.wait_for(lambda: any(c.method == "getUpdates" for c in api.calls), seconds=30)
        yield run
    finally:
        await stop_bot(process)
        await standin.stop()
    assert api.unknown == [], f"unknown Bot API methods called: {api.unknown}"


@pytest.fixture
async def running(tmp_path: Path, fresh_redis_server: RedisServer) -> AsyncIterator[Running]:
    async with bot_process(tmp_path, fresh_redis_server, SCAMCHECK_ADMIN_IDS="1") as run:
        yield run


async def test_startup_sequence_and_clean_shutdown(running: Running) -> None:
    methods = [c.method for c in running.api.calls]
    assert methods[0] == "getMe"
    assert methods.index("deleteWebhook") < methods.index("getUpdates")
    assert set(running.api.commands) == {None, "zh", "ms", "ta"}
    assert running.standin.tokens == {TOKEN}
    running.process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(running.process.wait(), 20) == 0


async def test_forwarded_job_scam_with_a_hidden_link(running: Running) -> None:
    text = "Hi! Part-time job from home, earn $300 a day with simple tasks. Register here to start, fee $50."
    start = text.index("Register here")
    origin = {"type": "hidden_user", "date": 1714700000, "sender_user_name": "Jessica HR"}
    card = await running.say(
        text,
        wait_text="Likely scam",
        forward_origin=origin,
        entities=[
            {
                "type": "text_link",
                "offset": start,
                "length": len("Register here"),
                "url": "http://lazada-jobs.top/register",
            }
        ],
    )
    assert "Forwarded from: Jessica HR" in card["text"]
    assert "<code>lazada-jobs.top</code>" in card["text"]
    assert "A real job never asks you to pay first" in card["text"]
    assert [label for label, _ in running.api.buttons(card)] == [
        "🚩 Report this scam",
        "👪 Warn my family",
        "❓ This is wrong",
        "🔁 Check another",
    ]


async def test_contact_card_and_photo_with_caption(running: Running) -> None:
    card = await running.say(
        None,
        wait_text="Be careful",
        contact={"phone_number": "6531234567", "first_name": "Officer Tan"},
    )
    assert "internet (VoIP) number" in card["text"]
    photo = [{"file_id": "f1", "file_unique_id": "u1", "width": 90, "height": 90}]
    caption = await running.say(
        None,
        wait_text="OTP",
        photo=photo,
        caption="Pls send me the OTP you just received, urgent!",
    )
    assert "one-time password" in caption["text"]


async def _menu_flow(
    running: Running, language_label: str, user_id: int, expect: dict[str, str]
) -> None:
    user = running.api.user(user_id, language_code="en")
    question = await running.say(
        "/start", user=user, entities=[{"type": "bot_command", "offset": 0, "length": 6}]
    )
    welcome = await running.press(question, language_label, wait_text=expect["welcome"])
    labels = [button["text"] for row in welcome["reply_markup"]["keyboard"] for button in row]
    assert labels[0] == expect["check_message"]
    instruction = await running.say(expect["check_message"], user=user)
    assert instruction["text"] == expect["instruction"]
    example = await running.press(instruction, "👀", wait_text=expect["scam"])
    assert example["parse_mode"] == "HTML"
    steps = await running.say(labels[3], user=user)  # I think I've been scammed
    assert "1799" in steps["text"] and "1800 339 6963" in steps["text"]
    tips = await running.say(labels[4], user=user)
    assert tips["text"].startswith(expect["tips"])


async def test_the_whole_menu_flow_in_chinese(running: Running) -> None:
    await _menu_flow(
        running,
        "中文",
        501,
        {
            "welcome": "欢迎使用 ScamCheck",
            "check_message": "📩 检查信息",
            "instruction": "请把信息转发给我，或粘贴在这里。",
            "scam": "很可能是诈骗",
            "tips": "诈骗的迹象",
        },
    )


async def test_the_whole_menu_flow_in_tamil(running: Running) -> None:
    await _menu_flow(
        running,
        "தமிழ்",
        502,
        {
            "welcome": "ScamCheck-க்கு வரவேற்கிறோம்",
            "check_message": "📩 செய்தியைச் சரிபார்",
            "instruction": "செய்தியை எனக்கு அனுப்புங்கள், அல்லது இங்கே ஒட்டுங்கள்.",
            "scam": "மோசடியாக இருக்க வாய்ப்பு அதிகம்",
            "tips": "மோசடியின் அறிகுறிகள்",
        },
    )


async def test_each_button_of_the_card(running: Running) -> None:
    card = await running.say(
        "Your DBS account has been suspended. Verify now at https://dbs-sg-verify.xyz/login",
        wait_text="Likely scam",
    )
    consent = await running.press(
        card, "Report this scam", wait_text="Send this to our moderators?"
    )
    sent = await running.press(
        consent,
        "Also send the message text",
        wait_text="Your report was sent",
        method="editMessageText",
    )
    notify = await running.press(
        running.api.messages[(sent["chat_id"], sent["message_id"])],
        "Tell me the outcome",
        wait_text="We will tell you",
        method="editMessageText",
    )
    assert notify["text"] == "We will tell you what our moderators decide."
    warning = await running.press(card, "Warn my family", wait_text="Scam warning")
    assert "dbs-sg-verify[.]xyz" in warning["text"]
    dispute = await running.press(card, "This is wrong", wait_text="We sent your feedback")
    assert dispute["text"].startswith("Thank you.")
    again = await running.press(card, "Check another", wait_text="Forward the message to me")
    assert again["text"] == "Forward the message to me, or paste it here."


async def test_redis_stopped_mid_test_and_back(running: Running) -> None:
    scam = "Your DBS account has been suspended. Verify now at https://dbs-sg-verify.xyz/login"
    first = await running.say(scam, wait_text="Likely scam")
    assert "could not be checked" not in first["text"]
    running.redis.stop()
    moderator = running.api.user(1)
    refused = await running.say(
        "/block evil-site.example",
        user=moderator,
        entities=[{"type": "bot_command", "offset": 0, "length": 6}],
    )
    assert refused["text"].startswith("Nothing changed: the lists are unavailable")
    degraded = await running.say(scam, wait_text="Likely scam")
    assert "Our scam lists could not be checked just now" in degraded["text"]
    # No check record could be kept, so only "Check another" is offered.
    assert [label for label, _ in running.api.buttons(degraded)] == ["🔁 Check another"]
    running.redis.start()
    # The bot reconnects by itself: within a few seconds the lists are consulted again.
    deadline = time.monotonic() + 15
    while True:
        again = await running.say(scam, wait_text="Likely scam")
        if "could not be checked" not in again["text"] or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.5)
    assert "could not be checked" not in again["text"]


async def test_logs_hold_no_token_and_no_message_text(running: Running) -> None:
    """A whole session (menu, checks, a contact card, a report with its text, buttons): the
    logs hold counts and codes only.
    """
    api = running.api
    secret_text = (
        "Unique-Private-Words call me at 91234567 hello https://private-site-xyz.top/login"
    )
    question = await running.say(
        "/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}]
    )
    await running.press(question, "English", wait_text="Welcome")
    await running.say("📩 Check a message")
    card = await running.say(secret_text, wait_text="")
    await running.say(
        None, wait_text="", contact={"phone_number": "6587654321", "first_name": "Private Person"}
    )
    consent = await running.press(
        card, "Report this scam", wait_text="Send this to our moderators?"
    )
    await running.press(
        consent,
        "Also send the message text",
        wait_text="report was sent",
        method="editMessageText",
    )
    await running.press(card, "Warn my family", wait_text="Scam warning")
    running.process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(running.process.wait(), 20)
    log = running.log_path.read_text()
    assert "checked" in log  # the logs are there, as JSON lines
    assert TOKEN not in log and "E2E-SECRET" not in log
    for private in (
        "Unique-Private-Words",
        "91234567",
        "87654321",
        "private-site-xyz",
        "Private Person",
    ):
        assert private not in log, private
    del api


async def test_every_update_is_answered_once_while_redis_dies_and_returns(
    running: Running,
) -> None:
    from collections import Counter

    api = running.api
    messages = [
        api.message(f"Is this real? https://shop{i}.example.com/login", user=api.user(3000 + i))
        for i in range(60)
    ]
    for index, message in enumerate(messages):
        await running.deliver(api.update(message=message))
        if index == 20:
            running.redis.stop()  # killed mid-load
        if index == 40:
            running.redis.start()
        await asyncio.sleep(0.05)
    ids = {m["message_id"] for m in messages}

    def replies() -> Counter[int]:
        return Counter(
            int(p["reply_parameters"]["message_id"])
            for p in api.sent()
            if p.get("reply_parameters") and int(p["reply_parameters"]["message_id"]) in ids
        )

    await running.wait_for(lambda: len(replies()) == len(ids), seconds=60)
    await asyncio.sleep(0.5)
    assert set(replies().values()) == {1}
    degraded = [p for p in api.sent() if "could not be checked" in p["text"]]
    assert degraded, "some answers came while Redis was away"
