"""The statement kind: alignment, judgement, the shipped model, and the checker on the seeds."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.analysis import Analysis
from factcheck.claims.model import StatementClaim
from factcheck.kinds.statement import align_cutoff, check
from factcheck.kinds.statement.align import align
from factcheck.kinds.statement.judge import judge
from factcheck.kinds.statement.model import MODEL_FILE, StanceModel
from factcheck.kinds.statement.words import word_similarity
from factcheck.verdicts import Role, Verdict
from tests.conftest import analysis_of as doc

align_module = importlib.import_module("factcheck.kinds.statement.align")  # the module (the package exports the function)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_002 = "002_3449c5c6f9ea3f3f"




def seed_text(name: str) -> str:
    for folder in (SEEDS, SHARED_SEEDS):
        path = folder / f"{name}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip(f"seed {name} not found")


def claim(says: str, **kw: object) -> StatementClaim:
    return StatementClaim(id="c", says=says, **kw)  # type: ignore[arg-type]


ARTICLE = (
    "افتتح الرئيس المعرض الدولي للكتاب في القاهرة صباح الاثنين.\n"
    "وقال وزير الثقافة إن عدد الزوار بلغ 5 آلاف زائر في اليوم الأول.\n"
    "ولم تشارك دور النشر الأجنبية في المعرض هذا العام بسبب ارتفاع التكاليف.\n"
    "وارتفعت أسعار الكتب بشكل كبير مقارنة بالعام الماضي."
)


# --------------------------------------------------------------- align


def test_align_finds_the_sentence_and_its_offsets() -> None:
    d = doc(ARTICLE)
    cands = align("افتتح الرئيس معرض الكتاب في القاهرة", d, score_cutoff=25)
    assert cands, "no candidate"
    best = cands[0]
    assert best.first_sentence == best.last_sentence == 0
    assert d.document.text[best.start:best.end] == best.text
    assert best.text.startswith("افتتح الرئيس")
    assert best.score >= 80


def test_align_respects_cutoff_and_needs_two_words() -> None:
    d = doc(ARTICLE)
    assert align("فازت البرازيل بكأس العالم لكرة القدم", d, score_cutoff=25) == []
    # one shared word (القاهرة) is not a mention of a longer claim
    assert align("زلزال يضرب القاهرة ويدمر المباني", d, score_cutoff=25) == []


def test_align_is_clitic_and_inflection_aware() -> None:
    d = doc(ARTICLE)
    cands = align("ارتفاع أسعار الكتب", d, score_cutoff=25)
    assert cands and cands[0].first_sentence == 3
    assert word_similarity("بالمعرض", "المعرض") == 100.0
    assert word_similarity("يرتفع", "ارتفاع") >= 80


def test_align_can_join_two_adjacent_sentences() -> None:
    d = doc("وصل الوفد الروسي إلى أنكوريج مساء الخميس. وبدأت المفاوضات حول أوكرانيا صباح الجمعة.")
    cands = align("وصل الوفد الروسي إلى أنكوريج وبدأت المفاوضات حول أوكرانيا", d, score_cutoff=25)
    assert cands[0].first_sentence == 0 and cands[0].last_sentence == 1
    assert cands[0].score > 90


def test_align_limit() -> None:
    d = doc(ARTICLE)
    assert len(align("المعرض الكتاب", d, score_cutoff=1, limit=1)) == 1


# --------------------------------------------------------------- judge


def test_judge_same_polarity_supported() -> None:
    j = judge("لم تشارك دور النشر الأجنبية في المعرض", "ولم تشارك دور النشر الأجنبية في المعرض هذا العام")
    assert j.label == "supported", j


def test_judge_negation_contradicts_both_ways() -> None:
    j = judge("شاركت دور النشر الأجنبية في المعرض", "ولم تشارك دور النشر الأجنبية في المعرض هذا العام")
    assert j.label == "contradicted" and "negates" in j.reason, j
    j = judge("لم تشارك دور النشر الأجنبية في المعرض", "شاركت دور النشر الأجنبية في المعرض هذا العام")
    assert j.label == "contradicted", j


def test_judge_numbers_differ() -> None:
    j = judge("بلغ عدد الزوار 3 آلاف زائر", "وقال الوزير إن عدد الزوار بلغ 5 آلاف زائر")
    assert j.label == "contradicted", j
    assert "5" in j.reason and "3" in j.reason
    assert judge("بلغ عدد الزوار 5 آلاف زائر", "وقال الوزير إن عدد الزوار بلغ 5 آلاف زائر").label == "supported"


@pytest.mark.parametrize("source", [
    # SK-sport-2052-20180705 (the Belgium–Japan file, held out): the 3 and the 2 are the claim's own, the round of
    # sixteen is no count; neither denies the claim's «نظيفين» (nil), which the source does not say
    "وانتفضت بلجيكا لتقلب تأخرها بهدفين إلى فوز 3-2 على اليابان في دور الستة عشر",
    "وقلبت بلجيكا تأخرها أمام اليابان إلى فوز 3-2 في الدور الستة عشر",
])
def test_judge_a_figure_of_the_claims_own_or_a_rounds_number_denies_no_other(source: str) -> None:
    says = "فازت بلجيكا على اليابان 3-2 بعد أن كانت متأخرة بهدفين نظيفين"
    assert judge(says, source).label != "contradicted"
    # a figure none of the claim's states still denies it
    assert judge(says, source.replace("3-2", "4-2")).label == "contradicted"


def test_judge_takes_a_documents_normalized_focus_as_it_is() -> None:
    # the kind passes Candidate.focus (normalized already): judged as if normalized again
    d = doc(ARTICLE.replace("الكتاب", "الكِتَاب"))
    for says in ("ارتفعت أسعار الكتب", "لم ترتفع أسعار الكتب", "بلغ عدد الزوار 3 آلاف زائر"):
        focus = align(says, d, score_cutoff=25)[0].focus
        assert judge(says, focus, normalized=True) == judge(says, focus), says


def test_judge_unrelated_not_mentioned() -> None:
    assert judge("فازت البرازيل بكأس العالم", "ارتفعت أسعار الكتب في القاهرة").label == "not_mentioned"


def test_judge_lexical_substitution_uses_the_model() -> None:
    j = judge("الدولار قرب أدنى مستوى", "بقاء الدولار قرب أعلى مستوى واستقرار للذهب")
    assert j.label == "contradicted", j
    assert "اعلي" in j.reason or "ادني" in j.reason


# --------------------------------------------------------------- model


def test_model_file_is_small_json() -> None:
    # What the shipped model decides is tested in test_statement_model.py.
    from importlib import resources

    path = resources.files("factcheck").joinpath("models", MODEL_FILE)
    raw = path.read_bytes()
    assert len(raw) < 2_000_000
    data = json.loads(raw)
    assert data["format"] == "factcheck-stance-logreg-v1"
    model = StanceModel.from_json(data)
    assert model.weights
    # the logit is the bias plus the weights of the features present
    assert model.logit({}) == model.bias


def test_model_rejects_foreign_json() -> None:
    with pytest.raises(ValueError):
        StanceModel.from_json({"format": "pickle", "bias": 0, "weights": {}})


# --------------------------------------------------------------- the checker


def test_check_supported_with_evidence_offsets_in_original() -> None:
    text = ARTICLE.replace("الكتاب", "الكِتَاب")  # diacritics: offsets map back
    d = doc(text)
    f = check(claim("لم تشارك دور النشر الأجنبية في المعرض"), d)
    assert f.verdict is Verdict.SUPPORTED, f
    ev = f.evidence[0]
    assert ev.role is Role.SUPPORTS
    assert text[ev.start:ev.end] == ev.text
    assert ev.text.startswith("ولم تشارك")


def test_check_about_restricts_sentences() -> None:
    d = doc(ARTICLE)
    assert check(claim("ارتفعت أسعار الكتب", about=["أسعار"]), d).verdict is Verdict.SUPPORTED
    f = check(claim("ارتفعت أسعار الكتب", about=["الطائرات"]), d)
    assert f.verdict is Verdict.NOT_MENTIONED


def test_threshold_maps_to_alignment_cutoff() -> None:
    assert align_cutoff(85) == 25
    assert align_cutoff(0) == 0
    assert align_cutoff(100) > align_cutoff(85)


def test_seed_no_ceasefire_supported() -> None:
    d = doc(seed_text(SEED_002), sid=SEED_002)
    f = check(claim("لم يتم التوصل إلى اتفاق لوقف إطلاق النار"), d)
    assert f.verdict is Verdict.SUPPORTED, f
    assert "اتفاق" in f.evidence[0].text


def test_seed_affirmed_ceasefire_contradicted() -> None:
    d = doc(seed_text(SEED_002), sid=SEED_002)
    f = check(claim("تم التوصل إلى اتفاق لوقف إطلاق النار"), d)
    assert f.verdict is Verdict.CONTRADICTED, f
    assert f.evidence[0].role is Role.CONTRADICTS
    assert "negates" in f.reason


def test_seed_with_negations_dropped_flips_to_contradicted() -> None:
    text = seed_text(SEED_002)
    affirmed = re.sub(r"(^|\s)(و?)(لم|لا) ", r"\1\2", text)
    assert affirmed != text
    d = doc(affirmed, sid="copy")
    f = check(claim("لم يتم التوصل إلى اتفاق لوقف إطلاق النار"), d)
    assert f.verdict is Verdict.CONTRADICTED, f


def test_seed_numbers() -> None:
    d = doc(seed_text(SEED_002), sid=SEED_002)
    assert check(claim("الحرب أكثر الحروب دموية في أوروبا منذ 80 عاما"), d).verdict is Verdict.SUPPORTED
    f = check(claim("الحرب أكثر الحروب دموية في أوروبا منذ 50 عاما"), d)
    assert f.verdict is Verdict.CONTRADICTED
    assert "80" in f.reason and "50" in f.reason


def test_seed_unrelated_not_mentioned() -> None:
    d = doc(seed_text(SEED_002), sid=SEED_002)
    f = check(claim("فازت البرازيل بكأس العالم لكرة القدم"), d)
    assert f.verdict is Verdict.NOT_MENTIONED
    assert f.evidence == ()


def test_check_is_deterministic() -> None:
    d = doc(seed_text(SEED_002), sid=SEED_002)
    c = claim("تم التوصل إلى اتفاق لوقف إطلاق النار")
    assert check(c, d) == check(c, d)


def test_bounds_the_same_way_compare_their_numbers() -> None:
    claim_text = "أكثر من 500 مليون مشاهدة للأغنية"
    assert judge(claim_text, "أكثر من 22 مليون مشاهدة للأغنية").label == "contradicted"
    assert judge(claim_text, "أكثر من 500 مليون مشاهدة للأغنية").label == "supported"
    # a value inside an open bound is no clash
    assert judge("أكثر من مليون قتيل في الحرب", "سقط 1.2 مليون قتيل في الحرب").label != "contradicted"


def test_a_hedge_after_the_numbers_noun_bounds_it() -> None:
    # SK-3370 (Michael): «على الأقل» after the rate «كيلومترا في الساعة»: 160 or more, no clash with about 250
    claim_text = "ضرب الإعصار مايكل فلوريدا برياح تبلغ سرعتها نحو 250 كيلومترا في الساعة"
    source = "في طريقه لاجتياح ولاية فلوريدا، محملا برياح تبلغ سرعتها 160 كيلومترا في الساعة على الأقل."
    assert judge(claim_text, source).label == "not_mentioned"  # a bound says no figure: it supports none either
    assert judge(claim_text, source.replace(" على الأقل", "")).label == "contradicted"
    assert judge(claim_text, source.replace("160", "250").replace(" على الأقل", "")).label == "supported"
    # a bound of the claim's own figure still states it (ANS train 02107)
    assert judge("مقتل 200 في هجمات تفجيرية في السويداء",
                 "أكثر من 200 قتيل في سلسلة هجمات تفجيرية في السويداء").label == "supported"


def test_a_headline_split_by_dots_is_still_read_whole() -> None:
    # ".." makes two sentences, but a short source is given, not searched
    d = doc("تركيا تحرم العراق من المياه.. وفيديو يظهر جفاف دجلة")
    assert len(d.document.sentences) == 2
    f = check(claim("تركيا تحرم العراق من مياه دجلة"), d)
    assert f.verdict is Verdict.SUPPORTED, f


def test_in_an_article_a_partial_match_is_not_a_statement() -> None:
    # Sentences that share only the event's words (بوتين، ترامب، ألاسكا) with the claim say nothing about it.
    d = doc(seed_text(SEED_002), sid=SEED_002)
    for says in (
        "وصف بوتين المحادثات بأنها فاشلة تماما",
        "أرسل بوتين قوات إلى ألاسكا",
        "التقى ترامب بوتين في موسكو الأسبوع الماضي",
    ):
        f = check(claim(says), d)
        assert f.verdict is Verdict.NOT_MENTIONED, (says, f)


FILLER = " وكانت الأجواء في المدينة هادئة طوال اليوم وفق ما أفاد شهود عيان للصحفيين في المكان." * 4


def test_an_article_that_says_both_is_contradicted_with_both_evidences() -> None:
    d = doc(
        "أعلن البيت الأبيض أنه تم التوصل إلى اتفاق نهائي مع روسيا بشأن أوكرانيا." + FILLER
        + " وقال الكرملين لاحقا إنه لم يتم التوصل إلى اتفاق نهائي بشأن أوكرانيا."
    )
    f = check(claim("لم يتم التوصل إلى اتفاق نهائي بشأن أوكرانيا"), d)
    assert f.verdict is Verdict.CONTRADICTED
    assert sorted(e.role for e in f.evidence) == sorted([Role.CONTRADICTS, Role.SUPPORTS])


def test_a_far_negator_reached_through_ay() -> None:
    # "لم تسفر القمة ... التي عقدت في ألاسكا، عن أي اتفاق": the negator is far before the words
    d = doc(seed_text(SEED_002).splitlines()[0] + "\n" + FILLER)
    f = check(claim("تم التوصل إلى اتفاق لوقف الحرب في أوكرانيا"), d)
    assert f.verdict is Verdict.CONTRADICTED, f
    assert f.evidence[0].text.startswith("لم تُسفر")
    assert check(claim("لم يتم التوصل إلى اتفاق لوقف الحرب في أوكرانيا"), d).verdict is Verdict.SUPPORTED


def test_absence_of_a_negation_is_not_an_affirmation() -> None:
    # "reaching a final agreement requires Europe" does not say one was reached
    d = doc("وشدد ترامب على أن التوصل إلى اتفاق نهائي يتطلب مشاركة الدول الأوروبية." + FILLER)
    assert check(claim("لم يتم التوصل إلى اتفاق نهائي"), d).verdict is not Verdict.CONTRADICTED
    d = doc("وأعلن البيت الأبيض أنه تم التوصل إلى اتفاق نهائي مع روسيا." + FILLER)
    assert check(claim("لم يتم التوصل إلى اتفاق نهائي"), d).verdict is Verdict.CONTRADICTED


def test_a_stronger_bound_the_same_way_agrees() -> None:
    assert judge("قتل أو أصيب أكثر من مليون شخص في الحرب", "قتل أو أصيب أكثر من مليوني شخص في الحرب").label == "supported"
    assert judge("قتل أو أصيب أكثر من مليوني شخص في الحرب", "قتل أو أصيب أكثر من مليون شخص في الحرب").label == "contradicted"


def test_a_negation_stops_at_the_clause_end() -> None:
    # "لم تستكمل على مستوى الوفود" is its own clause: the praise after the comma stands
    d = doc(
        "انتهت المحادثات من دون اتفاق نهائي، كما لم تستكمل على مستوى الوفود الموسعة، ورغم ذلك، "
        "وصف بوتين اللقاء بأنه كان بناء." + FILLER
    )
    assert check(claim("وصف بوتين اللقاء بأنه بناء"), d).verdict is Verdict.SUPPORTED


def test_numbers_meet_however_they_are_written() -> None:
    # the claim's "5" is found in "خمس", and its "3" clashes with it
    assert judge("استمر الاجتماع نحو 5 ساعات", "وقال إن الاجتماع استمر نحو خمس ساعات").label == "supported"
    j = judge("استمر الاجتماع نحو ثلاث ساعات", "وقال إن الاجتماع استمر نحو 5 ساعات")
    assert j.label == "contradicted" and j.basis == "number"
    # the day and year of a date are not amounts
    d = doc("التقى الرئيسان في أنكوريج يوم 15 أغسطس 2025 لبحث الحرب.")
    assert check(claim("التقى الرئيسان في أنكوريج لمدة 3 ساعات"), d).verdict is not Verdict.CONTRADICTED


def test_in_an_article_another_statement_with_two_shared_words_is_no_contradiction() -> None:
    d = doc("وحينها أصدر المنتج بيانا مطولا نفى فيه الاتهامات الموجهة إليه." + FILLER)
    f = check(claim("لن يتم إصدار بيان ختامي"), d)
    assert f.verdict is Verdict.NOT_MENTIONED, f


def test_a_far_negator_stops_at_another_clause() -> None:
    for source in (
        "قال الوزير إنه لا يعلق على الشائعات، وأكد أن أي اتفاق سيوقع قريبا",
        "لم يحضر الوزير الاجتماع، لكنه قال إن أي اتفاق سيوقع قريبا",
    ):
        assert judge("أي اتفاق سيوقع قريبا", source).label == "supported", source


def test_a_wrong_year_is_not_hidden_by_another_number() -> None:
    j = judge("عقدت القمة في ألاسكا عام 2024", "عقدت القمة في ألاسكا عام 2025 واستمرت 3 ساعات")
    assert j.label == "contradicted", j
    assert j.basis == "date" and "2025" in j.reason
    assert judge("عقدت القمة في ألاسكا في أغسطس 2025", "عقدت القمة في ألاسكا يوم 15 أغسطس 2025").label == "supported"


def test_in_an_article_a_difference_in_wording_alone_is_not_a_contradiction() -> None:
    # SK-internationalNews-610-20180327 (ANT): the sentence says the claim in other words
    # (أغلق جهاز الإنذار for أطفأ نظام الإنذار); the model reads "فيما كانت مخارج الطوارئ
    # موصدة" as a difference.  Found in an article, that is too weak to report.
    sentence = (
        "وقال محققون في روسيا إن حارس أمن في المركز التجاري المزدحم في سيبريا أغلق جهاز الإنذار من "
        "الحرائق فيما كانت مخارج الطوارئ في المبنى موصدة."
    )
    says = "أطفأ حارس أمن في المركز التجاري نظام الإنذار من الحرائق"
    pinned = StatementClaim(id="alarm", says=says, sources=["t"])
    given = check(pinned, doc(sentence))  # a headline-length source the claim names is judged as given
    article = check(pinned, doc(sentence + FILLER))
    assert given.verdict is Verdict.CONTRADICTED and "differs" in given.reason
    assert article.verdict is Verdict.NOT_MENTIONED
    assert "a difference in wording alone is not reported in an article" in article.reason
    # a brief of a corpus is not given: a claim over every source (or a glob of them) reads it as an article
    for sources in (["*"], ["t*"]):
        brief = check(StatementClaim(id="alarm", says=says, sources=sources), doc(sentence))
        assert brief.verdict is Verdict.NOT_MENTIONED, sources
        assert "a difference in wording alone is not reported in an article" in brief.reason


def test_a_brief_of_a_corpus_about_another_side_of_the_event_is_no_denial() -> None:
    """Two sentences on where the summit was and what Trump said of it: 4 of the claim's 10 words, a
    weekday where the claim says "next".  Read as given (an ANS pair) that was a contradiction at 54.5."""
    brief = "عقدت القمة بين ترامب وبوتين في ألاسكا يوم الجمعة.\nوقال ترامب إن الاجتماع كان مثمرا."
    says = "قال بوتين إن القمة المقبلة مع ترامب ستعقد في موسكو"
    assert check(StatementClaim(id="next", says=says), doc(brief)).verdict is Verdict.NOT_MENTIONED
    assert check(StatementClaim(id="next", says=says, sources=["t"]), doc(brief)).verdict is Verdict.CONTRADICTED


# --- align's pruning: a sentence (or pair) that cannot reach the cutoff is not searched ---

_WORDS = ["القمة", "ترامب", "بوتين", "ألاسكا", "الرئيس", "عقدت", "استمرت", "ساعات", "ثلاث", "في", "مع", "لم", "اتفاق",
          "قاعدة", "إلمندورف", "الروسي", "الأمريكي", "وقال", "الحرب", "أوكرانيا"]


def _exhaustive(query: str, analysis: Analysis, score_cutoff: float, limit: int) -> list[align_module.Candidate]:
    """align as it was before the bound: every sentence and every adjacent pair searched."""
    m = align_module
    words = m.content_words(m.claim_tokens(query))
    if not words:
        return []
    document = analysis.document
    hits = m._claim_hits(words, analysis, m.WORD_CUTOFF, m.claim_amounts(query))
    weights = [m.weight(w) / m._spread(document, h) for w, h in zip(words, hits)]
    total = sum(weights)
    per_sentence: dict[int, list[tuple[int, int, float]]] = {}
    for k, h in enumerate(hits):
        for idx, s in h.items():
            per_sentence.setdefault(document.tokens[idx].sentence, []).append((idx, k, s))
    for row in per_sentence.values():
        row.sort()
    span = m.focus_span(len(words))
    found, singles = [], {}
    for sent, row in per_sentence.items():
        score, matched, n = m._best_window(row, weights, total, span)
        singles[sent] = score
        found.append(m._candidate(document, sent, sent, score, matched, n))
    for sent, row in per_sentence.items():
        nxt = per_sentence.get(sent + 1)
        if nxt is not None:
            score, matched, n = m._best_window(row + nxt, weights, total, span)
            if score >= max(singles[sent], singles[sent + 1]) + m.PAIR_GAIN:
                found.append(m._candidate(document, sent, sent + 1, score, matched, n))
    need = min(m.MIN_MATCHED_WORDS, len(words))
    found = [c for c in found if c.score >= score_cutoff and c.words >= need]
    found.sort(key=lambda c: (-c.score, c.last_sentence - c.first_sentence, c.start))
    return found[:limit]


_sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    sentences=st.lists(_sentence, min_size=1, max_size=6),
    claim=st.lists(st.sampled_from(_WORDS), min_size=2, max_size=6).map(" ".join),
    cutoff=st.sampled_from([0.0, 10.0, 25.0, 40.0, 60.0, 80.0]),
)
def test_align_bound_changes_nothing(sentences: list[str], claim: str, cutoff: float) -> None:
    analysis = doc(". ".join(sentences) + ".")
    assert align(claim, analysis, score_cutoff=cutoff, limit=10) == _exhaustive(claim, analysis, cutoff, 10)


@pytest.mark.parametrize(("says", "sentence"), [
    ("استمرت القمة نحو ثلاث ساعات", "ووصل ترامب إلى ألاسكا قبل 5 ساعات من بدء القمة."),
    ("استمرت القمة ثلاث ساعات", "واستغرقت الرحلة إلى القمة 7 ساعات."),
    ("ارتفع التضخم بنسبة 5 في المئة", "وارتفع الناتج بنسبة 3 في المئة."),
])
def test_a_sentence_about_something_else_with_the_same_unit_is_no_denial(says: str, sentence: str) -> None:
    """Another number beside the claim's unit word is not the claim stated otherwise unless the sentence says
    the claim's thing: a rule that read it so (a day's review) denied the summit's length by Trump's arrival
    time.  A number that differs is a quantity claim's to catch (``about`` says what it is about)."""
    padded = sentence + FILLER
    assert check(claim(says), doc(padded)).verdict is Verdict.NOT_MENTIONED


