"""``factcheck merge``: the reports of shard runs join into the report of the whole run (report/merge.py).

The shard reports are made by running the pipeline in-process (load claims,
load corpus, keep a shard's sources, plan, check, decide, accumulate), the
way the plugin does, until ``--factcheck-shard`` is wired into the plugin.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import pytest

from factcheck.claims.load import load_claim_file
from factcheck.corpus.load import load_corpus
from factcheck.engine import Engine
from factcheck.outcomes import decide
from factcheck.plan import plan_file
from factcheck.report.merge import combine_notes, merge_main, merge_reports, report_json
from factcheck.report.model import FileRecord, Report, ReportModel, result_record
from factcheck.shard import Shard

ROOT = Path(__file__).resolve().parents[1]
ALASKA = ROOT / "claims" / "alaska_summit.yaml"

# A small JSONL corpus next to the seeds: dated articles in and out of scope, and a bad line.
ARTICLES: list[dict[str, Any] | str] = [
    {"id": "j-summit", "date": "2025-08-16",
     "text": "التقى الرئيس ترامب والرئيس بوتين في ألاسكا يوم الجمعة، واستمرت القمة نحو ثلاث ساعات "
             "في قاعدة إلمندورف الجوية.\nولم يتم التوصل إلى اتفاق لوقف إطلاق النار."},
    {"id": "j-old", "date": "2019-05-01",
     "text": "قال ترامب إن بوتين قد يزور ألاسكا، واستمر الاجتماع خمس ساعات."},
    {"id": "j-quake", "text": "ضرب زلزال بقوة خمس درجات جنوب تركيا دون أن يسفر عن ضحايا."},
    "this line is not JSON",
    {"id": "j-city", "date": "Sat, 16 Aug 2025 09:00:00 +0300",
     "text": "شهدت مدينة ألاسكا الأميركية لقاء ترامب وبوتين الذي استمر أكثر من ساعتين ونصف."},
]

# A second claim file with an expect naming one seed (in one shard only) and one naming no source.
EXTRA = """\
version: 1
claims:
  - id: x-duration
    says: استمرت القمة نحو ثلاث ساعات
    kind: quantity
    about: [القمة, اللقاء, الاجتماع]
    value: 3
    unit: hour
    expect:
      "000_*": not_mentioned
      "nosuch_*": contradicted
  - id: x-alaska
    says: عقدت القمة في ألاسكا
    kind: mention
    any: [ألاسكا]
    scope:
      none: [زلزال]
    expect:
      "j-quake": supported
"""


def write_corpus(tmp: Path) -> Path:
    path = tmp / "news.jsonl"
    lines = [a if isinstance(a, str) else json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def claim_files(tmp: Path) -> list[Path]:
    extra = tmp / "claims" / "extra.yaml"
    extra.parent.mkdir(exist_ok=True)
    extra.write_text(EXTRA, encoding="utf-8")
    return [ALASKA, extra]


def display(path: Path, rootdir: Path) -> str:
    try:
        return path.resolve().relative_to(rootdir.resolve()).as_posix()
    except ValueError:
        return str(path)


def run_pipeline(
    claim_paths: list[Path], specs: list[str], rootdir: Path, *, shard: Shard | None = None,
    granularity: Literal["pair", "claim"] = "pair", all_sources: bool = False,
) -> ReportModel:
    """What one pytest run (of one shard, or of everything) reports, without pytest.

    ``all_sources``: the shard lists every source read in its report, not only its own.
    """
    corpus = load_corpus(specs, rootdir)
    sources = corpus.sources if shard is None else shard.select(corpus.sources)
    report = Report()
    report.granularity = granularity
    report.set_sources(corpus.sources if all_sources else sources, corpus.problems)
    engine = Engine(sources)
    for path in claim_paths:
        shown = display(path, rootdir)
        loaded = load_claim_file(path, shown)
        assert not loaded.problems, loaded.problems
        plan = plan_file(loaded, sources, engine)
        report.add_file(
            FileRecord(file=shown, claims=len(loaded.claims), in_scope=len(plan.in_scope),
                       out_of_scope=len(plan.out_of_scope)),
            loaded.claims,
        )
        report.notes.extend(plan.notes)
        for index, claim in enumerate(loaded.claims):
            for source in plan.per_claim[index]:
                finding = engine.check(claim, source.id)
                report.add(result_record(shown, claim, source, finding, decide(finding, claim, source.id)))
    # Through JSON, as the report file is read back.
    return ReportModel.model_validate(report.to_json())


def normalized(model: ReportModel) -> ReportModel:
    """Sorted where a run's order is not meaningful (problems and notes come in collection order)."""
    return model.model_copy(update={"problems": sorted(model.problems), "notes": sorted(model.notes)})


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[str]]:
    tmp = tmp_path_factory.mktemp("merge")
    return claim_files(tmp), ["seeds", str(write_corpus(tmp))]


