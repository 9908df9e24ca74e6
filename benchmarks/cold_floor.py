"""A pytest plugin for ``benchmarks/scale.py --cold-floors``: what a cold run costs before any rule is applied.

Every (claim, article) pair the index sends to be read in depth is still read, but its check is replaced by
the work any check of it needs first; every pair then ends ``not_mentioned``.  ``FACTCHECK_COLD_FLOOR``
says how much of that work:

* ``documents``: the article made into its normalized, tokenized document (and nothing else);
* ``figures``: that, its vocabulary (what every name is looked up in), and the figures the claim's kind reads
  (a quantity claim's quantities, a date claim's dates), as the real checks read them.

The run still reads the corpus, builds the index and writes its report and cache, so the time of such a run
is a floor under the real cold run's: the cold goal can only be met when the floor is well under it.  Never
part of the product: loaded by the benchmark with ``-p cold_floor`` and this folder on ``PYTHONPATH``.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

LEVELS = ("documents", "figures")
_REPLACED = pytest.StashKey[Any]()  # the engine's own check_kind, put back at the end of the run


def pytest_configure(config: pytest.Config) -> None:
    import factcheck.engine as engine
    from factcheck.analysis import Analysis
    from factcheck.claims.model import Claim
    from factcheck.verdicts import Finding, Verdict

    level = os.environ.get("FACTCHECK_COLD_FLOOR", "documents")
    if level not in LEVELS:
        raise pytest.UsageError(f"FACTCHECK_COLD_FLOOR={level!r}: give one of {', '.join(LEVELS)}")
    if not callable(getattr(engine, "check_kind", None)):
        # the engine no longer calls its checks by this name: a floor run would time the real checks
        raise pytest.UsageError("cold_floor: factcheck.engine has no check_kind to replace; update benchmarks/cold_floor.py")

    def floor_check(claim: Claim, analysis: Analysis) -> Finding:
        analysis.document  # noqa: B018  (made on first use)
        if level == "figures":
            analysis.vocabulary  # noqa: B018
            if claim.kind == "quantity":
                analysis.quantities  # noqa: B018
            elif claim.kind == "date":
                analysis.dates  # noqa: B018
        return Finding(Verdict.NOT_MENTIONED, reason=f"cold floor ({level}): not checked")

    config.stash[_REPLACED] = engine.check_kind  # type: ignore[attr-defined]
    engine.check_kind = floor_check  # type: ignore[attr-defined]  # before the engine forks its readers


def pytest_unconfigure(config: pytest.Config) -> None:
    """The engine's checks back, for whatever runs next in this process (a test run under pytester)."""
    import factcheck.engine as engine

    if _REPLACED in config.stash:
        engine.check_kind = config.stash[_REPLACED]  # type: ignore[attr-defined]
