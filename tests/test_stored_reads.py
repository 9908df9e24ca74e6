"""A document's reads kept in the cache: read back as they were read, used by the next run, damage read again."""

from __future__ import annotations

import datetime as dt
import gc
import json
import math
import sqlite3
import weakref
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import analysis as analysis_mod
from factcheck import cache as cache_mod
from factcheck import engine as engine_mod
from factcheck import scope_reading
from factcheck.analysis import Analysis
from factcheck.cache import VocabularyCache
from factcheck.claims.load import load_claim_file
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.engine import Engine
from factcheck.read.stored import AMOUNTS, DATES, NUMBERS, QUANTITIES
from tests.conftest import ROOT, SEEDS

_PUBLISHED = dt.date(2025, 8, 16)


class DictStore:
    """The cache's part that ``Analysis`` uses, in memory."""

    def __init__(self) -> None:
        self.rows: dict[str, bytes] = {}
        self.asked: list[str] = []

    def get_reads(self, key: str) -> bytes | None:
        self.asked.append(key)
        return self.rows.get(key)

    def put_reads(self, key: str, data: bytes) -> None:
        self.rows[key] = data


def _analysis(text: str, store: DictStore | None = None, published: dt.date | None = _PUBLISHED) -> Analysis:
    source = Source("s", "s.txt", text, None, published)
    return Analysis(Document.from_source(source), store=store, key="k" if store is not None else "")


def _reads(a: Analysis) -> tuple[object, ...]:
    return a.dates, a.numbers, a.quantities, a.amounts


def _refuse_to_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The readers behind ``Analysis``'s reads fail when called: what is asked must come from the store."""
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("read again")

    for name in ("find_dates", "resolve_news_dates", "find_numbers", "find_quantities", "amounts"):
        monkeypatch.setattr(analysis_mod, name, refuse)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_a_seeds_reads_come_back_equal_from_the_store_without_reading_again(
    seed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    store = DictStore()
    fresh = _reads(_analysis(text, store))
    assert fresh[0] and fresh[1] and fresh[2] and fresh[3]  # every seed states dates, numbers, quantities
    assert set(store.rows) == {"k/DateMention", "k/NumberSpan", "k/Quantity", "k/amounts"}
    _refuse_to_read(monkeypatch)
    assert _reads(_analysis(text, store)) == fresh


def test_without_a_store_or_a_key_nothing_is_kept() -> None:
    text = (SEEDS / "000_545618ef9b520956.txt").read_text(encoding="utf-8")
    store = DictStore()
    source = Source("s", "s.txt", text, None, _PUBLISHED)
    _reads(Analysis(Document.from_source(source), store=store))  # no key: the document is not the cache's
    assert store.rows == {} and store.asked == []


# Fragments news writes numbers, dates and quantities with, run together at random.
_FRAGMENTS = ["قتل 3 أشخاص", "نحو ثلاثين قتيلا", "في 14 مايو 2018", "يوم الخميس", "أمس", "منذ عام 1993",
              "20%", "أكثر من مليون شخص", "ساعتين و30 دقيقة", "الساعة 7 مساء", "في الدقيقة 63", "عشرات الجرحى",
              "من 2 إلى 4 بالمئة", "ثمانية عقود", "3 ساعات ونصف", "ارتفعت الحصيلة إلى 104", "و", "، ", ". "]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12), st.booleans())
def test_any_reads_survive_their_encoding(parts: list[str], dated: bool) -> None:
    a = _analysis(" ".join(parts), published=_PUBLISHED if dated else None)
    for codec, value in ((DATES, a.dates), (NUMBERS, a.numbers), (QUANTITIES, a.quantities), (AMOUNTS, a.amounts)):
        back = codec.decode(codec.encode(value))  # type: ignore[attr-defined]
        assert back == value
        assert [_types(x) for x in _items(back)] == [_types(x) for x in _items(value)]  # 3 is not 3.0, 1 not True


def _items(value: object) -> list[object]:
    return list(value.items()) if isinstance(value, dict) else list(value)  # type: ignore[call-overload]


def _types(item: object) -> tuple[type, ...]:
    fields = item if isinstance(item, tuple) else tuple(getattr(item, n) for n in item.__slots__)  # type: ignore[attr-defined]
    return tuple(type(f) for f in fields)


def test_a_quantity_with_no_value_stated_keeps_math_nan_itself() -> None:
    """A fresh read holds ``math.nan`` (the field's default): the read back must compare equal to it."""
    (q,) = QUANTITIES.decode(b'[[0,3,1.0,1.0,"count","x",null,NaN,false,false,false,false]]')
    assert q.value is math.nan
    (n,) = NUMBERS.decode(b'[[0,1,1e999,Infinity,Infinity,"x","cardinal",null]]')
    assert n.high == math.inf


@pytest.mark.parametrize("data", [b"", b"{", b"[1]", b'{"a": 1}', b'[["a"]]', b'\xff\xfe', b"[[0,1,2]]"])
def test_a_damaged_row_is_read_again_and_replaced(data: bytes) -> None:
    text = "قتل 3 أشخاص في 14 مايو 2018."
    fresh = _reads(_analysis(text))
    store = DictStore()
    store.rows = {key: data for key in ("k/DateMention", "k/NumberSpan", "k/Quantity", "k/amounts")}
    assert _reads(_analysis(text, store)) == fresh
    assert store.rows["k/Quantity"] == QUANTITIES.encode(fresh[2])


