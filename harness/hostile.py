"""Hostile inputs: what scammers (or testers) may throw at the bot.

Shared by the tests and benchmarks/hostile.py (which times each one).
"""

from __future__ import annotations

ZW = "\u200b\u200c\u200d\u2060\ufeff"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

HOSTILE: dict[str, str] = {
    "4096 letters": "a" * 4096,
    "4096 digits": "9" * 4096,
    "4096 spaced digits": "9 " * 2048,
    "4096 dots": "." * 4096,
    "4096 at-signs": "@" * 4096,
    "200 links": " ".join(f"https://site{i}.example.com/path/{i}" for i in range(200)),
    "200 bare domains": " ".join(f"dbs-verify{i}.xyz/login" for i in range(200)),
    "200 phone numbers": " ".join(f"+65 8{i:03d} 4567" for i in range(200)),
    "zero-width everywhere": ZW.join(
        "Your DBS account is suspended, verify at dbs-verify.xyz/login"
    ),
    "bidi overrides": BIDI + "moc.liame@hr" + BIDI + " https://\u202eevil.com",
    "homoglyph domain": "Login at https://pаypal.com/signin (Cyrillic а)",
    "punycode domain": "https://xn--pypal-4ve.com/ and http://xn--80ak6aa92e.com",
    "broken IPv6": "http://[::1 http://[ http://[]/ http://[zz::1]/",
    "empty labels": "http://a..b http://.com http://x./ http://..",
    "huge port": "http://example.com:999999999999999999/",
    "percent host": "http://%41%42.com/ http://%zz/",
    "idna errors": "http://xn--/ http://xn--zzzz-.com/ https://" + "a" * 300 + ".com",
    "absurd numbers": "+0 +00000 +999999999999999999999 00000000 1800-000-0000-0000-0000",
    "control characters": "".join(chr(c) for c in range(32)) + "OTP please \x7f\x00",
    "deep forward nesting": "Fwd: " * 500 + "Guess who? new number",
    "regex stress words": "pay per " * 500 + "task",
    "regex stress gaps": ("earn " + "x" * 39 + " ") * 100,
    "regex stress singpass": ("singpass " + "a" * 29 + " ") * 120,
    "emoji storm": "🙂" * 2000 + "http://x.top",
    "mixed scripts": "星展银行 ஒவ்வொரு akaun anda telah digantung 你的账户已被冻结 " * 40,
    "only whitespace": " \n\t " * 1000,
    "surrogates and odd code points": "\udcff\ud800 \U0010ffff \ufffe text",
}
