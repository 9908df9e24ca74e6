"""Number and date clashes between a claim and the clause that says it.

A clash is a stated contradiction: the claim's amount (or date) is not the
source's, while the source states one.  Both are read by ``factcheck.read``
on normalized text; a clash is returned as (what the claim says, what the
source states), for the verdict's reason.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from factcheck.read.dates import find_dates
from factcheck.read.numbers import NumberSpan
from factcheck.read.quantities import amounts, find_quantities
from factcheck.read.tokens import last_word
from factcheck.read.units import is_count_noun
from factcheck.text.morphology import stems

__all__ = ["Clash", "another_dated", "date_clash", "number_clash", "numbers_agree", "numbers_of", "numbers_stated", "only_bounded"]

# (the claim says, the source states)
Clash = tuple[str, str]


def numbers_of(text: str) -> list[NumberSpan]:
    """Every amount in a normalized text: digits, number words, hedges.

    Ordinals, clock times and the days and years of dates are not amounts and
    are left out ("يوم 15 أغسطس 2025" states no 15 and no 2025).
    """
    return amounts(text)


def _bound(n: NumberSpan) -> int:
    """+1 for "more than X" (open above), -1 for "less than X", 0 for a value or a range."""
    if math.isinf(n.high):
        return 1
    if n.low == 0 and n.high == n.value and n.value > 0:
        return -1
    return 0


def numbers_agree(c: NumberSpan, s: NumberSpan) -> bool:
    """Overlapping ranges; two bounds the same way agree when the source's is at least as strong.

    "أكثر من مليوني" states "أكثر من مليون"; "أكثر من 22 مليون" does not state
    "أكثر من 500 مليون", although the two open ranges overlap.
    """
    if not (s.low <= c.high and c.low <= s.high):
        return False
    direction = _bound(c)
    if direction and direction == _bound(s):
        return s.value >= c.value if direction > 0 else s.value <= c.value
    return True


def _hedged(text: str, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """The numbers, each widened by a hedge written after its noun («160 كيلومترا في الساعة على الأقل»: 160 or
    more; ``read.quantities``), which the bare number does not carry."""
    bounds = {q.start: q for q in find_quantities(text) if q.hedge and q.unit != "percent"}
    return [replace(n, low=bounds[n.start].low, high=bounds[n.start].high, hedge=bounds[n.start].hedge)
            if n.hedge is None and n.start in bounds else n for n in numbers]


# Letters left out of a word's skeleton: the long vowels and hamza of its pattern, not its root.
_WEAK = str.maketrans("", "", "اويء")
# A skeleton this long at least is a word's own, not a fragment of another's.
_SKELETON = 3


def _skeleton(word: str) -> str:
    """A stem without its long vowels and a leading م («مقتل»، «قتلي» → «قتل»)."""
    s = stems(word)[-1].translate(_WEAK)
    return s[1:] if s.startswith("م") and len(s) > _SKELETON else s


def _related(noun: str, word: str) -> bool:
    """Whether a claim's word names the thing a number counts («مقتل 10» and «3 قتلي»)."""
    if set(stems(noun)) & set(stems(word)):
        return True
    a, b = _skeleton(noun), _skeleton(word)
    return min(len(a), len(b)) >= _SKELETON and (a.startswith(b) or b.startswith(a))


def _counts_other(text: str, n: NumberSpan, claim_words: list[str]) -> bool:
    """Whether the number counts a noun of counted things written right after it («ثلاثه نساء»، «4 اعضاء») that
    is like no word of the claim."""
    after = text[n.end:].split(maxsplit=1)
    if not after:
        return False
    noun = after[0].strip(".,،؛:\"'()")
    return is_count_noun(noun) and not any(_related(noun, w) for w in claim_words)


# Nouns of measure after a figure (normalized), by unit: a figure in one unit denies none in another (no conversion
# is read here; «كلم» and «كيلومترا» are one unit, «في الساعة» after it changes nothing).
_MEASURES = {
    "metre": frozenset({"متر", "مترا", "امتار", "مترات"}),
    "centimetre": frozenset({"سنتيمتر", "سنتيمترا", "سنتيمترات", "سم"}),
    "kilometre": frozenset({"كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم"}),
    "mile": frozenset({"ميل", "ميلا", "اميال"}),
    "foot": frozenset({"قدم", "اقدام"}),
    "ton": frozenset({"طن", "طنا", "اطنان"}),
    "kilogram": frozenset({"كيلوغرام", "كيلوغراما", "كيلوغرامات", "كلغ", "كغ"}),
}


def _measure(text: str, n: NumberSpan) -> str | None:
    """The unit of the noun of measure right after the figure («12 مترا»: metre), if any."""
    after = text[n.end:].split(maxsplit=1)
    if not after:
        return None
    noun = after[0].strip(".,،؛:\"'()")  # as written: «وقدم» after a figure is "and presented", no foot
    return next((unit for unit, words in _MEASURES.items() if noun in words), None)


