"""A figure that spells out a share of an amount («نصف هذا المبلغ أي ...») is a part of it (kinds/wholes.py
``share_of``): it denies the claim's total only by going past it.

AL-economy-810-20180612, on the cost of the Singapore summit (15 million dollars): «من المقرر أن يغطي نصف هذا المبلغ
أي 7 ملايين ونصف المليون دولار التكاليف الأمنية» was given as a contradiction of the 15 million.
"""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

COST = QuantityClaim(id="c", says="أنفقت سنغافورة نحو 15 مليون دولار أميركي على استضافة القمة", kind="quantity",
                     about=["التكلفة", "تكلفة", "أنفقوا", "أنفقت", "مليون دولار"], value=15_000_000, unit="count")
HALF = ("بلغت تكلفة القمة ما يعادل مبلغا كبيرا، ومن المقرر أن يغطي نصف هذا المبلغ أي 7 ملايين ونصف المليون دولار "
        "التكاليف الأمنية.")
ALL = "بلغت تكلفة القمة ما يعادل 7 ملايين ونصف المليون دولار."


@pytest.mark.parametrize(("text", "expected"), [
    (HALF, Verdict.NOT_MENTIONED),  # was: contradicted by the half
    (ALL, Verdict.CONTRADICTED),  # the same figure as the whole cost denies the claim
])
def test_a_share_of_an_amount_is_no_total(text: str, expected: Verdict) -> None:
    assert check(COST, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict is expected


# AL-economy-810-20180612 again: the G7 summit's cost, in a sentence naming it as the summit before the claim's.
BEFORE = ("لنلق نظرة على تكاليف القمة الأخيرة التي سبقت قمة سنغافورة، وهي اجتماع الـ G7 في كندا الأسبوع الماضي وكانت "
          "على الشكل التالي: التكلفة الكلية 605 ملايين دولار، منها 400 مليون دولار صرفت على تأمين مكان انعقاد القمة.")
NOT_BEFORE = ("لنلق نظرة على تكاليف القمة في سنغافورة، وكانت على الشكل التالي: التكلفة الكلية 605 ملايين دولار، منها "
              "400 مليون دولار صرفت على تأمين مكان انعقاد القمة.")


@pytest.mark.parametrize(("text", "expected"), [
    (BEFORE, Verdict.NOT_MENTIONED),  # was: contradicted by the G7 summit's 605 and 400 million
    (NOT_BEFORE, Verdict.CONTRADICTED),  # the same figures of the summit itself deny the claim
])
def test_a_figure_of_the_event_that_came_before_the_claims_denies_nothing(text: str, expected: Verdict) -> None:
    assert check(COST, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict is expected
