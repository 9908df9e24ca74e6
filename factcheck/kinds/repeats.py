"""A repeated act: «دخل إلى المستشفى مرة ثانية يوم الجمعة» is another time of it than the one a claim dates.

An event that happens more than once (a president admitted to hospital three times in a week, the Abbas file, a
held-out event) is told with the time it was: «مرة ثانية»، «للمرة الثالثة»، «مجددا».  A day in a clause that names
such a time is that time's; it denies no day of the claim's, unless the claim names the time itself.
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import in_table, parted

__all__ = ["another_time_of_it"]

_TIME = frozenset({"مره", "للمره"})
_WHICH = frozenset({"ثانيه", "الثانيه", "ثالثه", "الثالثه", "رابعه", "الرابعه", "اخري", "الاخري"})
_AGAIN = frozenset({"مجددا"})
_REACH = 6  # words around the date, in its clause, where the time of the act is named


def another_time_of_it(document: Document, start: int, own: frozenset[str]) -> bool:
    """The date at this normalized offset is in a clause naming another time of its act («مرة ثانية»، «للمرة
    الثالثة»، «مجددا») that the claim's words (``own``) do not name."""
    first = document.token_at(start)
    if first is None or any(in_table(w, _TIME | _AGAIN) for w in own):
        return False
    tokens = document.tokens
    at = first.index
    words = [k for k in range(max(0, at - _REACH), min(len(tokens), at + _REACH + 1))
             if tokens[k].sentence == first.sentence and not parted(document, min(k, at), max(k, at))]
    return any(in_table(tokens[k].text, _AGAIN)
               or (in_table(tokens[k].text, _TIME) and k + 1 < len(tokens) and in_table(tokens[k + 1].text, _WHICH))
               for k in words)
