"""The JSON report never lands on an input and never costs the user a file.

Where a report may go is decided by ``report_path_problem`` (pure, tested
case by case below) and enforced by the plugin before any test runs; the
write itself is atomic, so an interrupted or failing write keeps the old
report byte for byte.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus.specs import corpus_inputs
from factcheck.report.paths import Inputs, report_path_problem
from tests.test_bad_input import INI, make_project

# -- the pure decision ---------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A project: claims/, corpus/ (folder), news.jsonl, scraped/*/ (a glob) and pytest.ini."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "summit.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "corpus" / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "news.jsonl").write_text('{"id": "x", "text": "نص"}\n', encoding="utf-8")
    (tmp_path / "scraped" / "day1").mkdir(parents=True)
    (tmp_path / "scraped" / "day1" / "b.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "scraped" / "day1" / "raw.html").write_text("<p>", encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "elsewhere.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
    return tmp_path


def inputs_of(root: Path) -> Inputs:
    folders, files, globs = corpus_inputs(["corpus", "news.jsonl", "scraped/*/*.txt", "nowhere"], root)
    return Inputs(
        corpus_folders=folders, corpus_files=files, corpus_globs=globs,
        claim_folders=(root / "claims",), named_files=(root / "elsewhere.yaml",),
        config_files=(root / "pytest.ini",),
    )


def problem(root: Path, rel: str, *, allow_inside: bool = False) -> str | None:
    return report_path_problem(
        root / rel, inputs_of(root), shown=f"--factcheck-json={rel}", allow_inside=allow_inside, root=root
    )


@pytest.mark.parametrize("rel, message", [
    ("claims/summit.yaml", "factcheck: --factcheck-json=claims/summit.yaml would overwrite a claim file; choose another path"),
    ("elsewhere.yaml", "factcheck: --factcheck-json=elsewhere.yaml would overwrite a claim file; choose another path"),
    ("corpus/a.txt", "factcheck: --factcheck-json=corpus/a.txt would overwrite a corpus file; choose another path"),
    ("news.jsonl", "factcheck: --factcheck-json=news.jsonl would overwrite a corpus file; choose another path"),
    ("scraped/day1/b.txt", "factcheck: --factcheck-json=scraped/day1/b.txt would overwrite a corpus file; choose another path"),
    ("pytest.ini", "factcheck: --factcheck-json=pytest.ini would overwrite the pytest configuration file; choose another path"),
])
def test_overwriting_an_input_is_refused_even_when_inside_is_allowed(tree: Path, rel: str, message: str) -> None:
    assert problem(tree, rel) == message
    assert problem(tree, rel, allow_inside=True) == message


def test_a_symlink_to_an_input_is_refused_and_named(tree: Path) -> None:
    (tree / "out.json").symlink_to(tree / "claims" / "summit.yaml")
    (tree / "art.json").symlink_to(tree / "corpus" / "a.txt")
    assert problem(tree, "out.json", allow_inside=True) == (
        "factcheck: --factcheck-json=out.json would overwrite a claim file "
        "(a symbolic link to claims/summit.yaml); choose another path"
    )
    assert problem(tree, "art.json", allow_inside=True) == (
        "factcheck: --factcheck-json=art.json would overwrite a corpus file "
        "(a symbolic link to corpus/a.txt); choose another path"
    )


@pytest.mark.parametrize("rel, where", [
    ("claims/report.json", "is inside the claims folder claims, where it could be taken for a claim file"),
    ("claims/new/report.json", "is inside the claims folder claims, where it could be taken for a claim file"),
    ("corpus/report.json", "is inside the corpus folder corpus, where it could be read back as a source"),
    ("corpus/notes.json", "is inside the corpus folder corpus, where it could be read back as a source"),
    ("corpus/sub/report.txt", "is inside the corpus folder corpus, where it could be read back as a source"),
    ("scraped/day2/new.txt", "matches the corpus glob scraped/*/*.txt, so it would be read back as a source"),
])
def test_a_path_inside_the_inputs_needs_the_flag(tree: Path, rel: str, where: str) -> None:
    assert problem(tree, rel) == (
        f"factcheck: --factcheck-json={rel} {where}; "
        "choose another path, or pass --factcheck-json-inside to write it there anyway"
    )
    assert problem(tree, rel, allow_inside=True) is None


def test_a_link_into_an_input_folder_is_inside_it(tree: Path) -> None:
    (tree / "via").symlink_to(tree / "claims", target_is_directory=True)
    assert "is inside the claims folder claims" in str(problem(tree, "via/report.json"))


@pytest.mark.parametrize("rel", [
    "report.json",
    "out/deep/report.json",  # missing folders are created, as for --junitxml
    "scraped/day1/report.json",  # the glob reads only *.txt there
    "scraped/day1/raw.html",  # an existing file the corpus does not read
    "nowhere/report.json",  # a corpus path that names nothing is no folder
    "report.yaml",
])
def test_paths_outside_the_inputs_are_fine(tree: Path, rel: str) -> None:
    assert problem(tree, rel) is None


def test_an_existing_folder_is_refused_with_a_file_name_to_use(tree: Path) -> None:
    (tree / "out").mkdir()
    assert problem(tree, "out") == (
        "factcheck: --factcheck-json=out is a folder, not a file; "
        "name the report file, e.g. --factcheck-json=out/report.json"
    )


def test_a_parent_that_is_a_file_is_refused(tree: Path) -> None:
    assert problem(tree, "pytest.ini/deeper/report.json") == (
        "factcheck: --factcheck-json=pytest.ini/deeper/report.json cannot be written: "
        "pytest.ini is a file, not a folder; choose another path"
    )


@pytest.mark.skipif(not os.path.exists(os.devnull) or os.name != "posix", reason="needs /dev/null")
def test_a_device_is_refused(tree: Path) -> None:
    """As root, renaming over /dev/null would replace the device with a file."""
    message = report_path_problem(Path(os.devnull), inputs_of(tree), shown=f"--factcheck-json={os.devnull}")
    assert message == (
        f"factcheck: --factcheck-json={os.devnull} is a device, not a regular file; "
        "name a file, or leave the option out to write no report"
    )


def test_glob_with_double_star_and_rootdir_with_magic_characters(tmp_path: Path) -> None:
    root = tmp_path / "proj[1]"
    (root / "news" / "2025" / "08").mkdir(parents=True)
    folders, files, globs = corpus_inputs(["news/**/*.txt"], root)
    assert (folders, files) == ((), ())
    inputs = Inputs(corpus_globs=globs)
    for rel, refused in [("news/a.txt", True), ("news/2025/08/a.txt", True), ("news/report.json", False), ("a.txt", False)]:
        got = report_path_problem(root / rel, inputs, shown=rel, root=root)
        assert (got is not None) == refused, (rel, got)


# -- end to end through pytest -------------------------------------------------

OLD_REPORT = '{"version": 1, "sources": [], "results": [], "note": "yesterday\'s full run"}\n'


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    return make_project(pytester, "a.txt")


@pytest.mark.parametrize("rel", ["claims/summit.yaml", "corpus/a.txt", "pytest.ini"])
def test_report_over_an_input_stops_the_run_before_any_test(project: pytest.Pytester, rel: str) -> None:
    target = project.path / rel
    before = digest(target)
    result = project.runpytest(f"--factcheck-json={rel}", "--factcheck-json-inside")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: factcheck: --factcheck-json={rel} would overwrite * file; choose another path"])
    result.stdout.no_fnmatch_line("*passed*")
    result.stdout.no_fnmatch_line("*Traceback*")
    assert digest(target) == before
    assert temp_files(target.parent) == []


def test_report_set_in_the_ini_file_is_checked_too(project: pytest.Pytester) -> None:
    project.makefile(".ini", pytest=INI + "factcheck_json = claims/summit.yaml\n")
    before = digest(project.path / "claims" / "summit.yaml")
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck: factcheck_json = claims/summit.yaml would overwrite a claim file; choose another path"])
    assert digest(project.path / "claims" / "summit.yaml") == before


def test_an_ini_files_report_path_is_from_the_rootdir_and_an_options_from_where_pytest_runs(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As pytest reads its own ini paths (and this plugin factcheck_corpus): from a subfolder, the ini file's
    report goes where the ini file says, the command line's where the shell says."""
    project.makefile(".ini", pytest=INI + "factcheck_json = reports/r.json\n")
    (project.path / "reports").mkdir()
    sub = project.mkdir("sub")
    monkeypatch.chdir(sub)
    project.runpytest("-p", "no:cacheprovider", str(project.path))
    assert (project.path / "reports" / "r.json").is_file() and not (sub / "reports").exists()
    project.runpytest("-p", "no:cacheprovider", "--factcheck-json=mine.json", str(project.path))
    assert (sub / "mine.json").is_file()