@pytest.fixture(scope="module")
def whole(inputs: tuple[list[Path], list[str]]) -> ReportModel:
    return run_pipeline(*inputs, ROOT)


def test_the_whole_run_exercises_what_merging_must_get_right(whole: ReportModel) -> None:
    """Guard: the inputs give out-of-scope sources, problems, dated JSONL sources and expect notes."""
    assert {s.id for s in whole.sources} >= {"000_545618ef9b520956", "j-summit", "j-quake"}
    assert any(s.line for s in whole.sources) and any(s.published for s in whole.sources)
    assert any(f.out_of_scope > 0 for f in whole.files)
    assert any("not JSON" in p for p in whole.problems)
    assert any("'nosuch_*' names no source" in n for n in whole.notes)
    assert any("'j-quake' names only sources out of scope" in n for n in whole.notes)
    assert not any("'000_*'" in n for n in whole.notes)
    assert {r.verdict for r in whole.results} >= {"supported", "contradicted", "not_mentioned"}


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("all_sources", [False, True])
def test_shard_reports_merge_to_the_whole_run(
    inputs: tuple[list[Path], list[str]], whole: ReportModel, count: int, all_sources: bool
) -> None:
    shards = [run_pipeline(*inputs, ROOT, shard=Shard(i, count), all_sources=all_sources)
              for i in range(1, count + 1)]
    assert all(s.results for s in shards), "every shard checks something"
    # A shard without source 000 notes that 000_* names no source; the whole run does not.
    assert any(any("'000_*' names no source" in n for n in s.notes) for s in shards)
    merged = merge_reports(shards)
    assert normalized(merged) == normalized(whole)
    assert merged.sources == whole.sources and merged.results == whole.results
    # Order of the reports does not matter; dicts (as read from JSON) are accepted.
    assert normalized(merge_reports([report_json(s) for s in reversed(shards)])) == normalized(whole)


def test_claim_granularity_merges_too(inputs: tuple[list[Path], list[str]]) -> None:
    whole = run_pipeline(*inputs, ROOT, granularity="claim")
    shards = [run_pipeline(*inputs, ROOT, shard=Shard(i, 2), granularity="claim") for i in (1, 2)]
    assert not any(r.verdict == "not_mentioned" for r in whole.results)
    assert normalized(merge_reports(shards)) == normalized(whole)


def test_merging_one_report_is_that_report(whole: ReportModel) -> None:
    assert merge_reports([whole]) == whole


# -- errors ------------------------------------------------------------------------------------------


def _tiny(**overrides: Any) -> dict[str, Any]:
    report: dict[str, Any] = {
        "version": 1,
        "sources": [{"id": "a", "path": "seeds/a.txt", "chars": 10}],
        "files": [{"file": "claims/x.yaml", "claims": 1, "in_scope": 1, "out_of_scope": 0}],
        "claims": [{"file": "claims/x.yaml", "claim": "c", "kind": "mention",
                    "counts": {"supported": 1, "contradicted": 0, "not_mentioned": 0, "error": 0}}],
        "results": [{"file": "claims/x.yaml", "claim": "c", "kind": "mention", "source": "a",
                     "verdict": "supported", "outcome": "passed"}],
        "problems": [], "notes": [],
    }
    report.update(overrides)
    return report


def _other(**overrides: Any) -> dict[str, Any]:
    base = _tiny(
        sources=[{"id": "b", "path": "seeds/b.txt", "chars": 5}],
        results=[{"file": "claims/x.yaml", "claim": "c", "kind": "mention", "source": "b",
                  "verdict": "not_mentioned", "outcome": "skipped"}],
        claims=[{"file": "claims/x.yaml", "claim": "c", "kind": "mention",
                 "counts": {"supported": 0, "contradicted": 0, "not_mentioned": 1, "error": 0}}],
    )
    base.update(overrides)
    return base


def test_small_merge_sums_counts_and_scope() -> None:
    merged = merge_reports([_tiny(problems=["p1", "p2"], notes=["n"]), _other(problems=["p2", "p3"], notes=["n"])])
    assert [s.id for s in merged.sources] == ["a", "b"]
    assert merged.files[0].in_scope == 2 and merged.files[0].claims == 1
    assert merged.claims[0].counts.supported == 1 and merged.claims[0].counts.not_mentioned == 1
    assert [r.source for r in merged.results] == ["a", "b"]
    assert merged.problems == ["p1", "p2", "p3"] and merged.notes == ["n"]


def test_same_source_id_from_two_paths_is_an_error() -> None:
    other = _other(sources=[{"id": "a", "path": "elsewhere/a.txt", "chars": 10}])
    with pytest.raises(ValueError, match=r"'a' comes from two places: seeds/a.txt and elsewhere/a.txt"):
        merge_reports([_tiny(), other])


