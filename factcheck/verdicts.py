"""What a check concludes about one (claim, source) pair, with its evidence.

Kind checkers produce a ``Finding``; nothing here knows about pytest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

__all__ = ["Evidence", "Finding", "Role", "Verdict", "finding_from_json", "finding_to_json"]


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_MENTIONED = "not_mentioned"
    ERROR = "error"


class Role(str, Enum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the original source text that supports or contradicts.

    ``start``/``end`` index the source text as read, so
    ``source.text[start:end] == text``.  ``sentence`` is the whole sentence
    as written, for the failure report.
    """

    role: Role
    start: int
    end: int
    line: int
    col: int
    text: str
    sentence: str
    score: float
    reason: str

    def __reduce__(self) -> tuple[type[Evidence], tuple[Any, ...]]:
        # Findings travel from the reading processes to the run's as pickles.  A frozen dataclass with slots
        # pickles through Python-level __getstate__ and __setstate__ (a tuple of fields, then a setattr
        # each): 1,000 claims over 3,000 articles made 340,000 findings and 410,000 evidence, 4 s to pickle
        # and 7 s to unpickle in the run's own process.  Pickled as their constructors' arguments: 1.2 and 3.9 s.
        return Evidence, (self.role, self.start, self.end, self.line, self.col, self.text, self.sentence,
                          self.score, self.reason)


@dataclass(frozen=True, slots=True)
class Finding:
    verdict: Verdict
    evidence: tuple[Evidence, ...] = field(default=())
    score: float | None = None
    reason: str = ""

    @classmethod
    def from_evidence(cls, evidence: list[Evidence], *, not_mentioned_reason: str) -> Finding:
        """Any contradicting evidence wins: an article that disagrees with itself is inconsistent."""
        against = [e for e in evidence if e.role is Role.CONTRADICTS]
        support = [e for e in evidence if e.role is Role.SUPPORTS]
        if against:
            best = max(against, key=lambda e: e.score)
            return cls(Verdict.CONTRADICTED, tuple(against + support), best.score, best.reason)
        if support:
            best = max(support, key=lambda e: e.score)
            return cls(Verdict.SUPPORTED, tuple(support), best.score, best.reason)
        return cls(Verdict.NOT_MENTIONED, (), None, not_mentioned_reason)

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        return Finding, (self.verdict, self.evidence, self.score, self.reason)  # see Evidence.__reduce__


def finding_to_json(finding: Finding) -> str:
    """A compact form for the cache across runs (plain JSON: a cache file is never code to run)."""
    if not finding.evidence:  # most pairs read: not mentioned, for one of a few reasons each claim
        return _bare_json(finding.verdict, finding.score, finding.reason)
    return json.dumps(
        [
            finding.verdict.value,
            [[e.role.value, e.start, e.end, e.line, e.col, e.text, e.sentence, e.score, e.reason] for e in finding.evidence],
            finding.score,
            finding.reason,
        ],
        ensure_ascii=False, separators=(",", ":"),
    )


@lru_cache(maxsize=1024, typed=True)  # typed: a score of 100 and one of 100.0 are written as given
def _bare_json(verdict: Verdict, score: float | None, reason: str) -> str:
    return json.dumps([verdict.value, [], score, reason], ensure_ascii=False, separators=(",", ":"))


def finding_from_json(data: str) -> Finding:
    """Findings without evidence (most pairs of a corpus: not mentioned, for one of a few reasons) decode once."""
    return _shared_finding(data) if len(data) <= _SHARED_UP_TO else _decode(data)


# A finding this short has no evidence; many pairs share it (findings are immutable).
_SHARED_UP_TO = 300


@lru_cache(maxsize=1024)
def _shared_finding(data: str) -> Finding:
    return _decode(data)


def _decode(data: str) -> Finding:
    verdict, evidence, score, reason = json.loads(data)
    roles = _ROLES
    try:
        return Finding(
            _VERDICTS[verdict],
            tuple(Evidence(roles[e[0]], *e[1:]) for e in evidence),
            score,
            reason,
        )
    except KeyError as exc:
        raise ValueError(f"not a verdict or role: {exc}") from None  # as Enum lookups raise it


# By value: calling an Enum to look a member up takes ten times a dict's time, and a warm run decodes
# hundreds of thousands of findings.
_ROLES = {role.value: role for role in Role}
_VERDICTS = {verdict.value: verdict for verdict in Verdict}
