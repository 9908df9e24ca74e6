"""mention ``not`` rivals count only in the clause of an ``about`` word and attached to it (contract §1, issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import MentionClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.mention import RIVAL_REACH, check, clauses
from factcheck.kinds.rival_cues import far_dates
from factcheck.verdicts import Verdict

from .conftest import analysis_of as analysis
from .conftest import seed_text


def verdict_of(claim: MentionClaim, text: str, published: dt.date) -> Verdict:
    """The claim's verdict on a one-sentence article of that day."""
    return check(claim, Analysis(Document.from_source(Source("s", "s.txt", text, published=published)))).verdict




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


FINAL_VENUE = MentionClaim.model_validate({
    "id": "venue", "says": "أقيمت المباراة النهائية على ملعب لوجنيكي في موسكو", "kind": "mention",
    "any": ["لوجنيكي", "موسكو"], "not": ["سان بطرسبرغ", "ستاد دو فرانس"],
    "about": ["النهائي", "المباراة النهائية", "المباراة", "ملعب", "أقيمت"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-internationalNews-2322-20180715 (the World Cup final): the semi-final's city
    ("وبعد فوزه على بلجيكا 1-صفر في سان بطرسبرغ في نصف النهائي، نجح ديشان في بلوغ النهائي.", Verdict.NOT_MENTIONED),
    ("وتقام مباراة تحديد المركز الثالث في سان بطرسبرغ.", Verdict.NOT_MENTIONED),
    # SK-sport-2239-20180717: one of the host cities
    ("وأقيمت مبارياته في 11 مدينة روسية من بينها سان بطرسبرغ.", Verdict.NOT_MENTIONED),
    # FR-internationalNews-2315-20180715 and 2322: the 1998 final, by its year, its anniversary, a span of years
    ("ونشرت الصحيفة صورة لديشان وهو يرفع كأس 1998 على ملعب ستاد دو فرانس.", Verdict.NOT_MENTIONED),
    ("بعد ثلاثة أيام من إحياء فرنسا الذكرى العشرين لرفعه كأس العالم على ملعب ستاد دو فرانس.", Verdict.NOT_MENTIONED),
    ("قبل أن يرفع الكأس بعدها بأربع سنوات في المباراة النهائية على ملعب ستاد دو فرانس.", Verdict.NOT_MENTIONED),
    # the claim's own final: the rival denies it, whatever the article's year or the claim's own round
    ("وأقيمت المباراة النهائية في سان بطرسبرغ.", Verdict.CONTRADICTED),
    ("وأقيمت المباراة النهائية لمونديال 2018 على ملعب ستاد دو فرانس.", Verdict.CONTRADICTED),
    ("وأقيم النهائي في سان بطرسبرغ بعد فوز فرنسا في نصف النهائي على بلجيكا.", Verdict.CONTRADICTED),
])
def test_a_rival_of_another_round_time_or_of_several_does_not_count(text: str, verdict: Verdict) -> None:
    assert verdict_of(FINAL_VENUE, text, dt.date(2018, 7, 16)) is verdict


def test_a_year_the_claim_says_is_its_own() -> None:
    c = FINAL_VENUE.model_copy(update={"says": "أقيمت المباراة النهائية لمونديال 1998 على ملعب لوجنيكي"})
    source = Source("s", "s.txt", "ورفع ديشان كأس 1998 على ملعب ستاد دو فرانس.", published=dt.date(2018, 7, 16))
    assert check(c, Analysis(Document.from_source(source))).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-sport-2198-20180715 and BB-sport-286-20180716: candidates for the award, not its winner
    ("ومن أبرز المرشحين للظفر بالكرة الذهبية قائد المنتخب الكرواتي لوكا مودريتش، والفرنسيان كيليان مبابي ونغولو كانتي.",
     Verdict.SUPPORTED),
    ("ويتوقع فرديناند أن ينافس مبابي بقوة على جائزة الكرة الذهبية لأعوام قادمة.", Verdict.NOT_MENTIONED),
    # AL-sport-2367-20180715: each winner with his award; Mbappé's, right after him, is of another role
    ("وتوج لوكا مودريتش بجائزة الكرة الذهبية كأفضل لاعب في نهائيات كأس العالم والفرنسي كيليان مبابي، بلقب أفضل لاعب "
     "صاعد في البطولة.", Verdict.SUPPORTED),
    # a competitor named after both the award and its winner: the rival still won it
    ("واختير مبابي أفضل لاعب في البطولة متقدما على منافسه غريزمان.", Verdict.CONTRADICTED),
    ("وتوج مبابي بجائزة الكرة الذهبية كأفضل لاعب، وغريزمان بلقب الهداف.", Verdict.CONTRADICTED),
])
def test_a_candidate_or_the_winner_of_another_award_does_not_count(text: str, verdict: Verdict) -> None:
    assert check(BEST, analysis(text)).verdict is verdict


