"""A Bot API stand-in: the methods ScamCheck calls, answered like Telegram would.

One core (:class:`BotApi`) serves two front ends: :class:`FakeRequest`, python-telegram-bot's
network layer replaced in-process (fast handler tests), and :class:`HttpStandIn`, an aiohttp
server on 127.0.0.1 that the real ``scamcheck bot`` process talks to over HTTP. A method it
does not know is an error that fails the test (``api.unknown``).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from telegram.request import BaseRequest, RequestData

from harness.processes import free_port

BOT_USER = {"id": 777000, "is_bot": True, "first_name": "ScamCheck", "username": "ScamCheckBot"}
# Form fields that carry JSON (everything else is a plain string, even if it looks numeric).
_JSON_FIELDS = {
    "reply_markup",
    "reply_parameters",
    "link_preview_options",
    "entities",
    "commands",
    "allowed_updates",
    "scope",
    "chat_id",
    "message_id",
    "offset",
    "limit",
    "timeout",
    "show_alert",
    "cache_time",
    "drop_pending_updates",
    "disable_notification",
    "max_connections",
    # Issue 14: inline answers.
    "results",
    "is_personal",
    "button",
    "message_thread_id",
    "user_id",
}


@dataclass
class Call:
    """One Bot API call the bot made: the method and its decoded parameters."""

    method: str
    params: dict[str, Any]


@dataclass
class BotApi:
    """Telegram's side of the conversation, recorded."""

    calls: list[Call] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    updates: asyncio.Queue[dict[str, Any]] | None = None
    next_message_id: int = 1000
    next_update_id: int = 1
    commands: dict[str | None, list[dict[str, str]]] = field(default_factory=dict)
    fail_next: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    webhook: dict[str, Any] | None = None
    on_call: Callable[[Call], None] | None = None
    closing: asyncio.Event = field(default_factory=asyncio.Event)
    refused: list[tuple[str, str]] = field(default_factory=list)
    admins: dict[int, dict[int, tuple[dict[str, Any], bool]]] = field(default_factory=dict)

    def queue(self) -> asyncio.Queue[dict[str, Any]]:
        """The updates waiting for the next ``getUpdates``."""
        if self.updates is None:
            self.updates = asyncio.Queue()
        return self.updates

    # Building updates --------------------------------------------------------------------
    def user(
        self, user_id: int = 42, language_code: str = "en", name: str = "Citizen"
    ) -> dict[str, Any]:
        """A Telegram ``User``."""
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": language_code}

    def message(
        self,
        text: str | None = None,
        *,
        user: dict[str, Any] | None = None,
        chat: dict[str, Any] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A user's message, remembered so that later replies can quote it."""
        user = user or self.user()
        chat = chat or {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        self.next_message_id += 1
        message: dict[str, Any] = {
            "message_id": self.next_message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": user,
        }
        if text is not None:
            message["text"] = text
        message.update(extra)
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    def update(self, **payload: Any) -> dict[str, Any]:
        """An ``Update`` with the next update id."""
        self.next_update_id += 1
        return {"update_id": self.next_update_id, **payload}

    def press(
        self, bot_message: dict[str, Any], data: str, user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A callback query for a button of a message the bot sent."""
        return self.update(
            callback_query={
                "id": f"cb{self.next_update_id}",
                "from": user or self.user(bot_message["chat"]["id"]),
                "chat_instance": "ci",
                "data": data,
                "message": bot_message,
            }
        )

    # Answering methods --------------------------------------------------------------------
    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """The parameters of every call of ``method``, in order."""
        return [c.params for c in self.calls if c.method == method]

    def last_sent(self) -> dict[str, Any]:
        """The parameters of the last ``sendMessage``."""
        return self.sent()[-1]

    def message_sent(self, params: dict[str, Any]) -> dict[str, Any]:
        """The Message object the bot got back for a sendMessage call."""
        return self.messages[(int(params["chat_id"]), int(params["_message_id"]))]

    def buttons(self, params: dict[str, Any]) -> list[tuple[str, str]]:
        """(label, callback data) of every inline button of a sent message."""
        markup = params.get("reply_markup") or {}
        return [
            (b["text"], b.get("callback_data", b.get("url", "")))
            for row in markup.get("inline_keyboard", [])
            for b in row
        ]

    async def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answer one call as Telegram would: (HTTP status, JSON body)."""
        call = Call(method, params)
        self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        if method in self.fail_next:
            return self.fail_next.pop(method)
        handler = getattr(self, f"_{method}", None)
        if handler is None:
            self.unknown.append(method)
            return 404, {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        try:
            result = await handler(params)
        except StandInError as refused:
            self.refused.append((method, refused.description))
            return refused.status, {
                "ok": False,
                "error_code": refused.status,
                "description": refused.description,
            }
        except BadFileId:
            return 400, {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: invalid file_id",
            }
        return 200, {"ok": True, "result": result}

    async def _getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    async def _deleteWebhook(self, params: dict[str, Any]) -> Any:
        return True

    async def _setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = params
        return True

    async def _setMyCommands(self, params: dict[str, Any]) -> Any:
        self.commands[params.get("language_code")] = params["commands"]
        return True

    async def _answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        return True

    def wake(self) -> None:
        """End every pending long poll (the stand-in is shutting down)."""
        self.closing.set()

    async def _getUpdates(self, params: dict[str, Any]) -> Any:
        queue = self.queue()
        timeout = float(params.get("timeout", 0) or 0)
        updates: list[dict[str, Any]] = []
        getter = asyncio.ensure_future(queue.get())
        closing = asyncio.ensure_future(self.closing.wait())
        done, _ = await asyncio.wait(
            {getter, closing}, timeout=max(timeout, 0.01), return_when=asyncio.FIRST_COMPLETED
        )
        closing.cancel()
        if getter not in done:
            getter.cancel()
            return []
        updates.append(getter.result())
        while not queue.empty() and len(updates) < 100:
            updates.append(queue.get_nowait())
        return updates

    async def _sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        self.next_message_id += 1
        message: dict[str, Any] = {
            "message_id": self.next_message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": BOT_USER,
            "text": params["text"],
        }
        # Like Telegram, only inline keyboards come back as part of the message.
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if params.get("message_thread_id") is not None:
            message["message_thread_id"] = int(params["message_thread_id"])
            message["is_topic_message"] = True
        reply = params.get("reply_parameters")
        if reply:
            quoted = self.messages.get((chat_id, int(reply["message_id"])))
            if quoted is not None:
                message["reply_to_message"] = quoted
        self.messages[(chat_id, message["message_id"])] = message
        params["_message_id"] = message["message_id"]
        return message

    def upload(self, content: bytes, file_name: str = "feed.txt") -> dict[str, Any]:
        """A document a user sends (its content is served by getFile and the file URL)."""
        file_id = f"F{len(self.files) + 1}"
        self.files[file_id] = content
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": file_name,
            "file_size": len(content),
        }

    async def _getFile(self, params: dict[str, Any]) -> Any:
        file_id = str(params["file_id"])
        if file_id not in self.files:
            raise BadFileId  # Telegram: 400 "Bad Request: invalid file_id"
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": len(self.files[file_id]),
            "file_path": f"documents/{file_id}",
        }

    async def _sendDocument(self, params: dict[str, Any]) -> Any:
        content = params.pop("_document_bytes", b"")
        document = self.upload(content, params.get("_document_name", "file"))
        params["_document"] = content
        message = await self._sendMessage({**params, "text": params.get("caption", "")})
        message.pop("text", None)
        message["document"] = document
        return message

    async def _editMessageText(self, params: dict[str, Any]) -> Any:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = dict(self.messages.get(key, {}))
        message["text"] = params["text"]
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        else:
            message.pop("reply_markup", None)
        self.messages[key] = message
        return message

    async def _editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = dict(self.messages.get(key, {}))
        message["reply_markup"] = params.get("reply_markup")
        self.messages[key] = message
        return message

    # Issue 14: inline queries, groups and their admins ---------------------------------------
    def inline_query(self, text: str, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """An inline query (``@bot TEXT``) as Telegram delivers it."""
        return self.update(
            inline_query={
                "id": f"iq{self.next_update_id}",
                "from": user or self.user(),
                "query": text,
                "offset": "",
                "chat_type": "supergroup",
            }
        )

    def answers(self) -> list[dict[str, Any]]:
        """Every answerInlineQuery call, oldest first."""
        return self.sent("answerInlineQuery")

    async def _answerInlineQuery(self, params: dict[str, Any]) -> Any:
        results = params.get("results") or []
        if len(results) > 50:
            return self._bad("Bad Request: too many results")
        for result in results:
            content = result.get("input_message_content") or {}
            if len(content.get("message_text", "")) > 4096:
                return self._bad("Bad Request: MESSAGE_TOO_LONG")
        return True

    def _bad(self, description: str) -> Any:
        raise StandInError(400, description)

    def group(
        self, chat_id: int = -1001234, *, title: str = "Family", forum: bool = False
    ) -> dict[str, Any]:
        """A supergroup (a forum when ``forum``); its admins are set with :meth:`make_admin`."""
        chat: dict[str, Any] = {"id": chat_id, "type": "supergroup", "title": title}
        if forum:
            chat["is_forum"] = True
        return chat

    def make_admin(self, chat_id: int, user: dict[str, Any], *, owner: bool = False) -> None:
        """Make ``user`` an administrator (or the owner) of a group."""
        self.admins.setdefault(chat_id, {})[int(user["id"])] = (user, owner)

    def _member(self, chat_id: int, user_id: int) -> dict[str, Any]:
        user, owner = self.admins.get(chat_id, {}).get(
            user_id, ({"id": user_id, "is_bot": False, "first_name": "Member"}, None)
        )
        if owner is None:
            return {"status": "member", "user": user}
        if owner:
            return {"status": "creator", "user": user, "is_anonymous": False}
        rights = [
            "can_be_edited",
            "can_manage_chat",
            "can_delete_messages",
            "can_manage_video_chats",
            "can_restrict_members",
            "can_promote_members",
            "can_change_info",
            "can_invite_users",
            "can_post_stories",
            "can_edit_stories",
            "can_delete_stories",
        ]
        return {
            "status": "administrator",
            "user": user,
            "is_anonymous": False,
            **{right: right != "can_be_edited" for right in rights},
        }

    async def _getChatMember(self, params: dict[str, Any]) -> Any:
        return self._member(int(params["chat_id"]), int(params["user_id"]))

    async def _getChatAdministrators(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        return [self._member(chat_id, user_id) for user_id in self.admins.get(chat_id, {})]

    # Pictures (issue 12) ------------------------------------------------------------------
    def photo(self, content: bytes, width: int = 1080, height: int = 1920) -> list[dict[str, Any]]:
        """A photo as Telegram sends it: a thumbnail and the picture (only the latter served)."""
        big = self.upload(content, "photo.jpg")
        return [
            {"file_id": "thumb-unknown", "file_unique_id": "t", "width": 90, "height": 160},
            {
                "file_id": big["file_id"],
                "file_unique_id": big["file_unique_id"],
                "width": width,
                "height": height,
                "file_size": len(content),
            },
        ]

    def picture_document(
        self, content: bytes, file_name: str = "shot.png", mime_type: str = "image/png"
    ) -> dict[str, Any]:
        """An image sent as a file (uncompressed)."""
        return {**self.upload(content, file_name), "mime_type": mime_type}


class StandInError(Exception):
    """Telegram refuses a call (the stand-in answers with this status and description)."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


class BadFileId(Exception):
    """getFile with a file id the stand-in never issued."""


def decode_params(fields: dict[str, str]) -> dict[str, Any]:
    """Form fields as PTB sends them: JSON where the Bot API expects objects or numbers."""
    params: dict[str, Any] = {}
    for key, value in fields.items():
        if key in _JSON_FIELDS:
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        else:
            params[key] = value
    return params


class FakeRequest(BaseRequest):
    """python-telegram-bot's network layer, answered by a :class:`BotApi` in-process."""

    def __init__(self, api: BotApi) -> None:
        self.api = api

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    @property
    def read_timeout(self) -> float:
        """PTB adds it to long polls; the stand-in answers at once."""
        return 1.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *_timeouts: object,
        **_named_timeouts: object,
    ) -> tuple[int, bytes]:
        """Answer at once, in-process: PTB's timeouts (read, write, connect, pool) do not apply."""
        if "/file/bot" in url:
            content = self.api.files.get(url.rsplit("/", 1)[-1])
            return (200, content) if content is not None else (404, b"")
        name = url.rsplit("/", 1)[-1]
        fields = dict(request_data.json_parameters) if request_data is not None else {}
        params = decode_params(fields)
        if request_data is not None and request_data.contains_files:
            for part in request_data.multipart_data.values():
                file_name, upload = part[0], part[1]
                params["_document_bytes"] = upload if isinstance(upload, bytes) else upload.read()
                params["_document_name"] = file_name
        status, body = await self.api.handle(name, params)
        return status, json.dumps(body).encode()


class HttpStandIn:
    """The Bot API over HTTP on 127.0.0.1: ``{base}/bot<token>/<method>``."""

    def __init__(self, api: BotApi) -> None:
        self.api = api
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.tokens: set[str] = set()
        # Telegram's failures (issue 16): a token it does not know gets 401; a method listed in
        # `failing` gets a 502 from the proxy in front of it, that many more times.
        self.valid_tokens: set[str] | None = None
        self.failing: dict[str, int] = {}
        self.failed: list[str] = []

    @property
    def base_url(self) -> str:
        """What ``TELEGRAM_API_BASE_URL`` names: ``{base}<token>/<method>``."""
        return f"http://127.0.0.1:{self.port}/bot"

    def reserve(self) -> int:
        """Choose the port now and listen on it later (:meth:`start`): a Bot API not up yet."""
        if not self.port:
            self.port = free_port()
        return self.port

    def _refusal(self, token: str, method: str) -> web.Response | None:
        if self.valid_tokens is not None and token not in self.valid_tokens:
            self.failed.append(method)
            body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
            return web.json_response(body, status=401)
        if self.failing.get(method, 0) > 0:
            self.failing[method] -= 1
            self.failed.append(method)
            return web.Response(status=502, text="<html>502 Bad Gateway</html>")
        return None

    async def start(self) -> None:
        """Listen on 127.0.0.1 (on the reserved port, if any)."""
        app = web.Application()
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._serve_file)
        app.router.add_route("*", "/bot{token}/{method}", self._serve)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        self.reserve()
        site = web.TCPSite(self.runner, "127.0.0.1", self.port)
        await site.start()

    async def stop(self) -> None:
        """Wake pending long polls and stop listening."""
        self.api.wake()
        if self.runner is not None:
            await self.runner.cleanup()

    async def _serve_file(self, request: web.Request) -> web.Response:
        content = self.api.files.get(request.match_info["path"].rsplit("/", 1)[-1])
        return web.Response(body=content) if content is not None else web.Response(status=404)

    async def _serve(self, request: web.Request) -> web.Response:
        self.tokens.add(request.match_info["token"])
        refusal = self._refusal(request.match_info["token"], request.match_info["method"])
        if refusal is not None:
            return refusal
        fields: dict[str, str] = {}
        if request.content_type == "application/json":
            body = await request.json()
            fields = {k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()}
        elif request.can_read_body:
            form = await request.post()
            extra: dict[str, Any] = {}
            for k, v in form.items():
                if isinstance(v, web.FileField):
                    extra["_document_bytes"] = v.file.read()
                    extra["_document_name"] = v.filename
                else:
                    fields[k] = str(v)
            status, payload = await self.api.handle(
                request.match_info["method"], {**decode_params(fields), **extra}
            )
            return web.json_response(payload, status=status)
        status, payload = await self.api.handle(
            request.match_info["method"], decode_params(fields)
        )
        return web.json_response(payload, status=status)
