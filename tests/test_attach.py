"""The walk back from a figure over the words of its clause (``attach.word_before_token``), and the article read behind
clitics (``attach.definite``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.attach import definite, in_table, parted, word_before_token

TABLE = frozenset({"نقل", "ارتفعت"})
WORDS = ["نقل", "ارتفعت", "وارتفعت", "الجرحى", "إلى", "مستشفى", "الجمعة", "بمقتل", "12", "شخصا"]
SEPARATORS = [" ", " ", " ", "، ", ". ", ": "]


def document(text: str) -> Document:
    return Document.from_source(Source("t", "t.txt", text))


def _any_in_clause(document: Document, index: int, reach: int) -> bool:
    """The same question asked of every word in reach, none skipped (how the counted checks asked it before)."""
    tokens = document.tokens
    return any(tokens[k].sentence == tokens[index].sentence and not parted(document, k, index)
               and in_table(tokens[k].text, TABLE) for k in range(max(0, index - reach), index))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=2, max_size=12),
       st.integers(min_value=1, max_value=6), st.data())
def test_a_word_of_the_clause_is_found_as_by_asking_each_word(words: list[tuple[str, str]], reach: int,
                                                              data: st.DataObject) -> None:
    """Stopping at the first sentence end or comma walking back is asking each word in reach whether it is
    in the figure's sentence and clause: both stand between every earlier word and the figure too."""
    doc = document("".join(w + sep for w, sep in words).strip())
    index = data.draw(st.integers(min_value=0, max_value=len(doc.tokens) - 1))
    assert word_before_token(doc, index, TABLE, reach, clause=True) is _any_in_clause(doc, index, reach)


def test_a_comma_parts_the_clause_only_when_asked() -> None:
    doc = document("نقل المسعفون الجرحى، 12 شخصا إلى مستشفى")
    figure = next(t.index for t in doc.tokens if t.text == "12")
    assert word_before_token(doc, figure, TABLE, 4)
    assert not word_before_token(doc, figure, TABLE, 4, clause=True)


@pytest.mark.parametrize(("word", "expected"), [
    ("القمه", True), ("والقمه", True), ("بالقمه", True), ("للقمه", True),  # «ل» swallows the article's alef
    ("قمه", False), ("وقمه", False), ("لقاء", False), ("اجتماعا", False),
])
def test_definite_reads_the_article_behind_clitics(word: str, expected: bool) -> None:
    assert definite(word) is expected
