"""Whose age a figure gives (factcheck/kinds/ages.py): an age in apposition to a name the claim does not say is
another person's; it may support a claim of an age, never contradict it."""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

# examples/santa-fe-school-shooting-2018.yaml
GUNMAN_AGE = QuantityClaim(
    id="age", says="منفذ الهجوم طالب في المدرسة يبلغ من العمر 17 عاما", kind="quantity",
    about=["باغورتزيس", "المسلح", "الشاب", "التلميذ", "عمره", "العمر", "البالغ"], value=17, unit="year",
)


def verdict(text: str, claim: QuantityClaim = GUNMAN_AGE) -> Verdict:
    return check(claim, Analysis(Document.from_source(Source("t", "t.txt", text)))).verdict


@pytest.mark.parametrize(("text", "expected"), [
    # BB-internationalNews-593-20180531: the first lady's age, in a piece on her stay in hospital
    ("أعلن البيت الأبيض أن ميلانيا، البالغة من العمر 48 عاما، ستدخل إلى مركز والتر ريد الطبي.", Verdict.NOT_MENTIONED),
    ("أعلن البيت الأبيض أن ميلانيا (48 عاما) ستدخل إلى المستشفى، وقال إن عمر المسلح 48 عاما.", Verdict.CONTRADICTED),
    # the claim's own subject, by its name or a description: read as before
    ("التلميذ ديمتريوس باغورتزيس، البالغ 18 عاما، مثل أمام المحكمة.", Verdict.CONTRADICTED),
    ("وقال إن المسلح، البالغ من العمر 18 عاما، استسلم للشرطة.", Verdict.CONTRADICTED),
    ("التلميذ ديمتريوس باغورتزيس، البالغ 17 عاما، مثل أمام المحكمة.", Verdict.SUPPORTED),
])
def test_an_age_in_apposition_to_another_name_is_that_persons(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected


def test_an_age_after_wa_huwa_and_a_noun_is_the_person_named_before() -> None:
    """BB-technology-208-20180511 (beside a line on the Toronto van attack): «"جوزيف"، وهو أرمل يبلغ من العمر 60
    عاما» is Joseph's age; «ميناسيان، وهو طالب يبلغ ...» is the claim's subject's."""
    driver = QuantityClaim(id="t", says="سائق الشاحنة أليك ميناسيان يبلغ من العمر 25 عاما", kind="quantity",
                           about=["ميناسيان", "المشتبه", "السائق", "عمره", "العمر", "يبلغ"], value=25, unit="year")
    assert verdict('وقد وجد "جوزيف"، وهو أرمل يبلغ من العمر 60 عاما، أن الوحدة أثقلته.', driver) \
        is Verdict.NOT_MENTIONED
    assert verdict("واعتقل ميناسيان، وهو طالب يبلغ من العمر 28 عاما.", driver) is Verdict.CONTRADICTED
    assert verdict("والسائق، وهو طالب يبلغ من العمر 25 عاما.", driver) is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "expected"), [
    # FR-internationalNews-588-20180407, BB-internationalNews-303-20180406 (the Lula imprisonment): prison terms
    ("وذكرت الصحيفة أن لولا (72 عاما) الذي حكم عليه بالسجن 12 عاما عبر عن رغبته في تسليم نفسه.", Verdict.SUPPORTED),
    ("الحكم بسجن رئيس البرازيل السابق لولا 9 سنوات في قضية غسيل السيارة.", Verdict.NOT_MENTIONED),
    # his age after the prison word, a word of age between: his age
    ("وحكم بالسجن على لولا البالغ من العمر 71 عاما.", Verdict.CONTRADICTED),
])
def test_years_after_a_prison_word_are_a_term_no_age(text: str, expected: Verdict) -> None:
    lula = QuantityClaim(id="lula-age-72", says="يبلغ الرئيس البرازيلي الأسبق لولا دا سيلفا من العمر 72 عاما",
                         kind="quantity", about=["لولا", "دا سيلفا", "الرئيس", "البالغ", "يبلغ", "العمر"], value=72,
                         unit="year")
    assert verdict(text, lula) is expected


MEGHAN_AGE = QuantityClaim(id="m", says="كانت ميغان ماركل تبلغ من العمر 36 عاما يوم زفافها", kind="quantity",
                           about=["عاما", "العمر", "البالغة", "تبلغ", "عمرها"],
                           near=["ميغان", "ماركل", "العروس", "البالغة"], value=36, unit="year")


