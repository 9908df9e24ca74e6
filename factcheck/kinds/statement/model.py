"""The small stance model shipped with the package, applied in pure Python.

``stance-v1.json`` holds a logistic regression trained by
``benchmarks/train_stance.py`` on ANS train: a bias, sparse feature weights
(feature names as produced by ``factcheck.statements.pair_features``) and the
decision threshold.  It is read on first use; scikit-learn is not needed at
run time.  P(contradicted) = sigmoid(bias + Σ weight[f] · value[f]).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["MODEL_FILE", "StanceModel", "stance_model"]

MODEL_FILE = "stance-v1.json"


@dataclass(frozen=True)
class StanceModel:
    bias: float
    weights: dict[str, float]
    threshold: float = 0.5
    meta: dict[str, Any] | None = None

    def logit(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.bias + math.fsum(w[k] * v for k, v in features.items() if k in w)

    def probability(self, features: dict[str, float], *, shift: float = 0.0) -> float:
        """P(contradicted | features), with ``shift`` added to the log-odds (a prior change)."""
        z = self.logit(features) + shift
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StanceModel:
        if data.get("format") != "factcheck-stance-logreg-v1":
            raise ValueError(f"not a stance model: format={data.get('format')!r}")
        return cls(
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data.get("threshold", 0.5)),
            meta=data.get("meta"),
        )


@lru_cache(maxsize=1)
def stance_model() -> StanceModel | None:
    """The shipped model, or None when the package was built without it."""
    try:
        text = resources.files("factcheck").joinpath("models", MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return StanceModel.from_json(json.loads(text))
