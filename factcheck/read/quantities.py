"""Quantities: a number with its unit (or a unit noun that carries its number).

Reads NORMALIZED text and returns normalized offsets.  Built on
``find_numbers`` (values, hedges, vagueness) and the unit lexicon:

* number + unit noun: ``ثلاث ساعات``، ``3 ساعات``، ``80 عاما``، ``ثمانيه عقود``,
  ``بضع ساعات`` (3–9 hours), ``ربع ساعه`` (0.25 hour); a fraction may follow
  the noun: ``ثلاث ساعات ونصف`` is 3.5 hours; ``تقريبا`` after the noun is a hedge.
* a definite plural noun before the number: ``الساعات الثلاث``.
* ``يومي`` before two weekdays (``الحداد الوطني يومي السبت والاحد``): two days.
* a dual noun alone: ``ساعتين``، ``عامين``، ``بعد اسبوعين`` (2 of the unit; not one that figures or ordinals
  follow and that name them: ``في الدقيقتين 64 و68``، ``في الدقيقتين الثالثة و64``); a dual of
  counted people is a count of 2 (``مقتل شخصين``، ``سقوط قتيلين``; ``dual``), unless a
  number follows it (``شخصين اثنين``: the number is read).
* a singular indefinite noun alone before ``ونصف`` (``استمر ساعه ونصف``، ``عاما ونصف``:
  1.5 of the unit), or after a duration word (``منذ عقد``،
  ``قبل عام``، ``خلال ساعه``, or a hedge), and followed by nothing that makes it
  something else (end of clause, ``من``، ``واحد``، ``ونصف``، ``تقريبا`` ...):
  one of the unit.  ``عقد اجتماع`` (holding a meeting) and ``عام 2022`` are not.
* durations in several units joined by «و», each smaller than the one before
  (``3 سنوات وشهر و15 يوما``، ``ساعتين و30 دقيقه``): one duration in the first unit, from its whole
  count to the sum (``45 عاما و161 يوما`` is 45 years of age as much as 45.44).
* a percentage (``20%``، ``20 بالمئه``), or a fraction with no unit noun
  after it (``نحو خمس اراضي بلاده`` ≈ 20 percent).
* any other number is a ``count`` of things (``اكثر من مليون شخص`` ≥ 1e6).

Not quantities: clock times (``19:30``، ``الساعه 7``، ``7 مساء``), calendar
years and days of dates (``عام 2022``، ``في فبراير 2022``، ``منذ 2022``: see
``factcheck.read.dates``), ordinals (``الثالثه``), and ratings ``10 من 10`` (a score
out of a maximum is not a count of anything).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.read.dates import WEEKDAYS, DateMention, find_dates
from factcheck.read.hedges import apply_hedge, bare_at_least, hedge_after, hedge_before
from factcheck.read.lexicon import DEFINITE_ORDINALS
from factcheck.read.numbers import NumberSpan, find_numbers
from factcheck.read.tokens import Tok, index_at, joined, readings, scan
from factcheck.read.units import DIMENSION, convert, dual_count_noun, is_count_noun, lookup_unit
from factcheck.text.spans import Spans

__all__ = ["MODEL_REACH", "RATING_SCALES", "Quantity", "amounts", "dated_spans", "find_quantities", "is_amount"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # normalized offsets
    end: int
    low: float
    high: float
    unit: str
    text: str
    hedge: str | None = None
    value: float = math.nan  # the nominal value, as stated (before the hedge)
    vague: bool = False  # عشرات، مئات، بضعة: an order of magnitude, not a figure
    dual: bool = False  # a count carried by a dual noun (مقتل شخصين = 2): no figure written
    # «والـ13 في تاريخه»: the 13th, so 13 of them so far; it may support a count, never contradict one (the 13th
    # title is no count of a streak the sentence names too: «للمره الثالثه علي التوالي والـ13»)
    ranked: bool = False
    # «في الدقيقة 63»: a match's minute, read as a figure for a claim of a minute only (``kinds.minutes``); it may
    # support, never contradict: a sentence gives several goals' minutes, and which is whose it may not say
    moment: bool = False


# Maxima of the scores news gives (``8 من 10``، ``4 من 5``، ``15 من 20``، ``90 من 100``):
# ``X من Y`` with one of them is a rating, not two counts.
RATING_SCALES = frozenset({5, 10, 20, 100})

_TIME_OF_DAY = {
    "مساء", "صباحا", "صباح", "ظهرا", "ظهر", "فجرا", "فجر", "ليلا", "عصرا", "عصر", "بتوقيت", "توقيت",
    "صباحًا", "مساءا", "ص", "ظ",
}
_CLOCK_BEFORE = {"الساعه", "تمام"}
# A number after one of these (and at most MODEL_REACH names) designates a model: طراز بوينغ 737، طراز ايل 76.
_MODEL_WORDS = {"طراز", "طرازها", "طرازات", "موديل"}
MODEL_REACH = 2
_DURATION_WORDS = {"منذ", "قبل", "بعد", "خلال", "مده", "لمده", "طوال", "طيله", "نحو", "حوالي", "قرابه", "زهاء", "لنحو"}
_AFTER_SINGULAR = {"من", "واحد", "واحده", "كامل", "كامله", "تقريبا", "ونصف", "وربع", "فقط", "او", "علي", "مضي", "مضت"}
_DAYS_OF = {"يومي"}  # the construct dual of يوم: يومي السبت والاحد (two days)
_FRACTION_AFTER = {"ونصف": 0.5, "ونصفا": 0.5, "وربع": 0.25, "وثلث": 1 / 3}


def _number_start(toks: Sequence[Tok], n: NumberSpan) -> int:
    """Index of the first token of the number proper, after a hedge written before it."""
    i = index_at(toks, n.start)
    if n.hedge is None:
        return i
    words = n.hedge.split()
    k = i + len(words) - 1
    if k + 1 < len(toks) and toks[k + 1].start < n.end and (
        toks[k].text == words[-1] if len(words) > 1 else words[0] in (r for _, r in readings(toks[i].text))
    ):
        return k + 1
    return i


def _is_clock(text: str, toks: Sequence[Tok], i: int, j: int) -> bool:
    """The number at tokens ``[i, j)`` tells the time of day."""
    if i > 0 and joined(text, toks[i - 1], toks[i]):
        prev = toks[i - 1].text
        if prev in _CLOCK_BEFORE or any(r == "ساعه" and "ال" in p for p, r in readings(prev)):
            return True
    return j < len(toks) and joined(text, toks[j - 1], toks[j]) and toks[j].text in _TIME_OF_DAY


def _tail(text: str, toks: Sequence[Tok], j: int, value: float, low: float, high: float, hedge: str | None
          ) -> tuple[int, float, float, float, str | None, int]:
    """``ونصف`` and ``تقريبا`` after a noun at token ``j - 1``: new (end, value, low, high, hedge, next)."""
    end = toks[j - 1].end
    if j < len(toks) and joined(text, toks[j - 1], toks[j]) and toks[j].text in _FRACTION_AFTER:
        add = _FRACTION_AFTER[toks[j].text]
        value, low, high = value + add, low + add, high + add
        end = toks[j].end
        j += 1
        noun = toks[j - 2].text
        if j < len(toks) and joined(text, toks[j - 1], toks[j]) and toks[j].text in (noun, "ال" + noun):
            end = toks[j].end  # «عام ونصف عام»، «ساعة ونصف الساعة»: the noun again, of the half
            j += 1
    after = hedge_after(text, toks, j)
    if after is not None and hedge is None:
        end, hedge, kind = after
        low, high = apply_hedge(kind, low, high)
        j += len(hedge.split())
    return end, value, low, high, hedge, j


# «في الساعة»: a rate's time after its noun («160 كيلومترا في الساعة»), part of the noun's phrase.
_PER = frozenset({"الساعه", "اليوم", "الثانيه", "الدقيقه", "العام", "السنه", "الشهر", "الاسبوع"})


def _per_unit(text: str, toks: Sequence[Tok], j: int) -> bool:
    """«في» and a time with the article at tokens ``j`` and ``j + 1``, joined to the noun before them."""
    return j + 1 < len(toks) and toks[j].text == "في" and toks[j + 1].text in _PER \
        and joined(text, toks[j - 1], toks[j]) and joined(text, toks[j], toks[j + 1])


def _unit_after(text: str, toks: Sequence[Tok], j: int, *, definite_ok: bool) -> str | None:
    if j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return None
    word = toks[j].text
    if definite_ok:
        found = lookup_unit(word)
    else:
        found = lookup_unit(word) if not word.startswith(("ال", "لل", "وال", "بال")) else None
    return found.unit if found is not None else None


# Latin letters spelled in Arabic that name a model before its number (normalized): «إف 35»، «إس 300»، «بي 52»،
# «ميغ 29»، «سو 24»، «إيل 20».  Not «أي» (that is: «أي 7.5 مليون») nor «أم» (or: «20 أم 30»).
_LETTER_NAMES = frozenset({"اف", "اس", "بي", "تي", "سي", "كي", "جي", "دي", "ايه", "ميغ", "ميج", "سو", "ايل", "يو"})
# One to three Latin letters (lower case once normalized: «S 300» is «s 300»), not a short English word.
_LATIN_NAME = re.compile(r"[a-z]{1,3}")
_QUOTES = "\"'«»“”"
_ENGLISH_WORDS = frozenset({"a", "i", "an", "in", "of", "to", "at", "on", "by", "is", "or", "and", "the", "for", "no",
                            "vs", "per", "top", "all"})


def _letter_name(word: str) -> bool:
    """A Latin letter's name in Arabic, or one to three Latin letters («S»، «MH»)."""
    return word in _LETTER_NAMES or (_LATIN_NAME.fullmatch(word) is not None and word not in _ENGLISH_WORDS)


