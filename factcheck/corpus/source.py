"""One article as read, before any normalization: what the corpus layer hands on."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["CorpusProblem", "Source", "StoredText", "text_digest"]


def text_digest(text: str) -> str:
    """A text's content hash: what everything read from it is kept under across runs (and what a feed's
    listing keeps of it, :mod:`factcheck.corpus.listing`, so that an unchanged corpus is not hashed again)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


class StoredText(Protocol):
    """A text kept outside memory (:class:`factcheck.corpus.texts.TextStore`), read back on each use."""

    def read(self) -> str: ...


class Source:
    """One article as read: ``text`` is after decoding, before normalization.

    ``path`` is the display path (relative to rootdir when inside it);
    ``record_line`` is the 1-based line of a JSONL record in its file (the
    line an editor opens; evidence lines count inside ``text``);
    ``published`` is the publication date a JSONL record gives (contract §3).

    The text of a source of a large corpus lives on disk (``stored``): a run
    reads each article once to index it and again only if a claim needs it in
    depth, so memory follows the index, not the corpus.  Immutable, and equal
    to any source with the same fields and text, wherever its text is kept.

    ``digest`` and ``chars`` are computed from the text on first use, unless the
    source was made knowing them: a source listed by an earlier run
    (:mod:`factcheck.corpus.listing`) is hashed and measured without its text
    being read at all.
    """

    __slots__ = ("id", "path", "record_line", "published", "_text", "_stored", "_digest", "_chars")
    id: str
    path: str
    record_line: int | None
    published: dt.date | None
    _text: str
    _stored: StoredText | None
    _digest: str | None
    _chars: int | None

    def __init__(
        self, id: str, path: str, text: str, record_line: int | None = None, published: dt.date | None = None,
    ) -> None:
        for name, value in (("id", id), ("path", path), ("record_line", record_line), ("published", published),
                            ("_text", text), ("_stored", None), ("_digest", None), ("_chars", None)):
            object.__setattr__(self, name, value)

    @classmethod
    def stored(
        cls, id: str, path: str, stored: StoredText, record_line: int | None = None, published: dt.date | None = None,
        *, digest: str | None = None, chars: int | None = None,
    ) -> Source:
        """``digest`` and ``chars``: the text's, when known without reading it."""
        source = cls(id, path, "", record_line, published)
        for name, value in (("_stored", stored), ("_digest", digest), ("_chars", chars)):
            object.__setattr__(source, name, value)
        return source

    @property
    def digest(self) -> str:
        """``text_digest(self.text)``, computed once."""
        if self._digest is None:
            object.__setattr__(self, "_digest", text_digest(self.text))
        assert self._digest is not None
        return self._digest

    @property
    def chars(self) -> int:
        """``len(self.text)``, computed once."""
        if self._chars is None:
            object.__setattr__(self, "_chars", len(self.text))
        assert self._chars is not None
        return self._chars

    @property
    def text(self) -> str:
        return self._text if self._stored is None else self._stored.read()

    @property
    def in_memory(self) -> bool:
        return self._stored is None

    @property
    def storage(self) -> StoredText | None:
        """Where the text waits, when not in memory."""
        return self._stored

    def _fields(self) -> tuple[Any, ...]:
        return (self.id, self.path, self.text, self.record_line, self.published)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Source is immutable: cannot set {name}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Source) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash((self.id, self.path, self.record_line, self.published))

    def __repr__(self) -> str:
        text = self.text
        shown = text if len(text) <= 40 else text[:40] + "…"
        return (f"Source(id={self.id!r}, path={self.path!r}, text={shown!r}, record_line={self.record_line!r}, "
                f"published={self.published!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its text (a file of this process means nothing in another)."""
        return (Source, self._fields())


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
