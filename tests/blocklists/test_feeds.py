"""Feed parsing: every format, broken lines, and what each line became."""

from __future__ import annotations

import pytest

from blocklists.feeds import export_line, parse, sniff
from blocklists.lookups import Entry
from blocklists.normalize import InvalidValue, detect_kind, resolve

URLHAUS = """################################################################
# abuse.ch URLhaus Database Dump (CSV - recent URLs only)      #
# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter
################################################################
"3000001","2026-11-29 10:00:00","http://198.51.100.7/bins/x.sh","online","2026-11-29 10:00:00","malware_download","elf","https://urlhaus.abuse.ch/url/3000001/","someone"
"3000002","2026-11-29 10:05:00","https://dbs-login.example.net/verify","online","2026-11-29 10:05:00","phishing","dbs","https://urlhaus.abuse.ch/url/3000002/","someone"
"broken line without enough columns"
"""

PHISHTANK = """phish_id,url,phish_detail_url,submission_time,verified,verification_time,online,target
9000001,https://paypa1-secure.example.com/signin,http://www.phishtank.com/phish_detail.php?phish_id=9000001,2026-11-29T10:00:00+00:00,yes,2026-11-29T11:00:00+00:00,yes,PayPal
9000002,not a url at all,http://www.phishtank.com/phish_detail.php?phish_id=9000002,2026-11-29T10:00:00+00:00,yes,2026-11-29T11:00:00+00:00,yes,Other
"""

OPENPHISH = """https://singpass-verify.example.org/login
http://203.0.113.9/ocbc/index.php
https://[::1
"""

PLAIN = """# our own list
dbs-verify.xyz   # fake DBS
+65 8123 4567    # job scam HR
@hr_recruit_sg
https://t.me/another_recruiter
201812345K       # mule UEN
???
"""

CSV = """value,kind,list,reason,expires
dbs-verify.xyz,domain,block,fake DBS,
8123 4567,phone,block,job scam,2000000000
example.org,,allow,our partner,
bad..value,domain,block,,
x,colour,block,,
y,domain,maybe,,
"""


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (URLHAUS, "urlhaus"),
        (PHISHTANK, "phishtank"),
        (OPENPHISH, "openphish"),
        (PLAIN, "plain"),
        (CSV, "csv"),
    ],
)
def test_formats_are_recognised(text: str, fmt: str) -> None:
    assert sniff(text.splitlines()) == fmt


def test_urlhaus() -> None:
    entries, invalid = parse(URLHAUS.splitlines())
    assert [e.value for e in entries] == [
        "http://198.51.100.7/bins/x.sh",
        "https://dbs-login.example.net/verify",
    ]
    assert entries[1].reason == "URLhaus: phishing" and all(e.kind == "url" for e in entries)
    assert [i.line for i in invalid] == [7]


def test_phishtank() -> None:
    entries, invalid = parse(PHISHTANK.splitlines())
    assert [e.value for e in entries] == ["https://paypa1-secure.example.com/signin"]
    assert entries[0].reason == "PhishTank: phishing PayPal"
    assert [i.line for i in invalid] == [3]


def test_openphish() -> None:
    entries, invalid = parse(OPENPHISH.splitlines())
    assert len(entries) == 2 and [i.line for i in invalid] == [3]


def test_plain_lists_recognise_each_kind() -> None:
    entries, invalid = parse(PLAIN.splitlines())
    assert [(e.kind, e.value) for e in entries] == [
        ("domain", "dbs-verify.xyz"),
        ("phone", "+6581234567"),
        ("handle", "hr_recruit_sg"),
        ("handle", "another_recruiter"),
        ("account", "201812345K"),
    ]
    assert entries[0].reason == "fake DBS"
    assert [i.line for i in invalid] == [7]


def test_csv_columns() -> None:
    entries, invalid = parse(CSV.splitlines())
    assert [(e.list_name, e.kind, e.value, e.expires_at) for e in entries] == [
        ("block", "domain", "dbs-verify.xyz", None),
        ("block", "phone", "+6581234567", 2000000000.0),
        ("allow", "domain", "example.org", None),
    ]
    assert [i.line for i in invalid] == [5, 6, 7]


def test_garbage_binary_and_gigantic_lines_are_invalid_not_fatal() -> None:
    lines = ["\x00\x01\x02binary", "a" * 10_000 + ".com", "ok-site.example.com", "\udcff weird"]
    entries, invalid = parse(lines, "plain")
    assert [e.value for e in entries] == [
        "example.com"
    ]  # a domain entry is the registrable domain
    assert len(invalid) == 3


def test_export_lines_round_trip() -> None:
    original = Entry(
        "block", "url", "http://a.example/x", "why", "feed", "tg:1", 1700000000.0, 2000000000.0
    )
    entries, invalid = parse([export_line(original), '{"kind": "nope"}'])
    assert entries == [original] and len(invalid) == 1


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("https://evil.example", "domain"),
        ("https://evil.example/login", "url"),
        ("@scammer_x", "handle"),
        ("t.me/scammer_x", "handle"),
        ("+65 8123 4567", "phone"),
        ("81234567", "phone"),
        ("123-456-789", "account"),
        ("201812345K", "account"),
        ("account:81234567", "account"),
        ("phone:+60123456789", "phone"),
    ],
)
def test_detect_kind(value: str, kind: str) -> None:
    assert detect_kind(value) == kind
    assert resolve(value)[0] == kind


@pytest.mark.parametrize(
    "value", ["abc", "12", "", "   ", "+1", "http://[::1", "hello world", "<script>"]
)
def test_ambiguous_or_invalid_values_are_refused(value: str) -> None:
    with pytest.raises(InvalidValue):
        resolve(value)
