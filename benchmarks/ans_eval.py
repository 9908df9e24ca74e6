"""Statement verdicts on ANS (Arabic News Stance) pairs, through the public contract.

Each pair (claim, source headline) becomes one ``statement`` claim in a
temporary claim file, scoped with ``sources: [<pair id>]`` to its own text in a
temporary JSONL corpus; ``pytest -p factcheck`` checks them and writes the JSON
report (contract §5), whose ``results[*].verdict`` are scored here.

    python benchmarks/ans_eval.py                 # dev + dev randneg, via pytest
    python benchmarks/ans_eval.py --split train   # train (+ train randneg)
    python benchmarks/ans_eval.py --direct        # call the checker in-process (no plugin)

Prints the confusion matrix, per-class precision/recall/F1, the macro-F1 over
supported vs contradicted (the issue's target: ≥ 0.70), the not_mentioned
recall on the randneg pairs (target ≥ 0.9), and the same figures for a
majority-class baseline measured in the same run.  Nothing from ANS is written
outside a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = REPO.parent / "shared" / "eval"
LABELS = ("supported", "contradicted", "not_mentioned")


def load(eval_dir: Path, split: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    def read(name: str) -> list[dict[str, str]]:
        path = eval_dir / f"ans_{name}.jsonl"
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    return read(split), read(f"{split}_randneg")


def yaml_quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML flow scalars


def claim_id(pair_id: str) -> str:
    return pair_id.lower()


def run_contract(pairs: list[dict[str, str]], workdir: Path, jobs: int) -> dict[str, str]:
    """Verdicts per pair id, from the JSON report of a pytest run."""
    corpus = workdir / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for p in pairs:
            fh.write(json.dumps({"id": p["id"], "text": p["source"]}, ensure_ascii=False) + "\n")
    claims = workdir / "ans_claims.yaml"
    lines = ["version: 1", "defaults:", "  missing: pass", "claims:"]
    for p in pairs:
        lines += [
            f"  - id: {claim_id(p['id'])}",
            f"    says: {yaml_quote(p['claim'])}",
            "    kind: statement",
            f"    sources: [{yaml_quote(p['id'])}]",
        ]
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = workdir / "report.json"
    cmd = [
        sys.executable, "-m", "pytest", "-p", "factcheck", "-q", "-p", "no:cacheprovider",
        "--rootdir", str(workdir), "-c", os.devnull,
        "--factcheck-corpus", str(corpus), "--factcheck-json", str(report), str(claims),
    ]
    proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, check=False)
    if not report.exists():
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        raise SystemExit(f"pytest wrote no report (exit {proc.returncode}); try --direct")
    data = json.loads(report.read_text(encoding="utf-8"))
    by_claim = {claim_id(p["id"]): p["id"] for p in pairs}
    verdicts: dict[str, str] = {}
    for r in data["results"]:
        pid = by_claim.get(r["claim"])
        if pid is not None and r["source"] == pid:
            verdicts[pid] = r["verdict"]
    missing = [p["id"] for p in pairs if p["id"] not in verdicts]
    if missing:
        raise SystemExit(f"{len(missing)} pairs have no result in the report, e.g. {missing[:3]}")
    return verdicts


def run_direct(pairs: list[dict[str, str]]) -> dict[str, str]:
    sys.path.insert(0, str(REPO))
    from factcheck.analysis import Analysis
    from factcheck.claims.model import StatementClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.statement import check

    out: dict[str, str] = {}
    for p in pairs:
        doc = Analysis(Document.from_source(Source(p["id"], p["id"], p["source"])))
        # the claim names its source, as the contract path writes it: the source is read as given (its stance)
        claim = StatementClaim(id=claim_id(p["id"]), says=p["claim"], sources=[p["id"]])
        out[p["id"]] = check(claim, doc).verdict.value
    return out


def prf(gold: list[str], pred: list[str], label: str) -> tuple[float, float, float, int]:
    tp = sum(g == label and p == label for g, p in zip(gold, pred))
    npred = sum(p == label for p in pred)
    ngold = sum(g == label for g in gold)
    prec = tp / npred if npred else 0.0
    rec = tp / ngold if ngold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, ngold


def summarize(name: str, gold: list[str], pred: list[str], rand_gold: list[str], rand_pred: list[str]) -> dict[str, float]:
    labels = list(LABELS) + sorted({p for p in pred + rand_pred if p not in LABELS})
    print(f"\n== {name}")
    print("confusion (rows gold, cols predicted) on the ANS pairs:")
    width = max(len(x) for x in labels) + 2
    print(" " * width + "".join(f"{x[:13]:>14}" for x in labels))
    cm = Counter(zip(gold, pred))
    for g in LABELS:
        print(f"{g:<{width}}" + "".join(f"{cm[(g, p)]:>14}" for p in labels))
    print(f"{'label':<15}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>10}")
    f1s = {}
    for label in LABELS:
        p, r, f, n = prf(gold, pred, label)
        f1s[label] = f
        print(f"{label:<15}{p:>10.3f}{r:>10.3f}{f:>10.3f}{n:>10}")
    macro = (f1s["supported"] + f1s["contradicted"]) / 2
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    rand_rec = sum(p == "not_mentioned" for p in rand_pred) / len(rand_pred) if rand_pred else float("nan")
    print(f"macro-F1 (supported, contradicted): {macro:.3f}   accuracy: {acc:.3f}")
    print(f"not_mentioned recall on {len(rand_pred)} randneg pairs: {rand_rec:.3f}"
          f"   (predicted: {dict(Counter(rand_pred))})")
    return {"macro_f1": macro, "randneg_recall": rand_rec, "accuracy": acc}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--direct", action="store_true", help="call factcheck.kinds.statement.check in-process")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)

    ans, rand = load(args.eval_dir, args.split)
    pairs = ans + rand
    t0 = time.perf_counter()
    if args.direct:
        verdicts = run_direct(pairs)
        how = "direct (factcheck.kinds.statement.check in-process)"
    else:
        with tempfile.TemporaryDirectory(prefix="ans_eval_") as tmp:
            verdicts = run_contract(pairs, Path(tmp), args.jobs)
        how = "contract (pytest -p factcheck --factcheck-json, contract §5)"
    elapsed = time.perf_counter() - t0
    print(f"ANS {args.split}: {len(ans)} pairs + {len(rand)} randneg pairs; path: {how}; {elapsed:.1f}s")

    gold = [p["label"] for p in ans]
    pred = [verdicts[p["id"]] for p in ans]
    rand_gold = [p["label"] for p in rand]
    rand_pred = [verdicts[p["id"]] for p in rand]
    ours = summarize("factcheck statement kind", gold, pred, rand_gold, rand_pred)

    # Baseline in the same run: always the majority ANS label (mentioned pairs),
    # and not_mentioned for nothing (it never abstains).
    majority = Counter(gold).most_common(1)[0][0]
    base = summarize(f"baseline: always {majority!r}", gold, [majority] * len(gold), rand_gold, [majority] * len(rand))
    ratio = ours["macro_f1"] / base["macro_f1"] if base["macro_f1"] else float("inf")
    print(f"\nmacro-F1 {ours['macro_f1']:.3f} vs baseline {base['macro_f1']:.3f} (× {ratio:.2f});"
          f" randneg not_mentioned recall {ours['randneg_recall']:.3f} vs {base['randneg_recall']:.3f}")
    target = ours["macro_f1"] >= 0.70 and ours["randneg_recall"] >= 0.9
    print("targets (macro-F1 ≥ 0.70, randneg recall ≥ 0.9):", "met" if target else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
