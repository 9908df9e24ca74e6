"""A whole corpus read into its index in bulk, each worker numbering the words it meets.

Read one source at a time, a source's vocabulary is a set of strings that a
worker packs, the parent unpacks and ``CorpusIndex.build`` looks up word by
word: on ANT (31,525 articles) the parent's share alone was some 8 of the 12 s
of a cold build, on top of the workers' packing.  Here a worker numbers the
words it meets in a table of its own (:class:`WordReader`) and hands back a
chunk of sources as one array of those numbers, with the words its table
gained since its last chunk; the parent (:class:`IndexBuilder`) turns each
worker's numbers into its own rows in numpy.  The index is the one
``CorpusIndex.build`` makes of the same sources' ``read_words``, rows in the
same order (``tests/test_indexing.py``).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from factcheck.index import CorpusIndex, word_readings
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_letters
from factcheck.workers import Workers

__all__ = ["CHUNK", "Chunk", "ChunkWords", "IndexBuilder", "WordReader", "chunk_task", "merge", "read_index"]

# Sources per work item: a worker's new words and one array a chunk, few round trips.
CHUNK = 200

Ints = npt.NDArray[np.int32]


@dataclass(frozen=True, slots=True)
class ChunkWords:
    """A chunk of sources' words, numbered in the table of the reader (process) ``owner``.

    ``new`` are the words that table gained with this chunk, numbered from ``first`` on.
    """

    owner: int
    first: int
    new: list[str]
    counts: Ints  # each source's number of distinct words
    words: Ints  # their numbers, source after source (each source's ascending)
    tokens: Ints  # each source's number of tokens


class WordReader:
    """The words of sources, numbered in a table of the process's own, one per index being built.

    A forked worker inherits its parent's reader; it starts a table of its own on its first chunk, and
    a new one when the chunks are for another index (``table``): each index's builder knows only its own.
    """

    def __init__(self, table: int = 0) -> None:
        self._owner = os.getpid()
        self._table = table
        self._tokens: dict[str, int] = {}  # a token's number: its readings are _flat[_starts[n]:_starts[n + 1]]
        self._starts = np.zeros(1, dtype=np.int64)
        self._flat = np.zeros(0, dtype=np.int32)
        self._numbers: dict[str, int] = {}  # a reading's number
        self._words: list[str] = []
        self._sent = 0

    def read(self, texts: Iterable[str], *, table: int = 0) -> ChunkWords:
        if self._owner != os.getpid() or self._table != table:
            self.__init__(table)  # type: ignore[misc]
        known, numbers, words = self._tokens, self._numbers, self._words
        held: list[int] = []  # every source's distinct tokens, by number
        counts: list[int] = []
        sizes: list[int] = []
        starts: list[int] = []
        flat: list[int] = []
        for text in texts:
            tokens = tokenize(normalize_letters(text))
            sizes.append(len(tokens))
            distinct = set(tokens)
            fresh = [(token, word_readings(token)) for token in distinct.difference(known)]
            # the source's new readings numbered in order: words are numbered where first met, then alphabetically
            for reading in sorted({r for _, readings in fresh for r in readings}.difference(numbers)):
                numbers[reading] = len(words)
                words.append(reading)
            for token, readings in fresh:
                known[token] = len(known)
                flat.extend(map(numbers.__getitem__, readings))
                starts.append(len(self._flat) + len(flat))
            held.extend(map(known.__getitem__, distinct))
            counts.append(len(distinct))
        if starts:
            self._starts = np.concatenate([self._starts, np.array(starts, dtype=np.int64)])
            self._flat = np.concatenate([self._flat, np.array(flat, dtype=np.int32)])
        source, read = self._readings(np.array(held, dtype=np.int32), counts)
        new, first = words[self._sent:], self._sent
        self._sent = len(words)
        return ChunkWords(self._owner, first, new, np.bincount(source, minlength=len(counts)).astype(np.int32),
                          read, np.array(sizes, dtype=np.int32))

    def _readings(self, held: Ints, counts: list[int]) -> tuple[npt.NDArray[np.int64], Ints]:
        """Each source's distinct readings of its tokens: (source, reading number) pairs, in order."""
        source = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
        starts = self._starts[held]
        lengths = self._starts[held + 1] - starts
        at = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(int(lengths.sum()))
        size = len(self._words) + 1
        pairs = np.sort(np.repeat(source, lengths) * size + self._flat[at], kind="stable")  # source-major runs: see from_postings
        keep = np.ones(len(pairs), dtype=bool)
        np.not_equal(pairs[1:], pairs[:-1], out=keep[1:])
        pairs = pairs[keep]
        return pairs // size, (pairs % size).astype(np.int32)


