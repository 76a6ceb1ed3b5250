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
        ("url", "http://%41.com"),
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
