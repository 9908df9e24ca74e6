"""A weekday a news reader takes as the day of the claim's event (supports only).

Every sentence is from the ANT v2.1 corpus (article id in the comment).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.claims.model import DateClaim
from factcheck.kinds.date import check
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of as analysis


def claim(value: str, about: list[str]) -> DateClaim:
    return DateClaim(id="day", says="وقع الحادث", kind="date", about=about, value=value)


CRASH = ["تحطمت", "تحطم", "سقطت", "سقوط", "الحادث"]
FIRE = ["الحريق", "حريق", "اندلع", "المأساة", "احترق"]


@pytest.mark.parametrize(
    ("text", "published", "about", "day"),
    [
        # SK-internationalNews-614-20180327 (Tue): a relative clause set off by commas is skipped
        ('والتهم الحريق، الذي يعد أحد أكبر الحرائق في البلاد منذ انهيار الاتحاد السوفيتي وأودى بحياة 64 شخصا '
         'على الأقل، الطوابق العليا من مركز "وينتر تشيري" للتسوق بعد ظهر يوم الأحد.',
         dt.date(2018, 3, 27), FIRE, "2018-03-25"),
        # FR-internationalNews-710-20180413 (Fri): the weekday of the event's clause, after its noun
        ("دخلت الجزائر في حالة من الصدمة إثر حادث تحطم الطائرة العسكرية روسية الصنع بعيد إقلاعها "
         "الأربعاء من القاعدة الجوية في بوفاريك.", dt.date(2018, 4, 13), CRASH, "2018-04-11"),
        # CN-internationalNews-370-20180519 (Sat): a comma around a short apposition goes on
        ("تم العثور على الصندوق الأسود للطائرة الكوبية التي تحطمت بعد إقلاعها من العاصمة، هافانا، الجمعة، "
         "وذلك وفقا لما أعلنه وزير المواصلات الكوبي، السبت.", dt.date(2018, 5, 19), CRASH, "2018-05-18"),
        # CN-internationalNews-362-20180518 (Fri): a lead announcing the event, after a dateline
        ("هافانا، كوبا (CNN)-- أعلنت السلطات الكوبية، الجمعة، عن تحطم طائرة ركاب على متنها 104 أشخاص.",
         dt.date(2018, 5, 18), CRASH, "2018-05-18"),
        # SK-middleEast-944-20180411 (Wed)
        ("أعلنت وزارة الدفاع الجزائرية، الأربعاء، مقتل 257 شخصا جراء تحطم الطائرة العسكرية.",
         dt.date(2018, 4, 11), CRASH, "2018-04-11"),
    ],
    ids=["relative-clause", "near-noun", "apposition", "announced-dateline", "announced"],
)
def test_the_day_of_the_event(text: str, published: dt.date, about: list[str], day: str) -> None:
    assert check(claim(day, about), analysis(text, published)).verdict is Verdict.SUPPORTED
    # another day is never contradicted by a weekday read this way
    assert check(claim("2018-01-02", about), analysis(text, published)).verdict is Verdict.NOT_MENTIONED


@pytest.mark.parametrize(
    ("text", "published", "about"),
    [
        # SK-middleEast-970-20180412 (Thu): the report's own day (الخميس) is not the event's
        ('نقلت صحيفة "الخبر" الجزائرية، الخميس، تفاصيل مثيرة عن تحطم الطائرة العسكرية.',
         dt.date(2018, 4, 12), CRASH),
        # SK-internationalNews-614-20180327 (Tue): a day after a complementizer is the report's clause
        ("وفي السياق ذاته أعلن الرئيس الروسي فلاديمير بوتن إن الحريق الذي أودى بأرواح العشرات في مركز "
         "تجاري كان نتيجة إهمال، وقال الثلاثاء إنه سيزور المدينة.", dt.date(2018, 3, 27), FIRE),
    ],
    ids=["report-day", "another-clause"],
)
def test_a_day_of_another_clause_says_nothing(text: str, published: dt.date, about: list[str]) -> None:
    for day in ("2018-04-12", "2018-03-27"):
        assert check(claim(day, about), analysis(text, published)).verdict is Verdict.NOT_MENTIONED
