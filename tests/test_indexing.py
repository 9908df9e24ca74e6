"""A corpus read into its index in bulk (numbered by each worker) is the index read source by source."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import engine as engine_mod
from factcheck import indexing
from factcheck.cache import VocabularyCache
from factcheck.engine import Engine
from factcheck.index import CorpusIndex, read_words
from factcheck.indexing import ChunkWords, IndexBuilder, WordReader
from factcheck.team import Team
from factcheck.workers import Workers
from tests.test_index import WORDS, _paragraph_sources


def _same(got: CorpusIndex, want: CorpusIndex) -> None:
    assert got.ids == want.ids
    assert got.words == want.words  # the same rows, in the same order
    assert np.array_equal(got.offsets, want.offsets)
    assert np.array_equal(got.docs, want.docs)
    assert np.array_equal(got.tokens, want.tokens)


def _in_bulk(texts: list[str], chunk: int, readers: int) -> CorpusIndex:
    """As workers would: chunks dealt in turn to ``readers`` readers (each a process of its own)."""
    owned = [WordReader() for _ in range(readers)]
    builder = IndexBuilder()
    for n, at in enumerate(range(0, len(texts), chunk)):
        read = owned[n % readers].read(texts[at:at + chunk])
        builder.add(ChunkWords(n % readers, read.first, read.new, read.counts, read.words, read.tokens))
    return builder.build([str(n) for n in range(len(texts))])


def _one_by_one(texts: list[str]) -> CorpusIndex:
    return CorpusIndex.build([str(n) for n in range(len(texts))], (read_words(t) for t in texts))


@pytest.mark.parametrize(("chunk", "readers"), [(1, 1), (7, 2), (50, 3), (1000, 1)])
def test_the_seeds_paragraphs_in_bulk_are_the_index_read_one_by_one(chunk: int, readers: int) -> None:
    texts = [s.text for s in _paragraph_sources()] + ["", "،،", _paragraph_sources()[0].text]
    want = _one_by_one(texts)
    assert len(want.words) > 500
    _same(_in_bulk(texts, chunk, readers), want)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), max_size=20),
       st.integers(1, 6), st.integers(1, 3))
def test_any_texts_in_any_chunks_over_any_readers_make_the_same_index(texts: list[str], chunk: int, readers: int) -> None:
    _same(_in_bulk(texts, chunk, readers), _one_by_one(texts))


def test_a_readers_chunks_out_of_order_are_refused() -> None:
    reader, builder = WordReader(), IndexBuilder()
    first, second = reader.read(["قال الرئيس"]), reader.read(["القمة في ألاسكا"])
    with pytest.raises(RuntimeError, match="out of order"):
        builder.add(second)
    builder.add(first)
    builder.add(second)
    with pytest.raises(ValueError, match="2 sources read for an index of 3"):
        builder.build(["a", "b", "c"])


def test_a_reader_in_another_process_numbers_its_words_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    reader = WordReader()
    assert reader.read(["قال الرئيس"]).first == 0
    monkeypatch.setattr("factcheck.indexing.os.getpid", lambda: -7)  # as in a forked child
    again = reader.read(["قال الرئيس"])
    assert (again.owner, again.first) == (-7, 0) and "الرئيس" in again.new


def test_an_engine_reads_its_index_over_workers_as_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "PARALLEL_FROM", 1)
    monkeypatch.setattr(indexing, "CHUNK", 5)
    sources = _paragraph_sources()
    forked = Engine(sources, processes=2, index_from=1)
    forked.want_index(len(sources))
    got = forked.index()
    assert got is not None
    ids = sorted(s.id for s in sources)
    by_id = {s.id: s.text for s in sources}
    _same(got, CorpusIndex.build(ids, (read_words(by_id[i]) for i in ids)))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join), min_size=1, max_size=16),
       st.lists(st.integers(0, 16), max_size=3))
def test_parts_that_follow_one_another_merge_into_the_index_of_the_whole(texts: list[str], cuts: list[int]) -> None:
    """A team's blocks (``Team.blocks``): merged without a sort, into the very index of the whole."""
    ids = [f"s{n:02d}" for n in range(len(texts))]
    whole = CorpusIndex.build(ids, (read_words(t) for t in texts))
    bounds = [0, *sorted(min(c, len(texts)) for c in cuts), len(texts)]
    parts = [(ids[a:b], CorpusIndex.build(ids[a:b], (read_words(t) for t in texts[a:b])))
             for a, b in zip(bounds, bounds[1:])]
    _same(indexing.merge(ids, parts), whole)