CATEGORY = MentionClaim.model_validate({
    "id": "category", "says": "كان الإعصار مايكل من الدرجة الرابعة عندما وصل إلى اليابسة في فلوريدا", "kind": "mention",
    "any": ["الدرجة الرابعة", "الفئة الرابعة"], "not": ["الدرجة الثالثة", "الفئة الثالثة"],
    "about": ["إعصار", "الإعصار", "اليابسة"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-3363 and SK-3370 (Michael): a forecast of the category, not the category it reached
    ("وتوقع خبراء الأرصاد أن تصنيف الإعصار ربما يصل إلى الفئة الثالثة بحلول مساء الثلاثاء.", Verdict.NOT_MENTIONED),
    ("ومايكل هو حاليا إعصار من الدرجة الأولى، لكن خبراء الأرصاد توقعوا بأن يشتد لدى بلوغه اليابسة إلى الفئة الثالثة.",
     Verdict.NOT_MENTIONED),
    ("ووصل الإعصار إلى اليابسة من الفئة الثالثة.", Verdict.CONTRADICTED),
    # the forecast word after the rival says nothing of it
    ("ووصل الإعصار إلى اليابسة من الفئة الثالثة كما توقع الخبراء.", Verdict.CONTRADICTED),
    # what is scheduled is a forecast too («ومن المقرر أن يمثل زوكربرغ ...», SK-technology-374-20180409)
    ("ومن المقرر أن يصل الإعصار إلى اليابسة من الفئة الثالثة.", Verdict.NOT_MENTIONED),
])
def test_a_rival_forecast_is_not_the_outcome(text: str, verdict: Verdict) -> None:
    assert check(CATEGORY, analysis(text)).verdict is verdict


def test_a_rival_named_under_a_year_long_past_is_an_earlier_events() -> None:
    """BB-middleEast-4-20180218 on the Aseman crash: «2014» on its own line, then Sepahan's crash: that airline is
    no rival of the claim's; the same name outside the timeline still denies it."""
    import datetime as dt

    from factcheck.analysis import Analysis
    from factcheck.claims.model import MentionClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.mention import check
    from factcheck.verdicts import Verdict

    claim = MentionClaim(id="a", says="الطائرة تابعة لشركة آسمان", kind="mention", any=["آسمان"], **{"not": ["سيباهان"]})

    def verdict(text: str) -> Verdict:
        return check(claim, Analysis(Document.from_source(Source("t", "t.txt", text, None, dt.date(2018, 2, 18))))).verdict

    timeline = ("وتحطمت الطائرة التابعة لشركة آسمان.\n2014\nأغسطس/ آب: تحطم طائرة من طراز أنتونوف تابعة لشركة "
                "سيباهان، ومقتل 39 راكبا.")
    assert verdict(timeline) is Verdict.SUPPORTED
    assert verdict(timeline.replace("\n2014\n", "\n")) is Verdict.CONTRADICTED


STRIKE_PROVINCE = MentionClaim.model_validate({
    "id": "saada", "says": "وقعت الغارة في سوق ضحيان بمحافظة صعدة في شمال اليمن", "kind": "mention",
    "any": ["صعدة"], "not": ["الحديدة", "عمران"],
    "about": ["ضحيان", "الغارة", "غارة", "القصف", "قصف", "الهجوم", "هجوم", "حافلة", "الحافلة"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-internationalNews-2657-20180810 and FR-internationalNews-2630-20180809 (the Dahyan school bus strike):
    # last week's strikes on another city, in the rival's clause or heading the sentence as a clause of its own
    ("وقتل الأسبوع الماضي 55 مدنيا وأصيب 170 آخرون بجروح في قصف استهدف مدينة الحديدة، بحسب حصيلة للصليب الأحمر.",
     Verdict.NOT_MENTIONED),
    ("والأسبوع الماضي، قتل 55 مدنيا وأصيب 170 بجروح في أعمال قصف في مدينة الحديدة في حصيلة للصليب الأحمر.",
     Verdict.NOT_MENTIONED),
    ("وفي الشهر الماضي استهدف قصف مدينة الحديدة.", Verdict.NOT_MENTIONED),
    # without the week gone, the strike is the claim's; a week gone in a later clause dates only that clause
    ("وقتل 55 مدنيا وأصيب 170 آخرون بجروح في قصف استهدف مدينة الحديدة، بحسب حصيلة للصليب الأحمر.",
     Verdict.CONTRADICTED),
    ("واستهدف القصف مدينة الحديدة، وقال التحالف إنه فتح تحقيقا الأسبوع الماضي.", Verdict.CONTRADICTED),
    # ... and a year gone (BB-internationalNews-934-20180805: «مثلما حدث العام الماضي في الهجوم بطائرة هليكوبتر»)
    ("ومثلما حدث العام الماضي استهدف قصف مدينة الحديدة.", Verdict.NOT_MENTIONED),
])
def test_a_rival_of_a_week_or_month_gone_does_not_count(text: str, verdict: Verdict) -> None:
    assert verdict_of(STRIKE_PROVINCE, text, dt.date(2018, 8, 10)) is verdict


S200 = MentionClaim.model_validate({  # examples/il20-downing-2018.yaml
    "id": "il20-s200", "kind": "mention", "says": "أسقطت الطائرة بصاروخ من منظومة الدفاع الجوي السورية إس-200",
    "any": ["إس-200", "S-200"], "not": ["إس-300", "S 300", "S-300"], "about": ["أسقطت", "أسقط", "بنيران"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # CN-internationalNews-649-20181004: the S-300 is talked of more since the downing, not the downing's missile
    ('الحديث عن نظام "S 300" ازداد في الآونة الأخيرة، خاصة بعد حادثة إسقاط طائرة "إيل 20" الروسية.',
     Verdict.NOT_MENTIONED),
    ("وسلمت روسيا منظومة إس-300 إلى سوريا عقب إسقاط الطائرة.", Verdict.NOT_MENTIONED),
    # the rival after the about word, in the anchored phrase, or with no anchor: the downing's missile
    ("بعد إسقاط الطائرة بصاروخ إس-300.", Verdict.CONTRADICTED),
    ("وأسقطت الطائرة بصاروخ إس-300 سوري.", Verdict.CONTRADICTED),
])
def test_a_rival_placed_in_time_by_the_about_word_is_not_its_answer(text: str, verdict: Verdict) -> None:
    assert verdict_of(S200, text, dt.date(2018, 10, 4)) is verdict


def test_a_rival_in_a_hashtag_is_a_slogan_not_a_statement() -> None:
    """FR-internationalNews-2007-20180625 (Saudi women driving): «#شكرا_الأمير_محمد_بن_سلمان» thanks the crown
    prince; it does not say he issued the king's order."""
    from factcheck.analysis import Analysis
    from factcheck.claims.model import MentionClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.mention import check
    from factcheck.verdicts import Verdict

    claim = MentionClaim.model_validate({
        "id": "o", "kind": "mention", "says": "أصدر العاهل السعودي الملك سلمان الأمر الملكي الذي سمح للمرأة بقيادة السيارة",
        "any": ["الملك سلمان", "أمر ملكي"], "not": ["محمد بن سلمان", "ولي العهد"], "about": ["أمر", "قرار", "القرار"]})

    def verdict(text: str) -> Verdict:
        return check(claim, Analysis(Document.from_source(Source("t", "t.txt", text, None, None)))).verdict

    text = ("هاشتاغات #المرأة_السعودية_تقود_السيارة و#شكرا_الأمير_محمد_بن_سلمان كانت من أكثرها تداولا على تويتر بعد "
            "دخول القرار حيز التنفيذ.")
    assert verdict(text) is Verdict.NOT_MENTIONED
    assert verdict("وأصدر ولي العهد الأمير محمد بن سلمان القرار.") is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "expected"), [
    # AL-internationalNews-1350-20180527, FR-internationalNews-1487-20180528, FR-internationalNews-1560-20180531
    # (the Conte government): Savona was insisted on, named and vetoed, never appointed
    ("وتواجه مساعي تشكيل الحكومة صعوبات بسبب إصرار رابطة الشمال على تعيين الخبير الاقتصادي باولو سافونا في منصب "
     "وزير الاقتصاد.", "not_mentioned"),
    ("وأكد ماتاريلا أن الحزبين بتسميتهما باولو سافونا وزيرا للاقتصاد نسفا تكليف كونتي.", "not_mentioned"),
    ("وتولى باولو سافونا منصب وزير الاقتصاد في الحكومة الجديدة.", "contradicted"),
])
def test_a_nominated_or_vetoed_rival_is_no_appointee(text: str, expected: str) -> None:
    from factcheck.analysis import Analysis
    from factcheck.claims.model import MentionClaim
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.kinds.mention import check

    claim = MentionClaim.model_validate({
        "id": "t", "kind": "mention", "says": "عين جوفاني تريا وزيرا للاقتصاد في حكومة كونتي",
        "any": ["تريا"], "not": ["سافونا"], "about": ["وزير الاقتصاد", "وزيرا للاقتصاد", "الاقتصاد"]})
    found = check(claim, Analysis(Document.from_source(Source("t", "t.txt", text, None, None))))
    assert found.verdict.value == expected


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-internationalNews-3001-20180814 (Turkish lira): Izmir is where he is held, Ankara the embassy's city
    ("قال الوزير إن القائم بأعمال السفارة الأميركية في أنقرة سيقوم بزيارة القس الأميركي أندرو برانسون المحتجز تحت "
     "الإقامة الجبرية في مدينة إزمير.", Verdict.SUPPORTED),
    # ... without the claim's own name beside the about word, the rival still states it
    ("قال الوزير إن القائم بأعمال السفارة الأميركية سيقوم بزيارة القس المحتجز تحت الإقامة الجبرية في أنقرة.",
     Verdict.CONTRADICTED),
    # ... and the claim's name farther from the about word than the rival gives way to it
    ("وكان القس قد عاش في إزمير، وهو الآن المحتجز تحت الإقامة الجبرية في أنقرة.", Verdict.CONTRADICTED),
])
def test_the_claims_own_name_nearer_to_the_about_word_keeps_a_rival_from_it(text: str, verdict: Verdict) -> None:
    held = claim(says="يحتجز القس برانسون تحت الإقامة الجبرية في إزمير", any=["إزمير", "ازمير"],
                 **{"not": ["أنقرة", "انقرة"]}, about=["الإقامة الجبرية", "المحتجز"])
    assert check(held, analysis(text)).verdict is verdict


