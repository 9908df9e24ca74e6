"""An article's first plain account of the claim, and the background of its later paragraphs (``kinds.first_account``)."""

from __future__ import annotations

from factcheck.claims.model import MentionClaim, QuantityClaim
from factcheck.kinds.mention import check as mention_check
from factcheck.kinds.quantity import check
from factcheck.verdicts import Role, Verdict
from tests.conftest import analysis_of as doc

DEAD = QuantityClaim(id="d", says="قتل 15 عسكريا روسيا كانوا على متن طائرة الاستطلاع إيل-20 التي أسقطت قبالة السواحل السورية",
                     kind="quantity", about=["مقتل", "قتل", "مصرع", "مصرعهم", "لقي", "عسكريا", "أفراد", "متنها"],
                     near=["عسكريا", "عسكري", "أفراد", "جنديا"], value=15, unit="count")
# Sky News Arabia on Russia's losses in Syria (ANT SK-middleEast-3686-20181001): the Il-20's 15 dead, then the
# An-26 crash of March and its 39.
LEAD = ("ولقي 15 عسكريا روسيا كانوا على متن طائرة الاستطلاع \"إيل-20\" مصرعهم جراء إسقاطها من قبل الدفاعات الجوية "
        "السورية قبل أسبوعين فوق المتوسط.")
ANOTHER_CRASH = ("كما تحطمت طائرة نقل روسية من طراز \"إن-26\" في مارس آذار من هذا العام أثناء محاولة هبوطها في قاعدة "
                 "حميميم الجوية، مما أدى لمقتل 39 عسكريا روسيا على متنها.")




def test_a_later_paragraphs_figure_after_the_leads_plain_account_denies_nothing() -> None:
    found = check(DEAD, doc(f"{LEAD}\n{ANOTHER_CRASH}"))
    assert found.verdict is Verdict.SUPPORTED
    assert [e.text for e in found.evidence] == ["15"]


def test_the_same_figure_alone_still_contradicts() -> None:
    assert check(DEAD, doc(ANOTHER_CRASH)).verdict is Verdict.CONTRADICTED


def test_a_figure_before_the_first_account_still_contradicts() -> None:
    """An article that leads with another figure and comes round to the claim's tells two accounts."""
    found = check(DEAD, doc(f"{ANOTHER_CRASH}\n{LEAD}"))
    assert found.verdict is Verdict.CONTRADICTED
    assert {e.role for e in found.evidence} == {Role.SUPPORTS, Role.CONTRADICTS}


def test_a_figure_in_the_first_accounts_paragraph_still_contradicts() -> None:
    assert check(DEAD, doc(f"{LEAD} {ANOTHER_CRASH}")).verdict is Verdict.CONTRADICTED


def test_a_second_account_that_names_the_claims_thing_as_fully_still_contradicts() -> None:
    """The contract: an article at odds with itself over the claim's own thing is contradicted, paragraphs apart.
    (A restatement that names fewer of the claim's words than the lead is taken for background: a known limit.)"""
    again = ("وقالت وزارة الدفاع إن 16 عسكريا روسيا كانوا على متن طائرة الاستطلاع \"إيل-20\" لقوا مصرعهم جراء إسقاطها "
             "من قبل الدفاعات الجوية السورية.")
    assert check(DEAD, doc(f"{LEAD}\n{again}")).verdict is Verdict.CONTRADICTED


def test_a_bound_is_no_account_a_flat_figure_after_it_still_contradicts() -> None:
    bound = "ولقي أكثر من عشرة عسكريين روس كانوا على متن طائرة الاستطلاع \"إيل-20\" مصرعهم فوق المتوسط."
    assert check(DEAD, doc(f"{bound}\n{ANOTHER_CRASH}")).verdict is Verdict.CONTRADICTED


OATH = MentionClaim(id="o", says="أدى السيسي اليمين لولايته الثانية أمام مجلس النواب", kind="mention",
                    any=["مجلس النواب", "البرلمان"],
                    not_=["المحكمة الدستورية", "الجمعية العمومية للمحكمة الدستورية"], about=["اليمين", "أدى", "أقسم"])
# France 24 (ANT FR-middleEast-565-20180602): the oath before parliament, then the first term's before the court.
SWORN = ("أدى الرئيس المصري عبد الفتاح السيسي اليمين الدستورية لولاية ثانية أمام مجلس النواب السبت، بعد فوزه "
         "بأغلبية ساحقة في انتخابات خلت من المنافسة الحقيقية.")
FIRST_TERM = "وأقسم السيسي اليمين في الولاية الأولى أمام الجمعية العمومية للمحكمة الدستورية، لعدم وجود برلمان في ذلك الوقت."


def test_a_rival_of_a_later_paragraph_after_the_claims_name_in_an_about_sentence_denies_nothing() -> None:
    found = mention_check(OATH, doc(f"{SWORN}\nوأطلقت المدفعية المصرية 21 طلقة خلال مراسم الاحتفال.\n{FIRST_TERM}"))
    assert found.verdict is Verdict.SUPPORTED
    assert {e.role for e in found.evidence} == {Role.SUPPORTS}


def test_the_same_rival_alone_still_contradicts() -> None:
    assert mention_check(OATH, doc(FIRST_TERM)).verdict is Verdict.CONTRADICTED


def test_a_bare_mention_of_the_claims_name_is_no_account() -> None:
    """A name outside the sentences of the about words (the parliament's building) tells nothing of the oath."""
    building = "وتوسطت سيارة السيسي موكبا كبيرا حتى بوابة مجلس النواب المصري."
    found = mention_check(OATH, doc(f"{building}\n{FIRST_TERM}"))
    assert found.verdict is Verdict.CONTRADICTED


def test_explain_says_why_the_later_figure_and_rival_were_not_counted() -> None:
    notes: dict[tuple[int, int], str] = {}
    check(DEAD, doc(f"{LEAD}\n{ANOTHER_CRASH}"), notes=notes)
    assert "not counted: after the article's first account, which states the claim's figure" in notes.values()
    notes.clear()
    mention_check(OATH, doc(f"{SWORN}\nوأطلقت المدفعية المصرية 21 طلقة خلال مراسم الاحتفال.\n{FIRST_TERM}"), notes=notes)
    assert "not counted: after the article's first account, which names the claim's" in notes.values()
