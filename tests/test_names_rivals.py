"""mention ``not`` rivals count only in the clause of an ``about`` word and attached to it (contract §1, issue 9)."""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import MentionClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.mention import RIVAL_REACH, check, clauses
from factcheck.verdicts import Verdict

from .conftest import seed_text


def analysis(text: str) -> Analysis:
    return Analysis(Document.from_source(Source("s", "s.txt", text)))


def claim(**kw: object) -> MentionClaim:
    base: dict[str, object] = {
        "id": "held-on-friday", "says": "عقدت القمة يوم الجمعة", "kind": "mention",
        "any": ["الجمعة"], "not": ["الخميس"], "about": ["القمة", "الاجتماع"],
    }
    return MentionClaim.model_validate(base | kw)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("عقدت القمة يوم الخميس في ألاسكا.", Verdict.CONTRADICTED),  # stated for the summit
        ("وكان الاجتماع المطول بين الرئيسين قد انعقد الخميس.", Verdict.CONTRADICTED),
        # in another clause of the same sentence
        ("انتهت القمة في ألاسكا، بينما التقى الوزيران الخميس في موسكو.", Verdict.NOT_MENTIONED),
        ("انتهت القمة في ألاسكا، في حين التقى الوزيران الخميس في موسكو.", Verdict.NOT_MENTIONED),
        ("انتهت القمة في ألاسكا؛ ووصل الوزير الخميس إلى موسكو.", Verdict.NOT_MENTIONED),
        # ANT AL-economy-249-20180316: a comma before a particle opens another clause
        ("ووصلت لاغارد إلى الأرجنتين، الخميس، من أجل المشاركة يومي الاثنين والثلاثاء في اجتماع لوزراء مال.",
         Verdict.NOT_MENTIONED),
        # ANT AL-internationalNews-176-20180223: social media is no meeting (about words are whole words)
        ("وقال مودي الخميس إنه نشر على مواقع التواصل الاجتماعي صورا.", Verdict.NOT_MENTIONED),
    ],
)
def test_a_rival_counts_only_attached_to_an_about_word(text: str, verdict: Verdict) -> None:
    assert check(claim(), analysis(text)).verdict is verdict


def test_a_rival_too_far_from_the_about_word_does_not_count() -> None:
    filler = " ".join(["كلمة"] * (RIVAL_REACH + 1))
    assert check(claim(), analysis(f"عقدت القمة {filler} الخميس.")).verdict is Verdict.NOT_MENTIONED
    near = " ".join(["كلمة"] * RIVAL_REACH)
    assert check(claim(), analysis(f"عقدت القمة {near} الخميس.")).verdict is Verdict.CONTRADICTED


def test_without_about_a_rival_anywhere_counts() -> None:
    c = claim(about=[])
    text = "انتهت القمة في ألاسكا، بينما التقى الوزيران الخميس في موسكو."
    assert check(c, analysis(text)).verdict is Verdict.CONTRADICTED


def test_a_list_run_on_from_the_about_word_carries_it() -> None:
    # seed 000: the defence and finance ministers are listed in the Russian delegation
    c = claim(id="ru", says="x", any=["لافروف"], **{"not": ["بيلوسوف", "سيلوانوف"]}, about=["الوفد الروسي"])
    found = check(c, analysis(seed_text("000")))
    assert found.verdict is Verdict.CONTRADICTED
    assert {e.text for e in found.evidence if e.role.value == "contradicts"} == {"بيلوسوف", "سيلوانوف"}


def test_clauses_split_at_openers_and_at_commas_before_verbs() -> None:
    d = analysis("يضم الوفد لافروف، ووزير الدفاع، وأكد الكرملين أن القمة ستعقد لكنه لم يحدد الموعد").document
    numbers, items = clauses(d, 0, len(d.tokens))
    words = [t.text for t in d.tokens]
    assert numbers[words.index("ووزير")] == 0 and words.index("ووزير") in items  # an enumeration
    assert numbers[words.index("واكد")] == 1  # a comma before a verb
    assert numbers[words.index("لكنه")] == 2  # an opener


