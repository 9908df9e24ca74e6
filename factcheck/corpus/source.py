"""One article as read, before any normalization: what the corpus layer hands on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["CorpusProblem", "Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read: ``text`` is after decoding, before normalization.

    ``path`` is the display path (relative to rootdir when inside it);
    ``record_line`` is the 1-based line of a JSONL record in its file (the
    line an editor opens; evidence lines count inside ``text``);
    ``published`` is the publication date a JSONL record gives (contract §3).
    """

    id: str
    path: str
    text: str
    record_line: int | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class CorpusProblem:
    """A corpus file that could not be used, and what the user should do."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"
