"""Finding a name or phrase in a document: fuzzy, whole words, clitic-aware.

Shaped like ``rapidfuzz.process``: ``find(query, analysis, *, scorer,
processor, score_cutoff)``.  Matching is on whole tokens of the normalized
text, never inside a word, so ``روبيو`` is not found in ``الأوروبيون``; a
token also matches through its proclitic readings, so ``بألاسكا`` contains
``ألاسكا``.  Short words are matched exactly: a fuzzy score on three letters
says nothing.  A fuzzy (non-exact) match must also be a spelling variant of
the query word, never a different word (contract §4):
:func:`factcheck.text.lexicon.is_variant` refuses ``السياسي`` for ``السيسي``,
``الأوسكار`` for ``ألاسكا`` and ``الاجتماعي`` for ``الاجتماع``.  A noun's accusative
alif (``قتيلا`` of ``قتيل``) is met by a one-word query only right after a number, as a count's noun; in a
phrase, anywhere (``مركزا للشرطة`` for ``مركز للشرطة``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process

from factcheck.analysis import Analysis
from factcheck.document import Token
from factcheck.read.lexicon import LEXICON
from factcheck.text.lexicon import accusative_form, entry, is_variant
from factcheck.text.morphology import LAM_ARTICLE, PROCLITICS, article_reading, stems, tokenize
from factcheck.text.normalize import normalize_query

__all__ = ["ANY_CLITIC_FROM", "about_queries", "EXACT_BELOW", "INDEFINITE_FROM", "LETTER_CLITICS", "Match", "SHORT_FUZZY", "find", "find_any",
           "fuzzy_pair", "sentences_naming", "token_score", "without_article"]

Scorer = Callable[..., float]

# Words of fewer letters than this must match exactly: one letter of four is
# a quarter of the word, and a fuzzy score says nothing about it.
EXACT_BELOW = 5
# ... except that a word of one letter less meets a longer spelling of itself (ترمب: ترامب, بوتن: بوتين)
# as the longer one meets it: in a pair, the word that must be long enough is the longer.
SHORT_FUZZY = EXACT_BELOW - 1

# A query word of this many letters may meet any proclitic reading of a word;
# a shorter one only a reading stripped of the article (تين is not in بوتين).
ANY_CLITIC_FROM = 4
# ... but a query word of three letters behind a conjunction or preposition (بمصر, وهدف, لحزب) is that word
# when the dictionary reads the whole so (see ``_behind_letters``): مصر, قطر, غزة, هدف, حزب are news's words.
LETTER_CLITICS = frozenset(p for p in PROCLITICS if not p.endswith(("ال", "لل")))

# An indefinite form is derived only from article words of this many letters
# (ال + three): "الى" or "الا" are particles, not nouns with an article.
INDEFINITE_FROM = 5



@dataclass(frozen=True, slots=True)
class Match:
    query: str  # the query as the claim wrote it
    start: int  # normalized offsets in the document
    end: int
    first_token: int
    last_token: int  # exclusive
    sentence: int
    score: float


def _readings(word: str, query_len: int) -> tuple[str, ...]:
    """Readings of a document word that a query of ``query_len`` letters may meet.

    A short query may only meet a word stripped of a sure clitic (one with
    the article), so the 3-letter ``تين`` is not read into ``بوتين``.  ``ل``
    before the article is written ``لل``: ``للمحكمة`` also reads ``المحكمة``.
    """
    all_stems = stems(word)
    if query_len >= ANY_CLITIC_FROM:
        out = all_stems
    else:
        out = tuple(s for s in all_stems if s == word or word[: len(word) - len(s)].endswith(("ال", "لل")))
    # Kept here until text.morphology.stems (THE clitic stripper) gives this reading.
    with_article = article_reading(word)
    return out if with_article is None else (*out, with_article)


@lru_cache(maxsize=1 << 14)
def _behind_letters(query_word: str, word: str) -> bool:
    """Whether ``word`` is a three-letter ``query_word`` behind clitic letters (و ف, then ب ل ك): only when
    the dictionary's most frequent reading of the whole is the query word, or the one it gives the query word
    itself (it reads the name كيم, and so وكيم, as كام), or the whole is a name it does not know (بغزة).  A word
    of its own that merely starts so stays apart (كبير is not ك + بير, لجنة not ل + جنة, فعلي not ف + علي);
    without the dictionary, as the letters alone cannot tell, it stays apart too."""
    if word[:-3] not in LETTER_CLITICS:
        return False
    found = entry(word)
    if found is None or not found.is_word or found.main == query_word:
        return found is not None
    own = entry(query_word)
    return own is not None and own.is_word and found.main == own.main


def fuzzy_pair(query_word: str, reading_length: int) -> bool:
    """Whether a query word and a reading of this length may match fuzzily (else only when equal).  The short
    word's longer spellings are an Arabic name's (its vowel letters): Latin Dina is not Diana."""
    length = len(query_word)
    return length >= EXACT_BELOW or (
        length == SHORT_FUZZY and reading_length >= EXACT_BELOW and "\u0621" <= query_word[0] <= "\u064a")


def token_score(query_word: str, word: str, *, scorer: Scorer = fuzz.ratio, score_cutoff: float = 85) -> float:
    """Best score of ``query_word`` against the readings of a document word, or 0.

    An exact reading scores 100; a fuzzy one counts only when it is a spelling
    variant of the query word (:func:`~factcheck.text.lexicon.is_variant`).
    """
    if len(query_word) == 3 and len(word) > 3 and word.endswith(query_word) and _behind_letters(query_word, word):
        return 100.0
    best = 0.0
    exact = len(query_word) < SHORT_FUZZY
    for reading in _readings(word, len(query_word)):
        if reading == query_word:
            return 100.0
        if exact or not fuzzy_pair(query_word, len(reading)) or reading.isdigit() != query_word.isdigit():
            continue
        score = scorer(query_word, reading, score_cutoff=score_cutoff)
        if score > best and is_variant(query_word, reading):
            best = score
    return best if best >= score_cutoff else 0.0


def _first_word_candidates(
    word: str, analysis: Analysis, scorer: Scorer, score_cutoff: float
) -> dict[int, float]:
    """Tokens whose readings match ``word``, via the document's vocabulary."""
    vocab = analysis.vocabulary
    tokens = analysis.document.tokens
    hits: dict[int, float] = {}
    if len(word) < SHORT_FUZZY:
        keys: list[tuple[str, float]] = [(word, 100.0)] if word in vocab else []
    elif scorer is fuzz.ratio:
        keys = list(analysis.close_keys(word, score_cutoff))
    else:
        keys = [
            (key, score)
            for key, score, _ in process.extract(
                word, analysis.vocabulary_keys, scorer=scorer, score_cutoff=score_cutoff, limit=None
            )
        ]
    if word.startswith("ال"):  # للمحكمة is ل + المحكمة, whatever its fuzzy score
        keys += [(head + word[2:], 100.0) for head in LAM_ARTICLE if head + word[2:] in vocab]
    scored: dict[str, float] = {}  # an article repeats its names: each spelling is scored once
    for key, _ in keys:
        for idx in vocab[key]:
            if idx not in hits:
                text = tokens[idx].text
                score = scored.get(text)
                if score is None:
                    score = scored[text] = token_score(word, text, scorer=scorer, score_cutoff=score_cutoff)
                if score:
                    hits[idx] = score
    return hits


