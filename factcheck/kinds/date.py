"""date: a sentence naming an ``about`` word states the claim's date.

Association is the quantity kind's (``factcheck.kinds.associate``):
each about-mention takes the nearest dated mention attached to it in its
sentence, within ``WINDOW`` tokens; a year inside a name (``كأس العالم 2018``)
is no date of the claim's event.

Comparison is at the precision both sides have, from the year down: a
source's ``فبراير 2022`` supports a claim ``2022``; a source's ``عام 2022``
supports a claim ``2022-02`` and ``عام 2014`` contradicts it.  Mentions
without a year (``في يونيو``، a weekday) say nothing we can compare and are
ignored, as are relative dates (``فبراير المقبل``: ``find_dates`` never
reports them).  A Hijri mention never compares with a Gregorian claim, and
the other way round.
"""

from __future__ import annotations

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim
from factcheck.kinds.associate import associate, claim_words
from factcheck.kinds.evidence import make_evidence
from factcheck.matching import sentences_naming
from factcheck.read.dates import DateMention
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["check", "show"]


def show(year: int | None, month: int | None, day: int | None, calendar: str = "gregorian") -> str:
    """``2022``, ``2022-02``, ``2022-02-24`` (``… AH`` for Hijri)."""
    parts = [f"{year:04d}" if year is not None else "????"]
    if month is not None:
        parts.append(f"{month:02d}")
        if day is not None:
            parts.append(f"{day:02d}")
    text = "-".join(parts)
    return f"{text} AH" if calendar == "hijri" else text


def check(claim: DateClaim, analysis: Analysis) -> Finding:
    document = analysis.document
    naming = sentences_naming(claim.about, analysis, score_cutoff=claim.threshold)
    c_parts = claim.parts()
    c_precision = sum(p is not None for p in c_parts)
    # a year inside a name (كأس العالم 2018، مونديال 2022) is no date of the claim's event
    mentions = [
        d for d in analysis.dates if d.year is not None and d.calendar == claim.calendar and d.name is None
    ]
    evidence: list[Evidence] = []
    own = claim_words(claim.says, claim.about)
    for a in associate(document, naming, mentions, lambda d: (d.start, d.end), own=own):
        d, m = a.item, a.match
        agrees = d.agrees_with(c_parts, c_precision)
        reason = f"states {_shown(d)}, claim says {show(*c_parts, claim.calendar)}"
        if not agrees:  # a contradiction says why the date is the subject's
            reason += f" ({a.why})"
        evidence.append(make_evidence(
            document, d.start, d.end,
            role=Role.SUPPORTS if agrees else Role.CONTRADICTS, score=m.score, reason=reason,
        ))
    about = ", ".join(claim.about)
    reason = f"names none of {about}" if not naming else f"no dated mention near {about}"
    return Finding.from_evidence(evidence, not_mentioned_reason=reason)


def _shown(d: DateMention) -> str:
    shown = show(d.year, d.month, d.day, d.calendar)
    return f"{shown}..{d.day_end:02d}" if d.day_end is not None and d.month is not None else shown
