"""mention: one of ``any`` occurs; one of ``not`` contradicts (near ``about``)."""

from __future__ import annotations

from factcheck.analysis import Analysis
from factcheck.claims.model import MentionClaim
from factcheck.kinds.evidence import make_evidence
from factcheck.matching import find_any, sentences_naming
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["check"]


def check(claim: MentionClaim, analysis: Analysis) -> Finding:
    document = analysis.document
    cutoff = claim.threshold
    evidence: list[Evidence] = []
    for m in find_any(claim.any, analysis, score_cutoff=cutoff):
        evidence.append(make_evidence(
            document, m.start, m.end, role=Role.SUPPORTS, score=m.score,
            reason=f"names {m.query!r}",
        ))
    if claim.not_:
        rivals = find_any(claim.not_, analysis, score_cutoff=cutoff)
        if claim.about:
            near = sentences_naming(claim.about, analysis, score_cutoff=cutoff)
            rivals = [m for m in rivals if m.sentence in near]
        supported_spans = {(e.start, e.end) for e in evidence}
        for m in rivals:
            ev = make_evidence(
                document, m.start, m.end, role=Role.CONTRADICTS, score=m.score,
                reason=f"names the rival {m.query!r}, claim says {claim.any[0]!r}",
            )
            if (ev.start, ev.end) not in supported_spans:
                evidence.append(ev)
    return Finding.from_evidence(evidence, not_mentioned_reason=f"names none of {', '.join(claim.any)}")