# find's answers, per document read: the claims checked against one document ask
# for the same names and about words again and again (the claims of one event).
_FindKey = tuple[str, Scorer, Callable[[str], str], float]
_found: WeakKeyDictionary[Analysis, dict[_FindKey, tuple[Match, ...]]] = WeakKeyDictionary()


def find(
    query: str,
    analysis: Analysis,
    *,
    scorer: Scorer = fuzz.ratio,
    processor: Callable[[str], str] = normalize_query,
    score_cutoff: float = 85,
) -> list[Match]:
    """Every place ``query`` occurs as whole words, best-scoring first."""
    return _remembered(_found, analysis, (query, scorer, processor, score_cutoff),
                       lambda: _find(query, analysis, scorer, processor, score_cutoff))


_Key = TypeVar("_Key")


def _remembered(memo: WeakKeyDictionary[Analysis, dict[_Key, tuple[Match, ...]]], analysis: Analysis, key: _Key,
                compute: Callable[[], list[Match]]) -> list[Match]:
    """A document's matches for ``key``, computed once while the document is read (a new list each time)."""
    known = memo.setdefault(analysis, {})
    found = known.get(key)
    if found is None:
        found = known[key] = tuple(compute())
    return list(found)


def _find(
    query: str, analysis: Analysis, scorer: Scorer, processor: Callable[[str], str], score_cutoff: float
) -> list[Match]:
    words = tokenize(processor(query))
    if not words:
        return []
    weights = [len(w) for w in words]
    total = sum(weights)
    tokens: Sequence[Token] = analysis.document.tokens
    matches: list[Match] = []
    for idx, first_score in _first_word_candidates(words[0], analysis, scorer, score_cutoff).items():
        end = idx + len(words)
        if end > len(tokens) or tokens[end - 1].sentence != tokens[idx].sentence:
            continue
        # a one-word query meets its accusative only as a count's noun; in a phrase the other words say what it is
        # («استهدف مركزا للشرطة» names «مركز للشرطة»)
        if len(words) == 1 and _only_accusative(words[0], tokens[idx].text) and not _after_a_number(tokens, idx):
            continue
        scores = [first_score]
        for k in range(1, len(words)):
            s = token_score(words[k], tokens[idx + k].text, scorer=scorer, score_cutoff=score_cutoff)
            if not s:
                break
            scores.append(s)
        else:
            score = sum(s * w for s, w in zip(scores, weights)) / total
            matches.append(
                Match(query, tokens[idx].start, tokens[end - 1].end, idx, end, tokens[idx].sentence, score)
            )
    matches.sort(key=lambda m: (-m.score, m.start))
    return matches


