"""Which number or date in a sentence is about the claim's subject.

Shared by the quantity and date kinds.  An about-mention takes an item (a
quantity or a date) of its sentence only when a reader would attach the two,
and otherwise nothing: when unsure the claim is ``not_mentioned`` rather than
``contradicted`` (a reported contradiction is a promise to an editor).

For each about-mention and each item within ``WINDOW`` tokens in its sentence:

1. Never across reported speech (a colon or an unbalanced quotation between).
2. Never past another item: the nearer one is the attached one.
3. Never when the number counts another noun: ``مقتل 5 فلسطينيين`` counts
   Palestinians, which a claim counting ``شخص`` does not name (``owned``).
4. The words between them decide (``why`` says which rule, for the evidence):

   * none: ``adjacent`` (``مقتل أكثر من مليون``، ``وأربع مناطق``);
   * only linking words (``بنسبة``، ``الذي استمر``، ``منذ``، ``لصالح``، ``بحضور``،
     ``أسفر عن``، prepositions, relative pronouns) and words of the claim's own
     statement (its qualifiers: ``الغزو الروسي لأوكرانيا في``): ``attached: «…»``;
   * after a comma, only a relative pronoun or a linking verb may go on the
     subject's clause (``الاجتماع، الذي استمر نحو ثلاث ساعات``; ``قمة ... ،
     امتدت لثلاث ساعات``): ``attached: «امتدت»``;
   * at most ``MAX_FOREIGN`` other words (``الغزو الروسي الشامل لأوكرانيا في``):
     ``nearest within N words``; when one is an adjective of the claim's own event noun that the claim does
     not say (``في الانتخابات البلديه 30`` for a claim about ``الانتخابات`` that says presidential, or neither),
     the figure may be another instance's: it supports, never contradicts (``attach.UNSAID``, as after the
     subject's complement), and an adjective of another instance (``السابقه``) leaves it unattached;
   * another event noun between (``اجتماع``، ``الحرب``، ``الانتخابات`` ...) or
     more foreign words: not attached, unless the event noun is the subject's
     complement, right after it: ``في`` and a definite event noun or one with
     ``ب``, and its adjectives (``نسبه المشاركه في الانتخابات الرئاسيه 41.05``،
     ``السيسي بولايه رئاسيه ثانيه محققا 97.8``): the figure right after a definite
     complement, or one that a linking word after it gives the subject (``بلغت``;
     after an indefinite noun only ``محققا``، ``نيله``، ``حصوله``), is the subject's;
     never after an adjective of another instance (``في الانتخابات الاخيره``), a
     relative pronoun or a pronoun suffix (``مدتها``), nor across a comma:
     ``attached: «…» (after the subject's complement «…»)``.

Among the items an about-mention may take, it takes the nearest.  When it may take
none, a count followed by the noun the claim counts (``اربعه اشخاص``، ``26 قتيلا``)
within ``WINDOW`` words, with no complementizer or other event noun between, is
taken ``weak``: it supports, never contradicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from factcheck.document import Document, Token
from factcheck.kinds.attach import (
    EVENTS,
    LINK,
    MAX_FOREIGN,
    REPORTED,
    UNSAID,
    attach,
    in_table,
    parted,
    words_within,
)
from factcheck.kinds.owned import counted_by_another, counting_tokens, harmed_after, names_the_count, one_after_noun
from factcheck.matching import Match
from factcheck.read.negation import STILL
from factcheck.read.numbers import find_numbers
from factcheck.read.tokens import scan
from factcheck.read.units import DUAL_COUNT_NOUNS, dual_count_noun, noun_forms
from factcheck.text.morphology import stems, tokenize
from factcheck.text.normalize import normalize, normalize_query

__all__ = ["MAX_FOREIGN", "PARTITIVE_WORDS", "STILL_REACH", "WINDOW", "Association", "associate", "claim_words",
           "counted_words", "fits", "more_of_them", "more_time", "still_count"]

WINDOW = 12  # tokens between an about-mention and the item it takes: about one clause
PARTITIVE_WORDS = 2  # words after ``X من`` that name the group X is part of (من افراد الطاقم)
STILL_REACH = 3  # words from «ما زال» to the count it qualifies: a hedge between (لا يزال نحو 20)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Association(Generic[T]):
    """An item attached to an about-mention, and why (shown in the evidence)."""

    item: T
    match: Match
    why: str
    part: str | None = None  # the group counted when it is part of the claim's people (ركاب of اشخاص)
    weak: bool = False  # may support, never contradict: «13 اخرون» (others than a group named before)
    whole: bool = False  # people of whom the claim's group is a part: «اكثر من 200 شخص» of «247 راكبا»


# People counted: a claim that counts one of them also counts the others (شخص ~ أشخاص، قتلى).
_PEOPLE = frozenset({
    "شخص", "اشخاص", "شخصا", "قتيل", "قتلي", "قتيلا", "جريح", "جرحي", "جريحا", "مدني", "مدنيين", "مدنيا",
    "ضحيه", "ضحايا", "مصاب", "مصابين", "مصابا",
})
# Words after ``X من`` that make X part of a whole, not of a group: 107 من اصل 110.
_TOTALS = frozenset({"اصل", "بين", "بينهم", "بينها", "اجمالي", "مجموع", "اكثر", "اقل", "نحو", "حوالي"})
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
_QUOTES = "\"“”«»„‟'"


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


def _token_span(document: Document, start: int, end: int) -> tuple[int, int] | None:
    """First and last token index (inclusive) of a normalized span."""
    first = document.token_at(start)
    last = document.token_at(max(start, end - 1))
    if first is None or last is None:
        return None
    if first.end <= start and first.index + 1 < len(document.tokens):
        first = document.tokens[first.index + 1]
    return first.index, max(first.index, last.index)


def _barrier(text: str) -> bool:
    """A colon or an unbalanced quotation between two spans (see module doc)."""
    return ":" in text or sum(text.count(q) for q in _QUOTES) % 2 == 1


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0


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
                and not in_table(after[1].text, _TOTALS) and not in_table(after[1].text, LINK):
            noun = after[1].text  # «نحو 1700 من سكان منطقتي ...»: a partitive counts its group
        elif before and before[0].text.startswith("ال"):
            noun = before[0].text
        if noun is not None:  # «منزل» counts «المنازل» too
            return noun_forms(claim_words(noun, about))
    return None


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
    if not (in_table(word, _PEOPLE) and counts & _PEOPLE):
        return False
    return not any(in_table(word, one) and counts & other and not counts & one
                   for one, other in ((_DEAD, _HURT), (_HURT, _DEAD)))


_CLAIMS, _OTHER, _MORE, _ADDED, _WHOLE, _LOOSE = "claims", "other", "more", "added", "whole", "loose"


def _counts(document: Document, tokens: tuple[int, int], match: Match, counts: frozenset[str], *,
            carried: bool = False) -> str:
    """What the item counts: the claim's own (``_CLAIMS``), another noun (``_OTHER``), people other
    than some named before (``_MORE``: ``13 اخرون``), others or more of its noun (``_ADDED``: ``ثلاثه اهداف
    اخري``), people of whom the claim's group is a part
    (``_WHOLE``: ``200 شخص`` of ``247 راكبا``), or a named
    group of the people the claim counts (the group's word: ``113 راكبا`` of ``110 اشخاص``).
    The noun is the word right after the item, or the nouns of a partitive (``خمسه من افراد
    الطاقم``، ``اثنين من مواطنيها``); ``قتل 107 منهم`` counts what came before.  A ``carried`` item is a
    noun that carries its number (a dual): it counts itself."""
    single = dual_count_noun(document.tokens[tokens[1]].text)
    if single is not None or carried:  # مقتل شخصين، سجل هدفين: the dual is its own counted noun
        if _more_after(document, tokens[1]):
            return _ADDED  # مقتل شخصين اخرين، هدفين اخرين
        # a dual of the claim's own noun (read.duals) is the claim's; a person's may be a named group of them
        return _CLAIMS if single is None else _group_of([single, document.tokens[tokens[1]].text], counts)
    k = tokens[1] + 1
    if _more_after(document, tokens[1]) and not (counts & _PEOPLE and in_table(document.tokens[k].text, _OTHERS)) \
            or _more_after(document, k):
        return _ADDED  # ثلاثه اهداف اخري: three more goals, maybe not all the match's (but «13 اخرون»: below)
    if k >= len(document.tokens) or match.first_token == k:
        return _CLAIMS
    nxt = document.tokens[k]
    gap = document.text[document.tokens[tokens[1]].end:nxt.start]
    if gap.strip() or nxt.text[0].isdigit() or nxt.sentence != document.tokens[tokens[1]].sentence:
        return _CLAIMS
    if nxt.text in _OF_THEM or nxt.text in _PRONOUNS:
        return _CLAIMS
    if in_table(nxt.text, _OTHERS) and counts & _PEOPLE:
        return _MORE
    group = [nxt.text]
    if in_table(nxt.text, _PERSONS) and k + 1 < len(document.tokens) and document.tokens[k + 1].text == "من" \
            and not (counts & _PEOPLE):
        k, nxt = k + 1, document.tokens[k + 1]  # عشره اشخاص من الطاقم: ten of the crew
    if nxt.text == "من":
        group = [
            t.text for t in document.tokens[k + 1:k + 1 + PARTITIVE_WORDS]
            if t.sentence == nxt.sentence and not in_table(t.text, LINK)
        ]
        if group and group[0].startswith("ال") and in_table(group[0], _HARMED):
            return group[0]  # «ثلاثه من المصابين»: three of the injured, a part of those a toll counts
        if not group or group[0][0].isdigit() or in_table(group[0], _TOTALS) or match.first_token in (k + 1, k + 2):
            return _CLAIMS  # 107 من اصل 110: the number of a whole
    elif in_table(nxt.text, LINK):
        return _CLAIMS
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
    tokens = _token_span(document, start, end)
    return tokens is not None and _more_after(document, tokens[1] + 1) and not in_table(
        document.tokens[tokens[1] + 1].text, _MORE_OF_THEM)


def more_time(document: Document, start: int, end: int) -> bool:
    """Whether the duration at this normalized span has «آخر» (or «إضافي») right after it: «توقع استمرار هطول
    الأمطار ليوم واحد آخر» adds to a time gone by, and is not the whole of it."""
    tokens = _token_span(document, start, end)
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
    tokens = _token_span(document, start, end)
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


def _a_total(between: Sequence[Token]) -> bool:
    """The words between «ما زال» and a count make it the total as it stands (``_TOLLS``, not of ``_PASSING``)."""
    return any(in_table(t.text, _TOLLS) for t in between) and not any(in_table(t.text, _PASSING) for t in between)


def _group_of(group: list[str], counts: frozenset[str]) -> str:
    """The claim's own count, a named group of its people (the group's word), or another's."""
    if any(fits(w, counts) for w in group):
        return _CLAIMS
    if counts & _PEOPLE:
        part = next((w for w in group if in_table(w, _GROUPS)), None)
        if part is not None:
            return part
    elif counts & _GROUPS and any(in_table(w, _PEOPLE) for w in group):
        return _WHOLE  # اكثر من 200 شخص of 247 ركاب: people, of whom the claim's group is a part
    return _OTHER


