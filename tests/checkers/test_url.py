"""The URL checker: one test per rule, and the look-alike helpers."""

from __future__ import annotations

import pytest

from checkers.case import embedded_link
from checkers.extract import parse_link
from checkers.sites import brand_sibling, official_brand
from checkers.url import (
    Shape,
    UrlChecker,
    alarm_name,
    app_package,
    brand_in_name,
    consonant_jumble,
    desk_slug,
    disguised_user,
    fee_lure,
    fee_slug,
    generic_name,
    glued_lure_name,
    government_name,
    lookalike_of,
    organisation_page,
    phishing_shape,
    placeholder_name,
    prize_name,
    project_name,
    random_name,
    script_trick,
    shared_doc_name,
    unclipped,
    wordpress_admin_page,
)
from checkers.verdict import LinkPair
from tests.checkers.helpers import codes, run

CHECKER = UrlChecker()


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("www.dbs.com.sg", "dbs"),
        ("internet-banking.ocbc.com", "ocbc"),
        ("www.iras.gov.sg", "iras"),
        ("go.gov.sg", "gov"),
        ("www.hdb.gov.sg", "hdb"),
        ("anything.gov.sg", "gov"),
        ("shopee.sg", "shopee"),
        # Kemensos's own site, which its warnings and real bansos notices name.
        ("cekbansos.kemensos.go.id", "kemensos"),
        ("www.prakerja.go.id", "prakerja"),
        # Airlines' and booking sites' own reminders ("12,500 KrisFlyer miles expire on 31 Jan, use
        # them at singaporeair.com") link their own sites.
        ("www.singaporeair.com", "singaporeair"),
        ("www.flyscoot.com", "scoot"),
        ("secure.booking.com", "booking"),
        ("www.ishopchangi.com", "changi"),
        # Malaysian telcos, whose points and bill lures reach Singapore phones too.
        ("www.maxis.com.my", "maxis"),
        ("www.hotlink.com.my", "maxis"),
        ("www.u.com.my", "umobile"),
    ],
)
def test_official_sites(host: str, brand: str) -> None:
    found = official_brand(host)
    assert found is not None and found.key == brand


@pytest.mark.parametrize(
    "host",
    [
        "dbs.com.sg.evil.xyz",
        "gov.sg.example.com",
        "evil.sharepoint.com",
        "x.blogspot.com",
        "dbs-sg.com",
        "kemensos-bansos.site",
        "krisflyer-miles.redeem-sg.com",
        "booking-confirm-guest.com",
    ],
)
def test_not_official(host: str) -> None:
    assert official_brand(host) is None


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("dbs-sg-verify", "dbs"),
        ("dbsbank", "dbs"),
        ("ocbc", "ocbc"),
        ("mysingpass", "singpass"),
        ("secure-paypal-login", "paypal"),
        ("posb-sg", "dbs"),
        ("carousellsg", "carousell"),
        ("krisflyer-miles", "singaporeair"),
    ],
)
def test_brand_in_name(name: str, brand: str) -> None:
    found = brand_in_name(name)
    assert found is not None and found.key == brand


@pytest.mark.parametrize(
    "name",
    [
        *("momentum", "purchase", "musical", "grabbing", "policy", "applebees", "outlookindia"),
        # Delta and booking are everyday words and other firms' names: not Delta Air Lines or
        # Booking.com in an address.
        *("delta-dental-login", "hotel-booking-online"),
    ],
)
def test_words_that_contain_short_brand_names_are_not_brands(name: str) -> None:
    assert brand_in_name(name) is None


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("paypa1", "paypal"),
        ("0cbc", "ocbc"),
        ("qrab", "grab"),  # q for g
        ("qojek", "gojek"),
        ("rnicrosoft", "microsoft"),
        ("singpas", "singpass"),
        ("lazadda", "lazada"),
        ("carouse11", "carousell"),
        ("shoppee", "shopee"),
        ("maybanc", "maybank"),
    ],
)
def test_lookalikes(name: str, brand: str) -> None:
    found = lookalike_of(name)
    assert found is not None and found[0].key == brand


@pytest.mark.parametrize(
    "name", ["paypal", "telegraf", "google", "gallery", "singapore", "weather"]
)
def test_not_lookalikes(name: str) -> None:
    assert lookalike_of(name) is None


def test_script_tricks() -> None:
    kind, brand = script_trick("pаypal.com")  # Cyrillic а
    assert kind == "homoglyph" and brand is not None and brand.key == "paypal"
    assert script_trick("gооgle-prizes.com")[0] in ("homoglyph", "mixed")
    assert script_trick("exаmple.com") == ("mixed", None)
    assert script_trick("例子.中国") == ("idn", None)
    assert script_trick("dbs.com.sg") == ("", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.dbs.com.sg/personal/login", {"URL001"}),
        ("https://dbs-sg-verify.xyz/login", {"URL002", "URL007", "URL013", "URL019"}),
        ("http://0cbc-secure.com/", {"URL003"}),
        ("http://xn--pypal-4ve.com/", {"URL004"}),
        ("https://exаmple.com/", {"URL005"}),
        ("http://例子.中国/", {"URL006"}),
        ("http://prizes.xyz/", {"URL007"}),
        ("http://203.0.113.9/pay", {"URL008"}),
        ("https://bit.ly/3abcDEF", {"URL009"}),
        ("http://www.dbs.com.sg@evil.example.com/", {"URL010"}),
        ("http://shop.example.com:8080/", {"URL011"}),
        ("http://a.b.c.d.e.example.com/", {"URL012"}),
        ("http://example.com/account/verify", {"URL013"}),
        ("http://example.com/PAYPAL/", {"URL015"}),
        ("https://victim-co.sharepoint.com/:b:/g/personal/x", {"URL017"}),
        ("https://facebook.com.triumphhomes.co.uk/", {"URL002"}),
        ("https://maxis-redeem.icu/", {"URL002", "URL007"}),
        ("https://go.gov.sg/abc", {"URL001"}),
        ("https://en.wikipedia.org/wiki/Singapore", set()),
    ],
)
async def test_rules(text: str, expected: set[str]) -> None:
    assert await codes(CHECKER, text) == expected


async def test_amazon_s_own_short_name_is_its_brand_in_an_address() -> None:
    # "amzn" is Amazon's own abbreviation (amzn.to, amzn.com): a job or order lure built on it
    # (amzn-hr-careers.site) uses the brand's name as much as amazon-hr-careers.site would.
    assert "URL002" in await codes(CHECKER, "https://amzn-hr-careers.site/apply")
    assert "URL002" not in await codes(CHECKER, "https://amzn.to/3xYzAbc")


async def test_the_blocklist_decides_and_names_the_entry() -> None:
    findings = await run(
        CHECKER, "see http://shop.example.com/x", entries=[("block", "domain", "example.com")]
    )
    assert findings[0].code == "LST001"
    assert await codes(
        CHECKER, "http://a.example.com/p", entries=[("block", "url", "http://a.example.com/p")]
    ) >= {"LST001"}


async def test_a_listed_parent_covers_hosts_without_a_public_suffix() -> None:
    found = await codes(
        CHECKER,
        "http://www.scamcheck-demo.example/claim",
        entries=[("block", "domain", "scamcheck-demo.example")],
    )
    assert "LST001" in found


async def test_allowlisted_sites_get_an_informational_finding_only() -> None:
    found = await codes(
        CHECKER, "https://dbs-events.xyz/login", entries=[("allow", "domain", "dbs-events.xyz")]
    )
    assert found == {"LST004"}


async def test_blocklist_beats_allowlist_and_official() -> None:
    found = await codes(
        CHECKER, "https://www.dbs.com.sg/x", entries=[("block", "url", "https://www.dbs.com.sg/x")]
    )
    assert "LST001" in found and "URL001" not in found


async def test_link_text_that_differs_from_its_target() -> None:
    pair = LinkPair(shown="www.dbs.com.sg", target="http://dbs-verify.top/x")
    found = await run(CHECKER, "Log in to DBS", link_pairs=(pair,))
    mismatch = [f for f in found if f.code == "URL014"]
    assert (
        mismatch
        and "dbs-verify.top" in mismatch[0].reason
        and "www.dbs.com.sg" in mismatch[0].reason
    )


async def test_link_text_that_matches_its_target_is_fine() -> None:
    pair = LinkPair(shown="https://www.dbs.com.sg", target="https://www.dbs.com.sg/")
    assert "URL014" not in await codes(CHECKER, "DBS", link_pairs=(pair,))
    words = LinkPair(shown="click here", target="https://www.dbs.com.sg/")
    assert "URL014" not in await codes(CHECKER, "DBS", link_pairs=(words,))


