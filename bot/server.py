"""HTTP for operators and Telegram: ``/healthz``, ``/metrics`` and the webhook.

In webhook mode Telegram posts updates to ``POST /telegram``.

The webhook answers only after the update was handled, so an update a replica could not
finish (it was stopped, it crashed) is retried by Telegram and handled by another replica:
nothing lost, nothing doubled. Every webhook request must carry the secret token the bot set
with ``setWebhook`` (derived from the bot token, so every replica knows it without one more
variable); anything else is refused.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from typing import Any, Final

from aiohttp import web
from telegram import Update

from bot.context import BotData, ScamApplication
from bot.settings import Settings

log = logging.getLogger(__name__)
WEBHOOK_PATH: Final = "/telegram"
ALLOWED_UPDATES: Final = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]


def webhook_secret(token: str) -> str:
    """The secret token Telegram sends back with every webhook request (hex, 64 chars)."""
    return hmac.new(token.encode(), b"scamcheck-webhook", hashlib.sha256).hexdigest()


class BotServer:
    """The aiohttp server of one bot process."""

    def __init__(self, application: ScamApplication, settings: Settings, *, webhook: bool) -> None:
        self.application = application
        self.settings = settings
        self.webhook = webhook
        self.secret = webhook_secret(settings.token)
        self.stopping = False
        self.starting = False
        """True while the Bot API has not answered yet (see :mod:`bot.lifecycle`)."""
        self.inflight = 0
        self.idle = asyncio.Event()
        self.idle.set()
        self.runner: web.AppRunner | None = None

    @property
    def data(self) -> BotData:
        """The bot's shared objects."""
        data: BotData = self.application.bot_data
        return data

    def make_app(self) -> web.Application:
        """The routes of this process."""
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics)
        if self.webhook:
            app.router.add_post(WEBHOOK_PATH, self.receive)
        return app

    async def start(self, host: str, port: int) -> None:
        """Listen on host:port."""
        self.runner = web.AppRunner(self.make_app(), access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, host, port).start()
        log.info("http server listening", extra={"port": port, "webhook": self.webhook})

    async def stop(self, grace: float = 20.0) -> None:
        """Refuse new updates (Telegram retries them elsewhere), finish those in flight."""
        self.stopping = True
        try:
            if self.inflight:  # wait_for(..., 0) would time out even on a set event
                await asyncio.wait_for(self.idle.wait(), grace)
        except TimeoutError:
            log.warning("stopped with updates still in flight", extra={"inflight": self.inflight})
        if self.runner is not None:
            await self.runner.cleanup()

    async def healthz(self, request: web.Request) -> web.Response:
        """200 when the process is up and Redis answers, else 503.

        503 "starting" until Telegram has answered, so that nothing is routed to a replica that
        is still waiting for it.
        """
        store = self.data.store
        redis_ok = bool(store is not None and await store.ping())
        if self.starting:
            return web.json_response({"status": "starting", "redis": redis_ok}, status=503)
        status = 200 if redis_ok and not self.stopping else 503
        body = {"status": "ok" if status == 200 else "unavailable", "redis": redis_ok}
        return web.json_response(body, status=status)

    async def metrics(self, request: web.Request) -> web.Response:
        """The Prometheus text format."""
        metrics = self.data.metrics
        if metrics is None:
            return web.Response(status=404)
        reports = self.data.reports
        if reports is not None:
            try:
                metrics.reports_waiting.set(await reports.pending())
            except Exception:
                metrics.redis_errors.inc()
        return web.Response(body=metrics.render(), content_type="text/plain", charset="utf-8")

    async def receive(self, request: web.Request) -> web.Response:
        """One webhook update: checked, handled, then answered."""
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given, self.secret):
            log.warning("webhook request without the right secret token")
            return web.Response(status=403)
        if self.stopping or self.starting:
            return web.Response(status=503)  # Telegram retries; another replica answers
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400)
        self.inflight += 1
        self.idle.clear()
        started = time.perf_counter()
        try:
            await self.application.process_update(update)
        finally:
            self.inflight -= 1
            if self.inflight == 0:
                self.idle.set()
            if self.data.metrics is not None:
                self.data.metrics.update_seconds.observe(time.perf_counter() - started)
                self.data.metrics.updates.labels("webhook").inc()
        return web.Response(text="ok")


def health_server_hooks(settings: Settings) -> tuple[Any, Any]:
    """post_init/post_shutdown additions that serve /healthz and /metrics in polling mode."""

    async def start(application: ScamApplication) -> None:
        if settings.port:
            server = BotServer(application, settings, webhook=False)
            await server.start("0.0.0.0", settings.port)  # noqa: S104 - a container's port
            application.bot_data.http = server

    async def stop(application: ScamApplication) -> None:
        server = application.bot_data.http
        if server is not None:
            await server.stop(grace=0)

    return start, stop
