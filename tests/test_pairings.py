"""A mention rival in a sentence that reports another pairing (kinds/pairings.py) is the other instance's.

The sentences are ANT's: FR-sport-194-20180624 in the held-out Belgium–Tunisia file (England–Panama's stadium),
FR-internationalNews-2201-20180706 in the Brazil–Belgium file (France–Uruguay's stadium beside the claim's Kazan)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim, MentionClaim, QuantityClaim
from factcheck.kinds import check
from factcheck.kinds.date import check as check_date
from factcheck.kinds.evidence import Notes
from factcheck.kinds.mention import check as check_mention
from factcheck.kinds.pairings import other_pairings
from factcheck.kinds.quantity import check as check_quantity
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of, claim_of, claims_of

FILE = """\
version: 1
scope:
  all: [[بلجيكا, البلجيكي], [تونس, التونسي, المنتخب التونسي]]
claims:
  - id: venue-spartak
    says: أقيمت المباراة على ملعب سبارتاك في موسكو
    kind: mention
    any: [سبارتاك]
    not: [نجني نوفغورود, سارانسك, لوجنيكي]
    about: [ملعب]
"""

OTHER_MATCH = ("انتهت مغامرة المنتخب التونسي في كأس العالم رسميا ظهر الأحد بعد فوز إنكلترا على بنما بنتيجة 6-1 على "
               "ملعب نجني نوفغورود.")
OWN_MATCH = "فازت بلجيكا على تونس بنتيجة 5-2 على ملعب لوجنيكي في موسكو."


def _venue() -> MentionClaim:
    return claim_of(FILE, MentionClaim)


def test_another_pairings_stadium_denies_nothing() -> None:
    """The sentence names Tunisia (an anchor keeps it), but the match it reports is England's against Panama."""
    assert check(_venue(), analysis_of(OTHER_MATCH)).verdict is Verdict.NOT_MENTIONED
    notes: Notes = {}
    check_mention(_venue(), analysis_of(OTHER_MATCH), notes=notes)
    assert "another pairing" in " ".join(notes.values())


def test_the_events_own_sides_with_another_stadium_still_contradict() -> None:
    found = check(_venue(), analysis_of(OWN_MATCH))
    assert found.verdict is Verdict.CONTRADICTED, found.reason


def test_another_pairing_is_asked_only_of_rivals_every_other_test_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Telling another pairing asks the dictionary of the word after each «على», «مع» of a rival's sentence, some
    milliseconds a word: it is asked last, so a rival no about word takes never costs it (verdicts are the same in
    either order: each test keeps or drops a rival by itself)."""
    asked: list[set[int]] = []

    def spy(analysis: Analysis, sentences: set[int], own: list[str], threshold: float) -> set[int]:
        asked.append(set(sentences))
        return other_pairings(analysis, sentences, own, threshold)

    monkeypatch.setattr("factcheck.kinds.mention.other_pairings", spy)
    # the rival in a sentence with no about word («ملعب»): set aside before any pairing is asked
    unattached = "وتوجه المنتخب التونسي إلى نجني نوفغورود بعد فوز إنكلترا على بنما."
    assert check(_venue(), analysis_of(unattached)).verdict is Verdict.NOT_MENTIONED
    assert asked == []
    assert check(_venue(), analysis_of(OTHER_MATCH)).verdict is Verdict.NOT_MENTIONED
    assert asked == [{0}]


def test_a_side_the_claim_names_is_no_other_pairing() -> None:
    """«على» before one of the claim's own words (its rival, an anchor) says nothing of another event."""
    analysis = analysis_of("وحصل المنتخب على ركلة جزاء بعد مخالفة ضد أغويرو في الدقيقة 64.")
    assert other_pairings(analysis, {0}, ["أغويرو", "الأرجنتين"], 85) == set()
    assert other_pairings(analysis, {0}, ["الأرجنتين"], 85) == {0}  # a name none of them names: another side


