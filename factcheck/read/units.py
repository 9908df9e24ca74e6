"""Units of the contract and their Arabic nouns, with conversions.

The contract knows nine units (``hour minute day week month year decade
percent count``) in three dimensions: ``time``, ``percent`` and ``count``.
A claim and a source are compared only inside one dimension.

Conversions are exact where the calendar makes them exact: minute, hour, day
and week are whole numbers of minutes; month, year and decade whole numbers
of months (a decade is exactly ten years, so ``ثمانية عقود`` is 80 years).
Between the two families (days and months) there is no exact factor; we use
month = 30 days and year = 365 days and say so with ``is_exact``, so a
checker can allow for the slack (52 weeks is a year in any news report).

The Arabic nouns are listed in normalized spelling (``ساعه`` not ``ساعة``),
with their number: a singular (one thing when it stands alone), a dual
(``ساعتين`` = two hours: Arabic carries the 2 on the noun), or a plural /
accusative form that only follows a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from factcheck.read.tokens import readings
from factcheck.text.morphology import stems

__all__ = [
    "COUNT_NOUNS",
    "DIMENSION",
    "DUAL_COUNT_NOUNS",
    "LADDER",
    "UNIT_WORDS",
    "Dimension",
    "GrammaticalNumber",
    "UnitWord",
    "convert",
    "dual_count_noun",
    "is_count_noun",
    "is_exact",
    "ladder_steps",
    "lookup_unit",
    "noun_forms",
    "plural_name",
    "to_base",
]

Dimension = Literal["time", "percent", "count"]
GrammaticalNumber = Literal["singular", "dual", "plural"]

DIMENSION: dict[str, Dimension] = {
    "minute": "time",
    "hour": "time",
    "day": "time",
    "week": "time",
    "month": "time",
    "year": "time",
    "decade": "time",
    "percent": "percent",
    "count": "count",
}

# Exact families: a unit's size in the family's smallest unit.
_MINUTES: dict[str, Fraction] = {
    "minute": Fraction(1),
    "hour": Fraction(60),
    "day": Fraction(60 * 24),
    "week": Fraction(60 * 24 * 7),
}
_MONTHS: dict[str, Fraction] = {"month": Fraction(1), "year": Fraction(12), "decade": Fraction(120)}
# Across families, through days (the contract's month = 30 days, year = 365 days).
_DAYS: dict[str, Fraction] = {
    "minute": Fraction(1, 60 * 24),
    "hour": Fraction(1, 24),
    "day": Fraction(1),
    "week": Fraction(7),
    "month": Fraction(30),
    "year": Fraction(365),
    "decade": Fraction(3650),
}


@dataclass(frozen=True, slots=True)
class UnitWord:
    """What a unit noun says: its unit and its grammatical number."""

    unit: str
    number: GrammaticalNumber


def _forms(unit: str, singular: tuple[str, ...], dual: tuple[str, ...], plural: tuple[str, ...]) -> dict[str, UnitWord]:
    out: dict[str, UnitWord] = {}
    for w in singular:
        out[w] = UnitWord(unit, "singular")
    for w in dual:
        out[w] = UnitWord(unit, "dual")
    for w in plural:
        out[w] = UnitWord(unit, "plural")
    return out


# Plural covers both the plural after 3–10 (ساعات) and the accusative
# singular after 11–99 (عاما، يوما): neither means anything without a number.
# (A singular after a number, ``24 ساعه``, is read the same way.)
UNIT_WORDS: dict[str, UnitWord] = {
    **_forms("minute", ("دقيقه",), ("دقيقتين", "دقيقتان"), ("دقائق",)),
    **_forms("hour", ("ساعه",), ("ساعتين", "ساعتان"), ("ساعات",)),
    **_forms("day", ("يوم",), ("يومين", "يومان"), ("ايام", "يوما")),
    **_forms("week", ("اسبوع",), ("اسبوعين", "اسبوعان"), ("اسابيع", "اسبوعا")),
    **_forms("month", ("شهر",), ("شهرين", "شهران"), ("اشهر", "شهور", "شهرا")),
    **_forms(
        "year",
        ("عام", "سنه"),
        ("عامين", "عامان", "سنتين", "سنتان"),
        ("اعوام", "عاما", "سنوات", "سنين"),
    ),
    **_forms("decade", ("عقد",), ("عقدين", "عقدان"), ("عقود", "عقدا")),
}

# Nouns of things counted (people, casualties ...).  They only decide
# readings: ``خمس دول`` is five countries, not a fifth.  A number followed
# by any other noun is still a count.
COUNT_NOUNS: frozenset[str] = frozenset(
    {
        "شخص", "اشخاص", "شخصا", "قتيل", "قتلي", "قتيلا", "جريح", "جرحي", "جريحا",
        "مدني", "مدنيين", "مدنيا", "جندي", "جنود", "جنديا", "طفل", "اطفال", "طفلا",
        "امراه", "نساء", "رجل", "رجال", "لاجئ", "لاجئين", "نازح", "نازحين",
        "مسؤول", "مسؤولين", "مسؤولا", "مسئولين", "دوله", "دول", "دولا", "مدينه", "مدن",
        "مواطن", "مواطنين", "مواطنا", "اسير", "اسري", "اسيرا", "منطقه", "مناطق",
        "موقع", "مواقع", "نقاط", "نقطه", "مره", "مرات", "زعيم", "زعماء", "رئيس", "رؤساء",
        "وزير", "وزراء", "عضو", "اعضاء", "ضحيه", "ضحايا", "مليار", "دولار",
        # things counted in election and match reports, and money: "2150 لجنه" is no year
        "لجنه", "لجان", "لجنة", "مقعد", "مقاعد", "مقعدا", "صوت", "اصوات", "صوتا", "ناخب", "ناخبين",
        "مرشح", "مرشحين", "مرشحا", "هدف", "اهداف", "هدفا", "منزل", "منازل", "منزلا", "جلسه", "جلسات",
        "وظيفه", "وظائف", "يورو", "ريال", "جنيه", "درهم", "دينار", "طن", "برميل", "مشاهده",
    }
)

# The forms of one counted noun (singular, plural, accusative): a claim that counts «منزل» counts «المنازل» too
# («انقطاع التيار الكهربائي عن ربع مليون من المنازل»).
_NOUN_FORMS: tuple[frozenset[str], ...] = tuple(frozenset(forms) for forms in (
    ("منزل", "منازل", "منزلا"), ("بيت", "بيوت", "بيتا"), ("مبني", "مباني", "مبنيا"), ("شخص", "اشخاص", "شخصا"),
    ("طفل", "اطفال", "طفلا"), ("جندي", "جنود", "جنديا"), ("دوله", "دول", "دولا"), ("مدينه", "مدن"),
    ("منطقه", "مناطق"), ("موقع", "مواقع", "موقعا"), ("هدف", "اهداف", "هدفا"), ("مقعد", "مقاعد", "مقعدا"),
    ("صوت", "اصوات", "صوتا"), ("وظيفه", "وظائف"), ("شركه", "شركات"), ("مروحيه", "مروحيات"),
))


def noun_forms(words: frozenset[str]) -> frozenset[str]:
    """Every form of the counted nouns among ``words`` (clitic-free readings), beside ``words``."""
    return words.union(*(forms for forms in _NOUN_FORMS if forms & words))


# Duals of counted people: the noun carries its number (``مقتل شخصين``، ``سقوط قتيلين`` = 2).
# Only forms that are no plural too (``مصابين``، ``مدنيين`` are plurals as well).
DUAL_COUNT_NOUNS: dict[str, str] = {
    dual: single
    for single, duals in {
        "شخص": ("شخصان", "شخصين"), "قتيل": ("قتيلان", "قتيلين"), "جريح": ("جريحان", "جريحين"),
        "طفل": ("طفلان", "طفلين"), "رجل": ("رجلان", "رجلين"), "امراه": ("امراتان", "امراتين"),
        "جندي": ("جنديان", "جنديين"), "ضحيه": ("ضحيتان", "ضحيتين"),
    }.items()
    for dual in duals
}


def dual_count_noun(word: str) -> str | None:
    """The singular of a dual of counted people, through its proclitics (``وقتيلين`` → ``قتيل``);
    None for anything else, and for a definite dual (``القتيلين``: two already named)."""
    for prefix, rest in readings(word):
        if rest in DUAL_COUNT_NOUNS and "ال" not in prefix and prefix != "لل":
            return DUAL_COUNT_NOUNS[rest]
    return None


_PLURAL_NAMES = {
    "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks", "month": "months",
    "year": "years", "decade": "decades", "percent": "percent", "count": "",
}


def plural_name(unit: str, value: float | None = None) -> str:
    """English name for reasons ("states 5 hours", "states 1 decade")."""
    name = _PLURAL_NAMES.get(unit, unit)
    if value == 1 and name.endswith("s") and unit != "percent":
        return name[:-1]
    return name


# Time units from small to large: how far apart two units are.
LADDER: tuple[str, ...] = ("minute", "hour", "day", "week", "month", "year", "decade")


def ladder_steps(a: str, b: str) -> int:
    """Steps between two time units on ``LADDER`` (0 for other dimensions)."""
    if a in LADDER and b in LADDER:
        return abs(LADDER.index(a) - LADDER.index(b))
    return 0


def lookup_unit(word: str) -> UnitWord | None:
    """The unit noun ``word`` is, through its proclitics (``لساعتين``, ``بالعام``)."""
    for reading in stems(word):
        found = UNIT_WORDS.get(reading)
        if found is not None:
            return found
    return None


def is_count_noun(word: str) -> bool:
    return any(r in COUNT_NOUNS for r in stems(word))


def _check(from_unit: str, to_unit: str) -> None:
    if from_unit not in DIMENSION or to_unit not in DIMENSION:
        raise ValueError(f"unknown unit: {from_unit if from_unit not in DIMENSION else to_unit!r}")
    if DIMENSION[from_unit] != DIMENSION[to_unit]:
        raise ValueError(f"cannot convert {from_unit} ({DIMENSION[from_unit]}) to {to_unit} ({DIMENSION[to_unit]})")


def is_exact(from_unit: str, to_unit: str) -> bool:
    """Whether converting between the two units is exact (same family)."""
    _check(from_unit, to_unit)
    if DIMENSION[from_unit] != "time":
        return True
    return (from_unit in _MINUTES) == (to_unit in _MINUTES)


def _factor(from_unit: str, to_unit: str) -> Fraction:
    _check(from_unit, to_unit)
    if DIMENSION[from_unit] != "time":
        return Fraction(1)
    if from_unit in _MINUTES and to_unit in _MINUTES:
        return _MINUTES[from_unit] / _MINUTES[to_unit]
    if from_unit in _MONTHS and to_unit in _MONTHS:
        return _MONTHS[from_unit] / _MONTHS[to_unit]
    return _DAYS[from_unit] / _DAYS[to_unit]


def to_base(value: float, unit: str) -> float:
    """``value`` in its dimension's base unit: days for time, itself otherwise."""
    if DIMENSION.get(unit) == "time":
        return float(value * _DAYS[unit]) if value not in (float("inf"), float("-inf")) else value
    if unit not in DIMENSION:
        raise ValueError(f"unknown unit: {unit!r}")
    return value


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` of ``from_unit`` in ``to_unit`` (same dimension only).

    Infinite bounds (``أكثر من``) stay infinite.
    """
    factor = _factor(from_unit, to_unit)
    if value in (float("inf"), float("-inf")):
        return value
    return float(Fraction(value) * factor)