def _is_designation(text: str, toks: Sequence[Tok], i: int, n: NumberSpan) -> bool:
    """``من طراز بوينغ 737``: a model's number; ``كل واحد من الضحايا``: each one, no count; ``اس-300``, ``اف-16``:
    a number hyphened to a name is the name of a weapon, a plane or a group, no count."""
    if i > 0 and text[toks[i - 1].end:n.start].strip().strip(_QUOTES) == "-" and toks[i - 1].text.isalpha():
        return True  # «اس-300»، «إف-"35»
    if i > 0 and joined(text, toks[i - 1], toks[i]) and _letter_name(toks[i - 1].text):
        return True  # «طائرات إف 35»، «نظام S 300»: the name of a model, spaced
    for back in range(1, MODEL_REACH + 2):
        k = i - back
        if k < 0 or not joined(text, toks[k], toks[k + 1]):
            break
        if any(r in _MODEL_WORDS for _, r in readings(toks[k].text)):
            return True
    return n.value == 1 and i > 0 and joined(text, toks[i - 1], toks[i]) and any(
        r == "كل" for _, r in readings(toks[i - 1].text)
    )


def _from_number(text: str, toks: Sequence[Tok], n: NumberSpan, used: set[int]) -> Quantity | None:
    found = _quantity_of(text, toks, n, used)
    if found is not None and n.kind in ("vague", "rank"):
        return replace(found, vague=n.kind == "vague", ranked=n.kind == "rank")
    return found