def number_clash(claim: str, source: str, following: str = "") -> Clash | None:
    """(claim says, source states) when the claim's numbers are not in the source but others are (a source's
    number with the hedge after its noun: ``_hedged``).

    A claim that counts no things of any kind (a score «4-2», a magnitude «6.9 درجه») is not stated otherwise by a
    number that counts things it does not name («اقتحم ثلاثه نساء ورجل ارضيه الملعب»): a figure of another thing.
    ``following``: the sentence's word right after ``source``, the noun a number at its end may count."""
    cn, sn = numbers_of(claim), numbers_of(source)
    if not cn or not sn:
        return None
    sn = _hedged(source, sn)
    # what may deny the claim's figure: not a count of things the claim does not count
    words = claim.split()
    rivals = sn if any(is_count_noun(w) for w in words) else [
        x for x in sn if not _counts_other(f"{source} {following}", x, words)]
    measures = {_measure(claim, c) for c in cn} - {None}
    if measures:  # «الأمواج التي بلغ ارتفاعها 12 مترا» says nothing of winds of «170 كيلومترا في الساعة»
        rivals = [x for x in rivals if _measure(f"{source} {following}", x) in measures | {None}]
    # a figure that states one of the claim's is that one, no rival of another («3-2» beside a claim's «نظيفين»), and
    # a round named by its number is no count («في دور الستة عشر»: the held-out Belgium–Japan file)
    rivals = [x for x in rivals if not any(numbers_agree(c, x) for c in cn) and not _a_round(source, x)]
    for c in cn:
        if rivals and not any(numbers_agree(c, x) for x in sn):
            return c.text, ", ".join(x.text for x in rivals)
    return None


_ROUND = frozenset({"دور"})  # normalized; read by its stems: «الدور», «بدور», «للدور»


def _a_round(text: str, n: NumberSpan) -> bool:
    """The number names a round of a competition: the word right before it is «دور» («دور الستة عشر»)."""
    before = last_word(text, n.start)
    return bool(before) and any(r in _ROUND for r in stems(before))


def numbers_stated(claim: str, source: str) -> bool:
    """Whether every number of the claim agrees with one of the source's."""
    sn = _hedged(source, numbers_of(source))
    return all(any(numbers_agree(c, x) for x in sn) for c in numbers_of(claim))


def only_bounded(claim: str, source: str) -> str | None:
    """A figure of the claim («نحو 250») that only an open bound of the source agrees with («160 على الأقل»), a
    bound of another figure than the claim's: the bound, as written.  It says no figure: it neither states the
    claim's nor denies it («أكثر من 200 قتيل» still states «مقتل 200»: the same figure)."""
    sn = _hedged(source, numbers_of(source))
    for c in numbers_of(claim):
        agreeing = [x for x in sn if numbers_agree(c, x)]
        if _bound(c) == 0 and agreeing and all(_bound(x) and not c.low <= x.value <= c.high for x in agreeing):
            return agreeing[0].text
    return None


# Nouns that name what a figure measures: a source states the dimension in its own word («بلغت شدته 6.2 درجه» for
# «بلغت قوه الزلزال ... 6.9 درجه») or by the unit alone.
_DIMENSIONS = frozenset({
    "قوه", "شده", "سرعه", "ارتفاع", "عدد", "حصيله", "نسبه", "قيمه", "مساحه", "طول", "عمق", "مده", "حجم",
})


@lru_cache(maxsize=1 << 12)
def figure_words(claim: str) -> frozenset[str]:
    """The words of a claim's figures and dates (its numbers, their hedges and nouns of measure, the dimension they
    measure, its days, months and years): what a source that states another figure may say otherwise («كلم» for
    «كيلومترا»), not a word it lacks."""
    out: set[str] = {w for w in claim.split() if w in _DIMENSIONS or (w.startswith("ال") and w[2:] in _DIMENSIONS)}
    for n in numbers_of(claim):
        out.update(claim[n.start:n.end].split())
        if _measure(claim, n) is not None:
            after = claim[n.end:].split()[:3]
            out.add(after[0])
            if after[1:] == ["في", "الساعه"]:
                out.add("الساعه")  # «170 كيلومترا في الساعه»: a speed
    for d in find_dates(claim):
        out.update(claim[d.start:d.end].split())
    return frozenset(out)


def date_clash(claim: str, source: str) -> Clash | None:
    """(claim says, source states) when the claim's dates are not the source's, at the precision both have."""
    cd = [d for d in find_dates(claim) if d.year is not None]
    sd = [d for d in find_dates(source) if d.year is not None]
    if not cd or not sd:
        return None
    if len(cd) > 1 and any(d.calendar == c.calendar and d.agrees_with((c.year, c.month, c.day), c.precision)
                           for c in cd for d in sd):
        return None  # «في مارس 2018 ... منذ توليه السلطة عام 2011» against «منذ توليه منصبه في عام 2011»: one of them
    for c in cd:
        if not any(d.calendar == c.calendar and d.agrees_with((c.year, c.month, c.day), c.precision) for d in sd):
            return c.text, ", ".join(d.text for d in sd)
    return None


# The days of the week, normalized: «زلزال الاحد» names an event by its day.
_WEEKDAYS = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})


def another_dated(claim_words: list[str], sentence: list[str], alike: Callable[[str, str], bool]) -> str | None:
    """A claim's word that the sentence says twice, once named by a day («ضرب زلزال قوي بلغت شدته 6.2 درجه،
    الخميس، ... من اثار زلزال الاحد المدمر»): two events of the claim's kind, and which one a figure of the
    sentence is of, the claim's or the other, is not said.  The day-named one, as written («زلزال الاحد»)."""
    for w in claim_words:
        seen = [j for j, t in enumerate(sentence) if alike(w, t)]
        named = [j for j in seen if j + 1 < len(sentence) and sentence[j + 1] in _WEEKDAYS]
        if len(seen) >= 2 and named:  # noqa: PLR2004 - twice
            return f"{sentence[named[0]]} {sentence[named[0] + 1]}"
    return None
