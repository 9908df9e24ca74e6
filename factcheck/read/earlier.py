"""Figures a news text gives as earlier ones: not what the source states now.

A toll is revised as news comes in, and articles say so: ``وكانت حصيله سابقه
اشارت الي مقتل 37 شخصا`` (an earlier toll), ``نقلت ... في وقت سابق ان عدد
الضحايا بلغ 48``, ``وكان 77 عسكريا ... قد قتلوا`` (the pluperfect ``كان ... قد``
tells of what had happened before).  A clause with one of these marks reports
an earlier figure: the kinds do not hold it against a claim.

Reads normalized words (clitics allowed: ``وكانت``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factcheck.read.tokens import readings

__all__ = ["ESTIMATE_REACH", "PLUPERFECT_REACH", "TOLL_WORDS", "earlier_report"]

PLUPERFECT_REACH = 8  # words from كان to its قد: the subject (and its figure) stand between

# Two words in a row that mark an earlier figure (on their clitic-stripped readings).
_PAIRS = frozenset({
    ("وقت", "سابق"), ("حصيله", "سابقه"), ("الحصيله", "السابقه"), ("ارقام", "سابقه"),
    ("الارقام", "السابقه"), ("قبل", "الاعلان"), ("قبل", "ارتفاع"),
    # «وسبق أن تلقت السعودية 72 طائرة»، «سبق له أن»: what had happened before
    ("سبق", "ان"), ("سبق", "له"), ("سبق", "لها"), ("سبق", "لهم"),
})
_FIRSTS = frozenset(a for a, _ in _PAIRS)  # a pair is looked for only after one of these
_WORDS = frozenset({"سابقا"})
# A toll and «سابقه» with its own words between (رسميه، القتلي): up to TOLL_WORDS of them.
_TOLLS = frozenset({"حصيله", "الحصيله"})
_EARLIER = frozenset({"سابقه", "السابقه"})
TOLL_WORDS = 2
_KANA = frozenset({"كان", "كانت", "كانوا"})
# كان and a verb of estimating in the imperfect: an estimate held before («وكانت السلطات تعتبر أن ...»،
# «وكانت التقديرات ترجح»), revised since; at most ESTIMATE_REACH words after كان (its subject between).  The verb
# itself, no «و» on it: «كان مكتظا بالمصلين، ويقدر عدد القتلى بنحو 30» opens a clause of its own, of now.
_ESTIMATES = frozenset({"تعتبر", "يعتبر", "تقدر", "يقدر", "تعتقد", "يعتقد", "ترجح", "يرجح", "تتوقع", "يتوقع"})
ESTIMATE_REACH = 3


@lru_cache(maxsize=1 << 16)
def _rests(word: str) -> frozenset[str]:
    return frozenset(r for _, r in readings(word))


def earlier_report(words: Sequence[str]) -> bool:
    """Whether the normalized words of a clause or sentence give a figure as an earlier one."""
    rests = [_rests(w) for w in words]
    for k, here in enumerate(rests):
        if here & _WORDS:
            return True
        if k + 1 < len(rests) and here & _FIRSTS and any((a, b) in _PAIRS for a in here for b in rests[k + 1]):
            return True
        if here & _TOLLS and any(rests[j] & _EARLIER for j in range(k + 2, min(len(rests), k + 2 + TOLL_WORDS))):
            return True  # «حصيله رسميه سابقه»، «حصيله القتلي السابقه»: the toll's words between
        if here & _KANA and "قد" in words[k + 1:k + 1 + PLUPERFECT_REACH]:
            return True
        if here & _KANA and any(w in _ESTIMATES for w in words[k + 1:k + 1 + ESTIMATE_REACH]):
            return True  # «وكانت السلطات تعتبر أن حوالي ألف شخص فقط في عداد المفقودين»: what they had thought
    return False
