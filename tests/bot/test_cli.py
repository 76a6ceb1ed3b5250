"""The scamcheck command line, in process and as the installed console script."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import console, main

SCAM = "URGENT: your DBS account is suspended. Verify at hxxps://dbs-sg-verify[.]xyz/login"


def test_check_prints_a_card_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", SCAM]) == 0
    out = capsys.readouterr().out
    assert out.startswith("🔴 Likely scam")
    assert "dbs-sg-verify.xyz" in out and "1799" in out


def test_no_red_flags_is_never_called_safe(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "see you at dinner"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("⚪ No known red flags — still verify")
    assert "safe" not in out.split("\n", 1)[0].lower()


def test_check_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", SCAM]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "scam"
    assert data["indicators"]["urls"] == ["https://dbs-sg-verify.xyz/login"]
    assert {"code", "severity", "checker", "reason", "evidence"} == set(data["findings"][0])


def test_check_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Guess who? This is my new number, save it"))
    assert main(["check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["level"] == "suspicious"


def test_jsonl_batch_keeps_order_and_reports_bad_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    lines = [
        json.dumps({"text": SCAM}),
        "not json",
        json.dumps({"url": "https://www.dbs.com.sg/"}),
        "",
        json.dumps({"nothing": 1}),
        json.dumps({"text": "lunch at 12?"}),
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["check", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("level", "error" if "error" in o else None) for o in out] == [
        "scam",
        "error",
        "no_red_flags",
        "error",
        "no_red_flags",
    ]
    assert "line 2" in out[1]["error"]


def test_bad_configuration_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SCAMCHECK_REGION", "Singapore")
    assert main(["check", "hi"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SCAMCHECK_REGION" in err


def test_blocklist_lookup_and_stats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["blocklist", "lookup", "1799"]) == 0
    out = capsys.readouterr().out
    assert "phone +651799" in out and "allow since" in out and "ScamShield Helpline" in out
    assert main(["blocklist", "lookup", "http://www.scamcheck-demo.example/x"]) == 0
    out = capsys.readouterr().out
    assert "domain scamcheck-demo.example" in out and "block since" in out
    assert main(["blocklist", "lookup", "!!!"]) == 1
    assert main(["blocklist", "stats"]) == 0
    assert "allow phone: 10" in capsys.readouterr().out


def test_eval_reports_levels_per_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "sample.jsonl"
    rows = [
        {
            "text": "Congratulations! You have won a £1000 prize, call 09061701462 to claim",
            "label": "scam",
            "subtype": "smishing",
            "source": "mendeley_x",
        },
        {"text": "see you at lunch", "label": "ham", "source": "mendeley_x"},
        {"url": "http://dbs-sg-verify.xyz/login", "label": "phish", "source": "phishtank_x"},
        {"url": "http://en.wikipedia.org/wiki/Singapore", "label": "benign", "source": "iscx_x"},
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main(["eval", str(data)]) == 0
    out = capsys.readouterr().out
    assert "| mendeley_x | scam/smishing | 1 |" in out
    assert "| smishing flagged | 100.00% | >= 85% | yes |" in out
    assert "| benign URLs flagged | 0.00% | <= 3% | yes |" in out
    assert "Leave one source out" in out
    assert main(["eval", "--json", str(data)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {"all", "leave_one_source_out"} <= set(payload)


def test_installed_console_script_runs_the_embedded_default() -> None:
    script = Path(sys.executable).with_name("scamcheck")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    result = subprocess.run(
        [*command, "check", "--json", "Call +91234567 now"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["findings"][0]["code"] == "PHN002"
    assert "REDIS_URL is not set" in result.stderr


def test_bot_without_a_token_is_a_clear_configuration_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main(["bot"]) == 78
    err = capsys.readouterr().err
    assert (
        err.strip()
        == "scamcheck: configuration error: TELEGRAM_BOT_TOKEN: required for `scamcheck bot`"
    )


@pytest.fixture
def gc_state() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.set_threshold(*threshold)
    gc.unfreeze()


@pytest.mark.usefixtures("gc_state")
def test_one_shot_commands_collect_less_and_skip_the_final_sweep(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    default = gc.get_threshold()
    monkeypatch.setattr(sys, "argv", ["scamcheck", "check", SCAM])
    with pytest.raises(SystemExit) as exited:
        console()
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("🔴 Likely scam")
    assert gc.get_threshold()[0] > 10 * default[0]
    assert gc.get_freeze_count() > 0


@pytest.mark.usefixtures("gc_state")
def test_the_bot_keeps_the_default_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    default = gc.get_threshold()
    monkeypatch.setattr(sys, "argv", ["scamcheck", "bot"])
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    with pytest.raises(SystemExit) as exited:
        console()
    assert exited.value.code == 78  # no token: a configuration error, before anything starts
    assert gc.get_threshold() == default


@pytest.mark.usefixtures("gc_state")
async def test_the_bot_freezes_its_start_up_heap_after_post_init() -> None:
    from bot.app import _then_freeze_the_heap

    ran: list[object] = []

    async def post_init(app: object) -> None:
        assert gc.get_freeze_count() == 0  # not before the application is set up
        ran.append(app)

    gc.unfreeze()
    await _then_freeze_the_heap(post_init)("app")
    assert ran == ["app"]
    assert gc.get_freeze_count() > 0
