"""Timelines of earlier events, written under year headings: what is said under «2011» is of 2011.

An article on a crash often ends with its country's earlier crashes, a year on its own line and each crash
under it («2014» / «أغسطس: تحطم طائرة ... تابعة لشركة سيباهان، ومقتل 39 راكبا»; BB-middleEast-4-20180218 on the
Aseman crash of 2018).  The sentences under such a heading name no date of their own beyond a month, so nothing
else tells their figures and names from the article's event: a heading long before the article
(``news_dates.long_before``) makes every sentence under it, up to the next heading, another event's.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from factcheck.analysis import Analysis
from factcheck.document import Document, Sentence
from factcheck.read.dates import may_start_date
from factcheck.read.news_dates import long_before

__all__ = ["under_old_headings"]

_FOUND: WeakKeyDictionary[Analysis, frozenset[int]] = WeakKeyDictionary()

# A heading is a date alone on its line, a handful of words («الثامن والعشرين من مايو عام 1938», the longest date
# of 4,000 ANT articles, is 6): a longer sentence is no heading, whatever it holds.
HEADING_TOKENS = 12


def under_old_headings(analysis: Analysis) -> frozenset[int]:
    """The sentences under a heading that is only a date long before the article, up to the next date heading."""
    found = _FOUND.get(analysis)
    if found is None:
        found = _FOUND[analysis] = frozenset(_under(analysis))
    return found


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
