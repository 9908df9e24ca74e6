"""Claim-level outcomes made at once over worker processes (``factcheck.evaluation``): each item gets what
evaluating itself would have given, kept for the next run as its own would be."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import evaluation

pytest_plugins = ["pytester"]


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Outcomes are made ahead for the seeds' few records too, a few items a task (so two children share
    them); the ids of the claims whose outcome came from a worker are listed here."""
    monkeypatch.setattr(evaluation, "EVALUATE_FROM", 1)
    monkeypatch.setattr(evaluation, "_ITEMS_A_TASK", 3)
    ids: list[str] = []
    original = evaluation.evaluate_many

    def listed(items: Any, *args: Any, **kwargs: Any) -> Iterator[tuple[int, bytes, bool]]:
        for one in original(items, *args, **kwargs):
            ids.append(items[one[0]].claim.id)
            yield one
    monkeypatch.setattr(evaluation, "evaluate_many", listed)
    return ids


def _run(project: pytest.Pytester, report: str, *args: str) -> pytest.RunResult:
    return project.runpytest("--factcheck-granularity=claim", f"--factcheck-json={report}", *args)


def _report(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: data[key] for key in ("sources", "files", "claims", "results", "notes")}


def _shown(result: pytest.RunResult, report: str) -> list[str]:
    """What the terminal showed, but for the closing line's time and the report's name."""
    return [line.replace(report, "<report>") for line in result.outlines[:-1]]


def test_outcomes_made_over_workers_are_those_each_item_makes(shipped: pytest.Pytester, made: list[str]) -> None:
    alone = _run(shipped, "alone.json", "--factcheck-processes=1", "--factcheck-no-cache")
    assert made == []  # one process: each item evaluates itself
    forked = _run(shipped, "forked.json", "--factcheck-processes=2", "--factcheck-no-cache")
    assert len(made) > 6
    assert "summit-duration" in made  # a failing claim (seed 002 says five hours) among them
    assert forked.parseoutcomes() == alone.parseoutcomes() and forked.parseoutcomes()["failed"] >= 1
    assert _shown(forked, "forked.json") == _shown(alone, "alone.json")  # failure texts, warnings, the factcheck summary
    assert _report(shipped.path / "forked.json") == _report(shipped.path / "alone.json")


def test_a_claim_whose_every_pair_is_judged_evaluates_itself(shipped: pytest.Pytester, made: list[str]) -> None:
    """A claim with ``expect`` (or ``missing: fail``) judges every pair in scope, read or not: the batch does
    not hold them all, so its item evaluates itself."""
    from factcheck.batch import counted_by_claim
    from factcheck.claims.load import load_claim_file

    _run(shipped, "forked.json", "--factcheck-processes=2", "--factcheck-no-cache")
    claims = load_claim_file(shipped.path / "claims" / "alaska_summit.yaml").claims
    judging_all = {claim.id for claim in claims if not counted_by_claim(claim)}
    assert judging_all and made
    assert not judging_all & set(made)


def test_outcomes_made_ahead_are_replayed_by_the_next_run(
    shipped: pytest.Pytester, made: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factcheck.engine import Engine

    cache = f"--factcheck-cache={tmp_path / 'cache'}"
    cold = _run(shipped, "cold.json", "--factcheck-processes=2", cache)
    assert made
    first = len(made)

    def refused(*_: Any, **__: Any) -> Any:
        raise AssertionError("a replayed claim is not checked again")

    monkeypatch.setattr(Engine, "check_many", refused)
    monkeypatch.setattr(Engine, "check", refused)
    warm = _run(shipped, "warm.json", "--factcheck-processes=2", cache)
    assert len(made) == first  # nothing left to make
    assert warm.parseoutcomes() == cold.parseoutcomes()
    assert _report(shipped.path / "warm.json") == _report(shipped.path / "cold.json")


def test_a_worker_failing_leaves_the_items_left_to_evaluate_themselves(
    shipped: pytest.Pytester, made: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Outcomes already made stand; the others are made by their items from the findings still held (none
    counted silent), and a note says what happened."""
    alone = _run(shipped, "alone.json", "--factcheck-processes=1", "--factcheck-no-cache")
    held = evaluation._held

    def lost(batch: Any, claim: Any, source_id: str) -> Any:
        if claim.id == "summit-duration":
            raise MemoryError("a worker ran out of memory")
        return held(batch, claim, source_id)

    monkeypatch.setattr(evaluation, "_held", lost)
    broken = _run(shipped, "broken.json", "--factcheck-processes=2", "--factcheck-no-cache")
    assert "summit-duration" not in made
    broken.stdout.fnmatch_lines([
        "factcheck: note: evaluating the claims over worker processes failed (MemoryError: a worker ran out of memory)",
    ])
    assert broken.parseoutcomes() == alone.parseoutcomes()
    whole, got = _report(shipped.path / "alone.json"), _report(shipped.path / "broken.json")
    assert got["results"] == whole["results"] and got["claims"] == whole["claims"]
