"""One article as read, before any normalization: what the corpus layer hands on."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read: ``text`` is after decoding, before normalization.

    ``path`` is the display path (relative to rootdir when inside it);
    ``record_line`` is the 1-based line of a JSONL record in its file, which
    is then the line of everything found in it.
    """

    id: str
    path: str
    text: str
    record_line: int | None = None
