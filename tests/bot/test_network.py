"""The bot's Bot API client (bot/network.py) against small servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.network import AiohttpRequest


class Recorder:
    """A Bot API-like server that answers ``ok`` and keeps what each request carried."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []
        self.delay = 0.0
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def handle(self, request: web.Request) -> web.Response:
        entry: dict[str, Any] = {"path": request.path, "type": request.content_type}
        if request.content_type == "application/json":
            entry["body"] = await request.json()
        elif request.content_type == "multipart/form-data":
            parts: dict[str, Any] = {}
            reader = await request.multipart()
            async for part in reader:
                parts[part.name or ""] = (part.filename, await part.read())  # type: ignore[union-attr]
            entry["parts"] = parts
        self.seen.append(entry)
        await asyncio.sleep(self.delay)
        return web.json_response({"ok": True, "result": {"message_id": 1}})

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


@pytest.fixture
async def server() -> AsyncIterator[tuple[Recorder, str]]:
    recorder = Recorder()
    base = await recorder.start()
    yield recorder, base
    await recorder.stop()


@pytest.fixture
async def client() -> AsyncIterator[AiohttpRequest]:
    request = AiohttpRequest(4, read_timeout=2.0)
    await request.initialize()
    yield request
    await request.shutdown()


def _data(**params: Any) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in params.items()])


async def test_parameters_go_as_one_json_document(
    server: tuple[Recorder, str], client: AiohttpRequest
) -> None:
    recorder, base = server
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Report", callback_data="r:1")]])
    result = await client.post(
        f"{base}/botTOKEN/sendMessage",
        _data(chat_id=5, text="<b>中文</b> & more", reply_markup=markup, do_quote=True),
    )
    assert result == {"message_id": 1}
    [seen] = recorder.seen
    assert seen["type"] == "application/json"
    assert seen["body"]["chat_id"] == 5
    assert seen["body"]["text"] == "<b>中文</b> & more"
    assert seen["body"]["reply_markup"] == {
        "inline_keyboard": [[{"text": "Report", "callback_data": "r:1"}]]
    }


async def test_files_go_as_multipart(server: tuple[Recorder, str], client: AiohttpRequest) -> None:
    recorder, base = server
    document = InputFile(b"dbs-verify.xyz\n", filename="export.txt")
    await client.post(f"{base}/botTOKEN/sendDocument", _data(chat_id=7, document=document))
    [seen] = recorder.seen
    assert seen["type"] == "multipart/form-data"
    assert seen["parts"]["chat_id"] == (None, b"7")
    filename, content = next(v for k, v in seen["parts"].items() if k != "chat_id")
    assert (filename, content) == ("export.txt", b"dbs-verify.xyz\n")


async def test_the_environment_proxy_is_used_and_no_proxy_honoured(
    server: tuple[Recorder, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder, base = server
    proxied: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            ),
            0,
        )
        await reader.readexactly(length)
        proxied.append(head.split(b"\r\n")[0])
        body = b'{"ok":true,"result":true}'
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\n\r\n"
            + body
        )
        await writer.drain()
        writer.close()

    proxy_server = await asyncio.start_server(proxy, "127.0.0.1", 0)
    proxy_port = proxy_server.sockets[0].getsockname()[1]
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy_port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    request = AiohttpRequest(2)
    await request.initialize()
    try:
        # The Bot API's host is reached through the proxy, in absolute form…
        assert await request.post("http://api.telegram.invalid/botTOKEN/getMe") is True
        assert proxied == [b"POST http://api.telegram.invalid/botTOKEN/getMe HTTP/1.1"]
        # …unless NO_PROXY names it (looked up when the session opens).
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        await request.shutdown()
        await request.initialize()
        await request.post(f"{base}/botTOKEN/getMe")
        assert len(proxied) == 1 and recorder.seen[-1]["path"] == "/botTOKEN/getMe"
    finally:
        await request.shutdown()
        proxy_server.close()
        await proxy_server.wait_closed()


async def test_timeouts_and_refused_connections_become_telegram_errors(
    server: tuple[Recorder, str], client: AiohttpRequest
) -> None:
    recorder, base = server
    recorder.delay = 1.0
    with pytest.raises(TimedOut):
        await client.post(f"{base}/botTOKEN/getMe", read_timeout=0.2)
    recorder.delay = 0.0
    await recorder.stop()  # nothing listens on the port any more
    with pytest.raises(NetworkError):
        await client.post(f"{base}/botTOKEN/getMe")


def test_an_uninitialised_client_says_so() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        asyncio.run(request.do_request("http://127.0.0.1:9/x", "POST"))
