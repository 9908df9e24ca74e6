"""Checks claims against sources: each document normalized once, on demand."""

from __future__ import annotations

import traceback

from factcheck.claims import Claim
from factcheck.document import Document, Source
from factcheck.kinds import check as check_kind
from factcheck.verdicts import Finding, Verdict

__all__ = ["Engine"]


class Engine:
    def __init__(self, sources: list[Source]) -> None:
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        self._documents: dict[str, Document] = {}

    def document(self, source_id: str) -> Document:
        doc = self._documents.get(source_id)
        if doc is None:
            doc = Document.from_source(self.sources[source_id])
            self._documents[source_id] = doc
        return doc

    def check(self, claim: Claim, source_id: str) -> Finding:
        """A bug in one checker is one ``error`` verdict, not a crashed run."""
        try:
            return check_kind(claim, self.document(source_id))
        except Exception as exc:  # noqa: BLE001 - reported as the verdict
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return Finding(
                Verdict.ERROR,
                reason=f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})",
            )
