"""The target of an attack tells which attack a figure is of (factcheck/kinds/targets.py).

Sentences from ANT's reports of the Surabaya bombings (examples/surabaya-bombings-2018.yaml): three churches bombed
on Sunday 13 May 2018, the police headquarters on Monday.  Each sentence marked «was» below was a false
contradiction of the real-corpus benchmark: a figure of the other attack, whose target the sentence names.
"""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim, QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.date import check as check_date
from factcheck.kinds.quantity import check as check_quantity
from factcheck.kinds.targets import claim_targets, targets
from factcheck.read.tokens import scan
from factcheck.text.normalize import normalize
from factcheck.verdicts import Role, Verdict
from tests.conftest import analysis_of as doc

WOUNDED = ["جريح", "جريحا", "جرحى", "الجرحى", "مصاب", "مصابين", "أصيب", "أصيبوا", "إصابة", "جرح"]
POLICE = QuantityClaim(id="p", says="أصيب عشرة أشخاص في الهجوم الانتحاري على مقر الشرطة في سورابايا",
                       kind="quantity", about=WOUNDED, value=10, unit="count")
CHURCHES = QuantityClaim(id="c", says="أصيب 41 شخصا بجروح في تفجيرات الكنائس", kind="quantity", about=WOUNDED,
                         value=41, unit="count")
DEAD = QuantityClaim(id="d", says="قتل 13 شخصا في تفجيرات الكنائس الثلاث في سورابايا", kind="quantity",
                     about=["قتيل", "قتلى", "قتيلا", "مقتل", "قتل"], value=13, unit="count")
FAMILY = QuantityClaim(id="f", says="نفذت تفجيرات الكنائس عائلة واحدة من ستة أفراد", kind="quantity",
                       about=["عائلة", "العائلة", "أسرة", "الأسرة", "أفراد"], value=6, unit="count")
# The same count, its statement naming no target: the rule holds nothing back.
NO_TARGET = POLICE.model_copy(update={"says": "أصيب عشرة أشخاص في سورابايا"})


@pytest.mark.parametrize(("claim", "text"), [
    # SK-internationalNews-1544-20180513 (was: 35 against the police's 10)
    (POLICE, "أفادت الشرطة الإندونيسية بارتفاع عدد الضحايا الى 6 قتلى و35 جريحا جراء التفجيرات الانتحارية التي "
             "استهدفت 3 كنائس في إندونيسيا."),
    # SK-internationalNews-1553-20180513 (was: 41)
    (POLICE, "وقال المتحدث باسم الشرطة، فرانز بارونغ مانغيرا، إن الهجوم الأول استهدف كنيسة \"سانتا ماريا\" "
             "الكاثوليكية الرومانية وأسفر عن مقتل 4 أشخاص بينهم انتحاري مشتبه به أو أكثر، وأضاف أن شرطيين اثنين "
             "كانا بين إجمالي 41 مصابا."),
    # SK-internationalNews-1571-20180514 (was: 40)
    (POLICE, "والأحد، نفذت عائلة من 6 أفراد سلسلة اعتداءات انتحارية استهدفت 3 كنائس في سورابايا خلال قداس الأحد، "
             "مما أسفر عن مقتل 14 شخصا على الأقل، ويمكن أن ترتفع الحصيلة بعد وصول عدد الجرحى إلى 40."),
    # AL-internationalNews-1170-20180515 (was: 10 against the churches' 41; «تفجيرات الكنائس» names their target)
    (CHURCHES, "وأصيب 10 أشخاص بجروح في هذا الهجوم الذي استهدف مقرا للشرطة في مدينة سورابايا، نفذه أربعة "
               "انتحاريين ينتمون لعائلة واحدة."),
    # BB-internationalNews-505-20180514 (was: the police attack's family of 5 against the churches' 6)
    (FAMILY, "قالت الشرطة الإندونيسية إن أسرة مؤلفة من 5 أفراد استخدموا دراجات نارية لتنفيذ هجوم انتحاري استهدف "
             "مركزا للشرطة في مدينة سورابايا، بعد يوم واحد من تنفيذ أسرة أخرى سلسلة تفجيرات في المدينة نفسها."),
    # SK-internationalNews-1570-20180514: the police attack named by where it took place («خارج مبنى للشرطة»)
    (FAMILY, "وأكد قائد الشرطة الإندونيسية إن الهجوم الانتحاري الذي وقع خارج مبنى للشرطة في مدينة سورابايا، الاثنين، "
             "نفذته أسرة مؤلفة من 5 أفراد، من بينهم طفل عمره 8 سنوات."),
    # FR-internationalNews-1199-20180512: the strikes on Syria are no attack on the churches
    (DEAD, "ارتفعت حصيلة القتلى إثر الغارات الإسرائيلية على سوريا التي وقعت فجر الخميس الماضي إلى 27 قتيلا."),
])
def test_a_figure_of_another_target_contradicts_nothing(claim: QuantityClaim, text: str) -> None:
    assert check_quantity(claim, doc(text)).verdict is Verdict.NOT_MENTIONED


