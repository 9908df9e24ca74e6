"""A mention rival or a day in a clause that names which match it tells of, one the claim does not say
(kinds/rival_cues.py ``another_match``), denies nothing: the first leg's stadium beside a claim of the second leg's,
the next round's city, the opening match's day beside a claim of another match's.

The sentences are ANT's (the rule was made after the files' first runs): SK-sport-653-20180410 (Roma–Barcelona),
SK-sport-1991-20180702 and FR-internationalNews-2182-20180706 (Uruguay–Portugal), AL-sport-1209-20180410
(Juventus–Real Madrid), FR-sport-153-20180615 (Morocco–Iran)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.claims.model import DateClaim, MentionClaim
from factcheck.kinds import check
from factcheck.kinds.evidence import Notes
from factcheck.kinds.mention import check as check_mention
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of, claim_of

FILE = """\
version: 1
claims:
  - id: venue-second-leg
    says: أقيمت مباراة الإياب على الملعب الأولمبي في العاصمة الإيطالية روما
    kind: mention
    any: [أولمبيكو, الملعب الأولمبي]
    not: [كامب نو, أنفيلد]
    about: [ملعب, الملعب, استاد]
  - id: venue
    says: أقيمت المباراة على ملعب فيشت الأولمبي في مدينة سوتشي
    kind: mention
    any: [سوتشي, فيشت]
    not: [نيجني نوفغورود, كازان]
    about: [ملعب, مدينة]
"""


def _claim(n: int) -> MentionClaim:
    return claim_of(FILE, MentionClaim, n)


@pytest.mark.parametrize(("n", "text"), [
    (0, "وكانت مباراة الذهاب بين الفريقين على ملعب كامب نو قد انتهت بفوز عريض لبرشلونة 4-1."),
    (1, "سيخضع المهاجم لتقييم يومي قبل مباراة الدور ربع النهائي في مدينة نيجني نوفغورود."),
    (1, "تجمع مباراة ربع النهائي الأولى بين منتخبي فرنسا والأوروغواي في مدينة نيجني نوفغورود."),
])
def test_a_rival_of_another_match_is_no_denial(n: int, text: str) -> None:
    assert check(_claim(n), analysis_of(text)).verdict is Verdict.NOT_MENTIONED
    notes: Notes = {}
    check_mention(_claim(n), analysis_of(text), notes=notes)
    assert list(notes.values()) == ["not counted: its clause names another match («مباراة الذهاب» of a claim's second leg)"]


@pytest.mark.parametrize(("n", "text"), [
    (0, "وأقيمت مباراة الإياب على ملعب كامب نو."),  # the claim's own leg, at another stadium
    (1, "وأقيمت المباراة على ملعب كازان."),  # no match named: the claim's
])
def test_a_rival_of_the_claims_match_still_denies(n: int, text: str) -> None:
    assert check(_claim(n), analysis_of(text)).verdict is Verdict.CONTRADICTED


DATES = """\
version: 1
claims:
  - id: first-leg-day
    says: فاز ريال مدريد على يوفنتوس 3-0 في تورينو في ذهاب ربع نهائي دوري أبطال أوروبا يوم الثلاثاء 3 أبريل 2018
    kind: date
    about: [المباراة, مباراة, فاز, ذهاب]
    value: "2018-04-03"
  - id: match-day
    says: فاز المغرب على إيران في مباراتهما يوم الجمعة 15 يونيو 2018
    kind: date
    about: [مباراة, المباراة, الفائزة]
    value: "2018-06-15"
"""


def _date(n: int) -> DateClaim:
    return claim_of(DATES, DateClaim, n)


@pytest.mark.parametrize(("n", "text", "published"), [
    (0, "وقال المدرب: ما زالت أمامنا مباراة الإياب يوم الأربعاء وعلينا بذل قصارى جهدنا.", dt.date(2018, 4, 10)),
    (1, "في مجموعة تتزعمها روسيا الفائزة على السعودية 5-صفر الخميس في مباراة الافتتاح.", dt.date(2018, 6, 15)),
])
def test_another_matchs_day_is_no_denial(n: int, text: str, published: dt.date) -> None:
    assert check(_date(n), analysis_of(text, published)).verdict is Verdict.NOT_MENTIONED


def test_the_claims_own_match_still_denies_by_its_day() -> None:
    text = "وفاز ريال مدريد في مباراة الذهاب يوم الأربعاء على يوفنتوس."
    assert check(_date(0), analysis_of(text, dt.date(2018, 4, 5))).verdict is Verdict.CONTRADICTED


# examples/argentina-croatia-world-cup-match-2018.yaml (the twenty-sixth held-out group)
ARG_CRO = """\
version: 1
claims:
  - id: argcro-match-date
    says: فازت كرواتيا على الأرجنتين 3-0 يوم الخميس 21 يونيو 2018 في نيجني نوفغورود
    kind: date
    about: [مباراة, المباراة, فازت, فوز]
    value: "2018-06-21"
"""
FRIDAY = dt.date(2018, 6, 22)


@pytest.mark.parametrize(("text", "verdict"), [
    # AL-sport-2095-20180622, FR-sport-188-20180622: Iceland–Nigeria's Friday, a match named by its day
    ("وكان المنتخب الأيسلندي يتطلع إلى الفوز في مباراة يوم الجمعة لحسم تأهله برفقة كرواتيا.", Verdict.NOT_MENTIONED),
    ("وكان الوضع سيتعقد على المنتخب الأرجنتيني في حال فوز إيسلندا بمباراة الجمعة.", Verdict.NOT_MENTIONED),
    # the claim's own day after «مباراة» still supports, and a day stated of the win itself still denies
    ("وتأهلت كرواتيا بعد الفوز في مباراة الخميس على الأرجنتين.", Verdict.SUPPORTED),
    ("وفازت كرواتيا على الأرجنتين يوم الجمعة بثلاثية.", Verdict.CONTRADICTED),
])
def test_a_match_named_by_its_day_says_which_match_not_when(text: str, verdict: Verdict) -> None:
    assert check(claim_of(ARG_CRO, DateClaim), analysis_of(text, FRIDAY)).verdict is verdict
