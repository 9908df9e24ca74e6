"""statement: a sentence (or two adjacent ones) says the claim, with the same polarity and numbers.

Given and retrieved spans.  A short source (``GIVEN_MAX_TOKENS``: a headline,
an ANS pair) that the claim names by its id (``sources: [<id>]``) is given
as the place the claim is discussed; in any other source the span is found
by retrieval and most partial matches are other statements about the same
event: an article, and a brief of a corpus too (two sentences on another
side of the event were read as a denial of the claim).  So in documents the coverage bar is higher
(``RETRIEVAL_ALIGN_CUTOFF``) and the stance model's odds of a lexical
contradiction lower (``RETRIEVAL_PRIOR_SHIFT``).

Thresholds.  ``claim.threshold`` (default 85) is, as for every kind, the fuzzy
score a WORD needs to match; for statements it is also mapped onto the
alignment scale, the share of the claim's content words a sentence must cover:
``cutoff = DEFAULT_ALIGN_CUTOFF * threshold / 85`` (so the default 85 asks for
25 % of the claim's weighted words — the cutoff chosen on ANS train — 100 for
29 %, 0 for anything), and in any case two matched content words.  The word cutoff is
``min(threshold, 80)`` so that paraphrases in other inflections (ارتفاع /
يرتفع) still count at the default threshold.

The best-aligned spans are judged (``factcheck.kinds.statement.judge``, see
``TIES``); the clause that says it is the evidence, with role ``supports``
or ``contradicts``.  A span passes two gates at the same cutoff: ``align``'s
score, where words found all over the article weigh little (the span must
hold the claim's specific words), and ``judge``'s plain share of the claim's
words (the span must hold most of the claim).
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.analysis import Analysis
from factcheck.claims.model import DEFAULT_THRESHOLD, StatementClaim
from factcheck.document import Document
from factcheck.kinds.evidence import make_evidence
from factcheck.kinds.statement.align import DEFAULT_ALIGN_CUTOFF, Candidate, align
from factcheck.kinds.statement.judge import REASON_WORDS, RETRIEVAL_PRIOR_SHIFT, Judgement, judge
from factcheck.kinds.statement.words import WORD_CUTOFF, claim_tokens, content_words, word_similarity
from factcheck.matching import sentences_naming
from factcheck.text.lexicon import lemmas, word_class
from factcheck.verdicts import Evidence, Finding, Role, Verdict

__all__ = ["Search", "align_cutoff", "check", "given", "judge_span", "names_its_sources", "search", "word_cutoff"]

# The share of the claim's (spread-weighted) words a span of a long document
# must cover.  25 % is right for a source given as related (ANS);
# in an article, spans at 25–50 % are other statements about the same event
# (on the seeds: 17 such spans for the shipped statements, none of them saying
# the claim; the true ones score 66 and up).
RETRIEVAL_ALIGN_CUTOFF = 60.0
# In an article, a difference in wording contradicts only a clause that shares
# at least this many words with the claim: "أصدر بيانا مطولا" is not a denial of
# "لن يتم إصدار بيان ختامي", it is another statement.
WORDING_MIN_WORDS = 3
# A source this short (a headline, a tweet, a caption, even when ".." splits
# it into sentences) that the claim names by id is read whole as what it says about the claim.
GIVEN_MAX_TOKENS = 40
_GLOB_CHARS = frozenset("*?[")
# Spans within TIE_MARGIN points of the best are judged too, at most TIES of
# them.  A stated clash in any of them (a negation, another number) makes the
# article contradict the claim, even if another span supports it; a mere
# difference in wording (the stance model) gives way to a span that says it.
TIES = 3
TIE_MARGIN = 5.0
# What a stated clash is: the source negates the claim, or states another
# number or date.  Unlike a difference in wording, it is not outweighed.
STATED_CLASHES = frozenset({"polarity", "number", "date"})


def align_cutoff(threshold: float, *, retrieved: bool = False) -> float:
    """The claim's word-recall cutoff (0–100) for a given ``threshold``.

    ``retrieved``: the span is searched for in a long document, where
    the bar is ``RETRIEVAL_ALIGN_CUTOFF`` (see the module doc).
    """
    base = RETRIEVAL_ALIGN_CUTOFF if retrieved else DEFAULT_ALIGN_CUTOFF
    # the cutoffs were chosen at the default threshold and scale with a claim's own
    return base * threshold / DEFAULT_THRESHOLD


def word_cutoff(threshold: float) -> float:
    return min(threshold, WORD_CUTOFF)


@dataclass(frozen=True, slots=True)
class Search:
    """How a claim is looked for in one source (shared by ``check`` and ``factcheck explain``)."""

    retrieved: bool  # a long source: the span is found, not given
    cutoff: float  # the alignment score a span needs
    word_cutoff: float
    sentences: list[int] | None  # only these (they name an ``about`` word), or all


def names_its_sources(claim: StatementClaim) -> bool:
    """Whether the claim's ``sources`` are ids, not globs: it is checked against sources chosen for it."""
    return not any(_GLOB_CHARS.intersection(pattern) for pattern in claim.sources)


