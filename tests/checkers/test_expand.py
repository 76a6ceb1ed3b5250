"""Safe link expansion against local servers: forbidden targets are refused before any
connection, and a redirect chain is judged by its destination.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from checkers.case import prepare
from checkers.expand import ExpansionChecker, LinkExpander, Refused, is_public_address
from checkers.verdict import Submission
from harness.processes import free_port
from tests.checkers.helpers import lookups


class MapResolver(AbstractResolver):
    """Test DNS: every name resolves to the address given (what a scammer controls)."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self.asked: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: int = socket.AF_INET
    ) -> list[ResolveResult]:
        self.asked.append(host)
        return [
            {
                "hostname": host,
                "host": self.table[host],
                "port": port,
                "family": socket.AF_INET,
                "proto": 0,
                "flags": 0,
            }
        ]

    async def close(self) -> None:
        pass


@pytest.fixture
async def shortener() -> AsyncIterator[tuple[int, list[str]]]:
    """A local 'bit.ly': /a → another short link, /b → a look-alike bank site, /loop → itself."""
    hits: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        hits.append(f"{request.method} {request.path}")
        targets = {
            "/a": f"http://tinyurl.com:{port}/b",
            "/b": "https://dbs-sg-verify.xyz/login",
            "/loop": f"http://bit.ly:{port}/loop",
            "/internal": "http://169.254.169.254/latest/meta-data/",
            "/relative": "/b",
        }
        if request.path in targets:
            raise web.HTTPFound(targets[request.path])
        return web.Response(text="a page")

    port = free_port()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield port, hits
    await runner.cleanup()


def local_expander(port: int) -> tuple[LinkExpander, MapResolver]:
    resolver = MapResolver(
        {"bit.ly": "127.0.0.1", "tinyurl.com": "127.0.0.1", "evil.bit.ly": "10.1.2.3"}
    )
    # Only the test's own loopback server is allowed; everything else keeps the real policy.
    allowed = lambda address: address == "127.0.0.1" or is_public_address(address)  # noqa: E731
    return LinkExpander(
        resolver=resolver, allowed_address=allowed, allowed_ports=frozenset({port})
    ), resolver


async def test_a_redirect_chain_is_followed_to_a_destination_it_does_not_visit(
    shortener: tuple[int, list[str]],
) -> None:
    port, hits = shortener
    expander, resolver = local_expander(port)
    assert await expander.expand(f"http://bit.ly:{port}/a") == "https://dbs-sg-verify.xyz/login"
    assert hits == ["HEAD /a", "HEAD /b"]  # HEAD only, and never the destination
    assert "dbs-sg-verify.xyz" not in resolver.asked
    assert (
        await expander.expand(f"http://bit.ly:{port}/relative")
        == "https://dbs-sg-verify.xyz/login"
    )


async def test_the_destination_is_judged_like_any_link(shortener: tuple[int, list[str]]) -> None:
    port, _ = shortener
    expander, _ = local_expander(port)
    case = prepare(Submission(text=f"Claim your reward http://bit.ly:{port}/a"))
    findings = await ExpansionChecker(expander).check(case, lookups())
    codes = [f.code for f in findings]
    assert codes[0] == "URL018" and "dbs-sg-verify.xyz" in findings[0].reason
    assert "URL002" in codes  # the look-alike bank site, judged by its name


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1/x", "address"),
        ("http://10.0.0.1/x", "address"),
        ("http://[::1]/x", "address"),
        ("http://[::ffff:127.0.0.1]/x", "address"),
        ("http://169.254.169.254/latest", "address"),
        ("http://bit.ly@127.0.0.1/x", "user info"),
        ("http://bit.ly:8080/x", "port"),
        ("ftp://bit.ly/x", "not a link"),
    ],
)
async def test_forbidden_targets_are_refused_before_connecting(url: str, why: str) -> None:
    expander = LinkExpander(
        shorteners=frozenset(
            {
                "bit.ly",
                "127.0.0.1",
                "10.0.0.1",
                "[::1]",
                "::1",
                "169.254.169.254",
                "[::ffff:7f00:1]",
            }
        )
    )
    with pytest.raises(Refused, match=why):
        await expander.expand(url)


async def test_a_name_resolving_to_a_private_address_is_refused(
    shortener: tuple[int, list[str]],
) -> None:
    from checkers.expand import PublicOnlyResolver

    port, hits = shortener

    async def scam_dns(host: str, port_: int, **_: object) -> list[tuple[object, ...]]:
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port_)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port_)),
        ]

    expander = LinkExpander(
        resolver=PublicOnlyResolver(lookup=scam_dns), allowed_ports=frozenset({port})
    )
    with pytest.raises(Refused):
        await expander.expand(f"http://bit.ly:{port}/a")
    assert hits == []  # the resolver dropped both addresses: nothing was connected to


async def test_redirects_into_the_internal_network_and_loops_are_refused(
    shortener: tuple[int, list[str]],
) -> None:
    port, _ = shortener
    expander, _ = local_expander(port)
    expander.shorteners = frozenset({"bit.ly", "tinyurl.com", "169.254.169.254"})
    expander.allowed_ports = frozenset({port, 80})
    with pytest.raises(Refused, match="address"):
        await expander.expand(f"http://bit.ly:{port}/internal")
    with pytest.raises(Refused, match="too many"):
        await expander.expand(f"http://bit.ly:{port}/loop")


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("127.0.0.1", False),
        ("10.1.1.1", False),
        ("192.168.0.1", False),
        ("169.254.1.1", False),
        ("::1", False),
        ("::ffff:10.0.0.1", False),
        ("2002:0a00:0001::", False),
        ("64:ff9b::a00:1", False),
        ("224.0.0.1", False),
        ("100.64.0.1", False),
        ("2606:4700::1111", True),
        ("not an ip", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public
