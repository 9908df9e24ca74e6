"""The claim's own words, and the noun its count counts: what an article's words are compared with.

Read once per claim (cached: the same claim is asked about in every source), by every kind that attaches a
figure or a date to the claim's subject: a word of the claim's own statement between the two is no foreign word
(``associate``), and a count is the claim's only when it counts the claim's noun (``counted``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from factcheck.kinds.attach import LINK, in_table
from factcheck.kinds.counted import TOTALS
from factcheck.read.numbers import find_numbers
from factcheck.read.tokens import scan
from factcheck.read.units import DUAL_COUNT_NOUNS, dual_count_noun, noun_forms
from factcheck.text.morphology import stems, tokenize
from factcheck.text.normalize import normalize, normalize_query

__all__ = ["claim_words", "counted_words"]


def claim_words(says: str, about: Iterable[str]) -> frozenset[str]:
    """Every clitic reading of the words of a claim's statement and ``about``: its own qualifiers."""
    return _claim_words(says, tuple(about))


@lru_cache(maxsize=4096)
def _claim_words(says: str, about: tuple[str, ...]) -> frozenset[str]:
    """Cached: the same claim is asked about in every source."""
    out: set[str] = set()
    for text in (says, *about):
        for word in tokenize(normalize_query(text)):
            if not word[0].isdigit():
                out.update(stems(word))
                single = dual_count_noun(word)  # قتل شخصان: its case ending is no other noun than شخصين
                if single is not None:
                    out.update(dual for dual, one in DUAL_COUNT_NOUNS.items() if one == single)
    return frozenset(out)


def counted_words(says: str, value: float, about: Iterable[str]) -> frozenset[str] | None:
    """What a count claim counts: the noun after its number in ``says`` (``قتل 107 اشخاص``) or
    the definite noun before it (``افراد الطاقم العشره``), with the ``about`` words; None when
    ``says`` names no noun for its number (then the claim's words stand for it)."""
    return _counted_words(says, value, tuple(about))


@lru_cache(maxsize=4096)
def _counted_words(says: str, value: float, about: tuple[str, ...]) -> frozenset[str] | None:
    """Cached: the same claim is asked about in every source."""
    text = normalize(says).text
    toks = scan(text)
    for n in find_numbers(text):
        if n.value != value:
            continue
        after = [t for t in toks if t.start >= n.end][:2]
        before = [t for t in toks if t.end <= n.start][-1:]
        noun = None
        if after and not in_table(after[0].text, LINK) and not after[0].text[0].isdigit():
            noun = after[0].text
        elif len(after) == 2 and after[0].text == "من" and not after[1].text[0].isdigit() \
                and not in_table(after[1].text, TOTALS) and not in_table(after[1].text, LINK):
            noun = after[1].text  # «نحو 1700 من سكان منطقتي ...»: a partitive counts its group
        elif before and before[0].text.startswith("ال"):
            noun = before[0].text
        if noun is not None:  # «منزل» counts «المنازل» too
            return noun_forms(claim_words(noun, about))
    return None
