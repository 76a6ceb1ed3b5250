"""The learned models: deterministic split, features, scoring, and when they are asked."""

from __future__ import annotations

import math

import pytest

from blocklists.lookups import Lookups
from checkers.case import prepare
from checkers.extract import parse_link
from checkers.model import (
    SOURCES,
    LinearModel,
    ModelChecker,
    fold_of,
    load_model,
    message_features,
    plain_login_page,
    url_features,
)
from checkers.verdict import Submission
from tests.checkers.helpers import codes


def test_fold_is_stable_and_ignores_digits_and_spacing() -> None:
    assert fold_of("Call 0906 123 now") == fold_of("call  0906 999 NOW")
    folds = {fold_of(f"message number {chr(97 + i)}{chr(98 + i)}") for i in range(20)}
    assert folds == {0, 1}


def test_message_features_hide_digits_and_links_and_read_concepts() -> None:
    case = prepare(
        Submission(text="You W0N £500! Call 09061701462 or visit http://prize.example.com")
    )
    features = message_features(case, ["TXT020"])
    assert {"g: won", "c:prize", "r:TXT020", "t:invalid"} <= features
    assert not any("prize.example" in f or "0906" in f or "500" in f for f in features)


def test_message_features_of_chinese_are_character_ngrams() -> None:
    case = prepare(Submission(text="刷單返利，每單佣金5元"))
    features = message_features(case)
    assert "g:刷单" in features and "c:task_work" in features


def test_url_features_ignore_www() -> None:
    with_www = parse_link("http://www.example.com/a/login.php")
    without = parse_link("http://example.com/a/login.php")
    assert with_www is not None and without is not None
    assert url_features(with_www) == url_features(without)
    assert "p:login" in url_features(without) and "p:php" in url_features(without)


def test_linear_model_scores() -> None:
    model = LinearModel(bias=-2.0, weights={"w:prize": 4.0}, threshold=0.5, meta={})
    assert model.flags({"w:prize"}) and not model.flags({"w:hello"})
    assert 0.0 < model.probability(["w:" + "x" * 10]) < 0.5
    assert model.probability({f"w:prize{i}" for i in range(5)}) == model.probability(set())


def test_linear_model_sums_do_not_depend_on_the_features_order() -> None:
    # Weights whose float sum rounds differently in another order: the sums are exact.
    weights = {"a": 1e16, "b": 1.0, "c": -1e16, "d": 1.0}
    model = LinearModel(bias=0.0, weights=weights, threshold=0.5, meta={}, min_evidence=2.0)
    forward, backward = ["a", "b", "c", "d"], ["d", "c", "b", "a"]
    assert model.probability(forward) == model.probability(backward) == 1 / (1 + math.exp(-2))
    assert model.evidence(forward) == model.evidence(backward) == 1e16 + 2.0
    assert model.flags(forward) and model.flags(backward)


def test_shipped_models_load_and_record_how_they_were_trained() -> None:
    message = load_model("message")
    assert message is not None and 0.0 < message.threshold < 1.0
    assert "leave-one-source-out" in message.meta["threshold_from"]
    assert len(message.weights) <= 20000
    for source in SOURCES:
        held_out = load_model(f"message_without_{source}")
        assert held_out is not None and source in held_out.meta["trained_on"]
    url = load_model("url")
    assert url is not None and 0.0 < url.threshold < 1.0
    assert "fold 0" in url.meta["trained_on"]


async def test_the_wording_model_counts_only_beside_a_red_flag_of_the_rules() -> None:
    always = LinearModel(bias=10.0, weights={}, threshold=0.5, meta={})
    never = LinearModel(bias=-10.0, weights={}, threshold=0.5, meta={})
    checker = ModelChecker(message_model=always, url_model=never)
    # Business-like notices, however scam-like their style, have no red flag of the rules.
    assert await codes(checker, "POSB: your fixed deposit has matured, no action needed.") == set()
    assert await codes(checker, "Reminder: dental appointment tomorrow, call 6311 1111") == set()
    # Urgency alone is too common in real notices to count.
    assert await codes(checker, "Your OTP expires in 5 minutes, use it immediately") == set()
    assert await codes(checker, "You have won £1000 cash, call 09061701462 to claim") == {"MDL001"}
    assert await codes(checker, "hi") == set()
    # A language we do not read is never judged for its wording.
    vietnamese = "Quy khach da trung thuong 50,000,000 VND, vui long lien he de nhan giai"
    assert await codes(checker, vietnamese) == set()


