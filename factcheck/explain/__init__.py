"""``factcheck explain FILE::CLAIM``: why one claim gets the verdict it gets, source by source.

For each source: whether it is in scope (and which condition left it out),
the verdict and its reason, the evidence, and the candidate sentences the
claim's kind looks at, with their scores, their normalized text and what was
read from them (names, quantities, dates, polarity).  Gathered as plain data
(:mod:`~factcheck.explain.sources`, :mod:`~factcheck.explain.sentences`);
``explanation_lines`` and ``explanation_json`` render it (:mod:`~factcheck.explain.render`).  No pytest.
"""

from __future__ import annotations

from factcheck.explain.render import MAX_LISTED, MAX_SUPPORTED, explanation_json, explanation_lines
from factcheck.explain.sentences import MAX_SENTENCES, SentenceRead
from factcheck.explain.sources import Explanation, SourceExplanation, explain_claim

__all__ = [
    "MAX_LISTED",
    "MAX_SENTENCES",
    "MAX_SUPPORTED",
    "Explanation",
    "SentenceRead",
    "SourceExplanation",
    "explain_claim",
    "explanation_json",
    "explanation_lines",
]
