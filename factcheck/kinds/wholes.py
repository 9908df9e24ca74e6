"""A count of one place, or of several: a part of what the claim counts, or a whole that holds it.

The news gives a toll or a count of damage for one place and for a region, and says which by the words after the
count: «1700 منزل في حي واحد ابتلعتها الأرض» counts one district's houses, a part of the 66,000 damaged across
Sulawesi; «868 شخصا لقوا مصرعهم في سبع ولايات هندية» counts seven states' dead, a whole that holds Kerala's 357.
A part may reach the claim's figure or go past it, but falling short denies nothing (``kinds.stages``); a whole
mirrors it: it may fall short (all of the claim's would not fit in it) but going past denies nothing.  A claim
that counts the place itself («قتل 20 شخصا في سبع ولايات») keeps its figures: the place's noun among its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from factcheck.document import Document
from factcheck.kinds.attach import in_table, parted, word_before
from factcheck.kinds.sides import Side, sides_named
from factcheck.read.dates import find_dates
from factcheck.read.numbers import find_numbers
from factcheck.read.tokens import last_word
from factcheck.read.units import UNIT_WORDS
from factcheck.text.lexicon import entry
from factcheck.text.normalize import normalize_query

__all__ = ["OTHER_SIDE", "PLACE_REACH", "Scope", "a_change", "changed_to", "claim_reaches", "in_series", "per_each", "scope_of",
           "share_of", "size_held", "size_of_group", "won_of_a_size"]

# Words from the count's last token to the «في» of its place: its counted noun and a verb between («868 شخصا لقوا
# مصرعهم في سبع ولايات»).
PLACE_REACH = 4
_ONE = frozenset({"واحد", "واحده", "واحدا"})
# «في عده ولايات»: several of them, no figure.
_SEVERAL = frozenset({"عده", "مختلف"})


OTHER_SIDE = "of the other side"  # a count of those inside, for a claim of those from outside (or the other way)


class Scope(NamedTuple):
    """How a count is of a place: its words for a reason (``of one حي``، ``across سبع ولايات``); ``whole`` when
    it is of several places, of which the claim's is one."""

    words: str
    whole: bool


def scope_of(document: Document, start: int, end: int, own: frozenset[str], *, side: Side | None = None) -> Scope | None:
    """Whether the count at this normalized span is of one place («في حي واحد»، «في يوم واحد»: a part) or of
    several («في سبع ولايات»، «في عدة مدن»: a whole), read at the first «في» within ``PLACE_REACH`` words after it
    in its phrase (no other figure, nor a word joined by «و» or «ف», between); None when neither, or when the
    claim's words name that place's noun.  For a claim of one ``side`` («من خارج المملكة»: ``kinds.sides``), a count
    whose clause names both sides or none is a whole, one of the other side ``OTHER_SIDE``."""
    last = document.token_at(max(start, end - 1))
    if last is None:
        return None
    tokens = document.tokens
    if _in_all(document, start, own):
        return Scope("in all", whole=True)  # «وفي المجموع، قتل 555 شخصا»: the sum of several
    if side is not None:  # a claim of one side (kinds.sides)
        named = sides_named(document, last.index)
        if len(named) != 1:
            return Scope("of those inside and outside", whole=True)  # both, or none: maybe all of them
        if side not in named:
            return Scope(OTHER_SIDE, whole=False)
    for k in range(last.index + 1, min(len(tokens), last.index + 1 + PLACE_REACH)):
        word = tokens[k].text
        if tokens[k].sentence != last.sentence or parted(document, k - 1, k) or find_numbers(word):
            return None
        if word == "في":
            return _place(document, k + 1, own)
        if word[:1] in ("و", "ف") and k > last.index + 1:
            return None  # «8 أهداف ونجح في 5 تمريرات»: another phrase, the place is its own
    return None


