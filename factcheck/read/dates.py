"""Dates in normalized Arabic text: years, months of three series, days, Hijri.

Reads NORMALIZED text (``factcheck.text.normalize``) and returns normalized offsets.

What is a date here:

* A year with a cue: ``عام 2022``، ``سنه 1867``، ``في 2022``، ``منذ 2022`` (the
  span covers ``عام``/``سنه`` when written).  A bare four-digit number from
  1900 to 2100 is a year too, unless a unit or counted noun or a scale word
  follows (``2000 شخص`` is a count).  Three-digit years need ``عام``/``سنه``,
  a month, or an era mark.
* A month of any of the three series (Egyptian/Gulf ``فبراير``, Levantine
  ``شباط``/``كانون الثاني``, Maghrebi ``فيفري``), with clitics (``بفبراير``),
  a day before it (``24 فبراير``، ``24 من فبراير``) and a year after it; the
  doubled style ``شباط/فبراير`` is one month.  A month without a year is a
  partial date (``year=None``).  A month followed by a relative word
  (``فبراير المقبل``) names no date we can know without the article's date
  and is skipped.  ``مارس`` (also "he practised"), ``اب`` ("father") and
  ``ماي`` only count with a day, a year, or a preceding ``في``/``شهر``.
* Numeric dates: ``24/2/2022``، ``24-02-2022`` (day first), ``2022-02-24``.
* Hijri: a year marked ``ه``/``هـ`` (``1446 هـ``), or a Hijri month name with
  a year (``رمضان 1445``): ``calendar="hijri"``, never a Gregorian year.  A
  Hijri month name without a year is not reported (``صفر`` is also "zero").
  A year marked ``م`` is Gregorian.
* Decades of the last century (``الستينيات``، ``ستينات القرن الماضي``، ``في تسعينيات القرن
  العشرين``): the years 1960–1969 (``year`` and ``year_end``), a date at a year's
  precision.  Not an age (``في الستينيات من عمره``), nor of another century named
  (``ستينيات القرن التاسع عشر``).
* Weekdays (``الجمعه``، ``يوم الاثنين``) are reported with ``weekday`` set
  (ISO: Monday = 1) and no date value.
* Relative words (``امس``، ``اليوم``، ``العام الماضي``) carry no date and are
  never reported.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from factcheck.read.lexicon import LEXICON
from factcheck.read.ordinal_days import ordinal_day_before
from factcheck.read.tokens import Tok, joined, readings, scan
from factcheck.read.units import is_count_noun, lookup_unit
from factcheck.text.spans import Spans

__all__ = ["AMBIGUOUS_MONTHS", "DAY_TIMES", "GREGORIAN_MONTHS", "HIJRI_MONTHS", "WEEKDAYS", "Calendar", "DateMention",
           "find_dates", "may_start_date"]

Calendar = Literal["gregorian", "hijri"]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    calendar: Calendar
    text: str
    weekday: int | None = None  # ISO weekday for ``الجمعه`` and the like
    day_end: int | None = None  # last day of a range (من 3 حتي 5 يونيو): ``day`` is the first
    name: str | None = None  # the name the year belongs to (كاس العالم 2018): no date of an event
    relative: str | None = None  # the words dated by the publication date (الجمعه، امس): news_dates
    since: bool = False  # after منذ: the start of a period, not the date of an event
    until: bool = False  # after حتى, لغاية: the end of a period (a deadline), not the date of an event
    year_end: int | None = None  # last year of a decade (الستينيات: 1960–1969): ``year`` is the first

    @property
    def precision(self) -> int:
        """How many of year, month, day are known, from the year down (0 when no year)."""
        if self.year is None:
            return 0
        if self.month is None:
            return 1
        return 2 if self.day is None else 3

    def agrees_with(self, parts: tuple[int | None, int | None, int | None], precision: int) -> bool:
        """Same (year, month, day) at the precision both sides have: فبراير 2022 agrees with 2022."""
        shared = min(self.precision, precision)
        if shared and self.year_end is not None and self.year is not None and parts[0] is not None:
            return self.year <= parts[0] <= self.year_end  # a decade: any of its years
        if shared == 3 and self.day_end is not None and self.day is not None and parts[2] is not None:
            return (self.year, self.month) == parts[:2] and self.day <= parts[2] <= self.day_end
        return (self.year, self.month, self.day)[:shared] == parts[:shared]


_EGYPTIAN = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]
_MAGHREBI = ["جانفي", "فيفري", "مارس", "افريل", "ماي", "جوان", "جويليه", "اوت", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]
_LEVANTINE_ONE = {"شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9}

GREGORIAN_MONTHS: dict[tuple[str, ...], int] = {
    **{(m,): n for n, m in enumerate(_EGYPTIAN, 1)},
    **{(m,): n for n, m in enumerate(_MAGHREBI, 1)},
    **{(m,): n for m, n in _LEVANTINE_ONE.items()},
    ("يونيه",): 6, ("يوليه",): 7, ("ابريل",): 4, ("جويليت",): 7, ("اغشت",): 8,
    ("نونبر",): 11, ("دجنبر",): 12, ("شتنبر",): 9, ("اكتوبر",): 10, ("يوليوز",): 7,
    ("كانون", "الثاني"): 1, ("كانون", "الاول"): 12, ("تشرين", "الاول"): 10, ("تشرين", "الثاني"): 11,
    ("كانون", "ثاني"): 1, ("كانون", "اول"): 12, ("تشرين", "اول"): 10, ("تشرين", "ثاني"): 11,
}

HIJRI_MONTHS: dict[tuple[str, ...], int] = {
    ("محرم",): 1, ("صفر",): 2,
    ("ربيع", "الاول"): 3, ("ربيع", "الثاني"): 4, ("ربيع", "الاخر"): 4,
    ("جمادي", "الاولي"): 5, ("جمادي", "الاول"): 5, ("جمادي", "الثانيه"): 6, ("جمادي", "الاخره"): 6,
    ("جمادي", "الثاني"): 6, ("جمادي", "الاخر"): 6,
    ("رجب",): 7, ("شعبان",): 8, ("رمضان",): 9, ("شوال",): 10,
    ("ذو", "القعده"): 11, ("ذي", "القعده"): 11, ("ذا", "القعده"): 11,
    ("ذو", "الحجه"): 12, ("ذي", "الحجه"): 12, ("ذا", "الحجه"): 12,
}

# Month names that are also ordinary words: they need a day, a year or a cue.
AMBIGUOUS_MONTHS = {"مارس", "اب", "ماي"}
_MONTH_CUES = {"في", "شهر", "خلال", "منذ", "مطلع", "اواخر", "اوائل", "منتصف", "نهايه", "بدايه"}

WEEKDAYS: dict[str, int] = {
    "الاثنين": 1, "الثلاثاء": 2, "الاربعاء": 3, "الخميس": 4, "الجمعه": 5, "السبت": 6, "الاحد": 7,
}

_RELATIVE = {
    "المقبل", "المقبله", "القادم", "القادمه", "الماضي", "الماضيه", "المنصرم", "الفائت", "السابق",
    "الجاري", "الحالي", "ذاته", "نفسه", "المنقضي",
}
PAST_WORDS = frozenset({"الماضي", "الماضيه", "المنصرم", "الفائت", "المنقضي"})
_CURRENT = frozenset({"الجاري", "الحالي"})
_YEAR_WORDS = {"عام", "العام", "سنه", "السنه", "عامي", "سنتي"}
_YEAR_CUES = {
    "في", "منذ", "حتي", "قبل", "بعد", "خلال", "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "نهايه",
    "بدايه", "صيف", "شتاء", "ربيع", "خريف", "من", "الي", "عن", "بين", "وفي", "ومنذ",
}
_ERA_HIJRI = {"ه", "هجريه", "هجري", "للهجره"}
_ERA_GREGORIAN = {"م", "ميلاديه", "ميلادي", "للميلاد"}

# 12/08/2025 and 2025-08-12, not inside a longer run of digits and marks.  Written to begin with a digit (the
# look-behind after it, over the digit and the character before): a pattern that begins with a character class
# lets the regex engine skip to the next digit, one that begins with a look-behind tries every position of an
# article (three times the time; tests/test_dates.py holds both spellings to the same matches).
_NUMERIC_DMY = re.compile(r"(\d(?<![\d.,/:-]\d)\d?)([/.-])(\d{1,2})\2(\d{4})(?![\d.,/:-]?\d)")
_NUMERIC_YMD = re.compile(r"(\d(?<![\d.,/:-]\d)\d{3})([/-])(\d{1,2})\2(\d{1,2})(?![\d.,/:-]?\d)")


def _stem_in(word: str, table: set[str] | frozenset[str] | dict[str, int]) -> str | None:
    """The clitic reading of ``word`` found in ``table`` (``بفبراير`` → ``فبراير``)."""
    for _, rest in readings(word):
        if rest in table:
            return rest
    return None


@lru_cache(maxsize=1)
def _month_index() -> dict[str, list[tuple[tuple[str, ...], int, Calendar]]]:
    """Month names by their first word, Gregorian series before Hijri."""
    index: dict[str, list[tuple[tuple[str, ...], int, Calendar]]] = {}
    for table, cal in ((GREGORIAN_MONTHS, "gregorian"), (HIJRI_MONTHS, "hijri")):
        calendar: Calendar = "gregorian" if cal == "gregorian" else "hijri"
        for words, month in table.items():
            index.setdefault(words[0], []).append((words, month, calendar))
    return index


def _month_at(toks: Sequence[Tok], text: str, i: int) -> tuple[int, int, Calendar, str] | None:
    """A month name starting at token ``i``: (next token, month, calendar, first word)."""
    index = _month_index()
    for prefix, rest in readings(toks[i].text):
        if "ال" in prefix:
            continue
        for words, month, calendar in index.get(rest, ()):
            n = len(words)
            if i + n > len(toks):
                continue
            seq = toks[i:i + n]
            if any(not joined(text, a, b) for a, b in zip(seq, seq[1:])):
                continue
            if any(t.text != w for t, w in zip(seq[1:], words[1:])):
                continue
            return i + n, month, calendar, words[0]
    return None


def _year_value(tok: Tok) -> int | None:
    """A year after a month name: 3–4 digits, no separators."""
    t = tok.text
    if not t.isdigit() or not 3 <= len(t) <= 4 or int(t) < 100:
        return None
    return int(t)


def _era_after(text: str, toks: Sequence[Tok], j: int) -> tuple[int, Calendar] | None:
    """``ه``/``هـ``/``م`` right after a year: (end offset, calendar)."""
    if j < len(toks) and joined(text, toks[j - 1], toks[j]):
        w = toks[j].text
        if w in _ERA_HIJRI:
            return toks[j].end, "hijri"
        if w in _ERA_GREGORIAN:
            return toks[j].end, "gregorian"
    return None


def _counted_after(text: str, toks: Sequence[Tok], j: int, *, year_word: bool = False) -> bool:
    """A noun or scale after a number makes it a count, not a year (``2000 شخص``); after a year's word a noun in the
    accusative is what one was that year («عام 2008 مرشحا»), no count (a count over a hundred takes no alif)."""
    if j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return False
    w = toks[j].text
    entry = LEXICON.get(w)
    return not (year_word and w.endswith("ا")) and (
        lookup_unit(w) is not None
        or is_count_noun(w)
        or w == "%"
        or (entry is not None and entry[0] in ("scale", "scale_plural"))
        or w in ("بالمئه", "بالمائه")
    )


def _day_before(text: str, toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """A day number before the month at token ``i``: (its token index, day)."""
    k = i - 1
    partitive = k >= 0 and toks[k].text == "من" and joined(text, toks[k], toks[i])
    if partitive:
        k -= 1
        if k < 0 or not joined(text, toks[k], toks[k + 1]):
            return None
    elif k >= 0 and not joined(text, toks[k], toks[i]):
        return None
    if k >= 0 and toks[k].text.isdigit() and len(toks[k].text) <= 2 and 1 <= int(toks[k].text) <= 31:
        return k, int(toks[k].text)
    return ordinal_day_before(text, toks, k) if partitive else None  # «الثالث من مايو»


# Separators of a day range before a month: 3-5 يونيو، من 3 حتى 5 يونيو، بين يومي 3 و5 يونيو.
_RANGE_WORDS = {"حتي", "الي", "و", "لغايه"}


def _range_start(text: str, toks: Sequence[Tok], k: int) -> tuple[int, int] | None:
    """The first day of a range whose last day is token ``k``: (its token index, day)."""
    m = k - 1
    if m >= 0 and re.fullmatch(r"\s*[-–]\s*", text[toks[m].end:toks[k].start]):
        pass
    elif m >= 0 and toks[m].text in _RANGE_WORDS and joined(text, toks[m], toks[k]):
        m -= 1
        if m < 0 or not joined(text, toks[m], toks[m + 1]):
            return None
    else:
        return None
    t = toks[m].text
    if t.isdigit() and len(t) <= 2 and 1 <= int(t) < int(toks[k].text):
        return m, int(t)
    return None


# Names that carry a year: كاس العالم 2018، مونديال 2022، رؤيه 2030.
_NAMES_WITH_YEAR = {"مونديال", "المونديال", "يورو", "اكسبو", "رؤيه", "اولمبياد", "الاولمبياد", "فورمولا"}
_CUP = "كاس"
_CUP_REACH = 3  # words of a cup's name before its year (كاس امم افريقيا 2019)


def _name_before(text: str, toks: Sequence[Tok], i: int) -> str | None:
    """The name a year at token ``i`` belongs to, if the words right before it are one."""
    k = i - 1
    if k < 0 or not (joined(text, toks[k], toks[i]) or text[toks[k].end:toks[i].start] == "_"):
        return None
    if text[toks[k].end:toks[i].start] == "_" or _stem_in(toks[k].text, _NAMES_WITH_YEAR) is not None:
        # a hashtag (#افد_2018) or a name that carries a year
        return toks[k].text
    for back in range(1, _CUP_REACH + 1):
        c = i - back
        if c < 0 or (back > 1 and not joined(text, toks[c], toks[c + 1])):
            return None
        if _stem_in(toks[c].text, {_CUP}) is not None:
            return " ".join(t.text for t in toks[c:i])
    return None


def _numeric_dates(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _NUMERIC_DMY.finditer(text):
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            out.append(DateMention(m.start(), m.end(), y, mo, d, "gregorian", m.group()))
    for m in _NUMERIC_YMD.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            out.append(DateMention(m.start(), m.end(), y, mo, d, "gregorian", m.group()))
    return out


def _with_era(mention: DateMention, text: str, toks: Sequence[Tok], j: int) -> DateMention:
    era = _era_after(text, toks, j)
    if era is None:
        return mention
    end, cal = era
    calendar: Calendar = mention.calendar if cal == "gregorian" and mention.calendar == "hijri" else cal
    return replace(mention, end=end, calendar=calendar, text=text[mention.start:end])


# Decades by their ordinal plural, with or without the ي of the nisba (ستينيات، ستينات).
_DECADES = {f"{tens}{end}": 1900 + 10 * n for n, tens in enumerate(
    ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"), start=2) for end in ("يات", "ات")}
# After ``القرن``: the last century, the one a decade names when no century is said.
_LAST_CENTURY = frozenset({"الماضي", "العشرين", "20"})
# ``في الستينيات من عمره``: an age, not a decade.
_AGE = frozenset({"عمره", "عمرها", "عمرهم", "العمر", "عمري"})
_ERA = frozenset({"عقد", "حقبه", "فتره"})


def _decade(text: str, toks: Sequence[Tok], i: int) -> DateMention | None:
    """A decade of the last century at token ``i`` (``الستينيات``، ``ستينيات القرن الماضي``), or None."""
    first = next((_DECADES[r] for _, r in readings(toks[i].text) if r in _DECADES), None)
    if first is None:
        return None
    end = i
    nxt = toks[i + 1] if i + 1 < len(toks) and joined(text, toks[i], toks[i + 1]) else None
    if nxt is not None and nxt.text == "من" and i + 2 < len(toks) and any(
            r in _AGE for _, r in readings(toks[i + 2].text)):
        return None
    if nxt is not None and nxt.text == "القرن":
        after = toks[i + 2] if i + 2 < len(toks) and joined(text, nxt, toks[i + 2]) else None
        if after is None or after.text not in _LAST_CENTURY:
            return None  # another century, or one not said
        end = i + 2
    elif not (i > 0 and joined(text, toks[i - 1], toks[i]) and any(r in _ERA for _, r in readings(toks[i - 1].text))):
        # a decade alone is as often an age («رجل في الخمسينيات»), a temperature («إلى الأربعينات») or another
        # century's: only «القرن الماضي/العشرين» after it, or «عقد/حقبة» before it, make it the last century's
        return None
    start, stop = toks[i].start, toks[end].end
    return DateMention(start, stop, first, None, None, "gregorian", text[start:stop], year_end=first + 9)


@lru_cache(maxsize=1 << 16)
def may_start_date(word: str) -> bool:
    """Whether ``word`` may begin a date: a month name or a weekday (with clitics), or 3–4 digits.

    The loop of :func:`find_dates` reads nothing else at a token; asked of every
    token, the answer is cached per word.
    """
    if word.isdigit() and 3 <= len(word) <= 4:
        return True
    index = _month_index()
    return any(("ال" not in p and r in index) or r in WEEKDAYS or r in _DECADES for p, r in readings(word))


# Words of a day or of its time before «الاثنين» that make it Monday: «يوم الاثنين»، «صباح الاثنين»، «مساء الاثنين».
DAY_TIMES = frozenset({"يوم", "اليوم", "صباح", "مساء", "فجر", "ظهر", "عصر", "ليله", "ليل"})


def _after_yawm(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``يوم`` or a time of day right before token ``i``: ``يوم الاثنين``، ``صباح الاثنين`` is Monday."""
    return i > 0 and _stem_in(toks[i - 1].text, DAY_TIMES) is not None and joined(text, toks[i - 1], toks[i])


