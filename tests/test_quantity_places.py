"""The place a claim names tells which event a figure is of (factcheck/kinds/places.py, read by kinds/quantity.py).

An article on Lombok's aftershocks recalls the Sulawesi quake a month later: «... على جزيرة سولاويسي أسفرت عن مقتل
أكثر من ألفي شخص» (SK-internationalNews-3411-20181010, was a false contradiction of Lombok's 387 dead).  A sentence
that names a place of the claim's kind (جزيرة) by another name, and the claim's nowhere, may support the claim,
never contradict it.
"""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

DEAD = ["قتيل", "قتيلا", "قتلى", "القتلى", "مقتل", "قتل", "حصيلة", "الضحايا"]
LOMBOK = QuantityClaim(id="l", says="قتل 387 شخصا جراء الزلزال الذي ضرب جزيرة لومبوك", kind="quantity",
                       about=DEAD, value=387, unit="count")
SULAWESI = QuantityClaim(id="s", says="قتل 1944 شخصا جراء الزلزال الذي ضرب جزيرة سولاويسي", kind="quantity",
                         about=DEAD, value=1944, unit="count")
NO_PLACE = LOMBOK.model_copy(update={"says": "قتل 387 شخصا جراء الزلزال"})

OTHER_ISLAND = ("وشهدت إندونيسيا زلزالا مدمرا قوته 7.5 درجة وموجات مد الشهر الماضي على جزيرة سولاويسي أسفرت عن "
                "مقتل أكثر من ألفي شخص.")
OWN_ISLAND = "وشهدت إندونيسيا زلزالا مدمرا على جزيرة لومبوك أسفر عن مقتل أكثر من ألفي شخص."


def verdict(claim: QuantityClaim, text: str) -> Verdict:
    return check(claim, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict


@pytest.mark.parametrize(("claim", "text", "expected"), [
    (LOMBOK, OTHER_ISLAND, Verdict.NOT_MENTIONED),  # was: contradicted, Sulawesi's toll against Lombok's
    (SULAWESI, OTHER_ISLAND, Verdict.CONTRADICTED),  # the island's own claim: ≥ 2000 is not 1944
    (LOMBOK, OWN_ISLAND, Verdict.CONTRADICTED),  # the claim's island named: its figure denies
    (NO_PLACE, OTHER_ISLAND, Verdict.CONTRADICTED),  # a claim that names no place is read as before
])
def test_a_figure_in_a_sentence_naming_another_place_of_the_claims_kind_denies_nothing(
        claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(claim, text) is expected


# BB-internationalNews-931-20180806, on the Lombok quake of 5 August: «ذلك الزلزال» points back to the quake of
# 29 July named before; «هذا الزلزال» would be the one reported.
THAT_QUAKE = "وقد قتل في ذلك الزلزال 16 شخصا."
THIS_QUAKE = "وقد قتل في هذا الزلزال 16 شخصا."
FIRST = QuantityClaim(id="f", says="قتل 17 شخصا على الأقل في زلزال أول ضرب لومبوك قبل أسبوع", kind="quantity",
                      about=["زلزال أول", "ذلك الزلزال", *DEAD], value=17, unit="count")


@pytest.mark.parametrize(("claim", "text", "expected"), [
    (LOMBOK, THAT_QUAKE, Verdict.NOT_MENTIONED),  # was: contradicted, the earlier quake's 16 against 387
    (LOMBOK, THIS_QUAKE, Verdict.CONTRADICTED),  # this quake's toll denies the claim's
    (FIRST, THAT_QUAKE, Verdict.CONTRADICTED),  # a claim of that earlier quake keeps its figures
])
def test_that_quake_is_an_earlier_one(claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(claim, text) is expected


SANTA_FE_DEAD = QuantityClaim(id="sf", says="قتل المسلح عشرة أشخاص في مدرسة سانتا في الثانوية بولاية تكساس",
                              kind="quantity", about=["قتل", "مقتل", "قتلى"], value=10, unit="count")


@pytest.mark.parametrize(("text", "expected"), [
    # SK-internationalNews-1874-20180530: Parkland's 17, named by its school, is another shooting's toll
    ("وجاءت الواقعة في أعقاب إطلاق نار بمدرسة مارجوري ستونمان دوغلاس العليا في باركلاند بفلوريدا في فبراير وقتل فيه "
     "17شخصا، أغلبهم طلاب.", Verdict.NOT_MENTIONED),
    # the claim's school named: its figure denies
    ("وقتل 17 شخصا في مدرسة سانتا في الثانوية.", Verdict.CONTRADICTED),
    # «مدرسة ثانوية» says what kind of school, not which: read as before
    ("وقتل 17 شخصا في مدرسة ثانوية.", Verdict.CONTRADICTED),
])
def test_a_school_named_otherwise_is_another_shooting(text: str, expected: Verdict) -> None:
    assert verdict(SANTA_FE_DEAD, text) is expected
