"""``benchmarks/scale.py`` times an editor's correction: the first count of a layout edited, then put back.  Its
edit must change that claim's value only, in the files the benchmark writes, and leave the bytes to restore.

Its cold floors (``benchmarks/cold_floor.py``) time runs whose checks are replaced: a floor that let a real check
through would be no floor, and one that left the checks replaced would change every test run after it."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from factcheck.claims.load import load_claim_file

ROOT = Path(__file__).resolve().parents[1]

_CLAIMS: list[dict[str, object]] = [
    {"id": "e000-mention-0", "says": "ذكر إيران", "kind": "mention", "any": ["إيران"]},
    {"id": "e000-date-1", "says": "الانسحاب عام 1996", "kind": "date", "about": ["الانسحاب"], "value": "1996"},
    {"id": "e000-quantity-2", "says": "شخصا 257 (count)", "kind": "quantity", "about": ["شخصا"], "value": 257,
     "unit": "count"},
    {"id": "e000-quantity-3", "says": "قتيلا 12 (count)", "kind": "quantity", "about": ["قتيلا"], "value": 12,
     "unit": "count"},
]


def _scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scale_benchmark", ROOT / "benchmarks" / "scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_first_count_is_edited_alone_and_its_bytes_kept_to_put_back(tmp_path: Path) -> None:
    scale = _scale()
    event = scale.Event("إيران", dt.date(2018, 5, 1), dt.date(2018, 5, 31), [])
    layouts = scale.write_layouts([(event, _CLAIMS)], tmp_path / "claims")
    for files in layouts.values():
        before = files[0].read_bytes()
        changed = scale.edit_a_count(files)
        assert changed is not None
        path, kept, claim = changed
        assert (path, kept, claim) == (files[0], before, "e000-quantity-2")
        loaded = load_claim_file(path)
        assert loaded.problems == []  # still a claim file
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["claims"] == [
            {**c, "value": 258} if c["id"] == "e000-quantity-2" else c for c in _CLAIMS]


def test_no_count_no_edit(tmp_path: Path) -> None:
    scale = _scale()
    event = scale.Event("إيران", dt.date(2018, 5, 1), dt.date(2018, 5, 31), [])
    layouts = scale.write_layouts([(event, _CLAIMS[:2])], tmp_path / "claims")
    before = layouts["unscoped"][0].read_bytes()
    assert scale.edit_a_count(layouts["unscoped"]) is None
    assert layouts["unscoped"][0].read_bytes() == before


@pytest.mark.parametrize("level", ["documents", "figures"])
def test_a_cold_floor_run_checks_nothing_and_puts_the_checks_back(
        shipped_project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, level: str) -> None:
    """``--cold-floors`` times runs whose checks are replaced (``benchmarks/cold_floor.py``): every pair must end
    not_mentioned (else the floor timed real checks), and the engine's checks come back after the run."""
    import factcheck.engine as engine
    from factcheck.analysis import Analysis

    own = engine.check_kind
    read: list[str] = []
    for kind in ("quantities", "dates"):
        real = getattr(Analysis, kind)
        monkeypatch.setattr(Analysis, kind, property(lambda a, real=real, kind=kind: read.append(kind) or real.__get__(a)))
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    monkeypatch.setenv("FACTCHECK_COLD_FLOOR", level)
    result = shipped_project.runpytest("-p", "cold_floor", "-p", "no:cacheprovider", "--factcheck-no-cache",
                                       "--factcheck-json=r.json")
    outcomes = result.parseoutcomes()
    # nothing supported (passed) nor contradicted (failed) but the claims whose file expects a contradiction
    assert outcomes.get("skipped", 0) > 100 and "passed" not in outcomes and outcomes.get("failed", 0) <= 4
    assert engine.check_kind is own
    report = json.loads((shipped_project.path / "r.json").read_text(encoding="utf-8"))
    assert {r["verdict"] for r in report["results"]} == {"not_mentioned"}
    assert _scale().floor_checked(shipped_project.path / "r.json") is False
    # the figures level reads what a quantity and a date claim read first; the documents level reads none
    assert (set(read) == {"quantities", "dates"}) if level == "figures" else not read


def test_an_unknown_floor_level_is_a_usage_error(shipped_project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    monkeypatch.setenv("FACTCHECK_COLD_FLOOR", "checks")
    result = shipped_project.runpytest("-p", "cold_floor", "-p", "no:cacheprovider", "--factcheck-no-cache")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*FACTCHECK_COLD_FLOOR='checks': give one of documents, figures*"])


def test_a_report_with_a_checked_pair_is_no_floor(tmp_path: Path) -> None:
    scale = _scale()
    report = tmp_path / "r.json"
    report.write_text(json.dumps({"claims": [{"counts": {"not_mentioned": 5, "supported": 0}},
                                             {"counts": {"not_mentioned": 2, "contradicted": 1}}]}), encoding="utf-8")
    assert scale.floor_checked(report) is True
    report.write_text(json.dumps({"claims": [{"counts": {"not_mentioned": 5, "supported": 0}}]}), encoding="utf-8")
    assert scale.floor_checked(report) is False
    assert scale.floor_checked(tmp_path / "missing.json") is True


def test_the_benchmark_asks_for_the_levels_the_plugin_knows() -> None:
    spec = importlib.util.spec_from_file_location("cold_floor_plugin", ROOT / "benchmarks" / "cold_floor.py")
    assert spec is not None and spec.loader is not None
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    assert tuple(_scale().FLOOR_WORDS) == plugin.LEVELS
