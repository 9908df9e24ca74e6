"""How factcheck scales to a real news corpus, as ratios to a naive baseline timed in the same run.

    python benchmarks/corpus_scale.py                    # first 2000 ANT articles
    python benchmarks/corpus_scale.py --articles 500     # quicker (well under a minute)
    python benchmarks/corpus_scale.py --articles 0       # all 31,525 articles (slow)
    python benchmarks/corpus_scale.py --pytest           # also run pytest end to end

Why.  The seeds are five articles; an editor runs the claims against
thousands.  This measures where factcheck spends its time on a real corpus
(the ANT multi-source Arabic news corpus, ``../shared/corpora``) and how far it
is from what a user would otherwise write.  Speed is machine-dependent, so
nothing here asserts a time: every stage is printed with articles/s and MB/s
(MB = 10^6 bytes of article text in UTF-8) and as a ratio, factcheck time /
baseline time, both measured in this run on this machine.

Input.  The first N records of the gzip JSONL corpus (deterministic: file
order) are written as ``{"id", "text"}`` objects to a JSONL file in a
temporary folder (nothing is written in the repository), and the claims of
``claims/alaska_summit.yaml`` (every kind it holds) are checked against every
article, honouring the file's and each claim's ``sources`` as the plugin does.

Stages, factcheck (in-process, the same calls the plugin makes):

1. decode+load: ``factcheck.corpus.load_corpus`` on the JSONL file;
2. normalize+documents: ``Engine.document`` for every source, i.e.
   ``Document.from_source`` (normalization with its offset map, sentences,
   tokens), cached in the Engine as in a pytest session;
3. check: ``Engine.check(claim, source)`` for every (claim, article) pair,
   claim by claim like pytest's item order.  The documents' lazy vocabularies
   are built here, on first use, as in a real run.

One-time set-up (imports, normalization tables, the statement model, the
first rapidfuzz call) is done before the clock starts and printed apart.

The naive baseline is what a user would write without factcheck, with the
same claim file: read the JSONL with ``json.loads`` (stage 1); lower-case each
article once so that Latin names meet their capitalised spelling (stage 2, its
only preparation); then for each claim and each article,
``rapidfuzz.fuzz.partial_ratio(alias, text) >= threshold`` on the whole
article text, no ``score_cutoff`` (stage 3).  A mention claim is supported
when one of its ``any`` aliases reaches the threshold and contradicted when
one of its ``not`` rivals does (without ``about``: the baseline has no notion
of a sentence); any other kind is supported when its ``says`` text reaches the
threshold, else not mentioned.  No normalization, no word boundaries, no
evidence location.  Its verdicts are compared with factcheck's, so the
ratios read together with how differently the two answer.

``--pytest`` then runs the real thing end to end, as a subprocess from the
repository: ``python -m pytest -p no:cacheprovider -q claims
--factcheck-corpus=<tmp>/ant.jsonl --factcheck-corpus=seeds
--factcheck-json=<tmp>/r.json``, and reports its wall time, (claim, source)
pairs/s, the per-pair ratio to the in-process run and whether the verdicts
in its JSON report equal the in-process ones.  The seeds are added because
the shipped claim file's ``expect`` globs ("001_*") must name a source of the
corpus, or the file is a collection error; ``--no-seeds`` runs without them.

Peak RSS (``resource.getrusage``) is printed for the whole process, with the
resident size after each factcheck stage (the Engine keeps every document).
Progress goes to stderr every ~10 % of a long stage; results go to stdout.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz

from factcheck.claims.load import load_claim_file
from factcheck.claims.model import Claim
from factcheck.corpus.decode import DEFAULT_MAX_BYTES
from factcheck.corpus.load import load_corpus
from factcheck.corpus.source import Source
from factcheck.engine import Engine
from factcheck.outcomes import applies

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "ant-v2.1-multisource.jsonl.gz"
DEFAULT_CLAIMS = REPO / "claims" / "alaska_summit.yaml"
VERDICTS = ("supported", "contradicted", "not_mentioned", "error")
QUIET_SECONDS = 1.0


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


class Progress:
    """``[stage] i/total (p%) t s`` on stderr each time another tenth is done.

    Quiet for the first ``QUIET_SECONDS`` of a stage: short stages print nothing.
    """

    def __init__(self, label: str, total: int, unit: str = "articles") -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.next_tenth = 1
        self.t0 = time.perf_counter()

    def tick(self, done: int) -> None:
        if self.total <= 0 or done * 10 < self.next_tenth * self.total:
            return
        while done * 10 >= self.next_tenth * self.total:
            self.next_tenth += 1
        elapsed = time.perf_counter() - self.t0
        if elapsed < QUIET_SECONDS:
            return
        pct = 100 * done // self.total
        print(f"  [{self.label}] {done:,}/{self.total:,} {self.unit} ({pct}%) {elapsed:.1f} s",
              file=sys.stderr, flush=True)


def rss_mb() -> float | None:
    """Current resident set size in MB (Linux), or None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6  # bytes on macOS, KiB on Linux


