"""A large run's texts and results wait on disk (factcheck.spill): the same sources, the same report."""

from __future__ import annotations

import gzip
import json
import pickle
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus import texts
from factcheck.corpus.jsonl import parse_fields
from factcheck.corpus.load import load_corpus
from factcheck.corpus.source import Source
from factcheck.corpus.texts import TextStore
from factcheck.report import results as results_mod
from factcheck.spill import Spill
from factcheck.workers import Workers
from tests.test_index import _paragraph_sources

ROOT = Path(__file__).resolve().parents[1]


def test_a_stored_source_equals_the_source_in_memory_and_pickles_with_its_text() -> None:
    store = TextStore(kept_in_memory=0)
    originals = [Source("a", "a.txt", "قال ترامب \ud83d في ألاسكا"[:10]), Source("b", "b.jsonl", "نص آخر", 3)]
    kept = [store.keep(s) for s in originals]
    assert not any(s.in_memory for s in kept) and store.spill.on_disk > 0
    assert kept == originals and [s.text for s in kept] == [s.text for s in originals]
    copy = pickle.loads(pickle.dumps(kept[1]))
    assert copy == originals[1] and copy.in_memory
    with pytest.raises(AttributeError):
        kept[0].id = "c"  # type: ignore[misc]


_SPILLED: list[Source] = []  # a forked worker finds the sources here, as the engine's workers do


def _text_length(n: int) -> int:
    return len(_SPILLED[n].text)


def _write_jsonl(path: Path) -> list[Source]:
    sources = _paragraph_sources()
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for s in sources:
            fh.write(json.dumps({"id": s.id, "text": s.text, "time": "Fri, 15 Aug 2025 10:00:00 +0000"},
                                ensure_ascii=False) + "\n")
    return sources


def test_past_the_limit_texts_are_read_back_from_disk_here_and_in_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _write_jsonl(tmp_path / "news.jsonl.gz")
    fields = parse_fields("id=id text=text date=time")
    whole = load_corpus(["news.jsonl.gz"], tmp_path, fields=fields)
    assert all(s.in_memory for s in whole.sources)
    monkeypatch.setattr(texts, "KEPT_IN_MEMORY", 2000)
    spilled = load_corpus(["news.jsonl.gz"], tmp_path, fields=fields)
    assert sum(not s.in_memory for s in spilled.sources) > len(spilled.sources) * 0.9
    _SPILLED[:] = spilled.sources
    try:  # forked before this process reads any text back: the children read the file as written
        with Workers(_text_length, processes=2) as workers:
            assert list(workers.map(list(range(len(_SPILLED))))) == [len(s.text) for s in whole.sources]
    finally:
        _SPILLED.clear()
    assert spilled.sources == whole.sources


def _summary(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if "contradicted (" in line or " × " in line or "verdicts:" in line]


def test_a_run_with_texts_and_results_on_disk_reports_what_a_run_in_memory_does(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _write_jsonl(pytester.path / "news.jsonl.gz")
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = news.jsonl.gz\nfactcheck_claims = claims\n"
                      "factcheck_jsonl_fields = id=id text=text date=time\n")
    (pytester.path / "claims").mkdir()
    shutil.copy(ROOT / "claims" / "alaska_summit.yaml", pytester.path / "claims")
    claims = pytester.path / "claims" / "alaska_summit.yaml"
    # the paragraphs of seed 001 are sources 001-000, 001-001, ...
    claims.write_text(re.sub(r'"(\d{3})_\*"', r'"\1-*"', claims.read_text(encoding="utf-8")), encoding="utf-8")
    args = ["-p", "no:cacheprovider", "--factcheck-no-cache", "--factcheck-granularity=claim"]
    in_memory = pytester.runpytest(*args, "--factcheck-json=memory.json")
    monkeypatch.setattr(texts, "KEPT_IN_MEMORY", 0)
    monkeypatch.setattr(results_mod, "KEPT_IN_MEMORY", 0)
    on_disk = pytester.runpytest(*args, "--factcheck-json=disk.json")
    assert in_memory.parseoutcomes() == on_disk.parseoutcomes()
    assert _summary(in_memory) == _summary(on_disk) and any(" × " in line for line in _summary(on_disk))
    assert in_memory.parseoutcomes().get("failed", 0) > 0
    assert (pytester.path / "memory.json").read_bytes() == (pytester.path / "disk.json").read_bytes()


@given(st.lists(st.text(max_size=300), max_size=60), st.integers(0, 2000))
@settings(max_examples=50, deadline=None)
def test_a_spill_gives_back_every_string_wherever_it_is_kept(texts: list[str], limit: int) -> None:
    spill = Spill(limit)
    places = []
    for n, text in enumerate(texts):
        places.append(spill.put(text))
        if n % 7 == 3:  # reads between writes: what is pending is written first
            assert spill.get(places[n // 2]) == texts[n // 2]
    assert [spill.get(p) for p in places] == texts
    assert spill.in_memory <= limit
