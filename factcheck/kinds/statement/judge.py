"""Statements: find where a document says a claim, then judge whether it agrees.

Two steps, shaped like ``rapidfuzz.process`` (query first, then the choices,
options keyword-only):

``align(query, analysis, *, score_cutoff, limit)``
    The sentences (or two adjacent sentences) that best cover the claim's
    content words.  Only sentences sharing a word with the claim are scored,
    found through the document's inverted index (``Analysis.vocabulary``), so
    long documents cost little.  The score (0–100) is the claim's weighted
    token recall: each content word of the claim scores its best fuzzy match
    (rapidfuzz ``ratio`` on clitic-stripped readings) among the span's tokens.

``judge(query, sentence)``
    ``supported`` / ``contradicted`` / ``not_mentioned`` for one sentence: the
    polarity of the claim against that of the sentence around the matched
    words (``factcheck.read.negation``), the numbers, and, for the lexical
    substitutions that make most contradictions in news (أعلى/أدنى،
    تأجيل/يباشرون), a small logistic model over the words that differ
    (``factcheck.kinds.statement.model``, trained by ``benchmarks/train_stance.py``).

Everything works on normalized text and never drops a negator as a stopword.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from factcheck.analysis import Analysis
from factcheck.document import Document
from factcheck.read.dates import find_dates
from factcheck.read.negation import is_negation_word, negators, polarity
from factcheck.read.numbers import NumberSpan
from factcheck.read.quantities import amounts
from factcheck.text.morphology import stems, token_pattern
from factcheck.text.normalize import normalize_query

__all__ = [
    "DEFAULT_ALIGN_CUTOFF",
    "MIN_MATCHED_WORDS",
    "RETRIEVAL_PRIOR_SHIFT",
    "STOPWORDS",
    "WORD_CUTOFF",
    "Candidate",
    "Judgement",
    "Label",
    "align",
    "content_words",
    "focus_span",
    "judge",
    "numbers_of",
    "pair_features",
    "readings",
    "word_similarity",
]

Label = Literal["supported", "contradicted", "not_mentioned"]
Basis = Literal["polarity", "number", "wording", "match"]

# Per-word fuzzy cutoff (rapidfuzz ratio on clitic-stripped readings).
WORD_CUTOFF = 80.0
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
# Log-odds added to the stance model when the sentence was retrieved from a
# long document rather than given as the source.  The model learnt
# ANS's odds, where every pair is related and 64 % contradict; among the
# best-aligned sentences of the seed articles a lexical contradiction is about
# a dozen times rarer (ln 12 ≈ 2.5).  Polarity and number contradictions do not
# go through the model and are not shifted.
RETRIEVAL_PRIOR_SHIFT = -2.5
# Tokens after a negator that it may govern (particle, verb, subject, object).
NEGATION_SCOPE = 8
# ... up to a word that opens another clause.
_CLAUSE_OPENERS = frozenset({
    "لكن", "ولكن", "لكنه", "لكنها", "لكنهما", "لكنهم", "بل", "حيث", "بينما", "فيما", "الذي", "التي", "الذين",
    "اذ", "كما", "وكما", "رغم", "ورغم", "بالرغم", "وبالرغم",
})
# Tokens around the matched words that the judgement looks at.
WINDOW_BEFORE = 4
WINDOW_AFTER = 4

_STOP = """
في من الي علي عن مع ان انه انها انهم انهما هذا هذه ذلك تلك هذان هاتان هؤلاء التي الذي الذين اللذان اللتان
اللواتي اللاتي و او ام ثم قد لقد وقد فقد كان كانت كانوا يكون تكون تم يتم تمت وتم بعد قبل خلال حول بين
عند كما حيث هو هي هم هن نحن انا انت له لها لهم لهما به بها بهم فيه فيها منه منها عنه عنها عليه عليها
اليه اليها منذ حتي اي كل بعض ايضا اذ اذا لكن ولكن لكنه بل الا اما يا هناك هنا عبر لدي لدى وفي ومن والي
وعلي وعن ومع وان فان بان لان كي لكي وهو وهي وهم الذى التى ذو ذات مثل نحو عدة جدا فقط سوف سي ضمن
تجاه لدي وذلك ذلك فيما بينما كذلك وكذلك عليهم عليهما اليهم منهم منهما عنهم فيهم فيهما امام وراء دون
"""
# Stopwords, normalized.  A negator is never one, whatever the list says.
STOPWORDS: frozenset[str] = frozenset(w for w in _STOP.split() if not is_negation_word(w))

_SUFFIXES = ("هما", "كما", "تين", "تان", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "نا", "ه", "ي", "ت", "ا")
_VERB_PREFIXES = ("ي", "ت", "ن")


@lru_cache(maxsize=65536)
def readings(word: str) -> frozenset[str]:
    """A word's proclitic readings plus their light suffix-stripped forms (≥ 3 letters)."""
    out: set[str] = set()
    for s in stems(word):
        out.add(s)
        for suf in _SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                out.add(s[: -len(suf)])
                break
        # Imperfect verbs: يرتفع ~ ارتفاع via the shared stem رتفع
        if len(s) >= 5 and s[0] in _VERB_PREFIXES:
            out.add(s[1:])
    return frozenset(out)