def test_a_rival_listed_with_the_claims_name_is_still_stated() -> None:
    """Seed 002: «ضم الوفد ... لافروف، ووزير الدفاع أندريه بيلوسوف» puts the defence minister in the delegation too,
    though Lavrov stands nearer to «الوفد»; a preposition inside the rival's title makes no phrase of its own."""
    only = claim(says="ضم الوفد الروسي لافروف وحده", any=["لافروف"], **{"not": ["بيلوسوف"]}, about=["الوفد"])
    text = "ضم الوفد الروسي وزير الخارجية سيرغي لافروف، ووزير الدفاع أندريه بيلوسوف."
    assert check(only, analysis(text)).verdict is Verdict.CONTRADICTED
    text = "ضم الوفد الروسي وزير الخارجية سيرغي لافروف، ووزير الدفاع في الحكومة أندريه بيلوسوف."
    assert check(only, analysis(text)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "expected"), [
    # FR-internationalNews-1108-20180506 (the Lebanese elections): the majoritarian system is what it changed from
    ("وجرت الانتخابات وفقا لقانون جديد، فيه تحول من نظام الأكثرية إلى النظام النسبي.", Verdict.SUPPORTED),
    # «من» before the rival with no «إلى» and the claim's name after it: the rival is stated
    ("وجرت الانتخابات وفقا لقانون مستمد من نظام الأكثرية.", Verdict.CONTRADICTED),
    ("وجرت الانتخابات وفقا لنظام الأكثرية.", Verdict.CONTRADICTED),
])
def test_a_rival_something_changed_from_is_the_old_one(text: str, expected: Verdict) -> None:
    law = claim(says="جرت الانتخابات وفق قانون جديد يعتمد النظام النسبي", any=["النظام النسبي"],
                **{"not": ["نظام الأكثرية"]}, about=["الانتخابات", "قانون"])
    assert check(law, analysis(text)).verdict is expected


