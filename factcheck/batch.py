"""The findings of a whole run, computed before the items that report them.

pytest runs items claim by claim; reading the corpus that way would read an
article once per claim.  Here every pair the items ask for is computed source
by source instead (each article read once, then dropped; over the worker
processes when there are many), and the items look their findings up.  At
claim granularity, a pair read and found silent is only counted: a whole
corpus has about a million of them.  Nothing here knows about pytest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.claims.model import Claim, Missing
from factcheck.corpus.source import Source
from factcheck.engine import Engine
from factcheck.verdicts import Finding, Verdict

__all__ = ["Asked", "BatchFindings", "counted_by_claim"]


@dataclass(slots=True)
class Asked:
    """What the items ask of one claim: its sources, and whether its silent pairs are only counted."""

    claim: Claim
    source_ids: list[str]
    counted: bool


def counted_by_claim(claim: Claim) -> bool:
    """One item per claim lists its pairs only when one may be more than silent (expect, missing: fail)."""
    return not claim.expect and claim.missing is not Missing.FAIL


class BatchFindings:
    def __init__(self, engine: Engine, corpus: list[Source]) -> None:
        self.engine = engine
        self._order = {s.id: n for n, s in enumerate(corpus)}
        self._found: dict[int, dict[str, Finding]] = {}  # by id(claim), then source id
        self._work: list[tuple[str, list[Claim]]] = []
        self._counted: set[int] = set()
        self._asked: set[int] = set()
        self.failure: str | None = None  # why ``compute`` failed, if it did

    def prepare(self, asked: list[Asked]) -> int:
        """Which pairs the index cannot answer, by source; returns how many sources will be read."""
        engine = self.engine
        self._asked = {id(one.claim) for one in asked}
        for one in asked:
            if len(one.source_ids) < engine.index_from:
                engine.few(one.claim)
        engine.prepare_split([(one.claim, one.source_ids) for one in asked])
        wanted: dict[str, list[Claim]] = {}
        for one in asked:
            for source_id in engine.split(one.claim, one.source_ids)[0]:
                wanted.setdefault(source_id, []).append(one.claim)
        self._work = [(sid, wanted[sid]) for sid in sorted(wanted, key=lambda i: self._order.get(i, -1))]
        self._counted = {id(one.claim) for one in asked if one.counted}
        return len(self._work)

    def compute(self, *, step: Callable[[int], None] | None = None) -> None:
        """The prepared pairs' findings; ``step(n)``: n more sources done.

        Should the reading in bulk fail (a reader lost, a bug), nothing of it is kept and ``failure`` says
        why: the items then check their pairs one by one, where a failure is that pair's ``error`` verdict.
        Half a batch kept would count every pair it never reached as silent (``judged``).
        """
        try:
            for claim, source_id, finding in self.engine.check_many(self._work, step=step):
                if finding.verdict is not Verdict.NOT_MENTIONED or id(claim) not in self._counted:
                    self._found.setdefault(id(claim), {})[source_id] = finding
        except Exception as exc:  # noqa: BLE001 - reported as a note; every pair is checked again by its item
            self.failure = f"{type(exc).__name__}: {exc}"
            self._found, self._asked, self._counted = {}, set(), set()
        self._work = []

    def asks(self, claim: Claim) -> bool:
        """Whether this claim's pairs were computed here (not when an earlier run's outcome stood for them)."""
        return id(claim) in self._asked

    def pop(self, claim: Claim, source_id: str) -> Finding | None:
        found = self._found.get(id(claim))
        return None if found is None else found.pop(source_id, None)

    def count(self, claim: Claim) -> int:
        """How many of its pairs have a finding held (a claim whose silent pairs are counted: the records to make)."""
        return len(self._found.get(id(claim), ()))

    def forget(self, claim: Claim) -> None:
        """Its findings are no longer needed (its outcome was made elsewhere)."""
        self._found.pop(id(claim), None)

    def judged(self, claim: Claim, sources: list[Source]) -> tuple[list[Source], int]:
        """The sources with a finding to report one by one, and how many others are silent."""
        found = self._found.get(id(claim), {})
        judged = [s for s in sources if s.id in found]
        return judged, len(sources) - len(judged)
