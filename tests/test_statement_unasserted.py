"""Statement claims against sentences that neither say nor deny them (real false contradictions)."""

from __future__ import annotations

import pytest

from factcheck.claims.model import StatementClaim
from factcheck.kinds.statement import check
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of as doc


def claim(says: str, **kw: object) -> StatementClaim:
    return StatementClaim(id="c", says=says, **kw)  # type: ignore[arg-type]


SCORE = "فازت فرنسا على كرواتيا 4-2 في المباراة النهائية لكأس العالم"


@pytest.mark.parametrize("text", [
    # AL-internationalNews-1951: Putin does not remember such a score in a final; he does not deny it
    "وقال بوتين \"انا لا أتذكر نتيجة 4 أهداف مقابل اثنين في أي مباراة نهائية لكأس العالم\".",
    "وقال المدرب إنه لا يعرف نتيجة 4-2 في المباراة النهائية لكأس العالم.",
])
def test_a_negated_verb_of_memory_or_knowledge_is_no_denial(text: str) -> None:
    assert check(claim(SCORE), doc(text)).verdict is not Verdict.CONTRADICTED


def test_a_plain_negation_still_denies() -> None:
    text = "ولم تفز فرنسا على كرواتيا 4-2 في المباراة النهائية لكأس العالم."
    assert check(claim(SCORE), doc(text)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize("text", [
    # BB-internationalNews-819: the pitch invaders' number is no score
    "أقر نشطاء سياسيون من جماعة \"بوسي رايوت\" بتعطيل المباراة النهائية لبطولة كأس العالم في روسيا بين فرنسا"
    " وكرواتيا بعد أن اقتحم ثلاثة نساء ورجل أرضية الملعب متنكرين بزي الشرطة الروسية.",
    # SK-sport-2244: neither are the members of the group
    "حكمت محكمة على 4 أعضاء اقتحموا الملعب في المباراة النهائية لكأس العالم بين فرنسا وكرواتيا.",
])
def test_a_number_counting_things_the_claim_does_not_count_is_no_figure_of_its(text: str) -> None:
    """Nor does it state the claim's figure: the claim's numbers are not said (no support either)."""
    assert check(claim(SCORE), doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_count_of_what_the_claim_counts_still_denies() -> None:
    says = "قتل 30 شخصا في الهجوم على القاعدة العسكرية"
    assert check(claim(says), doc("وقتل 40 شخصا في الهجوم على القاعدة العسكرية.")).verdict is Verdict.CONTRADICTED


def test_a_count_of_what_the_claim_names_still_denies() -> None:
    """«مقتل 10» counts the dead as «3 قتلى» does (ANS train): the claim's figure, stated otherwise."""
    says = "مقتل 10 في اشتباكات قبيل الانتخابات البرلمانية والرئاسية في تركيا"
    text = "وقوع 3 قتلى في اشتباكات قبيل الانتخابات البرلمانية والرئاسية في تركيا."
    assert check(claim(says, sources=["t"]), doc(text)).verdict is Verdict.CONTRADICTED


def test_a_figure_of_one_of_two_quakes_in_a_sentence_is_no_denial() -> None:
    """SK-internationalNews-2928: the Thursday aftershock's 6.2, beside «زلزال الأحد»: which quake's is the claim's?"""
    says = "بلغت قوة الزلزال الذي ضرب لومبوك 6.9 درجة"
    text = ("ضرب زلزال قوي بلغت شدته 6.2 درجة، الخميس، جزيرة لومبوك المنكوبة في إندونيسيا، التي لم تستفق بعد من"
            " آثار زلزال «الأحد المدمر»، مما أدى إلى انهيار بعض المباني.")
    assert check(claim(says), doc(text)).verdict is Verdict.NOT_MENTIONED
    alone = "ضرب زلزال قوي بلغت شدته 6.2 درجة، الأحد، جزيرة لومبوك المنكوبة في إندونيسيا، مما أدى إلى انهيار المباني."
    assert check(claim(says), doc(alone)).verdict is Verdict.CONTRADICTED


STAYS = "أكد روحاني أن إيران لن تبقى في الاتفاق النووي بعد انسحاب الولايات المتحدة منه"


def test_what_may_be_is_not_what_is() -> None:
    # FR-internationalNews-1130-20180508: «يمكن أن تبقى ... شريطة» (could stay, on a condition) neither says that
    # Iran stays in the deal nor denies that it leaves
    text = ("أكد الرئيس الإيراني حسن روحاني الاثنين أن بلاده يمكن أن تبقى في الاتفاق النووي حتى في حال انسحاب "
            "الولايات المتحدة منه شريطة ضمان الأطراف الأخرى تحقيق أهداف طهران.")
    assert check(claim(STAYS), doc(text)).verdict is Verdict.NOT_MENTIONED
    # said plainly, it denies
    text = "أكد الرئيس الإيراني حسن روحاني أن بلاده ستبقى في الاتفاق النووي حتى في حال انسحاب الولايات المتحدة منه."
    assert check(claim(STAYS), doc(text)).verdict is Verdict.CONTRADICTED
