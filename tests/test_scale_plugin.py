"""pytest at scale: claim granularity, xdist, shards and merge, the HTML report (contract §3, §5)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main as factcheck_main

ROOT = Path(__file__).resolve().parents[1]

# One claim: the summit lasted three hours.
SUMMIT_DURATION = """\
version: 1
claims:
  - id: summit-duration
    says: استمرت القمة ثلاث ساعات
    kind: quantity
    about: [القمة]
    value: 3
    unit: hour
"""


def _report(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_claim_granularity_one_item_per_claim_listing_its_contradicting_sources(shipped: pytest.Pytester) -> None:
    result = shipped.runpytest("--factcheck-granularity=claim", "--factcheck-json=r.json", "-rf")
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 1 and outcomes["xfailed"] == 3
    result.stdout.fnmatch_lines([
        "*_ summit-duration _*",
        "claim summit-duration (quantity): *",
        "1 of 5 sources in scope fail it",
        "source 002_3449c5c6f9ea3f3f (seeds/002_3449c5c6f9ea3f3f.txt)",
        "*why:*states 5 hours*claim says 3 hours*",
        "FAILED claims/alaska_summit.yaml::summit-duration - *",
    ])
    report = _report(shipped.path / "r.json")
    assert not any(r["verdict"] == "not_mentioned" for r in report["results"])
    listed = {(r["claim"], r["source"]): r["verdict"] for r in report["results"]}
    assert listed[("summit-duration", "002_3449c5c6f9ea3f3f")] == "contradicted"  # the failing pair is listed
    for claim in report["claims"]:  # so is every supported and contradicted pair of every claim
        for verdict in ("supported", "contradicted"):
            assert sum(1 for (c, _), v in listed.items() if c == claim["claim"] and v == verdict) == claim["counts"][verdict]
    counts = {c["claim"]: c["counts"] for c in report["claims"]}
    # not_mentioned pairs are left out of results but counted
    assert counts["summit-duration"] == {"supported": 2, "contradicted": 1, "not_mentioned": 2, "error": 0}


def test_a_claim_failing_in_many_sources_shows_the_first_ten_and_lists_every_pair_in_json(
    pytester: pytest.Pytester,
) -> None:
    corpus = pytester.mkdir("corpus")
    for n in range(1, 13):
        (corpus / f"a{n:02d}.txt").write_text(f"استمرت القمة نحو {4 + n % 3} ساعات في انكوريج.\n", encoding="utf-8")
    (corpus / "a13.txt").write_text("استمرت القمة نحو ثلاث ساعات.\n", encoding="utf-8")
    pytester.makefile(".yaml", claims=SUMMIT_DURATION)
    result = pytester.runpytest("claims.yaml", "--factcheck-corpus=corpus", "--factcheck-granularity=claim",
                                "--factcheck-json=r.json", "--factcheck-no-cache")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "12 of 13 sources in scope fail it",
        "… and 2 more: a11, a12 (--factcheck-json=FILE lists every pair)",
    ])
    failures = result.stdout.lines[:result.stdout.lines.index(next(
        line for line in result.stdout.lines if "short test summary info" in line))]  # under CI=true it repeats all
    shown = [line for line in failures if line.startswith("source a")]
    assert shown == [f"source a{n:02d} (corpus/a{n:02d}.txt)" for n in range(1, 11)]
    listed = {r["source"]: r["verdict"] for r in _report(pytester.path / "r.json")["results"]}
    assert listed == {**{f"a{n:02d}": "contradicted" for n in range(1, 13)}, "a13": "supported"}


@pytest.mark.parametrize("cache", ["shared cache", "--factcheck-no-cache"])  # a team, or each item on its own
def test_xdist_gives_the_serial_report_and_summary(shipped: pytest.Pytester, cache: str) -> None:
    pytest.importorskip("xdist")
    args = ["-p", "no:cacheprovider"] + ([cache] if cache.startswith("--") else [])
    serial = shipped.runpytest_subprocess(*args, "--factcheck-json=serial.json")
    parallel = shipped.runpytest_subprocess(*args, "-n", "2", "--factcheck-warm-workers", "--factcheck-json=par.json")
    assert serial.parseoutcomes() == parallel.parseoutcomes()
    parallel.stdout.fnmatch_lines([
        "factcheck: 5 sources; verdicts: 5 contradicted, 124 not_mentioned, 101 supported",
        "factcheck: JSON report written to par.json",
    ])
    assert _report(shipped.path / "serial.json") == _report(shipped.path / "par.json")
    # every item on every worker (--dist each): one result a pair all the same
    shipped.runpytest_subprocess(*args, "-n", "2", "--dist", "each", "--factcheck-json=each.json")
    assert _report(shipped.path / "each.json") == _report(shipped.path / "serial.json")
    # a shard's report too: what merge checks the shards by is what the workers read
    shard = ["--factcheck-shard=1/2", "--factcheck-json=s.json"]
    shipped.runpytest_subprocess(*args, *shard)
    serial_shard = _report(shipped.path / "s.json")
    shipped.runpytest_subprocess(*args, *shard, "-n", "2")
    assert _report(shipped.path / "s.json") == serial_shard and serial_shard["run"]["corpus_digest"]


def test_two_shards_merged_equal_the_whole_run(shipped: pytest.Pytester, capsys: pytest.CaptureFixture[str]) -> None:
    whole = shipped.runpytest("--factcheck-json=whole.json")
    one = shipped.runpytest("--factcheck-shard=1/2", "--factcheck-json=s1.json")
    two = shipped.runpytest("--factcheck-shard=2/2", "--factcheck-json=s2.json")
    assert one.parseoutcomes()["passed"] + two.parseoutcomes()["passed"] == whole.parseoutcomes()["passed"]
    s1, s2 = _report(shipped.path / "s1.json"), _report(shipped.path / "s2.json")
    assert s1["sources"] and s2["sources"] and not {s["id"] for s in s1["sources"]} & {s["id"] for s in s2["sources"]}
    notes = s1["notes"] + s2["notes"]  # an expect naming a source of the other shard: not "of the corpus"
    assert any("names no source of this shard; ignored" in n for n in notes) and not any("of the corpus" in n for n in notes)
    run = {k: v for k, v in s1["run"].items() if k != "corpus_digest"}
    assert run == {"shard": "1/2", "granularity": "pair", "corpus": ["seeds"], "selection": [], "corpus_sources": 5}
    assert s1["run"]["corpus_digest"] == s2["run"]["corpus_digest"]  # the whole corpus's, before each took its part
    assert "run" not in _report(shipped.path / "whole.json")  # what merge checks the shards by
    assert all(c["key"] for c in s1["claims"]) and all("key" not in c for c in _report(shipped.path / "whole.json")["claims"])
    out = shipped.path / "merged.json"
    assert factcheck_main(["merge", str(shipped.path / "s1.json"), str(shipped.path / "s2.json"), "-o", str(out)]) == 0
    assert _report(out) == _report(shipped.path / "whole.json")
    # a shard missing (its CI job's upload failed) is an error, not a report of half the corpus
    assert factcheck_main(["merge", str(shipped.path / "s1.json"), "-o", str(shipped.path / "half.json")]) == 1
    assert "shard 2/2 missing: merge the reports of all 2 shards" in capsys.readouterr().err
    assert not (shipped.path / "half.json").exists()


def test_merge_refuses_shards_of_a_selection_of_other_claims_or_of_another_corpus(
        shipped: pytest.Pytester, capsys: pytest.CaptureFixture[str]) -> None:
    """Each merged green, into a report that looked whole: a shard run with -k (a third of its pairs), a shard
    whose claim file changed between the jobs, a shard of another corpus."""
    shipped.runpytest("--factcheck-shard=1/2", "--factcheck-json=s1.json")
    shipped.runpytest("--factcheck-shard=2/2", "--factcheck-json=s2.json")

    def merge(*names: str) -> str:
        assert factcheck_main(["merge", *(str(shipped.path / n) for n in names), "-o", str(shipped.path / "m.json")]) == 1
        assert not (shipped.path / "m.json").exists()
        return capsys.readouterr().err

    shipped.runpytest("--factcheck-shard=2/2", "--factcheck-json=k2.json", "-k", "venue")
    assert "report 2 (shard 2/2) chose its items with -k venue and report 1 with no selection: merge the shards of " \
           "one run" in merge("s1.json", "k2.json")
    shipped.runpytest("--factcheck-shard=1/2", "--factcheck-json=k1.json", "-k", "venue")  # each with -k: one run
    assert factcheck_main(["merge", str(shipped.path / "k1.json"), str(shipped.path / "k2.json"), "-o",
                           str(shipped.path / "k.json")]) == 0
    shipped.runpytest("--factcheck-shard=2/2", "--factcheck-json=l2.json", "--lf", "-p", "cacheprovider")
    assert "reran some of its items (--lf)" in merge("s1.json", "l2.json")
    # the same paths named, in any order or spelling of a folder: one run
    shipped.runpytest("claims", "seeds", "--factcheck-shard=1/2", "--factcheck-json=p1.json")
    shipped.runpytest("seeds/", "claims/", "--factcheck-shard=2/2", "--factcheck-json=p2.json")
    assert factcheck_main(["merge", str(shipped.path / "p1.json"), str(shipped.path / "p2.json"), "-o",
                           str(shipped.path / "p.json")]) == 0
    claims = shipped.path / "claims" / "alaska_summit.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("value: 3\n", "value: 4\n", 1), encoding="utf-8")
    shipped.runpytest("--factcheck-shard=2/2", "--factcheck-json=c2.json")
    assert "says another thing in report 2 than before" in merge("s1.json", "c2.json")
    # what decides outcomes besides the claim's words: an expect, the file's scope
    for n, changed in enumerate((text.replace('"001_*": contradicted', '"001_*": supported', 1),
                                 text.replace("to: 2026-12-31", "to: 2026-12-30", 1))):
        assert changed != text
        claims.write_text(changed, encoding="utf-8")
        shipped.runpytest("--factcheck-shard=2/2", f"--factcheck-json=x{n}.json")
        assert "says another thing in report 2 than before" in merge("s1.json", f"x{n}.json")
    extra = shipped.path / "seeds" / "999_extra.txt"
    extra.write_text("خبر آخر لا علاقة له بالقمة.", encoding="utf-8")
    shipped.runpytest("--factcheck-shard=2/2", "--factcheck-json=o2.json")
    assert "the shards did not read the same corpus" in merge("s1.json", "o2.json")


def test_a_bad_shard_is_a_usage_error(shipped: pytest.Pytester) -> None:
    result = shipped.runpytest("--factcheck-shard=3/2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--factcheck-shard: '3/2': the shard number must be between 1 and 2*"])


def test_html_report_is_written_beside_the_json(shipped: pytest.Pytester) -> None:
    result = shipped.runpytest("--factcheck-html=out/report.html")
    result.stdout.fnmatch_lines(["factcheck: HTML report written to out/report.html"])
    page = (shipped.path / "out" / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "summit-duration" in page and "http://" not in page
    assert "استمرت القمة نحو ثلاث ساعات" in page  # each claim's words (the JSON report has none to give)
    shipped.runpytest("--factcheck-html=out/par.html", "-n", "2")  # an xdist worker's claims carry them too
    assert "استمرت القمة نحو ثلاث ساعات" in (shipped.path / "out" / "par.html").read_text(encoding="utf-8")


def test_html_report_over_an_input_is_refused(shipped: pytest.Pytester) -> None:
    result = shipped.runpytest("--factcheck-html=claims/alaska_summit.yaml")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck: --factcheck-html=claims/alaska_summit.yaml would overwrite a claim file*"])


def test_translit_writes_failures_in_buckwalter(shipped: pytest.Pytester) -> None:
    result = shipped.runpytest("--factcheck-translit", "-k", "summit-duration")
    result.assert_outcomes(failed=1, passed=2, skipped=2)
    text = result.stdout.str()
    assert "claim summit-duration (quantity): «Astmrt Alqmp nHw vlAv sAEAt»" in text
    failure = text[text.index("claim summit-duration"):text.index("short test summary")]
    assert not any("\u0600" <= ch <= "\u06ff" for ch in failure)


def test_a_shared_file_in_the_claims_folder_is_no_claim_file(shipped: pytest.Pytester) -> None:
    (shipped.path / "claims" / "people.yaml").write_text(
        "shared: true\naliases:\n  putin: [بوتين, Putin]\n", encoding="utf-8")
    (shipped.path / "claims" / "more.yaml").write_text(
        "version: 1\ninclude: [people.yaml]\nclaims:\n  - {id: putin-named, says: x, kind: mention, any: [$putin]}\n",
        encoding="utf-8")
    result = shipped.runpytest("-k", "putin-named")
    result.assert_outcomes(passed=5)


def test_an_empty_shard_is_an_empty_run_not_an_error(shipped: pytest.Pytester) -> None:
    result = shipped.runpytest("--factcheck-shard=7/40", "--factcheck-json=s.json")
    assert result.ret in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED)
    serial = _report(shipped.path / "s.json")
    assert serial["results"] == []
    # under xdist too: the controller wrote nothing, and merge then said the shard was missing
    (shipped.path / "s.json").unlink()
    parallel = shipped.runpytest_subprocess("--factcheck-shard=7/40", "--factcheck-json=s.json", "-n", "2")
    assert parallel.ret == pytest.ExitCode.OK
    assert _report(shipped.path / "s.json") == serial


@pytest.mark.parametrize("granularity", ["claim", "pair"])
def test_pairs_answered_by_the_index_give_the_report_of_reading_every_pair(
    shipped: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, granularity: str
) -> None:
    """With an index from one source on, silent pairs are counted by claim, unread: the same report."""
    from factcheck import engine

    claims = shipped.path / "claims" / "alaska_summit.yaml"
    # one claim that lists its silent pairs (missing: fail) and one that passes them (missing: pass)
    text = claims.read_text(encoding="utf-8")
    text = text.replace("  - id: summit-duration\n", "  - id: summit-duration\n    missing: pass\n")
    text = text.replace("  - id: no-ceasefire\n", "  - id: no-ceasefire\n    missing: fail\n")
    claims.write_text(text, encoding="utf-8")
    args = ["-p", "no:cacheprovider", "--factcheck-no-cache", f"--factcheck-granularity={granularity}"]
    plain = shipped.runpytest(*args, "--factcheck-json=plain.json")
    monkeypatch.setattr(engine, "INDEX_FROM", 1)
    indexed = shipped.runpytest(*args, "--factcheck-json=indexed.json")
    assert plain.parseoutcomes() == indexed.parseoutcomes()
    assert _report(shipped.path / "plain.json") == _report(shipped.path / "indexed.json")
    report = _report(shipped.path / "indexed.json")
    counts = {c["claim"]: c["counts"] for c in report["claims"]}
    assert counts["summit-duration"]["not_mentioned"] >= 1 and counts["no-ceasefire"]["not_mentioned"] >= 1


def test_the_report_written_a_result_at_a_time_is_the_report_dumped_at_once(shipped: pytest.Pytester) -> None:
    shipped.runpytest("--factcheck-granularity=claim", "--factcheck-json=r.json")
    written = (shipped.path / "r.json").read_text(encoding="utf-8")
    data = json.loads(written)
    assert len(data["results"]) > 10 and data["notes"] is not None
    assert written == json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def test_passed_setups_and_teardowns_of_claims_are_not_kept_for_the_failure_summary(shipped: pytest.Pytester) -> None:
    """pytest's failure summary walks every kept passed setup and teardown report once a failure (minutes
    for thousands of failing pairs): a claim's are not kept, another test's still are, and still show."""
    shipped.makeconftest("""
        def pytest_terminal_summary(terminalreporter):
            kept = terminalreporter.stats.get("", [])
            ours = sum("factcheck" in r.keywords for r in kept)
            terminalreporter.write_line(f"kept: {ours} of claims, {len(kept) - ours} of other tests")
    """)
    shipped.makepyfile(test_other="""
        import pytest

        @pytest.fixture
        def noisy():
            yield
            print("teardown says hello")

        def test_fails(noisy):
            assert False
    """)
    result = shipped.runpytest("-p", "no:cacheprovider", "-rf")
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 2 and outcomes["passed"] > 100  # a contradicted pair (4 more expected), test_fails
    result.stdout.fnmatch_lines([
        "*_ summit-duration*002_3449c5c6f9ea3f3f* _*",  # a failing pair's summary, as before
        "*why:*states 5 hours*claim says 3 hours*",
        "*_ test_fails _*",
        "*- Captured stdout teardown -*",
        "teardown says hello",
        "kept: 0 of claims, 2 of other tests",  # test_fails' setup and its teardown (with output)
    ])


def test_a_failure_of_the_bulk_reading_leaves_each_pair_to_its_item_never_silent(
    shipped: pytest.Pytester, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Were half a batch kept, every pair it never reached would count as silent: a claim contradicted
    in a source would pass as ``not mentioned by any``.  The items check their pairs instead, with a note."""
    from factcheck.engine import Engine

    expected = shipped.runpytest("--factcheck-granularity=claim", "--factcheck-no-cache", "--factcheck-json=whole.json")

    def broken(self: Engine, work: Any, **_: Any) -> Any:
        yield from ()
        raise RuntimeError("a reader was lost")

    monkeypatch.setattr(Engine, "check_many", broken)
    result = shipped.runpytest("--factcheck-granularity=claim", "--factcheck-no-cache", "--factcheck-json=broken.json")
    assert result.parseoutcomes() == expected.parseoutcomes()
    result.stdout.fnmatch_lines([
        "factcheck: note: reading the sources in bulk failed (RuntimeError: a reader was lost); each pair was checked alone",
    ])
    whole, broken_report = _report(shipped.path / "whole.json"), _report(shipped.path / "broken.json")
    assert broken_report["results"] == whole["results"] and broken_report["claims"] == whole["claims"]