# «وفي المجموع»، «وإجمالا»: what follows sums several counts.
_ALL = frozenset({"المجموع", "المجمل", "الاجمال"})
_ALL_ALONE = frozenset({"اجمالا", "مجملا"})
_IN = frozenset({"في"})
# «في هجمات سورابايا»: several attacks (``targets.ATTACKS``' plurals), of which the claim's may be one.
_SEVERAL_ATTACKS = frozenset({"هجمات", "اعتداءات", "تفجيرات", "غارات", "ضربات", "هجومين"})


def _in_all(document: Document, start: int, own: frozenset[str]) -> bool:
    """«في المجموع» (or «إجمالا») before the count at ``start`` in its sentence: the count sums several («وفي
    المجموع، قتل 555 شخصا» is a series of quakes' toll); a claim that says so itself keeps it."""
    first = document.token_at(start)
    if first is None or own & (_ALL | _ALL_ALONE):
        return False
    tokens = document.tokens
    begin = document.sentences[first.sentence].first_token
    return any(in_table(tokens[k].text, _ALL_ALONE) or (
        tokens[k].text in _ALL and k > begin and in_table(tokens[k - 1].text, _IN))
        for k in range(begin, first.index))


def _place(document: Document, at: int, own: frozenset[str]) -> Scope | None:
    """The place after «في» at token ``at``: a noun and «واحد» after it, a figure of two or more before it, or a
    plural of attacks («في هجمات سورابايا»: several, the claim's maybe one of them)."""
    tokens = document.tokens
    if at >= len(tokens):
        return None
    if in_table(tokens[at].text, _SEVERAL_ATTACKS) and not in_table(tokens[at].text, own):
        return Scope(f"across {tokens[at].text}", whole=True)
    if at + 1 >= len(tokens) or parted(document, at - 1, at + 1):
        return None
    word, after = tokens[at].text, tokens[at + 1].text
    listed = _listed_places(document, at, own)
    if listed is not None:
        return Scope(f"across {listed}", whole=True)  # «في ساوث كارولاينا ونورث كارولاينا وفرجينيا»
    if after in _ONE and not find_numbers(word):
        return None if in_table(word, own) else Scope(f"of one {word}", whole=False)
    if word in _SEVERAL:
        return None if in_table(after, own) else Scope(f"across {word} {after}", whole=True)
    stop = min(len(tokens) - 1, at + 2)
    numbers = find_numbers(document.text[tokens[at].start:tokens[stop].end])
    if not numbers or numbers[0].start != 0 or numbers[0].low < 2 or numbers[0].kind != "cardinal":
        return None
    noun = next((t for t in tokens[at + 1:stop + 1] if t.start >= tokens[at].start + numbers[0].end), None)
    if noun is None or noun.sentence != tokens[at].sentence or find_numbers(noun.text) or in_table(noun.text, own):
        return None
    if noun.text in UNIT_WORDS or find_dates(document.text[tokens[at].start:noun.end]):
        return None  # «إلى 445 في 20 أغسطس»، «في 14 يوما»: a day or a span of time, no places
    return Scope(f"across {document.text[tokens[at].start:noun.end]}", whole=True)


_LIST_REACH = 6  # words after «في» in which a list of named places is read


def _listed_places(document: Document, at: int, own: frozenset[str]) -> str | None:
    """Names of places listed after «في» (token ``at`` is the first after it), joined by «و» (the dictionary knows
    none of them: «في ساوث كارولاينا ونورث كارولاينا وفرجينيا», the Florence file's 1.7 million ordered out
    of three states), one of them at least not the claim's: the count is of all of them.  «في المدينة وضواحيها» lists
    no names."""
    tokens = document.tokens
    names: list[str] = []
    joined_names, end = 0, at
    for k in range(at, min(len(tokens), at + _LIST_REACH)):
        if tokens[k].sentence != tokens[at].sentence or (k > at and parted(document, k - 1, k)):
            break
        word = tokens[k].text
        bare = word[1:] if word.startswith("و") and k > at else word
        found = entry(bare)
        if found is not None and found.is_word and not (k + 1 < len(tokens) and tokens[k + 1].text in names):
            break  # a word of the dictionary, unless it heads a name listed before («ونورث كارولاينا»)
        names.append(bare)
        joined_names += bare is not word
        end = k
    if joined_names == 0 or all(in_table(name, own) for name in names):
        return None
    return document.text[tokens[at].start:tokens[end].end]