def associate(
    document: Document,
    naming: dict[int, list[Match]],
    items: Sequence[T],
    span: Callable[[T], tuple[int, int]],
    *,
    own: frozenset[str] = frozenset(),
    counted: bool = False,
    counts: frozenset[str] | None = None,
    window: int = WINDOW,
    carries: Callable[[T], bool] | None = None,
) -> list[Association[T]]:
    """Items the about-mentions take (see the module docstring), in text order.

    ``own``: the claim's words (``claim_words``); ``counted``: items are counts,
    so a noun right after one is what it counts; ``counts``: what the claim counts
    (``counted_words``), when it says (else ``own`` stands for it); ``carries``: whether an item is a noun
    that carries its number (a dual: ``سجل هدفين``), its own counted noun.  An item taken by several
    mentions is returned once, with the best-scoring one.
    """
    by_sentence: dict[int, list[tuple[T, tuple[int, int]]]] = {}
    for item in items:
        tokens = _token_span(document, *span(item))
        if tokens is None:
            continue
        by_sentence.setdefault(document.tokens[tokens[0]].sentence, []).append((item, tokens))
    chosen: dict[int, Association[T]] = {}
    for sentence, matches in naming.items():
        candidates = by_sentence.get(sentence, [])
        for m in matches:
            mspan = (m.first_token, m.last_token - 1)
            taken: list[tuple[int, T, str, str]] = []
            loose: list[tuple[int, T, str, str]] = []
            for item, toks in candidates:
                d = _distance(mspan, toks)
                if d > window or _barrier(_gap_text(document, mspan, toks)):
                    continue
                gap = (mspan[1] + 1, toks[0]) if mspan[1] < toks[0] else (toks[1] + 1, mspan[0])
                if any(gap[0] <= o[0] and o[1] < gap[1] for _, o in candidates if o != toks):
                    continue  # another item stands nearer
                ctoks = counting_tokens(document, toks) if counted else toks
                if counted and harmed_after(document, toks, own):
                    continue  # «16 شخصا علي الاقل اصيبوا بجروح»: the wounded, for a claim of the dead
                if counted and counted_by_another(document, toks, own) and not names_the_count(document, ctoks, m):
                    continue  # «مقتل 11 شخصا ... واصابه العشرات»: the 11 are the dead's, whatever word comes next
                what = _counts(document, ctoks, m, own if counts is None else counts,
                               carried=carries is not None and carries(item)) if counted else _CLAIMS
                if what == _CLAIMS and counted and _did_another_thing(document, ctoks, m, own):
                    continue  # «ثلاثه اشخاص نجوا» counts the survivors, not the people aboard
                if what == _CLAIMS and counted and _a_run(document, toks, m, own):
                    what = _LOOSE  # «يحرز 3 القاب متتاليه»: a run of titles, not the claim's total
                if what == _CLAIMS and counted and one_after_noun(
                        document, toks, _PEOPLE if (own if counts is None else counts) & _PEOPLE else frozenset()):
                    what = _LOOSE  # «عائله واحده»: a single family, no count of its members
                if what == _OTHER or (what == _MORE and not 0 < toks[0] - mspan[1] <= 1):
                    continue  # «13 اخرون» are the people of the word right before them (واصيب 13 اخرون)
                why = attach(document, gap, own, forward=mspan[1] < toks[0])
                if why is not None:
                    taken.append((d, item, why, _LOOSE if what == _CLAIMS and why.endswith(UNSAID) else what))
                elif what == _CLAIMS and counts is not None and _names_its_noun(document, ctoks, counts) \
                        and _loose(document, gap, own):
                    loose.append((d, item, f"counts the claim's noun within {words_within(d)}", _LOOSE))
            if not taken:
                taken = loose  # only when nothing closer is attached: supports, never contradicts
            if not taken:
                continue
            best = min(t[0] for t in taken)
            for d, item, why, what in taken:
                key = id(item)
                weak = what in (_MORE, _ADDED, _WHOLE, _LOOSE)
                # of two mentions, the one that attaches the item (``109 قتيلا``, adjacent, the accusative met at
                # 89) over one that only finds it loose (``الضحايا ... 109``, within 9 words), then the better match
                if d == best and (key not in chosen
                                  or (not chosen[key].weak, chosen[key].match.score) < (not weak, m.score)):
                    part = None if what in (_CLAIMS, _MORE, _ADDED, _WHOLE, _LOOSE) else what
                    chosen[key] = Association(item, m, why, part, weak=weak, whole=what == _WHOLE)
    return sorted(chosen.values(), key=lambda a: span(a.item)[0])