def test_report_through_a_symlink_to_a_claim_file_is_refused(project: pytest.Pytester) -> None:
    (project.path / "report.json").symlink_to(project.path / "claims" / "summit.yaml")
    before = digest(project.path / "claims" / "summit.yaml")
    result = project.runpytest("--factcheck-json=report.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*would overwrite a claim file (a symbolic link to claims/summit.yaml); choose another path"])
    assert (project.path / "report.json").is_symlink()
    assert digest(project.path / "claims" / "summit.yaml") == before


def test_report_inside_the_corpus_needs_the_flag_or_the_ini_key(project: pytest.Pytester) -> None:
    result = project.runpytest("--factcheck-json=corpus/report.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "ERROR: factcheck: --factcheck-json=corpus/report.json is inside the corpus folder corpus, where it could be "
        "read back as a source; choose another path, or pass --factcheck-json-inside to write it there anyway",
    ])
    assert not (project.path / "corpus" / "report.json").exists()

    result = project.runpytest("--factcheck-json=corpus/report.json", "--factcheck-json-inside")
    result.assert_outcomes(passed=1)
    assert json.loads((project.path / "corpus" / "report.json").read_text(encoding="utf-8"))["version"] == 1

    project.makefile(".ini", pytest=INI + "factcheck_json_inside = true\n")
    project.runpytest("--factcheck-json=claims/report.json").assert_outcomes(passed=1)
    assert (project.path / "claims" / "report.json").is_file()


