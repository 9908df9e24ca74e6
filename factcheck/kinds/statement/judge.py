"""Judge one span: does it support, contradict or not mention the claim?

``judge(query, sentence)`` gives ``supported`` / ``contradicted`` /
``not_mentioned`` for one sentence (or the focus of an ``align`` candidate):
the polarity of the claim against that of the sentence around the matched
words (``compare``, ``scope``), its numbers and dates (``clash``), and, for
the lexical substitutions that make most contradictions in news (أعلى/أدنى،
تأجيل/يباشرون), a small logistic model over the words that differ
(``model``, on ``features``, trained by ``benchmarks/train_stance.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from factcheck.kinds.statement.align import DEFAULT_ALIGN_CUTOFF, MIN_MATCHED_WORDS, SCORE_DECIMALS
from factcheck.kinds.statement.clash import (
    another_dated,
    date_clash,
    figure_words,
    number_clash,
    numbers_of,
    numbers_stated,
    only_bounded,
)
from factcheck.kinds.statement.compare import Pair, compare
from factcheck.kinds.statement.features import features
from factcheck.kinds.statement.modality import markers
from factcheck.kinds.statement.model import stance_model
from factcheck.kinds.statement.scope import denial
from factcheck.kinds.statement.words import (
    STOPWORDS,
    WORD_CUTOFF,
    claim_amounts,
    claim_tokens,
    content_words,
    source_tokens,
    word_similarity,
)
from factcheck.text.lexicon import word_class

__all__ = [
    "RETRIEVAL_PRIOR_SHIFT",
    "STOPWORDS",  # re-exported for tests/test_negation.py; defined in words
    "Basis",
    "Judgement",
    "Label",
    "content_words",  # likewise
    "judge",
]

Label = Literal["supported", "contradicted", "not_mentioned"]
Basis = Literal["polarity", "number", "date", "wording", "match"]

# Log-odds added to the stance model when the sentence was retrieved from a
# long document rather than given as the source.  The model learnt
# ANS's odds, where every pair is related and 64 % contradict; among the
# best-aligned sentences of the seed articles a lexical contradiction is about
# a dozen times rarer (ln 12 ≈ 2.5).  Polarity and number contradictions do not
# go through the model and are not shifted.
RETRIEVAL_PRIOR_SHIFT = -2.5
# The confidence of a stated clash (a negation, another number or date): high,
# but short of certain, for the reader may have misread the clause.
STATED_CLASH_CONFIDENCE = 95.0
# Without the model (``use_model=False``): words that differ on both sides
# contradict, at even odds, unless the claim is this nearly all there.
NO_MODEL_RECALL = 90.0
NO_MODEL_CONFIDENCE = 50.0
# A reason quotes at most this many of the differing words.
REASON_WORDS = 3
# The model's probability is reported as a confidence of 0–100, like the other scores.
PERCENT = 100


@dataclass(frozen=True, slots=True)
class Judgement:
    label: Label
    score: float
    reason: str
    # What decided it: "polarity", "number" or "date" (a stated clash),
    # "wording" (the stance model on the words that differ), "match" (all
    # words, same polarity).
    basis: Basis = "match"
    # The claim's content words the span does not say (``compare``'s ``claim_only``; for a number or a date, beside
    # the claim's figures), for a stated clash: a negation or a figure of a clause that lacks some of them may be
    # of something else (``judge_span``).
    lacks: tuple[str, ...] = ()
    # For a negation of the source: the words its negators negate (``judge_span``).
    negated: tuple[str, ...] = ()


def _lacks_beside_figures(pair: Pair, claim_text: str) -> tuple[str, ...]:
    """The claim's words a span that states another figure lacks, its figures aside (``judge_span``)."""
    figures = figure_words(claim_text)
    return tuple(w for w in pair.claim_only if not w.isdigit() and w not in figures)


