"""Where pytest is spoken to: options, collection of claim files, items, reports.

Hooks stay thin.  All state lives in one ``FactcheckPlugin`` registered in
``pytest_configure`` and kept under a ``StashKey``; the corpus is read once
per session on first need, each document is normalized on first use.
"""

from __future__ import annotations

import warnings
from collections.abc import Generator, Iterator
from contextlib import closing
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from factcheck.batch import Asked, BatchFindings, counted_by_claim
from factcheck.cache import VocabularyCache, cache_dir
from factcheck.claims.files import ClaimFiles, display_path
from factcheck.claims.lint import claim_problems, scope_problems
from factcheck.claims.load import ClaimProblem, ClaimRegistry
from factcheck.claims.model import Claim, ClaimFile
from factcheck.corpus.decode import DEFAULT_MAX_BYTES
from factcheck.corpus.load import Corpus, load_corpus
from factcheck.corpus.source import Source
from factcheck.engine import Engine
from factcheck.evaluation import Evaluated
from factcheck.options import (
    FactcheckWarning,
    add_options,
    granularity,
    jsonl_fields,
    selection,
    warn_if_rootdir_misread,
)
from factcheck.outcomes import Decision, Outcome, decide
from factcheck.outputs import output, write_outputs
from factcheck.plan import FilePlan, ReadAhead, plan_file
from factcheck.progress import Progress, shows_progress
from factcheck.replay import Replays
from factcheck.report.claim_outcome import ClaimOutcome, evaluate
from factcheck.report.html import write_html
from factcheck.report.model import FileRecord, Report, claim_property, pair_property, result_record, silent_property
from factcheck.report.paths import Inputs, report_path_problem
from factcheck.report.records import shard_run
from factcheck.report.summary import closing_lines
from factcheck.report.text import failure_text
from factcheck.team import Team
from factcheck.terminal import UncapturedStderr, UnlistedPasses
from factcheck.text.translit import translit
from factcheck.verdicts import Finding
from factcheck.workers import Collector, available_processes

__all__ = ["FactcheckPlugin", "plugin_key"]

