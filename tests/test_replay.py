"""Claim-level outcomes kept across runs: replayed byte for byte, recomputed whenever what they depend on changes."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cache import VocabularyCache, findings_version
from factcheck.report.claim_outcome import ClaimOutcome
from factcheck.report.results import PackedRecords

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["-p", "no:cacheprovider", "--factcheck-granularity=claim", "--factcheck-cache=cache", "-rfs"]


def _db(pytester: pytest.Pytester) -> sqlite3.Connection:
    (path,) = (pytester.path / "cache").glob("vocabulary-*.sqlite3")
    return sqlite3.connect(path)


def _count(pytester: pytest.Pytester, table: str) -> int:
    with _db(pytester) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}_{findings_version()}").fetchone()[0])


def _pair_findings(pytester: pytest.Pytester) -> int:
    """Findings of (claim, source) pairs (the table also keeps scope decisions, under ``scope:`` keys)."""
    with _db(pytester) as db:
        return int(db.execute(
            f"SELECT count(*) FROM findings_{findings_version()} WHERE claim NOT LIKE 'scope:%'").fetchone()[0])


def _forget_findings(pytester: pytest.Pytester) -> None:
    with _db(pytester) as db:
        db.execute(f"DELETE FROM findings_{findings_version()} WHERE claim NOT LIKE 'scope:%'")


def _shown(result: pytest.RunResult) -> list[str]:
    return [re.sub(r" in [\d.]+s\b.*| written to \w+\.json", "", line) for line in result.outlines]


def _run(pytester: pytest.Pytester, report: str, *extra: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess(*ARGS, f"--factcheck-json={report}", *extra)


def _not_the_same_run(pytester: pytest.Pytester) -> None:
    """A claim file touched, its bytes the same: not the run made before (which ``whole_run`` would replay
    whole), but the same claims over the same sources, replayed claim by claim."""
    claims = pytester.path / "claims" / "alaska_summit.yaml"
    os.utime(claims, ns=(claims.stat().st_atime_ns, claims.stat().st_mtime_ns + 10**9))


def test_a_warm_run_replays_every_claim_without_computing_a_pair(shipped: pytest.Pytester) -> None:
    cold = _run(shipped, "cold.json")
    claims = sum(cold.parseoutcomes().values())
    assert _count(shipped, "outcomes") == claims > 5
    assert _pair_findings(shipped) > 0
    _forget_findings(shipped)  # a pair computed again would be stored again
    _not_the_same_run(shipped)
    warm = _run(shipped, "warm.json")
    assert warm.parseoutcomes() == cold.parseoutcomes()
    assert (shipped.path / "warm.json").read_bytes() == (shipped.path / "cold.json").read_bytes()
    assert _pair_findings(shipped) == 0
    # the terminal says the same (the failure texts and the summary), durations aside
    assert _shown(warm) == _shown(cold)
    warm.stdout.fnmatch_lines(["*summit-duration*", "verdict: contradicted"])


def test_a_changed_source_recomputes_the_claims_over_it(shipped: pytest.Pytester) -> None:
    _run(shipped, "before.json")
    (seed,) = (shipped.path / "seeds").glob("002_*.txt")
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("استمر نحو خمس ساعات", "استمر نحو ثلاث ساعات"), encoding="utf-8")
    after = _run(shipped, "after.json")
    fresh = shipped.runpytest_subprocess(
        *[a for a in ARGS if not a.startswith("--factcheck-cache")], "--factcheck-no-cache", "--factcheck-json=fresh.json")
    assert after.parseoutcomes() == fresh.parseoutcomes()
    assert (shipped.path / "after.json").read_bytes() == (shipped.path / "fresh.json").read_bytes()
    assert (shipped.path / "after.json").read_bytes() != (shipped.path / "before.json").read_bytes()


def test_fields_the_findings_ignore_still_change_the_outcome(shipped: pytest.Pytester) -> None:
    """``tags``, ``expect``, ``severity`` keep a pair's findings (claim_key) but not the item's outcome."""
    cold = _run(shipped, "cold.json")
    assert cold.parseoutcomes()["failed"] >= 1
    claims = shipped.path / "claims" / "alaska_summit.yaml"
    text = claims.read_text(encoding="utf-8")
    assert "  - id: summit-duration\n" in text
    claims.write_text(text.replace("  - id: summit-duration\n", "  - id: summit-duration\n    severity: warn\n"),
                      encoding="utf-8")
    warned = _run(shipped, "warned.json", "-W", "always")
    assert warned.parseoutcomes().get("failed", 0) == cold.parseoutcomes()["failed"] - 1
    warned.stdout.fnmatch_lines(["*FactcheckWarning*summit-duration*"])
    _not_the_same_run(shipped)
    again = _run(shipped, "again.json", "-W", "always")  # the warning is replayed too
    again.stdout.fnmatch_lines(["*FactcheckWarning*summit-duration*"])
    assert (shipped.path / "again.json").read_bytes() == (shipped.path / "warned.json").read_bytes()


def test_a_damaged_outcome_is_a_miss_and_its_pairs_are_checked_one_by_one(shipped: pytest.Pytester) -> None:
    cold = _run(shipped, "cold.json")
    with _db(shipped) as db:
        db.execute(f"UPDATE outcomes_{findings_version()} SET data = X'00'")
    _not_the_same_run(shipped)
    warm = _run(shipped, "warm.json")
    assert warm.parseoutcomes() == cold.parseoutcomes()
    assert (shipped.path / "warm.json").read_bytes() == (shipped.path / "cold.json").read_bytes()


def test_xdist_workers_replay_what_a_serial_run_kept(shipped: pytest.Pytester) -> None:
    cold = _run(shipped, "serial.json")
    warm = _run(shipped, "workers.json", "-n", "2", "--factcheck-warm-workers")  # not made in one process
    assert warm.parseoutcomes() == cold.parseoutcomes()
    assert (shipped.path / "workers.json").read_bytes() == (shipped.path / "serial.json").read_bytes()


texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)


@given(
    rows=st.lists(st.tuples(texts, st.sampled_from(["supported", "contradicted", "not_mentioned", "error"]),
                            st.sampled_from(["passed", "failed", "skipped", "xfailed"]), texts), max_size=5),
    silent=st.integers(0, 10**6), warnings=st.lists(texts, max_size=3),
    ending=st.sampled_from(["passed", "failed", "skipped", "xfailed"]), message=texts,
)
def test_an_outcome_reads_back_as_written(
    rows: list[tuple[str, str, str, str]], silent: int, warnings: list[str], ending: str, message: str
) -> None:
    outcome = ClaimOutcome(silent=silent, warnings=warnings, ending=ending, message=message)  # type: ignore[arg-type]
    for source, verdict, out, body in rows:
        outcome.add(source, verdict, out, json.dumps({"text": body}, ensure_ascii=False, indent=1).encode())
    replayed = ClaimOutcome.from_bytes(outcome.to_bytes())
    assert isinstance(replayed.records, PackedRecords)  # kept packed until the report is written
    assert replayed.records.unpacked() == outcome.records
    again = ClaimOutcome.from_bytes(replayed.to_bytes()).records  # packed again as it is
    assert isinstance(again, PackedRecords) and again.unpacked() == outcome.records
    replayed.records = outcome.records
    assert replayed == outcome


def _written() -> bytes:
    outcome = ClaimOutcome(ending="failed", message="m")
    outcome.add("s1", "contradicted", "failed", b'{"a": 1}')
    outcome.add("s2", "supported", "passed", b'{"b": 2}')
    return outcome.to_bytes()


@pytest.mark.parametrize("data", [
    b"", b"\x00", b"x\x9c\x03\x00\x00\x00\x00\x01",
    zlib.compress(b'{"format":2}\x00record', 1),  # what versions before 3 wrote
    _written()[:-3],  # cut short: the records' size no longer what the head says
    _written()[:10],
    _written() + b"\x00",
    _written()[:-5] + bytes([_written()[-5] ^ 1]) + _written()[-4:],  # a byte of the packed records changed
])
def test_damaged_bytes_raise_value_error(data: bytes) -> None:
    with pytest.raises(ValueError):
        ClaimOutcome.from_bytes(data)


def test_outcomes_of_another_code_version_are_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import cache as cache_mod

    old = VocabularyCache(tmp_path)
    old.put_outcome("outcome:x", b"data")
    assert old.outcomes_held(["outcome:x", "outcome:y"]) == {"outcome:x"} and old.outcome("outcome:x") == b"data"
    old.close()
    monkeypatch.setattr(cache_mod, "findings_version", lambda: "0" * 16)
    new = VocabularyCache(tmp_path)
    assert new.outcome("outcome:x") is None
    with sqlite3.connect(new.path) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {t for t in tables if t.startswith("outcomes_")} == {"outcomes_" + "0" * 16}
    new.close()


def test_a_files_scope_decisions_are_kept_and_a_warm_plan_neither_indexes_nor_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source
    from factcheck.engine import Engine
    from factcheck.plan import plan_file

    loaded = parse_claims(
        "version: 1\nscope:\n  all: [[ألاسكا, أنكوريج], [بوتين, Putin]]\n  any: [القمة, المحادثات]\n"
        "claims:\n  - {id: a, says: x, kind: mention, any: [إلمندورف]}\n", "c.yaml",
    )
    sources = [Source(f"{seed.stem[:3]}-{n:03d}", seed.name, para)
               for seed in sorted((ROOT / "seeds").glob("*.txt"))
               for n, para in enumerate(p for p in seed.read_text(encoding="utf-8").split("\n") if p.strip())]

    def plan(sources: list[Source]) -> tuple[list[str], dict[str, str]]:
        cache = VocabularyCache(tmp_path / "cache")
        try:
            made = plan_file(loaded, sources, Engine(sources, cache=cache, index_from=1, processes=1))
        finally:
            cache.close()
        return [s.id for s in made.in_scope], {k: d.reason for k, d in made.out_of_scope.items()}

    cold = plan(sources)
    assert 0 < len(cold[0]) < len(sources)

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a warm plan reads nothing")

    with monkeypatch.context() as patched:
        patched.setattr(Engine, "scope_by_index", refused)
        patched.setattr(Engine, "decide_scope_many", refused)
        patched.setattr(Engine, "index", refused)
        assert plan(sources) == cold
    # one source changed: its file is decided again, and the change shows
    first_in = cold[0][0]
    changed = [Source(s.id, s.path, "زلزال في تشيلي.") if s.id == first_in else s for s in sources]
    again = plan(changed)
    assert first_in not in again[0] and again[0] == cold[0][1:]


def test_an_outcome_in_use_is_kept_and_one_unused_for_a_week_goes(tmp_path: Path) -> None:
    import time

    first = VocabularyCache(tmp_path)
    first.put_outcome("outcome:used", b"a")
    first.put_outcome("outcome:asked", b"b")
    first.put_outcome("outcome:unused", b"c")
    first.close()
    with sqlite3.connect(first.path) as db:  # all written six days ago
        db.execute(f"UPDATE {first.outcomes_table} SET at = ?", (time.time() - 6 * 86400,))
    second = VocabularyCache(tmp_path)
    assert second.outcome("outcome:used") == b"a"
    assert second.outcomes_held(["outcome:asked", "outcome:missing"]) == {"outcome:asked"}
    second.close()
    with sqlite3.connect(first.path) as db:  # two more days pass
        db.execute(f"UPDATE {first.outcomes_table} SET at = at - 2 * 86400")
    third = VocabularyCache(tmp_path)
    assert third.outcomes_held(["outcome:used", "outcome:asked", "outcome:unused"]) == {"outcome:used", "outcome:asked"}
    third.close()
