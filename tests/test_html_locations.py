"""The HTML report says where evidence is in the words the terminal uses.

A failure in an HTML page is at a line and column of the text read from the page (its tags left
out), and the terminal says so (``page.html (page), line 3 col 15 of its text``); the HTML report
wrote ``page.html:3:15``, a place in the file an editor would open and not find the sentence at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcheck.report.html import payload
from tests.test_html_report import browser, click_cell, detail_text, ev, open_report, result  # noqa: F401


def page_report() -> dict[str, Any]:
    sentence = "عقدت القمة في قاعدة أندروز الجوية"
    return {"version": 1, "problems": [], "sources": [
        {"id": "page", "path": "corpus/page.html", "chars": 40},
        {"id": "plain", "path": "corpus/plain.txt", "chars": 40},
        {"id": "wire-1", "path": "news.jsonl", "line": 4, "chars": 40},
    ], "results": [
        result("claims/x.yaml", "venue", sid, "contradicted", evidence=[ev("أندروز", sentence, line=3, col=21)])
        for sid in ("page", "plain", "wire-1")
    ]}


def test_a_page_source_is_marked_in_the_pages_data() -> None:
    assert payload(page_report())["sources"] == [["page", "corpus/page.html", None, 1], ["plain", "corpus/plain.txt"],
                                                 ["wire-1", "news.jsonl", 4]]


def test_the_page_gives_a_pages_place_in_its_text_not_in_the_file(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    open_report(browser, tmp_path / "r.html", page_report())
    click_cell(browser, "venue", "page")
    text = detail_text(browser)
    assert "corpus/page.html (page), line 3 col 21 of its text" in text
    assert "corpus/page.html:3:21" not in text
    click_cell(browser, "venue", "plain")
    assert "corpus/plain.txt:3:21" in detail_text(browser)
    click_cell(browser, "venue", "wire-1")
    assert "news.jsonl:4 (record), line 3 col 21 of its text" in detail_text(browser)


def test_a_statements_score_is_said_as_the_terminal_says_it(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    """The terminal says "covers 100% of the claim's words" for a statement; the page said "score 100", which
    reads as a fuzzy match score against a threshold."""
    sentence = "لم يتم التوصل إلى اتفاق لوقف إطلاق النار"
    report = {"version": 1, "problems": [], "sources": [{"id": "a", "path": "corpus/a.txt", "chars": 40}], "results": [
        result("claims/x.yaml", "no-ceasefire", "a", "supported", kind="statement",
               evidence=[ev(sentence, sentence, role="supports")]),
        result("claims/x.yaml", "venue", "a", "supported", evidence=[ev("ألاسكا", "في ألاسكا", role="supports")]),
    ]}
    open_report(browser, tmp_path / "r.html", report)
    click_cell(browser, "no-ceasefire", "a")
    lines = detail_text(browser).splitlines()
    assert lines.count("covers") == 2 and lines.count("100% of the claim's words") == 2 and "score" not in lines
    click_cell(browser, "venue", "a")
    lines = detail_text(browser).splitlines()
    assert lines.count("score") == 2 and "covers" not in lines


def test_a_blank_cell_says_why_it_is_blank(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    """A claim narrowed by its own ``sources``/``scope`` has no result for the sources it leaves out: the
    page said "blank: no result", and an editor could take the pair for one the run forgot."""
    report = {"version": 1, "problems": [], "sources": [{"id": i, "path": f"corpus/{i}.txt", "chars": 9} for i in "ab"],
              "results": [result("claims/x.yaml", "wide", i, "supported", evidence=[ev("ب", "أ ب", role="supports")])
                          for i in "ab"]
              + [result("claims/x.yaml", "narrow", "b", "supported", evidence=[ev("ب", "أ ب", role="supports")])]}
    open_report(browser, tmp_path / "r.html", report)
    legend = browser.find_element("id", "legend").text
    assert "blank: not checked: outside the claim's sources or scope" in legend
    blank = browser.execute_script("return document.querySelector('#grid tr[data-claim=\"narrow\"] td.cell:not(:has(button))').title")
    assert blank.startswith("not checked: outside the claim's sources or scope (factcheck explain FILE::CLAIM --source ID")