def code_state() -> str:
    """HEAD and any uncommitted package or claim files: the figures depend on both."""
    try:
        head = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M"],
                              check=True, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "factcheck", "claims"],
                               check=True, capture_output=True, text=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    changed = [line[3:] for line in dirty if line.strip()]
    return head + (f" + uncommitted changes to {', '.join(changed)}" if changed else "")


def shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


@dataclass
class Timing:
    """One stage of one side: seconds, over how many articles and MB."""

    seconds: float
    articles: int
    mb: float
    pairs: int = 0

    def rates(self) -> str:
        s = max(self.seconds, 1e-9)
        out = f"{self.seconds:8.2f} s {self.articles / s:9,.0f} art/s {self.mb / s:7.2f} MB/s"
        if self.pairs:
            out += f" {self.pairs / s:8,.0f} pairs/s"
        return out


@dataclass
class Checked:
    """Verdicts of one side, per (claim id, source id), and per-kind times."""

    verdicts: dict[tuple[str, str], str] = field(default_factory=dict)
    kind_seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    kind_pairs: Counter[str] = field(default_factory=Counter)

    def counts(self) -> Counter[str]:
        return Counter(self.verdicts.values())


# --------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------


def iter_records(corpus: Path) -> Iterator[dict[str, object]]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_sample(corpus: Path, articles: int, out: Path) -> tuple[int, float]:
    """The first ``articles`` records (0 = all) as {"id", "text"} JSONL; (records, text MB)."""
    total = articles if articles > 0 else None
    progress = Progress("prepare", total or 0, "records")
    n = 0
    text_bytes = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in iter_records(corpus):
            if total is not None and n >= total:
                break
            text = record.get("text")
            fh.write(json.dumps({"id": record.get("id"), "text": text}, ensure_ascii=False) + "\n")
            if isinstance(text, str):
                text_bytes += len(text.encode("utf-8"))
            n += 1
            progress.tick(n)
    return n, text_bytes / 1e6


# --------------------------------------------------------------------------
# factcheck, in-process
# --------------------------------------------------------------------------


def warm_up(claims: list[Claim]) -> float:
    """Pay the one-time costs (tables, checker imports, models) off the clock."""
    t0 = time.perf_counter()
    text = "\n".join(c.says for c in claims) + "\nAlaska ألاسكا ٣ ساعات في 15 أغسطس 2025."
    engine = Engine([Source("warm-up", "warm-up", text)])
    for claim in claims:
        engine.check(claim, "warm-up")
    fuzz.partial_ratio("ألاسكا", text)
    return time.perf_counter() - t0


def claim_pairs(claims: list[Claim], file_sources: list[str], ids: list[str]) -> list[tuple[Claim, list[str]]]:
    """Each claim with the source ids it applies to, as the plugin collects them."""
    return [
        (c, [i for i in ids if applies(file_sources, i) and applies(c.sources, i)])
        for c in claims
    ]


def factcheck_check(engine: Engine, plan: list[tuple[Claim, list[str]]], pairs: int) -> Checked:
    out = Checked()
    progress = Progress("factcheck check", pairs, "pairs")
    done = 0
    for claim, ids in plan:
        t0 = time.perf_counter()
        for sid in ids:
            out.verdicts[(claim.id, sid)] = engine.check(claim, sid).verdict.value
            done += 1
            progress.tick(done)
        out.kind_seconds[claim.kind] += time.perf_counter() - t0
        out.kind_pairs[claim.kind] += len(ids)
    return out