def test_without_the_dictionary_no_sentence_is_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name is what the dictionary does not know: without it every word would be one."""
    monkeypatch.setattr("factcheck.kinds.pairings.has_lexicon", lambda: False)
    assert other_pairings(analysis_of(OTHER_MATCH), {0}, ["تونس"], 85) == set()


def test_a_claim_without_about_words_keeps_its_rivals_beside_other_names() -> None:
    """Without about words a rival is not tied to an instance of the event: a pairing of other names in its sentence
    is as often the event's setting (the shipped seed 003: the summit's «المحادثات الثلاثية» beside «بين روسيا
    وأوكرانيا»), so nothing is set aside."""
    bilateral = FILE.replace("    about: [ملعب]\n", "")
    claim = claims_of(bilateral)[0]
    text = ("وبعد المحادثات في ملعب نجني نوفغورود، ركزت تونس وبلجيكا على إنهاء العمليات العسكرية بين روسيا "
            "وأوكرانيا.")
    assert check(claim, analysis_of(text)).verdict is Verdict.CONTRADICTED


def test_a_duty_laid_on_a_name_is_no_pairing() -> None:
    """«على إسرائيل أن تتحمل مسؤولياتها» (the held-out Land Day file): what Israel must do, not a match against it."""
    analysis = analysis_of("وقال زيرهون نائب الأمين العام للأمم المتحدة على إسرائيل أن تتحمل مسؤولياتها.")
    assert other_pairings(analysis, {0}, ["غزة"], 85) == set()
    assert other_pairings(analysis_of("وبعد فوز إنكلترا على بنما قال المدرب إن الفريق جاهز."), {0}, ["غزة"], 85) == {0}


# Russia–Croatia's anchors and own words: the sentences below are ANT's (SK-sport-2074-20180709,
# AL-sport-2283-20180709, BB-sport-263-20180705, SK-sport-2179-20180714, BB-middleEast-553-20180530).
RUSSIA_CROATIA = ["كرواتيا", "الكرواتي", "روسيا", "الروسي", "سوتشي"]


@pytest.mark.parametrize("text", [
    "وتلاقي كرواتيا إنجلترا في نصف النهائي الأربعاء على ملعب لوجنيكي في موسكو.",  # an own side, then another
    "ويلتقي المنتخب البلجيكي نظيره الفرنسي يوم الثلاثاء على ملعب كريستوفسكي في سان بطرسبرغ.",  # a nisba of «بلجيكا»
    "تنطلق مباريات الدور ربع النهائي بمباراة فرنسا وأوروغواي على ملعب نيجني نوفغورود.",  # a match's noun
    "ويلتقي الأحد منتخبا فرنسا وكرواتيا في صدام أوروبي قوي على ملعب لوجينكي بالعاصمة الروسية موسكو.",  # a day first
])
def test_a_verb_of_meeting_between_other_sides_is_another_pairing(text: str) -> None:
    assert other_pairings(analysis_of(text), {0}, RUSSIA_CROATIA, 85) == {0}


@pytest.mark.parametrize("text", [
    "وتلاقي كرواتيا روسيا في سوتشي.",  # the event's own two sides
    "وقال إنه عندما يلتقي نظيره الامريكي، مايك بومبيو، سينسحب المسلحون.",  # an apposition: one side
    "عندما يلتقي مايك بومبيو في واشنطن.",  # a first name and the claim's surname
    "يواجه لاعبو المدرب الفرنسي هيرفي رونار فرضية الخروج المبكر.",  # a person's names, not two sides
    "ويلتقي بوتين وزير الخارجية في موسكو.",  # «وزير» is a word of its own, not «و» and a side
])
def test_one_side_or_the_events_own_is_no_other_pairing(text: str) -> None:
    assert other_pairings(analysis_of(text), {0}, [*RUSSIA_CROATIA, "بومبيو", "بوتين"], 85) == set()


def test_another_matchs_stadium_after_a_verb_of_meeting_denies_nothing() -> None:
    """End to end: the semi-final's Moscow, named after «وتلاقي كرواتيا إنجلترا», is no venue of Russia–Croatia."""
    file = FILE.replace("[[بلجيكا, البلجيكي], [تونس, التونسي, المنتخب التونسي]]", "[[كرواتيا], [روسيا]]").replace(
        "[سبارتاك]", "[سوتشي]").replace("[نجني نوفغورود, سارانسك, لوجنيكي]", "[موسكو, سامارا]")
    claim = claims_of(file)[0]
    other = "وتلاقي كرواتيا إنجلترا في نصف النهائي الأربعاء على ملعب لوجنيكي في موسكو."
    assert check(claim, analysis_of(other)).verdict is Verdict.NOT_MENTIONED
    own = "وتلاقي كرواتيا روسيا على ملعب لوجنيكي في موسكو."
    assert check(claim, analysis_of(own)).verdict is Verdict.CONTRADICTED


