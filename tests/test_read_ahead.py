"""Claim files read ahead (factcheck.plan.ReadAhead): their scope terms expanded together, verdicts unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck import plan
from factcheck.claims.load import load_claim_file
from factcheck.engine import INDEX_FROM
from factcheck.kinds.candidates import Candidates
from factcheck.plan import ReadAhead


def _event(name: str, place: str, toll: int) -> str:
    return f"""\
version: 1
scope:
  all: [{place}]
  any: [زلزال, الزلزال]
claims:
  - id: {name}-toll
    says: قتل {toll} شخصا في الزلزال
    kind: quantity
    about: [قتلى, قتل, مقتل]
    value: {toll}
    unit: count
"""


EVENTS = {"a_lombok": ("لومبوك", 98), "b_palu": ("بالو", 832), "c_sumba": ("سومبا", 3)}


def _files(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, (place, toll) in EVENTS.items():
        path = folder / f"{name}.yaml"
        path.write_text(_event(name, place, toll), encoding="utf-8")
        paths.append(path)
    return paths


class _Hints:
    def __init__(self) -> None:
        self.candidates = self
        self.terms: list[tuple[list[str], float]] = []

    def expect(self, terms: list[str], cutoff: float) -> None:
        self.terms.append((terms, cutoff))


def test_the_files_to_come_are_loaded_once_and_their_scope_terms_hinted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, third = _files(tmp_path / "claims")
    loads: list[Path] = []

    def counted(path: Path, display: str | None = None) -> Any:
        loads.append(path)
        return load_claim_file(path, display)

    monkeypatch.setattr(plan, "load_claim_file", counted)
    ahead, hints = ReadAhead(), _Hints()
    for path in (first, second, third):
        ahead.add(path, path.name)
    loaded = ahead.load(first, first.name)
    ahead.expect(hints)  # type: ignore[arg-type]
    assert loads == [first, second, third]
    assert [terms for terms, _ in hints.terms] == [["بالو", "زلزال", "الزلزال"], ["سومبا", "زلزال", "الزلزال"]]
    assert loaded.file is not None and loaded.file.claims[0].id == "a_lombok-toll"
    assert ahead.load(second, second.name).file.claims[0].id == "b_palu-toll"  # type: ignore[union-attr]
    assert ahead.load(third, third.name).file.claims[0].id == "c_sumba-toll"  # type: ignore[union-attr]
    assert loads == [first, second, third]  # read once each
    ahead.expect(hints)  # nothing left to read ahead
    assert len(hints.terms) == 2


class _Index:
    def __init__(self) -> None:
        self.asked: list[list[tuple[str, float, int, bool]]] = []

    def expand_many(self, wanted: list[tuple[str, float, int, bool]]) -> None:
        self.asked.append(list(wanted))


def test_hinted_terms_are_expanded_with_the_first_over_the_whole_index_only() -> None:
    candidates, index = Candidates(), _Index()
    candidates.expect(["جزيرة لومبوك"], 90.0)
    candidates.prefetch_terms(index, ["بالو"], 85.0, whole=False)  # an event file's part of the corpus
    assert {word for word, *_ in index.asked[-1]} == {"بالو"}
    candidates.prefetch_terms(index, ["بالو"], 85.0, whole=True)
    assert sorted(index.asked[-1]) == sorted([  # as sources_naming asks (every word), and the first word as read
        ("بالو", 85.0, 4, True), ("بالو", 85.0, 4, False),
        ("جزيره", 90.0, 4, True), ("لومبوك", 90.0, 4, True), ("جزيره", 90.0, 4, False)])
    candidates.prefetch_terms(index, ["بالو"], 85.0, whole=True)
    assert {word for word, *_ in index.asked[-1]} == {"بالو"}  # hints are expanded once


def _corpus(path: Path) -> None:
    """Enough articles for the index; each event's place named in some, a quake in most."""
    lines = []
    for n in range(INDEX_FROM + 60):
        place = ("لومبوك", "بالو", "سومبا", "جاكرتا")[n % 4]
        toll = (98, 832, 3, 40, 100)[n % 5]
        text = f"ضرب زلزال جزيرة {place} وقتل {toll} شخصا في الزلزال." if n % 3 else f"زار الرئيس {place} اليوم."
        lines.append(json.dumps({"id": f"n{n:03d}", "text": text}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_reading_ahead_changes_no_verdict(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _files(pytester.path / "claims")
    _corpus(pytester.path / "news.jsonl")
    args = ["-p", "no:cacheprovider", "claims", "--factcheck-corpus=news.jsonl", "--factcheck-no-cache",
            "--factcheck-processes=1"]
    prefetched: list[tuple[bool, int]] = []
    original = Candidates.prefetch_terms

    def spy(self: Candidates, index: Any, terms: list[str], cutoff: float, *, whole: bool) -> None:
        prefetched.append((whole, len(self._expected)))
        original(self, index, terms, cutoff, whole=whole)

    monkeypatch.setattr(Candidates, "prefetch_terms", spy)
    together = pytester.runpytest(*args, "--factcheck-json=together.json")
    assert prefetched[0] == (True, 6)  # the whole corpus's index: the two files to come (3 terms each) with the first
    monkeypatch.setattr(ReadAhead, "expect", lambda self, engine: None)
    alone = pytester.runpytest(*args, "--factcheck-json=alone.json")
    assert together.parseoutcomes() == alone.parseoutcomes()
    assert together.parseoutcomes()["failed"] >= 1  # the tolls disagree somewhere: the verdicts say something
    assert (pytester.path / "together.json").read_bytes() == (pytester.path / "alone.json").read_bytes()