plugin_key = pytest.StashKey["FactcheckPlugin"]()
_WORKER_KEY = "factcheck_report"


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    warn_if_rootdir_misread(config)
    config.addinivalue_line("markers", "factcheck: a (claim, source) check collected from a claim file")
    plugin = FactcheckPlugin(config)
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
        self.report = Report()
        self.outputs = [out for out in (
            output(config, "JSON", "factcheck_json", self.report.write),
            output(config, "HTML", "factcheck_html", lambda path: write_html(path, self.report.html_input())),
        ) if out is not None]
        self._corpus: Corpus | None = None
        self.readable = True  # whether the corpus holds a readable article, before a shard takes its part
        self._engine: Engine | None = None
        self.ahead = ReadAhead()  # the claim files found, loaded together when the first is planned
        self.registry = ClaimRegistry()
        self._batch: BatchFindings | None = None  # see ``batch``
        self._replays: Replays | None = None
        self.evaluated = Evaluated()  # see ``batch``
        self.jsonl_fields = jsonl_fields(config)
        self.granularity = self.report.granularity = granularity(config)
        self.report.run = shard_run(config.getoption("factcheck_shard"), self.granularity, self.corpus_specs,
                                    selection(config))
        self.is_worker = getattr(config, "workerinput", None) is not None  # an xdist worker
        self._collector = Collector()
        self._itemized: dict[tuple[str, str], int] = {}  # (file, claim): how many items it was given (see plan)
        self._each, self._taken = getattr(config.option, "dist", "no") == "each", set[str]()  # see logreport

    # -- the corpus, read once -------------------------------------------------
    @property
    def corpus(self) -> Corpus:
        if self._corpus is None:
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
        return self._batch

    @property
    def replays(self) -> Replays:
        if self._replays is None:
            self._replays = Replays(self.engine)
        return self._replays

    def progress(self, label: str, total: int | None) -> Progress:
        """A progress line on stderr: only on a terminal, not under -q, not in an xdist worker."""
        return Progress(label, total, enabled=self._progress_stream is not None, stream=self._progress_stream)

    @cached_property
    def _progress_stream(self) -> UncapturedStderr | None:  # None: no line; decided once a run, not once a file
        stream = UncapturedStderr(self.config)
        return stream if shows_progress(stream, verbosity=self.config.get_verbosity(), is_worker=self.is_worker) else None

    @cached_property
    def cache(self) -> VocabularyCache | None:
        """The cache across runs (contract §3), or None when switched off or unusable (with a note); opened once."""
        if self.config.getoption("factcheck_no_cache"):
            return None
        folder: str | Path | None = self.config.getoption("factcheck_cache")
        if not folder and (ini := self.config.getini("factcheck_cache")):  # the project's: relative to its rootdir
            folder = self.config.rootpath / Path(ini).expanduser()
        cache = VocabularyCache(cache_dir(folder))
        if not cache.usable:
            self.report.notes.append(str(cache.problem))
            return None
        return cache

    def plan(self, display: str, file: ClaimFile, plan: FilePlan) -> FilePlan:
        """Record what scope decided for one claim file (report ``files``, summary, notes)."""
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
        allow = bool(self.config.getoption("factcheck_json_inside") or self.config.getini("factcheck_json_inside"))
        config = self.config
        inputs = Inputs.of_run(self.corpus_specs, config.rootpath, self.claim_dirs, self.named, config.inipath)
        for out in self.outputs:
            problem = report_path_problem(out.target, inputs, shown=out.shown, allow_inside=allow, root=config.rootpath)
            if problem is not None:
                raise pytest.UsageError(problem)

    def write_report(self, session: pytest.Session, exitstatus: int) -> None:
        """Write the reports, or keep the old ones and say why; never a traceback."""
        if self._corpus is None and not self.report.results and not self.report.files:
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
        items = [(i.file_display, i.claim.id) for i in session.items if isinstance(i, _ClaimItemBase)]
        ran, chosen = set(items), len(items) < sum(self._itemized.values())
        self.report.deselect(k for k, n in self._itemized.items() if k not in ran and (n or chosen))
        failed = session.testsfailed and not self.config.option.continue_on_collection_errors  # pytest stops
        if self.is_worker and not self.config.option.collectonly and not failed and self._engine and self._engine.team:
            self.batch(session)

    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
        if file_path in self.claim_files:
            self.ahead.add(file_path, display_path(file_path, self.config.rootpath))
            return ClaimFileCollector.from_parent(parent, path=file_path)
        return None

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """A broken claim file must not stop the others from running; the report names it, its claims unchecked."""
        if report.failed and report.nodeid and Path(report.fspath) in self.claim_files:
            self.config.option.continue_on_collection_errors = True
            self.report.add_problem(f"{report.nodeid}: claims not checked: {report.longreprtext}")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        """A skip names the claim (``claims/x.yaml:12``), not the line of this module that skipped."""
        report: pytest.TestReport = yield
        if isinstance(item, (ClaimItem, ClaimLevelItem)) and report.skipped and isinstance(report.longrepr, tuple) \
                and not hasattr(report, "wasxfail"):
            report.longrepr = (str(item.path), item.line, report.longrepr[2])
        return report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" and not self.is_worker and report.nodeid not in self._taken \
                and str(report.outcome) != "rerun":  # a worker's: sent; a rerun's (pytest-rerunfailures) come again
            if self._each:  # xdist's --dist each runs every item on every worker: its results taken once
                self._taken.add(report.nodeid)
            self.report.add_properties(report.user_properties)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self._replays is not None:
            self._replays.close()
        if (cache := self.__dict__.get("cache")) is not None:  # opened by this run (``cache``)
            cache.close()
            if cache.problem:
                self.report.notes.append(cache.problem)
        if self._batch is not None and self._batch.failure:
            self.report.notes.append(f"reading the sources in bulk failed ({self._batch.failure}); each pair was checked alone")
        workeroutput = getattr(self.config, "workeroutput", None)
        if workeroutput is not None:
            # An xdist worker: the controller writes the reports, from every worker's share.
            workeroutput[_WORKER_KEY] = self.report.shared_json()
            return
        if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED and self.report.files and not any(
                f.in_scope for f in self.report.files.values()):
            session.exitstatus = pytest.ExitCode.OK  # every source out of scope, or in other shards: a clean run
        self.write_report(session, exitstatus)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        """Let go of the run before pytest's last garbage collections, which would walk all of it (seconds)."""
        try:
            if self._engine is not None:
                self._engine.close()  # its scope workers, if collection ended early
        finally:
            self._engine = self._batch = self._corpus = self._replays = None
            self.report = Report()
            self._collector.restore()

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """xdist controller: a worker finished; take in its sources, scope counts and notes."""
        if shared := getattr(node, "workeroutput", {}).get(_WORKER_KEY):
            self.report.absorb(shared)

    def pytest_terminal_summary(self, terminalreporter: Any, exitstatus: int) -> None:
        report = self.report
        if report.problems:
            terminalreporter.section("factcheck: corpus files skipped", sep="-", yellow=True)
            for problem in report.problems:
                terminalreporter.line(problem)
        shown = translit if self.config.getoption("factcheck_translit") else str
        stopped = exitstatus == pytest.ExitCode.INTERRUPTED or self.config.option.collectonly  # no verdicts to count
        for line in closing_lines(report, detailed=self.config.get_verbosity() >= 0, shown=shown, ran=not stopped):
            terminalreporter.line(line)
        for out in self.outputs:
            if out.note is not None:
                terminalreporter.line(out.note, red=not out.written)


