"""A cheap, conservative look at a source before it is read in depth.

Most sources of a news corpus are about other events.  Before a source is
normalized with its offset map, split into sentences and searched, its
vocabulary (every clitic reading of every word, from the map-free
normalization) tells whether a scope term *could* be named in it.  The test
is a superset of :mod:`factcheck.matching`: a word that matching could
accept is always reported possible (exact readings, fuzzy ``ratio`` at the
cutoff, ``لل`` read as ``ال``; for a name, in the index, only look-alikes
that pass the spelling tests of ``lexicon.is_variant``), so a source rejected
here would have been rejected by the full check too; ``tests/test_index.py`` holds both to the
same decisions.  Each (term word, vocabulary word) pair is scored once per
run, however many sources share the word (once more against the words of a
claim's few sources, when they are a small part of the corpus).
"""

from __future__ import annotations

import hashlib
import os
import sys
from array import array
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Protocol, cast

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from factcheck.packing import pack, unpack
from factcheck.text.lexicon import may_be_variant
from factcheck.text.morphology import article_reading, stems, tokenize
from factcheck.text.normalize import normalize_letters, normalize_query

__all__ = [
    "EXACT_BELOW", "SHORT_FUZZY", "CorpusIndex", "ExpansionStore", "Partition", "Vocabulary", "is_fuzzy", "may_name", "pack_words",
    "length_range", "read_words", "term_words", "unpack_words", "vocabulary", "word_readings",
]

Vocabulary = frozenset[str]
Mask = npt.NDArray[np.bool_]

# Below this many letters matching is exact (matching.EXACT_BELOW, kept equal by a test), but for a word of
# SHORT_FUZZY letters meeting a longer spelling (matching.fuzzy_pair): a name's words are expanded from it.
EXACT_BELOW = 5
SHORT_FUZZY = EXACT_BELOW - 1
# From this many letters a word read with any proclitic is the word (matching.ANY_CLITIC_FROM, kept equal
# by a test): every reading the index holds is one matching takes.
ANY_CLITIC_FROM = 4


def word_readings(word: str) -> tuple[str, ...]:
    """The readings matching meets a word by (text/morphology: stems and the لل article), their strings
    interned: a corpus repeats the same few hundred thousand words, and every vocabulary shares them."""
    with_article = article_reading(word)
    found = stems(word) if with_article is None else (*stems(word), with_article)
    return tuple(sys.intern(w) for w in found)


# Each word's readings, as read_words met it (cleared when full): looked up by the hundred a source in C,
# a third faster than through a cache decorator's call a word.
_READINGS: dict[str, tuple[str, ...]] = {}
_READINGS_KEPT = 1 << 17


def vocabulary(text: str) -> Vocabulary:
    """Every reading of every word of a raw source text (normalized here)."""
    return read_words(text)[0]


def read_words(text: str) -> tuple[Vocabulary, int]:
    """The vocabulary and the number of tokens (a statement's bar is higher in a long source)."""
    tokens = tokenize(normalize_letters(text))
    words = set(tokens)
    known = _READINGS
    new = words.difference(known)
    if len(known) + len(new) > _READINGS_KEPT:
        known.clear()
        new = words
    for word in new:
        known[word] = word_readings(word)
    return frozenset(chain.from_iterable(map(known.__getitem__, words))), len(tokens)


def pack_words(vocab: Collection[str], tokens: int) -> bytes:
    """``read_words`` as the cache stores it (a source read alone, outside any index): one compressed string."""
    return pack("\n".join([str(tokens), *sorted(vocab)]).encode("utf-8"))


def unpack_words(packed: bytes) -> tuple[list[str], int]:
    """The words (sorted) and the number of tokens of ``pack_words``."""
    size, _, words = unpack(packed).decode("utf-8").partition("\n")
    return (words.split("\n") if words else []), int(size)


@lru_cache(maxsize=4096)
def is_fuzzy(word: str, fuzzy_from: int) -> bool:
    """Whether a word is matched fuzzily (``fuzzy_from`` letters or more, not a number), else only as it is."""
    return len(word) >= fuzzy_from and not word.isdigit()


def term_words(term: str) -> tuple[str, ...]:
    """A name's words as matching reads them."""
    return tuple(tokenize(normalize_query(term)))


