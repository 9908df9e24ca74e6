"""Numbers and dates as real news writes them (issue 9); each sentence is from the ANT corpus, id cited."""

from __future__ import annotations

import math

import pytest

from factcheck.read.dates import find_dates
from factcheck.read.numbers import NumberSpan, find_numbers
from factcheck.read.quantities import find_quantities
from factcheck.text.normalize import normalize


def nums(text: str) -> list[NumberSpan]:
    return find_numbers(normalize(text).text)


def test_ten_before_an_indefinite_noun_is_ten_not_a_tenth() -> None:
    # SK-technology-696-20180517
    found = nums("قال مؤسس الشركة إن شركته تتوقع القيام بعشر مهام صاروخية في 2019")
    assert (found[0].value, found[0].kind) == (10, "cardinal")


@pytest.mark.parametrize("text", ["نحو خمس أراضي بلاده", "خمس أراضي أوكرانيا", "خمس الأراضي"])
def test_fifth_before_a_definite_noun_or_a_construct_stays_a_fraction(text: str) -> None:
    n = nums(text)[0]
    assert n.kind == "fraction"
    assert n.value == pytest.approx(0.2)


def test_quarter_final_is_no_share() -> None:
    # AL-sport-1074-20180404
    text = "اليوم الثلاثاء في ذهاب دور ربع النهائي في دوري أبطال أوروبا لكرة القدم"
    assert [n for n in nums(text) if n.kind in ("fraction", "percent")] == []


def test_half_a_million_is_five_hundred_thousand() -> None:
    # AL-culture-343-20180510
    q = find_quantities(normalize("واستطاعت أن تحصد أكثر من نصف مليون مشاهدة في يوم واحد").text)
    count = next(x for x in q if x.unit == "count")
    assert (count.low, count.high) == (500_000, math.inf)


def test_arabic_comma_between_digits_is_a_decimal_comma() -> None:
    # AL-internationalNews-1420-20180601
    found = nums("وصدر الاتحاد الأوروبي العام الماضي إلى السوق الأميركية ما قيمته 6،4 مليار يورو")
    amounts = [n for n in found if n.kind == "cardinal"]
    assert [n.value for n in amounts] == [6.4e9]


def test_stoppage_time_is_a_minute_mark_not_a_count() -> None:
    # AL-sport-1051-20180402
    text = "ليضيف اللاعب نفسه الهدف الثاني عند الدقيقة 45+2 بنفس الطريقة من نقطة الجزاء"
    assert [n.kind for n in nums(text) if n.kind != "ordinal"] == ["mark"]
    assert find_quantities(normalize(text).text) == []


def test_match_minute_and_anniversary_are_marks() -> None:
    # AL-sport-1051-20180402, FR-internationalNews-1170-20180510
    assert find_quantities(normalize("وعند الدقيقة 40 نجح السويدي ماركوس بيرغ بتسجيل هدف التعادل").text) == []
    assert find_quantities(normalize("بمناسبة الذكرى 70 لإنشاء الدولة العبرية").text) == []


def test_at_least_after_the_number() -> None:
    # AL-economy-118-20180227
    q = find_quantities(normalize("حول قدرة توطين هذه الصناعات بنسبة 50% على الأقل في المملكة").text)
    assert [(x.unit, x.low, x.high) for x in q] == [("percent", 50, math.inf)]


def test_at_least_after_the_counted_noun_and_before_the_number() -> None:
    q = find_quantities(normalize("قتل 10 أشخاص على الأقل").text)
    assert [(x.low, x.high) for x in q] == [(10, math.inf)]
    # AL-economy-58-20180219
    q = find_quantities(normalize("إعادة هيكلة الديون بموافقة ما لا يقل عن ثلثي الدائنين").text)
    assert q[0].low == pytest.approx(200 / 3) and q[0].high == math.inf


@pytest.mark.parametrize(
    "text, first, last",
    [
        # AL-sport-651-20180315 (year added: the article says الجاري)
        ("بطولة كأس الصين التي ستقام في البلد الأسيوي بين يومي 22 و26 مارس 2018", 22, 26),
        # AL-economy-236-20180314
        ("أثناء اجتماعهم في 19-20 مارس/آذار 2018 في بوينس آيرس", 19, 20),
        # AL-economy-534-20180508
        ("وذلك خلال الفترة من 23 - 25 أكتوبر 2018 في مدينة الرياض", 23, 25),
        ("من 3 حتى 5 يونيو 2022", 3, 5),
    ],
)
def test_day_ranges_are_one_date(text: str, first: int, last: int) -> None:
    d = next(x for x in find_dates(normalize(text).text) if x.month is not None)
    assert (d.day, d.day_end) == (first, last)
    assert d.agrees_with((d.year, d.month, first + 1 if first < last else first), 3)
    assert not d.agrees_with((d.year, d.month, last + 1), 3)


def test_day_range_without_a_year_is_read() -> None:
    # AL-economy-506-20180427
    d = next(x for x in find_dates(normalize("بمد فترة المعارض من 10 حتى 31 مايو").text) if x.month == 5)
    assert (d.day, d.day_end, d.year) == (10, 31, None)


@pytest.mark.parametrize(
    "text, name",
    [
        ("وحول توقعاته في كأس العالم 2018، قال إن وجود اللاعب محمد صلاح سيصنع فرقاً", "كاس العالم"),  # AL-culture-474-20180610
        ("في المشروع الأميركي الشمالي لاستضافة مونديال 2026", "مونديال"),  # AL-economy-722-20180531
        ("على هامش معرض #أفد_2018", "افد"),  # AL-economy-137-20180301
    ],
)
def test_a_year_inside_a_name_is_marked(text: str, name: str) -> None:
    d = next(x for x in find_dates(normalize(text).text) if x.year is not None)
    assert d.name is not None and d.name.endswith(name)


def test_a_plain_year_has_no_name() -> None:
    assert [d.name for d in find_dates(normalize("بدأت الحرب في 2022").text)] == [None]
