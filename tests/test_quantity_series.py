"""A series of amounts of one noun, joined by «و», gives parts, each for its own use (kinds/wholes.py ``in_series``).

SK-internationalNews-2583-20180711, on Japan's floods: «خصصت 631 مليون دولار لإصلاح البنى التحتية المدمرة و3.15
مليار دولار كمبلغ مجهز على سبيل الاحتياط» was a false contradiction of the four billion dollars pledged: neither
amount is the total, and a part denies the claim's total only by going past it.
"""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

FUNDS = QuantityClaim(id="f", says="تعهدت الحكومة اليابانية بتخصيص أربعة مليارات دولار لمواجهة آثار الكارثة",
                      kind="quantity", about=["مليارات دولار", "مليار دولار", "بتخصيص", "خصصت", "ميزانية"],
                      value=4_000_000_000, unit="count")
SERIES = ("وقال وزير المالية إن الحكومة خصصت 631 مليون دولار لإصلاح البنى التحتية المدمرة و3.15 مليار دولار كمبلغ "
          "مجهز على سبيل الاحتياط.")
ONE = "وقال وزير المالية إن الحكومة خصصت 3.15 مليار دولار لإصلاح البنى التحتية المدمرة."
PAST_IT = ("وقال وزير المالية إن الحكومة خصصت 631 مليون دولار لإصلاح البنى التحتية المدمرة و5 مليارات دولار كمبلغ "
           "مجهز على سبيل الاحتياط.")


@pytest.mark.parametrize(("text", "expected"), [
    (SERIES, Verdict.NOT_MENTIONED),  # was: contradicted by each part
    (ONE, Verdict.CONTRADICTED),  # one amount, no series: it may be the total
    (PAST_IT, Verdict.CONTRADICTED),  # a part past the claim's total denies it
])
def test_an_amount_of_a_series_denies_the_total_only_by_going_past_it(text: str, expected: Verdict) -> None:
    assert check(FUNDS, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict is expected


def test_a_size_held_denies_no_toll_but_may_support() -> None:
    """«إن المدرسة تضم نحو 1462 طالبا» is the school's size (SK-internationalNews-1651-20180518): it denies no
    count of students killed; «الفريق، الذي يضم 12 لاعباً» may still support the 12 boys (AL-culture-583-20180712)."""
    from factcheck.analysis import Analysis
    from factcheck.claims.model import QuantityClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.quantity import check
    from factcheck.verdicts import Verdict

    def verdict(claim: QuantityClaim, text: str) -> Verdict:
        return check(claim, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict

    students = QuantityClaim(id="s", says="كان بين القتلى ثمانية طلاب", kind="quantity",
                             about=["طلاب", "الطلاب", "طالبا"], value=8, unit="count")
    assert verdict(students, "وتقول بيانات التعليم الاتحادي إن المدرسة تضم نحو 1462 طالبا.") is Verdict.NOT_MENTIONED
    assert verdict(students, "وقتل 5 طلاب.") is Verdict.CONTRADICTED
    boys = QuantityClaim(id="b", says="علق 12 فتى في الكهف", kind="quantity",
                         about=["فتى", "فتية", "لاعبا", "لاعبين"], value=12, unit="count")
    assert verdict(boys, "ونجح الغواصون في إنقاذ آخر أربعة أطفال من الفريق، الذي يضم 12 لاعباً ومدربهم.") is Verdict.SUPPORTED
