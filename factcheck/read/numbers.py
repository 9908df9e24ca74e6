"""Numbers in normalized Arabic text: digits, number words, hedges, vague counts.

Everything here reads NORMALIZED text (``factcheck.text.normalize``): digits are
ASCII, ``ة`` is ``ه``, ``ى`` is ``ي``, alef forms are ``ا``.  So the lexicon
(``factcheck.read.lexicon``) is written in that spelling (``ثلاثه``, ``مئه``/``مائه``, ``الف``).
Offsets are offsets into the normalized text.

A ``NumberSpan`` carries a nominal ``value`` and an interval ``[low, high]``:
the interval is where hedges and vagueness go, so "about three" and
"dozens" can be compared with a claim by interval overlap (contract §1).

Rules chosen (documented because Arabic leaves them open):

* ``خمس`` is "five" (feminine) or "a fifth".  It is five when a unit or
  counted noun follows (``خمس ساعات``, ``خمس دول``) or a number continues
  (``خمس عشره``, ``خمسمئه``); otherwise it is the fraction 1/5
  (``نحو خمس أراضي بلاده``).  ``عشر`` (ten / a tenth) follows the same rule.
* Hedges: ``نحو، حوالي، قرابه، زهاء، ما يقارب، يناهز، تقريبا`` widen the value
  by ±10% (``APPROX``); ``أكثر من، ما يزيد على، يفوق، يتجاوز، لا يقل عن`` give
  ``[value, inf)`` (strict "more than" is read as ≥: news rounds);
  ``أقل من، دون، حتى، ما يصل إلى، لا يتجاوز`` give ``[0, value]``.  A hedge counts
  only directly before the number (``حتى`` is also "until"/"even").
* Vague counts: ``بضع/بضعه/عده`` 3–9, ``عشرات`` 20–99, ``مئات`` 200–999,
  ``آلاف`` 2,000–9,999, ``ملايين`` 2e6–(1e7−1), ``مليارات`` 2e9–(1e10−1);
  a vague word before a plural scale multiplies (``عشرات الآلاف`` 20,000–99,999).
* Digits: ``1,000`` and ``1.000.000`` (groups of three) are thousands; a single
  ``.`` is a decimal point (``1.5 مليار``); a single ``,`` is a decimal comma
  unless exactly three digits follow (``2,5`` = 2.5, ``2,500`` = 2500).
  ``19:30`` is a clock time (kind ``clock``), never a quantity.
* Orders joined by «و» make one number when each is below the scale word the
  number so far ends on: ``مليون و200 الف`` = 1,200,000, ``مليونا و221 الفا و463``
  = 1,221,463; a list of counts (``5 اشخاص و3 جنود``) ends on no scale word.
* Ordinals (``الثاني``، ``الثالثه``، ``الحادي عشر``) are found as kind
  ``ordinal`` so nothing else reads them, and are not counts.
* ``الاثنين`` is Monday, ``احد`` alone is "one of" (``لأحد أكثر الصراعات``),
  ``لست`` is "I am not": none of them is a number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from factcheck.read.counted import counted_noun_follows, noun_follows, nth_time, ordinal_by_article
from factcheck.read.digits import parse_digits
from factcheck.read.hedges import APPROX, INF, apply_hedge, hedge_after, hedge_before
from factcheck.read.lexicon import (
    FIVE_OR_FIFTH,
    LABEL_NOUNS,
    LEXICON,
    ORDINALS,
    PARTS,
    PERCENT_AFTER_FI,
    PERCENT_WORDS,
    PLURAL_SCALE,
    ROUND_NAMES,
    VAGUE,
    HedgeKind,
)
from factcheck.read.number_words import Compound, extend, number_word, parse_number_words
from factcheck.read.scores import (
    GOAL_SIDES,
    NIL_WORDS,
    goal_side,
    goals_score,
    minute_in_brackets,
    nil_side,
    score_side,
    second_side,
)
from factcheck.read.tokens import Tok, joined, readings, scan

__all__ = [
    "APPROX", "INF", "HedgeKind", "NumberKind", "NumberSpan", "Tok", "apply_hedge", "find_numbers", "hedge_after",
    "hedge_before", "joined", "parse_digits", "parse_number_words", "readings", "scan",
]

# ``mark``: a number that labels, not counts: a match minute (الدقيقه 45، 90+3), an anniversary (الذكري 70), a
# number (رقم 5).  ``rank``: the Nth, N so far (والـ13 في تاريخه، للمره الثالثه); ``score``: 3-1 (read.counted).
NumberKind = Literal["cardinal", "fraction", "percent", "vague", "ordinal", "clock", "mark", "rank", "score"]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number as the text states it, with its hedge or vagueness as ``[low, high]``."""

    start: int
    end: int
    value: float
    low: float
    high: float
    text: str
    kind: NumberKind
    hedge: str | None = None  # the hedge phrase as written (normalized), e.g. "نحو"



