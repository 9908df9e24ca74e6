"""Tokens of a normalized text for the readers: words, digit groups and ``%``, with offsets."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol

from factcheck.text.morphology import stems, token_pattern

__all__ = ["PERCENT", "Scanned", "Tok", "behind_conjunction", "in_hashtag", "joined", "joined_after", "joined_before",
           "last_word", "readings", "scan"]


class Tok(Protocol):
    """What the readers read of a token: a document's own tokens (``Document.tokens``) serve as they are."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


class Scanned(NamedTuple):
    """A tuple, not a frozen dataclass: every article read in depth makes hundreds (built in a third of the time)."""

    start: int
    end: int
    text: str


# The one token the readers take besides a document's words and numbers.
PERCENT = "%"

_TOKEN = token_pattern(PERCENT)


def scan(text: str) -> list[Scanned]:
    """Words, digit groups and ``%`` of a normalized text, with offsets."""
    return [Scanned(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def joined(text: str, a: Tok, b: Tok) -> bool:
    """Only spaces between two tokens: punctuation or a line end breaks a number phrase."""
    gap = text[a.end:b.start]
    # one space (normalized text folds runs of spaces) is by far the most frequent gap: asked first
    return gap == " " or not gap or (gap.isspace() and "\n" not in gap)


def in_hashtag(text: str, tok: Tok) -> bool:
    """The token is part of a hashtag («#شكرا_الامير_محمد_بن_سلمان»): a slogan, no statement of the text."""
    start = tok.start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return "#" in text[start:tok.start]


@lru_cache(maxsize=1 << 17)
def readings(word: str) -> tuple[tuple[str, str], ...]:
    """``(proclitics, rest)`` for every clitic reading of ``word``, whole word first (cached: every reader asks)."""
    return tuple((word[: len(word) - len(r)], r) for r in stems(word))


def index_at(toks: Sequence[Tok], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (bisection: readers stay linear)."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def behind_conjunction(word: str, table: frozenset[str]) -> bool:
    """``word`` is one of ``table``'s, bare or behind و or ف written on it (وانه، فلم): the particles and
    openers read by these tables take no other clitic, so the full ``readings`` is not asked."""
    return word in table or (word[:1] in ("و", "ف") and word[1:] in table)


def joined_after(text: str, toks: Sequence[Tok], i: int) -> Tok | None:
    """The token after token ``i`` when nothing but a space parts them (``joined``), else None."""
    return toks[i + 1] if 0 <= i and i + 1 < len(toks) and joined(text, toks[i], toks[i + 1]) else None


def joined_before(text: str, toks: Sequence[Tok], i: int) -> Tok | None:
    """The token before token ``i`` when nothing but a space parts them (``joined``), else None."""
    return toks[i - 1] if 0 < i < len(toks) and joined(text, toks[i - 1], toks[i]) else None


def last_word(text: str, at: int) -> str:
    """The last word of ``text[:at]`` as ``str.split`` cuts it ("" when none), found from ``at`` backwards: asked
    before each match minute of a document (``kinds.minutes``) and each number of a sentence (``kinds.statement``),
    where splitting all the text before each made a long text quadratic."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]
