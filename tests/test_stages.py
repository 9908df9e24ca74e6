"""A stage of an operation, the time so far, a group's ages, a day before the article: no contradiction.

Sentences from ANT's reports of the Tham Luang cave rescue (a held-out event: examples/thai-cave-rescue-2018.yaml)
and the Fuego eruption; each was a false contradiction before kinds/stages.py and the date rules beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.claims.model import DateClaim, QuantityClaim
from factcheck.kinds.date import check as check_date
from factcheck.kinds.quantity import check as check_quantity
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of as doc

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
RESIDENTS = QuantityClaim(id="hod-city-population-600k", says="يسكن مدينة الحديدة نحو 600 ألف نسمة", kind="quantity",
                          about=["نسمة", "سكان", "السكان", "يسكنها"], value=600000, unit="count", tolerance="10%")
TRIPOLI_DEAD = QuantityClaim(id="tripoli-deaths-63", says="أسفرت الاشتباكات في طرابلس عن مقتل 63 شخصا", kind="quantity",
                             about=["قتيلا", "القتلى", "مقتل", "قتل"], value=63, unit="count")
FLED = QuantityClaim(id="fled", says="فر نحو 250 ألف مدني من مدينة عفرين", kind="quantity",
                     about=["مدني", "شخص", "فر", "فرار", "بفرار"], value=250000, unit="count", tolerance="20%")
MISSILES = QuantityClaim(id="ryd-missiles-7", says="أطلق الحوثيون سبعة صواريخ باليستية من اليمن باتجاه السعودية",
                         kind="quantity", about=["صواريخ", "الصواريخ", "صاروخا", "صاروخ"],
                         near=["اليمن", "المملكة", "السعودية"], value=7, unit="count")
PILGRIMS = QuantityClaim(id="p", says="اكتمل وصول 1,684,629 حاجا من خارج المملكة", kind="quantity",
                         about=["حاج", "حاجا", "الحجاج", "حجاج"], near=["الخارج", "خارج", "وصول", "وصل", "القادمين"],
                         value=1684629, unit="count", tolerance="3%")
LOMBOK = QuantityClaim(id="l", says="قتل 387 شخصا في زلزال لومبوك", kind="quantity",
                       about=["قتلى", "القتلى", "مقتل", "قتل", "حصيلة"], value=387, unit="count")
ATTACKERS = QuantityClaim(id="a", says="نفذ الهجوم أربعة مسلحين", kind="quantity",
                          about=["مسلحين", "المهاجمين", "منفذي"], value=4, unit="count")
DEAD_17 = QuantityClaim(id="d17", says="قتل 17 شخصا في زلزال 29 يوليو", kind="quantity",
                        about=["قتلى", "مقتل", "زلزال"], value=17, unit="count")


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


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # a stage that reaches the whole supports it, one past it denies it
    (BOYS, "ونجحت فرق الإنقاذ في إخراج 12 صبيا من الكهف.", Verdict.SUPPORTED),
    (BOYS, "ونجحت فرق الإنقاذ في إخراج 14 صبيا من الكهف.", Verdict.CONTRADICTED),
    # FR-internationalNews-1722-20180609: bodies recovered in the searches, beside the toll of 109
    (TOLL, "وأعلنت السلطات انتشال سبع جثث إضافية من تحت الرماد. وبلغت حصيلة القتلى 109 قتلى على الأقل.",
     Verdict.SUPPORTED),
    # AL-1832 and FR-2173: the time so far, written while they were inside (an operation under way: «لإخراج»)
    (ORDEAL, "الأطفال العالقين منذ 15 يوما داخل كهف في تايلاند.", Verdict.NOT_MENTIONED),
    (ORDEAL, "تتواصل العملية الشاقة لإخراج الأطفال العالقين منذ 15 يوما داخل كهف في تايلاند.", Verdict.NOT_MENTIONED),
    (ORDEAL, "الأطفال العالقين منذ 18 يوما داخل كهف.", Verdict.SUPPORTED),
    (ORDEAL, "الأطفال العالقين منذ 25 يوما داخل كهف.", Verdict.CONTRADICTED),
    # a stage done in another clause, or «لا يزال» in its own: still the time so far
    (ORDEAL, "وأنقذ الغواصون أربعة أطفال أمس، فيما لا يزال الآخرون عالقين منذ 15 يوما.", Verdict.NOT_MENTIONED),
    (ORDEAL, "وتم إنقاذ أربعة فتية من بين 13 شخصا، عالقين منذ 15 يوما.", Verdict.NOT_MENTIONED),
    # FR-2212: the boys' ages are not the coach's (whose 25 is too far from «مدربهم» to attach)
    (COACH, "وكان هؤلاء الفتية الذين تتراوح أعمارهم بين 11 عاما و16 عاما قد اختفوا مع مدربهم لكرة القدم البالغ من العمر 25 "
            "عاما.", Verdict.NOT_MENTIONED),
    (COACH, "وقال إن المدرب يبلغ من العمر 30 عاما.", Verdict.CONTRADICTED),
    # BB-923 (Lombok): a toll «حتى الآن» two days in
    (LOMBOK, "وأعلنت السلطات مقتل نحو مائة شخص حتى الآن.", Verdict.NOT_MENTIONED),
    (LOMBOK, "وأعلنت السلطات مقتل نحو مائة شخص.", Verdict.CONTRADICTED),
    # BB-1190 (Michael): «حتى الآن» at the end of the toll's clause, its places between
    (LOMBOK, "وأسفر الإعصار عن مقتل 16 شخصا في عدة ولايات حتى الآن، وسط مخاوف من تزايد حصيلة الضحايا.",
     Verdict.NOT_MENTIONED),
    (LOMBOK, "وأسفر الإعصار عن مقتل 16 شخصا في عدة ولايات، ولم ترد تقارير أخرى حتى الآن.", Verdict.CONTRADICTED),
    (LOMBOK, "وأسفر الزلزال عن مقتل 16 شخصا ولم يعلن عن مفقودين حتى الآن.", Verdict.CONTRADICTED),
    # BB-923: «حتى الآن» before the count, between the toll and its figure
    (LOMBOK, "وقال مسؤول إن حصيلة القتلى حتى الآن وصلت إلى 98 شخصا وهي قابلة للزيادة.", Verdict.NOT_MENTIONED),
    (LOMBOK, "وقال مسؤول إن حصيلة القتلى حتى الآن وصلت إلى 400 شخص.", Verdict.CONTRADICTED),
    # the held-out Hajj file (first run): counted up to a day of the news, a running count
    (PILGRIMS, "وقال أمير منطقة مكة: وصل 557285 حاجا من جميع منافذ المملكة حتى يوم أمس (الثلاثاء)، من بينهم 103158 "
               "من إندونيسيا.", Verdict.NOT_MENTIONED),
    (PILGRIMS, "وأعلنت الجوازات أن عدد الحجاج القادمين من الخارج منذ بدء القدوم و حتى أمس بلغ مليونا و221 ألفا و463 حاجا.",
     Verdict.NOT_MENTIONED),
    (PILGRIMS, "وبلغ عدد الحجاج القادمين من الخارج 1.392.928 حاجا حتى نهاية الاثنين.", Verdict.NOT_MENTIONED),
    (PILGRIMS, "وقال أمير منطقة مكة: وصل 557285 حاجا من جميع منافذ المملكة.", Verdict.CONTRADICTED),
    (PILGRIMS, "وصل 1800000 حاج من الخارج حتى يوم أمس.", Verdict.CONTRADICTED),  # more than all of them
    (PILGRIMS, "ويبقى باب القدوم مفتوحا حتى نهاية الشهر، وقد وصل 557285 حاجا.", Verdict.CONTRADICTED),  # no day
    (LOMBOK, "واستمرت الهزات حتى اليوم التالي وأسفرت عن مقتل 12 شخصا.", Verdict.CONTRADICTED),  # a later day
    # SK-middleEast-541-20180325 (the Riyadh missiles): «ثلاثة من الصواريخ» are some of the seven
    (MISSILES, "وأفاد المتحدث أن ثلاثة من الصواريخ كانت باتجاه مدينة الرياض في السعودية.", Verdict.NOT_MENTIONED),
    (MISSILES, "وأفاد المتحدث أن تسعة من الصواريخ أطلقت باتجاه السعودية.", Verdict.CONTRADICTED),  # more than all
    (MISSILES, "وأفاد المتحدث أن ثلاثة صواريخ أطلقت باتجاه السعودية.", Verdict.CONTRADICTED),  # no «من»: the count
    # BB-middleEast-909-20180903 (the Tripoli clashes, held out): 18 of the dead were civilians
    (TRIPOLI_DEAD, "وقالت المنظمة إن تقارير تشير إلى أن 18 شخصا من القتلى مدنيون.", Verdict.NOT_MENTIONED),
    (TRIPOLI_DEAD, "وقالت المنظمة إن الاشتباكات أسفرت عن مقتل 18 شخصا.", Verdict.CONTRADICTED),
    # «من المدينة» after the noun is where they fled from, no partitive
    (FLED, "وتسببت العملية بفرار نحو 170 ألف شخص من المدينة.", Verdict.CONTRADICTED),
    # a partitive with the claim's noun of the dead after it is the claim's count (a review: «حتفهم» is no verb)
    (QuantityClaim(id="dead", says="لقي 100 من السكان حتفهم", kind="quantity", about=["حتفهم", "السكان", "قتلى", "قتل"],
                   value=100, unit="count"), "وقال المسؤول إن 80 من السكان لقوا حتفهم.", Verdict.CONTRADICTED),
    # FR-internationalNews-1821-20180615: two residents who spoke to Reuters
    (RESIDENTS, "وقال اثنان من السكان لوكالة رويترز إن طائرات هليكوبتر قصفت قطاعا قرب المطار.", Verdict.NOT_MENTIONED),
    # SK-2572: the days of one stage (brought out on Sunday and Monday) are a part of the ordeal ...
    (ORDEAL, "وأخرج الغواصون 8 من الصبية المحاصرين من الكهف يومي الأحد والاثنين.", Verdict.NOT_MENTIONED),
    # ... but not a duration of another verb's clause after the stage (FR-2258, «محتجزين» there)
    (ORDEAL, "الذين تم إنقاذهم أمس الثلاثاء بعدما ظلوا عالقين طيلة أسبوعين في مغارة.", Verdict.CONTRADICTED),
    # BB-1039 and BB-1034 (Ahvaz): some of the attackers killed, the harm before or after them
    (ATTACKERS, "وقتلت القوات الأمنية ثلاثة من المهاجمين، وتمكنت من اعتقال الرابع.", Verdict.NOT_MENTIONED),
    (ATTACKERS, "وقال إن ثلاثة من منفذي الهجوم قتلوا، وتوفي الرابع في المستشفى.", Verdict.NOT_MENTIONED),
    (ATTACKERS, "وقال إن ثلاثة مسلحين نفذوا الهجوم.", Verdict.CONTRADICTED),
    # BB-1006 (Ahvaz) and FR-2156 (Tham Luang): those a video shows, maybe not all of them
    (ATTACKERS, "ونشر فيديو يظهر ثلاثة مسلحين يتجهون في سيارة إلى العرض العسكري.", Verdict.NOT_MENTIONED),
    (BOYS, "وفي هذا التسجيل الذي صور الثلاثاء، يظهر أحد عشر صبيا يلقون التحية.", Verdict.NOT_MENTIONED),  # «طفلا» there
    (BOYS, "وفي هذا التسجيل، يظهر 14 صبيا يلقون التحية.", Verdict.CONTRADICTED),  # more than all of them
    (ATTACKERS, "وأظهرت التحقيقات أن ثلاثة مسلحين نفذوا الهجوم.", Verdict.CONTRADICTED),  # no picture
    # SK-3088 (Lombok): a magnitude beside the dead of another quake counts nobody
    (DEAD_17, "وتعرضت الجزيرة لزلزال بقوة 7.2 بعد أسابيع من زلزال خلف قتلى.", Verdict.NOT_MENTIONED),
])
def test_a_part_denies_nothing_by_falling_short_and_the_whole_still_counts(
    claim: QuantityClaim, text: str, verdict: Verdict,
) -> None:
    assert check_quantity(claim, doc(text)).verdict is verdict


RAIN = QuantityClaim(id="r", says="هطلت الأمطار الغزيرة غير المسبوقة على غرب اليابان خلال ثلاثة أيام", kind="quantity",
                    about=["الأمطار", "أمطار", "هطلت"], value=3, unit="day")


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-2218 (Japan floods): one more day of rain forecast is no length of the rain
    ("مع توقع استمرار هطول الأمطار الغزيرة ليوم واحد آخر على الأقل.", Verdict.NOT_MENTIONED),
    ("وتوقعت الأرصاد استمرار هطول الأمطار لخمسة أيام أخرى.", Verdict.NOT_MENTIONED),
    ("واستمر هطول الأمطار خمسة أيام.", Verdict.CONTRADICTED),
])
def test_a_time_added_to_one_gone_by_is_not_the_whole(text: str, verdict: Verdict) -> None:
    assert check_quantity(RAIN, doc(text)).verdict is verdict


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


VISIT = DateClaim(id="v", says="تفقد رئيس الوزراء مودي ولاية كيرالا يوم السبت 18 أغسطس 2018", kind="date",
                  about=["مودي", "تفقد"], value="2018-08-18")


def test_an_article_published_before_the_claims_day_denies_it_nothing() -> None:
    # FR-internationalNews-2761-20180817: a plan announced on the Friday, of the visit made on the Saturday
    text = "وقال مودي الجمعة في تغريدة إنه سيتفقد الولاية."
    assert check_date(VISIT, doc(text, dt.date(2018, 8, 17))).verdict is Verdict.NOT_MENTIONED
    assert check_date(VISIT, doc(text, dt.date(2018, 8, 20))).verdict is Verdict.CONTRADICTED  # written after


HELICOPTERS = QuantityClaim(id="h", says="تشارك نحو 30 مروحية عسكرية في عمليات الإنقاذ في كيرالا", kind="quantity",
                            about=["مروحية", "مروحيات", "المروحيات"], value=30, unit="count")


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-2789 (Kerala): helicopters asked for are no count of those at work
    ("ومن أجل تعزيز عمليات الإغاثة، طلب رئيس السلطة التنفيذية في كيرالا، أموالا إضافية وإرسال عشرين مروحية و600 سفينة.",
     Verdict.NOT_MENTIONED),
    ("وتم إرسال عشرين مروحية إلى كيرالا للمشاركة في عمليات الإنقاذ.", Verdict.CONTRADICTED),  # no request: sent
])
def test_a_figure_asked_for_is_no_count(text: str, verdict: Verdict) -> None:
    assert check_quantity(HELICOPTERS, doc(text)).verdict is verdict


HOUSES = QuantityClaim(id="hs", says="دمر الزلزال أو ألحق أضرارا بنحو 68 ألف منزل", kind="quantity",
                       about=["منزل", "منازل", "المنازل", "منزلا", "بيوت"], value=68000, unit="count")


@pytest.mark.parametrize(("text", "verdict"), [
    # BB-1148: houses buried are one kind of the damage, a part of the houses damaged
    ("وقال إن ثمة نحو 100 منزل قد دفنت تحت الأرض.", Verdict.NOT_MENTIONED),
    ("وقال إن ثمة نحو 100 ألف منزل قد دفنت تحت الأرض.", Verdict.CONTRADICTED),  # more than all of them
    ("وقال إن نحو 100 منزل قد دمرت.", Verdict.CONTRADICTED),  # the claim's own kind
    ("وتقول الوكالة إن 1700 منزل ابتلعتها الأرض.", Verdict.NOT_MENTIONED),
])
def test_a_count_of_one_kind_of_damage_is_a_part(text: str, verdict: Verdict) -> None:
    assert check_quantity(HOUSES, doc(text)).verdict is verdict


def test_so_far_before_a_toll_covers_the_count_joined_after_it() -> None:
    """«وقد أدت حتى الآن إلى مقتل 41 فلسطينيا وإصابة 1800 آخرين»: the wounded's 1800 is a count so far too
    (SK-middleEast-1683-20180514); a «حتى الآن» in another clause before it is not."""
    from factcheck.analysis import Analysis
    from factcheck.claims.model import QuantityClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.quantity import check
    from factcheck.verdicts import Verdict

    wounded = QuantityClaim(id="w", says="أصيب 2771 فلسطينيا بجروح", kind="quantity",
                            about=["أصيب", "إصابة", "وإصابة", "جرحى", "آخرين", "بجروح"], value=2771, unit="count")

    def verdict(text: str) -> Verdict:
        return check(wounded, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict

    assert verdict("وقد أدت حتى الآن إلى مقتل 41 فلسطينيا وإصابة 1800 آخرين برصاص الجيش.") is Verdict.NOT_MENTIONED
    assert verdict("وقد أدت المواجهات إلى مقتل 41 فلسطينيا وإصابة 1800 آخرين برصاص الجيش.") is Verdict.CONTRADICTED
    assert verdict("ولم يعلن أحد مسؤوليته حتى الآن، وأصيب 1800 شخص بجروح.") is Verdict.CONTRADICTED


TALKS = QuantityClaim(id="pompeo-pyongyang-talks-two-days", says="استمرت زيارة بومبيو ومحادثاته في بيونغ يانغ يومين",
                      kind="quantity", about=["محادثات", "المحادثات", "محادثاته", "المفاوضات", "زيارة", "زيارته", "الزيارة"],
                      value=2, unit="day")


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-internationalNews-2451-20180703: three visits in three months, no visit of three months
    ("من المقرر أن يصل وزير الخارجية، مايك بومبيو، الجمعة، إلى بيونغ يانغ في ثالث زيارة له خلال 3 أشهر.",
     Verdict.NOT_MENTIONED),
    ("وتستمر زيارة بومبيو إلى بيونغ يانغ ثلاثة أيام.", Verdict.CONTRADICTED),  # a length: still denies
    ("وأجرى بومبيو المحادثات خلال يومين في بيونغ يانغ.", Verdict.SUPPORTED),  # a window may agree
])
def test_a_window_after_within_is_no_length(text: str, verdict: Verdict) -> None:
    assert check_quantity(TALKS, doc(text)).verdict is verdict