async def test_url_model_skips_official_and_listed_links() -> None:
    always = LinearModel(bias=10.0, weights={}, threshold=0.5, meta={})
    checker = ModelChecker(message_model=LinearModel(-10.0, {}, 0.5, {}), url_model=always)
    assert await codes(checker, "https://www.dbs.com.sg/login") == set()
    assert (
        await codes(
            checker, "http://odd.example.com/x", entries=[("allow", "domain", "example.com")]
        )
        == set()
    )
    assert await codes(checker, "http://odd.example.com/x") == {"URL016"}


def test_a_name_s_shape_counts_only_beside_a_phishing_word() -> None:
    shop = parse_link("https://www.tampines-aircon-servicing.sg/services")
    lure = parse_link("https://sg-account-verify-center.com/")
    assert shop is not None and lure is not None
    assert not {"hyphens:2", "long_name"} & url_features(shop)
    assert {"hyphens:3", "long_name"} <= url_features(lure)


def test_only_the_publisher_s_part_of_a_hosted_page_is_read() -> None:
    hosted = parse_link("https://mail-quota-verify.weebly.com/")
    platform = parse_link("https://docs.google.com/document/d/1abc/edit")
    assert hosted is not None and platform is not None
    assert {"hosted", "h:verify", "h:mail"} <= url_features(hosted)
    assert not any(f.startswith(("h:", "hosted", "tld:")) for f in url_features(platform))


async def test_the_link_model_leaves_a_platform_s_own_pages_to_url017() -> None:
    model = LinearModel(bias=10.0, weights={"h:verify": 1.0}, threshold=0.5, meta={})
    checker = ModelChecker(url_model=model)
    found = await codes(checker, urls=("https://docs.google.com/forms/d/e/1FAIpQL/viewform",))
    assert "URL016" not in found
    found = await codes(checker, urls=("https://acme-verify.pages.dev/",))
    assert "URL016" in found


async def test_on_a_platform_a_name_s_shape_alone_is_not_enough() -> None:
    weights = {"hosted": 1.0, "hyphens:2": 1.0, "long_name": 1.0, "h:login": 1.0}
    model = LinearModel(bias=0.0, weights=weights, threshold=0.5, meta={}, min_evidence=0.5)
    checker = ModelChecker(url_model=model)
    found = await codes(checker, urls=("https://docs-openbanking-sandbox.pages.dev/",))
    assert "URL016" not in found  # a hyphenated long name on a free host: shape only
    found = await codes(checker, urls=("https://acme-login-portal.pages.dev/",))
    assert "URL016" in found
    found = await codes(checker, urls=("https://docs-openbanking-sandbox.top/",))
    assert "URL016" in found  # on a cheap ending the rule is unchanged
    # On an ordinary ending too a firm's hyphenated name needs words of weight
    # (secure-parking.com.sg, online-tutors.sg).
    found = await codes(checker, urls=("https://docs-open-sandbox.com/",))
    assert "URL016" not in found
    found = await codes(checker, urls=("https://docs-openbanking-sandbox.com/",))
    assert "URL016" in found  # a long name is left to the model
    found = await codes(checker, urls=("https://acme-login-portal.com/",))
    assert "URL016" in found


async def test_on_a_builder_a_plainly_named_site_s_page_names_are_its_own() -> None:
    weights = {"p:login": 2.0, "p:brand": 2.0, "p:php": 2.0, "p:update": 2.0, "h:app": 2.0}
    weights |= {"hosted": 0.1, "hyphens:1": 1.0, "h:verify": 2.0, "h:brand": 2.0}
    model = LinearModel(bias=0.0, weights=weights, threshold=0.5, meta={}, min_evidence=0.5)
    checker = ModelChecker(url_model=model)
    for url in (
        "https://kuehlapishouse.weebly.com/paynow.html",  # a bakery's PayNow page
        "https://batikbytini.wixsite.com/shop/shopee",  # "find us on Shopee"
        "https://swimsmartsg.wixsite.com/home/student-login",  # a swim school's members
        "https://budgetmumsg.blogspot.com/2026/02/shopee-haul-under-50.html",  # a blog's post
        "https://choirofthesunset.yolasite.com/concerts.php",  # Yola's own page names
        "https://sgyouthorchestra.formstack.com/forms/audition_update",
        "https://tinyledger-app.framer.website/pricing",  # an app's landing page
    ):
        assert "URL016" not in await codes(checker, urls=(url,)), url
    for url in (
        "https://acme-verify.weebly.com/",  # a lure names itself in the host
        "https://jtan88.wixsite.com/dbs/login",  # a brand beside a login word: a kit's page
        "https://hxk7q2zp9w.weebly.com/update.html",  # a throwaway name
        "https://queue-system.000webhostapp.com/login.php",  # a PHP host: a kit is a file
        "https://form.typeform.com/to/Xk2bP9dE?bank=dbs",  # the builder's own host
    ):
        assert "URL016" in await codes(checker, urls=(url,)), url


