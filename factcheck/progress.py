"""A progress line on stderr while a large corpus is read, indexed, scoped and checked.

Shown only on a terminal and when the run is not quiet (``-q``); redrawn at
most every ``INTERVAL`` seconds, and cleared when done, so logs and CI
output never see it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Protocol

__all__ = ["INTERVAL", "MIN_TOTAL", "Progress", "ProgressLine", "Stream", "no_progress", "shows_progress"]

INTERVAL = 0.25  # seconds between redraws: smooth enough, cheap enough
MIN_TOTAL = 2000  # below this many steps a run is over before a line would help


class Stream(Protocol):
    """Where the line goes: stderr, or (under pytest) stderr around its capture."""

    def write(self, text: str, /) -> object: ...

    def flush(self) -> object: ...

    def isatty(self) -> bool: ...


def shows_progress(stream: Stream, *, verbosity: int, is_worker: bool) -> bool:
    """Whether a run draws its progress: on a terminal, not quiet (``-q``), and not an xdist worker (whose
    stderr the controller does not show)."""
    try:
        return not is_worker and verbosity >= 0 and stream.isatty()
    except ValueError:  # a closed stream
        return False


class Progress:
    """``total`` None: a count with no end known beforehand (sources streamed in), drawn from ``MIN_TOTAL`` on."""

    def __init__(self, label: str, total: int | None, *, enabled: bool, stream: Stream | None = None) -> None:
        self.label = label
        self.total = total
        self.stream: Stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and (total is None or total >= MIN_TOTAL)
        self.done = 0
        self._last = 0.0
        self._shown = False

    def step(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled or (self.total is None and self.done < MIN_TOTAL):
            return
        now = time.monotonic()
        if now - self._last >= INTERVAL or (self.total is not None and self.done >= self.total):
            self._last = now
            of = "" if self.total is None else f"/{self.total:,}"
            self.stream.write(f"\rfactcheck: {self.label} {self.done:,}{of}")
            self.stream.flush()
            self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False


# How a layer below pytest asks for a line: a label and a total (None: open-ended), drawn or not as the run says.
ProgressLine = Callable[[str, "int | None"], Progress]


def no_progress(label: str, total: int | None) -> Progress:
    """The line of a run that shows none (the default of the layers below pytest)."""
    return Progress(label, total, enabled=False)
