"""An election's count as it goes (factcheck/kinds/tallies.py) and whose share or term a figure is (kinds/near.py).

Sentences from ANT's reports of the Turkish elections of 24 June 2018 (examples/turkey-elections-2018.yaml);
each was a false contradiction of the file's first run."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

ERDOGAN = QuantityClaim.model_validate({
    "id": "turkey-erdogan-share-52-6", "kind": "quantity", "value": 52.6, "unit": "percent", "tolerance": 0.5,
    "says": "فاز رجب طيب أردوغان بالانتخابات الرئاسية من الجولة الأولى بنسبة 52.6 في المئة من الأصوات",
    "about": ["حصل", "حصوله", "بحصوله", "فاز", "فوز", "كسبه", "حقق", "الأصوات"], "near": ["أردوغان"],
})
INCE = QuantityClaim.model_validate({
    "id": "turkey-ince-share-30-6", "kind": "quantity", "value": 30.6, "unit": "percent", "tolerance": 0.5,
    "says": "حصل مرشح حزب الشعب الجمهوري محرم إنجه على 30.6 في المئة من الأصوات في الانتخابات الرئاسية",
    "about": ["حصل", "حصوله", "نيله", "حاز", "الأصوات", "ثانيا"], "near": ["إنجه", "إينجه", "إنجيه"],
})


def verdict(claim: QuantityClaim, text: str) -> Verdict:
    source = Source("s", "s.txt", text, published=dt.date(2018, 6, 25))
    return check(claim, Analysis(Document.from_source(source))).verdict


@pytest.mark.parametrize("text", [
    # AL-internationalNews-1751-20180625: the ballots counted, no share of Erdoğan's
    "وقال جوفن إن أردوغان فاز بأكثر من نصف الأصوات بعد فرز 97.2 في المئة من صناديق الاقتراع.",
    "وأظهرت النتائج حصول أردوغان على الأصوات بعد فرز نحو 80 في المئة منها.",
])
def test_the_share_counted_is_no_candidates_share(text: str) -> None:
    assert verdict(ERDOGAN, text) is not Verdict.CONTRADICTED


def test_a_poll_a_few_words_before_the_figure_forecasts_it() -> None:
    """BB-internationalNews-183-20180318 (the Russian presidential election): an exit poll, seven words before."""
    putin = QuantityClaim(id="p", says="فاز بوتين بنسبة 76.7 في المئة من الأصوات", kind="quantity",
                          about=["حصل", "فاز", "الأصوات"], near=["بوتين"], value=76.7, unit="percent", tolerance=1)
    assert verdict(putin, "وأفاد استطلاع رسمي للرأي بأن بوتين حصل على 73.9 بالمئة من الأصوات.") is Verdict.NOT_MENTIONED
    assert verdict(putin, "وأفادت اللجنة بأن بوتين حصل على 73.9 بالمئة من الأصوات.") is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "expected"), [
    # SK-internationalNews-2299-20180624, BB-internationalNews-691: a count at 90 % or 50 % gives figures so far
    ("وحصل أردوغان على 53.5 في المئة من الأصوات لدى فرز 90 في المئة منها.", Verdict.NOT_MENTIONED),
    ("وحصل أردوغان على 56 في المئة من الأصوات بعد فرز 50 في المئة منها.", Verdict.NOT_MENTIONED),
    ("وحصل أردوغان على 52.5 في المئة من الأصوات بعد فرز 50 في المئة منها.", Verdict.SUPPORTED),
    # a count done (99 %) gives the result; no count named, the figure is the result
    ("وحصل أردوغان على 53.5 في المئة من الأصوات بعد فرز 99 في المئة منها.", Verdict.CONTRADICTED),
    ("وحصل أردوغان على 53.5 في المئة من الأصوات.", Verdict.CONTRADICTED),
])
def test_figures_of_a_count_not_done_may_support_never_deny(text: str, expected: Verdict) -> None:
    assert verdict(ERDOGAN, text) is expected


def test_a_claim_of_the_count_owns_its_share() -> None:
    counted = QuantityClaim(id="c", says="أعلنت اللجنة النتائج بعد فرز 99 في المئة من الأصوات", kind="quantity",
                            about=["فرز", "الفرز"], value=99, unit="percent")
    assert verdict(counted, "وأعلنت النتائج بعد فرز 90 في المئة من الأصوات.") is Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # SK-internationalNews-2311-20180624: the figure after «بينما» is the other subject's
    (INCE, "وحصل أردوغان على 52,5 بالمئة من الأصوات بينما حصل منافسه محرم إينجه على 31,7 بالمئة.",
     Verdict.NOT_MENTIONED),
    # another name between the verb and the share: «حصل الزعيم ... ديمرتاش على»
    (ERDOGAN, "وفاز أردوغان، وحصل المرشح صلاح الدين ديمرتاش على 8.1 بالمئة.", Verdict.NOT_MENTIONED),
    # the claim's own subject between them
    (ERDOGAN, "وحصل الرئيس رجب طيب أردوغان على 50.1 بالمئة.", Verdict.CONTRADICTED),
    # SK-internationalNews-2294-20180625: the about word after the share, another name before it
    (ERDOGAN, "وفي الانتخابات الرئاسية، التي فاز فيها رجب طيب أردوغان بولاية ثانية، حصل الزعيم الكردي صلاح الدين "
              "ديمرتاش على 8.1 بالمئة من الأصوات.", Verdict.NOT_MENTIONED),
    (ERDOGAN, "وحصل أردوغان على 50.1 بالمئة من الأصوات.", Verdict.CONTRADICTED),
    # FR-internationalNews-506-20180318 (Russia), as Erdoğan's: the name before «الذي» owns the verb's figure
    (ERDOGAN, "وتقدم أردوغان على منافسه الأبرز مرشح الحزب الشيوعي المليونير بافيل غرودينين الذي حصل 11,2 بالمئة من "
              "الأصوات.", Verdict.NOT_MENTIONED),
    (ERDOGAN, "وكان أردوغان الذي حصل 50,1 بالمئة من الأصوات أول المهنئين.", Verdict.CONTRADICTED),
    (ERDOGAN, "وحصل أردوغان على 52,5 بالمئة من الأصوات بينما حصل منافسه محرم إينجه على 31,7 بالمئة.",
     Verdict.SUPPORTED),
])
def test_a_share_beyond_a_contrast_or_another_name_is_another_subjects(
        claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(claim, text) is expected


HDP = QuantityClaim.model_validate({
    "id": "turkey-hdp-share-11-7", "kind": "quantity", "value": 11.7, "unit": "percent", "tolerance": 1,
    "says": "حصل حزب الشعوب الديمقراطي المؤيد للأكراد على 11.7 في المئة من الأصوات متجاوزا عتبة العشرة في المئة "
            "اللازمة لدخول البرلمان",
    "about": ["حصل", "حصوله", "الأصوات", "العتبة", "عتبة", "النصاب", "متجاوزا", "تجاوز"],
    "near": ["الشعوب الديمقراطي", "الأكراد"],
})


def test_a_figure_the_claim_names_besides_its_value_is_no_denial() -> None:
    """AL-internationalNews-1751-20180625: the 10 % threshold the claim names too, echoed, denies no share."""
    text = "وقال جوفن إن حزب الشعوب الديمقراطي المؤيد للأكراد تجاوز النصاب المطلوب لدخول البرلمان وهو عشرة بالمئة."
    assert verdict(HDP, text) is not Verdict.CONTRADICTED
    assert verdict(HDP, "وحصل حزب الشعوب الديمقراطي على 9.5 بالمئة من الأصوات.") is Verdict.CONTRADICTED


def test_a_share_that_nearly_reached_a_figure_is_about_it() -> None:
    """FR-internationalNews-1983-20180625: «مع نسبة مشاركة قاربت 90%» is about 90, within reach of 87."""
    turnout = QuantityClaim(id="t", says="بلغت نسبة المشاركة في الانتخابات نحو 87 في المئة", kind="quantity",
                            about=["المشاركة", "مشاركة"], value=87, unit="percent", tolerance=1)
    assert verdict(turnout, "وقال أردوغان إن تركيا، مع نسبة مشاركة قاربت 90%، أعطت العالم درسا.") \
        is Verdict.SUPPORTED
    assert verdict(turnout, "وقال إن نسبة المشاركة قاربت 80%.") is Verdict.CONTRADICTED


def test_a_polls_share_is_a_forecast() -> None:
    """AL-internationalNews-1761-20180624 (a preview): a poll's 30 % is no result; a claim of a poll owns it."""
    text = ("أما أكبر منافس لأردوغان في هذه الانتخابات، هو أستاذ فيزياء سابق، أعطته أحدث الاستطلاعات 30% من أصوات "
            "الناخبين البالغين 56 مليونا.")
    assert verdict(ERDOGAN, text) is Verdict.NOT_MENTIONED
    # the same words without the poll: «منافس لأردوغان» names the rival, whose share it is (kinds/near.py); with
    # Erdoğan its subject, the official share denies
    assert verdict(ERDOGAN, text.replace("أحدث الاستطلاعات", "النتائج الرسمية")) is Verdict.NOT_MENTIONED
    assert verdict(ERDOGAN, "وأعطت النتائج الرسمية أردوغان 30% من أصوات الناخبين البالغين 56 مليونا.") \
        is Verdict.CONTRADICTED
    poll = ERDOGAN.model_copy(update={"says": "أعطى أحدث استطلاع للرأي أردوغان 30 في المئة من الأصوات",
                                      "value": 30.0})
    assert verdict(poll, "وأعطت أحدث الاستطلاعات أردوغان 25% من أصوات الناخبين.") is Verdict.CONTRADICTED