def test_the_events_own_side_said_whose_it_is_is_no_other_side() -> None:
    """«على نظيره الإنكليزي ليفربول»: the nisba says whose the claim's side is; a score of the scope's words says no
    one's («على صربيا 2-صفر» is still another side); «الحدود مع» is a border."""
    own = ["ليفربول", "ريال مدريد", "2-صفر"]
    final = "فاز ريال مدريد مساء الأربعاء على نظيره الإنكليزي ليفربول بنتيجة 3-1 في النهائي."
    assert other_pairings(analysis_of(final), {0}, own, 85) == set()
    assert other_pairings(analysis_of(final.replace(" ليفربول", "")), {0}, own, 85) == {0}
    serbia = "وتصدر المنتخب البرازيلي المجموعة بفوزه على صربيا 2-صفر الأربعاء على ملعب سبارتاك."
    assert other_pairings(analysis_of(serbia), {0}, own, 85) == {0}
    border = "وكانت الشرطة الألمانية قد أوقفت بيغديمونت في 26 مارس على الحدود مع الدانمارك."
    assert other_pairings(analysis_of(border), {0}, ["بيغديمونت"], 85) == set()
    assert other_pairings(analysis_of(border.replace("الحدود", "خلافه")), {0}, ["بيغديمونت"], 85) == {0}


DATE_FILE = """\
version: 1
scope:
  all: [[فرنسا, الفرنسي], [بلجيكا, البلجيكي]]
claims:
  - id: semi-final-day
    says: أقيمت مباراة نصف النهائي يوم الثلاثاء 10 يوليو 2018
    kind: date
    about: [فاز, مباراة, نصف النهائي]
    value: "2018-07-10"
"""


def _dated(text: str, published: str) -> Analysis:
    return analysis_of(text, dt.date.fromisoformat(published))


def test_a_date_claim_takes_its_scopes_words_as_anchors() -> None:
    claim = claims_of(DATE_FILE)[0]
    assert isinstance(claim, DateClaim) and claim.anchors == ["فرنسا", "الفرنسي", "بلجيكا", "البلجيكي"]
    assert claims_of(DATE_FILE.replace('    value: "2018-07-10"\n', '    value: "2018-07-10"\n    anchors: []\n'))[
        0].anchors == []  # type: ignore[union-attr]
    from factcheck.claims.lint import claim_problems
    from factcheck.claims.load import parse_claims

    given = DATE_FILE.replace('    value: "2018-07-10"\n', '    value: "2018-07-10"\n    anchors: ["...", فرنسا]\n')
    assert [p.where for p in claim_problems(parse_claims(given, "c.yaml"))] == ["claims[0].anchors"]
    assert claim_problems(parse_claims(DATE_FILE, "c.yaml")) == []  # the scope's words, taken by default


def test_another_pairings_day_denies_no_date_claim() -> None:
    """FR-internationalNews-2265-20180711 (Wednesday 11 July): the other semi-final's Wednesday is no day of France–
    Belgium's; the same sentence of the event's own sides denies."""
    claim = claims_of(DATE_FILE)[0]
    assert isinstance(claim, DateClaim)
    other = ("فاز الأربعاء المنتخب الكرواتي على نظيره الإنكليزي 2-1 في الدور نصف النهائي لكأس العالم في روسيا ليتأهل "
             "إلى النهائي ويلاقي فرنسا الأحد المقبل.")
    found = check(claim, _dated(other, "2018-07-11"))
    assert found.verdict is Verdict.NOT_MENTIONED, found.reason
    notes: Notes = {}
    check_date(claim, _dated(other, "2018-07-11"), notes=notes)
    assert "another pairing" in " ".join(notes.values())
    own = "فاز الأربعاء المنتخب الفرنسي على نظيره البلجيكي 1-0 في الدور نصف النهائي لكأس العالم في روسيا."
    assert check(claim, _dated(own, "2018-07-11")).verdict is Verdict.CONTRADICTED
    unanchored = claims_of(DATE_FILE.replace('    value: "2018-07-10"\n', '    value: "2018-07-10"\n    anchors: []\n'))[0]
    assert check(unanchored, _dated(other, "2018-07-11")).verdict is Verdict.CONTRADICTED  # as before anchors


