"""Train the wording and link models from ../shared/data, only on the training fold.

    pip install -e '.[train]'
    python scripts/train_models.py [--data ../shared/data]

Writes checkers/data/model_message.json and checkers/data/model_url.json. Records whose
fold (checkers.model.fold_of) is 1 are never seen here: `scamcheck eval` reports them
separately as held out. The decision threshold is chosen on cross-validated predictions of the
training fold, so the held-out figures are honest.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkers.case import prepare  # noqa: E402
from checkers.extract import parse_link  # noqa: E402
from checkers.model import LinearModel, fold_of, message_features, url_features  # noqa: E402
from checkers.verdict import Submission  # noqa: E402

MESSAGE_FILES = ("sms_uci.jsonl", "sms_mendeley_smishing.jsonl")
URL_FILES = ("urls_phishtank_iscx_dev.jsonl",)


def read(data: Path, names: tuple[str, ...]) -> list[dict]:
    rows = []
    for name in names:
        with (data / name).open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def message_rows(data: Path) -> tuple[list[set[str]], list[int], list[int]]:
    seen: dict[str, int] = {}
    feats, labels, groups = [], [], []
    for row in read(data, MESSAGE_FILES):
        text = row["text"]
        if text in seen or fold_of(text) != 0:
            continue
        seen[text] = 1
        case = prepare(Submission(text=text))
        feats.append(message_features(case.text, case.links, case.phones, case.region))
        labels.append(1 if row["label"] == "scam" else 0)
        groups.append(hash(" ".join(text.lower().split())[:40]) % 1000)
    return feats, labels, groups


def url_rows(data: Path) -> tuple[list[set[str]], list[int], list[int]]:
    feats, labels, groups = [], [], []
    for row in read(data, URL_FILES):
        link = parse_link(row["url"])
        if link is None or fold_of(link.domain) != 0:
            continue
        feats.append(url_features(link))
        labels.append(1 if row["label"] == "phish" else 0)
        groups.append(hash(link.domain) % 100_000)
    return feats, labels, groups


def train(
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
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear", class_weight="balanced")
    # Out-of-fold probabilities, grouped so that one site (or one template) never sits on
    # both sides: the threshold is set as if on unseen data.
    folds = GroupKFold(n_splits=5)
    oof = cross_val_predict(clf, x, y, cv=folds, groups=groups, method="predict_proba")[:, 1]
    # Positive evidence of each example under the out-of-fold models, for the evidence floor.
    evidence = np.zeros(len(y))
    for train_idx, test_idx in folds.split(x, y, groups):
        fold_clf = LogisticRegression(
            C=c, max_iter=2000, solver="liblinear", class_weight="balanced"
        ).fit(x[train_idx], y[train_idx])
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
    clf.fit(x, y)
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
    args = parser.parse_args()
    out = ROOT / "checkers" / "data"
    message = train("message", *message_rows(args.data), max_fpr=0.003, c=0.5, keep=4000)
    (out / "model_message.json").write_text(json.dumps(message, ensure_ascii=False, indent=0))
    url = train(
        "url",
        *url_rows(args.data),
        max_fpr=0.02,
        c=0.5,
        keep=4000,
        evidence_floors=(0.5, 0.75, 1.0, 1.5),
    )
    (out / "model_url.json").write_text(json.dumps(url, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
