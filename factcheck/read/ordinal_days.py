"""Days of the month written as ordinal words: «في الثالث من مايو», «يوم الحادي والعشرين من يونيو».

News writes a day as often in words as in digits; read as digits only, «منذ ثورة البركان في الثالث من
مايو» dated the eruption to May, no day.  An ordinal is a day only where a day may stand: after a word
that introduces one («في», «يوم», «منذ», a weekday …) or at the start of its phrase, never after the noun
it ranks («الاسبوع الاول من مايو» is a week, «النصف الثاني من يونيو» a half).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.read.tokens import Tok, joined, readings

__all__ = ["ordinal_day_before"]

_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
# one word: 1-10, 20, 30
_ONE_WORD = {word: n for n, word in enumerate(_UNITS, start=1)} | {"العاشر": 10, "العشرين": 20, "الثلاثين": 30}
# two words: 11-19 («الحادي عشر»), 21-29 («الحادي والعشرين»), 31
_TWO_WORDS = (
    {("الحادي", "عشر"): 11} | {(word, "عشر"): 10 + n for n, word in enumerate(_UNITS[1:], start=2)}
    | {("الحادي", "والعشرين"): 21} | {(word, "والعشرين"): 20 + n for n, word in enumerate(_UNITS[1:], start=2)}
    | {("الحادي", "والثلاثين"): 31}
)
# Words after which an ordinal is a day (read without their proclitics: «وفي», «منذ», «بتاريخ»).
_CUES = frozenset({
    "في", "يوم", "اليوم", "منذ", "حتي", "الي", "بتاريخ", "تاريخ", "قبل", "بعد", "صباح", "مساء", "ليله", "فجر",
    "ظهر", "عصر", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
})


def ordinal_day_before(text: str, toks: Sequence[Tok], k: int) -> tuple[int, int] | None:
    """The day an ordinal ending at token ``k`` names, with its first token: (first, day); None if none."""
    if k < 0:
        return None
    first, day = k, _ONE_WORD.get(toks[k].text)
    if k >= 1 and joined(text, toks[k - 1], toks[k]) and (toks[k - 1].text, toks[k].text) in _TWO_WORDS:
        first, day = k - 1, _TWO_WORDS[(toks[k - 1].text, toks[k].text)]
    if day is None or not _may_be_a_day(text, toks, first):
        return None
    return first, day


def _may_be_a_day(text: str, toks: Sequence[Tok], first: int) -> bool:
    if first == 0 or not joined(text, toks[first - 1], toks[first]):
        return True  # the start of its phrase
    return any(rest in _CUES for _, rest in readings(toks[first - 1].text))
