"""Hedges around a number: ``نحو``، ``أكثر من``، ``حتى``، ``على الأقل`` and how they widen it."""

from __future__ import annotations

import math
from collections.abc import Sequence

from factcheck.read.lexicon import HEDGES, HedgeKind
from factcheck.read.tokens import Tok, behind_conjunction, joined, readings

__all__ = ["APPROX", "APPROX_POINTS", "AFTER_WORDS", "INF", "apply_hedge", "bare_at_least", "hedge_after", "hedge_before"]


# Relative half-width of an approximate value (نحو ثلاث ساعات = 2.7–3.3 hours).
APPROX = 0.10
# ... but of a percentage, at most this many points: «ما يقرب من 92 في المئه» is 89–95, not 82.8–101.2
# (a tenth of 92 points would make it agree with 97 percent).
APPROX_POINTS = 3.0

INF = math.inf


# The hedges by their last word, in the order of HEDGES (longest first): the word right
# before a number picks the few hedges that may end there (every number asks).
_BY_LAST: dict[str, tuple[tuple[int, tuple[str, ...], HedgeKind], ...]] = {}
for _n, (_words, _kind) in enumerate(HEDGES):
    _BY_LAST[_words[-1]] = (*_BY_LAST.get(_words[-1], ()), (_n, _words, _kind))


def _ending_with(word: str) -> list[tuple[int, tuple[str, ...], HedgeKind]]:
    """The hedges whose last word is ``word`` or one of its clitic readings, in HEDGES order."""
    found = [h for _, rest in readings(word) for h in _BY_LAST.get(rest, ())]
    if len(found) > 1:
        found.sort()
    return found


# «ليصل الي 403»: "to reach 403", the figure reached, not "up to" (ما يصل الي، يصل الي).
_REACHING = frozenset({"يصل", "تصل"})


def _reached(word: str, written: str) -> bool:
    return word in _REACHING and written != word and written.lstrip("وف").startswith("ل")


def hedge_before(text: str, toks: Sequence[Tok], i: int) -> tuple[int, str, HedgeKind] | None:
    """The hedge phrase ending right before token ``i``: (start offset, phrase, kind).

    The phrase's first word may carry a proclitic (``بنحو``, ``لأكثر من``).  Words of age may stand between it and
    the number («لم يتجاوز من العمر 21 عاما»، «لا يتجاوز عمره 21 عاما»: the held-out Paris knife attack).
    """
    if i == 0:
        return None
    between = _age_words_before(text, toks, i) or _count_words_before(text, toks, i)
    if between:
        return hedge_before(text, toks, i - between)
    for _, words, kind in _ending_with(toks[i - 1].text):
        n = len(words)
        if i - n < 0:
            continue
        seq = toks[i - n:i]
        if not all(joined(text, a, b) for a, b in zip(seq, [*seq[1:], toks[i]])):
            continue
        if any(t.text != w for t, w in zip(seq[1:], words[1:])):
            continue
        if words[-1] in _THRESHOLDS and toks[i].text.startswith("ال"):
            continue  # «متجاوزا عتبة العشرة في المئة»: the threshold named, not a floor of the figure
        if words[0] in (r for _, r in readings(seq[0].text)) and not seq[0].text.startswith("ال") \
                and not _reached(words[0], seq[0].text):
            k = i - n - 1  # a negator before a bound turns it (لا تتخطي 30: at most 30; لم تقل عن: at least)
            if kind in _TURNED and words[0] in _COMPARING and k >= 0 and joined(text, toks[k], seq[0]) \
                    and _negates(toks[k].text):
                return toks[k].start, f"{toks[k].text} {' '.join(words)}", _TURNED[kind]
            return seq[0].start, " ".join(words), kind
    return None


# Words of age a hedge may come before, the number after them: «لم يتجاوز من العمر»، «لا يتجاوز عمره».
_AGE_WORDS = (("من", "العمر"), ("عمره",), ("عمرها",), ("عمرهم",), ("عمرهما",))


def _age_words_before(text: str, toks: Sequence[Tok], i: int) -> int:
    """How many tokens of age words end right before token ``i``, joined to it (0: none)."""
    for words in _AGE_WORDS:
        n = len(words)
        seq = toks[i - n:i] if i >= n else []
        if seq and all(t.text == w for t, w in zip(seq, words)) \
                and all(joined(text, a, b) for a, b in zip(seq, [*seq[1:], toks[i]])):
            return n
    return 0