def judge(
    query: str,
    sentence: str,
    *,
    score_cutoff: float = DEFAULT_ALIGN_CUTOFF,
    word_cutoff: float = WORD_CUTOFF,
    use_model: bool = True,
    prior_shift: float = 0.0,
    normalized: bool = False,
    context: str | None = None,
) -> Judgement:
    """Whether ``sentence`` supports, contradicts or does not mention the claim ``query``.

    ``prior_shift`` is added to the stance model's log-odds of a contradiction:
    the model was fit on pairs known to be related, and a sentence retrieved
    from a long article is less likely to contradict (see ``RETRIEVAL_PRIOR_SHIFT``).
    ``normalized``: ``sentence`` is already normalized text (a ``Document``'s,
    e.g. ``Candidate.focus``) and is not normalized again.
    ``context``: the text around ``sentence`` (normalized like it, e.g. ``Candidate.text``), where a claim word
    missing from ``sentence`` may still be said: then no other participant stands in for it.

    ``score`` is the alignment score (0–100) for ``not_mentioned``, else the
    confidence (0–100) in the label.
    """
    ct = list(claim_tokens(query))
    st, values = source_tokens(sentence, normalized=normalized)
    pair = compare(ct, st, word_cutoff, values)
    n_words = len(content_words(ct))
    if pair.recall < score_cutoff or n_words - len(pair.claim_only) < min(MIN_MATCHED_WORDS, n_words):
        return Judgement(
            "not_mentioned", round(pair.recall, SCORE_DECIMALS), f"covers {pair.recall:.0f}% of the claim's words"
        )
    if pair.unasserted and not markers(ct):
        # «ومن المتوقع ان يلتقي …», «كاد ان يسجل», «رفض ان يلتقي»: neither that it happened nor that it did not
        return Judgement("not_mentioned", round(pair.recall, SCORE_DECIMALS),
                         f"the source says it under {pair.unasserted[0]!r}: not whether it happened")
    snippet = " ".join(pair.source)
    if pair.claim_polarity != pair.source_polarity and pair.negation_anchored:
        # The evidence quotes the clause as the source writes it; the reason names the negator alone.
        if pair.source_polarity < 0:
            said = f" with «{pair.source_negators[0]}»" if pair.source_negators else ""
            reason = f"the source negates it{said}"
        else:
            reason = "the claim is negated, the source affirms it"
        return Judgement("contradicted", STATED_CLASH_CONFIDENCE, reason, "polarity", tuple(pair.claim_only),
                         tuple(pair.negated) if pair.source_polarity < 0 else ())
    if pair.claim_polarity < pair.source_polarity and denial(ct):
        # «ذكرت الصحيفة أن الشركة استخدمت البيانات» for «نفت الشركة أنها استخدمت»: what is denied, not who denies
        return Judgement("not_mentioned", round(pair.recall, SCORE_DECIMALS),
                         "says what the claim's party denies, not the party's word")
    claim_text = " ".join(ct)
    clash = number_clash(claim_text, snippet, following=pair.following)
    if clash and context and numbers_stated(claim_text, context):
        # every figure of the claim is in the sentences around the clause, past its window: «خان حاز على 176 صوتا،
        # فيما كان يحتاج إلى أغلبية مطلقة من 172 صوتا، بينما حصل منافسه ... على 96 صوتا» states 96; 172 is another count
        clash = None
    # a figure of one of two events of the claim's kind, read in the whole sentence past the focus
    other = clash and another_dated(content_words(ct), source_tokens(context, normalized=True)[0] if context else st,
                                    lambda w, t: word_similarity(w, t) >= word_cutoff)
    if clash and other:
        return Judgement("not_mentioned", round(pair.recall, SCORE_DECIMALS),
                         f"states {clash[1]} of one of two events, the other «{other}»")
    if clash:
        return Judgement(
            "contradicted", STATED_CLASH_CONFIDENCE, f"states {clash[1]} where the claim says {clash[0]}", "number",
            _lacks_beside_figures(pair, claim_text),
        )
    dclash = date_clash(claim_text, snippet)
    if dclash:
        return Judgement(
            "contradicted", STATED_CLASH_CONFIDENCE, f"states {dclash[1]} where the claim says {dclash[0]}", "date",
            _lacks_beside_figures(pair, claim_text),
        )
    if numbers_of(snippet) and not numbers_stated(claim_text, snippet):
        # no clash, yet the claim's figure is not the source's: its numbers count other things (``number_clash``)
        return Judgement("not_mentioned", round(pair.recall, SCORE_DECIMALS),
                         "states no figure of the claim's, only counts of other things")
    bound = only_bounded(claim_text, snippet)
    if bound is not None:
        return Judgement("not_mentioned", round(pair.recall, SCORE_DECIMALS),
                         f"states only a bound ({bound}) where the claim says a figure")
    if pair.claim_only and numbers_of(snippet):
        # The claim's numbers agree with the source's (no clash above): "أكثر من
        # مليوني" states "أكثر من مليون", so they are not a difference in wording.
        stated = claim_amounts(query)
        pair = replace(pair, claim_only=[w for w in pair.claim_only if w not in stated])
    if not pair.claim_only:
        # Every content word of the claim is there, with the same polarity and
        # numbers: what the contract calls supported (on ANS train, 126 of the
        # 155 such pairs are paraphrases).  Extra words in the source are context.
        return Judgement("supported", round(pair.recall, SCORE_DECIMALS), _agrees(pair))
    if use_model:
        model = stance_model()
        # No number clash here (it would have decided above): the features get
        # the clash computed once, None.
        logit = model.logit(features(pair, clash))
        p = model.probability_of(logit, shift=prior_shift)
        if p >= model.threshold:
            return Judgement("contradicted", round(PERCENT * p, SCORE_DECIMALS), _differs(pair), "wording")
        if (prior_shift < 0 and model.probability_of(logit) >= model.threshold
                and _participant_replaced(pair, context, word_cutoff)):
            # Too unlike to support, too unlikely in an article to contradict: «فاز موسى» for «فاز السيسي»,
            # «التقى ترامب ماكرون في باريس» for «التقى ترامب بوتين في ألاسكا». Weak evidence either way.
            return Judgement("not_mentioned", round(pair.recall, SCORE_DECIMALS),
                             f"worded otherwise ({_differs(pair)}): another subject, not this claim", "wording")
        return Judgement("supported", round(PERCENT * (1 - p), SCORE_DECIMALS), _agrees(pair), "wording")
    if pair.claim_only and pair.source_only and pair.recall < NO_MODEL_RECALL:
        return Judgement("contradicted", NO_MODEL_CONFIDENCE, _differs(pair), "wording")
    return Judgement("supported", round(pair.recall, SCORE_DECIMALS), _agrees(pair))


