"""A run made before, all of it: knowing it (``complete_runs``), keeping it (``run_record``) and replaying it.

A run that checked only claims, finished, and wrote its reports leaves a record of its items' endings and its last
lines under its fingerprint, taken before it read anything and again at its end (a file changed while it ran: no
record); under xdist, the controller records it from its workers' reports and their items as collected.  The next run with the same fingerprint collects :class:`ReplayedItem` from the record instead of
reading claim files and the corpus, ends each as it ended, prints the same summary and leaves the reports as that
run wrote them (copied when asked for elsewhere).  Anything the record cannot replay faithfully is not recorded:
captured output, a warning not factcheck's, a failure that was not a contradiction, an item not run.  A selection
resting on pytest's own cache (--lf, --ff, --sw, --nf), -x or --maxfail, --runxfail, --setup-only or --setup-plan
make a run as before.
"""

from __future__ import annotations

import json
import os
import site
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pytest

from factcheck.complete_runs import SETTLING_NS, CompleteRuns, RunInputs, fingerprint
from factcheck.items import ClaimItemBase, ContradictionFailure, TextFailures
from factcheck.options import FactcheckWarning, selection
from factcheck.outputs import Output, write_outputs
from factcheck.run_record import FileState, ItemRecord, OutputRecord, RunRecord

if TYPE_CHECKING:
    from factcheck.claims.load import LoadedClaims
    from factcheck.claims.model import Claim
    from factcheck.corpus.source import Source

__all__ = ["MAX_RECORD", "ReplayedFile", "ReplayedItem", "WholeRun", "cache_folder"]

# A record past this size is not kept (the mark is): a pair-granularity run's records hold every pair's result.
MAX_RECORD = 32 * 2**20
# A run's options that neither its items nor their outcomes depend on (every other option is in its fingerprint):
# where reports go, how many processes read, how the terminal shows it (a record keeps the lines with and without
# -q), xdist's (a run under -n whose fingerprint is seen is made in one process: see prefer_one_process).
_IGNORED = frozenset({
    "factcheck_json", "factcheck_html", "factcheck_json_inside", "factcheck_processes", "factcheck_warm_workers",
    "verbose", "quiet", "reportchars", "tbstyle", "showlocals", "showcapture", "color", "code_highlight", "fulltrace",
    "durations", "durations_min", "no_header", "no_summary", "fold_skipped", "force_short_summary", "xfail_tb",
    "xmlpath", "junitprefix", "pastebin", "debug", "traceconfig", "setupshow", "basetemp",
    "dist", "tx", "numprocesses", "maxprocesses", "maxschedchunk", "maxworkerrestart", "loadscopereorder", "distload",
    "rsyncdir", "rsyncignore", "looponfail", "px", "testrunuid",
})
# What pytest's own markers do to an item the record cannot do again: an xfail marker makes a contradiction xfailed
# (and a pass a strict XPASS failure), a skip marker skips before the item runs.
_MARKED = ("xfail", "skip", "skipif")
# The environment's say in what a run collects and shows: warning filters, plugins to load.
_ENVIRONMENT = ("PYTHONWARNINGS", "PYTEST_PLUGINS")
_CLAIM_PROPERTY = "factcheck_claim"  # an xdist worker's records (report.model.CLAIM_PROPERTY): a serial run has none


def _imported_files() -> list[Path]:
    """The files of the modules imported from outside Python's installation and outside factcheck (whose version
    is in the fingerprint already): a conftest's helpers, a project's own package.  Their code may change what a
    run shows.  They are no part of the fingerprint, which is taken before a conftest in a claim subfolder is
    imported: a record keeps their states as the run left them, and a replay needs each unchanged."""
    folders = (sys.prefix, sys.base_prefix, sys.exec_prefix, *site.getsitepackages(), site.getusersitepackages(),
               os.path.dirname(__file__))
    known = tuple({os.path.join(f(p), "") for p in folders for f in (os.path.abspath, os.path.realpath)})
    found = set()
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)  # a module's file as imported, then through its links
        if isinstance(file, str) and os.path.isabs(file) and not file.startswith(known) \
                and not os.path.realpath(file).startswith(known):
            found.add(Path(file))
    return sorted(found)


