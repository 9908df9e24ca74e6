"""The normalization steps, each a small pure function ``text -> Mapped``, and their registry, in order.

The steps are what normalized text means: the path that composes them into one table and runs in numpy
(:mod:`factcheck.text.at_once`) is held to them by property tests, and ``explain`` names them.

The character tables come from camel-tools' own utilities (``dediac_ar``,
``normalize_alef_ar`` ...), derived once and shipped (:mod:`factcheck.text.camel_tables`),
so we follow camel-tools' notion of an Arabic diacritic and alef form while
keeping the offset map that camel-tools' string-in/string-out functions cannot give.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache

from factcheck.text.camel_tables import ARABIC_BLOCKS, shipped
from factcheck.text.mapped import Mapped, Step, iota

__all__ = [
    "BIDI_AND_ZERO_WIDTH",
    "SPACE_RUN",
    "STEPS",
    "TATWEEL",
    "casefold_latin",
    "dediac_table",
    "dediacritize",
    "fold_letters",
    "fold_whitespace",
    "folded_run",
    "letters_table",
    "nfkc",
    "nfkc_table",
    "strip_marks",
]


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
            starts.extend(iota(pos, i))
            ends.extend(iota(pos + 1, i + 1))
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
        starts.extend(iota(pos, len(text)))
        ends.extend(iota(pos + 1, len(text) + 1))
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
BIDI_AND_ZERO_WIDTH = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
)
TATWEEL = "\u0640"


@lru_cache(maxsize=1)
def nfkc_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lo, hi in _ARABIC_RANGES + [(0x2000, 0x206F), (0xFF00, 0xFFEF), (0x00A0, 0x00FF)]:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[ch] = folded
    return table


@lru_cache(maxsize=1)
def dediac_table() -> dict[str, str]:
    table = {TATWEEL: ""}
    table.update({ch: "" for ch in shipped()["dediac"]})
    # Marks camel-tools leaves alone but that never carry meaning in news text.
    for ch in "\u0653\u0654\u0655\u0670":
        table.setdefault(ch, "")
    return table


@lru_cache(maxsize=1)
def letters_table() -> dict[str, str]:
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
    return _apply_table(text, nfkc_table())


def strip_marks(text: str) -> Mapped:
    """Bidi controls and zero-width characters carry no letters."""
    return _apply_table(text, {c: "" for c in BIDI_AND_ZERO_WIDTH})


def dediacritize(text: str) -> Mapped:
    """Diacritics and tatweel vary between outlets for the same word."""
    table = dediac_table()
    return _apply_table(text, table, absorb=frozenset(table))


def fold_letters(text: str) -> Mapped:
    """Alef forms, alef maksura, teh marbuta, Persian letters and digits."""
    return _apply_table(text, letters_table())


def casefold_latin(text: str) -> Mapped:
    """Latin names (Elmendorf) match whatever their case."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return Mapped.identity(lowered)
    # Rare characters (İ) lower to two; map them one by one.
    return _apply_table(text, {c: c.lower() for c in set(text) if c.lower() != c})


# Whitespace runs to fold: two or more characters, or one other than a space or a newline (which stay as
# they are); finding only these skips the one call per word a match of every run costs.
SPACE_RUN = re.compile(r"\s{2,}|[^\S \n]")


def folded_run(run: str) -> str:
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
    for m in SPACE_RUN.finditer(text):
        i, j = m.span()
        run = m.group()
        rep = folded_run(run)
        if run == rep:
            continue
        if i > pos:
            out.append(text[pos:i])
            starts.extend(iota(pos, i))
            ends.extend(iota(pos + 1, i + 1))
        out.append(rep)
        starts.append(i)
        ends.append(j)
        pos = j
    if not out:
        return Mapped.identity(text)
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(iota(pos, len(text)))
        ends.extend(iota(pos + 1, len(text) + 1))
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

