from __future__ import annotations

import subprocess
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text.morphology import tokenize
from factcheck.text.normalize import STEPS, explain, normalize, normalize_letters, normalize_text


def test_contract_folds() -> None:
    text = "بِأَلاسكا آلاسكا إلمندورف ٱلقمة مستشفى مدينة ی ک ٣ ۴ ﻻ ترامـــب\u200f"
    assert normalize(text).text == "بالاسكا الاسكا المندورف القمه مستشفي مدينه ي ك 3 4 لا ترامب"


def test_whitespace_folds_but_keeps_paragraph_ends() -> None:
    assert normalize("أ  ب\t\tج\n\n\nد").text == "ا ب ج\nد"


def test_latin_is_casefolded() -> None:
    assert normalize("Elmendorf AFB").text == "elmendorf afb"


def test_span_maps_back_to_the_original_including_marks() -> None:
    original = "قال: بُوتِينُ في آلاسكا"
    norm = normalize(original)
    i = norm.text.index("بوتين")
    start, end = norm.span_to_original(i, i + len("بوتين"))
    assert original[start:end] == "بُوتِينُ"  # the final damma belongs to the word
    j = norm.text.index("الاسكا")
    assert original[slice(*norm.span_to_original(j, j + 6))] == "آلاسكا"


def test_presentation_form_expands_to_two_letters_of_one_original_char() -> None:
    norm = normalize("\ufefb")  # ﻻ
    assert norm.text == "لا"
    assert norm.span_to_original(0, 2) == (0, 1)
    assert norm.span_to_original(1, 2) == (0, 1)


def test_explain_names_each_step_that_changed_something() -> None:
    result, changes = explain("بِأَلاسكا")
    assert result == "بالاسكا"
    assert [c.step for c in changes] == ["dediacritize", "fold_letters"]
    assert changes[0].after == "بألاسكا"


def test_registry_order_is_stable() -> None:
    assert list(STEPS) == ["nfkc", "strip_marks", "dediacritize", "fold_letters", "casefold_latin", "fold_whitespace"]


ARABIC_PIECES = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة")
    + ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640"]  # harakat, shadda, sukun, tatweel
    + list("٠١٢٣٤٥٦٧٨٩۰۱۲۳0123456789")
    + [" ", "  ", "\n", "\t", "\u200f", "\u200b", "\ufefb", "\ufe91", "ی", "ک", ".", "،", "A", "b"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ARABIC_PIECES, max_size=60).map("".join))