ARRIVAL = MentionClaim.model_validate({
    "id": "lahore", "says": "وصل نواز شريف وابنته إلى لاهور", "kind": "mention", "any": ["لاهور"],
    "not": ["إسلام آباد", "راولبندي"], "about": ["وصل", "وصلا", "وصوله", "هبطت", "الطائرة", "مطار"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-internationalNews-2289-20180714: a time clause after a comma opens a clause of its own, whatever the
    # dictionary calls its first word: the transfer is Islamabad's, the arrival Lahore's
    ("اعتقلت السلطات شريف وابنته مريم ونقلتهما إلى إسلام آباد، بعدما كانا وصلا جوا إلى لاهور، وفق البيان.",
     Verdict.SUPPORTED),
    ("ونقلتهما إلى إسلام آباد، بعد أن وصلا إلى لاهور.", Verdict.SUPPORTED),
    # the same place in the arrival's own clause still denies it
    ("وصلا جوا إلى إسلام آباد، وفق البيان.", Verdict.CONTRADICTED),
])
def test_a_time_clause_after_a_comma_is_a_clause_of_its_own(text: str, verdict: Verdict) -> None:
    assert check(ARRIVAL, analysis(text)).verdict is verdict


MOTION = MentionClaim.model_validate({
    "id": "sanchez-motion-by-socialists", "says": "قدم الحزب الاشتراكي مذكرة حجب الثقة عن حكومة راخوي",
    "kind": "mention", "any": ["الحزب الاشتراكي", "الاشتراكيون"], "not": ["الحزب الشعبي", "بوديموس"],
    "about": ["قدم", "قدمه", "مذكرة", "اقتراح"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-internationalNews-1551-20180531 (the Sánchez file, held out, after its first run): «غداة» (the day after)
    # opens the clause of another event, whose party is no rival of the motion's
    ("وقدم الحزب الاشتراكي الجمعة هذه المذكرة للبرلمان، غداة إعلان إدانة الحزب الشعبي في قضية فساد.",
     Verdict.SUPPORTED),
    ("وقدم الحزب الاشتراكي المذكرة عشية تصويت الحزب الشعبي على الميزانية.", Verdict.SUPPORTED),
    # the rival in the motion's own clause still denies
    ("وقدم الحزب الشعبي الجمعة هذه المذكرة للبرلمان.", Verdict.CONTRADICTED),
])
def test_the_day_after_or_the_eve_of_another_event_is_a_clause_of_its_own(text: str, verdict: Verdict) -> None:
    assert check(MOTION, analysis(text)).verdict is verdict


TARGET = MentionClaim.model_validate({
    "id": "hamdallah-target-prime-minister", "says": "استهدف الانفجار موكب رئيس الوزراء الفلسطيني رامي الحمد الله",
    "kind": "mention", "any": ["رئيس الوزراء"], "not": ["الرئيس الفلسطيني"],
    "about": ["الاعتداء", "استهداف", "الهجوم", "موكب", "اغتيال"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-middleEast-405-20180319 (the Hamdallah file, held out, after its first run): the president set off by
    # commas is no item listed with the prime minister, whose name stands nearer the attack
    ("حمل الرئيس الفلسطيني، محمود عباس، حركة حماس مسؤولية الهجوم على موكب رئيس الوزراء رامي الحمد الله في غزة.",
     Verdict.SUPPORTED),
    # ... and the president who speaks of the attempt is not its target
    ('وقال الرئيس الفلسطيني إنه "لو نجحت عملية اغتيال الحمد الله وفرج، لكانت نتائجها كارثية".', Verdict.NOT_MENTIONED),
    # an enumeration's next item carries «و»: still listed, still a rival
    ("استهدف الهجوم موكب الرئيس الفلسطيني، محمود عباس، ووزرائه.", Verdict.CONTRADICTED),
    ("استهدف الهجوم موكب الرئيس الفلسطيني.", Verdict.CONTRADICTED),
])
def test_a_speaker_or_a_name_in_commas_is_no_rival_of_the_attack(text: str, verdict: Verdict) -> None:
    assert check(TARGET, analysis(text)).verdict is verdict


TOWN = MentionClaim(id="dapchi-town", kind="mention", says="خطفت التلميذات من مدرسة في بلدة دابتشي",
                    any=["دابتشي", "دابشي"], not_=["تشيبوك", "شيبوك"], about=["اختطفت", "خطفت", "اختطاف"])


@pytest.mark.parametrize(("text", "verdict"), [
    # AL-internationalNews-172-20180223, SK-internationalNews-495-20180321 (the held-out Dapchi file): Chibok's
    # abduction of 2014, placed by a span of years before or a heading year
    ("اختطف المسلحون التلميذات من مدرسة في دابتشي. وكانت بوكو حرام قد روعت العالم عندما اختطفت 276 فتاة من مدرسة "
     "داخلية في تشيبوك قبل نحو 4 سنوات.", Verdict.SUPPORTED),
    ("يذكر أنه في عام 2014، خطفت الجماعة 276 تلميذة من مدرسة بمدينة شيبوك.", Verdict.NOT_MENTIONED),
    ("واختطفت الجماعة التلميذات من مدرسة في تشيبوك.", Verdict.CONTRADICTED),  # no other time
])
def test_a_rival_placed_at_another_time_is_another_events(text: str, verdict: Verdict) -> None:
    source = Source("t", "t.txt", text, None, dt.date(2018, 2, 23))
    assert check(TOWN, Analysis(Document.from_source(source))).verdict is verdict


MINA = MentionClaim.model_validate({
    "id": "hajj-mina", "says": "توجه الحجاج إلى مشعر منى في يوم التروية", "kind": "mention", "any": ["منى", "مشعر منى"],
    "not": ["عرفات", "مزدلفة"], "about": ["يوم التروية", "التروية", "الثامن"],
})
KINGS_ORDER = MentionClaim.model_validate({
    "id": "order", "says": "أصدر الملك سلمان الأمر الملكي الذي سمح للمرأة بقيادة السيارة", "kind": "mention",
    "any": ["الملك سلمان", "أمر ملكي"], "not": ["ولي العهد"], "about": ["أمر", "قرار", "أصدر"],
})


NEXT_OPPONENT = MentionClaim.model_validate({
    "id": "next", "says": "تأهلت إسبانيا لمواجهة روسيا البلد المضيف في ثمن النهائي", "kind": "mention",
    "any": ["روسيا"], "not": ["الأوروغواي", "البرتغال"], "about": ["ثمن النهائي", "لمواجهة"],
})


@pytest.mark.parametrize(("claim_", "text", "verdict"), [
    # FR-internationalNews-2014-20180625 (the Morocco–Spain match, held out): Russia described by its own defeat
    # «أمام الأوروغواي»: Uruguay is in a phrase of its own, no second opponent listed with Russia
    (NEXT_OPPONENT, "تأهلت إسبانيا بذلك إلى الدور المقبل، ثمن النهائي، وفي الصدارة لمواجهة منتخب البلد المضيف روسيا، "
                    "صاحب المركز الثاني في مجموعته الأولى بعد نكسته ظهر الاثنين أمام الأوروغواي صفر-3.",
     Verdict.SUPPORTED),
    (NEXT_OPPONENT, "تأهلت إسبانيا بذلك إلى ثمن النهائي لمواجهة منتخب روسيا، والأوروغواي.", Verdict.CONTRADICTED),
    # CN-middleEast-1253-20180818: Mina on the eighth, then Arafat on the ninth, each in a phrase of its own
    (MINA, "وتقتضي المهمة في الثامن من ذي الحجة تمكين الحجاج للتحرك من مكة المكرمة إلى منى، والتوجه في التاسع إلى "
           "مشعر عرفات للوقوف بعرفة.", Verdict.SUPPORTED),
    # ... a rival listed with the name, in no phrase of its own, is still stated
    (MINA, "وتقتضي المهمة في الثامن من ذي الحجة تمكين الحجاج للتحرك من مكة المكرمة إلى منى، وعرفات.",
     Verdict.CONTRADICTED),
    # FR-internationalNews-1998-20180624: the king's order, the crown prince's reforms
    (KINGS_ORDER, "وهذه الخطوة، التي صدر بها أمر ملكي من العاهل السعودي الملك سلمان بن عبد العزيز في أيلول الماضي، "
                  "تأتي في إطار إصلاحات واسعة النطاق يقودها ولي العهد الأمير محمد بن سلمان.", Verdict.SUPPORTED),
])
def test_a_rival_in_a_phrase_of_its_own_is_no_name_listed_with_the_claims(
        claim_: MentionClaim, text: str, verdict: Verdict) -> None:
    assert check(claim_, analysis(text)).verdict is verdict


DESIGNATE = MentionClaim.model_validate({
    "id": "designate", "says": "كلف الرئيس برهم صالح عادل عبد المهدي بتشكيل الحكومة", "kind": "mention",
    "any": ["عادل عبد المهدي", "عبد المهدي"], "not": ["حيدر العبادي", "العبادي"], "about": ["تكليف", "تكليفه", "كلف"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # BB-middleEast-1045-20181003 (the Barham Salih file, held out): Abadi is the one he succeeds
    ("أعلن الرئيس العراقي الجديد، برهم صالح، تكليفه السياسي العراقي، عادل عبد المهدي، بتشكيل الحكومة الجديدة ليخلف "
     "رئيس الوزراء السابق، حيدر العبادي.", Verdict.SUPPORTED),
    ("وأعلن الرئيس تكليفه حيدر العبادي بتشكيل الحكومة الجديدة خلفا لعادل عبد المهدي.", Verdict.CONTRADICTED),
    ("وأعلن الرئيس تكليفه حيدر العبادي بتشكيل الحكومة الجديدة.", Verdict.CONTRADICTED),
    # «تخلف عن» is "failed to attend": no word of succession (a review)
    ("وتخلف حيدر العبادي عن جلسة تكليفه بتشكيل الحكومة.", Verdict.CONTRADICTED),
])
def test_a_rival_after_a_word_of_succession_is_the_predecessor(text: str, verdict: Verdict) -> None:
    assert check(DESIGNATE, analysis(text)).verdict is verdict


COACH = MentionClaim.model_validate({
    "id": "coach", "says": "قاد فرناندو هييرو المنتخب الإسباني في المباراة مدربا", "kind": "mention",
    "any": ["هييرو"], "not": ["لوبيتيغي", "لوبيتيجي"], "about": ["المدرب", "مدربها", "المدير الفني"],
})
SACKED = MentionClaim.model_validate({
    "id": "sacked", "says": "أقال الاتحاد الإسباني المدرب جولن لوبيتيغي", "kind": "mention",
    "any": ["لوبيتيغي"], "not": ["هييرو"], "about": ["المدرب", "مدربها"],
})


@pytest.mark.parametrize(("claim_", "text", "verdict"), [
    # AL-sport-1984-20180615, SK-sport-1677-20180616 (the Portugal–Spain file, held out): the coach dismissed is the
    # one before the claim's
    (COACH, "وقرر الاتحاد الإسباني يوم الأربعاء الماضي إقالة المدرب جولين لوبيتيجي بعد إعلان ريال مدريد تعاقده معه.",
     Verdict.NOT_MENTIONED),
    (COACH, "وأشاد بيكيه بالروح القتالية لمنتخب بلاده، بعد أسبوع فوضوي شهد إقالة المدرب يولن لوبيتيغي.",
     Verdict.NOT_MENTIONED),
    (COACH, "وقاد المدرب جولين لوبيتيجي المنتخب الإسباني في المباراة.", Verdict.CONTRADICTED),
    # a claim about whom they dismissed: another dismissed is a denial
    (SACKED, "وقرر الاتحاد الإسباني إقالة المدرب فرناندو هييرو.", Verdict.CONTRADICTED),
])
def test_a_rival_dismissed_is_the_holder_before_the_claims(claim_: MentionClaim, text: str, verdict: Verdict) -> None:
    assert check(claim_, analysis(text)).verdict is verdict


CHARGED = MentionClaim.model_validate({
    "id": "sisi-madbouly-charged", "says": "كلف السيسي وزير الإسكان مصطفى مدبولي بتشكيل الحكومة الجديدة خلفا لشريف إسماعيل",
    "kind": "mention", "any": ["مدبولي", "مصطفى مدبولي"], "not": ["شريف إسماعيل", "إبراهيم محلب"],
    "about": ["كلف", "تكليف", "بتكليف", "بتشكيل"],
})
SUCCEEDED = MentionClaim.model_validate({
    "id": "predecessor", "says": "كلف الرئيس برهم صالح عادل عبد المهدي بتشكيل الحكومة خلفا لحيدر العبادي",
    "kind": "mention", "any": ["حيدر العبادي", "العبادي"], "not": ["نوري المالكي"], "about": ["خلفا", "سلفه"],
})


@pytest.mark.parametrize(("claim_", "text", "verdict"), [
    # BB-middleEast-598-20180607 (the Sisi file, held out, after its first run): the claim says whom Madbouly
    # succeeds, and the article too; the successor is still the claim's name
    (CHARGED, "وقد كلفه الرئيس المصري، عبد الفتاح السيسي، بتشكيل الحكومة الجديدة خلفا لشريف إسماعيل الذي تقدم "
              "باستقالته.", Verdict.NOT_MENTIONED),
    (CHARGED, "وكلف السيسي شريف إسماعيل بتشكيل الحكومة الجديدة.", Verdict.CONTRADICTED),
    # a claim whose own name is the predecessor: another predecessor after the word denies it
    (SUCCEEDED, "وكلف الرئيس عادل عبد المهدي بتشكيل الحكومة خلفا لنوري المالكي.", Verdict.CONTRADICTED),
])
def test_a_rival_after_succession_is_the_predecessor_of_the_successor_the_claim_names(
        claim_: MentionClaim, text: str, verdict: Verdict) -> None:
    assert check(claim_, analysis(text)).verdict is verdict


BACKER = MentionClaim.model_validate({
    "id": "backer", "says": "تركيا هي الداعم للمعارضة السورية بين الدول الثلاث", "kind": "mention",
    "any": ["تركيا"], "not": ["إيران", "روسيا"], "about": ["الداعم"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-middleEast-3581-20180908 (the Tehran summit, held out): the about word after the list is said of its last
    # item, the claim's Turkey, not of Iran listed before it
    ("تأتي هذه الغارات بعد يوم من قمة عقدت في طهران، وجمعت رؤساء إيران، حسن روحاني، وروسيا، فلاديمير بوتن، حليفي "
     "دمشق، وتركيا، رجب طيب أردوغان، الداعم للمعارضة.", Verdict.SUPPORTED),
    # the rival last, nearest the about word after the list: it is the rival's
    ("وجمعت القمة رؤساء تركيا، رجب طيب أردوغان، وإيران، حسن روحاني، الداعم للحكومة.", Verdict.CONTRADICTED),
])
def test_an_about_word_after_a_list_is_said_of_its_last_item(text: str, verdict: Verdict) -> None:
    assert check(BACKER, analysis(text)).verdict is verdict


FIRST = MentionClaim.model_validate({
    "id": "first", "says": "تصدر تحالف سائرون بزعامة مقتدى الصدر نتائج الانتخابات البرلمانية", "kind": "mention",
    "any": ["سائرون"], "not": ["الفتح", "النصر"], "about": ["فوز", "الفائز", "المرتبة الأولى", "تصدر"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-internationalNews-1743-20180610 (the Baghdad ballot-box fire, held out): al-Fatah is who Sairoon came ahead of
    ("وفاجأ ائتلاف \"سائرون\" الذي يدعمه الزعيم الشيعي الشعبوي مقتدى الصدر، الجميع بحصوله على المرتبة الأولى بين "
     "الفائزين في الانتخابات، متقدما على ائتلاف \"الفتح\" الممثل خصوصا بقادة من الحشد الشعبي.", Verdict.SUPPORTED),
    ("وحصل ائتلاف الفتح على المرتبة الأولى في الانتخابات.", Verdict.CONTRADICTED),
])
def test_a_rival_the_answer_came_ahead_of_is_ranked_behind_it(text: str, verdict: Verdict) -> None:
    assert check(FIRST, analysis(text)).verdict is verdict


BOYCOTT = MentionClaim.model_validate({
    "id": "boycott", "says": "قاطعت حركة حماس والجبهة الشعبية لتحرير فلسطين دورة المجلس الوطني", "kind": "mention",
    "any": ["الجبهة الشعبية"], "not": ["فتح", "حركة فتح"], "about": ["قاطعت", "ستقاطع", "مقاطعة"],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # FR-internationalNews-1008-20180430 (the National Council session, held out): «، التي» opens a clause on the
    # Popular Front; Fatah, in it, is no second boycotter listed
    ("وقالت ثلاثة من فصائل منظمة التحرير إنها ستقاطع اجتماعات المجلس المؤلف من 700 عضو ومن بينها \"الجبهة الشعبية "
     "لتحرير فلسطين\"، التي طالبت بتأجيل الاجتماعات لإتاحة مزيد من الوقت لجهود المصالحة بين فتح وحماس.",
     Verdict.SUPPORTED),
    ("وقالت فصائل إنها ستقاطع اجتماعات المجلس ومن بينها الجبهة الشعبية، وحركة فتح.", Verdict.CONTRADICTED),
])
def test_a_rival_in_a_relative_clause_on_the_claims_name_is_not_listed_with_it(text: str, verdict: Verdict) -> None:
    assert check(BOYCOTT, analysis(text)).verdict is verdict


TALKS = MentionClaim.model_validate({
    "id": "talks", "says": "أجرى بومبيو محادثاته في بيونغ يانغ مع كيم يونغ تشول ولم يلتق الزعيم كيم جونغ أون",
    "kind": "mention", "any": ["كيم يونغ تشول"], "not": ["كيم جونغ أون"], "about": ["محادثات", "التقى"],
})


@pytest.mark.parametrize(("published", "verdict"), [
    # FR-internationalNews-2140-20180703 (the Pompeo visit): Trump's meeting of 12 June, three weeks before
    (dt.date(2018, 7, 3), Verdict.NOT_MENTIONED),
    # the same sentence in an article of the day after: a meeting of the article's own days
    (dt.date(2018, 6, 13), Verdict.CONTRADICTED),
])
def test_a_rival_in_a_sentence_dated_far_from_the_article_is_of_another_time(
        published: dt.date, verdict: Verdict) -> None:
    text = "وكان ترامب قد التقى الزعيم الكوري الشمالي كيم جونغ أون في 12 حزيران/يونيو في سنغافورة."
    assert check(TALKS, analysis(text, published)).verdict is verdict


@pytest.mark.parametrize(("text", "far"), [
    ("التقيا في 12 حزيران/يونيو 2018.", True),  # three weeks before the article of 3 July
    ("التقيا في 25 حزيران/يونيو 2018.", False),  # eight days before
    ("التقيا في حزيران/يونيو 2018.", False),  # a month that ends three days before
    ("التقيا في أيار/مايو 2018.", True),
    ("التقيا في 2018.", False),  # the article's own year
    ("التقيا لأول مرة منذ 2015.", False),  # «منذ»: the start of a period
])
def test_a_date_is_far_from_the_article_by_what_it_names(text: str, far: bool) -> None:
    an = analysis(text, dt.date(2018, 7, 3))
    assert bool(far_dates(an.dates, frozenset(), dt.date(2018, 7, 3))) is far


# examples/germany-south-korea-world-cup-match-2018.yaml (held out, first run): the claim names its goal by an ordinal
FIRST_GOAL = MentionClaim.model_validate({
    "id": "first-goal", "says": "سجل كيم يونغ غون الهدف الأول لكوريا الجنوبية", "kind": "mention",
    "any": ["كيم", "كيم يونغ جون"], "not": ["سون", "سون هيونغ مين"], "about": ["الهدف الأول", "هدف", "هدفا"],
})


@pytest.mark.parametrize(("claim_", "text", "verdict"), [
    # SK-sport-1879-20180627: another ordinal than the claim's after the about word is another goal
    (FIRST_GOAL, "وأضاف سون هيونغ مين الهدف الثاني قبل صافرة النهاية.", Verdict.NOT_MENTIONED),
    (FIRST_GOAL, "وسجل سون هيونغ مين الهدف الأول قبل صافرة النهاية.", Verdict.CONTRADICTED),
    # a claim that names no ordinal leaves them alone
    (FIRST_GOAL.model_copy(update={"says": "سجل كيم يونغ غون هدفا لكوريا الجنوبية", "about": ["هدف", "الهدف"]}),
     "وأضاف سون هيونغ مين الهدف الثاني قبل صافرة النهاية.", Verdict.CONTRADICTED),
])
def test_an_about_word_with_another_ordinal_than_the_claims_is_another_instance(
        claim_: MentionClaim, text: str, verdict: Verdict) -> None:
    assert check(claim_, analysis(text)).verdict is verdict
