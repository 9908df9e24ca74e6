"""A match's minute as a claim's figure: «سجل صلاح في الدقيقة 36».

The number after «الدقيقة» labels a moment of the match; it counts nothing (``read.numbers`` reads it as a
``mark``), so a claim that a meeting lasted 45 minutes is never denied by «في الدقيقة 90».  A claim that names such
a minute itself («افتتح محمد صلاح التسجيل لليفربول في الدقيقة 36») is of that moment: the articles' minutes after
«الدقيقة» are its figures.  Before this, no minute after «الدقيقة» was read: the 154 files' claims of a goal's
minute ended ``not_mentioned`` in all but one of their labelled articles.

They support and never deny (``Quantity.moment``).  Measured on the 154 files, minutes that could deny were right 9
times in 29: a match report's sentence gives several goals' minutes («سجل فينبوغاسون في الدقيقة 23 ... وأهدر ميسي
ركلة جزاء في الدقيقة 64»), and the claim's near words (the scorer) do not say which minute is whose.  Telling that
(the minute bound to its scorer's name) is what would let a minute deny.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.document import Document
from factcheck.read.numbers import NumberSpan, find_numbers
from factcheck.read.quantities import Quantity
from factcheck.read.tokens import readings
from factcheck.text.normalize import normalize_query

__all__ = ["by_distance", "minute_claim", "minute_marks"]

_MINUTE = "الدقيقه"


@lru_cache(maxsize=1024)
def minute_claim(says: str, value: float) -> bool:
    """The claim's own figure is a match's minute: its statement reads ``value`` as a mark after «الدقيقة»."""
    text = normalize_query(says)
    return any(n.kind == "mark" and n.value == value and _after_minute(text, n) for n in find_numbers(text))


def _after_minute(text: str, n: NumberSpan) -> bool:
    before = text[:n.start].split()
    return bool(before) and any(rest == _MINUTE for _, rest in readings(before[-1]))


def minute_marks(text: str, numbers: list[NumberSpan]) -> list[Quantity]:
    """The minutes of a match a text names («في الدقيقة 63»), as quantities of minutes."""
    return [Quantity(n.start, n.end, n.value, n.value, "minute", n.text, None, n.value, moment=True)
            for n in numbers if n.kind == "mark" and _after_minute(text, n)]


def by_distance(document: Document, start: int) -> bool:
    """The time at this normalized offset is written with the «ب» of measure: «بعد الهدف بدقيقتين»، «قبل انتهاء
    المباراة بنحو 8 دقائق»، «بعد البداية بـ22 دقيقة» say how far one moment lies from another, not which minute of
    the match it is, so they deny no claim of a minute (three false contradictions of the 197 files gone, and one
    true one: «قبل نهاية المباراة بحوالي 15 دقيقة», a substitution its label took for the claim's goal)."""
    tok = document.token_at(start)
    if tok is None:
        return False
    before = document.tokens[tok.index - 1] if tok.index > 0 else None
    if before is not None and before.text == "ب" and before.end == tok.start:  # «ب22 دقيقه»: a token of its own
        return True
    return any(clitics == "ب" for clitics, _ in readings(tok.text))
