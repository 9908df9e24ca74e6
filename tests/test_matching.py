"""Whole-word, clitic-aware, fuzzy matching on real seed sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.analysis import Analysis
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.matching import find, find_any, sentences_naming
from factcheck.text.morphology import MIN_STEM, PROCLITICS, stems

from .conftest import analysis_of as doc
from .conftest import seed_text


def found(query: str, text: str, **kw: float) -> list[str]:
    d = doc(text)
    return [d.document.locate(m.start, m.end).text for m in find(query, d, **kw)]


def test_clitics_do_not_stop_a_match() -> None:
    assert found("ألاسكا", "في لقائي مع بوتين بألاسكا وفي آلاسكا والاسكا") == ["بألاسكا", "آلاسكا", "والاسكا"]


def test_no_match_inside_a_longer_word() -> None:
    assert found("روبيو", "الحلفاء الأوروبيون والأوروبيين") == []
    assert found("روبيو", "وزير الخارجية ماركو روبيو") == ["روبيو"]


def test_short_alias_matches_only_whole_words() -> None:
    # a three-letter alias is not read into بوتين (ب + وتين) nor into longer words
    assert found("تين", "قال بوتين إن اللاتينية") == []
    # ... and meets و ف ب ل ك only where the dictionary reads the word so (وروس: and Russians, a name to it)
    assert found("روس", "الروس والروسية وروس والروس") == ["الروس", "وروس", "والروس"]


def test_three_letter_words_behind_clitic_letters() -> None:
    # contract §4: the clitics و ف ب ل ك do not stop a match, for مصر، قطر، غزة، هدف، حزب too
    assert found("مصر", "أغلقت مراكز الاقتراع بمصر ولمصر ومصر وبمصر كمصر") == ["بمصر", "ولمصر", "ومصر", "وبمصر", "كمصر"]
    assert found("هدف", "فاز بهدف وهدف لهدف فهدف الهدف") == ["بهدف", "وهدف", "لهدف", "فهدف", "الهدف"]
    assert found("غزة", "في قطاع بغزة") == ["بغزة"]
    # a name the dictionary reads as a word (كيم as كام): behind و it is read the same way, so it is the name
    # (FR-internationalNews-1778-20180612: «مصافحة تاريخية في سنغافورة بين ترامب وكيم جونغ أون»)
    assert found("كيم", "مصافحة تاريخية بين ترامب وكيم جونغ أون") == ["وكيم"]
    # a word of its own that starts with such letters is not the clitic and the short word
    assert found("جنة", "اللجنة لجنة") == []
    assert found("بير", "حجم كبير") == []
    assert found("علي", "تأثير فعلي") == []
    assert found("تين", "بوتين") == []  # بو is no clitic: ب comes after و, never before it


def test_spelling_variants_and_typos_in_long_names() -> None:
    assert found("ترامب", "قمة ألاسكا بين ترمب وبوتين") == ["ترمب"]
    assert found("إلمندورف", "في قاعدة إلمندروف الجوية") == ["إلمندروف"]
    assert found("إلمندورف", "في قاعدة إلمندروف الجوية", score_cutoff=95) == []


def test_multiword_phrases_stay_inside_one_sentence() -> None:
    assert found("مدينة ألاسكا", "شهدت مدينة ألاسكا الأميركية") == ["مدينة ألاسكا"]
    assert found("مدينة ألاسكا", "زار المدينة.\nألاسكا ولاية") == []


def test_diacritics_and_tatweel_in_the_source_are_reported_as_written() -> None:
    assert found("بوتين", "قال بُوتِـــين") == ["بُوتِـــين"]


def test_latin_aliases_ignore_case() -> None:
    assert found("Elmendorf", "at ELMENDORF air base") == ["ELMENDORF"]


def test_find_any_prefers_the_longer_overlapping_match() -> None:
    d = doc("عقدت في قاعدة إلمندورف الجوية")
    (m,) = find_any(["إلمندورف", "قاعدة إلمندورف"], d)
    assert m.query == "قاعدة إلمندورف"


def test_sentences_naming_on_a_real_seed() -> None:
    d = doc(seed_text("002"))
    near = sentences_naming(["الاجتماع"], d)
    sentence = next(s for s in d.document.sentences if "استمر نحو ثلاث ساعات" in d.document.sentence_text(s))
    assert sentence.index in near


@pytest.mark.parametrize(
    ("word", "expected"),
    [("بالاسكا", ("بالاسكا", "الاسكا", "اسكا")), ("وللقمه", ("وللقمه", "للقمه", "قمه", "لقمه")), ("ب", ("ب",))],
)
def test_stems(word: str, expected: tuple[str, ...]) -> None:
    assert set(stems(word)) == set(expected)
    assert stems(word)[0] == word


def _stems_one_by_one(word: str) -> tuple[str, ...]:
    """The readings as each proclitic's test, longest first, gives them: what ``stems`` looks up by prefix."""
    out = [word]
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= MIN_STEM and word[len(p):] not in out:
            out.append(word[len(p):])
    return tuple(out)


