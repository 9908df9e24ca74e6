"""End to end through pytest: collection, outcomes, failure text, JSON report."""

from __future__ import annotations

import json
import shutil

import pytest

VENUE_SEED = "000_545618ef9b520956"

INI = """\
[pytest]
factcheck_corpus = corpus
factcheck_claims = claims
"""

CLAIMS = """\
version: 1
claims:
  - id: venue
    says: عقدت القمة في قاعدة إلمندورف الجوية
    kind: mention
    any: [إلمندورف]
    not: [قاعدة أندروز]
    about: [قاعدة]
  - id: state
    says: ألاسكا ولاية أمريكية
    kind: mention
    any: [ولاية ألاسكا]
    not: [مدينة ألاسكا]
    expect:
      "b*": contradicted
  - id: moscow
    says: المرة القادمة في موسكو
    kind: mention
    any: [موسكو]
    missing: fail
    tags: [outcome]
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".ini", pytest=INI)
    corpus = pytester.mkdir("corpus")
    (corpus / "a.txt").write_text("عقدت القمة في قاعدة إلمندورف الجوية بولاية ألاسكا.\nقال بوتين: المرة القادمة في موسكو.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("\ufeffشهدت مدينة ألاسكا القمة.\nوقال إن موسكو ترحب.\n", encoding="utf-8")
    pytester.mkdir("claims")
    (pytester.path / "claims" / "summit.yaml").write_text(CLAIMS, encoding="utf-8")
    return pytester


def test_one_item_per_claim_and_source_with_contract_ids(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines([
        "claims/summit.yaml::venue[[]a[]]",
        "claims/summit.yaml::venue[[]b[]]",
        "claims/summit.yaml::state[[]a[]]",
        "claims/summit.yaml::state[[]b[]]",
        "claims/summit.yaml::moscow[[]a[]]",
        "claims/summit.yaml::moscow[[]b[]]",
    ])


def test_outcomes(project: pytest.Pytester) -> None:
    result = project.runpytest("-rsx")
    # venue: a supported, b not mentioned (skip); state: a passes, b xfails as
    # declared; moscow: both mention Moscow.
    result.assert_outcomes(passed=4, skipped=1, xfailed=1)
    result.stdout.fnmatch_lines(["*XFAIL*state[[]b[]]*known inconsistency*مدينة ألاسكا*"])


def test_contradiction_fails_with_the_evidence(project: pytest.Pytester) -> None:
    corpus = project.path / "corpus" / "a.txt"
    corpus.write_text(corpus.read_text(encoding="utf-8").replace("قاعدة إلمندورف", "قاعدة أندروز"), encoding="utf-8")
    result = project.runpytest()
    result.assert_outcomes(passed=3, failed=1, skipped=1, xfailed=1)
    result.stdout.fnmatch_lines([
        "*claim venue (mention): «عقدت القمة في قاعدة إلمندورف الجوية»",
        "*source a (corpus/a.txt)",
        "*verdict: contradicted",
        "*contradicts at corpus/a.txt:1:15",
        "*matched:  «قاعدة أندروز»  (score 100, threshold 85)",
        "*sentence: «عقدت القمة في قاعدة أندروز الجوية بولاية ألاسكا.»",
        "*why:      names the rival 'قاعدة أندروز', claim says 'إلمندورف'",
    ])
    # the venue claim fails for a; b still only skips
    result.stdout.fnmatch_lines(["FAILED claims/summit.yaml::venue[[]a[]]*"])


def test_last_failed_reruns_the_failed_pairs_only(project: pytest.Pytester) -> None:
    """Under pytest 9 a node id's ``[...]`` is read as its params: items named ``venue[a]`` as a whole
    never matched the ids ``--lf`` had kept, and every pair ran again."""
    corpus = project.path / "corpus" / "a.txt"
    corpus.write_text(corpus.read_text(encoding="utf-8").replace("قاعدة إلمندورف", "قاعدة أندروز"), encoding="utf-8")
    project.runpytest("-p", "cacheprovider").assert_outcomes(passed=3, failed=1, skipped=1, xfailed=1)
    again = project.runpytest("-p", "cacheprovider", "--lf")
    again.assert_outcomes(failed=1)  # pytest leaves the others uncollected
    again.stdout.fnmatch_lines(["FAILED claims/summit.yaml::venue[[]a[]]*"])
    assert "  state " not in again.stdout.str()  # no claim of which nothing ran is listed, as a row of zeros
    project.runpytest("-p", "cacheprovider", "--ff", "-x").assert_outcomes(failed=1)  # the failure first


def test_expect_mismatch_fails_saying_expected_vs_got(project: pytest.Pytester) -> None:
    (project.path / "corpus" / "b.txt").write_text("عقدت القمة في ولاية ألاسكا. موسكو.\n", encoding="utf-8")
    result = project.runpytest()
    result.assert_outcomes(passed=4, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*verdict: supported (expected contradicted, got supported)*"])


def test_missing_fail_and_severity_warn(project: pytest.Pytester) -> None:
    claims = project.path / "claims" / "summit.yaml"
    text = claims.read_text(encoding="utf-8").replace("    about: [قاعدة]\n", "    about: [قاعدة]\n    severity: warn\n")
    claims.write_text(text, encoding="utf-8")
    (project.path / "corpus" / "b.txt").write_text("شهدت مدينة ألاسكا القمة في قاعدة أندروز.\n", encoding="utf-8")
    result = project.runpytest("-W", "default")
    # venue[b] contradicted but severity warn -> passes with a warning; moscow[b]
    # is not mentioned and missing: fail -> fails.
    result.assert_outcomes(passed=4, failed=1, xfailed=1)
    result.stdout.fnmatch_lines([
        "*verdict: not_mentioned (missing: fail)",
        "*claims/summit.yaml:3: FactcheckWarning: claims/summit.yaml::venue[[]b[]]: claim venue*",
        "*verdict: contradicted (severity: warn, reported without failing)",
    ])


def test_claim_granularity_missing_fail_speaks_only_when_no_source_mentions_the_claim(project: pytest.Pytester) -> None:
    """Contract §5: a claim's item is skipped (per ``missing``) when no source mentions it, and passes otherwise;
    its not_mentioned pairs are left out of ``results``."""
    corpus = project.path / "corpus"
    (corpus / "b.txt").write_text("شهدت مدينة ألاسكا القمة.\n", encoding="utf-8")  # Moscow no longer named
    result = project.runpytest("--factcheck-granularity=claim", "--factcheck-json=r.json", "-rA")
    result.stdout.fnmatch_lines(["PASSED claims/summit.yaml::moscow"])
    report = json.loads((project.path / "r.json").read_text(encoding="utf-8"))
    assert all(r["verdict"] != "not_mentioned" for r in report["results"])
    moscow = next(c for c in report["claims"] if c["claim"] == "moscow")
    assert moscow["counts"]["supported"] == 1 and moscow["counts"]["not_mentioned"] == 1
    (corpus / "a.txt").write_text("عقدت القمة في قاعدة إلمندورف الجوية بولاية ألاسكا.\n", encoding="utf-8")
    result = project.runpytest("--factcheck-granularity=claim", "-rf")
    result.stdout.fnmatch_lines(["*not mentioned by any of 2 sources in scope (missing: fail)", "FAILED claims/summit.yaml::moscow - *"])


def test_a_claim_file_that_could_not_be_checked_is_in_the_reports_problems(project: pytest.Pytester) -> None:
    """The others run (a collection error, shown once); a CI job reading the JSON sees the file was not checked."""
    (project.path / "claims" / "broken.yaml").write_text(
        "version: 1\nclaims:\n  - id: b\n    says: x\n    kind: mention\n", encoding="utf-8")
    result = project.runpytest("--factcheck-json=r.json")
    result.assert_outcomes(passed=4, skipped=1, xfailed=1, errors=1)
    result.stdout.no_fnmatch_line("*corpus files skipped*")
    report = json.loads((project.path / "r.json").read_text(encoding="utf-8"))
    assert report["problems"] == [
        "claims/broken.yaml: claims not checked: claims/broken.yaml:3: claims[0].any: required key is missing"]


def test_tags_select_with_m_and_k(project: pytest.Pytester) -> None:
    project.runpytest("-m", "outcome").assert_outcomes(passed=2)
    project.runpytest("-k", "state").assert_outcomes(passed=1, xfailed=1)


def test_json_report_offsets_index_the_original_text(project: pytest.Pytester) -> None:
    result = project.runpytest("--factcheck-json=out/report.json")
    result.assert_outcomes(passed=4, skipped=1, xfailed=1)
    report = json.loads((project.path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["version"] == 1
    assert {s["id"]: s["path"] for s in report["sources"]} == {"a": "corpus/a.txt", "b": "corpus/b.txt"}
    texts = {s["id"]: (project.path / s["path"]).read_text(encoding="utf-8").removeprefix("\ufeff") for s in report["sources"]}
    assert {s["id"]: s["chars"] for s in report["sources"]} == {k: len(v) for k, v in texts.items()}
    assert len(report["results"]) == 6
    by_key = {(r["claim"], r["source"]): r for r in report["results"]}
    assert by_key[("state", "b")]["verdict"] == "contradicted"
    assert by_key[("state", "b")]["outcome"] == "xfailed"
    assert by_key[("venue", "b")]["outcome"] == "skipped"
    assert by_key[("venue", "a")]["file"] == "claims/summit.yaml"
    for r in report["results"]:
        for ev in r["evidence"]:
            assert texts[r["source"]][ev["start"]:ev["end"]] == ev["text"]
            assert ev["role"] in ("supports", "contradicts")
    rival = [e for e in by_key[("state", "b")]["evidence"] if e["role"] == "contradicts"]
    assert rival[0]["text"] == "مدينة ألاسكا" and rival[0]["line"] == 1


def test_a_run_stopped_by_maxfail_writes_no_partial_report(project: pytest.Pytester) -> None:
    corpus = project.path / "corpus" / "a.txt"
    corpus.write_text(corpus.read_text(encoding="utf-8").replace("قاعدة إلمندورف", "قاعدة أندروز"), encoding="utf-8")
    target = project.path / "report.json"
    target.write_text("yesterday", encoding="utf-8")
    result = project.runpytest("-x", "--factcheck-json=report.json")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*run stopped early (-x/--maxfail), JSON report not written; report.json is left as it was*"])
    assert target.read_text(encoding="utf-8") == "yesterday"
    # without -x the same run writes its complete report
    project.runpytest("--factcheck-json=report.json")
    assert len(json.loads(target.read_text(encoding="utf-8"))["results"]) == 6


def test_x_with_only_the_last_item_failing_still_writes_the_report(project: pytest.Pytester) -> None:
    b = project.path / "corpus" / "b.txt"
    b.write_text(b.read_text(encoding="utf-8").replace("موسكو", "العاصمة"), encoding="utf-8")
    result = project.runpytest("-x", "--factcheck-json=report.json", "-p", "no:randomly")
    result.assert_outcomes(passed=3, failed=1, skipped=1, xfailed=1)  # moscow[b], the last item, fails
    assert len(json.loads((project.path / "report.json").read_text(encoding="utf-8"))["results"]) == 6


def test_json_report_replaced_atomically_and_kept_when_run_breaks(project: pytest.Pytester) -> None:
    target = project.path / "report.json"
    target.write_text("old", encoding="utf-8")
    project.runpytest("--factcheck-json=report.json")
    written = target.read_text(encoding="utf-8")
    assert json.loads(written)["version"] == 1
    assert [p.name for p in project.path.glob(".report.json.*")] == []
    # a run that breaks (Ctrl-C after collection) leaves the last good report as it was
    project.makeconftest("def pytest_collection_finish(session):\n    raise KeyboardInterrupt\n")
    broken = project.runpytest_subprocess("--factcheck-json=report.json")
    assert broken.ret == pytest.ExitCode.INTERRUPTED
    broken.stdout.fnmatch_lines(["factcheck: run interrupted, JSON report not written; report.json is left as it was"])
    assert "factcheck: 2 sources" not in broken.stdout.str()  # no counts of a run that did not run
    assert target.read_text(encoding="utf-8") == written
    assert [p.name for p in project.path.glob(".report.json.*")] == []
    # --collect-only checks nothing: its report of zeros replaced the last run's
    (project.path / "conftest.py").unlink()
    listed = project.runpytest("--co", "-q", "--factcheck-json=report.json", "--factcheck-html=report.html")
    listed.stdout.fnmatch_lines([
        "factcheck: nothing checked (--collect-only), JSON report not written; report.json is left as it was",
        "factcheck: nothing checked (--collect-only), HTML report not written; no file was created",
    ])
    assert "factcheck: 2 sources" not in listed.stdout.str()
    assert target.read_text(encoding="utf-8") == written and not (project.path / "report.html").exists()


def test_jsonl_corpus_reports_record_line(project: pytest.Pytester) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "عقدت القمة في قاعدة إلمندورف"}, ensure_ascii=False),
        "not json",
        json.dumps({"id": "b1", "text": "شهدت مدينة ألاسكا القمة في قاعدة إلمندورف"}, ensure_ascii=False),
    ]
    (project.path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = project.runpytest("--factcheck-corpus=news.jsonl", "--factcheck-json=r.json", "-k", "venue")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*corpus files skipped*", "news.jsonl:2: *"])
    report = json.loads((project.path / "r.json").read_text(encoding="utf-8"))
    (ev,) = next(r for r in report["results"] if r["source"] == "b1")["evidence"]
    # the record's line is the source's; the evidence line and column are inside its text
    assert (ev["line"], ev["col"], ev["text"]) == (1, 34, "إلمندورف")
    assert {s["id"]: s.get("line") for s in report["sources"]} == {"a1": 1, "b1": 3}
    assert "شهدت مدينة ألاسكا القمة في قاعدة إلمندورف"[ev["start"]:ev["end"]] == ev["text"]
    assert report["problems"] and report["problems"][0].startswith("news.jsonl:2:")


def test_bad_claim_file_is_a_collection_error_and_others_still_run(project: pytest.Pytester) -> None:
    bad = project.path / "claims" / "bad.yaml"
    bad.write_text("version: 1\nclaims:\n  - id: x\n    says: y\n    kind: mention\n    any: [ب]\n    unit: hour\n", encoding="utf-8")
    before = bad.read_bytes()
    result = project.runpytest()
    result.assert_outcomes(passed=4, skipped=1, xfailed=1, errors=1)
    result.stdout.fnmatch_lines(["*claims/bad.yaml:7: claims[[]0[]].unit: unknown key for a mention claim*"])
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*INTERNALERROR*")
    assert bad.read_bytes() == before


def test_cross_file_duplicate_id_is_a_collection_error(project: pytest.Pytester) -> None:
    (project.path / "claims" / "zmore.yaml").write_text(
        "version: 1\nclaims:\n  - id: venue\n    says: y\n", encoding="utf-8",
    )
    result = project.runpytest()
    result.stdout.fnmatch_lines([
        "*claims/zmore.yaml:3: claims[[]0[]].id: claim id 'venue' is already defined at claims/summit.yaml:3*",
    ])
    assert result.ret != 0


def test_expect_naming_an_absent_source_is_ignored_with_a_note(project: pytest.Pytester) -> None:
    # Daily corpora do not hold every source a claim file declares an error for.
    (project.path / "claims" / "zmore.yaml").write_text(
        "version: 1\nclaims:\n  - id: other\n    says: z\n    kind: mention\n    any: [موسكو]\n"
        "    expect: {'zz*': contradicted, 'a': supported}\n",
        encoding="utf-8",
    )
    result = project.runpytest("--factcheck-json=r.json", "-k", "other")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines([
        "factcheck: note: claims/zmore.yaml:3: claims[[]0[]].expect: 'zz[*]' names no source of the corpus; ignored",
    ])
    report = json.loads((project.path / "r.json").read_text(encoding="utf-8"))
    assert report["notes"] == [
        "claims/zmore.yaml:3: claims[0].expect: 'zz*' names no source of the corpus; ignored"
    ]


def test_yaml_named_on_command_line_is_collected_anywhere(project: pytest.Pytester) -> None:
    shutil.move(project.path / "claims" / "summit.yaml", project.path / "elsewhere.yaml")
    project.runpytest("elsewhere.yaml").assert_outcomes(passed=4, skipped=1, xfailed=1)


def test_a_folder_named_on_the_command_line_runs_its_claim_files_only(project: pytest.Pytester) -> None:
    """``pytest myclaims/`` collected nothing, without a word: only claims folders' YAML was read."""
    mine = project.mkdir("myclaims")
    shutil.move(project.path / "claims" / "summit.yaml", mine / "summit.yaml")
    (mine / "ci.yml").write_text("jobs:\n  test: {runs-on: ubuntu}\n", encoding="utf-8")  # no claim file: left alone
    project.runpytest("myclaims").assert_outcomes(passed=4, skipped=1, xfailed=1)
    project.runpytest("myclaims/ci.yml").assert_outcomes(errors=1)  # named itself: read, and said to be wrong
    # a folder pytest starts from (no argument) or takes from testpaths is no folder the user named
    shutil.copy(mine / "summit.yaml", project.path / "claims" / "summit.yaml")
    fixtures = project.mkdir("fixtures")
    (fixtures / "broken.yaml").write_text("version: 1\nclaims:\n  - id: x\n", encoding="utf-8")
    (fixtures / "broken.yaml").write_bytes("\ufeff".encode() + (fixtures / "broken.yaml").read_bytes())  # a BOM too
    shutil.rmtree(mine)
    project.runpytest().assert_outcomes(passed=4, skipped=1, xfailed=1)
    project.runpytest("-o", "testpaths=fixtures claims").assert_outcomes(passed=4, skipped=1, xfailed=1)
    project.runpytest("fixtures").assert_outcomes(errors=1)  # named: a claim file (its BOM read as one)