@pytest.mark.parametrize("granularity", ["pair", "claim"])
def test_claims_a_selection_leaves_out_are_not_listed_as_checked(shipped: pytest.Pytester, granularity: str) -> None:
    """``-k summit-duration`` listed every other claim as a row of zeros (and zero counts in the JSON),
    which read as checked and silent."""
    result = shipped.runpytest("-k", "summit-duration", f"--factcheck-granularity={granularity}", "--factcheck-json=k.json")
    assert [c["claim"] for c in _report(shipped.path / "k.json")["claims"]] == ["summit-duration"]
    rows = [line.split()[0] for line in result.outlines if line.startswith("  ") and line.split()[-4:-3]]
    assert "held-in-alaska" not in rows and "summit-duration" in rows
    par = shipped.runpytest("-k", "summit-duration", f"--factcheck-granularity={granularity}", "-n", "2",
                            "--factcheck-json=kpar.json")
    assert _report(shipped.path / "kpar.json")["claims"] == _report(shipped.path / "k.json")["claims"]
    assert par.ret == result.ret
    # a claim of no source in scope: a row of zeros in a whole run (it checked nothing), none under a selection
    claims = shipped.path / "claims" / "alaska_summit.yaml"
    claims.write_text(claims.read_text(encoding="utf-8") + (
        "  - {id: elsewhere, says: عقدت القمة في جنيف, kind: mention, any: [جنيف], sources: ['nowhere-*']}\n"),
        encoding="utf-8")
    shipped.runpytest(f"--factcheck-granularity={granularity}", "--factcheck-json=all.json")
    assert "elsewhere" in [c["claim"] for c in _report(shipped.path / "all.json")["claims"]]
    shipped.runpytest("-k", "summit-duration", f"--factcheck-granularity={granularity}", "--factcheck-json=k2.json")
    assert [c["claim"] for c in _report(shipped.path / "k2.json")["claims"]] == ["summit-duration"]


