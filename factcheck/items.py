"""The claim-file collector and its items: how a claim file becomes pytest items, and how each item runs.

Apart from the plugin object because they are what pytest builds and runs, not the run's state: they reach that
state through the one plugin, kept under ``plugin_key``, and see it as ``Plugin``: only what they ask of it.  So
this module never imports the plugin, which imports these classes to tell its items from others and to collect
claim files.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest

from factcheck.claims.files import display_path
from factcheck.options import FactcheckWarning
from factcheck.text.translit import translit

if TYPE_CHECKING:  # the checking itself is imported where a claim file is collected: see ``plugin``
    from factcheck.claims.load import ClaimProblem, ClaimRegistry
    from factcheck.claims.model import Claim, ClaimFile
    from factcheck.corpus.load import Corpus
    from factcheck.corpus.source import Source
    from factcheck.engine import Engine
    from factcheck.evaluation import Evaluated
    from factcheck.outcomes import Decision
    from factcheck.plan import FilePlan, ReadAhead
    from factcheck.progress import Progress
    from factcheck.replay import Replays
    from factcheck.report.claim_outcome import ClaimOutcome
    from factcheck.report.model import Report
    from factcheck.verdicts import Finding

__all__ = ["ClaimFileCollector", "ClaimFileError", "ClaimItem", "ClaimItemBase", "ClaimLevelItem",
           "ContradictionFailure", "Plugin", "TextFailures", "plugin_key"]


class Plugin(Protocol):
    """What the collector and the items ask of the run's one plugin object (``plugin.FactcheckPlugin``)."""

    @property
    def ahead(self) -> ReadAhead: ...
    @property
    def corpus(self) -> Corpus: ...
    @property
    def readable(self) -> bool: ...
    @property
    def corpus_specs(self) -> list[str]: ...
    @property
    def registry(self) -> ClaimRegistry: ...
    @property
    def engine(self) -> Engine: ...
    @property
    def report(self) -> Report: ...
    @property
    def granularity(self) -> str: ...
    @property
    def is_worker(self) -> bool: ...
    @property
    def evaluated(self) -> Evaluated: ...
    @property
    def replays(self) -> Replays: ...
    def progress(self, label: str, total: int | None) -> Progress: ...
    def includes(self, shown: list[str]) -> None: ...
    def plan(self, display: str, file: ClaimFile, plan: FilePlan) -> FilePlan: ...
    def finding(self, session: pytest.Session, claim: Claim, source_id: str) -> Finding: ...
    def split(self, session: pytest.Session, claim: Claim, sources: list[Source]) -> tuple[list[Source], int]: ...


plugin_key = pytest.StashKey[Plugin]()


class ClaimFileError(Exception):
    """Problems of one claim file, shown as a collection error without a traceback."""

    def __init__(self, problems: list[ClaimProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class ClaimFileCollector(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        from factcheck.claims.lint import claim_problems, scope_problems
        from factcheck.claims.load import ClaimProblem
        from factcheck.plan import plan_file

        plugin = self.config.stash[plugin_key]
        display = display_path(self.path, self.config.rootpath)
        loaded = plugin.ahead.load(self.path, display)
        plugin.includes(loaded.included)  # the run's record must know what it read
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


class TextFailures(pytest.Item):
    """An item whose contradiction fails with its text as the whole report, not a traceback."""

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, ContradictionFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class ClaimItemBase(TextFailures):
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
        from factcheck.outcomes import decide
        from factcheck.report.model import pair_property, result_record
        from factcheck.report.text import failure_text

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


class ClaimItem(ClaimItemBase):
    """One (claim, source) pair (``--factcheck-granularity pair``)."""

    def __init__(self, *, source: Source, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source = source

    def runtest(self) -> None:
        from factcheck.outcomes import Outcome
        from factcheck.report.text import failure_text

        finding, decision = self.judge(self.source)
        if decision.outcome is Outcome.FAILED:
            raise ContradictionFailure(self.shown(failure_text(self.claim, self.source, finding, decision)))
        if decision.outcome is Outcome.SKIPPED:
            pytest.skip(decision.headline)
        if decision.outcome is Outcome.XFAILED:
            pytest.xfail(decision.headline)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"{self.claim.id}[{self.source.id}]"


class ClaimLevelItem(ClaimItemBase):
    """One claim over every source in scope (``--factcheck-granularity claim``, contract §5)."""

    def __init__(self, *, sources: list[Source], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = sources

    def runtest(self) -> None:
        from factcheck.report.claim_outcome import evaluate

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

    def play(self, plugin: Plugin, outcome: ClaimOutcome) -> None:
        """Record and end as the outcome says, whether just computed or replayed from the cache."""
        from factcheck.report.model import claim_property, silent_property

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
