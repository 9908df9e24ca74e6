"""The failure text: evidence first, then the verdict and why."""

from __future__ import annotations

from factcheck.claims.model import Claim, StatementClaim
from factcheck.corpus.source import Source
from factcheck.corpus.specs import HTML_SUFFIXES
from factcheck.outcomes import Decision, Outcome, expect_entry
from factcheck.report.context import in_context, one_line
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["MAX_EVIDENCE", "claim_failure_text", "failure_text", "where"]

# Evidence items shown per failure; the JSON report has them all.
MAX_EVIDENCE = 5
# Contradicting sources listed in a claim-level failure; the JSON report has them all.
MAX_SOURCES = 10


def where(source: Source, line: int, col: int) -> str:
    """``seeds/x.txt:5:62``; for a JSONL record, the record's line and the place inside its text; for an HTML
    page, the place in the text read from it (its tags left out, a line a paragraph), not in the file."""
    if source.record_line is not None:
        return f"{source.path}:{source.record_line} (record {source.id!r}), line {line} col {col} of its text"
    if source.path.lower().endswith(HTML_SUFFIXES):
        return f"{source.path} (page), line {line} col {col} of its text"
    return f"{source.path}:{line}:{col}"


def _evidence_lines(ev: Evidence, source: Source, claim: Claim) -> list[str]:
    # a statement's score is the share of its words the sentence covers; its threshold is each word's
    score = (f"covers {ev.score:g}% of the claim's words" if isinstance(claim, StatementClaim)
             else f"score {ev.score:g}, threshold {claim.threshold:g}")
    sentence, _ = in_context(ev.text, ev.sentence)  # a span over two sentences: both, not the first only
    return [
        f"  {ev.role.value} at {where(source, ev.line, ev.col)}",
        f"    matched:  «{one_line(ev.text)}»  ({score})",
        f"    sentence: «{one_line(sentence)}»",
        f"    why:      {ev.reason}",
    ]


def failure_text(claim: Claim, source: Source, finding: Finding, decision: Decision) -> str:
    lines = [
        f"claim {claim.id} ({claim.kind}): «{claim.says}»",
        f"source {source.id} ({source.path if source.record_line is None else f'{source.path}:{source.record_line}'})",
        f"verdict: {finding.verdict.value}"
        + ("" if decision.headline == finding.verdict.value else f" ({decision.headline})"),
    ]
    ordered = sorted(finding.evidence, key=lambda e: e.role is not Role.CONTRADICTS)
    for ev in ordered[:MAX_EVIDENCE]:
        lines.extend(_evidence_lines(ev, source, claim))
    if len(ordered) > MAX_EVIDENCE:
        lines.append(f"  … and {len(ordered) - MAX_EVIDENCE} more (see --factcheck-json)")
    if not finding.evidence and finding.reason:
        lines.append(f"  why: {finding.reason}")
    lines.extend(_next_step(claim, source, finding, decision))
    return "\n".join(lines)


def _next_step(claim: Claim, source: Source, finding: Finding, decision: Decision) -> list[str]:
    """What an editor does about a failure: what to add to the claim when the source is the one wrong
    (contract §2: a declared inconsistency is an xfail from then on), or which ``expect`` no longer holds."""
    if decision.outcome is not Outcome.FAILED:
        return []
    if decision.expected is not None:
        glob = (expect_entry(claim, source.id) or (source.id, ""))[0]
        return [f'  next: claim {claim.id} expects "{glob}": {decision.expected}; if the source or the claim '
                f"changed, update or drop that entry"]
    if finding.verdict.value == "contradicted":
        entry = f'"{source.id}": contradicted'
        add = f"{entry} to claim {claim.id}'s expect" if claim.expect else f"expect: {{{entry}}} to claim {claim.id}"
        return [f"  next: if the source is wrong, add {add} (an xfail from then on); if the claim is, correct it"]
    return []


def claim_failure_text(claim: Claim, failures: list[tuple[Source, Finding, Decision]], checked: int) -> str:
    """A claim-level item's failure: the sources that break it, the first ``MAX_SOURCES`` in full."""
    lines = [
        f"claim {claim.id} ({claim.kind}): «{claim.says}»",
        f"{len(failures)} of {checked} sources in scope fail it",
    ]
    for source, finding, decision in failures[:MAX_SOURCES]:
        lines.append("")
        lines.extend(failure_text(claim, source, finding, decision).splitlines()[1:])
    if len(failures) > MAX_SOURCES:
        rest = ", ".join(s.id for s, _, _ in failures[MAX_SOURCES:])
        lines.append(f"… and {len(failures) - MAX_SOURCES} more: {rest} (--factcheck-json=FILE lists every pair)")
    return "\n".join(lines)