def test_junit_under_xdist_shows_the_properties_a_serial_run_shows(shipped: pytest.Pytester) -> None:
    """A worker's claim records travel to the controller in the item's properties; once taken into the report they
    are dropped, so ``--junitxml`` under ``-n`` no longer carries them (a serial run never did)."""
    pytest.importorskip("xdist")
    import xml.etree.ElementTree as ET

    def properties(name: str) -> dict[str, list[tuple[str, str]]]:
        root = ET.parse(shipped.path / name).getroot()
        return {f"{case.get('classname')}::{case.get('name')}": sorted((p.get("name", ""), p.get("value", ""))
                                                                         for p in case.iter("property"))
                for case in root.iter("testcase")}

    args = ("--factcheck-granularity=claim", "--factcheck-no-cache")
    shipped.runpytest_subprocess(*args, "--junitxml=serial.xml", "--factcheck-json=serial.json")
    shipped.runpytest_subprocess(*args, "-n", "2", "--junitxml=par.xml", "--factcheck-json=par.json")
    serial, parallel = properties("serial.xml"), properties("par.xml")
    assert serial == parallel and any(serial.values())
    assert not any(name == "factcheck_claim" for props in parallel.values() for name, _ in props)
    whole, par = _report(shipped.path / "serial.json"), _report(shipped.path / "par.json")
    assert par["results"] == whole["results"] and par["results"]  # the controller took the records before
