"""The asides of an article that states a claim: other groups' figures and names, not a denial.

An article that says the claim's figure («السماح لـ629 مهاجراً أنقذتهم منظمة ...») goes on to other groups of
the same people: another ship's 126 migrants, the half million Salvini would expel, the 2,320 people waiting in
Valencia.  The claim's ``about`` words (مهاجر، شخص) name them all, and nothing else in such a sentence ties its
figure to the claim's.  Where a disagreeing figure's sentence names none of the claim's own words beyond its
``about`` and ``near`` words (its places, its event, its people: ``distinctive_words``) and is not a sentence that
supports the claim, it is an aside: the quantity kind drops it when the article supports the claim.

Measured on the labelled real corpus (114 files) before it was made: of the contradicted pairs of articles that
also support the claim, 25 wrong and 7 true ones turned on such sentences alone (older files 15 and 5, the twelve
held out in the last two sessions 10 and 2).  A true one lost is a sentence that says the claim's thing in other
words («مغارة» for «الكهف»); an article whose only disagreement is such a sentence is left `supported`.

A mention claim's rivals are the same: an article that names the hospital Abbas was treated in («المستشفى
الاستشاري العربي») recalls his stay in Baltimore in February, one that tells of Pompeo going on to Tokyo lists
the rest of his tour (فيتنام، أبو ظبي، بروكسل) in a sentence of its own.  Its distinctive words leave out its names
and rivals too (``any``, ``not``).  Measured on the 118 labelled files before it was made: of the 62 contradicted
mention pairs of articles that also name the claim's, 20 wrong and 3 true ones turned on such sentences alone
(the true ones say the claim's thing in other words: «الاعتداء على الرئيس الفلسطيني» for an attack on the prime
minister's convoy).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from factcheck.document import Document
from factcheck.kinds.statement.words import STOPWORDS
from factcheck.text.morphology import stems, tokenize
from factcheck.text.normalize import normalize_query
from factcheck.verdicts import Evidence, Role

__all__ = ["claims_own_words", "distinctive_words", "names_the_claims_own", "without_asides"]

# Words this short (في، من، ان after normalization) tell nothing of what a sentence is about.
_SHORTEST = 3


def _readings(texts: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for text in texts:
        for word in tokenize(normalize_query(text)):
            if len(word) >= _SHORTEST and not word[0].isdigit() and word not in STOPWORDS:
                out.update(stems(word))
    return out


@lru_cache(maxsize=4096)
def distinctive_words(says: str, about: tuple[str, ...], near: tuple[str, ...]) -> frozenset[str]:
    """The clitic readings of the content words of a claim's statement, less those of its ``about`` and ``near``
    words: what only the claim's own story names (cached: the same claim is asked about in every source)."""
    return frozenset(_readings([says]) - _readings([*about, *near]))


def names_the_claims_own(document: Document, sentence: int, distinct: frozenset[str]) -> bool:
    """Whether sentence ``sentence`` of the document names one of the claim's distinctive words."""
    s = document.sentences[sentence]
    return any(not distinct.isdisjoint(stems(t.text)) for t in document.tokens[s.first_token:s.last_token])


def claims_own_words(document: Document, sentence: int, distinct: frozenset[str]) -> set[str]:
    """The words of sentence ``sentence`` that name one of the claim's distinctive words (each word once, whatever
    its readings): how much of the claim's thing a sentence tells (``kinds.first_account``)."""
    s = document.sentences[sentence]
    return {t.text for t in document.tokens[s.first_token:s.last_token] if not distinct.isdisjoint(stems(t.text))}


def without_asides(document: Document, evidence: list[Evidence], sentences: list[int],
                   distinct: frozenset[str]) -> list[Evidence]:
    """The evidence less its asides: when some of it supports the claim, a contradiction in a sentence that
    supports nothing and names none of ``distinct`` (``distinctive_words``) goes.  ``sentences`` holds the
    sentence of each piece of evidence."""
    backing = {s for s, e in zip(sentences, evidence) if e.role is Role.SUPPORTS}
    if not backing or all(e.role is Role.SUPPORTS for e in evidence):
        return evidence
    return [e for s, e in zip(sentences, evidence)
            if e.role is Role.SUPPORTS or s in backing or names_the_claims_own(document, s, distinct)]
