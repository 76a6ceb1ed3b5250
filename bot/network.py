"""python-telegram-bot's network layer on aiohttp (already a dependency).

PTB's default layer (httpx) spends most of the bot's CPU under load in its connection pool's
bookkeeping (the benchmarks measured about 5 ms per update, of which 3 in httpx/httpcore);
aiohttp's pooled client does the same work in a fraction of that. Behaviour follows PTB's own
``HTTPXRequest``, except that parameters go as one JSON body (multipart when files are
attached); ``TimedOut`` and ``NetworkError`` for failures.
"""

from __future__ import annotations

import asyncio
import json
from http import HTTPStatus
from typing import Any, Final

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

DEFAULT_TIMEOUT: Final = 5.0
_HEADERS: Final = {"User-Agent": BaseRequest.USER_AGENT}
_JSON_HEADERS: Final = {**_HEADERS, "Content-Type": "application/json"}
_Proxy = tuple[URL | None, aiohttp.BasicAuth | None]


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
        self._proxies: dict[tuple[str, str | None, int | None], _Proxy] = {}

    def _proxy(self, url: str) -> _Proxy:
        """The proxy the environment names for this URL's origin, looked up once per origin."""
        target = URL(url)
        origin = (target.scheme, target.host, target.port)
        found = self._proxies.get(origin)
        if found is None:
            try:
                found = get_env_proxy_for_url(target)
            except LookupError:  # no proxy for this origin, or NO_PROXY names it
                found = (None, None)
            self._proxies[origin] = found
        return found

    @property
    def read_timeout(self) -> float:
        """The default read timeout (PTB adds it to long-poll timeouts)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (idempotent)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._limit, enable_cleanup_closed=True)
            # An operator's HTTPS_PROXY/NO_PROXY apply to the Bot API, as with httpx; but not
            # through aiohttp's trust_env, which looks them (and ~/.netrc) up in a worker
            # thread on every request: see _proxy.
            self._session = aiohttp.ClientSession(connector=connector)
            self._proxies.clear()

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
        headers = _HEADERS
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
                # One JSON document (the Bot API takes application/json): cheaper to build
                # than a form whose every field is JSON-encoded and then percent-encoded.
                body = json.dumps(request_data.parameters).encode()
                headers = _JSON_HEADERS
        proxy, proxy_auth = self._proxy(url)
        try:
            async with self._session.request(
                method,
                url,
                data=body,
                timeout=timeout,
                headers=headers,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                status, payload = response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except asyncio.TimeoutError as exc:  # noqa: UP041 - aiohttp may raise the asyncio alias
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        if status >= 400 and not payload.lstrip().startswith(b"{"):
            # A proxy's HTML error page (502 from a load balancer in front of the Bot API):
            # PTB would log it as invalid JSON on every attempt; give it Telegram's form.
            payload = _error_body(status)
        return status, payload


def _error_body(status: int) -> bytes:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    return json.dumps({"ok": False, "error_code": status, "description": phrase}).encode()
