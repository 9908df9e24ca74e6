"""The quantity and date checkers: which number or date belongs to a claim, and how they compare.

Golden cases on short articles written like the seeds: each one is a way a
number elsewhere in an article could wrongly decide a claim.
"""

from __future__ import annotations

import pytest

from factcheck.claims.model import DateClaim, QuantityClaim
from factcheck.kinds import check
from factcheck.verdicts import Role, Verdict
from tests.conftest import analysis_of as doc


def duration(value: float = 3, unit: str = "hour", **kw: object) -> QuantityClaim:
    return QuantityClaim(
        id="summit-duration", says="استمرت القمة ثلاث ساعات", kind="quantity",
        about=["القمة", "الاجتماع"], value=value, unit=unit, **kw,  # type: ignore[arg-type]
    )


def war_began(value: str = "2022", **kw: object) -> DateClaim:
    return DateClaim(
        id="war", says="بدأت الحرب عام 2022", kind="date",
        about=["الحرب", "الغزو"], value=value, **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("انتهى الاجتماع الذي استمر نحو ثلاث ساعات.", Verdict.SUPPORTED),
        ("انتهى الاجتماع الذي استمر ٣ ساعات.", Verdict.SUPPORTED),
        ("استمرت القمة ساعتين ونصف.", Verdict.SUPPORTED),  # 2.5, with the claim's tolerance 0.5
        ("انتهى الاجتماع الذي استمر خمس ساعات.", Verdict.CONTRADICTED),
        ("استمرت القمة 180 دقيقة.", Verdict.SUPPORTED),
        ("استمرت القمة أكثر من ساعتين.", Verdict.SUPPORTED),  # ≥2 overlaps 3
        ("استمرت القمة أقل من ساعتين.", Verdict.CONTRADICTED),  # ≤2 does not
    ],
    ids=["hedged-words", "indic-digits", "dual-and-half", "other-value", "minutes", "more-than", "less-than"],
)
def test_duration_values(text: str, verdict: Verdict) -> None:
    claim = duration(tolerance=0.5) if "ونصف" in text else duration()
    assert check(claim, doc(text)).verdict is verdict


def test_clock_time_is_not_a_duration() -> None:
    f = check(duration(), doc("تبدأ القمة في تمام الساعة 19:30 بتوقيت غرينتش."))
    assert f.verdict is Verdict.NOT_MENTIONED, f


def test_calendar_year_is_not_a_number_of_years() -> None:
    claim = QuantityClaim(
        id="decade", says="أول زيارة منذ عقد", kind="quantity", about=["زيارة"], value=10, unit="year",
    )
    f = check(claim, doc("تعد هذه أول زيارة له منذ بدء غزوه لأوكرانيا في فبراير 2022."))
    assert f.verdict is Verdict.NOT_MENTIONED, f
    assert check(claim, doc("تعد هذه أول زيارة له إلى الولايات المتحدة منذ عقد.")).verdict is Verdict.SUPPORTED


def test_numbers_about_something_else_do_not_decide() -> None:
    # named in the sentence, but far from the quantity (more than WINDOW tokens)
    text = (
        "وجاءت القمة بعد أشهر من تصريحات ترامب خلال حملته الانتخابية الطويلة في الولايات المتحدة "
        "التي وعد فيها بأنه سينهي الحرب في أوكرانيا خلال 24 ساعة من توليه."
    )
    f = check(duration(), doc(text))
    assert f.verdict is Verdict.NOT_MENTIONED, f
    assert "no time quantity near" in f.reason
    # a duration in hours says nothing about a span of years, even next to the word
    eighty = QuantityClaim(id="e", says="x", kind="quantity", about=["الحرب"], value=80, unit="year")
    f = check(eighty, doc("وقال إنه سينهي الحرب خلال 24 ساعة."))
    assert f.verdict is Verdict.NOT_MENTIONED, f


def test_nearest_quantity_belongs_to_the_about_word() -> None:
    text = "انعقدت قمة امتدت لثلاث ساعات لإيجاد مخرج لأحد أكثر الصراعات دموية في أوروبا منذ ثمانية عقود."
    f = check(duration(), doc(text))
    assert f.verdict is Verdict.SUPPORTED, f
    assert [e.text for e in f.evidence] == ["لثلاث ساعات"]
    eighty = QuantityClaim(id="e", says="x", kind="quantity", about=["أوروبا"], value=80, unit="year")
    f = check(eighty, doc(text))
    assert f.verdict is Verdict.SUPPORTED and "8 decades = 80 years" in f.evidence[0].reason


