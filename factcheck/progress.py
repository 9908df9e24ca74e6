"""A progress line on stderr while a large corpus is read, scoped and checked.

Shown only on a terminal and when the run is not quiet (``-q``); redrawn at
most every ``INTERVAL`` seconds, and cleared when done, so logs and CI
output never see it.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["INTERVAL", "MIN_TOTAL", "Progress"]

INTERVAL = 0.25  # seconds between redraws: smooth enough, cheap enough
MIN_TOTAL = 2000  # below this many steps a run is over before a line would help


class Progress:
    def __init__(self, label: str, total: int, *, enabled: bool, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and total >= MIN_TOTAL
        self.done = 0
        self._last = 0.0
        self._shown = False

    def step(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= INTERVAL or self.done >= self.total:
            self._last = now
            self.stream.write(f"\rfactcheck: {self.label} {self.done:,}/{self.total:,}")
            self.stream.flush()
            self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False
