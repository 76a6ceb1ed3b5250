"""The URL checker: lists, official sites, look-alikes and the tricks phishing links use.

The pure helpers (:func:`official_brand`, :func:`brand_in_name`, :func:`lookalike_of`,
:func:`script_trick`) hold the logic and most of the tests; :class:`UrlChecker` turns their
answers into findings.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import unicodedata
from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise
from typing import Final
from urllib.parse import parse_qsl, unquote

from blocklists.lookups import Lookups
from checkers.case import Case, listed
from checkers.codes import finding
from checkers.data import (
    BRANDS,
    ERRAND_WORDS,
    FEE_WORDS,
    FILLERS,
    LOGIN_WORDS,
    LOOKALIKE_EXCEPTIONS,
    LURE_WORDS,
    RISKY_TLDS,
    STORAGE_HOSTS,
    STORAGE_SERVICES,
    SUBSTRING_KEYWORDS,
    WORD_KEYWORDS,
    Brand,
)
from checkers.extract import Link, parse_link, written_host
from checkers.sites import (
    brand_sibling,
    official_brand,
    on_docs_host,
    on_user_content,
    shortened,
    user_part,
)
from checkers.verdict import Finding
from checkers.wording import CONFUSABLES

_KEYWORD_BRAND: Final[dict[str, Brand]] = {k: b for b in BRANDS for k in b.keywords}
_DEEP_SUBDOMAINS: Final = 4
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
# Digits, letters and letter pairs that pass for letters in an address (paypa1, 0cbc, qrab,
# rnicrosoft).
_DIGIT_HOMOGLYPHS = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "q": "g"}
)
_PAIR_HOMOGLYPHS = (("rn", "m"), ("vv", "w"), ("cl", "d"))


def _skeleton(text: str) -> str:
    """Fold look-alike characters onto plain Latin letters (``pаypal`` → ``paypal``)."""
    text = text.translate(CONFUSABLES)
    if not text.isascii():
        text = "".join(
            ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
        )
    return text.lower()


def _tokens(name: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.split(name.lower()) if t]


@lru_cache(maxsize=8192)
def _keyword_in_token(token: str) -> Brand | None:
    """A brand whose keyword is the token, or the token minus filler words around it.

    A short everyday keyword (``ups``, ``ee``, ``mom``) counts run together only before a
    filler of four letters or more (``upsdelivery``): after one, or before a short one, it is
    an everyday word (``checkups``, ``payee``, ``mommy``).
    """
    brand = _KEYWORD_BRAND.get(token)
    if brand is not None:
        return brand
    for keyword in SUBSTRING_KEYWORDS:
        if keyword in token and not any(word in token for word in _WORDS_AROUND_KEYWORDS):
            return _KEYWORD_BRAND.get(keyword)
    for cut in range(2, len(token) - 1):
        head, tail = token[:cut], token[cut:]
        short_tail = _short_word(head) and len(tail) < 4
        if head in _KEYWORD_BRAND and _glued(head, tail) and not short_tail:
            return _KEYWORD_BRAND[head]
        if tail in _KEYWORD_BRAND and _glued(tail, head) and not _short_word(tail):
            return _KEYWORD_BRAND[tail]
    return None


def _glued(keyword: str, rest: str) -> bool:
    """Whether ``rest``, run together with a brand's keyword, makes the token a lure's name.

    Fillers beside any keyword; login and lure words too beside one that is no everyday word
    (``dbsverify``, not ``metawallet``); the fillers' words of other languages and countries'
    codes only beside a name of four letters or more (``bbvamovilseguro``, not ``icakonto``:
    three letters are many firms' initials).
    """
    if keyword in WORD_KEYWORDS:
        return _fillers_only(rest)
    return _glued_only(rest) if len(keyword) >= 4 else _login_glued(rest)


# Words run together with a brand's name besides the fillers (brief s34url2): the login and
# lure words (``commerzbanksicherheit``, ``paytmkyc``), the fillers' own words in the languages
# of the banks phishing imitates (``bbvamovilseguro``, ``itaudigitalcliente``,
# ``postfinancekonto``, ``daviviendapersonas``, a Dutch bank card's renewal:
# ``abnamropasvernieuwen``), and countries' two-letter codes, which run
# together make a brand's name a lure's (``gcashrewardsph``). Only beside a brand's name that is
# no everyday word: ``metawallet``, ``grabpersonal`` and ``ledgerkonto`` may be anyone's.
_GLUE_WORDS: Final = frozenset(
    {"cliente", "clientes", "personas", "empresas", "enlinea", "linea", "movil", "virtual"}
    | {"seguro", "segura", "acceso", "acesso", "cuenta", "conta", "sucursal", "banca", "pago"}
    | {"pagos", "pagamento", "soporte", "suporte", "ayuda", "ajuda", "clave", "senha", "token"}
    | {"kunden", "konto", "klant", "klanten", "compte", "conto", "akun", "akaun", "nasabah"}
    | {"pelanggan", "personal", "withdrawal", "withdraw", "pas", "vernieuwen"}
    | {"ph", "th", "vn", "br", "mx", "hk", "tw", "jp", "au", "uk", "ar", "cl", "pe"}
)
_GLUE: Final = FILLERS | LOGIN_WORDS | LURE_WORDS | _GLUE_WORDS


_LOGIN_GLUE: Final = FILLERS | LOGIN_WORDS | LURE_WORDS


@lru_cache(maxsize=4096)
def _login_glued(text: str) -> bool:
    """Whether the text is a number, or fillers, login and lure words run together."""
    if text.isdigit() or text in _LOGIN_GLUE:
        return True
    return any(
        text[:cut] in _LOGIN_GLUE and _login_glued(text[cut:]) for cut in range(2, len(text) - 1)
    )


@lru_cache(maxsize=4096)
def _glued_only(text: str) -> bool:
    """Whether the text is a number, or words of :data:`_GLUE` run together (``movilseguro``)."""
    if text.isdigit() or text in _GLUE:
        return True
    return any(text[:cut] in _GLUE and _glued_only(text[cut:]) for cut in range(2, len(text) - 1))


# Everyday words that hold a distinctive brand name (revolution holds revolut).
_WORDS_AROUND_KEYWORDS: Final = frozenset({"revolution"})


def _short_word(keyword: str) -> bool:
    """A keyword of three letters or fewer that is also a word (ups, ee, mom)."""
    return len(keyword) <= 3 and (keyword in WORD_KEYWORDS or keyword == "mom")


@lru_cache(maxsize=4096)
def _fillers_only(text: str) -> bool:
    """Whether the text is a number, or filler words run together (``onlinesecure``).

    Scammers glue several words to a brand name (``ocbconlinesecure``, ``posbsecureupdate``);
    each piece must be a filler of two letters or more, so that a real word that merely starts
    like a filler does not count.
    """
    if text.isdigit() or text in FILLERS:
        return True
    return any(
        text[:cut] in FILLERS and _fillers_only(text[cut:]) for cut in range(2, len(text) - 1)
    )


def brand_in_name(name: str) -> Brand | None:
    """The brand named in a host, label or path (``dbs-sg-verify`` → DBS), if any.

    A brand whose name is also an everyday word or a short run of letters (``apple``,
    ``ups``, ``ee``) counts only beside a word addresses use to look official (``secure``,
    ``login``, ``verify``, ``com``): ``apple-pie-recipes`` names no brand, ``apple-id-verify``
    does.
    """
    tokens = _tokens(name)
    for token in tokens:
        brand = _keyword_in_token(token)
        if brand is None:
            continue
        if token in WORD_KEYWORDS and not any(
            t != token and (t in FILLERS or t in LOGIN_WORDS) for t in tokens
        ):
            continue
        return brand
    return _brand_in_pieces(tokens)


# Brand names that are also everyday phrases when written in pieces (``best-buy-deals``,
# ``pay-now-sg``, ``open-sea-seafood``, ``health-hub-clinic``): whole, they still count.
_EVERYDAY_PHRASES: Final = frozenset(
    {
        "bestbuy",
        "capitalone",
        "cashapp",
        "clubcard",
        "healthhub",
        "onedrive",
        "onemotoring",
        "opensea",
        "paynow",
        "publicbank",
        "starhub",
    }
)


# The words beside a brand written in pieces that make it a lure (``wells-fargo-alert``,
# ``post-nl-pakket-betaling``, ``royal-mail-redelivery``): fillers, login words, and the
# errand, fee and lure words of every language the lists hold.
_OFFICIAL_LOOKING: Final = FILLERS | LOGIN_WORDS | ERRAND_WORDS | FEE_WORDS | LURE_WORDS


def _brand_in_pieces(tokens: Sequence[str]) -> Brand | None:
    """A distinctive brand name written in two or three pieces (``wallet-connect``, ``coin-base``).

    Only a whole keyword of six letters or more counts, not one that is also an everyday
    word, and only alone or beside a word addresses use to look official (``trust-wallet-restore``,
    ``wells-fargo-alert``, ``coin-base``): pieces that are everyday words themselves
    (``open-sea-kayaking``, ``capital-one-realty``, ``first-trust-bank``) name no brand.
    """
    for start in range(len(tokens) - 1):
        for end in range(start + 2, min(start + 3, len(tokens)) + 1):
            joined = "".join(tokens[start:end])
            brand = _KEYWORD_BRAND.get(joined)
            if brand is None or len(joined) < 6 or joined in WORD_KEYWORDS | _EVERYDAY_PHRASES:
                continue
            others = [t for t in (*tokens[:start], *tokens[end:]) if t != "www"]
            if not others or any(t in _OFFICIAL_LOOKING for t in others):
                return brand
    return None


# Words that name a tool, a study or a copy made *about* a brand (``shopee-price-tracker``,
# ``ocbc-statement-parser``, ``hdb-resale-trends``, ``netflix-clone``): students', hackathon
# teams' and hobbyists' projects on free platforms are named so; a lure's name, which must pass
# for the brand's own page, is not. Among them the words of a study, a sum or a tool that makes
# something (``cpf-payout-calculator``, ``erp-charges-explorer``, ``invoice-generator``), which
# may name a fee or an errand too; a tracker, a finder or a lookup is what a lure offers
# (``singpost-parcel-tracker``), so beside an errand it stays one.
_STUDY_WORDS: Final = frozenset(
    {"calculator", "simulator", "estimator", "planner", "explorer", "predictor", "heatmap"}
    | {"analysis", "analyser", "analyzer", "analytics", "trends", "stats", "statistics"}
    | {"visualiser", "visualizer", "visualisation", "visualization"}
    | {"maker", "generator", "converter", "splitter", "dashboard", "dashboards"}
)
_PROJECT_WORDS: Final = _STUDY_WORDS | frozenset(
    {"tracker", "parser", "lookup", "finder", "scraper", "crawler", "hackathon", "integration"}
    | {"sandbox", "sdk", "api", "cli", "bot", "clone", "demo", "guide", "tutorial"}
)
# Fillers that say nothing official by themselves: a country's name or code, "app", "web".
_NEUTRAL_FILLERS: Final = frozenset({"sg", "sgp", "singapore", "my", "m", "app", "apps", "web"})
_ERRANDS: Final = FEE_WORDS | ERRAND_WORDS
_DRESSING: Final = (FILLERS - _NEUTRAL_FILLERS - _ERRANDS) | LOGIN_WORDS | LURE_WORDS


def project_name(chosen: str) -> bool:
    """Whether a name chosen on a free platform names a project about a brand or an errand.

    ``shopee-price-tracker.vercel.app``, ``lta-datamall-explorer.netlify.app``,
    ``paynow-qr-maker.vercel.app``: a word of :data:`_PROJECT_WORDS` and no word a lure dresses
    its name with (a filler other than a country's code, a login or lure word); a fee or an
    errand word only beside a study's word (``cpf-payout-calculator``). ``shopee-refund-tracker``
    and ``dbs-secure-api`` stay lures.
    """
    tokens = _tokens(chosen)
    if not any(t in _PROJECT_WORDS for t in tokens) or any(t in _DRESSING for t in tokens):
        return False
    errands = any(t in _ERRANDS for t in tokens)
    return not errands or any(t in _STUDY_WORDS for t in tokens)


# Code hosts whose pages are named after the account that publishes them (``{account}.github.io``):
# an account's name there is unique, and a company's is its own organisation's.
_ACCOUNT_PAGE_HOSTS: Final = frozenset({"github.io", "gitlab.io"})


def organisation_page(host: str) -> bool:
    """Whether a code host's page is published by the account named after a brand, alone.

    ``google.github.io/styleguide/``, ``microsoft.github.io/language-server-protocol/``: the
    account is the brand's name and nothing else, as a company's own organisation is named (a
    name is taken once, and companies hold theirs). A lure dresses the name
    (``microsoft365-docs.github.io``, ``dbsbank-sg-support.github.io``).
    """
    labels = host.lower().split(".")
    if len(labels) != 3 or ".".join(labels[1:]) not in _ACCOUNT_PAGE_HOSTS:
        return False
    return labels[0] in _KEYWORD_BRAND


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1)
def _fuzzy_index() -> dict[str, Brand]:
    """Every single-character deletion of each distinctive keyword → its brand."""
    index: dict[str, Brand] = {}
    for keyword in SUBSTRING_KEYWORDS:
        brand = _KEYWORD_BRAND[keyword]
        if len(keyword) >= 6:
            for variant in _deletions(keyword) | {keyword}:
                index.setdefault(variant, brand)
    return index


def _squeeze(word: str) -> str:
    """The word with each run of a doubled letter written once (``steamcommunnitty``)."""
    return "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])


@lru_cache(maxsize=1)
def _squeezed_index() -> dict[str, Brand]:
    """Each distinctive keyword of six letters or more, doubled letters written once.

    Not a keyword that is an everyday word or phrase (``healthub`` may be anyone's), nor a
    short one: a firm's name may double a letter of five (Tessco is no Tesco).
    """
    return {
        _squeeze(keyword): brand
        for keyword, brand in _KEYWORD_BRAND.items()
        if len(_squeeze(keyword)) >= 6 and keyword not in WORD_KEYWORDS | _EVERYDAY_PHRASES
    }


def _unfold_homoglyphs(token: str) -> str:
    token = token.translate(_DIGIT_HOMOGLYPHS)
    for pair, letter in _PAIR_HOMOGLYPHS:
        token = token.replace(pair, letter)
    return token


def lookalike_of(name: str) -> tuple[Brand, str] | None:
    """The brand a host label imitates by a typo or look-alike digits, and the imitated word.

    ``paypa1`` and ``0cbc`` (digits for letters), ``rnicrosoft`` (rn for m) and one-letter
    typos of distinctive names (``singpas``, ``lazadda``) count; an exact brand name does not
    (that is :func:`brand_in_name`).
    """
    index = _fuzzy_index()
    tokens = _tokens(name)
    for token in tokens:
        if token in _KEYWORD_BRAND or token in LOOKALIKE_EXCEPTIONS or len(token) < 3:
            continue
        unfolded = _unfold_homoglyphs(token)
        if unfolded != token:
            brand = _keyword_in_token(unfolded)
            if brand is None and any(ch.isdigit() for ch in token):
                brand = _digit_name_lookalike(unfolded, tokens)
            if brand is not None:
                return brand, token
        # Letters doubled or written once more than the brand has them, several times over
        # (steamcommunnitty, gooogle): one deletion below does not reach them.
        squeezed = _squeezed_index().get(_squeeze(token))
        if squeezed is not None:
            return squeezed, token
        if len(token) < 6 or _keyword_in_token(token) is not None:
            continue
        if token in index:
            return index[token], token
        for variant in _deletions(token):
            if variant in index:
                return index[variant], token
    return _short_lookalike(tokens)


@lru_cache(maxsize=1)
def _digit_names() -> dict[str, tuple[str, Brand]]:
    """Brands whose names hold digits, by the name folded as a host's look-alikes are.

    ``m1`` → ``ml``, ``qoo10`` → ``goolo``, ``office365`` → ``officee6s``; → keyword and brand.
    """
    return {
        _unfold_homoglyphs(keyword): (keyword, brand)
        for keyword, brand in _KEYWORD_BRAND.items()
        if not keyword.isalpha() and keyword.isalnum()
    }


def _digit_name_lookalike(unfolded: str, tokens: Sequence[str]) -> Brand | None:
    """The brand whose name holds digits that a token imitates once both are folded.

    Folding a host's look-alikes turns the digits of a brand's own name into letters too, so
    ``rn1`` (rn for m) and ``qoo1o`` (o for 0) are compared with M1 and Qoo10 folded alike
    (``ml``, ``goolo``), alone or run together with fillers (``rn1sg``). A name of two or three
    letters, or one that is an everyday word, counts only beside a word that dresses a lure's
    name (``rn1-care``, ``rn1-singapore``), as :func:`_short_lookalike` reads slips of short
    names. The caller passes only tokens that hold a digit or a look-alike pair.
    """
    names = _digit_names()
    for cut in range(len(unfolded), 1, -1):
        found = names.get(unfolded[:cut])
        if found is None:
            continue
        keyword, brand = found
        rest = unfolded[cut:]
        if rest and not (rest.isdigit() or _login_glued(rest)):
            continue
        short = len(keyword) <= 3 or keyword in WORD_KEYWORDS
        if short and not rest and not any(t in _LOGIN_GLUE for t in tokens):
            continue
        return brand
    return None


def _swaps(word: str) -> set[str]:
    return {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    }


@lru_cache(maxsize=1)
def _short_index() -> dict[str, tuple[str, Brand]]:
    """One-letter slips of the names too short for :func:`_fuzzy_index`, → keyword and brand.

    A letter doubled in a name of three to five letters (``uobb``, ``dbss``, ``ocbcc``), two
    letters swapped in one of four or five (``obcc``, ``iars``), and an inner letter dropped
    from one of six (``lazda``, ``shope``) that keeps the name's first two letters and its last
    (not ``elink`` for ezlink, ``ubank`` for usbank, ``polic`` for police). Not an everyday
    word's (``garb`` for grab, ``metta`` for meta), nor a slip that is itself a name or a word
    (:data:`LOOKALIKE_EXCEPTIONS`: ``cibc``, ``venom``, ``papal``, ``cosco``).
    """
    index: dict[str, tuple[str, Brand]] = {}
    for keyword, brand in _KEYWORD_BRAND.items():
        if not keyword.isalpha() or keyword in WORD_KEYWORDS or keyword == "mom":
            continue
        slips: set[str] = set()
        if 3 <= len(keyword) <= 5:
            slips |= {keyword[: i + 1] + keyword[i:] for i in range(len(keyword))}
        if 4 <= len(keyword) <= 5:
            slips |= _swaps(keyword)
        if len(keyword) == 6:
            slips |= {
                v for v in _deletions(keyword) if v[:2] == keyword[:2] and v[-1] == keyword[-1]
            }
        for slip in slips - LOOKALIKE_EXCEPTIONS:
            if slip not in _KEYWORD_BRAND:
                index.setdefault(slip, (keyword, brand))
    return index


def _short_lookalike(tokens: Sequence[str]) -> tuple[Brand, str] | None:
    """A short brand name with one letter slipped, beside a word that dresses a lure's name.

    ``uobb-sg``, ``ocbcc-digital``, ``obcc-login``, ``lazda-refund``: a slip of a name of
    three to six letters (:func:`_short_index`) is no evidence alone (``dsb``, ``ltaa`` and
    ``tessco`` are other firms'), only beside a filler, a login or a lure word in the same
    name, as a brand that is an everyday word is read (:func:`brand_in_name`).
    """
    index = _short_index()
    for token in tokens:
        found = index.get(token)
        if found is None:
            continue
        if any(t != token and (t in _LOGIN_GLUE) for t in tokens):
            return found[1], token
    return None


def _script_of(ch: str) -> str:
    if ch.isascii():
        return "LATIN" if ch.isalpha() else ""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def script_trick(display_host: str) -> tuple[str, Brand | None]:
    """How a non-ASCII host could deceive.

    Returns ``("homoglyph", brand)``, ``("mixed", None)``, ``("idn", None)``, or ``("", None)``
    for a plain ASCII host.
    """
    if display_host.isascii():
        return "", None
    skeleton = _skeleton(display_host)
    if skeleton.isascii():
        brand = official_brand(skeleton) or brand_in_name(skeleton.rsplit(".", 1)[0])
        if brand is None:
            # Accented letters that also drop or swap one (gógle, amazón): a typo of the brand.
            fake = lookalike_of(skeleton.rsplit(".", 1)[0])
            brand = fake[0] if fake is not None else None
        if brand is not None:
            return "homoglyph", brand
    for label in display_host.split("."):
        scripts = {_script_of(ch) for ch in label} - {""}
        if len(scripts) > 1 and "LATIN" in scripts:
            return "mixed", None
    return "idn", None


# A content identifier of IPFS (CIDv0 ``Qm…`` in base58, CIDv1 ``baf…`` in base32), in a
# gateway's path (``/ipfs/Qm…``) or as the first label of a subdomain gateway.
_IPFS_PATH = re.compile(r"/ip[fn]s/(?:Qm[0-9A-Za-z]{44}|baf[a-z0-9]{20,})", re.I)
_IPFS_LABEL = re.compile(r"baf[a-z2-7]{20,}\.")
# The last part of a path that is a web page, not a file to download (a PDF, a data set).
_WEB_PAGE = re.compile(r"\.(?:s?html?|xhtml|php\d?|aspx?|jsp)$")
# A file to view or download, not a page that asks for anything (a picture, a PDF, a data
# set, a text file such as a project's readme.md).
_MEDIA = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|mp[34]|json|pdf|md|txt|csv)$")
_FEE_PIECES: Final = FEE_WORDS | ERRAND_WORDS | FILLERS
_WORDPRESS_FOLDERS: Final = frozenset({"wp-content", "wp-includes", "wp-admin"})
"""WordPress's own code folders: ``/wp-content/uploads/…`` holds files, never a folder to visit."""
# Where a site keeps its code, styles and pictures: no page of its own lives there, but a
# phishing kit uploaded to a hacked site does (``/wp-includes/fonts/sg/verify.html``).
_KIT_FOLDERS: Final = frozenset(
    {
        "wp-content",
        "wp-includes",
        "wp-admin",
        "plugins",
        "themes",
        "includes",
        "modules",
        "libraries",
        "assets",
        "images",
        "img",
        "css",
        "js",
        "fonts",
        "cache",
        "tmp",
        "vendor",
        "cgi-bin",
    }
)
# A site's top-level folders of code, styles, pictures and fonts (``/js/``, ``/css/``): it
# serves files there, never a folder of its own to visit (``/js/f/``, ``/img/rank/``). Not
# ``images`` (a photo site's search pages: ``/images/animals/dog``), ``vendor`` (a
# marketplace's sellers), ``cgi-bin`` (a mailing list's pages), ``fonts`` (a font shop's
# catalogue: ``/fonts/serif/``), ``plugins``, ``themes``, ``modules`` or ``assets``, which many
# sites' pages are also called.
_CODE_FOLDERS: Final = frozenset({"css", "js", "img", "cache", "tmp"})
# Joomla's extension folders (``/components/com_content/``, ``/modules/mod_custom/``): its
# pages are addressed by ``index.php?option=com_…`` or by their own names, never by these.
_JOOMLA_KINDS: Final = "com|mod|plg|tpl"
_JOOMLA_FOLDER = re.compile(f"^(?:{_JOOMLA_KINDS})_[a-z0-9]+$")
_CODE_FOLDER_IN_PATH = re.compile(
    "^/(?:" + "|".join(sorted(_CODE_FOLDERS)) + f")/|/(?:{_JOOMLA_KINDS})_"
)
# The programs that serve pages from cgi-bin of their own (a mailing list, a library's catalogue,
# a bug tracker, statistics, a web mail).
_CGI_APPS: Final = frozenset(
    {"mailman", "koha", "bugzilla", "awstats", "viewvc", "cvsweb", "sqwebmail", "cgit"}
)
# One-letter folders in a row (``/a/b/c/``), where a kit nests its page.
_LETTER_FOLDERS = re.compile(r"(?:/[^/]){3}/")
# A folder named by an MD5 hash: kits copy themselves into one per visitor.
_HASH_FOLDER = re.compile(r"^[0-9a-f]{32}$")
_HASH_IN_PATH = re.compile(r"/[0-9a-f]{32}(?:/|$)")
# A stylesheet or script a site's code writes out (``main.css.php``): not a page.
_HIDDEN_FOLDER = re.compile(r"^\.[a-z0-9]")
_FILE_STEM = re.compile(r"[a-z0-9_.-]{1,40}")
_SCRIPTED_ASSET = re.compile(r"\.(?:css|js)\.\w+$")
# A document's or a picture's name with a web page's ending after it (``invoice.pdf.html``,
# ``IMG_0021.jpg.htm``, ``login.html.php`` is read by the kit folders): a page dressed as a file.
_DRESSED_PAGE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|rtf|txt|csv|jpe?g|png|gif|tiff?|zip|rar)\.(?:s?html?|php\d?|aspx?)$"
)


@lru_cache(maxsize=4096)
def _pieces(token: str) -> tuple[str, ...]:
    """A token cut into fee, errand and filler words (``sgtoll`` → sg, toll), or itself."""
    if token in _FEE_PIECES:
        return (token,)
    for cut in range(2, len(token) - 1):
        head = token[:cut]
        if head in _FEE_PIECES:
            rest = _pieces(token[cut:])
            if all(piece in _FEE_PIECES for piece in rest):
                return (head, *rest)
    return (token,)


def fee_lure(name: str) -> bool:
    """Whether an address's name is that of a toll, fine, customs or delivery-fee lure.

    One fee word (``erp-overdue``, ``sgtoll``, ``summons-sg``) is enough; an everyday errand
    word (parcel, parking, fine, delivery) counts only beside another one or a filler
    (``parking-fine-sg``, ``parcel-held-sg``): ``fine-foods`` and ``parcel`` alone do not.
    """
    pieces = [piece for token in _tokens(name) for piece in _pieces(token)]
    if any(piece in FEE_WORDS for piece in pieces):
        return True
    errands = sum(piece in ERRAND_WORDS for piece in pieces)
    others = sum(piece in FILLERS for piece in pieces if piece not in ERRAND_WORDS)
    return errands >= 2 or (errands == 1 and others >= 1)


def lure_name(label: str) -> bool:
    """Whether a registered name is itself a login or verification lure (``smbc-card-login``).

    One word of ``lure_words`` (login, verify, kyc, or the same in the languages phishing feeds
    list: ``verificatie``, ``atualizar``, ``kemaskini``) is enough, alone or run together with
    filler words (``loginsecure``). Only the registered name counts, not a subdomain: a
    company's ``login.example.app`` is its own login page.
    """
    for token in _tokens(label):
        if token in LURE_WORDS:
            return True
        for word in LURE_WORDS:
            if token.startswith(word) and _fillers_only(token[len(word) :]):
                return True
            if token.endswith(word) and _fillers_only(token[: -len(word)]):
                return True
    return False


# Filler words that also make a firm's name (``tollgroup``, ``parcel-hq``): not counted.
_FIRM_WORDS: Final = frozenset(
    {"group", "corp", "hq", "intl", "global", "team", "asia", "singapore", "mall", "shop", "store"}
)
# The words a throwaway name is assembled from (``myaccount-sgbank``, ``bank-verify-center``,
# ``erp-sg-toll-payment``), and among them those that make it a lure: a login or verification
# word, a toll or fee word, a bank or an account.
# Countries' two-letter codes, which such names carry as they carry "sg" (uk-parcel-redelivery):
# only set apart by hyphens (run together they make words: invalidate, twerp).
_COUNTRY_CODES: Final = frozenset(
    {"au", "nz", "uk", "us", "ca", "hk", "ph", "in", "th", "vn", "jp", "kr", "tw", "cn"}
    | {"de", "fr", "es", "it", "nl", "ie", "za", "ae", "mx", "br"}
)
_NAME_WORDS: Final = (FILLERS | FEE_WORDS | ERRAND_WORDS | LURE_WORDS | LOGIN_WORDS) - _FIRM_WORDS
_CREDENTIAL_WORDS: Final = frozenset({"bank", "banking", "ibanking", "account", "accounts"})
# Endings only vetted bodies may register under (a government's, a university's).
_VETTED_LEVELS: Final = frozenset({"gov", "govt", "gouv", "gob", "go", "edu", "ac", "mil", "int"})


def _vetted(suffix: str) -> bool:
    """Whether the ending is one only vetted bodies register under (``gov.uk``, ``ac.jp``)."""
    return not _VETTED_LEVELS.isdisjoint(suffix.split("."))


def vetted_ending(suffix: str) -> bool:
    """Whether a link's ending (possibly none) is one only vetted bodies register under."""
    return bool(suffix) and _vetted(suffix)


@lru_cache(maxsize=16384)
def _cut_into(token: str, words: frozenset[str], last: int = 2) -> tuple[str, ...] | None:
    """A token cut wholly into ``words`` and numbers, the longest head first, or None.

    ``last`` is the fewest letters the last piece may have (``docview`` → doc, view).
    """
    if token in words or token.isdigit():
        return (token,)
    for cut in range(len(token) - last, 1, -1):
        head = token[:cut]
        if head in words or head.isdigit():
            rest = _cut_into(token[cut:], words, last)
            if rest is not None:
                return (head, *rest)
    return None


def _name_pieces(token: str) -> tuple[str, ...] | None:
    """A token cut wholly into words of ``_NAME_WORDS`` (``myaccount`` → my, account), or None."""
    return _cut_into(token, _NAME_WORDS)


# The endings a help desk would take (``.support``, ``.help``, ``.services``), and the words a
# fake one is named with when it has no firm's name: a case, a ticket, a review, an inbox.
_DESK_ENDINGS: Final = frozenset({"support", "help", "services"})
_DESK_WORDS: Final = _NAME_WORDS | frozenset(
    {
        "case",
        "cases",
        "ticket",
        "tickets",
        "review",
        "reviews",
        "resolve",
        "resolution",
        "inbox",
        "queue",
        "desk",
        "zone",
        "hub",
        "fast",
        "quick",
        "now",
        "step",
        "steps",
        "status",
        "file",
        "files",
        "doc",
        "docs",
        "view",
        "request",
        "form",
        "appeals",
        "team",
        "live",
        "id",
    }
)


@lru_cache(maxsize=4096)
def _desk_pieces(token: str) -> bool:
    if token in _DESK_WORDS or token.isdigit():
        return True
    return any(
        (token[:cut] in _DESK_WORDS or token[:cut].isdigit()) and _desk_pieces(token[cut:])
        for cut in range(len(token) - 1, 1, -1)
    )


# What a shared document's page is called when it has no owner's name: a file, a view, a
# share, pending (``doc-view-2025.web.app``, ``file-8823.pages.dev``).
_DOC_WORDS: Final = frozenset(
    {
        "doc",
        "docs",
        "document",
        "documents",
        "file",
        "files",
        "view",
        "viewer",
        "share",
        "shared",
        "pending",
        "inbox",
        "case",
        "ticket",
        "review",
    }
)


@lru_cache(maxsize=4096)
def _doc_pieces(token: str) -> tuple[str, ...] | None:
    if token in _DOC_WORDS or token.isdigit():
        return (token,)
    for cut in range(len(token) - 1, 0, -1):
        head = token[:cut]
        if head in _DOC_WORDS or (head.isdigit() and not token[cut].isdigit()):
            rest = _doc_pieces(token[cut:])
            if rest is not None:
                return (head, *rest)
    return None


def numbered_doc_name(chosen: str) -> bool:
    """Whether a name chosen on a free platform is a document's words and a number only.

    ``doc-view-2025``, ``file-8823``, ``pendingdoc2025``: a shared file's page with no owner's
    name and a number of two digits or more to tell the copies apart; a project's or a
    person's site has a word of its own (``team-7``, ``my-app-123``, ``docs-site``).
    """
    pieces: list[str] = []
    for token in _tokens(chosen.rsplit(".", 1)[-1]):
        cut = _doc_pieces(token)
        if cut is None:
            return False
        pieces.extend(cut)
    words = [p for p in pieces if not p.isdigit()]
    return bool(words) and any(p.isdigit() and len(p) >= 2 for p in pieces)


def desk_name(label: str, tld: str) -> bool:
    """Whether a name on a help desk's ending is only a desk's words (``case-2025.help``).

    ``case-review.help``, ``inbox-24.services``, ``myqueue.help``: a case, a ticket, a
    review, an inbox, a number, with no firm's name, on ``.support``, ``.help`` or
    ``.services``; a real help desk there carries its firm's name (``acme.support``).
    """
    if tld not in _DESK_ENDINGS:
        return False
    tokens = _tokens(label)
    if not tokens or (len(tokens) == 1 and tokens[0] in _DESK_WORDS):
        return False  # one word alone (help.services, docs.support): a generic site's own
    return all(_desk_pieces(token) for token in tokens)


def generic_name(label: str, suffix: str = "") -> bool:
    """Whether a registered name is made only of the words phishing names are made of.

    ``myaccount-sgbank``, ``bank-verify-center``, ``myaccount-verification-portal``,
    ``erp-sg-toll-payment``: two words or more, every one of them a filler, login, fee or
    errand word, and one of them a lure (verify, login, kyc, suspended) or a toll or fee word
    (toll, unpaid, overdue); or three words or more with hyphens, one of them a bank or an
    account. Such a name says nothing of whose site it is, on any ending; a firm's name has a
    word of its own (``bank-street-bakery``, ``securepay``, ``tollgroup``) or runs its words
    together (``bankinfosecurity``, ``accountonline``). Not under a government's or a
    university's ending.
    """
    if suffix and _vetted(suffix):
        return False
    pieces: list[str] = []
    for token in _tokens(label):
        cut = (token,) if token in _COUNTRY_CODES else _name_pieces(token)
        if cut is None:
            return False
        pieces.extend(piece for piece in cut if not piece.isdigit())
    if any(piece in LURE_WORDS or piece in FEE_WORDS for piece in pieces):
        return len(pieces) >= 2
    # Only a bank or an account: three words or more, set apart by hyphens as a lure's are
    # (myaccount-sgbank); a name run together is a site's own (bankinfosecurity, accountonline).
    return "-" in label and len(pieces) >= 3 and any(p in _CREDENTIAL_WORDS for p in pieces)


def placeholder_name(label: str, suffix: str = "") -> bool:
    """Whether a registered name is a lure's words around one name of its own.

    ``anz-secure-verify``, ``ing-nl-inloggen-verificatie``, ``acmebank-online-verification``:
    three parts or more set apart by hyphens, every part but one a filler, login, fee or errand
    word or a country's code, and one of them a lure (verify, verification, login, kyc). The one
    part left is the bank or service the lure names, which no list need know. A firm's name has
    two words of its own or more (``trust-verify-solutions``), or fewer parts
    (``age-verify``); a name run together is a site's own. Not under a government's or a
    university's ending.
    """
    if not suffix or _vetted(suffix) or label.count("-") < 2:
        return False
    own: list[str] = []
    pieces: list[str] = []
    for token in _tokens(label):
        cut = (token,) if token in _COUNTRY_CODES else _name_pieces(token)
        if cut is None:
            own.append(token)
        else:
            pieces.extend(piece for piece in cut if not piece.isdigit())
    if len(own) != 1 or not own[0].isalpha() or len(pieces) < 2:
        return False
    return any(piece in LURE_WORDS for piece in pieces)


# What a shared document's lure is named after when it names no one: the document itself (a
# doc, a file, a PDF, a fax, a voicemail, an e-signature) ...
_SHARED_DOC_WORDS: Final = frozenset(
    {"doc", "docs", "document", "documents", "file", "files", "pdf", "fax", "efax", "voicemail"}
    | {"esign", "esignature"}
)
# ... and how it is shown: viewed, shared, sent as a message, in an office's file store.
_SHARE_NAME_WORDS: Final = (
    _NAME_WORDS
    | _SHARED_DOC_WORDS
    | frozenset(
        {"view", "viewer", "views", "share", "shared", "sharing", "transfer", "message"}
        | {"messages", "office", "drop", "e"}
    )
)


def shared_doc_name(label: str, suffix: str = "") -> bool:
    """Whether a registered name is a shared document's words and nothing of its own.

    ``docs-share-view``, ``secure-pdf-viewer``, ``fax-message-center``, ``office-doc-share``:
    three words or more set apart by hyphens, every one a document's, a viewer's or a filler
    word, one of them the document (doc, file, pdf, fax, voicemail). The lure of a "shared
    invoice" names no sender, on any ending; a firm's or a tool's name has a word of its own
    (``docreview-legal``, ``pdf-tools-online``) or fewer words (``pdf-viewer``,
    ``docshare``). Not under a government's or a university's ending.
    """
    if not suffix or _vetted(suffix) or "-" not in label:
        return False
    pieces: list[str] = []
    for token in _tokens(label):
        cut = _cut_into(token, _SHARE_NAME_WORDS, last=1)  # docview → doc, view
        if cut is None:
            return False
        pieces.extend(piece for piece in cut if not piece.isdigit())
    return len(pieces) >= 3 and any(piece in _SHARED_DOC_WORDS for piece in pieces)


# What an alarm says has happened to an account, a card or a payment: required, expired,
# locked, declined (not "limited" or "disabled": "secure-payments-limited" is a firm's, and
# "disabled-access-help" a charity's).
_ALARM_WORDS: Final = frozenset(
    {"required", "expired", "locked", "restricted", "declined", "failed", "blocked"}
    | {"deactivated", "deactivation", "suspension"}
    | {"expiring", "expire", "expires", "exceeded", "full", "unlock"}
)
# What a notice about an account is called (a review, a statement, an action) and the account
# words it is about beyond a bank's and an account's (``generic_name``): billing, a statement.
_NOTICE_WORDS: Final = frozenset(
    {"review", "statement", "statements", "action", "message", "status", "acct", "confirmation"}
    | {"session", "subscription", "storage", "retry", "today", "now", "points", "rewards"}
    # the mailbox a notice is about (email-deactivation-notice): a word of the name, not an alarm
    | {"email"}
)
_NOTICE_CREDENTIALS: Final = _CREDENTIAL_WORDS | frozenset(
    {"acct", "billing", "statement", "statements", "confirm", "confirmation"}
)
_ALARM_NAME_WORDS: Final = _NAME_WORDS | _ALARM_WORDS | _NOTICE_WORDS
# A parcel or a payment held back (errand words, which alone name a courier's or a shop's site).
_HELD: Final = frozenset({"held", "hold", "pending"})
# One of these makes such a name an alarm (``alarm_name``).
_ALARM_MARKS: Final = _ALARM_WORDS | _NOTICE_CREDENTIALS | _HELD | FEE_WORDS | LURE_WORDS


def alarm_name(label: str, suffix: str = "") -> bool:
    """Whether a registered name is an alarm or a notice about an account and nothing else.

    ``billing-update-required``, ``card-payment-declined``, ``account-review-center``,
    ``secure-statement-portal``: three words or more set apart by hyphens, every one a filler,
    login, fee, errand or notice word, one of them what an alarm says has happened (required,
    expired, locked, declined, failed, held, pending), the account it is about (account,
    billing, a statement) or a lure's or a fee's word as in :func:`generic_name`
    (``my-refund-status``, ``login-session-expired``). A firm's name has a word of its own
    (``locked-room-escape``), names no account (``web-security-services``) or has fewer
    words. Not under a government's or a university's ending.
    """
    if not suffix or _vetted(suffix) or "-" not in label:
        return False
    pieces: list[str] = []
    for token in _tokens(label):
        cut = _cut_into(token, _ALARM_NAME_WORDS, last=1)  # updaterequired
        if cut is None:
            return False
        pieces.extend(piece for piece in cut if not piece.isdigit())
    return len(pieces) >= 3 and any(piece in _ALARM_MARKS for piece in pieces)


# What a prize lure is named after when it names no one: a lucky draw, points to redeem, a
# reward to claim (``lucky-draw-sg``, ``giftpoints-sg``, ``claim-your-prize``).
_PRIZE_WORDS: Final = frozenset(
    {"lucky", "draw", "luckydraw", "prize", "prizes", "jackpot", "giveaway", "winner", "winners"}
    | {"points", "point", "redeem", "claim", "reward", "rewards", "your", "spin", "angpao"}
    | {"hongbao", "airdrop", "cashback", "freebie", "freebies", "won", "win", "crypto"}
    # a loan "approved" before it was asked for (loan-approved-sg, quickcash-approve)
    | {"loan", "loans", "cash", "quickcash", "instant", "approved", "approve", "approval"}
    # a task job's pay (earn-daily-commission)
    | {"earn", "daily", "commission", "commissions", "task", "tasks"}
)
_PRIZE_NAME_WORDS: Final = _NAME_WORDS | _PRIZE_WORDS
# Words that also name a shop or a brand's own programme: not the mark of a prize lure.
_PRIZE_MARKS: Final = _PRIZE_WORDS - (
    {"your", "point", "points", "reward", "rewards", "cashback", "crypto", "loan", "loans"}
    | {"cash", "quickcash", "instant", "daily", "task", "tasks"}
)


# What says the reader has already won or been granted something, to claim now: on an
# ordinary ending only these mark a prize lure (a firm runs lucky draws, a lure names a winner).
_WON_MARKS: Final = frozenset(
    {"claim", "redeem", "winner", "winners", "won", "win", "prize", "prizes", "jackpot"}
    | {"approved", "approve", "approval", "commission", "commissions", "earn", "airdrop"}
    | {"hongbao", "angpao", "freebie", "freebies"}
)


def prize_name(label: str, tld: str = "", *, cheap: bool = False) -> bool:
    """Whether a name on a cheap ending is a prize lure's words and nothing of its own.

    ``lucky-draw-sg.xyz``, ``giftpoints-sg.shop``, ``redeem-rewards.top``: two words or more,
    every one a prize's (lucky, draw, prize, points, redeem, claim) or a filler word, one of
    them a draw's, a prize's or a claim's. A shop has a word of its own (``sg-gifts-hampers``),
    or no prize (``gift-voucher-shop``). On a cheap ending, or on a free platform (``cheap``:
    the name its publisher chose there costs nothing, as ``rewardsclaim8821.wixsite.com``'s).
    On an ordinary ending, where a loyalty programme or a firm's lucky draw may be named so,
    only three words or more set apart by hyphens, one of them saying the reader has already
    won or been granted something to claim (``lucky-draw-winner-sg.com``,
    ``redeem-reward-points.net``, ``loan-approved-sg.com``, ``earn-daily-commission.com``).
    """
    ordinary = not cheap and tld not in RISKY_TLDS
    if ordinary and "-" not in label:
        return False
    pieces: list[str] = []
    for token in _tokens(label):
        cut = (token,) if token in _COUNTRY_CODES else _cut_into(token, _PRIZE_NAME_WORDS)
        if cut is None:
            return False
        pieces.extend(piece for piece in cut if not piece.isdigit())
    if ordinary:
        return len(pieces) >= 3 and any(piece in _WON_MARKS for piece in pieces)
    return len(pieces) >= 2 and any(piece in _PRIZE_MARKS for piece in pieces)


# Names glued of a lure's words with a site's generic words (``refundpros``, ``cashbackdesk``,
# ``freegiftzone``, ``cardunlockhelp``): the words such a throwaway name is padded with,
# which say nothing of whose site it is (a hub, a zone, a desk, "get", "now", "4u").
_SITE_WORDS: Final = frozenset(
    {"hub", "zone", "desk", "pros", "pro", "vault", "get", "free", "easy", "fast", "quick"}
    | {"4u", "u", "gr8", "great", "xtra", "extra", "bonanza", "expiry", "waiting", "gst", "cdc"}
    | {"safe", "safety", "safeguard", "guard", "protect", "unblock", "block", "checkpoint"}
    | {"address", "topup", "cashout", "gifts", "rebates", "bonuses", "payouts", "confirm"}
    | {"miles"}
)
# What makes such a name a lure: money the reader is to claim ...
_GLUED_MONEY: Final = frozenset(
    {"refund", "refunds", "rebate", "rebates", "bonus", "bonuses", "claim", "redeem", "payout"}
    | {"payouts", "cashback", "cashout", "topup", "voucher", "vouchers", "prize", "prizes"}
    | {"reward", "rewards", "gift", "gifts"}
)
# ... or a card, an account or a wallet beside a word of its safety or its unlocking ...
_GLUED_CREDENTIALS: Final = frozenset(
    {"card", "cards", "acct", "account", "accounts", "bank", "banking", "ibanking", "wallet"}
    | {"id", "address"}
)
_GLUED_SAFETY: Final = frozenset(
    {"safe", "safety", "safeguard", "guard", "protect", "secure", "security", "alert", "alerts"}
    | {"block", "blocked", "unblock", "unlock", "locked", "check", "checkpoint", "help"}
    | {"helpdesk", "support", "verify", "verification", "confirm", "restore", "reactivate"}
    | {"recover", "recovery", "update", "otp", "kyc", "login", "signin", "suspended"}
)
# ... or a parcel or points beside what an alarm says of them (``pointsexpiry``,
# ``packagewaiting``) or a site's generic word (``parcelpointsg``, ``redeliverynow``).
_GLUED_ERRANDS: Final = frozenset(
    {"parcel", "parcels", "package", "packages", "pkg", "delivery", "redelivery", "redeliver"}
    | {"shipment", "courier", "customs"}
)
_GLUED_POINTS: Final = frozenset({"points", "point", "miles"})
_GLUED_ALARMS: Final = frozenset(
    {"expiry", "expire", "expired", "expiring", "expires", "waiting", "held", "hold", "pending"}
    | {"blocked", "locked", "suspended"}
)
_GLUED_PADDING: Final = _GLUED_ALARMS | _SITE_WORDS | {"now", "sg", "sgp", "point", "points"}
# What one of those marks starts with, respelled or not: a cheap test before a name is cut.
_GLUED_STEMS: Final = (
    *("refund", "rebat", "bonu", "claim", "redeem", "payout", "cash", "topup", "voucher"),
    *("priz", "reward", "gift", "card", "acct", "account", "bank", "wallet", "id", "address"),
    *("parcel", "package", "pkg", "deliver", "shipment", "courier", "customs", "point", "miles"),
)
_GLUED_WORDS: Final = _NAME_WORDS | _PRIZE_NAME_WORDS | _ALARM_NAME_WORDS | _SITE_WORDS
_GLUED_WORDS_ALL: Final = _GLUED_WORDS | _GLUED_MONEY | _GLUED_CREDENTIALS | _GLUED_SAFETY


_DOUBLED: Final = re.compile(r"(.)\1")


@lru_cache(maxsize=16384)
def _respelled(piece: str) -> str | None:
    """A word of the lists a name respells (``rewardz``, ``bonuz``, ``refundd``), or None."""
    if len(piece) < 4:
        return None
    guesses = []
    if "z" in piece:
        guesses.append(piece.replace("z", "s"))
        if piece.endswith("z"):
            guesses.append(piece[:-1])
    undoubled = _DOUBLED.sub(r"\1", piece)
    if undoubled != piece:
        guesses.append(undoubled)
    return next((guess for guess in guesses if guess in _GLUED_WORDS_ALL), None)


@lru_cache(maxsize=16384)
def _glued_cut(token: str) -> tuple[str, ...] | None:
    """A token cut wholly into lure, filler and site words, respellings written out, or None."""
    if token.isdigit():
        return (token,)
    word = token if token in _GLUED_WORDS_ALL else _respelled(token)
    if word is not None:
        return (word,)
    for cut in range(len(token) - 1, 0, -1):
        head = token[:cut]
        word = head if head in _GLUED_WORDS_ALL or head.isdigit() else _respelled(head)
        if word is not None:
            rest = _glued_cut(token[cut:])
            if rest is not None:
                return (word, *rest)
    return None


def glued_lure_name(name: str) -> bool:
    """Whether a name on a cheap ending or a free platform is a lure's words run together.

    ``refundpros``, ``topupbonus``, ``freegiftzone``, ``cardunlockhelp``, ``claimpointz``: two
    words or more, every one a lure's, a filler's or a site's generic word (hub, zone, desk,
    now, get), lightly respelled or not (``rewardz``, ``bonuz``, ``getrefundd``), and one of
    them money to claim (refund, bonus, reward, cashback, voucher) or a card, an account or a
    wallet beside a word of its safety (safe, unlock, alert, verify). A shop's name has a word
    of its own (``bonusbakes``, ``rewardcharts``, ``walletcraftleather``).
    """
    if not any(stem in name for stem in _GLUED_STEMS):
        return False  # no money, card, account, parcel or points word, respelled or not
    pieces: list[str] = []
    for token in _tokens(name):
        cut = (token,) if token in _COUNTRY_CODES else _glued_cut(token)
        if cut is None:
            return False
        pieces.extend(piece for piece in cut if not piece.isdigit())
    if len(pieces) < 2:
        return False
    words = set(pieces)
    if words & _GLUED_MONEY:
        return True
    if words & _GLUED_CREDENTIALS and words & _GLUED_SAFETY:
        return True
    if words & _GLUED_POINTS and words & _GLUED_ALARMS:
        return True
    return bool(words & _GLUED_ERRANDS and words & _GLUED_PADDING)


# The English words of a toll's, a parcel's, a bill's or an account's notice that throwaway
# names write clipped (``redelivr``, ``pendng``, ``updt``, ``resched``, ``tollclr``); the other
# languages' words of the lists are not clipped (their clippings are words of their own).
_CLIPPED_SOURCES: Final = frozenset(
    {"redeliver", "redelivery", "delivery", "deliver", "reschedule", "schedule", "parcel"}
    | {"package", "pending", "shipment", "shipping", "tracking", "track", "customs", "clear"}
    | {"clearance", "refund", "rebate", "overdue", "unpaid", "penalty", "payment", "billing"}
    | {"invoice", "balance", "settle", "charge", "summons", "update", "verify", "verification"}
    | {"validate", "confirm", "account", "review", "secure", "security", "unlock", "suspended"}
    | {"restore", "recover", "recovery", "login", "signin", "locked", "blocked", "expired"}
    | {"required", "notice", "information"}
)


def _clippings(word: str) -> set[str]:
    """The ways a name clips ``word``: vowels after the first letter dropped, or its end cut.

    ``redeliver`` → ``redelivr``, ``rdlvr``…; ``pending`` → ``pendng``; ``review`` → ``revw``;
    ``reschedule`` → ``resched``. A clipping keeps three fifths of the word at least, three
    letters or more (``clr`` of ``clear``); an end is cut only from a word of eight letters or
    more, six letters or more kept (``subscr``, not ``resto`` of ``restore``).
    """
    least = max(3, -(-3 * len(word) // 5))
    found: set[str] = set()
    vowels = [i for i, ch in enumerate(word) if i and ch in "aeiou"]
    for mask in range(1, 1 << len(vowels)):
        drop = {vowels[b] for b in range(len(vowels)) if mask >> b & 1}
        clip = "".join(ch for i, ch in enumerate(word) if i not in drop)
        if len(clip) >= least:
            found.add(clip)
    if len(word) >= 8:
        found.update(word[:cut] for cut in range(max(6, least), len(word)))
    return found


def _clipped_index() -> dict[str, str]:
    known = _ALARM_NAME_WORDS | _PRIZE_WORDS | _CLIPPED_SOURCES | set(_KEYWORD_BRAND)
    index: dict[str, str] = {}
    for word in sorted(_CLIPPED_SOURCES, key=lambda w: (len(w), w)):
        for clip in _clippings(word):
            if clip not in known:
                index.setdefault(clip, word)
    return index


_CLIPPED: Final[dict[str, str]] = _clipped_index()
_CLIP_PIECES: Final = frozenset(_CLIPPED) | _ALARM_NAME_WORDS | _CLIPPED_SOURCES | _COUNTRY_CODES
# What makes a name worth writing out: a clipping, or a word of a notice the lists lack (clear).
_WRITTEN_OUT: Final = frozenset(_CLIPPED) | (_CLIPPED_SOURCES - _ALARM_NAME_WORDS)


def unclipped(name: str) -> str:
    """The name with its clipped words written out (``pkgresched`` → ``pkg-reschedule``).

    A token cut wholly into the words of the lists, of :data:`_CLIPPED_SOURCES` and clippings
    of them (:func:`_clippings`), with one clipping or one word the lists lack (``clear``), is
    written as its words set apart by hyphens, the clippings written out (``tollclr`` →
    ``toll-clear``, ``feeclear`` → ``fee-clear``); other tokens are kept. ``""`` when no token
    is so written: the name is then judged as it is.
    """
    tokens: list[str] = []
    clipped = False
    for token in _tokens(name):
        cut = _cut_into(token, _CLIP_PIECES) if len(token) <= 30 else None
        if cut is None or not any(piece in _WRITTEN_OUT for piece in cut):
            tokens.append(token)
            continue
        clipped = True
        tokens.extend(_CLIPPED.get(piece, piece) for piece in cut)
    return "-".join(tokens) if clipped else ""


# How a name says it is a government's (gov-uk-rebate, mygov-au, gouv-fr-amende, gob-mx).
_GOVERNMENT_WORDS: Final = frozenset({"gov", "govt", "gouv", "gob", "govuk", "mygov"})
# The first word of a government's ending (gov.sg, gov.my, gob.mx, gouv.fr) and the countries
# whose governments publish under such an ending (not ``id``: "gov-id" is a government ID card).
_GOVERNMENT_ENDING_WORDS: Final = frozenset({"gov", "govt", "gouv", "gob"})
_GOVERNMENT_COUNTRIES: Final = frozenset(
    {"sg", "my", "uk", "au", "in", "ph", "hk", "za", "br", "mx", "fr", "nz", "th", "vn", "tw"}
)
# What beside it makes the name a lure: a fee, lure or login word, or a filler that is neither a
# firm's word nor a place (gov-uk-rebate-portal, not mygov-us).
_GOVERNMENT_LURES: Final = (
    FEE_WORDS
    | LURE_WORDS
    | LOGIN_WORDS
    | (FILLERS - _FIRM_WORDS - _COUNTRY_CODES - {"sg", "sgp", "my", "m", "www"})
)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{8,200}={0,2}")


def email_fragment(url: str) -> bool:
    """Whether the part of a link after ``#`` is an e-mail address, plain or in base64.

    ``…/index.html#am9obkBleGFtcGxlLmNvbQ==`` (``john@example.com``): a phishing kit reads
    the address from there to fill in its fake sign-in form, and the mass mailing writes each
    recipient's address into the link. A site's own fragments name a section or a route
    (``#section-2``, ``#/home``).
    """
    fragment = unquote(url.partition("#")[2]).strip()
    return _EMAIL.fullmatch(fragment) is not None or _encoded_email(fragment)


def _encoded_email(value: str) -> bool:
    """Whether ``value`` is an e-mail address in base64 (standard or URL-safe, padded or not)."""
    value = value.strip()
    if not _BASE64.fullmatch(value):
        return False
    padded = value.rstrip("=") + "=" * (-len(value.rstrip("=")) % 4)
    try:
        text = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return False
    return _EMAIL.fullmatch(text.decode("utf-8", "replace").strip()) is not None


def email_in_query(link: Link) -> bool:
    """Whether the query hands a kit's page the reader's e-mail address to fill in.

    In base64 (``?e=am9obkBleGFtcGxlLmNvbQ==``) anywhere: a mailing list's own links carry a
    subscriber's number, not his address encoded. Written out (``?email=info@example.com``)
    only to the index page of a folder or of the site (``/new/ok/index.php?email=…``), where a
    kit sits; a newsletter's own pages to unsubscribe or manage preferences have names.
    """
    if not link.query:
        return False
    last = link.path.rstrip("/").rsplit("/", 1)[-1].lower()
    index = link.path in ("", "/") or last.startswith("index.") or link.path.endswith("/")
    for _name, value in parse_qsl(link.query, keep_blank_values=True):
        if _encoded_email(value):
            return True
        if index and _EMAIL.fullmatch(value.strip()):
            return True
    return False


# Singapore's ministries and agencies by their initials (mof-gov, moe-gov-sg, ura-gov): beside a
# government word no firm's name carries them.
_AGENCY_INITIALS: Final = frozenset(
    {"mof", "moe", "moh", "mom", "mha", "mfa", "mnd", "msf", "mti", "mot", "mse", "mccy", "mddi"}
    | {"mindef", "cpf", "cpfb", "iras", "hdb", "ica", "lta", "spf", "mas", "ura", "nea", "pub"}
    | {"sla", "acra", "hpb", "cdc", "gst", "ntuc", "wsg", "ssg"}
)
# A government's word and a country run together (govsingapore, sggov, hkgov): not "in" or "my"
# (govin is a given name; mygov is India's own site, on an ending of its own).
_GOVERNMENT_PLACES: Final = (_GOVERNMENT_COUNTRIES - {"in", "my"}) | {"singapore", "sgp"}
_GLUED_GOVERNMENTS: Final = frozenset(
    {g + c for g in _GOVERNMENT_ENDING_WORDS for c in _GOVERNMENT_PLACES}
    | {c + g for g in _GOVERNMENT_ENDING_WORDS for c in _GOVERNMENT_PLACES}
)


def _agency_word(token: str) -> bool:
    """An agency's initials, alone or run together with fillers and lure words (cpfrefund)."""
    if token in _AGENCY_INITIALS:
        return True
    return any(
        token.startswith(initials) and _login_glued(token[len(initials) :])
        for initials in _AGENCY_INITIALS
        if len(token) > len(initials) + 2
    )


def government_name(label: str, suffix: str) -> bool:
    """Whether a registered name passes for a government's, off a government's ending.

    ``gov-uk-energy-rebate.com``, ``ato-gov-au-refund.com``, ``gouv-fr-amende.info``: a
    government word set apart by hyphens beside a fee, lure or login word or a filler.
    Governments publish under their own endings (``gov.uk``, ``gouv.fr``); a name run
    together (``govtech``, ``governor``), a firm's (``gov-relations-consulting``) or one with
    only a country's code beside the word (``mygov-us``) does not count.
    """
    if not suffix or _vetted(suffix):
        return False
    tokens = _tokens(label)
    if any(t in _GLUED_GOVERNMENTS and t not in _KEYWORD_BRAND for t in tokens):
        return True  # govsingapore.co, sggov-support.com (govsg, govuk: the brand catalogue's)
    if "-" not in label or not any(t in _GOVERNMENT_WORDS for t in tokens):
        return False
    if any(_agency_word(t) for t in tokens):
        return True  # mof-gov.com, gov-iras-sg.net, gstvoucher-gov.com
    # A government's own ending spelt out with a hyphen (``myinfo-gov-sg.com``,
    # ``silver-support.gov-sg.link``): ``gov.sg`` written into a name that is not under it.
    if any(
        first in _GOVERNMENT_ENDING_WORDS and second in _GOVERNMENT_COUNTRIES
        for first, second in pairwise(tokens)
    ):
        return True
    return any(t in _GOVERNMENT_LURES for t in tokens if t not in _GOVERNMENT_WORDS)


def digit_words(label: str, suffix: str) -> bool:
    """Whether a registered name writes phishing words with digits for letters.

    ``p0st-0ffice-d3livery-f33.com``, ``l0gin-acc0unt-ver1fy.net``: read with the digits as
    the letters they stand for, the name is a fee or delivery lure, a login lure or a name
    made only of phishing words; a number beside words (``247-support``, ``b2b-login``) is
    not a letter.
    """
    if not suffix or _vetted(suffix):
        return False
    tokens = _tokens(label)
    folded = [_unfold_homoglyphs(t) if _mixed_letters(t) else t for t in tokens]
    if folded == tokens:
        return False
    name = "-".join(folded)
    return fee_lure(name) or lure_name(name) or generic_name(name)


def _mixed_letters(token: str) -> bool:
    """A word with digits among its letters (``d3livery``, ``0ffice``), not a number."""
    letters = sum(ch.isalpha() for ch in token)
    return letters >= 2 and any(ch.isdigit() for ch in token) and len(token) >= 3


# The paths of a crypto drainer's page (``/connect-wallet``, ``/claim``), and the reward
# words of the names such pages take (``pepe-airdrop-claim``, ``eth-merge-bonus``).
_WALLET_PATHS: Final = frozenset(
    {"connect-wallet", "connectwallet", "wallet-connect", "claim-airdrop", "claimairdrop"}
)
_CLAIM_PATHS: Final = frozenset({"claim", "claims", "airdrop", "eligibility", "mint", "rewards"})
# What a drainer's page asks of a wallet (``/connect``, ``/restore``) and the names it takes
# (``wallet-sync-app``, ``defi-dapp-fix``).
_WALLET_ERRANDS: Final = frozenset(
    {"connect", "sync", "restore", "rectify", "validate", "validation", "migrate", "recover"}
)
_WALLET_WORDS: Final = frozenset({"wallet", "wallets", "dapp", "dapps", "defi", "web3"})
_REWARD_WORDS: Final = frozenset(
    {"airdrop", "airdrops", "claim", "bonus", "reward", "rewards", "giveaway", "drop"}
)


def wallet_page(link: Link, label: str) -> bool:
    """Whether the link is a crypto drainer's page: connect a wallet, or claim a reward.

    A path to connect a wallet (``/connect-wallet``) or to claim an airdrop on any site that
    is not the project's own, or a claim, eligibility or mint page (``/claim``) on a name
    with a reward word (``blur-season3-airdrop.com/claim``, ``eth-merge-bonus``):
    an insurer's ``/claim`` page has no such word in its name. Or a page to connect, sync or
    restore (``/connect``, ``/restore``) on a name with a wallet word (``wallet-sync-app``,
    ``defi-dapp-fix``): on a free platform the name its publisher chose is read so.
    """
    segments = [seg for seg in link.path.lower().split("/") if seg]
    if any(seg in _WALLET_PATHS for seg in segments):
        return True
    if not segments:
        return False
    words = set(_tokens(label))
    if segments[0] in _WALLET_ERRANDS and words & _WALLET_WORDS:
        return True  # wallet-sync-app.vercel.app/connect, defi-wallet.pages.dev/restore
    if segments[0] not in _CLAIM_PATHS:
        return False
    return bool(words & _REWARD_WORDS)


class Shape(StrEnum):
    """The shapes of a phishing address URL019 tells apart: the one list of them.

    Each value is the plain phrase URL019's reason shows ("The link to {domain} has the shape
    of a phishing page: {shape}."): the finding's ``shape`` parameter, which the bot's
    catalogues translate (``scripts/i18n.py`` collects these phrases as message ids, the bot
    translates the parameter as it does a brand's name). A new shape is a new member here,
    translated in every catalogue.
    """

    RANDOM = "its name is a jumble of random letters and numbers, on a cheap address ending"
    JUMBLE = "its name is letters and numbers thrown together, with no word in it"
    FEE = (
        "its name reads like a notice about a toll, a fine, a refund, a parcel or a bill, "
        "on a cheap address ending"
    )
    LURE = 'its name has a word like "login" or "verify" in it, on a cheap address ending'
    PLATFORM_FEE = (
        "it is a page on a free website platform, named like a notice about a toll, a fine, "
        "a refund, a parcel or a bill"
    )
    PLATFORM_LURE = (
        'it is a page on a free website platform, named with a word like "login" or "verify"'
    )
    PLATFORM_RANDOM = (
        "it is a page on a free website platform, with a name that is a jumble of random "
        "letters and numbers"
    )
    SHORT_FEE = (
        "it is a short link whose name mentions a toll, a fine, a refund, a parcel or a bill"
    )
    SHORT_LURE = 'it is a short link whose name has a word like "login" or "verify"'
    DISGUISE = (
        "another site's address is written in front of the real one, so that it looks like "
        "that site"
    )
    IPFS = (
        "it is a web page kept on IPFS, a file network where no one answers for a page and no "
        "one can take it down"
    )
    BUCKET = (
        "it is a web page kept in an online file store (a storage bucket), not on a real website"
    )
    KIT = (
        "it is a page hidden among a website's code or picture folders, where scammers put "
        "phishing pages on hacked sites"
    )
    ADDRESS_IN_PATH = (
        "another site's address is used as a folder name inside this site, where scammers "
        "put phishing pages on hacked sites"
    )
    GENERIC = (
        'its name is made only of words like "account", "bank", "verify" or "unpaid toll", '
        "with no name of its own"
    )
    EMAIL_FRAGMENT = (
        "the end of the link hides an e-mail address, so that a fake sign-in page can show it "
        "already filled in"
    )
    GOVERNMENT = (
        "its name says \"gov\" like a government's, but it is not on a government's own "
        "address ending"
    )
    DIGITS = 'its name writes words like "login" or "delivery" with digits for letters'
    WALLET = "it is a page to claim a crypto reward or connect a crypto wallet"
    SHORTENER = (
        "its name imitates a well-known link shortener (like bit.ly or t.co), but it is not "
        "that service"
    )


def fee_slug(path: str) -> Shape | None:
    """Whether a short link's slug names a fee or a login lure (``bit.ly/usps-redeliver-pkg``).

    The slug is chosen by the sender like a domain name. A toll, fee or refund word of
    ``fee_words`` (:attr:`Shape.SHORT_FEE`) or a login word of ``lure_words``
    (:attr:`Shape.SHORT_LURE`) counts; errand words do not (``bit.ly/parcel-tracking`` may be
    a courier's own). ``None`` when the slug names neither.
    """
    path = camel_words(path)
    if any(piece in FEE_WORDS for token in _tokens(path) for piece in _pieces(token)):
        return Shape.SHORT_FEE
    return Shape.SHORT_LURE if lure_name(path) else None


# What a brand's help desk, alert or payout is called in a short link's or a link-in-bio
# page's name (dbs_customerservice, ocbc-sg-alert, shopee-claim, grab-bonus, uob-reward): not a
# shop's campaign words (grab-sg-promo, shopee-sale, lazada-deals), which a brand's marketing
# and the people who pass it on put in their short links.
_DESK_SLUG_WORDS: Final = frozenset(
    {"alert", "alerts", "support", "helpdesk", "help", "customer", "customerservice", "care"}
    | {"cs", "service", "services", "claim", "claims", "bonus", "reward", "rewards", "official"}
    | {"notice", "notification", "hotline", "agent", "desk", "team", "admin"}
)
_SLUG_NEUTRAL: Final = _NEUTRAL_FILLERS | _COUNTRY_CODES | {"www", "id", "my"}


def desk_slug(slug: str) -> bool:
    """Whether a short link's slug is a brand's name with only its desk's or alert's words.

    ``dbs_customerservice``, ``ocbc-sg-alert``, ``maybank.my.support``, ``shopee-claim``,
    ``uob-reward-2026``: besides the brand, every word is a filler, a login, lure or fee word,
    a country's code or a number, and one is a help desk's, an alert's or a claim's
    (:data:`_DESK_SLUG_WORDS`). A slug with a word of its own (``hdb-reno-checklist``,
    ``nus-orientation-26``) or only a campaign's words (``grab-sg-promo``) is not.
    """
    tokens = [t for t in _tokens(slug) if not t.isdigit()]
    desk = False
    for token in tokens:
        rest = _brand_rest(token)
        word = token if rest is None else rest
        if not word:
            continue
        if _desk_glued(word):
            desk = True
        elif not (word in _SLUG_NEUTRAL or word in FEE_WORDS or _login_glued(word)):
            return False
    return desk


# The cheap endings phishing crews buy by the thousand for one campaign, and that shops and
# firms rarely choose (not .shop, .store, .online, .app or .dev, where many real shops and
# projects live): a page named only by a brand there is the kit's page for that brand.
_THROWAWAY_TLDS: Final = frozenset(
    {"top", "xyz", "icu", "cfd", "sbs", "lol", "click", "bond", "vip", "cc", "buzz", "cyou"}
    | {"rest", "monster", "quest", "tk", "ml", "ga", "cf", "gq", "pw", "uno", "wang", "xin"}
)


def brand_page(link: Link, tld: str) -> Brand | None:
    """The brand a page on a throwaway ending is named after and nothing else, or ``None``.

    ``x7m.icu/ocbc``, ``sgnotice.xyz/singpost``, ``hz2.sbs/paylah/``: the path is one folder
    or page, its name a brand's keyword alone or with a country's or an app's word
    (``/dbs-sg``, ``/ocbcapp``), on an ending
    of :data:`_THROWAWAY_TLDS`: the address a kit gives each brand it copies, chosen to pass
    for the brand's own page as a name on a free host is. A site's page about a brand has
    words of its own (``/reviews/dbs-card``, ``/dbs-card-promo``) or sits on an ending real
    shops use (``.shop``, ``.store``).
    """
    if tld not in _THROWAWAY_TLDS or link.query:
        return None
    segments = [seg for seg in link.path.split("/") if seg]
    if len(segments) != 1:
        return None
    brand: Brand | None = None
    for token in _tokens(_WEB_PAGE.sub("", segments[0].lower())):
        rest = _brand_rest(token)
        named = _keyword_in_token(token) if rest is not None else None
        if named is not None and (brand is None or named is brand):
            brand = named
            if rest and rest not in _SLUG_NEUTRAL:
                return None
        elif token not in _SLUG_NEUTRAL:
            return None
    return brand


def _brand_rest(token: str) -> str | None:
    """The token without the brand's keyword it starts or ends with (``shopeesg`` → sg)."""
    if token in _KEYWORD_BRAND:
        return ""
    for cut in range(2, len(token) - 1):
        if token[:cut] in _KEYWORD_BRAND:
            return token[cut:]
        if token[cut:] in _KEYWORD_BRAND:
            return token[:cut]
    return None


@lru_cache(maxsize=4096)
def _desk_glued(text: str) -> bool:
    """Whether the text is desk words run together, with fillers (``customerservice``)."""
    if text in _DESK_SLUG_WORDS:
        return True
    for cut in range(2, len(text) - 1):
        head, tail = text[:cut], text[cut:]
        if head in _DESK_SLUG_WORDS and (_desk_glued(tail) or _fillers_only(tail)):
            return True
        if head in FILLERS and _desk_glued(tail):
            return True
    return False


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def camel_words(slug: str) -> str:
    """A slug written in capitalised words, cut into them (``TollPayNow`` → ``Toll-Pay-Now``).

    A short link's sender chooses its slug as a name and often writes its words so; a random
    slug (``aGX39``) is cut into pieces no word list knows.
    """
    return _CAMEL.sub("-", slug)


# The link shorteners citizens know by sight, each written as one word (``bit.ly`` → bitly,
# ``lnkd.in`` → lnkdin): a name that spells one of them on another ending (``bit-ly.site``,
# ``t-co.link``, ``lnkd-in.com``, ``bitly-link.online``) passes for the shortener the eye
# trusts. Not those that are also words (trib.al, bl.ink, shorte.st, qrco.de) nor a brand's own
# (youtu.be, amzn.to).
_SHORTENER_NAMES: Final = frozenset(
    {
        "bitly",
        "tinyurl",
        "tco",
        "lnkdin",
        "isgd",
        "cuttly",
        "rbgy",
        "owly",
        "buffly",
        "rebrandly",
        "tinycc",
        "bitdo",
        "tly",
    }
)
_SHORTENER_ADDRESSES: Final = frozenset(
    {"bit.ly", "t.co", "lnkd.in", "is.gd", "cutt.ly", "rb.gy", "ow.ly", "buff.ly", "tinyurl.com"}
)
# The words such a name adds after the shortener's (``bitly-link``, ``tinyurl-go``).
_SHORTENER_TAILS: Final = FILLERS | {"link", "links", "url", "urls", "go", "s", "r", "to"}


def shortener_lookalike(link: Link) -> bool:
    """Whether the registered name spells a well-known shortener's address on another ending.

    ``t-co.link``, ``is-gd.top`` (its parts set apart by a hyphen where the dot was),
    ``bit-ly.site``, or a name of five letters or more run together
    (``bitly.site``, ``lnkdin.com``), or such a name followed by filler words only
    (``bitly-link.online``, ``tinyurl-go.xyz``), or the shortener's whole address written in
    front with a hyphen (``bit.ly-view.top``). The shorteners' own addresses are not.
    """
    if shortened(link.host, link.domain):
        return False
    host = link.host.lower().removeprefix("www.")
    if any(host.startswith(short + "-") for short in _SHORTENER_ADDRESSES):
        return True  # bit.ly-view.top, lnkd.in-profile-view.com: the eye stops at the shortener
    label = link.domain.split(".", 1)[0]
    tokens = _tokens(label)
    if not tokens:
        return False
    joined = "".join(tokens)
    if joined in _SHORTENER_NAMES:
        return len(joined) >= 5 or len(tokens) > 1
    for cut in range(1, len(tokens)):
        head = "".join(tokens[:cut])
        if (
            head in _SHORTENER_NAMES
            and (len(head) >= 5 or cut > 1)
            and all(t in _SHORTENER_TAILS for t in tokens[cut:])
        ):
            return True
    return False


# The generic endings a scammer writes in front of the real address (``ezdrivema.com-bill.live``,
# ``www.paypal.com.account-review.sbs``) so that the start of the link reads like a known site.
_ENDING_WORDS: Final = frozenset({"com", "net", "org", "gov", "edu", "co"})


def disguised_address(link: Link) -> bool:
    """Whether another site's address is written in front of the real one.

    The registered name starts with an ending and a hyphen under a subdomain
    (``thetollroads.com-ftg.top``: the eye reads ``thetollroads.com``), or the subdomain ends
    like a whole address (``secure.chase.com.auth-session.icu``, ``amazon.co.jp.signin.shop``).
    """
    labels = [label for label in link.subdomain.split(".") if label and label != "www"]
    if not labels:
        return False
    name = link.domain.split(".", 1)[0]
    if "-" in name and name.split("-", 1)[0] in _ENDING_WORDS:
        return True
    return labels[-1] in _ENDING_WORDS or (
        len(labels) >= 2 and labels[-2] in _ENDING_WORDS and len(labels[-1]) == 2
    )


def disguised_user(userinfo: str) -> bool:
    """Whether the part of a link before ``@`` passes for another site (``www.dbs.com.sg@…``).

    An address, a brand's name or a login word there is written to be read as the site; a
    plain user name is how a git or FTP address names its account
    (``https://weiming@bitbucket.org/team/app.git``), which disguises nothing.
    """
    user = unquote(userinfo.split(":", 1)[0])
    if "." in user or "%" in user or not user:
        return True
    tokens = set(_tokens(user))
    return brand_in_name(user) is not None or bool(tokens & (LOGIN_WORDS | LURE_WORDS | FILLERS))


def _ending_glued(link: Link) -> bool:
    """A subdomain that reads as an address glued to more words (``paypal.com-update.x.net``).

    A label after the first that starts with an ending and a hyphen: the eye stops at
    ``paypal.com``. No site names its own subdomains so.
    """
    labels = link.subdomain.split(".")
    return any("-" in label and label.split("-", 1)[0] in _ENDING_WORDS for label in labels[1:])


_VOWELS = frozenset("aeiouy")
_RARE_LETTERS = frozenset("jqxzwvk")


def random_name(label: str) -> bool:
    """Whether a domain name is a run of random letters and digits (``qzxvtw``, ``a9zx2p``).

    Words of the languages we meet written in Latin letters (English, Malay, pinyin, names)
    have about two letters in five vowels; a throwaway name bought by the thousand has none,
    or digits scattered among its letters and at most one vowel. A ``y`` is a vowel except at
    the start. Each part between hyphens is judged alone, and every part of four characters
    or more must look random. Four characters are random only with two rare letters (j q x z
    w v k): an organisation's initials (``smrt``, ``scdf``) are made of common ones. Names
    under four characters and names of digits only never count.
    """
    parts = [part for part in label.split("-") if len(part) >= 4]
    return bool(parts) and all(_random_part(part) for part in parts)


def random_platform_name(chosen: str) -> bool:
    """Whether the name a publisher chose on a free platform is a throwaway jumble.

    ``hxk7q2zp9w.weebly.com``, ``kzx82mvq.netlify.app``: eight characters or more, digits
    among them, and random as :func:`random_name` reads a name. A member's handle is shorter
    or has vowels (``pxl8r.github.io``, ``jlee2024``), and a platform's generated names mix
    words with their random part (``dazzling-curie-4f2a1b.netlify.app``).
    """
    label = chosen.rsplit(".", 1)[-1]
    return len(label) >= 8 and any(ch.isdigit() for ch in label) and random_name(label)


def jumbled_name(label: str) -> bool:
    """Whether a name bought on a cheap ending is a jumble a little short of :func:`random_name`.

    ``mrtykq``, ``rrtvyx``, ``qnyz``: no vowel but a ``y`` and two different rare letters
    (j q x z w v k) among them; ``lsdkfjwe``, ``jkhpo``, ``vnqe``: one vowel beside a run of
    three consonants or more holding two different rare letters (``shopbkk`` is Bangkok's).
    Words have such runs only with one rare letter (``twelfth``, ``schwa``, ``lynx``) or none
    (``rhythm``, ``crypto``). One part, no hyphen.
    """
    if not label.isascii() or not label.isalnum() or len(label) < 4:
        return False
    letters = "".join(ch for ch in label if ch.isalpha())
    vowels = sum(ch in "aeiou" for ch in letters)
    if len(letters) < 4 or vowels > 1:
        return False
    if vowels == 0:
        return len(set(letters) & _RARE_LETTERS) >= 2
    runs = re.findall(r"[^aeiou0-9]{3,}", label)
    return any(len(set(run) & _RARE_LETTERS) >= 2 for run in runs)


_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{4,}")


def consonant_jumble(label: str) -> bool:
    """Whether a short name is one vowel at most beside four consonants holding a rare letter.

    ``lapkrt``, ``qbtrm``, ``xvnt8``: eight characters or fewer, no hyphen, at most one vowel
    (a ``y`` counts as one), and a run of four different consonants or more with one of j q x
    z w v k in it. Words with four consonants in a row have them without a rare letter
    (``strength``, ``schmidt``) or more vowels (``matchbox``, ``nightshop``); a word and a
    city's code repeat one (``shopbkk``).
    """
    if not label.isascii() or not label.isalnum() or len(label) > 8:
        return False
    if sum(ch in _VOWELS for ch in label) > 1:
        return False
    runs = _CONSONANT_RUN.findall(label)
    return any(len(set(run)) >= 4 and set(run) & _RARE_LETTERS for run in runs)


def _short_redirector(label: str, path: str) -> bool:
    """Whether a three-character jumble leads to a one-letter folder (``jdx.services/r/``).

    Three characters with no vowel and two different rare letters (``jdx``, ``xq4``, ``nwx``)
    and a path of one folder of one or two characters alone (``/r/``, ``/a``): a throwaway
    redirector on a cheap ending. An organisation's initials are mostly common letters, and
    its pages have names or numbers after the folder (``jwk.shop/p/12``).
    """
    if len(label) != 3 or not label.isascii() or not label.isalnum() or set(label) & _VOWELS:
        return False
    if len(set(label) & _RARE_LETTERS) < 2:
        return False
    folders = path.strip("/").split("/")
    return len(folders) == 1 and 1 <= len(folders[0]) <= 2


# The short paths a smishing kit gives its landing page (``/i/2a8f``, ``/pay``, ``/verify``,
# ``/u/77``): a one-letter route or a lure's one word, and at most a code after it.
_KIT_ROUTES: Final = frozenset({"i", "u", "s", "v", "m", "q", "p", "pay", "verify", "login"})


def short_kit_name(label: str, tld: str, path: str) -> bool:
    """Whether a name of three or four characters on a throwaway ending opens a kit's route.

    ``s9d.xyz/pay``, ``mnb7.top/i/2a8f``, ``qlm.icu/verify``: three or four letters and
    digits, a digit among them or no vowel, on an ending of :data:`_THROWAWAY_TLDS`, and a
    path of a kit's route (:data:`_KIT_ROUTES`) with at most one code after it (letters and
    digits, a digit among them: ``/s/promo-2026`` is a page's name). Initials alone
    are many firms' names (``smrt``), and their pages have names (``abc.xyz/investor``,
    ``sgx1.top/events``); bought by the thousand for one campaign, such a name leads only
    to the lure's route.
    """
    if tld not in _THROWAWAY_TLDS or not 3 <= len(label) <= 4:
        return False
    if not (label.isascii() and label.isalnum()) or label.isdigit():
        return False
    if not any(ch.isdigit() for ch in label) and set(label) & _VOWELS:
        return False
    folders = [seg for seg in path.lower().split("/") if seg]
    if not 1 <= len(folders) <= 2 or folders[0] not in _KIT_ROUTES:
        return False
    code = folders[1] if len(folders) == 2 else "0"
    return code.isalnum() and len(code) <= 10 and any(ch.isdigit() for ch in code)


def digit_jumble(label: str) -> bool:
    """Whether a name on any ending is letters and digits thrown together (``a8x2kq``).

    Six characters or more, digits among them, one part, and random as :func:`random_name`
    reads a name: what a phishing crew registers by the hundred on ``.com`` or ``.net`` as
    on cheap endings. A firm's name with a number in it has its words (``w3schools``,
    ``7eleven``); an organisation's initials are shorter.
    """
    return _digits_jumble(label, 6)


# Platforms where a publisher types the name of the site (``my-shop.pages.dev``), not one the
# platform makes up for each project (``u7k2n9.csb.app``) or a member's handle
# (``pxl8r.github.io``).
_NAMED_PLATFORMS: Final = frozenset(
    {
        "pages.dev",
        "workers.dev",
        "vercel.app",
        "netlify.app",
        "web.app",
        "firebaseapp.com",
        "weebly.com",
        "weeblysite.com",
        "wixsite.com",
    }
)


def short_platform_jumble(host: str) -> bool:
    """Whether a name typed on a free platform is a short jumble (``qx7p2.pages.dev``).

    Four characters or more with a digit, random as :func:`random_name` reads a name, five or
    more jumbled as :func:`jumbled_name` reads one (``qzxkp.weebly.com``), or a Cloudflare
    Workers account name so made or of five letters with no vowel (``x.jdkqz.workers.dev``):
    no project, shop or person is called so.
    """
    labels = host.lower().split(".")
    platform = ".".join(labels[-2:])
    if platform not in _NAMED_PLATFORMS or len(labels) < 3:
        return False
    names = labels[:-2]
    if platform == "workers.dev" and len(names) >= 2:
        account = names[-1]
        if len(account) >= 5 and account.isalpha() and not set(account) & _VOWELS:
            return True
        if _digits_jumble(account, 4):
            return True
        names = names[:-1]
    name = names[-1]
    return _digits_jumble(name, 4) or (len(name) >= 5 and jumbled_name(name))


def _digits_jumble(name: str, least: int) -> bool:
    """Whether a name is a jumble with digits inside it, not only at an end.

    Random as :func:`random_name` reads it, with digits inside it (``jwk2024`` is a handle and
    a year) and two rare letters or digits scattered all through (``b2bkrm`` is initials).
    """
    if len(name) < least or "-" in name or not random_name(name):
        return False
    switches = sum(a.isdigit() != b.isdigit() for a, b in pairwise(name))
    rare = len(set(name) & _RARE_LETTERS)
    return switches >= 3 or (switches >= 2 and rare >= 2)


def _random_part(name: str) -> bool:
    if not name.isascii() or not name.isalnum() or name.isdigit():
        return False
    letters = [ch for ch in name if ch.isalpha()]
    vowels = sum(ch in _VOWELS and not (i == 0 and ch == "y") for i, ch in enumerate(name))
    switches = sum(a.isdigit() != b.isdigit() for a, b in pairwise(name))
    if len(name) == 4 and sum(ch in _RARE_LETTERS for ch in letters) < 2:
        return False
    if vowels == 0 and len(letters) >= 3:
        return True  # qzxvtw, xjwn, vvnx7
    # Digits scattered among the letters (a9zx2p, u8k2mz), not a word with a number in it
    # (img2svg, face2face).
    if vowels <= 1 and switches >= 3:
        return True
    # A long run with digits scattered all through it and few vowels (qz8w7e6r5t4y).
    return len(name) >= 10 and switches >= 6 and vowels * 3 <= len(letters)


def _kit_in_well_known(path: str, segments: Sequence[str]) -> bool:
    """Whether what is inside ``/.well-known/`` is a kit's, not the standard files kept there.

    Sites keep files there for other machines: ``security.txt``, ``assetlinks.json``,
    ``apple-app-site-association``, a certificate's ``acme-challenge/<token>`` or
    ``pki-validation/<file>.txt``. A kit nests folders or pages there
    (``/.well-known/pki-validation/paypal/signin/``, ``/.well-known/gpay/verify/``,
    ``/.well-known/acme-challenge/dhl/pay.html``, ``/.well-known/vp4/``): a folder or a web
    page to visit, or three levels or more. The standard ones are files for machines.
    """
    rest = segments[segments.index(".well-known") + 1 :]
    ends_as_page = path.endswith("/") or _WEB_PAGE.search(rest[-1]) is not None
    return len(rest) >= 3 or ends_as_page


# The pages WordPress's own dashboard is made of, directly in ``/wp-admin/``: a site's editor
# shares them (``/wp-admin/post.php?post=142&action=edit``); a kit nests folders there.
_WORDPRESS_ADMIN_PAGES: Final = frozenset(
    {"index.php", "post.php", "post-new.php", "edit.php", "upload.php", "media-new.php"}
    | {"edit-comments.php", "themes.php", "plugins.php", "users.php", "profile.php"}
    | {"options-general.php", "tools.php", "update-core.php", "customize.php", "admin.php"}
    | {"nav-menus.php", "widgets.php", "site-health.php", "term.php", "edit-tags.php"}
    # the endpoints its forms and calendars post to (admin-ajax.php?action=event_calendar)
    | {"admin-ajax.php", "admin-post.php", "async-upload.php", "load-scripts.php"}
    | {"load-styles.php", "user-edit.php", "user-new.php", "plugin-install.php", "media.php"}
    | {"options-permalink.php", "options-reading.php", "options-writing.php", "comment.php"}
    | {"options-discussion.php", "options-media.php", "revision.php", "site-editor.php"}
)


def _wordpress_admin_page(segments: Sequence[str]) -> bool:
    """Whether a path is one of WordPress's own dashboard pages (``/wp-admin/post.php``)."""
    return (
        len(segments) >= 2
        and segments[-2] == "wp-admin"
        and segments[-1] in _WORDPRESS_ADMIN_PAGES
        and "wp-admin" not in segments[:-2]
    )


def wordpress_admin_page(link: Link) -> bool:
    """Whether a link opens one of WordPress's own dashboard pages on a site of its own."""
    return _wordpress_admin_page([seg for seg in link.path.lower().split("/") if seg])


def kit_path(path: str) -> bool:
    """Whether a path has the shape of a phishing kit's on a hacked site, whatever its words.

    A web page among the folders a site keeps its code or pictures in
    (``/wp-includes/fonts/sg/verify.html``), a hidden ``.well-known`` folder with more in it,
    or a per-visitor folder named by a hash (``/06bfe1…61ef4/``, ``/e6ae…/login.php``), or a
    folder inside a site's top-level code or picture folders (``/js/f/``, ``/img/rank/x``) or
    Joomla's extension folders (``/components/com_wrapper/views/x``). A
    stylesheet or script written out by code (``/css/main.css.php``) is not a page, nor a
    page of a project's documentation (``/stable/modules/cross_validation.html``).
    """
    segments = [seg for seg in path.lower().split("/") if seg]
    if not segments:
        return False
    if ".well-known" in segments[:-1]:
        return _kit_in_well_known(path, segments)
    # A hidden folder with more in it (``/.secure/``, ``/.https/www.paypal.de/``): a site's
    # own pages are never kept where its owner's file listing does not show them.
    if any(_HIDDEN_FOLDER.match(seg) for seg in segments[:-1]):
        return True
    if _wordpress_admin_page(segments):
        return False
    for i, segment in enumerate(segments):
        if _HASH_FOLDER.match(segment):
            rest = segments[i + 1 :]
            if (not rest and path.endswith("/")) or (len(rest) == 1 and _WEB_PAGE.search(rest[0])):
                return True  # a folder (an avatar's or a file's hash has no slash after it)
    page = segments[-1]
    # A folder (a slash follows) inside cgi-bin, where a server keeps its scripts, never a
    # folder to visit (``/cgi-bin/x9q/``); a mailing list's pages there have no slash after.
    if path.endswith("/") and "cgi-bin" in segments[:-1] and not set(segments) & _CGI_APPS:
        return True
    # Three folders of one letter or digit in a row (``/a/b/c/index.php``, ``/x/y/z/``): a
    # kit's throwaway nesting, no site's own.
    for i in range(len(segments) - 2):
        one_letter = all(len(seg) == 1 for seg in segments[i : i + 3])
        if one_letter and (path.endswith("/") or _WEB_PAGE.search(page)):
            return True
    # A folder, or a page without an ending, deep in WordPress's own code folders
    # (``/wp-includes/js/mtb2020/onlinebankingmtb/``, ``/wp-admin/includes/access/``):
    # WordPress serves no page of its own there, a kit's index page is.
    if "." not in page and any(segment in _WORDPRESS_FOLDERS for segment in segments[:-1]):
        return True
    # A folder (a slash follows, or two more levels) inside a site's top-level code or picture
    # folders or Joomla's extension folders (``/js/f/``, ``/img/rank/``,
    # ``/components/com_wrapper/views/update/``): a kit's index page is served there.
    if "." not in page:
        for i, segment in enumerate(segments[:-1]):
            code = (i == 0 and segment in _CODE_FOLDERS) or _JOOMLA_FOLDER.match(segment)
            if code and (path.endswith("/") or len(segments) - i > 2):
                return True
    if not _WEB_PAGE.search(page) or _SCRIPTED_ASSET.search(page):
        return False
    dressed = _DRESSED_PAGE.search(page)
    if dressed and _FILE_STEM.fullmatch(page[: dressed.start()]):
        return True  # a file's short name, not a download page's title (Maps+cracked.rar.html)
    for i, segment in enumerate(segments[:-1]):
        if _JOOMLA_FOLDER.match(segment) or segment in _WORDPRESS_FOLDERS:
            return True
        if segment in _KIT_FOLDERS and not any(_docs_folder(seg) for seg in segments[:i]):
            return True
    return False


# The folders a project's documentation is published under (``/stable/``, ``/docs/``, a
# version: ``/3.11/``, ``/v2/``): Sphinx and its kin name pages ``/stable/modules/x.html``.
_DOCS_FOLDERS: Final = frozenset(
    {"stable", "latest", "docs", "doc", "documentation", "manual", "reference", "api"}
)
_VERSION_FOLDER = re.compile(r"^v?\d+(?:\.\d+)+$|^v\d+$")


def _docs_folder(segment: str) -> bool:
    return segment in _DOCS_FOLDERS or _VERSION_FOLDER.match(segment) is not None


# The endings of a site's address written as a folder name (``/smbc.co.jp/``, ``/bmo.com/``):
# the generic ones and the country endings of the sites kits imitate. Not the country endings
# that are also file extensions (.md, .py, .rs, .sh, .pl, .zip's kin), nor the word-like ones.
_FOLDER_ADDRESS_ENDINGS: Final = frozenset(
    {
        "com",
        "net",
        "org",
        "edu",
        "gov",
        "de",
        "fr",
        "es",
        "it",
        "uk",
        "jp",
        "br",
        "mx",
        "ca",
        "au",
        "sg",
        "my",
        "hu",
        "ru",
        "in",
        "nl",
        "be",
        "ch",
        "at",
        "se",
        "no",
        "dk",
        "fi",
        "ie",
        "pt",
        "gr",
        "tr",
        "ar",
        "cl",
        "pe",
        "za",
        "nz",
        "id",
        "ph",
        "th",
        "vn",
        "hk",
        "tw",
        "kr",
        "cn",
        "us",
    }
)
# The second levels of a country's ending (``co.jp``, ``com.br``, ``gov.sg``).
_SECOND_LEVELS: Final = frozenset(
    {"com", "co", "gov", "org", "net", "edu", "ac", "ne", "or", "go"}
)
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
# Sites whose paths name other sites for a living: code forges (a repository named after the
# site it builds, ``github.com/jtan/jtan.com/blob/…``) and the folder words of the tools that
# look a site up (``/website/shopee.sg/overview/``, ``/gui/domain/dbs.com.sg/detection``).
_CODE_FORGES: Final = frozenset(
    {"github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net", "gitee.com"}
)
# An archive's snapshot time before the address it kept (``/web/20200101000000/www.x.com/``).
_SNAPSHOT = re.compile(r"^\d{4,14}[a-z_*]*$")
_LOOKUP_FOLDERS: Final = frozenset(
    {
        "website",
        "websites",
        "site",
        "domain",
        "domains",
        "host",
        "whois",
        "review",
        "reviews",
        "check",
        "check-website",
        "lookup",
        "report",
        "analysis",
        "url",
        "reports",
        "stats",
        "status",
        "seo",
        "traffic",
        "info",
    }
)
# Sites whose first folder is a member's handle, which may be written like an address
# (``twitter.com/lazada.sg/status/1``).
_HANDLE_SITES: Final = frozenset(
    {"twitter.com", "x.com", "threads.net", "pinterest.com", "medium.com", "t.me", "vk.com"}
)


def _address_name(segment: str) -> str:
    """The registered name of a path segment written like a site's address, or ``""``.

    ``smbc.co.jp`` → ``smbc``; ``login.aol.com`` → ``aol``; ``index.html``, ``v1.2``,
    ``notes.md`` → ``""``.
    """
    labels = segment.lower().split(".")
    if len(labels) < 2 or labels[-1] not in _FOLDER_ADDRESS_ENDINGS:
        return ""
    if not all(_LABEL.match(label) for label in labels):
        return ""
    country = len(labels) >= 3 and labels[-2] in _SECOND_LEVELS and len(labels[-1]) == 2
    size = 3 if country else 2
    if len(labels) < size:
        return ""
    name = labels[-size]
    return name if len(name) >= 2 and not name.isdigit() else ""


def address_folder(link: Link) -> bool:
    """Whether another site's address is a folder of the path (``/smbc.co.jp/jp/``).

    A phishing kit uploaded to a hacked site is often unpacked into a folder named after the
    site it copies (``/bmo.com/onlinebanking/``, ``/www.ebay.de/Einloggen.html``,
    ``/twitter.com/login.html``). Only a folder counts (more path or a slash follows): a last
    segment that names a site is an article or a lookup about it (``/wiki/Booking.com``), or
    where a newsletter's tracking link leads. Not an address written after ``https:`` (an
    archived or proxied page), nor one whose name is in the link's own host (an AMP cache,
    the site itself), nor any path on a platform's host (``sites.google.com/moe.edu.sg/…``,
    a storage bucket's ``/b/choir.appspot.com/o/…``: the platform's paths name their users),
    nor a code forge's repository or a lookup tool's page named after a site.
    """
    if on_user_content(link.host) or link.domain in _CODE_FORGES:
        return False
    handle_site = link.domain in _HANDLE_SITES
    segments = link.path.split("/")
    host = link.host.lower()
    for i, segment in enumerate(segments[:-1]):
        name = _address_name(segment) if "." in segment else ""
        if not name or name in host or (handle_site and i == 1):
            continue
        before = [seg for seg in segments[:i] if seg]
        if before and before[-1].endswith(":"):
            continue  # https://…/web/2020/https://www.example.com/…: an address, not a folder
        if before and (before[-1].lower() in _LOOKUP_FOLDERS or _SNAPSHOT.match(before[-1])):
            continue  # a tool's page about that site, an archive's snapshot of it
        if segment.lower() in _CODE_FORGES:
            continue  # a module's path (pkg.go.dev/github.com/user/repo)
        return True
    return False


# Content networks whose hosts are numbered for their customers (``d1a2b3c4.cloudfront.net``):
# the files they serve are a site's own, kept on the network's host.
_CONTENT_NETWORKS: Final = frozenset({"cloudfront.net"})


def stored_file(link: Link) -> bool:
    """Whether the link is a file kept in a cloud storage bucket or on a content network.

    A PDF, a picture or a data file, not a web page: a school's circular, a shop's price list,
    a restaurant's menu on ``d1a2b3c4.cloudfront.net``.
    """
    last = link.path.lower().rsplit("/", 1)[-1]
    if _MEDIA.search(last) is None:
        return False
    return storage_bucket(link.host) or link.host.split(".", 1)[-1] in _CONTENT_NETWORKS


# WordPress's media library: a file uploaded through a site's dashboard is kept by year and
# month (``/wp-content/uploads/2026/08/menu.pdf``; a network's sites under ``sites/<n>/``).
_UPLOADED_FILE = re.compile(r"/wp-content/uploads/(?:sites/\d+/)?(?:19|20)\d\d/[01]\d/[^/]+$")


def uploaded_file(link: Link) -> bool:
    """Whether the link is a picture or a PDF in a WordPress site's own media library.

    ``kopitiamtales.sg/wp-content/uploads/2026/10/menu.pdf``: a site's circular, menu or photo,
    put there from its dashboard; a kit is a web page in folders of its own there
    (``/wp-content/uploads/2026/11/dhl/tracking/index.html``). Not with a query or on a cheap
    ending.
    """
    path = link.path.lower()
    if link.query or not link.suffix or link.suffix.rsplit(".", 1)[-1] in RISKY_TLDS:
        return False
    return _MEDIA.search(path) is not None and _UPLOADED_FILE.search(path) is not None


def storage_bucket(host: str) -> bool:
    """Whether the host is a cloud storage bucket (files kept for download, not a site)."""
    labels = host.split(".")
    if any(".".join(labels[i:]) in STORAGE_HOSTS for i in range(len(labels) - 1)):
        return True
    prefix = STORAGE_SERVICES.get(".".join(labels[-2:]))
    return prefix is not None and any(label.startswith(prefix) for label in labels[:-2])


def local_address(link: Link) -> bool:
    """Whether the link leads to a machine of the reader's own network, not to the internet.

    ``http://192.168.1.1/`` (a router), ``http://10.0.0.2:32400/`` (a media server),
    ``http://localhost:8888/tree`` (a notebook): a private, loopback or link-local address, or
    ``localhost``. No one outside can publish a page there, so no phishing site is one.
    """
    host = link.host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return (
        address.is_loopback
        or address.is_link_local
        or any(
            address in network for network in _HOME_NETWORKS if network.version == address.version
        )
    )


# The address ranges of home and office networks (RFC 1918, and IPv6's unique local ones).
# ``ipaddress``'s ``is_private`` also holds the documentation ranges (192.0.2.0/24 and kin),
# which are not a home's.
_HOME_NETWORKS: Final = tuple(
    ipaddress.ip_network(net)
    # 100.64.0.0/10: a carrier's shared address space, where a mesh VPN (Tailscale) numbers a
    # home's own machines; no site on the internet is reached there.
    for net in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)
# The ports of a hosting panel's own webmail (cPanel's 2095 and 2096), opened on a site's own
# ``mail.`` or ``webmail.`` host: a small firm's or club's mailbox, where a kit has an address.
_WEBMAIL_PORTS: Final = frozenset({2095, 2096})
_WEBMAIL_HOSTS: Final = frozenset({"mail", "webmail"})


def own_webmail_port(link: Link) -> bool:
    """Whether the link's unusual port is a hosting panel's webmail on the site's own mail host."""
    return (
        link.port in _WEBMAIL_PORTS
        and link.subdomain in _WEBMAIL_HOSTS
        and bool(link.suffix)
        and "-" not in link.domain
        and link.userinfo is None
    )


# The words of signing in itself, not of a shop's payment or account pages (a shop's
# ``/modules/paypal/payment/`` is its checkout's code).
_SIGN_IN_WORDS: Final = LOGIN_WORDS - {
    "account",
    "update",
    "payment",
    "billing",
    "wallet",
    "banking",
    "security",
}


# What a kit's folders after a brand's say it asks for: a sign-in, a fee, a refund, a held
# parcel, an alarm (``/singpost/redelivery/``, ``/singtel/bill/overdue/``, ``/apple/id/unlock/``).
_FOLDER_MARKS: Final = _SIGN_IN_WORDS | FEE_WORDS | LURE_WORDS | _ALARM_WORDS | _HELD


def _errand_after_brand(path: str, folders: Sequence[str], at: int, brand: Brand) -> bool:
    """Whether a folder that is a brand's name alone is followed only by a lure's errand.

    ``/includes/singpost/redelivery/``, ``/public/singtel/bill/overdue/``,
    ``/docs/outlook/mailbox/quota/``, ``/old/apple/id/unlock/``: the folder is the brand's
    name and nothing else, inside another folder of the site's, and every folder or page after
    it is made only of filler, login, fee, errand or alarm words, one of them a sign-in's, a
    fee's or an alarm's, ending in a folder or a page: the address of a brand's fake sign-in or
    payment page unpacked on another site. A
    shop's or a guide's page names the brand and then a thing of its own
    (``/apple/macbook-air``, ``/paypal/return``, ``/paypal/integrations/gmail``).
    """
    if not (path.endswith("/") or _WEB_PAGE.search(path)):
        return False
    if not _brand_alone(folders[at], brand):
        return False
    after = [seg for seg in path.lower().split("/") if seg][at + 1 :]
    if not after:
        return False
    pieces: list[str] = []
    for segment in after:
        stem = _WEB_PAGE.sub("", segment)
        for token in _tokens(stem):
            if _keyword_in_token(token) is not None:
                continue  # the brand's service named after it (/microsoft/outlook/verify/)
            cut = _cut_into(token, _ALARM_NAME_WORDS, last=1)
            if cut is None and token in _DOC_WORDS:
                cut = (token,)  # a shared document to view (/docusign/document/view/)
            if cut is None:
                return False
            pieces.extend(cut)
    if _SHOWN_DOC & set(pieces) and _DOC_VIEW & set(pieces):
        return True
    if at == 0:
        # At the site's root a kit is unpacked as the brand's sign-in page itself
        # (/wellsfargo/signon/, /microsoft/outlook/verify/); a fee or a parcel's folder there
        # may be a shop's own page about paying by the brand (/paypal/payment/).
        return any(piece in _SIGN_IN_WORDS for piece in pieces)
    return any(piece in _FOLDER_MARKS for piece in pieces)


_DOC_VIEW: Final = frozenset({"view", "viewer"})
_SHOWN_DOC: Final = frozenset({"doc", "docs", "document", "documents", "file", "files", "shared"})


def _brand_alone(folder: str, brand: Brand) -> bool:
    """Whether a folder is a brand's name and nothing else (``paypal``, ``wells-fargo``)."""
    tokens = _tokens(folder)
    if [_keyword_in_token(token) for token in tokens] == [brand]:
        return True
    return len(tokens) > 1 and _keyword_in_token("".join(tokens)) is brand


def brand_folder(link: Link) -> bool:
    """Whether a brand's name is a folder of another site's path, a kit's page inside it.

    ``/~kauto/santander/onlinebanking/verify.html``, ``/~greyst/wellsfargo/signon.php``: under
    a member's home folder (``/~name/``, where a hacked account's kit is unpacked), or with a
    sign-in or verification page at the end (``/chase/verify/logon.html``). A club's page
    about paying with a brand names it in a page, not as a folder (``/pay-with-paypal``).
    """
    segments = [seg for seg in link.path.lower().split("/") if seg]
    if len(segments) < 2 or not link.suffix:
        return False
    brand = brand_in_name(link.path)
    if brand is None:
        return False
    folders = segments[:-1] if not link.path.endswith("/") else segments
    named = [
        i
        for i, seg in enumerate(folders)
        if any(_keyword_in_token(token) is brand for token in _tokens(seg))
        or _brand_alone(seg, brand)
    ]
    if not named:
        return False
    if any(seg.startswith("~") for seg in segments[: named[0]]):
        return True
    last = segments[-1]
    if _errand_after_brand(link.path, folders, named[0], brand):
        return True
    if link.path.endswith("/") and any(seg in _KIT_FOLDERS for seg in segments[: named[0]]):
        # A folder of sign-in words after the brand's, among a site's code or picture folders
        # (``/assets/vendor/hsbc/verify/``, ``/images/dbs/login/``): a kit's index page.
        after = segments[named[0] + 1 :]
        return any(set(_tokens(seg)) & _SIGN_IN_WORDS for seg in after)
    if link.path.endswith("/") or not _WEB_PAGE.search(last):
        return False
    return bool(set(_tokens(last.rsplit(".", 1)[0])) & LOGIN_WORDS)


def ipfs_site_tree(rest: str) -> bool:
    """Whether the path after an IPFS content's identifier browses a site's own folders.

    A wiki's or a project's documentation mirrored on IPFS is a tree of folders
    (``/ipfs/bafy…/wiki/``, ``/wiki/Singapore``); a phishing kit there is one page at the
    content's root (``/ipfs/bafy…``, ``/ipfs/bafy…/index.html``, ``?filename=login.html``),
    or a page of sign-in words. Folders after the identifier, no web page at the end and no
    brand's name, sign-in or lure word in them.
    """
    segments = [seg for seg in rest.split("/") if seg]
    if not segments or (len(segments) == 1 and not rest.endswith("/")):
        return False
    if _WEB_PAGE.search(segments[-1]) or brand_in_name(rest) is not None:
        return False  # a brand's folder is a kit's copy of its site (/ipfs/Qm…/dbs/)
    return not set(_tokens(rest)) & (LOGIN_WORDS | LURE_WORDS)


def _dressed_jumble(part: str) -> bool:
    """Whether a subdomain is a long random run beside filler or login words.

    ``x8dh3k2lq9vz0wb4-secure``, ``login-qz7k2m9xw4``: each piece between hyphens is one of
    ``fillers`` or a random run (:func:`random_name`), one of them eight characters or more
    with digits among them (a firm's own ``secure-app2`` has no such run).
    """
    pieces = part.split("-")
    if len(pieces) < 2:
        return False
    jumbles = [p for p in pieces if p not in FILLERS and p not in LOGIN_WORDS]
    return bool(jumbles) and all(
        len(p) >= 8 and any(ch.isdigit() for ch in p) and random_name(p) for p in jumbles
    )


def jumbled_sign_in(link: Link) -> bool:
    """Whether a sign-in page is on a long random subdomain, on any ending.

    ``qz7k2m9xw4pl8r.weblinkhub.net/login``, ``a9f3e1c0b7d2.nightowlhosting.com/verify/``: a
    throwaway host made per victim by a kit's operator, ten characters or more with digits
    scattered through them (:func:`digit_jumble`'s reading), and a sign-in word in the path.
    A firm's own subdomains are words (``login.example.com``), a content network's random
    ones serve files, not sign-in pages. Not under a government's or a university's ending.
    """
    if not link.subdomain or _vetted(link.suffix):
        return False
    if not any(_digits_jumble(part, 10) for part in link.subdomain.split(".")):
        return False
    return bool(_page_words(link.path) & (_SIGN_IN_WORDS | LURE_WORDS))


def _page_words(path: str) -> set[str]:
    """The words of a path's folders and page; a file's name (a picture, a PDF) is not counted."""
    if _MEDIA.search(path.lower()):
        path = path.rsplit("/", 1)[0] if "/" in path else ""
    return set(_tokens(path))


# The webmail programs' folders (Outlook on the web, Roundcube and their kin): on a firm's
# own mail server they are the first folder of the path.
_WEBMAIL_FOLDERS: Final = frozenset(
    {"owa", "roundcube", "webmail", "squirrelmail", "horde", "rainloop", "sogo", "zimbra"}
)
# What a mailbox kit says must be done (mail-update, quota-upgrade, verify): not the webmail
# program's own sign-in page (/owa/auth/logon.aspx).
_MAILBOX_ERRANDS: Final = _ALARM_WORDS | frozenset(
    {"update", "upgrade", "confirm", "storage", "quota", "verify", "verification", "validate"}
    | {"validation", "reactivate", "reactivation", "deactivate"}
)


def webmail_kit(path: str) -> bool:
    """Whether a path is a webmail sign-in page unpacked inside another site's folders.

    A mail server serves Outlook on the web at ``/owa/`` and Roundcube at ``/roundcube/`` or
    ``/webmail/``, the path's first folder. A kit copies them deeper
    (``/office/365/owa/``, ``/docs/roundcube/index.php``) or puts its own errand after them
    (``/owa/mail-update/``, ``/webmail/quota-upgrade.html``). ``owa`` deeper is enough (no
    word but the program's); the others need a page or a sign-in word after them, as a host's
    help pages are named after the program too (``/help/webmail/``).
    """
    segments = [seg for seg in path.split("/") if seg]
    for i, segment in enumerate(segments):
        if segment not in _WEBMAIL_FOLDERS:
            continue
        after = segments[i + 1 :]
        words = {piece for seg in after for token in _tokens(seg) for piece in _pieces(token)}
        if i == 0:
            return bool(words & _MAILBOX_ERRANDS)
        if segment == "owa":
            return True
        paged = bool(after) and _WEB_PAGE.search(after[-1]) is not None
        return paged or bool(words & (_SIGN_IN_WORDS | _MAILBOX_ERRANDS))
    return False


_PAGE_NAME_WORDS: Final = FILLERS | LOGIN_WORDS | LURE_WORDS | _ALARM_WORDS


def brand_sign_in_page(page: str) -> bool:
    """Whether a web page's name is a brand's and a sign-in's words and nothing else.

    ``outlook_verify.html``, ``paypal_signin.php``, ``chase-secure-login.htm``: a kit's page
    named as the brand's sign-in, on a site that is not the brand's (official sites never
    come here). A guide's or a shop's page about the brand has words of its own
    (``how-to-reset-your-outlook-password.html``, ``pay-with-paypal.html``,
    ``netflix-account-help.html`` names no sign-in).
    """
    tokens = _tokens(_WEB_PAGE.sub("", page))
    if len(tokens) < 2:
        return False
    brands = [token for token in tokens if _keyword_in_token(token) is not None]
    rest = [token for token in tokens if _keyword_in_token(token) is None]
    if len(brands) != 1 or not all(token in _PAGE_NAME_WORDS for token in rest):
        return False
    return any(token in _SIGN_IN_WORDS or token in _ALARM_WORDS for token in rest)


def repeated_folders(path: str) -> bool:
    """Whether a path repeats one folder's name in a row before a page, as a kit unpacks.

    ``/boa/boa/index.html``, ``/docs/docs/docs/view.php``, ``/files/files/secure/login.php``:
    a kit's archive unpacked inside a folder of its own name, or copied in twice. A folder of
    three characters or more, not a number, twice in a row with a web page after it, or three
    times. A site's own folders repeat a word with something between (``/docs/blog/docs``) or
    are a documentation site's ``/docs/docs/intro`` (no page after), a year's
    (``/2026/2026/``) or a language's (``/en/en/``).
    """
    segments = [seg for seg in path.split("/") if seg]
    paged = bool(segments) and _WEB_PAGE.search(segments[-1]) is not None
    for i in range(len(segments) - 2):
        one, two = segments[i], segments[i + 1]
        if one != two or len(one) < 3 or one.isdigit():
            continue
        if segments[i + 2] == one or paged:
            return True
    return False


def home_folder_kit(link: Link) -> bool:
    """Whether a sign-in page sits under a member's home folder on a shared host.

    ``/~deltamail/verify/``, ``/~userx23/secure/update.php``: a hosting account's ``~name``
    folder, where a hacked or throwaway account's kit is unpacked, with a sign-in word after it.
    A lecturer's or a member's pages there are about their courses and photos; a university's
    or a government's own server is not read so.
    """
    if "/~" not in link.path or _vetted(link.suffix):
        return False
    segments = [seg for seg in link.path.lower().split("/") if seg]
    for i, segment in enumerate(segments):
        if segment.startswith("~"):
            words = _page_words("/".join(segments[i + 1 :]))
            return bool(words & (_SIGN_IN_WORDS | LURE_WORDS))
    return False


def phishing_shape(link: Link, tld: str | None = None, hosted: bool | None = None) -> Shape | None:
    """The shape of a throwaway phishing address the link has (a :class:`Shape`), or ``None``.

    ``RANDOM``: a random name on a cheap ending; ``FEE``: a toll, fine or delivery-fee name on
    a cheap ending; ``IPFS``: a page on IPFS (no one answers for it, no one can take it down);
    ``BUCKET``: a web page kept in a cloud storage bucket; ``KIT``: a phishing kit's path on a
    hacked site (:func:`kit_path`); ``ADDRESS_IN_PATH``: another site's address as a folder of
    the path, where a kit copying that site was unpacked (:func:`address_folder`);
    ``DISGUISE``: another site's address written in front of the real one
    (:func:`disguised_address`: ``com-`` names on any ending, a subdomain ending like an
    address on a cheap one); ``LURE``: a login or verification word as the registered
    name on a cheap ending (:func:`lure_name`). On a free platform the name its publisher chose
    is read for a fee or a login word as a cheap ending's is (``PLATFORM_FEE``,
    ``PLATFORM_LURE``); ``GENERIC``: a name made only of the words phishing names are made
    of, on any ending (:func:`generic_name`: ``myaccount-sgbank.com``,
    ``erp-sg-toll-payment.com``; on a platform it is read as ``PLATFORM_LURE``). Only the
    address's name and the shape of its path count, never the words of its path, in English
    or any other language. ``tld`` (the last label of the
    ending) and ``hosted`` (:func:`on_user_content`) may be passed when already known.
    """
    host, path = link.host, link.path.lower()
    last = path.rsplit("/", 1)[-1]
    page = _WEB_PAGE.search(last) is not None
    if "#" in link.text and email_fragment(link.text):
        return Shape.EMAIL_FRAGMENT
    cid = _IPFS_PATH.search(link.path) if "/ip" in path else None
    if (
        (cid or _IPFS_LABEL.match(host))
        and not _MEDIA.search(last)
        and not ipfs_site_tree(path[cid.end() :] if cid else path)
    ):
        return Shape.IPFS
    if page and storage_bucket(host):
        return Shape.BUCKET
    kit_page = page or _WEB_PAGE.search(path.rstrip("/")) is not None
    if (
        kit_page
        or "/." in path
        or "/wp-" in path
        or _HASH_IN_PATH.search(path)
        or _CODE_FOLDER_IN_PATH.search(path)
        or "/cgi-bin/" in path
        or _LETTER_FOLDERS.search(path)
    ) and kit_path(path):
        return Shape.KIT
    if "." in path and address_folder(link):
        return Shape.ADDRESS_IN_PATH
    if brand_folder(link) or webmail_kit(path) or home_folder_kit(link):
        return Shape.KIT
    if _WEB_PAGE.search(last) and brand_sign_in_page(last):
        return Shape.KIT
    if "/" in path[1:] and repeated_folders(path) and not _vetted(link.suffix):
        return Shape.KIT
    on_platform = hosted if hosted is not None else on_user_content(host)
    if "=" in link.query and not on_platform and email_in_query(link):
        return Shape.EMAIL_FRAGMENT
    if tld is None:
        tld = link.suffix.rsplit(".", 1)[-1] if link.suffix else ""
    if on_user_content(host) if hosted is None else hosted:
        # On a free platform the name its publisher chose is read like a registered name on a
        # cheap ending: anyone can take it, for nothing.
        chosen = user_part(host) or site_name(link)
        if fee_lure(chosen) and not project_name(chosen):
            return Shape.PLATFORM_FEE  # not a tool about fees (erp-charges-calculator)
        if (
            random_platform_name(chosen)
            and not _MEDIA.search(last)
            and not last.endswith((".js", ".css"))
        ):
            return Shape.PLATFORM_RANDOM  # a page, not a CDN's file (d1a2b3.cloudfront.net/x.png)
        if short_platform_jumble(host) and not _MEDIA.search(last):
            return Shape.PLATFORM_RANDOM
        own = chosen.rsplit(".", 1)[-1]
        lure = (
            lure_name(chosen)
            or generic_name(own)
            or numbered_doc_name(chosen)
            # a shared document's or an alarm's words and nothing of its own, as on any ending
            # (secure-docs-view.netlify.app, billing-update-required.web.app)
            or shared_doc_name(own, link.suffix)
            or alarm_name(own, link.suffix)
            or prize_name(own, cheap=True)
            or glued_lure_name(own)
        )
        if lure:
            return Shape.PLATFORM_LURE
        return Shape.WALLET if chosen and wallet_page(link, chosen) else None
    label = link.domain.split(".", 1)[0]
    if "-" in label and label.split("-", 1)[0] in _ENDING_WORDS and disguised_address(link):
        return Shape.DISGUISE  # "com-" names, on any ending
    if government_name(label, link.suffix):
        return Shape.GOVERNMENT
    if (
        label in _GOVERNMENT_COUNTRIES
        and link.subdomain
        and _tokens(link.subdomain)[-1] in _GOVERNMENT_ENDING_WORDS
        and not _vetted(link.suffix)
    ):
        return Shape.GOVERNMENT  # cdcvoucher-gov.sg.bond: "gov.sg" written before another ending
    if digit_words(label, link.suffix):
        return Shape.DIGITS
    if wallet_page(link, label):
        return Shape.WALLET
    if _ending_glued(link):
        return Shape.DISGUISE  # "paypal.com-update.…", on any ending
    if shortener_lookalike(link):
        return Shape.SHORTENER  # "bit-ly.site", "lnkd-in.com", on any ending
    if tld not in RISKY_TLDS:
        if digit_jumble(label) and not _vetted(link.suffix):
            return Shape.JUMBLE
        if jumbled_sign_in(link):
            return Shape.JUMBLE
        if (
            generic_name(label, link.suffix)
            or placeholder_name(label, link.suffix)
            or shared_doc_name(label, link.suffix)
            or alarm_name(label, link.suffix)
            or prize_name(label, tld)
        ):
            return Shape.GENERIC
        return None
    if disguised_address(link):
        return Shape.DISGUISE
    if random_name(label) or jumbled_name(label) or _short_redirector(label, path):
        return Shape.RANDOM
    if short_kit_name(label, tld, path):
        return Shape.RANDOM  # s9d.xyz/pay, mnb7.top/i/2a8f
    if consonant_jumble(label) or any(
        len(part) >= 4 and (random_name(part) or jumbled_name(part) or _dressed_jumble(part))
        for part in link.subdomain.split(".")
    ):
        return Shape.RANDOM  # lapkrt.buzz, pkxz.vbtr.sbs: the jumble may be the subdomain
    if any(generic_name(part, link.suffix) for part in link.subdomain.split(".")):
        # A lure's words as the subdomain of a cheap name (mailbox-verify.cloudnode.site,
        # account-verify-8812034.hostingplus.cc): on a cheap ending the whole host is chosen.
        return Shape.GENERIC
    own = ".".join(part for part in (link.subdomain, label) if part and part != "www")
    if fee_lure(own):
        return Shape.FEE
    if lure_name(label):
        return Shape.LURE
    written = unclipped(own)
    if written and fee_lure(written):
        return Shape.FEE  # redelivr-sg, pkgresched, tollclr: a fee's words, clipped
    if written and lure_name(written if own == label else unclipped(label)):
        return Shape.LURE  # vrfy-acct
    if desk_name(label, tld) or placeholder_name(label, link.suffix) or prize_name(label, tld):
        return Shape.GENERIC
    if not _vetted(link.suffix) and glued_lure_name(own):
        return Shape.GENERIC  # refundpros.top, cardunlockhelp.cc: a lure's words run together
    if (
        generic_name(label, link.suffix)
        or shared_doc_name(label, link.suffix)
        or alarm_name(label, link.suffix)
    ):
        return Shape.GENERIC
    return None


_APP_PACKAGE = re.compile(r"[^/]*\.(?:apk|xapk|apks|apkm)$", re.IGNORECASE)


def app_package(link: Link) -> str:
    """The Android app file a link downloads (``update.apk``), or ``""``.

    Apps sideloaded from a link are how Singapore's malware scams take over phones (the
    police's advice: install apps only from the official stores); whatever the message's
    language, such a link is a red flag of its own.
    """
    found = _APP_PACKAGE.search(link.path)
    return found.group() if found else ""


# Platforms whose publishers name their site in the path, not in the host
# (``sites.google.com/view/dbs-digibank-secure``): the folder after these is the name they chose.
_PATH_NAMED_SITES: Final = {"sites.google.com": frozenset({"view", "site"})}
# Form builders whose readable addresses name the publisher's account in the first folder
# (``form.jotform.com/<account>/<form>``); a form's bare number (``/241234567890123``) is none.
_ACCOUNT_NAMED_FORMS: Final = frozenset({"form.jotform.com", "www.jotform.com", "jotform.com"})


def site_name(link: Link) -> str:
    """The name a publisher chose in the path of a platform that names sites so, or ``""``.

    ``sites.google.com/view/singpass-renewal/home`` → ``singpass-renewal``: read as
    ``singpass-renewal.weebly.com``'s chosen part is; ``form.jotform.com/OCBCsecure/verify``
    → ``ocbcsecure``, the account's name.
    """
    folders = _PATH_NAMED_SITES.get(link.host.lower())
    segments = [seg for seg in link.path.split("/") if seg]
    if link.host.lower() in _ACCOUNT_NAMED_FORMS:
        named = len(segments) >= 2 and not segments[0].isdigit()
        return segments[0].lower() if named else ""
    if folders is None:
        return ""
    if len(segments) >= 2 and segments[0].lower() in folders:
        return segments[1].lower()
    return ""


def _path_words(link: Link) -> set[str]:
    """The words of a link's path and query; a file's name (a picture, a PDF) is not counted.

    ``/uploads/2026/08/login-guide.pdf`` is a guide to read, not a page that asks for a
    password: the words of a file's name say what it is about, not what it asks for.
    """
    return _page_words(link.path) | set(_tokens(link.query))


class UrlChecker:
    """Judges every link of a submission."""

    name = "url"
    io_bound = False

    async def check(self, case: Case, lookups: Lookups) -> Sequence[Finding]:
        """Findings for every link, plus the link-text-versus-target mismatches."""
        findings: list[Finding] = []
        for link in case.links:
            findings.extend(self.check_link(link, lookups))
        findings.extend(self._mismatched_link_text(case))
        return findings

    def check_link(self, link: Link, lookups: Lookups) -> Iterable[Finding]:
        """All findings for one link."""
        shown = link.text
        entry = listed(lookups, "block", link)
        if entry is not None:
            yield finding(
                "LST001",
                shown,
                domain=link.domain,
                note=entry.reason,
                since=entry.added_day,
                reported=str(lookups.reported.get((entry.kind, entry.value), 0)),
            )
        allowed = listed(lookups, "allow", link)
        brand = official_brand(link.host)
        if entry is None and brand is not None and link.userinfo is None and link.port is None:
            yield finding("URL001", link.display_host, brand=brand.name)
            return
        if entry is None and allowed is not None:
            yield finding("LST004", link.display_host)
            return
        package = app_package(link)
        if package:
            yield finding("URL020", shown, file=package)
        yield from self._link_tricks(link, shown)

    def _link_tricks(self, link: Link, shown: str) -> Iterable[Finding]:
        domain = link.domain
        tld = link.suffix.rsplit(".", 1)[-1]
        label = domain.split(".", 1)[0] if "." in domain else domain
        if link.userinfo is not None and disguised_user(link.userinfo):
            yield finding("URL010", shown, shown=link.userinfo.split(":", 1)[0], domain=link.host)
        elif "%" in link.text and "%" in (written := written_host(link.text)):
            # A host written in percent codes (%64%62%73.top) hides the site's name from the
            # reader; no site's address needs them.
            yield finding("URL010", shown, shown=written, domain=link.host)
        if local_address(link) and link.userinfo is None:
            return  # a router's, a NAS's or one's own machine's page: not on the internet
        if link.port is not None and not own_webmail_port(link) and not _vetted(link.suffix):
            # Under a government's or a university's ending (portal.ntu.edu.sg:8443) the port is
            # the vetted body's own server's: no one else can register a name there.
            yield finding("URL011", shown, port=str(link.port))
        if not link.suffix:
            if link.host.startswith("[") or link.host.replace(".", "").isdigit():
                yield finding("URL008", shown, domain=link.host)
            return
        trick, imitated = script_trick(link.display_host)
        if trick == "homoglyph" and imitated is not None:
            yield finding("URL004", shown, brand=imitated.name, domain=link.display_host)
        elif trick == "mixed":
            yield finding("URL005", shown, domain=link.display_host)
        elif trick == "idn":
            yield finding("URL006", shown, domain=link.host)
        hosted = on_user_content(link.host)
        if hosted:
            yield finding("URL017", shown, domain=link.host)
        if shortened(link.host, domain):
            yield finding("URL009", shown, domain=link.host)
            # Where the link leads is hidden, but the words of its slug are the sender's.
            slug = camel_words(link.path)
            in_slug = brand_in_name(slug)
            if in_slug is not None:
                yield finding("URL015", shown, brand=in_slug.name, domain=domain)
                if desk_slug(slug):
                    # A slug that is a brand's name and its desk's or its alert's words and
                    # nothing else (s.id/dbs-customerservice, lnk.bio/maybank.my.support) is
                    # chosen to pass for the brand's own page, as a name on a free host is.
                    yield finding("URL002", shown, brand=in_slug.name, domain=domain)
            if set(_tokens(slug + " " + link.query)) & LOGIN_WORDS:
                yield finding("URL013", shown, domain=domain)
            slug_shape = fee_slug(link.path)
            if slug_shape is not None:
                yield finding("URL019", shown, domain=link.host, shape=slug_shape.value)
            return
        # On a platform where anyone can publish, the part of the host the publisher chose
        # (``dbs-secure.pages.dev``) is read like a domain name; the platform's own is not.
        chosen = user_part(link.host) if hosted else ""
        docs = on_docs_host(link.host)
        if hosted:
            # A project about a brand (shopee-price-tracker.vercel.app) does not pass for it.
            plain = (
                chosen
                and trick != "homoglyph"
                and not project_name(chosen)
                and not organisation_page(link.host)
            )
            named = brand_in_name(chosen) if plain else None
            account = site_name(link) if plain else ""
            if named is None and account:
                named = brand_in_name(account)  # form.jotform.com/OCBCsecure/verify
        elif docs:
            named = None  # python-telegram-bot.readthedocs.io: a library's documentation
        else:
            named = brand_in_name(label) if trick != "homoglyph" else None
            if named is not None and brand_sibling(domain, link.suffix) is named:
                named = None  # amazon.co.jp, dhl.de: the brand's own name in a country
            if named is None and link.subdomain and not _vetted(link.suffix):
                # Under a government's or a university's ending (ezpass.nj.gov) the subdomain
                # is the vetted body's own choice, not a lure's.
                named = brand_in_name(link.subdomain)
        if named is not None:
            yield finding("URL002", shown, brand=named.name, domain=domain)
        elif hosted and not chosen:
            # A platform's own host (sites.google.com/view/…, storage.googleapis.com/…): the
            # publisher's choice is in the path. Where the path names the site
            # (sites.google.com/view/dbs-secure), that name is read as a chosen host's is.
            site = site_name(link)
            in_site = brand_in_name(site) if site else None
            in_path = in_site or brand_in_name(link.path)
            if in_site is not None:
                yield finding("URL002", shown, brand=in_site.name, domain=link.host)
            elif in_path is not None:
                yield finding("URL015", shown, brand=in_path.name, domain=domain)
        elif trick != "homoglyph" and not docs:
            if hosted:
                fake = lookalike_of(chosen)
            else:
                fake = lookalike_of(label) or (
                    lookalike_of(link.subdomain) if link.subdomain else None
                )
            if fake is not None:
                brand, _word = fake
                official = brand.website.split("//", 1)[-1]
                yield finding("URL003", shown, brand=brand.name, official=official, domain=domain)
            else:
                in_path = brand_in_name(link.path)
                paged = brand_page(link, tld) if in_path is not None and not hosted else None
                if paged is not None:
                    # x7m.icu/ocbc: the page is named as the brand's own, on a throwaway name.
                    yield finding("URL002", shown, brand=paged.name, domain=domain)
                elif in_path is not None:
                    yield finding("URL015", shown, brand=in_path.name, domain=domain)
        if tld in RISKY_TLDS and not hosted:
            # On a free platform the ending is the platform's (pages.dev, vercel.app, web.app),
            # not one its publisher chose: URL017 already says anyone can publish there.
            yield finding("URL007", shown, tld=tld)
        shape = phishing_shape(link, tld, hosted)
        if shape is not None:
            yield finding("URL019", shown, domain=link.host, shape=shape.value)
        if link.subdomain.count(".") + 1 >= _DEEP_SUBDOMAINS:
            yield finding("URL012", shown, domain=domain)
        host_words = set(_tokens(chosen if hosted else link.subdomain))
        if _path_words(link) & LOGIN_WORDS or host_words & LOGIN_WORDS:
            yield finding("URL013", shown, domain=domain)

    def _mismatched_link_text(self, case: Case) -> Iterable[Finding]:
        """Links whose visible text says one thing and whose target is another.

        The text may be a link (``www.dbs.com.sg`` opening ``dbs-verify.top``) or words
        naming an organisation (``DBS digibank`` opening a site that is not DBS's). Plain
        words such as "click here" are normal and not reported.
        """
        for pair in case.submission.link_pairs:
            target = parse_link(pair.target.strip())
            if target is None:
                continue
            shown_text = pair.shown.strip()
            shown = parse_link(shown_text, explicit=False) if " " not in shown_text else None
            if shown is not None:
                if shown.domain != target.domain:
                    yield finding(
                        "URL014", pair.target, shown=shown.display_host, domain=target.domain
                    )
                continue
            named = brand_in_name(shown_text)
            if named is not None and official_brand(target.host) is not named:
                yield finding("URL014", pair.target, shown=shown_text, domain=target.domain)
