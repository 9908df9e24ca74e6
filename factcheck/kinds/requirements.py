"""What a claim needs a source to name before its checker can say anything but ``not_mentioned``.

A mention claim says nothing about a source that names neither its ``any``
names nor its ``not`` rivals, nor, when it has ``about`` words, about a source
that names a rival but no ``about`` word (a rival counts only in the clause of
one, contract §1: most rivals a corpus names are about something else); a quantity or date claim nothing about one that
names none of its ``about`` words (with their indefinite forms), or, when it has ``near`` words, none of
those (``kinds.near``), nor a
statement claim with ``about``; a statement claim is not found in a source
that holds fewer than two of its content words (``align``'s
``MIN_MATCHED_WORDS``, in any reading the aligner tries), nor in one whose
words could not reach ``align``'s weighted recall even if every one matched
fully (60 % of the claim's weight in an article, 25 % in a headline).  The engine asks
the corpus index which sources could hold them and gives the others, without
reading them, the very ``Finding`` the checker would give
(``tests/test_index.py`` holds the two paths to the same verdicts).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from factcheck.claims.model import Claim, DateClaim, MentionClaim, QuantityClaim, StatementClaim
from factcheck.index import SHORT_FUZZY, CorpusIndex, Mask, term_words
from factcheck.kinds.near import absent_reason
from factcheck.kinds.quantity import naming_words
from factcheck.kinds.statement import GIVEN_MAX_TOKENS, align_cutoff, names_its_sources, word_cutoff
from factcheck.kinds.statement.align import MIN_MATCHED_WORDS
from factcheck.kinds.statement.words import (
    MIN_FUZZY_LEN,
    claim_amounts,
    claim_tokens,
    content_words,
    readings,
    weight,
)
from factcheck.matching import about_queries
from factcheck.verdicts import Finding, Verdict

__all__ = [
    "Requirement", "WordsRequirement", "candidate_mask", "expansions_wanted", "readers_expansions", "requirement",
    "words_requirement",
]

# A recall within this of the cutoff may still round up to it (align reports one decimal).
_ROUNDING = 0.1


@dataclass(frozen=True, slots=True)
class Requirement:
    """A source must name one of ``terms`` (at ``cutoff``), or one of ``rivals`` with one of ``context`` (when
    given) and one of ``rival_near`` (when given), and, when given, one of ``near`` too; else ``absent`` is its
    finding."""

    terms: tuple[str, ...]
    cutoff: float
    absent: Finding
    rivals: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    rival_near: tuple[str, ...] = ()  # a mention claim's near: its rivals count only beside one of those

    @property
    def all_terms(self) -> tuple[str, ...]:
        return (*self.terms, *self.rivals, *self.context, *self.near, *self.rival_near)


@dataclass(frozen=True, slots=True)
class WordsRequirement:
    """A source must hold ``need`` of the claim's words (each given as the readings tried).

    ``free`` words (the claim's amounts) may match any number of the source,
    so they are counted as held.  The checker's finding depends on the
    source's length (an article is held to a higher bar than a headline).
    """

    words: tuple[tuple[str, ...], ...]
    need: int
    free: int
    cutoff: float
    fuzzy_from: int
    absent_short: Finding
    absent_long: Finding
    long_from: int  # more tokens than this: the long-source finding
    # align's weighted recall: a span can at best match every word the source holds, fully, at the
    # word's whole weight (its spread in the source only lowers it); below the cutoff it is not found
    weights: tuple[float, ...] = ()  # as ``words``
    free_weight: float = 0.0
    total: float = 1.0
    short_cutoff: float = 0.0  # the recall (0–100) a span needs in a source of at most long_from tokens
    long_cutoff: float = 0.0


def requirement(claim: Claim) -> Requirement | None:
    if isinstance(claim, MentionClaim):  # with near, a rival counts only beside one of those (kinds.mention)
        absent = Finding(Verdict.NOT_MENTIONED, reason=f"names none of {', '.join(claim.any)}")
        if claim.not_ and (claim.about or claim.near):
            return Requirement(tuple(claim.any), claim.threshold, absent, tuple(claim.not_), about_queries(claim.about),
                               rival_near=about_queries(claim.near))
        return Requirement((*claim.any, *claim.not_), claim.threshold, absent)
    if isinstance(claim, (QuantityClaim, DateClaim)):
        about = naming_words(claim) if isinstance(claim, QuantityClaim) else claim.about  # a count's duals (read.duals)
        return Requirement(  # with near, a figure counts only beside one of those (kinds.near)
            about_queries(about), claim.threshold, Finding(Verdict.NOT_MENTIONED, reason=absent_reason(claim)),
            near=about_queries(claim.near),
        )
    if isinstance(claim, StatementClaim) and claim.about:
        return Requirement(
            about_queries(claim.about), claim.threshold,
            Finding(Verdict.NOT_MENTIONED, reason=f"no sentence names {', '.join(claim.about)}"),
        )
    return None


def words_requirement(claim: Claim) -> WordsRequirement | None:
    """For a statement claim without ``about``: the words ``align`` must find two of."""
    if not isinstance(claim, StatementClaim) or claim.about:
        return None
    words = content_words(claim_tokens(claim.says))
    if not words:
        return None
    amounts = claim_amounts(claim.says)
    short, long = (  # a short source is read as given only when the claim names its sources
        align_cutoff(claim.threshold, retrieved=not names_its_sources(claim)), align_cutoff(claim.threshold, retrieved=True)
    )
    return WordsRequirement(
        words=tuple(tuple(sorted(readings(w) | {w})) for w in words if w not in amounts),
        need=min(MIN_MATCHED_WORDS, len(words)),
        free=sum(w in amounts for w in words),
        weights=tuple(weight(w) for w in words if w not in amounts),
        free_weight=sum(weight(w) for w in words if w in amounts),
        total=sum(weight(w) for w in words),
        short_cutoff=short,
        long_cutoff=long,
        cutoff=word_cutoff(claim.threshold),
        fuzzy_from=MIN_FUZZY_LEN,
        absent_short=Finding(Verdict.NOT_MENTIONED, reason=f"no sentence covers {short:.0f}% of the claim's words"),
        absent_long=Finding(Verdict.NOT_MENTIONED, reason=f"no sentence covers {long:.0f}% of the claim's words"),
        long_from=GIVEN_MAX_TOKENS,
    )


def expansions_wanted(names: Requirement | None, words: WordsRequirement | None) -> Iterator[tuple[str, float, int, bool]]:
    """The words ``candidate_mask`` expands against the index, as ``CorpusIndex.expand_many`` takes them."""
    if names is not None:
        for term in names.all_terms:
            yield from ((word, names.cutoff, SHORT_FUZZY, True) for word in term_words(term))
    elif words is not None and words.free < words.need:
        for alternatives in words.words:
            yield from ((reading, words.cutoff, words.fuzzy_from, False) for reading in alternatives)


def readers_expansions(claim: Claim) -> Iterator[tuple[str, float, int, bool]]:
    """The words the checkers score against each document they read (``Analysis.close_keys``): a statement's
    content words, the first word of a name or ``about`` word.  Expanded over the corpus with the masks,
    they spare each document scoring them against its every word."""
    if isinstance(claim, StatementClaim):
        cutoff = word_cutoff(claim.threshold)
        for word in content_words(claim_tokens(claim.says)):
            yield from ((reading, cutoff, MIN_FUZZY_LEN, False) for reading in readings(word) | {word})
    names = requirement(claim)
    terms = [*names.terms, *names.rivals, *names.near, *names.rival_near] if names is not None else []
    if isinstance(claim, MentionClaim):  # its about words, and the event's words its rivals stand beside (kinds.near)
        terms += about_queries([*claim.about, *claim.anchors])
    for term in terms:
        words = term_words(term)
        if words:
            yield words[0], claim.threshold, SHORT_FUZZY, False


def candidate_mask(index: CorpusIndex, names: Requirement | None, words: WordsRequirement | None) -> Mask:
    """The sources that may satisfy a requirement (a superset), as a mask over the index."""
    size = len(index.ids)
    if names is not None:
        found = np.zeros(size, dtype=bool)
        for term in names.terms:
            found |= index.sources_naming(term, cutoff=names.cutoff)
        if names.rivals:
            rivals = np.zeros(size, dtype=bool)
            for term in names.rivals:
                rivals |= index.sources_naming(term, cutoff=names.cutoff)
            for beside in (names.context, names.rival_near):
                if beside:
                    rivals &= np.logical_or.reduce([index.sources_naming(term, cutoff=names.cutoff) for term in beside])
            found |= rivals
        if names.near:
            near = np.zeros(size, dtype=bool)
            for term in names.near:
                near |= index.sources_naming(term, cutoff=names.cutoff)
            found &= near
        return found
    assert words is not None
    if words.free >= words.need:
        return np.ones(size, dtype=bool)
    held = np.zeros(size, dtype=np.int32)
    held_weight = np.full(size, words.free_weight, dtype=np.float64)
    for alternatives, word_weight in zip(words.words, words.weights):
        word_found = np.zeros(size, dtype=bool)
        for reading in alternatives:
            word_found |= index.sources_with_word(reading, words.cutoff, fuzzy_from=words.fuzzy_from)
        held += word_found
        held_weight += word_weight * word_found
    # the best recall a span could reach (align rounds its scores to one decimal, hence the margin)
    best = 100.0 * held_weight / words.total
    cutoff = np.where(index.tokens > words.long_from, words.long_cutoff, words.short_cutoff)
    return np.asarray((held + words.free >= words.need) & (best >= cutoff - _ROUNDING))
