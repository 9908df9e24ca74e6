"""``benchmarks/ans_eval.py`` measures statements two ways, through pytest and the JSON report (the contract's path)
or by calling the checker in-process (``--direct``); the two must give the same verdicts.  They did not: the direct
path left out the claim's ``sources``, so the checker read each ANS source as a retrieved article, where a difference
of wording alone is no contradiction, and ANS dev scored 0.344 that way against 0.765 through pytest."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]

# Headline pairs of the ANS kind, written for this test: one agreement, one difference of wording only (the stance
# model's), one unrelated.
PAIRS = [
    {"id": "p1", "claim": "قتل خمسة أشخاص في هجوم على سوق في بغداد",
     "source": "مقتل 5 أشخاص في هجوم استهدف سوقا شعبيا في بغداد"},
    {"id": "p2", "claim": "ارتفعت أسعار النفط في الأسواق العالمية",
     "source": "انخفضت أسعار النفط في الأسواق العالمية بشكل حاد"},
    {"id": "p3", "claim": "فوز ريال مدريد على برشلونة في الكلاسيكو",
     "source": "هطول أمطار غزيرة على العاصمة الأردنية عمان"},
]


def _ans_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ans_eval", ROOT / "benchmarks" / "ans_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_direct_path_gives_the_contract_paths_verdicts(tmp_path: Path) -> None:
    ans_eval = _ans_eval()
    contract = ans_eval.run_contract(PAIRS, tmp_path, 1)
    assert ans_eval.run_direct(PAIRS) == contract
    assert contract == {"p1": "supported", "p2": "contradicted", "p3": "not_mentioned"}
