"""A date claim that names a figure dates that figure: another figure's day denies nothing.

«أعلن المتحدث باسم الحكومة يوم الاثنين 9 يوليو ارتفاع الحصيلة إلى 100 قتيل» is the day the toll reached 100.  A
toll, a count of the missing or of those rescued, is announced again and again as it grows, each time on its own
day: «قتل 199 شخصا ... في حصيلة جديدة أعلنها المتحدث باسم الحكومة الخميس» is the day of the 199, a later
announcement, and no denial of the day of the 100.  So a sentence that gives the noun the claim counts another
figure, and never the claim's own, is of another announcement: its date may not contradict the claim (a
contradiction is a promise to an editor).  A figure the claim gives is read as ``counted`` reads a count (the
noun after it, people for people: «199 شخصا» is a count of «قتيل»); a sentence that gives no such figure is read
as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from factcheck.analysis import Analysis
from factcheck.kinds.counted import fits
from factcheck.kinds.own_words import counted_words
from factcheck.read.dates import find_dates
from factcheck.read.quantities import Quantity, find_quantities
from factcheck.text.normalize import normalize

__all__ = ["another_figure", "claim_figures", "own_other_figures", "own_whole"]

Figure = tuple[float, frozenset[str]]  # the claim's figure and the words of what it counts


def claim_figures(says: str, about: Iterable[str]) -> tuple[Figure, ...]:
    """The figures a claim's statement gives besides its date (``100`` of «ارتفاع الحصيلة إلى 100 قتيل»), each
    with what it counts; none when it names no counted noun for them."""
    return _claim_figures(says, tuple(about))


@lru_cache(maxsize=4096)
def _claim_figures(says: str, about: tuple[str, ...]) -> tuple[Figure, ...]:
    """Cached: the same claim is asked about in every source."""
    text = normalize(says).text
    out: list[Figure] = []
    for q in find_quantities(text, find_dates(text)):
        counts = counted_words(says, q.value, about)
        if counts is not None and not q.vague:
            out.append((q.value, counts))
    return tuple(out)


def another_figure(analysis: Analysis, sentence: int, figures: tuple[Figure, ...]) -> bool:
    """The sentence gives a noun the claim counts another figure than the claim's, and none of the claim's own."""
    if not figures or sentence < 0:
        return False
    document = analysis.document
    s = document.sentences[sentence]
    other = False
    for q in analysis.quantities:
        if not s.start <= q.start < s.end or q.vague:
            continue
        if any(q.low <= value <= q.high for value, _ in figures):
            return False  # the claim's own figure: the sentence may well be of its day
        nouns = _nouns_of(analysis, q.start, q.end, s.last_token)
        other = other or any(fits(noun, counts) for noun in nouns for _, counts in figures)
    return other


def _nouns_of(analysis: Analysis, start: int, end: int, last: int) -> list[str]:
    """The words of a figure as read (``199 شخصا علي الاقل``: its noun may come before a hedge) and the word right
    after it in its sentence (``قتيل`` of «100 قتيل»), with no mark between."""
    document = analysis.document
    first = document.token_at(start)
    if first is None:
        return []
    out: list[str] = []
    k = first.index
    while k < last and document.tokens[k].start < end:
        out.append(document.tokens[k].text)
        k += 1
    if k < last and not document.text[document.tokens[k - 1].end:document.tokens[k].start].strip():
        out.append(document.tokens[k].text)
    return out


def own_other_figures(says: str, value: float, unit: str) -> frozenset[float]:
    """The figures of a quantity claim's statement besides its value, in its unit: «حصل الحزب على 11.7 في المئة
    متجاوزا عتبة العشرة في المئة» names the threshold too, and a source that states the threshold («تجاوز النصاب
    المطلوب وهو عشرة بالمئة») echoes the claim, it does not deny it (the Turkish elections, a held-out event).
    Asked of shares and measures: a count's other figures count other nouns, which tell them apart."""
    return frozenset(q.value for q in _exact_figures(says)[1] if q.unit == unit and q.value != value)


@lru_cache(maxsize=4096)
def _exact_figures(says: str) -> tuple[str, tuple[Quantity, ...]]:
    """A claim's statement normalized, and the figures it states exactly (no vague count, no bound): read once per
    claim for both ``own_other_figures`` and ``own_whole``."""
    text = normalize(says).text
    return text, tuple(q for q in find_quantities(text, find_dates(text)) if not q.vague and q.low == q.high)


# Words before a whole a part is counted out of: «84 نائبا من أصل 350», «من بين 350 نائبا».
_OUT_OF = ("من اصل", "من بين", "من مجموع", "من اجمالي")


def own_whole(says: str, value: float) -> frozenset[float]:
    """The whole a count claim's statement counts its value out of: «لا يملك الحزب الاشتراكي سوى 84 نائبا من أصل 350
    في مجلس النواب» names the house's 350 seats, and a source's «180 صوتا من أصل 350 نائبا» states that whole, no
    count of the party's (the Sánchez file, held out).  A count's other figures are told apart by their nouns
    (``own_other_figures``); a whole after «من أصل» shares the part's noun, and only the claim's words tell it."""
    text, figures = _exact_figures(says)
    return frozenset(q.value for q in figures if q.value != value and text[:q.start].rstrip().endswith(_OUT_OF))
