"""Check claim files against a corpus spread over a Dask cluster (optional: ``pip install 'factcheck[dask]'``).

The pytest plugin checks a corpus on one machine (or, with ``--factcheck-shard
I/N``, one shard per CI job).  For a corpus of millions of articles this
module runs the same pipeline over a Dask collection of articles: each
partition builds its own :class:`~factcheck.engine.Engine`, plans every claim
file over its sources (``sources`` globs, scope), checks each pair in scope
and decides its outcome; the client joins the partitions into the same JSON
report (contract §5) a pytest run over the whole corpus writes.

Claim files are read and validated once, on the client (a broken claim file
is a ``ValueError`` before any work is sent); the validated claims travel to
the workers with the tasks, so workers never read claim files (nor what they
include).

Articles come as

- a bag from :func:`read_jsonl_bag`: JSONL files (``.jsonl``, ``.jsonl.gz``;
  folders and globs of ``.txt``/``.md`` work too), one partition per path,
  each read on a worker exactly as ``--factcheck-corpus`` reads it (ids, line
  numbers, dates, problems);
- a dataframe from :func:`read_parquet_ddf`: Parquet files, one partition per
  file, with the columns the field mapping names;
- any bag of :class:`~factcheck.corpus.source.Source` objects, or of dicts
  holding the mapped fields (``{"id": …, "text": …, "date": …}``; optional
  ``"__path__"`` and ``"__line__"`` say where a record was read).

On a real cluster (the paths must be readable by every worker at the same
place, e.g. an NFS or Lustre mount)::

    from pathlib import Path
    from dask.distributed import Client
    from factcheck.distributed import check_dask, read_jsonl_bag, write_report

    client = Client("tcp://scheduler:8786")      # dask is then used through it
    articles = read_jsonl_bag(
        [f"/shared/news/part-{i:05d}.jsonl.gz" for i in range(512)],
        rootdir="/shared/news", npartitions=2048,  # smaller partitions, more parallel checks
    )
    report = check_dask(["claims/alaska_summit.yaml"], articles)
    write_report(report, Path("report.json"))   # same format as --factcheck-json

A partition reads its sources one at a time, each once for all claims (as a
run does), and holds their texts while it is checked, so choose partitions of
a few thousand articles.  A source id that two
partitions both hold is checked once: the first partition's source is kept
and the other is reported as a problem, as ``--factcheck-corpus`` does.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeAlias

from factcheck.batch import Asked, BatchFindings
from factcheck.claims.files import display_path
from factcheck.claims.load import ClaimRegistry, LoadedClaims, load_claim_file
from factcheck.claims.model import Claim
from factcheck.corpus.decode import DEFAULT_MAX_BYTES
from factcheck.corpus.jsonl import DEFAULT_FIELDS, JsonlFields, parse_published
from factcheck.corpus.load import load_corpus, said_once
from factcheck.corpus.source import CorpusProblem, Source
from factcheck.engine import Engine
from factcheck.outcomes import decide
from factcheck.plan import plan_file
from factcheck.report.merge import combine_notes, write_report
from factcheck.report.model import (
    ClaimRecord,
    FileRecord,
    ReportModel,
    ResultRecord,
    SourceRecord,
    result_record,
    source_record,
)

# dask is optional and only partly typed: its modules are imported by name, so
# this module type-checks (mypy --strict) whether or not dask is installed.
Bag: TypeAlias = Any
"""A ``dask.bag.Bag``."""
DataFrame: TypeAlias = Any
"""A ``dask.dataframe.DataFrame``."""

__all__ = ["LINE_KEY", "PATH_KEY", "PROBLEM_KEY", "check_dask", "load_claim_files", "read_jsonl_bag", "read_parquet_ddf", "write_report"]

PATH_KEY = "__path__"
LINE_KEY = "__line__"
PROBLEM_KEY = "__problem__"  # a row that stands for a file that could not be read, and why
_INSTALL = "factcheck.distributed needs dask: pip install 'factcheck[dask]' (and 'factcheck[parquet]' for Parquet)"


def _module(name: str) -> ModuleType:
    """An optional dependency, or ImportError saying how to install it."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(f"{_INSTALL} ({exc})") from exc


# -- building the collection of articles -----------------------------------------------------------


def _read_specs(specs: Iterable[str], rootdir: str, max_bytes: int, fields: JsonlFields) -> list[Source | CorpusProblem]:
    items: list[Source | CorpusProblem] = []
    for spec in specs:
        corpus = load_corpus([spec], Path(rootdir), max_bytes=max_bytes, fields=fields)
        items.extend(corpus.problems)
        items.extend(corpus.sources)
    return items