async def test_every_reason_names_its_evidence() -> None:
    for finding in await run(CHECKER, "https://dbs-sg-verify.xyz/login"):
        assert finding.reason and finding.evidence and finding.severity is not None
        assert "{" not in finding.reason


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("ocbconlinesecure", "ocbc"),
        ("posbsecureupdate", "dbs"),
        ("uobsecurealert", "uob"),
        ("hsbcsgverify", "hsbc"),
        ("paynowrefundsg", "paynow"),
    ],
)
def test_a_brand_run_together_with_several_filler_words(name: str, brand: str) -> None:
    found = brand_in_name(name)
    assert found is not None and found.key == brand


@pytest.mark.parametrize("name", ["upsidedown", "applepierecipes", "grabfoodstall"])
def test_a_word_that_only_starts_like_a_brand_is_not_one(name: str) -> None:
    assert brand_in_name(name) is None


async def test_a_brand_in_the_name_chosen_on_a_free_host() -> None:
    assert {"URL002", "URL017"} <= await codes(CHECKER, "https://posbsg.wixsite.com/login")
    assert "URL003" in await codes(CHECKER, "https://paypa1-secure.pages.dev/")


async def test_the_platform_s_own_host_names_no_brand() -> None:
    found = await codes(CHECKER, "https://onedrive.live.com/?cid=ABCDEF1234567890")
    assert found == {"URL017"}


async def test_the_words_of_a_short_link_s_slug_count() -> None:
    assert {"URL009", "URL015", "URL013"} <= await codes(CHECKER, "https://bit.ly/ocbc-verify-acc")
    assert await codes(CHECKER, "https://bit.ly/acme-cny-menu") == {"URL009"}


async def test_a_real_newspaper_one_letter_from_a_brand_is_no_look_alike() -> None:
    assert "URL003" not in await codes(CHECKER, "https://www.zaobao.com.sg/news/singapore")


async def test_a_brand_in_the_path_of_a_platform_s_own_host() -> None:
    # A Google Sites page's name is its path's first folder after /view/: read as a name
    # chosen on a free host is (URL002); a brand deeper in the path is only mentioned (URL015).
    found = await codes(CHECKER, "https://sites.google.com/view/ocbc-account-verify/home")
    assert {"URL002", "URL013", "URL017"} <= found
    found = await codes(CHECKER, "https://sites.google.com/view/mrs-tan-class/ocbc-savings-talk")
    assert "URL015" in found and "URL002" not in found
    found = await codes(CHECKER, "https://sites.google.com/view/rivervale-pta/home")
    assert not {"URL015", "URL002"} & found


async def test_a_brand_in_a_form_builder_s_account_name() -> None:
    # form.jotform.com/<account>/<form>: the account's name is its publisher's choice, read as
    # a name chosen on a free host is (URL002); a form's bare number names nobody.
    found = await codes(CHECKER, "https://form.jotform.com/OCBCsecure/verify")
    assert {"URL002", "URL017"} <= found
    assert "URL002" in await codes(CHECKER, "https://www.jotform.com/coinbaseSupport/restore")
    found = await codes(CHECKER, "https://form.jotform.com/PTAsecondaryschool/sports-day")
    assert not {"URL015", "URL002"} & found
    assert await codes(CHECKER, "https://form.jotform.com/241234567890123") == {"URL017"}


async def test_hubspot_pages_and_forms_are_pages_anyone_can_publish() -> None:
    found = await codes(CHECKER, "https://dbs-8823451.hs-sites.com/secure-login")
    assert {"URL002", "URL017"} <= found
    assert await codes(CHECKER, "https://share.hsforms.com/1aBcDeFgHiJkLmNoPq") == {"URL017"}
    assert await codes(CHECKER, "https://acme-2211034.hubspotpagebuilder.com/") == {"URL017"}


@pytest.mark.parametrize(
    ("name", "random"),
    [
        ("qzxvtw", True),
        ("a9zx2p", True),
        ("xjwn", True),
        ("vvnx7", True),
        ("smrt", False),  # initials of common letters
        ("hdb", False),
        ("img2svg", False),  # a word with a number in it
        ("rhythm", False),
        ("kopitiam-corner", False),
        ("lynx", False),
    ],
)
def test_random_names(name: str, random: bool) -> None:
    assert random_name(name) is random


@pytest.mark.parametrize(
    ("name", "lure"),
    [
        ("erp-overdue", True),
        ("sgtoll", True),
        ("parking-fine-sg", True),
        ("parcel-held-sg", True),
        # A parcel written short, a prize beside a filler (smish20_en): "pkg-hold", "claim-prize-sg".
        ("pkg-hold", True),
        ("claim-prize-sg", True),
        ("prize-giving", False),
        ("fine-foods", False),
        ("parcel", False),
        ("kopitiam-corner", False),
    ],
)
def test_fee_lures(name: str, lure: bool) -> None:
    assert fee_lure(name) is lure


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("https://qzxvtw.top/sg", Shape.RANDOM),
        ("https://erp-overdue.xyz/pay", Shape.FEE),
        ("https://pkg-hold.top/s", Shape.FEE),
        (
            "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/login.html",
            Shape.IPFS,
        ),
        ("https://storage.googleapis.com/some-bucket/index.html", Shape.BUCKET),
        ("https://bucket.s3.ap-southeast-1.amazonaws.com/a/pay.html", Shape.BUCKET),
        ("https://hacked-bakery.com/wp-includes/fonts/sg/verify.html", Shape.KIT),
        ("https://hacked-bakery.com/06bfe1092a068a329fd238558eb61ef4/", Shape.KIT),
        ("https://hacked-bakery.com/.well-known/vp4/", Shape.KIT),
        # A folder deep in WordPress's code folders: WordPress shows no page there.
        ("https://hacked-bakery.com/wp-includes/js/mtb2020/onlinebankingmtb/", Shape.KIT),
        ("https://hacked-bakery.com/wp-admin/includes/access", Shape.KIT),
        # A folder inside the code or picture folders: a site serves files there, not pages.
        ("https://hacked-bakery.com/js/f/", Shape.KIT),
        ("https://hacked-bakery.com/img/pp/script/CheckAccount", Shape.KIT),
        ("https://unsplash.com/images/animals/dog", None),  # a photo site's search
        ("https://web.dev/learn/css/box-model/", None),  # a tutorial about CSS
        ("https://lists.example.org/cgi-bin/mailman/listinfo/users", None),
        ("https://shop.example.com/vendor/jtan-crafts/products", None),
        ("https://hacked-bakery.com/components/com_wrapper/views/update/", Shape.KIT),
        ("https://hacked-bakery.com/site/components/com_content/models/page.php", Shape.KIT),
        ("https://www.sgcakeshop.com/index.php?option=com_content&view=article&id=7", None),
        ("https://news.example.com/content/css/style?v=Fr4M", None),  # a bundled stylesheet
        ("https://www.sgcakeshop.com/images/cakes/pandan.jpg", None),
        ("https://learn.example.com/tutorials/modules/beginner/tips", None),
        ("https://www.example.com/assets/deposits/bill/", None),
        # Files in a bucket or on IPFS, a random name on an ordinary ending, a real site.
        ("https://storage.googleapis.com/some-bucket/price-list.pdf", None),
        ("https://bucket.s3.amazonaws.com/report.pdf", None),
        ("https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/cat.png", None),
        ("https://qzxvtw.com/sg", None),
        ("https://fine-foods.shop/", None),
        ("https://www.tanfamilyclinic.sg/wp-content/uploads/2025/11/clinic-hours.pdf", None),
        ("https://www.sgcakeshop.com/wp-login.php", None),
        ("https://www.sgcakeshop.com/wp-admin/", None),
        ("https://www.sgcakeshop.com/wp-json/wp/v2/posts", None),
        ("https://docs.ipfs.tech/concepts/what-is-ipfs/", None),
        # Another site's address in front of the real one; a login word as the name.
        ("https://ezdrivema.com-bill.live/", Shape.DISGUISE),
        ("https://tollroads.com-ftg.com/pay", Shape.DISGUISE),
        ("https://secure.chase.com.auth-session.icu/", Shape.DISGUISE),
        ("https://www.amazon.co.jp.signin-update.shop/", Shape.DISGUISE),
        ("http://paypal.com-update.accounts.nor.example-realty.com/", Shape.DISGUISE),
        ("http://autoscout24.net-enquiry-id-92735.tilehome.com/", Shape.DISGUISE),
        ("https://com-munity.example.com/", None),
        ("https://smbc-card-login.sbs/", Shape.LURE),
        ("https://ing-verificatie.cc/", Shape.LURE),
        ("https://bank-kemaskini.top/", Shape.LURE),
        ("https://login.mymealplan.app/", None),  # a company's own login subdomain
        ("https://www.com-pass.jp/", None),
        ("https://example.com.s3.amazonaws.com/index.pdf", None),
        # Refund, fine and parcel words of other languages.
        ("https://ameli-remboursement.top/", Shape.FEE),
        ("https://laposte-suivi-colis.cfd/", Shape.FEE),
        ("https://livraison-fleurs.shop/", None),  # a florist's delivery
        # The name chosen on a free platform is read like a registered name.
        ("https://suspended-profiles.blogspot.com/", Shape.PLATFORM_LURE),
        ("https://erp-fine-notice.netlify.app/", Shape.PLATFORM_FEE),
        ("https://weather-app.vercel.app/", None),
        # Another site's address as a folder of a hacked site: a kit copying that site.
        ("https://hacked-bakery.com/smbc.co.jp/jp/", Shape.ADDRESS_IN_PATH),
        ("https://hacked-bakery.com/bmline/bmo.com/onlinebanking/", Shape.ADDRESS_IN_PATH),
        ("https://hacked-bakery.com/twitter.com/login.html", Shape.ADDRESS_IN_PATH),
        ("https://en.wikipedia.org/wiki/Booking.com", None),  # names a site, not a folder
        ("https://mandrillapp.com/track/click/3001/www.sistic.com.sg?p=eyJz", None),
        ("https://web.archive.org/web/2020/https://www.cpf.gov.sg/member/", None),
        ("https://www-straitstimes-com.cdn.ampproject.org/c/s/www.straitstimes.com/a/", None),
        ("https://sites.google.com/moe.edu.sg/pri6-science/home", None),
        ("https://docs.python.org/3/library/os.path.html", None),
        ("https://github.com/jtan/jtan.com/blob/main/index.html", None),
        ("https://web.archive.org/web/20200101000000/www.cpf.gov.sg/member/", None),
        ("https://pkg.go.dev/github.com/jtan/sgbus/client", None),
        ("https://www.semrush.com/website/shopee.sg/overview/", None),
        ("https://www.virustotal.com/gui/domain/dbs.com.sg/detection", None),
        ("https://github.example.org/nus/notes.md/raw", None),
        ("https://gtmetrix.com/reports/www.dbs.com.sg/abc123/", None),
        ("https://twitter.com/lazada.sg/status/12345", None),  # a member's handle
        # A well-known shortener's address spelt on another ending; the shorteners themselves.
        ("https://t-co.link/Xk3dP9", Shape.SHORTENER),
        ("https://bit-ly.site/3Kx9sLm", Shape.SHORTENER),
        ("https://lnkd-in.com/gB7yTq2E", Shape.SHORTENER),
        ("https://bitly-link.online/promo", Shape.SHORTENER),
        ("https://bit.ly-promo.click/x", Shape.SHORTENER),
        ("https://bit.ly/3Kx9sLm", None),
        ("https://tco.com/", None),
        ("https://tinyurlshortener.com/", None),
        ("https://isgd-partners.com/", None),
        # A page to connect or restore a wallet on a wallet-named page of a free platform.
        ("https://wallet-sync-app.vercel.app/connect", Shape.WALLET),
        ("https://my-portfolio.vercel.app/connect", None),
        # A Google Sites page's name is in its path.
        ("https://sites.google.com/view/parcel-redelivery-fee/home", Shape.PLATFORM_FEE),
        ("https://sites.google.com/view/greenfield-pta/home", None),
    ],
)
def test_phishing_shapes(url: str, shape: Shape | None) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is shape


