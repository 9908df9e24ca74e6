"""An about word inside a body's name: «المفوضية العليا المستقلة للانتخابات» is the electoral commission, «لجنة
الانتخابات» the electoral board, not the elections.

Results are announced by such bodies, days after the vote: «قالت المفوضية العليا المستقلة للانتخابات في العراق،
الأحد» gives the day the commission spoke, «وكانت لجنة الانتخابات التركية قد أعلنت الاثنين» the day the board
announced; read as the elections' days, they denied the day of the vote (the Iraqi and Turkish elections, held-out
events: nine false contradictions).  A claim that names a body itself («أعلنت المفوضية ... النتائج») is about the
body's act, and keeps such mentions.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.document import Document
from factcheck.kinds.attach import in_table, parted
from factcheck.matching import Match

__all__ = ["BODIES", "names_a_body", "without_body_names"]

# Bodies named by what they run (normalized; clitics read by in_table: «والمفوضيه», «اللجنه»).
BODIES = frozenset({"مفوضيه", "لجنه", "هيئه"})
# Adjectives of a body's name between it and «لل» + what it runs: «المفوضيه العليا المستقله للانتخابات».
_TITLES = frozenset({"عليا", "مستقله", "وطنيه", "مركزيه", "اتحاديه"})
_MAX_TITLES = 2


def names_a_body(document: Document, match: Match) -> bool:
    """The mention ``match`` completes a body noun: right after it («لجنه الانتخابات»), or after its adjectives
    with «لل» («المفوضيه العليا للانتخابات»), in one clause."""
    tokens = document.tokens
    first = match.first_token
    k = first - 1
    while k >= 0 and first - 1 - k < _MAX_TITLES and in_table(tokens[k].text, _TITLES):
        k -= 1
    if k < 0 or tokens[k].sentence != tokens[first].sentence or parted(document, k, first):
        return False
    if not in_table(tokens[k].text, BODIES):
        return False
    return k == first - 1 or tokens[first].text.startswith("لل")


def without_body_names(document: Document, naming: dict[int, list[Match]],
                       claim_words: Iterable[str]) -> dict[int, list[Match]]:
    """The about-mentions by sentence (``naming``) less those inside a body's name, unless the claim's own words
    name a body."""
    if any(in_table(word, BODIES) for word in claim_words):
        return naming
    out: dict[int, list[Match]] = {}
    for sentence, matches in naming.items():
        kept = [m for m in matches if not names_a_body(document, m)]
        if kept:
            out[sentence] = kept
    return out
