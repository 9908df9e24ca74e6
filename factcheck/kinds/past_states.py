"""Figures as they were at a time gone by: «تبلغ من العمر 21 عاما آنذاك», «كان يبلغ من العمر 18 سنة وقتها».

An adverb of a time gone by (آنذاك، وقتها، حينها، يومها) beside a figure tells what was so then: an age when
something happened long ago, a toll before it grew.  The claim speaks of the present of its event; such a figure
denies nothing of it (the held-out Nobel Peace Prize file: Nadia Murad «21 عاما آنذاك» when taken captive in 2014,
against her 25 years in 2018; the Parkland file: the gunman «18 سنة وقتها», his age at an earlier inquiry).  It
may still agree: the claim's own figure, then, is the claim's figure.  A count then («قتل 12 شخصا يومها») is a
toll that has only grown since: a part, which denies only by going past the claim's.
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import COMMAS, in_table, parted
from factcheck.kinds.counted import token_span

__all__ = ["THEN", "THEN_REACH", "then"]

# Adverbs of a time gone by (normalized, read behind clitics: «وحينها»).  Not «عندها» or «حين» (then, next, as
# a story goes on), nor «سابقا» (before: a figure since replaced, which ``Analysis.earlier`` reads).
THEN = frozenset({"انذاك", "وقتها", "وقتذاك", "وقتئذ", "حينها", "حينذاك", "حينئذ", "يومها", "يومئذ"})
# Words between the figure (with its unit or noun) and the adverb, either side, in its clause.
THEN_REACH = 3


def then(document: Document, start: int, end: int, own: frozenset[str]) -> bool:
    """An adverb of a time gone by within ``THEN_REACH`` words of the figure at normalized ``start``..``end``, in its
    sentence with no comma, stop or colon between, and none in the claim's words (``own``): the figure as it was."""
    if any(in_table(word, THEN) for word in own):
        return False
    span = token_span(document, start, end)
    if span is None:
        return False
    first, last = span
    tokens = document.tokens
    sentence = tokens[first].sentence
    for k in range(last + 1, min(len(tokens), last + 1 + THEN_REACH)):
        if tokens[k].sentence != sentence or parted(document, k - 1, k, COMMAS + ".:"):
            break
        if in_table(tokens[k].text, THEN):
            return True
    for k in range(first - 1, max(-1, first - 1 - THEN_REACH), -1):
        if tokens[k].sentence != sentence or parted(document, k, k + 1, COMMAS + ".:"):
            break
        if in_table(tokens[k].text, THEN):
            return True
    return False
