"""News dates (issue 9): weekdays and امس dated by the publication date; منذ and earlier events.

Every sentence is from the ANT v2.1 corpus (article id in the comment).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.claims.model import DateClaim
from factcheck.kinds.date import check
from factcheck.read.dates import find_dates
from factcheck.read.news_dates import resolve_news_dates
from factcheck.text.normalize import normalize
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of as analysis

WED_11_APRIL = dt.date(2018, 4, 11)


def news(text: str, published: dt.date) -> list[tuple[str, tuple[int | None, int | None, int | None]]]:
    t = normalize(text).text
    return [(d.text, (d.year, d.month, d.day)) for d in resolve_news_dates(t, find_dates(t), published)]




def crash_date(value: str = "2018-04-11") -> DateClaim:
    return DateClaim(
        id="crash-date", says="تحطمت الطائرة يوم الأربعاء 11 أبريل 2018", kind="date",
        about=["تحطمت", "تحطم", "سقطت", "سقوط", "الحادث"], value=value,
    )


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # BB-middleEast-331-20180411 (Wed): the publication's own weekday is the publication day
        ("ووقع الحادث صباح الأربعاء في مطار عسكري في مدينة بوفاريك", WED_11_APRIL, (2018, 4, 11)),
        # FR-internationalNews-710-20180413 (Fri): the Wednesday before
        ("بعيد إقلاعها الأربعاء من القاعدة الجوية في بوفاريك", dt.date(2018, 4, 13), (2018, 4, 11)),
        # AL-internationalNews-1249-20180520 (Sun): الماضي after a weekday that is not the publication's
        ("تحطمت يوم الجمعة الماضي", dt.date(2018, 5, 20), (2018, 5, 18)),
        # SK-internationalNews-591-20180326 (Mon): أمس is the day before
        ("اندلع حريق أمس في مركز تجاري", dt.date(2018, 3, 26), (2018, 3, 25)),
    ],
    ids=["same-weekday", "weekday-before", "weekday-last", "yesterday"],
)
def test_a_news_day_is_the_latest_such_day(
    text: str, published: dt.date, day: tuple[int, int, int],
) -> None:
    assert day in [ymd for _, ymd in news(text, published)]


def test_last_weekday_equal_to_the_publications_is_a_week_before() -> None:
    # the form of AL-internationalNews-656-20180327 («احترق صباح الأحد الماضي»), published on a Sunday
    assert ("الاحد", (2018, 3, 18)) in news("احترق صباح الأحد الماضي", dt.date(2018, 3, 25))


def test_yesterday_before_a_weekday_lets_the_weekday_decide() -> None:
    # FR-internationalNews-697-20180412 (Thu): «سقطت أمس الأربعاء»
    assert news("سقطت أمس الأربعاء", dt.date(2018, 4, 12)) == [("الاربعاء", (2018, 4, 11))]


@pytest.mark.parametrize(
    "text",
    [
        "وستقام الجمعة المقبلة صلاة الغائب",  # a coming day (form of FR-internationalNews-710-20180413)
        "ومن المقرر أن تعقد الجلسة الأحد",  # the future
        "يتجمع المحتجون كل جمعة",  # habitual
        "مباراة الافتتاح التي ستقام يوم الخميس",  # a verb of the future (AL-sport-1944-20180613, a preview)
        "وسيكون اللقاء الأحد في موسكو",
        "ولن يشارك اللاعب في مباراة الأحد",
        "ويرتقب أن يضرب السواحل الأربعاء خلال النهار",  # expected: a forecast (SK-internationalNews-3392-20181010)
        "ومن المتوقع أن تتحرك العاصفة الأربعاء صوب الشمال",  # SK-internationalNews-3389-20181010
        # SK-technology-380-20180410: the Wednesday coordinated with the future verb's Tuesday, past its reach
        "وسيمثل زوكربيرغ (33 عاما)، الثلاثاء، أمام مجلس الشيوخ، والأربعاء أمام مجلس النواب",
    ],
    ids=["coming", "future", "habitual", "future-verb", "future-verb-2", "lan", "expected", "expected-2",
         "coordinated"],
)
def test_no_date_for_a_coming_or_habitual_day(text: str) -> None:
    assert all(ymd[0] is None for _, ymd in news(text, WED_11_APRIL))


FRI_17_AUGUST = dt.date(2018, 8, 17)


@pytest.mark.parametrize("text", [
    "وتلتزم إيطاليا السبت حدادا وطنيا تزامنا مع جنازات رسمية للضحايا",  # FR-internationalNews-2749-20180817
    "كما تقام السبت في المدينة نفسها جنازة رسمية",  # the form of FR-internationalNews-2767-20180818
    "تستضيف العاصمة السودانية الخرطوم، الخميس، اجتماعا مهما",  # BB-middleEast-290-20180404 (Wed)
    "يحتفل المسلمون الثلاثاء بعيد الأضحى",
])
def test_a_weekday_of_a_present_verb_is_not_guessed(text: str) -> None:
    # published on a Friday: the Saturday is the coming one (18 August), not the last (11 August);
    # a present verb does not say which, so no date is read
    assert all(ymd[0] is None for _, ymd in news(text, FRI_17_AUGUST))


@pytest.mark.parametrize(("text", "day"), [
    ("ولم تلتزم إيطاليا السبت حدادا", (2018, 8, 11)),  # لم + present: a past verb
    ("وانهار الجسر الثلاثاء", (2018, 8, 14)),  # a past verb
    ("وتلتزم إيطاليا الجمعة حدادا", (2018, 8, 17)),  # the publication's own weekday: that day
    ("تحطمت الطائرة التي تقل 66 راكبا الأحد", (2018, 8, 12)),  # the verb of the weekday is the past one
    ("تحطمت الطائرة التي تقل ركابا الأحد", (2018, 8, 12)),  # a relative clause's verb
    ("تحطمت طائرة تقل ركابا الأحد", (2018, 8, 12)),  # an adjectival clause's verb
    ("وتوجه الرئيس الخميس إلى الحشود", (2018, 8, 16)),  # توجه: past as well as present
    ("ويذكر التقرير، المنشور الخميس، أن الآلاف", (2018, 8, 16)),  # SK-internationalNews-1768: the report's day
    ("وقال الأمين العام للحلف ينس ستولتنبرغ الأربعاء", (2018, 8, 15)),  # a name the dictionary reads as a verb
    ("اختراق ملايين الحسابات على موقع فيسبوك، الجمعة، مصدر قلق", (2018, 8, 17)),  # no ف + يسبوك
    # a review: «منذ» a day, and a present of saying, tell of a day gone
    ("يبحث رجال الإنقاذ منذ الثلاثاء عن ناجين", (2018, 8, 14)),
    ("وتؤكد السلطات الثلاثاء أن الحصيلة ارتفعت", (2018, 8, 14)),
    ("وتشير الحصيلة الثلاثاء إلى 39 قتيلا", (2018, 8, 14)),
])
def test_a_weekday_of_a_past_verb_or_of_the_publication_day_is_dated(
    text: str, day: tuple[int, int, int],
) -> None:
    assert [ymd for _, ymd in news(text, FRI_17_AUGUST)] == [day]


def test_a_coming_mourning_day_does_not_contradict() -> None:
    # FR-internationalNews-2749-20180817 (Fri 17 Aug): it read the Saturday before, 11 August
    claim = DateClaim(id="mourning", says="التزمت إيطاليا الحداد الوطني يوم السبت 18 أغسطس 2018", kind="date",
                      about=["حداد", "حدادا", "الحداد", "جنازات"], value="2018-08-18")
    text = "وتلتزم إيطاليا السبت حدادا وطنيا تزامنا مع جنازات رسمية للضحايا في مركز للمعارض."
    assert check(claim, analysis(text, FRI_17_AUGUST)).verdict is Verdict.NOT_MENTIONED


@pytest.mark.parametrize("text", [
    "وسيطر المسلحون على المدينة الجمعة",  # سيطر (controlled) is a past verb
    "قتل خمسة جنود في هجوم بشمال سيناء يوم الجمعة",  # places the dictionary reads as verbs of the future
    "وصلت الطائرة إلى سيدني يوم الجمعة",
])
def test_a_word_that_starts_with_seen_but_is_no_future_verb(text: str) -> None:
    # its weekday is the news's: the Friday before Wednesday 11 April
    assert news(text, WED_11_APRIL)[0][1] == (2018, 4, 6)


@pytest.mark.parametrize("text", [
    "ما زالت تعمل حتى اليوم", "في اليوم التالي للحادث", "اليوم الأول",
    "وأجرى بومبيو محادثات استمرت يوما ونصف اليوم في بيونغ يانغ",  # half a day (the Pompeo visit file)
])
def test_today_that_is_no_day(text: str) -> None:
    assert news(text, WED_11_APRIL) == []


def test_without_a_publication_date_nothing_is_guessed() -> None:
    # BB-middleEast-331-20180411 read from a folder: no publication date
    a = analysis("ووقع الحادث صباح الأربعاء في مطار عسكري في مدينة بوفاريك.", None)
    assert check(crash_date(), a).verdict is Verdict.NOT_MENTIONED


def test_a_weekday_supports_a_day_claim_with_the_publication_date() -> None:
    # BB-middleEast-331-20180411
    a = analysis("ووقع الحادث صباح الأربعاء في مطار عسكري في مدينة بوفاريك.", WED_11_APRIL)
    f = check(crash_date(), a)
    assert f.verdict is Verdict.SUPPORTED, f
    assert check(crash_date("2018-04-10"), a).verdict is Verdict.CONTRADICTED
    # a day claim after the article was published: it was written before the event, and denies nothing
    assert check(crash_date("2018-04-12"), a).verdict is Verdict.NOT_MENTIONED


def test_a_weekday_decides_only_a_day_claim() -> None:
    a = analysis("ووقع الحادث صباح الأربعاء في مطار عسكري.", WED_11_APRIL)
    assert check(crash_date("2017"), a).verdict is Verdict.NOT_MENTIONED


def test_a_lead_sentence_dates_its_verb_with_the_weekday_of_its_clause() -> None:
    # SK-internationalNews-1650-20180518 (Fri 18 May)
    text = ("تحطمت طائرة بوينغ من طراز 737 بعد وقت قصير من إقلاعها من مطار خوسيه مارتي الدولي في هافانا "
            "بكوبا، الجمعة، مما أسفر عن مقتل أكثر من 100 شخص.")
    f = check(crash_date("2018-05-18"), analysis(text, dt.date(2018, 5, 18)))
    assert f.verdict is Verdict.SUPPORTED, f
    # a reader's default reading, not a close attachment: it never contradicts
    assert check(crash_date("2018-05-17"), analysis(text, dt.date(2018, 5, 18))).verdict is Verdict.NOT_MENTIONED


def test_the_day_of_a_saying_is_not_the_events() -> None:
    # SK-internationalNews-610-20180327 (Tue 27 March)
    text = ("وأعلن الرئيس الروسي فلاديمير بوتن الثلاثاء أن الحريق الذي أودى بأرواح العشرات "
            "في مركز تجاري مزدحم كان نتيجة إهمال جنائي.")
    claim = DateClaim(id="fire", says="اندلع الحريق يوم الأحد 25 مارس 2018", kind="date",
                      about=["الحريق", "حريق", "اندلع"], value="2018-03-25")
    assert check(claim, analysis(text, dt.date(2018, 3, 27))).verdict is Verdict.NOT_MENTIONED


def test_since_starts_a_period() -> None:
    # BB-middleEast-331-20180411
    text = "وهو ثاني أفدح حادث طائرة منذ 2003."
    found = find_dates(normalize(text).text)
    assert [d.since for d in found] == [True]
    assert check(crash_date(), analysis(text, None)).verdict is Verdict.NOT_MENTIONED
    assert [d.since for d in find_dates(normalize("منذ عام 2014").text)] == [True]
    assert [d.since for d in find_dates(normalize("في عام 2014").text)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-1326-20180519
        "وفي 2010، تحطمت طائرة من نوع إيه تي آر-72 تابعة لشركة الطيران آيروكاريبيان.",
        # SK-internationalNews-1650-20180518
        "ووقع آخر حادث تحطم في كوبا في أبريل 2017 عندما تحطمت طائرة نقل تابعة للقوات المسلحة.",
    ],
    ids=["2010", "april-2017"],
)
def test_a_date_long_before_the_article_is_an_earlier_event(text: str) -> None:
    claim = crash_date("2018-05-18")
    assert check(claim, analysis(text, dt.date(2018, 5, 19))).verdict is Verdict.NOT_MENTIONED
    # without a publication date the year still contradicts (README: عام 2014 contradicts 2022-02)
    assert check(claim, analysis(text, None)).verdict is Verdict.CONTRADICTED


ENTERED = DateClaim(id="entered", says="دخل الفتية ومدربهم الكهف وعلقوا فيه يوم السبت 23 يونيو 2018", kind="date",
                    about=["دخلوا", "علقوا", "عالقين"], value="2018-06-23")


@pytest.mark.parametrize(("text", "published", "verdict"), [
    # SK-internationalNews-2582-20180711 (about word adapted): a day and month without a year are this year's
    ("بعد أن دخلوا الكهف في 23 يونيو.", dt.date(2018, 7, 11), Verdict.SUPPORTED),
    # BB-internationalNews-758: «23 يوليو» for 23 June, a real slip
    ("بعد أن دخلوا الكهف في 23 يوليو.", dt.date(2018, 7, 11), Verdict.CONTRADICTED),
    # the nearest year, within four months: 23 June in an article of October 2018 is that June; in one of
    # January 2019 it is half a year either way, and not guessed
    ("بعد أن دخلوا الكهف في 23 يونيو.", dt.date(2018, 10, 1), Verdict.SUPPORTED),
    ("بعد أن دخلوا الكهف في 23 يونيو.", dt.date(2019, 1, 10), Verdict.NOT_MENTIONED),
    ("بعد أن دخلوا الكهف في 23 يونيو.", None, Verdict.NOT_MENTIONED),  # no publication date: nothing guessed
    # since a day: it may agree, never deny (a period's start need not be the event's)
    ("الأطفال العالقين منذ 23 يونيو في الكهف.", dt.date(2018, 7, 5), Verdict.SUPPORTED),
    ("الأطفال العالقين منذ 25 يونيو في الكهف.", dt.date(2018, 7, 5), Verdict.NOT_MENTIONED),
])
def test_a_day_and_month_without_a_year_are_the_ones_nearest_the_publication(
    text: str, published: dt.date | None, verdict: Verdict,
) -> None:
    assert check(ENTERED, analysis(text, published)).verdict is verdict


def test_the_nearest_year_of_a_day_in_late_december() -> None:
    found = [d for d in analysis("وقع الحادث في 28 ديسمبر.", dt.date(2018, 1, 5)).dates if d.day == 28]
    assert [(d.year, d.month, d.day) for d in found] == [(2017, 12, 28)]


def test_the_weekday_before_last() -> None:
    # CN-middleEast-1386-20181001 (a Monday): «السبت قبل الماضي» is 22 September, not the 29th
    assert news("في الهجوم الذي وقع السبت قبل الماضي", dt.date(2018, 10, 1)) == [
        ("السبت", (2018, 9, 22))]
    assert news("في الهجوم الذي وقع السبت الماضي", dt.date(2018, 10, 1)) == [("السبت", (2018, 9, 29))]


def test_an_anniversarys_day_is_of_no_year() -> None:
    # «ذكرى الهجوم الذي وقع في 11 سبتمبر»: the day recurs; dated to the publication's year it denied 10 September 2018
    claim = DateClaim(id="a", says="وقع الهجوم يوم 10 سبتمبر 2018", kind="date", about=["الهجوم"], value="2018-09-10")
    text = "ويحيي البلد ذكرى الهجوم الذي وقع في 11 سبتمبر."
    assert check(claim, analysis(text, dt.date(2018, 9, 12))).verdict is Verdict.NOT_MENTIONED
    assert check(claim, analysis("ووقع الهجوم في 11 سبتمبر.", dt.date(2018, 9, 12))).verdict is Verdict.CONTRADICTED


def _quake_date(value: str) -> DateClaim:
    return DateClaim(id="quake-date", says="ضرب الزلزال يوم الجمعة 28 سبتمبر 2018", kind="date",
                     about=["الزلزال", "ضرب"], value=value)


FRI_5_OCTOBER = dt.date(2018, 10, 5)


def test_a_bare_weekday_naming_the_claims_weekday_denies_nothing_of_another_week() -> None:
    # BB-internationalNews-1148 (Fri 5 October) recalls the quake of Friday 28 September as «الجمعة»
    a = analysis("وقد ضرب الزلزال جزيرة سولاويسي الجمعة وتلته موجات مد عاتية.", FRI_5_OCTOBER)
    assert check(_quake_date("2018-09-28"), a).verdict is Verdict.NOT_MENTIONED  # which Friday is a guess
    assert check(_quake_date("2018-10-05"), a).verdict is Verdict.SUPPORTED
    assert check(_quake_date("2018-10-04"), a).verdict is Verdict.CONTRADICTED  # a Thursday: the weekday denies it
    # (a Thursday more than a week back, 27 September, is no day a weekday names: a later event's)
    assert check(_quake_date("2018-09-27"), a).verdict is Verdict.NOT_MENTIONED
    # «الجمعة الماضية» says which week: a claim of another day of it is denied (one of the Friday before that, two
    # weeks back, no more: it is out of the week's reach)
    last = analysis("وقد ضرب الزلزال جزيرة سولاويسي الجمعة الماضية.", FRI_5_OCTOBER)
    assert check(_quake_date("2018-09-28"), last).verdict is Verdict.SUPPORTED
    assert check(_quake_date("2018-09-29"), last).verdict is Verdict.CONTRADICTED
    assert check(_quake_date("2018-09-21"), last).verdict is Verdict.NOT_MENTIONED


def test_a_day_in_quoted_words_is_the_speakers_and_denies_nothing() -> None:
    # SK-internationalNews-2804 (Wed 25 July): a speech of Tuesday quoted, its «اليوم» not the publication day
    claim = DateClaim(id="mourning", says="أعلن تسيبراس الحداد يوم الثلاثاء 24 يوليو 2018", kind="date",
                      about=["الحداد"], value="2018-07-24")
    wednesday = dt.date(2018, 7, 25)
    quoted = analysis('وقال تسيبراس في كلمة متلفزة: "إنها مأساة لا توصف. تعيش اليونان اليوم حالة حداد، '
                      'ونعلن الحداد الوطني 3 أيام على من فقدوا أرواحهم".', wednesday)
    assert check(claim, quoted).verdict is Verdict.NOT_MENTIONED
    # (the day after «تعيش اليونان» is that verb's, the mourning its complement: ``kinds.acts``; after «حداد» it is the
    # mourning's own)
    plain = analysis("إنها مأساة لا توصف. وتعيش اليونان حالة حداد اليوم، وأعلنت الحكومة الحداد الوطني 3 أيام.", wednesday)
    assert check(claim, plain).verdict is Verdict.CONTRADICTED  # the article's own «اليوم»: its day


def test_a_date_that_ends_a_period_denies_nothing() -> None:
    # SK-internationalNews-3338-20181007: the missing announced on Sunday 7 October, the search going on until the 11th
    text = ("وأعلن المتحدث الأحد اعتبار 5 آلاف شخص في عداد المفقودين، وإن عمليات البحث عن المفقودين "
            "ستتواصل حتى 11 أكتوبر 2018.")
    assert [d.until for d in find_dates(normalize(text).text)] == [False, True]  # الأحد, then the deadline
    assert [d.until for d in find_dates(normalize("وصل في 11 أكتوبر 2018").text)] == [False]
    # BB-internationalNews-157-20180315 (the Skripal poisoning): a day's time between «حتى» and the day
    text = "كانت ماي قد أعطت روسيا مهلة حتى مساء الثلاثاء الماضي لشرح كيفية استخدام المادة."
    assert [d.until for d in find_dates(normalize(text).text)] == [True]
    assert [d.since for d in find_dates(normalize("العالقون منذ صباح السبت").text)] == [True]
    assert [d.until for d in find_dates(normalize("وعقدت القمة مساء الثلاثاء").text)] == [False]
    claim = DateClaim(id="missing", says="أعلن عن 5 آلاف مفقود يوم الأحد 7 أكتوبر 2018", kind="date",
                      about=["المفقودين"], value="2018-10-07")
    assert check(claim, analysis(text, None)).verdict is Verdict.NOT_MENTIONED
    until_the_day = analysis("ستتواصل عمليات البحث عن المفقودين حتى 7 أكتوبر 2018.", None)
    assert check(claim, until_the_day).verdict is Verdict.SUPPORTED  # it may agree


def test_a_bare_weekday_of_another_day_than_the_publications_still_denies_another_friday() -> None:
    # only a weekday that is the article's own leaves its week open (today, or a week ago); in an article of
    # Monday 1 October «الجمعة» is Friday 28 September, as news writes it: a claim of another Friday is denied
    a = analysis("وقد ضرب الزلزال جزيرة سولاويسي الجمعة وتلته موجات مد عاتية.", dt.date(2018, 10, 1))
    assert check(_quake_date("2018-09-28"), a).verdict is Verdict.SUPPORTED
    assert check(_quake_date("2018-09-26"), a).verdict is Verdict.CONTRADICTED  # a Wednesday of the same week
    # a claim more than a week before the article is of an event no weekday dates: «الجمعة» is a later event's
    # (test_a_weekday_of_the_articles_week_denies_no_event_weeks_old)
    assert check(_quake_date("2018-09-21"), a).verdict is Verdict.NOT_MENTIONED
    assert check(_quake_date("2017-09-29"), a).verdict is Verdict.NOT_MENTIONED


def test_a_weekday_of_the_articles_week_denies_no_event_weeks_old() -> None:
    # BB-internationalNews-1103-20180930, on the Sulawesi quake of Friday 28 September, recalls the Lombok quake of
    # 5 August: its «الجمعة» is the Sulawesi quake's day, no denial of the Lombok one
    lombok = DateClaim(id="lombok-quake-date", says="ضرب الزلزال جزيرة لومبوك يوم الأحد 5 أغسطس 2018", kind="date",
                       about=["زلزال", "الزلزال", "ضرب", "وقع"], value="2018-08-05")
    text = "إن الكثيرين مازالوا عالقين تحت ركام الأبنية المنهارة جراء الزلزال الذي وقع يوم الجمعة بقوة 7.5 على مقياس ريختر."
    assert check(lombok, analysis(text, dt.date(2018, 9, 30))).verdict is Verdict.NOT_MENTIONED
    # SK-internationalNews-2530-20180709: «اليوم» is the day of the article's news, not of the boys' going in
    entered = DateClaim(id="thai-entered-date", says="دخل الفتية ومدربهم الكهف وعلقوا فيه يوم السبت 23 يونيو 2018",
                        kind="date", about=["دخلوا", "علقوا", "العالقين"], value="2018-06-23")
    text = "وسيكررها رجال الإنقاذ اليوم لإخراج بقية العالقين في كهف بمنطقة ماي ساي منذ أكثر من أسبوعين."
    assert check(entered, analysis(text, dt.date(2018, 7, 9))).verdict is Verdict.NOT_MENTIONED
    # within the week the weekday still denies: a claim of the Thursday before an article of Sunday 30 September
    thursday = DateClaim(id="q", says="وقع الزلزال يوم الخميس 27 سبتمبر 2018", kind="date",
                         about=["الزلزال", "وقع"], value="2018-09-27")
    text = "جراء الزلزال الذي وقع يوم الجمعة بقوة 7.5 على مقياس ريختر."
    assert check(thursday, analysis(text, dt.date(2018, 9, 30))).verdict is Verdict.CONTRADICTED


def test_a_date_after_hatta_still_denies_a_claim_about_the_deadline_itself() -> None:
    claim = DateClaim(id="deadline", says="تنتهي مهلة تسليم السلاح في 15 أكتوبر 2018", kind="date",
                      about=["مهلة", "المهلة"], value="2018-10-15")
    text = "ومنحت الحكومة المسلحين مهلة حتى 10 أكتوبر 2018 لتسليم سلاحهم."
    assert check(claim, analysis(text, None)).verdict is Verdict.CONTRADICTED


def test_a_day_and_month_gone_by_are_dated_in_the_past() -> None:
    # SK-sport-2971-20181019: «الزلزال، الذي ضرب الجزيرة في 28 سبتمبر الماضي»
    assert news("ضرب الزلزال الجزيرة في 28 سبتمبر الماضي", dt.date(2018, 10, 19)) == [("28 سبتمبر", (2018, 9, 28))]
    # a week before the day, «الماضي» is last year's, not the coming one; a year back is too far to date
    assert news("ضرب الزلزال الجزيرة في 28 سبتمبر الماضي", dt.date(2018, 9, 20)) == [("28 سبتمبر", (None, 9, 28))]
    # FR-internationalNews-220-20180302: months back, «الماضي» still says which year, and a comma after it too
    assert news("وفي 13 آب/أغسطس الماضي، أطلق مسلحان النار على مطعم", dt.date(2018, 3, 2)) == [
        ("13 اب/اغسطس", (2017, 8, 13))]
    # SK-middleEast-3176-20180729: «يوم 15 ديسمبر الماضي،» of the slap, seven months before
    assert news("بعد الواقعة التي جرت يوم 15 ديسمبر الماضي، خارج منزلها", dt.date(2018, 7, 29)) == [
        ("15 ديسمبر", (2017, 12, 15))]
    # without «الماضي», as far back it is anyone's guess
    assert news("وفي 13 آب/أغسطس، أطلق مسلحان النار", dt.date(2018, 3, 2)) == [("13 اب/اغسطس", (None, 8, 13))]
    assert news("في 10 أكتوبر المقبل", dt.date(2018, 10, 19)) == []  # a day to come may be a year ahead: unread
    claim = DateClaim(id="q", says="ضرب الزلزال جزيرة سولاويسي يوم الجمعة 28 سبتمبر 2018", kind="date",
                      about=["الزلزال", "ضرب"], value="2018-09-28")
    text = "وقال إن الزلزال، الذي ضرب الجزيرة في 28 سبتمبر الماضي، أودى بحياة أكثر من ألفي شخص."
    assert check(claim, analysis(text, dt.date(2018, 10, 19))).verdict is Verdict.SUPPORTED


def _toll_date() -> DateClaim:
    return DateClaim(id="japan-floods-toll-100-date", kind="date", value="2018-07-09",
                     says="أعلن المتحدث باسم الحكومة يوم الاثنين 9 يوليو 2018 ارتفاع الحصيلة إلى 100 قتيل",
                     about=["100 قتيل", "مئة قتيل", "الحصيلة", "حصيلة", "ارتفعت", "ارتفع"])


THU_12_JULY = dt.date(2018, 7, 12)


@pytest.mark.parametrize("text", [
    # AL-internationalNews-1901-20180712 and SK-internationalNews-2603-20180712: a later toll, announced Thursday
    "قتل 199 شخصا على الأقل جراء الفيضانات بغرب اليابان في حصيلة جديدة أعلنها المتحدث باسم الحكومة الخميس.",
    "وأعلنت الحكومة الخميس عن حصيلة جديدة لقتلى الفيضانات والانهيارات الأرضية، بلغت 199 شخصا على الأقل.",
])
def test_the_day_of_another_figure_denies_nothing_of_the_day_a_claim_gives_its_figure(text: str) -> None:
    assert check(_toll_date(), analysis(text, THU_12_JULY)).verdict is Verdict.NOT_MENTIONED


def test_the_day_of_the_claims_own_figure_still_denies() -> None:
    # the toll of 100 said to be announced on Thursday: that is the claim's toll, on another day
    text = "وأعلنت الحكومة الخميس عن حصيلة جديدة لقتلى الفيضانات، بلغت 100 قتيل."
    assert check(_toll_date(), analysis(text, THU_12_JULY)).verdict is Verdict.CONTRADICTED
    # and a sentence that gives no figure is read as before
    assert check(_toll_date(), analysis("وأعلنت الحكومة الخميس عن حصيلة جديدة.", THU_12_JULY)).verdict \
        is Verdict.CONTRADICTED


def test_a_day_before_a_conjunct_is_the_day_of_what_comes_before_and() -> None:
    # AL-internationalNews-1953-20180716: Saturday is the national day's, Sunday the final's
    final = DateClaim(id="wc-final-date", says="أقيمت المباراة النهائية لكأس العالم يوم الأحد 15 يوليو 2018",
                      kind="date", about=["النهائي", "المباراة النهائية", "النهائية"], value="2018-07-15")
    monday = dt.date(2018, 7, 16)
    text = ("وحشدت فرنسا قرابة 110 آلاف من قوات الأمن خلال الاحتفالات بالعيد الوطني المعروف السبت "
            "والمباراة النهائية في بطولة كأس العالم يوم الأحد.")
    assert check(final, analysis(text, monday)).verdict is Verdict.SUPPORTED
    # the day right before the about word, with no «و» on it, is still its own
    assert check(final, analysis("وأقيمت السبت المباراة النهائية في موسكو.", monday)).verdict is Verdict.CONTRADICTED


def test_the_day_of_an_announcement_of_something_else_denies_nothing() -> None:
    # FR-internationalNews-2789-20180819: the local authorities announce a toll on Sunday, not the UAE's committee
    committee = DateClaim(id="kerala-uae-committee-date", kind="date", value="2018-08-17",
                          says="أعلنت الإمارات يوم الجمعة 17 أغسطس 2018 تشكيل لجنة وطنية عاجلة لإغاثة متضرري فيضانات كيرالا",
                          about=["لجنة", "لجنة وطنية", "تشكيل", "بتشكيل", "أعلنت", "وجه"])
    sunday = dt.date(2018, 8, 19)
    text = "وأعلنت السلطات المحلية الأحد أن حصيلة ضحايا هذه الفيضانات قد ارتفعت إلى 357 قتيلا."
    assert check(committee, analysis(text, sunday)).verdict is Verdict.NOT_MENTIONED
    # the announcement of the committee itself, on another day, is denied
    text = "وأعلنت الإمارات الأحد تشكيل لجنة وطنية عاجلة."
    assert check(committee, analysis(text, sunday)).verdict is Verdict.CONTRADICTED


def strikes_date(value: str) -> DateClaim:
    return DateClaim(id="strikes", says="شنت الولايات المتحدة وبريطانيا وفرنسا ضربات على سوريا", kind="date",
                     about=["ضربات", "الضربات", "أطلقت", "شنت"], value=value)


@pytest.mark.parametrize("value", ["2018-04-13", "2018-04-14"])
def test_the_night_of_two_weekdays_is_of_both(value: str) -> None:
    # FR-middleEast-285-20180415 (Sunday): «ليل الجمعة السبت» is the night from Friday 13 to Saturday 14 April
    text = "إن كل الصواريخ الفرنسية التي أطلقت على سوريا ليل الجمعة السبت أصابت أهدافها."
    assert check(strikes_date(value), analysis(text, dt.date(2018, 4, 15))).verdict is Verdict.SUPPORTED
    assert check(strikes_date("2018-04-12"), analysis(text, dt.date(2018, 4, 15))).verdict is Verdict.CONTRADICTED


def test_two_weekdays_apart_are_two_days() -> None:
    # a weekday of one clause and the next day's in another are each its own day
    text = "أطلقت الصواريخ على سوريا الجمعة، وعقد مجلس الأمن جلسة السبت."
    assert check(strikes_date("2018-04-14"), analysis(text, dt.date(2018, 4, 15))).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "expected"), [
    # SK-internationalNews-1647-20180518, a round-up of 2018's crashes: another crash's day, three months before
    ('في الحادي عشر من فبراير، تحطمت طائرة روسية تابعة لشركة "ساراتوف" بعد مدة قصيرة من إقلاعها.', Verdict.NOT_MENTIONED),
    ("في 18 مارس، تحطمت طائرة بعد مدة قصيرة من إقلاعها.", Verdict.NOT_MENTIONED),  # 61 days away
    ("في 19 مارس، تحطمت طائرة بعد مدة قصيرة من إقلاعها.", Verdict.NOT_MENTIONED),  # 60 days (it denied until 2026-12-06)
    ("في 3 مايو، تحطمت طائرة بعد مدة قصيرة من إقلاعها.", Verdict.NOT_MENTIONED),  # 15 days: past two weeks
    ("في 4 مايو، تحطمت طائرة بعد مدة قصيرة من إقلاعها.", Verdict.CONTRADICTED),  # two weeks: may be a misdating
    ("في 17 مايو، تحطمت طائرة بعد مدة قصيرة من إقلاعها.", Verdict.CONTRADICTED),  # a day off
    ("في 18 أبريل، تحطمت طائرة بعد مدة قصيرة من إقلاعها.", Verdict.CONTRADICTED),  # the month's name slipped
    ("في 18 يونيو، تحطمت طائرة بعد مدة قصيرة من إقلاعها.", Verdict.CONTRADICTED),  # so, the month after
])
def test_a_day_months_from_the_claims_is_another_events(text: str, expected: Verdict) -> None:
    assert check(crash_date("2018-05-18"), analysis(text, dt.date(2018, 5, 18))).verdict is expected


def test_a_day_of_the_current_month_is_dated_by_the_publication() -> None:
    # SK-middleEast-1058-20180416: «في السابع من أبريل الجاري» is 7 April 2018
    assert news("هجوم بغاز سام في دوما بريف دمشق في السابع من أبريل الجاري", dt.date(2018, 4, 16)) == [
        ("السابع من ابريل", (2018, 4, 7))]
    assert news("في 7 أبريل الحالي", dt.date(2018, 4, 16)) == [("7 ابريل", (2018, 4, 7))]
    assert news("في أبريل الجاري", dt.date(2018, 4, 16)) == []  # a month alone stays unread


def test_a_weekday_coordinated_with_a_past_one_stays_past() -> None:
    """The weekday on the way back to a future cue is read as its own: in the past, the second day is past too."""
    assert news("ومثل زوكربيرغ، الاثنين، أمام مجلس الشيوخ، والأربعاء أمام مجلس النواب.", dt.date(2018, 4, 10)) == [
        ("الاثنين", (2018, 4, 9)), ("والاربعاء", (2018, 4, 4))]


@pytest.mark.parametrize(("text", "expected"), [
    # SK-middleEast-3717-20181003 (the Idlib file, held out): the agreement of 17 September, in an article of October
    ("منذ توصل موسكو وأنقرة في 17 من الشهر الماضي إلى اتفاق", [("17 من الشهر الماضي", (2018, 9, 17))]),
    ("في 15 الشهر الجاري", [("15 الشهر الجاري", (2018, 10, 15))]),
    ("في 3 من الشهر المقبل", [("3 من الشهر المقبل", (2018, 11, 3))]),
    ("في 31 من الشهر الماضي", []),  # September has thirty days: no such day
    ("خلال الشهر الماضي", []),  # no day
])
def test_a_day_of_the_month_before_or_this_one(text: str, expected: list[tuple[str, tuple[int, int, int]]]) -> None:
    assert news(text, dt.date(2018, 10, 3)) == expected


def test_a_day_of_the_month_before_across_a_new_year() -> None:
    assert news("في 20 من الشهر الماضي", dt.date(2019, 1, 5)) == [("20 من الشهر الماضي", (2018, 12, 20))]


def test_a_weekday_four_days_or_more_from_the_claims_is_other_news_of_the_week() -> None:
    # SK-middleEast-3019-20180720 (the Quneitra offensive, held out): «بدأت الأحد هجوما» is the offensive's Sunday,
    # 15 July, five days before the evacuation the claim dates; a writer who misdates slips by a day or two
    claim = DateClaim(id="evacuation", says="بدأت عملية إجلاء المقاتلين من القنيطرة يوم الجمعة 20 يوليو 2018",
                      kind="date", about=["بدأت", "إجلاء"], value="2018-07-20")
    friday = dt.date(2018, 7, 20)
    text = "وكانت قوات النظام بدأت الأحد هجوما على مواقع سيطرة الفصائل المعارضة في محافظة القنيطرة."
    assert check(claim, analysis(text, friday)).verdict is Verdict.NOT_MENTIONED
    # two days off, the weekday still denies (a Wednesday, 18 July)
    assert check(claim, analysis(text.replace("الأحد", "الأربعاء"), friday)).verdict is Verdict.CONTRADICTED
    assert check(claim, analysis(text.replace("الأحد", "اليوم"), friday)).verdict is Verdict.SUPPORTED