def read_jsonl_bag(
    paths: Sequence[str | os.PathLike[str]],
    fields: JsonlFields = DEFAULT_FIELDS,
    *,
    rootdir: str | os.PathLike[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    npartitions: int | None = None,
) -> Bag:
    """A bag of :class:`Source` (and :class:`CorpusProblem` for bad records) from JSONL files.

    Each path is read on a worker by the corpus loader of ``--factcheck-corpus``
    (so ``.jsonl.gz``, folders and globs work, and a bad record is a located
    problem), one partition per path; relative paths and report paths are
    relative to ``rootdir`` (default: the current folder).  ``npartitions``
    repartitions the articles after reading, to spread the checks of a few
    large files over more workers.
    """
    db = _module("dask.bag")
    root = os.path.abspath(rootdir if rootdir is not None else os.getcwd())
    specs = [os.fspath(p) for p in paths]
    if not specs:
        raise ValueError("no corpus paths given")
    bag = db.from_sequence(specs, npartitions=len(specs)).map_partitions(_read_specs, root, max_bytes, fields)
    if npartitions is not None:
        bag = bag.repartition(npartitions=npartitions)
    return bag


def _parquet_columns(fields: JsonlFields) -> list[str]:
    return list(dict.fromkeys([fields.id, fields.text, fields.date]))


def _read_parquet_file(path: str, shown: str, wanted: list[str]) -> Any:
    """The file's rows, numbered from 1 as ``--factcheck-corpus`` numbers them; a file that cannot be read is
    one row saying why (a problem of the report, as a run lists it), not a pyarrow traceback."""
    pd = _module("pandas")
    pq = _module("pyarrow.parquet")
    try:
        schema = pq.read_schema(path)
        present = [c for c in wanted if c in schema.names]
        frame = pq.read_table(path, columns=present).to_pandas()
    except (OSError, ValueError) as exc:  # a missing file; ArrowInvalid (not Parquet) is a ValueError
        row = {c: [None] for c in wanted} | {PATH_KEY: [shown], LINE_KEY: [None],
                                              PROBLEM_KEY: [f"cannot read Parquet file: {exc}"]}
        return pd.DataFrame(row, dtype=object)
    for column in wanted:
        if column not in frame.columns:
            frame[column] = None
    frame = frame[wanted].astype(object)
    frame = frame.where(pd.notna(frame), None)
    frame[PATH_KEY] = shown
    frame[LINE_KEY] = pd.Series(range(1, len(frame) + 1), index=frame.index, dtype=object)
    frame[PROBLEM_KEY] = None
    return frame


def read_parquet_ddf(
    paths: Sequence[str | os.PathLike[str]],
    fields: JsonlFields = DEFAULT_FIELDS,
    *,
    rootdir: str | os.PathLike[str] | None = None,
) -> DataFrame:
    """A dataframe of articles from Parquet files, one partition per file (needs ``pyarrow``).

    Its columns are the id, text and date columns the field mapping names
    (a missing date column is all null), ``__path__``, the file each row
    was read from (relative to ``rootdir`` when inside it), ``__line__``, its
    row number, and ``__problem__``, why a file could not be read.  Filter it as you
    like before :func:`check_dask`, and give that the same ``fields``.
    """
    dd = _module("dask.dataframe")
    pd = _module("pandas")
    _module("pyarrow.parquet")
    root = Path(os.path.abspath(rootdir if rootdir is not None else os.getcwd()))
    files = [os.path.join(root, os.fspath(p)) for p in paths]
    if not files:
        raise ValueError("no Parquet files given")
    columns = _parquet_columns(fields)
    meta = pd.DataFrame({c: pd.Series([], dtype=object) for c in [*columns, PATH_KEY, LINE_KEY, PROBLEM_KEY]})
    shown = [display_path(f, root) for f in files]
    return dd.from_map(_read_parquet_file, files, shown, args=[columns], meta=meta, label="read-parquet-articles")


# -- one partition ---------------------------------------------------------------------------------


def _scalar(value: object) -> object:
    """numpy/pandas scalars (from a dataframe) as Python values; NaN/NaT as None."""
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes)):
        try:
            value = item()
        except (ValueError, TypeError):
            pass
    if isinstance(value, float) and value != value:
        return None
    return value


