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

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from factcheck.text.morphology import stems, tokenize
from factcheck.text.normalize import normalize_query, normalize_text

__all__ = ["Vocabulary", "may_name", "vocabulary"]

Vocabulary = frozenset[str]

# Below this many letters matching is exact (matching.EXACT_BELOW, kept equal by a test).
_EXACT_BELOW = 5
_LAM_ARTICLE = ("ولل", "فلل", "لل")


def _readings(word: str) -> Iterable[str]:
    yield from stems(word)
    for head in _LAM_ARTICLE:
        if word.startswith(head) and len(word) > len(head) + 1:
            yield "ال" + word[len(head):]


def vocabulary(text: str) -> Vocabulary:
    """Every reading of every word of a raw source text (normalized here)."""
    out: set[str] = set()
    for word in set(tokenize(normalize_text(text))):
        out.update(_readings(word))
    return frozenset(out)


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
