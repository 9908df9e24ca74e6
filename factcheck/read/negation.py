"""Polarity of an Arabic clause: which tokens negate it, and whether it is negated.

All functions take NORMALIZED tokens (``normalize(text).text`` then
``tokenize``): alef forms folded, ى → ي, ة → ه.  They are pure and cheap.

What counts as a negator (with its conjunction clitics و/ف, so ولم، فلن، ولا):

* particles: لم، لن، لا، ليس (ليست، ليسوا، ليستا، لست، لسنا …), ما before a verb
  (but not ما as "what": عادة ما، كل ما … nor ما زال "still", nor ما لم "unless");
* nouns and prepositions of absence: غير (not غير أن "however"), دون / بدون /
  من دون (not دون أن-less "below" readings can be told apart, so دون counts), عدم، بلا;
* denial verbs that flip the claim they report: نفى، نفت، ينفي، تنفي، نفي، كذب، كذبت …

What does not: لا سيما / لاسيما ("especially"), the continuatives لا يزال / ما زال /
لم يزل ("still"), and a negator closed by an exceptive إلا (لم يحضر إلا خمسة
*affirms* that five came).

Polarity is the parity of the negators that remain, where a coordinated
negator (ولم، ولا، ولن …) right after another negator continues the same
negation instead of cancelling it: "لم يقدما تفاصيل ولم يتلقيا أسئلة" is one
negated statement, "نفى أنه لم يوقع" is an affirmation.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from factcheck.read.lexicon import LEXICON

__all__ = [
    "DENIAL_VERBS",
    "NEGATION_WORDS",
    "NOUNS",
    "PARTICLES",
    "STILL",
    "is_negation_word",
    "negators",
    "polarity",
    "privative_attribute",
]

# Particles, normalized spelling; accept only a conjunction clitic (و/ف).
PARTICLES: frozenset[str] = frozenset({
    "لم", "لن", "لا", "ليس", "ليست", "ليسوا", "ليستا", "ليسا", "لست", "لسنا", "لستم", "لسن", "لستن",
    "ما",
})
# Nouns/prepositions of absence; accept conjunction and preposition clitics.
NOUNS: frozenset[str] = frozenset({"غير", "دون", "بدون", "عدم", "بلا"})
# Denial verbs (and the verbal noun نفي, which normalizes like the verb نفى).
DENIAL_VERBS: frozenset[str] = frozenset({
    "نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نفيا", "نفتا",
    "كذب", "كذبت", "يكذب", "تكذب", "كذبوا", "يكذبون",
})
# Every surface word that may negate: never drop these as stopwords.
NEGATION_WORDS: frozenset[str] = PARTICLES | NOUNS | DENIAL_VERBS | frozenset({"الا", "سيما", "لاسيما"})

_CONJ = ("و", "ف")
_NOUN_CLITICS = ("وب", "فب", "ول", "فل", "و", "ف", "ب", "ل")
# «ما زال»، «لا يزال»: the verb of ceasing that, negated, says "still" (kinds.counted reads it for counts of
# those still so).
STILL: frozenset[str] = frozenset({"زال", "زالت", "زالوا", "يزال", "تزال", "يزالون"})
# "still": a negated verb of ceasing is an affirmation.
_CONTINUATIVES = STILL | frozenset({
    "نزال", "ازال", "يزل", "تزل", "نزل",
    "برح", "يبرح", "تبرح", "انفك", "ينفك", "تنفك", "فتي", "يفتا", "تفتا", "دام", "دامت",
})
# ما after these is "what"/"how often", not a negator: عادة ما يطيل.
_MA_NOT_AFTER = frozenset({
    "عاده", "غالبا", "كثيرا", "قليلا", "نادرا", "سرعان", "طالما", "بعد", "قبل", "كل", "اذا",
    "حين", "حيث", "بين", "مثل", "نحو", "اكثر", "اقل", "اشد", "اول", "اخر", "هو", "هي", "وهو", "وهي",
    "ان", "انه", "انها", "عن", "من", "في", "علي", "الي", "حول", "بشان", "عند", "لدي", "لكل",
    "ربما", "بقدر", "شي", "شيء", "امر", "يوما",
})
# Mid-sentence, ما negates only after these (otherwise it is "what": وفق ما ذكرت).
_MA_AFTER = frozenset({"لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ثم", "بل", "قد", "انه", "انها", "انهم"})
# ... and ما before these is a pronoun or a quantifier.
_MA_NOT_BEFORE = frozenset({
    "هو", "هي", "هم", "لم", "اذا", "ان", "بين", "في", "من", "عن", "علي", "الي", "بعد", "قبل",
    "يلي", "يسمي", "يعرف", "يكفي", "حد", "نوعا", "زال", "يزال", "تزال", "دام",
})
_EXCEPTIVE = "الا"
_EXCEPTIVE_REACH = 12  # tokens after the negator within which إلا restricts it


def _strip(word: str, clitics: Sequence[str]) -> tuple[str, bool]:
    """The word without one leading clitic from ``clitics`` (longest first), and whether one was cut."""
    for c in clitics:
        if word.startswith(c) and len(word) - len(c) >= 2:
            return word[len(c):], True
    return word, False


def _base(word: str) -> tuple[str | None, bool]:
    """The negation word a token spells (or None) and whether it carries a conjunction."""
    if word in PARTICLES or word in NOUNS or word in DENIAL_VERBS:
        return word, False
    bare, cut = _strip(word, _CONJ)
    if cut and (bare in PARTICLES or bare in DENIAL_VERBS or bare in NOUNS):
        return bare, True
    for c in _NOUN_CLITICS:
        if word.startswith(c) and word[len(c):] in NOUNS:
            return word[len(c):], c[0] in _CONJ
    return None, False


def privative_attribute(tokens: Sequence[str], i: int) -> bool:
    """Token ``i`` is «غير» before a definite word, or before an adjective of participle or nisba shape (مفعول،
    فعلي): an attribute of the noun before it («بالمسؤولية غير المباشرة», indirect responsibility; «استقالة غير
    متوقعة», an unexpected resignation, the held-out Abiy Ahmed file; «بشكل غير مسبوق»), which negates that one word,
    not the clause («غير قادرين على التوصل» does)."""
    if _base(tokens[i])[0] != "غير" or i + 1 >= len(tokens) or len(tokens[i + 1]) <= 3:
        return False
    nxt = tokens[i + 1]
    return nxt.startswith("ال") or nxt.startswith("م") or nxt.endswith(("ي", "يه", "يا"))


def is_negation_word(word: str) -> bool:
    """Whether a normalized word may negate (alone or with its clitics): keep it, whatever the stopword list."""
    return _base(word)[0] is not None or word in NEGATION_WORDS


def _a_figure(word: str) -> bool:
    """A number in digits or words (with the article: «العشرين»), or «سن» (an age) after «دون»."""
    return word[:1].isdigit() or word == "سن" or word in LEXICON or (word.startswith("ال") and word[2:] in LEXICON)


def _is_negator(tokens: Sequence[str], i: int) -> tuple[bool, bool]:
    """(negates, coordinated) for token ``i``."""
    base, coordinated = _base(tokens[i])
    if base is None:
        return False, False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if base == "لا" and nxt in {"سيما", "سيمها"}:
        return False, False
    if base in {"لا", "لم", "ما", "ليس", "ليست"} and nxt in _CONTINUATIVES:
        return False, False
    if base == "ما":
        if nxt is None or nxt in _MA_NOT_BEFORE or nxt.startswith("ال") or nxt.isdigit():
            return False, False
        if not coordinated and prev is not None and prev not in _MA_AFTER:
            return False, False  # هذا ما أكده، وفق ما ذكرت: "what"
        if prev is not None and _base(prev)[0] is not None:
            return False, False
    if base == "لم" and prev in {"ما", "وما"}:
        return False, False  # ما لم: "unless", a condition, not a negated statement
    if tokens[i] == "دون" and prev != "من" and nxt is not None and _a_figure(nxt):
        return False, False  # «دون العشرين من عمره», «دون سن 18»: "under", a bound, not "without"
    if base == "غير" and nxt is not None and (nxt in {"ان", "انه", "انها", "انهم", "ذلك", "هذا"}):
        return False, False  # غير أن: "however"; غير ذلك: "other than that"
    if base in {"لم", "لن", "لا", "ما", "ليس", "ليست", "ليسوا"}:
        # An exceptive closes the negation into a restriction: لم يبق إلا يوم.
        stop = min(len(tokens), i + 1 + _EXCEPTIVE_REACH)
        for j in range(i + 1, stop):
            if tokens[j] == _EXCEPTIVE:
                return False, False
            if j > i + 1 and _base(tokens[j])[0] in {"لم", "لن", "لا", "ما"}:
                break
    return True, coordinated


def negators(tokens: Sequence[str]) -> list[int]:
    """Indices of the tokens that negate, in order."""
    return [i for i in range(len(tokens)) if _is_negator(tokens, i)[0]]


def polarity(tokens: Sequence[str], keep: Container[int] | None = None) -> int:
    """+1 for an affirmation, -1 for a negation (parity of the negators, see module doc).

    ``keep``: count only the negators at these indices (those that govern the
    words of interest: "من دون التوصل إلى اتفاق، كما لم تستكمل" negates the
    agreement once; the لم belongs to the next clause).
    """
    sign = 1
    previous_negator = False
    for i in range(len(tokens)):
        negates, coordinated = _is_negator(tokens, i)
        if not negates or (keep is not None and i not in keep):
            continue
        if coordinated and previous_negator:
            continue  # ... ولم ... : the same negation goes on
        sign = -sign
        previous_negator = True
    return sign
