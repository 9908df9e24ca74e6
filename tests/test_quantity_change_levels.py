"""A change told by its two levels, «من X إلى Y» (``kinds.wholes.changed_to``): X is what was so before the change.

BB-internationalNews-787-20180712, on the NATO summit: «رفع ... من 2 بالمئة إلى 4 بالمئة» was a false contradiction of the
claim that Trump asked the allies for 4 %: the 2 % is the level the spending was to be raised from.  Only a claim
that tells its figure as a change's end («إلى 4 في المئة») sets the first level aside (``claim_reaches``): a level as
it stands is denied by the change's first one, which says what it is now.
"""

from __future__ import annotations

import pytest

from factcheck.claims.model import QuantityClaim
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

from .conftest import analysis_of as analysis


def _share(value: float) -> QuantityClaim:
    return QuantityClaim(id="s", says=f"طالب ترامب الحلفاء برفع إنفاقهم العسكري إلى {value:g} في المئة", kind="quantity",
                         about=["إنفاق", "الإنفاق", "نفقات", "النفقات"], value=value, unit="percent")


DEAD = QuantityClaim(id="d", says="قتل 64 شخصا", kind="quantity", about=["القتلى"], value=64, unit="count")
ROSE = QuantityClaim(id="r", says="ارتفع عدد القتلى إلى 64", kind="quantity", about=["القتلى"], value=64, unit="count")
# a level as it stands: «يريد رفعها من 2 إلى 4» says it is 2 now
SPENDS = QuantityClaim(id="n", says="تبلغ نفقات الدفاع 4 في المئة من الناتج", kind="quantity",
                       about=["إنفاق", "الإنفاق", "نفقات", "النفقات"], value=4, unit="percent")
RAISE = "وقال ترامب إنه يريد رفع نفقات الدفاع من 2 بالمئة إلى 4 بالمئة من الناتج."
TOLL = "وارتفع عدد القتلى من 37 إلى 64 قتيلا."


@pytest.mark.parametrize(("claim", "text", "expected"), [
    (_share(4), RAISE, Verdict.NOT_MENTIONED),  # was contradicted by the 2 %; the 4 % is no about word's nearest
    (_share(3), RAISE, Verdict.CONTRADICTED),  # neither level is the claim's: the first still denies it
    (_share(4), "وقال ترامب إنه يريد رفع نفقات الدفاع الى 2 بالمئة.", Verdict.CONTRADICTED),  # no «من»: a level
    (_share(4), "وقال ترامب إنه يريد رفع نفقات الدفاع من 2 بالمئة. وذكر إلى 4 بالمئة.", Verdict.CONTRADICTED),
    (ROSE, TOLL, Verdict.NOT_MENTIONED),  # the toll rose to the claim's: the earlier one denies nothing
    (ROSE, "وبلغ عدد القتلى 37 قتيلا.", Verdict.CONTRADICTED),
    (SPENDS, RAISE, Verdict.CONTRADICTED),  # the claim tells no change: the level the raise starts from denies it
    (DEAD, TOLL, Verdict.CONTRADICTED),  # nor does «قتل 64»: as before the rule, the 37 its about word takes denies it
], ids=["raised-to-the-claims", "raised-to-another", "no-from", "another-sentence", "toll-rose-to-it", "a-level",
        "a-level-as-it-stands", "a-toll-as-it-stands"])
def test_the_level_a_change_started_from_denies_only_when_the_level_it_reached_does(
        claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert check(claim, analysis(text)).verdict is expected