MET = "التقى الرئيس وزير الخارجية الإيراني خلال الزيارة"


@pytest.mark.parametrize(("text", "verdict"), [
    ("وأكد المتحدث أن الرئيس التقى وزير الخارجية الإيراني خلال الزيارة.", Verdict.SUPPORTED),
    # what almost happened, was refused, or is expected: they confirmed the meeting
    ("وكاد الرئيس أن يلتقي وزير الخارجية الإيراني خلال الزيارة لكن اللقاء ألغي.", Verdict.NOT_MENTIONED),
    ("ورفض الرئيس أن يلتقي وزير الخارجية الإيراني خلال الزيارة.", Verdict.NOT_MENTIONED),
    ("ومن المتوقع أن يلتقي الرئيس وزير الخارجية الإيراني خلال الزيارة.", Verdict.NOT_MENTIONED),
    # ... after the subject too, and with ألا
    ("وقال المتحدث إن الرئيس سوف يلتقي وزير الخارجية الإيراني خلال الزيارة.", Verdict.NOT_MENTIONED),
    ("وقال المتحدث إن الرئيس رفض أن يلتقي وزير الخارجية الإيراني خلال الزيارة.", Verdict.NOT_MENTIONED),
    ("ومن المقرر ألا يلتقي الرئيس وزير الخارجية الإيراني خلال الزيارة.", Verdict.NOT_MENTIONED),
    # ... but such a word of another clause, or before no complement of its own, leaves it said
    ("التقى الرئيس وزير الخارجية الإيراني خلال الزيارة، ومن المقرر أن يزور طهران الشهر المقبل.", Verdict.SUPPORTED),
    ("ورفض الرئيس الإدلاء بتصريحات بعد أن التقى وزير الخارجية الإيراني خلال الزيارة.", Verdict.SUPPORTED),
    ("ورفض المتحدث أن يعلق، لكنه أكد أن الرئيس التقى وزير الخارجية الإيراني خلال الزيارة.", Verdict.SUPPORTED),
    ("وبعد فشل المفاوضات في جنيف التقى الرئيس وزير الخارجية الإيراني خلال الزيارة.", Verdict.SUPPORTED),
    ("وكان من المقرر أن يصل الوفد أمس، ولم يلتق الرئيس وزير الخارجية الإيراني خلال الزيارة.", Verdict.CONTRADICTED),
])
def test_an_article_that_says_it_almost_was_refused_or_is_expected(text: str, verdict: Verdict) -> None:
    assert check(claim(MET), doc(text)).verdict is verdict


