"""A cheap, conservative look at a source before it is read in depth.

Most sources of a news corpus are about other events.  Before a source is
normalized with its offset map, split into sentences and searched, its
vocabulary (every clitic reading of every word, from the map-free
normalization) tells whether a scope term *could* be named in it.  The test
is a superset of :mod:`factcheck.matching`: a word that matching could
accept is always reported possible (exact readings, fuzzy ``ratio`` at the
cutoff, ``لل`` read as ``ال``), so a source rejected here would have been
rejected by the full check too; ``tests/test_index.py`` holds both to the
same decisions.  Each (term word, vocabulary word) pair is scored once per
run, however many sources share the word.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from factcheck.text.morphology import article_reading, stems, tokenize
from factcheck.text.normalize import normalize_query, normalize_text

__all__ = ["CorpusIndex", "Vocabulary", "may_name", "vocabulary"]

Vocabulary = frozenset[str]
Mask = npt.NDArray[np.bool_]

# Below this many letters matching is exact (matching.EXACT_BELOW, kept equal by a test).
_EXACT_BELOW = 5
def _readings(word: str) -> Iterable[str]:
    """The readings matching meets a word by (text/morphology: stems and the لل article)."""
    yield from stems(word)
    with_article = article_reading(word)
    if with_article is not None:
        yield with_article


def vocabulary(text: str) -> Vocabulary:
    """Every reading of every word of a raw source text (normalized here)."""
    out: set[str] = set()
    for word in set(tokenize(normalize_text(text))):
        out.update(_readings(word))
    return frozenset(sys.intern(w) for w in out)


@lru_cache(maxsize=4096)
def _term_words(term: str) -> tuple[str, ...]:
    return tuple(tokenize(normalize_query(term)))


def _word_may_match(word: str, vocab: Vocabulary, cutoff: float) -> bool:
    if word in vocab:
        return True
    if len(word) < _EXACT_BELOW:
        return False
    return process.extractOne(word, vocab, scorer=fuzz.ratio, score_cutoff=cutoff) is not None


def may_name(term: str, vocab: Vocabulary, *, cutoff: float) -> bool:
    """Whether every word of ``term`` may be met by some word of the vocabulary."""
    words = _term_words(term)
    return bool(words) and all(_word_may_match(w, vocab, cutoff) for w in words)


# A fuzzy ratio of ``cutoff`` bounds the length of a matching word: 2·min/(a+b) ≥ cutoff/100.
def _length_range(length: int, cutoff: float) -> range:
    share = max(cutoff, 1.0) / 100
    low = int(length * share / (2 - share))
    high = int(length * (2 - share) / share) + 1
    return range(max(low, 1), high + 1)


class CorpusIndex:
    """Postings from every reading of the corpus vocabulary to the sources that hold it.

    Built once per run over the sources a run checks in bulk; each claim
    word is then expanded once against the corpus vocabulary (exact for
    short words, rapidfuzz ``ratio`` within the lengths that can reach the
    cutoff for the others) instead of once per source.
    """

    def __init__(self, ids: Sequence[str], vocabularies: Iterable[Vocabulary]) -> None:
        self.ids = list(ids)
        postings: dict[str, array[int]] = {}
        for n, vocab in enumerate(vocabularies):
            for word in vocab:
                found = postings.get(word)
                if found is None:
                    postings[word] = found = array("i")
                found.append(n)
        self.postings = {word: np.frombuffer(found, dtype=np.int32) for word, found in postings.items()}
        by_length: dict[int, list[str]] = {}
        by_start: dict[tuple[int, str], list[str]] = {}
        for word in postings:
            by_length.setdefault(len(word), []).append(word)
            by_start.setdefault((len(word), word[0]), []).append(word)
        self._by_length = by_length
        self._by_start = by_start
        self._words: dict[tuple[str, float, int, bool], Mask] = {}

    def sources_with_word(
        self, word: str, cutoff: float, *, fuzzy_from: int = _EXACT_BELOW, same_start: bool = False
    ) -> Mask:
        """Sources with a reading equal to ``word``, or (from ``fuzzy_from`` letters) at ``ratio`` ≥ cutoff.

        A boolean mask over ``ids``: unions and intersections over thousands of
        sources stay in numpy.
        """
        key = (word, cutoff, fuzzy_from, same_start)
        found = self._words.get(key)
        if found is not None:
            return found
        readings = [word] if word in self.postings else []
        if len(word) >= fuzzy_from and not word.isdigit():
            for length in _length_range(len(word), cutoff):
                pool = self._by_start.get((length, word[0])) if same_start else self._by_length.get(length)
                if pool:
                    scores = process.cdist([word], pool, scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1)
                    readings.extend(pool[i] for i in np.flatnonzero(scores[0]) if pool[i] != word)
        found = np.zeros(len(self.ids), dtype=bool)
        for reading in readings:
            found[self.postings[reading]] = True
        self._words[key] = found
        return found

    def sources_naming(self, term: str, *, cutoff: float) -> Mask:
        """The sources in which ``may_name(term, …)`` holds (a superset of those naming it), as a mask."""
        words = _term_words(term)
        if not words:
            return np.zeros(len(self.ids), dtype=bool)
        # a name's fuzzy variants keep its first letter (text/lexicon: is_variant)
        result = self.sources_with_word(words[0], cutoff, same_start=True)
        for word in words[1:]:
            result = result & self.sources_with_word(word, cutoff, same_start=True)
        return result