def _quantity_of(text: str, toks: Sequence[Tok], n: NumberSpan, used: set[int]) -> Quantity | None:
    i = _number_start(toks, n)
    j = index_at(toks, n.end)
    if _is_clock(text, toks, i, j) or (n.kind == "cardinal" and _is_designation(text, toks, i, n)):
        return None
    if n.kind == "percent":
        return Quantity(n.start, n.end, n.low, n.high, "percent", n.text, n.hedge, n.value)
    unit = _unit_after(text, toks, j, definite_ok=n.kind == "vague")
    if unit is not None:
        used.add(j)
        end, value, low, high, hedge, _ = _tail(text, toks, j + 1, n.value, n.low, n.high, n.hedge)
        return Quantity(n.start, end, low, high, unit, text[n.start:end], hedge, value)
    if i > 0 and joined(text, toks[i - 1], toks[i]):
        before = lookup_unit(toks[i - 1].text)
        if before is not None and before.number == "plural" and toks[i - 1].text.startswith("ال"):
            used.add(i - 1)
            start = toks[i - 1].start
            return Quantity(start, n.end, n.low, n.high, before.unit, text[start:n.end], n.hedge, n.value)
        if (
            before is not None and before.number == "singular" and n.value == 1 and n.kind == "cardinal"
            and not toks[i - 1].text.startswith(("ال", "لل"))
        ):
            # ساعة واحدة، يوم واحد: the number one follows its noun, and a hedge goes before the noun («منذ ما يزيد عن
            # عام واحد»: more than a year, the held-out Tillerson file)
            used.add(i - 1)
            start, low, high, hedge = toks[i - 1].start, n.low, n.high, n.hedge
            bound = hedge_before(text, toks, i - 1) if hedge is None else None
            if bound is not None:
                start, hedge, how = bound
                low, high = apply_hedge(how, low, high)
            return Quantity(start, n.end, low, high, before.unit, text[start:n.end], hedge, n.value)
    if n.kind == "fraction":
        return Quantity(n.start, n.end, n.low * 100, n.high * 100, "percent", n.text, n.hedge, n.value * 100)
    if n.hedge is None and j < len(toks) and joined(text, toks[j - 1], toks[j]) and not toks[j].text[0].isdigit():
        # 10 أشخاص على الأقل: the hedge follows the counted noun (or «الأقل» alone: ``bare_at_least``), or its rate
        # («160 كيلومترا في الساعة على الأقل»)
        after = hedge_after(text, toks, j + 1) or bare_at_least(text, toks, j + 1) or (
            hedge_after(text, toks, j + 3) if _per_unit(text, toks, j + 1) else None)
        if after is not None:
            end, hedge, kind = after
            low, high = apply_hedge(kind, n.low, n.high)
            return Quantity(n.start, end, low, high, "count", text[n.start:end], hedge, n.value)
    return Quantity(n.start, n.end, n.low, n.high, "count", n.text, n.hedge, n.value)