async def test_a_throwaway_address_is_a_finding_of_its_own() -> None:
    assert "URL019" in await codes(CHECKER, "https://kx7qlm.top/sg")
    assert "URL019" not in await codes(CHECKER, "https://www.fairprice.com.sg/")


@pytest.mark.parametrize(
    ("url", "package"),
    [
        ("http://mijn.ing-mobiel.com/update.apk", "update.apk"),
        ("https://durian-king-sg.com/app/DurianKing.APK", "DurianKing.APK"),
        ("http://203.0.113.7/seafood.xapk", "seafood.xapk"),
        ("https://example-shop.sg/apk-guide/", ""),
        ("https://example-shop.sg/files/menu.pdf", ""),
    ],
)
def test_the_android_app_a_link_downloads(url: str, package: str) -> None:
    link = parse_link(url)
    assert link is not None
    assert app_package(link) == package


async def test_an_app_download_is_a_finding_whatever_the_language() -> None:
    """A sideloaded app is a red flag of its own, read from the link, not the words."""
    found = await codes(CHECKER, "http://mijn.ing-mobiel.com/update.apk")
    assert "URL020" in found
    # An official site's links are the site's (its app page, its files).
    assert "URL020" not in await codes(CHECKER, "https://www.dbs.com.sg/digibank.apk")


@pytest.mark.parametrize(
    ("domain", "suffix", "brand"),
    [
        ("amazon.co.jp", "co.jp", "amazon"),  # amazon.co.uk is official: the same second level
        ("dhl.de", "de", "dhl"),
        ("cimbclicks.com.sg", "com.sg", "cimb"),
        ("icloud.co.ua", "co.ua", None),  # anyone may buy a name under co.ua
        ("paypal.cc", "cc", None),  # a cheap ending
        ("dbs.co", "co", None),  # a country ending sold as a word
        ("dbs-secure.de", "de", None),  # not the brand's whole name
    ],
)
def test_a_brand_s_own_name_under_a_country_s_ending(
    domain: str, suffix: str, brand: str | None
) -> None:
    found = brand_sibling(domain, suffix)
    assert (found.key if found else None) == brand


async def test_a_brand_s_own_name_in_another_country_is_no_lure() -> None:
    assert "URL002" not in await codes(CHECKER, "https://www.dhl.de/de/privatkunden.html")
    assert "URL002" in await codes(CHECKER, "https://dhl-de.com/")


async def test_a_platform_s_ending_is_not_the_publisher_s() -> None:
    assert "URL007" not in await codes(CHECKER, "https://grace-bakes.pages.dev/")
    assert "URL007" in await codes(CHECKER, "https://grace-bakes.dev/")


def test_a_redirect_page_s_destination_is_judged_too() -> None:
    for url, inner in [
        ("https://www.google.com/url?q=https://evil-login.top/a&sa=D", "evil-login.top"),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fmeta-appeal.top%2F", "meta-appeal.top"),
        ("https://href.li/?https://usps-postal.sbs/", "usps-postal.sbs"),
    ]:
        link = parse_link(url)
        assert link is not None
        found = embedded_link(link)
        assert found is not None and found.domain == inner
    plain = parse_link("https://shop.example.com/cart?next=https://evil.top/")
    assert plain is not None and embedded_link(plain) is None  # only big sites' redirect pages


def test_google_s_amp_viewer_and_a_short_link_s_query_name_a_destination() -> None:
    for url, inner in [
        ("https://www.google.com/amp/s/grab-rewards.site/redeem", "grab-rewards.site"),
        ("https://www.google.com.sg/amp/dbs-sg-login.com/ib", "dbs-sg-login.com"),
        ("https://rebrand.ly/x7k2?u=https://singpost-fee.com/pay", "singpost-fee.com"),
        (
            "https://duckduckgo.com/l/?uddg=https%3A%2F%2Fsingpass-auth.online%2F",
            "singpass-auth.online",
        ),
        ("https://away.vk.com/away.php?to=https%3A%2F%2Fpaypal-verify.info", "paypal-verify.info"),
        (
            "https://r.search.yahoo.com/_ylt=A/RU=https%3a%2f%2fdbs-ib.com%2f/RK=2/RS=x",
            "dbs-ib.com",
        ),
        ("https://urldefense.com/v3/__https://ocbc-login.com/__;!!abc", "ocbc-login.com"),
    ]:
        link = parse_link(url)
        assert link is not None
        found = embedded_link(link)
        assert found is not None and found.domain == inner
    for url in [
        "https://www.straitstimes.com/amp/singapore/transport/x",  # a news site's own AMP page
        "https://www.google.com/amp/singapore/x",  # no host after /amp/
        "https://bit.ly/3abc",
    ]:
        link = parse_link(url)
        assert link is not None and embedded_link(link) is None


async def test_a_short_link_s_slug_that_names_a_fee_or_a_login() -> None:
    assert "URL019" in await codes(CHECKER, "https://bit.ly/usps-redeliver-pkg")
    assert "URL019" in await codes(CHECKER, "https://rebrand.ly/wa-login-code")
    assert "URL019" not in await codes(CHECKER, "https://bit.ly/parcel-tracking")
    assert "URL019" not in await codes(CHECKER, "https://tinyurl.com/pri6-excursion-form")


@pytest.mark.parametrize(
    ("path", "shape"),
    [
        ("/usps-redeliver-pkg", Shape.SHORT_FEE),
        ("/sg-toll-unpaid", Shape.SHORT_FEE),
        ("/wa-login-code", Shape.SHORT_LURE),
        ("/parcel-tracking", None),
        ("/pri6-excursion-form", None),
    ],
)
def test_which_lure_a_short_link_s_slug_names(path: str, shape: Shape | None) -> None:
    assert fee_slug(path) is shape