@given(st.text(alphabet="وفبلكاهقمت", max_size=9))
def test_stems_are_each_proclitic_stripped_longest_first(word: str) -> None:
    assert stems(word) == _stems_one_by_one(word)


def test_about_words_meet_the_indefinite_form() -> None:
    from factcheck.corpus.source import Source
    from factcheck.document import Document
    from factcheck.matching import sentences_naming, without_article

    assert without_article("القاعدة الجوية") == "قاعده جويه"
    assert without_article("قاعدة الجوية") is None  # not every word has the article
    assert without_article("الى") is None  # a particle, not a noun with an article
    assert without_article("إلهام") is None and without_article("ألمانيا") is None  # hamza, not an article
    d = Analysis(Document.from_source(Source("t", "t.txt", "انعقدت قمة مطولة.\nوكانت الأجواء هادئة.")))
    assert list(sentences_naming(["القمة"], d)) == [0]


_CLITIC_WORDS = ["الاسكا", "بالاسكا", "وبالاسكا", "والاسكا", "للقمه", "القمه", "قمه", "وقمه", "ترامب", "وترامب", "بوتين",
                 "لبوتين", "في", "وفي", "3", "ساعات", "بساعات", "،", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CLITIC_WORDS), min_size=0, max_size=40))
def test_the_vocabulary_read_word_by_word_is_the_one_read_token_by_token(words: list[str]) -> None:
    """Each reading maps to its tokens in order, and the readings come in the order a token first carries
    them (``close_keys`` breaks ties by that order)."""
    analysis = Analysis(Document.from_source(Source("v", "v.txt", " ".join(words))))
    expected: dict[str, list[int]] = {}
    for tok in analysis.document.tokens:
        for s in stems(tok.text):
            expected.setdefault(s, []).append(tok.index)
    assert list(analysis.vocabulary.items()) == list(expected.items())


_READER_PIECES = st.sampled_from(["القمه", "وبالاسكا", "3", "3.5", "12,000", "10:30", "%", "٪", "؟", "!", ".", "،", "…",
                                  " ", "\n", " • ", "ـ", "a", "Elmendorf", "2018.", "نسبه", "50", "-", "\u064b"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_READER_PIECES, max_size=60).map("".join)
       | st.lists(st.sampled_from(["كلمه", " ", "، ", "%"]), max_size=700).map("".join))
def test_the_readers_tokens_are_the_documents_with_each_percent_put_in_place(text: str) -> None:
    """The readers read a document's own tokens (split into sentences, long ones cut) where they scanned the text."""
    from factcheck.read.tokens import scan

    analysis = Analysis(Document.from_source(Source("r", "r.txt", text)))
    assert [(t.start, t.end, t.text) for t in analysis.toks] == list(scan(analysis.document.text))


def test_a_quantifier_with_the_article_is_a_pronoun_not_its_indefinite_form() -> None:
    # CN-economy-217: «الجميع» (everyone, the trapped) is not «جميع» of «في جميع أنحاء العالم»
    text = "كما تم توظيف عشرات الآلاف في جميع أنحاء العالم."
    a = Analysis(Document.from_source(Source("s", "s.txt", text)))
    assert sentences_naming(["الجميع"], a) == {}
    b = Analysis(Document.from_source(Source("s", "s.txt", "وخرج الجميع من الكهف، وعقدت قمة في المدينة.")))
    assert sentences_naming(["الجميع"], b)
    assert sentences_naming(["القمة"], b)  # a noun still meets its indefinite form
    c = Analysis(Document.from_source(Source("s", "s.txt", "عثرت القوات على الثلاثة عشر جميعا.")))
    assert sentences_naming(["الجميع"], c)  # FR-2117: all of them