def test_offsets_round_trip(text: str) -> None:
    norm = normalize(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    previous_start = 0
    for i, ch in enumerate(norm.text):
        start, end = norm.span_to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert start >= previous_start  # the map is monotone
        previous_start = start
        # each normalized character comes from its original span, normalized
        assert ch in normalize(text[start:end]).text or ch in (" ", "\n")
    # normalizing is idempotent
    assert normalize(norm.text).text == norm.text


@settings(max_examples=200, deadline=None)
@given(st.lists(ARABIC_PIECES, min_size=1, max_size=40).map("".join), st.data())
def test_any_normalized_span_is_an_original_span(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    if not norm.text:
        return
    i = data.draw(st.integers(0, len(norm.text) - 1))
    j = data.draw(st.integers(i + 1, len(norm.text)))
    start, end = norm.span_to_original(i, j)
    piece = normalize(text[start:end]).text
    assert norm.text[i:j].strip() in piece or unicodedata.category(norm.text[i]) == "Zs"


_HOSTILE_ALPHABET = st.sampled_from(
    list("بألاسكاإآٱىةیکﻻﻋ٣۳٫٬٪ـ\u064b\u0650\u0670\u0654\u200c\u200f\u202b\ufeff \t\n\r")
    + ["İ", "Σ", "ß", "A", "x", "1", ".", "،"]
)


@given(st.text(_HOSTILE_ALPHABET, max_size=60) | st.text(max_size=40))
def test_the_fast_path_gives_exactly_the_mapped_text(text: str) -> None:
    """Scope and the index read ``normalize_text``; evidence is located through ``normalize``."""
    assert normalize_text(text) == normalize(text).text


@given(st.text(_HOSTILE_ALPHABET, max_size=60) | st.text(max_size=40))
def test_letters_alone_normalized_give_the_words_of_the_normalized_text(text: str) -> None:
    """The index reads its words from ``normalize_letters`` (whitespace as written): the same words."""
    assert tokenize(normalize_letters(text)) == tokenize(normalize_text(text))
    assert normalize_letters(text).split() == normalize_text(text).split()


def test_the_shipped_camel_tools_tables_are_what_the_installed_camel_tools_derives() -> None:
    from factcheck.text import camel_tables

    derived, shipped = camel_tables.derive(), camel_tables.shipped()
    assert (derived["dediac"], derived["letters"]) == (shipped["dediac"], shipped["letters"]), (
        f"camel-tools {derived['camel_tools']} folds Arabic differently from {shipped['camel_tools']}, "
        "which the shipped tables come from: run python -m factcheck.text.camel_tables"
    )
    assert {"َ", "ّ"} <= set(shipped["dediac"]) and shipped["letters"]["أ"] == "ا"


def test_normalizing_does_not_import_camel_tools() -> None:
    """Its character sets take a second to build: a run over a few articles would spend a quarter of its time there."""
    code = (
        "import sys; from factcheck.text.normalize import normalize_text; "
        "assert normalize_text('قالَ ترامبُ في أَلاسكا') == 'قال ترامب في الاسكا'; "
        "print(sorted(m for m in sys.modules if m.startswith('camel_tools')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@given(st.text(_HOSTILE_ALPHABET, max_size=60) | st.text(max_size=40))
def test_the_steps_maps_compose_as_spans_of_spans(text: str) -> None:
    """Each normalized character maps to the original span its step's input characters came from."""
    starts, ends, current = list(range(len(text))), list(range(1, len(text) + 1)), text
    for step in STEPS.values():
        nxt = step(current)
        starts = [starts[i] for i in nxt.starts]
        ends = [ends[j - 1] for j in nxt.ends]
        current = nxt.text
    got = normalize(text)
    assert (got.text, list(got.starts), list(got.ends)) == (current, starts, ends)


@given(st.text(_HOSTILE_ALPHABET, max_size=60) | st.text(max_size=40)
       | st.text(st.sampled_from(["ﻻ", "\U0001d400", "\ud800", "ة", "\u064b", "A"]), max_size=8))
def test_the_table_applied_in_numpy_is_str_translate(text: str) -> None:
    """Letters one for one, dropped marks, a ligature into two letters, beyond the plane, a lone surrogate."""
    from factcheck.text.at_once import translate, translation

    assert translate(text) == text.translate(translation())


@settings(max_examples=300)
@given(st.text(_HOSTILE_ALPHABET, max_size=60) | st.lists(ARABIC_PIECES, max_size=60).map("".join)
       | st.text(max_size=40))
def test_normalizing_at_once_gives_the_steps_text_and_map(text: str) -> None:
    """Evidence is located through the map computed at once; the registry's steps, one by one, define it."""
    from factcheck.text.at_once import normalize_at_once

    at_once, by_steps = normalize_at_once(text), normalize(text, STEPS)
    if at_once is not None:
        assert (at_once.text, list(at_once.starts), list(at_once.ends)) == (
            by_steps.text, list(by_steps.starts), list(by_steps.ends))


def test_news_text_is_normalized_at_once_and_only_exotic_text_step_by_step() -> None:
    from factcheck.text.at_once import normalize_at_once

    news = "قالَ \u200fترامبُ\u200f   في أَلاسكا،\n\n\tإنّ ٣ ساعات Elmendorf كفَـــت"
    found = normalize_at_once(news)
    assert found is not None and found.text == "قال ترامب في الاسكا،\nان 3 ساعات elmendorf كفت"
    assert found.span_to_original(4, 9) == (6, 12)  # ترامبُ with its damma, not the mark before it
    assert normalize_at_once("ﻻ") is None and normalize("ﻻ").text == "لا"  # a ligature: the steps
