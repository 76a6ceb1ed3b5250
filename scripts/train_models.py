"""Train the wording and link models from ../shared/data.

    pip install -e '.[train]'
    python scripts/train_models.py [--data ../shared/data]

Writes checkers/data/model_message.json (and one model per left-out message source,
model_message_without_<source>.json, for `scamcheck eval`'s leave-one-source-out figures) and
checkers/data/model_url.json.

The wording model learns from smishing (fraud) against everyday messages; marketing spam is
left out of training (it is unwanted, not fraud, and a model that learns it flags every shop's
notice). Its threshold is chosen leave-one-source-out: trained on one source and scored on the
other, both ways, the threshold keeps false alarms on the unseen source's everyday messages at
or under MAX_FPR; the shipped model, trained on both sources, takes the stricter of the two.

The link model is trained on fold 0 of the sites (checkers.model.fold_of of the registrable
domain); `scamcheck eval` reports it on the other half, sites it has never seen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkers.case import prepare  # noqa: E402
from checkers.concepts import LANGUAGES  # noqa: E402
from checkers.extract import parse_link  # noqa: E402
from checkers.model import (  # noqa: E402
    SOURCES,
    LinearModel,
    fold_of,
    message_features,
    url_features,
)
from checkers.sites import platform_page  # noqa: E402
from checkers.verdict import Submission  # noqa: E402

URL_FILES = ("urls_phishtank_iscx_dev.jsonl",)
MAX_FPR = 0.002
MESSAGE_C = 0.3
KEEP = 20000
SITE_WEIGHT = 0.5


def read(data: Path, names: tuple[str, ...]) -> list[dict]:
    rows = []
    for name in names:
        with (data / name).open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def lexicon_digest() -> str:
    """A digest of the lexicons and rules the features depend on."""
    digest = hashlib.sha256()
    root = resources.files("checkers") / "lexicon"
    for name in [f"{lang}.txt" for lang in LANGUAGES] + ["rules.toml"]:
        digest.update((root / name).read_bytes())
    return digest.hexdigest()[:16]


def message_sources(data: Path) -> dict[str, list[tuple[str, int]]]:
    """Each source's (text, label) pairs: 1 smishing, 0 everyday; marketing spam left out.

    Mendeley's records repeat most of UCI's (``in_uci``); its own source is the rest. UCI's
    spam is split into smishing and marketing by Mendeley's subtype of the same text; UCI spam
    Mendeley does not have is left out (its kind is unknown).
    """
    uci = read(data, ("sms_uci.jsonl",))
    mendeley = read(data, ("sms_mendeley_smishing.jsonl",))
    subtype = {r["text"]: r.get("subtype") for r in mendeley}

    def label(row: dict, kind: str | None) -> int | None:
        if row["label"] == "ham":
            return 0
        return 1 if kind == "smishing" else None

    sources: dict[str, list[tuple[str, int]]] = {name: [] for name in SOURCES}
    seen: set[str] = set()
    for row in uci:
        y = label(row, subtype.get(row["text"]))
        if y is not None and row["text"] not in seen:
            seen.add(row["text"])
            sources[SOURCES[0]].append((row["text"], y))
    for row in mendeley:
        y = label(row, row.get("subtype"))
        if y is not None and not row.get("in_uci") and row["text"] not in seen:
            seen.add(row["text"])
            sources[SOURCES[1]].append((row["text"], y))
    return sources


def features_of(text: str) -> set[str] | None:
    case = prepare(Submission(text=text))
    if not case.reading.readable:
        return None
    return message_features(case, [m.code for m in case.flags])


def fit(rows: list[tuple[set[str], int]], c: float) -> tuple[float, dict[str, float]]:
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in rows]).tocsr()
    x.indices = x.indices.astype(np.int32)
    x.indptr = x.indptr.astype(np.int32)
    y = np.array([label for _, label in rows])
    clf = LogisticRegression(
        C=c, max_iter=3000, solver="liblinear", class_weight="balanced", random_state=0
    )
    clf.fit(x, y)
    coef = clf.coef_[0]
    names = vec.get_feature_names_out()
    order = np.argsort(-np.abs(coef))[:KEEP]
    weights = {str(names[i]): round(float(coef[i]), 4) for i in order if abs(coef[i]) > 1e-4}
    return float(clf.intercept_[0]), weights


def train_message(data: Path, out: Path) -> None:
    sources = {
        name: [(f, y) for f, y in ((features_of(t), y) for t, y in rows) if f is not None]
        for name, rows in message_sources(data).items()
    }
    thresholds: dict[str, float] = {}
    unseen: dict[str, dict[str, float]] = {}
    models: dict[str, tuple[float, dict[str, float]]] = {}
    for name, rows in sources.items():
        others = [r for other, rs in sources.items() if other != name for r in rs]
        bias, weights = fit(others, MESSAGE_C)
        models[name] = (bias, weights)
        model = LinearModel(bias, weights, 1.0, {})
        ham = np.sort([model.probability(f) for f, y in rows if y == 0])
        spam = np.array([model.probability(f) for f, y in rows if y == 1])
        allowed = int(MAX_FPR * len(ham))
        thresholds[name] = float(ham[-allowed - 1]) + 1e-6 if allowed < len(ham) else 0.0
        unseen[name] = {"everyday": len(ham), "smishing": len(spam)}
    threshold = max(thresholds.values())
    meta = {
        "trained_on": "all labelled messages of ../shared/data (smishing vs everyday)",
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        "threshold_from": "leave-one-source-out, stricter of " + json.dumps(thresholds),
        "max_false_positive_rate_on_unseen_source": MAX_FPR,
        "lexicon_digest": lexicon_digest(),
        "unseen_source_sizes": unseen,
    }
    everything = [r for rows in sources.values() for r in rows]
    bias, weights = fit(everything, MESSAGE_C)
    write(out / "model_message.json", bias, weights, threshold, meta)
    for name, (b, w) in models.items():
        write(
            out / f"model_message_without_{name}.json",
            b,
            w,
            threshold,
            {**meta, "trained_on": f"every source but {name}"},
        )
    print("message", json.dumps(meta))


def write(
    path: Path, bias: float, weights: dict[str, float], threshold: float, meta: dict
) -> None:
    data = {
        "bias": round(bias, 4),
        "threshold": round(threshold, 6),
        "meta": meta,
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


def _stable_group(key: str) -> int:
    """A group number that is the same in every run (``hash()`` of a str is salted)."""
    return int.from_bytes(hashlib.md5(key.encode(), usedforsecurity=False).digest()[:4], "big")


def url_rows(data: Path) -> tuple[list[set[str]], list[int], list[int]]:
    feats, labels, groups = [], [], []
    for row in read(data, URL_FILES):
        link = parse_link(row["url"])
        if link is None or fold_of(link.domain) != 0 or platform_page(link.host):
            continue  # fold 1 is held out; platforms' own pages are not the model's to judge
        feats.append(url_features(link))
        labels.append(1 if row["label"] == "phish" else 0)
        groups.append(_stable_group(link.domain))
    return feats, labels, groups


def train_url(
    name: str,
    feats: list[set[str]],
    labels: list[int],
    groups: list[int],
    *,
    max_fpr: float,
    c: float,
    keep: int,
    evidence_floors: tuple[float, ...] = (0.0,),
) -> dict:
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in feats]).tocsr()
    x.indices = x.indices.astype(np.int32)
    x.indptr = x.indptr.astype(np.int32)
    y = np.array(labels)
    clf = LogisticRegression(
        C=c, max_iter=2000, solver="liblinear", class_weight="balanced", random_state=0
    )
    # Each site weighs 1/sqrt(its links): the benign links are thousands of article URLs of a
    # few dozen sites, and unweighted, one of them (a .cc torrent site) taught the model that
    # a cheap ending is a sign of a safe site.
    sizes = Counter(groups)
    weight = np.array([sizes[g] ** -SITE_WEIGHT for g in groups])
    # Out-of-fold probabilities, grouped so that one site (or one template) never sits on
    # both sides: the threshold is set as if on unseen data; and the positive evidence of each
    # example under the out-of-fold models, for the evidence floor.
    folds = GroupKFold(n_splits=5)
    oof = np.zeros(len(y))
    evidence = np.zeros(len(y))
    for train_idx, test_idx in folds.split(x, y, groups):
        fold_clf = LogisticRegression(
            C=c, max_iter=2000, solver="liblinear", class_weight="balanced", random_state=0
        ).fit(x[train_idx], y[train_idx], sample_weight=weight[train_idx])
        oof[test_idx] = fold_clf.predict_proba(x[test_idx])[:, 1]
        positive = np.clip(fold_clf.coef_[0], 0, None)
        evidence[test_idx] = x[test_idx] @ positive
    best = (-1.0, 0.0, 1.0)
    for floor in evidence_floors:
        allowed = evidence >= floor
        negatives = np.sort(oof[(y == 0) & allowed])
        budget = int(max_fpr * (y == 0).sum())
        threshold = float(negatives[-budget - 1]) + 1e-6 if budget < len(negatives) else 0.0
        tpr = float(((oof >= threshold) & allowed)[y == 1].mean())
        if tpr > best[0]:
            best = (tpr, floor, threshold)
    _, floor, threshold = best
    clf.fit(x, y, sample_weight=weight)
    coef = clf.coef_[0]
    order = np.argsort(-np.abs(coef))[:keep]
    names = vec.get_feature_names_out()
    weights = {str(names[i]): round(float(coef[i]), 4) for i in order if abs(coef[i]) > 1e-4}
    model = LinearModel(float(clf.intercept_[0]), weights, threshold, {}, min_evidence=floor)
    flagged = np.array([model.flags(f) for f in feats])
    oof_flag = (oof >= threshold) & (evidence >= floor)
    meta = {
        "trained_on": "fold 0 of ../shared/data (checkers.model.fold_of); fold 1 held out",
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        "examples": len(labels),
        "positives": int(y.sum()),
        "features_kept": len(weights),
        "cv_true_positive_rate": round(float(oof_flag[y == 1].mean()), 4),
        "cv_false_positive_rate": round(float(oof_flag[y == 0].mean()), 4),
        "train_true_positive_rate": round(float(flagged[y == 1].mean()), 4),
        "train_false_positive_rate": round(float(flagged[y == 0].mean()), 4),
    }
    print(name, json.dumps(meta))
    return {
        "bias": round(float(clf.intercept_[0]), 4),
        "threshold": round(threshold, 4),
        "min_evidence": floor,
        "meta": meta,
        "weights": dict(sorted(weights.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--only", choices=("message", "url"))
    args = parser.parse_args()
    out = ROOT / "checkers" / "data"
    if args.only != "url":
        train_message(args.data, out)
    if args.only != "message":
        url = train_url(
            "url",
            *url_rows(args.data),
            max_fpr=0.03,
            c=0.5,
            keep=4000,
            evidence_floors=(0.5, 0.75, 1.0, 1.5),
        )
        (out / "model_url.json").write_text(json.dumps(url, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
