"""Duals of a count claim's own nouns: for a claim counting goals (``about: [هدف]``), «سجل هدفين» is 2 goals.

An Arabic dual carries its number: ``هدفين``، ``بهدفين``، ``مباراتان`` are two of the noun, with no figure
written.  The duals of counted people (``units.DUAL_COUNT_NOUNS``: ``شخصين``، ``قتيلين``) are read in every
article; any other noun's dual is read only for a count claim whose ``about`` names the noun, and only where
the word cannot be something else:

* it is spelled as the dual of one of the claim's single-word ``about`` nouns (``هدف`` → ``هدفين``، ``هدفان``;
  ``مباراة`` → ``مباراتين``، ``مباراتان``), or, for a claim counting 2, of a noun its ``says`` writes as a dual
  (``سجل تشيرشيف هدفين`` counts goals: ``says_nouns``), after proclitics (``بهدفين``، ``وهدفين``), and it is
  indefinite: ``الهدفين`` (the two goals already named) and a construct (``هدفي المباراة``) are not read;
* the dictionary (``text.lexicon.dual_only``) reads it as a dual of that noun and never as a plural of it: a
  masculine ``ين`` is a sound plural too (``لاعبين``، ``المسلمين``، ``مرشحين``), and a word the dictionary does not
  know (a name) is not read.  Without a dictionary only the forms that are no plural are read (``ان``،
  ``تين``، ``تان``);
* no number follows it (``هدفين اثنين``: the number is read), and it is not the other side's score
  (``مقابل هدفين``);
* it is no object of another doing than the claim's: the nearest verb of its noun back in its clause is not one
  of making, passing, missing or conceding that the claim does not say (``صنع تشيرشيف هدفين`` are assists, not
  goals scored; ``وصنع هدفا وسجل هدفين`` and a claim that says ``صنع`` are read);
* it is no unit of time (``يومين``، ``عامين`` are durations: ``read.quantities``).

A dual read so is a sentence's mention of its ``about`` noun too («سجل هدفين» names goals; ``kinds.quantity``),
but a noun of ``says`` is only what is counted, not what the sentence must name; and a word spelled like the
dual that is not read as one (``المشجعين``: a plural) names nothing.  ``about_with_duals`` gives the spellings a
source must hold to be read at all (the corpus index's test, before any of this).

Words that end in ين/ان and are no dual of the claim's noun are never read (``بين``، ``حين``، ``الاثنين``, verbs,
names).  Like the people's duals, such a count supports a claim and never contradicts one
(``kinds.quantity``: no figure is written, the count may be of some of them).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factcheck.read.numbers import find_numbers
from factcheck.read.quantities import Quantity
from factcheck.read.tokens import Tok, joined, readings
from factcheck.read.units import lookup_unit
from factcheck.text.lexicon import dual_only
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_query

__all__ = ["MIN_NOUN", "about_with_duals", "claim_duals", "counted_duals", "dual_counts", "dual_of", "says_nouns"]

MIN_NOUN = 3  # letters of a noun whose dual is read: a shorter stem + ين/ان is too often another word


def _dual_spellings(noun: str) -> tuple[str, ...]:
    """The indefinite dual of a normalized singular noun, in both cases: ``هدف`` → ``هدفين``، ``هدفان``;
    ``مباراه`` → ``مباراتين``، ``مباراتان``."""
    base = noun[:-1] + "ت" if noun.endswith("ه") else noun
    return (base + "ين", base + "ان")


@lru_cache(maxsize=1024)
def claim_duals(about: tuple[str, ...]) -> dict[str, str]:
    """Dual spelling → its singular, for every single-word noun of a count claim's ``about`` (without the
    article: ``الهدف`` is ``هدف``)."""
    out: dict[str, str] = {}
    for word in about:
        words = tokenize(normalize_query(word))
        if len(words) != 1 or any(c.isdigit() for c in words[0]):
            continue
        noun = words[0]
        if noun.startswith("ال") and len(noun) - 2 >= MIN_NOUN:
            noun = noun[2:]
        if len(noun) < MIN_NOUN or lookup_unit(noun) is not None or find_numbers(noun):
            continue
        for dual in _dual_spellings(noun):
            out.setdefault(dual, noun)
    return out


def says_nouns(says: str) -> tuple[str, ...]:
    """The singulars of the indefinite duals of a claim's statement that the dictionary reads as duals only:
    a claim that says «سجل تشيرشيف هدفين» (value 2) counts goals whatever its ``about`` (the scorer) names."""
    return _says_nouns(says)


@lru_cache(maxsize=1024)
def _says_nouns(says: str) -> tuple[str, ...]:
    out: list[str] = []
    for word in tokenize(normalize_query(says)):
        for prefix, rest in readings(word):
            if "ال" in prefix or prefix == "لل" or rest.startswith("ال") or not rest.endswith(("ين", "ان")):
                continue
            base = rest[:-2]
            for single in (base[:-1] + "ه", base) if base.endswith("ت") else (base,):
                if len(single) >= MIN_NOUN and single not in out and dual_only(rest, single):
                    out.append(single)
    return tuple(out)


def counted_duals(about: Sequence[str], says: str, value: float) -> dict[str, str]:
    """The duals a count claim reads as 2 of its noun: of its ``about`` nouns, and, when it counts 2, of the
    noun its statement gives as a dual (``says_nouns``; none when it gives two: which is counted?)."""
    nouns = [n for n in says_nouns(says) if lookup_unit(n) is None] if value == 2 else []
    return claim_duals((*about, *(nouns if len(nouns) == 1 else ())))


def about_with_duals(about: Sequence[str]) -> tuple[str, ...]:
    """A count claim's ``about`` words and the spellings of its nouns' duals: what a source must hold to be read."""
    duals = claim_duals(tuple(about))
    return (*about, *(d for d in duals if d not in about))


def _no_plural(dual: str, single: str) -> bool:
    """A spelling that is no sound masculine plural: ``ان``, or a feminine noun's ``تين``."""
    return dual.endswith("ان") or single.endswith("ه")


