"""One checker per claim kind; each maps (claim, document) to a Finding.

Checkers are imported on first use so that a run with only mention claims
never loads the statement model.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from factcheck.claims import Claim
from factcheck.document import Document
from factcheck.verdicts import Finding

__all__ = ["check"]


class _Checker(Protocol):
    def check(self, claim: Claim, document: Document) -> Finding: ...


def check(claim: Claim, document: Document) -> Finding:
    module: _Checker = import_module(f"factcheck.kinds.{claim.kind}")
    return module.check(claim, document)
