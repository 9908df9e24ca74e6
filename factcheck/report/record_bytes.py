"""A result record as the JSON report writes it, straight from its finding.

``results.serialized(result_record(...))`` builds a pydantic model per pair
(and one per evidence), validates it and writes it out: a thousand claims over
3,000 articles list 165,000 records with 410,000 evidence, and building them
was the largest part of the 10-13 s a cold run spent after its articles were
read, on one core while the other idled.  The records are ours (verdicts and roles come
from enums, offsets are ints), so nothing needs validating: here each string
is encoded by the json module's C encoder and laid out as pydantic lays out
``model_dump_json(indent=1)``, byte for byte (a property test holds the two
equal).  A record this layout is not sure to write as pydantic would (a float
in exponent notation, inf or nan; a string that is not valid UTF-8) goes the
pydantic way.
"""

from __future__ import annotations

from json.encoder import encode_basestring

from factcheck.claims.model import Claim
from factcheck.corpus.source import Source
from factcheck.outcomes import Decision
from factcheck.report.model import result_record
from factcheck.report.results import serialized
from factcheck.verdicts import Evidence, Finding

__all__ = ["record_bytes"]


class _NotPlain(Exception):
    """A value this layout does not write as pydantic does."""


def _float(value: float) -> float:
    """The float itself when ``repr`` writes it as pydantic does: not in exponent notation (pydantic writes
    1e-05 as 0.00001; from 1e16 both write 1e+16, left to pydantic all the same), not inf or nan (pydantic
    writes null; both fail the comparisons)."""
    value = float(value)
    if value == 0 or 1e-4 <= abs(value) < 1e16:
        return value
    raise _NotPlain


# The json module's C encoder writes the escapes pydantic writes (\" \\ \b \f \n \r \t, \u00XX for the other
# control characters) and every other character as itself; a member of a str enum (Verdict, Role, Outcome) as its value.
_s = encode_basestring

_RECORD = (
    '{\n "file": %s,\n "claim": %s,\n "kind": %s,\n "source": %s,\n "verdict": %s,\n "outcome": %s,'
    '\n "expected": %s,\n "warning": %s,\n "score": %s,\n "reason": %s,\n "tags": %s,\n "evidence": %s\n}'
)
_EVIDENCE = (
    '\n  {\n   "text": %s,\n   "start": %d,\n   "end": %d,\n   "line": %d,\n   "col": %d,\n   "role": %s,'
    '\n   "score": %r,\n   "sentence": %s,\n   "reason": %s\n  }'
)


def _evidence(e: Evidence) -> str:
    return _EVIDENCE % (
        _s(e.text), e.start, e.end, e.line, e.col, _s(e.role), _float(e.score), _s(e.sentence), _s(e.reason),
    )


def _list(items: list[str]) -> str:
    return "[" + ",".join(items) + "\n ]" if items else "[]"


def record_bytes(file: str, claim: Claim, source: Source, finding: Finding, decision: Decision) -> bytes:
    """``serialized(result_record(file, claim, source, finding, decision))``, without the models."""
    try:
        text = _RECORD % (
            _s(file), _s(claim.id), _s(claim.kind), _s(source.id), _s(finding.verdict),
            _s(decision.outcome), "null" if decision.expected is None else _s(decision.expected),
            "true" if decision.warning else "false", "null" if finding.score is None else repr(_float(finding.score)),
            _s(finding.reason), _list(["\n  " + _s(t) for t in claim.tags]),
            _list([_evidence(e) for e in finding.evidence]),
        )
        return text.encode("utf-8")
    except (_NotPlain, UnicodeEncodeError):
        return serialized(result_record(file, claim, source, finding, decision))
