"""The worker processes of one pytest-xdist run, sharing the reading of the corpus through the cache.

Every xdist worker collects every item, so each would read the whole corpus
in depth: two workers on two cores would take as long as one process alone
(and a serial run already uses both cores, :mod:`factcheck.workers`).  As a
team, each member reads only its share of the sources (by a hash of the
source id; for the index, a block of them: ``blocks``), writes what it read to the shared cache, leaves a mark, and
waits for the others' marks; then it recalls their share from the cache as a
warm run would.  A meeting is named by what it is about (the step and the
sources it covers), so the members meet at the same one whatever else each
did.  A member that never comes (it crashed, its cache failed, it found the
step already done) is waited for only so long, and then the team is
dissolved: the rest is read here, slower, never wrong.  Nothing here knows
about pytest.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from factcheck.cache import VocabularyCache
from factcheck.shard import shard_of

__all__ = ["TEAM_FROM", "Team", "step_name"]

# Below this many sources in a step, meeting (a few milliseconds) costs more than reading them all here.
TEAM_FROM = 20
# Seconds waited for the others beyond the time this member's own share took.
_SLACK = 30.0
# Seconds between two looks at the others' marks.
_POLL = 0.005
_POLL_MAX = 0.02
T = TypeVar("T")


def step_name(what: str, source_ids: Iterable[str]) -> str:
    """A step's name, from what it does and the sources it covers (the same in every member)."""
    digest = hashlib.blake2b(digest_size=8)
    for sid in source_ids:
        digest.update(sid.encode("utf-8", "surrogatepass") + b"\0")
    return f"{what}:{digest.hexdigest()}"


@dataclass(slots=True)
class Team:
    """Member ``member`` (1-based) of ``size``, in the run named ``run``."""

    cache: VocabularyCache
    run: str
    member: int
    size: int
    patience: float = _SLACK
    missed: list[str] = field(default_factory=list)  # meetings some member never came to
    _step: str = ""
    _started: float = 0.0
    _seen: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of_xdist_worker(cls, workerinput: dict[str, Any] | None, cache: VocabularyCache | None) -> Team | None:
        """The team of an xdist worker (from its ``workerinput``); None outside one, or without a cache."""
        if cache is None or workerinput is None:
            return None
        try:
            member, size = int(str(workerinput["workerid"]).removeprefix("gw")) + 1, int(workerinput["workercount"])
            # the controller's process too: a --testrunuid given by hand is the same in every run
            run = f"{workerinput['testrunuid']}:{os.getppid()}"
        except (KeyError, ValueError):
            return None
        return cls(cache, run, member, size) if member <= size else None  # a restarted worker reads alone

    @property
    def together(self) -> bool:
        """Still a team: every member came to every meeting so far, and the cache works."""
        return not self.missed and self.cache.usable

    def share(self, items: list[T], source_id: Callable[[T], str], step: str) -> tuple[list[T], list[T]]:
        """This member's items of a step, and the others' (the step begins)."""
        mine: list[T] = []
        theirs: list[T] = []
        for item, member in zip(items, self._members(items, source_id, step)):
            (mine if member == self.member else theirs).append(item)
        return mine, theirs

    def blocks(self, items: list[T], weight: Callable[[T], int], step: str) -> list[list[T]]:
        """Every member's items of a step as runs of ``items`` in order, each of about an equal part of their whole
        ``weight``, this member's at ``member - 1`` (the step begins).  The corpus index is read so: parts that
        follow one another merge without sorting its postings (``indexing.merge``), and a run weighed by the
        articles' length costs each member the same (a hash's equal counts left one member two seconds idle)."""
        self._step, self._started = step, time.monotonic()
        weights = [max(weight(item), 1) for item in items]
        total = sum(weights)
        blocks: list[list[T]] = [[] for _ in range(self.size)]
        passed = 0
        for item, heavy in zip(items, weights):
            blocks[min(passed * self.size // total, self.size - 1)].append(item)
            passed += heavy
        return blocks

    def _members(self, items: list[T], source_id: Callable[[T], str], step: str) -> list[int]:
        self._step, self._started = step, time.monotonic()
        # salted: under --factcheck-shard I/N the sources left all share a value of the unsalted hash
        return [shard_of("team\0" + source_id(item), self.size) for item in items]

    def meet(self) -> bool:
        """This member's share of the step is in the cache; wait for the others' (True when all came)."""
        self._seen[self._step] += 1
        name = f"{self._step}:{self._seen[self._step]}"
        self.cache.mark(self.run, name, self.member)
        if not self.together:
            return False
        deadline = time.monotonic() + self.patience + 2 * (time.monotonic() - self._started)
        pause = _POLL
        while self.cache.usable and self.cache.marked(self.run, name) < self.size:
            if time.monotonic() > deadline:
                self.missed.append(name)
                return False
            time.sleep(pause)
            pause = min(pause * 2, _POLL_MAX)
        return self.cache.usable