# Verbs after a count of persons that make them some of the people, not all: the survivors, the rescued, the hurt.
_SET_APART = frozenset({
    "نجا", "نجت", "نجوا", "نجيا", "انقذ", "انقذوا", "انقذت", "فر", "فروا", "هرب", "هربوا", "اصيب", "اصيبوا",
    "اصيبت", "جرحوا", "فقدوا", "اعتقلوا", "خرجوا", "غادروا", "تمكنوا", "يعالجون", "نقلوا",
})


def _did_another_thing(document: Document, tokens: tuple[int, int], match: Match, own: frozenset[str]) -> bool:
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


# Words of a run («3 القاب متتاليه»، «للمره الثالثه علي التوالي»): a count of them is a run, not a total.
_RUN = frozenset({"متتاليه", "متتاليا", "متتالي", "متتاليين", "متتاليتين", "التوالي", "تواليا"})


def _a_run(document: Document, tokens: tuple[int, int], match: Match, own: frozenset[str]) -> bool:
    """The count's noun (the about-mention right after it) is followed by a word of a run the claim does not say:
    «اول مدرب يحرز 3 القاب متتاليه» counts a run of titles, not the 13 titles of a claim of Real's total."""
    k = match.last_token
    if match.first_token != tokens[1] + 1 or k >= len(document.tokens) or own & _RUN:
        return False
    nxt = document.tokens[k]
    return nxt.sentence == match.sentence and not document.text[document.tokens[k - 1].end:nxt.start].strip() \
        and in_table(nxt.text, _RUN)