class IndexBuilder:
    """Chunks of ``WordReader`` (from any number of processes) into one ``CorpusIndex``, in the sources' order.

    Each reader's chunks must come in the order it read them (``Workers.map`` gives results in the
    order of the items, and a worker takes its items in that order).
    """

    def __init__(self) -> None:
        self._rows: dict[str, int] = {}
        self._words: list[str] = []
        self._tables: dict[int, Ints] = {}  # a reader's numbers to rows
        self._held: list[Ints] = []
        self._counts: list[Ints] = []
        self._tokens: list[Ints] = []

    def add(self, chunk: ChunkWords) -> None:
        table = self._tables.get(chunk.owner, np.zeros(0, dtype=np.int32))
        if chunk.first != len(table):
            raise RuntimeError(f"words of reader {chunk.owner} out of order: {chunk.first} after {len(table)}")
        if chunk.new:
            rows, words = self._rows, self._words
            added = np.empty(len(chunk.new), dtype=np.int32)
            for n, word in enumerate(chunk.new):
                row = rows.get(word)
                if row is None:
                    row = rows[word] = len(words)
                    words.append(word)
                added[n] = row
            table = np.concatenate([table, added])
        self._tables[chunk.owner] = table
        self._held.append(table[chunk.words])
        self._counts.append(chunk.counts)
        self._tokens.append(chunk.tokens)

    def build(self, ids: Sequence[str]) -> CorpusIndex:
        counts = np.concatenate(self._counts) if self._counts else np.zeros(0, dtype=np.int32)
        if len(counts) != len(ids):
            raise ValueError(f"{len(counts)} sources read for an index of {len(ids)}")
        held = np.concatenate(self._held) if self._held else np.zeros(0, dtype=np.int32)
        tokens = np.concatenate(self._tokens) if self._tokens else np.zeros(0, dtype=np.int32)
        # rows are in CorpusIndex.build's order already: chunks come in the sources' order, and each reader numbers
        # a source's new words alphabetically (a word new here is new to its reader); no renumbering (a second of ANT)
        return CorpusIndex.from_postings(ids, self._words, held, np.repeat(np.arange(len(counts), dtype=np.int32), counts),
                                         tokens)


def merge(ids: Sequence[str], parts: Iterable[tuple[Sequence[str], CorpusIndex]]) -> CorpusIndex:
    """One index over ``ids`` from indexes over parts of them that follow one another in the order of ``ids`` (a
    team's blocks, ``Team.blocks``), each given with its sources: the index that reading them all would give.

    The words are numbered where first met, part after part, which is ``CorpusIndex.build``'s order already (a
    word new to a part has its first source there, after every source of the parts before), and a word's sources
    are its runs in the parts, one after another: each run is copied to its place, nothing sorted, no array of
    pairs made (the fresh memory of a sort's keys was most of a two-member team's merge over ANT on a virtual
    machine)."""
    parts = list(parts)
    if list(itertools.chain.from_iterable(sources for sources, _ in parts)) != list(ids):
        raise ValueError("the parts do not hold each source of the index once, in its order")
    # in C: a word by word loop was a third of the merge
    words = list(dict.fromkeys(itertools.chain.from_iterable(part.words for _, part in parts)))
    rows = dict(zip(words, range(len(words))))
    tables = [np.fromiter(map(rows.__getitem__, part.words), dtype=np.int64, count=len(part.words)) for _, part in parts]
    counts = np.zeros(len(words), dtype=np.int64)
    for table, (_, part) in zip(tables, parts):
        counts[table] += np.diff(part.offsets)  # a word once in a part: no index repeats
    offsets = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    docs = np.empty(int(offsets[-1]), dtype=np.int32)
    free = offsets[:-1].copy()  # where each word's next run goes
    first = 0  # the part's first source, in ids
    for table, (_, part) in zip(tables, parts):
        held = np.diff(part.offsets)
        place = np.repeat(free[table] - part.offsets[:-1], held)  # a posting's place: its own, moved by its run's
        place += np.arange(len(place), dtype=np.int64)
        docs[place] = part.docs + first
        free[table] += held
        first += len(part.ids)
    tokens = np.concatenate([part.tokens for _, part in parts]) if parts else np.zeros(0, dtype=np.int32)
    return CorpusIndex(ids, words, offsets, docs, tokens.astype(np.int32, copy=False), rows=rows)


Chunk = tuple[int, list[str]]  # the index it is for, its sources' ids


def chunk_task(text: Callable[[str], str]) -> Callable[[Chunk], ChunkWords]:
    """A worker's task: a chunk of source ids (``text`` gives each one's text) read by the process's reader."""
    reader = WordReader()
    return lambda chunk: reader.read(map(text, chunk[1]), table=chunk[0])


_built = itertools.count(1)


def read_index(
    ids: list[str], workers: Workers[Chunk, ChunkWords], *, step: Callable[[int], None] = lambda n: None,
) -> CorpusIndex:
    """The index of these sources, read by ``workers`` (running ``chunk_task``), in chunks of ``CHUNK``;
    ``step(n)``: n more sources read."""
    builder, table = IndexBuilder(), next(_built)
    for words in workers.map([(table, ids[at:at + CHUNK]) for at in range(0, len(ids), CHUNK)]):
        builder.add(words)
        step(len(words.counts))
    return builder.build(ids)
