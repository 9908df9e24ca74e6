"""Which sources a claim file (or claim) is about: contract §6.

A news corpus is mostly about other events; a claim checked against them
produces contradictions no editor would accept.  A source is in scope when
every condition given holds: each ``all`` entry is named (a nested list is
alternatives), at least one ``any`` term is named, no ``none`` term is named,
and a dated source was published inside ``published``.  Terms are matched as
the ``any`` names of a mention claim are (normalization, clitics, whole
words, the file's threshold).  The decision carries its reason, so
``factcheck explain`` can say which condition left a source out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from factcheck.analysis import Analysis
from factcheck.claims.model import Scope
from factcheck.index import Mask
from factcheck.matching import find_any

__all__ = [
    "ScopeDecision", "decide_scope", "in_scope", "index_decisions", "needs_text", "rule_in_many", "rule_out", "rule_out_many", "scope_terms",
]


@dataclass(frozen=True, slots=True)
class ScopeDecision:
    in_scope: bool
    reason: str  # why it is out, or what put it in


IN_SCOPE = ScopeDecision(True, "no scope: every source is in scope")


def _alternatives(term: str | Sequence[str]) -> list[str]:
    return [term] if isinstance(term, str) else list(term)


def _shown(term: str | Sequence[str]) -> str:
    alts = _alternatives(term)
    return alts[0] if len(alts) == 1 else "[" + ", ".join(alts) + "]"


def scope_terms(scope: Scope) -> list[str]:
    """Every word a scope looks for, for linting and for the index."""
    return [w for group in (scope.all, scope.any, scope.none) for term in group for w in _alternatives(term)]


def published_decision(scope: Scope, published: dt.date | None, *, where: str = "scope") -> ScopeDecision | None:
    """The decision by date alone, when the date decides it (no text needs reading)."""
    window = scope.published
    if window is None or published is None:
        return None
    if window.from_ is not None and published < window.from_:
        return ScopeDecision(False, f"published {published}, before {window.from_} ({where}.published.from)")
    if window.to is not None and published > window.to:
        return ScopeDecision(False, f"published {published}, after {window.to} ({where}.published.to)")
    return None


def decide_scope(
    scope: Scope | None,
    analysis: Analysis | None,
    published: dt.date | None,
    *,
    threshold: float,
    where: str = "scope",
) -> ScopeDecision:
    """In or out, and why.  ``analysis`` may be None only when the date decides."""
    if scope is None:
        return IN_SCOPE
    by_date = published_decision(scope, published, where=where)
    if by_date is not None:
        return by_date
    if not (scope.all or scope.any or scope.none):
        return ScopeDecision(True, f"published {published}" if published else "undated, no term condition")
    if analysis is None:
        raise ValueError("the text is needed to decide this scope")

    def named(term: str | Sequence[str]) -> bool:
        return bool(find_any(_alternatives(term), analysis, score_cutoff=threshold))

    for term in scope.all:
        if not named(term):
            return ScopeDecision(False, f"does not name {_shown(term)} ({where}.all)")
    if scope.any and not any(named(t) for t in scope.any):
        return ScopeDecision(False, f"names none of {', '.join(_shown(t) for t in scope.any)} ({where}.any)")
    for term in scope.none:
        if named(term):
            return ScopeDecision(False, f"names {_shown(term)} ({where}.none)")
    return in_scope(scope)


def in_scope(scope: Scope) -> ScopeDecision:
    """The decision for a source that meets a scope's terms (its reason names the ``all`` terms)."""
    said = [_shown(t) for t in scope.all]
    return ScopeDecision(True, "names " + ", ".join(said) if said else "in scope")


def needs_text(scope: Scope | None) -> bool:
    return scope is not None and bool(scope.all or scope.any or scope.none)


def rule_out(scope: Scope, names: Callable[[str], bool], *, where: str = "scope") -> ScopeDecision | None:
    """Out of scope without reading the source in depth, or None when only the full check can tell.

    ``names(term)`` says whether the source *may* name a term (the index's
    superset of matching).  Gives the decision (and reason) :func:`decide_scope`
    would give: the ``all`` terms are tried in the same order, and the first
    one that may be named hands over to the full check.
    """
    for term in scope.all:
        if any(names(alt) for alt in _alternatives(term)):
            return None
        return ScopeDecision(False, f"does not name {_shown(term)} ({where}.all)")
    if scope.any and not any(names(alt) for t in scope.any for alt in _alternatives(t)):
        return ScopeDecision(False, f"names none of {', '.join(_shown(t) for t in scope.any)} ({where}.any)")
    return None


def rule_out_many(
    scope: Scope, naming: Callable[[str], Mask], size: int, *, where: str = "scope"
) -> list[ScopeDecision | None]:
    """:func:`rule_out` for every source of an index at once, from one mask per term (``naming(term)``).

    A claim file's scope is decided for every source of the corpus; asking the
    index term by term and source by source costs seconds on a large corpus,
    one mask per term does not.  Same decisions and reasons as ``rule_out``.
    """
    out: list[ScopeDecision | None] = [None] * size
    if scope.all:
        # rule_out looks at the first ``all`` term only: the rest is the full check's
        first = scope.all[0]
        missing = ScopeDecision(False, f"does not name {_shown(first)} ({where}.all)")
        for n in np.flatnonzero(~_named_any(naming, first, size)).tolist():
            out[n] = missing
        return out
    if scope.any:
        any_named = np.zeros(size, dtype=bool)
        for term in scope.any:
            any_named |= _named_any(naming, term, size)
        none_of = ScopeDecision(False, f"names none of {', '.join(_shown(t) for t in scope.any)} ({where}.any)")
        for n in np.flatnonzero(~any_named).tolist():
            out[n] = none_of
    return out


def _named_any(naming: Callable[[str], Mask], term: str | Sequence[str], size: int) -> Mask:
    found = np.zeros(size, dtype=bool)
    for alt in _alternatives(term):
        found |= naming(alt)
    return found


def rule_in_many(scope: Scope, surely: Callable[[str], Mask], naming: Callable[[str], Mask], size: int) -> Mask:
    """The sources of an index certainly in scope, without reading them: each ``all`` term and one ``any`` term
    surely named (``surely(term)``: a subset of matching), no ``none`` term possibly named (``naming``: a
    superset).  :func:`decide_scope` would find them in scope, with the reason :func:`in_scope` gives."""
    sure = np.ones(size, dtype=bool)
    for term in scope.all:
        sure &= _named_any(surely, term, size)
    if scope.any:
        sure &= np.logical_or.reduce([_named_any(surely, term, size) for term in scope.any])
    for term in scope.none:
        sure &= ~_named_any(naming, term, size)
    return sure


def index_decisions(
    scope: Scope, surely: Callable[[str], Mask], naming: Callable[[str], Mask], size: int, *, where: str = "scope",
) -> list[ScopeDecision | None]:
    """What an index decides of its sources unread: :func:`rule_out_many`'s decisions, and :func:`in_scope`'s
    for the sources :func:`rule_in_many` finds; None for the others (only the full check can tell)."""
    decisions = rule_out_many(scope, naming, size, where=where)
    decision = in_scope(scope)
    for n in np.flatnonzero(rule_in_many(scope, surely, naming, size)).tolist():
        decisions[n] = decision
    return decisions
