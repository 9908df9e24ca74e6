"""A figure beside an adverb of a time gone by («آنذاك», «وقتها») is what was so then: it denies no claim of the
event's present (``kinds.past_states``).  Sentences of the held-out Nobel Peace Prize and Parkland files (first
runs, 2026-12-06)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

MURAD = QuantityClaim.model_validate({
    "id": "nobel-murad-age-25", "kind": "quantity", "value": 25, "unit": "year",
    "says": "كانت نادية مراد تبلغ من العمر 25 عاما عند فوزها بجائزة نوبل للسلام",
    "about": ["مراد", "نادية", "العمر", "عمرها", "تبلغ", "سن"], "near": ["مراد", "نادية"]})
CRUZ = QuantityClaim.model_validate({
    "id": "parkland-gunman-age-19", "kind": "quantity", "value": 19, "unit": "year",
    "says": "منفذ الهجوم نيكولاس كروز يبلغ من العمر 19 عاما",
    "about": ["كروز", "المسلح", "الشاب", "العمر", "عمره", "البالغ", "يبلغ"]})
TOLL = QuantityClaim.model_validate({
    "id": "toll-40", "kind": "quantity", "value": 40, "unit": "count",
    "says": "قتل 40 شخصا في الهجوم", "about": ["قتل", "مقتل", "حصيلة"]})
TOLL_THEN = QuantityClaim.model_validate({
    "id": "toll-then-40", "kind": "quantity", "value": 40, "unit": "count",
    "says": "بلغت الحصيلة آنذاك 40 قتيلا", "about": ["قتل", "مقتل", "حصيلة"]})


def verdict(claim: QuantityClaim, text: str) -> Verdict:
    source = Source("t", "t.txt", text, None, dt.date(2018, 10, 5))
    return check(claim, Analysis(Document.from_source(source))).verdict


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # SK-middleEast-3736-20181005: her age when taken captive in 2014
    (MURAD, "نادية مراد التي كانت تعمل في صالون تجميل وتبلغ من العمر 21 عاما آنذاك، أصبحت إحدى الفتيات الإيزيديات "
            "اللاتي تعرضن للاستعباد الجنسي.", Verdict.NOT_MENTIONED),
    (MURAD, "نادية مراد التي كانت تعمل في صالون تجميل وتبلغ من العمر 21 عاما، أصبحت إحدى الفتيات الإيزيديات.",
     Verdict.CONTRADICTED),  # no «then»: her age as the article tells it
    (MURAD, "نادية مراد تبلغ من العمر 25 عاما آنذاك.", Verdict.SUPPORTED),  # the claim's own figure still agrees
    # SK-internationalNews-19-20180217: his age when investigators looked into him
    (CRUZ, "وأوردت الصحيفة أن المحققين قرروا أن كروز، الذي كان يبلغ من العمر 18 سنة وقتها، يتلقى ما يكفي من الدعم.",
     Verdict.NOT_MENTIONED),
    (CRUZ, "وأوردت الصحيفة أن كروز، الذي يبلغ من العمر 18 سنة، يتلقى ما يكفي من الدعم.", Verdict.CONTRADICTED),
    (TOLL, "وبلغت حصيلة الهجوم حينها 12 قتيلا.", Verdict.NOT_MENTIONED),  # the adverb before the figure
    (TOLL, "قتل 50 شخصا يومها في الهجوم.", Verdict.CONTRADICTED),  # a toll then, already past the claim's
    (TOLL, "وبلغت حصيلة الهجوم 12 قتيلا.", Verdict.CONTRADICTED),
    # the adverb in another clause is of that clause's verb
    (TOLL, "قتل 12 شخصا في الهجوم، وقال مسؤول حينها إن التحقيق بدأ.", Verdict.CONTRADICTED),
    # a claim that itself speaks of then keeps its figures
    (TOLL_THEN, "بلغت الحصيلة آنذاك 12 قتيلا.", Verdict.CONTRADICTED),
])
def test_a_figure_of_a_time_gone_by_denies_nothing(claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(claim, text) is expected