@pytest.mark.parametrize("rel, message", [
    ("corpus", "ERROR: factcheck: --factcheck-json=corpus is a folder, not a file; name the report file, e.g. --factcheck-json=corpus/report.json"),
    ("pytest.ini/r.json", "ERROR: factcheck: --factcheck-json=pytest.ini/r.json cannot be written: pytest.ini is a file, not a folder; choose another path"),
])
def test_unusable_report_paths_are_usage_errors(project: pytest.Pytester, rel: str, message: str) -> None:
    result = project.runpytest(f"--factcheck-json={rel}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_help_works_with_a_bad_report_path_in_the_ini(project: pytest.Pytester) -> None:
    project.makefile(".ini", pytest=INI + "factcheck_json = claims/summit.yaml\n")
    result = project.runpytest("--help")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*--factcheck-json-inside*"])


def _failing_replace(target: Path, exc: BaseException, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the final rename onto ``target`` fail, after the new report is fully written."""
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == target:
            assert json.loads(Path(src).read_text(encoding="utf-8"))["version"] == 1
            raise exc
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def test_ctrl_c_while_writing_keeps_the_old_report(project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    target = project.path / "report.json"
    target.write_text(OLD_REPORT, encoding="utf-8")
    before = digest(target)
    _failing_replace(target, KeyboardInterrupt(), monkeypatch)
    result = project.runpytest("--factcheck-json=report.json")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["factcheck: interrupted while writing the JSON report; report.json is left as it was"])
    result.stdout.no_fnmatch_line("*Traceback*")
    assert digest(target) == before
    assert temp_files(project.path) == []


def test_a_failing_write_keeps_the_old_report_and_fails_the_run(project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    target = project.path / "report.json"
    target.write_text(OLD_REPORT, encoding="utf-8")
    before = digest(target)
    _failing_replace(target, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), monkeypatch)
    result = project.runpytest("--factcheck-json=report.json")
    assert result.ret == pytest.ExitCode.INTERNAL_ERROR
    result.stdout.fnmatch_lines([
        f"factcheck: cannot write the JSON report to report.json: {os.strerror(errno.ENOSPC)}; report.json is left as it was",
    ])
    result.stdout.no_fnmatch_line("*INTERNALERROR*")
    assert digest(target) == before
    assert temp_files(project.path) == []


def test_a_run_interrupted_before_the_end_keeps_the_old_report(project: pytest.Pytester) -> None:
    """Half a run's results would pass for a full report: the old one stays."""
    (project.path / "corpus" / "b.txt").write_text("قاعدة إلمندورف.\n", encoding="utf-8")
    project.makeconftest("""
        def pytest_runtest_logfinish(nodeid, location):
            raise KeyboardInterrupt
    """)
    target = project.path / "report.json"
    target.write_text(OLD_REPORT, encoding="utf-8")
    before = digest(target)
    result = project.runpytest("--factcheck-json=report.json", no_reraise_ctrlc=True)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["factcheck: run interrupted, JSON report not written; report.json is left as it was"])
    assert digest(target) == before
    assert temp_files(project.path) == []


def test_a_report_symlink_is_written_through(project: pytest.Pytester) -> None:
    """A link to a report kept elsewhere stays a link; the file it names is updated."""
    kept = project.mkdir("reports") / "latest.json"
    kept.write_text(OLD_REPORT, encoding="utf-8")
    (project.path / "report.json").symlink_to(kept)
    project.runpytest("--factcheck-json=report.json").assert_outcomes(passed=1)
    assert (project.path / "report.json").is_symlink()
    assert json.loads(kept.read_text(encoding="utf-8"))["results"][0]["claim"] == "venue"


_texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    sources=st.lists(st.tuples(_texts, _texts, st.integers(0, 10**6), st.none() | st.integers(1, 10**6),
                               st.none() | st.dates().map(lambda d: d.isoformat())), max_size=4),
    notes=st.lists(st.sampled_from(['"results": []', '{"results": []}', "\u0000\n\t\u001f\u007f", "ألاسكا"]) | _texts,
                   max_size=3),
    results=st.lists(st.tuples(_texts, st.sampled_from(["supported", "contradicted", "not_mentioned"]),
                               st.floats(0, 100) | st.none(), _texts), max_size=3),
)
def test_the_report_written_in_pieces_is_json_dumps_of_the_report(
    sources: list[tuple[str, str, int, int | None, str | None]], notes: list[str],
    results: list[tuple[str, str, float | None, str]],
) -> None:
    """Written by pydantic's serializer around the results: byte for byte ``json.dumps(indent=1)`` of it."""
    from factcheck.report.model import Report, ResultRecord, SourceRecord

    report = Report()
    report.sources = [SourceRecord(id=i, path=p, chars=c, line=n, published=d) for i, p, c, n, d in sources]
    report.notes = notes
    report.problems = notes[:1]
    for n, (claim, verdict, score, reason) in enumerate(results):
        report.add(ResultRecord(file="f.yaml", claim=claim, kind="mention", source=f"s{n}", verdict=verdict,
                                outcome="passed", score=None if score is None else round(score, 1), reason=reason))
    written = b"".join(report.json_pieces()).decode("utf-8")
    assert written == json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n"