@pytest.mark.parametrize(("says", "text"), [
    # the negation is the political class's, not the turnout's (ANT, Iraq's election of 2018)
    ("كانت نسبة المشاركة في هذه الانتخابات الأدنى منذ سقوط نظام صدام حسين عام 2003",
     "وقالت المرشحة إن الفوز جاء لرفض الفاسدين من الطبقة السياسية التي لم تتغير منذ سقوط نظام صدام حسين عام 2003."),
    # the fiancée's word that he left, not the Turkish authorities' (ANT, Khashoggi)
    ("قالت السلطات التركية إن خاشقجي لم يغادر القنصلية السعودية",
     "وأضافت خديجة في تصريحات لمراسل بي بي سي في اسطنبول أن مسؤولي القنصلية السعودية أخبروها أن خاشقجي غادر "
     "القنصلية، لكنها قالت إن كل المعطيات تشير إلى أن خاشقجي مازال محتجزا داخل القنصلية."),
])
def test_an_article_negating_a_clause_without_the_claims_words_does_not_contradict(says: str, text: str) -> None:
    """A negation in a clause that leaves out claim words other than its verb may bear on something else: in an
    article it is reported as not mentioned (given as the source, the same clause still contradicts)."""
    found = check(claim(says), doc(text))
    assert found.verdict is Verdict.NOT_MENTIONED
    assert "negation of another clause" in (found.reason or "")
    assert judge(says, text).label == "contradicted"