# --------------------------------------------------------------------------
# The naive baseline
# --------------------------------------------------------------------------


def naive_load(path: Path) -> list[tuple[str, str]]:
    arts: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record.get("text")
            if record.get("id") is not None and isinstance(text, str) and text.strip():
                arts.append((str(record["id"]), text))
    return arts


def naive_check(plan: list[tuple[Claim, list[str]]], texts: dict[str, str], pairs: int) -> Checked:
    out = Checked()
    progress = Progress("baseline check", pairs, "pairs")
    done = 0
    for claim, ids in plan:
        t0 = time.perf_counter()
        threshold = claim.threshold
        if claim.kind == "mention":
            aliases = [a.lower() for a in claim.any]
            rivals = [r.lower() for r in claim.not_]
        else:
            aliases = [claim.says.lower()]
            rivals = []
        for sid in ids:
            text = texts[sid]
            if any(fuzz.partial_ratio(r, text) >= threshold for r in rivals):
                verdict = "contradicted"
            elif any(fuzz.partial_ratio(a, text) >= threshold for a in aliases):
                verdict = "supported"
            else:
                verdict = "not_mentioned"
            out.verdicts[(claim.id, sid)] = verdict
            done += 1
            progress.tick(done)
        out.kind_seconds[claim.kind] += time.perf_counter() - t0
        out.kind_pairs[claim.kind] += len(ids)
    return out


# --------------------------------------------------------------------------
# pytest end to end
# --------------------------------------------------------------------------


@dataclass
class PytestRun:
    seconds: float
    returncode: int
    summary: str
    results: list[dict[str, object]]
    sources: int
    command: list[str]
    output: str


