"""A JSONL feed listed by an earlier run (factcheck.corpus.listing): the same corpus, without parsing it again."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from factcheck.corpus import listing
from factcheck.corpus.jsonl import JsonlFields, parse_fields, read_jsonl, read_jsonl_lines
from factcheck.corpus.load import Corpus, load_corpus
from factcheck.corpus.source import Source
from factcheck.engine import PARALLEL_FROM, Engine

ROOT = Path(__file__).resolve().parents[1]
FIELDS = parse_fields("id=id text=text date=time")
RECORDS = [
    {"id": "b-2", "text": "استمرت القمة نحو ثلاث ساعات في ألاسكا.", "time": "Sat, 16 Aug 2025 09:00:00 +0300"},
    {"id": "a-1", "text": "عقدت القمة في قاعدة إلمندورف الجوية.", "time": "Fri, 15 Aug 2025 22:00:00 +0300"},
    {"id": "c-3", "text": "", "time": "Fri, 15 Aug 2025 22:00:00 +0300"},  # a problem: empty text
    {"id": "d-4", "text": "لم يتم التوصل إلى وقف لإطلاق النار.", "time": "not a date"},
]


class Store:
    """The cache's two calls a listing uses, in a dict."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def outcome(self, key: str) -> bytes | None:
        return self.data.get(key)

    def put_outcome(self, key: str, data: bytes) -> None:
        self.data[key] = data


def _write(path: Path, records: list[dict[str, str]], *, extra: str = "") -> Path:
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records) + extra + "\n{not json\n"
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(lines.encode("utf-8")))
    else:
        path.write_text(lines, encoding="utf-8")
    return path


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every time the feed's records are parsed, by the listing or when its texts are needed."""
    reads: list[str] = []

    def counted(path: str, **kwargs: object) -> object:
        reads.append(path)
        return read_jsonl(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(listing, "read_jsonl", counted)
    return reads


def _load(folder: Path, store: Store | None, *, fields: JsonlFields = FIELDS, max_bytes: int = 1_000_000) -> Corpus:
    return load_corpus(["feed/*.jsonl*"], folder, fields=fields, max_bytes=max_bytes, listings=store)


def _fields(corpus: Corpus) -> list[tuple[object, ...]]:
    """What a source is, text included (reading it)."""
    return [(s.id, s.path, s.text, s.record_line, s.published, s.digest, s.chars) for s in corpus.sources]


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
def test_an_unchanged_feed_is_listed_once_and_its_texts_read_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
) -> None:
    (tmp_path / "feed").mkdir()
    _write(tmp_path / "feed" / name, RECORDS)
    reads = _count_reads(monkeypatch)
    store = Store()
    plain = _load(tmp_path, None)
    first = _load(tmp_path, store)
    assert len(reads) == 1 and len(store.data) == 1
    second = _load(tmp_path, store)
    assert len(reads) == 1  # listed: nothing parsed
    assert [s.id for s in second.sources] == ["a-1", "b-2", "d-4"]
    assert listing.texts_pending(second.sources)
    assert [(s.digest, s.chars) for s in second.sources] == [(s.digest, s.chars) for s in plain.sources]
    assert len(reads) == 1  # a source's digest and length need no text
    assert second.sources[0].published == dt.date(2025, 8, 15) and second.sources[2].published is None
    assert second.problems == first.problems == plain.problems and len(plain.problems) == 2  # empty text, bad JSON
    assert _fields(second) == _fields(first) == _fields(plain)
    assert second.sources == plain.sources
    assert len(reads) == 2  # the first text asked read the whole feed once: the others came with it
    assert not listing.texts_pending(second.sources)