@pytest.mark.parametrize(("says", "text", "negated"), [
    # litotes: he did not hide his pride (ANT, France–Argentina); «دون العشرين» is "under twenty", no negation
    ("أصبح مبابي أول لاعب دون العشرين من عمره يسجل هدفين في مباراة إقصائية في كأس العالم منذ بيليه عام 1958",
     "لم يخف الفرنسي الشاب كيليان مبابي فخره بأن يقارن ببيليه، بعدما أصبح السبت أول لاعب دون العشرين من عمره، "
     "يسجل هدفين في مباراة إقصائية في كأس العالم، منذ حقق ذلك أسطورة كرة القدم البرازيلية عام 1958.", "يخف"),
    # rumours that no communiqué would come (ANT, the G7 at Charlevoix)
    ("اتفق قادة الدول السبع في ختام القمة على بيان ختامي مشترك",
     "وفي أعقاب تداول شائعات بعدم صدور بيان ختامي مشترك بسبب الخلافات، قال الرئيس ترامب للصحفيين إنه يعتقد بأنه "
     "سيكون هناك بيان رغم كل هذا.", "صدور"),
    # without mercy (ANT, Liverpool–Roma)
    ("فاز ليفربول على روما 5-2 في ذهاب الدور نصف النهائي لدوري أبطال أوروبا",
     "أطبق محمد صلاح أنيابه بلا رحمة على عنق فريقه السابق روما، وقاد ليفربول الإنجليزي لاكتساح الفريق الإيطالي 5-2 "
     "في ذهاب دور النصف النهائي من دوري أبطال أوروبا لكرة القدم، على ملعب أنفيلد، الثلاثاء.", "رحمه"),
])
def test_an_article_negating_a_word_the_claim_does_not_say_does_not_contradict(says: str, text: str, negated: str) -> None:
    """A negator in the clause that bears on another word than the claim's (its verb, its noun) says nothing against
    the claim: in an article, not a contradiction.  Its own verb negated in another form still is («لم يلتق»)."""
    found = check(claim(says), doc(text))
    assert found.verdict is not Verdict.CONTRADICTED, found.reason
    if found.verdict is Verdict.NOT_MENTIONED and "negates" in (found.reason or ""):
        assert f"«{negated}»" in (found.reason or "")


