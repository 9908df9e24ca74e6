"""A rival in the sentence that names the claim's own answer (``kinds.told_apart``)."""

from __future__ import annotations

import pytest

from factcheck.claims.model import MentionClaim
from factcheck.kinds.mention import check
from factcheck.verdicts import Verdict

from .conftest import analysis_of as analysis


def claim(**kw: object) -> MentionClaim:
    return MentionClaim.model_validate({"id": "c", "says": "x", "kind": "mention"} | kw)


# the held-out Croatia–England semi-final: Kane led the side, Trippier scored
SCORER = claim(any=["تريبيير", "تريبيه"], **{"not": ["كاين", "كين"]}, about=["تقدم", "بالتسجيل"])
# sisi-second-term: the outgoing prime minister named in a title of the new one («وزير» is no «و» of a list)
CHARGED = claim(any=["مدبولي"], **{"not": ["شريف إسماعيل"]}, about=["بتكليف", "بتشكيل"])
# nobel-peace-prize and royal-wedding: a rival that says what or where the answer is
OSLO = claim(any=["أوسلو"], **{"not": ["ستوكهولم", "العاصمة السويدية"]}, about=["أعلن", "منح"])
WINDSOR = claim(any=["ويندسور"], **{"not": ["لندن"]}, about=["قلعة", "زفافه"])
# the held-out Morocco–Portugal match: the rival has the about word's part, in a clause of its own
CROSS = claim(any=["موتينيو"], **{"not": ["برناردو سيلفا"]}, about=["يمرر", "عرضية"])
# the seeds: a list that names the claim's answer and its rivals gives them the same part
DELEGATION = claim(any=["لافروف"], **{"not": ["بيلوسوف"]}, about=["الوفد الروسي"])


@pytest.mark.parametrize(
    ("c", "text", "verdict"),
    [
        (SCORER, 'تقدم "الأسود الثلاثة" بقيادة هاري كاين، بهدف لكيران تريبيه في الدقيقة الخامسة.', Verdict.SUPPORTED),
        # the same rival, the answer not named in its sentence: a denial
        (SCORER, 'تقدم "الأسود الثلاثة" بقيادة هاري كاين في الدقيقة الخامسة.', Verdict.CONTRADICTED),
        (CHARGED, "قام الرئيس عبد الفتاح السيسي بتكليف مصطفى مدبولي، وزير الإسكان في حكومة شريف إسماعيل المستقيلة، "
                  "بتشكيل حكومة جديدة.", Verdict.SUPPORTED),
        (OSLO, "وأعلن منح جائزة نوبل للسلام في العاصمة السويدية أوسلو لأصحاب الجهود.", Verdict.CONTRADICTED),
        (WINDSOR, "يظهر الفيديو وصول الأمير هاري الى قلعة ويندسور في لندن، استعدادا لمراسم زفافه.", Verdict.CONTRADICTED),
        (CROSS, "فتحرك موتينيو وسيدريك على الجهة اليمنى قبل أن يمرر برناردو سيلفا لقائده كريستيانو رونالدو.",
         Verdict.CONTRADICTED),
        (DELEGATION, "ويضم الوفد الروسي وزير الخارجية لافروف، ووزير الدفاع أندريه بيلوسوف.", Verdict.CONTRADICTED),
    ],
)
def test_a_rival_beside_the_answer_is_told_apart_unless_listed_with_it_or_touching_it(
        c: MentionClaim, text: str, verdict: Verdict) -> None:
    assert check(c, analysis(text)).verdict is verdict


def test_explain_says_why_the_rival_beside_the_answer_denies_nothing() -> None:
    notes: dict[tuple[int, int], str] = {}
    text = 'تقدم "الأسود الثلاثة" بقيادة هاري كاين، بهدف لكيران تريبيه في الدقيقة الخامسة.'
    check(SCORER, analysis(text), notes=notes)
    assert "the claim's own answer" in " ".join(notes.values())