def run_pytest(jsonl: Path, report: Path, *, seeds: bool, max_bytes: int | None) -> PytestRun:
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "claims",
           f"--factcheck-corpus={jsonl}"]
    if seeds:
        cmd.append("--factcheck-corpus=seeds")
    cmd.append(f"--factcheck-json={report}")
    if max_bytes is not None:
        cmd.append(f"--factcheck-max-bytes={max_bytes}")
    print("  [pytest] running (no progress from the subprocess) ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, check=False, cwd=REPO, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    summary = lines[-1].strip("= ") if lines else proc.stderr.strip()[-300:]
    results: list[dict[str, object]] = []
    sources = 0
    if report.exists():
        data = json.loads(report.read_text(encoding="utf-8"))
        results = list(data.get("results", []))
        sources = len(data.get("sources", []))
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
    return PytestRun(seconds, proc.returncode, summary, results, sources, cmd, proc.stdout)


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def ratio(a: float, b: float) -> str:
    return f"x{a / b:,.1f}" if b > 0 else "-"


def print_verdicts(fc: Checked, base: Checked) -> None:
    fcc, bc = fc.counts(), base.counts()
    print("\nverdicts (claim, article pairs)      factcheck    baseline")
    for v in VERDICTS:
        if fcc[v] or bc[v]:
            print(f"  {v:<32}{fcc[v]:>11,}{bc[v]:>12,}")
    both = Counter((fc.verdicts[k], base.verdicts[k]) for k in fc.verdicts)
    agree = sum(n for (a, b), n in both.items() if a == b)
    total = max(1, len(fc.verdicts))
    print(f"  same verdict on {agree:,} of {len(fc.verdicts):,} pairs ({100 * agree / total:.2f} %); differing:")
    for (a, b), n in sorted(both.items(), key=lambda kv: -kv[1]):
        if a != b:
            print(f"    factcheck {a:<14} baseline {b:<14}{n:>8,}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000, help="first N articles of the corpus; 0 = all (default 2000)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="gzip or plain JSONL with id and text (default: ANT)")
    ap.add_argument("--claims", type=Path, default=DEFAULT_CLAIMS, help="claim file checked in-process (default: claims/alaska_summit.yaml)")
    ap.add_argument("--pytest", action="store_true", help="also run pytest end to end on the same articles")
    ap.add_argument("--no-seeds", action="store_true", help="with --pytest: do not add --factcheck-corpus=seeds")
    args = ap.parse_args(argv)
    if args.articles < 0:
        ap.error("--articles must be 0 (all) or more")
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}; pass --corpus PATH", file=sys.stderr)
        return 2

    loaded = load_claim_file(args.claims, shown(args.claims))
    if loaded.problems or loaded.file is None:
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        return 2
    claims = loaded.claims
    kinds = Counter(c.kind for c in claims)

    print(f"factcheck corpus-scale benchmark: Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}; code: {code_state()}")
    setup = warm_up(claims)

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        tmpdir = Path(tmp)
        jsonl = tmpdir / "ant.jsonl"
        t0 = time.perf_counter()
        records, mb = write_sample(args.corpus, args.articles, jsonl)
        prepare = time.perf_counter() - t0
        size = jsonl.stat().st_size
        max_bytes = DEFAULT_MAX_BYTES if size <= DEFAULT_MAX_BYTES else size + 1
        print(f"corpus: {shown(args.corpus)}, first {records:,} records "
              f"({'all' if args.articles == 0 else f'--articles {args.articles}'}); "
              f"{mb:.2f} MB of article text; temp JSONL {size / 1e6:.2f} MB written in {prepare:.1f} s (not timed below)")
        if max_bytes != DEFAULT_MAX_BYTES:
            print(f"note: the JSONL file is over factcheck's default max bytes ({DEFAULT_MAX_BYTES:,}), which "
                  f"applies to a whole .jsonl file: limit raised to {max_bytes:,} here and in --pytest")

        # -- baseline first, so the RSS growth below is factcheck's ------------
        gc.collect()
        t0 = time.perf_counter()
        arts = naive_load(jsonl)
        b_load = Timing(time.perf_counter() - t0, len(arts), mb)
        t0 = time.perf_counter()
        progress = Progress("baseline prepare", len(arts))
        texts: dict[str, str] = {}
        for i, (aid, text) in enumerate(arts, 1):
            texts[aid] = text.lower()
            progress.tick(i)
        b_prep = Timing(time.perf_counter() - t0, len(arts), mb)

        # -- factcheck ---------------------------------------------------------
        rss0 = rss_mb()
        gc.collect()
        t0 = time.perf_counter()
        corpus = load_corpus([jsonl], tmpdir, max_bytes=max_bytes)
        f_load = Timing(time.perf_counter() - t0, len(corpus.sources), mb)
        rss_load = rss_mb()
        engine = Engine(corpus.sources)
        progress = Progress("factcheck documents", len(corpus.sources))
        t0 = time.perf_counter()
        for i, source in enumerate(corpus.sources, 1):
            engine.analysis(source.id)
            progress.tick(i)
        f_docs = Timing(time.perf_counter() - t0, len(corpus.sources), mb)
        rss_docs = rss_mb()

        ids = [s.id for s in corpus.sources]
        plan = claim_pairs(claims, loaded.file.sources, ids)
        pairs = sum(len(i) for _, i in plan)
        t0 = time.perf_counter()
        fc = factcheck_check(engine, plan, pairs)
        f_check = Timing(time.perf_counter() - t0, len(ids), mb, pairs)
        rss_check = rss_mb()

        missing = [i for i in ids if i not in texts]
        if missing:
            print(f"warning: {len(missing)} sources loaded by factcheck but not by the baseline, e.g. {missing[:3]}")
            for sid in missing:
                texts[sid] = engine.sources[sid].text.lower()
        t0 = time.perf_counter()
        base = naive_check(plan, texts, pairs)
        b_check = Timing(time.perf_counter() - t0, len(ids), mb, pairs)

        # -- results -------------------------------------------------------------
        print(f"claims: {shown(args.claims)}: {len(claims)} claims "
              f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}); "
              f"{len(ids):,} articles loaded -> {pairs:,} (claim, article) pairs")
        if corpus.problems:
            print(f"corpus problems ({len(corpus.problems)}, skipped by both sides):")
            for corpus_problem in corpus.problems[:5]:
                print(f"  {corpus_problem}")
        print(f"one-time set-up (imports, normalization tables, checkers): {setup:.2f} s, not in the stages")
        print("\nstage                    factcheck" + " " * 50 + "naive baseline" + " " * 47 + "factcheck/baseline")
        rows = [
            ("1 decode+load", f_load, b_load),
            ("2 normalize+documents", f_docs, b_prep),
            ("3 check", f_check, b_check),
        ]
        for name, f, b in rows:
            print(f"{name:<24} {f.rates():<64} {b.rates():<64} {ratio(f.seconds, b.seconds)}")
        f_total = sum(f.seconds for _, f, _ in rows)
        b_total = sum(b.seconds for _, _, b in rows)
        ft = Timing(f_total, len(ids), mb, pairs)
        bt = Timing(b_total, len(ids), mb, pairs)
        print(f"{'total':<24} {ft.rates():<64} {bt.rates():<64} {ratio(f_total, b_total)}")
        print("(baseline stage 2 is only str.lower(); factcheck stage 3 includes each document's lazy reads:\n"
              " vocabulary, quantities, dates, charged below to the kind of the first claim that needs them)")
        for kind in sorted(fc.kind_pairs):
            n = fc.kind_pairs[kind]
            fs, bs = fc.kind_seconds[kind], base.kind_seconds[kind]
            print(f"  check, {kind}: {n:,} pairs; factcheck {fs:.2f} s ({n / max(fs, 1e-9):,.0f} pairs/s, "
                  f"{1e3 * fs / max(n, 1):.3f} ms/pair); baseline {bs:.2f} s; {ratio(fs, bs)}")

        print_verdicts(fc, base)

        print(f"\nmemory: peak RSS {peak_rss_mb():,.0f} MB (ru_maxrss, whole process)", end="")
        if None not in (rss0, rss_load, rss_docs, rss_check):
            assert rss0 is not None and rss_load is not None and rss_docs is not None and rss_check is not None
            per = (rss_docs - rss_load) * 1e3 / max(1, len(ids))
            print(f"; RSS before factcheck {rss0:,.0f} MB, after load {rss_load:,.0f} MB, after documents "
                  f"{rss_docs:,.0f} MB (~{per:,.0f} kB per article held by the Engine), after check {rss_check:,.0f} MB")
        else:
            print()

        if args.pytest:
            peak_in_process = peak_rss_mb()
            run = run_pytest(jsonl, tmpdir / "r.json", seeds=not args.no_seeds,
                             max_bytes=None if max_bytes == DEFAULT_MAX_BYTES else max_bytes)
            cmd = " ".join(shown(Path(c)) if c == sys.executable else c for c in run.command)
            print(f"\nend to end: {cmd.replace(str(tmpdir), '<tmp>')}")
            n = len(run.results)
            print(f"  wall {run.seconds:.1f} s; exit {run.returncode}; {run.summary}")
            print(f"  peak RSS of the pytest process {peak_rss_mb(resource.RUSAGE_CHILDREN):,.0f} MB "
                  f"(in-process run above: {peak_in_process:,.0f} MB)")
            print(f"  {n:,} results in the JSON report over {run.sources:,} sources: "
                  f"{n / max(run.seconds, 1e-9):,.0f} pairs/s, {run.sources / max(run.seconds, 1e-9):,.0f} sources/s")
            if n:
                per_pytest = run.seconds / n
                per_fc = f_total / max(1, pairs)
                per_base = b_total / max(1, pairs)
                print(f"  per pair: pytest {1e3 * per_pytest:.3f} ms; in-process factcheck {1e3 * per_fc:.3f} ms "
                      f"(pytest/in-process {ratio(per_pytest, per_fc)}); naive baseline {1e3 * per_base:.3f} ms "
                      f"(pytest/baseline {ratio(per_pytest, per_base)})")
                got = {(str(r["claim"]), str(r["source"])): str(r["verdict"]) for r in run.results}
                common = [k for k in fc.verdicts if k in got]
                differ = [k for k in common if got[k] != fc.verdicts[k]]
                print(f"  verdicts equal to the in-process run on {len(common) - len(differ):,} of {len(common):,} "
                      f"shared pairs ({len(fc.verdicts) - len(common):,} in-process pairs absent from the report)")
                for k in differ[:5]:
                    print(f"    differs: {k[0]}[{k[1]}]: in-process {fc.verdicts[k]}, pytest {got[k]}"
                          " (was the package edited during the run?)")
            else:
                tail = [ln for ln in run.output.splitlines() if ln.strip()][-12:]
                print("  pytest produced no results (if the seeds were left out: the shipped claim file's expect globs "
                      "name no source of this corpus); its output ends:")
                for line in tail:
                    print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
