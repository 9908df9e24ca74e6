"""What factcheck's items leave in pytest's terminal reporter, and how its progress line reaches the terminal.

The terminal reporter keeps every passed setup and teardown report (its ``stats[""]``), and its
failure summary looks for each failed item's teardown report by walking all of them: one walk a
failure.  A pair-granularity run of 200 event files over 3,000 articles has 25,230 items and 4,425
failures; the walks took some 220 s of a 238-second warm run (19 s with ``--tb=line``, which skips
them).  A factcheck item's passed setup and teardown have nothing to show (no output is captured
there), so their reports are not kept: the summary then walks only other tests' reports.  They are
also left out of ``--durations`` (microseconds each).

The progress line (:mod:`factcheck.progress`) is drawn while pytest captures stderr: see
``UncapturedStderr``.
"""

from __future__ import annotations

import contextlib
import sys

import pytest

__all__ = ["UncapturedStderr", "UnlistedPasses"]

# The marker every factcheck item carries (``items.ClaimItemBase``); a report keeps its item's keywords.
MARK = "factcheck"


class UnlistedPasses:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    @pytest.hookimpl(trylast=True)  # after the terminal reporter has kept the report
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or not report.passed or report.sections or MARK not in report.keywords:
            return
        terminal = self.config.pluginmanager.get_plugin("terminalreporter")
        kept = getattr(terminal, "stats", {}).get("")
        if kept and kept[-1] is report:
            kept.pop()


class UncapturedStderr:
    """The user's stderr, written around pytest's capture.

    Collection and items run with stderr captured (its file descriptor points at a temporary file): a
    progress line written to ``sys.stderr`` there never reached the terminal, and ``isatty`` said no, so
    none was ever drawn.  The capture manager steps aside for each write, as it does for live logging.
    """

    def __init__(self, config: pytest.Config) -> None:
        self._capture = config.pluginmanager.get_plugin("capturemanager")  # None under -p no:capture
        self._reporter = config.pluginmanager.get_plugin("terminalreporter")  # None under -p no:terminal

    def _uncaptured(self) -> contextlib.AbstractContextManager[None]:
        capture = self._capture
        return capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext()

    def write(self, text: str) -> int:
        with self._uncaptured():
            reporter = self._reporter
            if reporter is not None and reporter.isatty():
                reporter.ensure_newline()  # the line pytest has begun («claims.yaml ») is not drawn over
            written = sys.stderr.write(text)
            sys.stderr.flush()
        return written

    def flush(self) -> None:
        """Each write is flushed as it is made."""

    def isatty(self) -> bool:
        with self._uncaptured():
            return sys.stderr.isatty()
