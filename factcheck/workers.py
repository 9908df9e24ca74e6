"""Work spread over forked processes, for the parts of a run that read articles in depth.

Reading an article (its vocabulary, numbers, dates, clauses) is pure Python
and holds the GIL, so threads do not help; processes do.  They are forked:
each child inherits the corpus and the claims already in memory, so only
small work items (source ids, claim numbers) and results cross between
processes.  Where fork is not available (Windows), or one process is asked
for, the work runs in this process, with the same results in the same order.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType
from typing import Any, Generic, TypeVar

__all__ = ["RELAXED_GC", "Collector", "Workers", "available_processes", "each"]

Item = TypeVar("Item")
Result = TypeVar("Result")

# The task of the pool being started; a forked child finds it here (it is never pickled).
_TASK: Callable[[Any], Any] | None = None
_SETUP: Callable[[], None] | None = None

# The collector's first threshold while work is spread (here and in the children, who inherit it at the fork).
# Reading an article allocates hundreds of thousands of short-lived objects, nearly all freed by their counts;
# at the default 700 the collector ran some 3,300 times in a cold 3,000-article run, about a tenth of its CPU
# (24.6 -> 20.5 s user in one process; peak memory +4 %).
RELAXED_GC = 50_000


class Collector:
    """The collector's first threshold raised to ``RELAXED_GC`` from ``relax`` until ``restore``.

    A run that reads in its own process (an xdist worker, one process asked for) holds the whole corpus and
    its index: at the default threshold its collections came often and each walked all of it (an xdist
    worker of a scoped run over ANT: 1,670 collections, 2.2 s; its scope and in-scope reads 3.3 and 8.3 s,
    1.3 and 6.3 s relaxed).  A run that forks its readers relaxes it only while they work (``Workers``):
    relaxed for the whole run, its parent's peak grew by half (1,000 claims over 3,000 articles: 0.56 ->
    0.85 GB).  A threshold a user set higher, or collection turned off (0), is left alone; the tests a
    session runs besides the claims run relaxed too (cyclic garbage freed later, nothing else).
    """

    def __init__(self) -> None:
        self._saved: tuple[int, ...] | None = None
        self._frozen = False

    def relax(self) -> None:
        thresholds = gc.get_threshold()
        if self._saved is None and 0 < thresholds[0] < RELAXED_GC:
            self._saved = thresholds
            gc.set_threshold(RELAXED_GC, *thresholds[1:])

    def settle(self) -> None:
        """What the run holds now (the corpus, its index, the claims and their plans) outlives the step to come:
        its collections no longer walk it (``gc.freeze``, as a forked reader does at its start) until ``thaw``.
        An xdist worker reads in its own process: frozen while it checks its pairs, a scoped cold run over ANT
        took 20.3 s against 21.7-21.9 s (-n 2), the same report.  Thawed right after: frozen objects are hidden
        from ``gc.get_referrers``, which other code of the session may ask (hypothesis's ``register_random``
        warned of a PRNG it took for garbage); garbage held in a cycle is freed by the next full collection
        after it.  Nothing is frozen when the process had frozen objects of its own: ``gc.unfreeze`` would
        thaw them too."""
        if gc.isenabled() and not self._frozen and gc.get_freeze_count() == 0:
            gc.freeze()
            self._frozen = True

    def thaw(self) -> None:
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def restore(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None
        self.thaw()


def available_processes() -> int:
    """The cores this process may run on (a container's limit, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def each(work: Callable[[Item], Result], after: Callable[[], None]) -> Callable[[list[Item]], list[Result]]:
    """A task over a chunk of items: ``work`` on each, then ``after`` (a child writes what it gathered)."""
    def task(chunk: list[Item]) -> list[Result]:
        out = [work(item) for item in chunk]
        after()
        return out
    return task


def _start() -> None:
    # What a child inherits (the corpus, its index, the claims) lives as long as the child does: its
    # collections need not visit it again and again (a fork's copy-on-write spares those pages too).
    gc.freeze()
    if _SETUP is not None:
        _SETUP()


def _run(item: Any) -> Any:
    assert _TASK is not None
    return _TASK(item)


class Workers(Generic[Item, Result]):
    """``map(task, items)`` in order over ``processes`` forked children (or here, for 1).

    ``setup`` runs once in each child before any task: what the parent holds
    that a child must not touch (an open database) is let go there.
    """

    def __init__(
        self, task: Callable[[Item], Result], *, processes: int, setup: Callable[[], None] | None = None,
    ) -> None:
        self.task = task
        self.setup = setup
        can_fork = "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon
        self.processes = processes if can_fork else 1  # a daemonic process (a pool's worker) may have no children
        self._pool: Any = None
        self._collector = Collector()

    def map(self, items: Sequence[Item]) -> Iterator[Result]:
        """Results in the order of ``items``; the children are forked on the first call with work to do."""
        if self.processes <= 1 or len(items) < 2:
            return (self.task(item) for item in items)
        if self._pool is None:
            global _TASK, _SETUP
            _TASK, _SETUP = self.task, self.setup  # kept until close
            # an executor, not a Pool: a child that dies (killed, out of memory) raises
            # BrokenProcessPool here instead of leaving the run waiting for its results
            self._pool = ProcessPoolExecutor(
                self.processes, mp_context=multiprocessing.get_context("fork"), initializer=_start,
            )
        results: Iterator[Result] = self._pool.map(_run, items)
        return results

    def close(self) -> None:
        global _TASK, _SETUP
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            _TASK, _SETUP = None, None

    def __enter__(self) -> Workers[Item, Result]:
        """The collector runs less often until the exit (its thresholds are given back then)."""
        self._collector.relax()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None,
    ) -> None:
        try:
            self.close()
        finally:
            self._collector.restore()
