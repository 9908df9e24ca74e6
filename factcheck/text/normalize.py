"""Arabic normalization with a map back to the original text (contract §4).

Every step is a small pure function ``text -> Mapped`` that returns the new
text together with, for each new character, the span of the old text it came
from.  Steps compose, so a match found in normalized text is always reported
at its offsets in the text as the user wrote it.  ``explain`` runs the same
steps and records which one changed what (after ftfy's ``fix_and_explain``),
so editors can see why ``بألاسكا`` became ``بالاسكا``.

The character tables come from camel-tools' own utilities (``dediac_ar``,
``normalize_alef_ar`` ...), derived once and shipped (:mod:`factcheck.text.camel_tables`),
so we follow camel-tools' notion of an Arabic diacritic and alef form while
keeping the offset map that camel-tools' string-in/string-out functions cannot give.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from factcheck.text.camel_tables import ARABIC_BLOCKS, shipped

__all__ = [
    "STEPS",
    "Mapped",
    "NormalizedText",
    "Step",
    "explain",
    "normalize",
    "normalize_letters",
    "normalize_query",
    "normalize_text",
]


_IOTA = array("i")


def _iota(start: int, stop: int) -> array[int]:
    """``array("i", range(start, stop))``, copied out of one shared array.

    Every step maps most characters to themselves; building those offsets from
    a ``range`` costs a Python int per character, a slice is one copy.
    """
    global _IOTA
    if stop > len(_IOTA):
        _IOTA = array("i", range(max(stop, 2 * len(_IOTA))))
    return _IOTA[start:stop]


@dataclass(frozen=True, slots=True)
class Mapped:
    """Text plus, per character, the ``[start, end)`` span it covers in its input."""

    text: str
    starts: array[int]
    ends: array[int]

    @classmethod
    def identity(cls, text: str) -> Mapped:
        n = len(text)
        return cls(text, _iota(0, n), _iota(1, n + 1))

    def then(self, nxt: Mapped) -> Mapped:
        """Compose: ``nxt`` was computed from ``self.text``."""
        s, e = self.starts, self.ends
        n = len(nxt.text)
        if n == len(self.text) and nxt.starts == _iota(0, n) and nxt.ends == _iota(1, n + 1):
            return Mapped(nxt.text, s, e)  # characters replaced one for one: the map is unchanged
        # s[i] for each i of nxt.starts, e[j - 1] for each j of nxt.ends: indexed in numpy, not a Python
        # loop a character (half the cost of normalizing an article with its map)
        return Mapped(
            nxt.text,
            _ints(_view(s)[_view(nxt.starts)]),
            _ints(_view(e)[_view(nxt.ends) - 1]),
        )


def _view(values: array[int]) -> np.ndarray:
    return np.frombuffer(values, dtype=np.intc) if len(values) else np.zeros(0, dtype=np.intc)


def _ints(values: np.ndarray) -> array[int]:
    out = array("i")
    out.frombytes(values.astype(np.intc, copy=False).tobytes())
    return out


Step = Callable[[str], Mapped]


def _apply_table(text: str, table: dict[str, str], absorb: frozenset[str] = frozenset()) -> Mapped:
    """Replace single characters by strings (possibly empty), keeping the map.

    A deleted character listed in ``absorb`` (diacritics, tatweel) is attributed
    to the character before it, so a span ending on a letter also covers the
    marks written on that letter.
    """
    if not table:
        return Mapped.identity(text)
    pattern = _char_class(frozenset(table))
    if pattern.search(text) is None:
        return Mapped.identity(text)
    if _one_for_one(table):
        return Mapped.identity(pattern.sub(lambda m: table[m.group()], text))
    out: list[str] = []
    starts = array("i")
    ends = array("i")
    pos = 0
    for m in pattern.finditer(text):
        i = m.start()
        if i > pos:
            out.append(text[pos:i])
            starts.extend(_iota(pos, i))
            ends.extend(_iota(pos + 1, i + 1))
        ch = text[i]
        rep = table[ch]
        if rep:
            out.append(rep)
            starts.extend([i] * len(rep))
            ends.extend([i + 1] * len(rep))
        elif ch in absorb and ends and ends[-1] == i:
            ends[-1] = i + 1
        pos = i + 1
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(_iota(pos, len(text)))
        ends.extend(_iota(pos + 1, len(text) + 1))
    return Mapped("".join(out), starts, ends)


def _one_for_one(table: dict[str, str]) -> bool:
    """Every character is replaced by exactly one (alef forms, teh marbuta, digits): the map is the identity."""
    return all(len(rep) == 1 for rep in table.values())


@lru_cache(maxsize=64)
def _char_class(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


# Characters considered by the table-building steps: Arabic, Arabic Supplement,
# Arabic Extended-A (the blocks camel-tools' tables cover), then the presentation forms.
_ARABIC_RANGES = [*ARABIC_BLOCKS, (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
_BIDI_AND_ZERO_WIDTH = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
)
TATWEEL = "\u0640"


@lru_cache(maxsize=1)
def _nfkc_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lo, hi in _ARABIC_RANGES + [(0x2000, 0x206F), (0xFF00, 0xFFEF), (0x00A0, 0x00FF)]:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[ch] = folded
    return table


@lru_cache(maxsize=1)
def _dediac_table() -> dict[str, str]:
    table = {TATWEEL: ""}
    table.update({ch: "" for ch in shipped()["dediac"]})
    # Marks camel-tools leaves alone but that never carry meaning in news text.
    for ch in "\u0653\u0654\u0655\u0670":
        table.setdefault(ch, "")
    return table


@lru_cache(maxsize=1)
def _letters_table() -> dict[str, str]:
    table = dict(shipped()["letters"])
    table.update({"\u06cc": "ي", "\u06a9": "ك", "\u0671": "ا"})
    # Arabic-Indic and Persian (Extended Arabic-Indic) digits, and the Arabic
    # decimal and thousands separators, to ASCII.
    for d in range(10):
        table[chr(0x0660 + d)] = str(d)
        table[chr(0x06F0 + d)] = str(d)
    table["\u066b"] = "."  # Arabic decimal separator
    table["\u066c"] = ","  # Arabic thousands separator
    table["\u066a"] = "%"  # Arabic percent sign
    return table


def nfkc(text: str) -> Mapped:
    """Presentation forms and compatibility characters (ﻻ → لا, ﺑ → ب)."""
    return _apply_table(text, _nfkc_table())


def strip_marks(text: str) -> Mapped:
    """Bidi controls and zero-width characters carry no letters."""
    return _apply_table(text, {c: "" for c in _BIDI_AND_ZERO_WIDTH})


def dediacritize(text: str) -> Mapped:
    """Diacritics and tatweel vary between outlets for the same word."""
    table = _dediac_table()
    return _apply_table(text, table, absorb=frozenset(table))


def fold_letters(text: str) -> Mapped:
    """Alef forms, alef maksura, teh marbuta, Persian letters and digits."""
    return _apply_table(text, _letters_table())


def casefold_latin(text: str) -> Mapped:
    """Latin names (Elmendorf) match whatever their case."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return Mapped.identity(lowered)
    # Rare characters (İ) lower to two; map them one by one.
    return _apply_table(text, {c: c.lower() for c in set(text) if c.lower() != c})