# --- digits ---------------------------------------------------------------

_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?")


# --- hedges ---------------------------------------------------------------


# --- the scanner ------------------------------------------------------------


def _percent_after(text: str, toks: Sequence[Tok], j: int) -> int | None:
    """End offset of a percent marker starting at token ``j``, if any."""
    if j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return None
    w = toks[j].text
    if w == "%" or w in PERCENT_WORDS:
        return toks[j].end
    if w == "في" and j + 1 < len(toks) and toks[j + 1].text in PERCENT_AFTER_FI and joined(text, toks[j], toks[j + 1]):
        return toks[j + 1].end
    return None


@dataclass(frozen=True, slots=True)
class _Raw:
    i: int  # first token
    j: int  # one past the last token
    value: float
    low: float
    high: float
    kind: NumberKind
    half_of: float | None = None  # ونصف (المليون): the half of this scale, added to a number of it just before


def _scale_word(word: str, *, plural: bool = False) -> float | None:
    """The scale a word names, with the article too (مليون, مليونا, المليون; ``plural``: ملايين too)."""
    for form in (word, word[2:] if word.startswith("ال") else ""):
        entry = LEXICON.get(form)
        if entry is not None and (entry[0] == "scale" or (plural and entry[0] == "scale_plural")):
            return entry[1]
    return None


def _half_of_a_scale(text: str, toks: Sequence[Tok], j: int) -> bool:
    """``ونصف المليون`` or ``ونصف مليون`` at token ``j``: a half of a scale, read with its scale (see ``_and_a_half``);
    taken as the compound's half, the scale after it multiplied it again (5 ملايين ونصف مليون: 5 * 10**11)."""
    return (toks[j].text == "ونصف" and j + 1 < len(toks) and joined(text, toks[j], toks[j + 1])
            and _scale_word(toks[j + 1].text) is not None)


def _scale_after(text: str, toks: Sequence[Tok], j: int) -> float | None:
    if j < len(toks) and joined(text, toks[j - 1], toks[j]):
        entry = LEXICON.get(toks[j].text)
        if entry and entry[0] in ("scale", "scale_plural"):
            return entry[1]
    return None


