"""Where pytest is spoken to: options, collection of claim files, items, reports.

Hooks stay thin.  All state lives in one ``FactcheckPlugin`` registered in
``pytest_configure`` and kept under a ``StashKey``; the corpus is read once
per session on first need, each document is normalized on first use.
"""

from __future__ import annotations

import argparse
import os
import warnings
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.claims.load import ClaimProblem, LoadedClaims, load_claim_file
from factcheck.claims.model import Claim
from factcheck.corpus.load import DEFAULT_MAX_BYTES, Corpus, load_corpus
from factcheck.corpus.source import Source
from factcheck.engine import Engine
from factcheck.outcomes import Outcome, applies, decide
from factcheck.report.paths import (
    ALLOW_INSIDE_OPTION,
    Inputs,
    Report,
    corpus_inputs,
    report_path_problem,
    result_record,
)
from factcheck.report.text import failure_text

__all__ = ["FactcheckPlugin", "plugin_key"]

plugin_key = pytest.StashKey["FactcheckPlugin"]()
_PROPERTY = "factcheck"


class FactcheckWarning(pytest.PytestWarning):
    """A contradiction with ``severity: warn``, or a corpus file that was skipped."""


def _positive_int(text: str) -> int:
    """A byte limit of 0 or less would skip every article (or, as 0, silently mean the default)."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of bytes") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the limit must be a positive number of bytes")
    return value


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "fact-consistency checks of claims against a news corpus")
    group.addoption(
        "--factcheck-corpus", action="append", dest="factcheck_corpus", metavar="PATH", default=None,
        help="folder (recursively *.txt, *.md), glob, or .jsonl file of sources; repeatable "
        "(default: ini factcheck_corpus, else 'seeds')",
    )
    group.addoption(
        "--factcheck-json", dest="factcheck_json", metavar="PATH", default=None,
        help="write the JSON report here (default: ini factcheck_json)",
    )
    group.addoption(
        ALLOW_INSIDE_OPTION, dest="factcheck_json_inside", action="store_true", default=None,
        help="allow the JSON report inside a corpus or claims folder (it is refused there by default, "
        "as it could be read back as an input); never allows overwriting an input file",
    )
    group.addoption(
        "--factcheck-max-bytes", dest="factcheck_max_bytes", type=_positive_int, metavar="N", default=None,
        help=f"skip (and report) corpus files larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    parser.addini("factcheck_corpus", "corpus paths (folders, globs, .jsonl files)", type="linelist", default=["seeds"])
    parser.addini("factcheck_json", "path of the JSON report", default="")
    parser.addini("factcheck_json_inside", f"like {ALLOW_INSIDE_OPTION}", type="bool", default=False)
    parser.addini("factcheck_claims", "folders whose *.yaml/*.yml files are claim files", type="linelist", default=["claims"])


def _warn_if_rootdir_misread(config: pytest.Config) -> None:
    values = [*(config.getoption("factcheck_corpus") or []), config.getoption("factcheck_json") or ""]
    root = config.rootpath.resolve()
    for value in values:
        if value and Path(value).resolve() in (root, root.parent) and config.inipath is None:
            config.issue_config_time_warning(FactcheckWarning(
                f"pytest took {value!r} for the project root (rootdir {root}) and read no ini file; "
                f"write --factcheck-corpus={value} with '=' (or pass --rootdir=.) so pytest sees it "
                "as the option's value"), stacklevel=2)
            return


def pytest_configure(config: pytest.Config) -> None:
    _warn_if_rootdir_misread(config)
    config.addinivalue_line("markers", "factcheck: a (claim, source) check collected from a claim file")
    plugin = FactcheckPlugin(config)
    config.stash[plugin_key] = plugin
    config.pluginmanager.register(plugin, "factcheck-session")


class FactcheckPlugin:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        root = config.rootpath
        here = config.invocation_params.dir
        # pytest fixes its rootdir before plugins add options, so in
        # ``--factcheck-corpus /tmp/x`` it may take /tmp/x for the test root;
        # claim folders are then also looked for where pytest was started.
        self.claim_dirs = sorted({
            (base / d).resolve() for d in config.getini("factcheck_claims") for base in (root, here)
        })
        self.named = {Path(a.split("::")[0]).resolve() for a in config.args}
        corpus = config.getoption("factcheck_corpus") or config.getini("factcheck_corpus")
        self.corpus_specs: list[str] = list(corpus)
        option_json = config.getoption("factcheck_json")
        json_path = option_json or config.getini("factcheck_json")
        self.json_path = Path(json_path) if json_path else None
        # Relative to where pytest was started, as a shell user means it.
        self.json_target = None if self.json_path is None else config.invocation_params.dir / self.json_path
        self.json_shown = f"--factcheck-json={json_path}" if option_json else f"factcheck_json = {json_path}"
        self.json_note: str | None = None  # what happened to the report, for the summary
        self.json_written = False
        self._corpus: Corpus | None = None
        self._engine: Engine | None = None
        self.report = Report()
        self.claim_owner: dict[str, str] = {}  # claim id -> "file:line" that defined it first

    # -- the corpus, read once -------------------------------------------------
    @property
    def corpus(self) -> Corpus:
        if self._corpus is None:
            max_bytes = self.config.getoption("factcheck_max_bytes") or DEFAULT_MAX_BYTES
            self._corpus = load_corpus(self.corpus_specs, self.config.rootpath, max_bytes=max_bytes)
            self.report.sources = list(self._corpus.sources)
            self.report.problems = [str(p) for p in self._corpus.problems]
        return self._corpus

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = Engine(self.corpus.sources)
        return self._engine

    def is_claim_file(self, path: Path) -> bool:
        if path.suffix not in (".yaml", ".yml"):
            return False
        resolved = path.resolve()
        if resolved in self.named:
            return True
        return any(resolved.is_relative_to(d) for d in self.claim_dirs)

    def display_path(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.config.rootpath.resolve()).as_posix()
        except ValueError:
            return str(path)

    def inputs(self) -> Inputs:
        """What this run reads; the report must not land on it."""
        folders, files, globs = corpus_inputs(self.corpus_specs, self.config.rootpath)
        inipath = self.config.inipath
        return Inputs(
            corpus_folders=folders, corpus_files=files, corpus_globs=globs,
            claim_folders=tuple(d for d in self.claim_dirs if d.is_dir()),
            named_files=tuple(p for p in sorted(self.named) if p.is_file()),
            config_files=() if inipath is None else (inipath,),
        )

    def check_report_path(self) -> None:
        """Refuse a report path that would destroy or pollute an input, before any test runs."""
        if self.json_target is None:
            return
        allow = bool(self.config.getoption("factcheck_json_inside") or self.config.getini("factcheck_json_inside"))
        problem = report_path_problem(
            self.json_target, self.inputs(), shown=self.json_shown, allow_inside=allow, root=self.config.rootpath,
        )
        if problem is not None:
            raise pytest.UsageError(problem)

    def write_report(self, session: pytest.Session, exitstatus: int) -> None:
        """Write the JSON report, or keep the old one and say why; never a traceback."""
        target = self.json_target
        if target is None or (self._corpus is None and not self.report.results):
            return
        kept = f"{self.json_path} is left as it was" if os.path.lexists(target) else "no file was created"
        if exitstatus == pytest.ExitCode.INTERRUPTED:
            # A report of half a run would look complete to whatever reads it.
            self.json_note = f"factcheck: run interrupted, JSON report not written; {kept}"
            return
        expected = sum(isinstance(item, ClaimItem) for item in getattr(session, "items", []))
        if (session.shouldfail or session.shouldstop) and len(self.report.results) < expected:
            self.json_note = f"factcheck: run stopped early (-x/--maxfail), JSON report not written; {kept}"
            return
        try:
            self.report.write(target)
        except KeyboardInterrupt:
            self.json_note = f"factcheck: interrupted while writing the JSON report; {kept}"
            session.exitstatus = pytest.ExitCode.INTERRUPTED
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.json_note = f"factcheck: cannot write the JSON report to {self.json_path}: {reason}; {kept}"
            if session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
                session.exitstatus = pytest.ExitCode.INTERNAL_ERROR
        else:
            self.json_written = True
            self.json_note = f"factcheck: JSON report written to {self.json_path}"

    # -- hooks -----------------------------------------------------------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.check_report_path()

    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
        if self.is_claim_file(file_path):
            return ClaimFileCollector.from_parent(parent, path=file_path)
        return None

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """A broken claim file must not stop the others from running."""
        if report.failed and report.nodeid and self.is_claim_file(Path(report.fspath)):
            self.config.option.continue_on_collection_errors = True

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        """A skip names the claim (``claims/x.yaml:12``), not the line of this module that skipped."""
        report: pytest.TestReport = yield
        if isinstance(item, ClaimItem) and report.skipped and isinstance(report.longrepr, tuple) \
                and not hasattr(report, "wasxfail"):
            report.longrepr = (str(item.path), item.line, report.longrepr[2])
        return report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return
        for name, value in report.user_properties:
            if name == _PROPERTY and isinstance(value, dict):
                self.report.add(value)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.write_report(session, exitstatus)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self._corpus is not None:
            if self._corpus.problems:
                terminalreporter.section("factcheck: corpus files skipped", sep="-", yellow=True)
                for problem in self._corpus.problems:
                    terminalreporter.line(str(problem))
            counts = self.report.counts()
            if counts:
                summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
                terminalreporter.line(f"factcheck: {len(self._corpus.sources)} sources; verdicts: {summary}")
        if self.json_note is not None:
            terminalreporter.line(self.json_note, red=not self.json_written)


class ClaimFileError(Exception):
    """Problems of one claim file, shown as a collection error without a traceback."""

    def __init__(self, problems: list[ClaimProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class ClaimFileCollector(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        plugin = self.config.stash[plugin_key]
        display = plugin.display_path(self.path)
        loaded = load_claim_file(self.path, display)
        if loaded.problems:
            raise ClaimFileError(loaded.problems)
        assert loaded.file is not None
        corpus = plugin.corpus
        if not corpus.sources:
            specs = ", ".join(plugin.corpus_specs)
            raise ClaimFileError([ClaimProblem(display, 1, "", (
                f"no sources to check: the corpus ({specs}) holds no readable article; "
                "pass --factcheck-corpus PATH or set factcheck_corpus in the ini file"))])
        problems = self._cross_checks(plugin, loaded, corpus.sources)
        if problems:
            raise ClaimFileError(problems)
        for index, claim in enumerate(loaded.claims):
            for source in corpus.sources:
                if applies(loaded.file.sources, source.id) and applies(claim.sources, source.id):
                    yield ClaimItem.from_parent(
                        self, name=f"{claim.id}[{source.id}]", claim=claim, source=source,
                        line=loaded.claim_lines[index], file_display=display,
                    )

    def _cross_checks(self, plugin: FactcheckPlugin, loaded: LoadedClaims, sources: list[Source]) -> list[ClaimProblem]:
        """Checks that need more than the file: ids of other files, the corpus."""
        problems: list[ClaimProblem] = []
        ids = [s.id for s in sources]
        for index, claim in enumerate(loaded.claims):
            line = loaded.claim_lines[index]
            owner = plugin.claim_owner.setdefault(claim.id, f"{loaded.path}:{line}")
            if owner != f"{loaded.path}:{line}":
                problems.append(ClaimProblem(loaded.path, line, f"claims[{index}].id", (
                    f"claim id {claim.id!r} is already defined at {owner}; ids must be unique across claim files")))
            for pattern in claim.expect:
                if not applies([pattern], ids[0]) and not any(applies([pattern], i) for i in ids):
                    problems.append(ClaimProblem(loaded.path, line, f"claims[{index}].expect", (
                        f"{pattern!r} names no source of the corpus; source ids look like {ids[0]!r}")))
        return problems

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, ClaimFileError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class ContradictionFailure(Exception):
    """A failed (claim, source) pair; its text is the whole report."""


class ClaimItem(pytest.Item):
    def __init__(
        self, *, claim: Claim, source: Source, line: int, file_display: str, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.claim = claim
        self.source = source
        self.line = line
        self.file_display = file_display
        self.add_marker(pytest.mark.factcheck)
        for tag in claim.tags:
            self.config.addinivalue_line("markers", f"{tag}: factcheck claim tag")
            self.add_marker(getattr(pytest.mark, tag))

    def runtest(self) -> None:
        plugin = self.config.stash[plugin_key]
        finding = plugin.engine.check(self.claim, self.source.id)
        decision = decide(finding, self.claim, self.source.id)
        self.user_properties.append(
            (_PROPERTY, result_record(self.file_display, self.claim, self.source, finding, decision))
        )
        if decision.warning:
            warnings.warn_explicit(
                FactcheckWarning(f"{self.nodeid}: " + failure_text(self.claim, self.source, finding, decision)),
                FactcheckWarning, filename=str(self.path), lineno=self.line,
            )
        if decision.outcome is Outcome.FAILED:
            raise ContradictionFailure(failure_text(self.claim, self.source, finding, decision))
        if decision.outcome is Outcome.SKIPPED:
            pytest.skip(decision.headline)
        if decision.outcome is Outcome.XFAILED:
            pytest.xfail(decision.headline)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, ContradictionFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"{self.claim.id}[{self.source.id}]"
