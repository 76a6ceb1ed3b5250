"""`scamcheck campaign` against a real redis-server: add, lookup, list, confirm, reject."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from tests.blocklists.test_campaigns import OTHER, PARCEL, VARIANT


@pytest.fixture
def redis_env(redis_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # A database of its own: these commands use the real key names.
    monkeypatch.setenv("REDIS_URL", redis_server.url.rsplit("/", 1)[0] + "/4")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["campaign", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("redis_env")
def test_campaigns_at_a_shell(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "add", PARCEL, "--reason", "parcel wave")
    assert code == 0 and out.startswith("new campaign #")
    cid = out.split("#", 1)[1].split()[0]
    assert run(capsys, "add", VARIANT)[1] == f"variant of campaign #{cid} (reported)\n"
    assert run(capsys, "lookup", VARIANT)[1].startswith(f"#{cid} reported:")
    assert run(capsys, "lookup", OTHER)[1] == "no campaign\n"
    code, out, _ = run(capsys, "confirm", cid, "--block")
    assert code == 0 and out == f"#{cid} confirmed; blocked 2, settled 0 reports\n"
    assert f"#{cid} confirmed" in run(capsys, "list", "--status", "confirmed")[1]
    code, out, _ = main(["check", "--json", VARIANT]), capsys.readouterr().out, None
    assert code == 0 and '"CMP001"' in out and '"level": "scam"' in out
    assert run(capsys, "reject", cid)[1].startswith(f"#{cid} not_scam")
    code, _, err = run(capsys, "confirm", "424242")
    assert code == 1 and "no campaign #424242" in err
    code, _, err = run(capsys, "add", "hi there")
    assert code == 1 and "too short" in err


@pytest.mark.usefixtures("redis_env")
def test_a_file_of_scam_templates_imports_like_a_blocklist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json

    templates = tmp_path / "templates.jsonl"
    templates.write_text(
        "\n".join(
            [
                json.dumps({"template": OTHER, "reason": "investment wave"}),
                json.dumps({"template": "too short"}),
                json.dumps({"template": PARCEL, "status": "maybe"}),
                "https://plain-line.example.top/login",
            ]
        )
        + "\n",
        "utf-8",
    )
    code, out, _ = main(["blocklist", "import", str(templates)]), capsys.readouterr().out, ""
    assert code == 0
    assert "1 added, 0 already present, 0 invalid" in out  # the plain line: a list entry
    assert "Campaigns: 1 added, 0 already present, 2 invalid." in out
    assert "line 2: not a campaign line (template too short to fingerprint)" in out
    assert "line 3: not a campaign line (status must be one of" in out
    looked = run(capsys, "lookup", OTHER.replace("30%", "45%"))[1]
    assert " confirmed:" in looked and "(import:templates.jsonl)" in looked
    backup = tmp_path / "backup.jsonl"
    assert main(["blocklist", "export", str(backup)]) == 0
    lines = backup.read_text("utf-8").splitlines()
    campaign_lines = [
        line for line in lines if line.startswith('{"added_by"') and '"bands"' in line
    ]
    assert campaign_lines and all(OTHER[:20] not in line for line in lines)  # no text kept
    capsys.readouterr()
    assert main(["blocklist", "import", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "already present" in out and "Campaigns: 0 added," in out


def test_the_band_filter_is_rebuilt_for_campaigns_written_around_it(
    capsys: pytest.CaptureFixture[str], redis_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from blocklists.campaign import band_place
    from blocklists.connection import connect_redis
    from blocklists.store import BlocklistStore
    from checkers.fingerprint import fingerprint

    url = redis_server.url.rsplit("/", 1)[0] + "/5"
    monkeypatch.setenv("REDIS_URL", url)
    bands = fingerprint(PARCEL).bands

    async def ask(*, write_around: bool) -> bool:
        store = BlocklistStore(connect_redis(url))
        try:
            if write_around:
                await store.redis.flushdb()
                await store.ensure_band_filter()
                # A campaign written by a version without the filter: bands in the buckets only.
                for band in bands:
                    index, field = band_place(band)
                    await store.redis.hsetnx(store.keys.campaign_bands(index), field, "7")
            await store.band_filter.load()
            return store.band_filter.may_hold(bands)
        finally:
            await store.close()

    assert not asyncio.run(ask(write_around=True))  # the filter does not know them
    assert run(capsys, "rebuild-filter") == (0, "campaign band filter rebuilt\n", "")
    assert asyncio.run(ask(write_around=False))