def dual_of(word: str, duals: dict[str, str]) -> str | None:
    """The singular ``word`` is the indefinite dual of (see the module doc), or None."""
    for prefix, rest in readings(word):
        single = duals.get(rest)
        if single is None or "ال" in prefix or prefix == "لل":
            continue
        known = dual_only(rest, single)
        if known or (known is None and _no_plural(rest, single)):
            return single
    return None


# Before a score, the other side's: «فاز بخمسة اهداف مقابل هدفين».
_AGAINST = frozenset({"مقابل", "لمقابل", "ومقابل", "امام", "ضد"})
# Verbs (and their verbal nouns) whose object is a counted thing but not its doing: making, passing, missing,
# disallowing, conceding.  «صنع هدفين» are a player's assists, «اهدر هدفين» chances missed: not goals he scored.
_ANOTHER_DOING = frozenset({
    "صنع", "يصنع", "تصنع", "صنعت", "صناعه", "مرر", "يمرر", "تمرر", "مررت", "تمرير", "اهدر", "يهدر", "تهدر",
    "اهدرت", "اهدار", "اضاع", "يضيع", "تضيع", "اضاعت", "اضاعه", "الغي", "يلغي", "الغيت", "الغاء", "تلقي", "تلقت",
    "يتلقي", "تتلقي", "استقبل", "استقبلت", "يستقبل", "تستقبل",
})
# The verbs of its own doing, for the nouns news counts so (a goal scored): the nearest verb decides.
_OWN_DOING = frozenset({"سجل", "يسجل", "تسجل", "سجلت", "تسجيل", "احرز", "يحرز", "تحرز", "احرزت", "احراز"})
DOER_REACH = 5  # words back from a dual to the verb whose object it is: the verb, its subject's name, a particle
_CLAUSE_ENDS = ",،.:؛;"


def _done_by_another(text: str, toks: Sequence[Tok], k: int, prefix: str, own: frozenset[str]) -> bool:
    """Whether the dual at ``k`` is the object of a verb of another doing than the claim's (``_ANOTHER_DOING``:
    «صنع تشيرشيف هدفين»): the nearest verb of its noun back in its clause, within ``DOER_REACH`` words, is one the
    claim does not say.  A scoring verb nearer (``وصنع هدفا وسجل هدفين``) or a preposition on the dual (``صنع
    الفارق بهدفين``: by two goals) leaves it the claim's; so does a claim that says the verb (``صنع هدفين``)."""
    if prefix.strip("وف"):
        return False  # بهدفين، لهدفين (``prefix``: the proclitics before the dual): no verb's object
    for j in range(k - 1, max(-1, k - 1 - DOER_REACH), -1):
        if any(c in text[toks[j].end:toks[j + 1].start] for c in _CLAUSE_ENDS):
            return False
        words = {rest for _, rest in readings(toks[j].text)}
        if words & _OWN_DOING:
            return False
        if words & _ANOTHER_DOING:
            return not words & own
    return False


def dual_counts(text: str, toks: Sequence[Tok], duals: dict[str, str], own: frozenset[str] = frozenset()) -> list[Quantity]:
    """A count of 2 for every dual of the claim's nouns in a normalized text's tokens (``dual``: no figure
    written), unless another doing than the claim's has it as its object (``_done_by_another``; ``own``: the
    claim's words, clitic readings).  A person's dual is read in every article already (``read.quantities``):
    the caller keeps one."""
    # A dual read is the end of a token, so its spelling is in the text: most articles hold none of them,
    # and a scan of every token's clitic readings for every count claim was a tenth of a cold 10x-claims run.
    present = [d for d in duals if d in text]
    if not present:
        return []
    out: list[Quantity] = []
    for k, tok in enumerate(toks):
        word = tok.text
        if not any(d in word for d in present) or not any(rest in duals for _, rest in readings(word)) \
                or dual_of(word, duals) is None:
            continue
        if k + 1 < len(toks) and joined(text, tok, toks[k + 1]) and find_numbers(toks[k + 1].text):
            continue  # هدفين اثنين: the number says it
        if k > 0 and joined(text, toks[k - 1], tok) and toks[k - 1].text in _AGAINST:
            continue  # «بخمسة اهداف مقابل هدفين»: the other side's score
        prefix = next(p for p, rest in readings(tok.text) if rest in duals)
        if _done_by_another(text, toks, k, prefix, own):
            continue  # «صنع تشيرشيف هدفين»: his assists, not his goals
        out.append(Quantity(tok.start, tok.end, 2.0, 2.0, "count", tok.text, None, 2.0, dual=True))
    return out
