"""Where a document says a claim: the sentences (or two adjacent ones) that best cover its words.

``align(query, analysis, *, score_cutoff, limit)``, shaped like
``rapidfuzz.process`` (query first, then the choices, options keyword-only).
Only sentences sharing a word with the claim are scored, found through the
document's inverted index (``Analysis.vocabulary``), so long documents cost
little.  The score (0–100) is the claim's weighted token recall: each content
word of the claim scores its best fuzzy match (rapidfuzz ``ratio`` on
clitic-stripped readings) among the span's tokens.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.analysis import Analysis
from factcheck.document import Document
from factcheck.kinds.statement.compare import WINDOW_AFTER
from factcheck.kinds.statement.scope import NEGATION_SCOPE, npi_negator
from factcheck.kinds.statement.words import (
    MIN_FUZZY_LEN,
    WORD_CUTOFF,
    claim_amounts,
    claim_tokens,
    content_words,
    readings,
    weight,
    word_similarity,
)

__all__ = [
    "DEFAULT_ALIGN_CUTOFF",
    "DEFAULT_LIMIT",
    "MIN_MATCHED_WORDS",
    "SCORE_DECIMALS",
    "Candidate",
    "align",
    "focus_span",
]

# Claim recall (0–100) below which a sentence does not mention the claim.  Chosen
# on ANS train: at 25, 97.7 % of the related pairs are kept and 99.2 % of the
# unrelated (randneg) pairs are rejected.
DEFAULT_ALIGN_CUTOFF = 25.0
# ... and a span must match at least this many of the claim's content words
# (all of them when the claim has fewer): one shared name is not a mention.
MIN_MATCHED_WORDS = 2
# A two-sentence span must beat the best single sentence by this much.
PAIR_GAIN = 10.0
# The shortest window (tokens) the matched words of a claim must fit in (see focus_span).
FOCUS_MIN_SPAN = 10
# ... else about two tokens per content word (the stopwords and function words
# between them) plus a few for the words around the claim's first and last.
FOCUS_TOKENS_PER_WORD = 2
FOCUS_EXTRA_TOKENS = 4
# How many spans align returns by default: the best and its close rivals.
DEFAULT_LIMIT = 3
# Claims' words and words' readings remembered (a claim is aligned in every document read for it).
_WORDS_CACHE = 1 << 14
# Scores are reported to one decimal: finer differences are noise in a fuzzy ratio.
SCORE_DECIMALS = 1


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence, or two adjacent ones, that covers the claim.

    ``start``/``end`` are NORMALIZED offsets in the document; ``matched`` are
    the token indices that matched a claim word; ``focus`` is the clause that
    says it (the matched words and a few tokens around them), what ``judge``
    reads and what the evidence quotes.
    """

    first_sentence: int
    last_sentence: int  # inclusive
    start: int
    end: int
    score: float
    matched: tuple[int, ...]
    text: str
    words: int  # how many of the claim's content words matched
    focus_start: int  # the matched words, NEGATION_SCOPE tokens before (or back to a far negator), WINDOW_AFTER after
    focus_end: int
    focus: str  # normalized, as the document's text


def _claim_hits(
    words: Sequence[str], analysis: Analysis, cutoff: float, amounts: frozenset[str] = frozenset()
) -> list[dict[int, float]]:
    """For each claim word, the document tokens it matches and how well, via the inverted index."""
    document = analysis.document
    vocab = analysis.vocabulary
    out: list[dict[int, float]] = []
    for w in words:
        hits: dict[int, float] = {}
        if w in amounts:
            # A number is a slot: "منذ 80 عاما" (or "منذ ثمانين عاما") is where a
            # claim of "50 عاما" is said, and judged a clash; an equal number,
            # however written, matches fully.  Days and years of dates are no amounts.
            for idx, value in analysis.amounts.items():
                hits[idx] = 100.0 if value == float(w) else cutoff
        # Suffix-stripped forms are not vocabulary keys: also look up the stem's readings.
        for key in analysis.keys_close_to_any(_tried(w), cutoff, MIN_FUZZY_LEN):
            for idx in vocab[key]:
                if idx in hits:
                    continue
                s = word_similarity(w, document.tokens[idx].text)
                if s >= cutoff:
                    hits[idx] = s
        out.append(hits)
    return out


@lru_cache(maxsize=_WORDS_CACHE)
def _tried(word: str) -> frozenset[str]:
    """The readings a claim word is looked up in: its own and its stems'."""
    return readings(word) | {word}


