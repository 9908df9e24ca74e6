"""What a number in an article counts, read from the words right after it.

Apart from ``associate`` because it reads the count's own words, not the words between it and the claim's subject:
the noun after the number or the group of a partitive (``خمسه من افراد الطاقم``), people for people (``fits``), a
named group of them (``113 راكبا`` of ``110 اشخاص``), others or more than some said before (``13 اخرون``، ``ثلاثه
اهداف اخري``), those who did another thing (``ثلاثه اشخاص نجوا``) or a run (``3 القاب متتاليه``).  ``associate``
asks it of every count an about-mention could take (its rule 3); the quantity kind asks, of a count taken, whether
it is added to one said before (``more_of_them``، ``more_time``) or counts those still in a state
(``still_count``): such a count supports, never contradicts.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.document import Document, Token
from factcheck.kinds.attach import LINK, in_table, parted, word_before_token
from factcheck.matching import Match
from factcheck.read.negation import STILL
from factcheck.read.units import dual_count_noun

__all__ = ["ADDED", "ATTEMPT_REACH", "CLAIMS", "LOOSE", "MORE", "OTHER", "PARTITIVE_WORDS", "PEOPLE", "STILL_REACH",
           "TOTALS", "WHOLE", "a_run", "attempted", "did_another_thing", "fits", "more_of_them", "more_time",
           "names_a_group", "names_its_noun", "still_count", "token_span", "what_it_counts"]

PARTITIVE_WORDS = 2  # words after ``X من`` that name the group X is part of (من افراد الطاقم)
STILL_REACH = 3  # words from «ما زال» to the count it qualifies: a hedge between (لا يزال نحو 20)

# People counted: a claim that counts one of them also counts the others (شخص ~ أشخاص، قتلى).
PEOPLE = frozenset({
    "شخص", "اشخاص", "شخصا", "قتيل", "قتلي", "قتيلا", "جريح", "جرحي", "جريحا", "مدني", "مدنيين", "مدنيا",
    "ضحيه", "ضحايا", "مصاب", "مصابين", "مصابا",
})
# Words after ``X من`` that make X part of a whole, not of a group: 107 من اصل 110.
TOTALS = frozenset({"اصل", "بين", "بينهم", "بينها", "اجمالي", "مجموع", "اكثر", "اقل", "نحو", "حوالي"})
# ``قتل 107 منهم``: the number counts the group just named.
_OF_THEM = frozenset({"منهم", "منها", "منهن", "منهما"})
# A pronoun after a number is no counted noun: ``افراد الطاقم السته وهم مكسيكيون`` counts the crew.
_PRONOUNS = frozenset({"هم", "هن", "هما", "وهم", "وهن", "وهما"})
# ``واصيب 13 اخرون``: people other than a group named before: they support a count of people,
# never contradict one (``لاقوا حتفهم وفقد 16 اخرون``: the 16 are not the dead).
_OTHERS = frozenset({"اخرون", "اخرين", "اخريات"})
# ``مقتل ثلاثه اشخاص اخرين``، ``ثلاثه اهداف اخري``، ``5 جنود اضافيين``: others than, or more than, some said
# before (``بضم القرم واربع مناطق اخري``): they may support a count, never contradict it.
_MORE_OF_THEM = _OTHERS | frozenset({"اخري", "اخر", "اخريين", "اخريان", "اضافيين", "اضافيون", "اضافيه", "اضافي",
                                     "اضافيا", "اضافيتين"})
# Nouns of persons in general: ``عشره اشخاص من الطاقم`` counts the group after من.
_PERSONS = frozenset({"شخص", "اشخاص", "شخصا"})
# Named groups of people: a count of one is a part of a count of people (passengers, crew, children).
_GROUPS = frozenset({
    "ركاب", "راكب", "راكبا", "مسافر", "مسافرا", "مسافرين", "طاقم", "افراد", "اطفال", "طفل", "طفلا",
    "نساء", "امراه", "رجال", "رجل", "رجلا", "جنود", "جندي", "جنديا", "عسكريين", "عسكريا", "اعضاء", "عضوا", "مواطنين",
    "مواطنا", "اجانب", "اجنبيا", "عناصر", "عنصرا",
})


def token_span(document: Document, start: int, end: int) -> tuple[int, int] | None:
    """First and last token index (inclusive) of a normalized span."""
    first = document.token_at(start)
    last = document.token_at(max(start, end - 1))
    if first is None or last is None:
        return None
    if first.end <= start and first.index + 1 < len(document.tokens):
        first = document.tokens[first.index + 1]
    return first.index, max(first.index, last.index)


# The dead and the wounded are people, but not each other: «اكثر من 40 قتيلا وحوالي 60 جريحا» gives a claim of
# the dead no count of 60.
_DEAD = frozenset({"قتيل", "قتلي", "قتيلا"})
_HURT = frozenset({"جريح", "جرحي", "جريحا", "مصاب", "مصابين", "مصابا"})
_HARMED = _DEAD | _HURT | frozenset({"ضحايا"})
# Those who live somewhere: a claim of them counts people («1700 شخص» of «1700 من سكان») and inhabitants by
# another word («1900 نسمة»); a count of inhabitants is not one of the dead or the hurt (the other way round).
_RESIDENTS = frozenset({"سكان", "ساكن", "نسمه", "قاطن", "قاطنين", "مقيم", "مقيمين", "مقيما"})


def fits(word: str, counts: frozenset[str]) -> bool:
    """A counted noun the claim's count may be: the claim's own, or people for people, unless they are the dead
    for a claim of the wounded only, or the wounded for a claim of the dead only; people or inhabitants for
    inhabitants."""
    if in_table(word, counts):
        return True
    if counts & _RESIDENTS and (in_table(word, _RESIDENTS) or in_table(word, _PERSONS)):
        return True
    if not (in_table(word, PEOPLE) and counts & PEOPLE):
        return False
    return not any(in_table(word, one) and counts & other and not counts & one
                   for one, other in ((_DEAD, _HURT), (_HURT, _DEAD)))


CLAIMS, OTHER, MORE, ADDED, WHOLE, LOOSE = "claims", "other", "more", "added", "whole", "loose"


def what_it_counts(document: Document, tokens: tuple[int, int], match: Match, counts: frozenset[str], *,
            carried: bool = False) -> str:
    """What the item counts: the claim's own (``CLAIMS``), another noun (``OTHER``), people other
    than some named before (``MORE``: ``13 اخرون``), others or more of its noun (``ADDED``: ``ثلاثه اهداف
    اخري``), people of whom the claim's group is a part
    (``WHOLE``: ``200 شخص`` of ``247 راكبا``), or a named
    group of the people the claim counts (the group's word: ``113 راكبا`` of ``110 اشخاص``).
    The noun is the word right after the item, or the nouns of a partitive (``خمسه من افراد
    الطاقم``، ``اثنين من مواطنيها``); ``قتل 107 منهم`` counts what came before.  A ``carried`` item is a
    noun that carries its number (a dual): it counts itself."""
    single = dual_count_noun(document.tokens[tokens[1]].text)
    if single is not None or carried:  # مقتل شخصين، سجل هدفين: the dual is its own counted noun
        if _more_after(document, tokens[1]):
            return ADDED  # مقتل شخصين اخرين، هدفين اخرين
        # a dual of the claim's own noun (read.duals) is the claim's; a person's may be a named group of them
        return CLAIMS if single is None else _group_of([single, document.tokens[tokens[1]].text], counts)
    k = tokens[1] + 1
    if _more_after(document, tokens[1]) and not (counts & PEOPLE and in_table(document.tokens[k].text, _OTHERS)) \
            or _more_after(document, k):
        return ADDED  # ثلاثه اهداف اخري: three more goals, maybe not all the match's (but «13 اخرون»: below)
    if k >= len(document.tokens) or match.first_token == k:
        return CLAIMS
    nxt = document.tokens[k]
    gap = document.text[document.tokens[tokens[1]].end:nxt.start]
    if gap.strip() or nxt.text[0].isdigit() or nxt.sentence != document.tokens[tokens[1]].sentence:
        return CLAIMS
    if nxt.text in _OF_THEM or nxt.text in _PRONOUNS:
        return CLAIMS
    if in_table(nxt.text, _OTHERS) and counts & PEOPLE:
        return MORE
    group = [nxt.text]
    if in_table(nxt.text, _PERSONS) and k + 1 < len(document.tokens) and document.tokens[k + 1].text == "من" \
            and not (counts & PEOPLE):
        k, nxt = k + 1, document.tokens[k + 1]  # عشره اشخاص من الطاقم: ten of the crew
    if nxt.text == "من":
        group = [
            t.text for t in document.tokens[k + 1:k + 1 + PARTITIVE_WORDS]
            if t.sentence == nxt.sentence and not in_table(t.text, LINK)
        ]
        if group and group[0].startswith("ال") and in_table(group[0], _HARMED):
            return group[0]  # «ثلاثه من المصابين»: three of the injured, a part of those a toll counts
        if not group or group[0][0].isdigit() or in_table(group[0], TOTALS) or match.first_token in (k + 1, k + 2):
            return CLAIMS  # 107 من اصل 110: the number of a whole
    elif in_table(nxt.text, LINK):
        return CLAIMS
    return _group_of(group, counts)


def _more_after(document: Document, k: int) -> bool:
    """The word after token ``k`` (a number or its counted noun), in its clause, says there are more of them."""
    if k + 1 >= len(document.tokens):
        return False
    after = document.tokens[k + 1]
    return (after.sentence == document.tokens[k].sentence and not document.text[document.tokens[k].end:after.start].strip()
            and in_table(after.text, _MORE_OF_THEM))


def more_of_them(document: Document, start: int, end: int) -> bool:
    """Whether the count at this normalized span is added to one said before: its noun then ``اخرين``
    (``ثلاثه اشخاص اخرين``); ``ونجا 3 اخرون`` counts others than a group named before, not more of it."""
    tokens = token_span(document, start, end)
    return tokens is not None and _more_after(document, tokens[1] + 1) and not in_table(
        document.tokens[tokens[1] + 1].text, _MORE_OF_THEM)


def more_time(document: Document, start: int, end: int) -> bool:
    """Whether the duration at this normalized span has «آخر» (or «إضافي») right after it: «توقع استمرار هطول
    الأمطار ليوم واحد آخر» adds to a time gone by, and is not the whole of it."""
    tokens = token_span(document, start, end)
    return tokens is not None and _more_after(document, tokens[1])


# «ما زال عشره جرحي يعالجون في المستشفي»، «تسعه اشخاص مازالوا»: those still in some state (in hospital,
# missing) are a part of all who ever were: a count of them is no total (clitic-stripped readings).  The verb
# alone (read.negation's ``STILL``: its negator is a word before) or written as one with it (مازال، لايزالون).
_STILL = STILL | frozenset(negator + verb for negator in ("ما", "لا") for verb in STILL)


# «ولا تزال حصيله القتلي 39»: a toll, a number or a total that still stands at a figure is the whole count as it
# stands, not those still in a state (a review found it taken as a part of the dead) ...
_TOLLS = frozenset({"حصيله", "حصيلتها", "حصيلته", "عدد", "اجمالي", "مجموع", "اجمالا"})
# ... unless it is the number of a passing state: «لا يزال عدد المفقودين ثلاثه» are those still missing.
_PASSING = frozenset({"مفقود", "مفقودين", "مفقودون", "مفقودا", "عالقين", "عالقون", "محتجزين", "مستشفي", "مستشفيات"})


def still_count(document: Document, start: int, end: int, own: frozenset[str] = frozenset()) -> bool:
    """Whether the count at this normalized span is of those still in a state: «ما زال» (or «لا يزال»)
    within ``STILL_REACH`` words before it in its clause, the claim's own words (``own``) not counted («لا يزال
    التيار الكهربائي مقطوعا عن نحو مليون منزل»), or right after its noun (``تسعه اشخاص مازالوا``);
    not when a toll word is between (``_a_total``: ``لا تزال حصيله القتلي 39``)."""
    tokens = token_span(document, start, end)
    if tokens is None:
        return False
    first, last = tokens
    sentence = document.tokens[first].sentence
    back = first
    for _ in range(STILL_REACH):  # the claim's words between are its subject, no distance
        back -= 1
        while back > max(0, first - 2 * STILL_REACH) and in_table(document.tokens[back].text, own):
            back -= 1
    near = [*range(max(0, back), first), *range(last + 1, min(len(document.tokens), last + 3))]
    for k in near:
        tok = document.tokens[k]
        lo, hi = (k, first) if k < first else (last, k)
        if tok.sentence != sentence or parted(document, lo, hi):
            continue
        if in_table(tok.text, _STILL) and not _a_total(document.tokens[k + 1:first]):
            return True
    return False


# One hospital (normalized, clitics read by in_table: «بمستشفى», «للمستشفى»), not «المستشفيات», and a verb of taking
# in right before the count: «وأدخل 48 جريحا بينهم 30 طفلا إلى مستشفى تديره هذه المنظمة» counts those one hospital
# took in, a part of the wounded («وأصيب 30 شخصا نقلوا إلى المستشفى» counts the wounded, all taken there).
_ONE_HOSPITAL = frozenset({"مستشفي", "المستشفي"})
_TAKEN_IN = frozenset({"ادخل", "ادخلت", "نقل", "نقلت", "استقبل", "استقبلت", "يعالج", "تعالج", "يرقد", "ترقد"})
_HOSPITAL_REACH = 6  # words from the count to the hospital, at most, in its clause
_TAKEN_REACH = 4  # words from the verb to the count, at most: «وأدخل 48 جريحا بينهم 30 طفلا»


def in_one_hospital(document: Document, start: int, end: int) -> bool:
    """Whether the count at this normalized span follows a verb of taking in (``_TAKEN_REACH`` words) and
    one hospital follows it within ``_HOSPITAL_REACH`` words of its clause: those one hospital took in or treats,
    a part of all the harmed."""
    tokens = token_span(document, start, end)
    if tokens is None:
        return False
    if not word_before_token(document, tokens[0], _TAKEN_IN, _TAKEN_REACH, clause=True):
        return False
    last = tokens[1]
    for k in range(last + 1, min(len(document.tokens), last + 1 + _HOSPITAL_REACH)):
        if document.tokens[k].sentence != document.tokens[last].sentence or parted(document, k - 1, k):
            return False
        if in_table(document.tokens[k].text, _ONE_HOSPITAL):
            return True
    return False


# A toll that rose by a harm: «ارتفعت الجمعة بمقتل أربعة أشخاص» adds four to the toll, it is no toll.
_RISE = frozenset({"ارتفعت", "ارتفع", "زادت", "زاد", "ترتفع", "يرتفع"})
_BY_HARM = frozenset({"بمقتل", "بوفاه", "بسقوط", "بمصرع", "باصابه"})
_RISE_REACH = 4  # words from the verb of rising to «بمقتل», at most («ارتفعت الجمعة بمقتل»)


def added_by_harm(document: Document, start: int) -> bool:
    """The count at this normalized offset follows «بمقتل» (or another harm with «ب») right before it, and a verb of
    rising stands within ``_RISE_REACH`` words before that, in its clause: those added to a toll, a part of it."""
    first = document.token_at(start)
    if first is None or first.index < 2:
        return False
    tokens = document.tokens
    k = first.index - 1
    if tokens[k].text not in _BY_HARM or parted(document, k, first.index):
        return False
    return word_before_token(document, k, _RISE, _RISE_REACH, clause=True)


def _a_total(between: Sequence[Token]) -> bool:
    """The words between «ما زال» and a count make it the total as it stands (``_TOLLS``, not of ``_PASSING``)."""
    return any(in_table(t.text, _TOLLS) for t in between) and not any(in_table(t.text, _PASSING) for t in between)


def names_a_group(counts: frozenset[str]) -> bool:
    """The claim counts a named group of people (children, passengers, soldiers), not people at large."""
    return bool(counts & _GROUPS)


def _group_of(group: list[str], counts: frozenset[str]) -> str:
    """The claim's own count, a named group of its people (the group's word), or another's."""
    if counts & _GROUPS and not counts & _PERSONS and any(in_table(w, _PERSONS) for w in group):
        return WHOLE  # «وأصيب 79 شخصا» of «بين الجرحى 56 طفلا»: persons, though the claim's words count the wounded
    if any(fits(w, counts) for w in group):
        return CLAIMS
    if counts & PEOPLE:
        part = next((w for w in group if in_table(w, _GROUPS)), None)
        if part is not None:
            return part
    elif counts & _GROUPS and any(in_table(w, PEOPLE) for w in group):
        return WHOLE  # اكثر من 200 شخص of 247 ركاب: people, of whom the claim's group is a part
    return OTHER


