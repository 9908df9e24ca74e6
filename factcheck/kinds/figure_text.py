"""How a figure and a claim's value are written in a reason: ``5 hours (≈4.5–5.5)``, ``112,000,000``.

Kept apart from the quantity kind, which decides; explain and the failure report show the same words.
"""

from __future__ import annotations

import math

from factcheck.claims.model import QuantityClaim
from factcheck.read.quantities import Quantity
from factcheck.read.units import plural_name

__all__ = ["claim_text", "describe", "fmt", "with_unit"]


def fmt(x: float) -> str:
    """A number for a reason: 3, 2.5, 0.333, ∞."""
    if math.isinf(x):
        return "∞"
    if float(x).is_integer():
        return f"{int(x):,}" if abs(x) >= 10000 else str(int(x))
    return f"{x:.3g}" if abs(x) < 1 else f"{x:.2f}".rstrip("0").rstrip(".")


def with_unit(x: str, unit: str) -> str:
    name = plural_name(unit, 1.0 if x == "1" else None)
    return f"{x} {name}" if name else x


def describe(q: Quantity) -> str:
    """``5 hours (≈4.5–5.5)``, ``1000000 (≥1000000)``."""
    nominal = q.value if not math.isnan(q.value) else q.low
    text = with_unit(fmt(nominal), q.unit)
    if q.low == q.high == nominal:
        return text
    if math.isinf(q.high):
        return f"{text} (≥{fmt(q.low)})"
    if q.low == 0 and q.high == nominal:
        return f"{text} (≤{fmt(q.high)})"
    return f"{text} ({'≈' if q.hedge else ''}{fmt(q.low)}–{fmt(q.high)})"


def claim_text(claim: QuantityClaim) -> str:
    lo, hi = claim.interval()
    text = with_unit(fmt(claim.value), claim.unit)
    return text if lo == hi else f"{text} ({fmt(lo)}–{fmt(hi)})"