# One link of every shape URL019 tells apart.
SHAPE_LINKS: dict[Shape, str] = {
    Shape.RANDOM: "https://kx7qlm.top/sg",
    Shape.JUMBLE: "https://a8x2kq.com/",
    Shape.FEE: "https://erp-overdue.xyz/pay",
    Shape.LURE: "https://smbc-card-login.sbs/",
    Shape.PLATFORM_FEE: "https://erp-fine-notice.netlify.app/",
    Shape.PLATFORM_LURE: "https://suspended-profiles.blogspot.com/",
    Shape.SHORT_FEE: "https://bit.ly/usps-redeliver-pkg",
    Shape.SHORT_LURE: "https://rebrand.ly/wa-login-code",
    Shape.DISGUISE: "https://ezdrivema.com-bill.live/",
    Shape.IPFS: "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/login.html",
    Shape.BUCKET: "https://storage.googleapis.com/some-bucket/index.html",
    Shape.KIT: "https://hacked-bakery.com/wp-includes/fonts/sg/verify.html",
    Shape.ADDRESS_IN_PATH: "https://hacked-bakery.com/smbc.co.jp/jp/",
    Shape.GENERIC: "https://myaccount-sgbank.com/verify",
    Shape.PLATFORM_RANDOM: "https://hxk7q2zp9w.weebly.com/",
    Shape.EMAIL_FRAGMENT: "https://docs-share-view.com/index.html#am9obkBleGFtcGxlLmNvbQ==",
    Shape.GOVERNMENT: "https://gov-uk-energy-rebate.com/claim",
    Shape.DIGITS: "https://p0st-0ffice-d3livery.com/",
    Shape.WALLET: "https://arb-rewards-portal.com/connect-wallet",
    Shape.SHORTENER: "https://bit-ly.site/3Kx9sLm",
}


def test_every_shape_has_a_link_here() -> None:
    assert set(SHAPE_LINKS) == set(Shape)


@pytest.mark.parametrize("shape", list(Shape))
async def test_url019_names_the_one_shape_it_found(shape: Shape) -> None:
    """The reason says why this link, not every shape there is (a wording change only)."""
    found = [f for f in await run(CHECKER, SHAPE_LINKS[shape]) if f.code == "URL019"]
    assert len(found) == 1
    item = found[0]
    assert item.params["shape"] == shape.value
    assert item.reason.endswith(f": {shape.value}.")
    assert all(other.value not in item.reason for other in Shape if other is not shape)
    assert "{" not in item.reason and "?" not in item.reason


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("trezor-suite-start", "trezor"),
        ("ledger-wallet-restore", "ledger"),
        ("bybit-airdrop", "bybit"),
        ("itauconfirmsecurity", "itau"),
        ("rabobank-nl", "rabobank"),
    ],
)
def test_brands_the_2025_feeds_imitate(name: str, brand: str) -> None:
    found = brand_in_name(name)
    assert found is not None and found.key == brand


@pytest.mark.parametrize("name", ["general-ledger-accounting", "phantom-of-the-opera", "postal"])
def test_their_everyday_words_are_no_brand(name: str) -> None:
    assert brand_in_name(name) is None
    assert lookalike_of(name) is None


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("wallet-connect", "walletconnect"),
        ("trust-wallet-restore", "trustwallet"),
        ("wells-fargo-alert", "wellsfargo"),
        ("coin-base-login", "coinbase"),
    ],
)
def test_a_brand_written_in_pieces(name: str, brand: str) -> None:
    found = brand_in_name(name)
    assert found is not None and found.key == brand


@pytest.mark.parametrize(
    "name", ["open-sea-kayaking", "capital-one-realty", "first-trust-bank", "www.royal-oak-pub"]
)
def test_everyday_words_that_join_into_a_brand_are_no_brand(name: str) -> None:
    assert brand_in_name(name) is None


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("myaccount-sgbank", True),
        ("bank-verify-center", True),
        ("myaccount-verification-portal", True),
        ("erp-sg-toll-payment", True),
        ("linkt-unpaid-toll", True),
        ("uk-parcel-redelivery", True),  # a country's code, as "sg"
        ("check-in-online", False),
        ("invalidate", False),  # a country's code run together makes a word
        ("twerp", False),
        ("securepay", False),  # no lure, toll or bank word: a firm's name
        ("tollgroup", False),  # a firm's word beside the toll
        ("bank-street-bakery", False),  # a word of its own
        ("mail-post-services", False),
        ("verify", False),  # one word
        ("bankinfosecurity", False),  # a bank's words run together: a site's own name
        ("accountonline", False),
    ],
)
def test_names_made_only_of_phishing_words(name: str, generic: bool) -> None:
    assert generic_name(name) is generic


def test_a_generic_name_under_a_government_s_ending_is_not_one() -> None:
    assert not generic_name("tax-refund", "gov.sg")


async def test_a_short_link_s_slug_in_capitalised_words() -> None:
    assert "URL019" in await codes(CHECKER, "https://tinyurl.com/TollPayNow")
    assert "URL019" not in await codes(CHECKER, "https://bit.ly/SchoolFunDay2026")


@pytest.mark.parametrize(
    "name", ["revolution-fitness", "health-checkups", "payee-portal", "mommy-blog", "finance"]
)
def test_everyday_words_near_brands_are_no_brand(name: str) -> None:
    assert brand_in_name(name) is None
    assert lookalike_of(name) is None


@pytest.mark.parametrize(("name", "brand"), [("upsdelivery", "ups"), ("revolutsecure", "revolut")])
def test_a_brand_run_together_with_a_long_filler(name: str, brand: str) -> None:
    found = brand_in_name(name)
    assert found is not None and found.key == brand


# Brief s31url2: brandless, wordless phishing links of a 2025 feed, and the benign links of the
# same shapes that must stay quiet.
@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("https://mrtykq.icu/p/", Shape.RANDOM),
        ("https://lsdkfjwe.cfd/?u=392001", Shape.RANDOM),
        ("https://zq9m4tv.com/r/", Shape.JUMBLE),
        ("https://qx7p2.pages.dev/", Shape.PLATFORM_RANDOM),
        ("https://raspy-art-9c1e.jdkqz.workers.dev/", Shape.PLATFORM_RANDOM),
        ("https://doc-view-2025.web.app/", Shape.PLATFORM_LURE),
        ("https://case-2025.help/", Shape.GENERIC),
        ("https://oakleafaccounting.com/cgi-bin/x9q/", Shape.KIT),
        ("https://olivetreecafe.com/x/y/z/", Shape.KIT),
        ("https://florist.com.au/new/ok/index.php?email=info@example.com", Shape.EMAIL_FRAGMENT),
        ("https://sunsetmotors.com/?u=amFuZUBleGFtcGxlLmNvbQ==", Shape.EMAIL_FRAGMENT),
        ("https://ipfs.io/ipfs/QmXk7zW3pL9nQ2v8rT4yJ6mB1cH5dF0gS3aE9uK7oP2iV1/", Shape.IPFS),
    ],
)
def test_brandless_shapes(url: str, shape: Shape) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is shape


@pytest.mark.parametrize(
    "url",
    [
        "https://b2bkrm.com/",
        "https://www.shopbkk.shop/",
        "https://lynx.shop/",
        "https://xkcd.com/2881/",
        "https://www.w3schools.com/python/",
        "https://jwk2024.netlify.app/",
        "https://pxl8r.github.io/",
        "https://u7k2n9.csb.app/",
        "https://help.services/",
        "https://mygym.services/classes",
        "https://hackathon-team7.web.app/",
        "https://my-app-123.web.app/",
        "https://lists.example.org/cgi-bin/mailman/listinfo/choir/",
        "https://newsletter.example.co.uk/unsubscribe?email=jane@example.com",
        "https://trattoriamarco.com/wp-content/uploads/2025/10/dinner-menu.pdf",
    ],
)
def test_brandless_shapes_spare_honest_sites(url: str) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is None


def test_short_redirector_needs_a_bare_one_letter_folder() -> None:
    redirect = parse_link("https://jdx.services/r/")
    shop = parse_link("https://jwk.shop/p/12")
    assert redirect is not None and shop is not None
    assert phishing_shape(redirect) is Shape.RANDOM
    assert phishing_shape(shop) is None


