"""The wheel the image installs: built here, installed into a clean virtual environment, and
started with the image's own command (`scamcheck bot`) against the Bot API stand-in.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from harness.processes import RedisServer
from harness.standin import BotApi, HttpStandIn

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--wheel-dir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        timeout=600,
    )
    wheels = list(dist.glob("scamcheck-*.whl"))
    assert len(wheels) == 1
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheels[0])], check=True, timeout=900
    )
    return env_dir / "bin"


def test_the_wheel_holds_its_data_and_checks_offline(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    result = subprocess.run(
        [
            str(installed / "scamcheck"),
            "check",
            "--lang",
            "ta",
            "Verify at https://www.scamcheck-demo.example/x",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert result.stdout.startswith("🔴 மோசடியாக இருக்க வாய்ப்பு அதிகம்")  # catalogues, seeds inside


async def test_scamcheck_bot_starts_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    api = BotApi()
    standin = HttpStandIn(api)
    await standin.start()
    server = RedisServer(tmp_path)
    server.start()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": "42:WHEEL",
        "TELEGRAM_API_BASE_URL": standin.base_url,
        "REDIS_URL": server.url,
        "PORT": str(server.port + 1),
        "NO_PROXY": "127.0.0.1",
    }
    process = await asyncio.create_subprocess_exec(
        str(installed / "scamcheck"),
        "bot",
        env=env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            if any(c.method == "getUpdates" for c in api.calls):
                break
            await asyncio.sleep(0.05)
        assert any(c.method == "getUpdates" for c in api.calls)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
        await standin.stop()
        server.stop()
