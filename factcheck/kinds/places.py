"""The place a claim names tells which event a date is of: «جزيرة لومبوك» is not «جزيرة سولاويسي».

News of a disaster recalls the last one of its kind, often in the same country: an article on the Sulawesi quake of
28 September reports that «ضربت سلسلة من الزلازل المميتة جزيرة لومبوك ... الذي وقع في 5 أغسطس».  The claim's event
words (ضرب، الزلزال، وقع) are the other quake's as well, so its date would deny the Sulawesi claim.  What tells
the two apart is the place, named in construct after a noun of its kind: «جزيرة سولاويسي»، «ولاية كيرالا»، «مدينة
بالو» (``PLACE_NOUNS``, without the article).  A claim whose statement names its place so is about the event at
that place; a sentence that names a place of the same kind by another name, and the claim's nowhere, is about
another event: its date may support the claim, never contradict it (a contradiction is a promise to an editor).
A claim that names no place so, or a sentence that names none of its kind, is read as before.  The same holds
for a quantity (kinds/quantity.py): «على جزيرة سولاويسي أسفرت عن مقتل أكثر من ألفي شخص» denies no Lombok toll.  Names compare by
spelling, loosely (``SAME_NAME``): سولاويسي and سولاويزي are one island, however a source spells it.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from factcheck.document import Document
from factcheck.read.tokens import Tok, joined, readings, scan
from factcheck.text.normalize import normalize

__all__ = ["PLACE_NOUNS", "SAME_NAME", "another_place", "claim_places"]

# Nouns of a kind of place, normalized: a name in construct after one is a place of that kind.
PLACE_NOUNS = frozenset({
    "جزيره", "جزر", "مدينه", "ولايه", "مقاطعه", "اقليم", "منطقه", "قريه", "بلده", "محافظه",
    "مدرسه",  # «بمدرسة مارغوري ستونمان دوغلاس الثانوية» is another shooting than «مدرسة سانتا في»'s
})
# Words after a place noun that say what kind it is, not which: «مدرسة ثانوية» names no school.
_KIND_WORDS = frozenset({"ثانويه", "ابتدائيه", "اعداديه", "متوسطه", "اساسيه"})
SAME_NAME = 0.75  # spelling likeness above which two names are one place
_ARTICLE = "ال"
_MIN_LETTERS = 3  # a shorter word after a place noun (في، من) is no name

Places = tuple[tuple[str, str], ...]  # (kind of place, name) pairs a claim names


def _kind(word: str) -> str | None:
    """The place noun a word is, behind any clitic but the article (جزيرة، لجزيرة، وولاية), or None."""
    for prefix, rest in readings(word):
        if rest in PLACE_NOUNS and _ARTICLE not in prefix:
            return rest
    return None


def _named(text: str, toks: Sequence[Tok], first: int, last: int) -> list[tuple[str, str]]:
    """The (kind, name) pairs tokens ``[first, last)`` name: a place noun and the word joined right after it."""
    out: list[tuple[str, str]] = []
    for i in range(first, min(last, len(toks)) - 1):
        kind = _kind(toks[i].text)
        nxt = toks[i + 1]
        if kind is not None and joined(text, toks[i], nxt) and len(nxt.text) >= _MIN_LETTERS \
                and not nxt.text[:1].isdigit() and not nxt.text.startswith(_ARTICLE) and nxt.text not in _KIND_WORDS:
            out.append((kind, nxt.text))
    return out


def claim_places(says: str) -> Places:
    """The places a claim's statement names in construct after a place noun (``جزيرة سولاويسي``)."""
    return _claim_places(says)


@lru_cache(maxsize=4096)
def _claim_places(says: str) -> Places:
    """Cached: the same claim is asked about in every source."""
    text = normalize(says).text
    toks = scan(text)
    return tuple(_named(text, toks, 0, len(toks)))


def _same(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= SAME_NAME


def another_place(document: Document, sentence: int, places: Places) -> bool:
    """The sentence names a place of a kind the claim names by another name, and the claim's name nowhere."""
    if not places or sentence < 0:
        return False
    s = document.sentences[sentence]
    words = [document.tokens[k].text for k in range(s.first_token, s.last_token)]
    if any(_same(rest, name) for w in words for _, rest in readings(w) for _, name in places):
        return False  # the claim's place is named: the sentence may well be of its event
    kinds = {kind for kind, _ in places}
    return any(kind in kinds for kind, _ in _named(document.text, document.tokens, s.first_token, s.last_token))