@pytest.mark.parametrize(("claim", "text", "figure"), [
    # SK-internationalNews-1544-20180513: the churches' own early count (a true contradiction, kept)
    (CHURCHES, "أفادت الشرطة الإندونيسية بارتفاع عدد الضحايا الى 6 قتلى و35 جريحا جراء التفجيرات الانتحارية التي "
               "استهدفت 3 كنائس في إندونيسيا.", "35"),
    # SK-internationalNews-1553-20180513: «مستهدفة 3 كنائس», a plural of the claim's «الكنائس» by its lemma
    (DEAD, "أكد قائد الشرطة الإندونيسية، تيتو كارنافيان، الأحد، أن عائلة من 6 أفراد، بينهم طفلتان، نفذت اعتداءات "
           "انتحارية تبناها تنظيم داعش، وأوقعت 11 قتيلا وعشرات الجرحى مستهدفة 3 كنائس.", "11"),
    # the claim's own target, in other words: «مقرا للشرطة» for «مقر الشرطة»
    (POLICE, "وأصيب 12 شخصا في هجوم انتحاري استهدف مقرا للشرطة.", "12"),
    (POLICE, "وأصيب 12 شخصا في الهجوم على مقر للشرطة.", "12"),
    # an attack by the claim's own target («أمام كنيسة» for «الكنائس») is the claim's
    (FAMILY, "وقال إن التفجير الذي وقع أمام كنيسة في سورابايا نفذته أسرة مؤلفة من 5 أفراد.", "5"),
    # a sentence naming no target, or a claim naming none, is read as before
    (POLICE, "وأصيب 12 شخصا في الهجوم صباح الاثنين.", "12"),
    (NO_TARGET, "أفادت الشرطة الإندونيسية بارتفاع عدد الضحايا الى 6 قتلى و35 جريحا جراء التفجيرات الانتحارية "
                "التي استهدفت 3 كنائس في إندونيسيا.", "35"),
])
def test_a_figure_of_the_claims_target_or_of_none_still_contradicts(claim: QuantityClaim, text: str,
                                                                    figure: str) -> None:
    found = check_quantity(claim, doc(text))
    assert found.verdict is Verdict.CONTRADICTED
    assert [e.text for e in found.evidence if e.role is Role.CONTRADICTS] == [figure]


def test_a_figure_of_another_target_still_supports() -> None:
    """The claim's target may be named by a synonym the rule cannot tell («رجال الأمن» of «مقر الشرطة»): it only
    ever holds a contradiction back."""
    assert check_quantity(POLICE, doc("وأصيب عشرة أشخاص في هجوم استهدف رجال الأمن.")).verdict is Verdict.SUPPORTED


def test_a_date_of_another_target_contradicts_nothing() -> None:
    claim = DateClaim(id="pd", says="استهدف تفجير انتحاري مقر الشرطة يوم 14 مايو 2018", kind="date",
                      about=["التفجير", "تفجير", "الهجوم"], value="2018-05-14")
    assert check_date(claim, doc("ووقع التفجير في 13 مايو 2018 واستهدف ثلاث كنائس.")).verdict is Verdict.NOT_MENTIONED
    assert check_date(claim, doc("ووقع التفجير في 13 مايو 2018 واستهدف مقر الشرطة.")).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("says", "has", "lacks"), [
    ("أصيب عشرة أشخاص في الهجوم الانتحاري على مقر الشرطة في سورابايا", {"مقر", "شرطه"}, {"سورابايا"}),
    ("أصيب 41 شخصا بجروح في تفجيرات الكنائس", {"كنائس", "كنيسه"}, set()),
    ("استهدفت التفجيرات الكنائس الثلاث يوم الأحد 13 مايو 2018", {"كنيسه"}, {"تفجير", "ثلاث"}),  # VSO, a number
    ("وقع الهجوم على العرض العسكري في الأهواز", {"عرض"}, {"اهواز"}),
])
def test_the_target_a_claim_names(says: str, has: set[str], lacks: set[str]) -> None:
    found = claim_targets(says)
    assert has <= found and not lacks & found