@lru_cache(maxsize=262144)
def word_similarity(a: str, b: str) -> float:
    """0–100: equal readings score 100; else the best ratio between readings of ≥ 4 letters."""
    if a == b:
        return 100.0
    ra, rb = readings(a), readings(b)
    if ra & rb:
        return 100.0
    if a.isdigit() or b.isdigit():
        return 0.0
    best = 0.0
    for x in ra:
        if len(x) < 4:
            continue
        for y in rb:
            if len(y) < 4:
                continue
            best = max(best, fuzz.ratio(x, y))
    return best


def content_words(tokens: Iterable[str]) -> list[str]:
    """Tokens that carry content: not stopwords, never negators; numbers kept."""
    return [t for t in tokens if (t.isdigit() or len(t) > 1) and t not in STOPWORDS and not is_negation_word(t)]


# Words and numbers as ``Document`` tokenizes them, plus the punctuation that
# ends a clause, kept as one-character tokens: a negator's reach stops there
# ("كما لم تستكمل على مستوى الوفود، ورغم ذلك وصف بوتين اللقاء بأنه بناء").
# One character long, they are never content words.
_CLAUSE_TOKEN = token_pattern("،,;؛:.!?؟()")
_CLAUSE_MARKS = frozenset("،,;؛:.!?؟()")


def _tokens(text: str) -> list[str]:
    return _CLAUSE_TOKEN.findall(normalize_query(text))


def _tokens_with_values(text: str) -> tuple[list[str], dict[int, float]]:
    """A source's tokens, and the amount each number token belongs to (خمس → 5)."""
    norm = normalize_query(text)
    spans = [(m.start(), m.end(), m.group()) for m in _CLAUSE_TOKEN.finditer(norm)]
    values: dict[int, float] = {}
    found = amounts(norm)
    for n in found:
        for j, (a, b, _) in enumerate(spans):
            if a < n.end and n.start < b:
                values[j] = n.value
    return [t for _, _, t in spans], values


@lru_cache(maxsize=4096)
def claim_amounts(query: str) -> frozenset[str]:
    """The claim's amounts as ``_claim_tokens`` writes them (not the days and years of its dates)."""
    text = normalize_query(query)
    return frozenset(_digits(n.value) for n in amounts(text) if n.kind != "vague")


