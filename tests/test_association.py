"""Association: a number or date counts for a claim only when attached to its subject (issue 9).

Sentences from the ANT corpus (ids cited); none of these articles is about the
Alaska summit, so a number they attach elsewhere must leave the claim not_mentioned.
"""

from __future__ import annotations

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim, QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.date import check as check_date
from factcheck.kinds.quantity import check as check_quantity
from factcheck.verdicts import Role, Verdict


def doc(text: str) -> Analysis:
    return Analysis(Document.from_source(Source("t", "t.txt", text)))


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
