"""Checks claims against sources: each document normalized and read once, on demand.

The engine owns the documents and their reads (:class:`Analysis`); ``drop``
forgets one, so a caller that has checked every claim on a source can free it.
"""

from __future__ import annotations

import traceback

from factcheck.analysis import Analysis
from factcheck.cache import VocabularyCache
from factcheck.claims.model import Claim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.index import Vocabulary, vocabulary
from factcheck.kinds import check as check_kind
from factcheck.verdicts import Finding, Verdict

__all__ = ["Engine"]


class Engine:
    def __init__(self, sources: list[Source], *, cache: VocabularyCache | None = None) -> None:
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        self.cache = cache
        self._analyses: dict[str, Analysis] = {}
        self._vocabularies: dict[str, Vocabulary] = {}

    def analysis(self, source_id: str) -> Analysis:
        found = self._analyses.get(source_id)
        if found is None:
            found = Analysis(Document.from_source(self.sources[source_id]))
            self._analyses[source_id] = found
        return found

    def vocabulary(self, source_id: str) -> Vocabulary:
        """The source's words without reading it in depth (see :mod:`factcheck.index`)."""
        found = self._vocabularies.get(source_id)
        if found is None:
            text = self.sources[source_id].text
            found = self.cache.get(text) if self.cache is not None else None
            if found is None:
                found = vocabulary(text)
                if self.cache is not None:
                    self.cache.put(text, found)
            self._vocabularies[source_id] = found
        return found

    def document(self, source_id: str) -> Document:
        return self.analysis(source_id).document

    def drop(self, source_id: str) -> None:
        """Forget a source's document and reads (it is rebuilt if asked for again)."""
        self._analyses.pop(source_id, None)
        self._vocabularies.pop(source_id, None)

    def check(self, claim: Claim, source_id: str) -> Finding:
        """A bug in one checker is one ``error`` verdict, not a crashed run."""
        try:
            return check_kind(claim, self.analysis(source_id))
        except Exception as exc:
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return Finding(
                Verdict.ERROR,
                reason=f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})",
            )