def _word_may_match(word: str, vocab: Vocabulary, cutoff: float) -> bool:
    if word in vocab:
        return True
    if len(word) < SHORT_FUZZY:
        return False
    return process.extractOne(word, vocab, scorer=fuzz.ratio, score_cutoff=cutoff) is not None


class Partition:
    """The ids where a mask holds (or that it does not cover), and the others, each in order, in numpy.

    An unscoped claim file over a whole corpus partitions millions of pairs; the
    sources' positions are looked up once for every claim that asks about the same list.
    """

    def __init__(self, positions: dict[str, int]) -> None:
        self.positions = positions
        self._last: tuple[tuple[str, ...], npt.NDArray[np.int64], npt.NDArray[np.object_]] | None = None

    def __call__(self, mask: Mask, source_ids: list[str]) -> tuple[list[str], list[str]]:
        key = tuple(source_ids)
        if self._last is None or self._last[0] != key:
            get = self.positions.get
            at = np.fromiter((get(sid, -1) for sid in source_ids), dtype=np.int64, count=len(source_ids))
            self._last = (key, at, np.array(source_ids, dtype=object))
        _, at, ids = self._last
        keep = np.ones(len(ids), dtype=bool)
        covered = at >= 0
        keep[covered] = mask[at[covered]]
        return ids[keep].tolist(), ids[~keep].tolist()


def may_name(term: str, vocab: Vocabulary, *, cutoff: float) -> bool:
    """Whether every word of ``term`` may be met by some word of the vocabulary."""
    words = term_words(term)
    return bool(words) and all(_word_may_match(w, vocab, cutoff) for w in words)


# Words scored against a pool in one cdist call (a row of scores per word and pool word, one byte each).
_QUERIES_AT_ONCE = 64


# A fuzzy ratio of ``cutoff`` bounds the length of a matching word: 2·min/(a+b) ≥ cutoff/100.
def length_range(length: int, cutoff: float) -> range:
    """The lengths a word within ``ratio`` ≥ cutoff of a word of ``length`` letters may have (a superset)."""
    share = max(cutoff, 1.0) / 100
    low = int(length * share / (2 - share))
    high = int(length * (2 - share) / share) + 1
    return range(max(low, 1), high + 1)


class ExpansionStore(Protocol):
    """Where a word's expansion against an index's vocabulary is kept between runs (the cache)."""

    def get_expansion(self, key: str) -> list[str] | None: ...

    def put_expansion(self, key: str, readings: list[str]) -> None: ...