def given(claim: StatementClaim, analysis: Analysis) -> bool:
    """Whether the source is given as where the claim is discussed: short, and named by the claim's ``sources``.
    A claim checked against a corpus meets its briefs as it meets its articles."""
    return len(analysis.document.tokens) <= GIVEN_MAX_TOKENS and names_its_sources(claim)


def search(claim: StatementClaim, analysis: Analysis) -> Search | None:
    """The search for ``claim`` in this source; None when it has ``about`` words and no sentence names one."""
    retrieved = not given(claim, analysis)
    sentences = None
    if claim.about:
        sentences = list(sentences_naming(claim.about, analysis, score_cutoff=claim.threshold))
        if not sentences:
            return None
    return Search(retrieved, align_cutoff(claim.threshold, retrieved=retrieved), word_cutoff(claim.threshold), sentences)


# Words that open a clause of time («عندما ضرب جنوب سلطنة عمان»): what the claim's figure is of is said without them.
_SUBORDINATORS = frozenset({"عندما", "وعندما", "حينما", "بعدما", "بينما"})


def _beside_the_verb(words: tuple[str, ...]) -> list[str]:
    """The claim's words a span lacks other than its verbs (without a dictionary, all of them)."""
    return [w for w in words if word_class(w) != "verb"]


def _says(claim: StatementClaim, word: str, cutoff: float) -> bool:
    """Whether the claim says ``word``: one of its content words, or another form of one (a lemma in common)."""
    own = content_words(claim_tokens(claim.says))
    if any(word_similarity(w, word) >= cutoff for w in own):
        return True
    mine = lemmas(word)
    if not mine:  # a name, or no dictionary: the words alone decide
        return False
    return any(mine & (lemmas(w) or frozenset()) for w in own)


