"""`scamcheck check --image` and {"image": PATH} lines (pictures, issue 12)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import ConfigError, Settings
from harness import pictures as P

SCAM_LINES = [
    "URGENT: your DBS account is suspended.",
    "Verify at https://dbs-sg-verify.xyz/login",
]


@pytest.fixture
def screenshot(tmp_path: Path) -> Path:
    path = tmp_path / "shot.png"
    path.write_bytes(P.png(P.chat_screenshot(SCAM_LINES, width=1080, size=40)))
    return path


def test_check_image_prints_a_card_in_the_language(
    screenshot: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--image", str(screenshot), "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("🔴")
    assert "这段文字是从您的图片中读出的" in out


def test_check_image_json_adds_source_and_ocr_text(
    screenshot: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    qr = tmp_path / "qr.jpg"
    qr.write_bytes(P.jpeg(P.qr_photo("https://wa.me/6591234567", seed=5)))
    assert main(["check", "--json", "--image", str(screenshot), "--image", str(qr)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "scam"
    assert data["source"] == "image"
    assert "dbs-sg-verify.xyz/login" in data["ocr_text"]
    assert "+6591234567" in data["indicators"]["phones"]
    assert "QR003" in {f["code"] for f in data["findings"]}


def test_jsonl_takes_image_lines(
    screenshot: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(screenshot.read_bytes()[:500])
    lines = [
        {"image": str(screenshot)},
        {"image": str(tmp_path / "missing.png")},
        {"image": str(broken)},
        {"text": "see you at dinner"},
        {"image": 5},
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(map(json.dumps, lines)) + "\n"))
    assert main(["check", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 5
    assert out[0]["source"] == "image" and out[0]["level"] == "scam"
    assert out[1]["error"].startswith("line 2: cannot read")
    assert "IMG003" in {f["code"] for f in out[2]["findings"]}
    assert "source" not in out[3]
    assert out[4]["error"].startswith("line 5:")


def test_missing_image_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--image", str(tmp_path / "nope.png")]) == 1
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SCAMCHECK_PICTURE_WORKERS": "0"}, "SCAMCHECK_PICTURE_WORKERS"),
        ({"SCAMCHECK_PICTURE_WORKERS": "two"}, "SCAMCHECK_PICTURE_WORKERS"),
        ({"SCAMCHECK_PICTURE_TIMEOUT": "nan"}, "SCAMCHECK_PICTURE_TIMEOUT"),
        ({"SCAMCHECK_PICTURE_TIMEOUT": "-1"}, "SCAMCHECK_PICTURE_TIMEOUT"),
    ],
)
def test_bad_picture_settings_fail_with_one_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)
    settings = Settings.from_env(
        {"SCAMCHECK_PICTURE_WORKERS": "3", "SCAMCHECK_PICTURE_TIMEOUT": "2.5"}
    )
    assert (settings.picture_workers, settings.picture_timeout) == (3, 2.5)
