"""Whose act a date is (``factcheck.kinds.acts``): a date near the claim's word that dates another act denies
nothing.  Sentences from the ANT corpus, trimmed."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.claims.model import DateClaim
from factcheck.kinds.date import check
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of as analysis

ERUPTION = DateClaim(id="fuego-eruption-date", says="ثار بركان فويغو يوم الأحد 3 يونيو 2018", kind="date",
                     about=["ثوران", "ثورانه", "الثوران", "ثار", "يثور", "ثورة", "اندلع", "الانفجار البركاني"],
                     value="2018-06-03")
FINAL = DateClaim(id="wc-final-date", says="أقيمت المباراة النهائية لكأس العالم يوم الأحد 15 يوليو 2018", kind="date",
                  about=["النهائي", "المباراة النهائية", "فوز", "انتصار", "بالانتصار", "أقيمت"], value="2018-07-15")
FIRE = DateClaim(id="attica-fire-date", says="اندلعت الحرائق قرب أثينا يوم الاثنين 23 يوليو 2018", kind="date",
                 about=["اندلعت", "اندلع", "شب", "شبت", "اندلاع", "الحرائق", "الحريق"], value="2018-07-23")
ENTERED = DateClaim(id="thai-entered-date", says="دخل الفتية ومدربهم الكهف وعلقوا فيه يوم السبت 23 يونيو 2018",
                    kind="date", about=["دخلوا", "دخل", "علقوا", "علق", "حوصروا", "اختفوا", "عالقين"],
                    value="2018-06-23")


def test_a_verb_between_the_date_and_the_claims_word_dates_its_own_act() -> None:
    # SK-internationalNews-2019-20180608 (Friday): Thursday is the day the search stopped, in villages the eruption
    # of Sunday destroyed
    text = "وأوقفت فرق الإنقاذ عمليات البحث الخميس في قرى دمرها ثورة البركان في غواتيمالا."
    assert check(ERUPTION, analysis(text, dt.date(2018, 6, 8))).verdict is Verdict.NOT_MENTIONED
    # the eruption's own verb still denies, a day or two off (Tuesday 5 June); four days off (Thursday 7 June) a
    # weekday is other news of the week (kinds.other_days.WEEKDAY_APART): Fuego erupted again that Thursday
    text = "وثار البركان الثلاثاء في غواتيمالا."
    assert check(ERUPTION, analysis(text, dt.date(2018, 6, 8))).verdict is Verdict.CONTRADICTED
    text = "وثار البركان الخميس في غواتيمالا."
    assert check(ERUPTION, analysis(text, dt.date(2018, 6, 8))).verdict is Verdict.NOT_MENTIONED


def test_a_date_right_after_a_verb_and_its_subject_is_that_verbs() -> None:
    # FR-internationalNews-2333-20180716 (Monday): the papers' praise of the win was on Monday, the final on Sunday
    text = "ولقد تنافست الصحف الأجنبية اليوم الاثنين في الإشادة بالانتصار الفرنسي في موسكو."
    assert check(FINAL, analysis(text, dt.date(2018, 7, 16))).verdict is Verdict.NOT_MENTIONED
    # with the claim's own verb before the date, it denies
    text = "وأقيمت المباراة النهائية اليوم الاثنين في موسكو."
    assert check(FINAL, analysis(text, dt.date(2018, 7, 16))).verdict is Verdict.CONTRADICTED


def test_the_subject_after_anna_whose_act_the_clause_tells() -> None:
    # BB-internationalNews-695-20180625 (Monday): the navy divers went in on Monday, the boys on Saturday
    text = "وقال وزير الدفاع إن غواصين من وحدة تابعة للبحرية الملكية التايلاندية دخلوا الكهف يوم الاثنين."
    assert check(ENTERED, analysis(text, dt.date(2018, 6, 25))).verdict is Verdict.NOT_MENTIONED
    # SK-internationalNews-2823-20180724 (Tuesday): the fires' spread receded on Tuesday
    text = ("وأوضحت فرقة الإطفاء اليونانية أن كثافة ونطاق انتشار الحرائق في ماتي تراجع، الثلاثاء، مع هدوء الرياح، "
            "لكن لم يتم السيطرة عليها بشكل كامل حتى الآن.")
    assert check(FIRE, analysis(text, dt.date(2018, 7, 24))).verdict is Verdict.NOT_MENTIONED
    # the claim's own subject after «إن» still denies
    text = "وقال وزير الدفاع إن الفتية دخلوا الكهف يوم الاثنين."
    assert check(ENTERED, analysis(text, dt.date(2018, 6, 25))).verdict is Verdict.CONTRADICTED
    # a further clause of the sentence, with its own verb and subject, is not the first subject's
    claim = DateClaim(id="q", says="أطلق الحرس الثوري صواريخه على شرق سوريا فجر الاثنين 1 أكتوبر 2018", kind="date",
                      about=["أطلق", "أطلقت", "قصف"], value="2018-10-01")
    text = "قالت وسائل إعلام إن مسؤولين إيرانيين توعدوا بالرد وأطلق الحرس الثوري صواريخ يوم الأحد."
    assert check(claim, analysis(text, dt.date(2018, 10, 1))).verdict is Verdict.CONTRADICTED
    # the claim's agent in construct after the subject's head names it too
    text = "قالت وسائل إعلام إن قوات الحرس الثوري أطلقت صواريخ يوم الأحد."
    assert check(claim, analysis(text, dt.date(2018, 10, 1))).verdict is Verdict.CONTRADICTED


def test_a_date_naming_another_event_before_a_relative_clause() -> None:
    # CN-middleEast-1384-20181001: «هجوم 22 سبتمبر» names the parade attack; the relative clause after it tells of
    # that attack, not of the missile strike of 1 October
    claim = DateClaim(id="ahvaz-missile-strike-date", says="أطلق الحرس الثوري صواريخه على شرق سوريا فجر الاثنين 1 أكتوبر 2018",
                      kind="date", about=["شن", "أطلق", "أطلقت", "إطلاق", "قصف", "قصفت", "استهدف", "ضربة", "هجوما صاروخيا"],
                      near=["صواريخ", "الصواريخ", "صاروخيا", "صاروخية", "باليستية"], value="2018-10-01")
    text = ("قالت وسائل إعلام إن الحرس الثوري أطلق صواريخ على شرق سوريا استهدفت متشددين يشتبه أنهم متورطون في هجوم "
            "22 سبتمبر/ أيلول الذي استهدف عرضا عسكريا في الأحواز.")
    assert check(claim, analysis(text, dt.date(2018, 10, 1))).verdict is Verdict.NOT_MENTIONED
    # the claim's own word before the date: it is the claim's event's day
    claim = DateClaim(id="q", says="ضرب الزلزال جزيرة سولاويسي يوم الجمعة 28 سبتمبر 2018", kind="date",
                      about=["زلزال", "الزلزال", "ضرب", "وقع"], value="2018-09-28")
    text = "وقتل المئات في زلزال 27 سبتمبر الذي ضرب جزيرة سولاويسي."
    assert check(claim, analysis(text, dt.date(2018, 9, 30))).verdict is Verdict.CONTRADICTED
    # the day itself is the antecedent: the relative clause tells what happened on it
    text = "وفي يوم 27 سبتمبر الذي ضرب فيه الزلزال جزيرة سولاويسي قتل المئات."
    assert check(claim, analysis(text, dt.date(2018, 9, 30))).verdict is Verdict.CONTRADICTED


def test_a_sentence_naming_another_place_of_the_claims_kind_is_of_another_event() -> None:
    # BB-internationalNews-1103-20180930, on the Sulawesi quake, recalls the Lombok quakes of August
    claim = DateClaim(id="sulawesi-quake-date", says="ضرب الزلزال وتسونامي جزيرة سولاويسي يوم الجمعة 28 سبتمبر 2018",
                      kind="date", about=["زلزال", "الزلزال", "تسونامي", "ضرب", "ضربا", "وقع"], value="2018-09-28")
    text = ("وفي الشهر الماضي فقط، ضربت سلسلة من الزلازل المميتة جزيرة لومبوك الأندونيسية، خلف أقواها، الذي وقع في "
            "5 أغسطس/آب، أكثر من 460 قتيلا.")
    assert check(claim, analysis(text, dt.date(2018, 9, 30))).verdict is Verdict.NOT_MENTIONED
    # the claim's island, however spelt, is its event's
    text = "وضرب الزلزال جزيرة سولاويزي في 27 سبتمبر."
    assert check(claim, analysis(text, dt.date(2018, 9, 30))).verdict is Verdict.CONTRADICTED
    # a place of another kind says nothing of which event it is
    text = "وضرب الزلزال مدينة بالو في 27 سبتمبر."
    assert check(claim, analysis(text, dt.date(2018, 9, 30))).verdict is Verdict.CONTRADICTED


def test_a_date_after_the_claims_verb_and_its_subject_is_the_verbs() -> None:
    # FR-internationalNews-1464-20180526 (Saturday): the lead says the final was won on Wednesday
    claim = DateClaim(id="ucl-final-date", says="أقيمت المباراة النهائية يوم السبت 26 مايو 2018", kind="date",
                      about=["النهائي", "نهائي", "المباراة النهائية", "المباراة", "فاز", "فوز", "تغلب", "أقيمت"],
                      near=["ليفربول", "ريال", "الريال", "الملكي", "كييف"], value="2018-05-26")
    text = "فاز ريال مدريد مساء الأربعاء على نظيره الإنكليزي ليفربول بنتيجة 3-1 في نهائي دوري أبطال أوروبا."
    assert check(claim, analysis(text, dt.date(2018, 5, 26))).verdict is Verdict.CONTRADICTED
    # more words than a subject's between: the date may be another complement's
    text = "فاز نادي ريال مدريد الإسباني العريق مساء الأربعاء على نظيره الإنكليزي ليفربول."
    assert check(claim, analysis(text, dt.date(2018, 5, 26))).verdict is Verdict.NOT_MENTIONED


def test_a_day_in_construct_after_another_event_noun_is_that_events() -> None:
    """«لعقد قمة الاثنين»: the summit's Monday, not the arrival's (AL-internationalNews-1951-20180716); the claim's own
    event noun keeps the day («بدأت القمة الاثنين» for a summit claim)."""

    arrival = DateClaim(id="arr", says="وصل ترامب إلى هلسنكي يوم الأحد 15 يوليو 2018 عشية القمة", kind="date",
                        about=["وصل", "وصوله"], value="2018-07-15")
    summit = DateClaim(id="sum", says="عقدت القمة في هلسنكي يوم الأحد 15 يوليو 2018", kind="date",
                       about=["القمة", "قمة"], value="2018-07-15")
    monday = dt.date(2018, 7, 17)  # published the next day: «الاثنين» is 16 July
    text = "ووصل ترمب إلى هلسنكي لعقد قمة الاثنين مع نظيره الروسي فلاديمير بوتين."
    assert check(arrival, analysis(text, monday)).verdict is Verdict.NOT_MENTIONED
    assert check(arrival, analysis("ووصل ترمب إلى هلسنكي الاثنين.", monday)).verdict is Verdict.CONTRADICTED
    assert check(summit, analysis(text, monday)).verdict is Verdict.CONTRADICTED


def test_a_verb_after_kana_and_another_subject_is_that_subjects_act() -> None:
    """«وكان بوتين قد وصل، الاثنين» is Putin's arrival, not Trump's (AL-internationalNews-1959-20180716)."""

    arrival = DateClaim(id="arr", says="وصل ترامب إلى هلسنكي يوم الأحد 15 يوليو 2018", kind="date",
                        about=["وصل", "وصوله"], value="2018-07-15")
    monday = dt.date(2018, 7, 17)
    assert check(arrival, analysis("وكان بوتين قد وصل، الاثنين، إلى هلسنكي.", monday)).verdict is Verdict.NOT_MENTIONED
    assert check(arrival, analysis("وكان ترامب قد وصل، الاثنين، إلى هلسنكي.", monday)).verdict is Verdict.CONTRADICTED


def test_a_day_right_after_a_verb_of_saying_the_dictionary_reads_as_a_noun_is_that_verbs() -> None:
    """«وعبّر الاثنين عن ثقته بنجاح القمة»: the Monday Trump spoke, not the summit's Tuesday (FR-internationalNews-
    1768-20180612); undotted, «عبر» is first "across" to the dictionary."""

    summit = DateClaim(id="s", says="عقدت القمة بين ترامب وكيم في سنغافورة يوم الثلاثاء 12 يونيو 2018", kind="date",
                       about=["القمة", "قمة", "اللقاء"], value="2018-06-12")
    tuesday = dt.date(2018, 6, 12)
    assert check(summit, analysis("وعبّر الاثنين عن ثقته بنجاح القمة.", tuesday)).verdict is Verdict.NOT_MENTIONED
    assert check(summit, analysis("وعقدت القمة الاثنين.", tuesday)).verdict is Verdict.CONTRADICTED


def test_a_day_after_the_article_is_no_day_of_a_past_event() -> None:
    """SK-internationalNews-2307-20180624 (the Turkish elections, published on the day of the vote): the run-off
    that may come «في الثامن من يوليو» is no day of the vote."""
    vote = DateClaim(id="v", says="جرت الانتخابات الرئاسية والبرلمانية التركية يوم الأحد 24 يونيو 2018", kind="date",
                     about=["الانتخابات", "انتخابات", "جرت", "أجريت"], value="2018-06-24")
    text = "وإذا لم يفز أي مرشح بأكثر من 50 بالمئة في انتخابات اليوم، فستجرى جولة ثانية من الانتخابات في الثامن من يوليو."
    assert check(vote, analysis(text, dt.date(2018, 6, 24))).verdict is not Verdict.CONTRADICTED
    assert check(vote, analysis("وجرت الانتخابات في 8 يوليو 2018.", dt.date(2018, 7, 10))).verdict \
        is Verdict.CONTRADICTED  # a day after the claim's, but not after the article's: denies
    assert check(vote, analysis("وجرت الانتخابات في 23 يونيو 2018.", dt.date(2018, 6, 25))).verdict \
        is Verdict.CONTRADICTED
    # BB-middleEast-655-20180625: a month wholly after the article, in a sentence of a plan
    text = "وكان من المقرر إجراء هذه الانتخابات في نوفمبر/تشرين ثاني 2019، ولكن إردوغان دعا إلى انتخابات مبكرة."
    assert check(vote, analysis(text, dt.date(2018, 6, 25))).verdict is not Verdict.CONTRADICTED
    # a month after the claim's but not after the article's still denies
    assert check(vote, analysis("وجرت الانتخابات في يوليو 2018.", dt.date(2018, 8, 2))).verdict is Verdict.CONTRADICTED


VOTE = DateClaim(id="iraq-election-date", says="جرت الانتخابات التشريعية العراقية يوم السبت 12 مايو 2018", kind="date",
                 about=["الانتخابات", "انتخابات", "الاقتراع", "التصويت", "جرت", "أجريت", "أدلوا", "تنطلق"],
                 value="2018-05-12")
RESULTS = DateClaim(id="iraq-results-date", kind="date", value="2018-05-19",
                    says="أعلنت المفوضية العليا المستقلة للانتخابات النتائج النهائية للانتخابات يوم السبت 19 مايو 2018",
                    about=["أعلنت", "إعلان", "النتائج النهائية", "المفوضية"])


def test_an_about_word_inside_a_bodys_name_dates_the_bodys_act() -> None:
    # SK-middleEast-1640-20180513 (Sunday): the commission spoke on Sunday, the vote was on Saturday
    text = ("قالت المفوضية العليا المستقلة للانتخابات في العراق، الأحد، إنه من المتوقع إعلان نتائج الانتخابات "
            "التشريعية في غضون يومين.")
    assert check(VOTE, analysis(text, dt.date(2018, 5, 13))).verdict is Verdict.NOT_MENTIONED
    # SK-middleEast-1750-20180516 (Wednesday), without «المستقلة»
    text = "قالت المفوضية العليا للانتخابات في العراق، الأربعاء، إن مسلحين يحاصرون مركز اقتراع في كركوك."
    assert check(VOTE, analysis(text, dt.date(2018, 5, 16))).verdict is Verdict.NOT_MENTIONED
    # SK-internationalNews-2325-20180626 (Tuesday), the board named by annexation
    text = "وكانت لجنة الانتخابات العراقية قد أعلنت الاثنين فوز القائمة في الانتخابات."
    assert check(VOTE, analysis(text, dt.date(2018, 5, 15))).verdict is Verdict.NOT_MENTIONED
    # the elections themselves still deny, and a claim of the body's own act keeps its name
    text = "وجرت الانتخابات الأحد في العراق."
    assert check(VOTE, analysis(text, dt.date(2018, 5, 14))).verdict is Verdict.CONTRADICTED
    text = "وأعلنت المفوضية العليا المستقلة للانتخابات النتائج النهائية يوم الجمعة."
    assert check(RESULTS, analysis(text, dt.date(2018, 5, 19))).verdict is Verdict.CONTRADICTED


def test_a_day_after_a_forecast_word_is_of_what_is_expected() -> None:
    """AL-internationalNews-1094-20180510 (Thursday; the Malaysian election of Wednesday 9 May): the swearing-in
    expected on Thursday dates no vote."""
    vote = DateClaim(id="malaysia-vote-date", says="جرت الانتخابات العامة الماليزية يوم الأربعاء 9 مايو 2018",
                     kind="date", about=["الانتخابات", "انتخابات", "الاقتراع", "التصويت", "جرت", "أجريت", "تجري"],
                     value="2018-05-09")
    thursday = dt.date(2018, 5, 10)
    text = ("وقال مهاتير إنه يتوقع أن تجري مراسم توليه رئاسة الوزراء في وقت لاحق الخميس في أعقاب فوزه في الانتخابات، "
            "مؤكدا الضرورة الملحة لتوليه المنصب.")
    assert check(vote, analysis(text, thursday)).verdict is Verdict.NOT_MENTIONED
    # past a comma, the forecast word is another clause's
    text = "وقال مهاتير إنه يتوقع تشكيل الحكومة سريعا، وجرت الانتخابات يوم الثلاثاء."
    assert check(vote, analysis(text, thursday)).verdict is Verdict.CONTRADICTED


def test_a_scheduled_day_set_off_by_commas_is_of_what_is_expected() -> None:
    """SK-internationalNews-3062-20180817 (Friday; Khan elected prime minister that day): «ومن المقرر أن يؤدي خان
    اليمين رئيسا للوزراء، السبت،» is the oath to come; the day in commas is of the scheduled clause."""
    elected = DateClaim(id="pak-pm-vote-date", says="انتخبت الجمعية الوطنية عمران خان رئيسا للوزراء يوم الجمعة 17 أغسطس 2018",
                        kind="date", about=["انتخب", "ينتخب", "اختيار", "اختير", "صوت", "رئيسا للوزراء"],
                        value="2018-08-17")
    friday = dt.date(2018, 8, 17)
    text = "ومن المقرر أن يؤدي خان اليمين رئيسا للوزراء، السبت، في ولاية تستمر خمس سنوات."
    assert check(elected, analysis(text, friday)).verdict is Verdict.NOT_MENTIONED
    # without the schedule, the day in commas is the election's
    text = "وانتخب البرلمان خان رئيسا للوزراء، الخميس، في جلسة."
    assert check(elected, analysis(text, friday)).verdict is Verdict.CONTRADICTED


def test_a_day_of_another_time_of_a_repeated_act_denies_nothing() -> None:
    """SK-middleEast-1830-20180520 (Abbas in hospital three times in a week): «دخل إلى المستشفى مرة ثانية يوم الجمعة»
    is the second admission, not the one the claim dates; the same day without «مرة ثانية» denies it."""
    admitted = DateClaim(id="a", says="أدخل عباس المستشفى الاستشاري العربي قرب رام الله يوم الأحد 20 مايو 2018",
                         kind="date", about=["دخل", "أدخل", "دخوله"], value="2018-05-20")
    sunday = dt.date(2018, 5, 20)
    text = "وقالت الوكالة إن عباس خضع لجراحة صغيرة الثلاثاء، لكنه دخل إلى المستشفى مرة ثانية يوم الجمعة."
    assert check(admitted, analysis(text, sunday)).verdict is Verdict.NOT_MENTIONED
    assert check(admitted, analysis("وقالت الوكالة إن عباس دخل إلى المستشفى يوم الجمعة.", sunday)).verdict \
        is Verdict.CONTRADICTED


def test_a_day_after_an_about_word_made_a_time_is_not_its_day() -> None:
    """AL-internationalNews-677-20180329 (Kim's first visit to China, from Sunday 25 March): «وبعد زيارته إلى الصين
    الأربعاء» dates what followed the visit; CN-middleEast-830-20180507: «في كلمة ألقاها عقب الانتخابات ...
    الإثنين» the speech."""
    visit = DateClaim(id="v", says="بدأت زيارة كيم جونغ أون الأولى إلى بكين يوم الأحد 25 مارس 2018", kind="date",
                      about=["زيارة", "زيارته", "وصل"], value="2018-03-25")
    thursday = dt.date(2018, 3, 29)
    text = "وبعد زيارته إلى الصين الأربعاء، قال مسؤولون كوريون جنوبيون إن كيم سيلتقي مون."
    assert check(visit, analysis(text, thursday)).verdict is Verdict.NOT_MENTIONED
    assert check(visit, analysis("وبدأت زيارته إلى الصين الأربعاء.", thursday)).verdict is Verdict.CONTRADICTED


def test_a_day_in_commas_after_a_verb_of_reaction_is_the_reactions() -> None:
    """CN-middleEast-383-20180326 (the Houthi missiles of Sunday 25 March): «أدانت قطر، الاثنين، إطلاق جماعة الحوثي
    لصواريخ» dates Qatar's condemnation; after another verb the day in commas is still read as before
    (CN-economy-163-20180811: «قررت الولايات المتحدة، السبت، مضاعفة الرسوم», labelled a contradiction)."""
    launched = DateClaim(id="l", says="أطلق الحوثيون الصواريخ على السعودية مساء الأحد 25 مارس 2018", kind="date",
                         about=["أطلق", "إطلاق", "الهجوم"], value="2018-03-25")
    monday = dt.date(2018, 3, 26)
    text = "أدانت قطر، الاثنين، إطلاق جماعة الحوثي لصواريخ صوب السعودية."
    assert check(launched, analysis(text, monday)).verdict is Verdict.NOT_MENTIONED
    doubled = DateClaim(id="d", says="أعلن ترامب يوم الجمعة 10 أغسطس 2018 مضاعفة الرسوم على الصلب", kind="date",
                        about=["أعلن", "مضاعفة", "بمضاعفة"], value="2018-08-10")
    text = "قررت الولايات المتحدة، السبت، مضاعفة الرسوم المفروضة على وارداتها من الصلب."
    assert check(doubled, analysis(text, dt.date(2018, 8, 11))).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "expected"), [
    # CN-middleEast-393-20180326: the verb of reaction (وصف) far before the day, its subject's appositions in commas
    ("وصف مندوب الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي، خلال مداخلته باجتماع لمجلس الأمن الدولي، "
     "الإثنين، إطلاق الحوثيين لصواريخ باتجاه المملكة العربية السعودية.", Verdict.NOT_MENTIONED),
    # CN-middleEast-392-20180327: a dateline before the verb, a name the dictionary reads as a verb (حمد) in its subject
    ("دبي، الإمارات العربية المتحدة (CNN)-- وصف الشيخ حمد بن جاسم، رئيس الوزراء القطري السابق، عبر تغريدة بحسابه، "
     "الثلاثاء، إطلاق الصواريخ الحوثية على المملكة العربية السعودية بمثابة اعتداء.", Verdict.NOT_MENTIONED),
    # FR-internationalNews-1886-20180618 (shape): no commas, a verb of saying opening the clause, its long subject
    ("وعبر الأمير زيد بن رعد الحسين المفوض السامي لحقوق الإنسان التابع للأمم المتحدة الاثنين عن قلقه البالغ من "
     "الهجوم.", Verdict.NOT_MENTIONED),
    ("وبدأ التحالف الاثنين الهجوم على المدينة.", Verdict.CONTRADICTED),  # no verb of saying
    # a reaction's subject that begins with a root «و» (وزير، وفد) opens no clause; «وشن» does
    ("أدان وزير الخارجية القطري، الاثنين، إطلاق الحوثيين لصواريخ على الرياض.", Verdict.NOT_MENTIONED),
    ("رحبت الحكومة بالقرار وشن الحوثيون، الاثنين، هجوما على الرياض.", Verdict.CONTRADICTED),
    # another verb's clause opened between the reaction and the day: that verb's day
    ("رحبت الحكومة بالقرار، ثم شن الحوثيون، الاثنين، هجوما على الرياض.", Verdict.CONTRADICTED),
    # no verb of reaction: the claim's own act, its day in commas
    ("أطلق الحوثيون، الاثنين، صواريخ على الرياض.", Verdict.CONTRADICTED),
])
def test_a_verb_of_reaction_or_saying_dates_the_day_however_long_its_subject(text: str, expected: Verdict) -> None:
    launched = DateClaim(id="l", says="أطلق الحوثيون الصواريخ على السعودية مساء الأحد 25 مارس 2018", kind="date",
                         about=["أطلق", "إطلاق", "الهجوم", "هجوم"], value="2018-03-25")
    assert check(launched, analysis(text, dt.date(2018, 3, 27))).verdict is expected


MEETING = DateClaim(id="mbs-trump-meeting-date", kind="date", value="2018-03-20",
                    says="استقبل الرئيس الأمريكي دونالد ترامب ولي العهد السعودي في البيت الأبيض يوم الثلاثاء 20 مارس 2018",
                    about=["يلتقي", "التقى", "لقاء", "اللقاء", "اجتماع"])
TURKISH_VOTE = DateClaim(id="turkey-election-date", kind="date", value="2018-06-24",
                         says="جرت الانتخابات الرئاسية والبرلمانية التركية يوم الأحد 24 يونيو 2018",
                         about=["الانتخابات", "انتخابات", "جرت"])
SURRENDER = DateClaim(id="lula-surrender-date", kind="date", value="2018-04-07",
                      says="سلم لولا نفسه للشرطة مساء السبت 7 أبريل 2018", about=["سلم", "تسليم", "بتسليم"])


def test_a_day_in_commas_after_a_verb_of_saying_is_the_sayings() -> None:
    """SK-internationalNews-68-20180221 (the held-out Dapchi file): the police announced on Wednesday what had happened
    on Monday; a claim of the announcement itself keeps the day."""
    taken = DateClaim(id="dapchi-abducted-date", kind="date", value="2018-02-19",
                      says="خطفت التلميذات من مدرستهن في دابتشي مساء الاثنين 19 فبراير 2018",
                      about=["خطف", "اختطاف", "فقدان", "هجوم"])
    text = "أعلنت الشرطة النيجيرية، الأربعاء، فقدان 111 تلميذة، في شمال شرق البلاد."
    assert check(taken, analysis(text, dt.date(2018, 2, 21))).verdict is Verdict.NOT_MENTIONED
    announced = DateClaim(id="a", kind="date", value="2018-02-19", says="أعلنت الشرطة النيجيرية فقدان التلميذات يوم الاثنين",
                          about=["فقدان", "أعلنت"])
    assert check(announced, analysis(text, dt.date(2018, 2, 21))).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "text", "published", "expected"), [
    # CN-internationalNews-160-20180321: the day of the arrival, the meeting its purpose, days after
    (MEETING, "وقد وصل ولي العهد السعودي للولايات المتحدة، الأحد ليلتقي بالرئيس الأمريكي دونالد ترامب خلال مناسبة "
              "غذاء رسمية.", dt.date(2018, 3, 21), Verdict.NOT_MENTIONED),
    (MEETING, "التقى ترامب ولي العهد الأحد في البيت الأبيض.", dt.date(2018, 3, 21), Verdict.CONTRADICTED),
    # SK-internationalNews-836-20180407: the deadline's day, the surrender its purpose (made the next day)
    (SURRENDER, "وكان القاضي قد منح الرئيس السابق حتى بعد ظهر أمس الجمعة لتسليم نفسه للشرطة في مدينة كوريتيبا.",
     dt.date(2018, 4, 7), Verdict.NOT_MENTIONED),
    # BB-internationalNews-221-20180324 (shape): the day of the act told first, the claim's told as before it
    (MEETING, "وأوقفت الشركة مديرها التنفيذي، الأحد بعدما التقى ترامب في البيت الأبيض.",
     dt.date(2018, 3, 21), Verdict.NOT_MENTIONED),
    # SK-internationalNews-2320-20180625 (shape): «بعد فوزه في الانتخابات» after the day of the powers he gained
    (TURKISH_VOTE, "حصل الرئيس التركي على سلطات تنفيذية واسعة اليوم الاثنين بعد فوزه في انتخابات مهمة.", dt.date(2018, 6, 25),
     Verdict.NOT_MENTIONED),
    (TURKISH_VOTE, "جرت الانتخابات التركية اليوم الاثنين بعد حملة طويلة.", dt.date(2018, 6, 25), Verdict.CONTRADICTED),
    # «بعد الظهر», «بعد العصر» are times of the day itself
    (MEETING, "وجرى الأحد بعد العصر لقاء بين ترامب وولي العهد في البيت الأبيض.", dt.date(2018, 3, 21),
     Verdict.CONTRADICTED),
    (MEETING, "وجرى الأحد بعد الظهر لقاء بين ترامب وولي العهد في البيت الأبيض.", dt.date(2018, 3, 21),
     Verdict.CONTRADICTED),
    # «لقاء» begins with the letter and opens no purpose: the meeting of Sunday
    (MEETING, "وجرى الأحد لقاء بين ترامب وولي العهد في البيت الأبيض.", dt.date(2018, 3, 21), Verdict.CONTRADICTED),
])
def test_a_purpose_after_the_day_is_not_dated_by_it(
    claim: DateClaim, text: str, published: dt.date, expected: Verdict,
) -> None:
    assert check(claim, analysis(text, published)).verdict is expected


RUSSIAN_VOTE = DateClaim(id="rus-election-date", says="جرت الانتخابات الرئاسية الروسية يوم الأحد 18 مارس 2018",
                         kind="date", about=["الانتخابات", "انتخابات", "الاقتراع", "التصويت", "جرت", "أجريت"],
                         value="2018-03-18")


def test_an_about_word_after_the_word_of_results_dates_the_results() -> None:
    # SK-internationalNews-529-20180323 (Friday): the results came on Friday, the vote «الأحد الماضي»
    text = ("وكانت لجنة الانتخابات المركزية الروسية قد أعلنت في وقت سابق من يوم الجمعة النتائج الرسمية لانتخابات "
            "الرئاسة التي جرت الأحد الماضي.")
    assert check(RUSSIAN_VOTE, analysis(text, dt.date(2018, 3, 23))).verdict is Verdict.SUPPORTED
    # FR-internationalNews-1251-20180515 (Tuesday): the partial results of Tuesday, no day of the Iraqi vote
    text = "بعد ظهور النتائج الجزئية الرسمية للانتخابات العراقية الثلاثاء، شكل العراقيون مفاجأة سياسية."
    assert check(VOTE, analysis(text, dt.date(2018, 5, 15))).verdict is Verdict.NOT_MENTIONED
    # a claim of the results keeps them
    assert check(RESULTS, analysis("وأعلنت النتائج النهائية للانتخابات يوم الجمعة.", dt.date(2018, 5, 19))).verdict \
        is Verdict.CONTRADICTED


def test_a_later_year_is_to_come_whatever_the_tense() -> None:
    # BB-internationalNews-190-20180319: the elections of 2030 are no day of the vote of 2018
    text = "ولكن لا يبدو أنه يعتزم البقاء في السلطة لمدة أطول، لأنه ضحك من سؤال بخصوص احتمال ترشحه لانتخابات 2030."
    assert check(RUSSIAN_VOTE, analysis(text, dt.date(2018, 3, 19))).verdict is Verdict.NOT_MENTIONED
    # a day of the article's own year still denies
    assert check(RUSSIAN_VOTE, analysis("وجرت الانتخابات في 11 مارس 2018.", dt.date(2018, 3, 19))).verdict \
        is Verdict.CONTRADICTED


def test_an_about_word_completing_licences_dates_the_licences() -> None:
    """BB-middleEast-656-20180624 (Saudi women driving): the licences of 5 June are no day women began to drive."""
    driving = DateClaim(id="d", kind="date", value="2018-06-24",
                        says="بدأت النساء في السعودية قيادة السيارات يوم الأحد 24 يونيو 2018",
                        about=["قيادة", "القيادة", "بقيادة", "بدأت", "رفع", "الحظر"])
    text = "وحصلت عشرة سعوديات على رخص قيادة في الخامس من يونيو/ حزيران الجاري بعد تحويل رخصهن الأجنبية."
    assert check(driving, analysis(text, dt.date(2018, 6, 24))).verdict is Verdict.NOT_MENTIONED
    assert check(driving, analysis("وبدأت النساء قيادة السيارات في العاشر من يونيو.", dt.date(2018, 6, 24))).verdict \
        is Verdict.CONTRADICTED  # two weeks off (19 days off is another day of the story: ``OTHER_EVENT_DAYS``)


def test_a_later_day_of_the_process_is_no_day_it_began() -> None:
    """SK-middleEast-615-20180328, CN-middleEast-410-20180329 (the Egyptian election, voting from Monday 26 March):
    the third and last day, or the day voting ended, dates no start."""
    began = DateClaim(id="b", says="بدأ التصويت في الانتخابات الرئاسية داخل مصر يوم الاثنين 26 مارس 2018", kind="date",
                      about=["التصويت", "الاقتراع", "الانتخابات", "فتحت", "جرت"], value="2018-03-26")
    wednesday = dt.date(2018, 3, 28)
    text = "فتحت مراكز الاقتراع في مصر، الأربعاء، أبوابها لليوم الثالث والأخير من الانتخابات الرئاسية."
    assert check(began, analysis(text, wednesday)).verdict is Verdict.NOT_MENTIONED
    text = "قال السيسي إنه فخور بمشاهد المصريين في الانتخابات الرئاسية التي انتهى التصويت فيها مساء الأربعاء."
    assert check(began, analysis(text, dt.date(2018, 3, 29))).verdict is Verdict.NOT_MENTIONED
    assert check(began, analysis("وفتحت مراكز الاقتراع أبوابها الأربعاء.", wednesday)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "published", "expected"), [
    # SK-middleEast-3564-20180908, CN-middleEast-1304-20180907 (the held-out Basra file, first run): later protests
    ("وأدت احتجاجات الجمعة إلى مقتل 3 أشخاص، وإصابة نحو 50 آخرين.", dt.date(2018, 9, 8), Verdict.NOT_MENTIONED),
    ("وفي حادث منفصل، قتل شخص واحد في البصرة خلال مظاهرات، الجمعة.", dt.date(2018, 9, 7), Verdict.NOT_MENTIONED),
    # a start named in the sentence («أولى»: the first), or protests before the claim's day, still deny
    ("وخرجت أولى الاحتجاجات في البصرة يوم الأربعاء 5 سبتمبر.", dt.date(2018, 9, 8), Verdict.CONTRADICTED),
    ("واندلعت الاحتجاجات الأربعاء في البصرة.", dt.date(2018, 9, 8), Verdict.CONTRADICTED),
    # a weekday four days or more from the claim's is other news of the week (kinds.other_days.WEEKDAY_APART)
    ("واندلعت الاحتجاجات الجمعة في البصرة.", dt.date(2018, 9, 8), Verdict.NOT_MENTIONED),
    ("وخرجت احتجاجات في البصرة يوم 1 سبتمبر.", dt.date(2018, 9, 8), Verdict.CONTRADICTED),
])
def test_a_later_day_of_what_began_is_no_day_it_began(text: str, published: dt.date, expected: Verdict) -> None:
    began = DateClaim(id="b", says="بدأت موجة الاحتجاجات الدامية في البصرة يوم الاثنين 3 سبتمبر 2018", kind="date",
                      about=["الاحتجاجات", "احتجاجات", "المظاهرات", "مظاهرات", "اندلعت", "بدأت"], value="2018-09-03")
    assert check(began, analysis(text, published)).verdict is expected


def test_another_day_of_a_claim_long_before_the_article_denies_it() -> None:
    """SK-technology-159-20180314 (Stephen Hawking's death): «ولد ... يوم 8 أبريل 1942» against his birth on
    8 January 1942; a day months from a claim of the news («OTHER_EVENT_DAYS») is still another event's."""
    birth = DateClaim(id="b", says="ولد ستيفن هوكينغ في أكسفورد في 8 يناير 1942", kind="date",
                      about=["ولد", "مولده", "ولادته"], value="1942-01-08")
    text = "ولد هوكينغ في مدينة أكسفورد يوم 8 أبريل 1942."
    assert check(birth, analysis(text, dt.date(2018, 3, 14))).verdict is Verdict.CONTRADICTED
    assert check(birth, analysis("ولد في الثامن من يناير/ كانون الثاني عام 1942.", dt.date(2018, 3, 14))).verdict \
        is Verdict.SUPPORTED
    assert check(VOTE, analysis("وجرت الانتخابات في 12 سبتمبر 2018.", dt.date(2018, 9, 14))).verdict \
        is Verdict.NOT_MENTIONED  # a claim of the news: a day four months off is another vote's


RESULT = DateClaim(id="zim-result-announced-date", says="أعلنت لجنة الانتخابات ليل الخميس 2 أغسطس 2018 فوز منانغاغوا بالانتخابات الرئاسية",
                   kind="date", about=["أعلنت", "أعلن", "إعلان", "النتائج", "فوز"], value="2018-08-02")


def test_a_relative_clause_of_taking_place_dates_its_antecedent() -> None:
    # FR-internationalNews-2579-20180802 (the Zimbabwe file, held out, first run): Monday is the elections' day,
    # not the announcement's
    published = dt.date(2018, 8, 2)
    text = "وسط تصاعد الضغوط على السلطات للإعلان عن نتائج الانتخابات الرئاسية التي جرت الاثنين الماضي."
    assert check(RESULT, analysis(text, published)).verdict is Verdict.NOT_MENTIONED
    assert check(RESULT, analysis(text.replace("الاثنين", "يوم الاثنين"), published)).verdict is Verdict.NOT_MENTIONED
    # the about word itself before the relative clause: its own day
    text = "وأعلنت اللجنة النتائج التي جرت الاثنين الماضي."
    assert check(RESULT, analysis(text, published)).verdict is Verdict.CONTRADICTED
    assert check(RESULT, analysis("وأعلنت اللجنة فوز منانغاغوا الاثنين الماضي.", published)).verdict is Verdict.CONTRADICTED


ADMISSION = DateClaim(id="abbas-admission-date", says="دخل الرئيس محمود عباس المستشفى يوم الأحد 20 مايو 2018",
                      kind="date", about=["دخل", "ودخل", "الراقد"], value="2018-05-20")
ANNOUNCED = DateClaim(id="snap-announcement-date", says="أعلن أردوغان إجراء الانتخابات المبكرة يوم الأربعاء 18 أبريل 2018",
                      kind="date", about=["أعلن", "إعلان", "قرر", "دعوة", "دعا"], value="2018-04-18")


def test_another_day_only_beside_the_claims_word_in_an_article_that_states_the_claims_day() -> None:
    # FR-internationalNews-1376-20180522 (Tuesday): a first short stay on Saturday evening, the admission on Sunday
    stays = ("وعاد عباس ودخل المستشفى مساء السبت، وأعلن المستشفى وقتها إجراء صورة رنين، وغادر عباس المستشفى بعد وقت قصير. "
             "غير أن عباس عاد ودخل المستشفى صباح الأحد، وكان يعاني من ارتفاع في الحرارة.")
    found = check(ADMISSION, analysis(stays, dt.date(2018, 5, 22)))
    assert found.verdict is Verdict.SUPPORTED
    assert all("السبت" not in e.text for e in found.evidence)
    # the Saturday alone denies: nothing in the article dates the claim's act otherwise
    first = stays.split(". ")[0] + "."
    assert check(ADMISSION, analysis(first, dt.date(2018, 5, 22))).verdict is Verdict.CONTRADICTED
    # FR-internationalNews-784-20180418 (Wednesday): the ally's call of Tuesday beside the announcement of Wednesday
    text = ("أعلن الرئيس التركي الأربعاء عن تنظيم انتخابات مبكرة رئاسية وتشريعية. "
            "وكان بهجلي أثار مفاجأة عندما دعا الثلاثاء إلى إجراء انتخابات مبكرة في 26 آب/أغسطس.")
    assert check(ANNOUNCED, analysis(text, dt.date(2018, 4, 18))).verdict is Verdict.SUPPORTED
    assert check(ANNOUNCED, analysis(text.split(". ")[1], dt.date(2018, 4, 18))).verdict is Verdict.CONTRADICTED


def test_a_day_attached_by_linking_words_denies_beside_the_claims_own() -> None:
    # two days each attached to the claim's word through linking words: the article disagrees with itself
    text = ("أعلن الرئيس التركي الأربعاء عن تنظيم انتخابات مبكرة. "
            "وقال مسؤول إن إعلان إجراء الانتخابات في يوم الثلاثاء جاء مفاجئا.")
    found = check(ANNOUNCED, analysis(text, dt.date(2018, 4, 18)))
    assert found.verdict is Verdict.CONTRADICTED, found


CLAIMED = DateClaim(id="ouaga-claim-date", says="تبنت جماعة نصرة الإسلام والمسلمين الهجومين يوم السبت 3 مارس 2018",
                    kind="date", about=["تبنت", "مسؤوليتها", "المسؤولية"], value="2018-03-03")
PRESIDENCY = DateClaim(id="lula-presidency-2003", says="تولى لولا رئاسة البرازيل عام 2003", kind="date",
                       about=["ترأس", "رئاسة", "الرئاسة"], value="2003")


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # FR-internationalNews-243-20180303 (the Ouagadougou file, held out): Friday dates the attacks («هجومي», the
    # dual in construct), not the claim of them
    (CLAIMED, "أكدت جماعة نصرة الإسلام والمسلمين التابعة للقاعدة في مالي مسؤوليتها عن هجومي الجمعة في العاصمة.",
     Verdict.NOT_MENTIONED),
    (CLAIMED, "وأعلنت الجماعة مسؤوليتها الجمعة عن الهجوم.", Verdict.CONTRADICTED),
    # SK-internationalNews-840-20180407: «ترأس محاكمة عام 2012» is a trial's year, not the presidency's
    (PRESIDENCY, "ولم يترشح باربوسا إلى أي منصب لكنه يحظى بتقدير بعد أن ترأس محاكمة عام 2012 تتعلق بالفساد.",
     Verdict.NOT_MENTIONED),
])
def test_a_date_after_another_event_noun_is_that_events(claim: DateClaim, text: str, verdict: Verdict) -> None:
    assert check(claim, analysis(text, dt.date(2018, 3, 3))).verdict is verdict
