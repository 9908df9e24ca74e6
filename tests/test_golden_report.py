"""The shipped claims over the seeds give the report committed in ``tests/golden``.

The golden copy was written before the package was restructured (issue 8); a
change to any verdict, evidence span or location must come with a new golden
copy in a commit that explains each change.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "seeds_report.json"
_EVIDENCE_KEYS = ("role", "text", "start", "end", "line", "col", "score", "reason")
_RESULT_KEYS = ("file", "claim", "kind", "source", "verdict", "outcome", "score", "reason")


def _essence(report: dict[str, Any]) -> dict[str, Any]:
    return {
        "sources": [(s["id"], s["path"], s["chars"]) for s in report["sources"]],
        "results": [
            {k: r[k] for k in _RESULT_KEYS}
            | {"evidence": [{k: e[k] for k in _EVIDENCE_KEYS} for e in r["evidence"]]}
            for r in report["results"]
        ],
    }


def test_shipped_claims_over_the_seeds_match_the_golden_report(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--factcheck-json={out}"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    got = _essence(json.loads(out.read_text(encoding="utf-8")))
    want = _essence(json.loads(GOLDEN.read_text(encoding="utf-8")))
    assert got["sources"] == want["sources"]
    assert len(got["results"]) == len(want["results"])
    for g, w in zip(got["results"], want["results"], strict=True):
        assert g == w, f"{w['claim']}[{w['source']}] changed"