def test_quoted_words_are_a_barrier() -> None:
    text = 'وأعلن ترامب بعد الاجتماع مضيفا: "قد أضطر للتفكير في ذلك بعد أسبوعين".'
    claim = duration(value=14, unit="day")
    assert check(claim, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_self_contradicting_article_is_contradicted_with_both_evidences() -> None:
    text = "استمر الاجتماع ثلاث ساعات.\nوقال مسؤول إن الاجتماع استمر خمس ساعات."
    f = check(duration(), doc(text))
    assert f.verdict is Verdict.CONTRADICTED
    assert sorted(e.role.value for e in f.evidence) == [Role.CONTRADICTS.value, Role.SUPPORTS.value]


def test_percent_from_fraction_and_count_from_million() -> None:
    share = QuantityClaim(id="s", says="x", kind="quantity", about=["أراضي"], value=20, unit="percent")
    assert check(share, doc("تسيطر روسيا على نحو خُمس أراضي أوكرانيا.")).verdict is Verdict.SUPPORTED
    assert check(share, doc("تسيطر روسيا على ثلث أراضي أوكرانيا.")).verdict is Verdict.CONTRADICTED
    toll = QuantityClaim(
        id="t", says="قتل أكثر من مليون شخص في الحرب", kind="quantity", about=["مقتل"], value=1_000_000, unit="count",
    )  # a claim of the war's toll (one that names no war is of one event: a war's toll denies nothing of it)
    assert check(toll, doc("تسببت الحرب في مقتل أكثر من مليون شخص.")).verdict is Verdict.SUPPORTED
    assert check(toll, doc("تسببت الحرب في مقتل مئة ألف شخص.")).verdict is Verdict.CONTRADICTED
    # «عشرات الآلاف» states an order of magnitude, no figure: no evidence either way
    assert check(toll, doc("تسببت الحرب في مقتل عشرات الآلاف.")).verdict is Verdict.NOT_MENTIONED


@pytest.mark.parametrize(
    ("text", "claim_value", "verdict"),
    [
        ("منذ اندلاع الحرب في 2022.", "2022", Verdict.SUPPORTED),
        ("منذ بدء الغزو في فبراير 2022.", "2022", Verdict.SUPPORTED),
        ("منذ بدء الغزو في شباط 2022.", "2022-02", Verdict.SUPPORTED),
        ("منذ بدء الغزو في فيفري 2022.", "2022-02", Verdict.SUPPORTED),
        ("منذ بدء الغزو عام 2022.", "2022-02", Verdict.SUPPORTED),  # agrees at the year
        ("منذ بدء الغزو في مارس 2022.", "2022-02", Verdict.CONTRADICTED),
        ("منذ اندلاع الحرب عام 2014.", "2022", Verdict.CONTRADICTED),
        ("منذ بدء الغزو في 24 فبراير 2022.", "2022-02-24", Verdict.SUPPORTED),
        ("منذ بدء الغزو في 20 فبراير 2022.", "2022-02-24", Verdict.CONTRADICTED),
        ("ستنتهي الحرب في فبراير المقبل.", "2022", Verdict.NOT_MENTIONED),  # relative: ignored
        ("اندلعت الحرب في 1443 هـ.", "2022", Verdict.NOT_MENTIONED),  # Hijri never read as Gregorian
    ],
)
def test_dates(text: str, claim_value: str, verdict: Verdict) -> None:
    assert check(war_began(claim_value), doc(text)).verdict is verdict


def test_hijri_claims_compare_with_hijri_dates() -> None:
    claim = war_began("1443", calendar="hijri")
    assert check(claim, doc("اندلعت الحرب في رجب 1443 هـ.")).verdict is Verdict.SUPPORTED
    assert check(claim, doc("اندلعت الحرب في رجب 1440 هـ.")).verdict is Verdict.CONTRADICTED
    assert check(claim, doc("اندلعت الحرب في 2022.")).verdict is Verdict.NOT_MENTIONED


def _toll(value: float) -> QuantityClaim:
    return QuantityClaim(id="t", says=f"قتل {value:g} شخصا", kind="quantity", about=["مقتل"], value=value, unit="count")


@pytest.mark.parametrize("value", [0, 5, 257, 5000, 2_000_000])
def test_a_vague_count_denies_no_figure(value: float) -> None:
    # SK-middleEast-926-20180411 (ANT), an early report of the Boufarik crash: «مقتل العشرات»; until 2026-12-07 a
    # vague count ten times from the claim's figure denied it (14 contradictions over 185 labelled files, none true)
    for text in ("أسفر تحطم طائرة عسكرية قرب العاصمة عن مقتل العشرات.", "أسفر الهجوم عن مقتل المئات.",
                 "وتشير تقديرات إلى أن الصراع مع بوكو حرام قد أسفر عن مقتل عشرات الآلاف، واختطاف الآلاف."):
        assert check(_toll(value), doc(text)).verdict is Verdict.NOT_MENTIONED, (value, text)


def test_a_vague_count_beside_a_figure_leaves_the_figure_to_decide() -> None:
    text = "أسفر الهجوم عن مقتل العشرات. وقالت السلطات إن الهجوم أسفر عن مقتل 5000 شخص."
    assert check(_toll(5000), doc(text)).verdict is Verdict.SUPPORTED
    assert check(_toll(257), doc(text)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "value"), [
    # «مقتل العشرات» states no figure: it does not support 60 dead, nor 39 (the Genoa labels: not mentioned)
    ("أسفر تحطم طائرة عسكرية قرب العاصمة عن مقتل العشرات.", 60),
    ("وأسفر انهيار الجسر عن مقتل العشرات.", 39),
    ("وأسفر الهجوم عن مقتل مئات الأشخاص.", 300),
    ("وأسفر الزلزال عن مقتل الآلاف.", 5000),
    ("وأسفر الحريق عن مقتل بضعة أشخاص.", 4),
])
def test_a_vague_count_never_supports_an_exact_claim(text: str, value: float) -> None:
    assert check(_toll(value), doc(text)).verdict is Verdict.NOT_MENTIONED


