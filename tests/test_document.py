"""A document's tokens and sentences: every checker reads a span through them, so they must fit the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus.source import Source
from factcheck.document import MAX_SENTENCE_TOKENS, Document, Token
from factcheck.text.morphology import tokenize

# Words, numbers, sentence ends, clause marks and line breaks: what decides where tokens and sentences fall.
_PIECES = st.sampled_from([
    "ترامب", "بوتين", "في", "ألاسكا", "القمة", "3", "1,500", "19:30", "%", "،", ",", ".", "؟", "!", "…", ":",
    "\n", " ", " • ", "«", "»", "abc", "١٢",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=300).map(" ".join))
def test_tokens_are_the_texts_words_in_order_each_inside_its_sentence(raw: str) -> None:
    document = Document.from_source(Source("s", "s.txt", raw))
    tokens, sentences = document.tokens, document.sentences
    assert all(type(tok) is Token for tok in tokens)
    assert [tok.text for tok in tokens] == tokenize(document.text)  # cutting long sentences loses no word
    assert [tok.index for tok in tokens] == list(range(len(tokens)))
    assert all(document.text[tok.start:tok.end] == tok.text for tok in tokens)
    # the sentences take the tokens in turn, none left out, none longer than the cut
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert sum(s.last_token - s.first_token for s in sentences) == len(tokens)
    taken = 0
    for s in sentences:
        assert s.first_token == taken and s.first_token < s.last_token
        assert s.last_token - s.first_token <= MAX_SENTENCE_TOKENS
        for tok in tokens[s.first_token:s.last_token]:
            assert tok.sentence == s.index and s.start <= tok.start and tok.end <= s.end
        taken = s.last_token


def test_a_run_on_paragraph_is_cut_at_a_comma_into_sentences_of_bounded_length() -> None:
    raw = "، ".join(["ترامب التقى بوتين في ألاسكا"] * 60)  # 300 words, commas, no full stop
    document = Document.from_source(Source("s", "s.txt", raw))
    lengths = [s.last_token - s.first_token for s in document.sentences]
    assert len(lengths) > 1 and sum(lengths) == 300 and max(lengths) <= MAX_SENTENCE_TOKENS
    assert all(tok.sentence == n for n, s in enumerate(document.sentences) for tok in document.sentence_tokens(s))
    # each cut falls after a comma: every sentence but the last ends with a whole clause
    assert all(document.text[s.end:s.end + 1] == "،" for s in document.sentences[:-1])


def test_a_line_ends_at_lf_crlf_or_a_lone_cr() -> None:
    """Evidence line/col (contract §5) for files saved on Windows or an old Mac as well as on Unix."""
    for brk in ("\n", "\r\n", "\r"):
        text = f"سطر أول{brk}ثم سطر ثان{brk}عقدت القمة في ألاسكا"
        doc = Document.from_source(Source("t", "t.txt", text))
        start = doc.text.index("الاسكا")
        where = doc.locate(start, start + len("الاسكا"))
        assert (where.line, where.col, where.text) == (3, 15, "ألاسكا"), repr(brk)
        assert text[where.start:where.end] == "ألاسكا"
