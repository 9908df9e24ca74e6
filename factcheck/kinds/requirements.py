"""What a claim needs a source to name before its checker can say anything but ``not_mentioned``.

A mention claim says nothing about a source that names neither its ``any``
names nor its ``not`` rivals; a quantity or date claim nothing about one that
names none of its ``about`` words (with their indefinite forms), nor a
statement claim with ``about``.  The engine asks the corpus index which
sources could name them and gives the others, without reading them, the very
``Finding`` the checker would give (``tests/test_index.py`` holds the two
paths to the same verdicts).  A statement without ``about`` has no such
requirement: it is always read.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.claims.model import Claim, DateClaim, MentionClaim, QuantityClaim, StatementClaim
from factcheck.matching import without_article
from factcheck.verdicts import Finding, Verdict

__all__ = ["Requirement", "requirement"]


@dataclass(frozen=True, slots=True)
class Requirement:
    """A source must name one of ``terms`` (at ``cutoff``), else ``absent`` is its finding."""

    terms: tuple[str, ...]
    cutoff: float
    absent: Finding


def _with_indefinite(words: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        out.append(w)
        indefinite = without_article(w)
        if indefinite is not None:
            out.append(indefinite)
    return tuple(out)


def requirement(claim: Claim) -> Requirement | None:
    if isinstance(claim, MentionClaim):
        return Requirement(
            (*claim.any, *claim.not_), claim.threshold,
            Finding(Verdict.NOT_MENTIONED, reason=f"names none of {', '.join(claim.any)}"),
        )
    if isinstance(claim, (QuantityClaim, DateClaim)):
        return Requirement(
            _with_indefinite(claim.about), claim.threshold,
            Finding(Verdict.NOT_MENTIONED, reason=f"names none of {', '.join(claim.about)}"),
        )
    if isinstance(claim, StatementClaim) and claim.about:
        return Requirement(
            _with_indefinite(claim.about), claim.threshold,
            Finding(Verdict.NOT_MENTIONED, reason=f"no sentence names {', '.join(claim.about)}"),
        )
    return None
