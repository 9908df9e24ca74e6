"""The JSON report (contract §5) as pydantic models: computed here, printed by no one.

Results travel from each test item to the session (and from xdist workers to
the controller) as JSON strings in pytest's ``user_properties``, so
``--junitxml`` shows them as JSON, not as Python reprs.  The models give the
report its JSON Schema (``factcheck schema --report``).
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from factcheck.claims.model import Claim
from factcheck.corpus.source import Source
from factcheck.outcomes import Decision
from factcheck.report.atomic import write_atomic
from factcheck.report.records import (
    ClaimRecord,
    Counts,
    EvidenceRecord,
    FileRecord,
    ReportModel,
    ResultRecord,
    ShardRecord,
    SourceRecord,
    corpus_digest,
    merge_key,
    report_json,
)
from factcheck.report.results import CLAIM, FILE, OUTCOME, SOURCE, VERDICT, PackedRecords, Results, Row
from factcheck.verdicts import Evidence, Finding, Verdict

__all__ = [
    "CLAIM_PROPERTY",
    "PROPERTY",
    "SILENT_PROPERTY",
    "VERDICTS",
    "ClaimRecord",
    "Counts",
    "EvidenceRecord",
    "FileRecord",
    "Report",
    "ReportModel",
    "ResultRecord",
    "SourceRecord",
    "claim_property",
    "report_schema",
    "report_schema_text",
    "pair_property",
    "result_record",
    "silent_property",
]

VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)

# The names results travel under in a test report's ``user_properties``: a pair's record (its JSON), a
# claim's records from an xdist worker (:func:`claim_property`), a claim's pairs counted but not listed.
PROPERTY = "factcheck"
CLAIM_PROPERTY = "factcheck_claim"
SILENT_PROPERTY = "factcheck_not_mentioned"


def _evidence(ev: Evidence) -> EvidenceRecord:
    return EvidenceRecord(
        text=ev.text, start=ev.start, end=ev.end, line=ev.line, col=ev.col, role=ev.role.value,
        score=ev.score, sentence=ev.sentence, reason=ev.reason,
    )


def result_record(file: str, claim: Claim, source: Source, finding: Finding, decision: Decision) -> ResultRecord:
    return ResultRecord(
        file=file, claim=claim.id, kind=claim.kind, source=source.id,
        verdict=finding.verdict.value, outcome=decision.outcome.value, expected=decision.expected,
        warning=decision.warning, score=finding.score, reason=finding.reason, tags=list(claim.tags),
        evidence=[_evidence(e) for e in finding.evidence],
    )


def claim_property(
    file: str, claim: Claim, rows: Sequence[tuple[str, str, str]], records: Sequence[bytes] | PackedRecords,
) -> tuple[str, str]:
    """A claim's records (as the report writes them) and their rows as one string, for the trip from an
    xdist worker to the controller: one string per record cost the worker a serialization each and the
    controller a validation each.  A line of JSON (the rows, where each record ends), then the records
    packed (``packing.pack``) in base64: a replayed claim's go as the cache kept them, never unpacked in the
    worker.  As text, a warm unscoped run over ANT sent 237 MB of records through execnet, decoded in the
    worker and split and encoded again in the controller (6.7 s against 2.5 s serial)."""
    if not isinstance(records, PackedRecords):
        records = PackedRecords.of(records)
    head = {"file": file, "claim": claim.id, "kind": claim.kind, "rows": rows, "ends": list(records.ends)}
    return CLAIM_PROPERTY, json.dumps(head, ensure_ascii=False) + "\n" + base64.b64encode(records.data).decode("ascii")


def pair_property(record: ResultRecord) -> tuple[str, str]:
    """A pair's record, as JSON: ``--junitxml`` shows it so, not as a Python repr."""
    return PROPERTY, record.model_dump_json()


def silent_property(file: str, claim: Claim, silent: int) -> tuple[str, str]:
    """How many of a claim's pairs were counted, not listed (claim granularity)."""
    return SILENT_PROPERTY, json.dumps({"file": file, "claim": claim.id, "kind": claim.kind, "not_mentioned": silent})


def source_record(source: Source) -> SourceRecord:
    """Built without validation (typed fields, one record a source of a corpus of any size)."""
    return SourceRecord.model_construct(
        id=source.id, path=source.path, chars=source.chars, line=source.record_line,
        published=source.published.isoformat() if source.published else None,
    )