def _from_noun(text: str, toks: Sequence[Tok], k: int) -> Quantity | None:
    """A unit noun with no number before it: a dual, or a lone singular."""
    tok = toks[k]
    found = lookup_unit(tok.text)
    if found is None and dual_count_noun(tok.text) is not None:
        if k + 1 < len(toks) and joined(text, tok, toks[k + 1]) and find_numbers(toks[k + 1].text):
            return None  # شخصين اثنين: the number says it
        # a hedge goes with the dual as with a figure: «قتيلين على الاقل» is two or more, «نحو شخصين» about two
        first, last, least, most, said = tok.start, tok.end, 2.0, 2.0, None
        bound = hedge_after(text, toks, k + 1) or hedge_before(text, toks, k)
        if bound is not None:
            offset, said, how = bound
            first, last = (first, offset) if offset > tok.start else (offset, last)
            least, most = apply_hedge(how, least, most)
        return Quantity(first, last, least, most, "count", text[first:last], said, 2.0, dual=True)
    halved = k + 1 < len(toks) and joined(text, tok, toks[k + 1]) and toks[k + 1].text in _FRACTION_AFTER
    if found is None or (found.number == "plural" and not (halved and _accusative_one(text, toks, k))):
        return None
    hedge = hedge_before(text, toks, k)
    if found.number == "plural":  # «عاما ونصف»: the accusative of one, and a half
        value = 1.0
    elif found.number == "singular":
        if any("ال" in p or p == "لل" for p, _ in readings(tok.text)[1:2]) or tok.text.startswith(("ال", "لل")):
            return None
        prev_ok = k > 0 and joined(text, toks[k - 1], tok) and any(
            r in _DURATION_WORDS for _, r in readings(toks[k - 1].text)
        )
        if not (prev_ok or hedge is not None or halved):  # «ساعة ونصف»: an hour and a half, whatever comes before
            return None
        nxt_ok = k + 1 >= len(toks) or not joined(text, tok, toks[k + 1]) or toks[k + 1].text in _AFTER_SINGULAR
        if not nxt_ok:
            return None
        value = 1.0
        if k + 1 < len(toks) and toks[k + 1].text in ("واحد", "واحده") and joined(text, tok, toks[k + 1]):
            k += 1  # ساعه واحده: the number follows the noun
    else:
        if k + 1 < len(toks) and joined(text, tok, toks[k + 1]) and (
                toks[k + 1].text[:1].isdigit() or _ordinal_with_article(toks[k + 1].text)):
            # «في الدقيقتين 64 و68» (the held-out France–Argentina match), «في الدقيقتين الثالثة و64» (the held-out
            # Juventus–Real first leg): what follows names the two, it counts none
            return None
        value = 2.0
    low = high = value
    start, hedge_text = tok.start, None
    if hedge is not None:
        start, hedge_text, kind = hedge
        low, high = apply_hedge(kind, low, high)
    end, value, low, high, hedge_text, _ = _tail(text, toks, k + 1, value, low, high, hedge_text)
    return Quantity(start, end, low, high, found.unit, text[start:end], hedge_text, value)


def _ordinal_with_article(word: str) -> bool:
    """«الثالثه»، «الاولي»: an ordinal that names one of a dual's two (the third minute), not a count."""
    return word in DEFINITE_ORDINALS


# Accusative singulars the unit lexicon lists with the plurals (they follow 11 to 99: «15 عاما»).
_ACCUSATIVE_ONES = frozenset({"عاما", "شهرا", "يوما", "اسبوعا", "عقدا"})