@pytest.mark.parametrize(("text", "expected"), [
    # BB-internationalNews-532-20180519 (the royal wedding): the bride's father's age, in apposition to his kin
    ("وأشارت تقارير إلى أن ماركل والد العروس، 73 عاما، شاهد الحفل بالكامل عبر التليفزيون من كاليفورنيا.",
     Verdict.NOT_MENTIONED),
    ("وأشارت تقارير إلى أن ماركل العروس، 37 عاما، شاهدت الحفل.", Verdict.CONTRADICTED),
])
def test_an_age_in_apposition_to_a_kin_noun_is_the_relatives(text: str, expected: Verdict) -> None:
    assert verdict(text, MEGHAN_AGE) is expected


MCCAIN_AGE = QuantityClaim(id="mccain-age-81", says="توفي السيناتور جون ماكين عن عمر ناهز 81 عاما", kind="quantity",
                           about=["عمر", "العمر", "ناهز", "يناهز", "البالغ", "يبلغ", "عاما"], value=81, unit="year")


@pytest.mark.parametrize(("text", "expected"), [
    # CN-internationalNews-542-20180902: a line on an Amsterdam stabbing beside McCain's death
    ("كشفت الشرطة الهولندية هوية المشتبه به، قائلة إنه من أصول أفغانية ويبلغ من العمر 19 عاما.",
     Verdict.NOT_MENTIONED),
    ("وتوفي ماكين السبت عن 75 عاما.", Verdict.CONTRADICTED),
    ("وتوفي السيناتور الجمهوري عن عمر يناهز 81 عاما.", Verdict.SUPPORTED),  # an age may still support
])
def test_an_age_in_a_sentence_naming_no_one_of_the_claims_is_no_denial(text: str, expected: Verdict) -> None:
    """The claim's about words are all of age: only its statement's name says whose age a sentence gives."""
    assert verdict(text, MCCAIN_AGE) is expected


HADDAD_AGE = QuantityClaim(
    id="brazil-haddad-age-55", says="يبلغ فرناندو حداد من العمر 55 عاما", kind="quantity",
    about=["حداد", "البالغ", "يبلغ", "العمر", "عاما"], value=55, unit="year",
)


@pytest.mark.parametrize(("text", "expected"), [
    # BB-internationalNews-1092-20180913 (the Brazilian election file, held out, first run): his age at marriage
    ("وحداد متزوج منذ كان عمره 25 سنة من طبيبة أسنان، وتعرف إليها حين كان عمرها 17 عاما.", Verdict.NOT_MENTIONED),
    ("ويبلغ حداد من العمر 50 عاما.", Verdict.CONTRADICTED),
    ("وحداد عمره 50 عاما.", Verdict.CONTRADICTED),
])
def test_the_age_one_was_is_no_age_now(text: str, expected: Verdict) -> None:
    assert verdict(text, HADDAD_AGE) is expected


HELD = QuantityClaim(id="brunson-held-2-years", kind="quantity", value=2, unit="year",
                     says="أطلق سراح برونسون بعد نحو عامين من الاحتجاز في تركيا بين السجن والإقامة الجبرية",
                     about=["احتجاز", "الاحتجاز", "احتجازه", "قضاها", "قضاه", "قضى", "السجن"])
IN_PRISON = QuantityClaim(id="brunson-prison-21-months", kind="quantity", value=21, unit="month",
                          says="سجن برونسون 21 شهرا قبل أن توضع قيد الإقامة الجبرية", about=["سجنه", "حبسه", "السجن"])
SENTENCE = QuantityClaim(id="brunson-sentence-3-years", kind="quantity", value=3, unit="year", tolerance=0.15,
                         says="حكمت المحكمة التركية على برونسون بالسجن 3 سنوات وشهر",
                         about=["بالسجن", "السجن", "الحكم", "حكمت"])
