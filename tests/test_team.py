"""xdist workers as a team (factcheck.team): each reads its share, all get every finding, nobody waits forever."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import engine as engine_mod
from factcheck.cache import VocabularyCache
from factcheck.claims.load import load_claim_file
from factcheck.claims.model import Claim
from factcheck.engine import Engine
from factcheck.shard import Shard, shard_of
from factcheck.team import Team
from factcheck.verdicts import Finding
from tests.test_index import _paragraph_sources

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims" / "alaska_summit.yaml"


@pytest.fixture
def counted_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The sources read in depth in this process (each pair that was not recalled)."""
    read: list[str] = []
    real = engine_mod.check_kind

    def counting(claim: Claim, analysis: Any) -> Finding:
        read.append(analysis.document.source.id)
        return real(claim, analysis)

    monkeypatch.setattr(engine_mod, "check_kind", counting)
    monkeypatch.setattr(engine_mod, "TEAM_FROM", 1)
    yield read


def _findings(engine: Engine) -> list[tuple[str, str, Finding]]:
    claims = list(load_claim_file(CLAIMS).claims)
    work = [(s.id, claims) for s in _paragraph_sources()]
    return sorted(((c.id, sid, f) for c, sid, f in engine.check_many(work)), key=lambda t: (t[0], t[1]))


def _member(folder: Path, member: int, out: Any) -> None:
    engine_mod.TEAM_FROM = 1  # as in the test's own process
    cache = VocabularyCache(folder)
    found = _findings(Engine(_paragraph_sources(), cache=cache, processes=1, team=Team(cache, "run-1", member, 2)))
    cache.close()
    out.put(found)


def test_two_members_read_each_its_share_and_both_get_every_finding(tmp_path: Path, counted_reads: list[str]) -> None:
    alone = _findings(Engine(_paragraph_sources(), processes=1))
    read_alone = len(counted_reads)
    counted_reads.clear()

    ctx = multiprocessing.get_context("spawn")  # a fork of a threaded process (an xdist worker) may hang
    out = ctx.Queue()
    other = ctx.Process(target=_member, args=(tmp_path / "cache", 2, out))
    other.start()
    cache = VocabularyCache(tmp_path / "cache")
    team = Team(cache, "run-1", 1, 2)
    mine = _findings(Engine(_paragraph_sources(), cache=cache, processes=1, team=team))
    theirs = out.get(timeout=120)
    other.join(timeout=60)

    assert mine == alone and theirs == alone
    assert not team.missed  # the other member came
    # this member read only sources of its share: the other share came from the cache
    assert counted_reads and {shard_of("team\0" + sid, 2) for sid in counted_reads} == {1}
    assert len(counted_reads) < read_alone


def test_a_member_that_never_comes_is_waited_for_only_so_long(tmp_path: Path, counted_reads: list[str]) -> None:
    alone = _findings(Engine(_paragraph_sources(), processes=1))
    read_alone = len(counted_reads)
    counted_reads.clear()
    cache = VocabularyCache(tmp_path / "cache")
    team = Team(cache, "run-2", 1, 2, patience=0.2)
    assert _findings(Engine(_paragraph_sources(), cache=cache, processes=1, team=team)) == alone
    assert len(team.missed) == 1 and team.missed[0].startswith("findings:")
    assert len(counted_reads) == read_alone  # the absent member's share was read here
    assert not team.together  # dissolved: the next steps are read here without waiting again
    assert _findings(Engine(_paragraph_sources(), cache=cache, processes=1, team=team)) == alone
    assert len(team.missed) == 1


def test_a_team_splits_the_sources_of_a_shard_run_evenly(tmp_path: Path) -> None:
    """Under --factcheck-shard 1/2 every source left has one value of the shard hash; the team's is another."""
    ids = [s.id for s in Shard(1, 2).select(_paragraph_sources())]
    cache = VocabularyCache(tmp_path / "cache")
    mine, theirs = Team(cache, "run-3", 1, 2).share(ids, str, "step")
    assert len(ids) > 40 and min(len(mine), len(theirs)) > len(ids) / 4
    other, _ = Team(cache, "run-3", 2, 2).share(ids, str, "step")
    assert sorted(mine + other) == sorted(ids) and not set(mine) & set(other)


def _corpus_of_paragraphs(pytester: pytest.Pytester, copies: int) -> None:
    """Every paragraph of every seed as a file, named as the claims expect; copies: also with a line added."""
    folder = pytester.path / "seeds"
    folder.mkdir()
    for copy in range(copies):
        for source in _paragraph_sources():
            name = f"{source.id.replace('-', '_')}_{copy}.txt"
            (folder / name).write_text(source.text + "\nنسخة" * copy, encoding="utf-8")


def _marks(cache: Path) -> dict[str, int]:
    """How many workers came to each meeting, by meeting (named ``step kind:sources digest:n``)."""
    (path,) = cache.glob("vocabulary-*.sqlite3")
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT name, count(*) FROM marks GROUP BY name"))


@pytest.mark.parametrize(("claims", "copies", "steps"), [
    ("shipped", 1, {"findings"}),
    ("one claim", 2, {"vocabularies", "findings"}),  # enough sources for an index: the vocabularies are shared too
])
def test_xdist_workers_share_the_reading_and_report_what_a_serial_run_does(
    pytester: pytest.Pytester, claims: str, copies: int, steps: set[str],
) -> None:
    pytest.importorskip("xdist")
    _corpus_of_paragraphs(pytester, copies)
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = seeds\nfactcheck_claims = claims\n")
    (pytester.path / "claims").mkdir()
    if claims == "shipped":
        (pytester.path / "claims" / "c.yaml").write_bytes(CLAIMS.read_bytes())
    else:  # one item: one worker is handed nothing, and must still read its share
        (pytester.path / "claims" / "c.yaml").write_text(
            "version: 1\nclaims:\n  - {id: who, says: ترامب التقى بوتين, kind: mention, any: [ترامب],"
            " not: [بايدن]}\n", encoding="utf-8")
    common = ["-p", "no:cacheprovider", "--factcheck-granularity=claim"]
    serial = pytester.runpytest_subprocess(*common, "--factcheck-cache=serial", "--factcheck-json=serial.json")
    parallel = pytester.runpytest_subprocess(*common, "-n", "2", "--factcheck-cache=team", "--factcheck-json=par.json")
    assert serial.parseoutcomes() == parallel.parseoutcomes()
    assert (pytester.path / "serial.json").read_bytes() == (pytester.path / "par.json").read_bytes()
    marks = _marks(pytester.path / "team")
    assert steps <= {name.split(":")[0] for name in marks}
    assert set(marks.values()) == {2}  # both workers came to every meeting