# «4 أهداف، منها الهدف الرابع»: the count, then a part of it.
_OF_WHICH = frozenset({"منها", "منهم", "منهن", "بينها", "بينهم", "ومنها", "ومنهم", "وبينهم"})
SPLIT_REACH = 2  # words from the count's last token to «منها»: its counted noun


def split_before(document: Document, start: int, end: int, instance: list[int]) -> bool:
    """The count at this normalized span is split into parts («سجل 4 أهداف، منها الهدف الرابع في المباراة
    النهائية»: Mbappé's goals of the tournament, one of them in the final) and the claim's instance (``instance``:
    the first tokens of its ``near`` words in the sentence) is named only in the part: the count is of a larger
    scope than the claim's, of which the claim's holds some, maybe not all; it denies the claim nothing."""
    last = document.token_at(max(start, end - 1))
    if last is None or not instance:
        return False
    tokens = document.tokens
    for k in range(last.index + 1, min(len(tokens), last.index + 1 + SPLIT_REACH + 1)):
        if tokens[k].sentence != last.sentence or find_numbers(tokens[k].text):
            return False
        if tokens[k].text in _OF_WHICH:
            return all(first > k for first in instance)
    return False


# «بقيمة خمسة آلاف يورو عن كل عقار متضرر»: a figure for each one of many is a rate, not the total.
_EACH = "كل"
_FOR = frozenset({"عن", "ل", "في", "علي"})
EACH_REACH = 3  # words from the figure's last token to «عن كل»: its unit or counted noun between


def per_each(document: Document, start: int, end: int, own: frozenset[str]) -> bool:
    """Whether the figure at this normalized span is given for each of many («عن كل عقار»، «لكل أسرة»), within
    ``EACH_REACH`` words after it in its phrase, or counts what «كل» takes one in («بين كل أربعة مرشحين شاب»، «كل
    أربع سنوات»): a rate that neither gives nor denies a total; a claim that says «كل» itself keeps it."""
    last = document.token_at(max(start, end - 1))
    if last is None or _EACH in own:
        return False
    tokens = document.tokens
    first = document.token_at(start)
    if first is not None and first.index > 0 and tokens[first.index - 1].text in (_EACH, "بكل", "ولكل", "لكل") \
            and tokens[first.index - 1].sentence == first.sentence and not parted(document, first.index - 1, first.index):
        return True
    for k in range(last.index + 1, min(len(tokens) - 1, last.index + 1 + EACH_REACH)):
        if tokens[k].sentence != last.sentence or parted(document, k - 1, k) or find_numbers(tokens[k].text):
            return False
        if tokens[k].text in _FOR and tokens[k + 1].text == _EACH and not parted(document, k, k + 1):
            return True
        if tokens[k].text == "لكل":
            return True
    return False


# «عائلة من 5 أشخاص»، «أسرة مؤلفة من 5 أفراد»: the count after «من» is how many the group holds.
_GROUP_NOUNS = frozenset({"عائله", "اسره", "خليه"})
_MADE_OF = frozenset({"مؤلفه", "مكونه", "مولفه", "مؤلف", "مكون", "مولف"})


# «وتقول بيانات التعليم الاتحادي إن المدرسة تضم نحو 1462 طالبا»: what a place or a group holds, its size.
_HOLDS = frozenset({"تضم", "يضم", "تحتضن", "يحتضن", "تستوعب", "يستوعب"})