def test_an_article_negating_the_claims_noun_or_through_an_existential_still_contradicts() -> None:
    met = check(claim(MET), doc("وقال المتحدث إن الرئيس لم يلتق وزير الخارجية الإيراني خلال الزيارة."))
    assert met.verdict is Verdict.CONTRADICTED
    agreed = claim("تم الاتفاق على وقف إطلاق النار بين الطرفين")
    found = check(agreed, doc("وقال مسؤول إنه لا يوجد اتفاق على وقف إطلاق النار بين الطرفين حتى الآن."))
    assert found.verdict is Verdict.CONTRADICTED, found.reason  # «لا يوجد اتفاق» negates the agreement


QUAKE = "بلغت قوة الزلزال الذي ضرب هاواي 6.9 درجة"


@pytest.mark.parametrize(("says", "text"), [
    # a tremor of the days before, not the quake of Hawaii the claim measures (ANT SK-internationalNews-1344-20180504)
    (QUAKE, "ومنذ الاثنين، هزت المنطقة سلسلة من الهزات الأرضية، التي رجحت احتمال ثوران البركان، وبلغ الأمر ذروته، "
            "الخميس، عندما ضرب زلزال قوة 5 درجات الجزيرة، ما أدى إلى انبعاث عامود ضخم من الرماد في الجو."),
    # the winds on approach, not at the storm's peak (ANT SK-internationalNews-3203-20180911)
    ("بلغت سرعة رياح الإعصار فلورنس في ذروته نحو 220 كيلومترا في الساعة",
     "ويقترب الإعصار فلورنس من الساحل الشرقي للولايات المتحدة، مصحوبا برياح تصل سرعتها إلى 195 كيلومترا في الساعة."),
    # a date: the first multi-party vote of 2005, two years after the fall of 2003 (ANT FR-middleEast-499-20180519)
    ("كانت نسبة المشاركة في هذه الانتخابات الأدنى منذ سقوط نظام صدام حسين عام 2003",
     "وشهدت الانتخابات أدنى نسبة إقبال منذ أول اقتراع متعدد الأحزاب في العام 2005 بعد عامين من سقوط نظام صدام حسين."),
])
def test_an_article_stating_another_figure_without_the_claims_words_does_not_contradict(says: str, text: str) -> None:
    """A figure or a date in a clause that leaves out claim words other than its verbs may count or date something
    else: in an article it is reported as not mentioned, with the figure in the reason (given as the source, the
    same clause still contradicts)."""
    found = check(claim(says), doc(text))
    assert found.verdict is Verdict.NOT_MENTIONED
    assert "a figure of another clause" in (found.reason or "")
    assert judge(says, text).label == "contradicted"