# Verbs after a count of persons that make them some of the people, not all: the survivors, the rescued, the hurt.
_SET_APART = frozenset({
    "نجا", "نجت", "نجوا", "نجيا", "انقذ", "انقذوا", "انقذت", "فر", "فروا", "هرب", "هربوا", "اصيب", "اصيبوا",
    "اصيبت", "جرحوا", "فقدوا", "اعتقلوا", "خرجوا", "غادروا", "تمكنوا", "يعالجون", "نقلوا",
})


def did_another_thing(document: Document, tokens: tuple[int, int], match: Match, own: frozenset[str]) -> bool:
    """The about-mention is the word of persons right after the count (``ثلاثه اشخاص``) and a verb the claim
    does not say follows it, with no conjunction (``نجوا``): the count is of those who did that."""
    k = tokens[1] + 1
    if match.first_token != k or k + 1 >= len(document.tokens) or not in_table(document.tokens[k].text, _PERSONS):
        return False
    verb = document.tokens[k + 1]
    if verb.sentence != document.tokens[k].sentence or document.text[document.tokens[k].end:verb.start].strip():
        return False
    if verb.text.startswith(("و", "ف")) or in_table(verb.text, own) or in_table(verb.text, LINK):
        return False
    # only what sets some of the people apart from the rest (survived, were rescued, fled, were hurt): «39 شخصا
    # قتلوا» or «لقوا حتفهم» for a claim of «مقتل 43» are the claim's people, though its words differ
    return verb.text in _SET_APART


