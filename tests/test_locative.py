"""A name given as the place where something happened, not a capital standing for its government
(factcheck/kinds/locative.py).  Sentences from ANT's reports of the Skripal poisoning
(examples/skripal-poisoning-2018.yaml): each marked «was» was a false contradiction of its first run."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import MentionClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.locative import says_where
from factcheck.kinds.mention import check
from factcheck.verdicts import Verdict

SALISBURY = MentionClaim.model_validate({
    "id": "skripal-salisbury", "kind": "mention", "says": "وقع تسميم سكريبال وابنته في مدينة سالزبري الإنجليزية",
    "any": ["سالزبري", "سالسبيري"], "not": ["لندن"],
    "about": ["تسميم", "التسميم", "بتسميم", "الهجوم", "هجوم", "اغتيال"],
})


def verdict(claim: MentionClaim, text: str) -> Verdict:
    source = Source("s", "s.txt", text, published=dt.date(2018, 3, 20))
    return check(claim, Analysis(Document.from_source(source))).verdict


@pytest.mark.parametrize("text", [
    # was: AL-internationalNews-493-20180316, BB-internationalNews-150-20180314, SK-internationalNews-404-20180317
    "أعلن لافروف أن موسكو ستطرد دبلوماسيين بريطانيين ردا على قرار لندن طرد 23 دبلوماسيا روسيا على خلفية قضية "
    "تسميم الجاسوس المزدوج سيرغي سكريبال.",
    "ويأتي ذلك بعد أن انقضت مهلة حددتها لندن لكي توضح موسكو كيفية استخدام غاز أعصاب في تسميم سيرغي سكريبال.",
    "ساهمت قضية تسميم الجاسوس الروسي السابق سيرغي سكريبال في تفاقم التوتر بين موسكو ولندن.",
    # was: AL-internationalNews-468-20180314: London as a point of reference, the place named by its own name
    "وتتهم بريطانيا روسيا بالمسؤولية عن الهجوم على سيرجي سكريبال وابنته في سالزبري بجنوب لندن.",
])
def test_a_capital_as_its_government_is_no_rival_place(text: str) -> None:
    assert verdict(SALISBURY, text) is not Verdict.CONTRADICTED


@pytest.mark.parametrize("text", [
    # SK-internationalNews-590-20180326: the real contradiction of the file
    "واستدعت بروكسل سفيرها في موسكو للتشاور احتجاجا على تسميم العميل الروسي السابق سيرغي سكريبال في لندن.",
    "ووقع تسميم سكريبال بلندن.",
    "ووقع تسميم سكريبال في مدينة لندن.",
])
def test_a_rival_given_as_the_place_still_denies(text: str) -> None:
    assert verdict(SALISBURY, text) is Verdict.CONTRADICTED


def test_a_claim_that_says_no_place_keeps_every_rival() -> None:
    """«مرتبطة بجماعة أنصار الدولة» is "linked with", no place: the rival need not be written as one."""
    network = MentionClaim.model_validate({
        "id": "jad", "kind": "mention", "says": "العائلة المنفذة مرتبطة بجماعة أنصار الدولة الموالية لتنظيم داعش",
        "any": ["أنصار الدولة", "جماعة أنصار الدولة"], "not": ["أنصار التوحيد"],
        "about": ["جماعة", "الجماعة", "شبكة"],
    })
    assert not says_where(network.says, network.any)
    text = 'وقال إنه يشتبه في أن جماعة "أنصار التوحيد" الموالية لتنظيم الدولة تقف وراء الهجمات.'
    assert verdict(network, text) is Verdict.CONTRADICTED


@pytest.mark.parametrize(("says", "answers", "expected"), [
    ("وقع تسميم سكريبال وابنته في مدينة سالزبري الإنجليزية", ["سالزبري"], True),
    ("وقعت الغارة في سوق ضحيان بمحافظة صعدة في شمال اليمن", ["صعدة"], True),
    ("أقيمت المباراة النهائية على ملعب لوجنيكي في موسكو", ["لوجنيكي", "موسكو"], True),
    ("وقع الهجوم في منطقة نورث يورك شمالي تورونتو", ["نورث يورك"], True),
    ("اختير مودريتش أفضل لاعب في البطولة", ["مودريتش"], False),
    # a place by nature: the Macedonian file's «وقعتا» of Athens and Skopje named the parties, not the lake
    ("وقع الاتفاق على ضفاف بحيرة بريسبا الحدودية بين البلدين", ["بريسبا"], True),
])
def test_says_where(says: str, answers: list[str], expected: bool) -> None:
    assert says_where(says, answers) is expected


def test_a_rival_that_says_where_itself_is_a_place() -> None:
    """FR-internationalNews-883-20180423 (the Toronto van attack): «المارة وسط تورونتو»."""
    north = MentionClaim.model_validate({
        "id": "north", "kind": "mention", "says": "وقع الهجوم في منطقة نورث يورك شمالي تورونتو، لا في وسط المدينة",
        "any": ["شمالي تورونتو", "نورث يورك"], "not": ["وسط تورونتو"], "about": ["الدهس", "دهس", "دهست", "المارة"],
    })
    assert verdict(north, "دهست شاحنة صغيرة الاثنين عددا من المارة وسط تورونتو في كندا.") is Verdict.CONTRADICTED


def test_a_word_of_place_behind_wa_is_read_however_short() -> None:
    """«وفي لندن»: «في» behind «و» is a word of place (the reading shared with the clause openers,
    ``read.tokens.behind_conjunction``); «ووسط لندن» too."""
    assert verdict(SALISBURY, "وتعرض سكريبال للتسميم في سالزبري، وفي لندن وقع تسميم سكريبال.") is Verdict.CONTRADICTED
    assert verdict(SALISBURY, "ووقع تسميم سكريبال ووسط لندن.") is Verdict.CONTRADICTED


PEACE_HOUSE = MentionClaim.model_validate({
    "id": "korea-venue-peace-house", "kind": "mention",
    "says": "عقدت القمة بين الزعيمين في بيت السلام في الشطر الجنوبي من قرية بانمونجوم",
    "any": ["بيت السلام", "دار السلام"], "not": ["البيت الأزرق"], "about": ["القمة", "قمة", "اللقاء"],
})


@pytest.mark.parametrize(("text", "expected"), [
    # was: SK-internationalNews-1201-20180427: where the summit's supporters waved flags, near the Blue House
    ("وتوقف الرئيس الكوري الجنوبي قليلا لتحية العشرات من مؤيدي القمة بين الكوريتين والذين لوحوا بأعلام كوريا "
     "الجنوبية قرب البيت الأزرق الرئاسي.", Verdict.NOT_MENTIONED),
    ("ولوح مؤيدو القمة بالأعلام بالقرب من البيت الأزرق.", Verdict.NOT_MENTIONED),
    ("وعقدت القمة في البيت الأزرق.", Verdict.CONTRADICTED),
])
def test_a_rival_after_a_word_of_nearness_is_a_point_of_reference(text: str, expected: Verdict) -> None:
    assert verdict(PEACE_HOUSE, text) is expected


def test_capitals_that_signed_are_the_parties_not_the_lakes_rival() -> None:
    """AL-internationalNews-1893-20180711: «وكانت أثينا وسكوبيي وقعتا ... اتفاقا» names who signed, not where."""
    prespa = MentionClaim.model_validate({
        "id": "p", "kind": "mention", "says": "وقع الاتفاق على ضفاف بحيرة بريسبا الحدودية بين البلدين",
        "any": ["بريسبا"], "not": ["أثينا", "سكوبيي"], "about": ["وقع", "وقعتا", "التوقيع"]})
    text = "وكانت أثينا وسكوبيي وقعتا في منتصف حزيران/يونيو اتفاقا لحل خلافهما الذي يعود إلى 27 عاما حول تسمية مقدونيا."
    assert verdict(prespa, text) is Verdict.NOT_MENTIONED
    assert verdict(prespa, "ووقع الوزيران الاتفاق في أثينا يوم الأحد.") is Verdict.CONTRADICTED


SOCHI = MentionClaim.model_validate({
    "id": "idlib-sochi", "kind": "mention", "says": "أبرم الاتفاق في قمة بين بوتين وأردوغان في منتجع سوتشي الروسي",
    "any": ["سوتشي"], "not": ["موسكو", "إسطنبول"], "about": ["قمة", "القمة", "اجتماع"]})


@pytest.mark.parametrize(("text", "expected"), [
    # the Idlib file (held out, first run): a resort is a kind of place, so the claim says where, and a city named
    # as an actor (SK-middleEast-3839-20181012) or naming another summit (SK-middleEast-3966-20181020) is no place
    ("وقال ممثل روسيا في اجتماع مغلق لمجلس الأمن الدولي دعت إليه موسكو، إن وجود الخوذ البيضاء مصدر تهديد.",
     Verdict.NOT_MENTIONED),
    ("ويعد تغييب إيران عن قمة اسطنبول ليس سهوا، بل إبعاد مع سبق الإصرار.", Verdict.NOT_MENTIONED),
    ("وعقدت القمة في موسكو.", Verdict.CONTRADICTED),
])
def test_a_resort_makes_a_claim_say_where(text: str, expected: Verdict) -> None:
    assert says_where(SOCHI.says, SOCHI.any)
    assert verdict(SOCHI, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # SK-middleEast-3947-20181019 (the Idlib file, held out, first run): a summit to come is no place of the claim's
    ("أعلن المتحدث باسم الرئاسة التركية أن تركيا ستستضيف قمة حول سوريا في اسطنبول في 27 أكتوبر.",
     Verdict.NOT_MENTIONED),
    ("وقال إن تركيا ستستضيف قمة في موسكو.", Verdict.NOT_MENTIONED),
    # the definite summit to come is the claim's own, previewed: where it will be held still denies its place (the
    # shipped seeds' «أن اللقاء سيعقد في قاعدة إلمندورف الجوية»)
    ("وقال إن القمة ستعقد في موسكو.", Verdict.CONTRADICTED),
    ("وقال إن القمة عقدت في موسكو.", Verdict.CONTRADICTED),
    # a name the dictionary would read as «س» and a verb is no future
    ("وعقدت القمة في منتجع سيناء بموسكو.", Verdict.CONTRADICTED),
])
def test_a_place_of_a_new_event_to_come_is_no_place_of_the_claims(text: str, expected: Verdict) -> None:
    assert verdict(SOCHI, text) is expected


BUSRA = MentionClaim.model_validate({
    "id": "daraa-talks-busra", "kind": "mention", "says": "جرت المفاوضات بين الفصائل والجانب الروسي في بصرى الشام",
    "any": ["بصرى الشام"], "not": ["السويداء"], "about": ["اجتماعا", "اجتماع", "المفاوضات", "مفاوضات"]})


@pytest.mark.parametrize(("text", "expected"), [
    # SK-middleEast-2672-20180630 (the Daraa file, held out): a preliminary meeting is not the talks
    ("وأضاف المفاوضون أن لجنة تضم 6 أعضاء عقدت اجتماعا تمهيديا على الحدود الإدارية لمحافظة السويداء المجاورة.",
     Verdict.NOT_MENTIONED),
    ("وأضاف المفاوضون أن اللجنة عقدت اجتماعا في السويداء.", Verdict.CONTRADICTED),
])
def test_a_preliminary_meeting_is_another(text: str, expected: Verdict) -> None:
    assert verdict(BUSRA, text) is expected
