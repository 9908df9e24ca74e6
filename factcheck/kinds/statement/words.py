"""The statement kind's words: readings, similarity, stopwords, claim and source tokens.

Everything works on normalized text and never drops a negator as a stopword.
Tokens are ``factcheck.text.morphology``'s words and numbers plus the
punctuation that ends a clause (``CLAUSE_TOKEN``), so that a negator's reach
can stop there.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.read.negation import is_negation_word
from factcheck.read.quantities import amounts
from factcheck.text.morphology import stems, token_pattern
from factcheck.text.normalize import normalize_query

__all__ = [
    "CLAUSE_MARKS",
    "CLAUSE_TOKEN",
    "STOPWORDS",
    "WORD_CUTOFF",
    "claim_amounts",
    "claim_tokens",
    "content_words",
    "readings",
    "source_tokens",
    "weight",
    "word_similarity",
]

# Per-word fuzzy cutoff (rapidfuzz ratio on clitic-stripped readings).
WORD_CUTOFF = 80.0
# A suffix is stripped only when this many letters are left: "ات" off "قرارات"
# gives قرار, but a three-letter root is not cut down to two.
MIN_SUFFIX_STEM = 3
# An imperfect verb this long (prefix + a stem of ≥ 4) also reads without its
# prefix; a shorter word starting with ي/ت/ن is most often a noun.
MIN_VERB_LEN = 5
# Readings shorter than this are compared only for equality: a fuzzy ratio
# between two three-letter words is one letter from 67 % and says nothing.
MIN_FUZZY_LEN = 4
# A content word is longer than one letter (a number of any length counts):
# one-letter tokens are clitics cut off by spacing and the clause marks.
MAX_NONCONTENT_LEN = 1
# A number weighs more than a word in the claim's recall: it is what a
# statement most often gets wrong, and the part a reader checks first.
NUMBER_WEIGHT = 1.5
WORD_WEIGHT = 1.0
# Cache sizes: every distinct word of a corpus goes through readings, pairs of
# words through word_similarity; the claims are few.
_READINGS_CACHE = 1 << 16
_SIMILARITY_CACHE = 1 << 18
_CLAIM_CACHE = 1 << 12

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


@lru_cache(maxsize=_READINGS_CACHE)
def readings(word: str) -> frozenset[str]:
    """A word's proclitic readings plus their light suffix-stripped forms (≥ ``MIN_SUFFIX_STEM`` letters)."""
    out: set[str] = set()
    for s in stems(word):
        out.add(s)
        for suf in _SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= MIN_SUFFIX_STEM:
                out.add(s[: -len(suf)])
                break
        # Imperfect verbs: يرتفع ~ ارتفاع via the shared stem رتفع
        if len(s) >= MIN_VERB_LEN and s[0] in _VERB_PREFIXES:
            out.add(s[1:])
    return frozenset(out)


@lru_cache(maxsize=_SIMILARITY_CACHE)
def word_similarity(a: str, b: str) -> float:
    """0–100: equal readings score 100; else the best ratio between readings of ≥ ``MIN_FUZZY_LEN`` letters."""
    if a == b:
        return 100.0
    ra, rb = readings(a), readings(b)
    if ra & rb:
        return 100.0
    if a.isdigit() or b.isdigit():
        return 0.0
    best = 0.0
    for x in ra:
        if len(x) < MIN_FUZZY_LEN:
            continue
        for y in rb:
            if len(y) < MIN_FUZZY_LEN:
                continue
            best = max(best, fuzz.ratio(x, y))
    return best


def content_words(tokens: Iterable[str]) -> list[str]:
    """Tokens that carry content: not stopwords, never negators; numbers kept."""
    return [
        t for t in tokens
        if (t.isdigit() or len(t) > MAX_NONCONTENT_LEN) and t not in STOPWORDS and not is_negation_word(t)
    ]


def weight(word: str) -> float:
    """A claim word's weight in the recall."""
    return NUMBER_WEIGHT if word.isdigit() else WORD_WEIGHT


# Words and numbers as ``Document`` tokenizes them, plus the punctuation that
# ends a clause, kept as one-character tokens: a negator's reach stops there
# ("كما لم تستكمل على مستوى الوفود، ورغم ذلك وصف بوتين اللقاء بأنه بناء").
# One character long, they are never content words.
_MARKS = "،,;؛:.!?؟()"
CLAUSE_MARKS = frozenset(_MARKS)
CLAUSE_TOKEN = token_pattern(_MARKS)


def source_tokens(text: str, *, normalized: bool = False) -> tuple[list[str], dict[int, float]]:
    """A source's tokens, and the amount each number token belongs to (خمس → 5).

    ``normalized``: the text is already normalized (a ``Document``'s text).
    """
    norm = text if normalized else normalize_query(text)
    spans = [(m.start(), m.end(), m.group()) for m in CLAUSE_TOKEN.finditer(norm)]
    values: dict[int, float] = {}
    found = amounts(norm)
    for n in found:
        for j, (a, b, _) in enumerate(spans):
            if a < n.end and n.start < b:
                values[j] = n.value
    return [t for _, _, t in spans], values


@lru_cache(maxsize=_CLAIM_CACHE)
def claim_amounts(query: str) -> frozenset[str]:
    """The claim's amounts as ``claim_tokens`` writes them (not the days and years of its dates)."""
    text = normalize_query(query)
    return frozenset(_digits(n.value) for n in amounts(text) if n.kind != "vague")


def _digits(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else format(value, "f").rstrip("0").rstrip(".")


@lru_cache(maxsize=_CLAIM_CACHE)
def claim_tokens(query: str) -> tuple[str, ...]:
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
        out.extend(CLAUSE_TOKEN.findall(text[pos:n.start]))
        if n.hedge:
            out.extend(CLAUSE_TOKEN.findall(n.hedge))
        out.append(_digits(n.value))
        pos = n.end
    out.extend(CLAUSE_TOKEN.findall(text[pos:]))
    return tuple(out)