@settings(max_examples=30, deadline=None)
@given(
    claims=st.lists(st.lists(st.tuples(st.sampled_from(["supported", "contradicted"]), _texts), max_size=4),
                    min_size=1, max_size=4),
    more=st.integers(0, 600),
    kept=st.integers(0, 3000),
    granularity=st.sampled_from(["pair", "claim"]),
)
def test_a_claims_records_kept_as_one_block_write_what_they_write_one_by_one(
    claims: list[list[tuple[Literal["supported", "contradicted"], str]]], more: int, kept: int,
    granularity: Literal["pair", "claim"],
) -> None:
    """A claim's records (replayed or computed) are kept as one block, in memory or spilled to disk (``kept``
    bytes stay in memory): the report, its summary and each record read back are those of records added one
    by one; ``more`` records make a claim that spans several of the pieces the report is written in."""
    from types import SimpleNamespace

    from factcheck.report.model import ClaimRecord, Report, ResultRecord
    from factcheck.report.results import Results, serialized

    claims = [*claims, [("contradicted", f"r{n}") for n in range(more)]]
    one_by_one, blocks = Report(), Report()
    blocks.results = Results(kept_in_memory=kept)
    for report in (one_by_one, blocks):
        report.granularity = granularity
        for k in range(len(claims)):  # as the claim file's collection registers them
            report.claims[("f.yaml", f"c{k}")] = ClaimRecord(file="f.yaml", claim=f"c{k}", kind="mention")
    for k, pairs in reversed(list(enumerate(claims))):  # added out of report order
        records = [ResultRecord(file="f.yaml", claim=f"c{k}", kind="mention", source=f"s{n:04d}", verdict=verdict,
                                outcome="failed" if verdict == "contradicted" else "passed", reason=reason)
                   for n, (verdict, reason) in enumerate(pairs)]
        for record in records:
            one_by_one.add(record)
        blocks.add_serialized("f.yaml", SimpleNamespace(id=f"c{k}", kind="mention"),  # type: ignore[arg-type]
                              [(r.source, r.verdict, r.outcome) for r in records], [serialized(r) for r in records])
    assert b"".join(blocks.json_pieces()) == b"".join(one_by_one.json_pieces())
    assert b"".join(blocks.json_pieces()).decode("utf-8") == \
        json.dumps(one_by_one.to_json(), ensure_ascii=False, indent=1) + "\n"
    assert blocks.summary_model(3) == one_by_one.summary_model(3)
    assert [blocks.results.text(row) for row in blocks.results.rows()] == \
        [one_by_one.results.text(row) for row in one_by_one.results.rows()]