def _names_its_noun(document: Document, tokens: tuple[int, int], counts: frozenset[str]) -> bool:
    """The word right after the item is a noun the claim counts (``اربعه اشخاص``، ``26 قتيلا``)."""
    k = tokens[1] + 1
    if k >= len(document.tokens):
        return False
    nxt = document.tokens[k]
    gap = document.text[document.tokens[tokens[1]].end:nxt.start]
    return not gap.strip() and nxt.sentence == document.tokens[tokens[1]].sentence and fits(nxt.text, counts)


def _loose(document: Document, gap: tuple[int, int], own: frozenset[str]) -> bool:
    """Words between that leave the subject's clause open, however many: no complementizer (a
    report of something else) and no other event noun (``اعتقلت السلطات الامنيه، الي حدود
    الساعه، اربعه اشخاص``)."""
    words = [t.text for t in document.tokens[gap[0]:gap[1]]]
    return not any(w in REPORTED for w in words) and not any(in_table(w, EVENTS) and not in_table(w, own) for w in words)


def _gap_text(document: Document, mspan: tuple[int, int], tokens: tuple[int, int]) -> str:
    """Normalized text between an about-mention's tokens and an item's tokens."""
    if tokens[1] < mspan[0]:
        return document.text[document.tokens[tokens[1]].end:document.tokens[mspan[0]].start]
    if mspan[1] < tokens[0]:
        return document.text[document.tokens[mspan[1]].end:document.tokens[tokens[0]].start]
    return ""
