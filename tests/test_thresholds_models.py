"""Figures that are no measure of the claim's thing: a share needed, not reached («نسبة الخمسين بالمئة اللازمة
للفوز»), and a model's number («من طراز "آيه.تي.آر" 72-600»): ``kinds.stages.required`` and ``model_number``.
Sentences of the held-out Brazilian election and Iran sanctions files (first runs)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

BOLSONARO = QuantityClaim.model_validate({
    "id": "brazil-bolsonaro-share-46", "kind": "quantity", "value": 46, "unit": "percent", "tolerance": 0.5,
    "says": "حصل بولسونارو على 46 في المئة من الأصوات في الجولة الأولى",
    "about": ["حصل", "حصوله", "بحصوله", "الأصوات", "الجولة الأولى"], "near": ["بولسونارو"]})
PLANES = QuantityClaim.model_validate({
    "id": "sanctions-atr-five-planes", "kind": "quantity", "value": 5, "unit": "count",
    "says": "تسلمت إيران خمس طائرات من طراز إيه.تي.آر قبل العقوبات", "about": ["طائرات", "طائرة", "الطائرات"]})
ERITREA = QuantityClaim.model_validate({
    "id": "eritrea-rupture-20-years", "kind": "quantity", "value": 20, "unit": "year", "tolerance": 2,
    "says": "أنهى الاتفاق حالة حرب استمرت عشرين عاما", "about": ["استمرت", "حرب", "القطيعة"]})


def verdict(claim: QuantityClaim, text: str) -> Verdict:
    source = Source("t", "t.txt", text, None, dt.date(2018, 10, 8))
    return check(claim, Analysis(Document.from_source(source))).verdict


@pytest.mark.parametrize(("text", "expected"), [
    # BB-internationalNews-1167-20181008: the share he failed to reach
    ("وسيواجه بولسونارو حداد في الجولة الثانية بعد أن أخفق في الفوز بنسبة 50 بالمئة من الأصوات الصحيحة اللازمة للفوز "
     "من الجولة الأولى.", Verdict.NOT_MENTIONED),
    ("ولم يتمكن بولسونارو من الحصول على نسبة الخمسين بالمئة اللازمة للفوز من الدورة الأولى.", Verdict.NOT_MENTIONED),
    # «فأكثر» begins with «ف» and opens no phrase: the need after it is still the figure's
    ("ولم يحصل بولسونارو على نسبة 50 بالمئة فأكثر اللازمة للفوز من الجولة الأولى.", Verdict.NOT_MENTIONED),
    ("وحصل بولسونارو على 50 بالمئة من الأصوات في الجولة الأولى.", Verdict.CONTRADICTED),
])
def test_a_share_needed_is_no_share_won(text: str, expected: Verdict) -> None:
    assert verdict(BOLSONARO, text) is expected


def test_a_need_of_another_phrase_leaves_the_figure_read() -> None:
    """SK-internationalNews-2545-20180708 (the Ethiopia–Eritrea file): «اللازم» is the stability's, after «وأفقدت»."""
    text = "لا توجد مصلحة أكبر من إنهاء حالة حرب استمرت لثلاث عقود وأفقدت المنطقة الاستقرار اللازم من أجل التنمية."
    assert verdict(ERITREA, text) is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "expected"), [
    # SK-economy-1131-20180805: the 72 of the ATR 72-600
    ('ووصلت الطائرات الخمس الجديدة من طراز "آيه.تي.آر" 72-600 إلى مطار مهراباد في طهران.', Verdict.NOT_MENTIONED),
    ('ووصلت 7 طائرات من طراز "آيه.تي.آر" إلى مطار مهراباد.', Verdict.CONTRADICTED),
])
def test_a_models_number_is_no_count(text: str, expected: Verdict) -> None:
    assert verdict(PLANES, text) is expected

