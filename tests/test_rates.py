"""An exchange rate's market (factcheck/kinds/rates.py): the official rate is no denial of the black market's.

Sentences from ANT's reports of the Tehran bazaar protests of June 2018 (examples/tehran-bazaar-protests-2018.yaml,
a held-out file): each was a false contradiction of its first run."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.claims.model import QuantityClaim
from factcheck.kinds.quantity import check
from factcheck.kinds.rates import claim_market
from factcheck.text.normalize import normalize
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of

BLACK = QuantityClaim.model_validate({
    "id": "dollar-90000", "kind": "quantity", "value": 90000, "unit": "count", "tolerance": 3000,
    "says": "بلغ سعر الدولار في السوق السوداء نحو 90 ألف ريال عند اندلاع احتجاجات بازار طهران",
    "about": ["الدولار", "دولار", "ريال", "الريال", "سعر الصرف", "سعر صرف"],
})
OFFICIAL = BLACK.model_copy(update={"id": "official-42000", "value": 42000, "tolerance": 1000,
                                    "says": "حددت الحكومة السعر الرسمي للدولار بـ42 ألف ريال"})


def verdict(claim: QuantityClaim, text: str) -> Verdict:
    return check(claim, analysis_of(text, dt.date(2018, 6, 26))).verdict


@pytest.mark.parametrize("text", [
    # SK-internationalNews-2314-20180625, 2349-20180626: the rate the government set, the black market after it
    "وسرعان ما تضاعف سعر الصرف، الذي حددته الحكومة، بـ42 ألف ريال مقابل الدولار، في السوق السوداء.",
    # BB-middleEast-668-20180626
    "كما حظرت التداول بأي شيء آخر غير السعر الرسمي البالغ الذي بلغ 42 ألف ريال مقابل الدولار.",
])
def test_the_official_rate_is_no_denial_of_the_black_markets(text: str) -> None:
    assert verdict(BLACK, text) is Verdict.NOT_MENTIONED
    assert verdict(OFFICIAL, text) is Verdict.SUPPORTED


def test_the_word_nearest_the_figure_says_its_market() -> None:
    both = "وبلغ سعر الدولار 100 ألف ريال في السوق السوداء، مقابل سعر رسمي يبلغ 42 ألف ريال."
    assert verdict(BLACK, both) is Verdict.CONTRADICTED  # the 100,000 is the black market's
    assert verdict(OFFICIAL, both) is Verdict.SUPPORTED  # the 42,000 the official rate; the 100,000 not its
    assert verdict(BLACK, "وبلغ سعر الدولار 100 ألف ريال.") is Verdict.CONTRADICTED  # no market said: as before
    assert verdict(BLACK, "وبلغ السعر غير الرسمي للدولار 100 ألف ريال.") is Verdict.CONTRADICTED  # «غير الرسمي»


@pytest.mark.parametrize(("says", "market"), [
    ("بلغ سعر الدولار في السوق السوداء 90 ألف ريال", "black"),
    ("بلغ سعر الدولار في السوق الموازية 90 ألف ريال", "black"),
    ("بلغ السعر غير الرسمي للدولار 90 ألف ريال", "black"),
    ("بلغ السعر الرسمي للدولار 42 ألف ريال", "official"),
    ("بلغ سعر الدولار 90 ألف ريال", None),
])
def test_a_claim_names_its_market_by_its_words(says: str, market: str | None) -> None:
    assert claim_market(frozenset(normalize(says).text.split())) == market
