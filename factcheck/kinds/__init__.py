"""One checker per claim kind; each maps (claim, analysed document) to a Finding.

``CHECKERS`` is a plain mapping so that a reader (and mypy) can follow a claim
from the engine to its checker.  The statement model is loaded on its first
use, not on import, so runs with only mention claims never read it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck.analysis import Analysis
from factcheck.claims.model import Claim
from factcheck.kinds import date, mention, quantity, statement
from factcheck.verdicts import Finding

__all__ = ["CHECKERS", "check"]

CHECKERS: dict[str, Callable[[Any, Analysis], Finding]] = {
    "mention": mention.check,
    "quantity": quantity.check,
    "date": date.check,
    "statement": statement.check,
}


def check(claim: Claim, analysis: Analysis) -> Finding:
    return CHECKERS[claim.kind](claim, analysis)