@pytest.mark.parametrize("claim", [duration(), war_began()], ids=["quantity", "date"])
def test_a_document_that_names_no_about_word_is_silent_unread(claim: QuantityClaim | DateClaim) -> None:
    """Its numbers and dates are never read for the claim (an unscoped claim meets thousands of such articles)."""
    analysis = doc("استمرت المباراة خمس ساعات في 12 مارس 2019.")
    found = check(claim, analysis)
    assert found.verdict is Verdict.NOT_MENTIONED and found.reason == f"names none of {', '.join(claim.about)}"
    assert not {"dates", "numbers", "quantities"} & set(vars(analysis))
    named = doc(f"استمرت {claim.about[0]} خمس ساعات في 12 مارس 2019.")
    assert check(claim, named).reason != found.reason and "dates" in vars(named)


def test_only_a_disagreeing_sentence_is_read_for_an_earlier_figure() -> None:
    """«وكان الاجتماع قد استمر خمس ساعات» is an earlier figure: not held against the claim.  The other
    sentences are never read for one (every sentence of every article was, a fortieth of a corpus read)."""
    analysis = doc("استمرت القمة ثلاث ساعات. قال المتحدث إن الطقس كان جميلا. وكان الاجتماع قد استمر خمس ساعات.")
    asked: list[tuple[int, bool]] = []
    earlier = analysis.earlier

    def recorded(sentence: int) -> bool:
        asked.append((sentence, earlier(sentence)))
        return asked[-1][1]

    analysis.earlier = recorded  # type: ignore[method-assign]
    assert check(duration(), analysis).verdict is Verdict.SUPPORTED
    assert asked == [(2, True)]
    assert check(duration(), doc("استمر الاجتماع خمس ساعات.")).verdict is Verdict.CONTRADICTED


def test_a_dropped_ala_still_makes_a_lower_bound() -> None:
    """SK-3429 (Michael): «ستة أشخاص الأقل» is «على الأقل» with its «على» dropped: six or more, no flat six."""
    toll = QuantityClaim(id="toll", says="أسفر الإعصار عن مقتل 18 شخصا على الأقل", kind="quantity",
                         about=["قتلى", "مقتل", "قتل"], value=18, unit="count")
    text = "حيث تسبب الإعصار مايكل الذي اقترب من أقوى درجة مسجلة في مقتل ستة أشخاص الأقل واقتلاع منازل."
    assert check(toll, doc(text)).verdict is Verdict.SUPPORTED


VOTES = QuantityClaim(id="kavanaugh-votes-for-50", kind="quantity", value=50, unit="count",
                      says="صوت 50 عضوا في مجلس الشيوخ لصالح تثبيت كافانو", about=["صوتا", "عضوا", "صوت"])
MBS_AGE = QuantityClaim(id="mbs-age-32", kind="quantity", value=32, unit="year",
                        says="يبلغ ولي العهد السعودي الأمير محمد بن سلمان من العمر 32 عاما",
                        about=["ولي العهد", "عاما", "العمر"])


@pytest.mark.parametrize(("claim", "text", "verdict"), [
    # BB-internationalNews-1160-20181006 (the held-out Kavanaugh file): what experts expected, no count of the vote
    (VOTES, "وتوقع الخبراء أن تكون نتيجة التصويت 51 صوتا لصالح كافانو.", Verdict.NOT_MENTIONED),
    (VOTES, "وكانت نتيجة التصويت 51 صوتا لصالح كافانو.", Verdict.CONTRADICTED),
    # FR-internationalNews-500-20180318: the ages in a forecast's sentence are facts all the same
    (MBS_AGE, "يتوقع أن يعمق الرئيس البالغ من العمر 71 عاما العلاقة مع ولي العهد النافذ (35 عاما).",
     Verdict.CONTRADICTED),
])
def test_a_forecast_figure_states_nothing_of_what_was(claim: QuantityClaim, text: str, verdict: Verdict) -> None:
    assert check(claim, doc(text)).verdict is verdict


@pytest.mark.parametrize(("years", "verdict"), [(45, Verdict.SUPPORTED), (46, Verdict.CONTRADICTED),
                                                (44, Verdict.CONTRADICTED)])
def test_an_age_in_years_and_days_gives_its_whole_years(years: int, verdict: Verdict) -> None:
    # FR-internationalNews-2008-20180625 (the held-out Egypt–Saudi match): five false contradictions of its first run
    age = QuantityClaim(id="age", says=f"يبلغ الحضري {years} عاما", kind="quantity", about=["الحضري", "عمره"],
                        value=years, unit="year")
    text = "أصبح الحارس عصام الحضري أكبر لاعب سنا يخوض مباراة في كأس العالم، وعمره 45 عاما و161 يوما."
    assert check(age, doc(text)).verdict is verdict
