"""Statement claims against sentences that neither say nor deny them (real false contradictions)."""

from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.model import StatementClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds.statement import check
from factcheck.verdicts import Verdict


def doc(text: str, sid: str = "t") -> Analysis:
    return Analysis(Document.from_source(Source(sid, f"{sid}.txt", text)))


def claim(says: str) -> StatementClaim:
    return StatementClaim(id="c", says=says)


SCORE = "فازت فرنسا على كرواتيا 4-2 في المباراة النهائية لكأس العالم"


@pytest.mark.parametrize("text", [
    # AL-internationalNews-1951: Putin does not remember such a score in a final; he does not deny it
    "وقال بوتين \"انا لا أتذكر نتيجة 4 أهداف مقابل اثنين في أي مباراة نهائية لكأس العالم\".",
    "وقال المدرب إنه لا يعرف نتيجة 4-2 في المباراة النهائية لكأس العالم.",
])
def test_a_negated_verb_of_memory_or_knowledge_is_no_denial(text: str) -> None:
    assert check(claim(SCORE), doc(text)).verdict is not Verdict.CONTRADICTED


def test_a_plain_negation_still_denies() -> None:
    text = "ولم تفز فرنسا على كرواتيا 4-2 في المباراة النهائية لكأس العالم."
    assert check(claim(SCORE), doc(text)).verdict is Verdict.CONTRADICTED