# Words of an attempt («بمحاولة القتل»، «بالشروع في القتل»): an attempted act is not the act.
_ATTEMPT = frozenset({"محاوله", "الشروع", "شروع", "محاولات"})
ATTEMPT_REACH = 2  # words after the count's number to its attempt word («13 تهمه بمحاوله»), at most


def attempted(document: Document, tokens: tuple[int, int], own: frozenset[str]) -> bool:
    """An attempt word the claim does not say follows the count and its noun: «13 تهمة بمحاولة القتل»، «و13 تهمة
    بالشروع في القتل» count charges of attempted murder, no charges of murder (the Toronto van attack,
    FR-internationalNews-900-20180424, SK-internationalNews-1146-20180424)."""
    words = document.tokens
    last = tokens[1]
    for k in range(last + 1, min(len(words), last + 1 + ATTEMPT_REACH)):
        word = words[k]
        if word.sentence != words[last].sentence or parted(document, k - 1, k):
            return False
        if in_table(word.text, _ATTEMPT):
            return not in_table(word.text, own)
    return False


# Words of a run («3 القاب متتاليه»، «للمره الثالثه علي التوالي»): a count of them is a run, not a total.
_RUN = frozenset({"متتاليه", "متتاليا", "متتالي", "متتاليين", "متتاليتين", "التوالي", "تواليا"})


def a_run(document: Document, tokens: tuple[int, int], match: Match, own: frozenset[str]) -> bool:
    """The count's noun (the about-mention right after it) is followed by a word of a run the claim does not say:
    «اول مدرب يحرز 3 القاب متتاليه» counts a run of titles, not the 13 titles of a claim of Real's total."""
    k = match.last_token
    if match.first_token != tokens[1] + 1 or k >= len(document.tokens) or own & _RUN:
        return False
    nxt = document.tokens[k]
    return nxt.sentence == match.sentence and not document.text[document.tokens[k - 1].end:nxt.start].strip() \
        and in_table(nxt.text, _RUN)


def names_its_noun(document: Document, tokens: tuple[int, int], counts: frozenset[str]) -> bool:
    """The word right after the item is a noun the claim counts (``اربعه اشخاص``، ``26 قتيلا``)."""
    k = tokens[1] + 1
    if k >= len(document.tokens):
        return False
    nxt = document.tokens[k]
    gap = document.text[document.tokens[tokens[1]].end:nxt.start]
    return not gap.strip() and nxt.sentence == document.tokens[tokens[1]].sentence and fits(nxt.text, counts)