class CorpusIndex:
    """Postings from every reading of the corpus vocabulary to the sources that hold it.

    Built once per corpus (and kept by the cache: ``save``/``load``) over the
    sources a run checks in bulk; each claim word is then expanded once
    against the corpus vocabulary (exact for short words, rapidfuzz ``ratio``
    within the lengths that can reach the cutoff for the others) instead of
    once per source.  The postings are one CSR pair of arrays (``offsets``,
    ``docs``): a word's sources are ``docs[offsets[r]:offsets[r + 1]]``, so
    the whole index is three arrays and a word list, quick to save and load.
    """

    def __init__(self, ids: Sequence[str], words: list[str], offsets: npt.NDArray[np.int64],
                 docs: npt.NDArray[np.int32], tokens: npt.NDArray[np.int32], *,
                 rows: dict[str, int] | None = None) -> None:
        self.ids = list(ids)
        self.words = words
        self.tokens = tokens  # each source's number of tokens
        self.offsets = offsets
        self.docs = docs
        self._rows = dict(zip(words, range(len(words)))) if rows is None else rows
        self._pools: tuple[dict[int, list[str]], dict[tuple[int, str], list[str]]] | None = None
        self._pool_words: list[str] | None = None  # the words expanded against, when not all (``within``)
        self._words: dict[tuple[str, float, int, bool], Mask] = {}
        self._expanded: dict[tuple[str, float, int, bool], list[str]] = {}  # see expand_many
        self._close: dict[tuple[str, float], frozenset[str]] = {}  # see close_readings
        # ... and those made over a part of the corpus (``within``): exact for that part's sources only
        self._close_within: dict[tuple[str, float], list[tuple[Mask, frozenset[str]]]] = {}
        self._whole: CorpusIndex | None = None  # the index ``within`` narrowed, with the part (``_domain``)
        self._domain: Mask | None = None
        self._positions: dict[str, int] | None = None
        self._unions: dict[tuple[frozenset[str], float, int], frozenset[str]] = {}  # see close_union
        self.key = ""  # what the expansions are stored under (set by whoever knows the corpus)
        self.spelling = ""  # ... and the version of the spelling test names' expansions pass (lexicon)
        self.expansions: ExpansionStore | None = None

    @classmethod
    def build(cls, ids: Sequence[str], read: Iterable[tuple[Collection[str], int]]) -> CorpusIndex:
        """From each source's ``read_words`` (its words in any collection), in the order of ``ids``."""
        rows: dict[str, int] = {}
        get = rows.get
        word_rows = array("i")
        counts = array("i")
        tokens = array("i")
        for vocab, size in read:
            # most words of a source are known already: the new ones are found, and all looked up, in C
            for word in sorted(set(vocab).difference(rows)):
                rows[word] = len(rows)
            found = list(map(get, vocab))
            word_rows.extend(cast("list[int]", found))  # every word has its row now
            counts.append(len(found))
            tokens.append(size)
        row_of = np.frombuffer(word_rows, dtype=np.int32) if word_rows else np.zeros(0, dtype=np.int32)
        doc_of = np.repeat(np.arange(len(counts), dtype=np.int32), np.frombuffer(counts, dtype=np.int32)) \
            if counts else np.zeros(0, dtype=np.int32)
        return cls.from_postings(ids, list(rows), row_of, doc_of, np.array(tokens, dtype=np.int32))

    @classmethod
    def from_postings(cls, ids: Sequence[str], words: list[str], rows: npt.NDArray[np.integer],
                      docs: npt.NDArray[np.integer], tokens: npt.NDArray[np.int32]) -> CorpusIndex:
        """From postings as pairs in any order, each once: source ``docs[i]`` holds word ``rows[i]``.

        Rows numbered where first met: a quicksort, 0.13 s against 0.45 s (the keys are distinct: any sort gives
        the one order).  One array of keys is made and worked in place: on a virtual machine that backs its memory
        as it is first touched, each fresh array of 8 million pairs costs about 0.4 s of page faults."""
        offsets = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=len(words)), out=offsets[1:])
        size = max(len(ids), 1)
        keys = rows.astype(np.int64)  # by word, then source
        keys *= size
        keys += docs
        keys.sort(kind="quicksort")
        np.remainder(keys, size, out=keys)
        return cls(ids, words, offsets, keys.astype(np.int32), tokens)

    def save(self, path: Path) -> None:
        """Written to a temporary file and renamed: a reader sees the old index or the new, never half."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                np.savez(fh, offsets=self.offsets, docs=self.docs, tokens=self.tokens,
                         words=np.frombuffer("\n".join(self.words).encode("utf-8"), dtype=np.uint8))
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)  # a write that failed (a full disk) leaves nothing behind

    @classmethod
    def load(cls, path: Path, ids: Sequence[str]) -> CorpusIndex:
        with np.load(path) as data:
            raw = data["words"].tobytes().decode("utf-8")
            offsets, docs, tokens = data["offsets"], data["docs"], data["tokens"]
        words = raw.split("\n") if raw else []
        if (len(offsets) != len(words) + 1 or len(tokens) != len(ids) or (len(docs) and int(docs.max()) >= len(ids))
                or int(offsets[0]) != 0 or int(offsets[-1]) != len(docs) or bool(np.any(np.diff(offsets) < 0))):
            raise ValueError(f"{path}: not an index of these {len(ids)} sources")
        return cls(ids, [sys.intern(w) for w in words], offsets, docs, tokens)

    def _postings(self, word: str) -> npt.NDArray[np.int32]:
        row = self._rows[word]
        return self.docs[self.offsets[row]:self.offsets[row + 1]]

    def _pool(self, length: int, start: str | None) -> list[str] | None:
        if self._pools is None:
            by_length: dict[int, list[str]] = {}
            by_start: dict[tuple[int, str], list[str]] = {}
            for word in self.words if self._pool_words is None else self._pool_words:
                by_length.setdefault(len(word), []).append(word)
                by_start.setdefault((len(word), word[0]), []).append(word)
            self._pools = (by_length, by_start)
        return self._pools[0].get(length) if start is None else self._pools[1].get((length, start))

    def within(self, domain: Mask) -> CorpusIndex:
        """The same postings, with words expanded only against the vocabulary of the sources in ``domain``.

        Its masks are exact for the sources in the domain and say nothing of the others.  A claim
        checked against a few hundred sources of a large corpus (an event file's scope) expands its
        words against their words, not the corpus's hundreds of thousands: a statement word took
        fifty milliseconds against the whole vocabulary of ANT.
        """
        narrow = CorpusIndex(self.ids, self.words, self.offsets, self.docs, self.tokens, rows=self._rows)
        held = np.logical_or.reduceat(domain[self.docs], self.offsets[:-1]) if len(self.docs) else np.zeros(0, bool)
        narrow._pool_words = [self.words[r] for r in np.flatnonzero(held)]
        narrow._whole, narrow._domain = self, domain
        narrow.spelling, narrow.expansions = self.spelling, self.expansions
        if self.key:
            narrow.key = f"{self.key}|within:{hashlib.blake2b(np.packbits(domain).tobytes(), digest_size=16).hexdigest()}"
        return narrow

    def _expand(self, word: str, cutoff: float, fuzzy_from: int, variants: bool) -> list[str]:
        """The vocabulary's readings within ``ratio`` ≥ cutoff of the word (fuzzy from ``fuzzy_from`` letters)."""
        key = (word, cutoff, fuzzy_from, variants)
        if key not in self._expanded:
            self.expand_many([key])
        return self._expanded.get(key, [])

    def expand_many(self, wanted: Iterable[tuple[str, float, int, bool]]) -> None:
        """Expands many words at once, as ``sources_with_word(word, cutoff, fuzzy_from=…, variants=…)`` will ask.

        One ``cdist`` of many words against a pool costs little more than one of a single word: most of
        a call is rapidfuzz taking in the pool's hundred thousand strings.  Expansions are kept for the
        run, and in the cache (``expansions``) for the next runs over the same corpus.
        """
        todo: dict[tuple[float, int, bool], set[str]] = {}
        for key in wanted:
            word, cutoff, fuzzy_from, variants = key
            if key in self._expanded:
                continue
            if not is_fuzzy(word, fuzzy_from):
                self._expanded[key] = []
                continue
            stored = self.expansions.get_expansion(self._stored_as(key)) if self.key and self.expansions else None
            if stored is not None:
                self._keep(key, [r for r in stored if r in self._rows])
            else:
                todo.setdefault((cutoff, fuzzy_from, variants), set()).add(word)
        for (cutoff, fuzzy_from, variants), words in todo.items():
            found: dict[str, list[str]] = {w: [] for w in words}
            by_pool: dict[tuple[int, str], list[str]] = {}
            for word in sorted(words):
                for length in length_range(len(word), cutoff):  # a variant keeps the first letter
                    by_pool.setdefault((length, word[0] if variants else ""), []).append(word)
            for length, start in sorted(by_pool):
                pool = self._pool(length, start or None) or []
                queries = by_pool[(length, start)]
                for at in range(0, len(queries) if pool else 0, _QUERIES_AT_ONCE):
                    part = queries[at:at + _QUERIES_AT_ONCE]
                    scores = process.cdist(
                        part, pool, scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1, dtype=np.uint8)
                    for word, row in zip(part, scores):
                        close = [pool[i] for i in np.flatnonzero(row) if pool[i] != word]
                        found[word].extend([r for r in close if may_be_variant(word, r)] if variants else close)
            for word, readings in found.items():
                key = (word, cutoff, fuzzy_from, variants)
                self._keep(key, readings)
                if self.key and self.expansions is not None:
                    self.expansions.put_expansion(self._stored_as(key), readings)

    def close_readings(self, word: str, cutoff: float, source: str | None = None) -> frozenset[str] | None:
        """Every reading of the corpus other than ``word`` within ``ratio`` ≥ cutoff of it, when the run has
        expanded the word so (unfiltered, and long enough to be fuzzy); else None.  With ``source``, the
        readings of a part of the corpus that holds it will do when the whole's are not known (an event
        file's claims expand their words over the file's part only, ``within``).

        A document of the corpus holds no other close reading: its reader asks this before scoring the
        word against its own vocabulary (``Analysis.close_keys``), in worker processes too (inherited).
        """
        found = self._close.get((word, cutoff))
        if found is not None or source is None:
            return found
        parts = self._close_within.get((word, cutoff))
        if not parts:
            return None
        if self._positions is None:
            self._positions = {sid: n for n, sid in enumerate(self.ids)}
        at = self._positions.get(source)
        if at is None:
            return None
        return next((readings for domain, readings in parts if domain[at]), None)

    def close_union(self, words: frozenset[str], cutoff: float, fuzzy_from: int) -> frozenset[str] | None:
        """``words`` with every reading of the corpus close to one of them (``close_readings``) that has at
        least ``fuzzy_from`` letters and is not a number, when each of those was expanded; else None.

        A statement's word is tried in all its readings against every document read for the claim: the
        union is made once, and a document meets it in one set intersection instead of a look-up per reading.
        """
        key = (words, cutoff, fuzzy_from)
        found = self._unions.get(key)
        if found is not None:
            return found
        union = set(words)
        for word in words:
            if not is_fuzzy(word, fuzzy_from):
                continue
            known = self._close.get((word, cutoff))
            if known is None:
                return None  # not kept: the word may be expanded later in the run
            union.update(known)
        found = self._unions[key] = frozenset(union)
        return found

    def _keep(self, key: tuple[str, float, int, bool], readings: list[str]) -> None:
        word, cutoff, _, variants = key
        self._expanded[key] = readings
        # complete for every document: over the whole vocabulary, unfiltered, at a cutoff cdist keeps whole
        # (under 1, a score that rounds to 0 would be lost; extract keeps it).  Words too short to be fuzzy,
        # or digits, never come here (expand_many).
        if variants or cutoff < 1:
            return
        if self._pool_words is None:
            self._close[(word, cutoff)] = frozenset(readings)  # a set: a document meets it in one intersection
        elif self._whole is not None and self._domain is not None:
            # over a part, every word its sources hold was scored: exact for a document of the part, which the
            # whole index tells its documents' readers (close_readings with their source)
            self._whole._close_within.setdefault((word, cutoff), []).append((self._domain, frozenset(readings)))

    def _stored_as(self, key: tuple[str, float, int, bool]) -> str:
        word, cutoff, fuzzy_from, variants = key
        return f"{self.key}|{word}|{cutoff}|{fuzzy_from}|{int(variants)}{self.spelling if variants else ''}"

    def sources_with_word(
        self, word: str, cutoff: float, *, fuzzy_from: int = EXACT_BELOW, variants: bool = False
    ) -> Mask:
        """Sources with a reading equal to ``word``, or (from ``fuzzy_from`` letters) at ``ratio`` ≥ cutoff;
        with ``variants``, only the readings that may be spellings of it (``lexicon.may_be_variant``).

        A boolean mask over ``ids``: unions and intersections over thousands of
        sources stay in numpy.
        """
        key = (word, cutoff, fuzzy_from, variants)
        found = self._words.get(key)
        if found is not None:
            return found
        readings = [word] if word in self._rows else []
        readings.extend(self._expand(word, cutoff, fuzzy_from, variants))
        found = np.zeros(len(self.ids), dtype=bool)
        for reading in readings:
            found[self._postings(reading)] = True
        self._words[key] = found
        return found

    def sources_surely_naming(self, term: str) -> Mask:
        """The sources that certainly name ``term`` (a subset of those naming it): a one-word term whose word
        one of their tokens reads as it is (matching scores that 100, whatever the cutoff).  A term of more
        words needs them side by side in one sentence, which postings without positions cannot tell."""
        words = term_words(term)
        found = np.zeros(len(self.ids), dtype=bool)
        if len(words) == 1 and len(words[0]) >= ANY_CLITIC_FROM and words[0] in self._rows:
            found[self._postings(words[0])] = True
        return found

    def sources_naming(self, term: str, *, cutoff: float) -> Mask:
        """The sources in which ``may_name(term, …)`` holds (a superset of those naming it), as a mask."""
        words = term_words(term)
        if not words:
            return np.zeros(len(self.ids), dtype=bool)
        # matching takes a fuzzy look-alike of a name's word only as a spelling variant (text/lexicon: is_variant)
        result = self.sources_with_word(words[0], cutoff, fuzzy_from=SHORT_FUZZY, variants=True)
        for word in words[1:]:
            result = result & self.sources_with_word(word, cutoff, fuzzy_from=SHORT_FUZZY, variants=True)
        return result
