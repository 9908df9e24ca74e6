"""Split a corpus into N shards by source id (``--factcheck-shard I/N``, contract §3).

A shard run checks only the sources whose id falls in its shard; the JSON
reports of the N runs join into the report of the whole run
(``factcheck merge``).  The split must come out the same on every machine,
every Python and every run, so it hashes the UTF-8 bytes of the id with
BLAKE2b (never Python's ``hash``, which is salted per process), and it
depends on nothing but the id: adding or removing other sources never moves
a source to another shard.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["Shard", "parse_shard", "shard_of"]

_SPEC = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")
_HOW = "write I/N with 1 <= I <= N, e.g. 2/5 for the second of five shards"

_T = TypeVar("_T")


def shard_of(source_id: str, count: int) -> int:
    """The 1-based shard (of ``count``) that holds ``source_id``."""
    if count < 1:
        raise ValueError(f"shard count must be at least 1, not {count}")
    digest = hashlib.blake2b(source_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count + 1


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError(f"shard {self.index}/{self.count}: the number of shards must be at least 1; {_HOW}")
        if not 1 <= self.index <= self.count:
            raise ValueError(
                f"shard {self.index}/{self.count}: the shard number must be between 1 and {self.count}; {_HOW}"
            )

    def holds(self, source_id: str) -> bool:
        """Whether this shard checks the source with this id."""
        return shard_of(source_id, self.count) == self.index

    def select(self, items: Iterable[_T], key: str = "id") -> list[_T]:
        """The items (sources, or anything with an ``id`` attribute) this shard holds, in order."""
        return [item for item in items if self.holds(str(getattr(item, key)))]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def parse_shard(text: str) -> Shard:
    """``"2/5"`` → ``Shard(index=2, count=5)``; a ValueError says what is wrong and how to write it."""
    m = _SPEC.fullmatch(text)
    if m is None:
        raise ValueError(f"{text!r} is not a shard; {_HOW}")
    index, count = int(m.group(1)), int(m.group(2))
    if count == 0:
        raise ValueError(f"{text!r}: the number of shards must be at least 1; {_HOW}")
    if not 1 <= index <= count:
        raise ValueError(f"{text!r}: the shard number must be between 1 and {count}; {_HOW}")
    return Shard(index, count)