@pytest.mark.parametrize("says", [
    "قتل 13 شخصا في سورابايا",
    "الهجوم الذي وقع صباح الأحد",  # an attack noun, no «على» and no construct: no target
    "وقع الهجوم في الأهواز",
])
def test_a_claim_naming_no_target(says: str) -> None:
    assert claim_targets(says) == frozenset()
    assert claim_targets(says, ["الشرطة"]) == frozenset()  # near words add to a target, they are none


def test_a_sentence_names_each_target_once() -> None:
    text = normalize("واستهدفت كنائس ومبنى للشرطة، بينما هاجم مسلحون سوقا.").text
    toks = scan(text)
    (found,) = targets(text, toks, 0, len(toks))
    assert {"كنيسه", "مبني", "شرطه"} <= found


LOMBOK_DEAD = QuantityClaim(id="ld", says="قتل 387 شخصا جراء الزلزال الذي ضرب جزيرة لومبوك", kind="quantity",
                            about=["قتلى", "القتلى", "مقتل", "قتل", "حصيلة"], value=387, unit="count")
FIRST_QUAKE = QuantityClaim(id="fq", says="قتل 17 شخصا على الأقل في زلزال أول ضرب لومبوك قبل أسبوع",
                            kind="quantity", about=["زلزال أول", "زلزال آخر", "زلزالا آخرا", "ذلك الزلزال"],
                            value=17, unit="count")
# BB-internationalNews-923-20180807: the toll of the quake of 29 July, beside the 5 August one's
ANOTHER_QUAKE = "وتجاوز تأثير زلزال الأحد حتى الآن زلزالا آخرا ضرب لومبوك الأسبوع الماضي وأسفر عن مقتل 16 شخصا."


def test_a_figure_beside_an_event_named_as_another_contradicts_nothing() -> None:
    assert check_quantity(LOMBOK_DEAD, doc(ANOTHER_QUAKE)).verdict is Verdict.NOT_MENTIONED
    # ... but a claim of that other one, saying «آخر» itself, keeps it
    found = check_quantity(FIRST_QUAKE, doc(ANOTHER_QUAKE))
    assert [e.text for e in found.evidence if e.role is Role.CONTRADICTS] == ["16"]
    # «ثلاثة أشخاص آخرين» are more people, not another event: read as before (counted.more_of_them)
    assert check_quantity(LOMBOK_DEAD, doc("قتل 16 شخصا في الزلزال.")).verdict is Verdict.CONTRADICTED


def test_a_date_beside_an_event_named_as_another_contradicts_nothing() -> None:
    """SK-internationalNews-3088-20180819: a quake of 19 August, «لزلزال آخر», is no date of the 5 August one."""
    claim = DateClaim(id="lq", says="ضرب الزلزال جزيرة لومبوك يوم الأحد 5 أغسطس 2018", kind="date",
                      about=["زلزال", "الزلزال", "ضرب", "ضربت", "وقع"], value="2018-08-05")
    text = "تعرضت جزيرة لومبوك الإندونيسية لزلزال آخر بقوة 7.2، في 19 أغسطس 2018، وقع في البحر."
    assert check_date(claim, doc(text)).verdict is Verdict.NOT_MENTIONED
    text = "تعرضت جزيرة لومبوك الإندونيسية لزلزال بقوة 7.2، في 19 أغسطس 2018، وقع في البحر."
    assert check_date(claim, doc(text)).verdict is Verdict.CONTRADICTED


LOMBOK = QuantityClaim(id="l", says="قتل 98 شخصا في زلزال لومبوك", kind="quantity",
                       about=["قتلى", "القتلى", "قتيلا", "مقتل"], value=98, unit="count")


