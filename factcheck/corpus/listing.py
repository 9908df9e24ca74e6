"""A JSONL feed as an earlier run listed it, so that a run over an unchanged corpus does not parse it again.

A newsroom's CI checks its claims against the same dump every day, and an
editor re-runs after each edit of a claim file.  Decompressing, JSON-parsing
and dating the 31,525 records of the ANT corpus takes well over a second,
each time, before anything is checked, and a run whose verdicts all come from
the cache needs none of the texts it parsed.  A listing keeps what a run needs
of each record without its text (id, line, date, the text's digest and
length) and the file's problems, under the hash of the file's bytes and of
everything that changes how its records are read (the field mapping, the size
limit, this reader's code).  A source listed so reads its text only when some
claim needs it: the texts a step asks for ahead (``read_pending``) are read
from their lines alone, and a text asked for alone reads the whole file
once, as a run without the listing would have read it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import threading
from collections.abc import Collection, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Protocol

from factcheck.corpus.jsonl import JsonlFields, read_jsonl, read_jsonl_lines
from factcheck.corpus.source import CorpusProblem, Source
from factcheck.packing import pack, unpack
from factcheck.spill import Place, Spill

__all__ = ["ListingStore", "listed_jsonl", "texts_pending", "read_pending"]

_CHUNK = 1 << 20


class ListingStore(Protocol):
    """Where listings are kept: the run's cache (:class:`factcheck.cache.VocabularyCache`)."""

    def outcome(self, key: str) -> bytes | None: ...
    def put_outcome(self, key: str, data: bytes) -> None: ...


@cache
def _reader_version() -> str:
    """The code that turns a feed's lines into sources: a listing made by other code is not used."""
    digest = hashlib.sha256()
    for name in ("jsonl.py", "source.py", "decode.py", "listing.py"):
        digest.update((Path(__file__).with_name(name)).read_bytes())
    return digest.hexdigest()[:16]


