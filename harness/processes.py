"""The processes the tests and benchmarks start: a redis-server of their own, the real bot.

Everything listens on 127.0.0.1 only; nothing here leaves the machine.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from harness import ROOT


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServerMissing(RuntimeError):
    """The redis-server binary is not installed."""


class RedisServer:
    """A redis-server process of our own on 127.0.0.1, started and stopped by its owner."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RedisServerMissing(
                "redis-server is not installed: run the README's test command, which installs it"
            )
        self.binary = binary
        self.workdir = workdir
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The URL the bot and the store connect to."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start the server and wait (up to 10 s) until it answers PING."""
        self.process = subprocess.Popen(  # noqa: S603 - our own binary, fixed arguments
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
                "--protected-mode",
                "yes",
                # As in production (compose.yaml): list buckets stay in compact listpacks.
                "--hash-max-listpack-entries",
                "512",
                "--hash-max-listpack-value",
                "256",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s)."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


def bot_env(token: str, base_url: str, redis_url: str, **extra: str) -> dict[str, str]:
    """The environment of a ``scamcheck bot`` talking to a Bot API at ``base_url``."""
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": base_url,
        "REDIS_URL": redis_url,
        "NO_PROXY": "127.0.0.1,localhost",
        **extra,
    }


async def start_bot(env: dict[str, str], log: IO[bytes]) -> asyncio.subprocess.Process:
    """Start the real ``scamcheck bot`` (``python -m bot.cli bot``); its output goes to ``log``."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "bot",
        env=env,
        stdout=log,
        stderr=asyncio.subprocess.STDOUT,
        cwd=ROOT,
    )


async def stop_bot(process: asyncio.subprocess.Process, grace: float = 20) -> None:
    """Stop a ``scamcheck bot`` process as an operator would: SIGTERM, then SIGKILL if it hangs."""
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), grace)
    except TimeoutError:
        process.kill()
        await process.wait()


_T = TypeVar("_T")


async def wait_for_bot(
    process: asyncio.subprocess.Process,
    log_path: Path,
    predicate: Callable[[], _T],
    seconds: float,
    interval: float = 0.02,
) -> _T:
    """Poll ``predicate`` until it is truthy, and return what it returned.

    The bot's exit or the time limit is an :class:`AssertionError` with the end of its log.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        if process.returncode is not None:
            raise AssertionError(f"the bot exited:\n{_tail(log_path)}")
        await asyncio.sleep(interval)
    raise AssertionError(f"timed out; bot output:\n{_tail(log_path)}")


def _tail(log_path: Path) -> str:
    return log_path.read_text(errors="replace")[-3000:]