@pytest.mark.parametrize("text", [
    "وقالت هيئة المسح الجيولوجي إن قوة الزلزال الذي ضرب هاواي بلغت 5 درجات.",
    # every word but the verb: «وصلت» for «بلغت»
    "وقالت هيئة المسح الجيولوجي إن قوة الزلزال الذي ضرب هاواي وصلت إلى 5 درجات.",
])
def test_an_article_stating_another_figure_with_the_claims_words_contradicts(text: str) -> None:
    assert check(claim(QUAKE), doc(text)).verdict is Verdict.CONTRADICTED


def test_a_claims_figure_said_past_the_clause_is_no_clash() -> None:
    """ANT SK-internationalNews-3062-20180817: the clause judged ends at «172 صوتا» (the majority needed); the
    sentence goes on to Sharif's 96: every figure of the claim is said, 172 counts another thing."""
    says = "انتخبت الجمعية الوطنية عمران خان رئيسا للوزراء بـ176 صوتا مقابل 96 صوتا لمنافسه شهباز شريف"
    text = ("انتخب البرلمان الباكستاني الجديد بأغلبية مطلقة، الجمعة، بطل الكريكت السابق، عمران خان، رئيسا للوزراء. "
            "وقال رئيس البرلمان إن خان حاز على 176 صوتا، فيما كان يحتاج إلى أغلبية مطلقة من 172 صوتا، بينما حصل "
            "منافسه، شهباز شريف، من حزب الرابطة الإسلامية على 96 صوتا، وفق ما نقلت فرانس برس.")
    assert check(claim(says), doc(text)).verdict is not Verdict.CONTRADICTED