def size_held(document: Document, start: int, own: frozenset[str]) -> bool:
    """Whether the count at ``start`` comes right after a verb of holding the claim does not say («المدرسة تضم نحو
    1462 طالبا»): the size of what holds them, which may be the claim's group («الفريق، الذي يضم 12 لاعباً»: it may
    support) and is no toll (it denies nothing)."""
    first = document.token_at(start)
    if first is None:
        return False
    tokens = document.tokens
    k = first.index - 1  # a hedge is the quantity's own first token («تضم نحو 1462»)
    if k >= 1 and tokens[k].text == "من" and in_table(tokens[k - 1].text, _MADE_OF):
        if any(in_table(word, _SIZE_WORDS | _GROUP_NOUNS) for word in own):
            return False  # a claim of a size: «البرلمان المكون من 324 مقعدا» denies «يضم 342 عضوا»; so a group's
        k -= 1  # «البرلمان المؤلف من 128 مقعدا»: what it is made of, for a claim of a party's seats
    return k >= 0 and tokens[k].sentence == first.sentence and in_table(tokens[k].text, _HOLDS | _MADE_OF) \
        and not in_table(tokens[k].text, own) and not parted(document, k, first.index)


# A claim of a size: «يتألف البرلمان التركي من 600 مقعد», «يضم مجلس النواب العراقي 329 مقعدا».
_SIZE_WORDS = _HOLDS | _MADE_OF | frozenset({"يتالف", "تتالف", "يتكون", "تتكون"})
# Words of winning before a figure: the share a party won of the whole («فاز حزبه ... بثلاثمئة واثنين وأربعين مقعدا»,
# «ما يمنح الحزب حوالي 65 مقعدا», «بحصوله على أكثر من 1.2 مليون صوت أي 47 مقعدا»).
_WON = frozenset({"فاز", "فازت", "فوز", "فوزه", "حصل", "حصلت", "حصول", "حصوله", "حصد", "حصدت", "نال", "نالت",
                  "يمنح", "تمنح", "منح", "منحت", "منحتنا", "منحته", "اعطت", "اعطي",
                  # what a party holds or is represented by: «كان لديه 8 مقاعد», «كتلة من 21 نائبا», «ممثلا بـ33 نائبا»
                  "لديه", "لديها", "كتله", "ممثلا", "تمثيله", "تمثيلها"})
_WON_REACH = 9  # words from the word of winning to the figure, at most, in its sentence


def won_of_a_size(document: Document, start: int, own: frozenset[str]) -> bool:
    """The claim states a size (a verb of holding or making up among its words, ``own``) and the figure at ``start``
    follows a word of winning within ``_WON_REACH`` words of its sentence: a share won of the whole, no size of it
    (the Turkish and Iraqi elections: parties' seats against the parliament's 600 and 329)."""
    return any(in_table(word, _SIZE_WORDS) for word in own) and word_before(document, start, _WON, _WON_REACH, own)


def size_of_group(document: Document, start: int, own: frozenset[str]) -> bool:
    """Whether the count at ``start`` gives the size of a family or a cell named before it («ونفذت عائلة من 5
    أشخاص الهجوم الذي أسفر عن إصابة ...»: its members, not the harmed); a claim that names the group keeps it."""
    first = document.token_at(start)
    if first is None:
        return False
    tokens = document.tokens
    k = first.index - 1
    if k < 1 or tokens[k].text != "من" or parted(document, k - 1, first.index):
        return False
    k -= 1
    if in_table(tokens[k].text, _MADE_OF) and k >= 1 and not parted(document, k - 1, k):
        k -= 1
    return tokens[k].sentence == first.sentence and in_table(tokens[k].text, _GROUP_NOUNS) \
        and not in_table(tokens[k].text, own)


def _noun_after(document: Document, start: int, end: int) -> tuple[int, str] | None:
    """The sentence and the word right after the figure at this normalized span (``631 مليون دولار``: دولار)."""
    last = document.token_at(max(start, end - 1))
    if last is None or last.index + 1 >= len(document.tokens):
        return None
    nxt = document.tokens[last.index + 1]
    return None if nxt.sentence != last.sentence else (nxt.sentence, nxt.text)


