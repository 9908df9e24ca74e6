"""Dates: years, the three month series, days, Hijri, weekdays, relative words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.read import dates as dates_mod
from factcheck.read.dates import DateMention, find_dates
from factcheck.text.normalize import normalize


def ds(text: str) -> list[DateMention]:
    return find_dates(normalize(text).text)


def only(text: str) -> DateMention:
    found = ds(text)
    assert len(found) == 1, found
    return found[0]


def ymd(d: DateMention) -> tuple[int | None, int | None, int | None]:
    return d.year, d.month, d.day


@pytest.mark.parametrize(
    "text, year, span",
    [
        ("منذ اندلاعها في 2022", 2022, "2022"),
        ("منذ بدء الغزو الروسي الشامل لأوكرانيا في عام 2022", 2022, "عام 2022"),
        ("قبل بيعها لواشنطن عام 1867", 1867, "عام 1867"),
        ("التي بدأت في 2022،", 2022, "2022"),
        ("منذ 2022", 2022, "2022"),
        ("سنة 1867", 1867, "سنه 1867"),
        ("في العام 2014", 2014, "العام 2014"),
        ("عام 622 م", 622, "عام 622 م"),
    ],
)
def test_years(text: str, year: int, span: str) -> None:
    d = only(text)
    assert ymd(d) == (year, None, None)
    assert d.calendar == "gregorian"
    assert d.text == span


_EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
_LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول"]
_MAGHREBI = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


@pytest.mark.parametrize(
    "name, month",
    [(n, i) for i, n in enumerate(_EGYPTIAN, 1)]
    + [(n, i) for i, n in enumerate(_LEVANTINE, 1)]
    + [(n, i) for i, n in enumerate(_MAGHREBI, 1)]
    + [("ابريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8)],
)
def test_months_of_every_series(name: str, month: int) -> None:
    d = only(f"في {name} 2022")
    assert ymd(d) == (2022, month, None)
    assert d.text == normalize(f"{name} 2022").text


@pytest.mark.parametrize("text", ["بفبراير 2022", "وفبراير 2022", "في فبراير 2022", "وفي فبراير 2022"])
def test_month_with_clitics(text: str) -> None:
    assert ymd(only(text)) == (2022, 2, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("في 24 فبراير 2022", (2022, 2, 24)),
        ("في الـ24 من فبراير 2022", (2022, 2, 24)),
        ("24 شباط/فبراير 2022", (2022, 2, 24)),
        ("24 شباط (فبراير) 2022", (2022, 2, 24)),
        ("1 تشرين الأول 2023", (2023, 10, 1)),
        ("24/2/2022", (2022, 2, 24)),
        ("24-02-2022", (2022, 2, 24)),
        ("2022-02-24", (2022, 2, 24)),
    ],
)
def test_full_dates(text: str, expected: tuple[int, int, int]) -> None:
    assert ymd(only(text)) == expected


def test_month_without_year_is_partial() -> None:
    d = only("وذكر تقرير صادر في يونيو أن")
    assert ymd(d) == (None, 6, None)
    assert d.precision == 0


@pytest.mark.parametrize(
    "text",
    [
        "ليحل محل آخر اتفاق قائم ينتهي في فبراير المقبل",
        "في مارس الماضي",
        "أمس", "اليوم", "غدا", "الشهر المقبل", "العام الماضي", "الأسبوع الماضي",
        "مارس ضغوطا على كييف",        # مارس: "he exerted"
        "قال الأب",                     # آب/أب: father
    ],
)
def test_relative_and_ambiguous_words_are_ignored(text: str) -> None:
    assert [d for d in ds(text) if d.weekday is None] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("عام 1446 هـ", (1446, None, None)),
        ("1446هـ", (1446, None, None)),
        ("15 رمضان 1445", (1445, 9, 15)),
        ("في ذو الحجة 1445", (1445, 12, None)),
        ("ربيع الأول 1446 هـ", (1446, 3, None)),
        ("شوال 1440", (1440, 10, None)),
    ],
)
def test_hijri(text: str, expected: tuple[int, int | None, int | None]) -> None:
    d = only(text)
    assert d.calendar == "hijri"
    assert ymd(d) == expected


def test_hijri_and_gregorian_side_by_side() -> None:
    found = ds("الموافق 1 رمضان 1446 هـ الموافق 1 مارس 2025 م")
    assert [(d.calendar, ymd(d)) for d in found] == [("hijri", (1446, 9, 1)), ("gregorian", (2025, 3, 1))]


def test_hijri_month_without_year_is_not_a_date() -> None:
    assert ds("خلال شهر رمضان") == []
    assert ds("صفر") == []


@pytest.mark.parametrize(
    "text, weekday",
    [("أمس الجمعة", 5), ("يوم الاثنين", 1), ("السبت", 6), ("الأحد", 7), ("الخميس", 4), ("صباح الاثنين", 1),
     ("مساء الاثنين", 1)],
)
def test_weekdays_have_no_date(text: str, weekday: int) -> None:
    d = only(text)
    assert d.weekday == weekday
    assert ymd(d) == (None, None, None)


@pytest.mark.parametrize("text", ["قتل 2000 شخص", "نحو 1500 جندي", "3 ساعات", "مدة 2022 دقيقة", "بين الاثنين"])
def test_numbers_that_are_not_years(text: str) -> None:
    assert ds(text) == []


# The numeric dates as first written, a look-behind first: the package's spelling begins with a digit (faster).
_PLAIN_DMY = re.compile(r"(?<![\d.,/:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d.,/:-]?\d)")
_PLAIN_YMD = re.compile(r"(?<![\d.,/:-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\d.,/:-]?\d)")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789/.-,: اب\n", max_size=40))
def test_numeric_dates_are_found_as_the_plain_patterns_find_them(text: str) -> None:
    for plain, used in ((_PLAIN_DMY, dates_mod._NUMERIC_DMY), (_PLAIN_YMD, dates_mod._NUMERIC_YMD)):
        assert [(m.span(), m.groups()) for m in used.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)]


@pytest.mark.parametrize("text, found", [
    ("في 12/08/2025 عقدت", [(12, 8, 2025)]),
    ("في 2025-08-12 عقدت", [(12, 8, 2025)]),
    ("رقم 1/12/08/2025", []),  # inside a longer run of digits and marks
    ("12/08/20251", []),
    ("3.12.2024، ثم 2024/1/5", [(3, 12, 2024), (5, 1, 2024)]),
])
def test_numeric_dates_in_text(text: str, found: list[tuple[int, int, int]]) -> None:
    assert [(d.day, d.month, d.year) for d in dates_mod._numeric_dates(text)] == found


@pytest.mark.parametrize(
    ("text", "years", "span"),
    [
        # SK-internationalNews-3005-20180814: the bridge was built in the 1960s, refitted in 2016
        ("وأقيم الجسر على الطريق السريع في ستينيات القرن الماضي وأجريت له أعمال إعادة هيكلة عام 2016.",
         (1960, 1969), "ستينيات القرن الماضي"),
        ("في عشرينيات القرن العشرين", (1920, 1929), "عشرينيات القرن العشرين"),
        ("خلال عقد الثمانينيات", (1980, 1989), "الثمانينيات"),
    ],
)
def test_a_decade_of_the_last_century_is_its_ten_years(text: str, years: tuple[int, int], span: str) -> None:
    d = ds(text)[0]
    assert (d.year, d.year_end, d.month, d.precision) == (*years, None, 1)
    assert d.text == normalize(span).text


@pytest.mark.parametrize("text", [
    "رجل في الستينيات من عمره", "في ستينيات القرن التاسع عشر", "ستين عاما",
    # a decade alone: an age, a temperature, this century, another century's first decade, or simply unsaid
    "وقال رجل في الخمسينيات يسكن قرب الجسر", "ارتفعت درجات الحرارة إلى الأربعينات", "في عشرينيات هذا القرن",
    "ستينيات وسبعينيات القرن التاسع عشر", "أضافوا بعض التعزيزات له في التسعينات على أحد جوانبه",
])
def test_an_age_or_another_century_is_no_decade(text: str) -> None:
    assert ds(text) == []


def test_a_decade_agrees_with_each_of_its_years_only() -> None:
    d = only("في ستينيات القرن الماضي")
    assert d.agrees_with((1967, None, None), 1) and d.agrees_with((1960, 3, 1), 3)
    assert not d.agrees_with((1970, None, None), 1)


def test_a_decade_supports_a_claim_of_one_of_its_years_and_contradicts_another() -> None:
    from factcheck.analysis import Analysis
    from factcheck.claims.model import DateClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.date import check
    from factcheck.verdicts import Verdict

    # SK-internationalNews-3043-20180816
    text = "وأجريت للجسر، الذي أقيم في ستينيات القرن الماضي، أعمال إعادة هيكلة عام 2016."
    a = Analysis(Document.from_source(Source("t", "t.txt", text)))
    claim = DateClaim(id="b", says="بني الجسر عام 1967", kind="date", about=["بني", "أقيم"], value="1967")
    found = check(claim, a)
    assert found.verdict is Verdict.SUPPORTED and "1960–1969" in found.evidence[0].reason, found
    assert check(claim.model_copy(update={"value": "1975"}), a).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ ثورة البركان في الثالث من مايو/أيار", (None, 5, 3)),  # AL-internationalNews-1438-20180603
    ("وكان البركان بدأ ثورانه يوم الثالث من مايو", (None, 5, 3)),  # SK-technology-716-20180520
    ("وفي الأول من يونيو", (None, 6, 1)),
    ("يوم الحادي عشر من مايو 2018", (2018, 5, 11)),
    ("منذ الحادي والعشرين من مايو", (None, 5, 21)),
    ("في التاسع والعشرين من فبراير", (None, 2, 29)),
    ("حتى الحادي والثلاثين من يوليو", (None, 7, 31)),
    ("الثلاثين من يونيو", (None, 6, 30)),
])
def test_a_day_of_the_month_in_ordinal_words(text: str, expected: tuple[int | None, int, int]) -> None:
    assert [ymd(d) for d in ds(text) if d.month is not None] == [expected]


@pytest.mark.parametrize("text", ["الأسبوع الأول من مايو", "النصف الثاني من يونيو", "في الربع الثالث من أبريل",
                                  "المركز الثاني من مايو"])
def test_an_ordinal_that_ranks_another_noun_is_no_day(text: str) -> None:
    assert all(d.day is None for d in ds(text)), ds(text)


@pytest.mark.parametrize("text", [
    "أعرب ترمب، الاثنين، عن ثقته",  # AL-internationalNews-1959-20180716
    "في قمة جمعته الاثنين بنظيره الروسي",  # AL-internationalNews-1967-20180717
    "قال بوتين الاثنين في هلسنكي",  # «بوتين» ends like a dual, names no pair
    "يوم الاثنين", "الاثنين الماضي",
])
def test_a_bare_monday_is_monday(text: str) -> None:
    assert [d.weekday for d in ds(text)] == [1]


@pytest.mark.parametrize("text", ["اتفاق بين الاثنين", "كلا الاثنين", "اجتمع الزعيمين الاثنين", "خرج الاثنين معا",
                                  "واحد من الاثنين"])
def test_the_two_are_no_monday(text: str) -> None:
    assert ds(text) == []


@pytest.mark.parametrize("text", [
    "ولد في الثامن من يناير/ كانون الثاني عام 1942",  # BB-technology-80-20180314 (Stephen Hawking)
    "ولد في الثامن من يناير عام 1942",
    "ولد في 8 كانون الثاني/يناير عام 1942",
])
def test_a_year_after_its_word_completes_a_day_and_month(text: str) -> None:
    assert ymd(only(text)) == (1942, 1, 8)


def test_a_year_after_its_word_that_counts_stays_apart() -> None:
    assert [ymd(d) for d in ds("في يناير عام 2000 شخص")] == [(None, 1, None)]


def test_a_year_after_its_word_before_an_accusative_noun_is_a_year() -> None:
    """«عام 2008 مرشحا»: what he was that year (a count over a hundred takes no alif: «عام 2000 شخص» stays apart)."""
    assert [ymd(d) for d in ds("خاض ماكين انتخابات الرئاسة عام 2008 مرشحا عن الحزب الجمهوري")] == [(2008, None, None)]
