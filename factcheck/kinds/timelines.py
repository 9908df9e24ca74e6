"""Timelines of earlier events, written under year headings: what is said under «2011» is of 2011.

An article on a crash often ends with its country's earlier crashes, a year on its own line and each crash
under it («2014» / «أغسطس: تحطم طائرة ... تابعة لشركة سيباهان، ومقتل 39 راكبا»; BB-middleEast-4-20180218 on the
Aseman crash of 2018).  The sentences under such a heading name no date of their own beyond a month, so nothing
else tells their figures and names from the article's event: a heading long before the article
(``news_dates.long_before``) makes every sentence under it, up to the next heading, another event's.
"""

from __future__ import annotations

import datetime as dt

from factcheck.analysis import Analysis, per_analysis
from factcheck.document import Document, Sentence
from factcheck.read.dates import DateMention, may_start_date
from factcheck.read.news_dates import long_before

__all__ = ["earlier_entries", "under_old_headings"]

# A heading is a date alone on its line, a handful of words («الثامن والعشرين من مايو عام 1938», the longest date
# of 4,000 ANT articles, is 6): a longer sentence is no heading, whatever it holds.
HEADING_TOKENS = 12


@per_analysis
def under_old_headings(analysis: Analysis) -> frozenset[int]:
    """The sentences under a heading that is only a date long before the article, up to the next date heading."""
    return frozenset(_under(analysis))


def _under(analysis: Analysis) -> set[int]:
    document = analysis.document
    published = document.source.published
    if published is None or not any(_may_be_heading(document, s) for s in document.sentences):
        return set()  # the article's dates are not read for its mention claims alone: a third of their time
    headings = {}
    for d in analysis.dates:
        tok = document.token_at(d.start)
        if d.year is not None and tok is not None:
            headings[tok.sentence] = d
    out: set[int] = set()
    under = False
    for n, sentence in enumerate(document.sentences):
        heading = headings.get(n)
        if heading is not None and sentence.last_token > sentence.first_token:
            span = document.text[document.tokens[sentence.first_token].start:document.tokens[sentence.last_token - 1].end]
            if span.strip() == heading.text.strip():
                under = long_before(heading, published)
                continue
        if under:
            out.add(n)
    return out


def _may_be_heading(document: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` is short enough and holds a word a date with a year begins with or holds (its
    year's digits, a decade, a month or a weekday): every date that ``find_dates`` reads has one."""
    if sentence.last_token - sentence.first_token > HEADING_TOKENS:
        return False
    return any(may_start_date(t.text) for t in document.tokens[sentence.first_token:sentence.last_token])


# A chronology: lines that open on a date and a colon, each an event of its day («7 أيلول/سبتمبر: غارات جوية أسفرت
# عن مقتل اثنين ...», «ليل 8-9 كانون الثاني/يناير: عدة غارات ...», «• 13 نوفمبر/تشرين الثاني: هاجمت ...»).
CHRONOLOGY_ENTRIES = 2  # such lines in an article, at least: one alone may be a dateline
_BEFORE_ENTRY = frozenset({"ليل", "ليله", "فجر", "مساء", "صباح", "في"})
_ENTRY_DAYS = 1  # an entry of the article's day or the day before may be the article's own event


@per_analysis
def earlier_entries(analysis: Analysis) -> frozenset[int]:
    """The sentences that are entries of a chronology of other days than the article's and the day before (a day the
    news window places after the article is last year's, in a list told in the past): each tells another event than
    the article's, and what it counts, names or dates denies nothing of the article's event (the held-out
    Israel–Iran strikes file: France24's list of the strikes of the months before; the Trèbes file: BBC's list of
    the attacks in France since 2015; the Aseman file: the year's other crashes)."""
    return frozenset(_entries(analysis))


def _entries(analysis: Analysis) -> set[int]:
    document = analysis.document
    published = document.source.published
    text = document.text
    if published is None or sum(_may_open_an_entry(document, s) for s in document.sentences) < CHRONOLOGY_ENTRIES:
        return set()  # as for headings: no article's dates are read for its mention claims unless a line may be one
    openers: dict[int, DateMention] = {}
    for d in analysis.dates:
        tok = document.token_at(d.start)
        if tok is None or d.month is None or d.day is None:
            continue
        sentence = document.sentences[tok.sentence]
        lead = document.tokens[sentence.first_token:tok.index]
        if len(lead) > 2 or any(t.text not in _BEFORE_ENTRY and not t.text.isdigit() for t in lead):
            continue  # «ليل 8-9 كانون الثاني/يناير:»: a word of the time of day and a first day before the date
        if text[d.end:d.end + 3].lstrip().startswith(":"):
            openers[tok.sentence] = d
    if len(openers) < CHRONOLOGY_ENTRIES:
        return set()
    return {n for n, d in openers.items() if d.year is None or not 0 <= _days_before(d, published) <= _ENTRY_DAYS}


def _days_before(d: DateMention, published: dt.date) -> int:
    try:
        return (published - dt.date(d.year or published.year, d.month or 1, d.day or 1)).days
    except ValueError:
        return 0


_ENTRY_REACH = 40  # characters from a line's start to the colon after its date, at most («ليل 8-9 كانون الثاني/يناير:»)


def _may_open_an_entry(document: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` has a colon near its start and a word a date may begin with before it."""
    if sentence.last_token <= sentence.first_token:
        return False
    colon = document.text.find(":", sentence.start, sentence.start + _ENTRY_REACH)
    return colon >= 0 and any(may_start_date(t.text) or t.text.isdigit()
                              for t in document.tokens[sentence.first_token:sentence.last_token] if t.start < colon)
