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


def test_a_token_read_is_computed_once_per_document_and_token_and_forgotten_with_it() -> None:
    from factcheck.document import Document
    from factcheck.kinds.attach import per_token

    calls: list[tuple[str, int]] = []

    @per_token
    def word(document: Document, index: int) -> str:
        calls.append((document.text, index))
        return document.tokens[index].text

    one, two = doc("قال الوزير.").document, doc("أعلن الرئيس.").document
    assert [word(one, 1), word(one, 1), word(two, 1), word(one, 0), word(one, 1)] == ["الوزير", "الوزير", "الرئيس",
                                                                                     "قال", "الوزير"]
    assert [index for _, index in calls] == [1, 1, 0]  # the other document's token 1 is its own question
    gone = weakref.ref(one)
    del one, two
    gc.collect()
    assert gone() is None


def test_the_rival_cues_asked_per_token_keep_their_answers_whatever_the_claim_asked_before() -> None:
    """tournament_host, kin_of and a_predecessor are asked of a rival's first token once a document: the answer is
    the one the token gives, for every match that starts there and whichever was asked first."""
    from factcheck.kinds.rival_cues import kin_of, tournament_host
    from factcheck.kinds.succession import a_predecessor
    from factcheck.matching import find

    analysis = doc("تأهل منتخب السويد إلى الدور ربع النهائي لمونديال روسيا. وقالت شقيقة الزعيم كيم جونغ أون إن "
                   "روسيا ستشارك. وكلف الرئيس عادل عبد المهدي بتشكيل الحكومة ليخلف حيدر العبادي.")
    russia = find("روسيا", analysis)
    kim, abadi = find("كيم جونغ أون", analysis), find("حيدر العبادي", analysis)
    assert [tournament_host(analysis.document, m) for m in russia] == [True, False]
    assert [kin_of(analysis.document, m) for m in kim] == [True]
    assert [kin_of(analysis.document, m) for m in russia] == [False, False]
    assert [a_predecessor(analysis.document, m, False) for m in abadi] == [True]
    assert [a_predecessor(analysis.document, m, True) for m in abadi] == [False]  # the claim's name is the predecessor
    assert [a_predecessor(analysis.document, m, False) for m in abadi] == [True]
    assert [tournament_host(analysis.document, m) for m in russia] == [True, False]
