"""Reading in depth over forked processes: the same findings, in the same order, as in one process."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from factcheck import engine as engine_mod
from factcheck.claims.load import load_claim_file
from factcheck.engine import Engine
from factcheck.workers import RELAXED_GC, Workers
from tests.test_index import _paragraph_sources  # every paragraph of every seed, a source each

ROOT = Path(__file__).resolve().parents[1]

_SET_UP_IN: list[int] = []


def _where(n: int) -> tuple[int, int, bool]:
    return n * n, os.getpid(), bool(_SET_UP_IN) and _SET_UP_IN[-1] == os.getpid()


def _setup() -> None:
    _SET_UP_IN.append(os.getpid())


def test_results_come_back_in_order_from_other_processes_set_up_there() -> None:
    with Workers(_where, processes=2, setup=_setup) as workers:
        results = list(workers.map(list(range(200))))
    assert [r[0] for r in results] == [n * n for n in range(200)]
    assert {pid for _, pid, _ in results} - {os.getpid()}  # some work ran in a child
    assert all(set_up for _, pid, set_up in results if pid != os.getpid())
    assert _SET_UP_IN == []  # the setup ran in the children, not here


def _frozen(_: int) -> tuple[int, int]:
    return os.getpid(), gc.get_freeze_count()


def test_a_child_leaves_what_it_inherited_out_of_its_collections_and_the_parent_does_not() -> None:
    """The child's collections skip the corpus and index it inherited; the parent (a user's process,
    perhaps a long test session) keeps its garbage collector as it was."""
    before = gc.get_freeze_count()
    with Workers(_frozen, processes=2) as workers:
        results = list(workers.map(list(range(50))))
    children = [count for pid, count in results if pid != os.getpid()]
    assert children and all(count > 0 for count in children)
    assert gc.get_freeze_count() == before


def _threshold(_: int) -> tuple[int, int]:
    return os.getpid(), gc.get_threshold()[0]


@pytest.mark.parametrize("processes", [1, 2])
def test_the_collector_runs_less_often_while_work_is_spread_and_is_given_back_after(processes: int) -> None:
    """Reading articles allocates short-lived objects by the hundred thousand: in the children and here the
    collector's first threshold is raised for the work, and this process's (a user's) is as it was after."""
    before = gc.get_threshold()
    with Workers(_threshold, processes=processes) as workers:
        results = list(workers.map(list(range(20))))
        assert gc.get_threshold()[0] == RELAXED_GC
    assert results and all(threshold == RELAXED_GC for _, threshold in results)
    assert processes == 1 or any(pid != os.getpid() for pid, _ in results)
    assert gc.get_threshold() == before
    try:
        for users in (RELAXED_GC * 2, 0):  # a user's higher threshold is left alone, and collection turned off
            gc.set_threshold(users, *before[1:])
            with Workers(_threshold, processes=1):
                assert gc.get_threshold()[0] == users
    finally:
        gc.set_threshold(*before)


def test_one_process_runs_here() -> None:
    with Workers(_where, processes=1, setup=_setup) as workers:
        assert {pid for _, pid, _ in workers.map([1, 2, 3])} == {os.getpid()}


def test_findings_read_over_workers_equal_those_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "PARALLEL_FROM", 1)
    loaded = load_claim_file(ROOT / "claims" / "alaska_summit.yaml")
    sources = _paragraph_sources()
    work = [(s.id, list(loaded.claims)) for s in sources]
    forked = Engine(sources, processes=2, index_from=1)
    forked.want_index(len(sources))  # the index's vocabularies are read over the workers too
    here = Engine(sources, processes=1, index_from=10**9)
    got = [(c.id, sid, f) for c, sid, f in forked.check_many(work)]
    want = [(c.id, sid, f) for c, sid, f in here.check_many(work)]
    assert got == want
    assert sum(f.verdict.value != "not_mentioned" for _, _, f in got) > 20
    steps: list[int] = []
    list(Engine(sources, processes=2).check_many(work, step=steps.append))
    assert sum(steps) == len(sources)


