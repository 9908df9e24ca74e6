"""Claim-level outcomes kept across runs (:mod:`factcheck.report.claim_outcome`), asked for by the items.

A claim over the same sources, with the same code, ends the same way: an
earlier run's outcome stands for all its pairs, which are then not computed
at all.  Keys need the sources' cache keys, so they are the engine's to make.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from pydantic import VERSION as PYDANTIC_VERSION

from factcheck.cache_keys import findings_version
from factcheck.corpus.source import Source
from factcheck.engine import Engine
from factcheck.report.claim_outcome import ClaimLevel, ClaimOutcome, outcome_key, sources_digest

__all__ = ["Replays"]


class Replays:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # sources_digest, by the identity of the list (the claims of a file share theirs), which it holds
        self._digests: dict[int, tuple[list[Source], str]] = {}
        self._packing: ThreadPoolExecutor | None = None  # see keep
        self._packed: deque[tuple[str, Future[bytes]]] = deque()

    def key(self, item: ClaimLevel) -> str | None:
        """None without a cache to keep outcomes in."""
        engine, sources = self.engine, item.sources
        if engine.cache is None or not engine.cache.usable:
            return None
        known = self._digests.get(id(sources))
        if known is None:
            known = self._digests[id(sources)] = (sources, sources_digest(
                (s.id, s.path, s.record_line, engine.source_cache_key(s.id)) for s in sources))
        digest = known[1]
        # the records are pydantic's serialization: another pydantic may write them otherwise
        return outcome_key(f"{findings_version()}|pydantic {PYDANTIC_VERSION}", item.claim, item.file_display, digest)

    def held(self, wanted: Sequence[ClaimLevel]) -> list[bool]:
        """For each, whether an earlier run kept its outcome (one query, before any pair is computed)."""
        keys = [self.key(one) for one in wanted]
        cache = self.engine.cache
        found = cache.outcomes_held([k for k in keys if k is not None]) if cache is not None else set()
        return [key in found for key in keys]

    def get(self, item: ClaimLevel) -> ClaimOutcome | None:
        key, cache = self.key(item), self.engine.cache
        data = cache.outcome(key) if key is not None and cache is not None else None
        try:
            return None if data is None else ClaimOutcome.from_bytes(data)
        except ValueError:
            return None  # a damaged entry is a miss

    def keep(self, item: ClaimLevel, outcome: ClaimOutcome) -> None:
        """Packed on a thread of its own, written here (the cache's connection is this thread's) as soon as packed.

        Packing (Zstandard, like zlib before it) lets other threads run: a cold run of a thousand claims packed 165,000
        records (1.7 s) on one core while the other idled, its articles all read."""
        key, cache = self.key(item), self.engine.cache
        if key is not None and cache is not None:
            if self._packing is None:
                self._packing = ThreadPoolExecutor(1, thread_name_prefix="factcheck-pack")
            self._packed.append((key, self._packing.submit(outcome.to_bytes)))
            self._write(wait=False)

    def keep_packed(self, item: ClaimLevel, packed: bytes) -> None:
        """An outcome already packed (``ClaimOutcome.to_bytes``), written now."""
        key, cache = self.key(item), self.engine.cache
        if key is not None and cache is not None:
            cache.put_outcome(key, packed)

    def _write(self, *, wait: bool) -> None:
        cache = self.engine.cache
        while self._packed and (wait or self._packed[0][1].done()):
            key, packed = self._packed.popleft()
            if cache is not None:
                cache.put_outcome(key, packed.result())

    def close(self) -> None:
        """Every outcome kept is written (before the cache is closed)."""
        try:
            self._write(wait=True)
        finally:
            if self._packing is not None:
                self._packing.shutdown()
                self._packing = None
