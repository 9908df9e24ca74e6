"""The failure text: evidence first, then the verdict and why."""

from __future__ import annotations

from factcheck.claims.model import Claim
from factcheck.corpus.source import Source
from factcheck.outcomes import Decision
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["failure_text"]

MAX_EVIDENCE = 5


def _evidence_lines(ev: Evidence, source: Source, threshold: float) -> list[str]:
    return [
        f"  {ev.role.value} at {source.path}:{ev.line}:{ev.col}",
        f"    matched:  «{ev.text}»  (score {ev.score:g}, threshold {threshold:g})",
        f"    sentence: «{ev.sentence}»",
        f"    why:      {ev.reason}",
    ]


def failure_text(claim: Claim, source: Source, finding: Finding, decision: Decision) -> str:
    lines = [
        f"claim {claim.id} ({claim.kind}): «{claim.says}»",
        f"source {source.id} ({source.path})",
        f"verdict: {finding.verdict.value}"
        + ("" if decision.headline == finding.verdict.value else f" ({decision.headline})"),
    ]
    ordered = sorted(finding.evidence, key=lambda e: e.role is not Role.CONTRADICTS)
    for ev in ordered[:MAX_EVIDENCE]:
        lines.extend(_evidence_lines(ev, source, claim.threshold))
    if len(ordered) > MAX_EVIDENCE:
        lines.append(f"  … and {len(ordered) - MAX_EVIDENCE} more (see --factcheck-json)")
    if not finding.evidence and finding.reason:
        lines.append(f"  why: {finding.reason}")
    return "\n".join(lines)
