"""The progress line: shown on a terminal for long runs, never in logs, cleared when done."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.progress import MIN_TOTAL, Progress, shows_progress
from tests.test_scale_plugin import SUMMIT_DURATION


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


def test_an_open_ended_count_is_drawn_once_it_is_large_without_a_total() -> None:
    out = io.StringIO()
    progress = Progress("reading the corpus:", None, enabled=True, stream=out)
    progress.step(MIN_TOTAL - 1)
    assert out.getvalue() == ""  # a small corpus is read before a line would help
    progress.step()
    progress.close()
    assert out.getvalue() == f"\rfactcheck: reading the corpus: {MIN_TOTAL:,}\r\x1b[2K"


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self.tty


def test_progress_is_shown_only_on_a_terminal_of_a_run_that_is_not_quiet_nor_an_xdist_worker() -> None:
    assert shows_progress(_Stream(True), verbosity=0, is_worker=False)
    assert shows_progress(_Stream(True), verbosity=1, is_worker=False)
    assert not shows_progress(_Stream(False), verbosity=0, is_worker=False)  # a log, a CI job
    assert not shows_progress(_Stream(True), verbosity=-1, is_worker=False)  # -q
    assert not shows_progress(_Stream(True), verbosity=0, is_worker=True)
    closed = _Stream(True)
    closed.close()
    assert not shows_progress(closed, verbosity=0, is_worker=False)


def _on_a_terminal(project: Path, command: list[str], *, tty: bool = True, stdout_too: bool = False) -> tuple[str, str]:
    """A child whose stderr is a terminal (a pseudo-terminal) or a pipe: what it wrote there, and its stdout
    (``stdout_too``: on the same terminal, as a user's shell has them)."""
    master, slave = os.openpty() if tty else os.pipe()
    stdout = project / "stdout.txt"  # a file, not a pipe: a full pipe would stop the child while stderr is read
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}  # the options are the test's own
    with stdout.open("wb") as out:
        child = subprocess.Popen(command, cwd=project, stdin=subprocess.DEVNULL, stdout=slave if stdout_too else out,
                                 stderr=slave, env=env)
    os.close(slave)
    written = bytearray()
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline:
            if not select.select([master], [], [], 1)[0]:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal's other end closed (Linux)
                break
            if not chunk:
                break
            written += chunk
        child.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if child.poll() is None:
            child.kill()  # a child that hangs fails the test, not the suite
        os.close(master)
    return written.decode("utf-8", "replace"), stdout.read_text(encoding="utf-8")


def _run_on_a_terminal(project: Path, *args: str, tty: bool = True, stdout_too: bool = False) -> str:
    """pytest over the project, its stderr on a terminal (or a pipe): what it wrote there."""
    shown, out = _on_a_terminal(project, [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
                                tty=tty, stdout_too=stdout_too)
    assert "1 failed" in (shown if stdout_too else out)  # the run happened: the claim fails in some sources
    return shown


def _large_corpus(project: Path) -> str:
    records = [{"id": f"n{n:05d}", "text": f"استمرت القمة نحو {2 + n % 3} ساعات في المدينة رقم {n}."}
               for n in range(MIN_TOTAL + 100)]
    project.joinpath("corpus.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    project.joinpath("claims.yaml").write_text(SUMMIT_DURATION, encoding="utf-8")
    return f"{MIN_TOTAL + 100:,}"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here (Windows)")
def test_a_large_corpus_run_shows_its_reading_and_indexing_on_a_terminal_and_nothing_otherwise(
    pytester: pytest.Pytester,
) -> None:
    total = _large_corpus(pytester.path)
    args = ("claims.yaml", "--factcheck-corpus=corpus.jsonl", "--factcheck-granularity=claim", "--factcheck-no-cache")
    shown = _run_on_a_terminal(pytester.path, *args)
    assert f"\rfactcheck: reading the corpus: {MIN_TOTAL:,}" in shown
    assert f"\rfactcheck: indexing the corpus: {total}/{total}" in shown
    assert f"\rfactcheck: checking sources: {total}/{total}" in shown
    assert shown.count("\r\x1b[2K") >= 3  # each line cleared when its step is done
    assert f"\rfactcheck: indexing the corpus: {total}/{total}" in _run_on_a_terminal(pytester.path, *args, "-s")  # no capture
    both = _run_on_a_terminal(pytester.path, *args, stdout_too=True)  # pytest's own line is not drawn over
    assert both.index("claims.yaml \r\n") < both.index("\rfactcheck: checking sources:")
    assert "factcheck:" not in _run_on_a_terminal(pytester.path, *args, "-q")
    assert "factcheck:" not in _run_on_a_terminal(pytester.path, *args, tty=False)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here (Windows)")
def test_explain_over_a_large_corpus_shows_its_progress_on_a_terminal_and_nothing_in_a_pipe(tmp_path: Path) -> None:
    total = _large_corpus(tmp_path)
    command = [sys.executable, "-c", "from factcheck.cli import main; raise SystemExit(main())", "explain",
               "claims.yaml::summit-duration", "--corpus", "corpus.jsonl", "--no-cache"]
    shown, out = _on_a_terminal(tmp_path, command)
    assert "summit-duration" in out  # the explanation itself, on stdout
    for line in ("reading the corpus: ", f"indexing the corpus: {total}/{total}",
                 f"deciding the scope of claims.yaml: {total}/{total}", f"explaining sources: {total}/{total}"):
        assert f"\rfactcheck: {line}" in shown, line
    assert shown.endswith("\r\x1b[2K")  # the last line cleared before the explanation is printed
    piped, out_again = _on_a_terminal(tmp_path, command, tty=False)
    assert piped == "" and out_again == out
