"""Where a piece of evidence sits in the sentence shown around it, for the failure text and the HTML report.

An evidence's ``sentence`` is the sentence where its span starts.  A statement matched over two adjacent
sentences has a span that runs past that sentence's end (``لا يوجد اتفاق…". ولم ينتج عن المحادثات أي
خطوات ملموسة لوقف إطلاق النار``): shown as it was, the sentence held only the first half and never the
words that decided, and the HTML page found no place for its highlight.  :func:`in_context` gives the
sentence with the whole span in it, so both show where the evidence is.
"""

from __future__ import annotations

import re

__all__ = ["ELLIPSIS", "in_context", "one_line"]

ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")
_ENDS = re.compile(r"[.!?؟…][\"'»”)]*\s*$")


def one_line(text: str) -> str:
    """``text`` with every run of white space (a paragraph break inside a span) as one space."""
    return _SPACE.sub(" ", text).strip()


def in_context(text: str, sentence: str) -> tuple[str, int]:
    """The sentence to show around the span ``text``, and where ``text`` starts in it (-1: nowhere).

    When the span lies in the sentence, the sentence as it is.  When the span starts in the sentence and runs
    past its end (or the sentence is empty), the sentence up to the span, then the whole span, then ``…``
    unless the span ends a sentence (the rest of its last sentence is not in the report).  Otherwise the
    sentence as it is, and -1.
    """
    if not text:
        return sentence, -1
    at = sentence.find(text)
    if at >= 0:
        return sentence, at
    if not sentence:
        return text, 0
    # the longest tail of the sentence that the span starts with (a sentence shortened with "…" at its end
    # keeps its head only: the tail before that mark is tried too)
    for body in (sentence, sentence.removesuffix(ELLIPSIS)):
        for i in range(len(body)):
            if text.startswith(body[i:]) and body[i:].strip():
                return body[:i] + text + ("" if _ENDS.search(text) else ELLIPSIS), i
    return sentence, -1
