"""A match's minute as a claim's figure (``kinds.minutes``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims.model import QuantityClaim
from factcheck.kinds.minutes import minute_claim
from factcheck.kinds.quantity import check
from factcheck.read.tokens import last_word
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
    # the claim's man named just before «في الدقيقة»: his minute, which denies the claim's (kinds.minutes.bound_minute)
    ("وافتتح صلاح التسجيل في الدقيقة 35 بتسديدة رائعة.", Verdict.CONTRADICTED),
    # a minute the sentence does not bind to him may be another goal's: it supports nothing and denies nothing
    ("وفي الدقيقة 35 سدد فيرمينو، ثم افتتح صلاح التسجيل بتسديدة رائعة.", Verdict.NOT_MENTIONED),
])
def test_a_minute_after_the_word_minute_supports_a_claim_of_that_minute(text: str, verdict: Verdict) -> None:
    assert check(OPENER, analysis(text)).verdict is verdict


def test_a_match_minute_is_no_duration() -> None:
    assert check(TALKS, analysis("استمرت المحادثات حتى الدقيقة 90 من المباراة.")).verdict is Verdict.NOT_MENTIONED
    assert check(TALKS, analysis("استمرت المحادثات 90 دقيقة.")).verdict is Verdict.CONTRADICTED


# examples/juventus-real-madrid-first-leg-2018.yaml and roma-barcelona-second-leg-2018.yaml
RED_CARD = QuantityClaim(id="red", says="طرد باولو ديبالا في الدقيقة 66", kind="quantity",
                         about=["الدقيقة", "دقيقة", "دقائق", "دقيقتين"], near=["ديبالا"], value=66, unit="minute")


@pytest.mark.parametrize("text", [
    "بعد الهدف بدقيقتين فقد يوفنتوس خدمات ديبالا بعد خروجه مطرودا.",  # FR-sport-47-20180403
    "وقبل انتهاء المباراة بنحو 8 دقائق طرد ديبالا.",  # BB-sport-104-20180411
    "وبعد البداية بـ22 دقيقة طرد ديبالا.",  # AL-sport-2146-20180626: «ب» a token of its own
    "وقبل نهاية الأول بأربع دقائق طرد ديبالا.",
])
def test_a_time_by_which_one_moment_lies_from_another_denies_no_minute(text: str) -> None:
    assert check(RED_CARD, analysis(text)).verdict is Verdict.NOT_MENTIONED


def test_a_time_without_the_ba_of_measure_still_denies_a_minute() -> None:
    # a time with no «ب» still denies: the label of examples/egypt-russia-world-cup-match-2018.yaml took «خمس دقائق
    # بعد هذا الهدف» for a contradiction of the claim's minute
    assert check(RED_CARD, analysis("وجاء طرد ديبالا خمس دقائق بعد هذا الهدف.")).verdict is Verdict.CONTRADICTED
    # a length denies a claim of a length, «ب» or not: only a claim of a match's minute reads it as a distance
    assert check(TALKS, analysis("استمرت المحادثات بنحو 90 دقيقة.")).verdict is Verdict.CONTRADICTED


def test_a_dual_that_ordinals_follow_counts_no_two_minutes() -> None:
    # AL-sport-1074-20180404: «في الدقيقتين الثالثة و64» are the 3rd and 64th minutes, not 2 minutes
    claim = QuantityClaim(id="first", says="سجل رونالدو الهدف الأول في الدقيقة 3", kind="quantity",
                          about=["الدقيقة", "دقيقة", "الدقيقتين"], near=["رونالدو"], value=3, unit="minute")
    text = "وكان رونالدو كلمة السر حيث سجل هدفين في الدقيقتين الثالثة و64."
    assert check(claim, analysis(text)).verdict is Verdict.NOT_MENTIONED
    assert check(claim, analysis("وسجل رونالدو في الدقيقتين الأخيرتين.")).verdict is Verdict.CONTRADICTED


# examples/argentina-iceland-world-cup-match-2018.yaml, belgium-japan-world-cup-match-2018.yaml, europa-league-final-2018.yaml
AGUERO = QuantityClaim(id="aguero", says="سجل سيرجيو أغويرو هدف الأرجنتين في الدقيقة 19", kind="quantity",
                       about=["الدقيقة", "دقيقة"], near=["أغويرو"], value=19, unit="minute")
INUI = QuantityClaim(id="inui", says="أضاف تاكاشي إينوي الهدف الثاني لليابان في الدقيقة 52", kind="quantity",
                     about=["الدقيقة", "دقيقة"], near=["إينوي", "الهدف الثاني"], value=52, unit="minute")
GRIEZMANN = QuantityClaim(id="griezmann", says="سجل أنطوان غريزمان هدفه الثاني في الدقيقة 49", kind="quantity",
                          about=["الدقيقة", "دقيقة"], near=["غريزمان"], value=49, unit="minute")


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # the shape of FR-sport-207-20180626 (Moses's penalty): the man, his act and the minute in a row
    (AGUERO, "فتولى سيرجيو أغويرو التنفيذ ليدرك التعادل في الدقيقة 20.", Verdict.CONTRADICTED),
    # the man named after the minute, in another's doing: the 17th is Messi's
    (AGUERO, "وانتظر ميسي حتى الدقيقة 17 ليسجل حضوره، ثم وصلت الكرة إلى أغويرو.", Verdict.NOT_MENTIONED),
    # a near word of the match's doings («الهدف الثاني») is no man: another team's second goal
    (INUI, "وأضاف البديل روبرتو فيرمينو الهدف الثاني في الدقيقة 88.", Verdict.NOT_MENTIONED),
    # FR-sport-103-20180516: other minutes between the man and this one, the 89th is Gabi's
    (GRIEZMANN, "وسجل أهداف الفوز غريزمان في الدقيقتين 21 و49، ثم غابي في الدقيقة 89.", Verdict.NOT_MENTIONED),
    # his other goal's minute beside the claim's in one sentence: the sentence states the claim's figure
    (GRIEZMANN, "وسجل غريزمان في الدقيقة 21 ثم أضاف هدفه الثاني في الدقيقة 49.", Verdict.SUPPORTED),
    (GRIEZMANN, "وسجل غريزمان هدفه الثاني في الدقيقة 49.", Verdict.SUPPORTED),
])
def test_a_minute_denies_only_when_bound_to_the_claims_man(claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    assert check(claim, analysis(text)).verdict is verdict


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["ا", "ل", "د", "ق", "ي", "ه", "5", " ", "\n", "\u00a0", "\u2003", "،"]),
               max_size=30), st.data())
def test_the_word_before_a_place_is_the_last_one_split_gives(text: str, data: st.DataObject) -> None:
    """``last_word`` walks back from the place; it must cut words where ``str.split`` does (any Unicode space)."""
    at = data.draw(st.integers(0, len(text)))
    before = text[:at].split()
    assert last_word(text, at) == (before[-1] if before else "")
