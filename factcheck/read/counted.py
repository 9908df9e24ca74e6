"""Whether a counted noun follows a number word: decides خمس/عشر (five/ten or a fifth/tenth), لست, and whether
digits with the article written on them (``الـ13``) count or rank.  Scores are read in :mod:`factcheck.read.scores`."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.read.tokens import Tok, joined, readings
from factcheck.read.units import is_count_noun, lookup_unit

__all__ = ["counted_noun_follows", "noun_follows", "nth_time", "ordinal_by_article"]


def noun_follows(text: str, toks: Sequence[Tok], j: int) -> bool:
    """A unit or counted noun follows at token ``j`` (decides خمس = 5)."""
    if j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return False
    w = toks[j].text
    return lookup_unit(w) is not None or is_count_noun(w)


# Words after خمس/عشر that are no counted noun: a preposition or particle.
_NOT_A_NOUN = frozenset({
    "من", "في", "علي", "الي", "عن", "مع", "او", "ثم", "ان", "انه", "قد", "لا", "لم", "ما", "هو", "هي",
})
# Pronoun suffixes that make a noun definite: the end of a construct (خمس أراضي بلاده).
_POSSESSIVE = ("ها", "هم", "هما", "هن", "كم", "نا")
_STEM = 3
# A preposition joined to the article: what follows is a prepositional phrase («بالقتل»، «للرئيس»), no genitive.
_PREPOSITION_ARTICLE = ("بال", "لل", "كال")
# Endings of a relational adjective (صاروخيه، عربي، دوليين).
_NISBA = ("يه", "ي", "يين", "يون", "يات")


def _definite(word: str) -> bool:
    """Definite by the article (with a clitic: بالأراضي) or by a possessive suffix."""
    if any("ال" in p or p == "لل" for p, _ in readings(word)[1:]) or word.startswith(("ال", "لل")):
        return True
    # a suffix after a stem of three letters at least: «تهم» (charges) is no «ت» + «هم»
    return any(word.endswith(p) and len(word) - len(p) >= _STEM for p in _POSSESSIVE) \
        or (word.endswith("ه") and not word.endswith(("يه", "مه", "ته")))


def counted_noun_follows(text: str, toks: Sequence[Tok], j: int) -> bool:
    """An indefinite noun follows at token ``j`` and ends the phrase: ``عشر مهام`` is ten tasks.

    ``خمس الأراضي``, ``خمس الناخبين`` (a definite noun, counted or not) and ``خمس أراضي بلاده`` (a construct:
    the noun is followed by its genitive) are fractions: "a fifth of".
    """
    if j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return False
    w = toks[j].text
    if _definite(w) and not w[0].isdigit() and not any(lookup_unit(rest) is not None for _, rest in readings(w)):
        return False  # خمس الناخبين: a fifth of the voters, though voters are counted (خمس السنوات: five years)
    if noun_follows(text, toks, j):
        return True
    if w[0].isdigit() or w in _NOT_A_NOUN or len(w) < 3:
        return False
    k = j + 1
    if k >= len(toks) or not joined(text, toks[j], toks[k]):
        return True
    nxt = toks[k].text
    # a relational adjective (عشر مهام صاروخيه) or a particle keeps it a count; any other
    # word is the end of a construct (خمس أراضي أوكرانيا، خمس أراضي بلاده): a fraction
    # «عشر تهم بالقتل»: a preposition on the next word, no genitive of a construct
    return nxt[0].isdigit() or nxt in _NOT_A_NOUN or (not _definite(nxt) and nxt.endswith(_NISBA)) \
        or nxt.startswith(_PREPOSITION_ARTICLE)


# After «الـN»: a relative pronoun makes it «the N who», a count (الـ39 الذين قتلوا).
_RELATIVE_AFTER = frozenset({"الذين", "اللذين", "اللواتي", "اللاتي", "التي", "الذي"})


def ordinal_by_article(text: str, toks: Sequence[Tok], i: int, j: int) -> bool:
    """The digits at token ``i`` (ending before ``j``) carry the article (``والـ13``، ``الـ 14``) and rank: "the
    13th" (``توج باللقب للمره الثالثه علي التوالي والـ13 في تاريخه``، ``لقبه الـ14``).  They count when what
    they count follows (``الـ24 ساعه``، ``الـ39 الذين``) or comes right before (``القتلي الـ39``)."""
    k = i - 1
    if k < 0 or readings(toks[k].text)[-1][1] != "ال" or text[toks[k].end:toks[i].start].strip():
        return False
    if noun_follows(text, toks, j) or (
            j < len(toks) and joined(text, toks[j - 1], toks[j]) and toks[j].text in _RELATIVE_AFTER):
        return False
    before = toks[k - 1].text if k > 0 and joined(text, toks[k - 1], toks[k]) else ""
    return not (before and (is_count_noun(before) or lookup_unit(before) is not None))


def nth_time(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The ordinal at token ``i`` follows «مره» (``للمره الثالثه``، ``وللمره الثالثه علي التوالي``): the third time,
    so three times so far: a rank, as ``والـ13`` is."""
    return i > 0 and joined(text, toks[i - 1], toks[i]) and any(r == "مره" for _, r in readings(toks[i - 1].text))
