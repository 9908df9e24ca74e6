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
    "وأوضح المتحدث أن 4 فتية وصلوا إلى الغرفة الثالثة تحت الأرض.",  # AL-1832
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


def test_an_article_published_before_the_claims_day_denies_nothing() -> None:
    # FR-internationalNews-2212-20180708: Sunday's stage, two days before the rescue was completed
    text = "نجحت فرق الإنقاذ الأحد في انتشال ستة من أصل 12 صبيا من داخل كهف."
    assert check_date(COMPLETED, doc(text, dt.date(2018, 7, 8))).verdict is Verdict.NOT_MENTIONED
    # published after it, the same sentence may deny it (it names the end: «انتهت»)
    late = "وانتهت عملية الإنقاذ الأحد بإخراج آخر الصبية."
    assert check_date(COMPLETED, doc(late, dt.date(2018, 7, 12))).verdict is Verdict.CONTRADICTED


def test_a_claim_of_an_end_is_denied_only_by_a_sentence_that_names_an_end() -> None:
    # SK-internationalNews-2572-20180711: the stage of Sunday and Monday, the end on Tuesday
    stage = "وأخرج الغواصون 8 من الصبية المحاصرين من الكهف يومي الأحد والاثنين بعد عملية إنقاذ صعبة."
    assert check_date(COMPLETED, doc(stage, dt.date(2018, 7, 11))).verdict is Verdict.NOT_MENTIONED
    ended = stage + " واكتملت عملية الإنقاذ الثلاثاء بإخراج آخر أربعة."
    assert check_date(COMPLETED, doc(ended, dt.date(2018, 7, 11))).verdict is Verdict.SUPPORTED


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
