"""A stage of an operation, the time so far, a group's ages, a day before the article: no contradiction.

Sentences from ANT's reports of the Tham Luang cave rescue (a held-out event: examples/thai-cave-rescue-2018.yaml)
and the Fuego eruption; each was a false contradiction before kinds/stages.py and the date rules beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim, QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.date import check as check_date
from factcheck.kinds.quantity import check as check_quantity
from factcheck.verdicts import Verdict


def doc(text: str, published: dt.date | None = None) -> Analysis:
    return Analysis(Document.from_source(Source("t", "t.txt", text, None, published)))


BOYS = QuantityClaim(id="b", says="علق 12 فتى من فريق لكرة القدم مع مدربهم في كهف", kind="quantity",
                     about=["فتى", "فتية", "الفتية", "صبيا", "صبية", "الصبية", "أطفال", "الأطفال"], value=12, unit="count")
TOLL = QuantityClaim(id="t", says="قتل 109 أشخاص جراء ثوران بركان فويغو", kind="quantity",
                     about=["قتلى", "القتلى", "حصيلة", "جثة", "جثث"], value=109, unit="count")
ORDEAL = QuantityClaim(id="o", says="ظل الفتية ومدربهم عالقين في الكهف 18 يوما", kind="quantity",
                       about=["عالقين", "العالقين", "محاصرين"], value=18, unit="day")
COACH = QuantityClaim(id="c", says="يبلغ مدرب الفريق من العمر 25 عاما", kind="quantity",
                      about=["مدرب", "المدرب", "مدربهم"], value=25, unit="year")
COMPLETED = DateClaim(id="d", says="اكتملت عملية الإنقاذ بإخراج آخر أربعة فتية ومدربهم يوم الثلاثاء 10 يوليو 2018",
                      kind="date", about=["إنقاذ", "إخراج", "انتشالهم"], value="2018-07-10")


@pytest.mark.parametrize("text", [
    "وقد أخرج الغواصون يوم الأحد أربعة أطفال من الكهف سالمين، لكن عملية الإنقاذ توقفت ليلا.",  # BB-758
    "ونجحت عملية الإنقاذ في إخراج ثمانية أطفال من الكهف على مدار اليومين الماضيين.",  # BB-776
    "ونقل الأطفال الأربعة الذين أُنقذوا في اليوم الأول من العملية إلى إحدى المستشفيات.",  # BB-778
    "تتواصل الثلاثاء عمليات إنقاذ الأربعة فتية العالقين المتبقين مع مدربهم.",  # FR-2234
    "وبالفعل تضم المجموعة الأولى أربعة أولاد من الصبية.",  # SK-2543
    "إلا أنه يشتبه في إصابة اثنين من الفتية بعدوى رئوية.",  # SK-2568
])
def test_a_count_of_one_stage_is_a_part_of_the_group(text: str) -> None:
    assert check_quantity(BOYS, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_stage_that_reaches_the_whole_supports_and_one_past_it_contradicts() -> None:
    assert check_quantity(BOYS, doc("ونجحت فرق الإنقاذ في إخراج 12 صبيا من الكهف.")).verdict is Verdict.SUPPORTED
    assert check_quantity(BOYS, doc("ونجحت فرق الإنقاذ في إخراج 14 صبيا من الكهف.")).verdict is Verdict.CONTRADICTED


def test_bodies_recovered_are_no_toll() -> None:
    # FR-internationalNews-1722-20180609: an increment of the searches, beside the toll of 109
    text = "وأعلنت السلطات انتشال سبع جثث إضافية من تحت الرماد. وبلغت حصيلة القتلى 109 قتلى على الأقل."
    assert check_quantity(TOLL, doc(text)).verdict is Verdict.SUPPORTED


def test_the_time_so_far_is_a_part_of_the_whole_time() -> None:
    # AL-internationalNews-1832-20180708 and FR-internationalNews-2173-20180705: written while they were inside
    assert check_quantity(ORDEAL, doc("الأطفال العالقين منذ 15 يوما داخل كهف في تايلاند.")).verdict is Verdict.NOT_MENTIONED
    assert check_quantity(ORDEAL, doc("الأطفال العالقين منذ 18 يوما داخل كهف.")).verdict is Verdict.SUPPORTED
    assert check_quantity(ORDEAL, doc("الأطفال العالقين منذ 25 يوما داخل كهف.")).verdict is Verdict.CONTRADICTED


def test_the_ages_of_a_group_are_not_one_persons_age() -> None:
    # FR-internationalNews-2212-20180708
    text = ("وكان هؤلاء الفتية الذين تتراوح أعمارهم بين 11 عاما و16 عاما قد اختفوا مع مدربهم لكرة القدم "
            "البالغ من العمر 25 عاما.")
    assert check_quantity(COACH, doc(text)).verdict is Verdict.NOT_MENTIONED  # the coach's 25 is too far to attach
    assert check_quantity(COACH, doc("وقال إن المدرب يبلغ من العمر 30 عاما.")).verdict is Verdict.CONTRADICTED


def test_a_claim_of_an_end_is_not_denied_by_the_day_of_a_stage() -> None:
    # SK-internationalNews-2572-20180711: the stage of Sunday and Monday, the end on Tuesday
    stage = "وأخرج الغواصون 8 من الصبية المحاصرين من الكهف يومي الأحد والاثنين بعد عملية إنقاذ صعبة."
    assert check_date(COMPLETED, doc(stage, dt.date(2018, 7, 11))).verdict is Verdict.NOT_MENTIONED
    ended = stage + " واكتملت عملية الإنقاذ الثلاثاء بإخراج آخر أربعة."
    assert check_date(COMPLETED, doc(ended, dt.date(2018, 7, 11))).verdict is Verdict.SUPPORTED
    # a sentence naming an end still denies it
    late = "وانتهت عملية الإنقاذ الأحد بإخراج آخر الصبية."
    assert check_date(COMPLETED, doc(late, dt.date(2018, 7, 12))).verdict is Verdict.CONTRADICTED


def test_a_word_of_end_in_another_sense_guards_nothing() -> None:
    # «في نهاية جولته» ends a tour, not a process the claim dates (review of the session's diff)
    claim = DateClaim(id="v", says="زار الرئيس باريس في نهاية جولته يوم 5 مايو 2018", kind="date",
                      about=["زار"], value="2018-05-05")
    assert check_date(claim, doc("زار الرئيس باريس يوم 7 مايو 2018.")).verdict is Verdict.CONTRADICTED


def q(says: str, about: list[str], value: float, unit: str = "count") -> QuantityClaim:
    return QuantityClaim(id="q", says=says, kind="quantity", about=about, value=value, unit=unit)


@pytest.mark.parametrize(("claim", "text"), [
    # the claim names the stage in another form: its count is the claim's own
    (q("أفرجت حماس عن 50 رهينة", ["رهينة", "رهائن"], 50), "وتم الإفراج عن 30 رهينة."),
    (q("أجلت السلطات 5000 شخص", ["شخص", "شخصا"], 5000), "وتم إجلاء 3000 شخص من المنطقة."),
    (q("انتشلت فرق الإنقاذ 12 جثة", ["جثة", "جثث"], 12), "وأعلنت الشرطة انتشال 9 جثث."),
    # not stages: a march, the wounded taken to hospital
    (q("تظاهر 10000 شخص في العاصمة", ["متظاهر", "شخص"], 10000), "وخرج 5000 متظاهر إلى شوارع العاصمة."),
    (q("أصيب 41 شخصا في الهجوم", ["أصيب", "مصابين"], 41), "وأصيب 30 شخصا نقلوا إلى المستشفى."),
    # a duration in a sentence that names the end is the whole of it
    (q("ظل الرهائن محتجزين 10 أيام", ["محتجزين", "المحتجزين"], 10, "day"), "وأطلق سراح الرهائن المحتجزين منذ 7 أيام."),
    (q("ظل الرهائن محتجزين 10 أيام", ["محتجزين", "المحتجزين"], 10, "day"), "وتم الإفراج عن الرهائن المحتجزين منذ 7 أيام."),
    (q("ظل الصبية عالقين 18 يوما", ["عالقين", "العالقين"], 18, "day"), "وأنقذ الغواصون الصبية العالقين منذ 15 يوما."),
])
def test_counts_that_are_the_total_still_deny_the_claim(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.CONTRADICTED


LOMBOK = QuantityClaim(id="l", says="قتل 387 شخصا في زلزال لومبوك", kind="quantity",
                       about=["قتلى", "القتلى", "مقتل", "قتل", "حصيلة"], value=387, unit="count")
ATTACKERS = QuantityClaim(id="a", says="نفذ الهجوم أربعة مسلحين", kind="quantity",
                          about=["مسلحين", "المهاجمين", "منفذي"], value=4, unit="count")
DEAD_17 = QuantityClaim(id="d17", says="قتل 17 شخصا في زلزال 29 يوليو", kind="quantity",
                        about=["قتلى", "مقتل", "زلزال"], value=17, unit="count")


def test_a_toll_so_far_is_a_part_of_the_final_toll() -> None:
    # BB-internationalNews-923-20180807: «مقتل نحو مائة شخص حتى الآن» two days in
    assert check_quantity(LOMBOK, doc("وأعلنت السلطات مقتل نحو مائة شخص حتى الآن.")).verdict is Verdict.NOT_MENTIONED
    assert check_quantity(LOMBOK, doc("وأعلنت السلطات مقتل نحو مائة شخص.")).verdict is Verdict.CONTRADICTED


def test_some_of_a_group_harmed_are_a_part_of_it_wherever_the_harm_is_said() -> None:
    # BB-middleEast-1039-20180923 and BB-middleEast-1034-20180924
    killed = "وقتلت القوات الأمنية ثلاثة من المهاجمين، وتمكنت من اعتقال الرابع."
    assert check_quantity(ATTACKERS, doc(killed)).verdict is Verdict.NOT_MENTIONED
    died = "وقال إن ثلاثة من منفذي الهجوم قتلوا، وتوفي الرابع في المستشفى."
    assert check_quantity(ATTACKERS, doc(died)).verdict is Verdict.NOT_MENTIONED
    assert check_quantity(ATTACKERS, doc("وقال إن ثلاثة مسلحين نفذوا الهجوم.")).verdict is Verdict.CONTRADICTED


def test_a_figure_with_a_fraction_counts_nobody() -> None:
    # SK-internationalNews-3088-20180819: a magnitude beside the dead of another quake
    text = "وتعرضت الجزيرة لزلزال بقوة 7.2 بعد أسابيع من زلزال خلف قتلى."
    assert check_quantity(DEAD_17, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_the_time_so_far_of_a_stage_under_way_is_a_part() -> None:
    # AL-internationalNews-1832-20180708: the operation «لإخراج» is under way, the 15 days are so far
    text = "تتواصل العملية الشاقة لإخراج الأطفال العالقين منذ 15 يوما داخل كهف في تايلاند."
    assert check_quantity(ORDEAL, doc(text)).verdict is Verdict.NOT_MENTIONED


VISIT = DateClaim(id="v", says="تفقد رئيس الوزراء مودي ولاية كيرالا يوم السبت 18 أغسطس 2018", kind="date",
                  about=["مودي", "تفقد"], value="2018-08-18")


def test_an_article_published_before_the_claims_day_denies_it_nothing() -> None:
    # FR-internationalNews-2761-20180817: a plan announced on the Friday, of the visit made on the Saturday
    text = "وقال مودي الجمعة في تغريدة إنه سيتفقد الولاية."
    assert check_date(VISIT, doc(text, dt.date(2018, 8, 17))).verdict is Verdict.NOT_MENTIONED
    assert check_date(VISIT, doc(text, dt.date(2018, 8, 20))).verdict is Verdict.CONTRADICTED  # written after
