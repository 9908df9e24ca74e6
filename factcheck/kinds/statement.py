"""statement: a sentence (or two adjacent ones) says the claim, with the same polarity and numbers.

Thresholds.  ``claim.threshold`` (default 85) is, as for every kind, the fuzzy
score a WORD needs to match; for statements it is also mapped onto the
alignment scale, the share of the claim's content words a sentence must cover:
``cutoff = DEFAULT_ALIGN_CUTOFF * threshold / 85`` (so the default 85 asks for
25 % of the claim's weighted words — the cutoff chosen on ANS train — 100 for
29 %, 0 for anything), and in any case two matched content words.  The word cutoff is
``min(threshold, 80)`` so that paraphrases in other inflections (ارتفاع /
يرتفع) still count at the default threshold.

The best-aligned span is judged (``factcheck.statements.judge``); its
sentence(s) are the evidence, with role ``supports`` or ``contradicts``.
"""

from __future__ import annotations

from factcheck.claims import StatementClaim
from factcheck.document import Document
from factcheck.kinds.common import make_evidence
from factcheck.matching import sentences_naming
from factcheck.statements import DEFAULT_ALIGN_CUTOFF, WORD_CUTOFF, align, judge
from factcheck.verdicts import Finding, Role, Verdict

__all__ = ["check", "align_cutoff", "word_cutoff"]

_NAME_THRESHOLD = 85.0


def align_cutoff(threshold: float) -> float:
    """The claim's word-recall cutoff (0–100) for a given ``threshold``."""
    return DEFAULT_ALIGN_CUTOFF * threshold / _NAME_THRESHOLD


def word_cutoff(threshold: float) -> float:
    return min(threshold, WORD_CUTOFF)


def check(claim: StatementClaim, document: Document) -> Finding:
    cutoff = align_cutoff(claim.threshold)
    wcut = word_cutoff(claim.threshold)
    restrict = None
    if claim.about:
        restrict = sentences_naming(claim.about, document, score_cutoff=claim.threshold)
        if not restrict:
            return Finding(Verdict.NOT_MENTIONED, reason=f"no sentence names {', '.join(claim.about)}")
    candidates = align(
        claim.says, document, score_cutoff=cutoff, limit=1, word_cutoff=wcut,
        sentences=list(restrict) if restrict is not None else None,
    )
    if not candidates:
        return Finding(Verdict.NOT_MENTIONED, reason=f"no sentence covers {cutoff:.0f}% of the claim's words")
    best = candidates[0]
    verdict = judge(claim.says, best.text, score_cutoff=cutoff, word_cutoff=wcut)
    if verdict.label == "not_mentioned":
        return Finding(Verdict.NOT_MENTIONED, reason=verdict.reason)
    role = Role.SUPPORTS if verdict.label == "supported" else Role.CONTRADICTS
    ev = make_evidence(document, best.start, best.end, role=role, score=best.score, reason=verdict.reason)
    return Finding.from_evidence([ev], not_mentioned_reason="")