def judge_span(claim: StatementClaim, cand: Candidate, how: Search) -> Judgement:
    """The judgement of one aligned span, with the article rule for wording differences."""
    verdict = judge(
        claim.says, cand.focus, score_cutoff=how.cutoff, word_cutoff=how.word_cutoff,
        prior_shift=RETRIEVAL_PRIOR_SHIFT if how.retrieved else 0.0, normalized=True, context=cand.text,
    )
    if how.retrieved and verdict.basis == "wording" and verdict.label == "contradicted":
        # In an article the sentence was found, not given: a difference in wording
        # alone (the stance model, no negation, number or date) is too weak a
        # promise to an editor; it is reported as not mentioned, with the reason.
        why = (f"only {cand.words} of the claim's words, worded otherwise" if cand.words < WORDING_MIN_WORDS
               else f"worded otherwise ({verdict.reason}); a difference in wording alone is not reported in an article")
        verdict = Judgement("not_mentioned", cand.score, why)
    elif how.retrieved and verdict.basis == "polarity" and (lacks := _beside_the_verb(verdict.lacks)):
        # A negation in an article's clause that leaves out some of the claim's words may negate something else:
        # «الطبقة السياسية التي لم تتغير منذ سقوط نظام صدام» for «نسبة المشاركة الأدنى منذ سقوط نظام صدام».  On the
        # labelled real corpus each such contradiction was wrong; one that says all of them, or all but its
        # verbs (the negated verb changes its form: «لم يلتق» for «التقى»), stands.
        verdict = Judgement("not_mentioned", cand.score,
                            f"negated without {' '.join(lacks[:REASON_WORDS])} of the claim: "
                            "a negation of another clause is not reported in an article")
    elif how.retrieved and verdict.basis == "polarity" and verdict.negated and not any(
        _says(claim, word, how.word_cutoff) for word in verdict.negated
    ):
        # The article's negator negates a word the claim does not say: «لم يخف مبابي فخره ... بعدما أصبح أول لاعب»
        # (did not hide his pride), «شائعات بعدم صدور بيان ختامي» (rumours), «بلا رحمة» (without mercy).  On the
        # labelled real corpus each such contradiction was wrong; a negation of the claim's own word stands, in
        # another form of its verb too («لم يلتق» for «التقى»).
        verdict = Judgement("not_mentioned", cand.score,
                            f"negates «{verdict.negated[0]}», which the claim does not say: "
                            "a negation of another word is not reported in an article")
    elif how.retrieved and verdict.basis in ("number", "date") and (
        lacks := [w for w in _beside_the_verb(verdict.lacks) if w not in _SUBORDINATORS]
    ):
        # Likewise a figure or a date: «ضرب زلزال قوة 5 درجات الجزيرة» (a tremor of the days before) for «بلغت قوة
        # الزلزال الذي ضرب هاواي 6.9 درجة», the winds on approach for those at the storm's peak.  A clause that states
        # another one and leaves out claim words other than its verbs may count or date something else (on the
        # labelled real corpus, six of seven such contradictions were wrong); one that says all of them stands.
        verdict = Judgement("not_mentioned", cand.score,
                            f"{verdict.reason}, without {' '.join(lacks[:REASON_WORDS])} of the claim: "
                            "a figure of another clause is not reported in an article")
    return verdict


def check(claim: StatementClaim, analysis: Analysis) -> Finding:
    document = analysis.document
    how = search(claim, analysis)
    if how is None:
        return Finding(Verdict.NOT_MENTIONED, reason=f"no sentence names {', '.join(claim.about)}")
    candidates = align(
        claim.says, analysis, score_cutoff=how.cutoff, limit=TIES, word_cutoff=how.word_cutoff,
        sentences=how.sentences,
    )
    if not candidates:
        return Finding(Verdict.NOT_MENTIONED, reason=f"no sentence covers {how.cutoff:.0f}% of the claim's words")
    judged: list[tuple[Candidate, Judgement]] = []
    for cand in candidates:
        if cand.score < candidates[0].score - TIE_MARGIN:
            break
        judged.append((cand, judge_span(claim, cand, how)))
    supports = [(c, v) for c, v in judged if v.label == "supported"]
    stated = [(c, v) for c, v in judged if v.label == "contradicted" and v.basis in STATED_CLASHES]
    if stated:
        # A stated clash (a negation, another number or date) stands whatever else the
        # article says: an article that says both is inconsistent (contract §1).
        return Finding.from_evidence([_evidence(document, c, v) for c, v in stated + supports], not_mentioned_reason="")
    # A wording difference gives way to an equally good span that says it.
    best, verdict = supports[0] if supports else judged[0]
    if verdict.label == "not_mentioned":
        return Finding(Verdict.NOT_MENTIONED, reason=verdict.reason)
    return Finding.from_evidence([_evidence(document, best, verdict)], not_mentioned_reason="")


def _evidence(document: Document, cand: Candidate, verdict: Judgement) -> Evidence:
    """The clause that says it, quoted with the judgement's reason."""
    role = Role.SUPPORTS if verdict.label == "supported" else Role.CONTRADICTS
    return make_evidence(document, cand.focus_start, cand.focus_end, role=role, score=cand.score, reason=verdict.reason)
