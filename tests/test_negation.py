"""Negators and polarity on normalized Arabic tokens."""

from __future__ import annotations

import pytest

from factcheck.kinds.statement.judge import STOPWORDS, content_words
from factcheck.read.negation import NEGATION_WORDS, is_negation_word, negators, polarity
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_query


def toks(text: str) -> list[str]:
    return tokenize(normalize_query(text))


@pytest.mark.parametrize(
    "sentence, index",
    [
        ("لم يتم التوصل إلى اتفاق", 0),
        ("لن يشارك الوفد في المحادثات", 0),
        ("لا يوجد اتفاق", 0),
        ("الوضع ليس مستقرا", 1),
        ("الحكومة ليست مسؤولة", 1),
        ("المسؤولون ليسوا مستعدين", 1),
        ("الدولتان ليستا طرفا", 1),
        ("ما حضر الوزير الاجتماع", 0),
        ("قضايا غير محددة", 1),
        ("انتهت القمة دون اتفاق", 2),
        ("انتهت القمة بدون اتفاق", 2),
        ("أعلن عدم مشاركته", 1),
        ("قمة بلا اتفاق", 1),
        ("نفى الوزير توقيع الاتفاق", 0),
        ("نفت الوزارة وجود اتفاق", 0),
        ("ينفي البيت الأبيض الخبر", 0),
        ("تنفي موسكو الخبر", 0),
        ("كذب المتحدث الرواية", 0),
        ("كذبت الحكومة التقارير", 0),
        ("نفي رسمي للتقارير", 0),
    ],
)
def test_each_negator_is_found(sentence: str, index: int) -> None:
    t = toks(sentence)
    assert negators(t) == [index], (sentence, t)
    assert polarity(t) == -1


@pytest.mark.parametrize(
    "sentence",
    ["ولم يتلق أسئلة", "فلن يشارك أحد", "ولا يوجد اتفاق", "ولن توقع روسيا", "وليس هناك اتفاق", "وبدون اتفاق", "وعدم التوصل الى حل", "ونفت الوزارة الخبر"],
)
def test_clitic_forms_negate(sentence: str) -> None:
    t = toks(sentence)
    assert negators(t) == [0], t
    assert polarity(t) == -1


@pytest.mark.parametrize(
    "sentence",
    [
        "تم التوصل إلى اتفاق لوقف إطلاق النار",
        "كلا البلدين وقع الاتفاق",  # كلا is "both", not ك + لا
        "اللاجئون عادوا إلى ديارهم",
        "ترامب الذي عادة ما يطيل في تصريحاته",  # ما as "what"/"how often"
        "وفق ما ذكرت الوكالة",
        "ما زال القتال مستمرا",  # still
        "لا يزال القتال مستمرا",
        "لم يزل الوفد في موسكو",
        "غير أن الوفد وصل",  # however
    ],
)
def test_affirmations_have_no_negator(sentence: str) -> None:
    t = toks(sentence)
    assert negators(t) == [], t
    assert polarity(t) == 1


def test_la_siyyama_is_no_negation() -> None:
    assert polarity(toks("ارتفعت الأسعار لا سيما أسعار الوقود")) == 1
    assert polarity(toks("ارتفعت الأسعار لاسيما أسعار الوقود")) == 1
    assert negators(toks("ارتفعت الأسعار لا سيما أسعار الوقود")) == []


@pytest.mark.parametrize(("sentence", "sign"), [
    ("أصبح أول لاعب دون العشرين من عمره يسجل هدفين", 1),  # "under twenty": a bound
    ("لا يسمح بالقيادة دون سن 18", -1),  # the لا still negates; دون before an age does not
    ("وقع الحادث على مسافة دون 5 كيلومترات", 1),
    ("انتهت القمة من دون اتفاق", -1),
    ("انتهت القمة دون اتفاق", -1),
])
def test_doon_before_a_figure_is_a_bound_not_a_negation(sentence: str, sign: int) -> None:
    assert polarity(toks(sentence)) == sign


def test_lam_illa_affirms() -> None:
    assert polarity(toks("لم يحضر إلا خمسة وزراء")) == 1
    assert polarity(toks("لا يملك إلا خيارا واحدا")) == 1
    # without the exceptive it is a negation
    assert polarity(toks("لم يحضر خمسة وزراء")) == -1


def test_denial_flips_a_reported_claim_and_double_negation_cancels() -> None:
    assert polarity(toks("نفى الكرملين التوصل إلى اتفاق")) == -1
    assert polarity(toks("نفى الكرملين أنه لم يتوصل إلى اتفاق")) == 1


def test_coordinated_negations_are_one_negation() -> None:
    t = toks("لم يقدما أي تفاصيل، ولم يتلقيا أسئلة من الصحفيين")
    assert negators(t) == [0, 4]
    assert polarity(t) == -1


def test_ma_lam_unless_is_not_a_negated_statement() -> None:
    assert polarity(toks("ستستمر الحرب ما لم يتم التوصل إلى اتفاق")) == 1


def test_negators_are_never_dropped_as_stopwords() -> None:
    for word in ["لم", "لن", "لا", "ليس", "ليست", "ما", "غير", "دون", "بدون", "عدم", "بلا", "ولم", "فلن", "ولا", "نفي", "نفت"]:
        assert is_negation_word(word), word
        assert word not in STOPWORDS, word
    assert NEGATION_WORDS.isdisjoint(STOPWORDS)
    # content_words keeps no negator but the statement engine reads polarity from
    # the full token list: check that negation survives tokenization of a claim.
    t = toks("لم يتم الاتفاق")
    assert "لم" in t and "لم" not in content_words(t)
    assert polarity(t) == -1


def test_polarity_is_pure() -> None:
    t = toks("لم يتم الاتفاق")
    before = list(t)
    assert polarity(t) == polarity(t) == -1
    assert t == before
