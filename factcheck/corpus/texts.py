"""Article texts kept on disk once a corpus is large: memory bounded by the index, not by the corpus.

A run over a whole news corpus reads every article once to index it and
again only where a claim may be mentioned; holding every text in memory
meanwhile would make memory grow with the corpus (85 MB of text for the ANT
corpus, gigabytes for a research group's).  So past ``KEPT_IN_MEMORY`` bytes,
texts go to disk (:class:`~factcheck.spill.Spill`) and are read back when used.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.corpus.source import Source
from factcheck.spill import Spill

__all__ = ["KEPT_IN_MEMORY", "TextStore"]

# Bytes of text (UTF-8) kept in memory before texts go to disk: a few thousand articles.
KEPT_IN_MEMORY = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class _Place:
    spill: Spill
    place: tuple[int, int]

    def read(self) -> str:
        return self.spill.get(self.place)


class TextStore:
    def __init__(self, kept_in_memory: int | None = None) -> None:
        self.spill = Spill(KEPT_IN_MEMORY if kept_in_memory is None else kept_in_memory)

    def keep(self, source: Source) -> Source:
        """The source, with its text on disk once the texts in memory reach the limit."""
        if not source.in_memory:
            return source
        place = self.spill.put(source.text)
        if not isinstance(place, tuple):  # kept in memory: the source itself holds it
            return source
        return Source.stored(source.id, source.path, _Place(self.spill, place), source.record_line, source.published,
                             digest=source.digest, chars=source.chars)
