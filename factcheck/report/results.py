"""A run's results as the report lists them: a small row each in memory, the record itself as JSON, on disk past a limit.

Unscoped, a whole news corpus gives hundreds of thousands of supports and
contradictions, each with its evidence sentences: as pydantic objects they
held most of a run's memory (4 KB a result, 0.7 GB for 100 claims over the
ANT corpus).  Each record is serialized once, as the JSON report writes it
(``model_dump_json(indent=1)``), and kept in a :class:`~factcheck.spill.Spill`;
what the counts, the order and the summary need stays in memory as a row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.report.records import ResultRecord
from factcheck.spill import Place, Spill

__all__ = ["KEPT_IN_MEMORY", "Results", "Row", "serialized"]

# Bytes of serialized results kept in memory before they go to disk (some 20,000 results).
KEPT_IN_MEMORY = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Row:
    file: str
    claim: str
    source: str
    verdict: str
    outcome: str
    place: Place

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.file, self.claim, self.source)


def serialized(record: ResultRecord) -> bytes:
    """The record as the JSON report writes it: ``model_dump_json(indent=1)``, in UTF-8."""
    return record.__pydantic_serializer__.to_json(record, indent=1)


class Results:
    def __init__(self, kept_in_memory: int | None = None) -> None:
        self._spill = Spill(KEPT_IN_MEMORY if kept_in_memory is None else kept_in_memory)
        self._rows: list[Row] = []

    def add(self, record: ResultRecord) -> None:
        self.add_serialized(record.file, record.claim, record.source, record.verdict, record.outcome,
                            serialized(record))

    def add_serialized(self, file: str, claim: str, source: str, verdict: str, outcome: str, data: bytes) -> None:
        """A record already serialized as the report writes it (``serialized``), with its fields."""
        self._rows.append(Row(file, claim, source, verdict, outcome, self._spill.put_bytes(data)))

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Row]:
        """The rows as added (``rows`` sorts them)."""
        return iter(self._rows)

    def verdicts(self) -> Counter[str]:
        return Counter(row.verdict for row in self._rows)

    def rows(self, *, listed_only: bool = False) -> list[Row]:
        """In report order (file, claim, source); ``listed_only``: without not_mentioned (claim granularity)."""
        rows = sorted(self._rows, key=lambda r: r.order)
        return [r for r in rows if r.verdict != "not_mentioned"] if listed_only else rows

    def text(self, row: Row) -> str:
        """The record as the JSON report writes it (``model_dump_json(indent=1)``)."""
        return self._spill.get(row.place)

    def data(self, row: Row) -> bytes:
        """``text`` in UTF-8, as it is kept (a record replayed from the cache is never decoded)."""
        return self._spill.get_bytes(row.place)

    def record(self, row: Row) -> ResultRecord:
        return ResultRecord.model_validate_json(self.text(row))

    def records(self, rows: list[Row]) -> Iterator[ResultRecord]:
        return (self.record(row) for row in rows)
