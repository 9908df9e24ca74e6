"""The worker processes of one pytest-xdist run, sharing the reading of the corpus through the cache.

Every xdist worker collects every item, so each would read the whole corpus
in depth: two workers on two cores would take as long as one process alone
(and a serial run already uses both cores, :mod:`factcheck.workers`).  As a
team, each member reads only its share of the sources (by source id, as
``--factcheck-shard`` splits them), writes what it read to the shared cache,
leaves a mark, and waits for the others' marks; then it recalls their share
from the cache as a warm run would.  The members call the same steps in the
same order (they collected the same items), so the n-th meeting of one is the
n-th of each.  A member that never comes (it crashed, or it found the step
already done) is waited for only so long; then the rest is read here: slower,
never wrong.  Nothing here knows about pytest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from factcheck.cache import VocabularyCache
from factcheck.shard import shard_of

__all__ = ["TEAM_FROM", "Team"]

# Below this many sources in a step, meeting (a few milliseconds) costs more than reading them all here.
TEAM_FROM = 20
# Seconds waited for the others beyond the time this member's own share took.
_SLACK = 30.0
T = TypeVar("T")


@dataclass(slots=True)
class Team:
    """Member ``member`` (1-based) of ``size``, in the run named ``run``."""

    cache: VocabularyCache
    run: str
    member: int
    size: int
    patience: float = _SLACK
    _steps: int = 0
    _started: float = field(default=0.0)
    missed: list[str] = field(default_factory=list)  # steps some member never came to

    @classmethod
    def of_xdist_worker(cls, workerinput: dict[str, Any] | None, cache: VocabularyCache | None) -> Team | None:
        """The team of an xdist worker (from its ``workerinput``); None outside one, or without a cache."""
        if cache is None or workerinput is None:
            return None
        try:
            member, size = int(str(workerinput["workerid"]).removeprefix("gw")) + 1, int(workerinput["workercount"])
            run = str(workerinput["testrunuid"])
        except (KeyError, ValueError):
            return None
        return cls(cache, run, member, size) if member <= size else None  # a restarted worker reads alone

    def share(self, items: list[T], source_id: Callable[[T], str]) -> tuple[list[T], list[T]]:
        """This member's items of a step, and the others' (a new step begins)."""
        self._started = time.monotonic()
        mine: list[T] = []
        theirs: list[T] = []
        for item in items:
            (mine if shard_of(source_id(item), self.size) == self.member else theirs).append(item)
        return mine, theirs

    def meet(self, what: str) -> bool:
        """This member's share is in the cache; wait for the others' (True when all came)."""
        self._steps += 1
        name = f"{self._steps}:{what}"
        self.cache.mark(self.run, name, self.member)
        own = time.monotonic() - self._started
        deadline = time.monotonic() + self.patience + 2 * own
        pause = 0.01
        while self.cache.usable and self.cache.marked(self.run, name) < self.size:
            if time.monotonic() > deadline:
                self.missed.append(name)
                return False
            time.sleep(pause)
            pause = min(pause * 2, 0.2)
        return self.cache.usable
