"""``benchmarks/scale.py`` times an editor's correction: the first count of a layout edited, then put back.  Its
edit must change that claim's value only, in the files the benchmark writes, and leave the bytes to restore."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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
