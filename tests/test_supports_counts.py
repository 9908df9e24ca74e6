"""Supports found liberally, contradictions kept strict (issue 9, counts).

Every sentence is from the ANT v2.1 corpus (article id in the comment).
"""

from __future__ import annotations

from factcheck.claims.model import QuantityClaim
from factcheck.kinds import check
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of as doc


def count(says: str, about: list[str], value: float) -> QuantityClaim:
    return QuantityClaim(id="c", says=says, kind="quantity", about=about, value=value, unit="count")


WOUNDED = ["إصابة", "أصيب", "أصيبوا", "جرح", "جرحى", "المصابين"]
DEAD = ["قتيل", "قتلى", "مقتل", "قتل", "مصرع", "حتفهم", "بحياة"]


def test_others_count_the_people_of_their_verb() -> None:
    # BB-internationalNews-856-20180723; SK-internationalNews-2792-20180723
    for text in (
        "أعلنت الشرطة الكندية أن حادث إطلاق النار في تورونتو أسفر عن مقتل شخصين، من بينهما المهاجم، وإصابة 13 آخرين.",
        "قتل شخصان وأُصيب 13 آخرون بجروح عندما فتح مسلح النار على رواد مطعم شرقي تورنتو.",
    ):
        claim = count("أصيب 13 شخصا بجروح", WOUNDED, 13)
        assert check(claim, doc(text)).verdict is Verdict.SUPPORTED
        # after the claim's own harm they are its figure: they deny another (the labels of the Surabaya and
        # Toronto van files: «أصيب 13 آخرون» against 41, «وإصابة 13 آخرين» against 15)
        assert check(count("أصيب 14 شخصا بجروح", WOUNDED, 14), doc(text)).verdict is Verdict.CONTRADICTED


def test_others_never_take_the_count_of_the_group_before_them() -> None:
    # SK-internationalNews-591-20180326: the 16 are missing, not dead
    text = "قالت وزارة الطوارئ الروسية إن ما لا يقل عن 53 شخصا لاقوا حتفهم وفقد 16 آخرون، عندما اندلع حريق في مركز تجاري."
    assert check(count("أودى الحريق بحياة 64 شخصا", DEAD, 64), doc(text)).verdict is Verdict.SUPPORTED
    assert check(count("أودى الحريق بحياة 16 شخصا", DEAD, 16), doc(text)).verdict is Verdict.CONTRADICTED


def test_a_group_of_all_the_claims_people_supports() -> None:
    survived = ["نجا", "نجاة", "نجون", "ناجين"]
    # AL-internationalNews-1240-20180519
    text = 'وأوضحت السلطات أن ثلاث نساء فقط نجون من الحادث "لكن حالتهن حرجة".'
    assert check(count("نجا ثلاثة أشخاص فقط", survived, 3), doc(text)).verdict is Verdict.SUPPORTED
    # a group smaller than the claim's whole neither supports nor contradicts it
    assert check(count("نجا خمسة أشخاص", survived, 5), doc(text)).verdict is Verdict.NOT_MENTIONED
    # SK-internationalNews-1654-20180519: 110 passengers aboard is the claim's 110 people aboard
    text = "إذ قتل 107 من أصل 110 ركاب كانوا على متنها، ونجا 3 آخرون لكنهم أصيبوا بجراح بالغة."
    aboard = count("كان على متن الطائرة 110 أشخاص بين ركاب وطاقم", ["متنها", "متن", "أشخاص", "شخصا"], 110)
    assert check(aboard, doc(text)).verdict is Verdict.SUPPORTED


DEAD_TWO = ["قتل", "مقتل", "قتيلان", "قتيلين", "شخصان", "شخصين"]


