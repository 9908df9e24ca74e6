"""An about word inside a body's name: «المفوضية العليا المستقلة للانتخابات» is the electoral commission, «لجنة
الانتخابات» the electoral board, not the elections; and after the word of results: «النتائج الرسمية لانتخابات
الرئاسة» are the results, announced days after the vote; «رخص قيادة» are licences, given before the day women drove.

Results are announced by such bodies, days after the vote: «قالت المفوضية العليا المستقلة للانتخابات في العراق،
الأحد» gives the day the commission spoke, «وكانت لجنة الانتخابات التركية قد أعلنت الاثنين» the day the board
announced; read as the elections' days, they denied the day of the vote (the Iraqi and Turkish elections, held-out
events: nine false contradictions), and «أعلنت في وقت سابق من يوم الجمعة النتائج الرسمية لانتخابات الرئاسة التي
جرت الأحد الماضي» the day the results came (the Russian presidential election).  Such a day denies nothing of the
event's (the date checker keeps it from denying, as it may still support: «نتائج الانتخابات التي جرت الأحد»); a
claim that names a body or the results itself («أعلنت المفوضية ... النتائج النهائية») is about the body's act, and
its days deny as any other.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.document import Document
from factcheck.kinds.attach import in_table, parted
from factcheck.matching import Match

__all__ = ["BODIES", "names_a_body", "names_bodies"]

# Bodies named by what they run, results and licences named by what they are of (normalized; clitics read by
# in_table: «والمفوضيه», «اللجنه», «النتائج»).
BODIES = frozenset({"مفوضيه", "لجنه", "هيئه", "نتائج", "نتيجه", "رخص", "رخصه"})
# Adjectives between such a noun and «لل» + what it runs or is of: «المفوضيه العليا المستقله للانتخابات», «النتائج
# الرسميه لانتخابات».
_TITLES = frozenset({"عليا", "مستقله", "وطنيه", "مركزيه", "اتحاديه", "رسميه", "نهائيه", "اوليه", "جزئيه"})
_MAX_TITLES = 2


def names_a_body(document: Document, match: Match) -> bool:
    """The mention ``match`` completes a body noun: right after it («لجنه الانتخابات»), or after its adjectives
    with «ل» («المفوضيه العليا للانتخابات», «النتائج الرسميه لانتخابات»), in one clause."""
    tokens = document.tokens
    first = match.first_token
    k = first - 1
    while k >= 0 and first - 1 - k < _MAX_TITLES and in_table(tokens[k].text, _TITLES):
        k -= 1
    if k < 0 or tokens[k].sentence != tokens[first].sentence or parted(document, k, first):
        return False
    if not in_table(tokens[k].text, BODIES):
        return False
    return k == first - 1 or tokens[first].text.startswith("ل")


def names_bodies(claim_words: Iterable[str]) -> bool:
    """The claim's own words name a body or results: such mentions are of its subject."""
    return any(in_table(word, BODIES) for word in claim_words)
