"""Safe expansion of shortened links (opt-in: ``SCAMCHECK_EXPAND_LINKS=1``).

A shortener hides where a link goes; following it must never let a scammer point the bot at
our own network. Every hop is checked before connecting: http or https only, no user info,
ports 80 and 443 only, and the address actually connected to must be a global one (checked in
the resolver, so a DNS answer cannot change between check and use; IPv4-mapped, 6to4, Teredo
and NAT64 forms are unwrapped first). At most five hops, HEAD first, no body read, short
timeouts, no proxy from the environment. Only shortener hosts are followed: once a redirect
leads elsewhere, that destination is returned without connecting to it, and judged by the URL
checker like any link.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from blocklists.lookups import Lookups
from checkers.case import Case
from checkers.codes import finding
from checkers.data import SHORTENERS
from checkers.extract import Link, parse_link
from checkers.url import UrlChecker
from checkers.verdict import Finding

MAX_HOPS: Final = 5
TIMEOUT: Final = 3.0
ALLOWED_PORTS: Final = frozenset({80, 443})
_NAT64: Final = ipaddress.ip_network("64:ff9b::/96")


class Refused(Exception):
    """A hop the expander will not take; the message says why (for logs and tests)."""


def is_public_address(address: str) -> bool:
    """Whether connecting to this address can only reach the public internet."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip.teredo is not None:
            ip = ip.teredo[1]
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return bool(ip.is_global and not ip.is_multicast)


class PublicOnlyResolver(AbstractResolver):
    """Resolves like the system does, then drops every address that is not public."""

    def __init__(
        self,
        allowed: Callable[[str], bool] = is_public_address,
        lookup: Callable[..., Awaitable[list[Any]]] | None = None,
    ) -> None:
        self.allowed = allowed
        self.lookup = lookup

    async def resolve(
        self, host: str, port: int = 0, family: int = socket.AF_INET
    ) -> list[ResolveResult]:
        """The public addresses of ``host`` (raises when there is none)."""
        lookup = self.lookup or asyncio.get_running_loop().getaddrinfo
        infos = await lookup(host, port, type=socket.SOCK_STREAM, family=family)
        results: list[ResolveResult] = []
        for fam, _, proto, _, sockaddr in infos:
            address = str(sockaddr[0])
            if self.allowed(address):
                results.append(
                    {
                        "hostname": host,
                        "host": address,
                        "port": int(sockaddr[1]),
                        "family": fam,
                        "proto": proto,
                        "flags": socket.AI_NUMERICHOST,
                    }
                )
        if not results:
            raise OSError(f"no public address for {host}")
        return results

    async def close(self) -> None:
        """Nothing to close."""


class LinkExpander:
    """Follows shortened links to where they lead."""

    def __init__(
        self,
        *,
        resolver: AbstractResolver | None = None,
        allowed_address: Callable[[str], bool] = is_public_address,
        allowed_ports: frozenset[int] = ALLOWED_PORTS,
        shorteners: frozenset[str] = SHORTENERS,
        timeout: float = TIMEOUT,
    ) -> None:
        self.resolver = resolver or PublicOnlyResolver(allowed_address)
        self.allowed_address = allowed_address
        self.allowed_ports = allowed_ports
        self.shorteners = shorteners
        self.timeout = timeout

    def _check_hop(self, link: Link) -> None:
        if link.scheme not in ("http", "https"):
            raise Refused(f"scheme {link.scheme}")
        if link.userinfo is not None:
            raise Refused("user info in the link")
        port = link.port or (443 if link.scheme == "https" else 80)
        if port not in self.allowed_ports:
            raise Refused(f"port {port}")
        host = link.host.strip("[]")
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return
        if not self.allowed_address(host):  # IP literals skip the resolver
            raise Refused(f"address {host}")

    def is_shortener(self, link: Link) -> bool:
        """Whether the link's host only redirects (bit.ly and the like)."""
        return link.host in self.shorteners or link.domain in self.shorteners

    async def expand(self, url: str) -> str:
        """Where a shortened link leads (the last URL reached or pointed to).

        Raises:
            Refused: a hop is forbidden (private address, odd port, too many hops…).
        """
        link = parse_link(url)
        if link is None:
            raise Refused("not a link")
        connector = aiohttp.TCPConnector(resolver=self.resolver, use_dns_cache=False, limit=2)
        timeout = aiohttp.ClientTimeout(
            total=self.timeout * 2, sock_connect=self.timeout, sock_read=self.timeout
        )
        async with aiohttp.ClientSession(
            connector=connector, timeout=timeout, trust_env=False
        ) as session:
            for _hop in range(MAX_HOPS):
                if not self.is_shortener(link):
                    return link.url
                self._check_hop(link)
                location = await self._next(session, link.url)
                if location is None:
                    return link.url
                following = parse_link(str(URL(link.url).join(URL(location))))
                if following is None:
                    raise Refused("unreadable redirect")
                link = following
        raise Refused("too many redirects")

    async def _next(self, session: aiohttp.ClientSession, url: str) -> str | None:
        try:
            for method in ("HEAD", "GET"):
                async with session.request(method, url, allow_redirects=False) as response:
                    if response.status in (405, 501) and method == "HEAD":
                        continue
                    if response.status in (301, 302, 303, 307, 308):
                        return response.headers.get("Location")
                    return None  # an answer that is not a redirect: this is where it leads
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise Refused(f"could not follow ({type(exc).__name__})") from exc
        return None


class ExpansionChecker:
    """Judges where shortened links lead (URL018 plus the destination's own findings)."""

    name = "expand"
    io_bound = True

    def __init__(self, expander: LinkExpander | None = None) -> None:
        self.expander = expander or LinkExpander()

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """Expand each shortened link and check its destination like a link in the message."""
        findings: list[Finding] = []
        judge = UrlChecker()
        for link in case.links:
            if not self.expander.is_shortener(link):
                continue
            try:
                destination = await self.expander.expand(link.url)
            except Refused:
                continue
            target = parse_link(destination)
            if target is None or target.url == link.url:
                continue
            findings.append(finding("URL018", link.text, domain=target.domain))
            findings.extend(judge.check_link(target, lookups))
        return findings