def _digits(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else format(value, "f").rstrip("0").rstrip(".")


@lru_cache(maxsize=4096)
def _claim_tokens(query: str) -> tuple[str, ...]:
    """A claim's tokens, each amount written in words replaced by its digits (ثلاث ساعات → 3 ساعات).

    So that the claim's number finds its slot in a source that writes it
    either way.
    """
    text = normalize_query(query)
    out: list[str] = []
    pos = 0
    for n in amounts(text):
        if n.kind == "vague":
            continue  # vague counts (عشرات) stay words
        out.extend(_CLAUSE_TOKEN.findall(text[pos:n.start]))
        if n.hedge:
            out.extend(_CLAUSE_TOKEN.findall(n.hedge))
        out.append(_digits(n.value))
        pos = n.end
    out.extend(_CLAUSE_TOKEN.findall(text[pos:]))
    return tuple(out)


def _weight(word: str) -> float:
    return 1.5 if word.isdigit() else 1.0


# --------------------------------------------------------------------------- align


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
    focus: str


def _claim_hits(
    words: Sequence[str], analysis: Analysis, cutoff: float, amounts: frozenset[str] = frozenset()
) -> list[dict[int, float]]:
    """For each claim word, the document tokens it matches and how well, via the inverted index."""
    document = analysis.document
    vocab = analysis.vocabulary
    keys = list(vocab)
    out: list[dict[int, float]] = []
    for w in words:
        hits: dict[int, float] = {}
        candidates: set[str] = set()
        for r in readings(w) | {w}:
            if r in vocab:
                candidates.add(r)
            if len(r) >= 4 and not r.isdigit():
                for key, _, _ in process.extract(r, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
                    candidates.add(key)
        if w in amounts:
            # A number is a slot: "منذ 80 عاما" (or "منذ ثمانين عاما") is where a
            # claim of "50 عاما" is said, and judged a clash; an equal number,
            # however written, matches fully.  Days and years of dates are no amounts.
            for idx, value in analysis.amounts.items():
                hits[idx] = 100.0 if value == float(w) else cutoff
        # Suffix-stripped forms are not vocabulary keys: also look up the stem's readings.
        for key in candidates:
            for idx in vocab[key]:
                if idx in hits:
                    continue
                s = word_similarity(w, document.tokens[idx].text)
                if s >= cutoff:
                    hits[idx] = s
        out.append(hits)
    return out


def align(
    query: str,
    analysis: Analysis,
    *,
    score_cutoff: float = DEFAULT_ALIGN_CUTOFF,
    limit: int = 3,
    word_cutoff: float = WORD_CUTOFF,
    sentences: Iterable[int] | None = None,
) -> list[Candidate]:
    """The best spans for ``query``, best first, each scoring at least ``score_cutoff``.

    ``sentences`` restricts the search (e.g. to sentences naming an ``about`` word).
    """
    words = content_words(_claim_tokens(query))
    if not words:
        return []
    document = analysis.document
    hits = _claim_hits(words, analysis, word_cutoff, claim_amounts(query))
    weights = [_weight(w) / _spread(document, h) for w, h in zip(words, hits)]
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

    found: list[Candidate] = []
    singles: dict[int, float] = {}
    for sent, row in per_sentence.items():
        score, matched, n = _best_window(row, weights, total, span)
        singles[sent] = score
        found.append(_candidate(document, sent, sent, score, matched, n))
    for sent, row in per_sentence.items():
        nxt = per_sentence.get(sent + 1)
        if nxt is None:
            continue
        score, matched, n = _best_window(row + nxt, weights, total, span)
        if score >= max(singles[sent], singles[sent + 1]) + PAIR_GAIN:
            found.append(_candidate(document, sent, sent + 1, score, matched, n))
    need = min(MIN_MATCHED_WORDS, len(words))
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
    return max(FOCUS_MIN_SPAN, 2 * n_words + 4)


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
        far = _npi_negator(words_of_span, [j - a.first_token for j in matched])
        if far is not None:
            lo = min(lo, a.first_token + far)
        f_start, f_end = document.tokens[lo].start, document.tokens[hi].end
    else:
        f_start, f_end = start, end
    return Candidate(
        first, last, start, end, round(score, 1), matched, document.text[start:end], words,
        f_start, f_end, document.text[f_start:f_end],
    )


# --------------------------------------------------------------------------- numbers


def numbers_of(text: str) -> list[NumberSpan]:
    """Every amount in a normalized text: digits, number words, hedges.

    Ordinals, clock times and the days and years of dates are not amounts and
    are left out ("يوم 15 أغسطس 2025" states no 15 and no 2025).
    """
    return amounts(text)


def _bound(n: NumberSpan) -> int:
    """+1 for "more than X" (open above), -1 for "less than X", 0 for a value or a range."""
    if math.isinf(n.high):
        return 1
    if n.low == 0 and n.high == n.value and n.value > 0:
        return -1
    return 0


def _numbers_agree(c: NumberSpan, s: NumberSpan) -> bool:
    """Overlapping ranges; two bounds the same way agree when the source's is at least as strong.

    "أكثر من مليوني" states "أكثر من مليون"; "أكثر من 22 مليون" does not state
    "أكثر من 500 مليون", although the two open ranges overlap.
    """
    if not (s.low <= c.high and c.low <= s.high):
        return False
    direction = _bound(c)
    if direction and direction == _bound(s):
        return s.value >= c.value if direction > 0 else s.value <= c.value
    return True


def _number_clash(claim: str, source: str) -> tuple[str, str] | None:
    """(claim says, source states) when the claim's numbers are not in the source but others are."""
    cn, sn = numbers_of(claim), numbers_of(source)
    if not cn or not sn:
        return None
    for c in cn:
        if not any(_numbers_agree(c, x) for x in sn):
            return c.text, ", ".join(x.text for x in sn)
    return None


def _date_clash(claim: str, source: str) -> tuple[str, str] | None:
    """(claim says, source states) when the claim's dates are not the source's, at the precision both have."""
    cd = [d for d in find_dates(claim) if d.year is not None]
    sd = [d for d in find_dates(source) if d.year is not None]
    if not cd or not sd:
        return None
    for c in cd:
        if not any(d.calendar == c.calendar and d.agrees_with((c.year, c.month, c.day), c.precision) for d in sd):
            return c.text, ", ".join(d.text for d in sd)
    return None


# --------------------------------------------------------------------------- judge


@dataclass(frozen=True, slots=True)
class Judgement:
    label: Label
    score: float
    reason: str
    # What decided it: "polarity" or "number" (a stated clash), "wording" (the
    # stance model on the words that differ), "match" (all words, same polarity).
    basis: Basis = "match"


@dataclass(frozen=True, slots=True)
class _Pair:
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
    negation_anchored: bool  # the negation bears on what both sides say (see _compare)


def _compare(
    claim_tokens: list[str], sentence_tokens: list[str], word_cutoff: float, values: dict[int, float] | None = None
) -> _Pair:
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
    else:
        window = list(sentence_tokens)
    weights = [_weight(w) for w in cw]
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
        far = _npi_negator(sentence_tokens, matched)
        p_lo = max(0, min(matched) - NEGATION_SCOPE)
        if far is not None:
            p_lo = min(p_lo, far)
        p_window = sentence_tokens[p_lo:hi]
        p_matched = {j - p_lo for j in matched}
        p_neg = negators(p_window)
        # Source negators that govern a matched word.
        governing = {i for i in p_neg if any(j in p_matched for j in _scope(p_window, i))}
        if far is not None:
            governing.add(far - p_lo)
    else:
        p_window, p_matched, governing = window, set(), set(neg_idx)
    claim_polarity = polarity(claim_tokens)
    source_polarity = polarity(p_window, keep=governing)
    return _Pair(
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
            _claim_negation_found(claim_tokens, claim_only, p_window)
            if claim_polarity < source_polarity
            else bool(governing)
        ),
    )


def _scope(tokens: Sequence[str], i: int) -> list[int]:
    """Indices of the content words a negator at ``i`` governs: the next few, within its clause."""
    out: list[int] = []
    for j in range(i + 1, min(len(tokens), i + 1 + NEGATION_SCOPE)):
        if (is_negation_word(tokens[j]) and j > i + 1) or tokens[j] in _CLAUSE_OPENERS or tokens[j] in _CLAUSE_MARKS:
            break
        if tokens[j] not in STOPWORDS and not is_negation_word(tokens[j]):
            out.append(j)
    return out


# "أي" before a word is a negative-polarity item: in "لم تسفر القمة التي عقدت
# في ألاسكا عن أي اتفاق" the negator is far back, beyond any clause window.
_NPI = frozenset({"اي"})
NPI_REACH = 30
# ... but not across a complementizer, an adversative or a sentence end: the
# negator then belongs to another clause.  Commas do not stop it ("لم تسفر القمة،
# التي عقدت في ألاسكا، عن أي اتفاق").
_NPI_BARRIERS = frozenset({
    "ان", "انه", "انها", "انهم", "بان", "لان", "لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "بل",
    ".", ":", "!", "?", "؟", ";", "؛",
})


def _npi_negator(tokens: Sequence[str], matched: Iterable[int]) -> int | None:
    """The negator that an "أي" right before a matched word points back to, if any."""
    neg: set[int] | None = None
    for j in sorted(matched):
        if j >= 1 and (tokens[j - 1] in _NPI or (j >= 2 and tokens[j - 2] in _NPI)):
            start = j - 1 if tokens[j - 1] in _NPI else j - 2
            if neg is None:
                neg = set(negators(tokens))
            for k in range(start - 1, max(-1, start - 1 - NPI_REACH), -1):
                if k in neg:
                    return k
                if tokens[k] in _NPI_BARRIERS:
                    break  # "لا يعلق، وأكد أن أي اتفاق": the negator is another clause's
    return None


# Light verbs: "لم يتم التوصل" negates يتم; the source affirms it only with تم/يتم/جرى.
_LIGHT_VERBS = frozenset({
    "تم", "يتم", "تمت", "تتم", "سيتم", "ستتم", "جري", "يجري", "جرت", "تجري", "سيجري", "ستجري",
})


def _claim_negation_found(claim: Sequence[str], claim_only: Sequence[str], source: Sequence[str]) -> bool:
    """Whether the source states what the claim negates, so that its silence on the negation affirms it.

    The claim's negated predicate is the word right after the negator.  "لم يتم
    التوصل إلى اتفاق" is contradicted by "تم التوصل إلى اتفاق", not by "التوصل إلى
    اتفاق يتطلب مشاركة أوروبا" (no light verb: nothing is said to have happened);
    "ليستا عضوين" is not contradicted by a sentence without membership.
    """
    missing = set(claim_only)
    for i in negators(claim):
        if i + 1 >= len(claim):
            continue
        head = claim[i + 1]
        if head in _LIGHT_VERBS:
            if any(set(stems(t)) & _LIGHT_VERBS for t in source):
                return True
        elif head not in STOPWORDS:
            if head not in missing:
                return True
        elif any(claim[j] not in missing for j in _scope(claim, i)):
            return True
    return False


def _key(word: str) -> str:
    """A canonical form for features: the article and its clitics dropped."""
    for r in stems(word):
        if r != word and word[: len(word) - len(r)].endswith(("ال", "لل")):
            return r
    return word


def _ngrams(word: str, lo: int = 2, hi: int = 5) -> Iterable[str]:
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
    ct = claim if isinstance(claim, list) else list(_claim_tokens(claim))
    st, values = (source, None) if isinstance(source, list) else _tokens_with_values(source)
    pair = _compare(ct, st, word_cutoff, values)
    return _features(pair)


def _features(pair: _Pair) -> dict[str, float]:
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
    for a in co[:6]:
        for b in so[:8]:
            add(f"p:{a}|{b}")
            add(f"pp:{a[:3]}|{b[:3]}")
    for n in pair.source_negators:
        add(f"sn:{n}")
    for i in negators(pair.claim):
        add(f"cn:{pair.claim[i]}")
    if pair.claim_polarity != pair.source_polarity:
        add("polarity_mismatch")
    claim_text = " ".join(pair.claim)
    source_text = " ".join(pair.source)
    clash = _number_clash(claim_text, source_text)
    if clash:
        add("number_mismatch")
    elif numbers_of(claim_text):
        add("number_match")
    add("recall", pair.recall / 100)
    add("precision", pair.precision / 100)
    add("n_claim_only", min(len(co), 6) / 6)
    add("n_source_only", min(len(so), 10) / 10)
    # how close the differing words are to each other (a variant spelling, not a substitution)
    near = max((word_similarity(a, b) for a in pair.claim_only for b in pair.source_only), default=0.0)
    add(f"near:{int(near // 20)}")
    return f


def judge(
    query: str,
    sentence: str,
    *,
    score_cutoff: float = DEFAULT_ALIGN_CUTOFF,
    word_cutoff: float = WORD_CUTOFF,
    use_model: bool = True,
    prior_shift: float = 0.0,
) -> Judgement:
    """Whether ``sentence`` supports, contradicts or does not mention the claim ``query``.

    ``prior_shift`` is added to the stance model's log-odds of a contradiction:
    the model was fit on pairs known to be related, and a sentence retrieved
    from a long article is less likely to contradict (see ``RETRIEVAL_PRIOR_SHIFT``).

    ``score`` is the alignment score (0–100) for ``not_mentioned``, else the
    confidence (0–100) in the label.
    """
    ct = list(_claim_tokens(query))
    st, values = _tokens_with_values(sentence)
    pair = _compare(ct, st, word_cutoff, values)
    n_words = len(content_words(ct))
    if pair.recall < score_cutoff or n_words - len(pair.claim_only) < min(MIN_MATCHED_WORDS, n_words):
        return Judgement("not_mentioned", round(pair.recall, 1), f"covers {pair.recall:.0f}% of the claim's words")
    snippet = " ".join(pair.source)
    if pair.claim_polarity != pair.source_polarity and pair.negation_anchored:
        clause = " ".join(pair.clause)
        if pair.source_polarity < 0:
            reason = f"the source negates it: {clause!r}"
        else:
            reason = f"the claim is negated, the source affirms it: {clause!r}"
        return Judgement("contradicted", 95.0, reason, "polarity")
    clash = _number_clash(" ".join(ct), snippet)
    if clash:
        return Judgement("contradicted", 95.0, f"states {clash[1]} where the claim says {clash[0]}", "number")
    dclash = _date_clash(" ".join(ct), snippet)
    if dclash:
        return Judgement("contradicted", 95.0, f"states {dclash[1]} where the claim says {dclash[0]}", "number")
    if pair.claim_only and numbers_of(snippet):
        # The claim's numbers agree with the source's (no clash above): "أكثر من
        # مليوني" states "أكثر من مليون", so they are not a difference in wording.
        stated = claim_amounts(query)
        pair = replace(pair, claim_only=[w for w in pair.claim_only if w not in stated])
    if not pair.claim_only:
        # Every content word of the claim is there, with the same polarity and
        # numbers: what the contract calls supported (on ANS train, 126 of the
        # 155 such pairs are paraphrases).  Extra words in the source are context.
        return Judgement("supported", round(pair.recall, 1), _agrees(pair))
    if use_model:
        from factcheck.kinds.statement.model import stance_model

        model = stance_model()
        if model is not None:
            p = model.probability(_features(pair), shift=prior_shift)
            if p >= model.threshold:
                return Judgement("contradicted", round(100 * p, 1), _differs(pair, "differs"), "wording")
            return Judgement("supported", round(100 * (1 - p), 1), _agrees(pair), "wording")
    if pair.claim_only and pair.source_only and pair.recall < 90:
        return Judgement("contradicted", 50.0, _differs(pair, "differs"), "wording")
    return Judgement("supported", round(pair.recall, 1), _agrees(pair))


def _differs(pair: _Pair, verb: str) -> str:
    if pair.claim_only and pair.source_only:
        a = pair.claim_only[0]
        b = max(pair.source_only, key=lambda t: word_similarity(a, t))
        return f"{verb}: {b} vs {a}"
    if pair.source_only:
        return f"{verb}: the source adds {' '.join(pair.source_only[:3])}"
    if pair.claim_only:
        return f"{verb}: the source lacks {' '.join(pair.claim_only[:3])}"
    return f"{verb} in wording"


def _agrees(pair: _Pair) -> str:
    pol = "negated " if pair.claim_polarity < 0 else ""
    return f"states it ({pol}{pair.recall:.0f}% of the claim's words): {' '.join(pair.source)!r}"
