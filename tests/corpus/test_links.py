"""Links never seen before: hand-written everyday links and 2024-2026-style phishing links.

Each file has a held-out twin (``*_heldout.txt``, briefs s22url, s25url and s27url) written at the same
time and never tuned on; it is scored the same way with its own measured bounds.
``links_phish5.txt`` and ``links_everyday5.txt`` (brief s25url) add the 2025-2026 shapes and
the everyday pages that look risky (small firms' pages on the same free platforms, real login
pages, newsletters' tracking links, government and bank deep links, non-English sites, CDNs).

``links_everyday.txt`` (small businesses, shops, marketplaces, government deep links, SaaS,
shared documents, shorteners, WordPress paths, non-English paths, tracking strings) and
``links_phish_new.txt`` (brands under unrelated domains, brands run together with words, fee
pages on cheap endings, free hosts, IPFS, shortener tricks) were written for issue 11; no rule
or model was trained on them. Each link is checked as a citizen submits it (the bare URL,
whole engine). The bounds are the measured figures (``scripts/link_figures.py``): a change that
loses recall or adds a false alarm fails; a false alarm counts worse than a miss.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from checkers.engine import Engine
from checkers.extract import parse_link
from checkers.verdict import Submission

HERE = Path(__file__).parent
PHISH_FLOOR = 0.94
"""Measured 148/191 (77.5 %) at the commit that added this test; 176/191 (92.1 %) with URL019
(throwaway addresses: random or fee names on cheap endings, IPFS, pages in storage buckets);
180/191 (94.2 %) after brief s29url (names made only of phishing words, brands in pieces)."""
EVERYDAY_MOST_FLAGGED = 2
"""Measured 4/438 (0.9 %): the login pages of three shops and of a WordPress site; 2/438 after
brief s25url (a shop's own ``/account/login`` is no longer asked of the link model)."""
HELDOUT_PHISH_FLOOR = 0.94
"""The held-out twin (brief s22url), never tuned on: 95/133 (71.4 %) before URL019, 124/133
(93.2 %) after; 123/133 (92.5 %) after brief s25url (the link model no longer flags a page on a
free platform for its name's shape alone: ``wallet-connect-claim.onrender.com``); 126/133
(94.7 %) after brief s29url."""
HELDOUT_EVERYDAY_MOST_FLAGGED = 6
"""The held-out twin, never tuned on: 9/314 before URL019, 10/314 after (a public data set's
index.html in a storage bucket; the others are the link model's: login pages, a bucket's
PDFs, a brand-like name on .xyz). 6/314 after brief s25url
(files in storage buckets and a SaaS's ``/login`` are no longer asked of the link model)."""

PHISH5_FLOOR = 0.89
"""``links_phish5.txt`` (brief s25url: 2025-2026 feeds' shapes, free platforms, ``com-`` hosts,
non-English lures, crypto wallets), the development set: 144/188 (76.6 %) before, 169/188
(89.9 %) after (``com-`` and address-in-subdomain hosts, login words as the name, refund and
parcel words of other languages, crypto and foreign brands, short links' fee slugs)."""
EVERYDAY5_MOST_FLAGGED = 5
"""``links_everyday5.txt``, the development set: 16/342 before, 5/342 after (two ``index.htm``
pages, paynow.com.sg, a preschool's hyphenated portal login and fee page)."""
HELDOUT_PHISH5_FLOOR = 0.85
"""Its held-out twin, never tuned on: 90/123 (73.2 %) before, 100/123 (81.3 %) after (three
platform pages lost to the shape-only rule of the link model: see test_model); 105/123
(85.4 %) after brief s29url."""
HELDOUT_EVERYDAY5_MOST_FLAGGED = 3
"""Its held-out twin, never tuned on: 5/222 before, 5/222 after (nzpost.co.nz as a look-alike,
a CloudFront PDF, a GitHub CSV, an IPFS wiki mirror, a tuition centre's login page); 3/222
after brief s29url (a file on a CloudFront host is no longer asked of the link model, and NZ
Post is a brand with its own site)."""

PHISH7_FLOOR = 0.87
"""``links_phish7.txt`` (brief s27url: 2025-2026 smishing kits' toll, parking, post, bank,
Singpass/CPF/IRAS, wallet, Telegram/WhatsApp and account pages; free hosts, buckets, shorteners,
redirectors, punycode, brands in hacked sites' folders, random hosts on cheap endings), the
development set: 119/142 (83.8 %) before, 120/142 (84.5 %) after (a folder in a hacked site's
``/js/``). The brief's shapes were found on PhishTank's fold 0 (another site's address as a
folder, folders in a site's code folders): this set's misses are mostly names that only words
would tell (a bank or wallet word on a cheap ending, a short random name, a short link's slug).
124/142 (87.3 %) after brief s29url."""
EVERYDAY7_MOST_FLAGGED = 1
"""``links_everyday7.txt``, the development set: 2/124 before, 2/124 after (paynow.com.sg, a
CloudFront PDF: both the link model's); 1/124 after brief s29url (the PDF)."""
HELDOUT_PHISH7_FLOOR = 0.84
"""Its held-out twin, never tuned on: 78/95 (82.1 %) before, 78/95 (82.1 %) after; 80/95
(84.2 %) after brief s29url."""
HELDOUT_EVERYDAY7_MOST_FLAGGED = 1
"""Its held-out twin, never tuned on: 1/82 before, 1/82 after."""


def read_links(name: str) -> list[str]:
    lines = (line.strip() for line in (HERE / name).read_text("utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


async def flagged(engine: Engine, url: str) -> tuple[bool, list[str]]:
    verdict = await engine.check(Submission(urls=(url,)))
    return verdict.level != "no_red_flags", sorted({f.code for f in verdict.findings})


@pytest.mark.parametrize(
    ("phish_file", "everyday_file", "least_phish", "least_everyday"),
    [
        ("links_phish_new.txt", "links_everyday.txt", 120, 300),
        ("links_phish_new_heldout.txt", "links_everyday_heldout.txt", 120, 300),
        ("links_phish5.txt", "links_everyday5.txt", 150, 300),
        ("links_phish5_heldout.txt", "links_everyday5_heldout.txt", 100, 200),
        ("links_phish7.txt", "links_everyday7.txt", 120, 120),
        ("links_phish7_heldout.txt", "links_everyday7_heldout.txt", 80, 80),
    ],
)
def test_the_files_are_large_enough_and_parse(
    phish_file: str, everyday_file: str, least_phish: int, least_everyday: int
) -> None:
    everyday, phish = read_links(everyday_file), read_links(phish_file)
    assert len(everyday) >= least_everyday
    assert len(phish) >= least_phish
    assert len(set(everyday)) == len(everyday)
    assert len(set(phish)) == len(phish)
    assert all(parse_link(url) is not None for url in everyday)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("links_phish_new.txt", PHISH_FLOOR),
        ("links_phish_new_heldout.txt", HELDOUT_PHISH_FLOOR),
        ("links_phish5.txt", PHISH5_FLOOR),
        ("links_phish5_heldout.txt", HELDOUT_PHISH5_FLOOR),
        ("links_phish7.txt", PHISH7_FLOOR),
        ("links_phish7_heldout.txt", HELDOUT_PHISH7_FLOOR),
    ],
)
async def test_new_phishing_links_are_flagged(engine: Engine, name: str, floor: float) -> None:
    links = read_links(name)
    missed = [url for url in links if not (await flagged(engine, url))[0]]
    rate = 1 - len(missed) / len(links)
    assert rate >= floor, (f"{rate:.1%}", missed)


@pytest.mark.parametrize(
    ("name", "most"),
    [
        ("links_everyday.txt", EVERYDAY_MOST_FLAGGED),
        ("links_everyday_heldout.txt", HELDOUT_EVERYDAY_MOST_FLAGGED),
        ("links_everyday5.txt", EVERYDAY5_MOST_FLAGGED),
        ("links_everyday5_heldout.txt", HELDOUT_EVERYDAY5_MOST_FLAGGED),
        ("links_everyday7.txt", EVERYDAY7_MOST_FLAGGED),
        ("links_everyday7_heldout.txt", HELDOUT_EVERYDAY7_MOST_FLAGGED),
    ],
)
async def test_everyday_links_are_left_alone(engine: Engine, name: str, most: int) -> None:
    alarms = []
    for url in read_links(name):
        hit, codes = await flagged(engine, url)
        if hit:
            alarms.append((url, codes))
    assert len(alarms) <= most, alarms


def _foreign_path(url: str) -> bool:
    link = parse_link(url)
    return link is not None and not unquote(link.path).isascii()


@pytest.mark.parametrize(
    "url",
    [
        u
        for name in (
            "links_everyday.txt",
            "links_everyday_heldout.txt",
            "links_everyday5.txt",
            "links_everyday5_heldout.txt",
            "links_everyday7.txt",
            "links_everyday7_heldout.txt",
        )
        for u in read_links(name)
        if _foreign_path(u)
    ],
)
async def test_a_non_english_path_alone_never_flags_a_site(engine: Engine, url: str) -> None:
    link = parse_link(url)
    assert link is not None
    site = f"https://{link.host}/"
    assert await flagged(engine, url) == await flagged(engine, site)


@pytest.mark.parametrize(
    "url",
    [
        "https://docs.google.com/forms/d/e/1FAIpQLSf-aBcDeFgH/viewform",
        "https://forms.office.com/r/AbC1dEf2Gh",
        "https://forms.gle/AbCdEfGhIj1234567",
    ],
)
async def test_shared_forms_are_never_official_nor_flagged_for_their_address(
    engine: Engine, url: str
) -> None:
    _, codes = await flagged(engine, url)
    assert "URL001" not in codes
    assert "URL017" in codes
    assert "URL016" not in codes