def _participant_replaced(pair: Pair, context: str | None, cutoff: float) -> bool:
    """A name of the claim (one the dictionary does not know: السيسي، الروسي) is missing and other words stand in.

    A word of the dictionary that differs is as often a paraphrase (قال / أعلن، تم التوصل / بلا، القمة left
    out) as a change; a name that differs is another person, side or place: another event, or another
    reading of this one.  A name the ``context`` says (beside the clause judged) is not missing.
    """
    if not pair.source_only:
        return False
    around = source_tokens(context, normalized=True)[0] if context else []
    return any(
        word_class(w) == "name" and not any(word_similarity(w, t) >= cutoff for t in around)
        for w in pair.claim_only
    )


def _differs(pair: Pair) -> str:
    if pair.claim_only and pair.source_only:
        a = pair.claim_only[0]
        b = max(pair.source_only, key=lambda t: word_similarity(a, t))
        return f"differs: {b} vs {a}"
    if pair.source_only:
        return f"differs: the source adds {' '.join(pair.source_only[:REASON_WORDS])}"
    if pair.claim_only:
        return f"differs: the source lacks {' '.join(pair.claim_only[:REASON_WORDS])}"
    return "differs in wording"


def _agrees(pair: Pair) -> str:
    """(The evidence quotes the words as the source writes them: the reason does not repeat them normalized.)"""
    negated = ", negated as the claim is" if pair.claim_polarity < 0 else ""
    return f"states it ({pair.recall:.0f}% of the claim's words{negated})"