# «عدد» and what it counts between a hedge and its number: «يناهز عدد أعضائه ثلاثة آلاف» (the Chinese parliament, about
# 3,000 members: the term-limits file, after its first run), «يقارب عددهم 600».
_COUNT_WORD = "عدد"
_COUNT_PRONOUNS = frozenset({"عدده", "عددها", "عددهم", "عددهما"})


def _count_words_before(text: str, toks: Sequence[Tok], i: int) -> int:
    """How many tokens of «عدد» and its noun end right before token ``i``, joined to it (0: none)."""
    if i >= 1 and toks[i - 1].text in _COUNT_PRONOUNS and joined(text, toks[i - 1], toks[i]):
        return 1
    if i >= 2 and toks[i - 2].text == _COUNT_WORD and joined(text, toks[i - 2], toks[i - 1]) \
            and joined(text, toks[i - 1], toks[i]) and not toks[i - 1].text[:1].isdigit():
        return 2
    return 0


# A threshold or a barrier after a verb of exceeding («تخطت عتبة 220 قتيلا»): a floor of the figure after it.
_THRESHOLDS = frozenset({"عتبه", "حاجز"})
_TURNED: dict[HedgeKind, HedgeKind] = {"at_least": "at_most", "at_most": "at_least"}
# ... the bounds a negator turns: comparisons.  «لم تصل الي 30» (did not reach 30) is below 30 as «تصل الي» is
# at most 30, and «ولا حتي 100» is not even 100.
_COMPARING = frozenset({
    "اكثر", "اقل", "ازيد", "ادني", "يزيد", "تزيد", "يقل", "تقل", "يفوق", "تفوق", "فاق", "فاقت", "يتجاوز", "تتجاوز",
    "تجاوز", "تجاوزت", "يتخطي", "تتخطي", "تخطي", "تخطت", "يتعدي", "تتعدي", "تعدي", "تعدت",
})
_NEGATORS = frozenset({"لا", "لم", "لن", "الا"})  # الا: على ألا تتجاوز; not ما: «ما يتجاوز 30» is "what exceeds"


def _negates(word: str) -> bool:
    return behind_conjunction(word, _NEGATORS)


# Hedges written after the number or its noun, with what they do.
_AFTER: tuple[tuple[tuple[str, ...], HedgeKind], ...] = (
    (("تقريبا",), "approx"),
    (("علي", "الاقل"), "at_least"),   # 10 أشخاص على الأقل
    (("علي", "الاكثر"), "at_most"),   # 10 أيام على الأكثر
)


# the phrases, for what reads a span that holds one (kinds.owned); «الأقل» alone last (``bare_at_least``)
AFTER_WORDS = (*(words for words, _ in _AFTER), ("الاقل",))


def hedge_after(text: str, toks: Sequence[Tok], j: int) -> tuple[int, str, HedgeKind] | None:
    """A hedge right after a number or its noun (starting at token ``j``): (end offset, phrase, kind).

    ``تقريبا`` (≈), ``على الأقل`` (≥), ``على الأكثر`` (≤).
    """
    for words, kind in _AFTER:
        n = len(words)
        seq = toks[j:j + n]
        if len(seq) < n or any(t.text != w for t, w in zip(seq, words)):
            continue
        if j > 0 and not all(joined(text, a, b) for a, b in zip([toks[j - 1], *seq], seq)):
            continue
        return seq[-1].end, " ".join(words), kind
    return None


def bare_at_least(text: str, toks: Sequence[Tok], j: int) -> tuple[int, str, HedgeKind] | None:
    """«ستة أشخاص الأقل»: «على الأقل» with its «على» dropped, right after a counted noun at token ``j - 1`` that has
    no article (so «الأقل» is no adjective of it), closing the phrase (a stop, a comma or «و» after it, or the
    text's end: «بنزين 95 الأقل استخداما» compares): (end offset, phrase, kind), as ``hedge_after``."""
    if j >= len(toks) or j < 1 or toks[j].text != "الاقل" or not joined(text, toks[j - 1], toks[j]) \
            or toks[j - 1].text.startswith(("ال", "وال", "بال", "لل")):
        return None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and joined(text, toks[j], nxt) and not nxt.text.startswith("و"):
        return None
    return toks[j].end, "الاقل", "at_least"


def apply_hedge(kind: HedgeKind, low: float, high: float, *, percent: bool = False) -> tuple[float, float]:
    """Widen ``[low, high]`` by a hedge (``percent``: the number is a percentage)."""
    if kind == "approx":
        if percent:
            return low - min(low * APPROX, APPROX_POINTS), high + min(high * APPROX, APPROX_POINTS)
        return low * (1 - APPROX), high * (1 + APPROX)
    if kind == "at_least":
        return low, INF
    if kind == "at_most":
        return 0.0, high
    return low, high
