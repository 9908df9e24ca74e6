"""Claim-level outcomes of a whole run, evaluated over forked workers once its pairs are found.

After the batch has read every article (:mod:`factcheck.batch`), each
claim-level item still had to turn its findings into records, a failure text
and a packed outcome: a thousand claims over 3,000 articles make 165,000
records, some 7 of a cold run's 35 s, on one core while the other idled.
Here that is done for many items at once over the worker processes; each
child inherits the findings at the fork and sends back only the packed
outcome (``ClaimOutcome.to_bytes``, the very bytes an earlier run's replay
reads), so the records stay packed all the way to the report.  An item
gets exactly what its own evaluation would give: the same sources judged,
the same findings, the same ``evaluate``.  Nothing here knows about pytest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial

from factcheck.batch import BatchFindings, counted_by_claim
from factcheck.claims.model import Claim
from factcheck.report.claim_outcome import ClaimLevel, ClaimOutcome, evaluate
from factcheck.verdicts import Finding
from factcheck.workers import Workers

__all__ = ["EVALUATE_FROM", "Evaluated", "evaluate_many"]

# Records from which a run evaluates its items over the workers: forking a process that holds the corpus,
# its index and every finding costs some tens of milliseconds; evaluating a record some 40 microseconds.
EVALUATE_FROM = 5_000

# Items a task evaluates: their outcomes come back together (a thousand claims: 40 tasks).
_ITEMS_A_TASK = 25


def _eligible(item: ClaimLevel, batch: BatchFindings) -> bool:
    """Items whose every judged pair the batch holds: its claim's pairs were found here, in bulk, and only
    counted when silent (a claim with ``expect`` or ``missing: fail`` judges every pair, read or not)."""
    return batch.failure is None and batch.asks(item.claim) and counted_by_claim(item.claim)


def evaluate_many(
    items: Sequence[ClaimLevel], batch: BatchFindings, *, processes: int,
) -> Iterator[tuple[int, bytes, bool]]:
    """``(n, packed outcome, whether it may be kept)`` for the eligible ``items[n]``, in order; nothing for
    the others, nor when too few records are to be made for a fork to pay (their items evaluate themselves).

    The batch lets go of each evaluated claim's findings.  Should the workers fail (one killed, out of
    memory), the exception reaches the caller after the outcomes already given: the items left evaluate
    themselves, from the findings still held.
    """
    chosen = [n for n, item in enumerate(items) if _eligible(item, batch)]
    records = sum(batch.count(items[n].claim) for n in chosen)
    if processes < 2 or records < EVALUATE_FROM or len(chosen) < 2:
        return
    tasks = [chosen[at:at + _ITEMS_A_TASK] for at in range(0, len(chosen), _ITEMS_A_TASK)]
    with Workers(_task(items, batch), processes=processes) as workers:
        for numbers, results in zip(tasks, workers.map(tasks)):
            for n, (packed, keep) in zip(numbers, results):
                batch.forget(items[n].claim)
                yield n, packed, keep


class Evaluated:
    """Outcomes made ahead (``evaluate_many``), each taken once by its item."""

    def __init__(self) -> None:
        self._made: dict[int, ClaimOutcome] = {}  # by the item's identity

    def make(self, items: Sequence[ClaimLevel], batch: BatchFindings, *, processes: int,
             keep: Callable[[ClaimLevel, bytes], None]) -> str | None:
        """``keep(item, packed)`` for each outcome that may be kept (the cache's replay); why it failed, if it did."""
        try:
            for n, packed, kept in evaluate_many(items, batch, processes=processes):
                self._made[id(items[n])] = ClaimOutcome.from_bytes(packed)
                if kept:
                    keep(items[n], packed)
        except Exception as exc:  # noqa: BLE001 - a worker lost: the items left evaluate themselves
            return f"evaluating the claims over worker processes failed ({type(exc).__name__}: {exc})"
        return None

    def take(self, item: ClaimLevel) -> ClaimOutcome | None:
        return self._made.pop(id(item), None)


def _task(items: Sequence[ClaimLevel], batch: BatchFindings) -> Callable[[list[int]], list[tuple[bytes, bool]]]:
    def task(numbers: list[int]) -> list[tuple[bytes, bool]]:
        out = []
        for n in numbers:
            item = items[n]
            claim = item.claim
            judged, unjudged = batch.judged(claim, item.sources)
            outcome, keep = evaluate(claim, item.file_display, item.sources, judged, unjudged,
                                     partial(_held, batch, claim))
            out.append((outcome.to_bytes(), keep))
        return out
    return task


def _held(batch: BatchFindings, claim: Claim, source_id: str) -> Finding:
    found = batch.pop(claim, source_id)
    if found is None:  # judged pairs are those the batch holds: never here
        raise LookupError(f"no finding for claim {claim.id!r} and source {source_id!r}")
    return found