@pytest.mark.parametrize("change", ["content", "fields", "max_bytes", "damaged"])
def test_a_listing_is_not_used_for_other_bytes_another_reading_or_when_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str,
) -> None:
    (tmp_path / "feed").mkdir()
    feed = _write(tmp_path / "feed" / "news.jsonl", RECORDS)
    store = Store()
    _load(tmp_path, store)
    fields, max_bytes = FIELDS, 1_000_000
    if change == "content":  # one letter of one article
        _write(feed, [{**RECORDS[0], "text": RECORDS[0]["text"].replace("ثلاث", "أربع")}, *RECORDS[1:]])
    elif change == "fields":
        fields = parse_fields("id=id text=time")
    elif change == "max_bytes":
        max_bytes = 90  # the longest record goes
    else:
        store.data = {key: b"not zlib" for key in store.data}
    reads = _count_reads(monkeypatch)
    again = _load(tmp_path, store, fields=fields, max_bytes=max_bytes)
    assert len(reads) == 1  # read, not listed
    assert _fields(again) == _fields(_load(tmp_path, None, fields=fields, max_bytes=max_bytes))
    assert again.problems == _load(tmp_path, None, fields=fields, max_bytes=max_bytes).problems


def test_a_listing_follows_the_feed_not_where_it_is_shown_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a" / "feed").mkdir(parents=True)
    _write(tmp_path / "a" / "feed" / "news.jsonl", RECORDS)
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    store = Store()
    _load(tmp_path / "a", store)
    reads = _count_reads(monkeypatch)
    moved = load_corpus([str(tmp_path / "b" / "feed" / "news.jsonl")], tmp_path, fields=FIELDS, max_bytes=1_000_000,
                        listings=store)  # same bytes
    assert reads == []
    assert {s.path for s in moved.sources} == {"b/feed/news.jsonl"}
    assert {p.path for p in moved.problems} == {"b/feed/news.jsonl"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_named_as_a_feed_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.jsonl")
    store = Store()
    corpus = load_corpus(["pipe.jsonl"], tmp_path, listings=store)
    assert [str(p) for p in corpus.problems] == [
        "pipe.jsonl: not a regular file; remove it from the corpus or narrow the glob"]
    assert store.data == {}


def _listed(tmp_path: Path, name: str = "news.jsonl") -> Corpus:
    """A feed of ``RECORDS`` as a run finds it listed by an earlier one."""
    (tmp_path / "feed").mkdir()
    _write(tmp_path / "feed" / name, RECORDS)
    store = Store()
    _load(tmp_path, store)
    return _load(tmp_path, store)


def test_an_engine_reads_a_listed_feed_once_before_its_workers_fork(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = _listed(tmp_path)
    reads = _count_reads(monkeypatch)
    engine = Engine(listed.sources, processes=2)
    assert engine._processes_for(PARALLEL_FROM - 1) == 1 and reads == []  # no fork: nothing read ahead
    assert engine._processes_for(PARALLEL_FROM) == 2 and len(reads) == 1  # read here, inherited by the workers
    engine._processes_for(PARALLEL_FROM)
    assert len(reads) == 1 and not listing.texts_pending(listed.sources)


CLAIMS = """\
version: 1
claims:
  - id: lasted-three-hours
    kind: quantity
    says: استمرت القمة ثلاث ساعات
    about: [القمة]
    value: 3
    unit: hour
  - id: held-at-elmendorf
    kind: mention
    says: عقدت القمة في قاعدة إلمندورف
    about: [القمة]
    any: [إلمندورف]
"""


def test_a_warm_run_over_an_unchanged_feed_reads_no_text_and_reports_the_same(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _write(pytester.path / "news.jsonl.gz", RECORDS)
    pytester.makefile(".yaml", summit=CLAIMS)
    args = ["-p", "no:cacheprovider", "summit.yaml", "--factcheck-corpus=news.jsonl.gz",
            "-o", "factcheck_jsonl_fields=id=id text=text date=time", f"--factcheck-cache={tmp_path / 'cache'}"]
    cold = pytester.runpytest(*args, "--factcheck-json=cold.json")
    cold.assert_outcomes(passed=2, skipped=4)

    def refuse(self: object) -> None:
        raise AssertionError("a warm run read the feed's texts")

    monkeypatch.setattr(listing._FeedTexts, "load", refuse)
    reads = _count_reads(monkeypatch)
    monkeypatch.setattr("factcheck.corpus.load.read_jsonl", listing.read_jsonl)  # counted too
    warm = pytester.runpytest(*args, "--factcheck-json=warm.json")
    warm.assert_outcomes(passed=2, skipped=4)
    assert reads == []  # the feed was listed: not parsed
    assert (pytester.path / "cold.json").read_bytes() == (pytester.path / "warm.json").read_bytes()


def test_the_texts_of_many_listed_feeds_share_the_corpus_bound_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a dump a day: each feed's texts once had a bound of their own, so 8 feeds of 4 MB held 58 MB in memory
    # where a run without listings holds 16 MB (corpus.texts.KEPT_IN_MEMORY)
    monkeypatch.setattr("factcheck.corpus.texts.KEPT_IN_MEMORY", 4_000)
    (tmp_path / "feed").mkdir()
    for day in range(4):
        _write(tmp_path / "feed" / f"day{day}.jsonl",
               [{"id": f"{day}-{n}", "text": "كلمة " * 100 + str(n), "time": "2018-10-01"} for n in range(3)])
    store = Store()
    plain = _load(tmp_path, None)
    _load(tmp_path, store)
    listed = _load(tmp_path, store)
    listing.read_pending(listed.sources)
    spills = {id(s.storage.feed._spill): s.storage.feed._spill for s in listed.sources}  # type: ignore[union-attr]
    assert sum(spill.in_memory for spill in spills.values()) <= 4_000
    assert _fields(listed) == _fields(plain)


@pytest.mark.parametrize("changed", [
    RECORDS[1:],  # a record removed while the run goes on
    # an article corrected in place: same ids, same lines; the ids alone would let the new text through under
    # the old text's digest, the key of its vocabulary and findings in the cache
    [{**RECORDS[0], "text": RECORDS[0]["text"].replace("ثلاث", "أربع")}, *RECORDS[1:]],
], ids=["record-removed", "corrected-in-place"])
def test_a_feed_changed_after_it_was_listed_is_an_error_when_its_texts_are_read(
    tmp_path: Path, changed: list[dict[str, str]],
) -> None:
    (tmp_path / "feed").mkdir()
    feed = _write(tmp_path / "feed" / "news.jsonl", RECORDS)
    store = Store()
    _load(tmp_path, store)
    listed = _load(tmp_path, store)
    _write(feed, changed)
    with pytest.raises(RuntimeError, match="news.jsonl: the file changed during the run; run again"):
        _ = listed.sources[0].text


def test_the_same_bytes_named_without_gz_are_not_read_as_the_gz_listing(tmp_path: Path) -> None:
    (tmp_path / "feed").mkdir()
    _write(tmp_path / "feed" / "news.jsonl.gz", RECORDS)
    store = Store()
    _load(tmp_path, store)
    shutil.copy(tmp_path / "feed" / "news.jsonl.gz", tmp_path / "feed" / "copy.jsonl")  # gzip bytes, plain name
    plain = load_corpus(["feed/copy.jsonl"], tmp_path, fields=FIELDS, max_bytes=1_000_000)
    listed = load_corpus(["feed/copy.jsonl"], tmp_path, fields=FIELDS, max_bytes=1_000_000, listings=store)
    assert plain.sources == [] and "not UTF-8" in plain.problems[0].message
    assert _fields(listed) == _fields(plain) and listed.problems == plain.problems


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_the_records_of_some_lines_are_read_as_a_whole_read_gives_them(tmp_path: Path, name: str, ending: str) -> None:
    # a BOM on the first line, a blank line, a bad record, CRLF, and a last line without its newline
    lines = ["\ufeff" + json.dumps(RECORDS[0], ensure_ascii=False), "", json.dumps(RECORDS[1], ensure_ascii=False),
             "{not json", json.dumps(RECORDS[3], ensure_ascii=False)]
    data = ending.join(lines).encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    whole = {item.record_line if isinstance(item, Source) else item.line: item
             for item in read_jsonl(str(path), shown=name, max_bytes=1_000_000, fields=FIELDS)}
    some = dict(read_jsonl_lines(str(path), [5, 1, 4], shown=name, fields=FIELDS))
    assert sorted(some) == [1, 4, 5]
    for n in (1, 5):
        got, want = some[n], whole[n]
        assert isinstance(got, Source) and isinstance(want, Source)
        assert (got.id, got.text, got.record_line, got.published) == (want.id, want.text, want.record_line, want.published)
    assert str(some[4]) == str(whole[4])  # the same problem, on the same line
    missing = dict(read_jsonl_lines(str(path), [2, 9], shown=name, fields=FIELDS))
    assert str(missing[9]) == f"{name}:9: no such line: the file changed"


def test_the_texts_asked_for_ahead_are_read_from_their_lines_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an edited claim over a large feed needs a few of its texts: reading (and spilling) every record for them
    # took some four seconds of ANT's 31,525
    (tmp_path / "feed").mkdir()
    _write(tmp_path / "feed" / "news.jsonl.gz", RECORDS)
    store = Store()
    plain = _load(tmp_path, None)
    _load(tmp_path, store)
    listed = _load(tmp_path, store)
    reads = _count_reads(monkeypatch)
    lines: list[list[int]] = []

    def counted_lines(path: str, wanted: object, **kwargs: object) -> object:
        lines.append(sorted(wanted))  # type: ignore[call-overload]
        return read_jsonl_lines(path, wanted, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(listing, "read_jsonl_lines", counted_lines)
    d4 = next(s for s in listed.sources if s.id == "d-4")
    listing.read_pending([d4])
    assert reads == [] and lines == [[4]]
    assert listing.texts_pending(listed.sources) and not listing.texts_pending([d4])
    listing.read_pending([d4])  # read already: nothing again
    assert lines == [[4]]
    assert d4.text == RECORDS[3]["text"] and reads == []
    assert _fields(listed) == _fields(plain)  # another text asked alone: the rest of the feed, once
    assert lines == [[4], [1, 2]] and reads == [] and not listing.texts_pending(listed.sources)


def test_an_engine_reads_ahead_only_the_texts_its_workers_will_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = _listed(tmp_path)
    reads = _count_reads(monkeypatch)
    engine = Engine(listed.sources, processes=2)
    assert engine._processes_for(1, ["b-2"]) == 1  # not forking, but these texts are asked for: read ahead
    assert reads == [] and not listing.texts_pending([engine.sources["b-2"]])
    assert listing.texts_pending([engine.sources["a-1"]])
    assert engine._processes_for(PARALLEL_FROM, ["a-1"]) == 2 and reads == []
    assert listing.texts_pending(listed.sources)  # d-4 still in the feed
    engine._processes_for(PARALLEL_FROM)  # a step over any source: all of them
    assert not listing.texts_pending(listed.sources)


def test_a_feed_changed_after_it_was_listed_is_an_error_when_some_of_its_texts_are_read(tmp_path: Path) -> None:
    (tmp_path / "feed").mkdir()
    feed = _write(tmp_path / "feed" / "news.jsonl", RECORDS)
    store = Store()
    _load(tmp_path, store)
    listed = _load(tmp_path, store)
    _write(feed, [RECORDS[1], RECORDS[0], *RECORDS[2:]])  # two records exchanged: same ids, other lines
    with pytest.raises(RuntimeError, match="news.jsonl: the file changed during the run; run again"):
        listing.read_pending(listed.sources[:1])