def test_the_cache_keeps_reads_across_connections_and_drops_another_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def tables() -> set[str]:
        with sqlite3.connect(next(tmp_path.glob("vocabulary-*.sqlite3"))) as db:
            return {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'reads_%'")}

    monkeypatch.setattr(cache_mod, "findings_version", lambda: "0" * 16)
    old = VocabularyCache(tmp_path)
    old.put_reads("k/amounts", b"[[1,3.0]]")
    assert old.get_reads("k/amounts") == b"[[1,3.0]]"  # before it is written: this run's own
    old.close()
    again = VocabularyCache(tmp_path)
    assert again.get_reads("k/amounts") == b"[[1,3.0]]" and again.get_reads("k/other") is None
    again.close()
    assert tables() == {"reads_" + "0" * 16}
    monkeypatch.undo()
    new = VocabularyCache(tmp_path)
    assert new.get_reads("k/amounts") is None  # the code changed: read again
    new.close()
    assert tables() == {new.reads_table}


def test_a_damaged_row_in_the_cache_is_a_miss(tmp_path: Path) -> None:
    cache = VocabularyCache(tmp_path)
    cache.put_reads("k/amounts", b"[[1,3.0]]")
    cache.close()
    with sqlite3.connect(next(tmp_path.glob("vocabulary-*.sqlite3"))) as db:
        db.execute(f"UPDATE {cache.reads_table} SET data = ?", (b"not packed",))
    again = VocabularyCache(tmp_path)
    assert again.get_reads("k/amounts") is None
    again.close()


def test_reads_made_in_worker_processes_are_kept_whoever_made_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent makes some documents before the workers fork (deciding a scope reads their words): a worker reads
    their numbers and dates through its own connection, never its parent's, and they are in the cache after."""
    monkeypatch.setattr(engine_mod, "PARALLEL_FROM", 1)
    monkeypatch.setattr(scope_reading, "CHUNK", 1)  # a task a source: five tasks over the two workers
    loaded = load_claim_file(ROOT / "claims" / "alaska_summit.yaml")
    sources = [Source(p.stem, p.name, p.read_text(encoding="utf-8"), None, _PUBLISHED) for p in sorted(SEEDS.glob("*.txt"))]
    cache = VocabularyCache(tmp_path)
    engine = Engine(sources, cache=cache, processes=2, index_from=10**9)
    made_here = [engine.analysis(s.id) for s in sources[:3]]
    assert all("dates" not in vars(a) for a in made_here)  # only their documents: nothing read yet
    findings = list(engine.check_many([(s.id, list(loaded.claims)) for s in sources]))
    assert any(f.verdict.value == "contradicted" for _, _, f in findings)
    cache.close()
    again = VocabularyCache(tmp_path)
    for source in sources:
        for kind in ("DateMention", "NumberSpan", "Quantity"):
            assert again.get_reads(f"{engine.source_cache_key(source.id)}/{kind}") is not None, (source.id, kind)
    again.close()


def test_a_run_keeping_reads_is_freed_as_soon_as_it_is_let_go(tmp_path: Path) -> None:
    """The plugin lets go of the engine before pytest's last collections, which would walk all of it: no analysis
    may hold the engine (a cycle that only a full collection frees)."""
    sources = [Source(p.stem, p.name, p.read_text(encoding="utf-8"), None, _PUBLISHED) for p in sorted(SEEDS.glob("*.txt"))]
    cache = VocabularyCache(tmp_path)
    engine = Engine(sources, cache=cache, processes=1)
    assert engine.analysis(sources[0].id).dates  # an analysis that keeps its reads
    gone = weakref.ref(engine)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del engine
        assert gone() is None
    finally:
        if enabled:
            gc.enable()
        cache.close()
    assert cache.get_reads(f"{sources[0].digest}{_PUBLISHED.isoformat()}/DateMention") is None  # closed: asks nothing
    again = VocabularyCache(tmp_path)
    assert again.get_reads(f"{sources[0].digest}{_PUBLISHED.isoformat()}/DateMention") is not None  # kept
    again.close()


def test_an_edited_claim_is_checked_on_the_reads_the_last_run_kept(
    shipped_project: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor changes a quantity claim's value: its articles' numbers, dates and quantities are not read again,
    and its verdicts are those of a run without any cache."""
    project = shipped_project
    folder = tmp_path / "cache"
    assert project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}").ret == 0
    claims = project.path / "claims" / "alaska_summit.yaml"
    text = claims.read_text(encoding="utf-8")
    at = text.index("id: summit-duration\n")
    claims.write_text(text[:at] + text[at:].replace("    value: 3\n", "    value: 5\n", 1), encoding="utf-8")
    expected = project.runpytest("-p", "no:cacheprovider", "--factcheck-no-cache", "--factcheck-json=expected.json")
    _refuse_to_read(monkeypatch)
    edited = project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}", "--factcheck-json=edited.json")
    assert edited.parseoutcomes() == expected.parseoutcomes()
    assert edited.parseoutcomes()["failed"] >= 1  # the new value is contradicted where the seeds say 3 hours
    report = json.loads((project.path / "edited.json").read_text(encoding="utf-8"))
    assert report["results"] == json.loads((project.path / "expected.json").read_text(encoding="utf-8"))["results"]
    assert all(r["verdict"] != "error" for r in report["results"])