def in_series(document: Document, spans: Sequence[tuple[int, int]], at: int) -> bool:
    """The figure ``spans[at]`` is one of a series of amounts of one noun, the next joined to the one before by
    «و»: «خصصت 631 مليون دولار لإصلاح البنى التحتية و3.15 مليار دولار كمبلغ احتياطي» gives parts of what was set
    aside, each for its own use; a part denies the claim's total only by going past it.  ``spans``: the figures
    read in the document, in order."""
    here = _noun_after(document, *spans[at])
    if here is None:
        return False
    for j in (at - 1, at + 1):
        if not 0 <= j < len(spans):
            continue
        second = spans[max(at, j)]
        if document.text[max(0, second[0] - 1):second[0]] == _AND and _noun_after(document, *spans[j]) == here:
            return True
    return False


_AND = "و"


def share_of(document: Document, start: int) -> bool:
    """The figure at normalized offset ``start`` spells out a share of an amount: «أي» right before it, and a
    fraction a few words before that («نصف هذا المبلغ أي 7 ملايين ونصف المليون دولار»): a part, no total."""
    first = document.token_at(start)
    if first is None or first.index == 0:
        return False
    tokens = document.tokens
    k = first.index - 1
    if tokens[k].text not in _THAT_IS or tokens[k].sentence != first.sentence:
        return False
    return any(tokens[i].sentence == first.sentence and in_table(tokens[i].text, _FRACTIONS)
               for i in range(k - 1, max(-1, k - 1 - _SHARE_REACH), -1))


_THAT_IS = frozenset({"اي", "واي"})
_FRACTIONS = frozenset({"نصف", "ثلث", "ربع", "ثلثي", "ثلثا", "اخماس", "اعشار"})
_SHARE_REACH = 3  # words from «أي» back to the fraction: «نصف هذا المبلغ»


# Words of a change by some amount right before a figure: «وبخسارة 8 مقاعد», «بزيادة 3 نقاط»: by how much, no level.
_BY = frozenset({"بخساره", "خساره", "بزياده", "زياده", "بتراجع", "بارتفاع", "بانخفاض", "بفارق", "فارق", "بفقدان"})


def a_change(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at ``start`` follows a word of change («وبخسارة 8 مقاعد، تكون كتلة تيار المستقبل قد خسرت ما يقرب
    من ربع مقاعدها»: the seats lost, not the seats held), a difference that neither gives nor denies the level a
    claim states; a claim that says such a word keeps it (``word_before``)."""
    return word_before(document, start, _BY, 1, own)


@lru_cache(maxsize=1024)
def claim_reaches(says: str, value: float) -> bool:
    """The claim tells its figure as the level a change reached: «إلى» right before it («طالب ترامب ... برفع إنفاقهم
    العسكري إلى 4 في المئة»).  Only such a claim lets ``changed_to`` set aside the level the change started from: a
    claim of a level as it stands («تبلغ نفقات الدفاع 4 في المئة») is denied by «يريد رفعها من 2 إلى 4», which says
    it is 2 now."""
    text = normalize_query(says)
    return any(n.value == value and last_word(text, n.start) == "الي" for n in find_numbers(text))


def changed_to(document: Document, start: int, end: int, ends: Sequence[tuple[int, int]]) -> int | None:
    """The figure at ``start``..``end`` follows «من» and is followed by «إلى» and another figure (one of ``ends``,
    figures' normalized spans), as a change's two levels are told: «رفع نفقات الدفاع من 2 بالمئة إلى 4 بالمئة», «ارتفع
    عدد القتلى من 37 إلى 64»; the index in ``ends`` of the level it changed to, or None.  The first is what was so
    before the change: when the level it changed to is the one a claim says a change reached (``claim_reaches``), it
    denies nothing (an article of the NATO summit of 2018, unlabelled, gave its 2 % against a claim of the 4 % Trump
    asked the allies to raise their spending to)."""
    first, last = document.token_at(start), document.token_at(max(start, end - 1))
    tokens = document.tokens
    if first is None or last is None or first.index == 0 or last.index + 2 >= len(tokens):
        return None
    before, to, then = tokens[first.index - 1], tokens[last.index + 1], tokens[last.index + 2]
    if before.text != "من" or to.text != "الي" or not before.sentence == to.sentence == then.sentence == first.sentence:
        return None
    return next((n for n, (a, _) in enumerate(ends) if a == then.start), None)