# Whitespace runs to fold: two or more characters, or one other than a space or a newline (which stay as
# they are); finding only these skips the one call per word a match of every run costs.
_SPACE_RUN = re.compile(r"\s{2,}|[^\S \n]")


def _folded_run(run: str) -> str:
    """What a run of whitespace becomes: one newline if it held one, else one space."""
    return "\n" if "\n" in run else " "


def fold_whitespace(text: str) -> Mapped:
    """A run of whitespace becomes one space, or one newline if it held one.

    Newlines survive because paragraph ends are sentence ends in news text.
    """
    out: list[str] = []
    starts = array("i")
    ends = array("i")
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        i, j = m.span()
        run = m.group()
        rep = _folded_run(run)
        if run == rep:
            continue
        if i > pos:
            out.append(text[pos:i])
            starts.extend(_iota(pos, i))
            ends.extend(_iota(pos + 1, i + 1))
        out.append(rep)
        starts.append(i)
        ends.append(j)
        pos = j
    if not out:
        return Mapped.identity(text)
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(_iota(pos, len(text)))
        ends.extend(_iota(pos + 1, len(text) + 1))
    return Mapped("".join(out), starts, ends)


# The registry, in order.  Names appear in ``explain`` output.
STEPS: dict[str, Step] = {
    "nfkc": nfkc,
    "strip_marks": strip_marks,
    "dediacritize": dediacritize,
    "fold_letters": fold_letters,
    "casefold_latin": casefold_latin,
    "fold_whitespace": fold_whitespace,
}


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text with its map back to the original.

    ``starts[i]``/``ends[i]`` give the original span of normalized character
    ``i``; ``span_to_original`` turns a normalized span into original offsets.
    """

    original: str
    text: str
    starts: array[int] = field(repr=False)
    ends: array[int] = field(repr=False)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(text: str, steps: dict[str, Step] | None = None) -> NormalizedText:
    if steps is None:
        found = _normalize_at_once(text)
        if found is not None:
            return found
    mapped = Mapped.identity(text)
    for step in (steps or STEPS).values():
        nxt = step(mapped.text)
        if nxt.text != mapped.text or len(nxt.starts) != len(mapped.starts):
            mapped = mapped.then(nxt)
    return NormalizedText(text, mapped.text, mapped.starts, mapped.ends)


@lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    """The four table steps composed into one ``str.translate`` table.

    Each step maps single characters to strings, so applying the steps in
    registry order to each character gives the same text as applying them
    to the whole text in turn.
    """
    tables = [
        str.maketrans(_nfkc_table()),
        str.maketrans({c: "" for c in _BIDI_AND_ZERO_WIDTH}),
        str.maketrans(_dediac_table()),
        str.maketrans(_letters_table()),
    ]
    composed: dict[int, str] = {}
    for code in {k for table in tables for k in table}:
        out = chr(code)
        for table in tables:
            out = out.translate(table)
        if out != chr(code):
            composed[code] = out
    return composed


_PLANE = 0x10000  # the characters a look-up table covers: the Basic Multilingual Plane, where Arabic is


@lru_cache(maxsize=1)
def _lookup_table() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``_translation`` over the plane as arrays: each character's one replacement, whether it is dropped,
    and whether it becomes several characters (``str.translate`` then does the text)."""
    into = np.arange(_PLANE, dtype=np.uint32)
    dropped = np.zeros(_PLANE, dtype=bool)
    several = np.zeros(_PLANE, dtype=bool)
    for code, out in _translation().items():
        if code >= _PLANE:
            continue  # beyond the plane: any such character sends the text to str.translate
        if len(out) == 1:
            into[code] = ord(out)
        elif out:
            several[code] = True
        else:
            dropped[code] = True
    return into, dropped, several


