"""Per claim of a run, the sources it must be read in: the corpus index asked once per claim.

:mod:`factcheck.kinds.requirements` says what a claim needs a source to name;
this keeps, for the run, each claim's requirement and its mask over the
index, so that millions of (claim, source) pairs cost one mask per claim.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

from factcheck.claims.model import Claim
from factcheck.index import SHORT_FUZZY, CorpusIndex, Mask, term_words
from factcheck.kinds.requirements import (
    Requirement,
    WordsRequirement,
    candidate_mask,
    expansions_wanted,
    readers_expansions,
    requirement,
    words_requirement,
)

__all__ = ["NARROW_FROM", "Candidates"]

# A claim checked against at most 1/NARROW_FROM of the index's sources expands its words against theirs only.
NARROW_FROM = 20
# Narrowed indexes kept at once (each holds the masks of its words); an event file's claims share one.
_NARROWED_KEPT = 8


class Candidates:
    """Claims' requirements and candidate masks, by ``id(claim)`` (each entry holds its claim: no id is reused)."""

    def __init__(self) -> None:
        self._requirements: dict[int, tuple[Claim, Requirement | None, WordsRequirement | None]] = {}
        self._masks: dict[int, Mask] = {}
        self._narrowed: OrderedDict[bytes, CorpusIndex] = OrderedDict()
        self._few: dict[int, Claim] = {}
        self._expected: list[tuple[str, float]] = []  # scope terms of the claim files collected next (``expect``)

    def few(self, claim: Claim) -> None:
        """The run checks this claim against few sources: reading them is cheaper than expanding its words."""
        self._few[id(claim)] = claim

    def requirement(self, claim: Claim) -> tuple[Requirement | None, WordsRequirement | None]:
        found = self._requirements.get(id(claim))
        if found is None:
            names = requirement(claim)
            found = self._requirements[id(claim)] = (claim, names, words_requirement(claim) if names is None else None)
        return found[1], found[2]

    def asks_index(self, claim: Claim) -> bool:
        """Whether the index can answer for this claim (it has a requirement, and is not checked against few)."""
        return id(claim) not in self._few and any(self.requirement(claim))

    def mask(self, claim: Claim, index: CorpusIndex, positions: dict[str, int], within: list[str] | None) -> Mask:
        """Over the index's sources: True where the claim must be read.

        ``within``: the sources the claim is checked against (``positions``: theirs in the index).
        When they are a small part of the corpus, the claim's words are expanded against their
        vocabulary only (``CorpusIndex.within``), and the mask holds True for every other source:
        never wrong there, only not sharp.
        """
        found = self._masks.get(id(claim))
        if found is None:
            domain = _domain(len(index.ids), positions, within)
            target = index if domain is None else self._within(index, domain)
            found = self._masks[id(claim)] = self._mask_on(target, domain, claim)
        return found

    def _mask_on(self, target: CorpusIndex, domain: Mask | None, claim: Claim) -> Mask:
        found = candidate_mask(target, *self.requirement(claim))
        return found if domain is None else found | ~domain

    def prefetch(self, asked: list[tuple[Claim, list[str]]], index: CorpusIndex, positions: dict[str, int]) -> None:
        """The masks of every claim about to be split, with the words of the claims over the same sources
        expanded at once (``CorpusIndex.expand_many``): a hundred claims' words cost about what one word
        alone did.  So are the words the checkers will score in each document they read
        (``readers_expansions``), over the whole index.  Each part of the corpus is narrowed once, whatever
        the number of narrowed indexes kept for later claims."""
        groups: dict[bytes, tuple[Mask | None, list[Claim]]] = {}
        for claim, within in asked:
            if id(claim) in self._masks or not self.asks_index(claim):
                continue
            domain = _domain(len(index.ids), positions, within)
            key = b"" if domain is None else np.packbits(domain).tobytes()
            groups.setdefault(key, (domain, []))[1].append(claim)
        for domain, claims in groups.values():
            target = index if domain is None else self._within(index, domain)
            wanted = [key for claim in claims for key in expansions_wanted(*self.requirement(claim))]
            # the documents read take their close words from these expansions (an event file's, over its part)
            wanted += [key for claim in claims for key in readers_expansions(claim)]
            target.expand_many(wanted)
            for claim in claims:
                self._masks[id(claim)] = self._mask_on(target, domain, claim)

    def expect(self, terms: list[str], cutoff: float) -> None:
        """Scope terms that claim files collected later will ask for: expanded with the first file's terms that
        reach the whole corpus's index (``prefetch_terms``), in one ``cdist`` a pool instead of one a file."""
        self._expected.extend((term, cutoff) for term in terms)

    def prefetch_terms(self, index: CorpusIndex, terms: list[str], cutoff: float, *, whole: bool) -> None:
        """The words of a scope's terms, expanded as ``index.sources_naming`` asks for them, and the words a
        document matches first for each term (``matching.find``): the documents read to decide a scope take
        their close words from there (``Analysis.close_keys``).  ``whole``: the index is the whole corpus's, and
        the terms ``expect``ed are expanded too (over an event file's part of the corpus they would be wrong)."""
        asked = [(term, cutoff) for term in terms]
        if whole:
            asked, self._expected = asked + self._expected, []
        wanted: list[tuple[str, float, int, bool]] = []
        for term, at in asked:
            if words := term_words(term):
                wanted += [(word, at, SHORT_FUZZY, True) for word in words] + [(words[0], at, SHORT_FUZZY, False)]
        index.expand_many(wanted)

    def _within(self, index: CorpusIndex, domain: Mask) -> CorpusIndex:
        """``index.within(domain)``, kept for the next claims over the same sources (an event file's)."""
        key = np.packbits(domain).tobytes()
        found = self._narrowed.pop(key, None)
        if found is None:
            found = index.within(domain)
        self._narrowed[key] = found
        if len(self._narrowed) > _NARROWED_KEPT:
            self._narrowed.popitem(last=False)
        return found


def _domain(size: int, positions: dict[str, int], within: list[str] | None) -> Mask | None:
    """The sources as a mask over the index, when they are few enough to expand words against alone."""
    if within is None or len(within) * NARROW_FROM > size:
        return None
    domain = np.zeros(size, dtype=bool)
    domain[[positions[sid] for sid in within if sid in positions]] = True
    return domain
