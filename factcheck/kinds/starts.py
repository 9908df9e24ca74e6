"""A claim that dates a start: which days of a process are not its first.

«بدأ التصويت يوم الاثنين» is denied by another first day, not by a later day of the voting («فتحت مراكز الاقتراع،
الأربعاء، أبوابها لليوم الثالث والأخير»), its end («انتهى التصويت مساء الأربعاء»), or a day after the claim's
that names no start at all («وأدت احتجاجات الجمعة إلى مقتل 3 أشخاص», of protests that began on Monday).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from factcheck.document import Document
from factcheck.kinds.attach import in_table
from factcheck.kinds.stages import ENDS
from factcheck.read.dates import DateMention
from factcheck.text.lexicon import word_class
from factcheck.text.normalize import normalize_query

__all__ = ["STARTS", "a_later_day", "first_day", "verbs_of"]

# A claim that dates a start («بدأ التصويت ... يوم الاثنين»), and the words of a later day of what it started: «فتحت
# مراكز الاقتراع، الأربعاء، أبوابها لليوم الثالث والأخير», «في آخر أيام التصويت».
STARTS = frozenset({"بدا", "بدات", "يبدا", "تبدا", "بدء", "بدايه", "انطلق", "انطلقت", "انطلاق", "افتتح", "افتتاح",
                    "اندلع", "اندلعت", "اندلاع", "تفجرت"})
# A sentence that names a start in any of these words may date the claim's start (a launch, «منذ» a day).
_STARTED = STARTS | {"اطلق", "اطلقت", "اطلاق", "شن", "شنت", "منذ", "دخول", "دخل", "دخلت", "فتح", "فتحت",
                     "اول", "اولي", "الاول", "الاولي", "لاول", "شراره"}  # «أولى الاحتجاجات»: the first day
_DAY_WORDS = frozenset({"يوم", "اليوم", "يومها", "يومه", "ايام"})
_LATER = frozenset({"الثاني", "الثالث", "الرابع", "الخامس", "الاخير", "الثانيه", "الثالثه", "الاخيره"})


def a_later_day(document: Document, d: DateMention, own: frozenset[str],
                c_parts: tuple[int | None, int | None, int | None], acts: frozenset[str]) -> bool:
    """The claim dates a start, and the date's sentence names a later day of the process («لليوم الثالث», «آخر
    أيام») or its end («انتهى التصويت»): the day is not the first.  Nor is a day after the claim's in a sentence
    that names no start, nor the claim's own verbs (``acts``: «ثار البركان الخميس» is the eruption's day): «وأدت
    احتجاجات الجمعة إلى مقتل 3 أشخاص» tells of protests that began on Monday (the held-out Basra file); protests
    before the claim's day would deny it."""
    tok = document.token_at(d.start)
    if tok is None or not any(in_table(w, STARTS) for w in own):
        return False
    words = [t.text for t in document.sentence_tokens(document.sentences[tok.sentence])]
    started = _STARTED | acts
    if _after_the_claims(d, c_parts) and not any(in_table(w, started) for w in words):
        return True
    for k, w in enumerate(words):
        if in_table(w, ENDS):
            return True
        if in_table(w, _DAY_WORDS) and ((k + 1 < len(words) and words[k + 1] in _LATER)
                                         or (k > 0 and words[k - 1] in ("اخر", "واخر"))):
            return True
    return False


@lru_cache(maxsize=1024)
def verbs_of(says: str) -> frozenset[str]:
    """The words of a claim's statement the dictionary reads as verbs («ثار», «بدأت»): its acts."""
    return frozenset(w for w in normalize_query(says).split() if word_class(w) == "verb")


def _after_the_claims(d: DateMention, c_parts: tuple[int | None, int | None, int | None]) -> bool:
    """The date is a day after the claim's day (both days of the Gregorian calendar)."""
    if None in c_parts or d.year is None or d.month is None or d.day is None or d.calendar != "gregorian":
        return False
    try:
        return dt.date(d.year, d.month, d.day) > first_day(c_parts)
    except ValueError:
        return False


def first_day(parts: tuple[int | None, int | None, int | None]) -> dt.date:
    """The first day a claim's (year, month, day) can mean."""
    year, month, day = parts
    return dt.date(year or dt.MINYEAR, month or 1, day or 1)