def test_same_source_listed_by_two_shards_is_one_source() -> None:
    other = _other(sources=[{"id": "a", "path": "seeds/a.txt", "chars": 10}, {"id": "b", "path": "b.jsonl",
                                                                              "chars": 5, "line": 3}])
    merged = merge_reports([_tiny(), other])
    assert [(s.id, s.line) for s in merged.sources] == [("a", None), ("b", 3)]


def test_duplicate_result_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"claims/x.yaml::c\[a\] has a result in two reports"):
        merge_reports([_tiny(), _tiny()])


def test_claim_count_must_agree() -> None:
    other = _other(files=[{"file": "claims/x.yaml", "claims": 2, "in_scope": 1, "out_of_scope": 0}])
    with pytest.raises(ValueError, match="claims/x.yaml has 1 claims in one report and 2 in another"):
        merge_reports([_tiny(), other])


def test_invalid_dict_and_empty_list_are_errors() -> None:
    with pytest.raises(ValueError):
        merge_reports([_tiny(version=2)])
    with pytest.raises(ValueError, match="no reports"):
        merge_reports([])


def test_combine_notes_votes() -> None:
    where = "claims/x.yaml:5: claims[0].expect: '001_*'"
    none, out = f"{where} names no source of the corpus; ignored", f"{where} names only sources out of scope; ignored"
    files = ["claims/x.yaml"]
    assert combine_notes([([none], files), ([none], files)]) == [none]
    assert combine_notes([([none], files), ([out], files)]) == [out]
    assert combine_notes([([none], files), ([], files)]) == []  # the second shard had it in scope
    assert combine_notes([([none], files), ([], [])]) == [none]  # the second shard did not plan the file
    assert combine_notes([(["a", none, "b"], files), (["b", "c", none], files)]) == ["a", none, "b", "c"]


# -- merge_main ----------------------------------------------------------------------------------------


def _write(path: Path, data: object) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_merge_main_writes_the_merged_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _write(tmp_path / "a.json", _tiny()), _write(tmp_path / "b.json", _other())
    out = tmp_path / "out" / "all.json"
    assert merge_main([a, b], str(out)) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == report_json(merge_reports([_tiny(), _other()]))
    assert "line" not in written["sources"][0]  # as a run writes it
    said = capsys.readouterr().out
    assert said.count("\n") == 1 and "2 reports, 2 sources, 2 results" in said and str(out) in said


def test_merge_main_refuses_to_overwrite_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _write(tmp_path / "a.json", _tiny()), _write(tmp_path / "b.json", _other())
    before = Path(b).read_text(encoding="utf-8")
    assert merge_main([a, b], str(tmp_path / "." / "b.json")) == 1
    assert "is one of the reports to merge" in capsys.readouterr().err
    assert Path(b).read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "is an object, not list"),
        (b'{"version": 2}', "version 2 is not a report version"),
        (json.dumps(_tiny(results=[{"file": "f"}])).encode(), "not a valid factcheck report: results.0"),
        (json.dumps(_tiny(sources=[{"id": "a", "path": "p", "chars": 1, "colour": "red"}])).encode(),
         "sources.0.colour"),
    ],
)
def test_merge_main_names_the_bad_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    good = _write(tmp_path / "good.json", _tiny())
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    out = tmp_path / "out.json"
    assert merge_main([good, str(bad)], str(out)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}: ") and message in err, err
    assert not out.exists()


def test_merge_main_missing_file_and_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path / "good.json", _tiny())
    assert merge_main([good, str(tmp_path / "nope.json")], str(tmp_path / "out.json")) == 1
    assert "nope.json: cannot read" in capsys.readouterr().err
    assert merge_main([good, good], str(tmp_path / "out.json")) == 1
    assert "has a result in two reports" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()


