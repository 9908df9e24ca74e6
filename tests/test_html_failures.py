"""The HTML report says what fails the run, as the terminal does, and shows only that on request.

It counted verdicts only ("6 contradicted"): an editor could not tell the 2 contradictions that fail
the run from the 4 declared with ``expect`` (xfail), nor find an unmet ``expect`` or a ``missing: fail``
(not_mentioned, failed) without scanning the matrix for double outlines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcheck.report.html import payload
from tests.test_html_report import browser, column_ids, ev, open_report, result, row_ids, sources  # noqa: F401

F = "claims/x.yaml"


def failing_report() -> dict[str, Any]:
    return {"version": 1, "sources": sources("a", "b", "c", "d"), "problems": [], "results": [
        result(F, "duration", "a", "contradicted", evidence=[ev("خمس", "نحو خمس ساعات")]),  # fails
        result(F, "duration", "b", "supported", evidence=[ev("ثلاث", "نحو ثلاث ساعات", role="supports")]),
        result(F, "state", "c", "contradicted", "xfailed", evidence=[ev("مدينة", "مدينة ألاسكا")],
               expected="contradicted"),
        result(F, "moscow", "d", "not_mentioned", "failed"),  # missing: fail
        result(F, "moscow", "b", "supported", evidence=[ev("موسكو", "في موسكو", role="supports")]),
    ]}


def test_the_summary_counts_outcomes() -> None:
    assert payload(failing_report())["summary"]["outcomes"] == {"failed": 2, "passed": 2, "xfailed": 1}


def test_the_page_says_what_fails_and_shows_only_that(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    open_report(browser, tmp_path / "r.html", failing_report())
    summary = browser.find_element("id", "summary")
    assert summary.text.endswith("; outcomes: 2 failed, 2 passed, 1 xfailed")
    assert "failing" in (summary.get_attribute("class") or "")
    assert column_ids(browser) == ["a", "b", "c", "d"]

    browser.find_element("id", "f-failed").click()
    assert column_ids(browser) == ["a", "d"] and row_ids(browser) == ["duration", "moscow"]
    browser.find_element("id", "f-only").click()  # contradictions that fail: the expected one stays out
    assert column_ids(browser) == ["a"] and row_ids(browser) == ["duration"]
    browser.find_element("id", "reset").click()
    assert column_ids(browser) == ["a", "b", "c", "d"]
    assert not browser.find_element("id", "f-failed").is_selected()
