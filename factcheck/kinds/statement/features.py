"""The stance model's features of a (claim, source) pair.

``pair_features`` is the one function both the trainer
(``benchmarks/train_stance.py``) and the checker apply, so the model sees at
run time exactly what it was fit on.  Any change to what it computes must
bump ``FEATURES_VERSION``: the shipped model records the version it was
trained on and refuses to load under another (``model.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from factcheck.kinds.statement.clash import Clash, number_clash, numbers_of
from factcheck.kinds.statement.compare import Pair, compare
from factcheck.kinds.statement.words import WORD_CUTOFF, claim_tokens, source_tokens, word_similarity
from factcheck.read.negation import negators
from factcheck.text.morphology import stems

__all__ = ["FEATURES_VERSION", "features", "pair_features"]

# The version of what pair_features computes; bump it with any change to the
# features (names, values, blocks), and retrain with benchmarks/train_stance.py.
FEATURES_VERSION = 1

# Character n-grams of a differing word, from bigrams (a fragment of a root)
# to 5-grams (most of a short word with its boundary marks).
NGRAM_MIN = 2
NGRAM_MAX = 5
# Pairs of a claim-only with a source-only word: the first few of each, enough
# for the substitutions of a headline, bounded so that a long window does not
# flood the model with pairs.
PAIRED_CLAIM_WORDS = 6
PAIRED_SOURCE_WORDS = 8
# ... and the pair of their first letters: the root of most words once the
# article and clitics are dropped (أعلى/أدنى → اعل|ادن).
PAIR_PREFIX = 3
# The counts of differing words saturate here: beyond, the sentence is about
# something else, not a different version of the claim.
CLAIM_ONLY_SATURATION = 6
SOURCE_ONLY_SATURATION = 10
# Recall and precision are percentages; the model takes them as fractions.
PERCENT = 100
# How alike the closest differing words are, in buckets of this many points
# (0–4, 5 for equal): a variant spelling rather than a substitution.
NEAR_BUCKET = 20


def _key(word: str) -> str:
    """A canonical form for features: the article and its clitics dropped."""
    for r in stems(word):
        if r != word and word[: len(word) - len(r)].endswith(("ال", "لل")):
            return r
    return word


def _ngrams(word: str, lo: int = NGRAM_MIN, hi: int = NGRAM_MAX) -> Iterable[str]:
    w = f"<{word}>"
    for n in range(lo, hi + 1):
        for i in range(len(w) - n + 1):
            yield w[i:i + n]


def pair_features(claim: str | list[str], source: str | list[str], *, word_cutoff: float = WORD_CUTOFF) -> dict[str, float]:
    """Sparse features of a (claim, source) pair for the stance model.

    Blocks: char n-grams (2–5) of the words only in the claim (``c:``) and only
    in the source (``s:``), whole such words (``cw:``/``sw:``), pairs of a
    claim-only word with a source-only word (``p:``), negators on each side,
    polarity and number mismatch, and overlap ratios.
    """
    ct = claim if isinstance(claim, list) else list(claim_tokens(claim))
    st, values = (source, None) if isinstance(source, list) else source_tokens(source)
    pair = compare(ct, st, word_cutoff, values)
    return features(pair, number_clash(" ".join(pair.claim), " ".join(pair.source)))


def features(pair: Pair, clash: Clash | None) -> dict[str, float]:
    """The features of a compared pair; ``clash`` is its ``number_clash``, computed once by the caller."""
    f: dict[str, float] = {}

    def add(name: str, value: float = 1.0) -> None:
        f[name] = f.get(name, 0.0) + value

    co = [_key(w) for w in pair.claim_only]
    so = [_key(w) for w in pair.source_only]
    for block, words in (("c", co), ("s", so)):
        if not words:
            add(f"{block}:none")
        grams: dict[str, float] = {}
        for w in words:
            add(f"{block}w:{w}")
            for g in _ngrams(w):
                grams[g] = 1.0
        scale = 1.0 / math.sqrt(len(grams)) if grams else 0.0
        for g in grams:
            add(f"{block}:{g}", scale)
    for a in co[:PAIRED_CLAIM_WORDS]:
        for b in so[:PAIRED_SOURCE_WORDS]:
            add(f"p:{a}|{b}")
            add(f"pp:{a[:PAIR_PREFIX]}|{b[:PAIR_PREFIX]}")
    for n in pair.source_negators:
        add(f"sn:{n}")
    for i in negators(pair.claim):
        add(f"cn:{pair.claim[i]}")
    if pair.claim_polarity != pair.source_polarity:
        add("polarity_mismatch")
    if clash:
        add("number_mismatch")
    elif numbers_of(" ".join(pair.claim)):
        add("number_match")
    add("recall", pair.recall / PERCENT)
    add("precision", pair.precision / PERCENT)
    add("n_claim_only", min(len(co), CLAIM_ONLY_SATURATION) / CLAIM_ONLY_SATURATION)
    add("n_source_only", min(len(so), SOURCE_ONLY_SATURATION) / SOURCE_ONLY_SATURATION)
    # how close the differing words are to each other (a variant spelling, not a substitution)
    near = max((word_similarity(a, b) for a in pair.claim_only for b in pair.source_only), default=0.0)
    add(f"near:{int(near // NEAR_BUCKET)}")
    return f