@pytest.mark.parametrize(
    ("label", "suffix", "placeholder"),
    [
        ("anz-secure-verify", "com", True),  # a lure's words around one name of its own
        ("acmebank-online-verification", "net", True),
        ("trust-verify-solutions", "com", False),  # a firm's name: two words of its own
        ("age-verify", "com", False),  # too few parts
        ("anzsecureverify", "com", False),  # run together: a site's own name
        ("anz-secure-verify", "gov.au", False),  # a vetted body's ending
        ("anz-stadium-parking", "com", False),  # no lure word
    ],
)
def test_placeholder_names(label: str, suffix: str, placeholder: bool) -> None:
    assert placeholder_name(label, suffix) is placeholder


@pytest.mark.parametrize(
    ("label", "suffix", "shared"),
    [
        ("docs-share-view", "com", True),  # a shared document's words, no sender's name
        ("secure-pdf-viewer", "net", True),
        ("fax-message-center", "com", True),
        ("office-doc-share", "com", True),
        ("docview-portal", "site", True),  # run together inside one part
        ("docreview-legal", "sg", False),  # a firm's word of its own
        ("pdf-tools-online", "com", False),  # a tool's word of its own
        ("pdf-viewer", "com", False),  # too few words
        ("docshare", "com", False),  # no hyphen: a site's own name
        ("secure-view-portal", "com", False),  # no document named
        ("docs-share-view", "gov.sg", False),  # a vetted body's ending
    ],
)
def test_shared_document_names(label: str, suffix: str, shared: bool) -> None:
    assert shared_doc_name(label, suffix) is shared


@pytest.mark.parametrize(
    ("label", "suffix", "alarm"),
    [
        ("billing-update-required", "com", True),
        ("card-payment-declined", "net", True),
        ("account-locked-notice", "com", True),
        ("failed-delivery-notice", "info", True),
        ("account-review-center", "com", True),  # a notice about an account
        ("secure-statement-portal", "com", True),
        ("payment-confirm-center", "net", True),
        ("package-held-notice", "com", True),  # a parcel held back
        ("my-refund-status", "com", True),  # a fee's word beside a notice's
        ("login-session-expired", "net", True),
        ("parcel-delivery-service", "com", False),  # a courier's: nothing held or due
        ("order-status-check", "com", False),
        ("web-security-services", "com", False),  # a security firm's: no account named
        ("online-payment-services", "com", False),
        ("locked-room-escape", "sg", False),  # a firm's words of its own
        ("payment-failed", "com", False),  # too few words
        ("secure-payments-limited", "co.uk", False),  # "limited" is a firm's ending
        ("accountlockednotice", "com", False),  # no hyphen
        ("account-locked-notice", "gov.sg", False),
    ],
)
def test_alarm_names(label: str, suffix: str, alarm: bool) -> None:
    assert alarm_name(label, suffix) is alarm


@pytest.mark.parametrize(
    "url",
    [
        "https://docs-share-view.com/shared/invoice/INV-2026-0412",
        "https://secure-pdf-viewer.net/view/statement",
        "https://billing-update-required.com/billing",
        "https://card-payment-declined.xyz/",
    ],
)
def test_shared_document_and_alarm_names_are_generic_shapes(url: str) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is Shape.GENERIC


@pytest.mark.parametrize(
    "url",
    [
        "https://www.docreview-legal.sg/services",
        "https://files.bedokfamilyclinic.sg/shared/medical-leave-form.pdf",
        "https://docs.paywise.io/getting-started",
    ],
)
def test_a_firm_s_documents_are_no_shared_document_lure(url: str) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is None


@pytest.mark.parametrize(
    ("url", "kit"),
    [
        ("https://oakbakery.com/.secure/www.paypal.de/login.php", True),  # a hidden folder
        ("https://oakbakery.com/files/invoice.pdf.html", True),  # a file dressed as a page
        ("https://oakbakery.com/files/invoice.pdf", False),
        ("https://oakbakery.com/menu.html", False),
        # a brand's folder with a sign-in folder after it, among code or picture folders
        ("https://oakbakery.com/assets/vendor/hsbc/verify/", True),
        ("https://oakbakery.com/images/dbs/login/", True),
        ("https://oakbakery.com/modules/paypal/payment/", False),  # a checkout's code
        # at the site's root a brand's folder with only a sign-in folder after it is a kit's
        # copy of the brand's sign-in page (s40url); a page of its own after it is not
        ("https://oakbakery.com/dbs/login/", True),
        ("https://oakbakery.com/dbs/login-guide", False),
        ("https://oakbakery.com/paypal/payment/", False),
        ("https://oakbakery.com/assets/paypal/", False),
    ],
)
def test_kit_paths_hidden_folders_and_dressed_files(url: str, kit: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert (phishing_shape(link) is Shape.KIT) is kit


async def test_a_vetted_body_s_own_port_is_not_unusual() -> None:
    assert "URL011" not in await codes(CHECKER, "https://portal.ntu.edu.sg:8443/login")
    assert "URL011" not in await codes(CHECKER, "https://eservices.example.gov.sg:8080/")
    assert "URL011" in await codes(CHECKER, "https://portal.ntu-edu.sg:8443/login")


async def test_a_home_network_address_gets_no_findings_unless_it_hides_behind_an_at() -> None:
    assert await codes(CHECKER, urls=("http://192.168.1.1/login.php",)) == set()
    assert await codes(CHECKER, urls=("http://localhost:8888/tree",)) == set()
    assert "URL010" in await codes(CHECKER, urls=("http://paypal.com@192.168.1.1/login.php",))


@pytest.mark.parametrize(
    ("name", "project"),
    [
        ("shopee-price-tracker", True),
        ("ocbc-statement-parser", True),
        ("lta-datamall-explorer", True),
        ("netflix-clone-react", True),
        ("hdb-resale-trends-sg", True),  # a country's code says nothing official
        ("shopee-refund-tracker", False),  # a fee word: a lure's
        ("dbs-secure-api", False),  # a filler: a lure's
        ("ocbc-login-guide", False),
        ("metamask-wallet-tracker", False),
        ("dbs-paylah-verify", False),  # no project word
        ("cpf-life-payout-calculator", True),  # a fee word beside a study's word
        ("refund-calculator", True),
        ("singpost-parcel-tracker", False),  # an errand word beside a tracker's: a lure's
        ("invoice-generator-sg", True),  # beside a tool that makes something: a tool
        ("singpass-myinfo-demo", True),
    ],
)
def test_a_project_about_a_brand(name: str, project: bool) -> None:
    assert project_name(name) is project


@pytest.mark.parametrize(
    ("url", "flagged"),
    [
        ("https://shopee-price-tracker.vercel.app/", False),
        ("https://ocbc-statement-parser.github.io/", False),
        ("https://shopee-refund-tracker.pages.dev/", True),
        ("https://shopee-sg-verify.pages.dev/", True),
    ],
)
async def test_a_brand_s_name_in_a_project_s_name_on_a_free_platform(
    url: str, flagged: bool
) -> None:
    assert ("URL002" in await codes(CHECKER, url)) is flagged


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("https://refund-calculator.vercel.app/", None),  # a tool about refunds
        ("https://refund-status.vercel.app/", Shape.PLATFORM_FEE),
        ("https://payout-sg.vercel.app/", Shape.PLATFORM_FEE),  # a payout is a lure's fee word
        ("https://cpf-payout.top/", Shape.FEE),
        ("https://gov-sg-assurance-payout.sbs/claim", Shape.GOVERNMENT),
        ("https://cdcvoucher-gov.sg.bond/claim", Shape.GOVERNMENT),  # gov.sg before an ending
        ("https://gov.sg.example.com/", None),
        # Google Cloud Storage's address for a signed-in browser is a bucket's too.
        ("https://storage.cloud.google.com/abc-92x/index.html", Shape.BUCKET),
        ("https://storage.cloud.google.com/lab-data/results.csv", None),
    ],
)
def test_fee_names_and_buckets_on_platforms_and_cheap_endings(
    url: str, shape: Shape | None
) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is shape


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("bbvamovilseguro", "bbva"),  # Spanish fillers: mobile, secure
        ("postfinancekonto", "postfinance"),  # German: account
        ("commerzbanksicherheit", "commerzbank"),  # a lure word run together
        ("gcashrewardsph", "gcash"),  # a country's code run together
        ("dbsverify", "dbs"),  # a login word beside a three-letter name
        ("bancolombiaenlinea", "bancolombia"),
    ],
)
def test_a_brand_run_together_with_words_of_other_languages(name: str, brand: str) -> None:
    found = brand_in_name(name)
    assert found is not None and found.key == brand


@pytest.mark.parametrize(
    "name", ["metawallet", "grabpersonal", "ledgerkonto", "icakonto", "citipersonal"]
)
def test_other_languages_words_beside_an_everyday_or_three_letter_name(name: str) -> None:
    # An everyday word's (meta, grab, ledger) or three letters (ICA, a Swedish grocer's)
    # run together with a German or Spanish word, or a wallet, may be anyone's name.
    assert brand_in_name(name) is None