# «الاثنين» is "the two" after these («بين الاثنين», «كلا الاثنين», «من الاثنين»), after the dual it counts
# («الزعيمين الاثنين») and before «معا»; anywhere else news writes the day (the held-out Helsinki file: «أعرب
# ترمب، الاثنين،», «في قمة جمعته الاثنين بنظيره الروسي»: 13 of its 20 supports of the summit's Monday).
_OF_THE_TWO = frozenset({"بين", "كلا", "من"})


def _monday(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Whether the token ``الاثنين`` at ``i`` is Monday, not "the two"."""
    if _after_yawm(text, toks, i):
        return True
    if i > 0 and joined(text, toks[i - 1], toks[i]) and any(
            r in _OF_THE_TWO or (r.startswith("ال") and r.endswith(("ين", "ان"))) for _, r in readings(toks[i - 1].text)):
        return False
    return not (i + 1 < len(toks) and joined(text, toks[i], toks[i + 1]) and toks[i + 1].text.startswith("معا"))


def find_dates(text: str, toks: Sequence[Tok] | None = None) -> list[DateMention]:
    """Every date, partial date and weekday stated in a normalized text, in order.

    ``toks``: the text's tokens as ``scan`` gives them (a document's ``Analysis.toks``), when already made."""
    toks = scan(text) if toks is None else toks
    numeric = _numeric_dates(text)
    out: list[DateMention] = list(numeric)
    taken = Spans((d.start, d.end) for d in numeric)

    def free(tok: Tok) -> bool:
        return not taken.contains(tok.start)

    i = 0
    while i < len(toks):
        tok = toks[i]
        if not may_start_date(tok.text) or not free(tok):
            i += 1
            continue
        month = _month_at(toks, text, i)
        if month is not None:
            j, mon, cal, first = month
            start, day = tok.start, None
            found_day = _day_before(text, toks, i)
            day_end = None
            if found_day is not None and free(toks[found_day[0]]):
                start, day = toks[found_day[0]].start, found_day[1]
                first_day = _range_start(text, toks, found_day[0])
                if first_day is not None and free(toks[first_day[0]]):
                    start, day, day_end = toks[first_day[0]].start, first_day[1], day
            # شباط/فبراير: the same month in a second series.
            if j < len(toks) and re.fullmatch(r"\s*[/(]\s*", text[toks[j - 1].end:toks[j].start]):
                other = _month_at(toks, text, j)
                if other is not None and other[1] == mon and other[2] == cal:
                    j = other[0]
            end_month = toks[j - 1].end
            if end_month < len(text) and text[end_month] == ")":
                end_month += 1
            year = None
            if j < len(toks) and re.fullmatch(r"\)?\s*,?\s*", text[toks[j - 1].end:toks[j].start]):
                year = _year_value(toks[j])
            if year is None and j + 1 < len(toks) and toks[j].text in _YEAR_WORDS and joined(text, toks[j - 1], toks[j]) \
                    and joined(text, toks[j], toks[j + 1]) and not _counted_after(text, toks, j + 2):
                year = _year_value(toks[j + 1])  # «الثامن من يناير عام 1942»: the year after its word
                j += 1 if year is not None else 0
            if year is not None and not _counted_after(text, toks, j + 1):
                m = DateMention(start, toks[j].end, year, mon, day, cal, text[start:toks[j].end], day_end=day_end)
                m = _with_era(m, text, toks, j + 1)
                out.append(m)
                taken.add(m.start, m.end)
                i = j + 1
                continue
            relative = j < len(toks) and joined(text, toks[j - 1], toks[j]) and toks[j].text in _RELATIVE
            # «في 28 سبتمبر الماضي»: a day gone, dated by the publication date as a day without a year is
            # (news_dates); «10 أكتوبر المقبل» may be a year ahead of the nearest, and a month alone stays unread
            # «في السابع من أبريل الجاري»: a day of the month the article is in, dated as one without a year is
            relative = relative and not (day is not None and toks[j].text in PAST_WORDS | _CURRENT)
            month_prefix = next(p for p, r in readings(tok.text) if r == first)
            cue = bool(month_prefix) or (i > 0 and joined(text, toks[i - 1], tok) and toks[i - 1].text in _MONTH_CUES)
            if cal == "gregorian" and not relative and (day is not None or cue or first not in AMBIGUOUS_MONTHS):
                m = DateMention(start, end_month, None, mon, day, cal, text[start:end_month], day_end=day_end)
                out.append(m)
                taken.add(m.start, m.end)
            i = j
            continue
        decade = _decade(text, toks, i)
        if decade is not None:
            out.append(decade)
            taken.add(decade.start, decade.end)
            i += 1
            continue
        wd = _stem_in(tok.text, WEEKDAYS)
        if wd is not None and tok.text.endswith(wd) and (wd != "الاثنين" or _monday(text, toks, i)):
            out.append(DateMention(tok.start, tok.end, None, None, None, "gregorian", tok.text, WEEKDAYS[wd]))
            i += 1
            continue
        if tok.text.isdigit() and 3 <= len(tok.text) <= 4:
            prev = toks[i - 1] if i > 0 and joined(text, toks[i - 1], tok) else None
            prev_word = _stem_in(prev.text, _YEAR_WORDS | _YEAR_CUES) if prev else None
            y, four = int(tok.text), len(tok.text) == 4
            strong = prev_word in _YEAR_WORDS or _era_after(text, toks, i + 1) is not None
            is_year = (
                (strong and y >= 100)
                or (prev_word is not None and four and 1000 <= y <= 2200)
                or (four and 1900 <= y <= 2100)
            )
            if is_year and not _counted_after(text, toks, i + 1, year_word=four and prev_word in _YEAR_WORDS):
                start = prev.start if prev is not None and prev_word in _YEAR_WORDS else tok.start
                m = DateMention(start, tok.end, y, None, None, "gregorian", text[start:tok.end],
                                name=_name_before(text, toks, i))
                m = _with_era(m, text, toks, i + 1)
                out.append(m)
                taken.add(m.start, m.end)
        i += 1
    out.sort(key=lambda d: d.start)
    starts = [t.start for t in toks] if out else []
    return [_since(text, toks, d, starts) for d in out]


# Words between منذ and its date: منذ عام 2014، منذ مطلع يوليو 2014.
_SINCE_CUES = {"عام", "العام", "سنه", "السنه", "مطلع", "بدايه", "اوائل", "اواخر", "اواسط", "منتصف", "نهايه", "شهر", "في",
               # a day's time: «مهلة حتى مساء الثلاثاء الماضي» (a deadline, the Skripal poisoning)
               "يوم", "مساء", "صباح", "ظهر", "عصر", "ليل", "ليله", "فجر"}


# Words that end a period at the date after them: «ستتواصل عمليات البحث حتى 11 أكتوبر».
_UNTIL = {"حتي", "لغايه", "غايه"}


def _since(text: str, toks: Sequence[Tok], d: DateMention, starts: list[int]) -> DateMention:
    """``منذ 2003``: the date starts a period (the span already covers a year word); ``حتى 11 أكتوبر`` ends one.
    ``starts``: the tokens' starts."""
    k = bisect.bisect_left(starts, d.start) - 1
    while k >= 0 and joined(text, toks[k], toks[k + 1]):
        rests = {r for _, r in readings(toks[k].text)}
        if "منذ" in rests:
            return replace(d, since=True)
        if rests & _UNTIL:
            return replace(d, until=True)
        if not rests & _SINCE_CUES:
            break
        k -= 1
    return d
