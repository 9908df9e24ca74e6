"""A match's minute as a claim's figure (``kinds.minutes``)."""

from __future__ import annotations

import pytest

from factcheck.claims.model import QuantityClaim
from factcheck.kinds.minutes import minute_claim
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

from .conftest import analysis_of as analysis

# examples/liverpool-roma-first-leg-2018.yaml
OPENER = QuantityClaim(id="opener", says="افتتح محمد صلاح التسجيل لليفربول في الدقيقة 36 بتسديدة لولبية", kind="quantity",
                       about=["الدقيقة", "دقيقة"], near=["صلاح"], value=36, unit="minute")
# a duration in minutes: no match's minute is its figure
TALKS = QuantityClaim(id="talks", says="استمرت المحادثات 45 دقيقة", kind="quantity", about=["استمرت", "المحادثات"],
                      value=45, unit="minute")


def test_a_claim_names_a_minute_of_the_match_or_a_duration() -> None:
    assert minute_claim(OPENER.says, 36.0)
    assert not minute_claim(TALKS.says, 45.0)
    assert not minute_claim("سجل صلاح في الدقيقة 36", 45.0)  # the figure is another


@pytest.mark.parametrize(("text", "verdict"), [
    # CN-sport-245-20180424 (it ended not_mentioned: no minute of a match was read)
    ("وافتتح صلاح التسجيل في الدقيقة 36 بتسديدة رائعة.", Verdict.SUPPORTED),
    # another minute may be another goal's: it supports nothing and denies nothing
    ("وافتتح صلاح التسجيل في الدقيقة 35 بتسديدة رائعة.", Verdict.NOT_MENTIONED),
])
def test_a_minute_after_the_word_minute_supports_a_claim_of_that_minute(text: str, verdict: Verdict) -> None:
    assert check(OPENER, analysis(text)).verdict is verdict


def test_a_match_minute_is_no_duration() -> None:
    assert check(TALKS, analysis("استمرت المحادثات حتى الدقيقة 90 من المباراة.")).verdict is Verdict.NOT_MENTIONED
    assert check(TALKS, analysis("استمرت المحادثات 90 دقيقة.")).verdict is Verdict.CONTRADICTED
