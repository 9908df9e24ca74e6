"""A claim laid against the clause that may say it: which words match, which differ, each side's polarity.

``compare`` is what both the verdict (``judge``) and the stance model's
features (``features``) read: the claim's content words matched in the
source, the window of the source around them, the words only one side has,
and the polarity of the claim and of the source clause that governs the
matched words (``scope``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.kinds.statement.modality import markers
from factcheck.kinds.statement.scope import NEGATION_SCOPE, claim_negation_found, negated_head, npi_negator, scope
from factcheck.kinds.statement.words import content_words, weight, word_similarity
from factcheck.read.negation import negators, polarity

__all__ = ["WINDOW_AFTER", "WINDOW_BEFORE", "Pair", "compare"]

# Tokens around the matched words that the judgement looks at.
WINDOW_BEFORE = 4
WINDOW_AFTER = 4


@dataclass(frozen=True, slots=True)
class Pair:
    claim: list[str]  # claim tokens
    source: list[str]  # the window of the sentence around the matched words
    clause: list[str]  # ... reaching back to the negators that may govern them
    claim_only: list[str]
    source_only: list[str]
    recall: float  # 0–100
    precision: float  # 0–100, of the window's content words
    claim_polarity: int
    source_polarity: int
    source_negators: list[str]
    negation_anchored: bool  # the negation bears on what both sides say (see compare)
    unasserted: list[str] = field(default_factory=list)  # words that leave open whether the matched words happened
    # what the source's negators that govern the matched words negate (``scope.negated_head``: «لم يخف مبابي فخره»
    # negates يخف); none for a negator an «أي» points back to, which negates the claim's word after the «أي»
    negated: list[str] = field(default_factory=list)
    following: str = ""  # the sentence's word right after the window (the noun a number at its end counts)


def compare(
    claim_tokens: list[str], sentence_tokens: list[str], word_cutoff: float, values: dict[int, float] | None = None
) -> Pair:
    """The claim's tokens against a sentence's (``values``: the amount of each number token)."""
    cw = content_words(claim_tokens)
    best: list[tuple[float, int]] = []
    for w in cw:
        b = (0.0, -1)
        if w.isdigit() and values:
            # a number meets the same amount however the source writes it
            same = [j for j, v in values.items() if v == float(w)]
            if same:
                best.append((100.0, min(same)))
                continue
        for j, t in enumerate(sentence_tokens):
            s = word_similarity(w, t)
            if s > b[0]:
                b = (s, j)
        best.append(b if b[0] >= word_cutoff else (0.0, -1))
    matched = [j for _, j in best if j >= 0]
    if matched:
        lo = max(0, min(matched) - WINDOW_BEFORE)
        hi = min(len(sentence_tokens), max(matched) + 1 + WINDOW_AFTER)
        window = sentence_tokens[lo:hi]
        following = sentence_tokens[hi] if hi < len(sentence_tokens) else ""
    else:
        following = ""
        window = list(sentence_tokens)
    weights = [weight(w) for w in cw]
    total = sum(weights) or 1.0
    recall = sum(b[0] * w for b, w in zip(best, weights)) / total
    sw = content_words(window)
    source_only = [t for t in sw if not any(word_similarity(w, t) >= word_cutoff for w in cw)]
    precision = 100.0 * (len(sw) - len(source_only)) / len(sw) if sw else 0.0
    claim_only = [w for w, b in zip(cw, best) if b[1] < 0]
    neg_idx = negators(window)
    # Polarity reads further back than the window: a negator may stand before
    # the verb and its subject ("لم يعلن الطرفان في ختام القمة عن التوصل ...").
    if matched:
        far = npi_negator(sentence_tokens, matched)
        p_lo = max(0, min(matched) - NEGATION_SCOPE)
        if far is not None:
            p_lo = min(p_lo, far)
        p_window = sentence_tokens[p_lo:hi]
        p_matched = {j - p_lo for j in matched}
        p_neg = negators(p_window)
        # Source negators that govern a matched word.
        governing = {i for i in p_neg if any(j in p_matched for j in scope(p_window, i))}
        # an «أي» points back to its negator from the claim's word (``npi_negator``): that one negates it
        negated = [] if far is not None else [h for i in sorted(governing) if (h := negated_head(p_window, i))]
        if far is not None:
            governing.add(far - p_lo)
    else:
        negated = []
        p_window, p_matched, governing = window, set(), set(neg_idx)
    open_ = [p_window[i] for i in markers(p_window) if any(j in p_matched for j in scope(p_window, i))]
    claim_polarity = polarity(claim_tokens)
    source_polarity = polarity(p_window, keep=governing)
    return Pair(
        claim=claim_tokens,
        source=window,
        clause=p_window,
        claim_only=claim_only,
        source_only=source_only,
        recall=recall,
        precision=precision,
        claim_polarity=claim_polarity,
        source_polarity=source_polarity,
        source_negators=[window[i] for i in neg_idx],
        negation_anchored=(
            claim_negation_found(claim_tokens, claim_only, p_window)
            if claim_polarity < source_polarity
            else bool(governing)
        ),
        unasserted=open_,
        following=following,
        negated=negated,
    )