def _plane_codes(text: str) -> npt.NDArray[np.uint32] | None:
    """The text's code points (lone surrogates kept), or None when one lies beyond the plane the tables cover."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return None if len(codes) and int(codes.max()) >= _PLANE else codes


def _translate(text: str) -> str:
    """``text.translate(_translation())``, character by character in numpy.

    ``str.translate`` looks every character up in a dictionary, 60 to 90 ns each: 2.7 to 4.5 s over the
    47 million characters of ANT (0.75 s here), read once for the index and again for each article read
    in depth.  A property test holds the two to the same text.
    """
    codes = _plane_codes(text)
    if codes is None or not len(codes):
        return text.translate(_translation())
    into, dropped, several = _lookup_table()
    if several[codes].any():
        return text.translate(_translation())
    out = into[codes]
    gone = dropped[codes]
    if gone.any():
        out = out[~gone]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


_KEEP, _DROP, _ABSORB, _OTHER = 0, 1, 2, 3


@lru_cache(maxsize=1)
def _kinds() -> np.ndarray:
    """What the registry's table steps do to each character of the plane, in ``_normalize_at_once``'s terms:
    kept as one character, dropped (bidi and zero-width marks), dropped into the letter before it
    (diacritics, tatweel: ``dediacritize``'s absorb), or anything else (a presentation form that becomes
    several characters, a letter folded into none or several), which leaves the text to the steps one by one."""
    kinds = np.full(_PLANE, _KEEP, dtype=np.uint8)
    nfkc, bidi, dediac, letters = _nfkc_table(), frozenset(_BIDI_AND_ZERO_WIDTH), _dediac_table(), _letters_table()
    for code in set(map(ord, (*nfkc, *bidi, *dediac, *letters))):
        if code >= _PLANE:
            continue
        ch = nfkc.get(chr(code), chr(code))
        if len(ch) != 1:
            kinds[code] = _OTHER
        elif ch in bidi:
            kinds[code] = _DROP
        elif ch in dediac:
            kinds[code] = _ABSORB if not dediac[ch] else _OTHER
        elif len(letters.get(ch, ch)) != 1:
            kinds[code] = _OTHER
    return kinds


def _normalize_at_once(text: str) -> NormalizedText | None:
    """``normalize(text)`` computed in numpy over the whole text instead of step by step; None when a
    character needs the steps one by one (beyond the plane, a presentation form that becomes several
    characters, a letter whose lower case is two).

    Every article with evidence is normalized again with its map to locate the evidence: step by step,
    a tenth of reading the whole of ANT in depth.  A property test holds the two to the same text and map.
    """
    codes = _plane_codes(text)
    if codes is None:
        return None
    kinds = _kinds()[codes]
    if (kinds == _OTHER).any():
        return None
    kept = np.flatnonzero(kinds == _KEEP)
    letters = _lookup_table()[0][codes[kept]].tobytes().decode("utf-32-le", "surrogatepass")
    lowered = letters.lower()
    if len(lowered) != len(letters):
        return None
    # a kept character ends after the diacritics that follow it, up to the next kept character
    absorbed = np.where(kinds == _ABSORB, np.arange(1, len(codes) + 1), 0)
    reach = np.maximum.accumulate(absorbed) if len(codes) else absorbed
    following = np.append(kept[1:], len(codes)) - 1
    starts = kept
    ends = np.maximum(kept + 1, reach[following]) if len(kept) else kept
    runs = [(m.start(), m.end(), folded) for m in _SPACE_RUN.finditer(lowered)
            if (folded := _folded_run(m.group())) != m.group()]
    if runs:  # each run of whitespace becomes one character that spans it
        keep = np.ones(len(kept), dtype=bool)
        ends = ends.copy()
        pieces: list[str] = []
        pos = 0
        for i, j, folded in runs:
            pieces += [lowered[pos:i], folded]
            keep[i + 1:j] = False
            ends[i] = ends[j - 1]
            pos = j
        pieces.append(lowered[pos:])
        lowered = "".join(pieces)
        starts, ends = starts[keep], ends[keep]
    return NormalizedText(text, lowered, _ints(starts), _ints(ends))


def normalize_text(text: str) -> str:
    """``normalize(text).text`` without the offset map, several times faster.

    Deciding scope and building the index only need the normalized words;
    the map back to the original is built when evidence is located.
    A property test holds the two to the same result.
    """
    return _SPACE_RUN.sub(lambda m: _folded_run(m.group()), normalize_letters(text))


def normalize_letters(text: str) -> str:
    """``normalize_text`` with whitespace left as written: the same words (none holds whitespace), read
    a fifth faster, for the index's vocabularies, which need the words only."""
    text = _translate(text)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() for c in text)
    return lowered


@lru_cache(maxsize=1 << 14)
def normalize_query(text: str) -> str:
    """Normalize a claim's words; no map needed, and outer spaces dropped.

    Cached: the same few claim strings are normalized against every article.
    """
    return normalize(text).text.strip()


@dataclass(frozen=True, slots=True)
class Change:
    step: str
    before: str
    after: str


def explain(text: str) -> tuple[str, list[Change]]:
    """Normalize and say which step changed what, for ``factcheck explain``."""
    changes: list[Change] = []
    current = text
    for name, step in STEPS.items():
        nxt = step(current).text
        if nxt != current:
            changes.append(Change(name, current, nxt))
            current = nxt
    return current, changes