def test_a_team_deals_blocks_that_follow_one_another_of_about_equal_weight(tmp_path: Path) -> None:
    ids = [f"s{n:03d}" for n in range(300)]
    weight = {sid: (n % 7 + 1) * 100 for n, sid in enumerate(ids)}
    blocks = Team(VocabularyCache(tmp_path / "c"), "run", 1, 3).blocks(ids, weight.__getitem__, "step")
    assert [sid for block in blocks for sid in block] == ids
    shares = [sum(map(weight.__getitem__, block)) for block in blocks]
    assert max(shares) - min(shares) <= 2 * max(weight.values())


def test_parts_that_miss_a_source_hold_one_twice_or_come_out_of_order_do_not_merge() -> None:
    one = CorpusIndex.build(["a"], [read_words("قال الرئيس")])
    with pytest.raises(ValueError, match="each source of the index once"):
        indexing.merge(["a", "b"], [(["a"], one)])
    with pytest.raises(ValueError, match="each source of the index once"):
        indexing.merge(["a"], [(["a"], one), (["a"], one)])
    other = CorpusIndex.build(["b"], [read_words("قال الوزير")])
    with pytest.raises(ValueError, match="in its order"):  # the parts of a team's blocks, out of their order
        indexing.merge(["a", "b"], [(["b"], other), (["a"], one)])


def test_a_team_member_reads_its_share_of_the_index_and_the_absent_members_share_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine_mod, "TEAM_FROM", 1)
    sources = _paragraph_sources()
    ids = sorted(s.id for s in sources)
    by_id = {s.id: s.text for s in sources}
    whole = CorpusIndex.build(ids, (read_words(by_id[i]) for i in ids))
    read: list[int] = []
    real = indexing.read_index
    monkeypatch.setattr(engine_mod, "read_index", lambda share, workers, **kw: read.append(len(share)) or real(share, workers, **kw))
    cache = VocabularyCache(tmp_path / "cache")
    team = Team(cache, "run", 1, 2, patience=0.1)
    alone = Engine(sources, cache=cache, processes=1, team=team, index_from=1)
    alone.want_index(len(sources))
    got = alone.index()
    assert got is not None
    _same(got, whole)
    length = {s.id: len(s.text) for s in sources}
    mine, theirs = Team(cache, "other", 1, 2).blocks(ids, length.__getitem__, "step")
    assert read == [len(mine), len(theirs)]  # its share, then the absent member's (nothing in the cache)
    assert len(team.missed) == 1 and team.missed[0].startswith("vocabularies:")

    # the other member, in a later run, finds the first member's share in the cache: it reads its own only
    read.clear()
    other = Engine(sources, cache=cache, processes=1, team=Team(cache, "run", 2, 2, patience=0.1), index_from=1)
    other.want_index(len(sources))
    load = cache.load_index  # not the whole index the first member kept: the parts
    monkeypatch.setattr(cache, "load_index", lambda key, share, part=False: load(key, share, part=True) if part else None)
    got = other.index()
    assert got is not None
    _same(got, whole)
    assert read == [len(theirs)]
    cache.close()


def test_the_same_workers_read_one_index_after_another(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each index is numbered afresh in every worker: its builder knows nothing of the index read before."""
    monkeypatch.setattr(indexing, "CHUNK", 3)
    by_id = {s.id: s.text for s in _paragraph_sources()}
    ids = sorted(by_id)
    first, second = ids[::2], ids[1::2]
    with Workers(indexing.chunk_task(by_id.__getitem__), processes=2) as workers:
        for share in (first, second, ids):
            _same(indexing.read_index(share, workers), CorpusIndex.build(share, (read_words(by_id[i]) for i in share)))


def test_an_event_files_part_index_is_kept_for_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index over the few days an event file's dates leave is read once, then taken from the cache."""
    import datetime as dt

    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source
    from factcheck.plan import plan_file

    sources = [Source(s.id, s.path, s.text, None, dt.date(2025, 8, 15) if n % 22 == 0 else dt.date(2024, 1, 1))
               for n, s in enumerate(_paragraph_sources())]
    files = [parse_claims(
        f"version: 1\nscope:\n  any: [{terms}]\n  published: {{from: 2025-08-01, to: 2025-08-31}}\n"
        "claims:\n  - {id: a, says: x, kind: mention, any: [ترامب]}\n", "c.yaml",
    ) for terms in ("القمة, المحادثات, ترامب", "بوتين, ألاسكا")]  # two files over the same days
    read: list[list[str]] = []
    real = Engine._read_index
    monkeypatch.setattr(Engine, "_read_index", lambda self, ids: read.append(ids) or real(self, ids))
    for loaded in files:  # one run each
        cache = VocabularyCache(tmp_path / "cache")
        engine = Engine(sources, cache=cache, index_from=1, processes=1)
        plan = plan_file(loaded, sources, engine)
        assert engine._part is not None and engine._index is None and plan.in_scope
        cache.close()
    assert len(read) == 1 and read[0] == sorted(s.id for s in sources if s.published == dt.date(2025, 8, 15))
    assert list((tmp_path / "cache").glob("part-*.npz"))
