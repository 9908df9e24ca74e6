"""A run under ``-n`` that finished before with every outcome in the cache is made in one process
(``factcheck.complete_runs``): its xdist workers would have nothing to share, and cost more than the run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.complete_runs import KEEP, CompleteRuns, RunInputs, fingerprint

DROPPED = "factcheck: this run finished before and every outcome of it is in the cache*without the 2 xdist workers*"


def _marks(folder: Path) -> list[str]:
    marks = folder / "complete-runs"
    return sorted(p.name for p in marks.iterdir()) if marks.is_dir() else []


def test_a_warm_run_under_xdist_is_made_in_one_process_with_the_same_report(shipped: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    args = ["claims", "-p", "no:cacheprovider", "-n", "2", "--factcheck-cache=c"]
    cold = shipped.runpytest_subprocess(*args, "--factcheck-json=cold.json")
    cold.stdout.fnmatch_lines(["created: 2/2 workers"])
    cold.stdout.no_fnmatch_line(DROPPED)
    assert len(_marks(shipped.path / "c")) == 1  # the controller marks the run the workers made

    warm = shipped.runpytest_subprocess(*args, "--factcheck-json=warm.json")
    warm.stdout.fnmatch_lines([DROPPED])
    warm.stdout.no_fnmatch_line("created: 2/2 workers")
    assert warm.parseoutcomes() == cold.parseoutcomes()
    assert (shipped.path / "warm.json").read_bytes() == (shipped.path / "cold.json").read_bytes()

    kept = shipped.runpytest_subprocess(*args, "--factcheck-warm-workers", "--factcheck-json=kept.json")
    kept.stdout.fnmatch_lines(["created: 2/2 workers"])
    assert (shipped.path / "kept.json").read_bytes() == (shipped.path / "cold.json").read_bytes()

    claims = shipped.path / "claims" / "alaska_summit.yaml"  # an edited claim file: a run not made before
    claims.write_text(claims.read_text(encoding="utf-8") + "# checked again\n", encoding="utf-8")
    edited = shipped.runpytest_subprocess(*args, "--factcheck-json=edited.json")
    edited.stdout.fnmatch_lines(["created: 2/2 workers"])
    edited.stdout.no_fnmatch_line(DROPPED)


@pytest.mark.parametrize("extra", [["-x"], ["--collect-only"], ["test_plain.py"], ["--factcheck-no-cache"]])
def test_a_run_that_did_not_check_all_of_itself_or_only_claims_leaves_no_mark(
    shipped: pytest.Pytester, extra: list[str]
) -> None:
    """Stopped at the first failure, only collected, a project's own tests among the claims (they would lose
    their workers next time), or no cache to hold the outcomes: the same run next time is not all in the cache."""
    shipped.makepyfile(test_plain="def test_one():\n    assert 1 + 1 == 2\n")
    shipped.runpytest("claims", "--factcheck-cache=c", *extra)
    assert _marks(shipped.path / "c") == []
    shipped.runpytest("claims", "--factcheck-cache=c")
    assert len(_marks(shipped.path / "c")) == 1


def _inputs(root: Path, skip: frozenset[Path] = frozenset()) -> RunInputs:
    return RunInputs(("code 1", "-k x"), (root / "claims", root / "corpus" / "*.txt"), skip)


def _project(root: Path) -> None:
    (root / "claims").mkdir()
    (root / "claims" / "a.yaml").write_text("version: 1\n", encoding="utf-8")
    (root / "claims" / ".hidden").mkdir()
    (root / "corpus").mkdir()
    (root / "corpus" / "1.txt").write_text("نص\n", encoding="utf-8")


def test_a_fingerprint_follows_the_files_and_settings_a_run_reads(tmp_path: Path) -> None:
    _project(tmp_path)
    first = fingerprint(_inputs(tmp_path))
    assert first is not None and fingerprint(_inputs(tmp_path)) == first
    (tmp_path / "claims" / ".hidden" / "x.yaml").write_text("", encoding="utf-8")  # pytest does not look there
    (tmp_path / "corpus" / "notes.md").write_text("", encoding="utf-8")  # the glob does not match it
    assert fingerprint(_inputs(tmp_path)) == first
    report = tmp_path / "claims" / "report.json"  # a run's own output, where it reads: not an input
    report.write_text("{}", encoding="utf-8")
    assert fingerprint(_inputs(tmp_path, frozenset({report}))) == first
    assert fingerprint(_inputs(tmp_path)) != first
    report.unlink()
    assert fingerprint(RunInputs(("code 2", "-k x"), _inputs(tmp_path).paths)) != first
    article = tmp_path / "corpus" / "1.txt"
    article.write_text("نص آخر\n", encoding="utf-8")
    changed = fingerprint(_inputs(tmp_path))
    assert changed != first
    os.utime(article, ns=(1, 1))  # the same bytes, another modification time
    assert fingerprint(_inputs(tmp_path)) not in (first, changed)
    (tmp_path / "corpus" / "2.txt").write_text("", encoding="utf-8")  # a new article
    assert fingerprint(_inputs(tmp_path)) is not None and fingerprint(_inputs(tmp_path), limit=2) is None


def test_marks_are_kept_for_the_most_recent_runs(tmp_path: Path) -> None:
    runs = CompleteRuns(tmp_path)
    assert not runs.any() and not runs.seen("a")
    for n in range(KEEP + 3):
        runs.add(f"m{n}")
        os.utime(runs.folder / f"m{n}", ns=(n * 10**9, n * 10**9))
    runs.add("last")
    assert runs.any() and runs.seen("last") and runs.seen(f"m{KEEP + 2}")
    assert not runs.seen("m0") and len(list(runs.folder.iterdir())) == KEEP
    (tmp_path / "file").write_text("", encoding="utf-8")
    CompleteRuns(tmp_path / "file").add("x")  # a cache folder that cannot hold marks: no error, no mark
    assert not CompleteRuns(tmp_path / "file").seen("x")
