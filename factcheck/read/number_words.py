"""Number words: a word's value and category, and a compound read word by word (``ثلاثه الاف وخمسمئه``).

Kept apart from :mod:`factcheck.read.numbers`, which finds numbers in a text and reads their hedges: this reads
the words of one number, normalized (``ثلاثه``، ``مئه``/``مائه``, ``الف``), from the lexicon of
:mod:`factcheck.read.lexicon`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.read.lexicon import LEXICON, Cat
from factcheck.read.tokens import readings

__all__ = ["Compound", "extend", "number_word", "parse_number_words"]

def number_word(word: str, *, any_clitic: bool) -> tuple[str, str, Cat, float] | None:
    """``(proclitics, stem, category, value)`` of a number word.

    ``any_clitic`` allows و ف ب ل ك and the article; otherwise the word must be
    bare.  Monday (``الاثنين``), "one of" (``احد``) and "I am not" (``لست``)
    are refused here or by the caller.
    """
    cands = readings(word) if any_clitic else [("", word)]
    for prefix, rest in cands:
        entry = LEXICON.get(rest)
        if entry is None:
            continue
        if rest == "اثنين" and prefix.endswith("ال"):
            continue  # الاثنين: Monday
        return prefix, rest, entry[0], entry[1]
    return None


def _joined_number_word(word: str) -> tuple[str, Cat, float] | None:
    """A number word joined by the conjunction: ``وعشرون``."""
    if not word.startswith("و") or len(word) < 3:
        return None
    entry = LEXICON.get(word[1:])
    return (word[1:], entry[0], entry[1]) if entry else None


@dataclass(slots=True)
class Compound:
    """The running value of a compound number (``ثلاثه الاف وخمسمئه``)."""

    total: float = 0.0
    current: float = 0.0
    last: str = ""
    scale: float = 0.0  # the last scale met: ونصف after it is half of it (مليون ونصف: 1.5 million)

    @property
    def value(self) -> float:
        return self.total + self.current


def extend(acc: Compound, word: str) -> bool:
    """Extend ``acc`` by the next word of a compound; False when it does not continue."""
    entry = number_word(word, any_clitic=False)
    if entry is not None:
        _, _, cat, val = entry
        if cat == "ten" and acc.last in ("unit", "teen_base") and acc.current < 10:
            acc.current += 10
            acc.last = "teen"
            return True
        if cat == "hundred" and acc.last == "unit" and 3 <= acc.current <= 9:
            acc.current *= 100
            acc.last = "hundreds"
            return True
        if cat in ("scale", "scale_plural") and acc.last not in ("scale", "") and acc.current:
            if cat == "scale_plural" and not 3 <= acc.current <= 10:
                return False
            acc.total += acc.current * val
            acc.current = 0
            acc.last = "scale"
            acc.scale = val
            return True
        return False
    joined_entry = _joined_number_word(word)
    if joined_entry is None:
        return False
    _, cat, val = joined_entry
    if cat == "tens" and acc.last in ("unit", "teen_base") and acc.current % 100 < 10:
        acc.current += val  # «خمسه وعشرون»، «ثلاثمئه واثنين واربعين» (342: the tens after the hundreds' unit)
        acc.last = "tens"
        return True
    if acc.last in ("hundred", "hundreds") and cat in ("unit", "ten", "tens", "teen_base"):
        acc.current += val
        acc.last = cat
        return True
    if acc.last == "scale" and cat in ("unit", "ten", "tens", "hundred", "hundreds", "teen_base"):
        acc.current += val
        acc.last = cat
        return True
    if cat == "fraction" and val == 0.5 and acc.last != "":
        acc.current += val * (acc.scale if acc.last == "scale" else 1)
        acc.last = "fraction"
        return True
    return False


def parse_number_words(words: Sequence[str]) -> float | None:
    """The value of number words (normalized, first may carry clitics), or None.

    ``["خمسه", "وعشرون"]`` → 25, ``["ثلاثه", "الاف"]`` → 3000.  All words must
    belong to the number.
    """
    if not words:
        return None
    first = number_word(words[0], any_clitic=True)
    if first is None:
        return None
    _, stem, cat, val = first
    if cat in ("fraction", "scale_dual"):
        return val * (2 if cat == "scale_dual" else 1) if len(words) == 1 else None
    if cat == "scale_plural":
        return None
    acc = Compound(current=val, last=cat)
    if cat == "scale":
        acc = Compound(total=val, last="scale", scale=val)
    for w in words[1:]:
        if not extend(acc, w):
            return None
    if acc.last == "teen_base":
        return None
    return acc.value
