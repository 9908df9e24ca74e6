"""Join the JSON reports of shard runs into the report of the whole run (``factcheck merge``).

Each shard (``--factcheck-shard I/N``) checks the sources of its shard and
writes a report of its own (contract §5).  Merging them gives what one run
over the whole corpus would have written:

- ``sources``: unioned by id; the same id read from two different places is
  an error (the shards did not read the same corpus);
- ``results``: concatenated; the same (file, claim, source) twice is an error
  (a source checked by two shards: overlapping shards or the same report twice);
- ``files``: ``in_scope`` and ``out_of_scope`` summed per claim file; the
  number of claims must agree;
- ``claims``: verdict counts summed per (file, claim); the kind must agree;
- ``problems`` and ``notes``: unioned, in order of first appearance.

One kind of note depends on the whole corpus: an ``expect`` that names no
source (or only sources out of scope).  A shard that lacks the named source
says so although another shard holds it, so these notes are recombined:
the whole run's note is the one every shard agrees on (see
:func:`combine_notes`).

Lists are sorted as a run sorts them (sources by id, files by file, claims
and results by file, claim, source), so merging shards gives a report equal
to the whole run's.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.report.html import write_html
from factcheck.report.model import VERDICTS, ClaimRecord, Counts, FileRecord, Report, ReportModel, SourceRecord
from factcheck.report.records import ShardRecord, report_json
from factcheck.report.results import Results

__all__ = ["Merger", "combine_notes", "merge_main", "merge_reports", "report_json", "write_report"]

# The notes of factcheck.plan.plan_file about an ``expect`` glob; they depend on
# every source of the corpus, so a shard's note is only its vote.
_EXPECT_NOTE = re.compile(
    r"(?P<where>(?P<file>.+):\d+: claims\[\d+\]\.expect: (?P<pattern>.+)) "
    r"names (?P<what>no source of the corpus|only sources out of scope)(?: in this shard)?; ignored"
)
_SHARD_NOTE = "names no source of this shard; ignored"  # as a shard run says the first
_NONE = "no source of the corpus"
_OUT = "only sources out of scope"


def combine_notes(parts: Sequence[tuple[Sequence[str], Iterable[str]]]) -> list[str]:
    """The notes of a whole run from those of its parts: ``(notes, claim files planned)`` per part.

    Plain notes are unioned in order of first appearance.  An expect note
    (``… names no source of the corpus`` / ``… names only sources out of
    scope``) votes for its glob; a part that planned the claim file and has
    no note for the glob had the source in scope, so the whole run has no
    note.  Otherwise the whole run says "no source" when every part does,
    else "only sources out of scope".  Parts that did not plan the claim
    file (a shard whose collection failed) do not vote.
    """
    order: list[str] = []  # plain notes and expect keys, in first appearance
    plain: set[str] = set()
    votes: dict[str, dict[int, str]] = {}  # expect key -> part -> what
    files_of_key: dict[str, str] = {}
    for number, (notes, _files) in enumerate(parts):
        for note in notes:
            m = _EXPECT_NOTE.fullmatch(note.replace(_SHARD_NOTE, "names no source of the corpus; ignored"))
            if m is None:
                if note not in plain:
                    plain.add(note)
                    order.append(note)
                continue
            key = m.group("where")
            if key not in votes:
                votes[key] = {}
                files_of_key[key] = m.group("file")
                order.append(key)
            votes[key][number] = m.group("what")
    planned = [set(files) for _notes, files in parts]
    out: list[str] = []
    for item in order:
        if item in plain:
            out.append(item)
            continue
        voters = [n for n, files in enumerate(planned) if files_of_key[item] in files]
        said = votes[item]
        if not voters:
            # No part says it planned the file: keep what was said.
            voters = sorted(said)
        if any(n not in said for n in voters):
            continue  # some part had the source in scope
        what = _NONE if all(said[n] == _NONE for n in voters) else _OUT
        out.append(f"{item} names {what}; ignored")
    return out


def _union(lists: Iterable[Iterable[str]]) -> list[str]:
    return list(dict.fromkeys(x for items in lists for x in items))


def merge_reports(reports: Sequence[ReportModel | dict[str, Any]]) -> ReportModel:
    """The report of the whole run from the reports of its shards; ValueError on reports that do not fit.

    Dicts are validated with :meth:`ReportModel.model_validate` (a
    ``pydantic.ValidationError``, itself a ValueError, for an invalid one).
    """
    merger = Merger()
    for report in reports:
        merger.add(report if isinstance(report, ReportModel) else ReportModel.model_validate(report))
    return merger.report().model()


class Merger:
    """Shard reports taken in one at a time, each one's results kept as the report writes them (on disk past
    a limit, :class:`~factcheck.report.results.Results`): a merge holds one report, not all of them at once
    (two shards of 1,000 claims over 3,000 articles, 290 MB of results, took 3.0 GB as models)."""

    def __init__(self) -> None:
        self.sources: dict[str, SourceRecord] = {}
        self.files: dict[str, FileRecord] = {}
        self.claims: dict[tuple[str, str], ClaimRecord] = {}
        self.results = Results()
        self._pairs: set[tuple[str, str, str]] = set()
        self._problems: list[list[str]] = []
        self._notes: list[tuple[list[str], list[str]]] = []
        self._runs: list[ShardRecord | None] = []  # each report's shard of the run, as it says

    def _check_run(self, run: ShardRecord | None, n: int) -> None:
        """Shards of one run: the same number of shards and granularity, each shard once, each whole, of one corpus.
        (The corpus paths are not compared: CI jobs check out to different folders; the source ids are.)"""
        if run is not None and {"--lf", "--sw"} & set(run.selection):
            raise ValueError(f"report {n} (shard {run.shard}) reran some of its items ({' '.join(run.selection)}): "
                             "merge the reports of whole shard runs")
        if not self._runs:
            return
        first = self._runs[0]
        if (first is None) != (run is None):
            which = n if run is None else 1
            raise ValueError(f"report {which} is not a shard's (run without --factcheck-shard) and the others are; "
                             "merge the reports of one sharded run")
        if first is None or run is None:
            return
        if run.parsed.count != first.parsed.count:
            raise ValueError(f"report {n} is shard {run.shard} and report 1 shard {first.shard}: "
                             "merge the shards of one run")
        if run.granularity != first.granularity:
            raise ValueError(f"report {n} was run at --factcheck-granularity={run.granularity} and report 1 at "
                             f"{first.granularity}: merge the shards of one run")
        if any(other is not None and other.shard == run.shard for other in self._runs):
            raise ValueError(f"shard {run.shard} is given twice (again in report {n})")
        if run.selection != first.selection:
            shown = [" ".join(r.selection) or "no selection" for r in (first, run)]
            raise ValueError(f"report {n} (shard {run.shard}) chose its items with {shown[1]} and report 1 with "
                             f"{shown[0]}: merge the shards of one run")
        if None not in (run.corpus_digest, first.corpus_digest) and run.corpus_digest != first.corpus_digest:
            raise ValueError(f"report {n} split a corpus of {run.corpus_sources} sources and report 1 one of "
                             f"{first.corpus_sources} (or of other ids): the shards did not read the same corpus")

    def add(self, model: ReportModel) -> None:
        """ValueError when it does not fit the reports taken in before (then nothing of it is kept)."""
        n = len(self._notes) + 1
        self._check_run(model.run, n)
        sources = dict(self.sources)  # and this report's own, which must agree with each other too
        for source in model.sources:
            earlier = sources.setdefault(source.id, source)
            if earlier != source:
                where = _source_where(earlier), _source_where(source)
                if where[0] == where[1]:
                    raise ValueError(
                        f"source {source.id!r} differs between reports ({where[0]}: {earlier.chars} and "
                        f"{source.chars} characters); the shards did not read the same corpus"
                    )
                raise ValueError(
                    f"source {source.id!r} comes from two places: {where[0]} and {where[1]} (report {n}); "
                    "the shards did not read the same corpus"
                )
        files = {file: record.claims for file, record in self.files.items()}
        for record in model.files:
            if (before := files.setdefault(record.file, record.claims)) != record.claims:
                raise ValueError(
                    f"claim file {record.file} has {before} claims in one report and {record.claims} in "
                    "another; the shards did not check the same claim files"
                )
        kinds = {key: claim.kind for key, claim in self.claims.items()}
        keys = {key: claim.key for key, claim in self.claims.items()}
        for claim in model.claims:
            if (kind := kinds.setdefault((claim.file, claim.claim), claim.kind)) != claim.kind:
                raise ValueError(
                    f"claim {claim.file}::{claim.claim} is of kind {kind} in one report and {claim.kind} "
                    "in another; the shards did not check the same claim files"
                )
            if None not in (key := keys.setdefault((claim.file, claim.claim), claim.key), claim.key) and key != claim.key:
                raise ValueError(
                    f"claim {claim.file}::{claim.claim} says another thing in report {n} than before (its words, "
                    "terms or value changed between the shard runs); the shards did not check the same claim files"
                )
        pairs = [(result.file, result.claim, result.source) for result in model.results]
        again = next((pair for pair in pairs if pair in self._pairs), None)
        if again is None and len(set(pairs)) != len(pairs):
            again = _repeated(pairs)
        if again is not None:
            raise ValueError(
                f"{again[0]}::{again[1]}[{again[2]}] has a result in two reports (again in "
                f"report {n}); were the shards overlapping, or a report given twice?"
            )
        # it fits: taken in
        for source in model.sources:
            self.sources.setdefault(source.id, source)
        for record in model.files:
            seen = self.files.get(record.file)
            if seen is None:
                self.files[record.file] = record.model_copy()
            else:
                seen.in_scope += record.in_scope
                seen.out_of_scope += record.out_of_scope
        for claim in model.claims:
            entry = self.claims.get((claim.file, claim.claim))
            if entry is None:
                self.claims[(claim.file, claim.claim)] = claim.model_copy(deep=True)
            else:
                entry.counts = Counts(**{v: getattr(entry.counts, v) + getattr(claim.counts, v) for v in VERDICTS})
        self._pairs.update(pairs)
        for result in model.results:
            self.results.add(result)
        self._problems.append(model.problems)
        self._notes.append((model.notes, [f.file for f in model.files]))
        self._runs.append(model.run)

    def report(self) -> Report:
        """The whole run's report, as a run keeps it (:meth:`Report.write` writes it a result at a time)."""
        if not self._notes:
            raise ValueError("no reports to merge")
        if self._runs[0] is not None:
            count = self._runs[0].parsed.count
            missing = sorted(set(range(1, count + 1)) - {r.parsed.index for r in self._runs if r})
            if missing:
                raise ValueError(f"shard{'s' if len(missing) > 1 else ''} {', '.join(f'{i}/{count}' for i in missing)} "
                                 f"missing: merge the reports of all {count} shards")
        report = Report()
        report.granularity = "pair"  # every result the shards listed is listed
        report.sources = [self.sources[k] for k in sorted(self.sources)]
        report.files = {k: self.files[k] for k in sorted(self.files)}
        report.claims = {k: self.claims[k].model_copy(update={"key": None}) for k in sorted(self.claims)}  # a run's
        report.results = self.results
        report.problems = _union(self._problems)
        report.notes = combine_notes(self._notes)
        return report