def test_a_figure_of_another_rank_is_of_who_came_so() -> None:
    """SK-middleEast-1741-20180516 (the Iraqi elections): «قائمة الفتح ... في المركز الثاني بـ47 مقعدا» are the
    second list's seats, no figure of a claim of the list that came first; the first's own figure still counts."""
    first = QuantityClaim.model_validate({
        "id": "iraq-sairoon-54-seats", "kind": "quantity", "value": 54, "unit": "count",
        "says": "حل تحالف سائرون المدعوم من مقتدى الصدر في المرتبة الأولى بحصوله على 54 مقعدا في البرلمان",
        "about": ["مقعدا", "مقعد", "مقاعد"], "near": ["سائرون", "الصدر"],
    })
    text = ("وبعد النتائج التي وضعت سائرون أولا، وقائمة الفتح في المركز الثاني بـ47 مقعدا ولائحة العبادي بالمركز "
            "الثالث بـ43 مقعدا، أكد الصدر عزمه بدء حوار.")
    assert verdict(first, text) is Verdict.NOT_MENTIONED
    assert verdict(first, "وحل تحالف سائرون في المركز الأول بـ50 مقعدا.") is Verdict.CONTRADICTED
    assert verdict(first, "وحصل تحالف سائرون بزعامة الصدر على 50 مقعدا.") is Verdict.CONTRADICTED