def test_a_dual_of_people_counts_two() -> None:
    from factcheck.read.quantities import find_quantities
    from factcheck.text.normalize import normalize

    def counts(text: str) -> list[float]:
        return [q.value for q in find_quantities(normalize(text).text) if q.unit == "count"]

    assert counts("أسفر عن مقتل شخصين، من بينهما المهاجم") == [2]  # BB-internationalNews-856-20180723
    assert counts("وأسفر عن سقوط قتيلين وإصابة 13 شخصاً") == [2, 13]  # SK-internationalNews-2806-20180725
    assert counts("قتل شخصين اثنين") == [2]  # the number says it, once
    assert counts("أسماء القتيلين") == []  # the two already named
    # FR-internationalNews-2455-20180723; SK-internationalNews-2792-20180723
    claim = count("قتل شخصان أحدهما المهاجم", DEAD_TWO, 2)
    for text in (
        "قتل شخصان أحدهما المنفذ المشتبه به وجرح 13 شخصا في إطلاق نار مساء الأحد في الحي اليوناني بمدينة تورونتو.",
        "قتل شخصان وأُصيب 13 آخرون بجروح عندما فتح مسلح النار على رواد مطعم شرقي تورنتو.",
    ):
        assert check(claim, doc(text)).verdict is Verdict.SUPPORTED
    # the dual is the wounded verb's neighbour, the 13 others are the wounded
    text = "قتل شخصان وأُصيب 13 آخرون بجروح عندما فتح مسلح النار على رواد مطعم شرقي تورنتو."
    assert check(count("أصيب 13 شخصا بجروح", WOUNDED, 13), doc(text)).verdict is Verdict.SUPPORTED


def test_a_dual_never_contradicts() -> None:
    # SK-internationalNews-2806-20180725: no figure written, the count is not clearly the claim's
    text = "وأسفر عن سقوط قتيلين وإصابة 13 شخصاً، بينما قتل المهاجم نفسه."
    assert check(count("قتل ثلاثة أشخاص", DEAD_TWO, 3), doc(text)).verdict is Verdict.NOT_MENTIONED


def test_persons_of_a_group_count_the_group() -> None:
    # CN-internationalNews-236-20180411: ten persons of the crew are ten of the crew
    text = "قتل 257 شخصا بينهم عشرة أشخاص من الطاقم، في حادث سقوط الطائرة العسكرية الجزائرية."
    crew = count("كان بين القتلى أفراد الطاقم العشرة", ["الطاقم", "طاقم"], 10)
    assert check(crew, doc(text)).verdict is Verdict.SUPPORTED