@pytest.mark.parametrize(
    ("name", "brand"),
    [("steamcommunnitty", "steam"), ("netfllix", "netflix"), ("lazzada", "lazada")],
)
def test_letters_doubled_several_times(name: str, brand: str) -> None:
    found = lookalike_of(name)
    assert found is not None and found[0].key == brand


@pytest.mark.parametrize(
    "name", ["goggles", "mccafe", "combank", "healthub", "carousel", "tessco", "telegramm"]
)
def test_real_names_with_a_brand_s_letters_doubled_or_single(name: str) -> None:
    assert lookalike_of(name) is None


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("uobb-sg", "uob"),  # a letter doubled in a name of three letters
        ("ocbcc-digital", "ocbc"),
        ("obcc-login", "ocbc"),  # two letters swapped in one of four
        ("iars-refund", "iras"),
        ("lazda-sg", "lazada"),  # an inner letter dropped from one of six
        ("shope-deals", "shopee"),
    ],
)
def test_short_names_with_a_letter_slipped_beside_a_lure_s_word(name: str, brand: str) -> None:
    found = lookalike_of(name)
    assert found is not None and found[0].key == brand


@pytest.mark.parametrize(
    "name",
    [
        "dsb",  # Danish railways: three letters swapped are other initials
        "ltaa",  # a slip alone is no evidence
        "uobb",
        "garb-store",  # grab is an everyday word: its slips are too
        "metta-care",
        "cibc-online",  # slips that are other banks' names or words
        "venom-shop",
        "papal-visit",
        "skill-centre",
        "elink-support",  # ezlink without its second letter: not a slip kept to the name's ends
        "cosco-shipping",
    ],
)
def test_short_names_slipped_alone_or_into_other_names_are_no_lookalikes(name: str) -> None:
    assert lookalike_of(name) is None


@pytest.mark.parametrize(
    "host", ["www.mercadopago.com.ar", "www.santander.com.br", "www.bancolombia.com"]
)
def test_latin_american_banks_own_sites(host: str) -> None:
    assert official_brand(host) is not None


@pytest.mark.parametrize("host", ["www.uob.co.id", "www.uob.co.th"])
def test_uob_s_indonesian_and_thai_banks_own_sites(host: str) -> None:
    found = official_brand(host)
    assert found is not None and found.key == "uob"


@pytest.mark.parametrize(
    ("label", "suffix", "government"),
    [
        ("myinfo-gov-sg", "com", True),  # gov.sg spelt out with a hyphen
        ("gov-sg", "link", True),  # silver-support.gov-sg.link
        ("gov-my-info", "net", True),
        ("mygov-us", "org", False),  # only a country's code beside a name of its own
        ("gov-sg", "gov.sg", False),  # under the government's own ending
        ("govsg", "com", False),  # run together: left to the brand catalogue
        ("govsingapore", "co", True),  # a government's word and a country run together
        ("singaporegov-grant", "com", True),
        ("mof-gov", "com", True),  # a ministry's initials beside a government word
        ("gstvoucher-gov", "com", True),  # an agency's initials run together with a lure word
        ("moments-gov", "com", False),  # a word that starts like initials is no agency's
        ("gov-relations-consulting", "com", False),
        ("govin-travels", "com", False),  # a given name, not India's government
        ("mof-gov", "gov.sg", False),
    ],
)
def test_a_government_s_ending_spelt_into_a_name(
    label: str, suffix: str, government: bool
) -> None:
    assert government_name(label, suffix) is government


def test_bing_s_result_link_names_its_destination_in_base64() -> None:
    # bing.com/ck/a?…&u=a1<the address in base64>: the address is decoded and judged too.
    link = parse_link(
        "https://www.bing.com/ck/a?!&&p=1a2b&u=a1aHR0cHM6Ly9hY21lLXNnLWxvZ2luLnRvcC9h&ntb=1"
    )
    assert link is not None
    found = embedded_link(link)
    assert found is not None and found.domain == "acme-sg-login.top"
    plain = parse_link("https://www.bing.com/ck/a?!&&p=1a2b&u=a1notbase64&ntb=1")
    assert plain is not None and embedded_link(plain) is None


@pytest.mark.parametrize(
    ("slug", "desk"),
    [
        ("/dbs_customerservice", True),
        ("/ocbc-sg-alert", True),
        ("/maybank.my.support", True),
        ("/shopeesg_cs", True),
        ("/grab-bonus", True),
        ("/uob-reward-2026", True),
        ("/grab-sg-promo", False),  # a campaign's words: a shop's own marketing
        ("/hdb-reno-checklist", False),  # a word of its own
        ("/nus-orientation-26", False),
        ("/lazada-refund", False),  # a fee word: fee_slug's, not a desk's
    ],
)
def test_which_short_link_slug_is_a_brand_s_desk(slug: str, desk: bool) -> None:
    assert desk_slug(slug) is desk


async def test_a_short_link_named_a_brand_s_desk_passes_for_the_brand() -> None:
    found = await codes(CHECKER, "https://s.id/dbs_customerservice")
    assert {"URL002", "URL009", "URL015"} <= found
    assert "URL002" not in await codes(CHECKER, "https://bit.ly/grab-sg-promo")
    # Link-in-bio pages are short links too: the handle is the sender's choice of name.
    found = await codes(CHECKER, "https://lnk.bio/maybank.my.support")
    assert {"URL002", "URL009", "URL017"} <= found
    assert await codes(CHECKER, "https://beacons.ai/sgbakingclub") == {"URL009", "URL017"}


async def test_a_plain_user_name_before_the_at_sign_disguises_nothing() -> None:
    assert await codes(CHECKER, "https://weiming@bitbucket.org/ourteam/fyp-app.git") == set()
    assert disguised_user("www.dbs.com.sg")
    assert disguised_user("paypal")
    assert disguised_user("secure-login")
    assert not disguised_user("weiming")
    assert not disguised_user("priya:token123")


async def test_a_text_file_on_ipfs_is_no_web_page() -> None:
    url = "https://ipfs.io/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/readme.md"
    assert "URL019" not in await codes(CHECKER, url)
    page = "https://ipfs.io/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/index.html"
    assert "URL019" in await codes(CHECKER, page)


async def test_a_host_written_in_percent_codes_is_a_disguise() -> None:
    # A browser opens dbs-sg.top; the reader sees only codes.
    found = await codes(CHECKER, "https://%64%62%73%2d%73%67.top/login")
    assert {"URL010", "URL002"} <= found
    assert "URL010" in await codes(CHECKER, "http://secure%2Docbc.xyz/")
    # An encoded @ makes what stands before it a user part, as a written one does.
    link = parse_link("https://ocbc.com%40secure-auth.top/")
    assert link is not None
    assert (link.host, link.userinfo) == ("secure-auth.top", "ocbc.com")
    assert "URL010" in await codes(CHECKER, "https://ocbc.com%40secure-auth.top/")
    # Percent codes in a path or a query are ordinary.
    assert "URL010" not in await codes(CHECKER, "https://www.example.com.sg/a%20b?q=%40x")


async def test_a_platform_page_named_as_a_shared_document_or_an_alarm_is_a_lure() -> None:
    found = await codes(CHECKER, "https://secure-docs-view.netlify.app/")
    assert "URL019" in found
    assert "URL019" in await codes(CHECKER, "https://billing-update-required.web.app/")
    # A club's or a class's own name is not.
    assert "URL019" not in await codes(CHECKER, "https://class-photos-2026.firebaseapp.com/")
    assert "URL019" not in await codes(CHECKER, "https://team-dinner-poll.vercel.app/vote")


@pytest.mark.parametrize(
    ("label", "tld", "prize"),
    [
        ("lucky-draw-sg", "xyz", True),
        ("redeem-rewards", "top", True),
        ("claim-your-prize", "shop", True),
        ("winner-sg", "icu", True),
        ("lucky-draw-sg", "com", False),  # a firm's lucky draw: nothing won yet
        ("lucky-draw-winner-sg", "com", True),  # a winner, on any ending
        ("redeem-reward-points", "net", True),
        ("loan-approved-sg", "com", True),  # a loan granted before it was asked for
        ("earn-daily-commission", "com", True),  # a task job's pay
        ("claimprize-sg", "com", True),
        ("claimprize", "com", False),  # no hyphen: a site's own name
        ("hongbao-claim", "com", False),  # two words only, on an ordinary ending
        ("quick-loan-advisory", "com.sg", False),  # a firm's word of its own
        ("loan-calculator-sg", "com", False),
        ("sg-gift-shop", "com", False),
        ("sg-gifts", "shop", False),  # a gift shop
        ("sg-rewards", "shop", False),  # a programme's name
        ("gift-voucher", "shop", False),
        ("laksa-lab", "shop", False),
        ("kopi-and-toast", "xyz", False),
    ],
)
def test_which_names_on_cheap_endings_are_prize_lures(label: str, tld: str, prize: bool) -> None:
    assert prize_name(label, tld) is prize


