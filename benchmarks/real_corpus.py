"""factcheck's raw verdicts on real news, against labels written by hand.

The claim files in ``examples/`` each describe one real event reported in the
ANT v2.1 corpus (Chouigui et al., AJSE 2021, Apache-2.0): a plane crash in
Cuba, a fire in Kemerovo, a military plane crash in Algeria, a shooting in
Toronto.  Every (claim, article) pair of the articles about each event was
labelled by reading the article (``examples/labels.jsonl``:
supported / contradicted / not_mentioned, with the words of evidence); the
labels judge the article's ``text`` field only, which is what factcheck reads.

This script runs those claim files over the WHOLE corpus through the public
contract, i.e. as a subprocess

    python -m pytest -p factcheck examples/*.yaml --factcheck-corpus=<corpus>
        -o factcheck_jsonl_fields="id=id text=text date=time"
        --factcheck-json=<tmp>/report.json -q -p no:cacheprovider --rootdir=<tmp>

so each file's ``scope`` has to find its event's articles among 31,525, then
scores the JSON report's verdicts against the labels:

- accuracy over the labelled pairs (a labelled pair with no result, i.e. its
  article was left out of scope, counts as ``not_mentioned``: not checked),
  overall, per claim file and per claim kind;
- precision, recall and F1 of ``contradicted`` (and of ``supported``);
- the confusion matrix (label x verdict);
- scope: labelled articles left out of scope, and articles put in scope that
  no label covers;
- every contradiction OUTSIDE the labelled pairs, with the sentence and the
  reason factcheck gives.

    python benchmarks/real_corpus.py                          # all claim files, whole corpus
    python benchmarks/real_corpus.py --claims 'cuba*'         # a subset of the claim files
    python benchmarks/real_corpus.py --limit-files 2          # the first two claim files
    python benchmarks/real_corpus.py --report /tmp/report.json  # score an existing report

Only the standard library is used; temporary files go to a ``tempfile``
folder.  Exits 0 whatever the figures (it measures, it does not gate).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "ant-v2.1-multisource.jsonl.gz"
DEFAULT_EXAMPLES = REPO / "examples"
LABELS = ("supported", "contradicted", "not_mentioned")
VERDICTS = ("supported", "contradicted", "not_mentioned", "error")
JSONL_FIELDS = "id=id text=text date=time"


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------


def claim_files(examples: Path, patterns: list[str], limit: int | None) -> list[Path]:
    files = sorted(p for p in examples.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if patterns:
        files = [p for p in files if any(fnmatch.fnmatch(p.name, pat) or fnmatch.fnmatch(p.stem, pat)
                                         or p.name == Path(pat).name for pat in patterns)]
    if limit is not None:
        files = files[:limit]
    return files


def read_labels(path: Path) -> list[dict[str, str]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("label") not in LABELS:
                raise SystemExit(f"{path}:{n}: label {rec.get('label')!r} is not one of {', '.join(LABELS)}")
            out.append(rec)
    return out


_ID = re.compile(r"^\s*-\s+id:\s*['\"]?([a-z0-9][a-z0-9_-]*)")
_KIND = re.compile(r"^\s+kind:\s*['\"]?(mention|quantity|date|statement)\b")


def claim_kinds(path: Path) -> dict[str, str]:
    """claim id -> kind, read from the YAML text (no YAML library: stdlib only)."""
    kinds: dict[str, str] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0]
        m = _ID.match(line)
        if m:
            current = m.group(1)
            kinds[current] = "statement"  # the contract's default kind
            continue
        m = _KIND.match(line)
        if m and current is not None:
            kinds[current] = m.group(1)
    return kinds


# --------------------------------------------------------------------------
# The run, through the public contract
# --------------------------------------------------------------------------


def run_pytest(files: list[Path], corpus: Path, workdir: Path, extra: list[str]) -> tuple[dict[str, Any], float, str]:
    report = workdir / "report.json"
    cmd = [
        sys.executable, "-m", "pytest", "-p", "factcheck", *[str(f) for f in files],
        f"--factcheck-corpus={corpus}",
        "-o", f"factcheck_jsonl_fields={JSONL_FIELDS}",
        f"--factcheck-json={report}",
        "-q", "-p", "no:cacheprovider", f"--rootdir={workdir}", "-c", os.devnull,
        *extra,
    ]
    shown = " ".join(cmd[1:]).replace(str(workdir), "<tmp>")
    print(f"running: python {shown}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    tail = [ln for ln in proc.stdout.splitlines() if ln.strip()][-1:] or [""]
    summary = f"exit {proc.returncode}; {tail[0].strip('= ')}"
    if not report.exists():
        sys.stderr.write(proc.stdout[-4000:] + "\n" + proc.stderr[-4000:] + "\n")
        print(f"pytest wrote no JSON report ({summary}); nothing to score", file=sys.stderr)
        return {}, wall, summary
    return json.loads(report.read_text(encoding="utf-8")), wall, summary


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def key(file: str, claim: str, source: str) -> tuple[str, str, str]:
    return (Path(file).name, claim, source)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def pct(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a (0)"


def first_evidence(result: dict[str, Any], role: str) -> dict[str, Any]:
    ev = result.get("evidence") or []
    for e in ev:
        if e.get("role") == role:
            return e
    return ev[0] if ev else {}


def clip(text: str, n: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def score(report: dict[str, Any], labels: list[dict[str, str]], files: list[Path]) -> None:
    names = {f.name for f in files}
    kinds: dict[tuple[str, str], str] = {}
    for f in files:
        for cid, kind in claim_kinds(f).items():
            kinds[(f.name, cid)] = kind
    results = {key(r["file"], r["claim"], r["source"]): r for r in report.get("results", [])
               if Path(r["file"]).name in names}
    for (fname, cid, _), r in results.items():
        if r.get("kind"):
            kinds[(fname, cid)] = r["kind"]

    labelled = [lab for lab in labels if Path(lab["file"]).name in names]
    unknown = [lab for lab in labelled if (Path(lab["file"]).name, lab["claim"]) not in kinds]
    labelled = [lab for lab in labelled if (Path(lab["file"]).name, lab["claim"]) in kinds]
    if not labelled:
        print("no labelled pair for these claim files")
        return

    confusion: Counter[tuple[str, str]] = Counter()
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    by_file: dict[str, Counter[str]] = defaultdict(Counter)
    unchecked = 0
    wrong: list[tuple[dict[str, str], str, dict[str, Any] | None]] = []
    for lab in labelled:
        k = key(lab["file"], lab["claim"], lab["source"])
        res = results.get(k)
        verdict = res["verdict"] if res else "not_mentioned"
        unchecked += res is None
        confusion[(lab["label"], verdict)] += 1
        kind = kinds[(k[0], k[1])]
        ok = verdict == lab["label"]
        for c in (by_kind[kind], by_file[k[0]]):
            c["n"] += 1
            c["ok"] += ok
            c[f"label_{lab['label']}"] += 1
        if not ok:
            wrong.append((lab, verdict, res))

    n = len(labelled)
    correct = sum(v for (a, b), v in confusion.items() if a == b)
    print("# factcheck on real news: ANT v2.1 against hand labels\n")
    print(f"claim files: {', '.join(sorted(names))}")
    print(f"labelled pairs: {n} ({sum(1 for x in labelled if x['label'] == 'contradicted')} contradicted, "
          f"{sum(1 for x in labelled if x['label'] == 'supported')} supported, "
          f"{sum(1 for x in labelled if x['label'] == 'not_mentioned')} not_mentioned); "
          f"{unchecked} of them have no result (article out of scope) and count as not_mentioned")
    if unknown:
        print(f"note: {len(unknown)} labelled pairs name a claim that is not in its claim file; left out")
    print()

    print("## Figures\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| accuracy (all labelled pairs) | {pct(correct, n)} |")
    for cls in ("contradicted", "supported"):
        tp = confusion[(cls, cls)]
        fp = sum(v for (a, b), v in confusion.items() if b == cls and a != cls)
        fn = sum(v for (a, b), v in confusion.items() if a == cls and b != cls)
        p, r, f = prf(tp, fp, fn)
        print(f"| `{cls}` precision / recall / F1 | {p:.3f} / {r:.3f} / {f:.3f} (tp {tp}, fp {fp}, fn {fn}) |")
    nm = sum(v for (a, b), v in confusion.items() if a == "not_mentioned")
    print(f"| `not_mentioned` kept as not_mentioned | {pct(confusion[('not_mentioned', 'not_mentioned')], nm)} |")
    majority = Counter(x["label"] for x in labelled).most_common(1)[0]
    print(f"| baseline: always `{majority[0]}` (accuracy) | {pct(majority[1], n)} |")
    print()

    print("## Accuracy per kind\n")
    print("| kind | pairs | accuracy | labelled supported / contradicted / not_mentioned |")
    print("|---|---|---|---|")
    for kind in sorted(by_kind):
        c = by_kind[kind]
        print(f"| {kind} | {c['n']} | {pct(c['ok'], c['n'])} | "
              f"{c['label_supported']} / {c['label_contradicted']} / {c['label_not_mentioned']} |")
    print()

    print("## Accuracy per claim file\n")
    print("| claim file | pairs | accuracy | labelled contradicted |")
    print("|---|---|---|---|")
    for fname in sorted(by_file):
        c = by_file[fname]
        print(f"| {fname} | {c['n']} | {pct(c['ok'], c['n'])} | {c['label_contradicted']} |")
    print()

    print("## Confusion matrix (rows: label, columns: factcheck's verdict)\n")
    print("| label \\ verdict | " + " | ".join(VERDICTS) + " | total |")
    print("|---|" + "---|" * (len(VERDICTS) + 1))
    for lab in LABELS:
        row = [confusion[(lab, v)] for v in VERDICTS]
        print(f"| {lab} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    print()

    # ---- scope
    labelled_sources: dict[str, set[str]] = defaultdict(set)
    for lab in labelled:
        labelled_sources[Path(lab["file"]).name].add(lab["source"])
    checked_sources: dict[str, set[str]] = defaultdict(set)
    for (fname, _, src) in results:
        checked_sources[fname].add(src)
    print("## Scope\n")
    print("| claim file | labelled articles | in scope (checked) | labelled but out of scope | in scope but unlabelled |")
    print("|---|---|---|---|---|")
    extra_lines = []
    for fname in sorted(names):
        lab_s, chk_s = labelled_sources.get(fname, set()), checked_sources.get(fname, set())
        missed, extra = sorted(lab_s - chk_s), sorted(chk_s - lab_s)
        print(f"| {fname} | {len(lab_s)} | {len(chk_s)} | {len(missed)} | {len(extra)} |")
        for s in missed:
            extra_lines.append(f"- {fname}: labelled article **{s}** was not checked (out of scope)")
        for s in extra:
            extra_lines.append(f"- {fname}: article **{s}** was checked but has no label")
    print()
    if extra_lines:
        print("\n".join(extra_lines))
        print()

    # ---- wrong verdicts on labelled pairs
    print(f"## Wrong verdicts on labelled pairs ({len(wrong)})\n")
    for lab, verdict, res in sorted(wrong, key=lambda w: (w[0]["file"], w[0]["claim"], w[0]["source"])):
        line = f"- {Path(lab['file']).name}::{lab['claim']}[{lab['source']}]: label {lab['label']}, verdict {verdict}"
        if res is None:
            line += " (not checked: out of scope)"
        print(line)
        if lab.get("note"):
            print(f"    label note: {clip(lab['note'], 200)}")
        if res is not None and res.get("evidence"):
            ev = first_evidence(res, "contradicts" if verdict == "contradicted" else "supports")
            print(f"    matched: «{clip(ev.get('text', ''), 120)}»")
            print(f"    why: {clip(ev.get('reason') or res.get('reason') or '', 200)}")
    print()

    # ---- contradictions outside the labelled pairs
    label_keys = {key(x["file"], x["claim"], x["source"]) for x in labelled}
    outside = sorted((k, r) for k, r in results.items() if r["verdict"] == "contradicted" and k not in label_keys)
    print(f"## Contradictions outside the labelled pairs ({len(outside)})\n")
    for (fname, cid, src), r in outside:
        ev = first_evidence(r, "contradicts")
        print(f"- {fname}::{cid}[{src}]")
        print(f"    sentence: «{clip(ev.get('sentence') or ev.get('text', ''))}»")
        print(f"    matched: «{clip(ev.get('text', ''), 120)}»")
        print(f"    why: {clip(ev.get('reason') or r.get('reason') or '', 200)}")
    print()

    counts = Counter(r["verdict"] for r in results.values())
    print(f"all results of these files: {len(results)} pairs checked "
          f"({', '.join(f'{v} {counts[v]}' for v in VERDICTS if counts[v])})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="the ANT JSONL(.gz) corpus (default: %(default)s)")
    ap.add_argument("--examples", type=Path, default=DEFAULT_EXAMPLES,
                    help="folder of the claim files (default: %(default)s)")
    ap.add_argument("--labels", type=Path, default=None,
                    help="labels JSONL (default: <examples>/labels.jsonl)")
    ap.add_argument("--claims", action="append", default=[], metavar="GLOB",
                    help="run only the claim files whose name matches (repeatable), e.g. 'cuba*'")
    ap.add_argument("--limit-files", type=int, default=None, metavar="N",
                    help="run only the first N claim files (sorted by name)")
    ap.add_argument("--report", type=Path, default=None,
                    help="score this existing JSON report instead of running pytest")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (report.json) and print its path")
    ap.add_argument("--pytest-arg", action="append", default=[], metavar="ARG",
                    help="extra argument for the pytest run (repeatable), e.g. --pytest-arg=--factcheck-no-cache")
    args = ap.parse_args(argv)

    examples = args.examples.resolve()
    labels_path = (args.labels or examples / "labels.jsonl").resolve()
    files = claim_files(examples, args.claims, args.limit_files)
    if not files:
        print(f"no claim file selected in {examples}", file=sys.stderr)
        return 0
    labels = read_labels(labels_path)

    if args.report is not None:
        report = json.loads(args.report.read_text(encoding="utf-8"))
        print(f"report: {args.report} (not run)", file=sys.stderr)
        score(report, labels, files)
        return 0

    corpus = args.corpus.resolve()
    if not corpus.exists():
        print(f"corpus not found: {corpus} (give --corpus)", file=sys.stderr)
        return 0
    tmp = tempfile.mkdtemp(prefix="factcheck-real-")
    workdir = Path(tmp)
    try:
        report, wall, summary = run_pytest(files, corpus, workdir, args.pytest_arg)
        print(f"pytest: {summary}; wall {wall:.1f} s", file=sys.stderr)
        if report:
            score(report, labels, files)
            print(f"\npytest run: {summary}; wall {wall:.1f} s; corpus {corpus.name}")
    finally:
        if args.keep:
            print(f"kept: {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