def test_people_aboard_support_a_group_only_as_a_bound_the_claim_meets() -> None:
    passengers = ["راكبا", "ركاب", "راكب", "متنها", "تقل"]
    # SK-middleEast-944-20180411: 247 passengers make «more than 200 people aboard» true
    text = "بتشكيل لجنة تحقيق في حادث تحطم الطائرة، التي كانت تقل أكثر من 200 شخص، بينهم عسكريين ومدنيين."
    assert check(count("كانت الطائرة تقل 247 راكبا", passengers, 247), doc(text)).verdict is Verdict.SUPPORTED
    # ... and never contradict: 150 passengers may be among them too
    assert check(count("كانت الطائرة تقل 150 راكبا", passengers, 150), doc(text)).verdict is Verdict.NOT_MENTIONED
    # CN-internationalNews-362-20180518: 104 people aboard are not 104 passengers (the crew is aboard too)
    text = "أعلنت السلطات الكوبية عن تحطم طائرة ركاب على متنها 104 أشخاص خلال إقلاعها من مطار خوسيه مارتي."
    claim = count("كانت الطائرة تقل 104 ركاب", ["ركاب", "راكبا", "مسافرين", "مسافرا"], 104)
    assert check(claim, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_two_named_days_are_two_days() -> None:
    from factcheck.claims.model import QuantityClaim as Q

    # SK-internationalNews-1654-20180519
    text = "واستحدثت السلطات خطا ساخنا للرد على استفسارات أقارب الركاب، وأعلنت الحداد الوطني يومي السبت والأحد."
    mourning = Q(id="m", says="أعلنت كوبا الحداد الوطني لمدة يومين", kind="quantity",
                 about=["الحداد", "حداد"], value=2, unit="day")
    assert check(mourning, doc(text)).verdict is Verdict.SUPPORTED
    three = Q(id="m", says="الحداد ثلاثة أيام", kind="quantity", about=["الحداد", "حداد"], value=3, unit="day")
    assert check(three, doc(text)).verdict is Verdict.CONTRADICTED
    # «يومي» is no pair without two named days: «بشكل يومي» (daily)
    assert check(mourning, doc("وأعلنت الحداد الوطني بشكل يومي.")).verdict is Verdict.NOT_MENTIONED


def test_a_pronoun_after_a_number_is_no_counted_noun() -> None:
    # AL-internationalNews-1240-20180519
    text = "وذكر التلفزيون الحكومي أن الطائرة كانت تقل 104 مسافرين، بالإضافة إلى أفراد الطاقم الستة وهم مكسيكيون."
    crew = count("كان طاقم الطائرة مؤلفا من ستة أفراد مكسيكيين", ["طاقم", "الطاقم"], 6)
    assert check(crew, doc(text)).verdict is Verdict.SUPPORTED


def test_a_count_of_the_claims_noun_a_few_words_away_supports_only() -> None:
    arrested = ["اعتقال", "اعتقلت", "توقيف", "أوقفت"]
    # SK-internationalNews-610-20180327: a parenthesis between the verb and its object
    text = "واعتقلت السلطات الأمنية، إلى حدود الساعة، أربعة أشخاص للتحقيق معهم، في وقت لم يكشف فيه بعد المسؤولون سبب الحريق."
    assert check(count("اعتقلت السلطات أربعة أشخاص", arrested, 4), doc(text)).verdict is Verdict.SUPPORTED
    assert check(count("اعتقلت السلطات خمسة أشخاص", arrested, 5), doc(text)).verdict is Verdict.NOT_MENTIONED
    # BB-internationalNews-879-20180724
    text = ("وأظهرت بيانات للشرطة أن عدد القتلى من أعمال عنف بأسلحة نارية في المدينة ارتفع بنسبة 53 بالمئة "
            "ليسجل 26 قتيلا حتى الآن في 2018.")
    guns = ["الأسلحة النارية", "بأسلحة نارية", "عنف"]
    assert check(count("قتل 26 شخصا بالأسلحة النارية", guns, 26), doc(text)).verdict is Verdict.SUPPORTED
    assert check(count("قتل 30 شخصا بالأسلحة النارية", guns, 30), doc(text)).verdict is Verdict.NOT_MENTIONED
    # not past a complementizer: the count is of what is reported
    text = "واعتقلت السلطات رجلا قال إن أربعة أشخاص شاهدوا الحريق."
    assert check(count("اعتقلت السلطات أربعة أشخاص", arrested, 4), doc(text)).verdict is Verdict.NOT_MENTIONED


GOALS = ["هدف", "أهداف"]


def test_a_dual_of_the_claims_own_noun_counts_two() -> None:
    # the editor's audit (World Cup opening): «سجل تشيرشيف هدفين» was left not_mentioned
    two = count("سجل المنتخب هدفين", GOALS, 2)
    for text in (
        "وسجل المنتخب هدفين في الشوط الثاني.",
        "وسجل تشيرشيف هدفين رائعين.",  # an adjective after the dual: still the goals
        "وفاز المنتخب بهدفين مقابل هدف.",  # the dual with its proclitic, the other side's goal after it
        "وفاز الفريق بهدفين نظيفين.",
    ):
        assert check(two, doc(text)).verdict is Verdict.SUPPORTED, text
    assert check(two, doc("وسجل المنتخب ثلاثة أهداف.")).verdict is Verdict.CONTRADICTED  # a figure written
    # a feminine noun's dual, in either case
    matches = count("خاض الفريق مباراتين", ["مباراة"], 2)
    for text in ("وخاض الفريق مباراتين وديتين.", "وتبقى للفريق مباراتان."):
        assert check(matches, doc(text)).verdict is Verdict.SUPPORTED, text
    # a person's dual (read in every article) names its noun too
    assert check(count("قتل شخصان", ["شخص"], 2), doc("وقتل شخصان في الهجوم.")).verdict is Verdict.SUPPORTED


def test_a_dual_after_another_verb_of_its_noun_is_not_the_claims() -> None:
    # a review: «صنع هدفين» (the player's assists) supported a claim that he scored 2 goals
    scored = count("سجل تشيرشيف هدفين", ["تشيرشيف"], 2)
    goals = count("سجل المنتخب هدفين", GOALS, 2)
    for claim, text in (
        (scored, "وصنع تشيرشيف هدفين."),
        (scored, "وسجل تشيرشيف هدفا وصنع هدفين."),  # the nearest verb of its noun is another's
        (goals, "واكتفى اللاعب بصناعة هدفين للمنتخب."),
        (goals, "وأهدر المنتخب هدفين محققين."),
    ):
        assert check(claim, doc(text)).verdict is Verdict.NOT_MENTIONED, text
    # the claim's own verb, nearer than the other: read
    assert check(scored, doc("وصنع تشيرشيف هدفا وسجل هدفين.")).verdict is Verdict.SUPPORTED
    # a claim of making: the verb is its own
    assert check(count("صنع تشيرشيف هدفين", ["تشيرشيف"], 2), doc("وصنع تشيرشيف هدفين.")).verdict is Verdict.SUPPORTED
    # by two goals: no object of a verb of making («صنع الفارق بهدفين»: he made the difference with them)
    assert check(goals, doc("وصنع المنتخب الفارق بهدفين.")).verdict is Verdict.SUPPORTED


def test_a_claim_that_says_a_dual_counts_its_noun() -> None:
    # the editor's audit: «سجل تشيرشيف هدفين» with the scorer as about; his goals are counted, not named
    claim = count("سجل تشيرشيف هدفين", ["تشيرشيف"], 2)
    for text in ("وسجل تشيرشيف هدفين رائعين.", "وسجل تشيرشيف هدفين."):
        assert check(claim, doc(text)).verdict is Verdict.SUPPORTED, text
    # a dual of the statement is no mention of its subject: another's goals are not his
    assert check(claim, doc("وسجل المنتخب هدفين.")).verdict is Verdict.NOT_MENTIONED
    # and only a claim counting 2 counts its statement's dual: «خلال مباراتين» is when the 7 goals were scored
    from factcheck.read.duals import counted_duals

    assert "مباراتين" not in counted_duals(["تشيرشيف"], "سجل تشيرشيف سبعة أهداف خلال مباراتين", 7)
    assert "هدفين" in counted_duals(["تشيرشيف"], "سجل تشيرشيف هدفين خلال يومين", 2)  # a duration is no noun counted
    assert "هدفين" not in counted_duals(["تشيرشيف"], "سجل تشيرشيف هدفين خلال مباراتين", 2)  # which one is counted?


def test_a_dual_of_the_claims_noun_never_contradicts() -> None:
    # no figure written (like a dual of people): «هدفين» may be some of the goals
    assert check(count("سجل المنتخب ثلاثة أهداف", GOALS, 3), doc("وسجل المنتخب هدفين.")).verdict is Verdict.NOT_MENTIONED
    # more of them: an addition, not the claim's count
    assert check(count("سجل المنتخب خمسة أهداف", GOALS, 5),
                 doc("وأضاف المنتخب هدفين آخرين.")).verdict is Verdict.NOT_MENTIONED


def test_a_plural_spelled_like_the_dual_names_nothing() -> None:
    # the editor's World Cup file: «ملايين المشجعين» (a plural, spelled as the dual of مشجع) is no crowd of 80,000
    crowd = count("حضر المباراة 80 ألف متفرج", ["متفرج", "مشجع"], 80000)
    text = "أنهت ثلاثة منتخبات عربية الجولة الأولى بنتائج سلبية، مخيبة آمال ملايين المشجعين العرب."
    assert check(crowd, doc(text)).verdict is Verdict.NOT_MENTIONED
    assert check(count("حضر المباراة مشجعان", ["متفرج", "مشجع"], 2), doc(text)).verdict is Verdict.NOT_MENTIONED


def test_words_ending_like_a_dual_are_no_count() -> None:
    from factcheck.read.duals import claim_duals, dual_counts
    from factcheck.read.tokens import scan
    from factcheck.text.normalize import normalize

    def duals(text: str, about: list[str]) -> list[str]:
        norm = normalize(text).text
        return [q.text for q in dual_counts(norm, scan(norm), claim_duals(tuple(about)))]

    # the dual of the claim's noun, with a proclitic
    assert duals("فاز بهدفين مقابل هدف", GOALS) == ["بهدفين"]
    # after مقابل/أمام the other side's score (a review: «بخمسة أهداف مقابل هدفين» supported a claim of 2)
    assert duals("فاز المنتخب الروسي بخمسة أهداف مقابل هدفين", GOALS) == []
    # a definite dual (two already named) and a construct (هدفي المباراة) are no count
    assert duals("وسجل اللاعب الهدفين وهدفي المباراة الأخرى", GOALS) == []
    # a masculine ين that is a sound plural too: اللاعبين، لاعبين، المسلمين، مرشحين
    assert duals("وشارك لاعبين جدد مع اللاعبين", ["لاعب"]) == []
    assert duals("ودعا المسلمين ومسلمين آخرين", ["مسلم"]) == []
    assert duals("وتنافس مرشحين على المنصب", ["مرشح"]) == []
    # ... while its ان is a dual only
    assert duals("وتنافس مرشحان على المنصب", ["مرشح"]) == ["مرشحان"]
    # words that only end like one: بين، حين، الاثنين (Monday), a name, a verb
    assert duals("بين الفريقين حين وصل يوم الاثنين عثمان وكانا يلعبان", ["هدف", "فريق", "عثم", "لعب"]) == []
    # a number after the dual says it once; a dual of a unit of time is a duration, read elsewhere
    assert duals("وسجل هدفين اثنين", GOALS) == []
    assert duals("بعد يومين", ["يوم"]) == []
    # only the claim's nouns: a dual of another noun is not read for it
    assert duals("وسجل هدفين", ["مباراة"]) == []


EVACUATED = ["إخلاء", "بإخلاء", "إجلاء", "الإجلاء", "إجلائهم", "أجلت", "مغادرة", "أوامر"]


def test_a_claim_of_residents_counts_people_and_inhabitants() -> None:
    """«نحو 1700 من سكان منطقتي ...» counts residents (a partitive's group): people are counted as persons or as
    inhabitants, not as soldiers or the dead (examples/kilauea-eruption-2018.yaml, labelled before the fix)."""
    claim = QuantityClaim(
        id="c", says="أمرت السلطات نحو 1700 من سكان منطقتي ليلاني إستيتس ولانيبونا غاردنز بإخلاء منازلهم",
        kind="quantity", about=EVACUATED, value=1700, unit="count", tolerance="5%",
    )
    # BB-internationalNews-466-20180505
    text = "وبدأ ثوران البركان يوم الخميس، وتبعته حالة طوارئ محلية، وعمليات إجلاء طوعي لقرابة 1700 شخص."
    assert check(claim, doc(text)).verdict is Verdict.SUPPORTED
    # SK-internationalNews-1502-20180510; FR-internationalNews-1060-20180504
    for text in ("واضطرت السلطات إلى إجلاء نحو ألفين من السكان.",
                 "طلبت السلطات في هاواي من نحو عشرة آلاف شخص مغادرة منازلهم بعد ثوران بركان كيلاويا."):
        assert check(claim, doc(text)).verdict is Verdict.CONTRADICTED
    for text in ("وتم إجلاء 2000 جندي من القاعدة.", "إجلاء جثث 2000 قتيل"):
        assert check(claim, doc(text)).verdict is Verdict.NOT_MENTIONED


def test_a_count_of_some_of_the_hurt_is_a_part_of_them() -> None:
    """«ثلاثة من المصابين» (three of the injured) is no count of all the injured; more of them than the claim
    counts still denies it (SK-internationalNews-2676-20180716)."""
    claim = count("أصابت كتلة من الحمم البركانية سقطت على سفينة سياحية 22 شخصا على الأقل",
                  ["أصابت", "فأصابت", "المصابين", "مصابا", "أصيب", "إصابة"], 22)
    text = ("سقطت كتلة من الحمم البركانية على سفينة سياحية قبالة جزيرة بيغ آيلاند في هاواي فأصابت ما لا يقل عن 22 "
            "شخصا فيما يمثل أكبر عدد من المصابين في أحدث ثورة لبركان كيلاويا. وأضاف أن السفينة تمكنت مع العودة إلى "
            "مينائها في هيلو بعد أقل من ساعة، وأن ثلاثة من المصابين نقلوا في سيارة إسعاف.")
    assert check(claim, doc(text)).verdict is Verdict.SUPPORTED
    assert check(claim, doc("وأن ثلاثة من المصابين نقلوا في سيارة إسعاف.")).verdict is Verdict.NOT_MENTIONED
    assert check(claim, doc("وأن ثلاثين من المصابين نقلوا في سيارة إسعاف.")).verdict is Verdict.CONTRADICTED


def test_several_bounds_no_figure() -> None:
    """«فقد دمرت منازل عدة» (several homes) denies no count of homes, however far, nor «بضعة» (a few): a vague count
    states no figure (BB-internationalNews-466-20180505); a figure still denies."""
    claim = count("دمرت الحمم البركانية نحو 600 منزل", ["منزل", "منازل", "المنازل", "دمرت", "تدمير"], 600)
    assert check(claim, doc("فقد دمرت منازل عدة في الجزيرة.")).verdict is Verdict.NOT_MENTIONED
    assert check(claim, doc("فقد دمرت بضعة منازل في الجزيرة.")).verdict is Verdict.NOT_MENTIONED
    assert check(claim, doc("فقد دمرت خمسة منازل في الجزيرة.")).verdict is Verdict.CONTRADICTED


def test_a_count_after_another_harms_noun_and_ila_is_that_harms() -> None:
    """«ارتفع عدد القتلى إلى 58 والجرحى إلى 2771»: the 58 is the dead's, no count of the wounded beside it
    (SK-middleEast-1703-20180514); a claim of the dead still reads its own «القتلى إلى 55»."""
    wounded = count("أصيب 2771 فلسطينيا بجروح", ["أصيب", "إصابة", "جرحى", "الجرحى", "جريحا", "بجروح"], 2771)
    text = "وحسب وزارة الصحة الفلسطينية، ارتفع عدد القتلى إلى 58 والجرحى إلى 2771."
    assert check(wounded, doc(text)).verdict is Verdict.SUPPORTED
    dead = count("قتل 58 فلسطينيا", ["قتل", "مقتل", "قتلى", "القتلى"], 58)
    assert check(dead, doc("وارتفع عدد القتلى إلى 55.")).verdict is Verdict.CONTRADICTED


CHILDREN_DEAD = ["طفلا", "أطفال", "الأطفال", "قتل", "مقتل", "قتلوا", "جثث", "جثة"]
CHILDREN_WOUNDED = ["جرحى", "جريحا", "جرحوا", "أصيب", "وأصيب", "إصابة", "بينهم"]


def test_a_part_after_binahum_is_of_the_harm_of_the_group_before_it() -> None:
    """«79 جريحا بينهم 56 طفلا»: the 56 children are wounded ones, no count of the children killed; «51 قتيلا
    بينهم 40 طفلا» no count of wounded children (FR-internationalNews-2697-20180814, BB-middleEast-985-20180909,
    FR-middleEast-926-20180813: the Dahyan school bus strike)."""
    killed = count("كان بين قتلى الغارة 40 طفلا", CHILDREN_DEAD, 40)
    wounded = count("كان بين جرحى الغارة 56 طفلا", CHILDREN_WOUNDED, 56)
    for text in ("وأوقعت الغارة كذلك 79 جريحا بينهم 56 طفلا.",
                 "وأدخل 48 جريحا بينهم 30 طفلا إلى مستشفى تديره هذه المنظمة الدولية."):
        assert check(killed, doc(text)).verdict is Verdict.NOT_MENTIONED
    for text in ("وارتفعت حصيلة ضحايا الغارة إلى 51 قتيلا بينهم 40 طفلا، بحسب حصيلة نهائية.",
                 "وسجلت المنظمة أسماء 34 قتيلا، من بينهم 25 طفلا وثلاثة معلمين كانوا في الحافلة."):
        assert check(wounded, doc(text)).verdict is Verdict.NOT_MENTIONED
    # the group's harm before its number, a comma before «من بينهم»: the claim's own part
    text = "وقتل 40 طفلا و11 بالغا في الهجوم، فضلا عن إصابة 79 آخرين، من بينهم 56 طفلا."
    assert check(wounded, doc(text)).verdict is Verdict.SUPPORTED
    assert check(count("كان بين جرحى الغارة 50 طفلا", CHILDREN_WOUNDED, 50), doc(text)).verdict \
        is Verdict.CONTRADICTED
    # a group of the claim's own harm still counts: the part of the dead for a claim of the children killed
    assert check(killed, doc("وقتل 51 شخصا بينهم 29 طفلا في الغارة.")).verdict is Verdict.CONTRADICTED
    assert check(killed, doc("وارتفعت الحصيلة إلى 51 قتيلا بينهم 40 طفلا.")).verdict is Verdict.SUPPORTED


DAHYAN_DEAD = QuantityClaim.model_validate({  # examples/dahyan-school-bus-strike-2018.yaml: «شخصا» is an about word
    "id": "dahyan-dead-51", "kind": "quantity", "value": 51, "unit": "count",
    "says": "قتل 51 شخصا في الغارة الجوية على حافلة الأطفال في سوق ضحيان بمحافظة صعدة، بحسب الحصيلة النهائية للصليب الأحمر",
    "about": ["قتل", "مقتل", "قتلى", "قتيلا", "قتلوا", "القتلى", "شخصا", "حصيلة"],
    "near": ["شخصا", "قتيلا", "أشخاص", "بالغا"],
})


def test_persons_after_another_harm_are_that_harms_though_the_claim_names_persons() -> None:
    """FR-internationalNews-2648-20180810: «وأصيب 48 شخصا» counts the wounded; the claim's about word «شخصا» right
    after the 48 names persons, not whose harm; and «29 طفلا على الأقل», a bound of a group of the dead, says
    nothing of all of them (51): neither supports nor denies."""
    text = "والخميس أعلن الصليب الأحمر أن 29 طفلا على الأقل قتلوا وأصيب 48 شخصا في قصف استهدف حافلة تقل أطفالا."
    assert check(DAHYAN_DEAD, doc(text)).verdict is Verdict.NOT_MENTIONED
    # the claim's own harm before the persons: its count
    assert check(DAHYAN_DEAD, doc("وقتل 48 شخصا في قصف استهدف حافلة.")).verdict is Verdict.CONTRADICTED
    assert check(DAHYAN_DEAD, doc("ومقتل 51 شخصا وإصابة 79 شخصا في القصف.")).verdict is Verdict.SUPPORTED
    # a group's exact count of all the claim's people still supports it
    assert check(DAHYAN_DEAD, doc("وقتل 51 مدنيا وأصيب 79 شخصا في القصف.")).verdict is Verdict.SUPPORTED


def test_a_count_of_attempts_is_no_count_of_the_acts() -> None:
    """«13 تهمة بمحاولة القتل», «و13 تهمة بالشروع في القتل»: charges of attempted murder, none of murder
    (FR-internationalNews-900-20180424, SK-internationalNews-1146-20180424: the Toronto van attack)."""
    charges = count("وجهت محكمة كندية إلى ميناسيان عشر تهم بالقتل العمد", ["تهم", "تهمة", "التهم", "بالقتل"], 10)
    text = "ووجهت أيضا إلى ميناسيان 13 تهمة بمحاولة القتل بحسب عدد الجرحى."
    assert check(charges, doc(text)).verdict is Verdict.NOT_MENTIONED
    text = "ووجهت إليه عشر تهم بالقتل و13 تهمة بالشروع في القتل."
    assert check(charges, doc(text)).verdict is Verdict.SUPPORTED
    assert check(charges, doc("ووجهت إليه 13 تهمة بالقتل.")).verdict is Verdict.CONTRADICTED
    # a claim of the attempts owns them
    attempts = count("وجهت إليه 13 تهمة بمحاولة القتل", ["تهم", "تهمة"], 13)
    assert check(attempts, doc("ووجهت إليه 12 تهمة بمحاولة القتل.")).verdict is Verdict.CONTRADICTED
