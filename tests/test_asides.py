"""An article that states a claim, and other groups' figures and names in its asides (``kinds.asides``)."""

from __future__ import annotations

import pytest

from factcheck.claims.model import MentionClaim, QuantityClaim
from factcheck.kinds.asides import distinctive_words
from factcheck.kinds.mention import _distinctive
from factcheck.kinds.mention import check as mention_check
from factcheck.kinds.quantity import check
from factcheck.verdicts import Role, Verdict
from tests.conftest import analysis_of as doc

ABOARD = QuantityClaim(id="a", says="كانت السفينة أكواريوس تقل 629 مهاجرا أنقذتهم قبالة السواحل الليبية",
                       kind="quantity", about=["مهاجر", "مهاجرا", "مهاجرين", "المهاجرين"], value=629, unit="count")

SAYS_IT = "وكانت السفينة أكواريوس تقل 629 مهاجرا عندما رفضت إيطاليا استقبالها."
# Salvini's deportation plan (ANT SK-internationalNews-2078-20180611): the claim's about word, nothing of its ship
ASIDE = "وقال سالفيني إن طرد نصف مليون مهاجر يقيمون في إيطاليا أولى أولوياته."




def test_an_aside_of_an_article_that_states_the_claims_figure_denies_nothing() -> None:
    found = check(ABOARD, doc(f"{SAYS_IT} {ASIDE}"))
    assert found.verdict is Verdict.SUPPORTED
    assert [e.role for e in found.evidence] == [Role.SUPPORTS]


def test_the_same_aside_alone_still_contradicts() -> None:
    """Only an article that states the claim's figure has its other groups' figures dropped."""
    assert check(ABOARD, doc(ASIDE)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize("other", [
    "وقالت المنظمة إن السفينة تقل 630 مهاجرا.",  # the claim's ship
    "وأنقذت المنظمة 630 مهاجرا قبالة السواحل الليبية.",  # the claim's rescue and coast
])
def test_a_disagreeing_figure_that_names_the_claims_own_words_still_contradicts(other: str) -> None:
    """An article at odds with itself over the claim's own group is contradicted, as the contract says."""
    found = check(ABOARD, doc(f"{SAYS_IT} {other}"))
    assert found.verdict is Verdict.CONTRADICTED
    assert {e.role for e in found.evidence} == {Role.SUPPORTS, Role.CONTRADICTS}


def test_distinctive_words_leave_out_the_about_and_near_words_and_the_small_words() -> None:
    words = distinctive_words(ABOARD.says, tuple(ABOARD.about), ("أكواريوس",))
    assert {"السفينه", "سفينه", "السواحل", "الليبيه"} <= words
    assert not words & {"مهاجرا", "اكواريوس", "629", "كانت"}


# Mention claims: the rest of Pompeo's tour (ANT FR-internationalNews-2171-20180705) in an article that names Tokyo.
TOKYO = MentionClaim(id="t", says="توجه بومبيو من بيونغ يانغ إلى طوكيو حيث التقى نظيريه الياباني والكوري الجنوبي",
                     kind="mention", any=["طوكيو"], not_=["فيتنام", "أبو ظبي", "بروكسل"],
                     about=["توجه", "يتوجه", "سيتوجه"])
TO_TOKYO = "بعد المباحثات في بيونغ يانغ سيتوجه بومبيو إلى طوكيو لإطلاع اليابانيين على نتيجة المحادثات."
TOUR = "بعدها سيتوجه إلى فيتنام ومنها إلى أبو ظبي قبل بروكسل للانضمام إلى ترامب خلال قمة حلف شمال الأطلسي."


def test_a_rival_in_an_aside_of_an_article_that_names_the_claims_own_denies_nothing() -> None:
    found = mention_check(TOKYO, doc(f"{TO_TOKYO} {TOUR}"))
    assert found.verdict is Verdict.SUPPORTED
    assert {e.role for e in found.evidence} == {Role.SUPPORTS}


def test_the_same_rival_alone_still_contradicts() -> None:
    assert mention_check(TOKYO, doc(TOUR)).verdict is Verdict.CONTRADICTED


def test_a_rival_beside_the_claims_own_words_still_contradicts() -> None:
    """Two accounts of the claim's own journey (its traveller named): the article is at odds with itself."""
    other = "وقال مسؤول إن بومبيو سيتوجه إلى بروكسل بعد بيونغ يانغ."
    found = mention_check(TOKYO, doc(f"{TO_TOKYO} {other}"))
    assert found.verdict is Verdict.CONTRADICTED
    assert {e.role for e in found.evidence} == {Role.SUPPORTS, Role.CONTRADICTS}


def test_a_mention_claims_distinctive_words_leave_out_its_names_rivals_and_about_words() -> None:
    words = _distinctive(TOKYO)
    assert {"بومبيو", "الياباني"} <= words
    assert not words & {"طوكيو", "بروكسل", "توجه", "ابو"}
