"""python-telegram-bot's network layer on aiohttp (already a dependency).

PTB's default layer (httpx) spends most of the bot's CPU under load in its connection pool's
bookkeeping (the benchmarks measured about 5 ms per update, of which 3 in httpx/httpcore);
aiohttp's pooled client does the same work in a fraction of that. Behaviour follows PTB's own
``HTTPXRequest``: form-encoded fields (JSON-encoded where not strings), multipart when files
are attached, ``TimedOut`` and ``NetworkError`` for failures.
"""

from __future__ import annotations

import asyncio
from typing import Any, Final

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT: Final = 5.0


class AiohttpRequest(BaseRequest):
    """A pooled aiohttp session serving every Bot API call of one purpose.

    Args:
        connection_pool_size: connections kept to the Bot API server.
        read_timeout: default seconds to wait for an answer (long polls pass their own).
        connect_timeout: seconds to establish a connection.
    """

    def __init__(
        self,
        connection_pool_size: int = 16,
        read_timeout: float = DEFAULT_TIMEOUT,
        connect_timeout: float = DEFAULT_TIMEOUT,
        pool_timeout: float = 10.0,
    ) -> None:
        self._limit = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        """The default read timeout (PTB adds it to long-poll timeouts)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (idempotent)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._limit, enable_cleanup_closed=True)
            # trust_env: an operator's HTTPS_PROXY/NO_PROXY apply to the Bot API, as with httpx.
            self._session = aiohttp.ClientSession(connector=connector, trust_env=True)

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; the status and body go back to PTB, which reads the JSON."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = (
            self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        )
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        timeout = aiohttp.ClientTimeout(
            total=None, connect=pool, sock_connect=connect, sock_read=read
        )
        body: Any = None
        if request_data is not None:
            if request_data.contains_files:
                form = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, part in request_data.multipart_data.items():
                    if isinstance(part, tuple):
                        form.add_field(
                            name,
                            part[1],
                            filename=part[0],
                            content_type=part[2] if len(part) > 2 else None,
                        )
                    else:
                        form.add_field(name, part)
                body = form
            else:
                body = request_data.json_parameters
        try:
            async with self._session.request(
                method, url, data=body, timeout=timeout, headers={"User-Agent": self.USER_AGENT}
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except asyncio.TimeoutError as exc:  # noqa: UP041 - aiohttp may raise the asyncio alias
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
