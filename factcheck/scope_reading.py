"""Scope decisions read in depth (contract §6), over worker processes when many: the engine's part that
decides which sources a claim file is about, where the index could not tell.

A mixin of :class:`~factcheck.engine.Engine`, which holds the documents, the cache and the team it reads
with; kept apart so that each module holds one job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from factcheck.cache import VocabularyCache, scope_key
from factcheck.claims.model import Scope
from factcheck.corpus.source import Source
from factcheck.scope import ScopeDecision, decide_scope
from factcheck.team import Team, step_name
from factcheck.workers import Workers

if TYPE_CHECKING:
    from factcheck.analysis import Analysis

__all__ = ["CHUNK", "Ask", "ScopeReading", "chunks"]

# Sources per work item.
CHUNK = 25
T = TypeVar("T")
Ask = tuple[Scope, float, str, list[str]]  # a chunk of scope decisions: the scope, threshold, where, sources


def chunks(items: list[T]) -> list[list[T]]:
    """Work items of ``CHUNK`` sources: few enough round trips to the workers, small enough to share evenly."""
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]


class _Engine(Protocol):
    """What the methods below use of the engine they are part of (``Engine``)."""

    cache: VocabularyCache | None
    sources: dict[str, Source]
    processes: int
    _scope_workers: Workers[Ask, list[ScopeDecision]] | None
    _scope_read: int
    _stored: dict[str, dict[str, str]]

    def analysis(self, source_id: str) -> Analysis: ...
    def source_cache_key(self, source_id: str) -> str: ...
    def _remembered(self, key: str, source_id: str) -> str | None: ...
    def _team_for(self, sources: int) -> Team | None: ...
    def _processes_for(self, items: int) -> int: ...
    def _child(self) -> None: ...
    def _task_done(self) -> None: ...
    def _deciders(self, sources: int) -> Workers[Ask, list[ScopeDecision]]: ...
    def _decide(self, ask: Ask) -> list[ScopeDecision]: ...


class ScopeReading:
    """The engine's scope decisions in depth (a mixin of ``Engine``: each method is the engine's own)."""

    _scope_workers: Workers[Ask, list[ScopeDecision]] | None  # see _deciders; set by the engine
    _scope_read: int  # sources decided in depth so far

    def decide_scope_many(
        self: _Engine, scope: Scope, source_ids: list[str], *, threshold: float, where: str,
        step: Callable[[int], None] | None = None,
    ) -> list[ScopeDecision]:
        """Full scope decisions (each source read in depth), recalled from the cache like findings, else read
        (over the workers when many).

        ``step(n)`` reports n sources decided.
        """
        key = scope_key(scope, threshold, where) if self.cache is not None and self.cache.usable else None
        found: dict[str, ScopeDecision] = {}
        advance = step or (lambda done: None)

        def recall(ids: list[str]) -> list[str]:
            assert key is not None
            for sid in ids:
                data = self._remembered(key, sid)
                if data is not None and data[:1] in ("0", "1"):
                    found[sid] = ScopeDecision(data[0] == "1", data[1:])
            return [sid for sid in ids if sid not in found]

        def decide(ids: list[str]) -> None:
            parts = chunks(ids)
            asks = [(scope, threshold, where, chunk) for chunk in parts]
            for chunk, decisions in zip(parts, self._deciders(len(ids)).map(asks)):
                for sid, decision in zip(chunk, decisions):
                    found[sid] = decision
                    if key is not None and self.cache is not None:
                        self.cache.put_result(key, self.source_cache_key(sid), f"{int(decision.in_scope)}{decision.reason}")
                advance(len(chunk))

        missing = recall(source_ids) if key is not None else list(source_ids)
        advance(len(source_ids) - len(missing))
        team = self._team_for(len(source_ids)) if key is not None else None
        if team is not None and key is not None:
            mine, theirs = team.share(missing, str, step_name(key, source_ids))
            try:
                decide(mine)
            finally:
                team.meet()
            self._stored.pop(key, None)  # read again: it now holds the others' decisions
            missing = recall(theirs)
            advance(len(theirs) - len(missing))
        decide(missing)
        return [found[sid] for sid in source_ids]

    def _deciders(self: _Engine, sources: int) -> Workers[Ask, list[ScopeDecision]]:
        """Over workers kept from the step that makes the run's scope reading large to ``close`` (a file's step is
        an event's few hundred sources: a pool forked for each would cost what it saves), else here."""
        self._scope_read += sources
        if self._scope_workers is None and self._processes_for(self._scope_read) > 1 and sources > CHUNK:
            self._scope_workers = Workers(self._decide, processes=self.processes, setup=self._child).__enter__()
        kept = self._scope_workers if sources > CHUNK else None
        return kept if kept is not None else Workers(self._decide, processes=1)

    def _decide(self: _Engine, ask: Ask) -> list[ScopeDecision]:
        scope, threshold, where, ids = ask
        out = [decide_scope(scope, self.analysis(sid), self.sources[sid].published, threshold=threshold, where=where) for sid in ids]
        self._task_done()
        return out

    def close(self: _Engine) -> None:
        """Planning is over: the scope workers go (they would hold a copy of the corpus to the end)."""
        workers, self._scope_workers = self._scope_workers, None
        if workers is not None:
            workers.__exit__(None, None, None)
