"""Evidence built from a normalized span, shared by every kind."""

from __future__ import annotations

from factcheck.document import Document
from factcheck.verdicts import Evidence, Role

__all__ = ["Notes", "make_evidence"]

# What a check made of each figure, day or rival it read, by its normalized span, for ``factcheck explain``:
# the evidence it gave, or the rule that set it aside.
Notes = dict[tuple[int, int], str]

MAX_SENTENCE_CHARS = 240


def make_evidence(document: Document, start: int, end: int, *, role: Role, score: float, reason: str) -> Evidence:
    """Evidence for the normalized span ``[start, end)``, located in the original.

    The sentence is quoted as written, cut to a readable length around the span.
    """
    loc = document.locate(start, end)
    tok = document.token_at(start)
    if tok is not None:
        s_loc = document.sentence_location(tok.sentence)
        sentence = s_loc.text.strip()
        if len(sentence) > MAX_SENTENCE_CHARS:
            offset = max(0, loc.start - s_loc.start - MAX_SENTENCE_CHARS // 2)
            sentence = "…" + s_loc.text[offset:offset + MAX_SENTENCE_CHARS].strip() + "…"
    else:
        sentence = loc.text
    return Evidence(role, loc.start, loc.end, loc.line, loc.col, loc.text, sentence, round(score, 1), reason)