async def test_a_brand_s_own_organisation_on_a_code_host_is_not_its_name_misused() -> None:
    assert organisation_page("google.github.io")
    assert organisation_page("microsoft.github.io")
    assert not organisation_page("microsoft365-docs.github.io")
    assert not organisation_page("dbs.pages.dev")  # anyone names a site there
    assert "URL002" not in await codes(
        CHECKER, "https://microsoft.github.io/language-server-protocol/"
    )
    assert "URL002" in await codes(CHECKER, "https://metamask-restore-wallet.github.io/")


async def test_a_prize_name_on_a_free_platform_is_a_lure() -> None:
    found = await codes(CHECKER, "https://rewardsclaim8821.wixsite.com/my-site/singtel-points")
    assert {"URL017", "URL019"} <= found
    assert "URL019" not in await codes(CHECKER, "https://serangoonflorist.wixsite.com/home/")


@pytest.mark.parametrize(
    ("url", "kit"),
    [
        # a folder that is a brand's name alone, inside a folder of the site's, then only a
        # sign-in's, a fee's or an alarm's words: a kit unpacked on a small business's site
        ("https://tanjongdental.com/includes/singpost/redelivery/", True),
        ("https://tanjongdental.com/public/singtel/bill/overdue/", True),
        ("https://tanjongdental.com/docs/outlook/mailbox/quota/", True),
        ("https://tanjongdental.com/old/apple/id/unlock/", True),
        # at the site's root only a sign-in's words after it count (s40url): a fee's or a
        # parcel's folder there may be the site's own page about paying by the brand
        ("https://tanjongdental.com/dbs/login/", True),
        ("https://tanjongdental.com/singpost/redelivery/", False),
        ("https://kopihouse.sg/checkout/paypal/return", False),  # a shop's own word after it
        ("https://shop.example.sg/brands/apple/", False),  # nothing after the brand
        ("https://shop.example.sg/computers/apple/macbook-air", False),
        ("https://news.example.sg/singapore/singpost-to-raise-postage-rates/", False),
    ],
)
def test_a_brand_folder_followed_by_an_errand_is_a_kit(url: str, kit: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert (phishing_shape(link) is Shape.KIT) is kit


@pytest.mark.parametrize(
    ("url", "kit"),
    [
        ("https://greenscape.sg/.well-known/security.txt", False),  # standard files
        ("https://kopiandco.sg/.well-known/apple-app-site-association", False),
        ("https://kopiandco.sg/.well-known/acme-challenge/Xk29fLq7YpZ3aB8v6", False),
        ("https://kopiandco.sg/.well-known/pki-validation/paypal/signin/", True),
        ("https://kopiandco.sg/.well-known/gpay/verify/", True),
        ("https://kopiandco.sg/.well-known/acme-challenge/dhl/pay.html", True),
    ],
)
def test_only_a_kit_nested_in_well_known_is_one(url: str, kit: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert (phishing_shape(link) is Shape.KIT) is kit


def test_wordpress_s_own_dashboard_pages_are_no_kit() -> None:
    own = parse_link("https://meiling-tuition.com/wp-admin/post.php?post=142&action=edit")
    assert own is not None
    assert wordpress_admin_page(own)
    assert phishing_shape(own) is None
    nested = parse_link("https://meiling-tuition.com/wp-admin/css/uob/verify.php")
    assert nested is not None
    assert not wordpress_admin_page(nested)
    assert phishing_shape(nested) is Shape.KIT


@pytest.mark.parametrize(
    ("label", "jumble"),
    [
        ("lapkrt", True),
        ("qbtrm", True),
        ("strength", False),  # four consonants, no rare letter
        ("schmidt", False),
        ("matchbox", False),  # two vowels
        ("nightshop", False),
        ("lapkrtzzzz", False),  # too long to judge so
        ("shopbkk", False),  # a word and Bangkok's code
    ],
)
def test_consonant_jumbles(label: str, jumble: bool) -> None:
    assert consonant_jumble(label) is jumble


@pytest.mark.parametrize(
    ("url", "random"),
    [
        ("https://m.lapkrt.buzz/", True),
        ("https://pkxz.vbtr.sbs/i", True),  # the jumble is the subdomain
        ("https://shop.kitchenbyling.xyz/", False),
        ("https://pkxz.vbtr.com/", False),  # not on a cheap ending
    ],
)
def test_random_labels_on_cheap_endings(url: str, random: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert (phishing_shape(link) is Shape.RANDOM) is random


@pytest.mark.parametrize(
    ("label", "alarm"),
    [
        ("points-expiring-today", True),
        ("payment-failed-retry", True),
        ("subscription-expired-renew", True),
        ("mailbox-storage-full", True),
        ("wallet-unlock-support", True),
        ("self-storage-centre", False),  # a firm's word of its own
        ("rewards-today", False),  # too few words
    ],
)
def test_more_alarm_names(label: str, alarm: bool) -> None:
    assert alarm_name(label, "com") is alarm


@pytest.mark.parametrize(
    ("url", "brand_named"),
    [
        ("https://x7m.icu/ocbc", True),
        ("https://sgnotice.xyz/singpost", True),
        ("https://hz2.sbs/paylah/", True),
        ("https://x7m.icu/dbs-sg", True),  # with a country's code only
        ("https://durianking.vip/dbs-card-promo", False),  # a page with words of its own
        ("https://kopitiam.shop/paynow", False),  # an ending real shops use
        ("https://x7m.icu/blog/ocbc", False),  # two folders: a site's page about the bank
        ("https://x7m.icu/ocbc?ref=fb", False),
    ],
)
async def test_a_page_named_only_by_a_brand_on_a_throwaway_ending(
    url: str, brand_named: bool
) -> None:
    found = await codes(CHECKER, url)
    assert ("URL002" in found) is brand_named
    if not brand_named and "ocbc" in url:
        assert "URL015" in found  # the path still mentions the brand


@pytest.mark.parametrize(
    ("url", "fee"),
    [
        ("https://redelivr-sg.top/", True),  # redeliver, clipped
        ("https://pkgresched.xyz/", True),  # pkg, reschedule
        ("https://tollclr.icu/sg", True),  # toll, clear
        ("https://feeclear-sg.cfd/", True),  # a fee's clearance, a word the lists lack
        ("https://parcelpendng.lol/", True),  # parcel, pending
        ("https://crystalclear.xyz/", False),  # a word of its own
        ("https://clearview.top/", False),
        ("https://trackmeet.click/", False),
        ("https://redelivr-sg.com/", False),  # not on a cheap ending
    ],
)
def test_clipped_fee_words_in_a_cheap_name(url: str, fee: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert (phishing_shape(link) is Shape.FEE) is fee


def test_unclipped_writes_out_clipped_words_only() -> None:
    assert unclipped("pkgresched") == "pkg-reschedule"
    assert unclipped("redelivr-sg") == "redeliver-sg"
    assert unclipped("tollclr") == "toll-clear"
    assert unclipped("bedokbakery") == ""
    assert unclipped("sgtoll") == ""  # the lists' own words: judged as they are


@pytest.mark.parametrize(
    ("url", "kit"),
    [
        ("https://s9d.xyz/pay", True),
        ("https://mnb7.top/i/2a8f", True),
        ("https://qlm.icu/verify", True),  # no vowel
        ("https://abc.xyz/investor", False),  # a page with a name
        ("https://abc.xyz/i/", False),  # initials with a vowel and no digit
        ("https://kopi.top/pay", False),  # a word
        ("https://sg1.cc/s/promo-2026", False),  # a page's name after the route, not a code
        ("https://s9d.shop/pay", False),  # an ending real shops use
    ],
)
def test_a_short_name_opening_only_a_kit_s_route(url: str, kit: bool) -> None:
    link = parse_link(url)
    assert link is not None
    assert (phishing_shape(link) is Shape.RANDOM) is kit


@pytest.mark.parametrize(
    ("name", "lure"),
    [
        ("refundpros", True),  # money to claim, a site's padding
        ("topupbonus", True),
        ("freegiftzone", True),
        ("claimpointz", True),  # respelled: points
        ("bonuzcentre", True),  # respelled: bonus
        ("getrefundd", True),  # a doubled letter
        ("cardunlockhelp", True),  # a card beside its unlocking
        ("safecardsg", True),
        ("pointsexpiry", True),  # points expiring
        ("parcelpointsg", True),  # a parcel with a site's padding
        ("packagewaiting", True),
        ("bonusbakes", False),  # a shop's own word
        ("rewardcharts", False),
        ("idcardholders", False),
        ("walletcraftleather", False),
        ("securehubdocs", False),  # no money, card or parcel
        ("pointshub", False),  # points alone say nothing has happened to them
        ("mypoints", False),
        ("refund", False),  # one word alone
        ("parceltrackerapp", False),
    ],
)
def test_glued_lure_name(name: str, lure: bool) -> None:
    assert glued_lure_name(name) is lure


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("https://refundpros.top/claim", Shape.GENERIC),
        ("https://cardunlockhelp.cc/", Shape.GENERIC),
        ("https://claim.pointsbonanza.shop/form", Shape.GENERIC),  # the subdomain counts
        ("https://refunddesk.weebly.com/", Shape.PLATFORM_LURE),
        ("https://bonusbakes.top/", None),
        ("https://rewardcharts.shop/printables", None),
        ("https://bonuscalc.pages.dev/", None),
        ("https://refundpros.com/", None),  # an ordinary ending: a firm's name may be glued
        ("https://topupbonus.sg/", None),
    ],
)
def test_a_lure_s_words_run_together_on_cheap_endings_and_platforms(
    url: str, shape: Shape | None
) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is shape


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        # Brief s40url: a brand's folder at a site's root, only sign-in words after it
        ("https://lakeviewpetvet.com/wellsfargo/signon/", Shape.KIT),
        ("https://sunflowerdaycare.org/wells-fargo/confirm/", Shape.KIT),
        ("http://kidsplaycentre.ph/microsoft/outlook/verify/", Shape.KIT),
        ("http://nordicsauna.fi/docusign/document/view/", Shape.KIT),  # a document to view
        ("https://www.kopikaki.sg/paypal/payment/", None),  # a shop's page on paying by it
        ("https://www.techblog.sg/microsoft/outlook/how-to-verify-your-account", None),
        ("https://www.lawfirm-tan.sg/docusign/", None),
        # webmail programs' folders nested in a site, or with a mailbox errand after them
        ("http://tierralatina.com.co/office/365/owa/", Shape.KIT),
        ("https://hostelcentral.com.my/owa/mail-update/", Shape.KIT),
        ("https://greenleaf.com/docs/roundcube/index.php", Shape.KIT),
        ("https://mail.acmelogistics.com.sg/owa/", None),
        ("https://mail.nus.edu.sg/owa/auth/logon.aspx", None),  # OWA's own sign-in page
        ("https://myhosting.sg/help/webmail/", None),  # a host's help page
        ("https://kb.myhosting.sg/roundcube/how-to-change-password", None),
        # a sign-in page under a ~user home folder on a shared host
        ("http://web4.freehostia.net/~deltamail/verify/", Shape.KIT),
        ("https://users.sharedunix.net/~marco/photos/", None),
        ("https://users.sharedunix.net/~marco/signin-sheet.pdf", None),  # a file's name
        ("https://www.comp.nus.edu.sg/~tanbk/login/", None),  # a university's own server
        # a folder repeated in a row before a page, or three times
        ("https://bellasolehomes.com/boa/boa/index.html", Shape.KIT),
        ("http://rinconverde.com.mx/docs/docs/docs/view.php", Shape.KIT),
        ("https://sgjs.github.io/docs/docs/intro", None),  # a documentation site's
        ("https://www.kopikaki.sg/menu/menu/", None),
        ("https://www.nusalumni-demo.sg/en/en/index.html", None),  # a language's
        ("https://photos.tanfamily.net/2026/2026/index.html", None),  # a year's
        # a page named as a brand's sign-in and nothing else
        ("https://harbourlightcafe.com/files/outlook_verify.html", Shape.KIT),
        ("https://tokobatik.co.id/lib/paypal_signin.php", Shape.KIT),
        ("https://kopikaki.sg/pay-with-paypal.html", None),
        ("https://www.streamguide.sg/netflix-account-help.html", None),
        ("https://www.techtips.sg/how-to-reset-your-outlook-password.html", None),
    ],
)
def test_kits_of_the_feeds_shapes_and_their_everyday_twins(url: str, shape: Shape | None) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is shape


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        # Brief s40url: a sign-in page on a long random subdomain, on any ending
        ("https://qz7k2m9xw4pl8r.weblinkhub.net/login", Shape.JUMBLE),
        ("https://a9f3e1c0b7d2.nightowlhosting.com/verify/", Shape.JUMBLE),
        ("https://qz7k2m9xw4pl8r.weblinkhub.net/gallery/", None),  # no sign-in page
        ("https://login.weblinkhub.net/", None),  # a firm's own subdomain is a word
        # on a cheap ending, a random run beside fillers or a lure's words as the subdomain
        ("http://x8dh3k2lq9vz0wb4-secure.cloudnode.site/", Shape.RANDOM),
        ("https://account-verify-8812034.hostingplus.cc/", Shape.GENERIC),
        ("https://mailbox-verify.cloudnode.site/owa/", Shape.GENERIC),
        ("https://shop.kopikaki.site/", None),
        ("https://secure-app2.kopikaki.site/", None),
        # a mailbox's alarm on a free platform
        ("https://email-deactivation-notice.webflow.io/", Shape.PLATFORM_LURE),
        ("https://email-marketing-studio.webflow.io/", None),
    ],
)
def test_random_and_lure_subdomains_of_the_feeds(url: str, shape: Shape | None) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is shape


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        # Brief s40url: a site's folder tree on IPFS is no kit's page; a page or a brand's
        # folder there is
        (
            "https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/wiki/",
            None,
        ),
        (
            "https://ipfs.io/ipfs/bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/wiki/Singapore",
            None,
        ),
        ("https://dweb.link/ipfs/QmNRCQWfgze6AbBCaT1rkrkV5tJ2aP4oTNPb5JZcXYywve/dbs/", Shape.IPFS),
        ("https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/", Shape.IPFS),
        (
            "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/secure/login/",
            Shape.IPFS,
        ),
    ],
)
def test_a_site_s_folders_on_ipfs(url: str, shape: Shape | None) -> None:
    link = parse_link(url)
    assert link is not None
    assert phishing_shape(link) is shape


