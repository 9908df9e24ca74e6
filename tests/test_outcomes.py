"""The outcomes table of contract §2, row by row."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.model import MentionClaim
from factcheck.outcomes import Outcome, decide
from factcheck.verdicts import Finding, Verdict


def claim(**kw: Any) -> MentionClaim:
    return MentionClaim.model_validate({"id": "c", "says": "x", "kind": "mention", "any": ["x"], **kw})


@pytest.mark.parametrize(
    ("verdict", "settings", "outcome", "warning"),
    [
        (Verdict.SUPPORTED, {}, Outcome.PASSED, False),
        (Verdict.CONTRADICTED, {}, Outcome.FAILED, False),
        (Verdict.CONTRADICTED, {"severity": "warn"}, Outcome.PASSED, True),
        (Verdict.NOT_MENTIONED, {}, Outcome.SKIPPED, False),
        (Verdict.NOT_MENTIONED, {"missing": "fail"}, Outcome.FAILED, False),
        (Verdict.NOT_MENTIONED, {"missing": "pass"}, Outcome.PASSED, False),
        (Verdict.ERROR, {}, Outcome.FAILED, False),
        (Verdict.CONTRADICTED, {"expect": {"src*": "contradicted"}}, Outcome.XFAILED, False),
        (Verdict.SUPPORTED, {"expect": {"src*": "supported"}}, Outcome.PASSED, False),
        (Verdict.NOT_MENTIONED, {"expect": {"src*": "not_mentioned"}, "missing": "fail"}, Outcome.PASSED, False),
        (Verdict.SUPPORTED, {"expect": {"src*": "contradicted"}}, Outcome.FAILED, False),
        (Verdict.CONTRADICTED, {"expect": {"other": "contradicted"}}, Outcome.FAILED, False),
    ],
)
def test_outcome_table(verdict: Verdict, settings: dict[str, Any], outcome: Outcome, warning: bool) -> None:
    decision = decide(Finding(verdict, reason="r"), claim(**settings), "src-1")
    assert decision.outcome is outcome
    assert decision.warning is warning


def test_expect_mismatch_says_expected_and_got() -> None:
    decision = decide(Finding(Verdict.SUPPORTED), claim(expect={"src*": "contradicted"}), "src-1")
    assert decision.headline == "expected contradicted, got supported"
    assert decision.expected == "contradicted"


def test_first_matching_expect_glob_wins() -> None:
    c = claim(expect={"src-1": "supported", "src*": "contradicted"})
    assert decide(Finding(Verdict.SUPPORTED), c, "src-1").outcome is Outcome.PASSED
    assert decide(Finding(Verdict.SUPPORTED), c, "src-2").outcome is Outcome.FAILED