def test_between_the_claims_own_side_and_another_is_its_own_pairing() -> None:
    """The shipped seed 003: «العمليات العسكرية بين روسيا وأوكرانيا التي بدأت في 2022» for a claim that names Ukraine
    is the war's own two sides (the seed perturbation test caught its year set aside); between two other sides it is
    another pairing."""
    text = "ركزت المحادثات على إنهاء العمليات العسكرية بين روسيا وأوكرانيا التي بدأت في 2022."
    assert other_pairings(analysis_of(text), {0}, ["ترامب", "أوكرانيا"], 85) == set()
    assert other_pairings(analysis_of(text), {0}, ["ترامب", "الحرب"], 85) == {0}


QUANTITY_FILE = """\
version: 1
scope:
  all: [صلاح]
  any: [جائزة أفضل لاعب]
claims:
  - id: league-goals-31
    says: كان صلاح يتصدر هدافي الدوري الإنجليزي الممتاز برصيد 31 هدفا عند تتويجه بالجائزة
    kind: quantity
    about: [هدفا, أهداف, الأهداف, هدافي, الهدافين, برصيد, سجل, أحرز]
    near: [هدافي, الهدافين, برصيد, سجل, أحرز]
    value: 31
    unit: count
"""


def test_another_pairings_figure_denies_no_quantity_claim() -> None:
    """BB-sport-125-20180424: Salah's 41 goals of his season «مع ليفربول», in every competition, beside a claim of his
    league goals: a side none of the event's words names; the claim's own sides' figure still denies."""
    claim = claims_of(QUANTITY_FILE)[0]
    assert isinstance(claim, QuantityClaim) and claim.anchors == ["صلاح", "جائزة أفضل لاعب"]
    season = ("ويقدم صلاح موسما استثنائيا مع ليفربول، سجل خلاله 41 هدفا في 46 مباراة حتى الآن، وفاز بجائزة أفضل لاعب في "
              "الدوري الإنجليزي الممتاز، والتي تقدمها رابطة اللاعبين المحترفين في انجلترا.")
    assert check(claim, analysis_of(season)).verdict is Verdict.NOT_MENTIONED
    notes: Notes = {}
    check_quantity(claim, analysis_of(season), notes=notes)
    assert "another pairing" in " ".join(notes.values())
    liverpool = claims_of(QUANTITY_FILE.replace("    unit: count\n", "    unit: count\n    anchors: [صلاح, ليفربول]\n"))[0]
    assert check(liverpool, analysis_of(season)).verdict is Verdict.CONTRADICTED  # a side of the event's: its figure
    unanchored = claims_of(QUANTITY_FILE.replace("    unit: count\n", "    unit: count\n    anchors: []\n"))[0]
    assert check(unanchored, analysis_of(season)).verdict is Verdict.CONTRADICTED  # as before anchors


@pytest.mark.parametrize("text", [
    'وقال الطيبي إن عباس يعاني من "التهاب رئوي"، مضيفا في تغريدة على تويتر "أعتقد أن الرئيس عباس سيبقى في المشفى".',  # a medium
    "اتفاقية بين أرامكو وتوتال لإنشاء مجمع بالشراكة مع ساتورب.",  # a partner
])
def test_a_medium_or_a_partner_is_no_other_side(text: str) -> None:
    assert other_pairings(analysis_of(text), {0}, ["عباس", "أرامكو", "توتال"], 85) == set()
