"""Text with, for each of its characters, the span of its input it came from (contract §4).

Normalizing changes the text's length (a diacritic dropped, a ligature split in two, a run of spaces folded
into one), yet evidence is reported at its offsets in the text as the user wrote it: each step returns its text
with this map, and the maps compose, so a span of normalized text always leads back to the original.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Mapped", "NormalizedText", "Step", "int_array", "iota"]


_IOTA = array("i")


def iota(start: int, stop: int) -> array[int]:
    """``array("i", range(start, stop))``, copied out of one shared array.

    Every step maps most characters to themselves; building those offsets from
    a ``range`` costs a Python int per character, a slice is one copy.
    """
    global _IOTA
    if stop > len(_IOTA):
        _IOTA = array("i", range(max(stop, 2 * len(_IOTA))))
    return _IOTA[start:stop]


@dataclass(frozen=True, slots=True)
class Mapped:
    """Text plus, per character, the ``[start, end)`` span it covers in its input."""

    text: str
    starts: array[int]
    ends: array[int]

    @classmethod
    def identity(cls, text: str) -> Mapped:
        n = len(text)
        return cls(text, iota(0, n), iota(1, n + 1))

    def then(self, nxt: Mapped) -> Mapped:
        """Compose: ``nxt`` was computed from ``self.text``."""
        s, e = self.starts, self.ends
        n = len(nxt.text)
        if n == len(self.text) and nxt.starts == iota(0, n) and nxt.ends == iota(1, n + 1):
            return Mapped(nxt.text, s, e)  # characters replaced one for one: the map is unchanged
        # s[i] for each i of nxt.starts, e[j - 1] for each j of nxt.ends: indexed in numpy, not a Python
        # loop a character (half the cost of normalizing an article with its map)
        return Mapped(
            nxt.text,
            int_array(_view(s)[_view(nxt.starts)]),
            int_array(_view(e)[_view(nxt.ends) - 1]),
        )


def _view(values: array[int]) -> np.ndarray:
    return np.frombuffer(values, dtype=np.intc) if len(values) else np.zeros(0, dtype=np.intc)


def int_array(values: np.ndarray) -> array[int]:
    """Offsets computed in numpy, as the ``array("i")`` a map holds."""
    out = array("i")
    out.frombytes(values.astype(np.intc, copy=False).tobytes())
    return out


Step = Callable[[str], Mapped]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text with its map back to the original.

    ``starts[i]``/``ends[i]`` give the original span of normalized character
    ``i``; ``span_to_original`` turns a normalized span into original offsets.
    """

    original: str
    text: str
    starts: array[int] = field(repr=False)
    ends: array[int] = field(repr=False)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