def test_a_near_word_completing_a_rivals_noun_names_no_subject() -> None:
    """BB-middleEast-278-20180402 (the Egyptian election): «منافس السيسي» is Moussa; his 2.9 % is no share of Sisi's."""
    sisi = QuantityClaim(id="s", says="فاز السيسي بنسبة 97.08 في المئة من الأصوات الصحيحة", kind="quantity",
                         about=["حصل", "فاز", "بنسبة", "الأصوات"], near=["السيسي"], value=97.08, unit="percent",
                         tolerance=0.5)
    text = "فيما حصل منافس السيسي موسى مصطفى موسى رئيس حزب الغد على 656 ألف صوت بنسبة 2.9 بالمئة من الأصوات الصحيحة."
    assert verdict(sisi, text) is Verdict.NOT_MENTIONED
    assert verdict(sisi, "وحصل السيسي على 92 بالمئة من الأصوات.") is Verdict.CONTRADICTED


def test_a_near_word_naming_a_groups_leader_names_no_subject() -> None:
    """SK-internationalNews-2305-20180624: «حزب العدالة والتنمية الحاكم بزعامة أردوغان» names the party by its leader;
    the alliance's 55 % is no share of Erdoğan's."""
    text = ('وتقدم "تحالف الشعب" الذي يضم حزب العدالة والتنمية الحاكم بزعامة أردوغان وحزب قومي بنسبة 55 بالمائة من '
            'الأصوات، بحسب الوكالة.')
    assert verdict(ERDOGAN, text) is Verdict.NOT_MENTIONED
    assert verdict(ERDOGAN, "وتقدم أردوغان بنسبة 55 بالمائة من الأصوات، بحسب الوكالة.") is Verdict.CONTRADICTED


NAWAZ_10 = QuantityClaim.model_validate({
    "id": "sharif-nawaz-10-years", "kind": "quantity", "says": "حكمت محكمة المحاسبة على نواز شريف بالسجن عشر سنوات",
    "about": ["السجن", "بالسجن", "حكم"], "near": ["نواز", "شريف"], "value": 10, "unit": "year"})