@pytest.mark.parametrize(
    ("url", "plain"),
    [
        # Epic's MyChart, the patient portal of hundreds of hospitals.
        ("https://mychart.stanfordhealthcare.org/MyChart/Authentication/Login", True),
        ("https://mychart-secure-verify.top/MyChart/Authentication/Login", False),
        # A small shop's own customer sign-in (Shopify's path) on a cheap ending.
        ("https://tinytoysg.store/account/login", True),
        ("https://kopikaki.shop/account/login", True),
        ("https://mbk-sg.shop/account/login", False),  # a throwaway name
        ("https://hdbx.top/account/login", False),
        ("https://secureportal.top/account/login", False),  # phishing words run together
        ("https://tinytoysg.store/login", False),
        # A firm's own portal subdomain: the hyphen is in its name, not beside a phishing word.
        ("https://portal.littleseeds-preschool.sg/parents/login", True),
        ("https://portal.secure-bank.com/login", False),
        # A club's app named with its year; digits run into a name stay a throwaway's.
        ("https://sg-choir-2026.web.app/login", True),
        ("https://app-7xk2q.pages.dev/login", False),
    ],
)
def test_which_sign_in_pages_are_a_site_s_own(url: str, plain: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert plain_login_page(link) is plain


def test_an_everyday_word_that_is_also_a_brand_is_no_brand_in_a_firm_s_name() -> None:
    bakery = parse_link("https://www.apple-pie-bakery.com/")
    lure = parse_link("https://apple-id-verify.com/")
    renewal = parse_link("https://amazon-prime-renewal.net/")
    assert bakery is not None and lure is not None and renewal is not None
    assert "h:brand" not in url_features(bakery)
    assert "h:brand" in url_features(lure)
    assert "h:brand" in url_features(renewal)  # renewal: a word glued to a brand


@pytest.mark.parametrize(
    ("url", "elsewhere"),
    [
        # A news article filed under its date, or named by a long headline with no lure word.
        ("https://9to5mac.com/2025/12/01/iphone-update-fixes-bug-in-photos/", True),
        ("https://lifehacker.com/5855383/postbox-adds-gmail-labels-and-dropbox-attachments", True),
        ("https://acme-news.xyz/2025/12/01/iphone-update-fixes-bug-in-photos/", False),
        ("https://bankguide.com/how-to-unlock-your-suspended-online-banking-account-now", False),
        # A service's own account errand with one opaque code; not with an address in it.
        ("https://app.clickup.com/verify-email?code=9f8e7d6c5b4a", True),
        ("https://app.clickup.com/verify-email?email=jane@example.com", False),
        ("https://accountsecure.net/reset-password?token=9f8e7d6c5b4a", False),
        # A sign-in page that returns to its own site, not to another.
        ("https://id.atlassian.com/login?continue=https://start.atlassian.com/", True),
        ("https://id.atlassian.com/login?continue=https://evil.example.net/", False),
        # A newsletter's unsubscribe page, a forum's routed topic, a firm's own webmail.
        ("https://news.kopitiamcorner.com.sg/unsubscribe?email=jane@example.com", True),
        ("https://mailbox-verify.com/unsubscribe?email=jane@example.com", False),
        ("https://lakeforum.ca/forum/index.php?/topic/88012-ice-report/", True),
        ("https://webmail.kellerman-hydraulics.de/owa/", True),
        ("https://mail.upgrade-helpdesk-it.com/owa/", False),
        # A router's page, unless an address hides behind an @.
        ("http://192.168.1.1/login.php", True),
        ("http://paypal.com@192.168.1.1/login.php", False),
        # A project about a brand on a free platform, unless its path names a brand too.
        ("https://hdb-resale-trends.github.io/", True),
        ("https://discord-bot-status.replit.app/", True),
        ("https://hdb-resale-trends.github.io/ocbc/index.html", False),
        ("https://hdb-resale-portal.github.io/", False),
        # A web app's own sign-in page on an app platform, under a name of its own.
        ("https://jiak-simi.vercel.app/login", True),
        ("https://kopi-order.pages.dev/signin", True),
        ("https://myaccount.vercel.app/login", False),
        ("https://stellular-gumdrop-7b1c2e.netlify.app/login", False),
        ("https://x7k2m9qz.pages.dev/login", False),
        ("https://helpdesk.weebly.com/login", False),
    ],
)
def test_which_pages_the_link_model_is_not_asked_about(url: str, elsewhere: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert ModelChecker._judged_elsewhere(link, Lookups({}, available=True)) is elsewhere


async def test_a_company_s_own_organisation_page_on_a_code_host_is_not_asked_about() -> None:
    model = ModelChecker()
    own = "https://google.github.io/styleguide/pyguide.html"
    assert "URL016" not in await codes(model, own)
    # Its sign-in or kit page is still asked about, and a dressed name is no organisation's.
    assert "URL016" in await codes(model, "https://microsoft.github.io/owa/login.php")
    assert "URL016" in await codes(model, "https://microsoft365-docs.github.io/sharepoint/")


async def test_a_static_site_s_index_page_in_a_folder_is_named_by_default() -> None:
    model = ModelChecker()
    page = "https://rust-lang.github.io/rustup/installation/index.html"
    assert "URL016" not in await codes(model, page)
    # The root index of a throwaway name is still asked about.
    assert "URL016" in await codes(model, "https://fluffy-pancake-4kq9.netlify.app/index.html")


@pytest.mark.parametrize(
    ("url", "elsewhere"),
    [
        # A headline that reports on signing in: customers unable, an outage, an issue.
        (
            "https://www.channelnewsasia.com/singapore/"
            "dbs-customers-unable-to-login-digibank-outage-4812233",
            True,
        ),
        ("https://mothership.sg/2026/01/uob-app-login-issue/", True),
        # A slug that asks the reader to sign in is still asked about.
        ("https://mothership.sg/2026/01/uob-app-login-verify/", False),
        (
            "https://bestdeals.com/your-account-is-suspended-verify-now-to-restore-access",
            False,
        ),
        # WordPress's own sign-in page, at the root or in a blog's folder; not a kit's copy.
        ("https://www.kovanphysio.sg/wp-login.php", True),
        ("https://clementiyoga.com/blog/wp-login.php", True),
        ("https://kovanphysio.sg/wp-content/dbs/wp-login.php", False),
        # A github.io repository's project page, under an account naming no brand.
        ("https://sgdatastudio.github.io/hdb-resale-dashboard/", True),
        ("https://dbs-paylah.github.io/digibank/", False),
        ("https://kx.github.io/dbs-login-dashboard/", False),
    ],
)
def test_reports_wordpress_sign_in_and_repository_projects(url: str, elsewhere: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert ModelChecker._judged_elsewhere(link, Lookups({}, available=True)) is elsewhere


@pytest.mark.parametrize(
    ("url", "elsewhere"),
    [
        # Brief s40url: a file in a WordPress site's media library, OWA's own sign-in page on a
        # firm's mail host
        ("https://www.ecosgmarket.com/wp-content/uploads/2026/08/login-guide.pdf", True),
        ("https://www.ecosgmarket.com/wp-content/uploads/2026/11/dhl/tracking/index.html", False),
        ("https://cheap.top/wp-content/uploads/2026/08/login-guide.pdf", False),
        ("https://mail.nus.edu.sg/owa/auth/logon.aspx", True),
        ("https://mail.upgrade-helpdesk-it.com/owa/auth/logon.aspx", False),
        ("https://hostelcentral.com.my/owa/auth/logon.aspx", False),
    ],
)
def test_reports_media_library_files_and_owa_sign_in(url: str, elsewhere: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert ModelChecker._judged_elsewhere(link, Lookups({}, available=True)) is elsewhere
