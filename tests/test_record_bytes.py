"""Findings on their way to the report: pickled from the reading processes to the run's, then written as
records without their pydantic models, byte for byte the records pydantic writes."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims.model import Claim
from factcheck.corpus.source import Source
from factcheck.outcomes import Decision, Outcome
from factcheck.report.model import result_record
from factcheck.report.record_bytes import record_bytes
from factcheck.report.results import serialized
from factcheck.verdicts import Evidence, Finding, Role, Verdict


@dataclass
class _Claim:
    """What a record takes from a claim (a claim file's validation would narrow ids and tags)."""

    id: str
    kind: str
    tags: list[str]


# every character, lone surrogates included (pydantic refuses those: so must the fast path)
_TEXT = st.text(st.characters(blacklist_categories=()), max_size=30)
_FLOAT = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.0, -0.0, 1e-5, 1e-4, 85.3, 1e15, 1e16])
_INT = st.integers(min_value=0, max_value=10**9)
_EVIDENCE = st.builds(Evidence, st.sampled_from(Role), _INT, _INT, _INT, _INT, _TEXT, _TEXT, _FLOAT, _TEXT)
_FINDING = st.builds(Finding, st.sampled_from(Verdict), st.lists(_EVIDENCE, max_size=3).map(tuple),
                     st.none() | _FLOAT, _TEXT)
_DECISION = st.builds(Decision, st.sampled_from(Outcome), _TEXT, st.none() | _TEXT, st.booleans())


def _both(file: str, claim: Any, source: Source, finding: Finding, decision: Decision) -> tuple[object, object]:
    """Each way's bytes, or the type of what it raised."""
    out: list[object] = []
    for write in (lambda: serialized(result_record(file, claim, source, finding, decision)),
                  lambda: record_bytes(file, claim, source, finding, decision)):
        try:
            out.append(write())
        except Exception as exc:  # noqa: BLE001 - compared, not hidden
            out.append(type(exc))
    return out[0], out[1]


@settings(max_examples=400, deadline=None)
@given(file=_TEXT, claim_id=_TEXT, kind=_TEXT, tags=st.lists(_TEXT, max_size=3), source_id=_TEXT,
       finding=_FINDING, decision=_DECISION)
def test_a_record_is_written_as_pydantic_writes_it(
    file: str, claim_id: str, kind: str, tags: list[str], source_id: str, finding: Finding, decision: Decision,
) -> None:
    claim = cast(Claim, _Claim(claim_id, kind, tags))
    pydantic_way, fast_way = _both(file, claim, Source(id=source_id, path="p", text="t"), finding, decision)
    assert fast_way == pydantic_way


@pytest.mark.parametrize("text", ['قال "ترامب"\\n', "\x00\x1f\x7f\u2028\t\r\n\b\f/", "ﻻ 𝕏 😀"])
def test_escapes_and_characters_as_pydantic_writes_them(text: str) -> None:
    claim = cast(Claim, _Claim("summit-place", "mention", ["قمة", text]))
    evidence = Evidence(Role.CONTRADICTS, 3, 9, 2, 4, text, f"… {text} …", 91.5, f"names the rival {text!r}")
    finding = Finding(Verdict.CONTRADICTED, (evidence, evidence), 91.5, text)
    decision = Decision(Outcome.XFAILED, "known", "contradicted", True)
    written = record_bytes("claims/summit.yaml", claim, Source(id=text, path="p", text="t"), finding, decision)
    assert written == serialized(result_record("claims/summit.yaml", claim, Source(id=text, path="p", text="t"),
                                               finding, decision))
    assert b'"score": 91.5' in written and written.count(b'"role": "contradicts"') == 2


@settings(max_examples=200, deadline=None)
@given(finding=_FINDING)
def test_a_finding_pickles_to_an_equal_finding_of_equal_parts(finding: Finding) -> None:
    copy = pickle.loads(pickle.dumps(finding, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(copy) is Finding and copy.verdict is finding.verdict
    # field by field (nan is not equal to itself: compared by repr)
    assert repr(copy) == repr(finding)
    assert [type(e) for e in copy.evidence] == [Evidence] * len(finding.evidence)
    assert all(a.role is b.role for a, b in zip(copy.evidence, finding.evidence))
