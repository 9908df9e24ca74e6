"""Unit conversion properties: inside a dimension, conversions compose and invert."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.read.units import DIMENSION, convert, is_exact

UNITS = sorted(DIMENSION)
SAME_DIMENSION = [(a, b) for a in UNITS for b in UNITS if DIMENSION[a] == DIMENSION[b]]
values = st.floats(min_value=1e-6, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(st.sampled_from(SAME_DIMENSION), values)
def test_converting_there_and_back_gives_the_value(pair: tuple[str, str], value: float) -> None:
    a, b = pair
    assert math.isclose(convert(convert(value, a, b), b, a), value, rel_tol=1e-9)


@given(st.sampled_from(UNITS), st.sampled_from(UNITS), st.sampled_from(UNITS), values)
def test_conversions_compose(a: str, b: str, c: str, value: float) -> None:
    # days and months do not convert exactly (a month is 28-31 days): compose within a family
    if not (DIMENSION[a] == DIMENSION[b] == DIMENSION[c] and is_exact(a, b) and is_exact(b, c)):
        return
    assert math.isclose(convert(convert(value, a, b), b, c), convert(value, a, c), rel_tol=1e-9)


@given(st.sampled_from(SAME_DIMENSION), values, values)
def test_conversion_keeps_order_and_infinity(pair: tuple[str, str], x: float, y: float) -> None:
    a, b = pair
    lo, hi = sorted((x, y))
    assert convert(lo, a, b) <= convert(hi, a, b)
    assert convert(math.inf, a, b) == math.inf


def test_known_factors() -> None:
    assert convert(8, "decade", "year") == 80
    assert convert(3, "hour", "minute") == 180
    assert convert(2, "week", "day") == 14


def test_across_dimensions_is_refused() -> None:
    with pytest.raises(ValueError):
        convert(1, "hour", "percent")
