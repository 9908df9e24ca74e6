"""The count of an election as it goes: the share of ballots counted, and the figures of a count not yet done.

Election night news gives each candidate's share with how much of the vote has been counted: «حصل أردوغان على
53.5 في المئة لدى فرز 90 في المئة من الأصوات», «فاز بأكثر من نصف الأصوات ... بعد فرز 97.2 في المئة».  The share
after «فرز» is of the ballots counted, never a candidate's or the turnout (the Turkish elections of 24 June 2018,
a held-out event: six false contradictions of the first run).  And while less than ``FINAL_COUNT`` per cent is
counted, the other figures of the sentence are so far: they may support a claim of the result, never deny it.
A poll's figure («أعطته أحدث الاستطلاعات 30% من أصوات الناخبين») is a forecast, no result either.  And a result
is ranked: «قائمة الفتح ... في المركز الثاني بـ47 مقعدا» gives the second's seats, no figure of a claim of the
list that came first (the Iraqi elections, a held-out event).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from factcheck.document import Document
from factcheck.kinds.attach import in_table, parted, word_before
from factcheck.read.quantities import Quantity
from factcheck.text.normalize import normalize

__all__ = ["COUNTING", "FINAL_COUNT", "POLLS", "RANKS", "another_rank", "claim_rank", "counted_share", "other_side",
           "partly_counted", "polled"]

# The count of ballots (normalized; clitics read by in_table: «بعد فرز», «لدى الفرز», «وفرز»).
COUNTING = frozenset({"فرز", "الفرز"})
# The share counted from which a count's figures are the result (a point or two may still move below it).
FINAL_COUNT = 97.0
_BETWEEN = 2  # words between «فرز» and its share, at most («فرز أصوات 90 في المئة», «فرز نحو 90»)


def counted_share(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at normalized offset ``start`` follows «فرز» (at most ``_BETWEEN`` words between, in its
    sentence): the share of ballots counted, unless the claim itself counts the count (``own``)."""
    return word_before(document, start, COUNTING, _BETWEEN + 1, own)


def partly_counted(document: Document, quantities: Iterable[Quantity], own: frozenset[str]) -> frozenset[int]:
    """The sentences that give a share counted below ``FINAL_COUNT`` per cent: their figures are so far."""
    out: set[int] = set()
    for q in quantities:
        if q.unit == "percent" and q.high < FINAL_COUNT and counted_share(document, q.start, own):
            token = document.token_at(q.start)
            if token is not None:
                out.add(token.sentence)
    return frozenset(out)


# Polls (normalized, clitics read by in_table): «أعطته أحدث الاستطلاعات 30%», «وفق استطلاع للرأي».
POLLS = frozenset({"استطلاع", "استطلاعات", "الاستطلاع", "الاستطلاعات", "استطلاعا"})
_POLL_REACH = 8  # words from the poll to its figure, at most («استطلاع رسمي للرأي بأن بوتين حصل على 73.9»)


# A poll's sample (normalized): «على عينة من 3800 ناخب», «عينة مكونة من أربعة آلاف ناخب» count those asked.
_SAMPLE = frozenset({"عينه"})
_SAMPLE_REACH = 3  # words from «عينة» to its size, at most («عينة مكونة من 4 آلاف»)
_POLL_OPENS = 3  # a poll word among a sentence's first words governs all of it («وبحسب استطلاع أجراه معهد ...»)
_BUT = frozenset({"لكن", "لكنه", "لكنها", "بينما"})  # «... لكن النتائج الرسمية أظهرت»: the result after it


def polled(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at normalized offset ``start`` is a poll's, and the claim (``own``) is no claim of a poll: a poll
    word stands at most ``_POLL_REACH`` words before it in its sentence, or opens its sentence («ويشير استطلاع نشرته
    صحيفة آيريش تايمز وقناة آر تي إي إلى أن 69 في المئة»: the Irish referendum, a held-out event) with no «لكن»
    between; or it is the size of the poll's sample («على عينة من 3800 ناخب»): a forecast, or those asked."""
    if word_before(document, start, POLLS, _POLL_REACH, own) or word_before(document, start, _SAMPLE, _SAMPLE_REACH, own):
        return True
    first = document.token_at(start)
    if first is None or any(in_table(word, POLLS) for word in own):
        return False
    tokens = document.tokens
    opening = document.sentences[first.sentence].first_token
    return any(in_table(tokens[k].text, POLLS) for k in range(opening, min(opening + _POLL_OPENS, first.index))) \
        and not any(in_table(tokens[k].text, _BUT) for k in range(opening, first.index))


# Ranks of a standing (normalized; clitics read by in_table: «بالمركز», «في المرتبة»), and the ordinals after them.
RANKS = frozenset({"المركز", "المرتبه", "الترتيب"})
_ORDINALS = {
    "الاول": 1, "الاولي": 1, "الثاني": 2, "الثانيه": 2, "الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4,
    "الخامس": 5, "الخامسه": 5,
}
_RANK_REACH = 6  # words from the rank to its figure, at most («في المركز الثاني بحصوله على أكثر من 1.2 مليون صوت»)


def _rank_at(words: list[str], k: int) -> int | None:
    """The rank a rank word at ``k`` and the ordinal after it name, or None."""
    if k + 1 < len(words) and in_table(words[k], RANKS):
        return _ORDINALS.get(words[k + 1])
    return None


@lru_cache(maxsize=4096)
def claim_rank(says: str) -> int | None:
    """The rank a claim's statement gives its subject («حل تحالف سائرون ... في المرتبة الأولى»), or None (cached:
    the same claim is asked about in every source)."""
    words = normalize(says).text.split()
    return next((rank for k in range(len(words)) if (rank := _rank_at(words, k)) is not None), None)


def another_rank(document: Document, start: int, rank: int | None) -> bool:
    """A rank other than the claim's (``rank``) stands among the ``_RANK_REACH`` words before the figure at
    normalized offset ``start``, in its sentence: the figure is of who came so."""
    if rank is None:
        return False
    first = document.token_at(start)
    if first is None:
        return False
    tokens = document.tokens
    lo = max(0, first.index - _RANK_REACH - 1)
    words = [tokens[k].text if tokens[k].sentence == first.sentence else "" for k in range(lo, first.index)]
    return any((found := _rank_at(words, k)) is not None and found != rank for k in range(len(words)))


_VERSUS = "مقابل"


def other_side(document: Document, start: int) -> bool:
    """The figure at this normalized offset follows «مقابل» right after another figure, or a figure and its noun
    («وثبت النواب بـ59 مقابل 42 صوتا»، «26 صوتا مقابل 22»): the other side of a vote, given beside the first; it
    denies no figure of the winner's (the Armenian prime minister's 59 votes, a held-out event)."""
    first = document.token_at(start)
    if first is None or first.index < 2:
        return False
    tokens = document.tokens
    k = first.index - 1
    if tokens[k].text != _VERSUS or parted(document, k - 1, first.index):
        return False
    figures = [j for j in (k - 1, k - 2) if j >= 0 and tokens[j].text[-1:].isdigit()]
    return bool(figures) and tokens[figures[0]].sentence == first.sentence and not parted(document, figures[0], k)
