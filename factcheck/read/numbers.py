"""Numbers in normalized Arabic text: digits, number words, hedges, vague counts.

Everything here reads NORMALIZED text (``factcheck.text.normalize``): digits are
ASCII, ``ة`` is ``ه``, ``ى`` is ``ي``, alef forms are ``ا``.  So the lexicon
below is written in that spelling (``ثلاثه``, ``مئه``/``مائه``, ``الف``).
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
* Ordinals (``الثاني``، ``الثالثه``، ``الحادي عشر``) are found as kind
  ``ordinal`` so nothing else reads them, and are not counts.
* ``الاثنين`` is Monday, ``احد`` alone is "one of" (``لأحد أكثر الصراعات``),
  ``لست`` is "I am not": none of them is a number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from factcheck.read.units import is_count_noun, lookup_unit
from factcheck.text.morphology import stems, token_pattern

__all__ = [
    "APPROX",
    "HedgeKind",
    "NumberKind",
    "NumberSpan",
    "Tok",
    "apply_hedge",
    "find_numbers",
    "hedge_after",
    "hedge_before",
    "joined",
    "parse_digits",
    "parse_number_words",
    "readings",
    "scan",
]

NumberKind = Literal["cardinal", "fraction", "percent", "vague", "ordinal", "clock"]
HedgeKind = Literal["approx", "at_least", "at_most", "range"]

# Relative half-width of an approximate value (نحو ثلاث ساعات = 2.7–3.3 hours).
APPROX = 0.10

INF = math.inf


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


# --- tokens ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str


_TOKEN = token_pattern("%")


def scan(text: str) -> list[Tok]:
    """Words, digit groups and ``%`` of a normalized text, with offsets."""
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def joined(text: str, a: Tok, b: Tok) -> bool:
    """Only spaces between two tokens: punctuation or a line end breaks a number phrase."""
    gap = text[a.end:b.start]
    return gap.strip() == "" and "\n" not in gap


def readings(word: str) -> list[tuple[str, str]]:
    """``(proclitics, rest)`` for every clitic reading of ``word``, whole word first."""
    return [(word[: len(word) - len(r)], r) for r in stems(word)]


# --- lexicon (normalized spelling) ----------------------------------------

_Cat = Literal[
    "unit", "teen_base", "ten", "tens", "hundred", "hundreds", "scale",
    "scale_plural", "scale_dual", "fraction", "vague",
]

_UNIT_STEMS = {3: "ثلاث", 4: "اربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}

LEXICON: dict[str, tuple[_Cat, float]] = {
    "واحد": ("unit", 1), "واحده": ("unit", 1),
    "احد": ("teen_base", 1), "احدي": ("teen_base", 1),
    "اثنان": ("unit", 2), "اثنين": ("unit", 2), "اثنتان": ("unit", 2), "اثنتين": ("unit", 2),
    "ثنتان": ("unit", 2), "ثنتين": ("unit", 2),
    "اثنا": ("teen_base", 2), "اثني": ("teen_base", 2), "اثنتا": ("teen_base", 2), "اثنتي": ("teen_base", 2),
    "ثلاث": ("unit", 3), "ثلاثه": ("unit", 3),
    "اربع": ("unit", 4), "اربعه": ("unit", 4),
    "خمس": ("unit", 5), "خمسه": ("unit", 5),
    "ست": ("unit", 6), "سته": ("unit", 6),
    "سبع": ("unit", 7), "سبعه": ("unit", 7),
    "ثمان": ("unit", 8), "ثماني": ("unit", 8), "ثمانيه": ("unit", 8),
    "تسع": ("unit", 9), "تسعه": ("unit", 9),
    "عشر": ("ten", 10), "عشره": ("ten", 10),
    "عشرون": ("tens", 20), "عشرين": ("tens", 20),
    "ثلاثون": ("tens", 30), "ثلاثين": ("tens", 30),
    "اربعون": ("tens", 40), "اربعين": ("tens", 40),
    "خمسون": ("tens", 50), "خمسين": ("tens", 50),
    "ستون": ("tens", 60), "ستين": ("tens", 60),
    "سبعون": ("tens", 70), "سبعين": ("tens", 70),
    "ثمانون": ("tens", 80), "ثمانين": ("tens", 80),
    "تسعون": ("tens", 90), "تسعين": ("tens", 90),
    "مئه": ("hundred", 100), "مائه": ("hundred", 100),
    "مئتان": ("hundreds", 200), "مئتين": ("hundreds", 200), "مئتا": ("hundreds", 200), "مئتي": ("hundreds", 200),
    "مائتان": ("hundreds", 200), "مائتين": ("hundreds", 200), "مائتا": ("hundreds", 200), "مائتي": ("hundreds", 200),
    "الف": ("scale", 1e3), "الفا": ("scale", 1e3),
    "مليون": ("scale", 1e6), "مليونا": ("scale", 1e6),
    "مليار": ("scale", 1e9), "مليارا": ("scale", 1e9), "بليون": ("scale", 1e9),
    "تريليون": ("scale", 1e12),
    "الاف": ("scale_plural", 1e3), "ملايين": ("scale_plural", 1e6), "مليارات": ("scale_plural", 1e9),
    "الفان": ("scale_dual", 1e3), "الفين": ("scale_dual", 1e3), "الفي": ("scale_dual", 1e3),
    "مليونان": ("scale_dual", 1e6), "مليونين": ("scale_dual", 1e6), "مليوني": ("scale_dual", 1e6),
    "ملياران": ("scale_dual", 1e9), "مليارين": ("scale_dual", 1e9), "ملياري": ("scale_dual", 1e9),
    "نصف": ("fraction", 1 / 2), "ثلث": ("fraction", 1 / 3), "ربع": ("fraction", 1 / 4),
    "سدس": ("fraction", 1 / 6), "ثلثي": ("fraction", 2 / 3), "ثلثا": ("fraction", 2 / 3),
}
for _n, _stem in _UNIT_STEMS.items():
    _hund = "ثماني" if _n == 8 else _stem
    for _h in ("مئه", "مائه"):
        LEXICON[_hund + _h] = ("hundreds", _n * 100)
        LEXICON[_stem + _h] = ("hundreds", _n * 100)

# Words that are numbers only in context (see module docstring).
_FIVE_OR_FIFTH = {"خمس": 1 / 5, "عشر": 1 / 10}

# Vague quantities: (low, high) of the word alone, and the scale it
# multiplies when a plural scale follows (عشرات الآلاف).
VAGUE: dict[str, tuple[float, float]] = {
    "بضع": (3, 9), "بضعه": (3, 9), "عده": (3, 9),
    "عشرات": (20, 99), "مئات": (200, 999),
    "الاف": (2e3, 1e4 - 1), "ملايين": (2e6, 1e7 - 1), "مليارات": (2e9, 1e10 - 1),
}
_PLURAL_SCALE = {"الاف": 1e3, "ملايين": 1e6, "مليارات": 1e9, "مئات": 1e2}

# Fractions expressed as "three quarters": n followed by a plural of parts.
_PARTS = {"ارباع": 4, "اخماس": 5, "اعشار": 10, "اثلاث": 3}

ORDINALS: dict[str, int] = {
    "اول": 1, "اولي": 1, "حادي": 1, "حاديه": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3,
    "رابع": 4, "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7,
    "ثامن": 8, "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10,
}

_PERCENT_WORDS = {"بالمئه", "بالمائه", "بالميه"}
_PERCENT_AFTER_FI = {"المئه", "المائه"}

_HEDGES: list[tuple[tuple[str, ...], HedgeKind]] = sorted(
    [
        *((tuple(p.split()), "approx") for p in (
            "نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "يقارب", "ما يقرب من", "يقرب من",
            "ما يناهز", "يناهز", "تقريبا", "في حدود",
        )),
        *((tuple(p.split()), "at_least") for p in (
            "اكثر من", "ما يزيد علي", "ما يزيد عن", "يزيد علي", "يزيد عن", "يفوق", "تفوق",
            "يتجاوز", "تتجاوز", "تجاوز", "لا يقل عن", "لا تقل عن", "ما لا يقل عن",
            "ما يربو علي", "يربو علي", "ازيد من", "اكثر قليلا من",
        )),
        *((tuple(p.split()), "at_most") for p in (
            "اقل من", "دون", "حتي", "ما يصل الي", "يصل الي", "تصل الي", "لا يتجاوز", "لا تتجاوز",
            "لا يزيد عن", "لا يزيد علي", "ما لا يزيد عن", "ما لا يزيد علي", "اقل قليلا من",
        )),
    ],
    key=lambda h: -len(h[0]),
)


# --- digits ---------------------------------------------------------------

_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?")


def parse_digits(s: str) -> float | None:
    """The value of a digit group, or None when it is not one number.

    See the module docstring for separators; ``24.2.2022`` (a date) is None.
    """
    if ":" in s:
        return None
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        last = max(s.rfind("."), s.rfind(","))
        whole = re.sub(r"[.,]", "", s[:last])
        return float(f"{whole}.{s[last + 1:]}")
    for sep in (",", "."):
        if sep in s:
            groups = s.split(sep)
            if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and (
                sep == "," or len(groups) > 2
            ):
                return float("".join(groups))
            if len(groups) == 2:
                return float(f"{groups[0]}.{groups[1]}")
            return None
    return float(s)


# --- number words ---------------------------------------------------------


def _lex(word: str, *, any_clitic: bool) -> tuple[str, str, _Cat, float] | None:
    """``(proclitics, stem, category, value)`` of a number word.

    ``any_clitic`` allows و ف ب ل ك and the article; otherwise the word must be
    bare.  Monday (``الاثنين``), "one of" (``احد``) and "I am not" (``لست``)
    are refused here or by the caller.
    """
    cands = readings(word) if any_clitic else [("", word)]
    for prefix, rest in cands:
        entry = LEXICON.get(rest)
        if entry is None:
            continue
        if rest == "اثنين" and prefix.endswith("ال"):
            continue  # الاثنين: Monday
        return prefix, rest, entry[0], entry[1]
    return None


def _and_lex(word: str) -> tuple[str, _Cat, float] | None:
    """A number word joined by the conjunction: ``وعشرون``."""
    if not word.startswith("و") or len(word) < 3:
        return None
    entry = LEXICON.get(word[1:])
    return (word[1:], entry[0], entry[1]) if entry else None


@dataclass(slots=True)
class _Acc:
    """The running value of a compound number (``ثلاثه الاف وخمسمئه``)."""

    total: float = 0.0
    current: float = 0.0
    last: str = ""

    @property
    def value(self) -> float:
        return self.total + self.current


def _step(acc: _Acc, word: str) -> bool:
    """Extend ``acc`` by the next word of a compound; False when it does not continue."""
    entry = _lex(word, any_clitic=False)
    if entry is not None:
        _, _, cat, val = entry
        if cat == "ten" and acc.last in ("unit", "teen_base") and acc.current < 10:
            acc.current += 10
            acc.last = "teen"
            return True
        if cat == "hundred" and acc.last == "unit" and 3 <= acc.current <= 9:
            acc.current *= 100
            acc.last = "hundreds"
            return True
        if cat in ("scale", "scale_plural") and acc.last not in ("scale", "") and acc.current:
            if cat == "scale_plural" and not 3 <= acc.current <= 10:
                return False
            acc.total += acc.current * val
            acc.current = 0
            acc.last = "scale"
            return True
        return False
    joined_entry = _and_lex(word)
    if joined_entry is None:
        return False
    _, cat, val = joined_entry
    if cat == "tens" and acc.last in ("unit", "teen_base") and acc.current < 10:
        acc.current += val
        acc.last = "tens"
        return True
    if acc.last in ("hundred", "hundreds") and cat in ("unit", "ten", "tens", "teen_base"):
        acc.current += val
        acc.last = cat
        return True
    if acc.last == "scale" and cat in ("unit", "ten", "tens", "hundred", "hundreds", "teen_base"):
        acc.current += val
        acc.last = cat
        return True
    if cat == "fraction" and val == 0.5 and acc.last != "":
        acc.current += val
        acc.last = "fraction"
        return True
    return False


def parse_number_words(words: Sequence[str]) -> float | None:
    """The value of number words (normalized, first may carry clitics), or None.

    ``["خمسه", "وعشرون"]`` → 25, ``["ثلاثه", "الاف"]`` → 3000.  All words must
    belong to the number.
    """
    if not words:
        return None
    first = _lex(words[0], any_clitic=True)
    if first is None:
        return None
    _, stem, cat, val = first
    if cat in ("fraction", "scale_dual"):
        return val * (2 if cat == "scale_dual" else 1) if len(words) == 1 else None
    if cat == "scale_plural":
        return None
    acc = _Acc(current=val, last=cat)
    if cat == "scale":
        acc = _Acc(total=val, last="scale")
    for w in words[1:]:
        if not _step(acc, w):
            return None
    if acc.last == "teen_base":
        return None
    return acc.value


# --- hedges ---------------------------------------------------------------


def hedge_before(text: str, toks: Sequence[Tok], i: int) -> tuple[int, str, HedgeKind] | None:
    """The hedge phrase ending right before token ``i``: (start offset, phrase, kind).

    The phrase's first word may carry a proclitic (``بنحو``, ``لأكثر من``).
    """
    for words, kind in _HEDGES:
        n = len(words)
        if i - n < 0:
            continue
        seq = toks[i - n:i]
        if not all(joined(text, a, b) for a, b in zip(seq, [*seq[1:], toks[i]])):
            continue
        if any(t.text != w for t, w in zip(seq[1:], words[1:])):
            continue
        if words[0] in (r for _, r in readings(seq[0].text)) and not seq[0].text.startswith("ال"):
            return seq[0].start, " ".join(words), kind
    return None


def hedge_after(text: str, toks: Sequence[Tok], j: int) -> tuple[int, str] | None:
    """``تقريبا`` right after a number or its noun (token ``j``): (end offset, word)."""
    if j < len(toks) and toks[j].text == "تقريبا" and (j == 0 or joined(text, toks[j - 1], toks[j])):
        return toks[j].end, "تقريبا"
    return None


def apply_hedge(kind: HedgeKind, low: float, high: float) -> tuple[float, float]:
    """Widen ``[low, high]`` by a hedge."""
    if kind == "approx":
        return low * (1 - APPROX), high * (1 + APPROX)
    if kind == "at_least":
        return low, INF
    if kind == "at_most":
        return 0.0, high
    return low, high


# --- the scanner ------------------------------------------------------------


def _percent_after(text: str, toks: Sequence[Tok], j: int) -> int | None:
    """End offset of a percent marker starting at token ``j``, if any."""
    if j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return None
    w = toks[j].text
    if w == "%" or w in _PERCENT_WORDS:
        return toks[j].end
    if w == "في" and j + 1 < len(toks) and toks[j + 1].text in _PERCENT_AFTER_FI and joined(text, toks[j], toks[j + 1]):
        return toks[j + 1].end
    return None


def _noun_follows(text: str, toks: Sequence[Tok], j: int) -> bool:
    """A unit or counted noun follows at token ``j`` (decides خمس = 5)."""
    if j >= len(toks) or not joined(text, toks[j - 1], toks[j]):
        return False
    w = toks[j].text
    return lookup_unit(w) is not None or is_count_noun(w)


@dataclass(frozen=True, slots=True)
class _Raw:
    i: int  # first token
    j: int  # one past the last token
    value: float
    low: float
    high: float
    kind: NumberKind


def _scale_after(text: str, toks: Sequence[Tok], j: int) -> float | None:
    if j < len(toks) and joined(text, toks[j - 1], toks[j]):
        entry = LEXICON.get(toks[j].text)
        if entry and entry[0] in ("scale", "scale_plural"):
            return entry[1]
    return None


def _read_digits(text: str, toks: Sequence[Tok], i: int) -> _Raw | None:
    tok = toks[i]
    clock = _CLOCK.fullmatch(tok.text)
    if clock:
        v = int(clock.group(1)) + int(clock.group(2)) / 60
        return _Raw(i, i + 1, v, v, v, "clock")
    value = parse_digits(tok.text)
    if value is None:
        return None
    j = i + 1
    scale = _scale_after(text, toks, j)
    if scale is not None:
        value *= scale
        j += 1
    return _Raw(i, j, value, value, value, "cardinal")


def _read_vague(text: str, toks: Sequence[Tok], i: int, stem: str) -> _Raw:
    low, high = VAGUE[stem]
    j = i + 1
    if j < len(toks) and joined(text, toks[i], toks[j]):
        nxt = next((r for _, r in readings(toks[j].text) if r in _PLURAL_SCALE), None)
        if nxt is not None and _PLURAL_SCALE[nxt] > (100 if stem in ("بضع", "بضعه", "عده") else high):
            s = _PLURAL_SCALE[nxt]
            return _Raw(i, j + 1, (low + high) / 2 * s, low * s, (high + 1) * s - 1, "vague")
    return _Raw(i, j, (low + high) / 2, low, high, "vague")


def _read_words(text: str, toks: Sequence[Tok], i: int) -> _Raw | None:
    word = toks[i].text
    # Ordinals first: الثاني is not اثنين, الحادي عشر is not a tenth.
    for _prefix, rest in readings(word):
        if rest in ORDINALS:
            j = i + 1
            if j < len(toks) and joined(text, toks[i], toks[j]) and toks[j].text in ("عشر", "عشره"):
                j += 1
            v = float(ORDINALS[rest] + (10 if j > i + 1 else 0))
            return _Raw(i, j, v, v, v, "ordinal")
    for _prefix, rest in readings(word):
        if rest in VAGUE:
            return _read_vague(text, toks, i, rest)
    entry = _lex(word, any_clitic=True)
    if entry is None:
        return None
    prefix, stem, cat, val = entry
    if cat == "fraction":
        return _Raw(i, i + 1, val, val, val, "fraction")
    if cat == "scale_dual":
        v = 2 * val
        return _Raw(i, i + 1, v, v, v, "cardinal")
    acc = _Acc(total=val, last="scale") if cat == "scale" else _Acc(current=val, last=cat)
    j = i + 1
    while j < len(toks) and joined(text, toks[j - 1], toks[j]):
        if acc.last == "unit" and toks[j].text in _PARTS and j == i + 1:
            v = val / _PARTS[toks[j].text]
            return _Raw(i, j + 1, v, v, v, "fraction")
        if not _step(acc, toks[j].text):
            break
        j += 1
    if acc.last == "teen_base":
        return None  # احد / اثنا without عشر: "one of", not a number
    continued = j > i + 1
    if not continued and stem in _FIVE_OR_FIFTH and not _noun_follows(text, toks, j):
        v = _FIVE_OR_FIFTH[stem]
        return _Raw(i, j, v, v, v, "fraction")
    if not continued and stem == "ست" and prefix and not _noun_follows(text, toks, j):
        return None  # لست: "I am not"
    v = acc.value
    return _Raw(i, j, v, v, v, "cardinal")


def _read(text: str, toks: Sequence[Tok], i: int) -> _Raw | None:
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
    if kind not in ("ordinal", "clock"):
        before = hedge_before(text, toks, raw.i)
        if before is not None:
            start, hedge, hkind = before
            low, high = apply_hedge(hkind, low, high)
        else:
            after = hedge_after(text, toks, j)
            if after is not None:
                end, hedge = after
                low, high = apply_hedge("approx", low, high)
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
                out.append(NumberSpan(start, b.end, (a.value + b.value) / 2, a.low, b.high,
                                      text[start:b.end], kind, "بين"))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number stated in a normalized text, in order, non-overlapping."""
    toks = scan(text)
    found: list[tuple[int, NumberSpan]] = []
    i = 0
    while i < len(toks):
        if toks[i].text == "%":
            i += 1
            continue
        raw = _read(text, toks, i)
        if raw is None:
            i += 1
            continue
        span = _finish(text, toks, raw)
        found.append((raw.i, span))
        i = raw.j
        while i < len(toks) and toks[i].start < span.end:
            i += 1
    return _merge_ranges(text, toks, found)