@pytest.mark.parametrize(("text", "verdict"), [
    # «الزلزال آخر كارثة»: the article on the noun and none on «آخر»: the latest disaster, the claim's own quake
    ("وأسفر الزلزال عن مقتل 131 شخصا، ويعد الزلزال آخر كارثة طبيعية تضرب إندونيسيا.", Verdict.CONTRADICTED),
    ("وكان الزلزال آخر ما شهدته الجزيرة وقد أسفر عن مقتل 131 شخصا.", Verdict.CONTRADICTED),
    # another quake, the article on both or on neither
    ("وأسفر الزلزال الآخر عن مقتل 131 شخصا.", Verdict.NOT_MENTIONED),
    ("وأسفر زلزال آخر عن مقتل 131 شخصا.", Verdict.NOT_MENTIONED),
    ("وقتل 131 شخصا في الزلزال الآخر.", Verdict.NOT_MENTIONED),
    ("وقتل 131 شخصا للزلزال الآخر.", Verdict.NOT_MENTIONED),
])
def test_the_latest_event_is_no_other_one(text: str, verdict: Verdict) -> None:
    assert check_quantity(LOMBOK, doc(text)).verdict is verdict


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # SK-internationalNews-1577-20180514: the family's five members are not the wounded
    (POLICE, "ونفذت عائلة من 5 أشخاص الهجوم الذي أسفر عن إصابة عدد من أفراد الشرطة والمدنيين.", Verdict.NOT_MENTIONED),
    (POLICE, "وأسفر الهجوم عن إصابة 5 أشخاص.", Verdict.CONTRADICTED),
    # a claim that counts the family keeps its size
    (FAMILY, "ونفذت الهجمات على الكنائس عائلة من 5 أفراد.", Verdict.CONTRADICTED),
])
def test_the_size_of_a_family_is_no_toll(claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    assert check_quantity(claim, doc(text)).verdict is verdict


FUEGO = QuantityClaim(id="fu", says="قتل 109 أشخاص جراء ثوران بركان فويغو", kind="quantity",
                      about=["قتيل", "قتيلا", "قتلى", "القتلى", "مقتل"], value=109, unit="count")


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-technology-947: a round-up gives each disaster its toll in brackets; the quake's is not Fuego's
    ("وشهد العام ثوران بركان فويغو في غواتيمالا وعواصف الغبار في الهند وزلزال بابوا غينيا الجديدة (نحو 160 قتيلا) "
     "وزلزال المكسيك.", Verdict.NOT_MENTIONED),
    ("وأسفر ثوران بركان فويغو (نحو 160 قتيلا) عن دمار واسع.", Verdict.CONTRADICTED),  # the claim's own event
])
def test_a_figure_in_brackets_after_another_event_is_that_events(text: str, verdict: Verdict) -> None:
    assert check_quantity(FUEGO, doc(text)).verdict is verdict


@pytest.mark.parametrize(("text", "verdict"), [
    # where an attack took place by a building tells it apart: the churches' attack is not the police's
    ("وأصيب 4 أشخاص في الهجوم الانتحاري الذي وقع خارج كنيسة سانتا ماريا.", Verdict.NOT_MENTIONED),
    ("وأصيب 4 أشخاص في الهجوم الانتحاري الذي وقع خارج مبنى للشرطة.", Verdict.CONTRADICTED),
    # a town or a region after «قرب»، «داخل» says where, not what the attack struck: no other target (a review)
    ("وأسفر الهجوم الانتحاري قرب مدينة سورابايا عن إصابة 4 أشخاص.", Verdict.CONTRADICTED),
    ("وأسفر الهجوم الانتحاري الذي وقع داخل المدينة عن إصابة 4 أشخاص.", Verdict.CONTRADICTED),
])
def test_a_building_names_the_target_a_town_does_not(text: str, verdict: Verdict) -> None:
    assert check_quantity(POLICE, doc(text)).verdict is verdict


