"""Evidence shown in its sentence, in the failure text and the HTML report, when its span runs past the sentence.

A statement matched over two adjacent sentences has a span from the first into the second; its
``sentence`` is the first only.  The failure text showed that first sentence, without the words that
decided, and the HTML page had no place to mark the span.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.report.context import in_context, one_line
from factcheck.report.html import payload
from tests.test_html_report import browser, click_cell, open_report  # noqa: F401  (browser: a fixture)

FIRST = 'قال المتحدث إنه تم التوصل إلى اتفاق".'
SECOND = "ونتج عن المحادثات خطوات ملموسة لوقف إطلاق النار في الصراع، الذي وصفه ترامب بأنه الأهم."
SPAN = 'قال المتحدث إنه تم التوصل إلى اتفاق".\n\nونتج عن المحادثات خطوات ملموسة لوقف إطلاق النار في الصراع، الذي وصفه'
CLAIMS = """\
version: 1
claims:
  - id: no-ceasefire
    says: لم يتم التوصل إلى اتفاق لوقف إطلاق النار
"""


def test_a_span_inside_its_sentence_is_found_where_it_is() -> None:
    assert in_context("ب", "أ ب ج") == ("أ ب ج", 2)


def test_a_span_running_past_its_sentence_is_shown_whole_after_the_sentences_head() -> None:
    shown, at = in_context("ب ج. د", "أ ب ج.")
    assert (shown, at) == ("أ ب ج. د…", 2)
    assert in_context(SPAN, FIRST) == (SPAN + "…", 0)
    assert in_context("ب ج. د.", "أ ب ج.") == ("أ ب ج. د.", 2)  # the span ends a sentence: nothing left out
    assert in_context("ب ج د", "…أ ب…") == ("…أ ب ج د…", 3)  # a shortened sentence's tail before its "…"


def test_an_unrelated_span_leaves_the_sentence_as_it_is() -> None:
    assert in_context("د", "أ ب ج") == ("أ ب ج", -1)
    assert in_context("", "أ ب ج") == ("أ ب ج", -1)
    assert in_context("د", "") == ("د", 0)
    assert one_line("أ\n\nب  ج ") == "أ ب ج"


@pytest.fixture
def two_sentences(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = corpus\nfactcheck_claims = claims\n")
    pytester.mkdir("corpus")
    (pytester.path / "corpus" / "a.txt").write_text(f"{FIRST}\n\n{SECOND}\n", encoding="utf-8")
    pytester.mkdir("claims")
    (pytester.path / "claims" / "c.yaml").write_text(CLAIMS, encoding="utf-8")
    return pytester


def test_the_failure_shows_both_sentences_of_a_span_over_two(two_sentences: pytest.Pytester) -> None:
    result = two_sentences.runpytest("-p", "no:cacheprovider", "--factcheck-no-cache", "--factcheck-json=r.json")
    result.assert_outcomes(failed=1)
    one = one_line(SPAN)
    result.stdout.fnmatch_lines([
        "  contradicts at corpus/a.txt:1:1",
        f"    matched:  «{one}»  (covers 100% of the claim's words)",  # on one line: no paragraph break inside
        f"    sentence: «{one}…»",  # was the first sentence only: «قال المتحدث إنه تم التوصل إلى اتفاق".»
    ])
    report = json.loads((two_sentences.path / "r.json").read_text(encoding="utf-8"))
    (evidence,) = report["results"][0]["evidence"]
    assert evidence["text"] == SPAN and evidence["sentence"] == FIRST  # the JSON report keeps its fields as they were

    # the HTML page's data: the sentence holds the whole span, and where it starts
    (cell,) = payload(report)["cells"]
    row = cell[8][0]
    assert row[7] == SPAN + "…" and row[9] == 0


def test_the_page_marks_a_span_over_two_sentences(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    report: dict[str, Any] = {
        "version": 1, "sources": [{"id": "a", "path": "corpus/a.txt", "chars": 200}],
        "results": [{
            "file": "claims/c.yaml", "claim": "no-ceasefire", "kind": "statement", "source": "a",
            "verdict": "contradicted", "outcome": "failed", "score": 100.0, "reason": "polarity",
            "evidence": [{"text": SPAN, "start": 0, "end": len(SPAN), "line": 1, "col": 1, "role": "contradicts",
                          "score": 100.0, "sentence": FIRST, "reason": "polarity"}]}]}
    open_report(browser, tmp_path / "r.html", report)
    click_cell(browser, "no-ceasefire", "a")
    sentence = browser.find_element("css selector", "#detail p.sentence")
    assert "ونتج عن المحادثات" in sentence.text  # the second sentence, where the claim's words are
    assert sentence.find_element("css selector", "mark").text == one_line(SPAN)
