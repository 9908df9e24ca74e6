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

import datetime as dt

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim
from factcheck.document import Document
from factcheck.kinds.associate import associate, claim_words
from factcheck.kinds.evidence import make_evidence
from factcheck.matching import Match, sentences_naming
from factcheck.read.dates import DateMention
from factcheck.read.news_dates import NEWS_DAYS, long_before
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["DAY_PRECISION", "check", "show"]

DAY_PRECISION = 3  # year, month and day: the only claims a weekday can decide
LEAD_TOKENS = 2  # an about word among a sentence's first words is its verb or subject (والتهم الحريق)
LEAD_REACH = 25  # words from it to the day adverb of its main clause: about a news lead's first clause
# Words that open a subordinate clause: a day after one is that clause's (عندما فتح مسلح النار، مساء الاحد).
_SUBORDINATE = frozenset({
    "الذي", "التي", "الذين", "عندما", "حين", "حيث", "بينما", "فيما", "اذ", "لان", "ان", "انه", "بان", "مما",
    "وعندما", "وحين", "ثم", "لكن", "ولكن",
})


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
    # منذ 2003 starts a period; a weekday or امس dated by the publication date decides only a day claim
    mentions = [
        d for d in analysis.dates
        if d.year is not None and d.calendar == claim.calendar and d.name is None and not d.since
        and (d.relative is None or c_precision == d.precision == DAY_PRECISION)
    ]
    published = document.source.published
    if published is not None and claim.calendar == "gregorian" and _recent(_first_day(c_parts), published):
        mentions = [d for d in mentions if not long_before(d, published)]
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
    if not evidence:
        evidence = _lead(document, naming, [d for d in mentions if d.relative is not None], c_parts, c_precision)
    about = ", ".join(claim.about)
    reason = f"names none of {about}" if not naming else f"no dated mention near {about}"
    return Finding.from_evidence(evidence, not_mentioned_reason=reason)


def _lead(
    document: Document, naming: dict[int, list[Match]], news: list[DateMention],
    c_parts: tuple[int | None, int | None, int | None], c_precision: int,
) -> list[Evidence]:
    """A news sentence that opens on the claim's verb or subject (``تحطمت طائرة ... ، الجمعة،``)
    dates it with the first weekday or ``امس`` of its main clause: supports only (a reader's
    default, not the close attachment a contradiction needs)."""
    out: list[Evidence] = []
    for sentence, matches in naming.items():
        first = document.sentences[sentence].first_token
        lead = [m for m in matches if m.first_token - first < LEAD_TOKENS]
        if not lead:
            continue
        m = lead[0]
        for d in news:
            tok = document.token_at(d.start)
            if tok is None or tok.sentence != sentence or tok.index < m.last_token:
                continue
            between = document.tokens[m.last_token:tok.index]
            if tok.index - m.last_token <= LEAD_REACH and not any(t.text in _SUBORDINATE for t in between) \
                    and not any(c in document.text[document.tokens[m.first_token].end:d.start] for c in ":\"«»"):
                if d.agrees_with(c_parts, c_precision):
                    reason = f"states {_shown(d)} ({d.relative}, by the publication date), claim says {show(*c_parts)}"
                    out.append(make_evidence(document, d.start, d.end, role=Role.SUPPORTS, score=m.score, reason=reason))
            break  # only the first news date of the sentence
    return out


def _first_day(parts: tuple[int | None, int | None, int | None]) -> dt.date:
    year, month, day = parts
    return dt.date(year or dt.MINYEAR, month or 1, day or 1)


def _recent(day: dt.date, published: dt.date) -> bool:
    """The claim's date is news for the article: at most ``NEWS_DAYS`` before it (or after)."""
    return (published - day).days <= NEWS_DAYS


def _shown(d: DateMention) -> str:
    shown = show(d.year, d.month, d.day, d.calendar)
    return f"{shown}..{d.day_end:02d}" if d.day_end is not None and d.month is not None else shown
