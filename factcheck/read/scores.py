"""A match's score: the figures of a statement («فاز 3-1»), never a count of what their sentence names.

Written in digits (``3-1``، ``بنتيجه 2 - 0``) or in words (``بثلاثه اهداف مقابل هدف``، ``بهدفين مقابل هدف``،
``3 اهداف لهدفين``): each side is read as a number of kind ``score`` (:mod:`factcheck.read.numbers`), so
«فاز 3-1» finds both of its figures in «بثلاثه اهداف مقابل هدف» and a claim that counts goals or
mistakes is not given the winner's three.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.read.counted import noun_follows
from factcheck.read.tokens import Tok, joined_after, joined_before

__all__ = ["GOAL_SIDES", "NIL_WORDS", "goal_side", "goals_score", "minute_in_brackets", "nil_side", "score_side",
           "second_side"]

# The noun after a side's number (ثلاثه اهداف، 11 هدفا، 21 هدف).
_GOALS_NOUN = frozenset({"اهداف", "هدفا", "هدف"})
# Goals alone as a side: one goal, or two.
_GOALS_ALONE = {"هدف": 1, "هدفين": 2, "هدفان": 2}
# Those with ب or ل written on (بهدفين مقابل هدف، بثلاثه اهداف لهدف): the tokens ``goal_side`` reads.
GOAL_SIDES = frozenset(p + w for p in ("", "ب", "ل") for w in _GOALS_ALONE)
_AGAINST = "مقابل"
# A second side in words after «مقابل» («اربعه اهداف مقابل اثنين»), or none («مقابل لا شيء»، «مقابل صفر»: BB-sport-94-20180403,
# the Juventus–Real Madrid file after its first run).
_SMALL_WORDS = frozenset({"واحد", "اثنين", "اثنتين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "لا", "صفر"})


def _small(word: str) -> bool:
    return (word.isdigit() and len(word) <= 2) or word == "صفر"  # «1-صفر»: nil


def score_side(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The digits at token ``i`` are one side of a score (``فاز 3-1``، ``بنتيجه 2 - 0``، ``4 / 2``، ``1-صفر``): two
    small numbers joined by a hyphen or a slash with no unit or counted noun after them (``3-5 سنوات`` is a range
    of years, ``2018-05`` no score)."""
    if not _small(toks[i].text):
        return False
    for a in (i - 1, i):  # the score's first side
        b = a + 1
        if a < 0 or b >= len(toks) or not (_small(toks[a].text) and _small(toks[b].text)):
            continue
        after = toks[b + 1].text if b + 1 < len(toks) else ""
        join = text[toks[a].end:toks[b].start].strip()
        if join not in _JOINS or (noun_follows(text, toks, b + 1) and not after.startswith("ال")):
            continue  # «3-5 سنوات»: a range (but «4 / 2 اليوم»: today is no unit)
        if _share_after(text, toks, b) or (join == "/" and not _result_before(toks, a)):
            continue  # «صفر-5 في المئة», «15/7»، «24/7»: no score without a result before a slash
        return True
    return False


_JOINS = ("-", "/", "–")
_SHARES = ("%", "في المئه", "في المائه", "بالمئه", "بالمائه")


def _share_after(text: str, toks: Sequence[Tok], b: int) -> bool:
    """A percent or a scale after the second side: a range of shares or of millions, no score."""
    rest = text[toks[b].end:toks[b].end + 12].strip()
    return rest.startswith(_SHARES) or (b + 1 < len(toks) and toks[b + 1].text in _SCALES)


_SCALES = frozenset({"الف", "الاف", "مليون", "ملايين", "مليار", "مليارات"})


def _result_before(toks: Sequence[Tok], a: int) -> bool:
    return any(t.text in _RESULTS for t in toks[max(0, a - _RESULT_REACH):a])


# A match report's words within ``_MINUTE_CONTEXT`` characters of a bracketed minute.
_MATCH_WORDS = ("سجل", "هدف", "اهداف", "الدقيقه", "ركله", "مباراه")
_MINUTE_CONTEXT = 80
_LAST_MINUTE = 120