def _label_before(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A label noun right before token ``i`` (``الدقيقه 45``، ``الذكري الـ70``)."""
    k = i - 1
    if k >= 0 and toks[k].text == "ال" and text[toks[k].end:toks[i].start] == "":
        k -= 1  # الـ70: the article written on the number
    return k >= 0 and joined(text, toks[k], toks[k + 1]) and any(r in LABEL_NOUNS for _, r in readings(toks[k].text))


def _digits_after(text: str, toks: Sequence[Tok], i: int, gap: str) -> bool:
    """Token ``i + 1`` is a digit group and exactly ``gap`` separates it from token ``i``."""
    return i + 1 < len(toks) and toks[i + 1].text[0].isdigit() and text[toks[i].end:toks[i + 1].start] == gap


def _read_digits(text: str, toks: Sequence[Tok], i: int) -> _Raw | None:
    tok = toks[i]
    clock = _CLOCK.fullmatch(tok.text)
    if clock:
        v = int(clock.group(1)) + int(clock.group(2)) / 60
        return _Raw(i, i + 1, v, v, v, "clock")
    if _digits_after(text, toks, i, "+") or (
        i + 1 < len(toks) and toks[i + 1].text[0].isdigit() and text[tok.end:toks[i + 1].start].strip() == "+"
    ):  # 45+3: stoppage time, a minute of the match
        v = float(int(tok.text) + int(toks[i + 1].text)) if tok.text.isdigit() and toks[i + 1].text.isdigit() else 0.0
        return _Raw(i, i + 2, v, v, v, "mark")
    value = parse_digits(tok.text)
    if value is None:
        return None
    j = i + 1
    if _digits_after(text, toks, i, "،") and "." not in tok.text and "," not in tok.text:
        # 3،5: the Arabic comma as a decimal comma (thousands when three digits follow, as with ",")
        merged = parse_digits(f"{tok.text},{toks[j].text}")
        if merged is not None:
            value, j = merged, j + 1
    if _label_before(text, toks, i) or minute_in_brackets(text, toks, i):
        return _Raw(i, j, value, value, value, "mark")
    scale = _scale_after(text, toks, j)
    if scale is None and ordinal_by_article(text, toks, i, j):  # والـ13 في تاريخه: the 13th (الـ87 مليون: a count)
        return _Raw(i, j, value, value, value, "rank")
    if score_side(text, toks, i) or goals_score(text, toks, i, j, value) or second_side(text, toks, i):  # فاز 3-1
        return _Raw(i, j, value, value, value, "score")
    if scale is not None:
        value *= scale
        j += 1
    return _Raw(i, j, value, value, value, "cardinal")


# بضع/عده (3–9) multiply a plural scale only above a hundred (بضعه الاف = 3,000–9,999);
# other vague words multiply any scale larger than their own top (عشرات الالاف).
_FEW_SCALE_ABOVE = 100


def _read_vague(text: str, toks: Sequence[Tok], i: int, stem: str) -> _Raw:
    low, high = VAGUE[stem]
    j = i + 1
    if j < len(toks) and joined(text, toks[i], toks[j]):
        nxt = next((r for _, r in readings(toks[j].text) if r in PLURAL_SCALE), None)
        if nxt is not None and PLURAL_SCALE[nxt] > (_FEW_SCALE_ABOVE if stem in ("بضع", "بضعه", "عده") else high):
            s = PLURAL_SCALE[nxt]
            return _Raw(i, j + 1, (low + high) / 2 * s, low * s, (high + 1) * s - 1, "vague")
    return _Raw(i, j, (low + high) / 2, low, high, "vague")


# Every reading _read_words looks up: a word with none of them is no number word.
_NUMBER_WORDS = frozenset(ORDINALS) | frozenset(VAGUE) | frozenset(LEXICON)


@lru_cache(maxsize=1 << 16)
def _may_be_number_word(word: str) -> bool:
    """Whether a reading of ``word`` is an ordinal, a vague count or a number word (cached: every token asks)."""
    return any(rest in _NUMBER_WORDS for _, rest in readings(word))


def _read_words(text: str, toks: Sequence[Tok], i: int) -> _Raw | None:
    word = toks[i].text
    if not _may_be_number_word(word):
        return None
    # Ordinals first: الثاني is not اثنين, الحادي عشر is not a tenth.
    for _prefix, rest in readings(word):
        if rest in ORDINALS:
            j = i + 1
            if j < len(toks) and joined(text, toks[i], toks[j]) and toks[j].text in ("عشر", "عشره"):
                j += 1
            v = float(ORDINALS[rest] + (10 if j > i + 1 else 0))
            return _Raw(i, j, v, v, v, "rank" if nth_time(text, toks, i) else "ordinal")
    for _prefix, rest in readings(word):
        if rest in VAGUE:
            return _read_vague(text, toks, i, rest)
    entry = number_word(word, any_clitic=True)
    if entry is None:
        return None
    prefix, stem, cat, val = entry
    if cat == "fraction":
        nxt = toks[i + 1] if i + 1 < len(toks) and joined(text, toks[i], toks[i + 1]) else None
        if nxt is not None and nxt.text in ROUND_NAMES:
            return None  # ربع النهائي: the quarter-final
        scale = _scale_word(nxt.text) if nxt is not None else None
        if scale is not None:
            v = val * scale  # نصف مليون, ونصف المليون: half a million
            return _Raw(i, i + 2, v, v, v, "cardinal", scale if prefix == "و" else None)
        return _Raw(i, i + 1, val, val, val, "fraction", 1.0 if prefix == "و" and val == 0.5 else None)
    if cat == "scale_dual":
        v = 2 * val
        return _Raw(i, i + 1, v, v, v, "cardinal")
    acc = Compound(total=val, last="scale", scale=val) if cat == "scale" else Compound(current=val, last=cat)
    j = i + 1
    while j < len(toks) and joined(text, toks[j - 1], toks[j]):
        if acc.last == "scale" and _half_of_a_scale(text, toks, j):
            break  # ثلاثه ملايين ونصف المليون: the half and its scale are read together, then added
        if acc.last == "unit" and toks[j].text in PARTS and j == i + 1:
            v = val / PARTS[toks[j].text]
            return _Raw(i, j + 1, v, v, v, "fraction")
        if not extend(acc, toks[j].text):
            break
        j += 1
    if acc.last == "teen_base":
        return None  # احد / اثنا without عشر: "one of", not a number
    continued = j > i + 1
    if not continued and stem in FIVE_OR_FIFTH and not counted_noun_follows(text, toks, j):
        v = FIVE_OR_FIFTH[stem]
        return _Raw(i, j, v, v, v, "fraction")
    if not continued and stem == "ست" and prefix and not noun_follows(text, toks, j):
        return None  # لست: "I am not"
    v = acc.value
    score = goals_score(text, toks, i, j, v) or second_side(text, toks, i)  # «4 أهداف مقابل اثنين»: a side
    return _Raw(i, j, v, v, v, "score" if score else "cardinal")


_SIDES = GOAL_SIDES | NIL_WORDS  # words that may be a side of a score by themselves


def _read(text: str, toks: Sequence[Tok], i: int) -> _Raw | None:
    if toks[i].text in GOAL_SIDES:  # مقابل هدف: one goal, a side of a score
        goals = goal_side(text, toks, i)
        return None if goals is None else _Raw(i, i + 1, goals, goals, goals, "score")
    if toks[i].text in NIL_WORDS:  # «صفر-2»، «بهدفين نظيفين»: nil, a side of a score
        return _Raw(i, i + 1, 0.0, 0.0, 0.0, "score") if nil_side(text, toks, i) else None
    return _read_digits(text, toks, i) if toks[i].text[0].isdigit() else _read_words(text, toks, i)


def _finish(text: str, toks: Sequence[Tok], raw: _Raw) -> NumberSpan:
    """Percent marker, hedges before and after, and the span's text."""
    start, end = toks[raw.i].start, toks[raw.j - 1].end
    kind: NumberKind = raw.kind
    low, high, hedge = raw.low, raw.high, None
    j = raw.j
    if kind in ("cardinal", "fraction"):
        pct_end = _percent_after(text, toks, j)
        if pct_end is not None:
            if kind == "fraction":
                low, high = low * 100, high * 100
            kind = "percent"
            end = pct_end
            while j < len(toks) and toks[j].start < end:
                j += 1
    if kind not in ("ordinal", "clock", "mark", "rank", "score"):
        before = hedge_before(text, toks, raw.i)
        if before is not None:
            start, hedge, hkind = before
            low, high = apply_hedge(hkind, low, high, percent=kind == "percent")
        else:
            after = hedge_after(text, toks, j)
            if after is not None:
                end, hedge, hkind = after
                low, high = apply_hedge(hkind, low, high, percent=kind == "percent")
    value = raw.value * (100 if kind == "percent" and raw.kind == "fraction" else 1)
    return NumberSpan(start, end, value, low, high, text[start:end], kind, hedge)


def _merge_ranges(text: str, toks: Sequence[Tok], spans: list[tuple[int, NumberSpan]]) -> list[NumberSpan]:
    """``بين 3 و5`` → one span [3, 5]."""
    out: list[NumberSpan] = []
    k = 0
    while k < len(spans):
        i, a = spans[k]
        if (
            k + 1 < len(spans)
            and i > 0
            and toks[i - 1].text == "بين"
            and a.hedge is None
            and a.kind in ("cardinal", "percent", "fraction")
        ):
            _, b = spans[k + 1]
            gap = text[a.end:b.start]
            if re.fullmatch(r"\s*و?\s*", gap) and ("و" in gap or b.text.startswith("و")) and b.kind in (
                "cardinal", "percent", "fraction",
            ):
                start = toks[i - 1].start
                kind = "percent" if "percent" in (a.kind, b.kind) else a.kind
                out.append(NumberSpan(start, b.end, (a.value + b.value) / 2, min(a.low, b.low), max(a.high, b.high),
                                      text[start:b.end], kind, "بين"))  # «بين مئة و50»: the bounds either way
                k += 2
                continue
        if k + 1 < len(spans) and _to(text, a, spans[k + 1][1]):
            b = spans[k + 1][1]
            out.append(NumberSpan(a.start, b.end, (a.value + b.value) / 2, a.low, b.value, text[a.start:b.end], b.kind,
                                  a.hedge or "الي"))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _to(text: str, a: NumberSpan, b: NumberSpan) -> bool:
    """``نحو 11 الي 16 صبيا``، ``بين 5 الي 10 سنوات``، ``5 او 6 اشخاص``، ``10 او حتي 15 %``: one range, the second
    larger, whose unit (a percent) is the first's too.  Not after «من»: «ارتفع من 20 الي 35» is a change, its
    figures a before and an after."""
    before = text[:a.start].split()
    gap = text[a.end:b.start].strip()
    return ((gap == "الي" and b.hedge is None) or (gap == "او" and b.hedge in (None, "حتي")) or (
        gap == "او حتي" and b.hedge is None)) and a.kind == "cardinal" and b.kind in ("cardinal", "percent") \
        and a.value < b.value and not (before and before[-1] in ("من", "ومن"))


def _and_a_half(text: str, toks: Sequence[Tok], before: NumberSpan, half: NumberSpan, scale: float) -> NumberSpan | None:
    """``21 مليونا ونصف`` and ``21 مليونا ونصف المليون``: 21.5 million, one number.  Read apart, the half was
    a number of its own (a bare ``نصف`` is half of something: 50 percent), which no article states."""
    if before.kind != "cardinal" or half.kind not in ("cardinal", "fraction") or half.hedge is not None:
        return None
    if text[before.end:half.start].strip():
        return None
    own = _scale_word(scan(before.text)[-1].text.removeprefix("و"), plural=True)  # ومليون: a range's second bound
    if own is None or (scale != 1.0 and own != scale):
        return None
    add = 0.5 * own
    return NumberSpan(before.start, half.end, before.value + add, before.low + add, before.high + add,
                      text[before.start:half.end], "cardinal", before.hedge)


def _lowest_scale(span: NumberSpan) -> float | None:
    """The scale word a cardinal ends on («مليونا», «221 الفا», «ثلاثه ملايين»), if any."""
    if span.kind != "cardinal":
        return None
    last = scan(span.text)[-1].text
    for form in (last, last.removeprefix("و")):
        entry = LEXICON.get(form)
        if entry is not None and entry[0] in ("scale", "scale_plural", "scale_dual"):  # مليونا، ملايين، مليونين
            return entry[1]
    return None


def _with_lower_orders(text: str, spans: list[tuple[int, NumberSpan]]) -> list[tuple[int, NumberSpan]]:
    """``مليون و200 الف``، ``مليونا و221 الفا و463``، ``ثلاثه ملايين و500 الف``: one number, its orders joined by
    «و», each below the scale the number so far ends on (1,221,463).  Read apart, an article of 1,221,463 pilgrims
    stated 463 (the held-out Hajj file); a list of counts («5 اشخاص و3 جنود») ends on no scale word, and after «بين»
    the second number is a range's bound (``بين مليون ومليونين``، ``بين مليون و500 الف``), no lower order."""
    out: list[tuple[int, NumberSpan]] = []
    for first, span in spans:
        if out:
            a = out[-1][1]
            scale = _lowest_scale(a)
            gap = text[a.end:span.start]
            joined_by_and = gap.strip() == "و" or (not gap.strip() and span.text.startswith("و"))
            before = text[:a.start].split()[-1:]
            if scale is not None and joined_by_and and before not in (["بين"], ["وبين"]) and span.kind == "cardinal" and span.hedge is None \
                    and 0 < span.value < scale and a.value > 0:
                value = a.value + span.value  # a hedge of the first («نحو مليون») holds the whole
                low, high = (value if bound == a.value else bound * value / a.value for bound in (a.low, a.high))
                out[-1] = (out[-1][0], NumberSpan(a.start, span.end, value, low, high, text[a.start:span.end],
                                                  "cardinal", a.hedge))
                continue
        out.append((first, span))
    return out


def find_numbers(text: str, toks: Sequence[Tok] | None = None) -> list[NumberSpan]:
    """Every number stated in a normalized text, in order, non-overlapping.

    ``toks``: the text's tokens as ``scan`` gives them (a document's ``Analysis.toks``), when already made."""
    toks = scan(text) if toks is None else toks
    found: list[tuple[int, NumberSpan]] = []
    may_be_word = _may_be_number_word
    i = 0
    while i < len(toks):
        word = toks[i].text
        if word == "%" or not (word[0].isdigit() or may_be_word(word) or word in _SIDES):  # most: asked here
            i += 1
            continue
        raw = _read(text, toks, i)
        if raw is None:
            i += 1
            continue
        span = _finish(text, toks, raw)
        first = raw.i
        if found and raw.half_of is not None:
            merged = _and_a_half(text, toks, found[-1][1], span, raw.half_of)
            if merged is not None:  # one number from the first's token on (بين مليون ونصف المليون ومليونين)
                span, first = merged, found.pop()[0]
        found.append((first, span))
        i = raw.j
        while i < len(toks) and toks[i].start < span.end:
            i += 1
    return _merge_ranges(text, toks, _with_lower_orders(text, found))
