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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import Final

from factcheck.packing import pack, unpack, unpacked_size
from factcheck.report.records import ResultRecord
from factcheck.spill import Place, Spill

__all__ = ["CLAIM", "FILE", "KEPT_IN_MEMORY", "OUTCOME", "SOURCE", "VERDICT", "PackedRecords", "Results", "Row",
           "serialized"]

# Bytes of serialized results kept in memory before they go to disk (some 20,000 results).
KEPT_IN_MEMORY = 32 * 1024 * 1024


# Where a record of a claim kept as one block is (``Results.add_claim``): the block's number, and the
# record's bytes in it.  Kept apart from a spilled string's (offset, size) by its length.
InBlock = tuple[int, int, int]

# A row: (file, claim, source, verdict, outcome, where its record is), read by the indexes below.  An exact
# tuple of strings and numbers, not a named tuple: the garbage collector stops tracking such a tuple (never a
# named tuple), and a warm run of a thousand claims holds 165,000 rows, which every full collection visited
# (its collections took 1.06 s of 5.9 s, 0.55 s with exact tuples).
Row = tuple[str, str, str, str, str, "Place | InBlock"]
FILE: Final = 0
CLAIM: Final = 1
SOURCE: Final = 2
VERDICT: Final = 3
OUTCOME: Final = 4
_PLACE: Final = 5
_ORDER = itemgetter(FILE, CLAIM, SOURCE)  # the report's order


@dataclass(frozen=True, slots=True)
class PackedRecords:
    """A claim's records joined and packed (``packing.pack``), with where each one ends: as a replayed outcome
    keeps them.  Held packed until the report is written, they are unpacked once and never split, joined or
    spilled as 290 MB of text (a warm run of a thousand claims over 3,000 articles)."""

    data: bytes
    ends: tuple[int, ...]

    @classmethod
    def of(cls, records: Sequence[bytes]) -> PackedRecords:
        return cls(pack(b"".join(records)), tuple(accumulate(map(len, records))))

    @classmethod
    def checked(cls, data: bytes, ends: tuple[int, ...]) -> PackedRecords:
        """Raises ValueError unless the ends rise and the last is the size ``data`` unpacks to (read from its
        header: nothing is unpacked)."""
        if any(b < a for a, b in zip((0, *ends), ends)) or unpacked_size(data) != (ends[-1] if ends else 0):
            raise ValueError("the records' ends do not fit what they are packed in")
        return cls(data, ends)

    def unpacked(self) -> list[bytes]:
        joined = unpack(self.data)
        return [joined[start:end] for start, end in zip((0, *self.ends), self.ends)]


def serialized(record: ResultRecord) -> bytes:
    """The record as the JSON report writes it: ``model_dump_json(indent=1)``, in UTF-8."""
    return record.__pydantic_serializer__.to_json(record, indent=1)


class Results:
    def __init__(self, kept_in_memory: int | None = None) -> None:
        self._spill = Spill(KEPT_IN_MEMORY if kept_in_memory is None else kept_in_memory)
        self._rows: list[Row] = []
        self._blocks: list[tuple[Place, bool]] = []  # see add_claim; and whether the block is packed
        self._read: tuple[int, bytes] | None = None  # the block read last, by number

    def add(self, record: ResultRecord) -> None:
        self.add_serialized(record.file, record.claim, record.source, record.verdict, record.outcome,
                            serialized(record))

    def add_serialized(self, file: str, claim: str, source: str, verdict: str, outcome: str, data: bytes) -> None:
        """A record already serialized as the report writes it (``serialized``), with its fields."""
        self._rows.append((file, claim, source, verdict, outcome, self._spill.put_bytes(data)))

    def add_claim(self, file: str, claim: str, rows: Sequence[tuple[str, str, str]],
                  records: Sequence[bytes] | PackedRecords) -> None:
        """A claim's records already serialized (or packed, as replayed), with each one's (source, verdict, outcome).

        Kept as one block: one write to the spill and, as the report lists a claim's records together,
        one read back (a warm run of a thousand claims replays 165,000 records, 290 MB).
        """
        if not rows:
            return
        block = len(self._blocks)
        if isinstance(records, PackedRecords):
            self._blocks.append((self._spill.put_bytes(records.data), True))
            ends: Sequence[int] = records.ends
        else:
            self._blocks.append((self._spill.put_bytes(b"".join(records)), False))
            ends = list(accumulate(map(len, records)))
        self._rows.extend([(file, claim, source, verdict, outcome, (block, start, end))
                           for (source, verdict, outcome), start, end in zip(rows, [0, *ends], ends)])

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Row]:
        """The rows as added (``rows`` sorts them)."""
        return iter(self._rows)

    def verdicts(self) -> Counter[str]:
        return Counter(map(itemgetter(VERDICT), self._rows))

    def rows(self, *, listed_only: bool = False) -> list[Row]:
        """In report order (file, claim, source); ``listed_only``: without not_mentioned (claim granularity)."""
        rows = sorted(self._rows, key=_ORDER)
        return [r for r in rows if r[VERDICT] != "not_mentioned"] if listed_only else rows

    def text(self, row: Row) -> str:
        """The record as the JSON report writes it (``model_dump_json(indent=1)``)."""
        return self.data(row).decode("utf-8", "surrogatepass")

    def data(self, row: Row) -> bytes:
        """``text`` in UTF-8, as it is kept (a record replayed from the cache is never decoded)."""
        place = row[_PLACE]
        if not (isinstance(place, tuple) and len(place) == 3):
            return self._spill.get_bytes(place)
        block, start, end = place
        if self._read is None or self._read[0] != block:
            kept, packed = self._blocks[block]
            data = self._spill.get_bytes(kept)
            self._read = (block, unpack(data) if packed else data)
        return self._read[1][start:end]

    def record(self, row: Row) -> ResultRecord:
        return ResultRecord.model_validate_json(self.text(row))

    def records(self, rows: list[Row]) -> Iterator[ResultRecord]:
        return (self.record(row) for row in rows)