@pytest.mark.parametrize(("text", "expected"), [
    # FR-internationalNews-1330-20180519: the Santa Fe shooting recalls the Texas church shooting of November
    ("ويحيي الحادث لدى سكان تكساس ذكرى مقتل 25 شخصا بينهم امرأة حامل بالرصاص في كنيسة في جنوب الولاية.",
     Verdict.NOT_MENTIONED),
    ("وأحيا السكان الذكرى الأولى لمقتل 25 شخصا في الكنيسة.", Verdict.NOT_MENTIONED),
    ("وقتل المسلح 25 شخصا في المدرسة.", Verdict.CONTRADICTED),  # no memory: the claim's toll, denied
])
def test_a_toll_remembered_is_an_earlier_events(text: str, expected: Verdict) -> None:
    claim = QuantityClaim(id="sf", says="قتل المسلح عشرة أشخاص في المدرسة", kind="quantity",
                          about=["قتل", "مقتل", "قتلى"], value=10, unit="count")
    assert check_quantity(claim, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict is expected


STRIKE_DEAD = QuantityClaim.model_validate({  # examples/dahyan-school-bus-strike-2018.yaml
    "id": "dahyan-dead-51", "kind": "quantity", "value": 51, "unit": "count",
    "says": "قتل 51 شخصا في الغارة الجوية على حافلة الأطفال في سوق ضحيان بمحافظة صعدة، بحسب الحصيلة النهائية للصليب الأحمر",
    "about": ["قتل", "مقتل", "قتلى", "قتيلا", "قتلوا", "القتلى", "شخصا", "حصيلة"],
    "near": ["شخصا", "قتيلا", "أشخاص", "بالغا"],
})


@pytest.mark.parametrize(("text", "expected"), [
    # BB-middleEast-868-20180810 and 872 (the Dahyan school bus strike): the war's toll, a conflict as the
    # subject of a toll verb, or the time since it began
    ("وخلفت الحرب في اليمن أكثر من 10 آلاف قتيل، مما أثار أسوأ أزمة إنسانية في العالم.", Verdict.NOT_MENTIONED),
    ("ويشهد اليمن نزاعا أوقع أكثر من عشرة آلاف قتيل.", Verdict.NOT_MENTIONED),
    ("وقتل أكثر من عشرة آلاف شخص في الحرب التي أسفرت عن أسوأ أزمة إنسانية.", Verdict.NOT_MENTIONED),
    ("وقتل أكثر من 10 آلاف شخصا منذ بدء النزاع في اليمن.", Verdict.NOT_MENTIONED),
    # the strike's own toll, even in a sentence that names the war
    ("وقتل 39 شخصا في الغارة.", Verdict.CONTRADICTED),
    ("وقتل 39 شخصا في الغارة التي تعد الأكثر دموية في الحرب.", Verdict.CONTRADICTED),
])
def test_a_wars_toll_is_no_toll_of_one_strike(text: str, expected: Verdict) -> None:
    assert check_quantity(STRIKE_DEAD, doc(text)).verdict is expected


def test_a_claim_of_the_wars_toll_owns_it() -> None:
    war = STRIKE_DEAD.model_copy(update={"says": "خلفت الحرب في اليمن أكثر من عشرة آلاف قتيل", "value": 10000})
    assert check_quantity(war, doc("وخلفت الحرب في اليمن 6000 قتيل.")).verdict is Verdict.CONTRADICTED


IL20_DEAD = QuantityClaim.model_validate({  # examples/il20-downing-2018.yaml
    "id": "il20-dead-15", "kind": "quantity", "value": 15, "unit": "count",
    "says": "قتل 15 عسكريا روسيا كانوا على متن طائرة الاستطلاع إيل-20 التي أسقطت قبالة السواحل السورية",
    "about": ["مقتل", "قتل", "مصرع", "مصرعهم", "لقي", "عسكريا", "أفراد", "متنها"],
    "near": ["عسكريا", "عسكري", "أفراد", "جنديا"],
})


@pytest.mark.parametrize(("text", "expected"), [
    # SK-middleEast-3686-20181001: Russia's losses in Syria over three years, beside the Il-20's 15
    ("وأعلن أن حصيلة القتلى في صفوف القوات الروسية العاملة في سوريا بلغت 112 عسكريا خلال 3 أعوام.",
     Verdict.NOT_MENTIONED),
    ("وقتل 112 عسكريا روسيا على مدى السنوات الثلاث الماضية.", Verdict.NOT_MENTIONED),
    # no span of years: the claim's toll, denied
    ("ولقي 14 عسكريا روسيا كانوا على متن طائرة الاستطلاع مصرعهم.", Verdict.CONTRADICTED),
    ("ولقي 14 عسكريا روسيا مصرعهم خلال عقد اجتماع في القاعدة.", Verdict.CONTRADICTED),
])
def test_a_total_over_years_is_no_toll_of_one_event(text: str, expected: Verdict) -> None:
    assert check_quantity(IL20_DEAD, doc(text)).verdict is expected


def test_a_claim_of_a_total_over_years_owns_it() -> None:
    total = IL20_DEAD.model_copy(update={"says": "قتل 112 عسكريا روسيا في سوريا خلال ثلاثة أعوام", "value": 112})
    assert check_quantity(total, doc("وبلغت حصيلة القتلى 90 عسكريا خلال 3 أعوام.")).verdict is Verdict.CONTRADICTED
