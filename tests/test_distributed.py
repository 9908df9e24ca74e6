"""factcheck.distributed: claims checked over a Dask collection give the report of an in-process run.

Runs on a ``LocalCluster`` of two worker processes; skipped when dask (the
``dask`` extra) is not installed.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.corpus.source import Source
from factcheck.report.model import ReportModel
from tests.test_merge import ARTICLES, EXTRA, ROOT, claim_files, normalized, run_pipeline, write_corpus

db = pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'factcheck[dask]')")
distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'factcheck[dask]')")

from factcheck.distributed import check_dask, load_claim_files, read_jsonl_bag, read_parquet_ddf  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, worker_dashboard_address=None,
        dashboard_address=":0",  # its HTTP server on a free port: None still asks for 8787 (a warning when taken)
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[str]]:
    tmp = tmp_path_factory.mktemp("dask")
    return claim_files(tmp), ["seeds", str(write_corpus(tmp))]


@pytest.fixture(scope="module")
def whole(inputs: tuple[list[Path], list[str]]) -> ReportModel:
    return run_pipeline(*inputs, ROOT)


def test_check_dask_over_jsonl_bag_equals_the_in_process_run(
    client: Any, inputs: tuple[list[Path], list[str]], whole: ReportModel
) -> None:
    claims, specs = inputs
    articles = read_jsonl_bag(specs, rootdir=ROOT)
    assert articles.npartitions == 2
    with distributed.get_task_stream(client) as stream:
        report = check_dask(claims, articles, rootdir=ROOT)
    assert normalized(report) == normalized(whole)
    # The work was done by the cluster's worker processes, not here.
    workers = set(client.scheduler_info()["workers"])
    assert stream.data and {task["worker"] for task in stream.data} <= workers


def test_repartitioned_articles_give_the_same_report(
    client: Any, inputs: tuple[list[Path], list[str]], whole: ReportModel
) -> None:
    """More partitions than files: expect notes and scope counts are joined across partitions."""
    claims, specs = inputs
    articles = read_jsonl_bag(specs, rootdir=ROOT, npartitions=4)
    assert articles.npartitions == 4
    assert normalized(check_dask(claims, articles, rootdir=ROOT)) == normalized(whole)


def test_claim_granularity(client: Any, inputs: tuple[list[Path], list[str]]) -> None:
    claims, specs = inputs
    want = run_pipeline(claims, specs, ROOT, granularity="claim")
    got = check_dask(claims, read_jsonl_bag(specs, rootdir=ROOT), rootdir=ROOT, granularity="claim")
    assert normalized(got) == normalized(want)


def test_bag_of_dicts_and_of_sources(client: Any, tmp_path: Path) -> None:
    """A bag built by hand: dict records (mapped fields) and Source objects, one duplicate id."""
    claims = claim_files(tmp_path)
    records = [a for a in ARTICLES if isinstance(a, dict)]
    renamed = [{"uid": r["id"], "body": r["text"], "when": r.get("date")} for r in records]
    seed = ROOT / "seeds" / "000_545618ef9b520956.txt"
    source = Source("000_545618ef9b520956", "seeds/000_545618ef9b520956.txt", seed.read_text(encoding="utf-8"))
    items: list[object] = [*renamed, source, {"uid": "j-summit", "body": "نص آخر", "__path__": "other.jsonl",
                                              "__line__": 7}, {"uid": "", "body": "x"}]
    from factcheck.corpus.jsonl import JsonlFields

    fields = JsonlFields(id="uid", text="body", date="when")
    report = check_dask(claims, db.from_sequence(items, npartitions=3), fields=fields, rootdir=ROOT)
    ids = [s.id for s in report.sources]
    assert ids == sorted({"000_545618ef9b520956", *(r["id"] for r in records)})
    assert any("duplicate source id 'j-summit'" in p and p.startswith("other.jsonl:7:") for p in report.problems)
    assert any('record has no "uid" field' in p for p in report.problems)
    summit = next(s for s in report.sources if s.id == "j-summit")
    assert summit.published == "2025-08-16" and summit.path == "<dask>"
    assert sum(f.in_scope + f.out_of_scope for f in report.files) == 2 * len(ids)


def test_parquet_dataframe(client: Any, tmp_path: Path, inputs: tuple[list[Path], list[str]]) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'factcheck[parquet]')")
    pq = pytest.importorskip("pyarrow.parquet")
    claims, _ = inputs
    records = [a for a in ARTICLES if isinstance(a, dict)]
    (tmp_path / "parts").mkdir()
    for n, chunk in enumerate((records[:2], records[2:])):
        table = pa.table({"id": [r["id"] for r in chunk], "text": [r["text"] for r in chunk],
                          "date": [r.get("date") for r in chunk]})
        pq.write_table(table, tmp_path / "parts" / f"part-{n}.parquet")
    ddf = read_parquet_ddf(sorted((tmp_path / "parts").glob("*.parquet")), rootdir=tmp_path)
    assert ddf.npartitions == 2
    report = check_dask(claims, ddf, rootdir=ROOT)
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    want = run_pipeline(claims, [str(jsonl)], ROOT)

    def essence(model: ReportModel) -> ReportModel:
        """Parquet rows have a file but no line."""
        sources = [s.model_copy(update={"path": "", "line": None}) for s in model.sources]
        return normalized(model).model_copy(update={"sources": sources})

    assert essence(report) == essence(want)
    assert {s.path for s in report.sources} == {"parts/part-0.parquet", "parts/part-1.parquet"}


def test_broken_claim_file_fails_before_any_work(client: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nclaims:\n  - id: x\n    kind: quantity\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.yaml:3"):
        check_dask([bad], db.from_sequence([], npartitions=1))


def test_missing_dask_is_a_clear_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # as if not installed: importing it fails
    with pytest.raises(ImportError, match=r"pip install 'factcheck\[dask\]'"):
        read_jsonl_bag(["seeds"])


@pytest.mark.parametrize("granularity", ["pair", "claim"])
def test_check_dask_gives_the_json_report_of_a_pytest_run(
    client: Any, pytester: pytest.Pytester, granularity: str,
) -> None:
    """Held to the report pytest itself writes over the same claim files and corpus, not to a copy of its logic."""
    shutil.copytree(ROOT / "seeds", pytester.path / "seeds")
    shutil.copytree(ROOT / "claims", pytester.path / "claims")
    (pytester.path / "claims" / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    corpus = write_corpus(pytester.path)
    result = pytester.runpytest_subprocess(  # in process, pytester's rollback of sys.modules unsettles dask's
        "claims", "-o", "factcheck_claims=claims", "--factcheck-corpus=seeds", f"--factcheck-corpus={corpus.name}",
        f"--factcheck-granularity={granularity}", "--factcheck-json=run.json", "--factcheck-no-cache",
    )
    assert result.ret == 1  # seed 002's duration and the shipped expectations: the run has failures
    ran = ReportModel.model_validate_json((pytester.path / "run.json").read_text(encoding="utf-8"))
    files = [pytester.path / "claims" / "alaska_summit.yaml", pytester.path / "claims" / "extra.yaml"]
    articles = read_jsonl_bag(["seeds", corpus.name], rootdir=pytester.path)
    got = check_dask(files, articles, rootdir=pytester.path, granularity=granularity)  # type: ignore[arg-type]
    assert got.results and normalized(got) == normalized(ran)


def test_parquet_rows_have_their_line_and_unreadable_files_are_problems(client: Any, tmp_path: Path,
                                                                          inputs: tuple[list[Path], list[str]]) -> None:
    """A missing or non-Parquet file was a pyarrow traceback; rows had no line where a run gives their number."""
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'factcheck[parquet]')")
    pq = pytest.importorskip("pyarrow.parquet")
    claims, _ = inputs
    records = [a for a in ARTICLES if isinstance(a, dict)]
    pq.write_table(pa.table({"uid": [r["id"] for r in records], "body": [r["text"] for r in records]}),
                   tmp_path / "news.parquet")
    (tmp_path / "notes.parquet").write_text("not parquet", encoding="utf-8")
    from factcheck.corpus.jsonl import parse_fields
    fields = parse_fields("id=uid text=body date=published")
    ddf = read_parquet_ddf(["news.parquet", "notes.parquet", "gone.parquet"], fields, rootdir=tmp_path)
    report = check_dask(claims, ddf, fields=fields, rootdir=ROOT)
    assert [(s.id, s.line) for s in report.sources] == sorted((r["id"], n) for n, r in enumerate(records, 1))
    assert [p.split(": cannot read Parquet file: ")[0] for p in report.problems] == ["notes.parquet", "gone.parquet"]
    # the mapping given to the reader, not to check_dask: every record lacked "id", and the report was empty
    with pytest.raises(ValueError, match=r"the dataframe has no column 'id', 'text' \(its columns: uid, body, "):
        check_dask(claims, ddf, rootdir=ROOT)


def test_no_readable_article_is_an_error_not_an_empty_report(client: Any, inputs: tuple[list[Path], list[str]]) -> None:
    claims, _ = inputs
    with pytest.raises(ValueError, match=r"no sources to check: .*nosuch.jsonl: no such file"):
        check_dask(claims, read_jsonl_bag(["nosuch.jsonl"], rootdir=ROOT), rootdir=ROOT)


def test_a_large_partition_reads_each_article_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Checked claim by claim, a partition of more articles than the engine keeps read each again per claim."""
    import dask

    from factcheck import engine as engine_module
    from factcheck.document import Document

    claims = tmp_path / "c.yaml"
    claims.write_text(
        "version: 1\nclaims:\n"
        "  - {id: venue, says: عقدت القمة في ألاسكا, kind: mention, any: [ألاسكا], not: [موسكو], about: [القمة]}\n"
        "  - {id: hours, says: استمرت القمة ثلاث ساعات, kind: quantity, about: [القمة], value: 3, unit: hour}\n"
        "  - {id: day, says: عقدت القمة يوم 15 أغسطس 2025, kind: date, about: [القمة], value: '2025-08-15'}\n",
        encoding="utf-8")
    n = engine_module.MAX_ANALYSES + 100
    sources = [Source(f"s{i:04d}", "x.txt", f"عقدت القمة في ألاسكا واستمرت {3 + i % 2} ساعات يوم {i}.") for i in range(n)]
    reads: list[str] = []
    made = Document.from_source

    def counted(source: Source) -> Document:
        reads.append(source.id)
        return made(source)

    monkeypatch.setattr(engine_module.Document, "from_source", staticmethod(counted))
    with dask.config.set(scheduler="synchronous"):
        report = check_dask([claims], db.from_sequence(sources, npartitions=1), rootdir=tmp_path)
    assert len(report.results) == 3 * n
    assert len(reads) == n  # 3 n before


def test_claim_files_are_named_as_a_pytest_run_names_them(tmp_path: Path) -> None:
    """One naming of claim files (``claims.files.display_path``): a rootdir given through a symlink still names
    a file inside it relatively (distributed's own copy named it absolute, the plugin relative)."""
    real = tmp_path / "real"
    (real / "claims").mkdir(parents=True)
    shutil.copy(ROOT / "claims" / "alaska_summit.yaml", real / "claims" / "alaska_summit.yaml")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    loaded = load_claim_files([real / "claims" / "alaska_summit.yaml"], rootdir=link)
    assert [f.path for f in loaded] == ["claims/alaska_summit.yaml"]
    outside = tmp_path / "outside.yaml"
    shutil.copy(ROOT / "claims" / "alaska_summit.yaml", outside)
    assert [f.path for f in load_claim_files([outside], rootdir=real)] == [str(outside)]  # else absolute
