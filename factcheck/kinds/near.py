"""``near``: which instance of the event a quantity or date claim is about.

One article often reports two instances of an event, each with its own
figures: the three churches of Surabaya bombed on Sunday (41 wounded), the
police headquarters on Monday (10 wounded).  The two claims count the same
words (جرحى، أصيب، إصابة), and an ``about`` word is any of them, so without
more each attack's figure contradicts the other's claim wherever an article
reports both.  The reader cannot tell which instance a figure is of; the
editor can, by naming the claim's instance in ``near`` (الشرطة، مقر الشرطة):
a figure then counts, to support as to contradict, only in a sentence that
also names one of them, matched as ``about`` words are
(:func:`factcheck.matching.sentences_naming`, the claim's threshold).  They
name the instance, not who reports it: ``الشرطة`` alone is also the police
giving the churches' toll («أفادت الشرطة ... 35 جريحا ... 3 كنائس»).

The same sentence, not its neighbours: a report split over two sentences
(«استهدف انتحاري مقر الشرطة. وأصيب عشرة أشخاص») is missed, ``not_mentioned``,
rather than a figure of the next paragraph's attack being taken for this
one's (a contradiction is a promise to an editor).

A source that names no ``about`` word, or no ``near`` word, cannot give the
claim anything but ``not_mentioned``: the corpus index answers it unread
(:mod:`factcheck.kinds.requirements`), with the reason the checker gives, so
that reason is one for both cases (the index knows neither for sure alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim, QuantityClaim
from factcheck.document import Token
from factcheck.kinds.attach import RELATIVE, in_table, parted
from factcheck.matching import Match, sentences_naming
from factcheck.read.tokens import behind_conjunction
from factcheck.text.lexicon import word_class

__all__ = ["absent_reason", "another_subject", "anothers_complement", "near_mentions", "within_near"]

# Openers of a contrasting clause: «وتوج الريال بلقبه الثالث عشر ... فيما تجمد رصيد ليفربول عند خمسة ألقاب» gives
# the second clause's figure to another subject (not «فيما يتعلق»: regarding).
_CONTRAST = frozenset({"فيما", "بينما"})
_REGARDING = frozenset({"يتعلق", "يخص", "يتصل"})
# Words before a figure its subject may stand, when the about word follows it: «محرم إينجه فحل ثانيا في الانتخابات
# الرئاسية مع نيله 31,7% من الأصوات».
_SUBJECT_REACH = 8
# Words before the about verb its subject may stand, nothing between the verb and the figure deciding: «أمر الرئيس
# الأمريكي دونالد ترامب بطرد 60 دبلوماسيا», «بافيل غرودينين الذي حصد 11,2 بالمئة».
_VERB_SUBJECT_REACH = 4
# Pronoun suffixes of an about word as the claim writes it («خروجه», «فوزها»; ة is no pronoun).
_POSSESSIVES = ("ه", "ها", "هم", "هما")
# Prepositions: a name right after one is a place or an object («في إسطنبول»), no subject.
_PREPOSITIONS = frozenset({"في", "من", "الى", "على", "علي", "عن", "مع", "بين"})


def absent_reason(claim: QuantityClaim | DateClaim) -> str:
    """Why a source that names no ``about`` word (or, with ``near``, none of those) says nothing of the claim."""
    about = f"names none of {', '.join(claim.about)}"
    return f"{about}, or none of near: {', '.join(claim.near)}" if claim.near else about


def within_near(
    claim: QuantityClaim | DateClaim, naming: dict[int, list[Match]], analysis: Analysis,
) -> tuple[dict[int, list[Match]], str | None]:
    """The sentences naming the claim's subject (``naming``) that count for it, and, when none does, why.

    Without ``near``, every one of them; with it, those that also name a ``near`` word."""
    if not naming:
        return naming, absent_reason(claim)
    if not claim.near:
        return naming, None
    named = near_mentions(claim, analysis)
    if not named:
        return {}, absent_reason(claim)
    kept = {sentence: matches for sentence, matches in naming.items() if sentence in named}
    kept = {sentence: mine for sentence, matches in kept.items()
            if (mine := _beside_near(analysis, matches, named[sentence]))}
    if kept:
        return kept, None
    return kept, f"no sentence naming {', '.join(claim.about)} names one of near: {', '.join(claim.near)}"


# Nouns of a rival: «منافس السيسي» names the rival, not the claim's subject.
_RIVALS = frozenset({"منافس", "منافسه", "منافسي", "خصم", "خصمه", "غريم", "غريمه"})


def near_mentions(claim: QuantityClaim | DateClaim, analysis: Analysis) -> dict[int, list[Match]]:
    """Where the claim's ``near`` words are named, by sentence: not as the complement of a rival's noun («فيما حصل
    منافس السيسي موسى مصطفى موسى ... على 2.9 بالمئة», the Egyptian election: Moussa's share, no claim of Sisi's)."""
    tokens = analysis.document.tokens
    out: dict[int, list[Match]] = {}
    for sentence, matches in sentences_naming(claim.near, analysis, score_cutoff=claim.threshold).items():
        kept = [m for m in matches if not (m.first_token > 0 and tokens[m.first_token - 1].sentence == sentence
                                           and in_table(tokens[m.first_token - 1].text, _RIVALS))]
        if kept:
            out[sentence] = kept
    return out


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
    it («لانتخاب 230 نائبا من بين نحو 7000»).  Figures with no complement of their own are a list
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

    own = complement(figure)
    if len(own) < 2:
        return _listed_apart(analysis, mine, figure, complement, near)
    if any(k in own for k in near):
        return False
    before = [g[1] for g in mine if g[1] < figure[0]]
    lead = range(max(before) + 1 if before else analysis.document.sentences[sentence].first_token, figure[0])
    if any(k in lead for k in near):
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


def _beside_near(analysis: Analysis, matches: list[Match], near: list[Match]) -> list[Match]:
    """The about matches of a sentence in a part of it that names a ``near`` word, its parts split at the
    openers of a contrasting clause (``_CONTRAST``, «في حين»): the other parts speak of another subject."""
    tokens = analysis.document.tokens
    first, last = min(m.first_token for m in matches + near), max(m.first_token for m in matches + near)
    cuts = [k for k in range(first + 1, last + 1)
            if (behind_conjunction(tokens[k].text, _CONTRAST) and not (k + 1 < len(tokens)
                                                                       and tokens[k + 1].text in _REGARDING))
            or (tokens[k].text == "حين" and tokens[k - 1].text in ("في", "وفي"))]
    if not cuts:
        return matches

    def part(k: int) -> int:
        return sum(cut <= k for cut in cuts)

    named = {part(m.first_token) for m in near}
    return [m for m in matches if part(m.first_token) in named]


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
        return any(behind_conjunction(tokens[k].text, _CONTRAST) for k in between) \
            or _named_before(analysis, first_token, near)
    for k in range(first_token - 1, about.last_token - 1, -1):  # the nearest subject to the figure decides
        if k in near:
            return False
        word = tokens[k].text
        if behind_conjunction(word, _CONTRAST) or (not word[:1].isdigit() and word_class(word) == "name"):
            return True
    if about.query.endswith(_POSSESSIVES):
        return False  # «على إثر خروجه مصابا بعد 25 دقيقة»: the pronoun is the subject, named further back
    return _named_before(analysis, about.first_token, near, reach=_VERB_SUBJECT_REACH)

