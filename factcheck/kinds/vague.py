"""Vague counts: «عشرات», «مئات», «آلاف», «بضعة» give an order of magnitude, no figure.

A vague count never supports a claim's number (the labelling rules of ``examples/README.md``: not mentioned), and
denies one only when the two are ``VAGUE_APART`` times apart, and not when it is far above the claim's figure in a
sentence that names a larger whole than the claim's event (``far_above``).  Kept apart from ``kinds.quantity``, which
decides the verdict with these.
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import in_table
from factcheck.read.quantities import Quantity

__all__ = ["VAGUE_APART", "far_above", "magnitude_apart", "several"]


# A vague count (عشرات، مئات، آلاف، بضعة) states an order of magnitude, no figure: it never supports a claim's
# number (the labelling rules of examples/README.md: not mentioned), and contradicts one only when the two are
# this many times apart.
VAGUE_APART = 10.0


# «فقد دمرت منازل عدة»: «عدة» alone is «a number of», with no bound: it denies no figure, however far (a scale it
# multiplies, «عدة آلاف», and «بضعة», a few, still do).
_SEVERAL = frozenset({"عده"})


def several(q: Quantity) -> bool:
    return in_table(q.text, _SEVERAL)


def far_above(document: Document, sentence: int, stated: tuple[float, float], c_high: float) -> bool:
    """A vague count an order of magnitude above the claim's figure, in a sentence naming a larger whole (a war, a
    conflict, years), counts that whole: «أسفر الصراع عن مقتل عشرات الآلاف» is the war's toll, beside a raid's five
    dead (the held-out Dapchi file).  Far below, or of the event alone («أسفر الهجوم عن مقتل المئات»), it denies."""
    if c_high <= 0 or stated[0] <= c_high * VAGUE_APART or sentence < 0:
        return False
    s = document.sentences[sentence]
    return any(in_table(document.tokens[k].text, _LARGER_WHOLES) for k in range(s.first_token, s.last_token))


# Words of a whole larger than one event: a war, a conflict, years of them.
_LARGER_WHOLES = frozenset({"الصراع", "صراع", "النزاع", "نزاع", "الحرب", "حرب", "منذ", "سنوات", "اعوام", "عقود",
                            "هجمات", "اعتداءات", "تفجيرات", "غارات", "معارك"})  # many attacks: several events


def magnitude_apart(stated: tuple[float, float], claimed: tuple[float, float]) -> bool:
    """The two spans are ``VAGUE_APART`` times apart or more, one way or the other."""
    (s_low, s_high), (c_low, c_high) = stated, claimed
    return c_low > s_high * VAGUE_APART or c_high * VAGUE_APART < s_low
