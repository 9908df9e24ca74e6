"""Whose people a count counts, by the nisba after its noun (factcheck/kinds/nationality.py).

Sentences from ANT's reports of the Skripal poisoning (examples/skripal-poisoning-2018.yaml); each marked «was»
was a false verdict of its first run."""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.nationality import claim_nisba, nisba
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

RUSSIA_EXPELS = QuantityClaim.model_validate({
    "id": "skripal-russia-expels-23", "kind": "quantity", "value": 23, "unit": "count",
    "says": "ردت روسيا بطرد 23 دبلوماسيا بريطانيا",
    "about": ["طرد", "بطرد", "طردت", "تطرد", "ستطرد", "بسحب", "دبلوماسيا"],
})


def verdict(claim: QuantityClaim, text: str) -> Verdict:
    return check(claim, Analysis(Document.from_source(Source("s", "s.txt", text)))).verdict


@pytest.mark.parametrize(("text", "expected"), [
    # was: BB-internationalNews-231-20180326 (contradicted), SK-internationalNews-345-20180314 (supported)
    ("أمر الرئيس الأمريكي دونالد ترامب بطرد 60 دبلوماسيًا روسيًا على خلفية تسميم الجاسوس.", Verdict.NOT_MENTIONED),
    ("قال لافروف إن بلاده قررت طرد 60 دبلوماسيا أمريكيا ردا على قرار واشنطن.", Verdict.NOT_MENTIONED),
    ("وسارعت لندن إلى طرد 23 دبلوماسيا روسيا يعملون في بريطانيا.", Verdict.NOT_MENTIONED),
    # the claim's own group, in the singular or the plural, or no nisba at all: read as before
    ("روسيا تقرر طرد 23 دبلوماسيا بريطانيا.", Verdict.SUPPORTED),
    ("وقررت موسكو طرد 20 دبلوماسيا بريطانيين.", Verdict.CONTRADICTED),
    ("وقررت موسكو طرد 20 دبلوماسيا.", Verdict.CONTRADICTED),
    # «وروسيا» after the noun is "and Russia", no adjective
    ("وقررت موسكو طرد 20 دبلوماسيا وروسيا ترد.", Verdict.CONTRADICTED),
])
def test_a_count_of_another_nations_people_is_anothers(text: str, expected: Verdict) -> None:
    assert verdict(RUSSIA_EXPELS, text) is expected


@pytest.mark.parametrize(("word", "stem"), [
    ("بريطانيا", "بريطان"), ("بريطانيين", "بريطان"), ("روسي", "روس"), ("امريكيه", "امريك"),
    ("في", None), ("وروسيا", None), ("الروسي", None), ("23", None), ("مدينه", None),
])
def test_nisba(word: str, stem: str | None) -> None:
    assert nisba(word) == stem


def test_claim_nisba() -> None:
    assert claim_nisba("ردت روسيا بطرد 23 دبلوماسيا بريطانيا", 23) == "بريطان"
    assert claim_nisba("قتل 51 شخصا في الغارة", 51) is None
