"""Indicator extraction from plain text."""

from __future__ import annotations

import pytest

from checkers.extract import deobfuscate, extract, parse_link
from checkers.numbers import parse_phone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hxxps://dbs[.]com/login", "https://dbs.com/login"),
        ("hXXp://evil(.)xyz", "http://evil.xyz"),
        ("evil(dot)xyz", "evil.xyz"),
        ("evil[dot]xyz", "evil.xyz"),
        ("ｄｂｓ．ｃｏｍ", "dbs.com"),
        ("dbs\u200b.com\u200d.sg", "dbs.com.sg"),
        ("a\u202eb", "ab"),
        ("wa. me/6581234567", "wa.me/6581234567"),
        ("dbs。com", "dbs.com"),
        ("http:/rghst.us/x1", "http://rghst.us/x1"),
        ("Https//pay-toll.top/x", "Https://pay-toll.top/x"),
        ("http;//abc.xyz/a", "http://abc.xyz/a"),
        ("http://ok.com/a", "http://ok.com/a"),
        ("line1\x00line2", "line1 line2"),
        ("pay at royalmail-fees dot co dot uk now", "pay at royalmail-fees.co.uk now"),
        ("Update at usps-redeliver DOT com", "Update at usps-redeliver.com"),
        ("the dot com boom", "the dot com boom"),
        ("be there at 5 on the dot", "be there at 5 on the dot"),
        ("update at usps-helpdesk . com today", "update at usps-helpdesk.com today"),
        ("rebook at evri-rebook .co.uk", "rebook at evri-rebook.co.uk"),
        ("Thanks Sarah. Help is on the way", "Thanks Sarah. Help is on the way"),
        ("meet at the drop-off. top floor", "meet at the drop-off. top floor"),
        ("at netflix - accounts . com now", "at netflix-accounts.com now"),
        ("update at uspscare . com/track now", "update at uspscare.com/track now"),
        ("see uspscare .co.uk/x", "see uspscare.co.uk/x"),
        ("Went to the mall. com and net next", "Went to the mall. com and net next"),
        ("I saw it . com and net", "I saw it . com and net"),
        ("returned..dpd-rebook-uk dot com", "returned..dpd-rebook-uk.com"),
        ("see www.usps-hold dot com", "see www.usps-hold dot com"),
        ("h t t p s://usps-hold[.]com", "https://usps-hold.com"),
        ("h t t p s : / / usps-hold . com", "https://usps-hold.com"),
        ("pay at: https:// tollpay-usa.com/pay", "pay at: https://tollpay-usa.com/pay"),
        ("Open Mon - Fri. Come by", "Open Mon - Fri. Come by"),
        ("h t tell them", "h t tell them"),
    ],
)
def test_deobfuscate(text: str, expected: str) -> None:
    assert deobfuscate(text) == expected


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("Visit https://dbs-verify.xyz/login now.", ["https://dbs-verify.xyz/login"]),
        ("go www.dbs.com.sg, thanks", ["http://www.dbs.com.sg/"]),
        ("pay at singpost-fee.online/pay today", ["http://singpost-fee.online/pay"]),
        ("bare dbs-verify.xyz", ["http://dbs-verify.xyz/"]),
        ("Verify hxxps://dbs-sg-verify[.]xyz/login", ["https://dbs-sg-verify.xyz/login"]),
        (
            "(see https://en.wikipedia.org/wiki/Scam_(fraud))",
            ["https://en.wikipedia.org/wiki/Scam_(fraud)"],
        ),
        ("ok.how r u? lor.then see u", []),
        ("I.e. at 5 p.m. U.S. time", []),
        ("version 1.2.3 and file.txt", []),
        ("broken http://[::1 and http://a..b", []),
        ("two http://a.example.com http://a.example.com", ["http://a.example.com/"]),
        # Chinese runs on into a link without a space, before it as after it.
        ("请通过Parking.sg应用程序续期", ["http://parking.sg/"]),
        ("请登录www.cpf.gov.sg查看", ["http://www.cpf.gov.sg/"]),
        ("请到dbs-verify.com验证", ["http://dbs-verify.com/"]),
        # And after a Chinese comma, which is folded to a Latin one first.
        ("下载：durian-cn.sg/app.apk，安装后开启", ["http://durian-cn.sg/app.apk"]),
        ("请点击 https://x-y.com/a.apk。安装后", ["https://x-y.com/a.apk"]),
        # A full-width colon after an amount is punctuation, not a time's or a port's colon.
        ("活動費$200：parents-group-hk.com", ["http://parents-group-hk.com/"]),
        ("时间10：30在楼下", []),
        # So do the scripts the checker does not read (Bengali, Thai, Burmese).
        ("singpost-bd.top-এ $1.99 ফি দিন", ["http://singpost-bd.top/"]),
        ("กรุณาชำระที่jnt-th-sg.topภายในวันนี้", ["http://jnt-th-sg.top/"]),
        ("singpost-mm.top တွင် ပေးဆောင်ပါ", ["http://singpost-mm.top/"]),
        # A bare public address is a link; a home router's or a version's is not.
        ("Reactivate at 45.133.1.209/boa now", ["http://45.133.1.209/boa"]),
        ("Pay: 185.244.19.77", ["http://185.244.19.77/"]),
        ("router 192.168.1.1, app 1.2.3.4", []),
    ],
)
def test_links(text: str, urls: list[str]) -> None:
    assert [link.url for link in extract(text).links] == urls


