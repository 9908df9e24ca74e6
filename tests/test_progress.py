"""The progress line: shown on a terminal for long runs, never in logs, cleared when done."""

from __future__ import annotations

import io

from factcheck.progress import MIN_TOTAL, Progress


def test_a_long_run_on_a_terminal_shows_and_clears_its_line() -> None:
    out = io.StringIO()
    progress = Progress("checking sources:", MIN_TOTAL, enabled=True, stream=out)
    for _ in range(MIN_TOTAL):
        progress.step()
    progress.close()
    text = out.getvalue()
    assert text.startswith("\rfactcheck: checking sources: 1/2,000")
    assert f"\rfactcheck: checking sources: {MIN_TOTAL:,}/{MIN_TOTAL:,}" in text  # the last step is drawn
    assert text.endswith("\r\x1b[2K")
    assert text.count("\r") < 20  # redrawn at most every INTERVAL seconds, not per step


def test_short_runs_and_logs_get_nothing() -> None:
    for total, enabled in ((MIN_TOTAL - 1, True), (10 * MIN_TOTAL, False)):
        out = io.StringIO()
        progress = Progress("x", total, enabled=enabled, stream=out)
        for _ in range(total):
            progress.step()
        progress.close()
        assert out.getvalue() == ""
