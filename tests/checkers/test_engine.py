"""The engine: policy, isolation of checkers, one batched lookup, lists going away."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from blocklists.connection import embedded_redis
from blocklists.lookups import Lookups, StoreUnavailable
from blocklists.store import BlocklistStore
from checkers.case import Case
from checkers.codes import finding
from checkers.engine import SCAM_SCORE, SUSPICIOUS_SCORE, Engine, decide
from checkers.verdict import Finding, Origin, Submission


def findings(*codes: str) -> list[Finding]:
    return [finding(code, f"evidence {i}") for i, code in enumerate(codes)]


@pytest.mark.parametrize(
    ("codes", "level"),
    [
        ((), "no_red_flags"),
        (("URL001", "PHN001"), "no_red_flags"),  # official things never raise the level
        (("TXT017",), "no_red_flags"),  # one LOW flag
        (("TXT017", "TXT024"), "no_red_flags"),
        (("TXT017", "TXT024", "URL009"), "suspicious"),
        (("TXT008",), "suspicious"),  # one MEDIUM
        (("TXT009",), "suspicious"),  # one HIGH alone is not enough for "scam"
        (("TXT009", "TXT017"), "suspicious"),
        (("TXT009", "TXT008"), "scam"),  # HIGH + MEDIUM together
        (("TXT008", "TXT010", "TXT011"), "scam"),  # three MEDIUMs
        (("TXT008", "TXT010", "TXT017", "TXT024", "URL009"), "suspicious"),
        (("LST001",), "scam"),  # a confirmed list entry decides
        (("LST001", "URL001"), "scam"),
    ],
)
def test_decide(codes: tuple[str, ...], level: str) -> None:
    assert decide(findings(*codes))[0] == level


def test_a_repeated_flag_counts_once() -> None:
    level, score = decide(findings("TXT008", "TXT008", "TXT008"))
    assert (level, score) == ("suspicious", 3)
    assert SUSPICIOUS_SCORE <= 3 < SCAM_SCORE


class Exploding:
    name = "exploding"
    io_bound = False

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        raise ValueError("bug")


class Slow:
    name = "slow"
    io_bound = True

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        await asyncio.sleep(5)
        return []


class Fixed:
    name = "fixed"
    io_bound = False

    def __init__(self, *codes: str) -> None:
        self.codes = codes

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        return findings(*self.codes)


async def test_a_failing_checker_is_recorded_not_raised(seeded_store: BlocklistStore) -> None:
    engine = Engine(seeded_store, [Exploding(), Fixed("TXT008")])
    verdict = await engine.check(Submission(text="anything"))
    assert verdict.level == "suspicious"
    assert [f.checker for f in verdict.failures] == ["exploding"]


async def test_a_slow_checker_times_out(seeded_store: BlocklistStore) -> None:
    engine = Engine(seeded_store, [Slow(), Fixed("TXT017")], checker_timeout=0.05)
    verdict = await engine.check(Submission(text="anything"))
    assert verdict.failures[0].checker == "slow" and "timed out" in verdict.failures[0].error
    assert [f.code for f in verdict.findings] == ["TXT017"]


async def test_findings_are_sorted_most_serious_first(engine: Engine) -> None:
    verdict = await engine.check(
        Submission(
            text="URGENT: your DBS account is suspended, verify at https://dbs-sg-verify.xyz/login"
        )
    )
    severities = [int(f.severity) for f in verdict.findings]
    assert severities == sorted(severities, reverse=True)
    assert verdict.level == "scam"


async def test_all_lookups_of_a_message_are_one_batch(seeded_store: BlocklistStore) -> None:
    calls: list[list[tuple[str, str]]] = []
    band_calls: list[int] = []
    original = seeded_store.lookup

    async def counting(queries, bands=(), *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(list(queries))
        band_calls.append(len(bands))
        return await original(queries, bands, *args, **kwargs)

    seeded_store.lookup = counting  # type: ignore[method-assign]
    engine = Engine(seeded_store)
    text = "Call +65 8123 4567 or 1799, visit http://a.example.com and https://b.example.org, DM @someone_sg"
    await engine.check(
        Submission(text=text, origin=Origin(kind="user", handle="sender_x", user_id=42))
    )
    assert len(calls) == 1
    assert band_calls == [12]  # the campaign fingerprint rides in the same batch
    kinds = {kind for kind, _ in calls[0]}
    assert kinds == {"url", "domain", "phone", "handle"}
    assert ("handle", "id:42") in calls[0] and ("handle", "sender_x") in calls[0]


class DownRedis:
    """A store whose Redis is gone."""

    embedded = False

    async def lookup(self, queries, *fingerprint, **kwargs):  # type: ignore[no-untyped-def]
        raise StoreUnavailable("ConnectionError")


async def test_lists_unavailable_still_gives_a_verdict_from_offline_checks() -> None:
    engine = Engine(DownRedis())  # type: ignore[arg-type]
    verdict = await engine.check(
        Submission(
            text="Your account has been suspended, verify at https://dbs-sg-verify.xyz/login"
        )
    )
    assert verdict.level == "scam"
    assert [f.checker for f in verdict.failures] == ["lists"]
    assert "could not be consulted" in verdict.failures[0].error


async def test_redis_outage_with_a_real_client_is_a_failure_not_an_exception() -> None:
    from blocklists.connection import connect_redis
    from harness.processes import free_port

    store = BlocklistStore(connect_redis(f"redis://127.0.0.1:{free_port()}/0"))
    engine = Engine(store)
    verdict = await engine.check(Submission(text="visit http://a.example.com"))
    assert verdict.failures and verdict.failures[0].checker == "lists"
    await store.close()


async def test_no_store_is_recorded() -> None:
    verdict = await Engine(None).check(Submission(text="hello"))
    assert verdict.failures[0].checker == "lists"


async def test_list_hit_makes_a_scam_verdict(seeded_store: BlocklistStore) -> None:
    engine = Engine(seeded_store)
    verdict = await engine.check(Submission(text="see http://www.scamcheck-demo.example/claim"))
    assert verdict.level == "scam" and verdict.from_list
    assert verdict.findings[0].code == "LST001"


async def test_verdict_json_follows_the_contract(engine: Engine) -> None:
    verdict = await engine.check(
        Submission(text="Call +65 8123 4567, see http://dbs-sg-verify.xyz/login @hr_recruit")
    )
    data = verdict.to_dict()
    assert set(data) == {"level", "score", "findings", "failures", "indicators"}
    assert data["indicators"]["urls"] == ["http://dbs-sg-verify.xyz/login"]
    assert data["indicators"]["phones"] == ["+6581234567"]
    assert data["indicators"]["handles"] == ["hr_recruit"]
    for item in data["findings"]:
        assert set(item) == {"code", "severity", "checker", "reason", "evidence"}
        assert item["severity"] in {"info", "low", "medium", "high", "critical"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02",
        "🙂" * 5000,
        "a" * 100_000,
        "http://[::1",
        "http://a..b",
        "+" * 300,
        "\u202e\u200bhttp://\u202eevil.com",
        "@" * 100,
        "１２３４５６７８",
        "http://" + "a." * 200 + "com",
    ],
)
async def test_odd_input_gets_a_verdict(engine: Engine, text: str) -> None:
    verdict = await engine.check(Submission(text=text))
    assert verdict.level in {"scam", "suspicious", "no_red_flags"}


async def test_hidden_sender_and_channels_posing_as_officials(engine: Engine) -> None:
    hidden = await engine.check(
        Submission(text="hi", origin=Origin(kind="hidden_user", name="Amy"))
    )
    assert "FWD001" in {f.code for f in hidden.findings}
    channel = await engine.check(
        Submission(text="hi", origin=Origin(kind="channel", name="DBS Bank Official"))
    )
    assert "FWD002" in {f.code for f in channel.findings}
    news = await engine.check(
        Submission(text="hi", origin=Origin(kind="channel", name="Mothership"))
    )
    assert "FWD002" not in {f.code for f in news.findings}


async def test_blocklisted_forward_origin(seeded_store: BlocklistStore) -> None:
    from blocklists.lookups import Entry

    await seeded_store.put([Entry("block", "handle", "id:777", reason="job scam")])
    verdict = await Engine(seeded_store).check(
        Submission(text="hello", origin=Origin(kind="user", user_id=777))
    )
    assert verdict.level == "scam" and verdict.findings[0].code == "LST003"


async def test_engine_works_with_an_embedded_store_that_was_never_seeded() -> None:
    store = BlocklistStore(embedded_redis(), embedded=True)
    verdict = await Engine(store).check(Submission(text="call 1799"))
    assert verdict.failures == ()
    await store.close()


class Busy:
    """A computing checker that overruns its time: recorded as timed out, findings dropped."""

    name = "busy"
    io_bound = False

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        import time

        time.sleep(0.06)  # noqa: ASYNC251 - stands for computation that blocks the loop
        return findings("TXT009")


async def test_a_computing_checker_that_overruns_is_recorded_and_its_findings_dropped(
    seeded_store: BlocklistStore,
) -> None:
    engine = Engine(seeded_store, [Busy(), Fixed("TXT017")], checker_timeout=0.05)
    verdict = await engine.check(Submission(text="anything"))
    assert [(f.checker, f.error) for f in verdict.failures] == [("busy", "timed out")]
    assert [f.code for f in verdict.findings] == ["TXT017"]


async def test_io_checkers_run_concurrently(seeded_store: BlocklistStore) -> None:
    import time

    class Waiting:
        io_bound = True

        def __init__(self, name: str) -> None:
            self.name = name

        async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
            await asyncio.sleep(0.2)
            return []

    engine = Engine(seeded_store, [Waiting("a"), Waiting("b"), Waiting("c")], checker_timeout=1)
    started = time.monotonic()
    await engine.check(Submission(text="x"))
    assert time.monotonic() - started < 0.5


async def test_listed_payment_accounts_are_found_in_messages(seeded_store: BlocklistStore) -> None:
    from blocklists.lookups import Entry
    from blocklists.normalize import normalize

    await seeded_store.put(
        [
            Entry("block", "account", normalize("account", "123-456789-0"), reason="mule"),
            Entry("block", "account", normalize("account", "201812345K"), reason="shell company"),
        ]
    )
    engine = Engine(seeded_store)
    first = await engine.check(
        Submission(text="Please transfer $500 to DBS account 123-456789-0 today")
    )
    assert first.level == "scam" and first.findings[0].code == "LST005"
    second = await engine.check(Submission(text="Pay the deposit to UEN 201812345K via PayNow"))
    assert second.findings[0].code == "LST005"
    clean = await engine.check(Submission(text="My order number is 123-456789-0"))
    assert "LST005" not in {f.code for f in clean.findings}


_SEEDED_CHECK = """
import asyncio, json, sys
from blocklists.connection import embedded_redis
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.verdict import Submission

