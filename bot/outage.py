"""A ``getUpdates`` outage while the bot runs: two log lines, not one per failed attempt.

:class:`WatchedRequest` is the network layer of the polling loop; it tells an
:class:`OutageWatch` about each answer. The watch logs when an outage starts and when it ends
(with the number of failed attempts), and notes a token Telegram refuses while running, which
stops the bot (:mod:`bot.lifecycle`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from telegram.error import NetworkError, TelegramError
from telegram.request import BaseRequest

from bot.network import AiohttpRequest
from bot.settings import Settings

# The start-up's logger: operators follow the bot's connection to Telegram under one name.
log = logging.getLogger("bot.lifecycle")


def describe(error: BaseException, token: str) -> str:
    """What failed, in one short phrase, never with the token."""
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return text.replace(token, "<token>") if token else text


class OutageWatch:
    """Turns every failed ``getUpdates`` of an outage into two log lines: start and end."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self.base_url = settings.api_base_url
        self.token = settings.token
        self.clock = clock
        self.failures = 0
        self.since = 0.0
        self.rejected: asyncio.Event = asyncio.Event()
        self.rejected_detail = ""

    def failed(self, what: str) -> None:
        """One failed attempt; the first of an outage is logged."""
        self.failures += 1
        if self.failures == 1:
            self.since = self.clock()
            log.warning(
                "telegram unreachable: getUpdates failing, retrying quietly until it answers",
                extra={"failure": what.replace(self.token, "<token>"), "base_url": self.base_url},
            )

    def answered(self) -> None:
        """A successful answer; ends an outage, if there was one."""
        if self.failures:
            log.warning(
                "telegram reachable again",
                extra={
                    "failed_attempts": self.failures,
                    "outage_seconds": round(self.clock() - self.since, 1),
                    "base_url": self.base_url,
                },
            )
            self.failures = 0

    def reject(self, status: int) -> None:
        """Telegram refused the token while running (revoked): the bot must stop."""
        self.rejected_detail = f"HTTP {status} to getUpdates"
        self.rejected.set()


class WatchedRequest(AiohttpRequest):
    """The ``getUpdates`` network layer, reporting each answer to an :class:`OutageWatch`."""

    def __init__(self, watch: OutageWatch, connection_pool_size: int = 1) -> None:
        super().__init__(connection_pool_size)
        self.watch = watch

    async def do_request(  # noqa: D102 - AiohttpRequest.do_request, observed
        self,
        url: str,
        method: str,
        request_data: Any = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        try:
            status, body = await super().do_request(
                url,
                method,
                request_data,
                read_timeout,
                write_timeout,
                connect_timeout,
                pool_timeout,
            )
        except NetworkError as exc:  # TimedOut included
            self.watch.failed(describe(exc, self.watch.token))
            raise
        if 200 <= status < 300:
            self.watch.answered()
        elif status in (401, 404):
            self.watch.reject(status)
        else:
            self.watch.failed(_status_text(status))
        return status, body


def _status_text(status: int) -> str:
    """``HTTP 502 Bad Gateway``; ``HTTP 409 Conflict`` says another process polls."""
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def ignore_polling_error(error: TelegramError) -> None:
    """Nothing: the :class:`OutageWatch` logs the outage.

    Without this callback PTB's polling loop logs every failed attempt with its traceback.
    """
