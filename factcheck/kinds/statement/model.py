"""The small stance model shipped with the package, applied in pure Python.

``stance-v1.json`` holds a logistic regression trained by
``benchmarks/train_stance.py`` on ANS train: a bias, sparse feature weights
(feature names as produced by ``factcheck.kinds.statement.features.pair_features``),
the decision threshold and the ``features_version`` it was trained on.  It is
read on first use; scikit-learn is not needed at run time.
P(contradicted) = sigmoid(bias + Σ weight[f] · value[f]).

The model is part of the package: a missing file, another format or a model
trained on other features (``FEATURES_VERSION``) is an error, never a silent
fallback to other verdicts.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from factcheck.kinds.statement.features import FEATURES_VERSION

__all__ = ["FORMAT", "MODEL_FILE", "StanceModel", "load_stance_model", "stance_model"]

MODEL_FILE = "stance-v1.json"
FORMAT = "factcheck-stance-logreg-v1"
# P(contradicted) from which the model says "contradicted", when the file names none.
DEFAULT_DECISION_THRESHOLD = 0.5


@dataclass(frozen=True)
class StanceModel:
    bias: float
    weights: dict[str, float]
    threshold: float = DEFAULT_DECISION_THRESHOLD
    meta: dict[str, Any] | None = None

    def logit(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.bias + math.fsum(w[k] * v for k, v in features.items() if k in w)

    def probability(self, features: dict[str, float], *, shift: float = 0.0) -> float:
        """P(contradicted | features), with ``shift`` added to the log-odds (a prior change)."""
        return self.probability_of(self.logit(features), shift=shift)

    @staticmethod
    def probability_of(logit: float, *, shift: float = 0.0) -> float:
        """P(contradicted) of a ``logit`` computed once, read under more than one prior."""
        z = logit + shift
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StanceModel:
        """The model of a parsed JSON file; refuses another format or features version."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not a stance model: format={data.get('format')!r}")
        version = data.get("features_version")
        if version != FEATURES_VERSION:
            raise ValueError(
                f"stance model was trained on features version {version}, this factcheck computes version "
                f"{FEATURES_VERSION}; retrain with benchmarks/train_stance.py"
            )
        return cls(
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data.get("threshold", DEFAULT_DECISION_THRESHOLD)),
            meta=data.get("meta"),
        )


def load_stance_model(path: Path | Traversable) -> StanceModel:
    """The model in ``path``; a missing or unreadable file raises (``FileNotFoundError``, ``OSError``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"stance model {path} not found: the package was built without it; "
            "rebuild it, or train one with benchmarks/train_stance.py"
        ) from exc
    return StanceModel.from_json(json.loads(text))


@lru_cache(maxsize=1)
def stance_model() -> StanceModel:
    """The shipped model (``factcheck/models/MODEL_FILE``), read once."""
    return load_stance_model(resources.files("factcheck").joinpath("models", MODEL_FILE))