TERM = "وحكمت المحكمة بالسجن 3 سنوات وشهر واحد على برونسون، لكن مع احتساب المدة التي قضاها بالسجن، قررت إطلاق سراحه."


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # CN-internationalNews-692-20181012 (the held-out Brunson file, first run): the term handed down, no time held
    (HELD, TERM, Verdict.NOT_MENTIONED),
    (IN_PRISON, TERM, Verdict.NOT_MENTIONED),
    (SENTENCE, TERM, Verdict.SUPPORTED),  # a claim of the sentence: its own figure agrees
    (IN_PRISON, "وقضى برونسون في السجن 3 سنوات قبل الإقامة الجبرية.", Verdict.CONTRADICTED),  # time spent
    (SENTENCE, "وحكمت المحكمة بالسجن 5 سنوات على برونسون.", Verdict.CONTRADICTED),
    # «بالسجن» after a verb of spending time: «in prison», the time served
    (HELD, "وقضى برونسون بالسجن 3 سنوات قبل الإقامة الجبرية.", Verdict.CONTRADICTED),
    (HELD, "وأمضى برونسون بالسجن نحو 4 سنوات.", Verdict.CONTRADICTED),
])
def test_a_term_handed_down_is_no_time_held(claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(text, claim) is expected


FORD = QuantityClaim(id="kavanaugh-ford-age-15", kind="quantity", value=15, unit="year",
                     says="قالت كريستين بلازي فورد إن كافانو اعتدى عليها عندما كانت في الخامسة عشرة من عمرها",
                     about=["كانت", "عمرها", "العمر", "سنة"], near=["كانت", "عمرها"])


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # the held-out Kavanaugh file (closing group): his age and the attacker's, for her fifteen
    (FORD, "ولأن كافانو صغير نسبيا حيث أن عمره 53 عاما فإنه من المتوقع أن يستمر في منصبه لعقود.",
     Verdict.NOT_MENTIONED),
    (FORD, "تعرضت له حين كانت صغيرة، وقالت إن المعتدي كان مخموراً يومها، وكان عمره 17 عاماً.", Verdict.NOT_MENTIONED),
    (FORD, "وقالت فورد إن عمرها كان 17 عاما.", Verdict.CONTRADICTED),  # hers
    (FORD, "وقالت فورد إنها كانت تبلغ من العمر 17 عاما.", Verdict.CONTRADICTED),  # no possessive: as before
])
def test_an_age_of_the_other_gender_is_another_persons(claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(text, claim) is expected


# examples/mbs-us-visit-2018.yaml
PRINCE_AGE = QuantityClaim(
    id="mbs-age", says="يبلغ ولي العهد السعودي الأمير محمد بن سلمان من العمر 32 عاما", kind="quantity",
    about=["عاما", "العمر", "عمره", "البالغ"], near=["ولي العهد", "محمد بن سلمان"], value=32, unit="year",
)
# a claim in years that is no age: the same spans of time are its figures
PRISON = QuantityClaim(
    id="prison", says="حكم على المتهم بالسجن 12 عاما", kind="quantity", about=["بالسجن", "السجن"], value=12, unit="year",
)


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # SK-internationalNews-535-20180323: the partnership's 70 years, in a line on the crown prince
    (PRINCE_AGE, "وأظهر البيان أهمية التعاون بين واشنطن والرياض، الذي انطلق منذ 70 عامًا، والدور الذي يلعبه ولي العهد "
                 "الأمير محمد بن سلمان.", Verdict.NOT_MENTIONED),
    (PRINCE_AGE, "ويسعى ولي العهد الأمير محمد بن سلمان خلال نحو 15 عاما إلى تنويع الاقتصاد.", Verdict.NOT_MENTIONED),
    (PRINCE_AGE, "وقبل أكثر من 20 عاما زار ولي العهد الأمير محمد بن سلمان واشنطن.", Verdict.NOT_MENTIONED),
    # his age, however near a word of time
    (PRINCE_AGE, "وزار ولي العهد الأمير محمد بن سلمان (33 عاما) واشنطن قبل أسبوع.", Verdict.CONTRADICTED),
    (PRINCE_AGE, "ولي العهد الأمير محمد بن سلمان البالغ من العمر 32 عاما.", Verdict.SUPPORTED),
    # a claim of a term: a span of time is what it counts
    (PRISON, "وقضت المحكمة بالسجن لمدة 15 عاما على المتهم.", Verdict.CONTRADICTED),
])
def test_years_after_a_word_of_time_are_no_age(claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(text, claim) is expected


# examples/tillerson-dismissal-2018.yaml: a claim of time in office, no age
TENURE = QuantityClaim(
    id="tillerson-tenure-14-months", says="أمضى ريكس تيلرسون نحو 14 شهرا في منصب وزير الخارجية الأمريكي",
    kind="quantity", about=["أمضى", "منصب", "وزيرا للخارجية", "وزير الخارجية"], value=14, unit="month",
)

# examples/ahed-tamimi-release-2018.yaml: a claim of time spent, no age
EIGHT_MONTHS = QuantityClaim(
    id="tamimi-sentence-8-months", says="أمضت عهد التميمي ثمانية أشهر في السجن", kind="quantity",
    about=["السجن", "سجن", "قضت", "أمضت"], value=8, unit="month",
)


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # SK-middleEast-3167-20180729, SK-middleEast-3179-20180729: her age, beside her months in prison
    (EIGHT_MONTHS, "وتابعت عهد التي أتمت 17 عاما داخل السجن إن الإدارة حاولت منعهن من التعليم.", Verdict.NOT_MENTIONED),
    (EIGHT_MONTHS, "ونالت عهد التي بلغت 17 عاما من عمرها في السجن شهادة الثانوية العامة.", Verdict.NOT_MENTIONED),
    # «بلغ» alone reaches any figure: a time in prison still denies
    (EIGHT_MONTHS, "وبلغت مدة سجن عهد 17 شهرا في السجن.", Verdict.CONTRADICTED),
    (EIGHT_MONTHS, "وأمضت عهد في السجن 17 شهرا.", Verdict.CONTRADICTED),
    # an age claim keeps the ages it is about
    (PRINCE_AGE, "وقال ولي العهد الأمير محمد بن سلمان الذي أتم 33 عاما إن التعاون مستمر.", Verdict.CONTRADICTED),
    # FR-internationalNews-413-20180313 (the held-out Tillerson file): years alone in parentheses after a name
    (TENURE, "عين ترامب مايك بومبيو (54 عاما) وزيرا للخارجية خلفا لريكس تيلرسون.", Verdict.NOT_MENTIONED),
    (TENURE, "وأمضى تيلرسون في منصب وزير الخارجية (54 شهرا) قبل إقالته.", Verdict.CONTRADICTED),
])
def test_years_one_reached_are_an_age_no_time_spent(claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(text, claim) is expected


# examples/amesbury-novichok-2018.yaml: her age, the words of age in the feminine
STURGESS = QuantityClaim(id="amesbury-sturgess-age-44", kind="quantity", value=44, unit="year",
                         says="كانت دون ستورجيس تبلغ من العمر 44 عاما",
                         about=["ستورجيس", "ستورغيس", "امرأة", "المرأة", "البالغة", "تبلغ", "العمر"],
                         near=["ستورجيس", "ستورغيس", "امرأة", "المرأة"])


@pytest.mark.parametrize(("text", "expected"), [
    # AL-internationalNews-1823-20180709 (the Amesbury file, closing group): the man's 45, for her 44
    ("وقالت الشرطة إن الرجل البالغ من العمر 45 عاما والذي دخل المستشفى في اليوم نفسه مثل ستورغيس لا يزال في وضع حرج.",
     Verdict.NOT_MENTIONED),
    ("وقالت الشرطة إن صديقها يبلغ من العمر 45 عاما، وإن ستورغيس توفيت.", Verdict.NOT_MENTIONED),
    # «يبلغ» before «عمرها» agrees with the noun: her own age still denies
    ("توفيت ستورغيس التي يبلغ عمرها 45 عاما.", Verdict.CONTRADICTED),
    # hers, in the feminine or with no word of gender: as before
    ("توفيت ستورغيس (45 عاما) في المستشفى.", Verdict.CONTRADICTED),
    ("وقالت الشرطة إن المرأة البالغة من العمر 44 عاما توفيت، وهي ستورغيس.", Verdict.SUPPORTED),
])
def test_an_age_word_of_the_other_gender_is_another_persons(text: str, expected: Verdict) -> None:
    assert verdict(text, STURGESS) is expected


@pytest.mark.parametrize(("claim", "text", "expected"), [
    # a claim of hers by «يبلغ عمرها» (the verb agrees with «عمر»): his «عمره» is another person's
    (STURGESS.model_copy(update={"says": "كانت دون ستورجيس يبلغ عمرها 44 عاما", "about": ["ستورغيس", "عمرها"]}),
     "وكان الرجل الذي معها عمره 45 عاما، وهو صديق ستورغيس.", Verdict.NOT_MENTIONED),
    # «تبلغ» of a term is no word of age: a claim of a term keeps the spans of time that deny it
    (QuantityClaim(id="term", says="تبلغ مدة سجن المتهم 12 عاما", kind="quantity", about=["السجن", "سجن"], value=12,
                   unit="year"), "وقضى المتهم في السجن لمدة 15 عاما.", Verdict.CONTRADICTED),
    # «تبلغ» before years with no «من العمر» after them is the term's figure, no age
    (EIGHT_MONTHS, "والمدة التي أمضتها عهد في السجن تبلغ 3 سنوات.", Verdict.CONTRADICTED),
    (EIGHT_MONTHS, "ونالت عهد البالغة من العمر 17 عاما في السجن شهادة الثانوية.", Verdict.NOT_MENTIONED),
])
def test_words_that_reach_a_figure_give_an_age_only_with_a_noun_of_age(
        claim: QuantityClaim, text: str, expected: Verdict) -> None:
    assert verdict(text, claim) is expected
