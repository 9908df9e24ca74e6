"""Strings that would make memory grow with the corpus, kept on disk past a limit and read back by offset.

A run over a whole news corpus holds two such piles: the articles' texts
(:mod:`factcheck.corpus.texts`) and, unscoped, hundreds of thousands of
results to report (:mod:`factcheck.report.results`).  Under the limit they
stay in memory, as strings; past it, each goes to the end of one unnamed
temporary file (removed by the system when the run ends, however it ends).
Forked worker processes inherit the file and read it too: ``os.pread`` moves
no shared offset.
"""

from __future__ import annotations

import os
import tempfile
import threading
from typing import IO

__all__ = ["Place", "Spill"]

# Where a string is: itself (or its UTF-8 bytes, as given), while in memory, or its (offset, size) on disk.
Place = str | bytes | tuple[int, int]
# Bytes gathered before one write to the file.
_WRITE_FROM = 1 << 20


class Spill:
    def __init__(self, kept_in_memory: int) -> None:
        self.kept_in_memory = kept_in_memory
        self.in_memory = 0  # bytes (UTF-8) of the strings kept in memory
        self.on_disk = 0
        self._file: IO[bytes] | None = None
        self._pending = bytearray()  # the end of the file, not written yet (one write a megabyte, not a string)
        self._lock = threading.Lock()

    def put(self, text: str) -> Place:
        return self._put(text, text.encode("utf-8", "surrogatepass"))

    def put_bytes(self, data: bytes) -> Place:
        """A string already encoded (UTF-8): what is written as is (a report) need not be decoded first."""
        return self._put(data, data)

    def _put(self, kept: str | bytes, data: bytes) -> Place:
        if self.in_memory + len(data) <= self.kept_in_memory:
            self.in_memory += len(data)
            return kept
        with self._lock:
            if self._file is None:
                # unbuffered, written at an offset: nothing waits in a buffer for a forked child to write twice
                self._file = tempfile.TemporaryFile(prefix="factcheck-", buffering=0)
            place = (self.on_disk, len(data))
            self.on_disk += len(data)
            self._pending += data
            if len(self._pending) >= _WRITE_FROM:
                self._flush()
        return place

    def _flush(self) -> None:
        """Write what is pending where it belongs (at its offset: a forked child that wrote it too would
        write the same bytes at the same place)."""
        if self._pending and self._file is not None:
            _write_at(self._file, bytes(self._pending), self.on_disk - len(self._pending))
            self._pending.clear()

    def get(self, place: Place) -> str:
        if isinstance(place, str):
            return place
        return self.get_bytes(place).decode("utf-8", "surrogatepass")

    def get_bytes(self, place: Place) -> bytes:
        if isinstance(place, bytes):
            return place
        if isinstance(place, str):
            return place.encode("utf-8", "surrogatepass")
        offset, size = place
        assert self._file is not None
        if self._pending:
            with self._lock:
                self._flush()
        if hasattr(os, "pread"):
            data = os.pread(self._file.fileno(), size, offset)
        else:  # pragma: no cover - Windows
            with self._lock:
                self._file.seek(offset)
                data = self._file.read(size)
        return data


def _write_at(file: IO[bytes], data: bytes, offset: int) -> None:
    if hasattr(os, "pwrite"):
        done = 0
        while done < len(data):
            done += os.pwrite(file.fileno(), data[done:], offset + done)
    else:  # pragma: no cover - Windows
        file.seek(offset)
        file.write(data)
