"""Which number or date in a sentence is about the claim's subject.

Shared by the quantity and date kinds.  An about-mention takes an item (a
quantity or a date) of its sentence only when a reader would attach the two,
and otherwise nothing: when unsure the claim is ``not_mentioned`` rather than
``contradicted`` (a reported contradiction is a promise to an editor).

For each about-mention and each item within ``WINDOW`` tokens in its sentence:

1. Never across reported speech (a colon or an unbalanced quotation between), nor a part of those counted
   (``3 ملايين شخص - نصفهم تقريبا من المدنيين النازحين``: the displaced are half of the figure), nor the other
   instance (``في مباراة الدور قبل النهائي الأخرى يوم الثلاثاء``: the other semi-final's day).
2. Never past another item: the nearer one is the attached one.
3. Never when the number counts another noun: ``مقتل 5 فلسطينيين`` counts
   Palestinians, which a claim counting ``شخص`` does not name (``owned``, ``counted``).
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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from factcheck.document import Document
from factcheck.kinds.attach import EVENTS, REPORTED, UNSAID, attach, in_table, words_within
from factcheck.kinds.counted import (
    ADDED,
    CLAIMS,
    LOOSE,
    MORE,
    OTHER,
    PEOPLE,
    WHOLE,
    a_run,
    attempted,
    did_another_thing,
    names_a_group,
    names_its_noun,
    token_span,
    what_it_counts,
)
from factcheck.kinds.owned import (
    counted_by_another,
    counting_tokens,
    harmed_after,
    names_the_count,
    one_after_noun,
    others_of_another_harm,
    own_harm,
    part_of_another,
)
from factcheck.matching import Match

__all__ = ["WINDOW", "Association", "associate"]

WINDOW = 12  # tokens between an about-mention and the item it takes: about one clause

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


_QUOTES = "\"“”«»„‟'"


def _barrier(text: str) -> bool:
    """A colon or an unbalanced quotation between two spans (see module doc)."""
    return ":" in text or sum(text.count(q) for q in _QUOTES) % 2 == 1


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0


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
        tokens = token_span(document, *span(item))
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
                if counted and part_of_another(document, toks, own):
                    continue  # «79 جريحا بينهم 56 طفلا»: wounded children, for a claim of the children killed
                if counted and counted_by_another(document, toks, own) \
                        and not names_the_count(document, ctoks, m, own):
                    continue  # «مقتل 11 شخصا ... واصابه العشرات»: the 11 are the dead's, whatever word comes next
                what = what_it_counts(document, ctoks, m, own if counts is None else counts,
                               carried=carries is not None and carries(item)) if counted else CLAIMS
                if what == CLAIMS and counted and did_another_thing(document, ctoks, m, own):
                    continue  # «ثلاثه اشخاص نجوا» counts the survivors, not the people aboard
                if what == CLAIMS and counted and attempted(document, ctoks, own):
                    continue  # «13 تهمة بمحاولة القتل»: charges of attempts, for a claim of charges of murder
                if what == CLAIMS and counted and a_run(document, toks, m, own):
                    what = LOOSE  # «يحرز 3 القاب متتاليه»: a run of titles, not the claim's total
                if what == CLAIMS and counted and one_after_noun(
                        document, toks, PEOPLE if (own if counts is None else counts) & PEOPLE else frozenset()):
                    what = LOOSE  # «عائله واحده»: a single family, no count of its members
                if what == MORE and 0 < toks[0] - mspan[1] <= 1 and own_harm(document.tokens[mspan[1]].text, own) \
                        and not names_a_group(own if counts is None else counts) \
                        and others_of_another_harm(document, mspan[0], own):
                    what = CLAIMS  # «قتل شخصان كما أصيب 13 آخرون», a claim of the wounded: the wounded, not the dead
                if what == OTHER or (what == MORE and not 0 < toks[0] - mspan[1] <= 1):
                    continue  # «13 اخرون» are the people of the word right before them (واصيب 13 اخرون)
                why = attach(document, gap, own, forward=mspan[1] < toks[0])
                if why is not None:
                    taken.append((d, item, why, LOOSE if what == CLAIMS and why.endswith(UNSAID) else what))
                elif what == CLAIMS and counts is not None and names_its_noun(document, ctoks, counts) \
                        and _loose(document, gap, own):
                    loose.append((d, item, f"counts the claim's noun within {words_within(d)}", LOOSE))
            if not taken:
                taken = loose  # only when nothing closer is attached: supports, never contradicts
            if not taken:
                continue
            best = min(t[0] for t in taken)
            for d, item, why, what in taken:
                key = id(item)
                weak = what in (MORE, ADDED, WHOLE, LOOSE)
                # of two mentions, the one that attaches the item (``109 قتيلا``, adjacent, the accusative met at
                # 89) over one that only finds it loose (``الضحايا ... 109``, within 9 words), then the better match
                if d == best and (key not in chosen
                                  or (not chosen[key].weak, chosen[key].match.score) < (not weak, m.score)):
                    part = None if what in (CLAIMS, MORE, ADDED, WHOLE, LOOSE) else what
                    chosen[key] = Association(item, m, why, part, weak=weak, whole=what == WHOLE)
    return sorted(chosen.values(), key=lambda a: span(a.item)[0])


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