class ClaimFileError(Exception):
    """Problems of one claim file, shown as a collection error without a traceback."""

    def __init__(self, problems: list[ClaimProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class ClaimFileCollector(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        plugin = self.config.stash[plugin_key]
        display = display_path(self.path, self.config.rootpath)
        loaded = plugin.ahead.load(self.path, display)
        if loaded.problems:
            raise ClaimFileError(loaded.problems)
        if loaded.shared:  # included by claim files (shared: true): no claims of its own
            return
        assert loaded.file is not None
        corpus = plugin.corpus
        if not plugin.readable:  # in every shard: a path mistyped or a download missing is no clean run
            specs = ", ".join(plugin.corpus_specs)
            raise ClaimFileError([ClaimProblem(display, 1, "", (
                f"no sources to check: the corpus ({specs}) holds no readable article; " + (
                    "see why under 'corpus files skipped'" if corpus.problems else
                    "pass --factcheck-corpus PATH or set factcheck_corpus in the ini file")))])
        problems = [*plugin.registry.register(loaded), *scope_problems(loaded), *claim_problems(loaded)]  # as lint
        if problems:
            raise ClaimFileError(problems)
        plugin.ahead.expect(plugin.engine)
        progress = plugin.progress(f"deciding the scope of {display}:", len(corpus.sources))
        try:
            planned = plan_file(loaded, corpus.sources, plugin.engine, step=progress.step, shard=plugin.report.run is not None)
        finally:
            progress.close()
        plan = plugin.plan(display, loaded.file, planned)
        for index, claim in enumerate(loaded.claims):
            sources = plan.per_claim[index]
            common = {"claim": claim, "line": loaded.claim_lines[index], "file_display": display}
            if plugin.granularity == "claim":
                yield ClaimLevelItem.from_parent(self, name=claim.id, sources=sources, **common)
                continue
            for source in sources:
                name = f"{claim.id}[{source.id}]"  # its id given whole: pytest 9 reads [..] as params (--lf)
                yield ClaimItem.from_parent(self, name=name, nodeid=f"{self.nodeid}::{name}", source=source, **common)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, ClaimFileError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class ContradictionFailure(Exception):
    """A failed (claim, source) pair; its text is the whole report."""


class _ClaimItemBase(pytest.Item):
    def __init__(self, *, claim: Claim, line: int, file_display: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.claim = claim
        self.line = line
        self.file_display = file_display
        self.add_marker(pytest.mark.factcheck)
        for tag in claim.tags:
            self.config.addinivalue_line("markers", f"{tag}: factcheck claim tag")
            self.add_marker(getattr(pytest.mark, tag))

    def judge(self, source: Source) -> tuple[Finding, Decision]:
        """Check one pair and record its result (as JSON: it also travels from xdist workers)."""
        plugin = self.config.stash[plugin_key]
        finding = plugin.finding(self.session, self.claim, source.id)
        decision = decide(finding, self.claim, source.id)
        record = result_record(self.file_display, self.claim, source, finding, decision)
        self.user_properties.append(pair_property(record))
        if decision.warning:
            self.warn_text(failure_text(self.claim, source, finding, decision))
        return finding, decision

    def warn_text(self, text: str) -> None:
        warnings.warn_explicit(FactcheckWarning(f"{self.nodeid}: " + self.shown(text)), FactcheckWarning,
                               filename=str(self.path), lineno=self.line)

    def shown(self, text: str) -> str:
        """The failure text, transliterated for logs that cannot show Arabic (--factcheck-translit)."""
        return translit(text) if self.config.getoption("factcheck_translit") else text

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, ContradictionFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class ClaimItem(_ClaimItemBase):
    """One (claim, source) pair (``--factcheck-granularity pair``)."""

    def __init__(self, *, source: Source, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source = source

    def runtest(self) -> None:
        finding, decision = self.judge(self.source)
        if decision.outcome is Outcome.FAILED:
            raise ContradictionFailure(self.shown(failure_text(self.claim, self.source, finding, decision)))
        if decision.outcome is Outcome.SKIPPED:
            pytest.skip(decision.headline)
        if decision.outcome is Outcome.XFAILED:
            pytest.xfail(decision.headline)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"{self.claim.id}[{self.source.id}]"


class ClaimLevelItem(_ClaimItemBase):
    """One claim over every source in scope (``--factcheck-granularity claim``, contract §5)."""

    def __init__(self, *, sources: list[Source], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = sources

    def runtest(self) -> None:
        plugin = self.config.stash[plugin_key]
        outcome = plugin.evaluated.take(self) or plugin.replays.get(self)
        if outcome is None:  # the first need makes the batch, which may evaluate this item with the others
            judged, unjudged = plugin.split(self.session, self.claim, self.sources)
            outcome = plugin.evaluated.take(self)
            if outcome is None:
                outcome, keep = evaluate(
                    self.claim, self.file_display, self.sources, judged, unjudged,
                    lambda source_id: plugin.finding(self.session, self.claim, source_id),
                )
                if keep:
                    plugin.replays.keep(self, outcome)
        self.play(plugin, outcome)

    def play(self, plugin: FactcheckPlugin, outcome: ClaimOutcome) -> None:
        """Record and end as the outcome says, whether just computed or replayed from the cache."""
        if plugin.is_worker:  # travels to the xdist controller
            self.user_properties.append(claim_property(self.file_display, self.claim, outcome.rows, outcome.records))
        else:  # many: kept once, not also in the test report
            plugin.report.add_serialized(self.file_display, self.claim, outcome.rows, outcome.records)
        for text in outcome.warnings:
            self.warn_text(text)
        self.user_properties.append(silent_property(self.file_display, self.claim, outcome.silent))
        if outcome.ending == "failed":
            raise ContradictionFailure(self.shown(outcome.message))
        if outcome.ending == "xfailed":
            pytest.xfail(outcome.message)
        if outcome.ending == "skipped":
            pytest.skip(outcome.message)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, self.claim.id
