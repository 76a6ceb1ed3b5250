"""Small learned models as one more signal: the wording of a message, the shape of a link.

Both are linear models over sparse binary features, trained by ``scripts/train_models.py``
from ``../shared/data`` only and shipped as JSON weights (``checkers/data/model_*.json``). They
are scored here in pure Python: no machine-learning library is needed at run time and nothing
is loaded from the network. A model is never the only signal: it adds one MEDIUM finding
(MDL001 for the wording, URL016 for a link), which alone makes a message ``suspicious`` but
never ``scam``.

Half of the labelled data is held out of training (:func:`fold_of`), so that ``scamcheck
eval`` can report figures on records the models never saw.
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
from itertools import pairwise
from typing import Any, Final

from phonenumbers import PhoneNumberType

from blocklists.store import Lookups
from checkers.case import Case, listed
from checkers.codes import finding
from checkers.extract import Link, Phone
from checkers.text import fold_leet
from checkers.url import official_brand
from checkers.verdict import Finding

MIN_TEXT_FOR_MODEL: Final = 20
"""Shorter texts (a bare link, a number, "hi") say too little for the wording model."""

_WORD = re.compile(r"_tel_[a-z]+_|[a-z][a-z']*|\d+|[£$€₹]|!|[\u4e00-\u9fff]")
_DIGITS = re.compile(r"\d")
_URL_TOKEN = re.compile(r"[a-z]+|\d+")
_SHORT_CODE = re.compile(
    r"\b(?:txt|text|sms|reply|send)\b[^.\n]{0,25}?\bto\s?\d{4,6}\b", re.IGNORECASE
)


def fold_of(key: str) -> int:
    """0 (training) or 1 (held out): a stable split by content.

    Digits are blanked before hashing, so messages that differ only in their numbers (the
    same template sent to many people) fall in the same fold and cannot leak across it.
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


def _phone_token(phone: Phone, region: str) -> str:
    if phone.hotline:
        return "_tel_hotline_"
    if phone.spoof or not phone.e164:
        return "_tel_invalid_"
    if phone.region != region:
        return "_tel_foreign_"
    return f"_tel_{_PHONE_TYPES.get(phone.number_type, 'other')}_"


def message_features(
    text: str, links: Sequence[Link] = (), phones: Sequence[Phone] = (), region: str = "SG"
) -> set[str]:
    """Binary features of a message's wording: words, word pairs and a few shapes.

    Links are left out (the link checks judge them) and phone numbers become their type
    (``_tel_mobile_``, ``_tel_invalid_``…), so that the model learns how numbers are used,
    not which digits they have.
    """
    lowered = fold_leet(text).lower()
    for link in links:
        lowered = lowered.replace(link.text.lower(), " ")
    for phone in phones:
        lowered = lowered.replace(phone.text.lower(), f" {_phone_token(phone, region)} ")
    tokens = []
    for token in _WORD.findall(lowered):
        tokens.append(_number_shape(token) if token[0].isdigit() else token)
    features = {f"w:{t}" for t in tokens}
    features.update(f"b:{a} {b}" for a, b in pairwise(tokens))
    letters = [ch for ch in text if ch.isalpha()]
    if letters:
        upper = sum(ch.isupper() for ch in letters) / len(letters)
        features.add(f"caps:{min(int(upper * 5), 4)}")
    features.add(f"len:{min(len(text) // 40, 5)}")
    return features


def url_features(link: Link) -> set[str]:
    """Binary features of a link's words and shape.

    Deliberately absent: the page's length, whether there is a subdomain or a file
    extension, ``www.``. In the training data benign links are long article URLs of a few
    popular sites without subdomains, so those features would teach the model that any short
    link or any subdomain (``en.wikipedia.org``) is phishing.
    """
    features = {f"tld:{link.suffix or 'none'}"}
    host = link.host.removeprefix("www.")
    host_tokens = _URL_TOKEN.findall(host.removesuffix(link.suffix))
    features.update(f"h:{_number_shape(t) if t[0].isdigit() else t}" for t in host_tokens)
    path = (link.path + "?" + link.query).lower()
    features.update(
        f"p:{_number_shape(t) if t[0].isdigit() else t}" for t in _URL_TOKEN.findall(path)
    )
    hyphens = link.domain.count("-")
    if hyphens:
        features.add(f"hyphens:{min(hyphens, 3)}")
    if any(ch.isdigit() for ch in link.domain.split(".", 1)[0]):
        features.add("domain_digits")
    if link.userinfo is not None:
        features.add("userinfo")
    return features


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
        weights = self.weights
        z = self.bias + sum(weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def evidence(self, features: Iterable[str]) -> float:
        """The total weight of the features that point towards a scam."""
        weights = self.weights
        return sum(w for w in (weights.get(f, 0.0) for f in features) if w > 0)

    def flags(self, features: Iterable[str]) -> bool:
        """Whether the probability reaches the threshold with enough positive evidence."""
        features = list(features)
        return (
            self.probability(features) >= self.threshold
            and self.evidence(features) >= self.min_evidence
        )

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
            and len(case.text.strip()) >= MIN_TEXT_FOR_MODEL
            and self._asks_to_act(case, lookups)
            and model.flags(message_features(case.text, case.links, case.phones, case.region))
        ):
            findings.append(finding("MDL001", _excerpt(case.text)))
        model = self.url_model
        if model is not None:
            for link in case.links:
                if self._judged_elsewhere(link, lookups):
                    continue
                if model.flags(url_features(link)):
                    findings.append(finding("URL016", link.text, domain=link.domain))
                    break
        return findings

    @classmethod
    def _asks_to_act(cls, case: Case, lookups: Lookups) -> bool:
        """Whether the message gives a way to act that is not an official one.

        The wording model learnt from SMS where legitimate messages were mostly personal chat,
        so it distrusts every business-like message. It is only asked about messages that
        carry an unofficial link, e-mail, handle, short code to reply to, or a number that is
        neither an official hotline nor a local landline or 1800 line (registered to a
        business): a bank's OTP message naming the bank's hotline, or a clinic's reminder
        with its landline, is not its business.
        """
        if case.emails or case.handles or case.invites or _SHORT_CODE.search(case.text):
            return True
        if any(not _traceable(phone, case.region) for phone in case.phones):
            return True
        return any(not cls._judged_elsewhere(link, lookups) for link in case.links)

    @staticmethod
    def _judged_elsewhere(link: Link, lookups: Lookups) -> bool:
        """Official, listed and allowlisted links are decided by their lists, not by a model."""
        if official_brand(link.host) is not None:
            return True
        return (
            listed(lookups, "block", link) is not None
            or listed(lookups, "allow", link) is not None
        )


def _traceable(phone: Phone, region: str) -> bool:
    """An official hotline, or a local landline or toll-free line."""
    if phone.hotline:
        return True
    return (
        bool(phone.e164)
        and phone.region == region
        and phone.number_type in (PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE)
    )


def _excerpt(text: str, limit: int = 60) -> str:
    """The first line of the text, shortened (the part before "…" is quoted as written)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