@lru_cache(maxsize=_WORDS_CACHE)
def _claim_words(query: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A claim's content words and its amounts: the same for every document it is aligned in."""
    return tuple(content_words(claim_tokens(query))), claim_amounts(query)


def align(
    query: str,
    analysis: Analysis,
    *,
    score_cutoff: float = DEFAULT_ALIGN_CUTOFF,
    limit: int = DEFAULT_LIMIT,
    word_cutoff: float = WORD_CUTOFF,
    sentences: Iterable[int] | None = None,
) -> list[Candidate]:
    """The best spans for ``query``, best first, each scoring at least ``score_cutoff``.

    ``sentences`` restricts the search (e.g. to sentences naming an ``about`` word).
    """
    words, amounts = _claim_words(query)
    if not words:
        return []
    document = analysis.document
    hits = _claim_hits(words, analysis, word_cutoff, amounts)
    weights = [weight(w) / _spread(document, h) for w, h in zip(words, hits)]
    total = sum(weights)
    allowed = set(sentences) if sentences is not None else None
    per_sentence: dict[int, list[tuple[int, int, float]]] = {}
    for k, h in enumerate(hits):
        for idx, s in h.items():
            sent = document.tokens[idx].sentence
            if allowed is not None and sent not in allowed:
                continue
            per_sentence.setdefault(sent, []).append((idx, k, s))
    for row in per_sentence.values():
        row.sort()
    span = focus_span(len(words))
    need = min(MIN_MATCHED_WORDS, len(words))

    def may_pass(row: list[tuple[int, int, float]]) -> bool:
        ceiling, words_hit = _ceiling(row, weights, total)
        return round(ceiling, SCORE_DECIMALS) >= score_cutoff and words_hit >= need

    singles: dict[int, float] = {}

    def single(sent: int) -> float:  # a sentence's own best, asked only beside a pair that may pass
        if sent not in singles:
            singles[sent] = _best_window(per_sentence[sent], weights, total, span)[0]
        return singles[sent]

    found: list[Candidate] = []
    for sent, row in per_sentence.items():
        if may_pass(row):
            score, matched, n = _best_window(row, weights, total, span)
            singles[sent] = score
            found.append(_candidate(document, sent, sent, score, matched, n))
    for sent, row in per_sentence.items():
        nxt = per_sentence.get(sent + 1)
        if nxt is None or not may_pass(row + nxt):
            continue
        score, matched, n = _best_window(row + nxt, weights, total, span)
        if score >= max(single(sent), single(sent + 1)) + PAIR_GAIN:
            found.append(_candidate(document, sent, sent + 1, score, matched, n))
    found = [c for c in found if c.score >= score_cutoff and c.words >= need]
    found.sort(key=lambda c: (-c.score, c.last_sentence - c.first_sentence, c.start))
    return found[:limit]


def _spread(document: Document, hits: dict[int, float]) -> float:
    """How little a claim word tells where the claim is said: 1 + ln(sentences it occurs in).

    In an article about the summit, "القمة" and "بوتين" are in every other
    sentence; a sentence that shares only such words with the claim is about
    the same event, not the same statement.  A word found in one sentence
    (or none) keeps its full weight, so a one-sentence source is scored as
    before.
    """
    sentences = {document.tokens[i].sentence for i in hits}
    return 1.0 + math.log(max(1, len(sentences)))


def focus_span(n_words: int) -> int:
    """Tokens within which a claim's matched words must lie to count together.

    A claim of n content words is said in a clause of about 2n tokens (the
    stopwords and clitic-free function words between them); matches spread over
    a long sentence are words of other clauses, not the claim.
    """
    return max(FOCUS_MIN_SPAN, FOCUS_TOKENS_PER_WORD * n_words + FOCUS_EXTRA_TOKENS)


def _ceiling(
    hits: Sequence[tuple[int, int, float]], weights: Sequence[float], total: float
) -> tuple[float, int]:
    """What no window of these hits can beat: (weighted recall of each word's best hit anywhere, words hit).

    Most sentences that share a word with a claim share one or two common ones; their windows need not
    be searched when the whole sentence could not reach the cutoff.  Summed in ``_best_window``'s order,
    so the bound holds in floating point too (a sum of larger terms in the same order is never smaller).
    """
    best = [0.0] * len(weights)
    for _, k, s in hits:
        if s > best[k]:
            best[k] = s
    return sum(b * w for b, w in zip(best, weights)) / total, sum(b > 0.0 for b in best)


def _best_window(
    hits: Sequence[tuple[int, int, float]], weights: Sequence[float], total: float, span: int
) -> tuple[float, tuple[int, ...], int]:
    """(weighted recall, matched tokens, words matched) of the best run of ``span`` tokens.

    ``hits`` are (token index, claim word, score), sorted by token index.
    Ties go to the tighter window.
    """
    best: tuple[float, int, tuple[int, ...], int] = (0.0, 0, (), 0)
    n = len(weights)
    for i, (first, _, _) in enumerate(hits):
        row = [(0.0, -1)] * n
        for idx, k, s in hits[i:]:
            if idx >= first + span:
                break
            if s > row[k][0]:
                row[k] = (s, idx)
        score = sum(b[0] * w for b, w in zip(row, weights)) / total
        matched = tuple(sorted({b[1] for b in row if b[1] >= 0}))
        width = matched[-1] - matched[0] if matched else 0
        if (score, -width) > (best[0], -best[1]):
            best = (score, width, matched, sum(b[1] >= 0 for b in row))
    return best[0], best[2], best[3]


def _candidate(
    document: Document, first: int, last: int, score: float, matched: tuple[int, ...], words: int
) -> Candidate:
    a, b = document.sentences[first], document.sentences[last]
    start = document.tokens[a.first_token].start
    end = document.tokens[b.last_token - 1].end
    if matched:
        lo = max(a.first_token, matched[0] - NEGATION_SCOPE)
        hi = min(b.last_token - 1, matched[-1] + WINDOW_AFTER)
        words_of_span = [t.text for t in document.tokens[a.first_token:b.last_token]]
        far = npi_negator(words_of_span, [j - a.first_token for j in matched])
        if far is not None:
            lo = min(lo, a.first_token + far)
        f_start, f_end = document.tokens[lo].start, document.tokens[hi].end
    else:
        f_start, f_end = start, end
    return Candidate(
        first, last, start, end, round(score, SCORE_DECIMALS), matched, document.text[start:end], words,
        f_start, f_end, document.text[f_start:f_end],
    )
