"""Spans answers exactly as the list scan it replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text.spans import Spans

span = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(span, max_size=20), st.integers(-2, 80), st.integers(0, 10))
def test_matches_a_naive_scan(spans: list[tuple[int, int]], pos: int, width: int) -> None:
    s = Spans()
    for a, b in spans:
        s.add(a, b)
    real = [(a, b) for a, b in spans if a < b]  # an empty span covers nothing
    assert s.contains(pos) == any(a <= pos < b for a, b in real)
    # an empty range overlaps nothing (inside a union, the joints of merged spans are not kept)
    assert s.overlaps(pos, pos + width) == (width > 0 and any(a < pos + width and pos < b for a, b in real))


def test_merges_and_ignores_empty_spans() -> None:
    s = Spans([(0, 5), (5, 8), (20, 20), (3, 4)])
    assert len(s) == 1 and s.contains(7) and not s.contains(8) and not s.contains(20)