def _published(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        try:
            return value.date()
        except ValueError:  # NaT
            return None
    if isinstance(value, dt.date):
        return value
    return parse_published(value)


def _from_record(record: dict[str, Any], fields: JsonlFields) -> Source | CorpusProblem:
    """A source from a dict of mapped fields, checked as a JSONL record is."""
    shown = str(record.get(PATH_KEY) or "<dask>")
    raw_line = _scalar(record.get(LINE_KEY))
    if isinstance(raw_line, str) and raw_line.isdigit():  # dask may keep an object column as strings
        raw_line = int(raw_line)
    line = raw_line if isinstance(raw_line, int) and not isinstance(raw_line, bool) else None

    def problem(message: str) -> CorpusProblem:
        return CorpusProblem(shown, line, message)

    if record.get(PROBLEM_KEY):
        return problem(str(record[PROBLEM_KEY]))

    rid = _scalar(record.get(fields.id))
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        return problem(f'record has no "{fields.id}" field; give every record a unique "{fields.id}"')
    if isinstance(rid, bool) or not isinstance(rid, (str, int, float)):
        return problem(f'"{fields.id}" field is {type(rid).__name__}; make it a string or a number')
    text = _scalar(record.get(fields.text))
    if not isinstance(text, str):
        return problem(f'"{fields.text}" field is missing or not a string; put the article in "{fields.text}"')
    if not text.strip():
        return problem(f'"{fields.text}" field is empty; fill it or remove the record')
    return Source(str(rid), shown, text, line, _published(_scalar(record.get(fields.date))))


@dataclass(slots=True)
class _Part:
    """What one partition found; joined on the client."""

    sources: list[SourceRecord] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)
    # claim file -> source id -> in the file's scope (sources globs and scope)
    scope: dict[str, dict[str, bool]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    results: list[ResultRecord] = field(default_factory=list)


def _check_partition(items: Iterable[object], files: list[LoadedClaims], fields: JsonlFields) -> list[_Part]:
    part = _Part()
    sources: list[Source] = []
    seen: dict[str, Source] = {}
    for item in items:
        if isinstance(item, dict):
            item = _from_record(item, fields)
        if isinstance(item, CorpusProblem):
            part.problems.append(item)
        elif isinstance(item, Source):
            earlier = seen.get(item.id)
            if earlier is None:
                seen[item.id] = item
                sources.append(item)
            elif (earlier.path, earlier.record_line) != (item.path, item.record_line):
                part.problems.append(_duplicate(item, earlier))
        else:
            raise TypeError(
                f"an article must be a factcheck Source or a dict of fields, not {type(item).__name__}"
            )
    part.sources = [source_record(s) for s in sources]
    engine = Engine(sources, processes=1)  # Dask spreads the partitions; a worker forks none of its own
    asked: list[tuple[str, Claim, list[Source]]] = []
    for loaded in files:
        plan = plan_file(loaded, sources, engine)
        inside = {s.id for s in plan.in_scope}
        part.scope[loaded.path] = {s.id: s.id in inside for s in sources}
        part.notes.extend(plan.notes)
        if plan.checked(engine.index_from) >= engine.index_from:  # as a run: an index when enough are checked
            engine.want_index([s.id for s in plan.in_scope])
        asked.extend((loaded.path, claim, plan.per_claim[index]) for index, claim in enumerate(loaded.claims))
    engine.close()
    # read source by source, each once for all its claims (claim by claim, a partition larger than the engine
    # keeps read each article again for every claim)
    batch = BatchFindings(engine, sources)
    batch.prepare([Asked(claim, [s.id for s in chosen], counted=False) for _, claim, chosen in asked])
    batch.compute()
    if batch.failure:  # as a run says it: the pairs are checked one by one below, each failure its error verdict
        part.notes.append(f"reading the sources in bulk failed ({batch.failure}); each pair was checked alone")
    for path, claim, chosen in asked:
        for source in chosen:
            # None for what the index answers unread, and after a failure: then checked here
            finding = batch.pop(claim, source.id) or engine.check(claim, source.id)
            part.results.append(result_record(path, claim, source, finding, decide(finding, claim, source.id)))
    return [part]


def _where(path: str, line: int | None) -> str:
    return path if line is None else f"{path}:{line}"


def _duplicate(source: Source | SourceRecord, earlier: Source | SourceRecord) -> CorpusProblem:
    line = source.record_line if isinstance(source, Source) else source.line
    first = earlier.record_line if isinstance(earlier, Source) else earlier.line
    return CorpusProblem(
        source.path, line,
        f"duplicate source id {source.id!r}: already read from {_where(earlier.path, first)}; "
        "rename one of them (this one is skipped)",
    )


# -- the whole run ----------------------------------------------------------------------------------


def load_claim_files(
    claim_files: Sequence[str | os.PathLike[str]], rootdir: str | os.PathLike[str] | None = None
) -> list[LoadedClaims]:
    """Read and validate the claim files (shown relative to ``rootdir``); ValueError lists every problem."""
    root = Path(os.path.abspath(rootdir if rootdir is not None else os.getcwd()))
    registry = ClaimRegistry()
    loaded_files: list[LoadedClaims] = []
    problems: list[str] = []
    for file in claim_files:
        path = Path(file) if Path(file).is_absolute() else root / file
        loaded = load_claim_file(path, display_path(path, root))
        found = [*loaded.problems, *registry.register(loaded)]
        problems.extend(str(p) for p in found)
        # A shared file (included by claim files, no claims of its own) is not checked by itself.
        if not found and loaded.file is not None and not getattr(loaded, "shared", False):
            loaded_files.append(loaded)
    if problems:
        raise ValueError("claim files with problems:\n" + "\n".join(problems))
    return loaded_files


def check_dask(
    claim_files: Sequence[str | os.PathLike[str]],
    articles: Bag | DataFrame,
    *,
    fields: JsonlFields = DEFAULT_FIELDS,
    granularity: Literal["pair", "claim"] = "pair",
    rootdir: str | os.PathLike[str] | None = None,
) -> ReportModel:
    """The JSON report (contract §5) of the claim files over the articles, computed on Dask.

    ``articles`` is a bag (of :class:`Source`, :class:`CorpusProblem` or dicts
    of fields, see the module docs) or a dataframe whose columns the field
    mapping names.  The computation runs on the current Dask scheduler: the
    distributed ``Client`` when one is active.  Claim files are shown relative
    to ``rootdir`` (default: the current folder), as pytest shows them relative
    to its rootdir.  A claim file with problems raises ValueError before any
    work is sent.  With ``granularity="claim"``, ``results`` leaves out
    ``not_mentioned`` pairs, as ``--factcheck-granularity claim`` does.
    """
    dask = _module("dask")
    dd = _module("dask.dataframe")
    files = load_claim_files(claim_files, rootdir)
    if isinstance(articles, dd.DataFrame):
        missing = [c for c in (fields.id, fields.text) if c not in articles.columns]
        if missing:
            raise ValueError(
                f"the dataframe has no column {', '.join(map(repr, missing))} (its columns: "
                f"{', '.join(map(str, articles.columns))}); give check_dask the fields its reader was given "
                '(fields=parse_fields("id=... text=... date=..."))')
        articles = articles.to_bag(format="dict")
    # One copy of the validated claims in the graph, shared by every partition's task.
    shipped = dask.delayed(files, pure=True, traverse=False)
    parts: list[_Part] = articles.map_partitions(_check_partition, shipped, fields).compute()
    report = _join(parts, files, granularity)
    if not report.sources:  # as a run: a path mistyped or a mapping missed is no clean, empty report
        why = "; ".join(report.problems[:3]) or "no article was given"
        raise ValueError(f"no sources to check: the articles hold no readable article ({why})")
    return report


def _join(parts: list[_Part], files: list[LoadedClaims], granularity: Literal["pair", "claim"]) -> ReportModel:
    sources: dict[str, SourceRecord] = {}
    problems: list[str] = []
    dropped: set[tuple[int, str]] = set()  # (part, source id) that a former part already holds
    for n, part in enumerate(parts):
        problems.extend(str(p) for p in said_once(part.problems))
        for source in part.sources:
            earlier = sources.get(source.id)
            if earlier is None:
                sources[source.id] = source
                continue
            dropped.add((n, source.id))
            if (earlier.path, earlier.line) != (source.path, source.line):
                problems.append(str(_duplicate(source, earlier)))

    records: list[FileRecord] = []
    claims: list[ClaimRecord] = []
    for loaded in files:
        in_scope = out_scope = 0
        for n, part in enumerate(parts):
            for source_id, inside in part.scope.get(loaded.path, {}).items():
                if (n, source_id) in dropped:
                    continue
                in_scope += inside
                out_scope += not inside
        records.append(FileRecord(file=loaded.path, claims=len(loaded.claims), in_scope=in_scope,
                                  out_of_scope=out_scope))
        claims.extend(ClaimRecord(file=loaded.path, claim=c.id, kind=c.kind, says=c.says) for c in loaded.claims)

    counts = {(c.file, c.claim): c.counts for c in claims}
    results: list[ResultRecord] = []
    for n, part in enumerate(parts):
        for result in part.results:
            if (n, result.source) in dropped:
                continue
            tally = counts[(result.file, result.claim)]
            setattr(tally, result.verdict, getattr(tally, result.verdict) + 1)
            if granularity == "pair" or result.verdict != "not_mentioned":
                results.append(result)

    planned = [f.path for f in files]
    return ReportModel(
        sources=[sources[k] for k in sorted(sources)],
        files=sorted(records, key=lambda r: r.file),
        claims=sorted(claims, key=lambda c: (c.file, c.claim)),
        results=sorted(results, key=lambda r: (r.file, r.claim, r.source)),
        problems=list(dict.fromkeys(problems)),
        notes=combine_notes([(p.notes, planned) for p in parts]),
    )
