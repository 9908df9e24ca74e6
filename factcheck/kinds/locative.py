"""Whether a name is given as the place where something happened: «في لندن», not «اتهمت لندن موسكو».

A capital stands for its government in the news: «قرار لندن طرد 23 دبلوماسيا», «حث لافروف لندن على الرد بهدوء»,
«التوتر بين موسكو ولندن».  A claim that says where its event took place («وقع تسميم سكريبال وابنته في مدينة
سالزبري») has its place after a word of place («في», «ب», «داخل», «قرب», «عند») or a noun of a kind of place
(«بمحافظة صعدة»); a rival of it is the event's place only where the source writes it so too («تسميم ... سكريبال في
لندن», «استهدف مدينة الحديدة»).  A direction or a word of nearness before the rival makes it a point of reference,
not the place («في سالزبري بجنوب لندن», «قرب البيت الأزرق الرئاسي» for a summit held in the Peace House).  The
Skripal poisoning file (a held-out event): ten false contradictions of London as the British government.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factcheck.document import Document, Token
from factcheck.kinds.places import PLACE_NOUNS
from factcheck.matching import Match
from factcheck.read.tokens import behind_conjunction, joined, readings
from factcheck.text.normalize import normalize_query

__all__ = ["LOCATIVES", "says_where", "stated_as_place"]

# Words of place before a name (normalized, behind و/ف): «في لندن», «داخل المدينة», «قرب دمشق».
LOCATIVES = frozenset({"في", "داخل", "قرب", "عند", "بالقرب", "وسط"})
# Nouns of a kind of place that may stand between the word of place and the name: «في مدينة سالزبري».
_PLACES = PLACE_NOUNS | frozenset({"عاصمه", "العاصمه", "ملعب", "استاد", "سوق", "شارع", "ميناء", "مطار",
                                    # a place by nature or a building: «على ضفاف بحيرة بريسبا», «في قصر فنلندا»,
                                    # «في منتجع سوتشي»
                                    "بحيره", "ضفاف", "نهر", "جبل", "ساحل", "شاطئ", "خليج", "قصر", "فندق", "قاعده",
                                    "منتجع"})
# Directions: «بجنوب لندن», «شمال دمشق»: the name is a point of reference.
_DIRECTIONS = frozenset({
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "الشمال", "الجنوب", "الشرق", "الغرب",
})

# Words of nearness: «قرب البيت الأزرق», «بالقرب من دمشق»: a point of reference too, not the place itself.
_NEAR = frozenset({"قرب", "بالقرب", "بجوار"})


def _by_ba(word: str) -> bool:
    """The word carries the preposition «ب» (with «و» before it): «بلندن», «وبمحافظة»."""
    return any("ب" in prefix for prefix, _ in readings(word)[1:])


def _direction(word: str) -> bool:
    return any(rest in _DIRECTIONS for _, rest in readings(word))


def _nearness(tokens: Sequence[Token], k: int) -> bool:
    return behind_conjunction(tokens[k].text, _NEAR)


def _place_noun(word: str) -> bool:
    return any(rest in _PLACES for _, rest in readings(word))


def says_where(says: str, answers: Sequence[str]) -> bool:
    """Whether the claim's statement gives one of its answers as its event's place (``_says_where``, cached: the
    same claim is asked about in every source)."""
    return _says_where(says, tuple(answers))


@lru_cache(maxsize=4096)
def _says_where(says: str, answers: tuple[str, ...]) -> bool:
    """The claim's statement gives one of its answers as its event's place: after a word of place or a noun of a
    kind of place («في سالزبري», «في مدينة سالزبري», «بمحافظة صعدة»); «ب» on the answer itself is not read here
    («مرتبطة بجماعة أنصار الدولة»: "with")."""
    words = normalize_query(says).split()
    firsts = {normalize_query(answer).split()[0] for answer in answers if answer.strip()}
    return any(any(rest in firsts for _, rest in readings(word)) and _placed(words, i, own_ba=False)
               for i, word in enumerate(words))


def _placed(words: Sequence[str], i: int, *, own_ba: bool = True) -> bool:
    """Word ``i`` is a word of place itself («وسط تورونتو»), or follows one or a noun of a kind of place
    («مدينة الحديدة»), or carries «ب» (``own_ba``: a claim's «مرتبطة بجماعة» is "with", not "in")."""
    if behind_conjunction(words[i], LOCATIVES) or (own_ba and _by_ba(words[i])):
        return True
    k = i - 1
    if k >= 0 and _place_noun(words[k]):
        return True  # «استهدف مدينة الحديدة», «على ملعب ستاد دو فرانس»: named as a place of its kind
    return k >= 0 and behind_conjunction(words[k], LOCATIVES)


def stated_as_place(document: Document, rival: Match) -> bool:
    """The source gives the rival as a place: a word of place itself («وسط تورونتو»), or after a word of place or a
    noun of a kind of place, or with «ب» on it, and no direction or word of nearness right before it («بجنوب لندن»,
    «قرب البيت الأزرق»: a point of reference)."""
    tokens = document.tokens
    i = rival.first_token
    if behind_conjunction(tokens[i].text, LOCATIVES):
        return True  # «المارة وسط تورونتو»: the rival says where itself
    before = [k for k in (i - 1, i - 2) if k >= 0 and tokens[k].sentence == tokens[i].sentence
              and joined(document.text, tokens[k], tokens[k + 1])]
    if before and before[0] == i - 1 and (_direction(tokens[i - 1].text) or _nearness(tokens, i - 1)):
        return False
    if len(before) == 2 and tokens[i - 1].text == "من" and _nearness(tokens, i - 2):
        return False  # «بالقرب من دمشق»
    name = normalize_query(rival.query).split()[:1]
    word = tokens[i].text
    if name and word.endswith(name[0]) and len(word) > len(name[0]):
        if "ب" in word[:-len(name[0])]:
            return True  # «بلندن», «وبلندن»
        word = name[0]  # «ولندن»: the name behind «و»
    elif name and word == name[0]:
        word = "_" + word  # the name itself («بغداد»): no «ب» read on it
    words = [tokens[k].text for k in sorted(before)] + [word]
    return _placed(words, len(words) - 1)
