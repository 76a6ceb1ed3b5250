"""Start-up and shutdown of ``scamcheck bot``, as an operator expects.

* Telegram away at start (DNS, refused, timeout, 5xx, flood control): every Bot API call of
  the start-up (``getMe``, ``setMyCommands``, ``deleteWebhook`` or ``setWebhook``) is retried
  with capped exponential backoff and jitter, one log line per failed attempt, while
  ``/healthz`` answers 503 "starting"; the bot serves as soon as the API answers. An optional
  limit (``SCAMCHECK_STARTUP_MAX_WAIT``) ends the wait with exit status 69.
* A permanent failure (the token rejected, the webhook URL refused) is one line and exit
  status 78, without a traceback.
* SIGTERM/SIGINT at any moment: whatever was started is stopped and every session and pool
  closed, exit status 0.
* A ``getUpdates`` outage while running is logged when it starts and when it ends, with the
  number of failed attempts, rather than once per attempt (:mod:`bot.outage`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter
from telegram.request import BaseRequest

from bot.context import ScamApplication
from bot.outage import OutageWatch, describe, ignore_polling_error
from bot.server import ALLOWED_UPDATES, BotServer
from bot.settings import DEFAULT_API_BASE_URL, Settings

log = logging.getLogger(__name__)

__all__ = [
    "EXIT_CONFIG",
    "EXIT_STOPPED",
    "EXIT_UNAVAILABLE",
    "Backoff",
    "FatalError",
    "Lifecycle",
    "token_rejected",
]

# Exit statuses of ``scamcheck bot`` (sysexits.h numbers; the README's Operating section).
EXIT_STOPPED: Final = 0
EXIT_UNAVAILABLE: Final = 69  # EX_UNAVAILABLE: Telegram did not answer within the limit
EXIT_CONFIG: Final = 78  # EX_CONFIG: bad configuration, token rejected, webhook URL refused
WEBHOOK_GRACE: Final = 20.0  # seconds to finish the updates in flight on SIGTERM


class FatalError(Exception):
    """The bot cannot run: ``line`` says what is wrong and what to do; ``code`` is the status."""

    def __init__(self, line: str, code: int) -> None:
        super().__init__(line)
        self.line = line
        self.code = code


def token_rejected(detail: str, settings: Settings) -> FatalError:
    """Telegram answered 401/404: the token is wrong or was revoked."""
    also = (
        ""
        if settings.api_base_url == DEFAULT_API_BASE_URL
        else f" (or TELEGRAM_API_BASE_URL {settings.api_base_url} is not a Bot API server)"
    )
    return FatalError(
        f"scamcheck: Telegram rejected TELEGRAM_BOT_TOKEN ({detail}): copy the bot's token "
        f"again from @BotFather (/mybots, API Token) and restart{also}",
        EXIT_CONFIG,
    )


@dataclass
class Backoff:
    """Capped exponential backoff with jitter: attempt n waits 50-100 % of first * 2^(n-1).

    The jitter keeps replicas restarted together from knocking on Telegram in step.
    """

    first: float = 1.0
    cap: float = 30.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """Seconds to wait after the ``attempt``-th failure (1-based)."""
        ceiling = min(self.cap, self.first * 2.0 ** min(max(attempt - 1, 0), 32))
        return ceiling * (0.5 + self.rng.random() / 2)  # jitter, not secrecy


class Lifecycle:
    """One run of the bot process, from the first log line to exit.

    Args:
        app: the Application (handlers registered, not initialised).
        settings: the configuration.
        requests: the network layers given to the Application, closed at the end whatever
            happened (PTB closes them only when its initialisation succeeded).
        watch: the outage watch of the ``getUpdates`` layer.
        prepare: opens what does not need Telegram (the store), before the wait.
        backoff: the delays between attempts.
        stop_requested: whether SIGTERM/SIGINT came before :meth:`run` took them over.
    """

    def __init__(
        self,
        app: ScamApplication,
        settings: Settings,
        *,
        requests: Sequence[BaseRequest],
        watch: OutageWatch,
        prepare: Callable[[ScamApplication], Awaitable[None]],
        backoff: Backoff | None = None,
        stop_requested: Callable[[], bool] | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.requests = requests
        self.watch = watch
        self.prepare = prepare
        self.backoff = backoff or Backoff()
        self.stop_requested = stop_requested or (lambda: False)
        self.server: BotServer | None = None
        self.deadline: float | None = None
        self.stop = asyncio.Event()

    async def run(self) -> None:
        """Start, serve until SIGTERM/SIGINT, stop; always closes what it opened.

        Raises:
            FatalError: a permanent failure (its line is for the operator).
        """
        stop = self.stop
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        if self.stop_requested():
            stop.set()
        if self.settings.startup_max_wait is not None:
            self.deadline = time.monotonic() + self.settings.startup_max_wait
        try:
            if not await _unless_stopped(self._start(), stop):
                log.info("stopped while starting")
                return
            log.info(
                "bot ready", extra={"mode": "webhook" if self.settings.webhook_url else "polling"}
            )
            await _unless_stopped(self.watch.rejected.wait(), stop)
            if self.watch.rejected.is_set():
                raise token_rejected(self.watch.rejected_detail, self.settings)
            log.info("stopping")
        finally:
            await self._close()

    async def _start(self) -> None:
        app, settings = self.app, self.settings
        await self.prepare(app)
        self._stop_point()
        webhook = bool(settings.webhook_url)
        if webhook or settings.port:
            # Up before Telegram answers, so that /healthz can say "starting".
            server = BotServer(app, settings, webhook=webhook)
            server.starting = True
            self.server = server
            app.bot_data.http = server
            await server.start("0.0.0.0", settings.port or 8080)  # noqa: S104 - a container's port
        await self._retry("getMe", app.initialize)
        if app.post_init is not None:
            post_init = app.post_init
            await self._retry("setMyCommands", lambda: post_init(app))
        if webhook:
            secret = self.server.secret if self.server is not None else ""
            await self._retry(
                "setWebhook",
                lambda: app.bot.set_webhook(
                    url=settings.webhook_url or "",
                    secret_token=secret,
                    allowed_updates=ALLOWED_UPDATES,
                    max_connections=100,
                ),
            )
        else:
            updater = app.updater
            if updater is None:
                raise RuntimeError("polling needs the Application's updater")
            await self._retry("deleteWebhook", app.bot.delete_webhook)
            await self._retry(
                "startPolling",
                lambda: updater.start_polling(
                    allowed_updates=ALLOWED_UPDATES, error_callback=ignore_polling_error
                ),
            )
            await app.start()
        if self.server is not None:
            self.server.starting = False

    async def _retry(self, step: str, action: Callable[[], Awaitable[Any]]) -> None:
        """Call ``action`` until Telegram answers; transient failures are waited out."""
        attempt = 0
        while True:
            attempt += 1
            self._stop_point()
            try:
                await action()
            except InvalidToken as exc:
                detail = str(exc.__cause__ or "HTTP 401/404")
                raise token_rejected(f"{detail} to {step}", self.settings) from None
            except BadRequest as exc:
                if step != "setWebhook":
                    raise  # our request is wrong: a bug, with its traceback
                raise FatalError(
                    f"scamcheck: Telegram refused WEBHOOK_URL ({exc.message}): it must be a "
                    "public https:// URL on port 443, 80, 88 or 8443 that reaches /telegram",
                    EXIT_CONFIG,
                ) from None
            except (NetworkError, RetryAfter) as exc:  # refused, DNS, timeout, 5xx, 429
                delay = self.backoff.delay(attempt)
                retry_after = getattr(exc, "_retry_after", None)
                if retry_after is not None:
                    delay = max(delay, retry_after.total_seconds())
                self._wait_or_give_up(step, exc, attempt, delay)
                with contextlib.suppress(TimeoutError):  # a stop ends the wait at once
                    await asyncio.wait_for(self.stop.wait(), self._bounded(delay))
            else:
                if attempt > 1:
                    log.info("telegram answered", extra={"step": step, "attempts": attempt})
                return

    def _stop_point(self) -> None:
        """Stop here if SIGTERM/SIGINT came.

        Cancelling the start-up is not enough: the store's client can swallow a cancellation.
        """
        if self.stop.is_set():
            raise asyncio.CancelledError

    def _bounded(self, delay: float) -> float:
        if self.deadline is None:
            return delay
        return max(0.0, min(delay, self.deadline - time.monotonic()))

    def _wait_or_give_up(
        self, step: str, error: BaseException, attempt: int, delay: float
    ) -> None:
        what = describe(error, self.settings.token)
        limit = self.settings.startup_max_wait
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise FatalError(
                f"scamcheck: the Bot API at {self.settings.api_base_url} did not answer within "
                f"{limit:g} s (SCAMCHECK_STARTUP_MAX_WAIT); last error: {what}",
                EXIT_UNAVAILABLE,
            )
        log.warning(
            "telegram not reachable yet, will retry",
            extra={
                "step": step,
                "failure": what,
                "base_url": self.settings.api_base_url,
                "attempt": attempt,
                "retry_in": round(self._bounded(delay), 2),
            },
        )

    async def _close(self) -> None:
        """Stop whatever was started, in order; one failing step does not skip the others."""
        app = self.app
        steps: list[tuple[str, Callable[[], Awaitable[Any]]]] = []
        updater = app.updater
        if updater is not None and updater.running:

            async def stop_updater() -> None:
                with contextlib.suppress(InvalidToken):  # polling ended on a revoked token
                    await updater.stop()

            steps.append(("updater", stop_updater))
        if app.running:
            steps.append(("application", app.stop))
        server = self.server
        if server is not None:

            async def stop_server() -> None:
                app.bot_data.http = None  # so that post_shutdown does not stop it again
                await server.stop(grace=WEBHOOK_GRACE if server.webhook else 0.0)

            steps.append(("http server", stop_server))
        if app.post_shutdown is not None:
            post_shutdown = app.post_shutdown
            steps.append(("stores", lambda: post_shutdown(app)))
        steps.append(("bot", app.shutdown))
        steps.extend(("network", request.shutdown) for request in self.requests)
        for name, step in steps:
            try:
                await step()
            except Exception as exc:  # shutting down: log, close the rest
                log.warning(
                    "shutdown step failed", extra={"step": name, "failure": type(exc).__name__}
                )


async def _unless_stopped(work: Awaitable[Any], stop: asyncio.Event) -> bool:
    """Await ``work`` unless ``stop`` is set first (then ``work`` is cancelled): True if done."""
    task = asyncio.ensure_future(work)
    waiter = asyncio.ensure_future(stop.wait())
    try:
        done, _ = await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    if task in done:
        task.result()
        return True
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return False