@lru_cache(maxsize=4096)
def _only_accusative(query_word: str, word: str) -> bool:
    """Whether the document word meets the query word only as its accusative alif (``قتيلا`` of ``قتيل``)."""
    readings = _readings(word, len(query_word))
    return query_word not in readings and any(accusative_form(query_word, r) for r in readings)


def _after_a_number(tokens: Sequence[Token], idx: int) -> bool:
    """Whether the token before ``idx``, in its sentence, is a number (``39``، ``اربعين``، ``عشر``): an
    accusative alif is read as the noun a count of 11 to 99 takes («39 قتيلا»).  Elsewhere the alif makes an
    adverb or another word a name may be too: «بدا سعيدا» (happy) is no سعيد, «اكثر حماسا» no حماس."""
    if idx == 0 or tokens[idx - 1].sentence != tokens[idx].sentence:
        return False
    return any(s[:1].isdigit() or s in LEXICON for s in stems(tokens[idx - 1].text))


def find_any(
    queries: Iterable[str],
    analysis: Analysis,
    *,
    scorer: Scorer = fuzz.ratio,
    processor: Callable[[str], str] = normalize_query,
    score_cutoff: float = 85,
) -> list[Match]:
    """All matches of any query; where two overlap, the longer and better one wins.

    Remembered per document, like ``find``: the claims of an event ask for the same rivals and about words.
    """
    asked = tuple(queries)
    return _remembered(_found_any, analysis, (asked, scorer, processor, score_cutoff),
                       lambda: _find_any(asked, analysis, scorer, processor, score_cutoff))


_found_any: WeakKeyDictionary[Analysis, dict[tuple[tuple[str, ...], Scorer, Callable[[str], str], float],
                                             tuple[Match, ...]]] = WeakKeyDictionary()


def _find_any(
    queries: tuple[str, ...], analysis: Analysis, scorer: Scorer, processor: Callable[[str], str], score_cutoff: float
) -> list[Match]:
    found: list[Match] = []
    for q in queries:
        found.extend(find(q, analysis, scorer=scorer, processor=processor, score_cutoff=score_cutoff))
    found.sort(key=lambda m: (-(m.last_token - m.first_token), -m.score, m.start))
    taken: set[int] = set()
    kept: list[Match] = []
    for m in found:
        span = set(range(m.first_token, m.last_token))
        if span & taken:
            continue
        taken |= span
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


@lru_cache(maxsize=4096)
def without_article(query: str) -> str | None:
    """The query with the article taken off every word, when every word has one (else None)."""
    raw = query.split()
    words = tokenize(normalize_query(query))
    # Test the article as written: after normalization أ/إ/آ look like ا, and
    # "إلهام" or "ألمانيا" would lose letters that are not an article.
    if not words or len(raw) != len(words) or not all(r.startswith(("ال", "ٱل")) for r in raw):
        return None
    if not all(w.startswith("ال") and len(w) >= INDEFINITE_FROM for w in words):
        return None
    return " ".join(_PRONOUNS.get(w, w[2:]) for w in words)


# Quantifiers that the article makes pronouns: «الجميع» is everyone, and so is «جميعا» after those it counts
# («الثلاثة عشر جميعا»); «جميع» (all of: «في جميع أنحاء العالم») is only the noun after it.
_PRONOUNS = {"الجميع": "جميعا"}
_PRONOUN_FORMS = frozenset(_PRONOUNS.values())
_EXACT_SCORE = 100.0


def about_queries(about: Iterable[str]) -> tuple[str, ...]:
    """The ``about`` words as searched: each, and its indefinite form when written with the article."""
    out: list[str] = []
    for q in about:
        out.append(q)
        indefinite = without_article(q)
        if indefinite is not None:
            out.append(indefinite)
    return tuple(out)


def sentences_naming(
    about: Iterable[str], analysis: Analysis, *, score_cutoff: float = 85
) -> dict[int, list[Match]]:
    """Sentences that name one of ``about``, with where they name it.

    An ``about`` word is a topic, not a name: written with the article
    (القمة، القاعدة الجوية) it also meets the indefinite form (انعقدت قمة، قاعدة جوية).
    It is met as a whole word, like a name: ``الاجتماع`` is not in ``الاجتماعي``
    (social), nor ``القمة`` in ``القيمة``; a form of the same dictionary word is
    (الحرب، الحروب).
    """
    out: dict[int, list[Match]] = {}
    for m in find_any(about_queries(about), analysis, score_cutoff=score_cutoff):
        if m.query in _PRONOUN_FORMS and m.score < _EXACT_SCORE:
            continue  # «جميعا» met as written: «جميع أنحاء العالم» is no one
        out.setdefault(m.sentence, []).append(m)
    return out
