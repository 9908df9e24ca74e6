"""A document's reads remembered while it is read, and gone with it (``analysis.per_analysis``)."""

from __future__ import annotations

import gc
import weakref

from factcheck.analysis import Analysis, per_analysis
from factcheck.kinds.timelines import earlier_entries, under_old_headings
from tests.conftest import analysis_of as doc


def test_a_read_is_computed_once_per_document_and_forgotten_with_it() -> None:
    calls: list[str] = []

    @per_analysis
    def first_word(analysis: Analysis) -> str:
        calls.append(analysis.document.source.id)
        return analysis.document.tokens[0].text

    one, two = doc("قال الوزير."), doc("أعلن الرئيس.")
    assert [first_word(one), first_word(one), first_word(two), first_word(one)] == ["قال", "قال", "اعلن", "قال"]
    assert calls == ["t", "t"]
    gone = weakref.ref(one)
    del one, two
    gc.collect()
    assert gone() is None  # the memo holds no document alive: an engine drops each after its claims
    assert first_word(doc("قال الوزير.")) == "قال" and calls == ["t", "t", "t"]


def test_the_timeline_reads_keep_their_names_and_answers() -> None:
    assert under_old_headings.__name__ == "under_old_headings" and earlier_entries.__name__ == "earlier_entries"
    plain = doc("تحطمت طائرة ركاب الأحد.")
    assert under_old_headings(plain) == frozenset() and earlier_entries(plain) == frozenset()
