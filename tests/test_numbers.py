"""Arabic numbers: digits, words, compounds, fractions, percentages, hedges, vagueness."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.read.numbers import (
    NumberSpan,
    find_numbers,
    parse_digits,
    parse_number_words,
)
from factcheck.text.normalize import normalize


def nums(text: str) -> list[NumberSpan]:
    return find_numbers(normalize(text).text)


def one(text: str) -> NumberSpan:
    found = [n for n in nums(text) if n.kind != "ordinal"]
    assert len(found) == 1, found
    return found[0]


# --- digits -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("3", 3), ("٣", 3), ("۳", 3), ("٢٤", 24), ("80", 80),
        ("1,000", 1000), ("1,000,000", 1_000_000), ("١٬٠٠٠", 1000),
        ("1.000.000", 1_000_000), ("2.5", 2.5), ("٢٫٥", 2.5), ("2,5", 2.5), ("2,500", 2500),
        ("1,234.5", 1234.5), ("1.234,5", 1234.5),
    ],
)
def test_digit_forms(text: str, value: float) -> None:
    assert one(text).value == value
    assert one(text).kind == "cardinal"


def test_parse_digits_rejects_dates() -> None:
    assert parse_digits("24.2.2022") is None
    assert parse_digits("1.5") == 1.5


@pytest.mark.parametrize(
    "text, value",
    [
        ("3 ملايين", 3e6), ("1.5 مليار", 1.5e9), ("20 ألف", 20_000), ("20 ألفاً", 20_000),
        ("٣ آلاف", 3000), ("2.5 مليون", 2.5e6),
    ],
)
def test_digits_with_scale_word(text: str, value: float) -> None:
    n = one(text)
    assert n.value == pytest.approx(value)
    assert n.text == normalize(text).text


def test_clock_time_is_its_own_kind() -> None:
    n = one("في تمام الساعة 19:30 بتوقيت غرينتش")
    assert n.kind == "clock"
    assert n.value == 19.5


# --- number words -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنتين", 2),
        ("ثلاث ساعات", 3), ("ثلاثة أيام", 3), ("أربع ساعات", 4), ("أربعة أشهر", 4),
        ("خمس ساعات", 5), ("خمسة أيام", 5), ("ست سنوات", 6), ("ستة أشهر", 6),
        ("سبع سنوات", 7), ("ثماني سنوات", 8), ("ثمانية عقود", 8), ("تسع ساعات", 9), ("عشرة أيام", 10),
        ("عشر سنوات", 10),
        ("أحد عشر شهرا", 11), ("إحدى عشرة ساعة", 11), ("اثنا عشر عاما", 12), ("اثنتي عشرة ساعة", 12),
        ("ثلاثة عشر", 13), ("خمس عشرة دقيقة", 15),
        ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("ثمانين", 80), ("تسعون", 90),
        ("خمسة وعشرون", 25), ("خمس وعشرين", 25), ("واحد وعشرون", 21),
        # FR-internationalNews-2002-20180625 (the Turkish elections): the tens after the hundreds' unit
        ("بثلاثمئة واثنين وأربعين مقعدا", 342), ("مئتين وثلاثة وعشرين", 223),
        ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مائتين", 200), ("مئتان وخمسون", 250),
        ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("خمسمئة", 500), ("ثمانمئة", 800), ("ثلاث مئة", 300),
        ("ألف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ثلاثة آلاف", 3000),
        ("ثلاثة آلاف وخمسمئة", 3500), ("ألف وتسعمئة وثمانون", 1980),
        ("مليون", 1e6), ("مليونان", 2e6), ("مليوني شخص", 2e6), ("ثلاثة ملايين", 3e6),
        ("مليار", 1e9), ("ملياري", 2e9), ("مئة ألف", 100_000), ("أحد عشر ألفا", 11_000),
        ("خمسة وعشرون ألفا", 25_000),
    ],
)
def test_number_words(text: str, value: float) -> None:
    n = nums(text)[0]
    assert n.value == value
    assert n.kind == "cardinal"


@pytest.mark.parametrize(
    "text, value",
    [("لثلاث ساعات", 3), ("بثلاثة أيام", 3), ("وثلاثة", 3), ("والثلاث", 3), ("فخمسة", 5), ("للثلاثة", 3)],
)
def test_number_words_with_clitics(text: str, value: float) -> None:
    n = nums(text)[0]
    assert n.value == value
    assert n.start == 0  # the span covers the clitic: the evidence quotes the whole word


@pytest.mark.parametrize(
    "text",
    [
        "أنا لست هنا للتفاوض",        # لست: "I am not", not six
        "لأحد أكثر الصراعات دموية",   # أحد alone: "one of"
        "يوم الاثنين",                 # Monday, not two
        "قمة ثلاثية",                  # trilateral
        "الخميس والثلاثاء",
    ],
)
def test_words_that_are_not_numbers(text: str) -> None:
    assert [n for n in nums(text) if n.kind != "ordinal"] == []


@pytest.mark.parametrize("text, value", [("الثاني", 2), ("الثالثة", 3), ("الحادي عشر", 11), ("أول", 1)])
def test_ordinals_are_ordinals(text: str, value: int) -> None:
    n = nums(text)[0]
    assert n.kind == "ordinal"
    assert n.value == value


# --- fractions and the خمس rule -----------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("نصف", 0.5), ("ثلث", 1 / 3), ("ربع", 0.25), ("ثلثي", 2 / 3), ("ثلاثة أرباع", 0.75),
        ("خُمس أراضي بلاده", 0.2), ("خمس الأراضي", 0.2), ("عشر السكان", 0.1),
        # a definite noun that is counted elsewhere («خمسة ناخبين») still makes a fraction (contract §1: خمس = 20)
        ("أيد خمس الناخبين المرشح", 0.2), ("عشر الموظفين", 0.1), ("بخمس الأصوات", 0.2),
        # a possessive on a stem of three letters or more still makes a fraction
        ("خمس أراضيها", 0.2), ("عشر سكانها", 0.1),
    ],
)
def test_fractions(text: str, value: float) -> None:
    n = nums(text)[0]
    assert n.kind == "fraction"
    assert n.value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [("خمس ساعات", 5), ("خمس دول", 5), ("خمس عشرة", 15), ("خمسمئة", 500),
                                          ("خمس ناخبين", 5), ("قتل خمس نساء", 5),
                                          ("خلال خمس السنوات الماضية", 5), ("في عشر الدقائق الأخيرة", 10),
                                          # FR-internationalNews-900-20180424, SK-internationalNews-1146 (Toronto):
                                          # «تهم» is no «ت» + «هم», and a preposition after it is no genitive
                                          ("عشر تهم", 10), ("ووجهت إليه عشر تهم بالقتل", 10),
                                          ("عشر تهم للمتهم", 10)])
def test_khams_before_a_counted_noun_is_five(text: str, value: float) -> None:
    n = nums(text)[0]
    assert n.kind == "cardinal"
    assert n.value == value


# --- percentages --------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["20%", "20 %", "٢٠٪", "20 بالمئة", "20 بالمائة", "20 في المئة", "20 في المائة", "عشرين بالمئة"]
)
def test_percentages(text: str) -> None:
    n = one(text)
    assert n.kind == "percent"
    assert n.value == 20
    assert n.end == len(normalize(text).text)


# --- hedges and vagueness -------------------------------------------------------


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("نحو ثلاث", 2.7, 3.3), ("حوالي 3", 2.7, 3.3), ("قرابة ثلاث", 2.7, 3.3), ("زهاء 3", 2.7, 3.3),
        ("ما يقارب 3", 2.7, 3.3), ("3 تقريبا", 2.7, 3.3), ("لنحو ثلاث", 2.7, 3.3),
        ("أكثر من مليون", 1e6, math.inf), ("ما يزيد على 3", 3, math.inf), ("ما يزيد عن 3", 3, math.inf),
        ("يفوق 3", 3, math.inf), ("يتجاوز 3", 3, math.inf), ("لا يقل عن 3", 3, math.inf),
        ("ما لا يقل 832", 832, math.inf),  # SK-internationalNews-3264: «مقتل ما لا يقل 832 شخصا», no «عن»
        ("أكثر 220", 220, math.inf),  # SK-middleEast-3091: «قوله إن أكثر 220 شخصا قتلوا», no «من»
        ("تخطت عتبة 220", 220, math.inf), ("كسرت حاجز 400", 400, math.inf),  # a verb of exceeding, a threshold
        ("أقل من 3", 0, 3), ("دون 3", 0, 3), ("حتى 3", 0, 3), ("ما يصل إلى 3", 0, 3),
        ("لا يتجاوز 3", 0, 3), ("بين 3 و5", 3, 5),
    ],
)
def test_hedges(text: str, low: float, high: float) -> None:
    n = one(text)
    assert n.low == pytest.approx(low)
    assert n.high == pytest.approx(high)
    assert n.hedge is not None
    assert n.start == 0 and n.end == len(normalize(text).text)


def test_a_threshold_named_by_its_figure_is_no_floor() -> None:
    # the HDP claim's «متجاوزا عتبة العشرة في المئة»: the 10 % threshold itself, which an article's 10 % names too
    n = one("متجاوزا عتبة العشرة في المئة")
    assert n.hedge is None and n.low == n.high == 10
    # «الأكثر» before a figure is a superlative's article, no hedge
    assert one("الأكثر 3").hedge is None


def test_hatta_is_a_hedge_only_before_a_number() -> None:
    assert nums("لم ينفذها حتى الآن") == []
    n = one("لا اتفاق حتى يتم التوصل إلى 3")
    assert n.hedge is None


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("بضع", 3, 9), ("بضعة", 3, 9), ("عدة", 3, 9), ("عشرات", 20, 99), ("مئات", 200, 999),
        ("آلاف", 2000, 9999), ("الآلاف", 2000, 9999), ("عشرات الآلاف", 20_000, 99_999),
        ("مئات الآلاف", 200_000, 999_999), ("ملايين", 2e6, 1e7 - 1), ("الملايين", 2e6, 1e7 - 1),
        ("بضعة آلاف", 3000, 9999), ("عشرات الملايين", 2e7, 1e8 - 1),
    ],
)
def test_vague_counts(text: str, low: float, high: float) -> None:
    n = one(text)
    assert n.kind == "vague"
    assert (n.low, n.high) == (low, high)


def test_parse_number_words() -> None:
    assert parse_number_words(["خمسه", "وعشرون"]) == 25
    assert parse_number_words(["ثلاثه", "الاف"]) == 3000
    assert parse_number_words(["والثلاث"]) == 3
    assert parse_number_words(["احد"]) is None
    assert parse_number_words(["ثلاثه", "وخمسه"]) is None
    assert parse_number_words([]) is None


def test_offsets_are_normalized_offsets() -> None:
    text = normalize("استمر الاجتماع نحو ثلاث ساعات").text
    n = find_numbers(text)[0]
    assert text[n.start:n.end] == n.text == "نحو ثلاث"


# --- properties -------------------------------------------------------------------

_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=999_999),
    scripts=st.lists(st.sampled_from(["ascii", "indic", "persian"]), min_size=7, max_size=7),
    grouped=st.booleans(),
)
def test_digits_round_trip(n: int, scripts: list[str], grouped: bool) -> None:
    plain = f"{n:,}" if grouped else str(n)
    out = []
    k = 0
    for ch in plain:
        if ch.isdigit():
            script = scripts[k % len(scripts)]
            k += 1
            out.append(ch if script == "ascii" else (_INDIC if script == "indic" else _PERSIAN)[int(ch)])
        else:
            out.append(ch)
    text = "قتل " + "".join(out) + " شخص"
    found = nums(text)
    assert [f.value for f in found] == [n]


_UNITS_M = {1: "واحد", 2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة"}
_UNITS_F = {1: "واحدة", 2: "اثنتان", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع"}
_TENS = {2: ("عشرون", "عشرين"), 3: ("ثلاثون", "ثلاثين"), 4: ("أربعون", "أربعين"), 5: ("خمسون", "خمسين"),
         6: ("ستون", "ستين"), 7: ("سبعون", "سبعين"), 8: ("ثمانون", "ثمانين"), 9: ("تسعون", "تسعين")}


def render(n: int, masculine_noun: bool, accusative: bool) -> str:
    """1..99 in words, agreeing (by polarity) with a masculine or feminine noun."""
    units = _UNITS_M if masculine_noun else _UNITS_F  # 3–10 take the opposite gender
    if n <= 2:
        return (_UNITS_M if masculine_noun else _UNITS_F)[n] if n == 1 else ("اثنين" if accusative else "اثنان")
    if n <= 9:
        return units[n]
    if n == 10:
        return "عشرة" if masculine_noun else "عشر"
    if n < 20:
        u = n - 10
        ten = "عشر" if masculine_noun else "عشرة"
        if u == 1:
            return ("أحد " if masculine_noun else "إحدى ") + ten
        if u == 2:
            return ("اثنا " if masculine_noun else "اثنتا ") + ten
        return _UNITS_F[u] + " " + ten if masculine_noun is False else _UNITS_M[u] + " " + ten
    tens = _TENS[n // 10][1 if accusative else 0]
    u = n % 10
    if u == 0:
        return tens
    unit = {1: "واحد" if masculine_noun else "إحدى", 2: "اثنان" if masculine_noun else "اثنتان"}.get(u, units.get(u, ""))
    return f"{unit} و{tens}"


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=1, max_value=99), masculine=st.booleans(), accusative=st.booleans())
def test_number_words_round_trip(n: int, masculine: bool, accusative: bool) -> None:
    noun = ("أيام" if masculine else "ساعات") if 3 <= n <= 10 else ("يوما" if masculine else "ساعة")
    text = f"استمر {render(n, masculine, accusative)} {noun}"
    found = [f for f in nums(text) if f.kind == "cardinal"]
    assert [f.value for f in found] == [n], text


# --- "and a half" of a scale ------------------------------------------------


@pytest.mark.parametrize(
    "text, value, said",
    [
        ("وحصل السيسي على 21 مليونا ونصف المليون صوت", 21_500_000, "21 مليونا ونصف المليون"),
        ("حصل على 21 مليونا ونصف صوت", 21_500_000, "21 مليونا ونصف"),
        ("حصل على ثلاثة ملايين ونصف المليون صوت", 3_500_000, "ثلاثة ملايين ونصف المليون"),
        ("نزح مليون ونصف شخص", 1_500_000, "مليون ونصف"),
        ("ونصف المليون", 500_000, "ونصف المليون"),
        ("نحو 3 آلاف ونصف", 3500, "نحو 3 آلاف ونصف"),
        # the half's scale without the article: it multiplied the compound's half again (5 * 10**11)
        ("وحصل المرشح على خمسة ملايين ونصف مليون صوت", 5_500_000, "خمسة ملايين ونصف مليون"),
        ("مليون ونصف مليون", 1_500_000, "مليون ونصف مليون"),
    ],
)
def test_a_half_after_a_scale_is_half_of_that_scale(text: str, value: float, said: str) -> None:
    # read apart, «ونصف المليون» was a bare half: 50 percent, which contradicted a claim of 97 percent
    n = one(text)
    assert (n.value, n.kind) == (value, "cardinal")
    assert normalize(said).text == n.text


def test_a_range_of_a_million_and_a_half_and_two() -> None:
    n = one("بين مليون ونصف المليون ومليونين")
    assert (n.low, n.high) == (1_500_000, 2_000_000)
    n = one("بين مليون ومليون ونصف المليون")  # the half of the second bound
    assert (n.low, n.high) == (1_000_000, 1_500_000)


def test_a_half_after_a_small_number_stays_a_half() -> None:
    assert one("خمسة عشر ونصف").value == 15.5
    assert one("صوت نصف الناخبين").kind == "fraction"


@pytest.mark.parametrize(
    "text, value, low, high, said",
    [
        # the held-out Hajj file (first run): read apart, 1,221,463 pilgrims were 463
        ("بلغ مليونا و221 ألفا و463 حاجا", 1_221_463, 1_221_463, 1_221_463, "مليونا و221 ألفا و463"),
        ("نزح مليون و200 ألف شخص", 1_200_000, 1_200_000, 1_200_000, "مليون و200 ألف"),
        ("ثلاثة ملايين و500 ألف دولار", 3_500_000, 3_500_000, 3_500_000, "ثلاثة ملايين و500 ألف"),
        ("مليونان وثلاثمئة ألف حاج", 2_300_000, 2_300_000, 2_300_000, "مليونان وثلاثمئة ألف"),
        ("ألفين و500 جندي", 2500, 2500, 2500, "ألفين و500"),
        ("نحو مليون و200 ألف لاجئ", 1_200_000, 1_080_000, 1_320_000, "نحو مليون و200 ألف"),  # the hedge holds all
        ("أكثر من 3 ملايين و200 ألف", 3_200_000, 3_200_000, math.inf, "أكثر من 3 ملايين و200 ألف"),
    ],
)
def test_orders_joined_by_and_are_one_number(text: str, value: float, low: float, high: float, said: str) -> None:
    n = one(text)
    assert (n.value, n.kind, n.text) == (value, "cardinal", normalize(said).text)
    assert (n.low, n.high) == pytest.approx((low, high))


@pytest.mark.parametrize("text", [
    "قتل 5 أشخاص و3 جنود",  # a list of counts: no scale word before «و»
    "مليون لاجئ و200 ألف نازح",  # a noun between: two counts
    "في عامي 2018 و2019",
])
def test_counts_listed_with_and_stay_apart(text: str) -> None:
    assert len(nums(text)) == 2


@pytest.mark.parametrize("text, low, high", [
    ("تراوح العدد بين مليون و500 ألف", 500_000, 1_000_000),  # after «بين»: a range's bounds, no lower order
    ("بين مئة و50 شخصا", 50, 100),  # the smaller bound second
])
def test_between_two_numbers_is_a_range_whatever_their_order(text: str, low: float, high: float) -> None:
    n = one(text)
    assert (n.low, n.high) == (low, high)


@given(st.integers(1, 999), st.integers(1, 999), st.integers(1, 999))
@settings(max_examples=60, deadline=None)
def test_millions_thousands_and_units_read_as_one_number(m: int, k: int, u: int) -> None:
    assert one(f"بلغ عددهم {m} مليون و{k} ألف و{u} شخص").value == m * 1_000_000 + k * 1000 + u


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("إن نسبة المشاركة تقل عن 45 بالمئة", 0, 45),
        ("يقل عن 45 بالمئة", 0, 45),
        ("لا تزيد على 45 بالمئة", 0, 45),
        ("لم تتجاوز 30 بالمئة", 0, 30),  # a negated «exceeded»: at most, not at least
        ("تخطت 35 بالمئة", 35, math.inf),
        ("وتجاوزت 35 بالمئة", 35, math.inf),
        ("لا تقل عن 30 بالمئة", 30, math.inf),
        # a negator before a bound turns it
        ("نسبة المشاركة لا تتخطى 30 بالمئة", 0, 30),
        ("لن تتجاوز 30 بالمئة", 0, 30),
        ("لا تفوق 30 بالمئة", 0, 30),
        ("لا أقل من 30", 30, math.inf),
        ("على ألا تتجاوز 30 بالمئة", 0, 30),
        # not every bound: «لم تصل إلى 30» (did not reach 30) is below 30, «ولا حتى 100» not even 100
        ("لم تصل إلى 30 بالمئة", 0, 30),
        ("ولا حتى 100", 0, 100),
    ],
)
def test_verbs_of_comparison_bound_the_number(text: str, low: float, high: float) -> None:
    n = one(text)
    assert (n.low, n.high) == (low, high)


def test_an_approximate_percentage_is_a_few_points_wide() -> None:
    # a tenth of 92 would be 9 points: «nearly 92 percent» would then agree with 97 percent
    n = one("حصل على ما يقرب من 92 في المئة")
    assert (n.low, n.high) == (89, 95)
    assert (one("نحو 10 بالمئة").low, one("نحو 10 بالمئة").high) == pytest.approx((9, 11))
    assert (one("نحو 3 ساعات").low, one("نحو 3 ساعات").high) == pytest.approx((2.7, 3.3))


@pytest.mark.parametrize(("text", "kind"), [
    ("توج باللقب للمرة الثالثة على التوالي والـ13 في تاريخه", "rank"),  # CN-sport-304-20180526: the 13th
    ("ليحرز لقبه الـ 14 في البطولة", "rank"),  # BB-sport-173-20180526, the article written apart
    ("خلال الـ24 ساعة الماضية", "cardinal"),  # what it counts follows: the past 24 hours
    ("وكان الـ39 الذين قتلوا من المدنيين", "cardinal"),  # the 39 who were killed
    ("وارتفع عدد القتلى الـ39 إلى 40", "cardinal"),  # what it counts comes right before
    ("في الدورة الـ13 للمهرجان", "mark"),  # a label noun before it, as before
    ("وأنه سيبلغ الـ87 مليون مستخدم الذين تأثروا", "cardinal"),  # SK-technology-380-20180410: a scale word follows
])
def test_digits_with_the_article_rank_unless_what_they_count_is_beside_them(text: str, kind: str) -> None:
    digits = [n for n in nums(text) if n.text[0].isdigit()]
    assert digits[0].kind == kind


def test_the_nth_time_is_a_rank_and_another_ordinal_stays_one() -> None:
    assert [n.kind for n in nums("فاز باللقب للمرة الثالثة على التوالي")] == ["rank"]
    assert [n.kind for n in nums("وجاء في المركز الثالث")] == ["ordinal"]


@pytest.mark.parametrize(("text", "kinds"), [
    ("وتوج الريال باللقب بعد فوزه 3-1 على ليفربول", ["score", "score"]),  # AL-sport-1711-20180527
    ("فاز بنتيجة 2 - 0", ["score", "score"]),
    ("إثر فوزه على المنتخب الكرواتي 4 / 2 اليوم الأحد", ["score", "score"]),  # AL-sport-2366: «اليوم» is no unit
    # FR-internationalNews-2322: nil in a word is a side of its own (the held-out South Korea–Germany match: «صفر-2»
    # was read as a lone 2, which denied a claim of «2-0»)
    ("وبعد فوزه على بلجيكا 1-صفر في نصف النهائي", ["score", "score"]),
    ("خسرها فريقه أمام البرتغال صفر-1 بعد التمديد", ["score", "score"]),
    ("إثر هزيمته أمام نظيره الكوري الجنوبي صفر - 2", ["score", "score"]),
    ("وصلت درجة الحرارة إلى صفر", []),  # nil alone is no side
    ("يتراوح بين 3-5 سنوات", ["cardinal", "cardinal"]),  # a unit after: a range, no score
    ("قتل 3-4 أشخاص", ["cardinal", "cardinal"]),  # a counted noun after
])
def test_two_small_numbers_joined_by_a_hyphen_are_a_score(text: str, kinds: list[str]) -> None:
    assert [n.kind for n in nums(text)] == kinds


@pytest.mark.parametrize(("text", "read"), [
    # BB-sport-172-20180526 and BB-sport-174-20180528: the final's 3-1 in words
    ("فاز على ليفربول بثلاثة أهداف مقابل هدف.", [("score", 3), ("score", 1)]),
    ("التي خسرها ليفربول بثلاثة أهداف مقابل هدف واحد أمام ريال مدريد", [("score", 3), ("score", 1), ("cardinal", 1)]),
    ("فاز بثلاثة أهداف لهدف", [("score", 3), ("score", 1)]),
    ("فاز 3 أهداف لهدفين", [("score", 3), ("score", 2)]),
    ("فاز بهدفين مقابل هدف", [("score", 2), ("score", 1)]),
    ("فاز بأربعة أهداف مقابل 2", [("score", 4), ("score", 2)]),
    # no second side: goals counted, no score
    ("سجل ثلاثة أهداف في المباراة", [("cardinal", 3)]),
    ("سجل هدفين مقابل لا شيء لزميله", []),
    ("وقع عقدا مقابل 3 ملايين", [("cardinal", 3_000_000)]),
    # two tallies compared, no score: more goals than a match's, no ب on the first side and no result before it
    ("وسجل رونالدو 12 هدفا مقابل هدفين فقط لميسي", [("cardinal", 12)]),
    # the held-out South Korea–Germany match: clean goals, the other side nil (SK-sport-1877, SK-sport-1908)
    ("بعد هزيمة قاسية بهدفين نظيفين", [("score", 2), ("score", 0)]),
    ("فاز بثلاثة أهداف نظيفة", [("score", 3), ("score", 0)]),
    ("هزيمة أمام المنتخب الكوري بهدفين مقابل لا شيء، الأربعاء", [("score", 2), ("score", 0)]),
    # BB-sport-94-20180403 (the Juventus–Real Madrid file, after its first run): nil written «صفر» after «مقابل»
    ("ليفوز على يوفنتوس بثلاثة أهداف مقابل صفر في دوري أبطال أوروبا", [("score", 3), ("score", 0)]),
    ("سجل 3 أهداف مقابل صفر", [("score", 3), ("score", 0)]),
    ("وجاء الملعب نظيفا ولا شيء يذكر", []),
    # AL-internationalNews-1957-20180716 and -1951: a match's goals on each side are its score
    ("سجل خلالها الفرنسيون أربعة أهداف مقابل هدفين لفريق كرواتيا", [("score", 4), ("score", 2)]),
    # the second side written as a number alone is a side too (it was read as a count: 2 goals of the final)
    ("وقال إنه لا يتذكر نتيجة 4 أهداف مقابل اثنين في أي مباراة نهائية", [("score", 4), ("score", 2)]),
])
def test_a_score_written_in_words_is_read_side_by_side(text: str, read: list[tuple[str, float]]) -> None:
    assert [(n.kind, n.value) for n in nums(text)] == read



def test_digits_alone_in_brackets_are_a_minute_not_an_amount() -> None:
    # FR-internationalNews-2317-20180715: the scorers' minutes of the final
    assert [(n.kind, n.value) for n in nums("وسجل أهداف الديوك غريزمان (38) وبوغبا (58) ومبابي (65)")] == [
        ("mark", 38), ("mark", 58), ("mark", 65)]
    assert [n.kind for n in nums("وقال محمد (45 عاما) إن")] == ["cardinal"]  # not alone: an age



@pytest.mark.parametrize(("text", "kinds"), [
    ("قتل (12) شخصا في الهجوم", ["cardinal"]),  # a counted noun after the bracket: an amount
    ("وارتفعت حصيلة القتلى إلى (109)", ["cardinal"]),  # no match report around it
    ("ولد في القاهرة (1975) وسجل هدفين", ["cardinal"]),  # past a match's minutes (a year, when no date reads it)
    ("وتراجعت البطالة بين صفر-5 في المئة", ["percent"]),  # a range of shares, no score
    ("يعمل المركز 24/7 طوال العام", ["cardinal", "cardinal"]),  # a slash with no result before it
])
def test_brackets_and_slashes_outside_a_match_report_are_amounts(text: str, kinds: list[str]) -> None:
    assert [n.kind for n in nums(text)] == kinds



@pytest.mark.parametrize(("text", "read"), [
    # BB-internationalNews-737-20180703: an early count given as a range
    ("وكان نحو 11 إلى 16 صبيا مع مدربهم", [(9.9, 16)]),
    ("ويقضي ما بين 5 إلى 10 سنوات في السجن", [(5, 10)]),
    # a change, from a figure to another: two figures
    ("وارتفع عدد القتلى من 20 إلى 35", [(20, 20), (35, 35)]),
    ("وخفض العدد 20 إلى 15", [(20, 20), (15, 15)]),
    # «أو» joins a range too, and the second's unit is the first's (FR-internationalNews-1079-20180504)
    ("وقتل 5 أو 6 أشخاص", [(5, 6)]),
    ("لتصل إلى 10 أو حتى 15 % في الميزانية", [(10, 15)]),
])
def test_two_figures_joined_by_ila_are_a_range_unless_a_change(text: str, read: list[tuple[float, float]]) -> None:
    assert [(round(n.low, 1), n.high) for n in nums(text)] == read


def test_digits_with_the_article_take_the_scale_after_them() -> None:
    """SK-technology-380-20180410 (Zuckerberg before Congress): «الـ87 مليون مستخدم» is 87 million, not 87 and a
    million apart (a million users denied the claim's 87 million)."""
    assert [(n.text, n.value) for n in nums("وأنه سيبلغ الـ87 مليون مستخدم")] == [("87 مليون", 87_000_000)]


def test_a_range_takes_the_percent_of_its_second_figure() -> None:
    assert [n.kind for n in nums("لتصل إلى 10 أو حتى 15 %")] == ["percent"]
    assert [n.kind for n in nums("ارتفعت 3 إلى 4 في المئة")] == ["percent"]
