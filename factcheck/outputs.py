"""The run's report files (``--factcheck-json``, ``--factcheck-html``): where each goes, and writing them at the end.

A report is what CI and the editors' tools read after the run; one that looks complete but is not (a run
interrupted, stopped by ``-x``, or only collected) would mislead them, so it is then not written and the
summary says why, leaving any earlier file as it was.  Writing never ends in a traceback: a failure is a
note and an exit status.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.run_record import FileState

__all__ = ["Output", "output", "write_outputs"]


@dataclass(slots=True)
class Output:
    """A report file asked for on the command line or in the ini file."""

    kind: str  # "JSON" or "HTML", for messages
    path: Path  # as the user wrote it
    target: Path  # absolute: an option's from where pytest was started, an ini file's from the rootdir
    shown: str  # how the user asked for it, quoted back in errors
    write: Callable[[Path], None]
    note: str | None = None  # what happened to it, for the summary
    written: bool = False
    state: FileState | None = None  # the file as just written: a run's record points at it (``whole_run``)


def output(config: pytest.Config, kind: str, key: str, write: Callable[[Path], None]) -> Output | None:
    option = config.getoption(key)
    value = option or config.getini(key)
    if not value:
        return None
    shown = f"--{key.replace('_', '-')}={value}" if option else f"{key} = {value}"
    # an option's path is the shell's, from where pytest was started; an ini file's, from the rootdir (as pytest
    # reads its own ini paths, and this plugin factcheck_corpus and factcheck_cache)
    base = config.invocation_params.dir if option else config.rootpath
    return Output(kind, Path(value), base / Path(value).expanduser(), shown, write)


def write_outputs(
    outputs: list[Output], session: pytest.Session, exitstatus: int, *, reported: int, expected: int,
) -> None:
    """Write each report, or keep the old file and say why in its note.  ``reported``: the pairs the report
    holds (listed or counted); ``expected``: those the run's items check (fewer reported: stopped early)."""
    collectonly = session.config.option.collectonly
    for out in outputs:
        kept = f"{out.path} is left as it was" if os.path.lexists(out.target) else "no file was created"
        if exitstatus == pytest.ExitCode.INTERRUPTED or collectonly:
            # A report of half a run (or of none: --co) would look complete to whatever reads it.
            what = "nothing checked (--collect-only)" if collectonly else "run interrupted"
            out.note = f"factcheck: {what}, {out.kind} report not written; {kept}"
            continue
        if (session.shouldfail or session.shouldstop) and reported < expected:
            out.note = f"factcheck: run stopped early (-x/--maxfail), {out.kind} report not written; {kept}"
            continue
        try:
            out.write(out.target)
        except KeyboardInterrupt:
            out.note = f"factcheck: interrupted while writing the {out.kind} report; {kept}"
            session.exitstatus = pytest.ExitCode.INTERRUPTED
            return
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            out.note = f"factcheck: cannot write the {out.kind} report to {out.path}: {reason}; {kept}"
            if session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
                session.exitstatus = pytest.ExitCode.INTERNAL_ERROR
        else:
            out.written, out.state = True, FileState.of(out.target)
            out.note = f"factcheck: {out.kind} report written to {out.path}"
