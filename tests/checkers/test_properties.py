"""Properties of the pure layer, over generated input."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blocklists.connection import embedded_redis
from blocklists.normalize import KINDS, InvalidValue, normalize
from blocklists.store import BlocklistStore
from checkers.engine import Engine
from checkers.extract import deobfuscate
from checkers.verdict import LEVELS, Submission

SCAMMY = st.sampled_from(
    [
        "http://",
        "https://",
        "www.",
        ".com",
        ".xyz",
        "[.]",
        "@",
        "+65",
        "0065",
        "wa.me/",
        "t.me/",
        "OTP",
        "Singpass",
        "won",
        "£",
        "$",
        " ",
        "\u200b",
        "\u202e",
        "ｄ",
        "。",
        "9123 4567",
        "1799",
        "xn--",
        "а",
        ":8080",
        "/login",
        "%",
        "..",
        "[",
        "]",
    ]
)
MESSAGES = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(SCAMMY, st.text(max_size=8)), max_size=40).map("".join),
)

_store = BlocklistStore(embedded_redis(), embedded=True)
ENGINE = Engine(_store)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MESSAGES)
def test_engine_never_raises_and_evidence_comes_from_the_input(text: str) -> None:
    verdict = asyncio.run(ENGINE.check(Submission(text=text)))
    assert verdict.level in LEVELS
    assert not [f for f in verdict.failures if f.checker != "lists"]
    clean = deobfuscate(text)
    for item in verdict.findings:
        quoted = item.evidence.removesuffix("…")
        assert quoted in clean or quoted in {"hidden"}, (item.code, item.evidence)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(KINDS),
    st.one_of(
        st.text(max_size=60),
        SCAMMY,
        st.from_regex(r"\+?\d[\d \-]{6,14}", fullmatch=True),
        st.from_regex(r"[a-z0-9-]{1,20}(\.[a-z]{2,6}){1,2}(/[a-z]{0,8})?", fullmatch=True),
    ),
)
def test_normalize_is_idempotent(kind: str, value: str) -> None:
    try:
        once = normalize(kind, value)  # type: ignore[arg-type]
    except InvalidValue:
        return
    assert normalize(kind, once) == once  # type: ignore[arg-type]
