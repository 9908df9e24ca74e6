"""Train the statement stance model on ANS train and write factcheck/models/stance-v1.json.

    python benchmarks/train_stance.py [--eval-dir ../shared/eval] [--out factcheck/models/stance-v1.json]

Only ``ans_train.jsonl`` is read (its supported / contradicted pairs; the
not_mentioned ones, and ``ans_train_randneg.jsonl``, are the alignment's job
and only serve here to check that the alignment cutoff keeps them out).  Dev is
never touched: C and the decision threshold are chosen by stratified 5-fold
cross-validation on train.  Features are ``factcheck.kinds.statement.features.pair_features``
(the same function the checker applies at run time), and the model records their
``FEATURES_VERSION`` (``features_version``): the checker refuses a model trained on
other features.  The model is a
class-balanced L2 logistic regression.  Weights are pruned to the features seen
in at least ``--min-df`` training pairs and rounded, and stored as sparse JSON
(no pickle); the run is deterministic (fixed seed, sorted features).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck.kinds.statement.features import FEATURES_VERSION, pair_features
from factcheck.kinds.statement.model import FORMAT

SEED = 20250817
DEFAULT_EVAL = REPO.parent / "shared" / "eval"
DEFAULT_OUT = REPO / "factcheck" / "models" / "stance-v1.json"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    f = []
    for label in (0, 1):
        tp = float(np.sum((y == label) & (pred == label)))
        npred, ngold = float(np.sum(pred == label)), float(np.sum(y == label))
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(f) / 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in (args.eval_dir / "ans_train.jsonl").open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["label"] in ("supported", "contradicted")]
    y = np.array([1 if r["label"] == "contradicted" else 0 for r in rows])
    feats = [pair_features(r["claim"], r["source"]) for r in rows]
    df = Counter(k for f in feats for k in f)
    keep = {k for k, n in df.items() if n >= args.min_df}
    feats = [{k: v for k, v in f.items() if k in keep} for f in feats]
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform(feats)
    print(f"train: {len(rows)} pairs ({int(y.sum())} contradicted), {X.shape[1]} features (min_df {args.min_df})")

    skf = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=SEED)
    best: tuple[float, float, float] = (-1.0, 0.0, 0.5)
    for c in C_GRID:
        oof = np.zeros(len(y))
        for tr, te in skf.split(X, y):
            m = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=SEED)
            m.fit(X[tr], y[tr])
            oof[te] = m.predict_proba(X[te])[:, 1]
        for th in np.arange(0.30, 0.71, 0.025):
            score = macro_f1(y, (oof >= th).astype(int))
            if score > best[0] + 1e-9:
                best = (score, c, float(th))
        print(f"C={c:<5} cv macro-F1 @0.5: {macro_f1(y, (oof >= 0.5).astype(int)):.3f}")
    score, c, th = best
    print(f"chosen C={c} threshold={th:.3f} (cv macro-F1 {score:.3f})")

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=SEED)
    model.fit(X, y)
    names = vec.get_feature_names_out()
    coef = model.coef_[0]
    weights = {str(n): round(float(w), 4) for n, w in zip(names, coef) if abs(w) >= 1e-3}
    data = {
        "format": FORMAT,
        "features_version": FEATURES_VERSION,
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": round(th, 3),
        "meta": {
            "trained_on": "ANS train (supported/contradicted pairs)",
            "C": c,
            "cv_macro_f1": round(score, 4),
            "seed": SEED,
            "min_df": args.min_df,
            "features": len(weights),
        },
        "weights": dict(sorted(weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights, {len(text.encode()) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