def test_an_article_negating_the_claims_verb_in_another_form_still_contradicts() -> None:
    """«لم يلتق» for «التقى»: the negated verb changes its form, every other word of the claim is there."""
    found = check(claim(MET), doc("وقال المتحدث إن الرئيس لم يلتق وزير الخارجية الإيراني خلال الزيارة."))
    assert found.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("says", "text"), [
    # «declined to comment on» is no denial: these were contradicted when رفض and كاد counted as negators
    ("قتل ثلاثة جنود في الهجوم على القاعدة", "ورفض المتحدث التعليق على مقتل ثلاثة جنود في الهجوم على القاعدة."),
    ("اعتقلت الشرطة المشتبه به في الحادث", "ورفضت الشرطة الكشف عن هوية المشتبه به الذي اعتقلته في الحادث."),
    ("قتلت القوات ثلاثين مدنيا", "وقال المقرر الخاص إن القوات قتلت ثلاثين مدنيا في الهجوم."),  # a rapporteur
    # AL-sport-1956 (form): the striker almost scored, and failed; it does not say the Saudis scored
    ("لم يسجل المنتخب السعودي أي هدف",
     "وكاد المهاجم محمد السهلاوي أن يسجل هدف تقليص الفارق للمنتخب السعودي إلا أنه فشل."),
])
def test_declined_or_almost_is_never_a_contradiction(says: str, text: str) -> None:
    assert check(claim(says), doc(text)).verdict is not Verdict.CONTRADICTED


def test_a_short_source_named_by_the_claim_is_read_so_too() -> None:
    given = claim(MET, sources=["t"])
    assert check(given, doc("وكاد الرئيس أن يلتقي وزير الخارجية الإيراني خلال الزيارة")).verdict is Verdict.NOT_MENTIONED
    # and a number of what is expected is no clash
    rise = claim("ارتفع عدد القتلى إلى ثلاثين")
    assert check(rise, doc("ويتوقع أن يرتفع عدد القتلى إلى أربعين.")).verdict is Verdict.NOT_MENTIONED


def test_a_claim_of_what_is_expected_meets_its_expectation() -> None:
    text = "ومن المتوقع أن يلتقي الرئيس وزير الخارجية الإيراني خلال الزيارة."
    expected = claim("من المتوقع أن يلتقي الرئيس وزير الخارجية الإيراني خلال الزيارة")
    assert check(expected, doc(text)).verdict is Verdict.SUPPORTED


# --- another participant in the claim's place: no support in an article ---

@pytest.mark.parametrize(("says", "sentence", "other"), [
    ("فاز السيسي بالانتخابات الرئاسية", "فاز موسى بالانتخابات الرئاسية", "موسي"),
    ("التقى ترامب بوتين في ألاسكا يوم الجمعة", "التقى ترامب بوتين في باريس يوم الجمعة", "باريس"),
    ("سجل اللاعب الروسي الهدف الأول", "سجل اللاعب السعودي الهدف الأول في المباراة", "السعودي"),
])
def test_in_an_article_another_name_in_the_claims_place_supports_nothing(says: str, sentence: str, other: str) -> None:
    # The stance model, at an article's odds, read these as paraphrases: «فاز موسى» supported «فاز السيسي».
    found = check(claim(says), doc(sentence + "." + FILLER))
    assert found.verdict is Verdict.NOT_MENTIONED, found
    assert other in found.reason and "another subject" in found.reason
    # given as the source (an ANS pair), the substitution is the contradiction it was
    assert judge(says, sentence).label == "contradicted"


def test_in_an_article_a_verb_of_saying_in_the_claims_place_still_supports() -> None:
    # قال / أعلن: how it was said, not who said it
    found = check(claim("قال الوزير إن الحريق كان نتيجة إهمال جنائي"),
                  doc("وأعلن الوزير أن الحريق كان نتيجة إهمال جنائي." + FILLER))
    assert found.verdict is Verdict.SUPPORTED, found


def test_a_claim_word_beside_the_clause_judged_is_no_other_participant() -> None:
    says = "فاز السيسي بالانتخابات الرئاسية"
    focus = "فاز المرشح بالانتخابات الرئاسيه"
    shift = -2.5
    assert judge(says, focus, prior_shift=shift, normalized=True).label == "not_mentioned"
    beside = judge(says, focus, prior_shift=shift, normalized=True, context="قال السيسي " + focus)
    assert beside.label == "supported", beside


@pytest.mark.parametrize(("text", "verdict"), [
    # BB-sport-172-20180526: the final's score in words states both figures of «3-1»
    ("فاز ريال مدريد ببطولة دوري أبطال أوروبا بعد فوزه على ليفربول بثلاثة أهداف مقابل هدف.", Verdict.SUPPORTED),
    ("فاز ريال مدريد على ليفربول بثلاثة أهداف لهدف.", Verdict.SUPPORTED),
    ("فاز ريال مدريد على ليفربول بهدفين مقابل هدف.", Verdict.CONTRADICTED),  # 2-1 is not 3-1
])
def test_a_score_in_words_is_the_claims_score_in_digits_or_another(text: str, verdict: Verdict) -> None:
    assert check(claim("فاز ريال مدريد على ليفربول 3-1"), doc(text)).verdict is verdict


@pytest.mark.parametrize("text", [
    # AL-sport-2148-20180627, SK-sport-1879-20180627 (the held-out South Korea–Germany match): the loser's side first
    "ودع المنتخب الألماني حامل اللقب البطولة من الدور الأول إثر هزيمته أمام نظيره الكوري الجنوبي صفر - 2.",
    "ودعت ألمانيا حاملة اللقب كأس العالم بعد هزيمة مفاجئة صفر-2 أمام كوريا الجنوبية.",
])
def test_a_score_with_nil_in_a_word_is_no_other_figure(text: str) -> None:
    assert check(claim("فازت كوريا الجنوبية على ألمانيا 2-0 في كأس العالم"), doc(text)).verdict \
        is not Verdict.CONTRADICTED