def test_empty_corpus_is_a_clear_collection_error(project: pytest.Pytester) -> None:
    result = project.runpytest("--factcheck-corpus=nowhere")
    result.stdout.fnmatch_lines([
        "*no sources to check: the corpus (nowhere) holds no readable article; see why under 'corpus files skipped'",
        "*corpus files skipped*",
        "nowhere: no such file or folder; pass a folder, a glob, a .jsonl or a .parquet file to --factcheck-corpus",
    ])
    assert result.ret != 0
    # in every shard too: each passed green, and the merge of the three was a report of nothing
    for shard in ("1/3", "2/3", "3/3"):
        sharded = project.runpytest("--factcheck-corpus=nowhere", f"--factcheck-shard={shard}")
        sharded.stdout.fnmatch_lines(["*no sources to check: the corpus (nowhere) holds no readable article*"])
        assert sharded.ret == pytest.ExitCode.TESTS_FAILED


def test_shipped_claims_pass_on_the_seeds(shipped_project: pytest.Pytester) -> None:
    """The main job: every shipped claim holds on every seed, or is declared."""
    pytester = shipped_project
    result = pytester.runpytest("-p", "no:cacheprovider", "--factcheck-json=report.json")
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed", 0) == 0 and outcomes.get("errors", 0) == 0, result.stdout.str()[-3000:]
    assert outcomes["passed"] > 100 and outcomes["xfailed"] >= 4
    # every kind states something about the seeds, not only mentions
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    supported: dict[str, set[str]] = {}
    for r in report["results"]:
        if r["verdict"] == "supported":
            supported.setdefault(r["kind"], set()).add(r["claim"])
    assert len(report["results"]) >= 40 * 5
    counts = {k: len(v) for k, v in supported.items()}
    for kind, least in {"mention": 20, "quantity": 7, "date": 3, "statement": 10}.items():
        assert counts.get(kind, 0) >= least, counts


