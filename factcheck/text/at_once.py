"""Normalization over the whole text at once, in numpy, instead of step by step.

The four table steps compose into one character table, and a table applied by array look-ups costs a
fraction of a dictionary look-up a character: normalized words are read for every article of the corpus,
and the map for every article with evidence.  Text the table cannot take in one pass (beyond the plane,
a presentation form that becomes several characters) is left to the steps (:mod:`factcheck.text.steps`),
which define the result; property tests hold the two to the same text and map.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from factcheck.text.mapped import NormalizedText, int_array
from factcheck.text.steps import BIDI_AND_ZERO_WIDTH, SPACE_RUN, dediac_table, folded_run, letters_table, nfkc_table

__all__ = ["normalize_at_once", "translate", "translation"]


@lru_cache(maxsize=1)
def translation() -> dict[int, str]:
    """The four table steps composed into one ``str.translate`` table.

    Each step maps single characters to strings, so applying the steps in
    registry order to each character gives the same text as applying them
    to the whole text in turn.
    """
    tables = [
        str.maketrans(nfkc_table()),
        str.maketrans({c: "" for c in BIDI_AND_ZERO_WIDTH}),
        str.maketrans(dediac_table()),
        str.maketrans(letters_table()),
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
    """``translation`` over the plane as arrays: each character's one replacement, whether it is dropped,
    and whether it becomes several characters (``str.translate`` then does the text)."""
    into = np.arange(_PLANE, dtype=np.uint32)
    dropped = np.zeros(_PLANE, dtype=bool)
    several = np.zeros(_PLANE, dtype=bool)
    for code, out in translation().items():
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


def translate(text: str) -> str:
    """``text.translate(translation())``, character by character in numpy.

    ``str.translate`` looks every character up in a dictionary, 60 to 90 ns each: 2.7 to 4.5 s over the
    47 million characters of ANT (0.75 s here), read once for the index and again for each article read
    in depth.  A property test holds the two to the same text.
    """
    codes = _plane_codes(text)
    if codes is None or not len(codes):
        return text.translate(translation())
    into, dropped, several = _lookup_table()
    if several[codes].any():
        return text.translate(translation())
    out = into[codes]
    gone = dropped[codes]
    if gone.any():
        out = out[~gone]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


_KEEP, _DROP, _ABSORB, _OTHER = 0, 1, 2, 3


@lru_cache(maxsize=1)
def _kinds() -> np.ndarray:
    """What the registry's table steps do to each character of the plane, in ``normalize_at_once``'s terms:
    kept as one character, dropped (bidi and zero-width marks), dropped into the letter before it
    (diacritics, tatweel: ``dediacritize``'s absorb), or anything else (a presentation form that becomes
    several characters, a letter folded into none or several), which leaves the text to the steps one by one."""
    kinds = np.full(_PLANE, _KEEP, dtype=np.uint8)
    nfkc, bidi, dediac, letters = nfkc_table(), frozenset(BIDI_AND_ZERO_WIDTH), dediac_table(), letters_table()
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


def normalize_at_once(text: str) -> NormalizedText | None:
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
    runs = [(m.start(), m.end(), folded) for m in SPACE_RUN.finditer(lowered)
            if (folded := folded_run(m.group())) != m.group()]
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
    return NormalizedText(text, lowered, int_array(starts), int_array(ends))