@settings(max_examples=30, deadline=None)
@given(pairs=st.lists(st.tuples(st.sampled_from(["supported", "contradicted"]), _texts), max_size=6),
       source=_texts)
def test_a_claims_records_travel_from_an_xdist_worker_as_they_were(
    pairs: list[tuple[Literal["supported", "contradicted"], str]], source: str,
) -> None:
    """One string an item (``claim_property``), taken in by the controller: the report of the records added
    there; a string whose records do not match their rows is refused, never half taken in."""
    from types import SimpleNamespace

    from factcheck.report.model import ClaimRecord, Report, ResultRecord, claim_property
    from factcheck.report.results import serialized

    claim = SimpleNamespace(id="c", kind="mention")
    records = [ResultRecord(file="f.yaml", claim="c", kind="mention", source=f"{source}{n}", verdict=verdict,
                            outcome="failed" if verdict == "contradicted" else "passed", reason=reason)
               for n, (verdict, reason) in enumerate(pairs)]
    here, travelled = Report(), Report()
    for report in (here, travelled):
        report.claims[("f.yaml", "c")] = ClaimRecord(file="f.yaml", claim="c", kind="mention")
    for record in records:
        here.add(record)
    rows = [(r.source, r.verdict, r.outcome) for r in records]
    _, text = claim_property("f.yaml", claim, rows, [serialized(r) for r in records])  # type: ignore[arg-type]
    travelled.add_claim_text(text)
    assert b"".join(travelled.json_pieces()) == b"".join(here.json_pieces())
    if records:
        with pytest.raises(ValueError, match="do not match"):
            Report().add_claim_text(text[:-1])
