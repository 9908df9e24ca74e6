"""Whose people a count counts, by the adjective after its noun: «23 دبلوماسيا بريطانيا» are not «60 دبلوماسيا روسيا».

A crisis of expulsions reports each side's in one article, in the same words: «ردت روسيا بطرد 23 دبلوماسيا
بريطانيا», «أمر ترامب بطرد 60 دبلوماسيا روسيا», «قررت طرد 60 دبلوماسيا أمريكيا» (the Skripal poisoning, a held-out
event: eight false contradictions of its first run).  What tells the groups apart is the relational adjective (a
nisba) right after the counted noun.  A claim whose count is so qualified counts that group only: a count whose
noun is qualified by another nisba is another group's, to support as to contradict.  A count with no nisba after
its noun, or a claim with none, is read as before.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.document import Document
from factcheck.read.numbers import find_numbers
from factcheck.read.tokens import scan
from factcheck.text.normalize import normalize

__all__ = ["another_group", "claim_nisba", "nisba"]

# Endings of a relational adjective, longest first: «بريطانيين», «روسيا» (accusative), «امريكيه», «روسي».
_ENDINGS = ("يين", "يون", "يان", "يتين", "يتان", "يات", "يه", "يا", "ي")
_MIN_STEM = 3  # letters before the ending: «عربي» is a nisba, «في» and «اي» are no words of one


@lru_cache(maxsize=1 << 14)
def nisba(word: str) -> str | None:
    """The stem of a relational adjective (normalized): «بريطانيا» → «بريطان», «روسيين» → «روس»; else None."""
    if not word or word[0].isdigit() or word.startswith(("ال", "و", "ف")):
        return None  # «وروسيا»: and Russia, no adjective of the noun before
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[:-len(ending)]
    return None


@lru_cache(maxsize=4096)
def claim_nisba(says: str, value: float) -> str | None:
    """The nisba right after the noun the claim's number counts («طردت روسيا 23 دبلوماسيا بريطانيا» → «بريطان»)."""
    text = normalize(says).text
    toks = scan(text)
    for n in find_numbers(text):
        if n.value != value:
            continue
        after = [t.text for t in toks if t.start >= n.end][:2]
        if len(after) == 2:  # the noun may itself be of a nisba's shape: «دبلوماسيا بريطانيا»
            return nisba(after[1])
    return None


def another_group(document: Document, end: int, own: str | None) -> bool:
    """The count ending at normalized offset ``end`` has its noun qualified by a nisba other than the claim's
    (``own``): «60 دبلوماسيا روسيا» for a claim of British diplomats."""
    if own is None:
        return False
    last = document.token_at(max(0, end - 1))
    if last is None or last.index + 2 >= len(document.tokens):
        return False
    noun, adjective = document.tokens[last.index + 1], document.tokens[last.index + 2]
    if noun.sentence != last.sentence or adjective.sentence != last.sentence \
            or document.text[last.end:noun.start].strip() or document.text[noun.end:adjective.start].strip():
        return False
    theirs = nisba(adjective.text)
    return theirs is not None and theirs != own