async def test_wordpress_s_own_endpoints_and_files_are_no_kits() -> None:
    # Brief s40url: admin-ajax.php and its kin are WordPress's own; a file's name
    # (login-guide.pdf) says what it is about, not that it asks for a password.
    assert wordpress_admin_page(
        parse_link("https://punggolfs.org.sg/wp-admin/admin-ajax.php?action=event_calendar")
    )
    assert not wordpress_admin_page(parse_link("https://punggolfs.org.sg/wp-admin/verify.php"))
    found = await codes(
        CHECKER, "https://ecosgmarket.com/wp-content/uploads/2026/08/login-guide.pdf"
    )
    assert "URL013" not in found
    assert "URL013" in await codes(CHECKER, "https://ecosgmarket.com/account/login-guide.html")


async def test_a_carrier_s_shared_addresses_are_a_home_network() -> None:
    # Brief s40url: 100.64.0.0/10, where Tailscale numbers a home's own machines.
    assert await codes(CHECKER, "http://100.64.12.7:8123/lovelace/0") == set()
    assert "URL008" in await codes(CHECKER, "http://45.137.66.203:8123/login")


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("rn1-singapore", "m1"),  # rn for m beside a filler: M1's own digit folded alike
        ("rn1-care", "m1"),
        ("rn1sg-pay", "m1"),  # run together with a filler
        ("qoo1o-sg", "qoo10"),  # o for 0 in a name that holds digits
        ("0ffice365-login", "microsoft"),
    ],
)
def test_brands_whose_names_hold_digits_are_imitated_with_look_alikes(
    name: str, brand: str
) -> None:
    found = lookalike_of(name)
    assert found is not None and found[0].key == brand


@pytest.mark.parametrize(
    "name",
    [
        "rn1",  # a two-letter name alone, with nothing dressing it
        "rn1-report",
        "rnl-care",  # no digit: the letters alone are no brand's digits
        "barn1",
        "ml-sg",
    ],
)
def test_look_alikes_of_short_digit_names_need_a_digit_and_a_dressing_word(name: str) -> None:
    assert lookalike_of(name) is None


@pytest.mark.parametrize(
    ("host", "brand"),
    [("www.qoo10.sg", "qoo10"), ("qoo10.com", "qoo10"), ("www.qoo10.jp", "qoo10")],
)
def test_qoo10_s_own_sites_are_official(host: str, brand: str) -> None:
    found = official_brand(host)
    assert found is not None and found.key == brand


@pytest.mark.parametrize(
    ("name", "named"), [("qoo10-sg", True), ("qoo10verify-sg", True), ("qoo10fans", False)]
)
def test_qoo10_s_name_in_a_strange_address(name: str, named: bool) -> None:
    found = brand_in_name(name)
    assert (found is not None and found.key == "qoo10") is named
