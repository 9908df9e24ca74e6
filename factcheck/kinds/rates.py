"""An exchange rate's market: the official rate and the black market's are two figures, not two accounts of one.

«وسرعان ما تضاعف سعر الصرف، الذي حددته الحكومة، بـ42 ألف ريال مقابل الدولار، في السوق السوداء»: the 42,000 is
the rate the government set, and a claim of the dollar at 90,000 rials in the black market is not denied by it (the
held-out Tehran bazaar file: four of its five false contradictions).  Where a currency falls, the news gives both
rates side by side (Iran, Egypt, Sudan, Syria, Lebanon, Venezuela); the word nearest to a figure says whose it is.
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import in_table

__all__ = ["another_market"]

_OFFICIAL, _BLACK = "official", "black"

# Words of the official rate and of the black (parallel) market, normalized; clitics read by ``in_table``.
_OFFICIAL_WORDS = frozenset({"الرسمي", "الرسميه", "رسمي", "رسميه", "الحكومي", "الحكوميه"})
_BLACK_WORDS = frozenset({"السوداء", "الموازي", "الموازيه", "موازي", "موازيه"})
_NOT = "غير"  # «السعر غير الرسمي»: the black market's
_SET = frozenset({"حددته", "حددتها", "تحدده", "تحددها"})  # «الذي حددته الحكومة»: the official rate
_GOVERNMENT = frozenset({"الحكومه", "السلطات", "المركزي"})
_REACH = 8  # words from a figure to the word that says its market, at most


def _market_of_word(words: list[str], k: int) -> str | None:
    word = words[k]
    if in_table(word, _OFFICIAL_WORDS):
        return _BLACK if k > 0 and words[k - 1] == _NOT else _OFFICIAL
    if in_table(word, _BLACK_WORDS):
        return _BLACK
    if in_table(word, _SET) and k + 1 < len(words) and in_table(words[k + 1], _GOVERNMENT):
        return _OFFICIAL
    return None


def claim_market(own: frozenset[str]) -> str | None:
    """The market the claim's words (normalized) name: the black market's, the official rate, or neither."""
    if any(in_table(word, _BLACK_WORDS) for word in own):
        return _BLACK
    if any(in_table(word, _OFFICIAL_WORDS) for word in own):
        return _BLACK if _NOT in own else _OFFICIAL
    return None


def another_market(document: Document, start: int, own: frozenset[str]) -> str | None:
    """Why the figure at normalized offset ``start`` is another market's than the claim's (``own``: its words), or
    None: the word of a market nearest to it in its sentence (``_REACH`` words at most, either side) names the
    other one."""
    claimed = claim_market(own)
    first = document.token_at(start)
    if claimed is None or first is None:
        return None
    sentence = document.sentences[first.sentence]
    words = [t.text for t in document.tokens[sentence.first_token:sentence.last_token]]
    at = first.index - sentence.first_token
    for distance in range(1, _REACH + 1):
        found = [m for k in (at - distance, at + distance) if 0 <= k < len(words)
                 and (m := _market_of_word(words, k)) is not None]
        if found:
            market = found[0]
            if market == claimed:
                return None
            return "the official rate, for a claim of the black market's" if market == _OFFICIAL \
                else "the black market's rate, for a claim of the official one"
    return None
