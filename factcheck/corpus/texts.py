"""Article texts kept on disk once a corpus is large: memory bounded by the index, not by the corpus.

A run over a whole news corpus reads every article once to index it and
again only where a claim may be mentioned; holding every text in memory
meanwhile would make memory grow with the corpus (85 MB of text for the ANT
corpus, gigabytes for a research group's).  So past ``KEPT_IN_MEMORY`` bytes,
texts go to one unnamed temporary file (removed by the system when the run
ends, however it ends) and are read back by offset.  Forked worker processes
inherit the file and read it too: ``os.pread`` moves no shared offset.
"""

from __future__ import annotations

import os
import tempfile
import threading
from dataclasses import dataclass
from typing import IO

from factcheck.corpus.source import Source

__all__ = ["KEPT_IN_MEMORY", "TextStore"]

# Bytes of text (UTF-8) kept in memory before texts go to disk: a few thousand articles.
KEPT_IN_MEMORY = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class _Place:
    store: TextStore
    offset: int
    size: int

    def read(self) -> str:
        return self.store.read(self.offset, self.size)


class TextStore:
    def __init__(self, kept_in_memory: int | None = None) -> None:
        self.kept_in_memory = KEPT_IN_MEMORY if kept_in_memory is None else kept_in_memory
        self.in_memory = 0
        self.on_disk = 0
        self._file: IO[bytes] | None = None
        self._dirty = False
        self._lock = threading.Lock()

    def keep(self, source: Source) -> Source:
        """The source, with its text on disk once the texts in memory reach the limit."""
        text = source.text
        data = text.encode("utf-8", "surrogatepass")
        if self.in_memory + len(data) <= self.kept_in_memory or not source.in_memory:
            self.in_memory += len(data) if source.in_memory else 0
            return source
        with self._lock:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="factcheck-texts-")
            self._file.seek(self.on_disk)
            self._file.write(data)
            self._dirty = True
            place = _Place(self, self.on_disk, len(data))
            self.on_disk += len(data)
        return Source.stored(source.id, source.path, place, source.record_line, source.published)

    def read(self, offset: int, size: int) -> str:
        assert self._file is not None
        with self._lock:
            if self._dirty:
                self._file.flush()
                self._dirty = False
            if hasattr(os, "pread"):
                data = os.pread(self._file.fileno(), size, offset)
            else:  # pragma: no cover - Windows
                self._file.seek(offset)
                data = self._file.read(size)
        return data.decode("utf-8", "surrogatepass")