def test_scope_decided_over_workers_is_scope_decided_here(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.claims.load import parse_claims
    from factcheck.plan import plan_file

    monkeypatch.setattr(engine_mod, "PARALLEL_FROM", 1)
    loaded = parse_claims(
        "version: 1\nscope:\n  all: [[ألاسكا, أنكوريج], [بوتين, Putin]]\n  any: [القمة, المحادثات]\n"
        "claims:\n  - {id: a, says: x, kind: mention, any: [إلمندورف]}\n", "c.yaml",
    )
    sources = _paragraph_sources()
    forked = plan_file(loaded, sources, Engine(sources, processes=2, index_from=1))
    here = plan_file(loaded, sources, Engine(sources, processes=1, index_from=1))
    assert [s.id for s in forked.in_scope] == [s.id for s in here.in_scope]
    assert forked.out_of_scope == here.out_of_scope
    assert 0 < len(forked.in_scope) < len(sources)


def test_dictionary_entries_looked_up_in_workers_are_kept_in_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from factcheck.cache import LEXICON_VERSION, VocabularyCache
    from factcheck.text import lexicon

    monkeypatch.setattr(engine_mod, "PARALLEL_FROM", 1)
    loaded = load_claim_file(ROOT / "claims" / "alaska_summit.yaml")
    sources = _paragraph_sources()
    work = [(s.id, list(loaded.claims)) for s in sources]

    def entries(processes: int, folder: Path) -> set[str]:
        lexicon._memo.clear()
        cache = VocabularyCache(folder)
        try:
            list(Engine(sources, cache=cache, processes=processes).check_many(work))
        finally:
            cache.close()
            lexicon.use_store(None)
        with sqlite3.connect(next(folder.glob("vocabulary-*.sqlite3"))) as db:
            return {word for (word,) in db.execute(f"SELECT word FROM lexicon_{LEXICON_VERSION}")}

    # forked first: the children inherit this process's memos, and a run here would fill them (is_variant's
    # cache, for one) with words the children would then never look up
    forked = entries(2, tmp_path / "forked")
    here = entries(1, tmp_path / "here")
    assert here and here <= forked  # a worker may look up a few more words (it lacks the others' memo)


def _die(n: int) -> int:
    if n == 3 and _SET_UP_IN:  # in a child only
        os._exit(1)
    return n


def test_a_worker_that_dies_fails_the_map_instead_of_hanging() -> None:
    from concurrent.futures.process import BrokenProcessPool

    with Workers(_die, processes=2, setup=_setup) as workers, pytest.raises(BrokenProcessPool):
        list(workers.map(list(range(8))))


def test_scope_decisions_over_workers_kept_across_files_are_those_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's scope steps are small (an event file's sources): once its scope reading is large, the workers
    forked for it are kept for the next steps, until ``close``; the decisions are those read here."""
    from factcheck.claims.model import Scope

    monkeypatch.setattr(engine_mod, "PARALLEL_FROM", 60)
    ids = [s.id for s in _paragraph_sources()]
    steps = [(Scope.model_validate({"any": ["ترامب", "بوتين"]}), ids[:40]),  # small: read here
             (Scope.model_validate({"all": ["القمة"]}), ids[40:80]),  # the reading is large now: workers
             (Scope.model_validate({"all": ["ألاسكا"], "none": ["زلزال"]}), ids[80:])]
    forked, here = Engine(_paragraph_sources(), processes=2), Engine(_paragraph_sources(), processes=1)
    before = gc.get_threshold()
    pools = []
    for scope, step in steps:
        assert forked.decide_scope_many(scope, step, threshold=85, where="scope") == \
            here.decide_scope_many(scope, step, threshold=85, where="scope")
        pools.append(forked._scope_workers._pool if forked._scope_workers is not None else None)
    assert pools[0] is None and pools[1] is not None and pools[2] is pools[1]  # forked once, then kept
    assert gc.get_threshold()[0] == max(before[0], RELAXED_GC)  # relaxed while the workers are kept
    forked.close()
    assert forked._scope_workers is None and gc.get_threshold() == before
    forked.decide_scope_many(*steps[1], threshold=85, where="scope")  # kept again (the reading is large)
    assert forked._scope_workers is not None
    forked._read_index(ids[:30])  # an index's workers are forked with no other pool running
    assert forked._scope_workers is None and gc.get_threshold() == before
    assert here._scope_workers is None


def test_settling_leaves_what_another_froze_frozen() -> None:
    """``gc.unfreeze`` thaws every frozen object, not only those ``settle`` froze: a process that froze its own
    (a server forking its workers, a session that embeds pytest) keeps them frozen after a run."""
    from factcheck.workers import Collector

    kept = [[n] for n in range(100)]  # objects to freeze
    assert gc.get_freeze_count() == 0  # this session freezes nothing of its own
    gc.freeze()

    def still_frozen() -> bool:
        # a frozen object is in no generation the collector walks; the count itself is no test, since frozen
        # objects that other threads (xdist's) drop by their reference counts leave it
        tracked = {id(o) for o in gc.get_objects()}
        return not any(id(x) in tracked for x in kept)

    try:
        assert gc.get_freeze_count() > 0 and still_frozen()
        collector = Collector()
        collector.settle()
        collector.thaw()
        assert still_frozen()
        collector.settle()
        collector.restore()
        assert still_frozen()
    finally:
        gc.unfreeze()
    assert not still_frozen()


def test_settling_freezes_until_thawed() -> None:
    from factcheck.workers import Collector

    assert gc.get_freeze_count() == 0
    collector = Collector()
    collector.settle()
    try:
        assert gc.get_freeze_count() > 0
    finally:
        collector.thaw()
    assert gc.get_freeze_count() == 0
