"""The HTML report's source filter takes part of an id, as an editor writes one.

Only a whole id did anything: typing ``002`` (for ``002_3449c5c6f9ea3f3f``) or a JSONL id's day
showed "Nothing to show with these filters", as if no such source had a result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.test_html_report import browser, column_ids, ev, open_report, result, row_ids  # noqa: F401

IDS = ["000_545618ef9b520956", "002_3449c5c6f9ea3f3f", "AL-culture-19-20180213", "AL-culture-244-20180409"]


def report() -> dict[str, Any]:
    sources = [{"id": i, "path": f"corpus/{i}.txt", "chars": 10} for i in IDS[:2]]
    sources += [{"id": i, "path": "news/ant.jsonl", "line": n, "chars": 10} for n, i in enumerate(IDS[2:], 1)]
    return {"version": 1, "sources": sources, "problems": [], "results": [
        result("claims/x.yaml", "one", sid, "supported", evidence=[ev("ب", "أ ب ج", role="supports")]) for sid in IDS
    ] + [result("claims/x.yaml", "two", IDS[1], "contradicted", evidence=[ev("ج", "أ ب ج")])]}


def test_part_of_an_id_or_path_keeps_the_sources_that_hold_it(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    open_report(browser, tmp_path / "r.html", report())
    box = browser.find_element("id", "f-source")
    box.send_keys("002")
    assert column_ids(browser) == [IDS[1]] and row_ids(browser) == ["one", "two"]
    box.clear()
    box.send_keys("al-CULTURE-2")  # any case
    assert column_ids(browser) == [IDS[3]]
    box.clear()
    box.send_keys("ant.jsonl")  # the path of a JSONL corpus: its records
    assert column_ids(browser) == IDS[2:]
    box.clear()
    box.send_keys(IDS[0])  # a whole id still picks its column
    assert column_ids(browser) == [IDS[0]]
    assert browser.find_element("css selector", "#grid th.src.picked").get_attribute("data-source") == IDS[0]
    box.clear()
    box.send_keys("nowhere")
    assert browser.find_element("css selector", "#matrix p.empty").text == "Nothing to show with these filters."
    browser.find_element("id", "reset").click()
    assert column_ids(browser) == IDS


def test_long_ids_are_not_cut_in_the_column_heads(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    """ANT's ids (AL-internationalNews-1784-20180626) were cut after some 26 characters, before the number
    and the day that tell them apart: a row of heads read 'AL-internationalNews-17…' twice."""
    ids = ["AL-internationalNews-1754-20180624", "AL-internationalNews-1784-20180626", "short"]
    report = {"version": 1, "problems": [], "sources": [{"id": i, "path": "news/ant.jsonl", "line": n, "chars": 9}
                                                         for n, i in enumerate(ids, 1)],
              "results": [result("claims/x.yaml", "one", i, "supported", evidence=[ev("ب", "أ ب", role="supports")])
                          for i in ids]}
    open_report(browser, tmp_path / "r.html", report)
    assert column_ids(browser) == ids
    cut = browser.execute_script("return Array.from(document.querySelectorAll('#grid th.src span'))"
                                 ".filter(function (s) { return s.scrollHeight > s.clientHeight + 1; }).length")
    assert cut == 0