def test_the_shipped_venue_claim_counts_a_rival_base_only_where_the_summit_is_said_to_be() -> None:
    """Its about words were «قاعدة»: inside the rival «قاعدة أندروز», beside every mention of it, so where
    Trump's plane took off from or flew back to contradicted the venue of the summit."""
    from pathlib import Path

    from factcheck.claims.load import load_claim_file
    from factcheck.engine import Engine

    root = Path(__file__).resolve().parents[1]
    (claim,) = [c for c in load_claim_file(root / "claims" / "alaska_summit.yaml").claims if c.id == "venue-elmendorf"]
    head = "التقى ترامب وبوتين في ألاسكا. "
    texts = {
        "depart": head + "وأقلعت طائرة ترامب من قاعدة أندروز في ولاية ماريلاند متجهة إلى ألاسكا، حيث عقدت القمة في "
                         "قاعدة إلمندورف الجوية.",
        "return": head + "وعقدت القمة في قاعدة إلمندورف الجوية، بينما عاد ترامب بعدها إلى قاعدة أندروز.",
        "moved": head + "وعقدت القمة في قاعدة أندروز الجوية.",
    }
    engine = Engine([Source(k, f"{k}.txt", v) for k, v in texts.items()], index_from=10**9)
    assert {k: engine.check(claim, k).verdict.value for k in texts} == {
        "depart": "supported", "return": "supported", "moved": "contradicted"}


VENUE = MentionClaim.model_validate({
    "id": "venue", "says": "أقيمت المباراة على ملعب لوجنيكي", "kind": "mention",
    "any": ["لوجنيكي"], "not": ["روستوف"], "about": ["المباراة"],
})


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # SK-sport-1648-20180615 (form): the next match's city is not the opening match's
        ("وقال المدرب إن الفريق يفكر في المباراة المقبلة أمام أوروغواي في روستوف.", Verdict.NOT_MENTIONED),
        ("وأقيمت المباراة السابقة في روستوف.", Verdict.NOT_MENTIONED),
        ("وأقيمت المباراة في روستوف.", Verdict.CONTRADICTED),
        ("وأقيمت المباراة في روستوف، وستقام المباراة المقبلة في سوتشي.", Verdict.CONTRADICTED),
    ],
)
def test_an_about_word_of_another_instance_takes_no_rival(text: str, verdict: Verdict) -> None:
    assert check(VENUE, analysis(text)).verdict is verdict


BEST = MentionClaim(id="best", says="اختير قائد كرواتيا لوكا مودريتش أفضل لاعب في البطولة", kind="mention",
                    any=["مودريتش"], not_=["مبابي", "غريزمان"], about=["أفضل لاعب", "الكرة الذهبية"])


@pytest.mark.parametrize(("text", "verdict"), [
    # BB-sport-286-20180716 and SK-sport-2205-20180715 (the held-out World Cup final): another award
    ("واختير الفرنسي مبابي أفضل لاعب شاب في البطولة.", Verdict.NOT_MENTIONED),
    ("وفاز مبابي بجائزة أفضل لاعب صاعد في البطولة.", Verdict.NOT_MENTIONED),
    ("وفاز مبابي بلقب أفضل لاعب فرنسي في البطولة.", Verdict.NOT_MENTIONED),  # a nisba narrows it too
    # the claim's own award: the rival denies it; a name, an adverb or a particle after it changes nothing
    ("واختير الفرنسي مبابي أفضل لاعب في البطولة.", Verdict.CONTRADICTED),
    ("ونال لقب أفضل لاعب مبابي.", Verdict.CONTRADICTED),
    ("ونال لقب أفضل لاعب غريزمان الفرنسي.", Verdict.CONTRADICTED),
    ("واختير مبابي أفضل لاعب أيضا.", Verdict.CONTRADICTED),
])
def test_an_about_word_narrowed_by_a_noun_the_claim_does_not_say_takes_no_rival(text: str, verdict: Verdict) -> None:
    assert check(BEST, analysis(text)).verdict is verdict
