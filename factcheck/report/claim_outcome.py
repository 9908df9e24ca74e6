"""What one claim-level item did, kept so that the next run over the same sources replays it.

A warm unscoped run over a whole corpus spent most of its time recalling the
findings of some 370,000 pairs, turning 150,000 of them into records and
serializing those again: the very records, byte for byte, of the run before.
An item's outcome (its records as the report writes them, how many pairs it
only counted, its warnings and how it ends) is one blob in the cache, keyed by
everything it depends on (``outcome_key``); replaying it costs a decompression.
A claim edited, a source added or changed, any change to the code: another key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from factcheck.claims.model import Claim, Missing
from factcheck.corpus.source import Source
from factcheck.outcomes import Decision, Outcome, decide, is_silent
from factcheck.packing import pack, unpack
from factcheck.report.model import VERDICTS
from factcheck.report.record_bytes import record_bytes
from factcheck.report.results import PackedRecords
from factcheck.report.text import claim_failure_text, failure_text
from factcheck.verdicts import Finding, Verdict

__all__ = ["ClaimLevel", "ClaimOutcome", "Ending", "evaluate", "outcome_key", "sources_digest"]

Ending = Literal["passed", "failed", "skipped", "xfailed"]
_ENDINGS: tuple[Ending, ...] = ("passed", "failed", "skipped", "xfailed")
_VERDICTS, _ENDING_SET = frozenset(VERDICTS), frozenset(_ENDINGS)
_FORMAT = 3  # 2: rows by column; 3: the records packed apart, replayed packed (``PackedRecords``)
_HEAD_SIZE = 4  # bytes of the packed head's length, before it


class ClaimLevel(Protocol):
    """A claim-level item, as its outcome is made and kept: its claim, its file as shown, its sources in scope."""

    @property
    def claim(self) -> Claim: ...
    @property
    def file_display(self) -> str: ...
    @property
    def sources(self) -> list[Source]: ...


@dataclass(slots=True)
class ClaimOutcome:
    """``rows`` (source, verdict, outcome) and ``records`` (the record as the JSON report writes it, in UTF-8:
    ``results.serialized``) go together.

    ``warnings`` and ``message`` are as computed, before ``--factcheck-translit`` shows them.
    """

    rows: list[tuple[str, str, str]] = field(default_factory=list)
    records: list[bytes] | PackedRecords = field(default_factory=list)  # packed: as replayed
    silent: int = 0
    warnings: list[str] = field(default_factory=list)
    ending: Ending = "passed"
    message: str = ""

    def add(self, source: str, verdict: str, outcome: str, record: bytes) -> None:
        assert isinstance(self.records, list), "a replayed outcome is complete"
        self.rows.append((source, verdict, outcome))
        self.records.append(record)

    def to_bytes(self) -> bytes:
        """The head (rows by column: a thousand claims replay 165,000 rows, read back without a Python loop),
        then the records packed apart: a replay unpacks only the head."""
        sources, verdicts, outcomes = (list(column) for column in zip(*self.rows)) if self.rows else ([], [], [])
        records = self.records if isinstance(self.records, PackedRecords) else PackedRecords.of(self.records)
        packed, ends = records.data, list(records.ends)
        head = pack(json.dumps({
            "format": _FORMAT, "sources": sources, "verdicts": verdicts, "outcomes": outcomes, "ends": ends,
            "packed": _digest(packed),
            "silent": self.silent, "warnings": self.warnings, "ending": self.ending, "message": self.message,
        }, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"))
        return len(head).to_bytes(_HEAD_SIZE, "big") + head + packed

    @classmethod
    def from_bytes(cls, data: bytes) -> ClaimOutcome:
        """Raises ValueError when ``data`` is not an outcome this code wrote (damaged, or another format)."""
        try:
            size = int.from_bytes(data[:_HEAD_SIZE], "big")
            head, packed = data[_HEAD_SIZE:_HEAD_SIZE + size], data[_HEAD_SIZE + size:]
            raw = json.loads(unpack(head))
            sources, verdicts, outcomes, ending = raw["sources"], raw["verdicts"], raw["outcomes"], raw["ending"]
            ends = tuple(raw["ends"])
            if raw["format"] != _FORMAT or ending not in _ENDINGS \
                    or not len(sources) == len(verdicts) == len(outcomes) == len(ends) \
                    or not set(map(type, sources)) <= {str} or not set(verdicts) <= _VERDICTS \
                    or not set(outcomes) <= _ENDING_SET or not set(map(type, ends)) <= {int} \
                    or raw["packed"] != _digest(packed):
                raise ValueError("not an outcome of this format")
            rows = list(zip(sources, verdicts, outcomes))
            return cls(
                rows=rows, records=PackedRecords.checked(packed, ends), silent=int(raw["silent"]),
                warnings=[str(w) for w in raw["warnings"]], ending=ending, message=str(raw["message"]),
            )
        except (KeyError, TypeError, UnicodeDecodeError) as exc:
            raise ValueError(f"damaged outcome: {exc}") from None


def _digest(packed: bytes) -> str:
    """The packed records' fingerprint: a replay unpacks them only when the report is written, too late to
    take a damaged entry for a miss (hashing 48 MB of them takes some 50 ms)."""
    return hashlib.blake2b(packed, digest_size=16).hexdigest()


def evaluate(
    claim: Claim, file: str, sources: list[Source], judged: list[Source], unjudged: int,
    finding: Callable[[str], Finding],
) -> tuple[ClaimOutcome, bool]:
    """A claim over its sources in scope (contract §5): ``judged`` one by one, ``unjudged`` more only counted
    (the index found them silent; unless a silent pair may be listed: with ``expect``).
    Also whether the outcome may be kept: not when a checker crashed (an ``error`` verdict is reported,
    never kept)."""
    if claim.expect:
        judged, unjudged = sources, 0  # a silent pair may be listed: judge every pair, in order
    outcome = ClaimOutcome()
    judgements: list[tuple[Source, Finding, Decision]] = []
    keep = True
    for source in judged:
        found = finding(source.id)
        decision = decide(found, claim, source.id)
        judgements.append((source, found, decision))
        keep = keep and found.verdict is not Verdict.ERROR
        if is_silent(found, decision):
            outcome.silent += 1
            continue
        outcome.add(source.id, found.verdict.value, decision.outcome.value,
                    record_bytes(file, claim, source, found, decision))
        if decision.warning:
            outcome.warnings.append(failure_text(claim, source, found, decision))
    outcome.silent += unjudged
    # A silent pair decides nothing alone: `missing` speaks for the claim only when no source mentions it.
    said = [j for j in judgements if not is_silent(j[1], j[2])]
    failed = [j for j in said if j[2].outcome is Outcome.FAILED]
    xfailed = [j for j in said if j[2].outcome is Outcome.XFAILED]
    if failed:
        outcome.ending, outcome.message = "failed", claim_failure_text(claim, failed, len(sources))
    elif xfailed:
        outcome.ending = "xfailed"
        outcome.message = f"{len(xfailed)} known inconsistencies: " + ", ".join(s.id for s, _, _ in xfailed)
    elif sources and claim.missing is Missing.FAIL and not said:
        outcome.ending = "failed"
        outcome.message = f"not mentioned by any of {len(sources)} sources in scope (missing: fail)"
    elif claim.missing is not Missing.PASS and not any(d.outcome is Outcome.PASSED for _, _, d in said):
        outcome.ending, outcome.message = "skipped", f"not mentioned by any of {len(sources)} sources in scope"
    return outcome, keep


def sources_digest(sources: Iterable[tuple[str, str, int | None, str]]) -> str:
    """An item's sources as its outcome depends on them: (id, path, record line, ``cache.source_key``), in order.

    The path and line are in its failure text; the key is the text and publication date the checkers read.
    """
    digest = hashlib.blake2b(digest_size=20)
    for source_id, path, line, key in sources:
        digest.update(f"\0{source_id}\0{path}\0{line}\0{key}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def outcome_key(code: str, claim: Claim, file: str, sources: str) -> str:
    """Every field of the claim (``expect``, ``missing``, ``tags`` decide outcomes and records), the file as
    shown, the ``sources_digest`` and the code version (``cache_keys.findings_version``)."""
    text = f"{code}|{file}|{sources}|{claim.model_dump_json()}"
    return "outcome:" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