def test_changing_the_venue_in_one_seed_fails_exactly_the_venue_items(shipped_project: pytest.Pytester) -> None:
    pytester = shipped_project
    seed = pytester.path / "seeds" / f"{VENUE_SEED}.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("قاعدة إلمندورف الجوية", "قاعدة أندروز الجوية"), encoding="utf-8")
    result = pytester.runpytest("-p", "no:cacheprovider")
    failed = sorted(line.split()[1] for line in result.stdout.lines if line.startswith("FAILED"))
    assert failed == [f"claims/alaska_summit.yaml::venue-elmendorf[{VENUE_SEED}]"]
    result.stdout.fnmatch_lines(["*sentence: «*قاعدة أندروز الجوية في أنكوريج بولاية ألاسكا*"])


def test_a_run_relaxes_the_collector_while_it_holds_the_corpus_and_gives_it_back(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run reading in its own process (an xdist worker, one process asked for) would have its collections walk
    the whole corpus again and again; the threshold is raised while the run lasts, what it holds is frozen while
    its pairs are checked (and only then: the session's other tests see every object), and the user's collector
    is as it was after it (this run is in-process: the same interpreter's collector)."""
    import gc

    from factcheck.batch import BatchFindings
    from factcheck.workers import RELAXED_GC

    project.makeconftest(
        "import gc\n"
        "def pytest_sessionfinish(session):\n"
        "    (session.config.rootpath / 'threshold.txt').write_text(f'{gc.get_threshold()[0]} {gc.get_freeze_count()}')\n"
    )
    while_checking: list[int] = []
    compute = BatchFindings.compute

    def watched(self: BatchFindings, *args: object, **kwargs: object) -> None:
        while_checking.append(gc.get_freeze_count())
        compute(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BatchFindings, "compute", watched)
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        gc.set_threshold(700, *before[1:])
        project.runpytest("-p", "no:cacheprovider", "--factcheck-processes=1").assert_outcomes(passed=4, skipped=1, xfailed=1)
        threshold, held = (project.path / "threshold.txt").read_text().split()
        assert threshold == str(RELAXED_GC) and int(held) == frozen
        assert len(while_checking) == 1 and while_checking[0] > frozen
        assert gc.get_threshold() == (700, *before[1:]) and gc.get_freeze_count() == frozen
    finally:
        gc.set_threshold(*before)
