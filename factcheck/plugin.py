"""Where pytest is spoken to: options, the hooks, the run's state, reports.

Hooks stay thin.  All state lives in one ``FactcheckPlugin`` registered in
``pytest_configure`` and kept under a ``StashKey`` (``items.plugin_key``); the
corpus is read once per session on first need, each document is normalized on
first use.  The claim-file collector and its items (``items``) reach the state
through that key, seeing the plugin as ``items.Plugin``.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import closing
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.claims.files import ClaimFiles, display_path
from factcheck.items import ClaimFileCollector, ClaimItem, ClaimItemBase, ClaimLevelItem, plugin_key
from factcheck.options import (
    add_options,
    granularity,
    jsonl_fields,
    selection,
    warn_if_rootdir_misread,
)
from factcheck.outputs import output, write_outputs
from factcheck.terminal import UncapturedStderr, UnlistedPasses
from factcheck.text.translit import translit
from factcheck.whole_run import ReplayedItem, WholeRun, cache_folder
from factcheck.workers import Collector, available_processes

if TYPE_CHECKING:  # imported when a run checks claims, not by every pytest run of an environment holding factcheck
    from factcheck.batch import BatchFindings
    from factcheck.cache import VocabularyCache
    from factcheck.claims.load import ClaimRegistry
    from factcheck.claims.model import Claim, ClaimFile
    from factcheck.corpus.load import Corpus
    from factcheck.corpus.source import Source
    from factcheck.engine import Engine
    from factcheck.evaluation import Evaluated
    from factcheck.plan import FilePlan, ReadAhead
    from factcheck.progress import Progress
    from factcheck.replay import Replays
    from factcheck.report.model import Report
    from factcheck.verdicts import Finding

__all__ = ["FactcheckPlugin", "plugin_key"]

_WORKER_KEY = "factcheck_report"
_ITEMS_KEY = "factcheck_items"  # a worker's items as collected, for the controller's record (whole_run)


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    warn_if_rootdir_misread(config)
    config.addinivalue_line("markers", "factcheck: a (claim, source) check collected from a claim file")
    plugin = FactcheckPlugin(config)
    plugin.whole.prefer_one_process()
    config.stash[plugin_key] = plugin
    config.pluginmanager.register(plugin, "factcheck-session")
    config.pluginmanager.register(UnlistedPasses(config), "factcheck-unlisted-passes")


class FactcheckPlugin:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        # claim folders are looked for where pytest was started too (its rootdir may be elsewhere)
        bases = (config.rootpath, config.invocation_params.dir)
        self.claim_dirs = sorted({(base / d).resolve() for d in config.getini("factcheck_claims") for base in bases})
        self.named = {Path(a.split("::")[0]).resolve() for a in config.args}
        # a folder counts when the user named it, not when pytest took testpaths or where it started
        self.claim_files = ClaimFiles(self.claim_dirs, self.named if config.args_source == config.ArgsSource.ARGS else
                                      (p for p in self.named if not p.is_dir()))
        self.corpus_specs: list[str] = list(config.getoption("factcheck_corpus") or config.getini("factcheck_corpus"))
        self.outputs = [out for out in (
            output(config, "JSON", "factcheck_json", lambda path: self.report.write(path)),
            output(config, "HTML", "factcheck_html", self._write_html),
        ) if out is not None]
        self._corpus: Corpus | None = None
        self.readable = True  # whether the corpus holds a readable article, before a shard takes its part
        self._engine: Engine | None = None
        self._batch: BatchFindings | None = None  # see ``batch``
        self._replays: Replays | None = None
        self.jsonl_fields = jsonl_fields(config)
        self.granularity = granularity(config)
        self.is_worker = getattr(config, "workerinput", None) is not None  # an xdist worker
        self._collector = Collector()
        self._itemized: dict[tuple[str, str], int] = {}  # (file, claim): how many items it was given (see plan)
        self._each, self._taken = getattr(config.option, "dist", "no") == "each", set[str]()  # see logreport
        self.whole = WholeRun(config, claim_dirs=self.claim_dirs, named=self.named, corpus_specs=self.corpus_specs,
                              outputs=self.outputs, is_worker=self.is_worker)  # a run made before, all of it
        self._foreign = False  # whether an item that is no claim's ran (a project's own tests)
        self._lines: dict[tuple[bool, bool], list[str]] = {}  # the closing lines, by (stopped, detailed)

    # -- the run's state, made when a run first checks claims ---------------------
    # A pytest run that collects no claim file (a project's own tests, in an environment that has factcheck) never
    # makes them, nor imports what they need: the plugin costs such a run milliseconds, not the checking's imports.
    @cached_property
    def report(self) -> Report:
        from factcheck.report.model import Report
        from factcheck.report.records import shard_run

        report = Report()
        report.granularity = self.granularity
        report.run = shard_run(self.config.getoption("factcheck_shard"), self.granularity, self.corpus_specs,
                               selection(self.config))
        return report

    @property
    def checks(self) -> bool:
        """Whether this run has checked (or is checking) claims: its state exists."""
        return "report" in self.__dict__

    @cached_property
    def ahead(self) -> ReadAhead:
        """The claim files found, loaded together when the first is planned."""
        from factcheck.plan import ReadAhead

        return ReadAhead()

    @cached_property
    def registry(self) -> ClaimRegistry:
        from factcheck.claims.load import ClaimRegistry

        return ClaimRegistry()

    @cached_property
    def evaluated(self) -> Evaluated:
        """Claim-level outcomes made at once (see ``batch``)."""
        from factcheck.evaluation import Evaluated

        return Evaluated()

    def _write_html(self, path: Path) -> None:
        from factcheck.report.html import write_html

        write_html(path, self.report.html_input())

    # -- the corpus, read once -------------------------------------------------
    @property
    def corpus(self) -> Corpus:
        if self._corpus is None:
            from factcheck.corpus.decode import DEFAULT_MAX_BYTES
            from factcheck.corpus.load import Corpus, load_corpus

            max_bytes = self.config.getoption("factcheck_max_bytes") or DEFAULT_MAX_BYTES
            with closing(self.progress("reading the corpus:", None)) as line:
                corpus = load_corpus(self.corpus_specs, self.config.rootpath, max_bytes=max_bytes,
                                     fields=self.jsonl_fields, step=line.step, listings=self.cache)
            self.readable = bool(corpus.sources)  # of the whole corpus: a shard may hold none of it
            self.report.whole_corpus(s.id for s in corpus.sources)
            if (shard := self.config.getoption("factcheck_shard")) is not None:
                corpus = Corpus([s for s in corpus.sources if shard.holds(s.id)], corpus.problems)
            self._corpus = corpus
            self.report.set_sources(self._corpus.sources, self._corpus.problems)
        return self._corpus

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from factcheck.engine import Engine
            from factcheck.team import Team

            processes = 1 if self.is_worker else self.config.getoption("factcheck_processes") or available_processes()
            if processes == 1:  # read here (an xdist worker: one a core) holding the corpus: see workers.Collector
                self._collector.relax()
            cache = self.cache  # an xdist worker's team shares the reading:
            self._engine = Engine(self.corpus.sources, cache=cache, processes=processes, progress=self.progress,
                                  team=Team.of_xdist_worker(getattr(self.config, "workerinput", None), cache))
        return self._engine

    def finding(self, session: pytest.Session, claim: Claim, source_id: str) -> Finding:
        """A pair's finding, computed with every other pair of the run on first need (:mod:`factcheck.batch`)."""
        found = batch.pop(claim, source_id) if (batch := self.batch(session)) is not None else None
        return found if found is not None else self.engine.check(claim, source_id)

    def split(self, session: pytest.Session, claim: Claim, sources: list[Source]) -> tuple[list[Source], int]:
        """A claim's sources whose pairs must be judged one by one, and how many others are silent."""
        batch = self.batch(session)
        if batch is not None and batch.asks(claim):
            return batch.judged(claim, sources)
        read_ids, unread = self.engine.split(claim, [s.id for s in sources])
        read = set(read_ids)
        return [s for s in sources if s.id in read], len(unread)

    def batch(self, session: pytest.Session) -> BatchFindings | None:
        """Every pair of the run, computed source by source on first need.  An xdist worker computes them
        all too (it cannot know which items it will be handed), sharing the reading with the others
        (:mod:`factcheck.team`); without a team (no cache), None: it checks each item it is handed."""
        if self.is_worker and self.engine.team is None:
            return None
        if self._batch is None:
            from factcheck.batch import Asked, BatchFindings, counted_by_claim

            asked: dict[int, Asked] = {}
            level = [item for item in session.items if isinstance(item, ClaimLevelItem)]
            held = {item for item, h in zip(level, self.replays.held(level)) if h}
            for item in session.items:
                if isinstance(item, (ClaimItem, ClaimLevelItem)) and item not in held:
                    one = asked.setdefault(id(item.claim), Asked(
                        item.claim, [], isinstance(item, ClaimLevelItem) and counted_by_claim(item.claim)))
                    one.source_ids.extend(
                        [item.source.id] if isinstance(item, ClaimItem) else [s.id for s in item.sources])
            self._batch = BatchFindings(self.engine, self.corpus.sources)
            progress = self.progress("checking sources:", self._batch.prepare(list(asked.values())))
            self._collector.settle()  # the corpus, its index and the plans, while every pair is checked
            try:
                self._batch.compute(step=progress.step)
            finally:
                self._collector.thaw()
                progress.close()
            # claim-level outcomes made at once over the workers; an xdist worker evaluates the items it is handed
            if not self.is_worker and (failed := self.evaluated.make(level, self._batch, processes=self.engine.processes,
                                                                     keep=self.replays.keep_packed)):
                self.report.notes.append(failed)
                self.whole.trouble()
        return self._batch

    @property
    def replays(self) -> Replays:
        if self._replays is None:
            from factcheck.replay import Replays

            self._replays = Replays(self.engine)
        return self._replays

    def progress(self, label: str, total: int | None) -> Progress:
        """A progress line on stderr: only on a terminal, not under -q, not in an xdist worker."""
        from factcheck.progress import Progress

        return Progress(label, total, enabled=self._progress_stream is not None, stream=self._progress_stream)

    @cached_property
    def _progress_stream(self) -> UncapturedStderr | None:  # None: no line; decided once a run, not once a file
        from factcheck.progress import shows_progress

        stream = UncapturedStderr(self.config)
        return stream if shows_progress(stream, verbosity=self.config.get_verbosity(), is_worker=self.is_worker) else None

    @cached_property
    def cache(self) -> VocabularyCache | None:
        """The cache across runs (contract §3), or None when switched off or unusable (with a note); opened once."""
        from factcheck.cache import VocabularyCache

        if (folder := cache_folder(self.config)) is None:
            return None
        cache = VocabularyCache(folder)
        if not cache.usable:
            self.report.notes.append(str(cache.problem))
            return None
        return cache

    def plan(self, display: str, file: ClaimFile, plan: FilePlan) -> FilePlan:
        """Record what scope decided for one claim file (report ``files``, summary, notes)."""
        from factcheck.report.model import FileRecord

        claims = file.claims
        self.report.add_file(FileRecord(file=display, claims=len(claims), in_scope=len(plan.in_scope),
                                        out_of_scope=len(plan.out_of_scope)), claims,
                             settings=file.model_dump_json(include={"sources", "scope", "defaults"}))
        self.report.notes.extend(plan.notes)
        self._itemized.update(((display, c.id), 1 if self.granularity == "claim" else len(on)) for c, on in zip(claims, plan.per_claim))
        engine = self.engine  # an index over the sources in scope, when enough are checked (see Engine.index)
        engine.want_index([s.id for s in plan.in_scope] if plan.checked(engine.index_from) >= engine.index_from else [])
        return plan

    def check_report_path(self) -> None:
        """Refuse a report path that would destroy or pollute an input (what this run reads), before any test runs."""
        if not self.outputs:
            return
        from factcheck.report.paths import Inputs, report_path_problem

        allow = bool(self.config.getoption("factcheck_json_inside") or self.config.getini("factcheck_json_inside"))
        config = self.config
        inputs = Inputs.of_run(self.corpus_specs, config.rootpath, self.claim_dirs, self.named, config.inipath)
        for out in self.outputs:
            problem = report_path_problem(out.target, inputs, shown=out.shown, allow_inside=allow, root=config.rootpath)
            if problem is not None:
                raise pytest.UsageError(problem)

    def write_report(self, session: pytest.Session, exitstatus: int) -> None:
        """Write the reports, or keep the old ones and say why; never a traceback."""
        if not self.checks or self._corpus is None and not self.report.results and not self.report.files:
            return  # nothing read: no claim file collected (the files come from xdist's workers too)
        expected = sum(len(item.sources) if isinstance(item, ClaimLevelItem) else isinstance(item, ClaimItem)
                       for item in getattr(session, "items", []))
        write_outputs(self.outputs, session, exitstatus, reported=len(self.report.results) + self.report.silent,
                      expected=expected)

    # -- hooks -----------------------------------------------------------------
    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.check_report_path()

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Planning is over (its workers go); an xdist worker reads its share now, handed items or not: others wait."""
        if self._engine is not None:
            self._engine.close()
        # a claim none of whose items is left (-k, -m, --lf) is not listed as checked, a row of zeros; under a
        # selection (fewer items left than given), nor is a claim given none
        items = [(i.file_display, i.claim.id) for i in session.items if isinstance(i, ClaimItemBase)]
        ran, chosen = set(items), len(items) < sum(self._itemized.values())
        if self._itemized:
            self.report.deselect(k for k, n in self._itemized.items() if k not in ran and (n or chosen))
        failed = session.testsfailed and not self.config.option.continue_on_collection_errors  # pytest stops
        if self.is_worker and not self.config.option.collectonly and not failed and self._engine and self._engine.team:
            self.batch(session)

    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
        if file_path in self.claim_files:
            if self.whole.replay() is not None:  # decided at the first claim file, before any is read
                return self.whole.collector(parent, file_path)
            self.ahead.add(file_path, display_path(file_path, self.config.rootpath))
            return ClaimFileCollector.from_parent(parent, path=file_path)
        return None

    def includes(self, shown: list[str]) -> None:
        """The files a claim file included, as ``load_claim_file`` names them (from the rootdir, or absolute)."""
        self.whole.includes([self.config.rootpath / name for name in shown])

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """A broken claim file must not stop the others from running; the report names it, its claims unchecked."""
        if report.failed:
            self.whole.collect_failed()
        if report.failed and report.nodeid and Path(report.fspath) in self.claim_files:
            self.config.option.continue_on_collection_errors = True
            self.report.add_problem(f"{report.nodeid}: claims not checked: {report.longreprtext}")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        """A skip names the claim (``claims/x.yaml:12``), not the line of ``items`` that skipped."""
        report: pytest.TestReport = yield
        if isinstance(item, (ClaimItem, ClaimLevelItem, ReplayedItem)) and report.skipped and isinstance(report.longrepr, tuple) \
                and not hasattr(report, "wasxfail"):
            report.longrepr = (str(item.path), item.line, report.longrepr[2])
        return report

    def pytest_report_header(self, config: pytest.Config) -> str | None:
        if self.whole.workers_dropped:
            return (f"factcheck: this run finished before and every outcome of it is in the cache: made in this "
                    f"process, without the {self.whole.workers_dropped} xdist workers (--factcheck-warm-workers keeps them)")
        return None

    @pytest.hookimpl(tryfirst=True)  # every item collected, before -k and -m leave some out
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        self.whole.collected(items)

    def pytest_warning_recorded(self, warning_message: Any, when: str, nodeid: str) -> None:
        self.whole.warned(warning_message, when, nodeid)

    @pytest.hookimpl(tryfirst=True)  # before junitxml and other plugins read the properties (see _dropped_transport)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.whole.reported(report)
        self._foreign = self._foreign or not report.nodeid.split("::")[0].endswith((".yaml", ".yml"))
        if self.whole.replayed is not None:  # its report is the file the run replayed wrote
            return
        if report.when == "call" and report.user_properties and not self.is_worker and report.nodeid not in self._taken \
                and str(report.outcome) != "rerun":  # a worker's: sent; a rerun's (pytest-rerunfailures) come again
            if self._each:  # xdist's --dist each runs every item on every worker: its results taken once
                self._taken.add(report.nodeid)
            self.report.add_properties(report.user_properties)
        if not self.is_worker and report.user_properties:
            report.user_properties = _dropped_transport(report.user_properties)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self.whole.replayed is not None:  # its reports are the files the run replayed wrote
            try:
                self.whole.place_outputs(session, exitstatus)
            finally:
                if (cache := self.__dict__.get("cache")) is not None:  # a hook asked a replayed item for its sources
                    cache.close()
            return
        if self._replays is not None:
            self._replays.close()
        if (cache := self.__dict__.get("cache")) is not None:  # opened by this run (``cache``)
            cache.close()
            if cache.problem:
                self.report.notes.append(cache.problem)
                self.whole.trouble()
        if self._batch is not None and self._batch.failure:
            self.report.notes.append(f"reading the sources in bulk failed ({self._batch.failure}); each pair was checked alone")
            self.whole.trouble()
        workeroutput = getattr(self.config, "workeroutput", None)
        if workeroutput is not None:
            # An xdist worker: the controller writes the reports, from every worker's share.
            if self.checks:
                workeroutput[_WORKER_KEY] = self.report.shared_json()
                workeroutput[_ITEMS_KEY] = self.whole.items_json()
            return
        if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED and self.checks and self.report.files and not any(
                f.in_scope for f in self.report.files.values()):
            session.exitstatus = pytest.ExitCode.OK  # every source out of scope, or in other shards: a clean run
        self.write_report(session, exitstatus)
        report = self.report if self.checks else None
        if report is not None and report.counts().get("error"):
            self.whole.trouble()  # a pair that crashed: never kept (engine), so never replayed
        self.whole.finish(session, exitstatus, checked=report is not None, foreign=self._foreign,
                          cache_refused="cache" in self.__dict__ and self.__dict__["cache"] is None,
                          lines=lambda detailed: self._closing_lines(exitstatus, detailed=detailed),
                          notes=report.notes if report else (), problems=report.problems if report else ())

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        """Let go of the run before pytest's last garbage collections, which would walk all of it (seconds)."""
        try:
            if self._engine is not None:
                self._engine.close()  # its scope workers, if collection ended early
        finally:
            self._engine = self._batch = self._corpus = self._replays = None
            self.__dict__.pop("report", None)
            self._collector.restore()

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """xdist controller: a worker finished; take in its sources, scope counts and notes."""
        if shared := getattr(node, "workeroutput", {}).get(_WORKER_KEY):
            self.report.absorb(shared)
        if items := getattr(node, "workeroutput", {}).get(_ITEMS_KEY):
            self.whole.collected_by(items)

    def pytest_terminal_summary(self, terminalreporter: Any, exitstatus: int) -> None:
        replayed = self.whole.replayed
        if self.checks or replayed is not None:
            problems = replayed.problems if replayed is not None else self.report.problems
            if problems:
                terminalreporter.section("factcheck: corpus files skipped", sep="-", yellow=True)
                for problem in problems:
                    terminalreporter.line(problem)
            detailed = self.config.get_verbosity() >= 0
            for line in self.whole.closing_lines(exitstatus) if replayed is not None else self._closing_lines(
                    exitstatus, detailed=detailed):
                terminalreporter.line(line)
        for out in self.outputs:
            if out.note is not None:
                terminalreporter.line(out.note, red=not out.written)

    def _closing_lines(self, exitstatus: int, *, detailed: bool) -> list[str]:
        """Made once for the run's record and the terminal both (a whole corpus's results are many to go over)."""
        from factcheck.report.summary import closing_lines

        shown = translit if self.config.getoption("factcheck_translit") else str
        stopped = exitstatus == pytest.ExitCode.INTERRUPTED or self.config.option.collectonly  # no verdicts to count
        key = (stopped, detailed)
        if key not in self._lines:
            self._lines[key] = closing_lines(self.report, detailed=detailed, shown=shown, ran=not stopped)
        return self._lines[key]


def _dropped_transport(properties: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A test report's properties without a claim's packed records, once the controller has taken them: they
    travel from an xdist worker only (a serial run keeps them in its report object), so ``--junitxml`` under
    ``-n`` showed tens of megabytes of base64 a serial run never shows, and a replayed run did not."""
    from factcheck.report.model import CLAIM_PROPERTY

    kept = [(name, value) for name, value in properties if name != CLAIM_PROPERTY]
    return properties if len(kept) == len(properties) else kept
