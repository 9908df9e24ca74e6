"""The plugin in a run that checks no claims: an environment that has factcheck runs its other test suites through
the same pytest, and the entry point loads the plugin into every one of them.  Such a run must not pay for the
checking (its imports were two thirds of a second of every pytest start)."""

from __future__ import annotations

import json

import pytest

# What a run that checks claims needs and a run that checks none must not import.
HEAVY = ("factcheck.engine", "factcheck.report.model", "factcheck.claims.model", "factcheck.kinds", "factcheck.index",
         "factcheck.batch", "factcheck.cache", "factcheck.matching", "factcheck.plan")

RECORD = """\
import json
import sys


def pytest_unconfigure(config):
    with open("modules.json", "w") as fh:
        json.dump(sorted(m for m in sys.modules if m.startswith("factcheck")), fh)
"""


def _loaded(pytester: pytest.Pytester) -> set[str]:
    return set(json.loads((pytester.path / "modules.json").read_text()))


def test_a_run_without_claim_files_imports_only_the_plugins_options(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(RECORD)
    pytester.makepyfile(test_plain="def test_one():\n    assert 1 + 1 == 2\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--factcheck-json=r.json")
    result.assert_outcomes(passed=1)
    loaded = _loaded(pytester)
    assert "factcheck.plugin" in loaded  # loaded from its entry point, as in any project's run
    assert not {m for m in loaded if m.startswith(HEAVY)}
    assert not [line for line in result.stdout.lines if line.startswith("factcheck")]  # no summary line, no note
    assert not (pytester.path / "r.json").exists()  # nothing checked: no report, as before


def test_an_xdist_run_without_claim_files_looks_for_a_complete_run_without_the_checking(pytester: pytest.Pytester) -> None:
    """Under ``-n``, the plugin asks whether the same run finished before (``complete_runs``): with marks of other
    runs in the cache, that costs a walk of the named paths, not the checking's imports."""
    pytest.importorskip("xdist")
    pytester.makeconftest(RECORD)
    pytester.makepyfile(test_plain="def test_one():\n    assert 1 + 1 == 2\n")
    (pytester.path / "c" / "complete-runs").mkdir(parents=True)
    (pytester.path / "c" / "complete-runs" / "0123").touch()
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2", "--factcheck-cache=c")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["created: 2/2 workers"])
    loaded = _loaded(pytester)
    assert "factcheck.complete_runs" in loaded and not {m for m in loaded if m.startswith(HEAVY)}
    assert sorted(p.name for p in (pytester.path / "c" / "complete-runs").iterdir()) == ["0123"]  # not all claims


def test_a_run_with_a_claim_file_imports_the_checking_and_prints_its_summary(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(RECORD)
    pytester.makeini("[pytest]\nfactcheck_corpus = corpus\nfactcheck_claims = claims\n")
    (pytester.path / "corpus").mkdir()
    (pytester.path / "corpus" / "a.txt").write_text("عقدت القمة في ألاسكا.\n", encoding="utf-8")
    (pytester.path / "claims").mkdir()
    (pytester.path / "claims" / "c.yaml").write_text(
        "version: 1\nclaims:\n  - id: place\n    says: عقدت القمة في ألاسكا\n    kind: mention\n    any: [ألاسكا]\n",
        encoding="utf-8")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--factcheck-no-cache")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["factcheck: 1 sources; verdicts: 1 supported"])
    assert {"factcheck.engine", "factcheck.report.model", "factcheck.claims.model"} <= _loaded(pytester)