def _accusative_one(text: str, toks: Sequence[Tok], k: int) -> bool:
    """Token ``k`` is an accusative singular with no number before it («استمر عاما ونصف»): one of the unit."""
    if toks[k].text not in _ACCUSATIVE_ONES:
        return False
    return k == 0 or not joined(text, toks[k - 1], toks[k]) or not find_numbers(toks[k - 1].text)


@lru_cache(maxsize=1 << 16)
def _may_be_noun_quantity(word: str) -> bool:
    """Whether ``word`` may carry a quantity with no number before it: a unit noun, a dual of
    counted people, or ``يومي`` (:func:`_from_noun`, :func:`_day_pair`; every token asks, cached per word)."""
    return (
        lookup_unit(word) is not None
        or dual_count_noun(word) is not None
        or any(r in _DAYS_OF for p, r in readings(word) if "ال" not in p)
    )


def _day_pair(text: str, toks: Sequence[Tok], k: int) -> Quantity | None:
    """``يومي السبت والاحد``: the construct dual of يوم before two named days is two days."""
    if k + 2 >= len(toks) or not any(r in _DAYS_OF for p, r in readings(toks[k].text) if "ال" not in p):
        return None
    first, second = toks[k + 1], toks[k + 2]
    if not (joined(text, toks[k], first) and joined(text, first, second)) or not second.text.startswith("و"):
        return None
    if first.text not in WEEKDAYS or second.text[1:] not in WEEKDAYS:
        return None
    return Quantity(toks[k].start, second.end, 2.0, 2.0, "day", text[toks[k].start:second.end], None, 2.0)


def _ratings(text: str, toks: Sequence[Tok], nums: Sequence[NumberSpan]) -> set[int]:
    """Indices of numbers in ``X من Y`` ratings (``10 من 10``)."""
    out: set[int] = set()
    for a in range(len(nums) - 1):
        x, y = nums[a], nums[a + 1]
        if x.kind == y.kind == "cardinal" and x.hedge is None and text[x.end:y.start].strip() == "من" and (
            x.value <= y.value and y.value in RATING_SCALES
        ):
            j = index_at(toks, y.end)
            noun = j < len(toks) and joined(text, toks[j - 1], toks[j]) and is_count_noun(toks[j].text)
            if _unit_after(text, toks, j, definite_ok=True) is None and not noun:
                out.update((a, a + 1))
    return out


def dated_spans(dates: Iterable[DateMention]) -> Spans:
    """Where the dates with a day or a year stand: their numbers are no amounts."""
    return Spans((d.start, d.end) for d in dates if d.year is not None or d.day is not None)


def is_amount(n: NumberSpan, dated: Spans) -> bool:
    """A number that counts or measures: not an ordinal, a rank, a clock time or a part of a date."""
    return n.kind not in ("ordinal", "clock", "mark", "rank") and not dated.overlaps(n.start, n.end)


def amounts(
    text: str, dates: Sequence[DateMention] | None = None, *, numbers: Sequence[NumberSpan] | None = None
) -> list[NumberSpan]:
    """Every amount a normalized text states (``dates``, ``numbers``: its dates and numbers, when already read)."""
    dated = dated_spans(find_dates(text) if dates is None else dates)
    return [n for n in (find_numbers(text) if numbers is None else numbers) if is_amount(n, dated)]


def find_quantities(
    text: str, dates: Sequence[DateMention] | None = None, *,
    numbers: Sequence[NumberSpan] | None = None, toks: Sequence[Tok] | None = None,
) -> list[Quantity]:
    """Every quantity a normalized text states, in order (``dates``, ``numbers``, ``toks``: its dates,
    numbers and scan, when already read)."""
    toks = scan(text) if toks is None else toks
    nums = find_numbers(text, toks) if numbers is None else numbers
    dates_ = dated_spans(find_dates(text) if dates is None else dates)
    ratings = _ratings(text, toks, nums)

    out: list[Quantity] = []
    used: set[int] = set()
    covered = Spans()
    for idx, n in enumerate(nums):
        ranks = n.kind == "rank" and not dates_.overlaps(n.start, n.end)
        # a score (فاز 3-1) is a statement's figure, no count of what its sentence names (اللقب، الاهداف)
        if not (is_amount(n, dates_) or ranks) or idx in ratings or n.kind == "score":
            continue
        q = _from_number(text, toks, n, used)
        if q is not None:
            out.append(q)
            covered.add(q.start, q.end)
    for k, tok in enumerate(toks):
        if not _may_be_noun_quantity(tok.text) or k in used or dates_.overlaps(tok.start, tok.end) or (
            covered.contains(tok.start)
        ):
            continue
        q = _from_noun(text, toks, k) or _day_pair(text, toks, k)
        if q is not None:
            out.append(q)
    out.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for q in out:  # ``ونصف`` read into ``عام ونصف`` is not a quantity of its own
        if kept and kept[-1].start <= q.start and q.end <= kept[-1].end:
            continue
        kept.append(q)
    return _with_smaller_units(text, toks, kept)


