"""Association: a number or date counts for a claim only when attached to its subject (issue 9).

Sentences from the ANT corpus (ids cited); none of these articles is about the
Alaska summit, so a number they attach elsewhere must leave the claim not_mentioned.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim, QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.date import check as check_date
from factcheck.kinds.own_words import counted_words
from factcheck.kinds.quantity import check as check_quantity
from factcheck.verdicts import Role, Verdict
from tests.conftest import analysis_of as doc

TOLL = QuantityClaim(id="t", says="قتل أو أصيب أكثر من مليون شخص في الحرب", kind="quantity",
                     about=["مقتل", "إصابة"], value=1_000_000, unit="count")
REGIONS = QuantityClaim(id="r", says="تطالب روسيا بالاعتراف بضم القرم وأربع مناطق أخرى", kind="quantity",
                        about=["مناطق"], value=4, unit="count")
OFFICIALS = QuantityClaim(id="o", says="ضم كل وفد ثلاثة مسؤولين", kind="quantity",
                          about=["مسؤولين", "المسؤولين"], value=3, unit="count")
DURATION = QuantityClaim(id="d", says="استمرت القمة نحو ثلاث ساعات", kind="quantity",
                         about=["القمة", "الاجتماع"], value=3, unit="hour")
WAR = DateClaim(id="w", says="بدأت الحرب في أوكرانيا عام 2022", kind="date", about=["الحرب"], value="2022")


def test_a_number_counting_another_noun_is_not_the_claims() -> None:
    # AL-internationalNews-1034-20180507: the 26 are houses, not regions
    text = "وأدى البركان بالفعل إلى تدمير 26 منزلاً، حيث قذف أنهاراً من الحمم البركانية وغازات سامة في المناطق السكنية."
    assert check_quantity(REGIONS, doc(text)).verdict is Verdict.NOT_MENTIONED
    # AL-economy-187-20180307: dollars, not officials
    text = "وصل العجز التجاري السنوي الاميركي إلى 800 مليار دولار العام الماضي، وحمل المسؤولين الاميركيين السابقين مسؤولية هذا الامر."
    assert check_quantity(OFFICIALS, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_number_beyond_other_nouns_is_not_the_claims() -> None:
    # AL-internationalNews-1007-20180506: the 500 years are the storm's rarity
    text = ('شهدت العاصمة التركية أنقرة أمطاراً غزيرة أدت إلى إصابة 6 أشخاص وغمرت الشوارع بالسيول الموحلة، '
            'في ظاهرة تحصل مرة كل 500 سنة.')
    f = check_quantity(TOLL, doc(text))
    assert [e.text for e in f.evidence] == ["6"]  # the 6 is attached, adjacent; nothing else is taken


def test_a_match_minute_is_no_count_of_goals() -> None:
    # AL-sport-1071-20180403
    goals = QuantityClaim(id="g", says="سجل الأهلي هدفين", kind="quantity", about=["الهدف"], value=2, unit="count")
    text = "ونجح لاعبه المصري مؤمن زكريا بتسجيل الهدف الثاني عند الدقيقة 90+1 بعد متابعته لتسديدة زميله."
    assert check_quantity(goals, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_attached_by_a_relative_clause_and_the_reason_says_so() -> None:
    # AL-economy-279-20180321 (shortened): the meeting "الذي استمر يومين"
    text = "وناقش الوزراء في اجتماعهم الذي استمر يومين في العاصمة الأرجنتينية المخاطر."
    claim = QuantityClaim(id="m", says="استمر الاجتماع ثلاث ساعات", kind="quantity",
                          about=["اجتماعهم"], value=3, unit="hour")
    f = check_quantity(claim, doc(text))
    assert f.verdict is Verdict.CONTRADICTED
    assert "(attached: «الذي استمر»)" in f.evidence[0].reason


def test_attached_by_a_linking_verb_after_the_subjects_clause() -> None:
    # the seed 001 style: قمة ... ، امتدت لثلاث ساعات
    text = ("شهدت ألاسكا انعقاد قمة مطولة بين الرئيس الروسي فلاديمير بوتين ونظيره الأميركي دونالد ترامب، "
            "امتدت لخمس ساعات خلف الأبواب المغلقة.")
    claim = QuantityClaim(id="d", says="استمرت القمة ثلاث ساعات", kind="quantity", about=["القمة"], value=3, unit="hour")
    f = check_quantity(claim, doc(text))
    assert f.verdict is Verdict.CONTRADICTED
    assert f.evidence[0].role is Role.CONTRADICTS and "(attached: «امتدت»)" in f.evidence[0].reason


def test_another_event_between_takes_the_date() -> None:
    # AL-culture-273-20180502 style: the war is mentioned, the year is the novel's
    text = "بعد الحرب كتب رواية بعنوان المخبول ونشرها خلال مهرجان عام 2001."
    assert check_date(WAR, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_year_inside_a_tournament_name_is_not_the_wars() -> None:
    # AL-economy-670-20180527 style
    text = "قال إن الحرب على اللقب في كأس العالم 2018 ستكون بين ألمانيا والبرازيل."
    assert check_date(WAR, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_the_claims_own_qualifiers_do_not_stand_between() -> None:
    # seed 003: العمليات العسكرية بين روسيا وأوكرانيا التي بدأت في 2022
    claim = DateClaim(id="w", says="بدأت الحرب في أوكرانيا عام 2022", kind="date",
                      about=["العمليات العسكرية"], value="2022")
    text = "ركزت على إنهاء العمليات العسكرية بين روسيا وأوكرانيا التي بدأت في 2014."
    f = check_date(claim, doc(text))
    assert f.verdict is Verdict.CONTRADICTED
    assert "attached" in f.evidence[0].reason or "nearest within" in f.evidence[0].reason


# --- issue 9: whose number it is, on real news (ANT v2.1 article ids in the comments) ---------

def news(text: str, published: dt.date | None = None) -> Analysis:
    return Analysis(Document.from_source(Source("t", "t.txt", text, None, published)))


DEATHS_107 = QuantityClaim(id="d", says="قتل 107 أشخاص في تحطم الطائرة", kind="quantity",
                           about=["قتيل", "قتلى", "قتل", "مقتل", "حصيلة", "الضحايا", "حتفهم"], value=107, unit="count")
ABOARD_110 = QuantityClaim(id="a", says="كان على متن الطائرة 110 أشخاص بين ركاب وطاقم", kind="quantity",
                           about=["متنها", "متن", "أشخاص", "شخصا"], value=110, unit="count")
DEATHS_64 = QuantityClaim(id="k", says="أودى الحريق بحياة 64 شخصا", kind="quantity",
                          about=["قتلى", "مقتل", "حتفهم", "الضحايا", "وفاة"], value=64, unit="count")
DEATHS_257 = QuantityClaim(id="g", says="قتل 257 شخصا في تحطم الطائرة العسكرية", kind="quantity",
                           about=["قتيل", "قتلى", "قتل", "مقتل", "حتفهم", "الضحايا", "قضى"], value=257, unit="count")
CREW_TEN = QuantityClaim(id="c", says="كان بين القتلى أفراد الطاقم العشرة", kind="quantity",
                         about=["الطاقم", "طاقم"], value=10, unit="count")


def test_counted_words_are_the_noun_of_the_claims_number() -> None:
    assert "اشخاص" in (counted_words(ABOARD_110.says, 110, []) or ())
    assert "ركاب" not in (counted_words(ABOARD_110.says, 110, []) or ())
    assert "طاقم" in (counted_words(CREW_TEN.says, 10, []) or ())  # the definite noun before العشرة


def test_numbers_of_one_sentence_count_different_nouns() -> None:
    # AL-internationalNews-1240-20180519: 110 aboard, 107 of them killed
    text = "بعد تحطم طائرة ركاب كان على متنها 110 أشخاص قتل 107 منهم، في حين أصيب 3 آخرون."
    assert check_quantity(DEATHS_107, doc(text)).verdict is Verdict.SUPPORTED
    # FR-internationalNews-1326-20180519: 107 dead and three wounded
    text = "غداة حادث تحطم طائرة ركاب أسفر عن سقوط 107 قتلى وثلاثة جرحى في حالة حرجة."
    assert check_quantity(DEATHS_107, doc(text)).verdict is Verdict.SUPPORTED


def test_across_sentences_both_figures_still_contradict() -> None:
    text = "أسفر الحادث عن سقوط 107 قتلى. وأعلنت السلطات لاحقا مقتل 110 أشخاص."
    assert check_quantity(DEATHS_107, doc(text)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "text",
    [
        # AL-internationalNews-625-20180326
        "وكانت حصيلة سابقة أشارت إلى مقتل 37 شخصاً وفقدان نحو 70.",
        # FR-internationalNews-1722 (Fuego, held out): the toll's own adjective between
        "وكانت حصيلة رسمية سابقة أفادت بمقتل 37 شخصا.",
        "وكانت حصيلة القتلى السابقة 37 شخصا.",
        # SK-internationalNews-591-20180326
        'ونقلت وكالة "تاس" عن هيئة التحقيق الروسية في وقت سابق أن عدد الضحايا بلغ 48 شخصا، قبل الإعلان عن زيادة الرقم.',
        # «سبق أن», «سبق لها أن»: what had happened before (FR-internationalNews-344-20180309's «وسبق أن تلقت
        # السعودية 72 طائرة من هذا الطراز»)
        "وسبق أن أعلنت السلطات مقتل 37 شخصا في الحادث.",
        "وسبق لها أن أعلنت مقتل 37 شخصا في الحادث.",
    ],
    ids=["earlier-toll", "earlier-toll-official", "earlier-toll-of-the-dead", "earlier-time", "had-before",
         "had-before-she"],
)
def test_an_earlier_figure_reported_as_earlier_does_not_contradict(text: str) -> None:
    assert check_quantity(DEATHS_64, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_figure_of_an_event_long_before_the_article_does_not_contradict() -> None:
    # FR-internationalNews-673-20180411 (11 April 2018)
    text = "وفي شباط/فبراير 2014، قضى 77 شخصا من عسكريين وأفراد عائلات عسكريين في سقوط طائرة نقل."
    assert check_quantity(DEATHS_257, news(text, dt.date(2018, 4, 11))).verdict is Verdict.NOT_MENTIONED
    # FR-internationalNews-697-20180412: العام الماضي with a misspelt month in a pair
    text = "وفي حزيران/يوينو العام الماضي، قتل اثنان من طاقم مروحية تابعة لقوات الدرك الوطني."
    assert check_quantity(CREW_TEN, news(text, dt.date(2018, 4, 12))).verdict is Verdict.NOT_MENTIONED
    # without a publication date the article's own figure is all we have
    assert check_quantity(CREW_TEN, news(text)).verdict is Verdict.CONTRADICTED


SISI_97 = QuantityClaim(id="s97", says="حصل السيسي على 97 بالمئة من الأصوات", kind="quantity", about=["السيسي"],
                        value=97, unit="percent")


def test_a_figure_of_an_event_long_before_the_article_supports_nothing_either() -> None:
    # SK-middleEast-595 (March 2018, before the results): the 2014 election's figure
    text = "وكان السيسي حصل على 97 بالمئة من الأصوات في انتخابات 2014."
    assert check_quantity(SISI_97, news(text, dt.date(2018, 3, 26))).verdict is Verdict.NOT_MENTIONED
    # BB-internationalNews-879-20180724: a sentence of this year, compared with last year's, still speaks
    text = "وحصل السيسي على 97 بالمئة حتى الآن في 2018 مقارنة بنفس الفترة من العام الماضي."
    assert check_quantity(SISI_97, news(text, dt.date(2018, 4, 2))).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # AL-internationalNews-1240-20180519: five crew, not the people aboard
        (ABOARD_110, "وعلى متنها خمسة من أفراد الطاقم."),
        # FR-internationalNews-1326-20180519: two Argentinians among the dead
        (DEATHS_107, "وأكدت الحكومة الأرجنتينية مقتل اثنين من مواطنيها في الحادث."),
        # BB-middleEast-331-20180411: 26 Polisario members among the victims
        (DEATHS_257, "إن من بين الضحايا 26 من أعضاء البوليساريو."),
        # AL-internationalNews-1233-20180518: passengers only, fewer than all aboard
        (ABOARD_110, "وكان على متن الطائرة 104 ركاب."),
    ],
    ids=["crew", "citizens", "members", "passengers"],
)
def test_a_count_of_another_group_is_not_the_claims(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_more_of_a_group_than_the_claims_whole_contradicts() -> None:
    # the form of SK-internationalNews-1650-20180518 («113 راكبا» against 110 aboard)
    f = check_quantity(ABOARD_110, doc("وكان على متنها 113 راكبا."))
    assert f.verdict is Verdict.CONTRADICTED, f
    assert "راكبا, more than all the claim counts" in f.evidence[0].reason


def test_partitive_of_the_claims_own_group_is_the_claims() -> None:
    # FR-internationalNews-697-20180412
    text = "قتل 257 شخصا من بينهم عشرة من طاقم الطائرة."
    assert check_quantity(CREW_TEN, doc(text)).verdict is Verdict.SUPPORTED


def test_a_model_number_and_each_one_are_no_counts() -> None:
    # CN-internationalNews-363-20180519
    claim = QuantityClaim(id="p", says="كانت الطائرة تقل 104 ركاب", kind="quantity",
                          about=["ركاب"], value=104, unit="count")
    text = "تحطمت طائرة ركاب من طراز بوينغ 737 بعيد إقلاعها من مطار هافانا."
    assert check_quantity(claim, doc(text)).verdict is Verdict.NOT_MENTIONED
    # AL-internationalNews-656-20180327
    text = "وقد وعد المحافظ المحلي بمليون روبل كتعويض لأسرة كل واحد من الضحايا."
    assert check_quantity(DEATHS_64, doc(text)).verdict is Verdict.NOT_MENTIONED


DEAD_13 = QuantityClaim(id="k", says="قتل 13 شخصا في الهجوم", kind="quantity", about=["مقتل", "قتل"],
                        value=13, unit="count")
GOALS_5 = QuantityClaim(id="g5", says="سجل الفريق خمسة أهداف", kind="quantity", about=["أهداف", "هدفين"],
                        value=5, unit="count")


@pytest.mark.parametrize("claim, text", [
    (DEAD_13, "وأعلنت الشرطة مقتل ثلاثة أشخاص آخرين في الهجوم."),
    (DEAD_13, "وقتل عشرة أشخاص في الهجوم، ثم أعلنت الشرطة مقتل ثلاثة أشخاص آخرين."),  # the 10 are the part before
    (DEAD_13, "وأعلنت الشرطة مقتل شخصين آخرين في الهجوم."),
    (GOALS_5, "وسجل الفريق ثلاثة أهداف أخرى في الشوط الثاني."),  # FR-sport-151: three more goals
    (GOALS_5, "وأضاف الفريق هدفين آخرين في الشوط الثاني."),
])
def test_a_count_of_more_of_them_never_contradicts(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_count_of_others_still_supports() -> None:
    # the claim's own wording: Crimea and four other regions
    text = "وتطالب روسيا بالاعتراف بضم القرم وأربع مناطق أخرى."
    assert check_quantity(REGIONS, doc(text)).verdict is Verdict.SUPPORTED


def test_a_count_without_more_still_contradicts() -> None:
    assert check_quantity(DEAD_13, doc("وأعلنت الشرطة مقتل ثلاثة أشخاص في الهجوم.")).verdict is Verdict.CONTRADICTED
    assert check_quantity(GOALS_5, doc("وسجل الفريق ثلاثة أهداف في المباراة.")).verdict is Verdict.CONTRADICTED


def test_a_claims_dual_counts_the_same_noun_in_either_case() -> None:
    # «قتل شخصان» (the subject's case) counts what «مقتل شخصين» does: it was left not_mentioned
    text = "وأسفر الهجوم عن مقتل شخصين."
    for says in ("قتل شخصين", "قتل شخصان"):
        claim = QuantityClaim(id="d2", says=says, kind="quantity", about=["مقتل"], value=2, unit="count")
        assert check_quantity(claim, doc(text)).verdict is Verdict.SUPPORTED, says


TURNOUT = QuantityClaim(id="p", says="بلغت نسبة المشاركة 41.05 بالمئة", kind="quantity",
                        about=["نسبة المشاركة", "المشاركة"], value=41.05, unit="percent", tolerance=0.5)
SHARE = QuantityClaim(id="s", says="فاز السيسي بنسبة 97.08 بالمئة من الأصوات الصحيحة", kind="quantity",
                      about=["السيسي", "فوز", "فاز"], value=97.08, unit="percent", tolerance=0.1)


@pytest.mark.parametrize("claim, text, verdict", [
    # the editor's audit: the subject's place or occasion (في and an event noun, its adjectives) between
    (TURNOUT, "وبلغت نسبة المشاركة في الانتخابات الرئاسية 41.05 في المائة.", Verdict.SUPPORTED),
    # BB-middleEast-609-20180611; FR-middleEast-417-20180507: a linking verb after the complement
    (TURNOUT, "وبلغت نسبة المشاركة في الانتخابات نحو 52 في المئة.", Verdict.CONTRADICTED),
    (TURNOUT, "وأعلن أن نسبة المشاركة في الانتخابات بلغت 49,20 بالمئة.", Verdict.CONTRADICTED),
    # CN-middleEast-456-20180402, CN-middleEast-496-20180406: four and five words from السيسي
    (SHARE, "أعلنت الهيئة فوز عبدالفتاح السيسي بولاية رئاسية ثانية محققا 97.8 في المائة من عدد الأصوات.",
     Verdict.CONTRADICTED),
    (SHARE, "أعلنت الهيئة عن فوز السيسي بفترة رئاسية ثانية بعد نيله 97.8 في المائة من الأصوات.", Verdict.CONTRADICTED),
    (SHARE, "أعلنت الهيئة فوز السيسي بالانتخابات الرئاسية بنسبة 97.08 بالمئة.", Verdict.SUPPORTED),
    # BB-middleEast-346-20180414: the dead of the attack
    (QuantityClaim(id="k", says="قتل 60 شخصا", kind="quantity", about=["قتل"], value=60, unit="count"),
     "وقتل في الهجوم 70 شخصا على الأقل.", Verdict.CONTRADICTED),
    # ... and only they: the 12 others are the wounded
    (QuantityClaim(id="k", says="قتل 5 أشخاص", kind="quantity", about=["قتل"], value=5, unit="count"),
     "قتل في الهجوم 5 أشخاص وأصيب 12 آخرون.", Verdict.SUPPORTED),
])
def test_a_figure_after_the_subjects_complement_is_the_subjects(claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    found = check_quantity(claim, doc(text))
    assert found.verdict is verdict
    if verdict is Verdict.CONTRADICTED:
        assert "complement" in found.evidence[0].reason


def test_a_date_after_an_adjective_the_claim_does_not_say_supports_and_never_contradicts() -> None:
    """attach.UNSAID promises support only, for a date as for a figure; the date kind read the association's
    reason («it may be another's») and contradicted all the same."""
    claim = DateClaim(id="e", says="جرت الانتخابات الرئاسية في 26 مارس 2018", kind="date", about=["الانتخابات"],
                      value="2018-03-26")
    for text in ("وجرت الانتخابات البلدية في 6 مايو 2018.",
                 "وبلغت نسبة المشاركة في الانتخابات البلدية التي جرت في 6 مايو 2018 نحو 30 بالمئة."):
        assert check_date(claim, doc(text)).verdict is Verdict.NOT_MENTIONED, text
    assert check_date(claim, doc("وجرت الانتخابات البلدية في 26 مارس 2018.")).verdict is Verdict.SUPPORTED
    assert check_date(claim, doc("وجرت الانتخابات الرئاسية في 28 مارس 2018.")).verdict is Verdict.CONTRADICTED


PRESIDENTIAL, MUNICIPAL, ELECTIONS = (
    QuantityClaim(id="e", says=f"بلغت نسبة المشاركة في الانتخابات{kind} 41 بالمئة", kind="quantity",
                  about=["الانتخابات"], value=41, unit="percent", tolerance=0.5)
    for kind in (" الرئاسية", " البلدية", ""))


def test_a_figure_after_the_adjective_the_claim_says_is_the_subjects() -> None:
    assert check_quantity(PRESIDENTIAL, doc("وكانت نسبة المشاركة في الانتخابات الرئاسية 30 بالمئة.")).verdict \
        is Verdict.CONTRADICTED
    assert check_quantity(ELECTIONS, doc("وكانت نسبة المشاركة في الانتخابات 30 بالمئة.")).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize("claim, text", [
    # SK-middleEast-615-20180328: the last election's turnout (2014), not this one's
    (TURNOUT, "وبلغت نسبة المشاركة في الانتخابات الأخيرة 47.5 في المئة."),
    (TURNOUT, "وبلغت نسبة المشاركة في الانتخابات السابقة 47.5 في المئة."),
    # an indefinite event noun, a relative clause, a year, another word: the figure is not (clearly) the subject's
    (TURNOUT, "وكانت نسبة المشاركة في انتخابات العام 2014 قد وصلت إلى 47 بالمئة."),
    (TURNOUT, "وكانت نسبة المشاركة في الانتخابات التي جرت قبل أربع سنوات 47 بالمئة."),
    (TURNOUT, "وكانت نسبة المشاركة في الانتخابات الرئاسية لعام 2014 بلغت 47 بالمئة."),
    (TURNOUT, "وكانت نسبة المشاركة في الانتخابات الرئاسية مقارنة بـ 47 بالمئة."),
    (TURNOUT, "وكانت نسبة المشاركة، في الانتخابات الرئاسية 47 بالمئة."),
    # after an indefinite noun a verb describes it, a pronoun suffix speaks of it: the term lasts four years
    (QuantityClaim(id="y", says="السيسي 63 عاما", kind="quantity", about=["السيسي"], value=63, unit="year"),
     "فوز السيسي بفترة رئاسية جديدة تستمر أربع سنوات."),
    (QuantityClaim(id="y", says="السيسي 63 عاما", kind="quantity", about=["السيسي"], value=63, unit="year"),
     "وفاز السيسي بولاية ثانية مدتها أربع سنوات."),
    # an event of its own (خلال، an indefinite noun), or its relative clause: the meeting's two days
    (QuantityClaim(id="v", says="الزيارة ثلاثة أيام", kind="quantity", about=["الزيارة"], value=3, unit="day"),
     "وجرت الزيارة خلال اجتماع استمر يومين."),
    (QuantityClaim(id="v", says="الزيارة ثلاثة أيام", kind="quantity", about=["الزيارة"], value=3, unit="day"),
     "وجرت الزيارة في الاجتماع الذي استمر يومين."),
    # an adjective the claim does not say may name another election, another kind of attack (a review found
    # «في الانتخابات البرلمانية 28.3» contradicting a presidential turnout): it supports, never contradicts
    (TURNOUT, "وأعلن أن نسبة المشاركة في الانتخابات البرلمانية بلغت 49,20 بالمئة."),
    (TURNOUT, "وكانت نسبة المشاركة في الانتخابات البلدية 30 بالمئة."),
    (TURNOUT, "وبلغت نسبة المشاركة في الانتخابات الرئاسية 47 في المائة."),  # the claim does not say which
    (SHARE, "وكان فوز السيسي في الانتخابات الرئاسية الأولى بنسبة 96.9 بالمئة."),
    # ... and so when the event noun is the claim's own about word (a review: «nearest within 1 word» contradicted)
    (PRESIDENTIAL, "وكانت نسبة المشاركة في الانتخابات البلدية 30 بالمئة."),
    (MUNICIPAL, "وكانت نسبة المشاركة في الانتخابات الرئاسية 30 بالمئة."),
    (ELECTIONS, "وكانت نسبة المشاركة في الانتخابات البلدية 30 بالمئة."),
    (ELECTIONS, "وجرت الانتخابات السابقة بنسبة 30 بالمئة."),  # another instance
])
def test_a_figure_after_another_instance_or_clause_stays_unattached(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is not Verdict.CONTRADICTED


WOUNDED = QuantityClaim(id="w16", says="أصيب 16 شخصا في انهيار الجسر", kind="quantity",
                        about=["جريح", "جريحا", "جرحى", "مصاب", "مصابين", "أصيب", "إصابة"], value=16, unit="count")
MISSING = QuantityClaim(id="m5", says="فقد خمسة أشخاص في الانهيار", kind="quantity",
                        about=["مفقودين", "المفقودين", "مفقودا"], value=5, unit="count")


OUTAGES = QuantityClaim(id="p15", says="انقطع التيار الكهربائي عن نحو 1.5 مليون منزل وشركة من فلوريدا حتى فرجينيا",
                        kind="quantity", about=["التيار الكهربائي", "الكهرباء", "كهرباء"], value=1500000, unit="count",
                        tolerance="5%")


@pytest.mark.parametrize(("claim", "text"), [
    # FR-internationalNews-2767-20180818: the ten are those still in hospital, of 16 wounded
    (WOUNDED, "وبلغت الحصيلة الرسمية الموقتة لضحايا انهيار الجسر 38 قتيلا، بينما ما زال عشرة جرحى يعالجون "
              "في المستشفى، بينهم ستة في حالة الخطر."),
    (WOUNDED, "وقالت السلطات إن تسعة جرحى مازالوا في المستشفى."),  # «مازالوا» after the count's noun
    (WOUNDED, "وقالت السلطات إن تسعة جرحى لايزالون في المستشفى."),  # every fused form of read.negation's STILL
    (MISSING, "ولا يزال ثلاثة أشخاص مفقودين بعد العثور على جثتين."),  # fewer are still missing
    (MISSING, "ولا يزال عدد المفقودين ثلاثة."),  # a number of those in a passing state: still a part
    # BB-1190 (Michael): the claim's own words (its subject) between «لا يزال» and the count
    (OUTAGES, "في غضون ذلك، لا يزال التيار الكهربائي مقطوعا عن نحو مليون منزل في ولايات فلوريدا، ألاباما، جورجيا."),
])
def test_a_count_of_those_still_so_is_a_part_and_does_not_contradict(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.NOT_MENTIONED


DEAD43 = QuantityClaim(id="d43", says="قتل 43 شخصا في انهيار الجسر", kind="quantity", about=["القتلى", "قتيل"],
                       value=43, unit="count")


@pytest.mark.parametrize("text", [
    "ولا تزال حصيلة القتلى 39.",  # a review: the toll standing at 39, no part of the dead
    "وما زال عدد القتلى 39 قتيلا.",
    "ولا يزال مجموع القتلى 39.",
])
def test_a_toll_that_still_stands_at_a_figure_is_the_total(text: str) -> None:
    assert check_quantity(DEAD43, doc(text)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    (WOUNDED, "ما زال 20 جريحا يعالجون في المستشفى.", Verdict.CONTRADICTED),  # more than all the claim counts
    (WOUNDED, "ما زال 16 جريحا يعالجون في المستشفى.", Verdict.SUPPORTED),
    (MISSING, "ولا يزال سبعة أشخاص مفقودين.", Verdict.CONTRADICTED),
    (WOUNDED, "وأصيب عشرة جرحى في الانهيار.", Verdict.CONTRADICTED),  # no «ما زال»: the wounded
    (OUTAGES, "وانقطع التيار الكهربائي عن نحو مليون منزل في ولايات فلوريدا وجورجيا.", Verdict.CONTRADICTED),
    (OUTAGES, "لا يزال التيار الكهربائي مقطوعا عن نحو مليوني منزل.", Verdict.CONTRADICTED),  # more than all
])
def test_a_count_of_those_still_so_is_at_least_the_claims(claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    assert check_quantity(claim, doc(text)).verdict is verdict


ABOARD = QuantityClaim(id="a110", says="كان على متن الطائرة 110 أشخاص بين ركاب وطاقم", kind="quantity",
                       about=["متنها", "متن", "أشخاص", "شخصا"], value=110, unit="count")
DEAD = QuantityClaim(id="d107", says="قتل 107 أشخاص في تحطم الطائرة", kind="quantity",
                     about=["قتلى", "مقتل", "قتل", "أشخاص"], value=107, unit="count")


def test_persons_who_did_another_thing_are_not_the_claims_persons() -> None:
    # BB-internationalNews-529-20180518: the three are the survivors, not the people aboard
    text = 'وبحسب صحيفة تابعة للحزب الشيوعي الحاكم، فإن ثلاثة أشخاص نجوا وهم في "حالة خطيرة" بالمستشفى.'
    assert check_quantity(ABOARD, doc(text)).verdict is Verdict.NOT_MENTIONED


@pytest.mark.parametrize(("claim", "text"), [
    (DEAD, "وقالت السلطات إن 100 أشخاص قتلوا في الحادث."),  # the claim's own verb (قتل)
    (DEAD, "قتل 5 أشخاص وأصيب 10."),  # a verb behind و starts another clause
    (ABOARD, "وكان 104 أشخاص على متن الطائرة."),  # no verb after the persons
    # a verb of dying in other words than the claim's (a review: these were left not_mentioned)
    (QuantityClaim(id="d43", says="أعلنت السلطات عن مقتل 43 شخصا", kind="quantity", about=["شخصا"], value=43,
                   unit="count"), "وقالت الشرطة إن 39 شخصا لقوا حتفهم."),
    (QuantityClaim(id="d43", says="أعلنت السلطات عن مقتل 43 شخصا", kind="quantity", about=["شخصا"], value=43,
                   unit="count"), "وقالت الشرطة إن 39 شخصا توفوا."),
])
def test_persons_with_the_claims_verb_or_none_still_count(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.CONTRADICTED


# The Surabaya bombings (13-14 May 2018), the sixth labelled event, held out: its first run found these.
SBY_DEAD = QuantityClaim(id="sd", says="قتل 13 شخصا في تفجيرات الكنائس الثلاث في سورابايا", kind="quantity",
                         about=["قتيل", "قتلى", "مقتل", "قتل", "حصيلة"], value=13, unit="count")
SBY_WOUNDED = QuantityClaim(id="sw", says="أصيب 41 شخصا بجروح في تفجيرات الكنائس", kind="quantity",
                            about=["جرحى", "الجرحى", "مصابين", "أصيب", "إصابة"], value=41, unit="count")
SBY_FAMILY = QuantityClaim(id="sf", says="نفذت تفجيرات الكنائس عائلة واحدة من ستة أفراد", kind="quantity",
                           about=["عائلة", "العائلة", "أسرة", "أفراد"], value=6, unit="count")


@pytest.mark.parametrize(("text", "verdict", "figure"), [
    ("وأعلنت الشرطة مقتل 11 شخصا على الأقل وإصابة 13 في الهجمات.", Verdict.CONTRADICTED, "13"),  # SK-...-1543
    ("وقتل 6 أشخاص على الأقل وأصيب 35 آخرون في التفجيرات.", Verdict.CONTRADICTED, "35"),  # SK-...-1547 (labelled so)
    ("ارتفعت الحصيلة إلى مقتل 14 شخصا على الأقل وإصابة نحو 20.", Verdict.CONTRADICTED, "نحو"),  # SK-...-1553
])
def test_a_count_right_after_a_word_of_harm_is_that_words(text: str, verdict: Verdict, figure: str | None) -> None:
    """«مقتل 11 شخصا على الأقل وإصابة ...»: the 11 are the dead, not the wounded the «إصابة» after them names
    (≥ 11 had supported 41 wounded); the wounded's own figure decides, «35 آخرون» after «وأصيب» among them (the
    article's label: it states 35 wounded; until 2026-12-06 «آخرون» only ever supported)."""
    finding = check_quantity(SBY_WOUNDED, doc(text))
    assert finding.verdict is verdict
    assert [e.text.split()[0] for e in finding.evidence if e.role is Role.CONTRADICTS] == ([figure] if figure else [])


GAZA_WOUNDED = QuantityClaim(id="gw", says="أصيب 15 فلسطينيا في غزة", kind="quantity",
                            about=["جرحى", "مصابين", "أصيب", "إصابة"], value=15, unit="count")


def test_a_number_after_its_noun_is_the_harm_words_before_the_noun() -> None:
    """FR-internationalNews-2300-20180714: «مقتل فلسطينيين اثنين» are two dead, not the wounded of the «وإصابة»
    right after them (once the agreeing «15 على الأقل» no longer shielded its sentence, the 2 contradicted 15)."""
    text = "أسفرت غارات إسرائيلية كثيفة على القطاع عن مقتل فلسطينيين اثنين وإصابة 15 على الأقل."
    assert check_quantity(GAZA_WOUNDED, doc(text)).verdict is Verdict.SUPPORTED


def test_a_mention_joined_by_and_is_no_noun_of_the_count_before_it() -> None:
    """«مقتل 12 وإصابة 30»: the 12 are the dead's; «وإصابة» begins the wounded's phrase."""
    finding = check_quantity(GAZA_WOUNDED.model_copy(update={"value": 31}), doc("ما أسفر عن مقتل 12 وإصابة 30."))
    assert [e.text for e in finding.evidence if e.role is Role.CONTRADICTS] == ["30"]


@pytest.mark.parametrize(("claim", "text"), [
    # FR-internationalNews-1199-20180512: «حصيلة» far before finds the 27 loose, «قتيلا» right after attaches it
    # (a claim naming no target: the strikes «على سوريا» are no attack on the churches of SBY_DEAD, kinds/targets.py)
    (SBY_DEAD.model_copy(update={"says": "قتل 13 شخصا في سورابايا"}), "ارتفعت حصيلة القتلى إثر الغارات الإسرائيلية على سوريا التي وقعت فجر الخميس الماضي إلى 27 قتيلا."),
    # FR-internationalNews-1722-20180609: «قتيلا» met as the accusative of «قتيل» (a lower score) still attaches it
    (QuantityClaim(id="c", says="قتل 107 أشخاص في تحطم الطائرة", kind="quantity",
                   about=["قتيل", "قتلى", "قتل", "مقتل", "حصيلة", "الضحايا", "حتفهم"], value=107, unit="count"),
     "وأفادت آخر حصيلة أن الضحايا الذين سقطوا في هذه الكارثة الطبيعية بلغت 109 قتيلا على الأقل."),
])
def test_a_count_attached_by_one_mention_is_not_left_loose_by_another(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "text"), [
    # SK-middleEast-1346-20180429: more than 40 dead agrees with 257; the 60 are the wounded
    (QuantityClaim(id="a", says="قتل 257 شخصا في تحطم الطائرة العسكرية", kind="quantity",
                   about=["قتيل", "قتيلا", "قتلى", "قتل", "مقتل", "حتفهم", "الضحايا", "قضى"], value=257, unit="count"),
     "قال ناشطون إن أكثر من 40 قتيلا وحوالي 60 جريحا من عناصر قوات النظام سقطوا في الانفجارات."),
    (SBY_DEAD, "وسقط في الهجوم أكثر من 10 قتلى وحوالي 60 جريحا."),
])
def test_the_wounded_are_no_count_of_the_dead(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.SUPPORTED


def test_the_dead_keep_their_count_whatever_harm_follows() -> None:
    finding = check_quantity(SBY_DEAD, doc("وأعلنت الشرطة مقتل 13 شخصا على الأقل وإصابة 41 في الهجمات."))
    assert finding.verdict is Verdict.SUPPORTED and finding.evidence[0].text.startswith("13")


# The dead of examples/surabaya-bombings-2018.yaml, with its every about word
SBY_DEAD_ALL = SBY_DEAD.model_copy(update={"about": [
    "قتيل", "قتيلا", "قتيلين", "قتلى", "مقتل", "قتل", "قتلت", "حصيلة", "الضحايا", "أوقعت"]})


@pytest.mark.parametrize(("claim", "text", "figure"), [
    # SK-middleEast-1234-20180425, SK-internationalNews-583-20180325: «مصرع» is a word of killing the claim of
    # the dead does not list, but it counts the dead all the same
    (SBY_DEAD_ALL, "أعلن الأردن أن أحد مواطنيه من بين ضحايا حادث الدهس الذي وقع في مدينة تورنتو الكندية، وأسفر عن "
                   "مصرع 10 أشخاص وإصابة 13 آخرين.", "10"),
    (SBY_DEAD_ALL, "وكانت هيئة التحقيق أعلنت في حصيلة أولية للضحايا مصرع خمسة أشخاص بينهم طفل، وإصابة نحو ثلاثين "
                   "آخرين.", "خمسة"),
    # BB-middleEast-225-20180320: «قتلت» for a claim that says «قتل»
    (QuantityClaim(id="c", says="قتل 107 أشخاص في تحطم الطائرة", kind="quantity",
                   about=["قتيل", "قتلى", "قتل", "مقتل", "حصيلة", "الضحايا", "حتفهم"], value=107, unit="count"),
     "وأشارت إلى أن القذيفة قتلت 20 شخصا على الفور وقتل الباقون في وقت لاحق.", "20"),
])
def test_a_word_of_the_harm_the_claim_counts_is_the_claims_whichever_it_is(
    claim: QuantityClaim, text: str, figure: str,
) -> None:
    finding = check_quantity(claim, doc(text))
    assert finding.verdict is Verdict.CONTRADICTED
    assert [e.text for e in finding.evidence if e.role is Role.CONTRADICTS] == [figure]


@pytest.mark.parametrize("text", [
    "قتل 13 شخصا على الأقل جراء تفجيرات استهدفت ثلاث كنائس.",  # BB-internationalNews-502-20180513
    "أسفرت التفجيرات عن مقتل 13 شخصا على الأقل وإصابة 40 آخرين.",
])
def test_a_hedge_after_the_counted_noun_leaves_the_noun_counted(text: str) -> None:
    """The word after «على الأقل» (جراء، وإصابة) is no counted noun: «شخصا» before the hedge is."""
    assert check_quantity(SBY_DEAD, doc(text)).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("text", [
    "الهجوم نفذه أربعة انتحاريين ينتمون لعائلة واحدة.",  # AL-internationalNews-1170-20180515
    "سلسلة تفجيرات انتحارية نفذتها عائلة واحدة.",  # FR-internationalNews-1228-20180514
])
def test_one_after_its_noun_is_a_single_one_not_a_count_of_members(text: str) -> None:
    assert check_quantity(SBY_FAMILY, doc(text)).verdict is Verdict.NOT_MENTIONED


@pytest.mark.parametrize(("claim", "text"), [
    (SBY_DEAD, "قتل شخص واحد في التفجير."),
    (SBY_DEAD, "وأسفر الانفجار عن سقوط قتيل واحد."),
    (SBY_WOUNDED, "وأصيب شخص واحد فقط في الهجوم."),
])
def test_one_after_a_noun_of_the_people_counted_is_a_count_of_one(claim: QuantityClaim, text: str) -> None:
    """«شخص واحد» is one person, a count of the claim's people (it contradicted 13 dead before «عائلة واحدة» was
    read as a single family), not "a single" something else."""
    finding = check_quantity(claim, doc(text))
    assert finding.verdict is Verdict.CONTRADICTED and finding.evidence[0].text == "واحد"


def test_a_partitive_after_a_word_of_harm_counts_the_claims_group() -> None:
    """«قتل اثنان من طاقم»: the harm word's object is two of the crew, the claim's own group."""
    crew = QuantityClaim(id="c", says="كان بين القتلى أفراد الطاقم العشرة", kind="quantity",
                         about=["الطاقم", "طاقم"], value=10, unit="count")
    assert check_quantity(crew, doc("قتل اثنان من طاقم المروحية.")).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "text", "denied"), [
    (SBY_DEAD, "وأعلنت السلطات مقتل عشرة أشخاص على الأقل، غير أن رئيس الشرطة قال إن عدد القتلى هو سبعة.", "سبعة"),
    # SK-internationalNews-3009-20180814 (Genoa): the firemen's bound and the official count
    (QuantityClaim(id="g", says="قتل 39 شخصا في انهيار الجسر", kind="quantity", about=["القتلى", "مقتل", "حتفهم"],
                   value=39, unit="count"),
     "قالت إن 35 شخصا على الأقل ربما لقوا حتفهم، في حين أن الإحصاء الرسمي يقول إن عدد القتلى 20.", "20"),
])
def test_a_bound_that_agrees_does_not_shield_a_figure_that_denies(claim: QuantityClaim, text: str, denied: str) -> None:
    """«عشرة على الأقل» agrees with 13 as it does with any figure beyond it; the sentence's «عدد القتلى هو سبعة»
    is still a figure of the dead (CN-internationalNews-352-20180513, Surabaya)."""
    finding = check_quantity(claim, doc(text))
    assert finding.verdict is Verdict.CONTRADICTED
    assert [e.text for e in finding.evidence if e.role is Role.CONTRADICTS] == [denied]


@pytest.mark.parametrize(("text", "supported"), [
    ("أسفر الهجوم عن مقتل شخصين على الأقل.", True),  # AL-internationalNews-1143-20180513, an early count
    ("وأفادت الشرطة بسقوط قتيلين على الأقل في الكنيسة.", True),  # SK-internationalNews-1543-20180513
    ("أسفر الهجوم عن مقتل شخصين.", False),  # two, no more: it says nothing of 13 (a dual never contradicts)
])
def test_a_hedge_goes_with_a_dual_as_with_a_figure(text: str, supported: bool) -> None:
    """«قتيلين على الأقل» is two or more, as «2 على الأقل» is: it agrees with 13 dead."""
    verdict = check_quantity(SBY_DEAD, doc(text)).verdict
    assert verdict is (Verdict.SUPPORTED if supported else Verdict.NOT_MENTIONED)


UCL_IN_A_ROW = QuantityClaim(id="r", says="فاز ريال مدريد باللقب للمرة الثالثة على التوالي", kind="quantity",
                             about=["التوالي", "متتالية"], value=3, unit="count")
UCL_TITLES = QuantityClaim(id="t", says="أحرز ريال مدريد لقبه الثالث عشر في المسابقة", kind="quantity",
                           about=["لقب", "اللقب", "لقبه"], value=13, unit="count")


def test_a_rank_supports_its_count_and_contradicts_none() -> None:
    """«للمرة الثالثة على التوالي والـ13 في تاريخه» (CN-sport-304-20180526): the third time in a row supports a
    streak of 3, and «الـ13», the 13th title, is no count of the streak (it had contradicted 3); «لقبه الـ 14»
    (BB-sport-173) agrees with no count of 13 titles and denies none: a rank may support, never contradict."""
    text = "وتوج ريال مدريد باللقب للمرة الثالثة على التوالي والـ13 في تاريخه."
    finding = check_quantity(UCL_IN_A_ROW, doc(text))
    assert finding.verdict is Verdict.SUPPORTED and finding.evidence[0].text == "الثالثة"
    assert check_quantity(UCL_TITLES, doc("ليحرز ريال مدريد لقبه الـ 14 في البطولة.")).verdict is Verdict.NOT_MENTIONED
    assert check_quantity(UCL_TITLES, doc("ليحرز ريال مدريد لقبه الـ13 في البطولة.")).verdict is Verdict.SUPPORTED


def test_a_score_counts_nothing_its_sentence_names() -> None:
    """«توج باللقب بعد فوزه 3-1» (AL-sport-1711-20180527): the 3 had denied Real's 13 titles, the 1 in
    «وفاز ريال 3-1 ... وتوج بلقب» (AL-sport-1731) too."""
    for text in ("وتوج الريال باللقب بعد فوزه 3-1 على ليفربول.", "وفاز ريال 3-1 في كييف وتوج بلقب البطولة."):
        assert check_quantity(UCL_TITLES, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_complementizer_behind_a_conjunction_still_opens_a_report() -> None:
    """«... في الانفجار وإنه جرى انتشال عشرة أشخاص أحياء» (SK-middleEast-3374): the ten pulled out alive are the
    report's, not the explosion's dead; «كان» (was) is no complementizer."""
    claim = QuantityClaim(id="x", says="قتل 13 شخصا في الانفجار", kind="quantity", about=["الانفجار"], value=13,
                          unit="count")
    assert check_quantity(claim, doc("وقال إن فرق الإنقاذ عملت في الانفجار وإنه جرى انتشال عشرة أشخاص أحياء.")).verdict \
        is Verdict.NOT_MENTIONED
    assert check_quantity(SBY_DEAD, doc("وقالت الشرطة إن عدد القتلى كان 10 أشخاص.")).verdict is Verdict.CONTRADICTED


def test_to_reach_a_figure_is_the_figure_not_up_to_it() -> None:
    """«ارتفع عدد القتلى ليصل إلى 403 قتلى» is 403, not at most 403 (it supported 13 dead); «ما يصل إلى» is up to."""
    assert check_quantity(SBY_DEAD, doc("وارتفع عدد القتلى ليصل إلى 403 قتلى.")).verdict is Verdict.CONTRADICTED
    assert check_quantity(SBY_DEAD, doc("وقتل ما يصل إلى 50 شخصا.")).verdict is Verdict.SUPPORTED


def test_an_adjective_that_describes_the_event_names_no_other_instance() -> None:
    """«وسقط في الهجوم الدامي 22 قتيلا» (AL-culture-462) is the attack's toll: «الدامي» describes the claim's
    attack, it names no other one («البلدية» after «الانتخابات» does)."""
    claim = QuantityClaim(id="h", says="قتل 13 شخصا في الهجوم", kind="quantity", about=["الهجوم"], value=13,
                          unit="count")
    assert check_quantity(claim, doc("وسقط في الهجوم الدامي 22 قتيلا.")).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # the wounded are no toll of the dead, whatever the claim's about word (here the attack)
    (QuantityClaim(id="a", says="قتل 13 شخصا في الاعتداء", kind="quantity", about=["الهجوم", "الاعتداء"], value=13,
                   unit="count"), "وقالت الشرطة إن 16 شخصا على الأقل أصيبوا بجروح في الاعتداء.", Verdict.NOT_MENTIONED),
    (SBY_WOUNDED, "وأعلنت السلطات أن عشرة أشخاص قتلوا وأصيب 41 في الهجمات.", Verdict.SUPPORTED),
    # the claim's own harm keeps its count
    (SBY_DEAD, "وبلغت الحصيلة عشرة أشخاص قتلوا في الهجمات.", Verdict.CONTRADICTED),
])
def test_a_verb_of_another_harm_after_the_count_makes_it_that_harms(
        claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    assert check_quantity(claim, doc(text)).verdict is verdict


MISTAKES = QuantityClaim(id="k", says="تسبب خطآن من الحارس كاريوس في هدفين", kind="quantity",
                         about=["خطأين", "الأهداف", "هدفين"], value=2, unit="count")


def test_a_scores_side_written_in_words_counts_no_goals() -> None:
    # BB-sport-174-20180528: «بثلاثة أهداف مقابل هدف واحد» is the final's score, not three of the claim's goals
    text = ("واستهدفت التهديدات الحارس وعائلته بسبب أخطائه في المباراة، التي خسرها ليفربول بثلاثة أهداف مقابل "
            "هدف واحد أمام ريال مدريد السبت في كييف.")
    assert check_quantity(MISTAKES, doc(text)).verdict is Verdict.NOT_MENTIONED


MISSING = QuantityClaim(id="m", says="فقد نحو 200 شخص", kind="quantity", about=["مفقودين", "المفقودين"],
                        value=200, unit="count")


def test_a_vague_count_does_not_set_an_article_that_states_the_figure_against_itself() -> None:
    # SK-internationalNews-2019-20180608: «نحو 200» stated, «عدة أشخاص مفقودين» said of some villages
    vague = "وأوقفت فرق الإنقاذ عمليات البحث في قرى دمرها البركان، ما ترك عدة أشخاص مفقودين وذويهم مضطربين."
    stated = "وقال المسؤول إن عدد القتلى ارتفع يوم الخميس إلى 109 فيما بلغ عدد المفقودين نحو 200 شخص. "
    assert check_quantity(MISSING, doc(stated + vague)).verdict is Verdict.SUPPORTED
    # alone, «بضعة» (a few) and «عدة» (a number of) state no figure: they deny none
    assert check_quantity(MISSING, doc(vague.replace("عدة", "بضعة"))).verdict is Verdict.NOT_MENTIONED
    assert check_quantity(MISSING, doc(vague)).verdict is Verdict.NOT_MENTIONED


TITLES = QuantityClaim.model_validate({
    "id": "titles", "says": "أحرز ريال مدريد لقب دوري أبطال أوروبا للمرة الـ13 في تاريخه", "kind": "quantity",
    "about": ["للمرة", "اللقب", "لقب", "ألقاب"], "near": ["ريال", "مدريد"], "value": 13, "unit": "count"})
IN_A_ROW = TITLES.model_copy(update={"id": "row", "says": "توج ريال مدريد باللقب للمرة الثالثة على التوالي",
                                     "value": 3})


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # SK-sport-1349-20180527: Zidane's run of three titles, not Real's thirteen
    (TITLES, "بات زيدان، مدرب ريال مدريد، أول مدرب في تاريخ المسابقة يحرز 3 ألقاب متتالية.", Verdict.NOT_MENTIONED),
    (TITLES, "بات ريال مدريد أول ناد يحرز 12 لقبا متتاليا.", Verdict.NOT_MENTIONED),
    # the claim's total, and a claim of the run itself: the count is theirs
    (TITLES, "رفع ريال مدريد رصيده إلى 12 ألقاب في تاريخ المسابقة.", Verdict.CONTRADICTED),
    (IN_A_ROW, "بات زيدان، مدرب ريال مدريد، أول مدرب يحرز 4 ألقاب متتالية.", Verdict.CONTRADICTED),
])
def test_a_count_of_a_run_is_no_total(claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    assert check_quantity(claim, doc(text)).verdict is verdict



@pytest.mark.parametrize(("text", "verdict"), [
    # BB-1179 (Michael): the claim counts «منزل», the article «المنازل»: one noun, its plural
    ("وتسببت العاصفة مايكل، أثناء تحركها، في انقطاع التيار الكهربائي عن ربع مليون من المنازل والشركات عندما تعرضت "
     "خطوط الكهرباء لأضرار فادحة.", Verdict.CONTRADICTED),
    ("وتسببت العاصفة في انقطاع التيار الكهربائي عن 1.5 مليون من المنازل والشركات.", Verdict.SUPPORTED),
    # people are not homes
    ("وترك الإعصار قرابة 500 ألف شخص دون كهرباء في ولايات فلوريدا وألاباما وجورجيا.", Verdict.NOT_MENTIONED),
])
def test_a_count_of_the_plural_of_the_claims_noun_is_the_claims(text: str, verdict: Verdict) -> None:
    assert check_quantity(OUTAGES, doc(text)).verdict is verdict


SBY_WOUNDED_41 = QuantityClaim(id="sby-wounded-41", says="أصيب 41 شخصا في تفجيرات الكنائس", kind="quantity",
                               about=["جرحى", "أصيب", "أصيبوا", "إصابة", "جرح"], value=41, unit="count")
DEAD_15 = QuantityClaim(id="dead-15", says="قتل 15 شخصا في الهجومين", kind="quantity", about=["قتل", "مقتل", "قتلى"],
                        value=15, unit="count")
CHILDREN_WOUNDED = QuantityClaim(id="dahyan-wounded-children-56", says="كان بين جرحى الغارة 56 طفلا", kind="quantity",
                                 about=["جرحى", "جريحا", "أصيب", "وأصيب", "إصابة", "بينهم"], value=56, unit="count")
MISSING_DEAD = QuantityClaim(id="dead", says="لقي 100 شخص حتفهم في الفيضانات", kind="quantity",
                             about=["حتفهم", "قتلى", "مصرعهم"], value=100, unit="count")


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # AL-internationalNews-1143-20180513: «آخرون» after the claim's own harm are the wounded it counts
    (SBY_WOUNDED_41, "وقالت الشرطة إن ما لا يقل عن شخصين قتلا كما أصيب 13 آخرون في التفجيرات.", Verdict.CONTRADICTED),
    (SBY_WOUNDED_41, "وأسفرت التفجيرات عن مقتل 13 شخصا وإصابة 41 آخرين.", Verdict.SUPPORTED),
    # ... after more of the same harm, more of the claim's people: no figure of all of them (10 + 5 = 15)
    (DEAD_15, "قتل عشرة جنود في الهجوم الأول، كما قتل 5 آخرون في الهجوم الثاني.", Verdict.NOT_MENTIONED),
    # ... after another harm, others than the claim's people («وفقد 16 آخرون»: not the dead)
    (MISSING_DEAD, "لقي 100 شخص حتفهم وفقد 16 آخرون في الفيضانات.", Verdict.SUPPORTED),
    # ... and people at large, for a claim of a named group (children): a whole, not its count
    (CHILDREN_WOUNDED, "وقالت القناة إن الغارة أدت إلى مقتل مدنيين وأصيب 51 آخرون بجروح غالبيتهم أطفال.",
     Verdict.NOT_MENTIONED),
])
def test_others_after_the_claims_own_harm_are_its_count(claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    assert check_quantity(claim, doc(text)).verdict is verdict


DISPLACED = QuantityClaim(id="dp", says="قد يؤدي هجوم على إدلب إلى نزوح نحو 800 ألف شخص", kind="quantity",
                          about=["نزوح", "النازحين"], value=800_000, unit="count")


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-middleEast-3546-20180907 (the Tehran summit, held out): the displaced are half of the three million
    ("وتأوي محافظة إدلب الشمالية الغربية والمناطق المحيطة حوالي 3 ملايين شخص - نصفهم تقريبا من المدنيين النازحين "
     "من مناطق أخرى من سوريا.", Verdict.NOT_MENTIONED),
    ("وتأوي إدلب حوالي 3 ملايين شخص معظمهم من النازحين.", Verdict.NOT_MENTIONED),
    # without the part, the three million are the displaced
    ("وتأوي إدلب حوالي 3 ملايين شخص من النازحين.", Verdict.CONTRADICTED),
])
def test_an_about_word_after_a_part_of_them_is_of_the_part(text: str, verdict: Verdict) -> None:
    assert check_quantity(DISPLACED, doc(text)).verdict is verdict


SEMI_FINAL = DateClaim(id="sf", says="أقيمت مباراة نصف النهائي بين كرواتيا وإنجلترا يوم الأربعاء 11 يوليو 2018",
                       kind="date", about=["مباراة", "نصف النهائي"], value="2018-07-11")


@pytest.mark.parametrize(("text", "verdict"), [
    # AL-sport-2316-20180712 (the Croatia–England semi-final, held out): «الأخرى», the other semi-final's Tuesday
    ("وتلتقي كرواتيا في المباراة النهائية مع نظيره الفرنسي، الذي اجتاز عقبة بلجيكا في مباراة الدور قبل النهائي "
     "الأخرى يوم 10 يوليو 2018.", Verdict.NOT_MENTIONED),
    ("وفازت كرواتيا في مباراة الدور قبل النهائي يوم 10 يوليو 2018.", Verdict.CONTRADICTED),
])
def test_a_date_after_the_other_instance_is_not_the_claims(text: str, verdict: Verdict) -> None:
    assert check_date(SEMI_FINAL, doc(text)).verdict is verdict