def _repeated(pairs: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    seen: set[tuple[str, str, str]] = set()
    for pair in pairs:
        if pair in seen:
            return pair
        seen.add(pair)
    raise AssertionError("no pair repeated")


def _source_where(source: SourceRecord) -> str:
    return source.path if source.line is None else f"{source.path}:{source.line}"


def write_report(model: ReportModel | Report, path: Path) -> None:
    """As a run writes its report: ``json.dumps(report_json(model), indent=1)``, a result at a time."""
    if isinstance(model, ReportModel):
        merger = Merger()
        merger.add(model)
        model = merger.report()
    model.write(path)


def _read_report(path: str) -> ReportModel:
    """One report file, or ValueError with what is wrong (the caller names the file)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror or exc}") from None
    try:  # the usual case at once (a shard of a whole corpus holds 10^5 results: no dicts of them first)
        fast = ReportModel.model_validate_json(raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw)
    except ValueError:
        pass  # said below, as precisely as the slow way can
    else:
        if "version" in fast.model_fields_set:  # every key has a default: {} is valid, and no report
            return fast
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text; is it a factcheck JSON report?") from None
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not JSON ({exc}); is it a factcheck JSON report?") from None
    if not isinstance(data, dict):
        raise ValueError(f"a JSON report is an object, not {type(data).__name__}; is it a factcheck JSON report?")
    if data.get("version") != 1:
        raise ValueError(f"version {data.get('version')!r} is not a report version this factcheck reads (1)")
    try:
        return ReportModel.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ValueError(f"not a valid factcheck report: {where}: {first['msg'].removeprefix('Value error, ')}{more}") from None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def merge_main(paths: list[str], out: str, html: str | None = None) -> int:
    """``factcheck merge REPORT… -o OUT [--html PAGE]``: 0 when ``out`` (and ``html``) was written, 1 with a
    message on stderr."""
    if not paths:
        print("factcheck merge: no reports given; write factcheck merge REPORT... -o OUT", file=sys.stderr)
        return 1
    if html is not None and _same_file(out, html):
        print(f"{html}: is the merged JSON report too (-o); give the HTML page another path", file=sys.stderr)
        return 1
    for path in paths:
        for written in (out, html):
            if written is not None and _same_file(path, written):
                print(f"{written}: is one of the reports to merge; write the merged report elsewhere", file=sys.stderr)
                return 1
    merger = Merger()
    for path in paths:  # one report held at a time
        try:
            model = _read_report(path)
        except ValueError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 1
        try:
            merger.add(model)
        except ValueError as exc:
            print(f"factcheck merge: {exc}", file=sys.stderr)
            return 1
        del model
    try:
        merged = merger.report()
    except ValueError as exc:
        print(f"factcheck merge: {exc}", file=sys.stderr)
        return 1
    try:
        write_report(merged, Path(out))
    except OSError as exc:
        print(f"{out}: cannot write the merged report: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if html is not None:
        try:
            write_html(Path(html), merged.html_input())
        except OSError as exc:
            print(f"{html}: cannot write the HTML report: {exc.strerror or exc}", file=sys.stderr)
            return 1
    print(
        f"factcheck merge: {len(paths)} reports, {len(merged.sources)} sources, {len(merged.results)} results "
        f"over {len(merged.files)} claim files written to {out}" + (f", the HTML report to {html}" if html else "")
    )
    return 0
