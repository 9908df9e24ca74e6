"""A union of text spans with logarithmic lookups.

The number and date readers ask, for every token of an article, whether it
lies inside something already read; with a list that is quadratic in the
article's length (a 300 k-character scrape took seconds).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["Spans"]


class Spans:
    """Half-open ``[start, end)`` spans, kept sorted and merged."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        i = bisect_left(self._ends, start)  # first span reaching start
        j = bisect_right(self._starts, end)  # spans beginning by end
        if i < j:
            start = min(start, self._starts[i])
            end = max(end, self._ends[j - 1])
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def contains(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        if end <= start:
            return False  # an empty range overlaps nothing (merged neighbours must not say otherwise)
        i = bisect_right(self._ends, start)  # first span ending after start
        return i < len(self._starts) and self._starts[i] < end

    def __len__(self) -> int:
        return len(self._starts)