class Report:
    """Accumulates a run's records; ``model()`` is the report, ``write`` its file."""

    def __init__(self) -> None:
        self.sources: list[SourceRecord] = []
        self.problems: list[str] = []  # of the corpus
        self.unchecked: list[str] = []  # claim files that could not be checked
        self.notes: list[str] = []
        self.files: dict[str, FileRecord] = {}
        self.claims: dict[tuple[str, str], ClaimRecord] = {}
        self.results = Results()  # each record serialized once, on disk past a limit
        self.granularity: Literal["pair", "claim"] = "pair"
        self.silent = 0  # pairs counted without a result (claim granularity)
        self.run: ShardRecord | None = None  # a shard run's: which shard of which run
        self.says: dict[tuple[str, str], str] = {}  # each claim's words (the claims' ``says`` in the JSON, for its HTML)
        self.deselected: set[tuple[str, str]] = set()  # claims with items a selection left out (``deselect``)

    def set_sources(self, sources: Iterable[Source], problems: Iterable[object]) -> None:
        self.sources = [source_record(s) for s in sources]
        self.problems = [str(p) for p in problems]

    def add_problem(self, problem: str) -> None:
        """A claim file that could not be checked (a collection error): the report must not read as complete.
        (The terminal shows it as the collection error it is; ``problems`` holds the corpus's alone.)"""
        if problem not in self.unchecked:
            self.unchecked.append(problem)

    def add_file(self, record: FileRecord, claims: Iterable[Claim], *, settings: str = "") -> None:
        """``settings``: what of the claim file decides its claims' outcomes besides them (its sources, scope and
        defaults), in each claim's ``key`` of a shard run: merge refuses shards of claims that changed."""
        self.files[record.file] = record
        for claim in claims:
            key = merge_key(claim, settings) if self.run is not None else None
            self.claims[(record.file, claim.id)] = ClaimRecord(file=record.file, claim=claim.id, kind=claim.kind, key=key)
            self.says[(record.file, claim.id)] = claim.says

    def whole_corpus(self, ids: Iterable[str]) -> None:
        """A shard run's whole corpus, before the shard took its part: ``factcheck merge`` refuses other corpora."""
        if self.run is not None:
            ids = list(ids)
            self.run = self.run.model_copy(update={"corpus_sources": len(ids), "corpus_digest": corpus_digest(ids)})

    def add(self, result: ResultRecord) -> None:
        self.results.add(result)
        self._counts(result.file, result.claim, result.kind, Counter([result.verdict]))

    def add_serialized(
        self, file: str, claim: Claim, rows: Sequence[tuple[str, str, str]], records: Sequence[bytes] | PackedRecords
    ) -> None:
        """A claim's records already serialized (``results.serialized``), just computed or replayed from the
        cache (``ClaimLevelItem.play``): ``rows`` give each one's source, verdict and outcome."""
        self.results.add_claim(file, claim.id, rows, records)
        self._counts(file, claim.id, claim.kind, Counter(verdict for _, verdict, _ in rows))

    def _counts(self, file: str, claim: str, kind: str, verdicts: Counter[str]) -> None:
        counts = self.claims.setdefault((file, claim), ClaimRecord(file=file, claim=claim, kind=kind)).counts
        for verdict, n in verdicts.items():  # a pydantic attribute is slow to set: once a verdict
            setattr(counts, verdict, getattr(counts, verdict) + n)

    def add_properties(self, properties: Iterable[tuple[str, object]]) -> None:
        """What a test report's ``user_properties`` carry (see ``PROPERTY``)."""
        for name, value in properties:
            if name == PROPERTY and isinstance(value, str):
                self.add_json(value)
            elif name == CLAIM_PROPERTY and isinstance(value, str):
                self.add_claim_text(value)
            elif name == SILENT_PROPERTY and isinstance(value, str):
                self.add_silent_json(value)

    def add_silent_json(self, text: str) -> None:
        """Not-mentioned pairs of a claim, counted but not listed (claim granularity)."""
        data = json.loads(text)
        key = (data["file"], data["claim"])
        entry = self.claims.setdefault(key, ClaimRecord(file=data["file"], claim=data["claim"], kind=data["kind"]))
        entry.counts.not_mentioned += int(data["not_mentioned"])
        self.silent += int(data["not_mentioned"])

    def add_json(self, text: str) -> None:
        """A result as it travelled through ``user_properties``."""
        self.add(ResultRecord.model_validate_json(text))

    def add_claim_text(self, text: str) -> None:
        """A claim's records as they travelled from an xdist worker (:func:`claim_property`), kept packed."""
        head, _, body = text.partition("\n")
        data = json.loads(head)
        rows = [(str(source), str(verdict), str(outcome)) for source, verdict, outcome in data["rows"]]
        ends = tuple(int(end) for end in data["ends"])
        try:  # base64's binascii.Error is a ValueError
            packed = PackedRecords.checked(base64.b64decode(body, validate=True), ends)
        except ValueError:
            packed = None
        if packed is None or len(rows) != len(ends):
            raise ValueError(f"the records of {data['claim']} do not match their rows")
        self.results.add_claim(data["file"], data["claim"], rows, packed)
        self._counts(data["file"], data["claim"], data["kind"], Counter(verdict for _, verdict, _ in rows))

    def shared_json(self) -> str:
        """What an xdist worker knows beyond its results (which travel with each test report)."""
        return json.dumps({
            "sources": [s.model_dump(mode="json") for s in self.sources],
            "files": [f.model_dump(mode="json") for f in self.files.values()],
            "claims": [{"file": c.file, "claim": c.claim, "kind": c.kind, "key": c.key} for c in self.claims.values()],
            "run": None if self.run is None else self.run.model_dump(mode="json"),
            "says": [[file, claim, says] for (file, claim), says in self.says.items()],
            "deselected": sorted(self.deselected),
            "problems": self.problems,
            "unchecked": self.unchecked,
            "notes": self.notes,
        }, ensure_ascii=False)

    def absorb(self, text: str) -> None:
        """Take in a worker's :meth:`shared_json`; every worker collected the same files."""
        data = json.loads(text)
        known = {s.id for s in self.sources}
        for raw in data["sources"]:
            if raw["id"] not in known:
                self.sources.append(SourceRecord.model_validate(raw))
                known.add(raw["id"])
        for raw in data["files"]:
            self.files.setdefault(raw["file"], FileRecord.model_validate(raw))
        for raw in data["claims"]:
            known_claim = self.claims.setdefault((raw["file"], raw["claim"]), ClaimRecord.model_validate(raw))
            known_claim.key = known_claim.key or raw.get("key")  # counted from results that came before: no key
        for file, claim, says in data.get("says", []):
            self.says.setdefault((file, claim), says)
        self.deselected.update((file, claim) for file, claim in data.get("deselected", []))
        if self.run is not None and data.get("run") and self.run.corpus_digest is None:  # read by the workers
            self.run = ShardRecord.model_validate(data["run"]).model_copy(update={"selection": self.run.selection})
        for key in ("problems", "unchecked", "notes"):
            mine: list[str] = getattr(self, key)
            mine.extend(x for x in data[key] if x not in mine)

    def out_of_scope(self) -> int:
        return sum(f.out_of_scope for f in self.files.values())

    def counts(self) -> dict[str, int]:
        counts = self.results.verdicts()
        if self.silent:
            counts["not_mentioned"] += self.silent
        return dict(counts)

    def deselect(self, claims: Iterable[tuple[str, str]]) -> None:
        """Claims (file, id) some of whose items a selection (-k, -m, --lf) left out: one none of whose pairs ran is
        not listed, where it read as checked and silent (a row of zeros)."""
        self.deselected.update(claims)

    def _listed(self, claim: ClaimRecord) -> bool:
        counts = claim.counts
        ran = counts.supported or counts.contradicted or counts.not_mentioned or counts.error
        return bool(ran) or (claim.file, claim.claim) not in self.deselected

    def _with_says(self, claim: ClaimRecord) -> ClaimRecord:
        """The record with its claim's words: an xdist worker's records come without them, a merged report's
        with them (from each shard's JSON)."""
        says = claim.says or self.says.get((claim.file, claim.claim))
        return claim if says == claim.says else claim.model_copy(update={"says": says})

    def model(self, *, results: bool = True) -> ReportModel:
        """The whole report; without ``results``, all of it but its results (which may be many)."""
        listed = self.results.rows(listed_only=self.granularity == "claim") if results else []
        return ReportModel(
            sources=self.sources,
            files=sorted(self.files.values(), key=lambda f: f.file),
            claims=sorted((self._with_says(c) for c in self.claims.values() if self._listed(c)),
                          key=lambda c: (c.file, c.claim)),
            results=list(self.results.records(listed)),
            problems=self.problems + self.unchecked,
            notes=self.notes,
            run=self.run,
        )

    def summary_model(self, max_pairs: int) -> tuple[ReportModel, dict[str, int]]:
        """What the terminal summary shows: each file's first ``max_pairs`` contradicted pairs, and how many it has.

        (Not every result: an unscoped run over a whole corpus has tens of thousands of contradictions.)
        """
        model = self.model(results=False)
        by_file: dict[str, list[Row]] = {}
        for row in self.results:  # each file's are sorted below: no sort of every row first
            if row[VERDICT] == "contradicted":
                by_file.setdefault(row[FILE], []).append(row)
        shown: list[Row] = []
        for rows in by_file.values():
            shown.extend(sorted(rows, key=lambda r: (r[OUTCOME] == "xfailed", r[CLAIM], r[SOURCE]))[:max_pairs])
        model.results = list(self.results.records(shown))
        return model, {file: len(rows) for file, rows in by_file.items()}

    def to_json(self) -> dict[str, Any]:
        return report_json(self.model())

    def html_input(self) -> dict[str, Any]:
        """``to_json()`` for the HTML report, its results decoded one at a time from where they wait (each
        time they are iterated): built all at once, a warm run's 165,000 results took 2.25 GB."""
        data = report_json(self.model(results=False))  # its claims have their words (``says``)
        data["results"] = _Decoded(self.results, self.results.rows(listed_only=self.granularity == "claim"))
        return data

    def write(self, path: Path) -> None:
        write_atomic(path, self.json_pieces())

    def json_pieces(self) -> Iterator[bytes]:
        """The report as ``json.dumps(self.to_json(), indent=1)`` writes it, a result at a time.

        A whole-corpus run has ~10^5 results: built as one dict and one string, they took
        gigabytes; here only the rest of the report is, and each result in turn.
        """
        # all but the results, by pydantic's serializer (json.dumps with indent is pure Python: a second for
        # 31,500 sources); only sources have fields that may be None, left out as report_json leaves them
        text = self.model(results=False).model_dump_json(indent=1, exclude_none=True)
        rows = self.results.rows(listed_only=self.granularity == "claim")
        if not rows:
            yield (text + "\n").encode("utf-8")
            return
        # a raw '"results": []' is only the key (in a string, its quotes would be escaped)
        head, tail = text.split(_EMPTY_RESULTS, 1)
        yield (head + '"results": [\n  ').encode("utf-8")
        data = self.results.data
        for start in range(0, len(rows), _WRITTEN_TOGETHER):
            # pydantic's serializer writes what json.dumps(indent=1, ensure_ascii=False) writes, faster
            # (floats under 1e-4 would be written 0.00001 for 1e-05; scores are 0 or at least 0.1)
            # two levels deep (the report object, its results list): two more spaces a line, the
            # separators' too (",\n" becomes ",\n  ")
            chunk = b",\n".join([data(row) for row in rows[start:start + _WRITTEN_TOGETHER]]).replace(b"\n", b"\n  ")
            yield chunk if start == 0 else b",\n  " + chunk
        yield ("\n ]" + tail + "\n").encode("utf-8")


class _Decoded:
    """Records of ``rows``, decoded afresh each time they are iterated."""

    def __init__(self, results: Results, rows: list[Row]) -> None:
        self._results, self._rows = results, rows

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (json.loads(self._results.data(row)) for row in self._rows)


_EMPTY_RESULTS = '"results": []'  # where the results go in the report's text
_WRITTEN_TOGETHER = 256  # results joined into one piece of the report (one call each, not a few a result)


def report_schema() -> dict[str, Any]:
    schema = ReportModel.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://factcheck.invalid/schema/report-v1.json"
    schema["title"] = "factcheck JSON report, version 1"
    return schema


def report_schema_text() -> str:
    return json.dumps(report_schema(), ensure_ascii=False, indent=2) + "\n"
