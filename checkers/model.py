"""Small learned models as one more signal: the wording of a message, the shape of a link.

Both are linear models over sparse binary features, trained by ``scripts/train_models.py``
from ``../shared/data`` only and shipped as JSON weights (``checkers/data/model_*.json``). They
are scored here in pure Python: no machine-learning library is needed at run time and nothing
is loaded from the network. A model is never the only signal: it adds one MEDIUM finding
(MDL001 for the wording, URL016 for a link), which alone makes a message ``suspicious`` but
never ``scam``.

The wording model reads character n-grams of the message as the lexicons read it (so that
``P.ay y.our b.ill``, ``acc0unt``, Chinese and Tamil are seen as they are meant) and the
concepts and red flags found in it (which carry over to every language we read, although the
labelled messages are English). It is trained on all labelled messages; its threshold is the
one that keeps false alarms rare on a *source it was not trained on* (trained on one source,
scored on the other, both ways: :func:`checkers.model.SOURCES`). Its score counts together
with the wording rules': MDL001 needs a red flag of the rules beside it, so that a shop's or
a bank's business-like notice is not flagged for its style alone.

The link model is trained on half of the sites (:func:`fold_of` of the registrable domain), so
``scamcheck eval`` reports it on sites it has never seen.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final
from urllib.parse import parse_qsl, unquote

from phonenumbers import PhoneNumberType

from blocklists.lookups import Lookups
from checkers.case import Case, listed
from checkers.codes import finding
from checkers.data import (
    BRANDS,
    FILLERS,
    LOGIN_WORDS,
    LURE_WORDS,
    RISKY_TLDS,
    URL_WORDS,
    WORD_KEYWORDS,
)
from checkers.extract import Link, parse_link
from checkers.numbers import Phone
from checkers.sites import (
    brand_sibling,
    official_brand,
    on_docs_host,
    on_user_content,
    platform_page,
    under,
    user_part,
)
from checkers.url import (
    brand_in_name,
    kit_path,
    local_address,
    organisation_page,
    project_name,
    random_platform_name,
    stored_file,
    uploaded_file,
    vetted_ending,
    wordpress_admin_page,
)
from checkers.verdict import Finding

MIN_TEXT_FOR_MODEL: Final = 20
"""Shorter texts (a bare link, a number, "hi") say too little for the wording model."""
NGRAMS: Final = (2, 3, 4)
"""Lengths of the character n-grams, taken within words (padded with a space each side)."""
SOURCES: Final = ("uci_sms_spam_collection", "mendeley_smishing_mishra_soni_2022")
"""The labelled message sources: the threshold is chosen training on one, scoring the other."""
WEAK_FLAGS: Final = frozenset({"TXT017", "TXT018", "TXT024"})
"""Red flags too common in real notices to count as evidence for the model (urgency, secrecy,
a call to reply or click)."""

_DIGITS = re.compile(r"\d")
_URL_TOKEN = re.compile(r"[a-z]+|\d+")


def fold_of(key: str) -> int:
    """0 (training) or 1 (held out): a stable split by content.

    Digits are blanked before hashing, so that items that differ only in their numbers fall
    in the same fold and cannot leak across it.
    """
    normalized = _DIGITS.sub("0", " ".join(key.lower().split()))
    return hashlib.md5(normalized.encode("utf-8"), usedforsecurity=False).digest()[0] & 1


def _number_shape(token: str) -> str:
    n = len(token)
    if n <= 2:
        return "#1"
    if n <= 4:
        return "#4"
    if n <= 6:
        return "#6"
    if n <= 8:
        return "#8"
    if n <= 10:
        return "#10"
    return "#11"


_PHONE_TYPES: Final = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "mobile",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.TOLL_FREE: "tollfree",
    PhoneNumberType.PREMIUM_RATE: "premium",
}


def _phone_kind(phone: Phone, region: str) -> str:
    if phone.hotline:
        return "hotline"
    if phone.spoof or not phone.e164:
        return "invalid"
    if phone.region != region:
        return "foreign"
    return _PHONE_TYPES.get(phone.number_type, "other")


def message_features(case: Case, flags: Iterable[str] = ()) -> set[str]:
    """Binary features of a message: character n-grams, concepts, red flags, number kinds.

    ``case.words`` is the text as the lexicons read it: links are one placeholder, numbers
    and amounts too, leetspeak and split words are joined, traditional Chinese is simplified.
    ``flags`` are the codes of the wording rules that hold.
    """
    features: set[str] = set()
    for word in case.words.split():
        padded = f" {word} "
        for n in NGRAMS:
            for i in range(len(padded) - n + 1):
                features.add("g:" + padded[i : i + n])
    features.update("c:" + hit.concept for hit in case.hits)
    features.update("r:" + code for code in flags)
    features.update("t:" + _phone_kind(p, case.region) for p in case.phones)
    features.add(f"len:{min(len(case.text) // 40, 5)}")
    return features


def url_features(link: Link) -> set[str]:
    """Binary features of a link's shape and of the words phishing addresses use.

    Only words of :data:`~checkers.data.URL_WORDS` (login, verify, account, wp-admin, a brand
    name…) become features: a site's own words, in English or any other language, never do,
    so the model cannot learn which sites were in its training data, nor judge a site by the
    language of its pages. The ending counts by its kind (a cheap ending scam sites favour, a
    country's, a generic one), not by name. Deliberately absent: the page's length and depth,
    whether there is one subdomain, ``www.``, http or https: in the training data benign links
    are long article URLs of a few popular sites from 2016, so those would teach the model that
    a shop's bare address (``kopitiam-corner.com.sg``) or ``en.wikipedia.org`` is phishing.
    For the same reason a name's hyphens, digits and length count only beside a phishing word
    or a brand in the host; and on a platform where anyone can publish, only the part of the
    host the publisher chose is read (the platform's own words and ending are not theirs).
    """
    features: set[str] = set()
    tld = link.suffix.rsplit(".", 1)[-1] if link.suffix else ""
    if not link.suffix:
        features.add("tld:none")
    elif on_user_content(link.host):
        pass  # the platform's ending (pages.dev, notion.site), not one the publisher chose
    elif tld in RISKY_TLDS:
        features.add("tld:risky")
    elif len(tld) == 2:
        features.add("tld:country")
    else:
        features.add("tld:generic")
    hosted = on_user_content(link.host)
    # On a platform where anyone can publish, only the part of the host the publisher chose
    # is theirs (``dbs-secure.pages.dev``); the platform's own words (docs, drive) are not.
    own = user_part(link.host) if hosted else link.host.removesuffix(link.suffix)
    host_words = set(_URL_TOKEN.findall(own))
    named = brand_in_name(own.removeprefix("www.")) is not None or _word_brand(own)
    worded = bool(host_words & (URL_WORDS | _DISTINCT_BRAND_WORDS)) or named
    if hosted and worded:
        features.add("hosted")  # "mail-quota-verify.weebly.com"
    label = link.domain.split(".", 1)[0]
    # A name's shape (hyphens, digits, length) counts only beside a word phishing addresses
    # use: small businesses' own names are long and hyphenated too (tampines-aircon-servicing).
    hyphens = label.count("-")
    if hyphens and worded:
        features.add(f"hyphens:{min(hyphens, 3)}")
    if any(ch.isdigit() for ch in label) and worded:
        features.add("domain_digits")
    if len(label) >= 20 and worded:
        features.add("long_name")
    subdomain = link.subdomain.removeprefix("www").lstrip(".")
    if subdomain.count(".") >= 2:
        features.add("deep_subdomains")  # "secure.login.account.example.net"
    labels = link.host.split(".")
    if any(part.startswith("com-") or part.endswith("-com") for part in labels):
        features.add("com_dash")
    if set(subdomain.split(".")) & {"com", "net", "org", "gov", "co"}:
        features.add("ending_in_subdomain")  # "bank.com.example.net"
    features.update(f"h:{w}" for w in host_words & URL_WORDS)
    if any(w in _DISTINCT_BRAND_WORDS for w in host_words) or named:
        features.add("h:brand")  # also a brand run together with words (ocbconlinesecure)
    path = (link.path + "?" + link.query).lower()
    path_words = set(_URL_TOKEN.findall(path))
    features.update(f"p:{w}" for w in path_words & URL_WORDS)
    if path_words & _BRAND_WORDS:
        features.add("p:brand")
    if "email=" in path or "@" in link.query:
        features.add("q:email")
    if link.userinfo is not None:
        features.add("userinfo")
    if link.port is not None:
        features.add("port")
    if "xn--" in link.host:
        features.add("punycode")
    return features


_BRAND_WORDS: Final = frozenset(k for brand in BRANDS for k in brand.keywords)
_DISTINCT_BRAND_WORDS: Final = _BRAND_WORDS - WORD_KEYWORDS
# Brands whose names are everyday English words small firms name themselves with
# (apple-pie-bakery, grab-a-bite, chase-the-sun-tours, meta-physics-tutor), or that name
# places after a sponsor (anz-stadium-parking). The other
# brands of ``word_keywords`` (santander, correos, discord) stay brands in any phrase.
_EVERYDAY_BRAND_WORDS: Final = frozenset({"apple", "grab", "chase", "meta", "anz"})


def _word_brand(own: str) -> bool:
    """Whether a brand whose name is also a word (apple, grab, santander) is named.

    As a label of its own (``apple.com.example.net``, ``santander.example.com``) or beside at
    most one word of the name's own besides fillers and a country's code
    (``particulares-santander``, ``grab-vn-xacminh``) it is the brand; an everyday English
    word beside two or more (``apple-pie-bakery``, ``grab-a-bite``) is a firm's own word.
    ``brand_in_name`` decides the rest (``apple-id-verify``).
    """
    labels = own.removeprefix("www.").strip(".").split(".")
    for i, label in enumerate(labels):
        words = set(_URL_TOKEN.findall(label)) & WORD_KEYWORDS
        if not words:
            continue
        if i < len(labels) - 1 or words - _EVERYDAY_BRAND_WORDS:
            return True
        # The other parts that are words of the firm's own: not the brand's part, a filler, a
        # country's code (grab-vn-xacminh) or a number.
        others = [
            part
            for part in label.split("-")
            if not set(_URL_TOKEN.findall(part)) & WORD_KEYWORDS
            and part not in FILLERS
            and len(part) != 2
            and not part.isdigit()
        ]
        if len(others) < 2:
            return True
    return False


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic-regression model: a bias, sparse weights and a decision threshold."""

    bias: float
    weights: dict[str, float]
    threshold: float
    meta: dict[str, Any]
    min_evidence: float = 0.0
    """The least total weight of features pointing *towards* a scam for a flag.

    A link from a site the model has never heard of has no benign evidence either, and its
    probability rests on the bias alone; requiring positive evidence keeps the model from
    flagging what it merely does not know.
    """

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that the item is a scam."""
        return self._probability(self._known(features))

    def evidence(self, features: Iterable[str]) -> float:
        """The total weight of the features that point towards a scam."""
        return math.fsum(w for w in self._known(features) if w > 0)

    def flags(self, features: Iterable[str]) -> bool:
        """Whether the probability reaches the threshold with enough positive evidence."""
        known = self._known(features)
        return (
            self._probability(known) >= self.threshold
            and math.fsum(w for w in known if w > 0) >= self.min_evidence
        )

    def _known(self, features: Iterable[str]) -> list[float]:
        """The weights of the features the model has one for.

        A message's n-grams are thousands, most of them unknown: the intersection is taken in
        C, and the sums are exact, so that no order of the features changes a verdict.
        """
        present = self.weights.keys() & (
            features if isinstance(features, (set, frozenset)) else set(features)
        )
        return [self.weights[f] for f in present]

    def _probability(self, known: list[float]) -> float:
        z = math.fsum([self.bias, *known])
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        """A model from its JSON form (see ``scripts/train_models.py``)."""
        return cls(
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            meta=dict(data.get("meta", {})),
            min_evidence=float(data.get("min_evidence", 0.0)),
        )


@lru_cache(maxsize=4)
def load_model(name: str) -> LinearModel | None:
    """A shipped model (``message`` or ``url``), or ``None`` if none was trained."""
    path = resources.files("checkers") / "data" / f"model_{name}.json"
    if not path.is_file():
        return None
    return LinearModel.from_json(json.loads(path.read_text("utf-8")))


class ModelChecker:
    """Adds the learned models' opinion: MDL001 for the wording, URL016 for each link."""

    name = "model"
    io_bound = False

    def __init__(
        self, message_model: LinearModel | None = None, url_model: LinearModel | None = None
    ) -> None:
        self.message_model = message_model or load_model("message")
        self.url_model = url_model or load_model("url")

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """At most one MDL001 and one URL016 per message."""
        findings: list[Finding] = []
        model = self.message_model
        if (
            model is not None
            and case.reading.readable
            and len(case.text.strip()) >= MIN_TEXT_FOR_MODEL
        ):
            flags = [m.code for m in case.flags]
            if set(flags) - WEAK_FLAGS and model.flags(message_features(case, flags)):
                findings.append(finding("MDL001", _excerpt(case.text)))
        model = self.url_model
        if model is not None:
            for link in case.links:
                if self._judged_elsewhere(link, lookups):
                    continue
                features = url_features(link)
                if (
                    model.flags(features)
                    and not _shape_only_on_a_platform(model, link, features)
                    and not _hyphens_and_a_weak_word(model, features)
                    and not _plain_site_on_a_builder(link, features)
                ):
                    findings.append(finding("URL016", link.text, domain=link.domain))
                    break
        return findings

    @staticmethod
    def _judged_elsewhere(link: Link, lookups: Lookups) -> bool:
        """Official, listed and allowlisted links are decided by their lists, not by a model.

        Nor is a brand's own name under a country's ending (:func:`brand_sibling`), nor a file
        (a PDF, a picture) in a storage bucket (:func:`checkers.url.stored_file`), nor a page
        on a shared platform's own host (``docs.google.com/forms/…``,
        ``forms.office.com/r/…``, ``dropbox.com/scl/…``): its address is the platform's, the
        same for a school's form and a phishing one, and URL017 already says anyone can
        publish there.
        """
        if official_brand(link.host) is not None or platform_page(link.host):
            return True
        if local_address(link) and link.userinfo is None:
            return True  # a router's or one's own machine's page (192.168.1.1, localhost:8888)
        if on_docs_host(link.host):
            return True  # a library's documentation (python-telegram-bot.readthedocs.io)
        if brand_sibling(link.domain, link.suffix) is not None:
            return True  # the brand's own name under a country's ending (amazon.co.jp)
        if stored_file(link):
            return True  # a PDF or a picture in a storage bucket: its address is the cloud's
        if uploaded_file(link):
            return True  # a PDF or a picture in a WordPress site's media library
        if _project_page(link):
            return True  # a project about a brand on a free platform (shopee-price-tracker)
        if organisation_page(link.host) and not _sign_in_path(link):
            return True  # a company's own organisation's pages (microsoft.github.io/…)
        if _payment_method_page(link):
            return True  # a club's page to pay or donate by a named service (?method=paypal)
        if _forum_route(link) or own_webmail(link):
            return True  # a forum's topic (index.php?/topic/…), a firm's own webmail host
        if mailing_list_page(link):
            return True  # a newsletter's page to unsubscribe, named by the subscriber's address
        if wordpress_admin_page(link):
            return True  # a site's own WordPress dashboard page (/wp-admin/post.php?post=142)
        if plain_login_page(link):
            return True  # every shop's and service's own sign-in page: URL013 says the rest
        if _dated_article(link) or _headline_page(link):
            return True  # a news site's or a blog's article: its slug's words are its headline
        if vetted_ending(link.suffix) and _vetted_body_page(link):
            return True  # my.gov.au/LoginServices/…: only a vetted body registers there
        return (
            listed(lookups, "block", link) is not None
            or listed(lookups, "allow", link) is not None
        )


_YEAR = re.compile(r"(?:19|20)\d\d")
_SLUG_WORD = re.compile(r"[a-z]+|\d{1,7}")
_SCRIPTS: Final = (".php", ".asp", ".aspx", ".cgi")
"""Endings of a page run as a script (what kits are), not an article or a site's own page."""


def _folders(link: Link) -> list[str]:
    return [seg for seg in link.path.lower().split("/") if seg]


def _sign_in_path(link: Link) -> bool:
    """Whether a link's path is a kit's or names signing in (``/owa/login.php``, ``/verify``)."""
    words = set(_URL_TOKEN.findall(link.path.lower()))
    return kit_path(link.path) or bool(words & (LOGIN_WORDS | LURE_WORDS))


def _project_page(link: Link) -> bool:
    """Whether the link is a project's page about a brand on a free platform.

    ``hdb-resale-trends.github.io``, ``discord-bot-status.replit.app``: the chosen name is a
    project's (:func:`checkers.url.project_name`) and the path names no brand; or, on a code
    host, the repository's folder is (``sgdatastudio.github.io/hdb-resale-dashboard/``). The
    model learned a brand in the name from lures, which such projects share.
    """
    if not on_user_content(link.host):
        return False
    chosen = user_part(link.host)
    if project_name(chosen) and brand_in_name(link.path) is None:
        return True
    # On a code host the project is the repository, the path's first folder, under an account
    # naming no brand (sgdatastudio.github.io/hdb-resale-dashboard/).
    labels = link.host.lower().split(".")
    folders = _folders(link)
    return (
        len(labels) == 3
        and ".".join(labels[1:]) in _REPOSITORY_HOSTS
        and bool(folders)
        and project_name(folders[0])
        and brand_in_name(chosen) is None
        and brand_in_name("/".join(folders[1:])) is None
    )


_REPOSITORY_HOSTS: Final = frozenset({"github.io", "gitlab.io"})


def _plain_article_address(link: Link) -> bool:
    """Whether an address may be an article's.

    A plain name on no cheap ending, naming no brand, not on a platform of users' pages, with
    no query, user, port or kit's folders.
    """
    if not link.suffix or link.query or link.userinfo or link.port or on_user_content(link.host):
        return False
    if link.suffix.rsplit(".", 1)[-1] in RISKY_TLDS or kit_path(link.path):
        return False
    return brand_in_name(link.host.removesuffix(link.suffix)) is None


def _dated_article(link: Link) -> bool:
    """Whether the link is an article filed under its date, named by its headline.

    ``thenextweb.com/apple/2014/09/25/apple-tells-ios-8-0-1-customer-downgrade-…/``,
    ``9to5mac.com/2025/12/01/iphone-update-fixes-bug/``: a year folder (a month and a day may
    follow), then a slug of five words or more, no script and no query, on a plain name that is
    not on a cheap ending and names no brand. A headline mentions brands, updates and
    accounts as news does; phishing kits dated so sit among a site's upload folders
    (:func:`checkers.url.kit_path`).
    """
    if not _plain_article_address(link):
        return False
    segments = _folders(link)
    years = [i for i, seg in enumerate(segments) if _YEAR.fullmatch(seg)]
    if not years:
        return False
    after = [seg for seg in segments[years[0] + 1 :] if not seg.isdigit()]
    if not after or len(after) > 2 or after[-1].endswith(_SCRIPTS):
        return False
    slug = max(after, key=len).rsplit(".", 1)[0]
    words = slug.split("-")
    if not all(_SLUG_WORD.fullmatch(w) for w in words):
        return False
    # Four words are a headline when one reports (uob-app-login-issue), as news does.
    return len(words) >= 5 or (len(words) >= 4 and bool(_REPORT_WORDS.intersection(words)))


# The words a page about signing in has in its headline, which a lure's does too
# (``bank-of-america-login-sign-in-online-banking``).
_SIGN_IN_WORDS: Final = frozenset(
    {"login", "logon", "signin", "sign", "password", "verify", "verification", "otp"}
    | {"suspend", "suspended", "restore", "unlock", "confirm", "locked", "blocked"}
)


# The words of a headline that reports on signing in rather than asks for it: who could not
# (unable, cannot), what went wrong (outage, disruption, glitch, issue) and the news
# of scams (scam, phishing, police, warns, jailed, victims). A lure's page asks the reader to
# act on his own account (``your-account-is-suspended-verify-now``).
_REPORT_WORDS: Final = frozenset(
    {"unable", "cannot", "outage", "outages", "disruption", "disrupted", "glitch", "issue"}
    | {"issues", "scam", "scams", "scammers", "phishing", "police", "warns", "jailed"}
    | {"arrested", "victims", "advisory", "restored"}
)


def _headline_page(link: Link) -> bool:
    """Whether the link is a page named by a headline of seven words or more, undated.

    ``ifttt.com/recipes/8978-use-instagram-to-update-your-twitter-profile-picture``,
    ``lifehacker.com/5855383/postbox-3-adds-gmail-labels-dropbox-attachments-and-…``: at most
    three folders, no query and no script, on a plain name that is not on a cheap ending and
    names no brand, and no sign-in or lure word in the headline (an SEO page written to rank
    for a bank's sign-in, ``your-account-is-suspended-…``, is how such a slug lures) unless it
    reports on signing in (:data:`_REPORT_WORDS`: ``dbs-customers-unable-to-login-…-4812233``).
    """
    if not _plain_article_address(link):
        return False
    segments = _folders(link)
    if not segments or len(segments) > 3 or segments[-1].endswith(_SCRIPTS):
        return False
    words = max(segments, key=len).rsplit(".", 1)[0].split("-")
    if len(words) < 7 or not all(_SLUG_WORD.fullmatch(w) for w in words):
        return False
    reported = bool(_REPORT_WORDS.intersection(words))
    return reported or not (_SIGN_IN_WORDS | LURE_WORDS).intersection(words)


def _vetted_body_page(link: Link) -> bool:
    """Whether a page under a government's or university's ending has its own page's shape.

    ``my.gov.au/LoginServices/main/login``, ``www.ezpass.nj.gov/en/about/paytoll.shtml``: a
    short path (four folders at most) naming no brand, not a script (``/login.php``,
    ``user.php?cmd=login_submit``: the kits hackers leave on a school's or ministry's server)
    and not a kit's folders (:func:`checkers.url.kit_path`).
    """
    segments = _folders(link)
    if len(segments) > 4 or kit_path(link.path) or brand_in_name(link.path) is not None:
        return False
    return not (segments and segments[-1].endswith(_SCRIPTS))


# A site's own sign-in page: /login, /account/login, /signin, nothing else in the path.
# Moodle's, which thousands of schools and universities run, is /login/index.php; Epic's
# MyChart, the patient portal of hundreds of hospitals and clinics, is
# /MyChart/Authentication/Login.
_LOGIN_PATH = re.compile(
    r"^(?:/[a-z]+|/-)?/(?:log-?in|sign-?in|sign_in|logon)(?:/|/index\.php)?$"
    r"|^/mychart/authentication/login/?$"
    # WordPress's own sign-in page, at a site's root or in its blog's folder.
    r"|^(?:/[a-z]+)?/wp-login\.php$",
    re.IGNORECASE,
)
# What a sign-in page's query may hold: where to go back to on the same site, a language.
_RETURN_PARAMS: Final = frozenset(
    {"return_url", "returnurl", "return_to", "next", "redirect", "continue", "rt", "lang", "hl"}
)


# Invision and its kin route a forum's pages through the query (``/forum/index.php?/topic/
# 88012-lake-simcoe-ice-report/``): a topic's number and its title's words.
_FORUM_QUERY = re.compile(r"^/(?:topic|forum|profile|blogs?|gallery)/\d+-[a-z0-9-]+/?$")
# The webmail programs a hosting panel opens on a site's own mail host.
_WEBMAIL_APPS: Final = frozenset(
    {"roundcube", "owa", "webmail", "squirrelmail", "horde", "rainloop", "sogo", "zimbra"}
)


def _plain_own_name(link: Link) -> bool:
    """A registered name of a firm's or club's own: no cheap ending, brand, digit or lure word."""
    if not link.suffix or link.port or link.userinfo or on_user_content(link.host):
        return False
    if link.suffix.rsplit(".", 1)[-1] in RISKY_TLDS:
        return False
    own = link.host.removesuffix(link.suffix)
    if any(ch.isdigit() for ch in own) or brand_in_name(own) is not None:
        return False
    label = link.domain.split(".", 1)[0]
    if "-" in label and set(_URL_TOKEN.findall(label)) & URL_WORDS:
        return False
    return not any(len(word) >= 5 and word in label for word in URL_WORDS)


# How a site names the service one pays or donates by: a query's field (``?method=paypal``,
# ``?via=paypal``) or a page's slug (``/pay-with-paypal``, ``/donate-via-paypal``).
_PAYMENT_FIELDS: Final = frozenset({"method", "via", "payment", "pay", "gateway", "paymethod"})
_PAYMENT_SLUG = re.compile(
    r"(?:^|[/-])(?:pay|donate|donation|checkout)-(?:with|via|by|using)-[a-z]+/?$"
)


def _payment_method_page(link: Link) -> bool:
    """Whether the link's one brand is the service a club's page takes payment by.

    ``hudsonvalleyquilters.org/donate.php?method=paypal``,
    ``ridgefieldsports.org/index.php/registration/pay-with-paypal``: on a plain name of the
    site's own, no sign-in word in the path and no kit's folder. A kit names the brand as a
    folder or as its page (``/paypal/login.php``).
    """
    if not _plain_own_name(link) or kit_path(link.path):
        return False
    path = link.path.lower()
    if set(_URL_TOKEN.findall(path)) & (LOGIN_WORDS | LURE_WORDS):
        return False
    fields = parse_qsl(link.query, keep_blank_values=True)
    by_field = any(name.lower() in _PAYMENT_FIELDS for name, _ in fields)
    if fields and not by_field:
        return False
    if by_field:
        return brand_in_name(path) is None
    return _PAYMENT_SLUG.search(path) is not None


def _forum_route(link: Link) -> bool:
    """Whether the link is a forum's topic routed through its query, on a plain name."""
    if not link.path.lower().endswith("/index.php") or not _FORUM_QUERY.match(link.query.lower()):
        return False
    return _plain_own_name(link) and brand_in_name(link.query) is None


# The fixed addresses of Outlook on the web's sign-in page, the same on every firm's server.
_OWA_SIGN_IN: Final = (["owa", "auth", "logon.aspx"], ["owa", "auth.owa"])


def own_webmail(link: Link) -> bool:
    """Whether the link opens a firm's own webmail (``webmail.kellerman-hydraulics.de/owa/``).

    On the site's ``mail.`` or ``webmail.`` host, the webmail program's folder or nothing, and
    no address in the query: a kit sits in a hacked site's folders, or takes a lure for a name
    (``mail.upgrade-helpdesk-it.com/owa/``), where :func:`_plain_own_name` says no.
    """
    if link.subdomain not in ("mail", "webmail") or "@" in unquote(link.query):
        return False
    segments = _folders(link)
    if segments in _OWA_SIGN_IN:
        return _plain_own_name(link)  # Outlook on the web's sign-in page (/owa/auth/logon.aspx)
    if len(segments) > 1 or (segments and segments[0] not in _WEBMAIL_APPS):
        return False
    return _plain_own_name(link)


# The words a mailing list's own pages are named by (``/unsubscribe.php?email=…``,
# ``/mailman/options/news/ann@example.com``): each carries its subscriber's address.
_LIST_PAGE_WORDS: Final = frozenset(
    {"unsubscribe", "unsub", "optout", "opt-out", "mailman", "subscription", "subscriptions"}
)


def mailing_list_page(link: Link) -> bool:
    """Whether the link is a mailing list's own page on a plain name (to unsubscribe, or manage).

    The link model learned an address in the query from webmail kits
    (``/owa/index.php?email=…``); a newsletter's unsubscribe link has one too, under its own
    page's name. Not on a cheap ending, a free platform, a brand's name, a port or an index
    page (:func:`checkers.url.email_in_query` reads those).
    """
    if not link.suffix or link.port or link.userinfo or on_user_content(link.host):
        return False
    if link.suffix.rsplit(".", 1)[-1] in RISKY_TLDS or kit_path(link.path):
        return False
    own = link.host.removesuffix(link.suffix)
    if brand_in_name(own) is not None:
        return False
    if "-" in own and set(_URL_TOKEN.findall(own)) & URL_WORDS:
        return False  # mailbox-verify.com/unsubscribe: a lure's name, not a newsletter's
    words = {
        part
        for segment in link.path.lower().split("/")
        for part in (segment.rsplit(".", 1)[0], segment)
    }
    return bool(words & _LIST_PAGE_WORDS) and brand_in_name(link.path) is None


_YEAR_TOKEN = re.compile(r"(?<![a-z0-9])(?:19|20)\d\d(?![a-z0-9])")


def plain_login_page(link: Link) -> bool:
    """Whether the link is a site's own sign-in page on a plain name.

    ``id.atlassian.com/login``, ``www.ohmybeauty.sg/account/login``,
    ``moodle.tu-dresden.de/login/index.php``: the shortest path a login page has, on a name
    with no digit or brand and no hyphen beside a word phishing addresses use, on an ending
    that is not a cheap one, with at most a way back to the same site in its query. Every
    shop and service has one, and phishing kits seldom sit there (they hide in a hacked site's
    folders, or take a lure for a name); the link model, which learned the word ``login``
    from kits, is not asked.
    """
    if not link.suffix or (on_user_content(link.host) and not _app_login(link)):
        return False
    returning = _returning_login(link)
    member = _MEMBER_LOGIN_PATH.match(link.path) is not None and not link.query
    errand = not _LOGIN_PATH.match(link.path) and not returning and not member
    if errand and not _account_errand(link):
        return False
    own = link.host.removesuffix(link.suffix)
    cheap = link.suffix.rsplit(".", 1)[-1] in RISKY_TLDS and not on_user_content(link.host)
    if cheap and not _shop_account_login(link, own):
        return False  # on a platform the ending (vercel.app) is the platform's, not chosen
    if link.userinfo or link.port:
        return False
    if _DIGITS.search(_YEAR_TOKEN.sub("", own)) or brand_in_name(own) is not None:
        return False  # a year of its own is a club's or a class's (sg-choir-2026.web.app/login)
    if "-" in link.subdomain or brand_in_name(link.path) is not None:
        return False  # reg-eboy.example.com/ebay/login/: a kit on a hacked site's subdomain
    label = link.domain.split(".", 1)[0]
    if "-" in label and set(_URL_TOKEN.findall(label)) & URL_WORDS:
        # secure-bank.com/login; a university's tu-dresden.de/login is its own, and so is a
        # firm's portal.abc-tuition.sg/parent/login (its own subdomain, named without a hyphen)
        return False
    if errand:
        # Its query was read by _account_errand; a name run together from phishing words
        # (accountsecure.net/reset-password) is not a service's own.
        return not any(len(word) >= 4 and word in label for word in URL_WORDS)
    for name, value in parse_qsl(link.query, keep_blank_values=True):
        if (name.lower() not in _RETURN_PARAMS and not returning) or "@" in value:
            return False
        if "://" in value and not _same_site(value, link):
            return False
    return True


def _app_login(link: Link) -> bool:
    """Whether the link is a web app's own sign-in page on an app platform.

    ``jiak-simi.vercel.app/login``, ``kopi-order.pages.dev/signin``: a platform where apps are
    deployed (:data:`_APP_PLATFORMS`), the shortest login path and no query, under a name of
    the publisher's own that is not a random string nor run together from phishing words
    (``myaccount``); :func:`plain_login_page` then asks of the name what it asks of a
    registered one (no digit, no brand, no phishing word beside a hyphen). A kit there takes a
    lure or a brand for its name, or the platform's random one.
    """
    if not under(link.host, _APP_PLATFORMS) or link.query or not _LOGIN_PATH.match(link.path):
        return False
    chosen = user_part(link.host)
    if not chosen or "." in chosen or random_platform_name(chosen):
        return False
    # Nor a name run together from phishing words (myaccount, ibank, securemail).
    return not any(len(word) >= 4 and word in chosen for word in URL_WORDS)


# A service's own account errand, as its sign-up and password mails link it
# (``app.clickup.com/verify-email?code=…``, ``www.duolingo.com/reset-password?code=…``,
# ``app.shopify.com/services/login/identity``): a short path of account words only, and at most
# one opaque code in the query, never an address.
_ACCOUNT_WORDS: Final = frozenset(
    {"account", "auth", "confirm", "email", "identity", "login", "password", "reset"}
    | {"services", "signin", "verify", "verification", "user", "users", "settings"}
)
_CODE_PARAMS: Final = frozenset({"token", "code", "t", "secret", "key", "k"})
_OPAQUE: Final = re.compile(r"[A-Za-z0-9._-]{4,200}")


def _account_errand(link: Link) -> bool:
    segments = _folders(link)
    if not segments or len(segments) > 3:
        return False
    words = [w for seg in segments for w in re.split(r"[-_]", seg)]
    if not all(w in _ACCOUNT_WORDS for w in words):
        return False
    params = parse_qsl(link.query, keep_blank_values=True)
    if len(params) > 1:
        return False
    return all(k.lower() in _CODE_PARAMS and _OPAQUE.fullmatch(v) for k, v in params)


# A site's sign-in page written as a file (``/login.html``, ``/login.do``), which the site opens
# with the page to come back to (``depositphotos.com/login.html?url=%2Fstock-photos%2F…``).
# A members' or customers' sign-in script in its own folder (``/members/login.php``,
# ``/customer/logon.aspx``): a club's or a small firm's, where a kit's folder is named after a
# brand or a lure (read by plain_login_page's other tests).
_MEMBER_LOGIN_PATH = re.compile(
    r"^/(?:members?|customers?|clients?|users?|my)/(?:log-?in|sign-?in|logon)\.(?:php|aspx?|html?|jsp|cfm)$",
    re.IGNORECASE,
)
_FILE_LOGIN_PATH = re.compile(r"^/(?:log-?in|sign-?in|logon)\.(?:html?|do|jsp|aspx?)$", re.I)


def _returning_login(link: Link) -> bool:
    """Whether the link is a sign-in file asked to return to a page of the same site."""
    if not _FILE_LOGIN_PATH.match(link.path):
        return False
    values = [value for _, value in parse_qsl(link.query, keep_blank_values=True)]
    return any(value.startswith("/") and not value.startswith("//") for value in values)


def _same_site(url: str, link: Link) -> bool:
    """Whether a return address is on the link's own registered domain (start.atlassian.com)."""
    back = parse_link(url)
    return back is not None and back.userinfo is None and back.domain == link.domain


# The customer sign-in page of the storefront platforms small shops run on (Shopify's
# ``/account/login``), which keeps that path on whatever ending the shop chose.
_SHOP_LOGIN_PATH = re.compile(r"^/account/login/?$", re.IGNORECASE)
_VOWELS: Final = frozenset("aeiou")


def _shop_account_login(link: Link, own: str) -> bool:
    """Whether a cheap ending's link is a small shop's own customer sign-in page.

    ``tinytoysg.store/account/login``, ``kopikaki.shop/account/login``: the platform's path on
    one word-like name (letters only, no hyphen, no subdomain but ``www``, at least two
    vowels, no brand and no word phishing addresses use run into it), not a throwaway name
    (``mbk-sg.shop``, ``hdbx.top``) nor one made of phishing words (``secureportal.top``).
    """
    if not _SHOP_LOGIN_PATH.match(link.path) or link.query:
        return False
    name = own.removeprefix("www.").rstrip(".")
    if not (name.isalpha() and name.isascii() and len(name) >= 6):
        return False
    if sum(ch in _VOWELS for ch in name) < 2 or brand_in_name(name) is not None:
        return False
    # A name run together from phishing words (secureportal, mbanking, accountverify).
    return not any(len(word) >= 4 and word in name for word in URL_WORDS)


# Features of a name's shape, not of its words: on a free platform they are all the model has
# left (the platform's ending is not the publisher's, so no ending offsets them).
_SHAPE_FEATURES: Final = ("hosted", "hyphens:", "domain_digits", "long_name", "deep_subdomains")


# Words an app platform's pages are named with by default (``todo-app-flask.herokuapp.com``,
# ``weather-app.vercel.app``): there they say what the page is, not that it phishes.
_PLATFORM_WORDS: Final = frozenset({"h:app", "h:apps"})
_APP_PLATFORMS: Final = frozenset(
    {
        "herokuapp.com",
        "vercel.app",
        "netlify.app",
        "onrender.com",
        "fly.dev",
        "replit.app",
        "web.app",
        "firebaseapp.com",
        "glitch.me",
        "railway.app",
        "streamlit.app",
        "pages.dev",
        "github.io",
        "surge.sh",
    }
)


# Website and form builders: a page is made in an editor and named by its menu (``/menu``,
# ``/member-login``, ``/shop/shopee``, ``/paynow.html``), a blog's post by its headline; no kit
# is uploaded there as files. Not the free hosts that run a site's own PHP (000webhostapp.com,
# webs.com, altervista.org, tripod.com), where a kit's ``/login.php`` is a file like any other.
SITE_BUILDERS: Final = frozenset(
    {"weebly.com", "weeblysite.com", "wixsite.com", "wixstudio.io", "square.site"}
    | {"godaddysites.com", "webflow.io", "framer.app", "framer.website", "blogspot.com"}
    | {"wordpress.com", "notion.site", "carrd.co", "jimdofree.com", "jimdosite.com"}
    | {"strikingly.com", "mystrikingly.com", "yolasite.com", "tilda.ws", "site123.me"}
    | {"business.site", "mailchimpsites.com", "webnode.page", "canva.site", "hs-sites.com"}
    | {"hs-sites-eu1.com", "hubspotpagebuilder.com", "typeform.com", "formstack.com"}
    | {"jotform.com"}
)

# The builders' own hosts, where the path alone is the publisher's (form.jotform.com/2412…).
_BUILDER_OWN_HOSTS: Final = frozenset({"", "form", "forms", "share", "submit", "eu", "api"})


def _plain_site_on_a_builder(link: Link, features: set[str]) -> bool:
    """Whether the link is a page of a plainly named site on a website or form builder.

    ``kuehlapishouse.weebly.com/paynow.html``, ``swimsmartsg.wixsite.com/home/student-login``,
    ``budgetmumsg.blogspot.com/2026/02/shopee-haul-under-50.html``: the name its publisher
    chose holds no brand and no word phishing addresses use (the model saw none: no ``hosted``
    nor ``h:`` feature) and is no throwaway jumble, so only the page's own name is left for the
    model, and a bakery's PayNow page, a club's member login or a blog's post about a bank are
    named with the same words as a kit's pages. A lure there names itself in the host
    (``dbs-paylah-rewards.godaddysites.com``), which the model still reads; a path that pairs a
    brand with a login or lure word (``/dbs/login``), an address in the query, a kit's folders,
    a port or a user are still asked about.
    """
    if not under(link.host, SITE_BUILDERS) or link.userinfo or link.port:
        return False
    chosen = user_part(link.host)
    if chosen in _BUILDER_OWN_HOSTS or random_platform_name(chosen) or kit_path(link.path):
        return False  # form.typeform.com/to/…: the platform's own host, its path the form's id
    if "hosted" in features or "q:email" in features or any(f.startswith("h:") for f in features):
        return False
    paired = {f"p:{w}" for w in LOGIN_WORDS | LURE_WORDS} & features
    return not ("p:brand" in features and paired)


_LANDING_BUILDERS: Final = frozenset({"framer.app", "framer.website", "webflow.io"})
_STATIC_PAGE = re.compile(r"/[a-z0-9_-]+/(?:index\.html?)?$", re.IGNORECASE)
_STATIC_PAGE_WORDS: Final = frozenset({"p:index", "p:html", "p:htm"})


def _shape_only_on_a_platform(model: LinearModel, link: Link, features: set[str]) -> bool:
    """Whether the model would flag a page on a free platform for its name's shape alone.

    On ``weather-app.vercel.app`` or ``docs-openbanking-sandbox.pages.dev`` no ending counts
    for or against the page, and a hyphen or a long name was enough to flag every small firm's
    and club's page: there the words (a login or payment word, a brand, a kit's ``.php``) must
    carry the model's minimum evidence by themselves.
    """
    if not on_user_content(link.host):
        return False
    # So is an app's landing page on the builders start-ups make them with
    # (``tinyledger-app.framer.website``); not a blog's name (``app66560000.blogspot.com``).
    app_host = under(link.host, _APP_PLATFORMS) or under(link.host, _LANDING_BUILDERS)
    defaults = _PLATFORM_WORDS if app_host else frozenset()
    if app_host and _STATIC_PAGE.search(link.path):
        # A static site's page is a file, the folder's index.html by default
        # (rust-lang.github.io/rustup/installation/index.html): its name says what it is.
        defaults = defaults | _STATIC_PAGE_WORDS
    words = (f for f in features if not f.startswith(_SHAPE_FEATURES) and f not in defaults)
    return model.evidence(words) < max(model.min_evidence, 0.5)


# A name's hyphens and length: on an ordinary ending, a firm's name has them as often as a lure.
_NAME_SHAPE: Final = ("hyphens:", "long_name")
_ORDINARY_ENDINGS: Final = frozenset({"tld:country", "tld:generic"})


def _hyphens_and_a_weak_word(model: LinearModel, features: set[str]) -> bool:
    """Whether the model would flag a name on an ordinary ending for its hyphens alone.

    ``secure-parking.com.sg``, ``online-tutors.sg``, ``update-software.de``: a firm's short
    name with one word phishing addresses also use, weakly, tipped over the threshold by its
    hyphen (a name of twenty letters or more is left to the model).
    There the words (a brand, a login or payment word, digits in the name) must carry the
    model's minimum evidence by themselves; on a cheap ending or a bare address they need not.
    """
    if not features & _ORDINARY_ENDINGS or "long_name" in features:
        return False  # a long hyphenated name (amazonprimebilling-support) is a lure's shape
    if not any(f.startswith("hyphens:") for f in features):
        return False
    words = (f for f in features if not f.startswith(_NAME_SHAPE) and not f.startswith("tld:"))
    return model.evidence(words) < max(model.min_evidence, 0.5)


def _excerpt(text: str, limit: int = 60) -> str:
    """The first line of the text, shortened (the part before "…" is quoted as written)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
