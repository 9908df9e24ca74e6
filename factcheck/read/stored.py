"""A document's reads as the cache keeps them: its dates, numbers, quantities and amounts, in plain JSON.

Reading an article's numbers, dates and quantities is most of what checking one claim against it costs: an
editor who changes one claim over a corpus read before waits for every article that names its about words to be
read again.  The cache keeps each document's reads under its text, publication date and the code's version
(``cache.VocabularyCache.put_reads``), so that run reads them back instead.

Plain JSON, never pickles: a cache file is data, and loading it must not run code.  Each read is a row of its
fields in their declared order (the field list is the code's, and a change to it changes the code version that
keys the cache).  Rows are not type-checked field by field: what the cache gives back passed its checksum
(``packing``), and a row of another shape than its kind's (not a list, another number of fields) is damage,
raised as ``ValueError`` for the caller to read the document again.  ``NaN`` comes back as ``math.nan`` itself,
as a fresh read holds it (a quantity's value when none is stated), so that a read back compares equal to the
read it was.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import fields
from typing import Any, Generic, TypeVar

from factcheck.read.dates import DateMention
from factcheck.read.numbers import NumberSpan
from factcheck.read.quantities import Quantity

__all__ = ["AMOUNTS", "DATES", "NUMBERS", "QUANTITIES", "Codec"]

_Read = TypeVar("_Read")
_Item = TypeVar("_Item", DateMention, NumberSpan, Quantity)


def _constant(name: str) -> float:
    """JSON's non-finite numbers: ``math.nan`` itself for NaN (see the module doc)."""
    return {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}[name]


def _loads(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8", "surrogatepass"), parse_constant=_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError) as exc:
        raise ValueError(f"not a stored read: {exc}") from None


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


class Codec(Generic[_Read]):
    """One kind of read to bytes and back; ``name`` is its part of the cache key."""

    def __init__(self, name: str, encode: Callable[[_Read], object], decode: Callable[[Any], _Read]) -> None:
        self.name = name
        self._encode, self._decode = encode, decode

    def encode(self, value: _Read) -> bytes:
        """Compact UTF-8 JSON (``surrogatepass``: a text's lone surrogates survive, as the findings' do)."""
        return _dumps(self._encode(value))

    def decode(self, data: bytes) -> _Read:
        """Raises ValueError when ``data`` is not what ``encode`` makes of this kind."""
        try:
            return self._decode(_loads(data))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not a stored {self.name}: {exc}") from None


def _table(rows: Any, width: int) -> list[list[Any]]:
    """``rows`` when it is a list of lists of ``width`` fields; else the damage, raised."""
    if not isinstance(rows, list) or not all(isinstance(row, list) and len(row) == width for row in rows):
        raise ValueError(f"rows of {width} fields expected")
    return rows


def _rows(cls: type[_Item]) -> Codec[list[_Item]]:
    names = tuple(f.name for f in fields(cls))

    def encode(items: list[_Item]) -> object:
        return [[getattr(item, name) for name in names] for item in items]

    def decode(rows: Any) -> list[_Item]:
        return [cls(*row) for row in _table(rows, len(names))]

    return Codec(cls.__name__, encode, decode)


def _encode_amounts(found: dict[int, float]) -> object:
    return [[index, value] for index, value in found.items()]


def _decode_amounts(rows: Any) -> dict[int, float]:
    return {int(index): value for index, value in _table(rows, 2)}  # (token, value) pairs


DATES: Codec[list[DateMention]] = _rows(DateMention)
NUMBERS: Codec[list[NumberSpan]] = _rows(NumberSpan)
QUANTITIES: Codec[list[Quantity]] = _rows(Quantity)
AMOUNTS: Codec[dict[int, float]] = Codec("amounts", _encode_amounts, _decode_amounts)