def _module_states(extra: Iterable[str] = ()) -> dict[str, FileState | None]:
    """Each imported module's file (and ``extra``, an xdist worker's) by path, with its state (None: gone)."""
    return {name: FileState.of(Path(name)) for name in sorted({*map(str, _imported_files()), *extra})}


def cache_folder(config: pytest.Config) -> Path | None:
    """Where the cache is (contract §3), or None when switched off."""
    from factcheck.versions import cache_dir

    if config.getoption("factcheck_no_cache"):
        return None
    folder: str | Path | None = config.getoption("factcheck_cache")
    if not folder and (ini := config.getini("factcheck_cache")):  # the project's: relative to its rootdir
        folder = config.rootpath / Path(ini).expanduser()
    return cache_dir(folder)


class ReplayedFile(pytest.File):
    """A claim file of a replayed run: its items from the record, the file itself not read."""

    def __init__(self, *, records: Sequence[ItemRecord], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.records = records

    def collect(self) -> list[pytest.Item]:
        return [ReplayedItem.from_parent(self, name=r.name, nodeid=r.nodeid, record=r) for r in self.records]

    @cached_property
    def loaded(self) -> LoadedClaims:
        """The file, read only when a project's hook asks a replayed item for its claim or sources (the fingerprint
        says the file is as the recorded run read it)."""
        from factcheck.claims.files import display_path
        from factcheck.claims.load import load_claim_file

        return load_claim_file(self.path, display_path(self.path, self.config.rootpath))

    @cached_property
    def claims(self) -> dict[str, Claim]:
        """The file's claims by id."""
        return {claim.id: claim for claim in self.loaded.claims}

    @cached_property
    def in_scope(self) -> dict[str, list[Source]]:
        """Each claim's sources in scope, by claim id, planned as collecting the file plans them (the corpus listed,
        the scope decided, from the cache mostly)."""
        from factcheck.items import plugin_key
        from factcheck.plan import plan_file

        plugin = self.config.stash[plugin_key]
        planned = plan_file(self.loaded, plugin.corpus.sources, plugin.engine, shard=plugin.report.run is not None)
        return {claim.id: list(sources) for claim, sources in zip(self.loaded.claims, planned.per_claim)}


class ReplayedItem(TextFailures):
    """An item of the run before, ending as it ended there: its warnings, its properties, its failure text."""

    def __init__(self, *, record: ItemRecord, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.record = record
        self.line = record.line
        self.add_marker(pytest.mark.factcheck)
        for tag in record.tags:  # as ClaimItemBase marks them: -m picks the same items
            self.config.addinivalue_line("markers", f"{tag}: factcheck claim tag")
            self.add_marker(getattr(pytest.mark, tag))

    @property
    def claim(self) -> Claim:
        """The claim, as a ``ClaimItem`` holds it: a project's hooks may read it (its kind, its tags)."""
        assert isinstance(self.parent, ReplayedFile)
        return self.parent.claims[self.name.partition("[")[0]]  # a pair's name: «claim-id[source-id]»

    @property
    def sources(self) -> list[Source]:
        """A claim's item's sources in scope, as a ``ClaimLevelItem`` holds them (a pair's item has none)."""
        assert isinstance(self.parent, ReplayedFile)
        if "[" in self.name:  # an id never holds one
            raise AttributeError("sources: a pair's item holds its one source (item.source)")
        return self.parent.in_scope[self.name]

    @property
    def source(self) -> Source:
        """A pair's item's source, as a ``ClaimItem`` holds it (a claim's item has its sources)."""
        assert isinstance(self.parent, ReplayedFile)
        claim_id, bracket, rest = self.name.partition("[")
        if not bracket:
            raise AttributeError("source: a claim's item holds its sources (item.sources)")
        return next(s for s in self.parent.in_scope[claim_id] if s.id == rest[:-1])

    def runtest(self) -> None:
        record = self.record
        if record.ending == "deselected":
            pytest.fail("factcheck: this claim was not checked in the run replayed; run again with "
                        "--factcheck-no-cache", pytrace=False)
        self.user_properties.extend(record.properties)  # before the warnings, as ClaimItemBase.judge: -W error
        for text in record.warnings:
            warnings.warn_explicit(FactcheckWarning(text), FactcheckWarning, filename=str(self.path), lineno=self.line)
        if record.ending == "failed":
            raise ContradictionFailure(record.text)
        if record.ending == "xfailed":
            pytest.xfail(record.text)
        if record.ending == "skipped":
            pytest.skip(record.text)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, self.name


class WholeRun:
    """The plugin's part that knows this run's fingerprint, records the run as it goes and replays a recorded one."""

    def __init__(self, config: pytest.Config, *, claim_dirs: Sequence[Path], named: set[Path],
                 corpus_specs: Sequence[str], outputs: Sequence[Output], is_worker: bool) -> None:
        self.config = config
        self.claim_dirs, self.named, self.corpus_specs = list(claim_dirs), named, list(corpus_specs)
        self.outputs, self.is_worker = outputs, is_worker
        self.mark: str | None = None  # this run's fingerprint, taken before it read anything
        self.replayed: RunRecord | None = None
        self.workers_dropped = 0  # xdist workers this run does without (prefer_one_process)
        self._decided = False
        self._reports: dict[str, tuple[OutputRecord, BinaryIO]] = {}  # a replayed run's reports, by kind, open
        self._items: dict[str, dict[str, Any]] = {}  # nodeid: an item as collected (here, or by an xdist worker)
        self._ran: dict[str, dict[str, Any]] = {}  # nodeid: how it ended, from its reports (a worker's too)
        self._spoiled = False  # something of this run a record would not replay
        self._modules: dict[str, FileState | None] | None = None  # the project's modules when the mark was taken
        self._worker_modules: set[str] = set()  # those an xdist worker imported

    def inputs(self) -> RunInputs:
        """What decides this run's items and outcomes, as the file system and the options show them."""
        from factcheck.corpus.specs import resolve_spec
        from factcheck.versions import findings_version

        config = self.config
        options = sorted(f"{k}={v!r}" for k, v in vars(config.option).items() if k not in _IGNORED)
        # plugins may change an outcome: those installed, those named with -p (conftest files are among the paths);
        # not every plugin registered, which vary from the start of a run to its end
        plugins = sorted({f"{dist.project_name} {dist.version}" for _, dist in
                          config.pluginmanager.list_plugin_distinfo()} | set(getattr(config.option, "plugins", None) or ()))
        prune = tuple(str(p) for p in config.getini("norecursedirs"))  # as pytest collects the claim files
        settings = (f"code {findings_version()} {sys.version}", f"pytest {pytest.__version__} {plugins}",
                    f"root {config.rootpath}", f"started in {config.invocation_params.dir}", f"args {sorted(config.args)}",
                    *selection(config), *options, f"ini {config.inipath}", f"corpus {self.corpus_specs}",
                    f"norecursedirs {prune}", *(f"{name}={os.environ.get(name)!r}" for name in _ENVIRONMENT))
        root = config.rootpath
        claims = self._claim_paths()
        conftests = {parent / "conftest.py" for path in claims for parent in (path, *path.parents)
                     if parent == root or parent.is_relative_to(root)}  # pytest's, from the rootdir down
        paths = (*claims, *sorted(conftests), *([config.inipath] if config.inipath else []))
        corpus = tuple(Path(resolve_spec(spec, root).full) for spec in self.corpus_specs)
        folder = cache_folder(config)  # its records change with every run
        skip = frozenset([*(out.target for out in self.outputs), *([folder.absolute()] if folder else [])])
        return RunInputs(settings, paths, skip, prune=prune, corpus=corpus)

    def _claim_paths(self) -> list[Path]:
        """The claim folders, and the paths named when the user named them (as ``ClaimFiles`` reads them):
        pytest's own testpaths or the folder it started in hold no claim file outside the claim folders, and may
        hold the whole project."""
        config = self.config
        named = self.named if config.args_source == config.ArgsSource.ARGS else {p for p in self.named if not p.is_dir()}
        return [*self.claim_dirs, *sorted(named)]

    def prefer_one_process(self) -> None:
        """Under xdist's ``-n``, make in this process a run that finished before with every outcome in the cache:
        its workers would have nothing to share, and starting them costs more than the run."""
        option = self.config.option
        local = getattr(option, "dist", "no") not in ("no", "each") and set(getattr(option, "tx", None) or ()) == {"popen"}
        if not local or self.is_worker or option.collectonly:
            return
        folder = cache_folder(self.config)
        if folder is None or not any(path.is_dir() for path in self.claim_dirs):
            return  # no claim to check (a project's own tests): not a walk and a hash of the package
        # taken before the workers read anything: the controller records the run they make (see ``finish``)
        self.mark = fingerprint(self.inputs(), settled=True)
        self._modules = _module_states()
        if self.mark is not None and not option.factcheck_warm_workers and CompleteRuns(folder).seen(self.mark):
            self.workers_dropped = len(option.tx)
            option.dist, option.tx, option.numprocesses = "no", [], 0

    # -- replaying ------------------------------------------------------------------
    def replay(self) -> RunRecord | None:
        """The record to replay this run from, decided at its first claim file, before any is read (when the run's
        fingerprint is taken, to record it otherwise)."""
        if self._decided:
            return self.replayed
        self._decided = True
        if not self._serial() or (folder := cache_folder(self.config)) is None:
            return None
        # taken before any file is read (at configure, under -n); one changed in the last moments (settled) is not
        # told from its next change
        self.mark = self.mark or fingerprint(self.inputs(), settled=True)
        self._modules = self._modules if self._modules is not None else _module_states()
        runs = CompleteRuns(folder)
        if self.mark is None or not self._replayable() or not runs.seen(self.mark):
            return None
        record = RunRecord.from_bytes(runs.record(self.mark))
        if record is None or not all(module.unchanged() for module in record.modules):
            return None  # a module of the project edited since (a helper of a conftest): the outcomes may differ
        for out in self.outputs:
            opened = self._open(record, out.kind)
            if opened is None:
                self._close()
                return None
            self._reports[out.kind] = opened
        self.replayed = record
        return record

    @staticmethod
    def _open(record: RunRecord, kind: str) -> tuple[OutputRecord, BinaryIO] | None:
        """The report of this kind the recorded run wrote, opened while it is still that file: another run may
        replace it before this one ends."""
        recorded = record.output(kind)
        if recorded is None:
            return None
        try:
            handle = open(recorded.state.path, "rb")  # closed at the end of the run (_close)
        except OSError:
            return None
        if not recorded.state.same(FileState.of_open(handle, recorded.state.path)):
            handle.close()
            return None
        return recorded, handle

    def _close(self) -> None:
        for _, handle in self._reports.values():
            handle.close()
        self._reports.clear()

    def _serial(self) -> bool:
        option = self.config.option
        return not self.is_worker and getattr(option, "dist", "no") == "no" and not (
            option.collectonly or option.setuponly or option.setupplan)  # a plan shows fixtures, runs no item

    def _replayable(self) -> bool:
        option = self.config.option
        return not (option.maxfail or getattr(option, "runxfail", False) or any(
            getattr(option, name, False) for name in ("lf", "failedfirst", "stepwise", "stepwise_skip", "newfirst")))

    def collector(self, parent: pytest.Collector, path: Path) -> ReplayedFile:
        assert self.replayed is not None
        return ReplayedFile.from_parent(parent, path=path, records=self.replayed.items_of(path))

    def place_outputs(self, session: pytest.Session, exitstatus: int) -> None:
        """The reports the recorded run wrote, where this run asks for them (as ``write_outputs`` writes)."""
        from factcheck.report.atomic import copy_atomic

        for out in self.outputs:
            recorded, handle = self._reports[out.kind]

            def place(target: Path, recorded: OutputRecord = recorded, handle: BinaryIO = handle) -> None:
                if recorded.state.same(FileState.of(target)):
                    return  # the very file the run wrote
                if not recorded.state.same(FileState.of_open(handle, recorded.state.path)):
                    raise OSError(f"{recorded.state.path}, the report of the run replayed, changed during this run")
                copy_atomic(handle, target)

            out.write = place
        try:
            write_outputs(list(self.outputs), session, exitstatus, reported=0, expected=0)
        finally:
            self._close()

    def closing_lines(self, exitstatus: int) -> list[str]:
        record = self.replayed
        assert record is not None
        if exitstatus == pytest.ExitCode.INTERRUPTED:
            return [f"factcheck: note: {note}" for note in record.notes]
        return list(record.detailed if self.config.get_verbosity() >= 0 else record.brief)

    # -- recording ------------------------------------------------------------------
    # From what the controller sees under xdist too: each item's reports and warnings as they come, the items as
    # collected (here, or by the first xdist worker, in ``collected_by``), joined at the end.
    def collected(self, items: Sequence[pytest.Item]) -> None:
        """Every item collected, before a selection leaves some out (the replayed run makes the same selection)."""
        if self.replayed is not None:
            return
        for item in items:
            if isinstance(item, ClaimItemBase):
                self._items[item.nodeid] = {"nodeid": item.nodeid, "name": item.name, "path": str(item.path),
                                            "line": item.line, "tags": list(item.claim.tags)}
            else:
                self._spoiled = True

    def items_json(self) -> str:
        """An xdist worker's items as collected, for the controller's record."""
        modules = [str(path) for path in _imported_files()]  # their states are taken by the controller, at its end
        return json.dumps([*self._items.values(), {"spoiled": self._spoiled, "modules": modules}], ensure_ascii=False)

    def collected_by(self, text: str) -> None:
        """A worker's :meth:`items_json`; every worker collects the same items."""
        *items, last = json.loads(text)
        found = {item["nodeid"]: item for item in items}
        if last.get("spoiled") or self._items and list(self._items.values()) != list(found.values()):
            self._spoiled = True
        self._worker_modules.update(last.get("modules", ()))
        self._items = self._items or found

    def reported(self, report: pytest.TestReport) -> None:
        if self.replayed is not None or self.is_worker:
            return
        if report.sections or report.failed and report.when != "call" or not all(
                isinstance(value, str) for _, value in report.user_properties) or any(
                mark in report.keywords for mark in _MARKED):
            self._spoiled = True
        if not (report.when == "call" or report.skipped and report.when == "setup"):  # a skip marker skips in setup
            return
        if report.nodeid in self._ran:  # xdist's --dist each runs every item on every worker
            self._spoiled = True
        ran = self._ran.setdefault(report.nodeid, {"warnings": []})
        ran["properties"] = [[n, v] for n, v in report.user_properties if n != _CLAIM_PROPERTY]
        if hasattr(report, "wasxfail"):
            ran["ending"], ran["text"] = ("xfailed", report.wasxfail) if report.skipped else ("passed", "")
            self._spoiled = self._spoiled or report.passed  # an xpass: not one of factcheck's endings
        elif report.failed:
            self._spoiled = self._spoiled or not isinstance(report.longrepr, str)  # a traceback, not a contradiction
            ran["ending"], ran["text"] = "failed", str(report.longrepr)
        elif report.skipped and isinstance(report.longrepr, (tuple, list)):
            ran["ending"], ran["text"] = "skipped", str(report.longrepr[2]).removeprefix("Skipped: ")
        else:
            ran["ending"], ran["text"] = "passed", ""

    def includes(self, paths: Sequence[Path]) -> None:
        """Files a claim file included: one outside the paths the fingerprint covers could change unseen."""
        covered = self._claim_paths()
        for path in paths:
            real = path.resolve()
            if not any(real == top or real.is_relative_to(top) for top in covered):
                self._spoiled = True

    def collect_failed(self) -> None:
        """A collection error: the replayed items would come without it."""
        self._spoiled = True

    def trouble(self) -> None:
        """Something that went wrong this once (a pair that crashed, the cache damaged, the bulk reading failed):
        the next run must meet it afresh, not replay it; nor are its outcomes all in the cache."""
        self._spoiled = True

    def warned(self, message: warnings.WarningMessage, when: str, nodeid: str) -> None:
        """A warning while collecting, or an item's: a replayed run gives again only its items' own, factcheck's."""
        if when == "config" or self.replayed is not None or self.is_worker:
            return  # the replayed run is configured as this one
        if when != "runtest" or not issubclass(message.category, FactcheckWarning):
            self._spoiled = True
            return
        ran = self._ran.setdefault(nodeid, {"warnings": []})
        ran["warnings"].append([str(message.message), message.filename, message.lineno])

    def finish(self, session: pytest.Session, exitstatus: int, *, checked: bool, foreign: bool,
               cache_refused: bool, lines: Callable[[bool], list[str]], notes: Sequence[str],
               problems: Sequence[str]) -> None:
        """Leave this run's mark when it checked every item it collected, and only claims; with a record of it
        when all of it can be replayed (see the module's docstring), made serially or by an xdist controller."""
        config = self.config
        if not checked or foreign or exitstatus not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED) \
                or config.option.collectonly or session.shouldstop or session.shouldfail or cache_refused:
            return
        if (folder := cache_folder(config)) is None:
            return
        now = fingerprint(self.inputs(), settled=True)
        if now is None or self.mark not in (None, now):
            return  # an input changed while the run read it, or just now: the next run is a new one
        if self._spoiled:  # not even a mark: a crashed worker or pair left outcomes out of the cache
            CompleteRuns(folder).forget(now)
            return
        items = self._joined(session)
        record = b""
        # each report as it was written, if it still is: another run may have replaced it since
        states = [out.state for out in self.outputs if out.written and out.state is not None and out.state.unchanged()]
        modules = self._modules_kept()
        if self.mark is not None and items and len(states) == len(self.outputs) and modules is not None:
            data = RunRecord(
                items=items, detailed=tuple(lines(True)), brief=tuple(lines(False)), notes=tuple(notes),
                problems=tuple(problems), outputs=tuple(OutputRecord(out.kind, state)
                                                        for out, state in zip(self.outputs, states)),
                modules=modules,
            ).to_bytes()
            record = data if len(data) <= MAX_RECORD else b""
        CompleteRuns(folder).add(now, record)

    def _modules_kept(self) -> tuple[FileState, ...] | None:
        """The project's modules as the run leaves them, for its record; None when one changed while it ran (as
        seen from the mark on), or just now (a later change in the same clock tick could keep its times), or is
        gone."""
        # those of the mark's time too: a conftest of a claim subfolder takes the name «conftest» in sys.modules
        end = _module_states({*self._worker_modules, *(self._modules or {})})
        recent = time.time_ns() - SETTLING_NS
        if any(state is None or state.ctime_ns >= recent for state in end.values()) or any(
                not before.same(end.get(name)) for name, before in (self._modules or {}).items() if before is not None):
            return None
        return tuple(state for state in end.values() if state is not None)

    def _joined(self, session: pytest.Session) -> tuple[ItemRecord, ...]:
        """Each item collected with how it ended; none when something of the run would not be replayed."""
        ended = {nodeid for nodeid, ran in self._ran.items() if "ending" in ran}
        # the items left to run: an xdist controller collects none, nor sees a selection (-k, -m, --deselect)
        # made in its workers, so it records a run of every item only
        selected = {item.nodeid for item in session.items} or set(self._items)
        chosen = not session.items and any(part.startswith(("-k ", "-m ", "--")) for part in selection(self.config))
        if not self._items or chosen or set(self._ran) - ended or ended - set(self._items) or selected - ended:
            return ()  # something of the run a record cannot replay, or an item that was to run did not (--setup-plan)
        joined = []
        for nodeid, item in self._items.items():
            ran = self._ran.get(nodeid, {"ending": "deselected", "text": "", "properties": [], "warnings": []})
            if any(filename != item["path"] or lineno != item["line"] for _, filename, lineno in ran["warnings"]):
                return ()  # a warning of factcheck's that is not its item's
            joined.append(ItemRecord(
                nodeid=nodeid, name=item["name"], path=item["path"], line=item["line"], tags=tuple(item["tags"]),
                ending=ran["ending"], text=ran["text"], warnings=tuple(text for text, _, _ in ran["warnings"]),
                properties=tuple((n, v) for n, v in ran["properties"])))
        return tuple(joined)