def _file_state(path: str) -> tuple[int, int, int] | None:
    """None for what is not a regular file (a FIFO would block the hash: the reader says what is wrong)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _file_digest(path: str) -> str | None:
    """The hash of the file's bytes (25 MB of gzip in some 40 ms); None when it cannot be read (the reader
    then says why)."""
    digest = hashlib.blake2b(digest_size=20)
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _key(path: str, digest: str, max_bytes: int, fields: JsonlFields) -> str:
    """The name says how the bytes are read (``read_jsonl`` gunzips a ``.gz``): the same bytes named
    ``news.jsonl`` are undecodable lines, not the records of ``news.jsonl.gz``."""
    gz = int(path.lower().endswith(".gz"))
    return f"feed-listing:{_reader_version()}|{fields.id}|{fields.text}|{fields.date}|{max_bytes}|{gz}|{digest}"


def listed_jsonl(
    path: str, *, shown: str, max_bytes: int, fields: JsonlFields, store: ListingStore, spill: Spill,
) -> Iterator[Source | CorpusProblem]:
    """The feed's sources and problems, as ``read_jsonl`` gives them (sources in file order, then problems):
    from its listing when an earlier run made one for these very bytes, else read and listed for the next.

    ``spill``: where the texts go once read, shared with the corpus's other texts (``TextStore.spill``): a
    corpus of many feeds (a dump a day) keeps the one bound in memory, not one a feed."""
    before = _file_state(path)
    digest = _file_digest(path) if before is not None else None
    if digest is None:
        yield from read_jsonl(path, shown=shown, max_bytes=max_bytes, fields=fields)
        return
    key = _key(path, digest, max_bytes, fields)
    kept = _decoded(store.outcome(key))
    if kept is not None:
        texts = _FeedTexts(path, shown, max_bytes, fields, [row[0] for row in kept[0]], spill, digest,
                           [row[1] for row in kept[0]])
        for n, (source_id, line, published, text_digest, chars) in enumerate(kept[0]):
            yield Source.stored(source_id, shown, _ListedText(texts, n), line,
                                dt.date.fromisoformat(published) if published else None, digest=text_digest, chars=chars)
        for at, message in kept[1]:
            yield CorpusProblem(shown, at, message)
        return
    rows: list[tuple[str, int, str, str, int]] = []
    problems: list[tuple[int | None, str]] = []
    item: Source | CorpusProblem
    for item in read_jsonl(path, shown=shown, max_bytes=max_bytes, fields=fields):
        if isinstance(item, CorpusProblem):
            problems.append((item.line, item.message))
        else:
            assert item.record_line is not None
            rows.append((item.id, item.record_line, item.published.isoformat() if item.published else "",
                         item.digest, item.chars))
        yield item
    if _file_state(path) == before:  # not listed when the file changed while it was read
        store.put_outcome(key, _encoded(rows, problems))


def _encoded(rows: list[tuple[str, int, str, str, int]], problems: list[tuple[int | None, str]]) -> bytes:
    return pack(json.dumps([rows, problems], ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _decoded(data: bytes | None) -> tuple[list[tuple[str, int, str, str, int]], list[tuple[int | None, str]]] | None:
    """None when missing or damaged (the feed is read again)."""
    if data is None:
        return None
    try:
        rows, problems = json.loads(unpack(data).decode("utf-8", "surrogatepass"))
        return ([(str(i), int(n), str(p), str(d), int(c)) for i, n, p, d, c in rows],
                [(None if n is None else int(n), str(m)) for n, m in problems])
    except (ValueError, TypeError):
        return None


class _FeedTexts:
    """A listed feed's texts, read from the file when first needed: those asked for ahead (``read_pending``),
    or all of them."""

    def __init__(
        self, path: str, shown: str, max_bytes: int, fields: JsonlFields, ids: list[str], spill: Spill, digest: str,
        lines: list[int],
    ) -> None:
        self.path, self.shown, self.max_bytes, self.fields, self.ids = path, shown, max_bytes, fields, ids
        self.lines = lines  # each listed source's line
        self.digest = digest  # of the bytes listed: the texts read later must be theirs
        self._places: dict[int, Place] = {}
        self._all = False
        self._spill = spill
        self._lock = threading.Lock()

    def holds(self, n: int) -> bool:
        """Whether source ``n``'s text is read (in the spill)."""
        return self._all or n in self._places

    def text(self, n: int) -> str:
        if n not in self._places:
            self.load()  # one text asked at a time would read the file again for each: all of them, once
        return self._spill.get(self._places[n])

    def load(self, wanted: Collection[int] | None = None) -> None:
        """Read these sources' texts (their numbers in the listing; None: every one) into the spill."""
        with self._lock:
            if self._all:
                return
            todo = sorted(set(range(len(self.ids)) if wanted is None else wanted).difference(self._places))
            if not todo:
                return
            # the ids alone miss an article corrected in place: its text would not be the one its listed digest
            # (what its vocabulary and findings are kept under) was made from
            before = _file_state(self.path)
            changed = RuntimeError(f"{self.shown}: the file changed during the run; run again")
            if _file_digest(self.path) != self.digest:
                raise changed
            places = self._read_all() if len(todo) == len(self.ids) else self._read_lines(todo)
            if places is None or _file_state(self.path) != before:
                raise changed
            self._places.update(places)
            self._all = len(self._places) == len(self.ids)

    def _read_all(self) -> dict[int, Place] | None:
        places: dict[int, Place] = {}
        for item in read_jsonl(self.path, shown=self.shown, max_bytes=self.max_bytes, fields=self.fields):
            if isinstance(item, Source):
                if len(places) >= len(self.ids) or item.id != self.ids[len(places)]:
                    return None
                places[len(places)] = self._spill.put(item.text)
        return places if len(places) == len(self.ids) else None

    def _read_lines(self, todo: list[int]) -> dict[int, Place] | None:
        at_line = {self.lines[n]: n for n in todo}
        places: dict[int, Place] = {}
        for line, item in read_jsonl_lines(self.path, at_line, shown=self.shown, fields=self.fields):
            n = at_line.get(line)
            if n is None or not isinstance(item, Source) or item.id != self.ids[n]:
                return None
            places[n] = self._spill.put(item.text)
        return places if len(places) == len(todo) else None


class _ListedText:
    __slots__ = ("feed", "n")

    def __init__(self, feed: _FeedTexts, n: int) -> None:
        self.feed, self.n = feed, n

    def read(self) -> str:
        return self.feed.text(self.n)


def texts_pending(sources: Iterable[Source]) -> bool:
    """Whether any of these sources' texts is still in its feed, unread (see ``read_pending``)."""
    return any(isinstance(t := s.storage, _ListedText) and not t.feed.holds(t.n) for s in sources)


def read_pending(sources: Iterable[Source]) -> None:
    """Read these sources' texts that are still in their feeds, before worker processes fork, so that they
    inherit the texts instead of each reading the whole feed again.  Only theirs: a run whose other pairs all come
    from the cache needs a few hundred of a feed's tens of thousands of texts."""
    wanted: dict[int, tuple[_FeedTexts, list[int]]] = {}
    for source in sources:
        if isinstance(t := source.storage, _ListedText) and not t.feed.holds(t.n):
            wanted.setdefault(id(t.feed), (t.feed, []))[1].append(t.n)
    for feed, numbers in wanted.values():
        feed.load(numbers)