def test_link_parts() -> None:
    link = parse_link("http://user@www.dbs.com.sg@1.2.3.4:8080/x")
    assert link is not None
    assert link.host == "1.2.3.4" and link.port == 8080 and link.userinfo == "user@www.dbs.com.sg"
    idn = parse_link("https://xn--pypal-4ve.com/")
    assert idn is not None and idn.display_host == "pаypal.com"
    deep = parse_link("https://a.b.c.login.evil.co.uk/")
    assert deep is not None and deep.domain == "evil.co.uk" and deep.subdomain == "a.b.c.login"
    assert deep.suffix == "co.uk"


def test_emails_are_not_links_or_handles() -> None:
    found = extract("Mail hr@jobs-sg.com or @recruiter_sg, site jobs-sg.com")
    assert found.emails == ("hr@jobs-sg.com",)
    assert found.handles == ("recruiter_sg",)
    assert [link.url for link in found.links] == ["http://jobs-sg.com/"]


def test_userinfo_url_is_one_link_not_an_email() -> None:
    found = extract("http://www.dbs.com.sg@evil.xyz/login")
    assert found.emails == ()
    assert [link.host for link in found.links] == ["evil.xyz"]


def test_whatsapp_links_become_phone_numbers() -> None:
    found = extract(
        "chat wa.me/6581234567 or https://api.whatsapp.com/send?phone=60123456789&text=hi"
    )
    assert [p.e164 for p in found.phones] == ["+6581234567", "+60123456789"]


def test_telegram_links_and_handles() -> None:
    found = extract("Join t.me/HR_Jobs_SG, DM @Recruiter_Amy, group t.me/+AbCdEf123")
    assert found.handles == ("hr_jobs_sg", "recruiter_amy")
    assert found.invites == ("t.me/+AbCdEf123",)


@pytest.mark.parametrize(
    ("text", "e164", "spoof", "contextual"),
    [
        ("call 9123 4567", "+6591234567", False, True),
        ("my hp 8123-4567", "+6581234567", False, True),
        ("0065 8123 4567", "+6581234567", False, True),
        ("+65 6123 4567", "+6561234567", False, True),
        ("+60 12-345 6789", "+60123456789", False, True),
        ("Call +91234567 now", "", True, True),
        ("call 09061701462", "", False, True),
        ("Call 1799", "+651799", False, True),
        # Tamil gives the verb after the number.
        ("உடனே 9123 4567 அழைக்கவும்", "+6591234567", False, True),
        ("9123 4567 என்ற எண்ணில் அழைக்கவும்", "+6591234567", False, True),
        # "the number", "at once" or "today" may stand between the number and the verb.
        ("9123 4567 நம்பருக்கு உடனே கூப்பிடுங்க", "+6591234567", False, True),
        ("9123 4567 இல் இன்றே அழைக்கவும்", "+6591234567", False, True),
    ],
)
def test_phones(text: str, e164: str, spoof: bool, contextual: bool) -> None:
    phones = extract(text).phones
    assert len(phones) == 1
    assert (phones[0].e164, phones[0].spoof, phones[0].contextual) == (e164, spoof, contextual)


@pytest.mark.parametrize(
    "text",
    [
        "on 2020-05-09 at 10:30",
        "costs $1,220 or 5,00,000",
        "order 12345",
        "ref 123456789",
        "999 problems",
    ],
)
def test_things_that_are_not_phone_numbers(text: str) -> None:
    assert [p for p in extract(text).phones if p.e164 or p.contextual] == []


def test_parse_phone_rejects_junk() -> None:
    assert parse_phone("12", "SG") is None
    assert parse_phone("1" * 20, "SG") is None


def test_indicator_count_is_bounded() -> None:
    text = " ".join(f"http://site{i}.example.com/" for i in range(500))
    assert len(extract(text).links) == 50


def test_a_number_grouped_with_middle_dots_is_a_number() -> None:
    assert [p.text for p in extract("call 1·800·555·0175 for a refund").phones] == [
        "1-800-555-0175"
    ]


def test_a_link_is_understood_once() -> None:
    # parse_link is on every message's path and every checker asks it again: it is cached.
    assert parse_link("https://dbs-sg-verify.xyz/login") is parse_link(
        "https://dbs-sg-verify.xyz/login"
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # Chinese runs a number into its words: a Han character ends it as a space would.
        ("您的信用卡符合提额条件，请致电9123 4567办理", ["+6591234567"]),
        ("详情请致电+65 8123 4567咨询", ["+6581234567"]),
        # A Latin letter or a digit beside it still makes it part of a code or a longer number.
        ("ref abc91234567 x", []),
        ("order 91234567x", []),
    ],
)
def test_a_number_run_into_chinese_words_is_read(text: str, numbers: list[str]) -> None:
    assert [phone.e164 for phone in extract(text).phones] == numbers


@pytest.mark.parametrize(
    ("text", "links"),
    [
        # Tanglish and Malay glue an ending to a link with a hyphen: the link ends before it.
        ("Unblock panna dbs-sg-unblock.com-la login pannunga", ["http://dbs-sg-unblock.com/"]),
        ("pergi example-sg.com-lah cepat", ["http://example-sg.com/"]),
        # Any other word after the hyphen still makes no address of it.
        ("our example.com-based shop", []),
        # In a path the hyphen is the path's own.
        ("see shop.example.sg/path-la now", ["http://shop.example.sg/path-la"]),
    ],
)
def test_a_latin_ending_glued_to_a_link_ends_it(text: str, links: list[str]) -> None:
    assert [link.url for link in extract(text).links] == links