@pytest.mark.parametrize(("source", "verdict"), [
    # SK-middleEast-3832-20181011 (the Il-20 downing): «غير المباشرة» is the blame's attribute, the blame affirmed
    ("وكانت موسكو قد أعلنت أنها سلمت النظام الصاروخي لسوريا، بعد اتهامها إسرائيل بالمسؤولية غير المباشرة عن إسقاط "
     "طائرة تجسس روسية.", Verdict.SUPPORTED),
    ("واتهمت روسيا إسرائيل بالمسؤولية غير المباشرة عن إسقاط الطائرة الروسية.", Verdict.SUPPORTED),
    # «غير» before an indefinite word still negates what it governs; so does a particle
    ("روسيا غير قادرة على اتهام إسرائيل بالمسؤولية عن إسقاط الطائرة الروسية.", Verdict.CONTRADICTED),
    ("ولم تتهم روسيا إسرائيل بالمسؤولية عن إسقاط الطائرة الروسية.", Verdict.CONTRADICTED),
])
def test_ghayr_before_a_definite_word_negates_that_word_only(source: str, verdict: Verdict) -> None:
    blame = claim("اتهمت روسيا إسرائيل بالمسؤولية عن إسقاط الطائرة الروسية")
    assert check(blame, doc(source + FILLER)).verdict is verdict


@pytest.mark.parametrize(("source", "verdict"), [
    # BB-internationalNews-8-20180216 (the held-out Abiy Ahmed file): an unexpected resignation is a resignation
    ("أعلنت حالة الطوارئ في إثيوبيا بعد يوم واحد فقط من استقالة غير متوقعة لرئيس الوزراء هايلي مريام ديسالين.",
     Verdict.SUPPORTED),
    ("لم تعلن حالة الطوارئ في إثيوبيا بعد يوم واحد فقط من استقالة رئيس الوزراء هايلي مريام ديسالين.",
     Verdict.CONTRADICTED),
])
def test_ghayr_before_an_adjective_negates_that_word_only(source: str, verdict: Verdict) -> None:
    declared = claim("أعلنت حالة الطوارئ في إثيوبيا بعد يوم من استقالة رئيس الوزراء هايلي مريام ديسالين")
    assert check(declared, doc(source + FILLER)).verdict is verdict


@pytest.mark.parametrize(("source", "verdict"), [
    # SK-internationalNews-465-20180320, 598 (the Skripal poisoning): the poisoning named, no involvement affirmed
    ("وفجر تعرض العميل الروسي السابق سيرغي سكريبال وابنته للتسمم، في مدينة سالزبيري البريطانية، أزمة بين روسيا "
     "وبريطانيا.", Verdict.NOT_MENTIONED),
    ("بعد أن اتهمت السلطات البريطانية موسكو، بالضلوع في تسميم الجاسوس الروسي السابق، سيرغي سكريبال وابنته، هذا "
     "الشهر.", Verdict.NOT_MENTIONED),
    # what the verb of denial denies, affirmed or denied
    ("وأكدت روسيا تورطها في تسميم سكريبال وابنته.", Verdict.CONTRADICTED),
    ("ونفت روسيا أي تورط لها في تسميم سكريبال وابنته.", Verdict.SUPPORTED),
])
def test_a_denial_is_contradicted_only_by_what_it_denies(source: str, verdict: Verdict) -> None:
    denial = claim("نفت روسيا أي تورط لها في تسميم سكريبال وابنته")
    assert check(denial, doc(source + FILLER)).verdict is verdict


@pytest.mark.parametrize(("source", "verdict"), [
    # SK-technology-182-20180317 (the Cambridge Analytica file): the newspapers' report of the use is no end of the
    # firm's denial
    ("ذكرت صحيفة نيويورك تايمز وصحيفة الأوبزرفر أن شركة كامبريدج أناليتيكا استخدمت بيانات فيسبوك في عملها لحملة "
     "ترامب الانتخابية.", Verdict.NOT_MENTIONED),
    # the firm's own word the other way still denies it
    ("واعترفت كامبريدج أناليتيكا بأنها استخدمت بيانات فيسبوك في عملها لحملة ترامب الانتخابية.", Verdict.CONTRADICTED),
])
def test_a_claim_of_a_denial_is_denied_only_by_the_deniers_own_word(source: str, verdict: Verdict) -> None:
    denial = claim("نفت كامبريدج أناليتيكا أنها استخدمت بيانات فيسبوك في عملها لحملة ترامب الانتخابية")
    assert check(denial, doc(source + FILLER)).verdict is verdict


WINDS = claim("وصلت سرعة الرياح المصاحبة للإعصار مكونو إلى 170 كيلومترا في الساعة عندما ضرب جنوب سلطنة عمان")


@pytest.mark.parametrize(("text", "verdict"), [
    # SK-middleEast-1950-20180526 (the cyclone Mekunu file, held out): the waves' 12 metres are no wind speed
    ("وكانت سلطنة عمان على موعد مع إعصار مكونو الذي ضرب جنوب البلاد، تصاحبه الرياح القوية شديدة السرعة المترافقة "
     "بالأمطار الغزيرة، والأمواج التي بلغ ارتفاعها 12 مترا.", Verdict.NOT_MENTIONED),
    # a speed in the claim's unit, however written, still denies
    ("ضرب الإعصار مكونو جنوب سلطنة عمان وصلت سرعة الرياح المصاحبة له إلى 120 كلم في الساعة.", Verdict.CONTRADICTED),
    # a word after the figure that only looks like a unit with its clitic («وقدم»: and presented) is no unit
    ("ضرب الإعصار مكونو جنوب سلطنة عمان ووصلت سرعة الرياح المصاحبة له إلى 120 وقدم المركز تحذيرا لسكانه.",
     Verdict.CONTRADICTED),
])
def test_a_figure_in_another_unit_of_measure_denies_no_statement(text: str, verdict: Verdict) -> None:
    assert check(WINDS, doc(text)).verdict is verdict