def minute_in_brackets(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Digits alone in brackets in a match report: a scorer's minute («وبوغبا (58) ومبابي (65)»), no amount.  Not
    «قتل (12) شخصا» (a noun after it), «(1975)» (past a match's 120 minutes), nor brackets far from a goal."""
    tok = toks[i]
    if not (text[max(0, tok.start - 2):tok.start].strip().endswith("(") and text[tok.end:tok.end + 2].strip()[:1] == ")"):
        return False
    if not tok.text.isdigit() or int(tok.text) > _LAST_MINUTE or noun_follows(text, toks, i + 1):
        return False
    around = text[max(0, tok.start - _MINUTE_CONTEXT):tok.end + _MINUTE_CONTEXT]
    return any(word in around for word in _MATCH_WORDS)


def _goals(word: str) -> int | None:
    if word in GOAL_SIDES:
        return _GOALS_ALONE[word[1:] if word[0] in "بل" and word[1:] in _GOALS_ALONE else word]
    return None


def _next(text: str, toks: Sequence[Tok], k: int) -> str:
    """Token ``k``'s text when nothing but a space parts it from the one before, else ''."""
    tok = joined_after(text, toks, k - 1) if k > 0 else None
    return tok.text if tok is not None else ""


def _before(text: str, toks: Sequence[Tok], k: int) -> str:
    """The text of the token before ``k`` when nothing but a space parts them, else ''."""
    tok = joined_before(text, toks, k)
    return tok.text if tok is not None else ""


# «بهدفين نظيفين»، «بثلاثة أهداف نظيفة»: clean goals, the other side nil.
_CLEAN = frozenset({"نظيف", "نظيفا", "نظيفين", "نظيفه", "نظيفتين"})
_NONE = "لا"  # «مقابل لا شيء»: against nothing
_NIL = "صفر"  # «صفر-2»، «2-صفر»
NIL_WORDS = _CLEAN | {_NONE, _NIL}


def nil_side(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Token ``i`` is a score's side of nil: «صفر» joined to the other side («صفر-2», ``score_side``; the held-out
    South Korea–Germany match), or a word that says the goals before it were clean («بهدفين نظيفين»), or that none
    were scored against them («بهدفين مقابل لا شيء»: its «لا»)."""
    word = toks[i].text
    if word == _NIL:  # «3-صفر», or «بثلاثة أهداف مقابل صفر»
        return score_side(text, toks, i) or second_side(text, toks, i)
    if word == _NONE:
        return _before(text, toks, i) == _AGAINST and _next(text, toks, i + 1).startswith("شي") \
            and _won_by_goals(text, toks, i - 1)
    return word in _CLEAN and _won_by_goals(text, toks, i)


def _won_by_goals(text: str, toks: Sequence[Tok], k: int) -> bool:
    """The goals right before token ``k`` are a result's, carried by «ب» («بهدفين»، «بثلاثة أهداف»): not a tally
    («سجل هدفين مقابل لا شيء لزميله»)."""
    before = _before(text, toks, k)
    if _goals(before) is not None:
        return before[:1] == "ب"
    return before in _GOALS_NOUN and _before(text, toks, k - 1)[:1] == "ب"


def _second_side_at(text: str, toks: Sequence[Tok], k: int) -> bool:
    """Token ``k`` opens a score's second side: «مقابل» then goals or a number, or «لهدف»، «لهدفين»; or says there was
    none («نظيفين»: nil)."""
    word = _next(text, toks, k)
    if word in _CLEAN:
        return True
    if word == _AGAINST:
        after = _next(text, toks, k + 1)
        return bool(after) and (_goals(after) is not None or after[0].isdigit() or after in _SMALL_WORDS)
    return word[:1] == "ل" and _goals(word) is not None


# A result before the first side (within ``_RESULT_REACH`` words) when it has no ب: «فاز ريال 3 اهداف لهدفين».
_RESULTS = frozenset({"فاز", "فوز", "بفوز", "فوزه", "فوزها", "خسر", "خسره", "خساره", "بنتيجه", "نتيجه", "النتيجه", "انتهت",
                      "تغلب", "هزم", "هزيمه"})
_RESULT_REACH = 4
# Above this, goals on a side are a tally (a season's, a scorer's), not a match's.
_MATCH_GOALS = 9


def goals_score(text: str, toks: Sequence[Tok], i: int, j: int, goals: float) -> bool:
    """The number ``goals`` at tokens ``i``..``j - 1`` is a side's goals: «بثلاثه اهداف مقابل هدف»، «سجل الفرنسيون
    اربعه اهداف مقابل هدفين».  A side of more than ``_MATCH_GOALS`` needs ب or a result before it: «سجل 12 هدفا
    مقابل هدفين لميسي» compares two tallies."""
    if _next(text, toks, j) not in _GOALS_NOUN or not _second_side_at(text, toks, j + 1):
        return False
    # a trade-off: «سجل صلاح 5 اهداف مقابل 4 لكين» (two small tallies) is read as a score too: no count
    return goals <= _MATCH_GOALS or toks[i].text[:1] == "ب" or _result_before(toks, i)


def goal_side(text: str, toks: Sequence[Tok], i: int) -> int | None:
    """The goals of a side written as goals alone (token ``i`` in ``GOAL_SIDES``): «مقابل هدف» (1), «لهدفين» (2)
    after a first side, or «بهدفين» before «مقابل»; else None (``سجل هدفين`` is no score)."""
    word, goals = toks[i].text, _goals(toks[i].text)
    if goals is None:
        return None
    before = _before(text, toks, i)
    if before == _AGAINST:  # the second side, after a first one
        first = _before(text, toks, i - 1)
        if first in _GOALS_NOUN:
            return goals if _first_side_before(text, toks, i - 2) else None
        return goals if first[:1] == "ب" and _goals(first) is not None else None
    if word[0] == "ل":  # «لهدفين» after a first side («فاز 3 اهداف لهدفين»: goals_score read it)
        return goals if before in _GOALS_NOUN and _first_side_before(text, toks, i - 1) else None
    return goals if word[0] == "ب" and _second_side_at(text, toks, i + 1) else None


def second_side(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The number at token ``i`` is a score's second side written as a number alone: «نتيجة 4 أهداف مقابل اثنين»
    (the goals noun of the first side, then «مقابل», right before it): one side's goals, no count of the match's."""
    before = _before(text, toks, i)
    return before == _AGAINST and _before(text, toks, i - 1) in _GOALS_NOUN and _first_side_before(text, toks, i - 2)


def _first_side_before(text: str, toks: Sequence[Tok], noun: int) -> bool:
    """The goals noun at ``noun`` follows a number read as a score's first side (``goals_score``)."""
    k = noun - 1
    while k >= 0 and toks[k].text not in _GOALS_NOUN and noun - k <= 3:
        if toks[k].text.isdigit():
            return goals_score(text, toks, k, noun, float(toks[k].text))
        if toks[k].text in _SMALL_WORDS or toks[k].text[:1] == "ب":  # «اربعه اهداف مقابل هدفين»، «بثلاثه اهداف لهدف»
            return goals_score(text, toks, k, noun, 0.0)
        k -= 1
    return False