def test_merge_main_round_trip_of_real_shards(
    tmp_path: Path, inputs: tuple[list[Path], list[str]], whole: ReportModel
) -> None:
    paths = []
    for i in (1, 2):
        path = tmp_path / f"shard{i}.json"
        path.write_text(json.dumps(report_json(run_pipeline(*inputs, ROOT, shard=Shard(i, 2)))), encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "merged.json"
    assert merge_main(paths, str(out)) == 0
    assert normalized(ReportModel.model_validate_json(out.read_text(encoding="utf-8"))) == normalized(whole)


def test_merge_main_holds_one_report_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """Shards of a whole corpus are hundreds of megabytes each: a report's models are let go before the
    next is read (its results kept as the report writes them), and the merged report is the same."""
    import gc
    import weakref

    import factcheck.report.merge as merge_module

    read = merge_module._read_report
    alive: list[weakref.ref[ReportModel]] = []

    def one_at_a_time(path: str) -> ReportModel:
        gc.collect()
        assert not [ref for ref in alive if ref() is not None], "an earlier report is still held"
        model = read(path)
        alive.append(weakref.ref(model))
        return model

    monkeypatch.setattr(merge_module, "_read_report", one_at_a_time)
    third = _other(sources=[{"id": "c", "path": "seeds/c.txt", "chars": 7}],
                   results=[{"file": "claims/x.yaml", "claim": "c", "kind": "mention", "source": "c",
                             "verdict": "contradicted", "outcome": "failed"}])
    paths = [_write(tmp_path / f"{n}.json", report) for n, report in enumerate([_tiny(), _other(), third])]
    out = tmp_path / "all.json"
    assert merge_main(paths, str(out)) == 0
    assert len(alive) == 3
    assert json.loads(out.read_text(encoding="utf-8")) == report_json(merge_reports([_tiny(), _other(), third]))
    assert "3 reports, 3 sources, 3 results" in capsys.readouterr().out


def test_a_pair_twice_in_one_report_is_an_error() -> None:
    twice = _tiny()
    twice["results"] = twice["results"] * 2
    with pytest.raises(ValueError, match=r"claims/x.yaml::c\[a\] has a result in two reports"):
        merge_reports([twice])


def test_a_refused_report_leaves_the_merge_as_it_was() -> None:
    """A report that contradicts itself (or the earlier ones) is refused whole: nothing of it is counted."""
    from factcheck.report.merge import Merger

    merger = Merger()
    merger.add(ReportModel.model_validate(_tiny()))
    counts = {"supported": 0, "contradicted": 0, "not_mentioned": 1, "error": 0}
    torn = _other(claims=[{"file": "claims/x.yaml", "claim": "d", "kind": "mention", "counts": counts},
                          {"file": "claims/x.yaml", "claim": "d", "kind": "date", "counts": counts}])
    with pytest.raises(ValueError, match="claims/x.yaml::d is of kind mention in one report and date"):
        merger.add(ReportModel.model_validate(torn))
    assert report_json(merger.report().model()) == report_json(merge_reports([_tiny()]))


def _run(shard: str, granularity: str = "pair", corpus: tuple[str, ...] = ("news.jsonl",)) -> dict[str, Any]:
    return {"shard": shard, "granularity": granularity, "corpus": list(corpus)}


@pytest.mark.parametrize(("runs", "message"), [
    ((_run("1/3"), _run("3/3")), "shard 2/3 missing: merge the reports of all 3 shards"),
    ((_run("1/2"), _run("2/3")), "report 2 is shard 2/3 and report 1 shard 1/2: merge the shards of one run"),
    ((_run("1/2"), _run("2/2", "claim")),
     "report 2 was run at --factcheck-granularity=claim and report 1 at pair: merge the shards of one run"),
    ((_run("1/2"), None), "report 2 is not a shard's (run without --factcheck-shard) and the others are"),
    ((_run("2/2"), _run("2/2")), "shard 2/2 is given twice (again in report 2)"),
])
def test_reports_that_are_not_the_shards_of_one_run_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], runs: tuple[dict[str, Any] | None, ...], message: str,
) -> None:
    """They merged silently into a report that fitted no run: a shard missing, another corpus, another
    granularity (the shard reports now say which shard of which run they are)."""
    reports = [_tiny(**({"run": runs[0]} if runs[0] else {})), _other(**({"run": runs[1]} if runs[1] else {}))]
    paths = [_write(tmp_path / f"r{n}.json", r) for n, r in enumerate(reports)]
    assert merge_main(paths, str(tmp_path / "out.json")) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
    # the shards of one run merge into a whole run's report, wherever each job had the corpus
    merged = [_tiny(run=_run("1/2")), _other(run=_run("2/2", corpus=("/ci/job2/news.jsonl",)))]
    assert merge_main([_write(tmp_path / f"s{n}.json", r) for n, r in enumerate(merged)], str(tmp_path / "out.json")) == 0
    assert "run" not in json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))


def test_an_empty_object_is_no_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert merge_main([_write(tmp_path / "a.json", _tiny()), _write(tmp_path / "e.json", {})], str(tmp_path / "o.json")) == 1
    assert "e.json: version None is not a report version this factcheck reads (1)" in capsys.readouterr().err


def test_a_report_whose_shard_is_no_shard_is_refused_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The merge read "I/N" by splitting the string: "x" was an IndexError."""
    paths = [_write(tmp_path / "a.json", _tiny(run=_run("1/2"))), _write(tmp_path / "b.json", _other(run=_run("x")))]
    assert merge_main(paths, str(tmp_path / "out.json")) == 1
    assert "b.json: not a valid factcheck report: run.shard: 'x' is not a shard" in capsys.readouterr().err
