"""`scamcheck blocklist` against a real redis-server: the same validation and audit."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main


@pytest.fixture
def redis_env(redis_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # A database of its own: these commands use the real key names.
    monkeypatch.setenv("REDIS_URL", redis_server.url.rsplit("/", 1)[0] + "/3")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["blocklist", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("redis_env")
def test_operator_changes_are_validated_and_audited(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(
        capsys, "add", "https://login.dbs-verify.xyz", "--reason", "phishing", "--expires", "30d"
    )[1] == ("added: block domain dbs-verify.xyz\n")
    assert (
        run(capsys, "add", "+65 8123 4567", "--reason", "job scam")[1]
        == "added: block phone +6581234567\n"
    )
    assert run(capsys, "allow", "example.org")[1] == "added: allow domain example.org\n"
    code, out, _ = run(capsys, "lookup", "http://www.dbs-verify.xyz/login")
    assert (
        code == 0
        and "block since" in out
        and f"shell:{getpass.getuser()}" in out
        and "phishing" in out
        and ", expires 20" in out
    )
    code, _, err = run(capsys, "add", "abc")
    assert code == 1 and "cannot tell" in err
    code, _, err = run(capsys, "add", "evil.example", "--expires", "soon")
    assert code == 1 and "--expires" in err
    assert run(capsys, "remove", "dbs-verify.xyz")[1] == "removed: block domain dbs-verify.xyz\n"
    assert (
        run(capsys, "remove", "dbs-verify.xyz")[1] == "not listed: block domain dbs-verify.xyz\n"
    )
    assert run(capsys, "unallow", "example.org")[1] == "removed: allow domain example.org\n"
    code, out, _ = run(capsys, "audit", "-n", "3")
    assert out.splitlines()[0].split(" ", 3)[2:] == [
        f"shell:{getpass.getuser()}",
        "unallow allow domain example.org",
    ]

    feed = tmp_path / "openphish.txt"
    feed.write_text("https://a.example.net/login\nhttps://b.example.net/x\nnot a url\n")
    assert run(capsys, "import", str(feed))[1].startswith("2 added, 0 already present, 1 invalid")
    backup = tmp_path / "backup.jsonl"
    assert run(capsys, "export", str(backup))[0] == 0
    lines = backup.read_text().splitlines()
    assert {json.loads(line)["value"] for line in lines} >= {
        "https://a.example.net/login",
        "+6581234567",
    }
    code, out, _ = run(capsys, "stats")
    assert "block url: 2" in out and "block phone: 1" in out


def test_store_down_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from harness.processes import free_port

    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    code, _, err = run(capsys, "add", "evil.example")
    assert code == 1
    assert "the store is unavailable (ConnectionError); nothing changed" in err