MARYAM_7 = QuantityClaim.model_validate({
    "id": "sharif-maryam-7-years", "kind": "quantity", "says": "حكمت المحكمة على مريم ابنة نواز شريف بالسجن سبع سنوات",
    "about": ["السجن", "بالسجن", "حكم"], "near": ["مريم", "ابنته"], "value": 7, "unit": "year"})


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # BB-internationalNews-806-20180713 (the Nawaz Sharif file, held out, first run): «ابنته، مريم نواز شريف» is
    # the daughter, and her seven years no term of her father's
    (NAWAZ_10, "كما حكمت على ابنته، مريم نواز شريف، بالسجن لسبع سنوات للمساعدة في الجريمة.", Verdict.NOT_MENTIONED),
    (MARYAM_7, "كما حكمت على ابنته، مريم نواز شريف، بالسجن لسبع سنوات للمساعدة في الجريمة.", Verdict.SUPPORTED),
    # the man himself, after a word of kin and an adjective, is still named
    (NAWAZ_10, "وحكمت المحكمة على ابنه الأكبر نواز شريف بالسجن سبع سنوات.", Verdict.CONTRADICTED),
    (NAWAZ_10, "وحكمت المحكمة على نواز شريف بالسجن سبع سنوات.", Verdict.CONTRADICTED),
])
def test_a_near_name_after_a_relatives_first_name_is_the_relatives(claim: QuantityClaim, text: str,
                                                                    expected: Verdict) -> None:
    assert verdict(claim, text) is expected


VOTES_59 = QuantityClaim.model_validate({
    "id": "arm-pashinyan-59-votes", "kind": "quantity", "says": "انتخب البرلمان الأرميني باشينيان رئيسا للوزراء بـ59 صوتا",
    "about": ["صوتا", "أصوات", "نائبا"], "value": 59, "unit": "count"})


@pytest.mark.parametrize(("text", "expected"), [
    # SK-internationalNews-1437-20180508, FR-internationalNews-1138-20180508: the 42 against him
    ("وثبت النواب بـ59 مقابل 42 صوتا المرشح الوحيد باشينيان لتولي المنصب.", Verdict.NOT_MENTIONED),
    ("وفاز باشينيان بـ59 صوتا مقابل 42 صوتا.", Verdict.SUPPORTED),
    # no figure before «مقابل»: the figure after it is read as before
    ("وحصل باشينيان على تأييد البرلمان مقابل 45 صوتا.", Verdict.CONTRADICTED),
    ("وفاز باشينيان بـ52 صوتا مقابل 42 صوتا.", Verdict.CONTRADICTED),
])
def test_the_other_side_of_a_vote_denies_no_figure(text: str, expected: Verdict) -> None:
    assert verdict(VOTES_59, text) is expected


IRISH_YES = QuantityClaim.model_validate({
    "id": "irl-abortion-yes-share-66", "kind": "quantity", "value": 66.4, "unit": "percent", "tolerance": 1,
    "says": "أيد 66.4 في المئة من المقترعين في الاستفتاء إلغاء التعديل الثامن ورفع الحظر عن الإجهاض وفق النتائج النهائية",
    "about": ["نعم", "صوتوا", "أيد", "أيدوا"],
})
ELECTORATE = QuantityClaim.model_validate({
    "id": "irl-abortion-electorate-3-5m", "kind": "quantity", "value": 3_500_000, "unit": "count", "tolerance": "5%",
    "says": "دعي نحو ثلاثة ملايين ونصف المليون ناخب إلى التصويت في الاستفتاء", "about": ["ناخب", "الناخبين"],
})


def test_a_sentence_a_poll_opens_gives_the_polls_figures() -> None:
    """BB-internationalNews-572-20180526 (Ireland's referendum, a held-out event): the poll is eleven words before
    the 69 %, but it opens the sentence; after «لكن» the result is no poll's."""
    poll = "ويشير استطلاع نشرته صحيفة آيريش تايمز وقناة آر تي إي إلى أن 69 في المئة من الناخبين صوتوا لصالح الإلغاء."
    assert verdict(IRISH_YES, poll) is Verdict.NOT_MENTIONED
    assert verdict(IRISH_YES, poll.replace("ويشير استطلاع", "ويشير تقرير")) is Verdict.CONTRADICTED
    assert verdict(IRISH_YES, ("ورجح استطلاع للرأي تقاربا شديدا في النتيجة، لكن النتائج الرسمية أظهرت أن 69 في المئة صوتوا "
                             "لصالح الإلغاء.")) \
        is Verdict.CONTRADICTED


def test_a_polls_sample_is_no_count_of_the_electorate() -> None:
    """FR-internationalNews-1454-20180526: «على عيّنة من 3800 ناخب» counts those asked, not the electorate."""
    text = "وأظهرت دراسة على عينة من 3800 ناخب أن الأغلبية صوتت بنعم."
    assert verdict(ELECTORATE, text) is Verdict.NOT_MENTIONED
    assert verdict(ELECTORATE, text.replace("على عينة من", "شملت")) is Verdict.CONTRADICTED
