"""A year named with an event («مونديال 1958») long before the article names a past event: the figures of its sentence
are that event's (kinds/quantity.py ``_named_long_before``).

SK-sport-2209-20180715, on the 2018 final (4-2, six goals): «... بعد نهائي مونديال 1958، الذي شهد 7 أهداف» was a
false contradiction of the claim's 6.  A named year is no date of its sentence (read.news_dates.long_before passes it
by), so the rule for sentences dated long before did not hold it back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

GOALS = QuantityClaim(id="g", says="شهدت المباراة النهائية لكأس العالم 2018 ستة أهداف", kind="quantity",
                      about=["أهداف", "هدفا", "الأهداف"], value=6, unit="count")
OLD_FINAL = ("ودخلت المباراة النهائية التاريخ، كونها الثانية في تاريخ المباريات النهائية، بعد نهائي مونديال 1958، "
             "الذي شهد 7 أهداف، وانتصرت فيه البرازيل على السويد بنتيجة 5-2.")
THIS_FINAL = "ودخلت المباراة النهائية لمونديال 2018 التاريخ، إذ شهدت 7 أهداف."


def verdict(text: str, claim: QuantityClaim = GOALS) -> Verdict:
    source = Source("t", "t.txt", text, published=dt.date(2018, 7, 15))
    return check(claim, Analysis(Document.from_source(source))).verdict


@pytest.mark.parametrize(("text", "expected"), [
    (OLD_FINAL, Verdict.NOT_MENTIONED),  # was: contradicted, 1958's seven goals against 2018's six
    (THIS_FINAL, Verdict.CONTRADICTED),  # the article's own year named: its figure denies
])
def test_a_figure_beside_an_event_named_by_a_past_year_is_that_events(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_the_claims_own_year_is_no_other_event() -> None:
    claim = GOALS.model_copy(update={"says": "شهد نهائي مونديال 1958 ستة أهداف"})
    assert verdict(OLD_FINAL, claim) is Verdict.CONTRADICTED


def test_figures_under_a_heading_of_a_year_long_past_are_that_years() -> None:
    """A timeline of earlier crashes: «2011» on its own line, then «... وتسبب الحادث في مقتل 78 شخصا»
    (BB-middleEast-4-20180218, on the Aseman crash of 2018): no figure of this crash, up to the next heading."""
    import datetime as dt

    from factcheck.analysis import Analysis
    from factcheck.claims.model import QuantityClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.quantity import check
    from factcheck.verdicts import Verdict

    claim = QuantityClaim(id="d", says="قتل 66 شخصا في تحطم الطائرة", kind="quantity",
                          about=["قتل", "مقتل", "قتلى"], value=66, unit="count")

    def verdict(text: str) -> Verdict:
        source = Source("t", "t.txt", text, None, dt.date(2018, 2, 18))
        return check(claim, Analysis(Document.from_source(source))).verdict

    timeline = ("وقتل 66 شخصا في تحطم الطائرة.\n2011\nيناير/ كانون ثاني : ارتطام طائرة بوينغ 727، تابعة لشركة إيران "
                "أير، أثناء الهبوط في عاصفة ثلجية وتسبب الحادث في مقتل 78 شخصا.")
    assert verdict(timeline) is Verdict.SUPPORTED
    # the entry alone (after the claim's own sentence, a later paragraph's figure is background anyway:
    # kinds.first_account): under the old year's heading it denies nothing; without it, or under this year's, it does
    entry = timeline.split("\n", 1)[1]
    assert verdict(entry) is Verdict.NOT_MENTIONED
    assert verdict(entry.replace("2011\n", "")) is Verdict.CONTRADICTED  # no heading: read as before
    assert verdict(entry.replace("2011", "2018")) is Verdict.CONTRADICTED  # this year's heading


WOUNDED = QuantityClaim(id="ouaga-wounded-85", says="أصيب أكثر من 80 شخصا في هجومي واغادوغو", kind="quantity",
                        about=["أصيب", "إصابة", "جرحى", "جريحا"], value=85, unit="count", tolerance=5)


@pytest.mark.parametrize(("text", "expected"), [
    # FR-internationalNews-220-20180302 (the Ouagadougou file, held out, after its first run): the attack of
    # «13 آب/أغسطس الماضي», dated by «الماضي» to August 2017, is an earlier one the article recalls
    ("وفي 13 آب/أغسطس الماضي، أطلق مسلحان النار على مطعم في واغادوغو، ما أدى إلى مقتل 19 شخصا وإصابة 21 آخرين.",
     Verdict.NOT_MENTIONED),
    # the same figure on the day of the article denies
    ("وأطلق مسلحان النار على مطعم في واغادوغو، ما أدى إلى مقتل 19 شخصا وإصابة 21 آخرين.", Verdict.CONTRADICTED),
])
def test_a_figure_of_a_day_last_year_is_an_earlier_events(text: str, expected: Verdict) -> None:
    source = Source("t", "t.txt", text, published=dt.date(2018, 3, 2))
    assert check(WOUNDED, Analysis(Document.from_source(source))).verdict is expected
