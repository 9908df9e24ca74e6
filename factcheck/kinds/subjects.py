"""Whose figure a figure is: its subject, read from the words around it, for a claim that names its own in ``near``.

An article gives several subjects' figures in one sentence: two candidates' shares («حصل أردوغان على 52,5 بالمئة
من الأصوات بينما حصل منافسه محرم إينجه على 31,7 بالمئة»), two countries' expulsions («أمر الرئيس الأمريكي دونالد
ترامب بطرد 60 دبلوماسيا»), two goods' tariffs («ضريبة 25 في المئة على واردات الصلب و10 في المئة على واردات
الألومنيوم»).  :mod:`factcheck.kinds.near` keeps the sentences that name the claim's subject; this module tells, in
such a sentence, a figure that is another subject's: past a contrast, after another name nearer to it than the
claim's, or with another subject in its own complement.  Each rule keeps a figure from denying, never from
supporting: a reading it gets wrong costs a missed contradiction, not a false one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.analysis import Analysis
from factcheck.document import Token
from factcheck.kinds.attach import RELATIVE, parted
from factcheck.kinds.near import CONTRAST
from factcheck.matching import Match
from factcheck.read.tokens import behind_conjunction
from factcheck.text.lexicon import word_class

__all__ = ["another_subject", "anothers_complement"]

# Words before a figure its subject may stand, when the about word follows it: «محرم إينجه فحل ثانيا في الانتخابات
# الرئاسية مع نيله 31,7% من الأصوات».
_SUBJECT_REACH = 8
# Words before the about verb its subject may stand, nothing between the verb and the figure deciding: «أمر الرئيس
# الأمريكي دونالد ترامب بطرد 60 دبلوماسيا», «بافيل غرودينين الذي حصد 11,2 بالمئة».
_VERB_SUBJECT_REACH = 4
# Words before a figure a near word leads it from, in its clause: «لانتخاب 230 نائبا», «بنسبة 25% على الصلب».
_LEAD = 3
# Pronoun suffixes of an about word as the claim writes it («خروجه», «فوزها»; ة is no pronoun).
_POSSESSIVES = ("ه", "ها", "هم", "هما")
# Prepositions: a name right after one is a place or an object («في إسطنبول»), no subject.
_PREPOSITIONS = frozenset({"في", "من", "الى", "على", "علي", "عن", "مع", "بين"})


def another_subject(analysis: Analysis, about: Match, first_token: int, near: list[int]) -> bool:
    """Between an about-mention and a figure stands the opener of a contrasting clause, or, the figure after the
    mention, a name that is no ``near`` word nearer to the figure than any near word (``near``: the first tokens
    of the near words of the sentence): the figure is another subject's.  «حصل منافسه محرم إينجه على 31,7%»
    gives İnce's share to no claim of Erdoğan's, «52,5 بالمئة من الأصوات بينما حصل منافسه» Erdoğan's to no claim
    of İnce's (the Turkish elections, a held-out event).  The about word after the figure («على 8.1 بالمئة من
    الأصوات»), the nearest name before the figure, within ``_SUBJECT_REACH`` words of its clause, is its subject; the
    about word before it and nothing between deciding, the nearest name before the about word, within
    ``_VERB_SUBJECT_REACH``.  A name is a word the dictionary does not know (``word_class``); without a dictionary,
    only the openers count."""
    tokens = analysis.document.tokens
    if first_token < about.last_token:  # the figure first: a contrast parts them, or a name before it is its subject
        between = range(first_token + 1, about.first_token)
        if any(first_token < k <= about.first_token for k in near):
            return False  # «وأصيب 51 آخرون»: the near word after the figure is what it counts
        return any(behind_conjunction(tokens[k].text, CONTRAST) for k in between) \
            or _named_before(analysis, first_token, near)
    for k in range(first_token - 1, about.last_token - 1, -1):  # the nearest subject to the figure decides
        if k in near:
            return False
        word = tokens[k].text
        if behind_conjunction(word, CONTRAST) or (not word[:1].isdigit() and word_class(word) == "name"):
            return True
    if about.query.endswith(_POSSESSIVES):
        return False  # «على إثر خروجه مصابا بعد 25 دقيقة»: the pronoun is the subject, named further back
    return _named_before(analysis, about.first_token, near, reach=_VERB_SUBJECT_REACH)


def _named_before(analysis: Analysis, first_token: int, near: list[int], *, reach: int = _SUBJECT_REACH) -> bool:
    """A name that is no near word stands before token ``first_token`` (a figure, or the about verb before one),
    nearer than any near word or verb, within ``reach`` words and no comma or stop between (a name after a
    preposition is no subject, a relative pronoun leads on to the name it stands for)."""
    document = analysis.document
    tokens = document.tokens
    for k in range(first_token - 1, max(-1, first_token - 1 - reach), -1):
        if tokens[k].sentence != tokens[first_token].sentence or k in near or parted(document, k, k + 1):
            return False
        word = tokens[k].text
        if word[:1].isdigit() or word in _PREPOSITIONS or (k > 0 and tokens[k - 1].text in _PREPOSITIONS):
            continue  # «على» is a verb to the dictionary too
        if word in RELATIVE:
            continue  # «غرودينين الذي حصد 11,2 بالمئة»: the name the pronoun stands for
        kind = word_class(word)
        if kind == "verb":
            return False  # the figure's clause opens here: «وأصيب 51 آخرون» counts the wounded, no name's
        if kind == "name":
            return True
    return False


def anothers_complement(analysis: Analysis, figure: tuple[int, int], figures: list[tuple[int, int]],
                        near: list[int]) -> bool:
    """Figures of one sentence, each followed by its own complement («ضريبة 25 في المئة على واردات الصلب و10 في المئة
    على واردات الألومنيوم», the US tariffs: a held-out event): a figure (first and last token) whose complement, up
    to the next figure, names no near word (``near``: the first tokens of the near words of its sentence), while
    a later figure's does, is that one's subject's; not when a near word stands before it, after the figure before
    it («لانتخاب 230 نائبا من بين نحو 7000»).  A near word right before another figure and not before this one
    leads that figure («بموافقة 62 نائبا ومعارضة 55»).  Figures with no complement of their own are a list
    (``_listed_apart``)."""
    tokens = analysis.document.tokens
    sentence = tokens[figure[0]].sentence
    mine = [f for f in figures if tokens[f[0]].sentence == sentence]
    if len(mine) < 2:
        return False

    def complement(f: tuple[int, int]) -> range:
        after = [g[0] for g in mine if g[0] > f[1]]
        end = min(after) if after else analysis.document.sentences[sentence].last_token
        return range(f[1] + 1, end)

    if figure[0] - 1 not in near and any(g[0] - 1 in near for g in mine if g != figure):
        return True  # «بموافقة 62 نائبا ومعارضة 55»: the near word leads the other figure, not this one
    own = complement(figure)
    if len(own) < 2:
        return _listed_apart(analysis, mine, figure, complement, near)
    if any(k in own for k in near):
        return False
    before = [g[1] + 1 for g in mine if g[1] < figure[0]]
    lead = range(max([figure[0] - _LEAD, *before]), figure[0])
    if any(k in lead and not parted(analysis.document, k, figure[0]) for k in near):
        return False  # «لانتخاب 230 نائبا من بين نحو 7000 رشحوا»: the near word before it names its own
    return any(any(k in complement(f) for k in near) for f in mine if f[0] > figure[1])


def _listed_apart(analysis: Analysis, mine: list[tuple[int, int]], figure: tuple[int, int],
                  complement: Callable[[tuple[int, int]], range], near: list[int]) -> bool:
    """Figures listed with «و» alone between them, their subjects listed in the same order after the last («من 25% و10%
    على واردات الصلب والألمنيوم»): a figure whose place in its list is not the near word's place in the subjects' is
    another's.  A subject opens with «و» and the article («والألمنيوم»), or «و» alone; when the two lists differ in
    length, nothing is said."""
    tokens = analysis.document.tokens
    ordered = sorted(mine)
    at = ordered.index(figure)
    first = last = at
    while first > 0 and _only_and(tokens, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and _only_and(tokens, ordered[last], ordered[last + 1]):
        last += 1
    if first == last:
        return False
    subjects = complement(ordered[last])
    place = -1
    count = 0
    for k in subjects:
        if k > subjects.start and (tokens[k].text == "و" or tokens[k].text.startswith("وال")):
            count += 1
        if k in near and place < 0:
            place = count
    return place >= 0 and count == last - first and place != at - first


def _only_and(tokens: Sequence[Token], a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] - a[1] == 2 and tokens[a[1] + 1].text == "و"
