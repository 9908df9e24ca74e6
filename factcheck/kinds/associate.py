"""Which number or date in a sentence is about the claim's subject.

Shared by the quantity and date kinds: each about-mention takes the NEAREST
item in its sentence, by token distance, within ``WINDOW`` tokens, and never
across reported speech (a colon or an unbalanced quotation between them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from factcheck.document import Document
from factcheck.matching import Match

__all__ = ["WINDOW", "associate"]

WINDOW = 12  # tokens between an about-mention and the item it takes

T = TypeVar("T")


def _token_span(document: Document, start: int, end: int) -> tuple[int, int] | None:
    """First and last token index (inclusive) of a normalized span."""
    first = document.token_at(start)
    last = document.token_at(max(start, end - 1))
    if first is None or last is None:
        return None
    if first.end <= start and first.index + 1 < len(document.tokens):
        first = document.tokens[first.index + 1]
    return first.index, max(first.index, last.index)


_QUOTES = "\"“”«»„‟'"


def _barrier(text: str) -> bool:
    """A colon or an unbalanced quotation between two spans (see module doc)."""
    return ":" in text or sum(text.count(q) for q in _QUOTES) % 2 == 1


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0


def associate(
    document: Document,
    naming: dict[int, list[Match]],
    items: Sequence[T],
    span: Callable[[T], tuple[int, int]],
    *,
    window: int = WINDOW,
) -> list[tuple[T, Match]]:
    """Items each about-mention takes: the nearest in its sentence, within ``window`` tokens.

    An item taken by several mentions is returned once, with the best-scoring one.
    """
    by_sentence: dict[int, list[tuple[T, tuple[int, int]]]] = {}
    for item in items:
        tokens = _token_span(document, *span(item))
        if tokens is None:
            continue
        sentence = document.tokens[tokens[0]].sentence
        by_sentence.setdefault(sentence, []).append((item, tokens))
    chosen: dict[int, tuple[T, Match]] = {}
    for sentence, matches in naming.items():
        candidates = by_sentence.get(sentence, [])
        for m in matches:
            mspan = (m.first_token, m.last_token - 1)
            scored = [(_distance(mspan, toks), n, item) for n, (item, toks) in enumerate(candidates)]
            scored = [
                s for s in scored
                if s[0] <= window and not _barrier(_gap(document, m, candidates[s[1]][1]))
            ]
            if not scored:
                continue
            best = min(d for d, _, _ in scored)
            for d, _, item in scored:
                if d == best:
                    key = id(item)
                    if key not in chosen or chosen[key][1].score < m.score:
                        chosen[key] = (item, m)
    return sorted(chosen.values(), key=lambda pair: span(pair[0])[0])


def _gap(document: Document, m: Match, tokens: tuple[int, int]) -> str:
    """Normalized text between an about-mention and an item's tokens."""
    first, last = document.tokens[tokens[0]], document.tokens[tokens[1]]
    if last.end <= m.start:
        return document.text[last.end:m.start]
    if m.end <= first.start:
        return document.text[m.end:first.start]
    return ""
