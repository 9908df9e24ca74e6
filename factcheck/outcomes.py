"""From a verdict to a pytest outcome (contract §2), with no pytest in sight."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fnmatch import fnmatchcase

from factcheck.claims.model import Claim, Missing, Severity
from factcheck.verdicts import Finding, Verdict

__all__ = ["Decision", "Outcome", "applies", "decide", "expect_entry", "expected_for", "is_silent"]


class Outcome(str, Enum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"
    XFAILED = "xfailed"


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    headline: str
    expected: str | None = None
    warning: bool = False  # a contradiction reported without failing (severity: warn)


def applies(patterns: list[str], source_id: str) -> bool:
    """Whether a source id matches one of the globs (``*``, the default, at no cost: it is asked per pair)."""
    return "*" in patterns or any(fnmatchcase(source_id, p) for p in patterns)


def expect_entry(claim: Claim, source_id: str) -> tuple[str, str] | None:
    """The first ``expect`` entry (glob, verdict) whose glob names the source, in file order."""
    for pattern, verdict in claim.expect.items():
        if fnmatchcase(source_id, pattern):
            return pattern, verdict
    return None


def expected_for(claim: Claim, source_id: str) -> str | None:
    """The verdict the first ``expect`` glob that names the source expects."""
    entry = expect_entry(claim, source_id)
    return None if entry is None else entry[1]


def decide(finding: Finding, claim: Claim, source_id: str) -> Decision:
    verdict = finding.verdict
    expected = expected_for(claim, source_id)
    if expected is not None:
        if verdict.value == expected:
            if verdict is Verdict.CONTRADICTED:
                return Decision(Outcome.XFAILED, f"known inconsistency: {finding.reason}", expected)
            return Decision(Outcome.PASSED, f"{verdict.value}, as expected", expected)
        return Decision(Outcome.FAILED, f"expected {expected}, got {verdict.value}", expected)
    if verdict is Verdict.SUPPORTED:
        return Decision(Outcome.PASSED, "supported")
    if verdict is Verdict.CONTRADICTED:
        if claim.severity is Severity.WARN:
            return Decision(Outcome.PASSED, "severity: warn, reported without failing", warning=True)
        return Decision(Outcome.FAILED, "contradicted")
    if verdict is Verdict.NOT_MENTIONED:
        if claim.missing is Missing.FAIL:
            return Decision(Outcome.FAILED, "missing: fail")
        if claim.missing is Missing.PASS:
            return Decision(Outcome.PASSED, "missing: pass")
        return Decision(Outcome.SKIPPED, f"not mentioned: {finding.reason}")
    return Decision(Outcome.FAILED, f"error: {finding.reason}")


def is_silent(finding: Finding, decision: Decision) -> bool:
    """A pair that is only counted at claim granularity (contract §5): not mentioned, and no ``expect`` for it.

    Its ``missing`` outcome is the claim's only when no source mentions the claim at all."""
    return finding.verdict is Verdict.NOT_MENTIONED and decision.expected is None