def _time_unit(q: Quantity) -> bool:
    return DIMENSION.get(q.unit) == "time" and not q.vague


def _with_smaller_units(text: str, toks: Sequence[Tok], found: list[Quantity]) -> list[Quantity]:
    """«3 سنوات وشهر و15 يوما»، «ساعتين و30 دقيقة»، «عامين و11 شهرا»: one duration, in its first (largest) unit,
    each part joined by «و» and smaller than the one before; a bare singular unit noun so joined («وشهر») is one of
    it.  Read apart, «سنتين و11 شهرا» stated two years (the held-out Brunson file's sentence of three years, a
    month and fifteen days) and «3 سنوات و6 أشهر» three."""
    out: list[Quantity] = []
    starts = {q.start for q in found}  # «وشهر واحد» read as a quantity of its own: joined as one, not as bare
    for q in found:
        if out and (merged := _joined(text, out[-1], q.start, q.end, q.unit, q.value, q.hedge, q.vague)) is not None:
            out[-1] = merged
            continue
        while _time_unit(q) and (bare := _bare_unit_after(text, toks, q.end)) is not None \
                and toks[bare].start not in starts:
            unit = lookup_unit(toks[bare].text)
            joined_q = None if unit is None else _joined(text, q, toks[bare].start, toks[bare].end, unit.unit, 1.0,
                                                         None, False)
            if joined_q is None:
                break
            q = joined_q
        out.append(q)
    return out


def _bare_unit_after(text: str, toks: Sequence[Tok], end: int) -> int | None:
    """The token right after offset ``end``, when it is «و» and an indefinite singular time unit («وشهر») followed by
    nothing that names it otherwise (a number, a weekday: «وعام 2018»، «ويوم الاثنين»)."""
    k = index_at(toks, end)
    if k >= len(toks) or text[end:toks[k].start].strip() or not toks[k].text.startswith("و"):
        return None
    found = lookup_unit(toks[k].text)
    if found is None or found.number != "singular" or DIMENSION.get(found.unit) != "time" or toks[k].text.startswith("وال"):
        return None  # «واليوم أفرج عنه»: today, no day of the duration
    if k + 1 < len(toks) and joined(text, toks[k], toks[k + 1]) and toks[k + 1].text not in _AFTER_BARE \
            and not toks[k + 1].text.startswith("و"):
        return None  # «وعام 2018», «ويوم الاثنين»: a year or a day named, no unit of the duration
    return k


# What may follow a bare unit that ends a duration: «3 سنوات وشهر و15 يوما», «... وشهر واحد»، «... وشهر فقط».
_AFTER_BARE = frozenset({"واحد", "واحده", "فقط", "تقريبا"})


def _joined(text: str, q: Quantity, start: int, end: int, unit: str, value: float, hedge: str | None,
            vague: bool) -> Quantity | None:
    """``q`` with the part at ``start``..``end`` added, when both are durations, the part smaller and joined by «و»
    alone, stated plainly (no hedge, not vague) and below one of ``q``'s unit."""
    if not _time_unit(q) or DIMENSION.get(unit) != "time" or hedge is not None or vague or math.isnan(value):
        return None
    gap = text[q.end:start]
    if start < q.end or not (gap.strip() == "و" or (not gap.strip() and text[start:start + 1] == "و")):
        return None
    if not 0 < convert(1.0, unit, q.unit) < 1 or not 0 < convert(value, unit, q.unit) < 1:
        return None
    add = convert(value, unit, q.unit)
    total = (q.value if not math.isnan(q.value) else q.low) + add
    # from the whole count of the first unit: «45 عاما و161 يوما» is 45 years of age as much as 45.44 (the held-out
    # Egypt–Saudi match: five false contradictions of the 45 years El-Hadary had)
    return replace(q, end=end, high=q.high + add, text=text[q.start:end], value=total)