async def main():
    store = BlocklistStore(embedded_redis(), embedded=True)
    await store.seed_if_empty()
    engine = Engine(store)
    for text in json.loads(sys.argv[1]):
        verdict = await engine.check(Submission(text=text))
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, sort_keys=True))

asyncio.run(main())
"""


def test_a_verdict_does_not_depend_on_the_hash_seed() -> None:
    # Sets of concept names iterate in an order Python's hash seed picks: the quoted evidence
    # must not follow it (these two quoted 放款前先交 or 放款前先交解冻费, "entering your Singpass
    # ID" or "..., password", by the seed).
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    texts = [
        "无抵押贷款,秒批5万,放款前先交解冻费2000",
        "Lee Clan Association: All members entitled to a $600 year-end bonus. Claim by entering"
        " your Singpass ID, password and bank details at leeclan-bonus.com",
    ]
    root = Path(__file__).resolve().parents[2]
    outputs = []
    for seed in ("0", "1"):
        env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
        env.update(PYTHONHASHSEED=seed, PYTHONPATH=str(root))
        result = subprocess.run(
            [sys.executable, "-c", _SEEDED_CHECK, json.dumps(texts)],
            capture_output=True,
            text=True,
            env=env,
            cwd=root,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0].count("\n") == len(texts)
    assert outputs[0] == outputs[1]
