"""normalize(kind, value): one spelling for writers and readers."""

from __future__ import annotations

import pytest

from blocklists.normalize import InvalidValue, normalize, registrable_domain


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("domain", "Login.DBS-Verify.XYZ.", "dbs-verify.xyz"),
        ("domain", "https://user@Ｄbs.com.sg:8080/x", "dbs.com.sg"),
        ("domain", "scam.github.io", "scam.github.io"),
        ("domain", "a.b.scam.github.io", "scam.github.io"),
        ("domain", "пример.рф", "xn--e1afmkfd.xn--p1ai"),
        ("domain", "1.2.3.4", "1.2.3.4"),
        ("url", "HTTP://WWW.Dbs.com.sg:80", "http://www.dbs.com.sg/"),
        ("url", "dbs.com.sg/Login?a=1&amp;b=2#frag", "http://dbs.com.sg/Login?a=1&b=2"),
        ("url", "https://x.example:8443/p", "https://x.example:8443/p"),
        ("url", "http://[::1]:8080/", "http://[::1]:8080/"),
        # A browser reads percent codes in a host as its letters, an encoded @ as a user part's end.
        ("url", "http://%41.com", "http://a.com/"),
        ("url", "https://dbs.com%40x.top/p", "https://x.top/p"),
        ("phone", "0065 8123 4567", "+6581234567"),
        ("phone", "+65 8123-4567", "+6581234567"),
        ("phone", "81234567", "+6581234567"),
        ("phone", "1799", "+651799"),
        ("phone", "1800 255 0000", "+6518002550000"),
        ("phone", "+60 12-345 6789", "+60123456789"),
        ("handle", "@HR_Recruit", "hr_recruit"),
        ("handle", "https://t.me/HR_recruit", "hr_recruit"),
        ("handle", "12345", "id:12345"),
        ("handle", "id:12345", "id:12345"),
        ("account", "123-456-789", "123456789"),
        ("account", "201812345K", "201812345K"),
        ("account", "+65 8123 4567", "PAYNOW:+6581234567"),
    ],
)
def test_normalize(kind: str, value: str, expected: str) -> None:
    result = normalize(kind, value)  # type: ignore[arg-type]
    assert result == expected
    assert normalize(kind, result) == result  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("domain", ""),
        ("domain", "   "),
        ("domain", "a..b"),
        ("url", "http://[::1"),
        ("url", "http://a..b"),
        ("url", "http://x.com:99999"),
        ("url", "http://%25.com"),  # decodes to "%": no host name
        ("url", "javascript:alert(1)"),
        ("url", "http://" + "a" * 3000 + ".com"),
        ("phone", "hello"),
        ("phone", "123"),
        ("phone", "+999 1234 5678"),
        ("handle", "@ab"),
        ("handle", "not a handle"),
        ("account", "abc"),
        ("colour", "red"),
    ],
)
def test_invalid_values_are_refused_with_a_reason(kind: str, value: str) -> None:
    with pytest.raises(InvalidValue) as info:
        normalize(kind, value)  # type: ignore[arg-type]
    assert str(info.value)


def test_registrable_domain_uses_the_bundled_list_with_private_suffixes() -> None:
    assert registrable_domain("login.secure.dbs.com.sg") == "dbs.com.sg"
    assert registrable_domain("evil.blogspot.com") == "evil.blogspot.com"
    assert registrable_domain("intranet.local") == "intranet.local"


def test_the_fast_path_for_plain_urls_agrees_with_the_general_one() -> None:
    import json
    from pathlib import Path

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from blocklists.normalize import normalize_url, normalize_url_general

    def same(value: str) -> None:
        try:
            expected = normalize_url_general(value)
        except InvalidValue:
            expected = "invalid"
        try:
            got = normalize_url(value)
        except InvalidValue:
            got = "invalid"
        assert got == expected, value

    samples = [
        "HTTP://WWW.Dbs.com.sg",
        "https://a.bc/x?",
        "https://x.com/p?q=1#frag",
        "https://x.com/%41b",
        "https://ex-ample.com/a(b)",
        "http://a.com/?",
        "https://xn--pypal-4ve.com/",
        "http://a..b/",
        "https://-bad.com/",
        "https://x.com/a&amp;b",
        "http://1.2.3.4/x",
        "https://a.b.c.d.e.f.g/",
    ]
    data = (
        Path(__file__).resolve().parents[3] / "shared" / "data" / "urls_phishtank_iscx_dev.jsonl"
    )
    if data.exists():
        samples += [json.loads(line)["url"] for line in data.read_text().splitlines()[:3000]]
    for value in samples:
        same(value)

    @settings(max_examples=500, deadline=None)
    @given(
        st.from_regex(
            r"[hH][tT][tT][pP][sS]?://[A-Za-z0-9.-]{1,30}(/[A-Za-z0-9/%._~()-]{0,20})?(\?[a-z=&]{0,10})?(#[a-z]{0,5})?",
            fullmatch=True,
        )
    )
    def prop(value: str) -> None:
        same(value)

    prop()
