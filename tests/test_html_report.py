"""The HTML report (issue 11): one self-contained page, hostile input shown as text.

Unit tests check the column selection, the embedded data and its escaping
without a browser.  Browser tests open the page in headless Chromium (Debian's
``chromium`` and ``chromium-driver``) through selenium: clicking a
contradicted cell shows its evidence with ``path:line:col`` and the sentence
right to left with the span in ``<mark>``; a hostile article stays text;
filters and paging work.  They are skipped when the browser is absent, except
under CI (``CI`` set), where a missing browser fails.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.report.html import PAGE_SIZE, data_json, payload, render_html, shown_sources, write_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HOSTILE_SCRIPT = "<script>document.title='pwned';alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=\"document.title='pwned';alert(1)\">"
DATA_BLOCK = re.compile(r'<script type="application/json" id="factcheck-data">(.*?)</script>', re.S)


# -- hand-built reports (contract §5 shape) ----------------------------------------


def ev(text: str, sentence: str, *, line: int = 1, col: int = 1, role: str = "contradicts") -> dict[str, Any]:
    start = max(0, sentence.find(text))
    return {"text": text, "start": start, "end": start + len(text), "line": line, "col": col, "role": role,
            "score": 100.0, "sentence": sentence, "reason": f"names {text!r}"}


def result(file: str, claim: str, source: str, verdict: str, outcome: str | None = None,
           evidence: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    default = {"supported": "passed", "contradicted": "failed", "not_mentioned": "skipped", "error": "failed"}
    return {"file": file, "claim": claim, "kind": "mention", "source": source, "verdict": verdict,
            "outcome": outcome or default[verdict], "expected": None, "warning": False,
            "score": 100.0 if evidence else None, "reason": f"{verdict} reason", "evidence": evidence or [], **extra}


def sources(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "path": f"corpus/{i}.txt", "chars": 10} for i in ids]


def small_report() -> dict[str, Any]:
    """a: supported, b: only not_mentioned, c: not_mentioned but failed (missing: fail), d: contradicted."""
    f = "claims/x.yaml"
    return {"version": 1, "sources": sources("a", "b", "c", "d"), "problems": [], "results": [
        result(f, "one", "a", "supported", evidence=[ev("ب", "أ ب ج", role="supports")]),
        result(f, "one", "b", "not_mentioned"),
        result(f, "one", "c", "not_mentioned", "failed"),
        result(f, "one", "d", "contradicted", evidence=[ev("ج", "أ ب ج")]),
        result(f, "two", "b", "not_mentioned"),
        result(f, "two", "d", "supported", evidence=[ev("أ", "أ ب ج", role="supports")]),
    ]}


# -- column selection -------------------------------------------------------------


def test_columns_are_only_the_sources_with_something_to_show_in_report_order() -> None:
    assert shown_sources(small_report()) == ["a", "c", "d"]


def test_a_source_missing_from_sources_still_gets_its_column_last() -> None:
    report = small_report()
    report["results"].append(result("claims/x.yaml", "one", "zz", "error"))
    report["results"].append(result("claims/x.yaml", "one", "b", "supported"))
    assert shown_sources(report) == ["a", "b", "c", "d", "zz"]


def test_payload_keeps_only_cells_of_shown_columns_and_groups_rows_by_file() -> None:
    report = small_report()
    report["results"].insert(0, result("claims/w.yaml", "zero", "a", "supported"))
    report["results"].append(result("claims/w.yaml", "late", "d", "supported"))
    data = payload(report)
    assert [s[0] for s in data["sources"]] == ["a", "c", "d"]
    assert data["files"] == ["claims/w.yaml", "claims/x.yaml"]
    assert [(data["files"][r[0]], r[1]) for r in data["rows"]] == [
        ("claims/w.yaml", "zero"), ("claims/w.yaml", "late"), ("claims/x.yaml", "one"), ("claims/x.yaml", "two")]
    shown = {(data["rows"][c[0]][1], data["sources"][c[1]][0]) for c in data["cells"]}
    assert ("one", "b") not in shown and ("two", "b") not in shown  # b has no column
    assert ("one", "c") in shown and ("two", "d") in shown
    assert data["summary"] == {"sources": 4, "shown": 3, "results": 8, "problems": [],
                               "counts": {"supported": 4, "not_mentioned": 3, "contradicted": 1},
                               "outcomes": {"passed": 4, "skipped": 2, "failed": 2}}
    assert data["pageSize"] == PAGE_SIZE == 50


def test_jsonl_record_line_travels_with_the_source() -> None:
    report = {"sources": [{"id": "w1", "path": "news.jsonl", "chars": 5, "line": 7}],
              "results": [result("claims/x.yaml", "one", "w1", "supported")]}
    assert payload(report)["sources"] == [["w1", "news.jsonl", 7]]


def test_optional_keys_says_tags_and_claims_list_are_used_when_present() -> None:
    report = small_report()
    report["results"][0]["says"] = "نص الادعاء"
    report["results"][0]["tags"] = ["venue", "summit"]
    report["claims"] = [{"file": "claims/x.yaml", "claim": "zero-results", "kind": "date",
                         "counts": {"supported": 0, "contradicted": 0, "not_mentioned": 4, "error": 0}}]
    rows = payload(report)["rows"]
    assert rows[0] == [0, "zero-results", "date", None, []]
    assert rows[1] == [0, "one", "mention", "نص الادعاء", ["venue", "summit"]]


def test_a_malformed_report_still_renders() -> None:
    page = render_html({"sources": "nope", "results": [None, 3, {"file": 1, "claim": ["x"], "source": None},
                                                       {"file": "f", "claim": "c", "source": "s", "score": "NaN",
                                                        "verdict": "weird", "evidence": [1, {"line": "x"}]}]})
    assert page.startswith("<!DOCTYPE html>")
    data = json.loads(DATA_BLOCK.search(page).group(1))  # type: ignore[union-attr]
    assert [r[1] for r in data["rows"]] == ["['x']", "c"]  # odd types are shown as text
    assert data["cells"] == [[1, 0, "weird", None, None, None, None, None, [[]]]]


# -- escaping and self-containment --------------------------------------------------

HOSTILE = [HOSTILE_SCRIPT, HOSTILE_IMG, "</script><script>alert(1)</script>", "<!--<script>", "</SCRIPT >",
           "https://evil.example/x.js", "//evil.example", "\u2028\u2029", "&lt;b&gt;", "\"'`", "\ud800 lone"]


def hostile_report() -> dict[str, Any]:
    bad = " ".join(HOSTILE)
    sentence = f"عقدت القمة في قاعدة إلمندورف {HOSTILE_SCRIPT} {HOSTILE_IMG}."
    return {"version": 1, "problems": [f"corpus {bad}: bad"],
            "sources": [{"id": f"h{HOSTILE_SCRIPT}", "path": f"corpus/{HOSTILE_IMG}.txt", "chars": 1},
                        {"id": "fine", "path": "corpus/fine.txt", "chars": 1}],
            "results": [
                result(f"claims/{HOSTILE_IMG}.yaml", f"c{HOSTILE_SCRIPT}", f"h{HOSTILE_SCRIPT}", "contradicted",
                       evidence=[ev(HOSTILE_SCRIPT, sentence) | {"reason": bad}], says=bad, tags=[HOSTILE_IMG],
                       reason=bad, kind=HOSTILE_IMG),
                result(f"claims/{HOSTILE_IMG}.yaml", f"c{HOSTILE_SCRIPT}", "fine", "supported",
                       evidence=[ev("إلمندورف", sentence, role="supports")]),
            ]}


def test_the_data_block_round_trips_and_nothing_can_close_it() -> None:
    report = hostile_report()
    page = render_html(report, title=HOSTILE_SCRIPT)
    block = DATA_BLOCK.search(page).group(1)  # type: ignore[union-attr]
    assert not re.search(r"[<>&]", block) and "//" not in block
    data = json.loads(block)
    expected = json.loads(json.dumps(payload(report, title=HOSTILE_SCRIPT), ensure_ascii=False))
    assert data == expected
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img" not in page and "onerror=" not in page.replace("onerror=\\", "")
    assert "<title>&lt;script&gt;document.title=&#x27;pwned&#x27;;alert(1)&lt;&#47;script&gt;</title>" in page
    page.encode("utf-8")  # lone surrogates replaced, the page stays valid UTF-8
    assert "\ufffd lone" in data["summary"]["problems"][0]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_survives_the_data_block(text: str) -> None:
    block = data_json({"t": text})
    assert not re.search(r"[<>&]", block) and "//" not in block
    assert json.loads(block) == {"t": text}


def test_the_page_references_nothing_outside() -> None:
    page = render_html(hostile_report(), title="https://x.example//t")
    assert "//" not in page
    assert not re.search(r"https?://", page, re.I)
    markup = re.sub(r"<script.*?</script>", "", page, flags=re.S)  # data (hostile text, tested above) and JS
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)  # type: ignore[union-attr]
    assert not re.search(r"\.(?:src|href|action)\s*=|setAttribute\(\s*[\'\"](?:src|href)|fetch\(|XMLHttp", script)
    assert not re.search(r"(?:src|href|action|srcset|poster|data)\s*=", markup, re.I)
    assert not re.search(r"@import|url\(", markup, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src 'none'" in csp.group(1)


def test_the_csp_hashes_match_the_inline_script_and_style() -> None:
    page = render_html(small_report())
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)  # type: ignore[union-attr]
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)  # type: ignore[union-attr]

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert f"script-src {sha(script)}" in page and f"style-src {sha(style)}" in page
    assert "innerHTML" not in script and "outerHTML" not in script and "insertAdjacentHTML" not in script


@pytest.mark.parametrize("together", [1, 2, 1000])
def test_the_page_written_in_pieces_holds_the_whole_payload(monkeypatch: pytest.MonkeyPatch, together: int) -> None:
    """The cells' data goes out a few at a time (a run's 165,000 results were one string held four
    times over): the block still parses to the payload, hostile text still escaped, a title that
    looks like the data's place changes nothing."""
    import factcheck.report.html as html_module

    monkeypatch.setattr(html_module, "CELLS_TOGETHER", together)
    report = hostile_report()
    report["results"] += small_report()["results"]
    page = render_html(report, title="<factcheck-data>")
    (block,) = DATA_BLOCK.findall(page)
    assert json.loads(block) == json.loads(data_json(payload(report, title="<factcheck-data>")))
    assert len(payload(report)["cells"]) > 2 * together or together == 1000
    assert "</" not in block and "//" not in block and "<!--" not in block


def test_a_runs_report_gives_the_html_its_results_one_at_a_time() -> None:
    """``Report.html_input``: the payload of ``to_json()``, its results decoded as read, twice over."""
    from factcheck.report.model import ClaimRecord, Report, ResultRecord

    report = Report()
    report.claims[("f.yaml", "c")] = ClaimRecord(file="f.yaml", claim="c", kind="mention")
    for n, verdict in enumerate(["supported", "contradicted", "not_mentioned", "supported"]):
        report.add(ResultRecord(file="f.yaml", claim="c", kind="mention", source=f"s{n}", verdict=verdict,
                                outcome="failed" if verdict == "contradicted" else "passed", reason="«ب»/</script>"))
    streamed = report.html_input()
    assert not isinstance(streamed["results"], list)
    assert payload(streamed) == payload(report.to_json())
    assert render_html(streamed) == render_html(report.to_json())


def test_write_html_writes_utf8(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_html(out, small_report(), title="تقرير")
    assert out.read_text(encoding="utf-8") == render_html(small_report(), title="تقرير")


# -- browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {CHROMIUM} or {CHROMEDRIVER} is missing: apt-get install chromium chromium-driver")
        pytest.skip(f"{CHROMIUM} / {CHROMEDRIVER} not installed (apt-get install chromium chromium-driver)")
    if os.environ.get("CI"):
        from selenium import webdriver
    else:
        webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,900", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    # Record alerts instead of opening them (CDP scripts run whatever the page's CSP says).
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
        "source": "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"})
    try:
        yield driver
    finally:
        driver.quit()


def open_report(driver: Any, path: Path, report: dict[str, Any], title: str = "factcheck report") -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    write_html(path, report, title=title)
    driver.get(path.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.ready") == "1")


def click_cell(driver: Any, claim: str, source: str) -> None:
    cols = driver.execute_script("return Array.from(document.querySelectorAll('#grid thead th.src'))"
                                 ".map(function (th) { return th.dataset.source; });")
    col = cols.index(source)
    for row in driver.find_elements("css selector", "#grid tbody tr:not(.file)"):
        if row.get_attribute("data-claim") == claim:
            row.find_elements("css selector", "td.cell")[col].find_element("css selector", "button").click()
            return
    raise AssertionError(f"no row {claim!r}")


def detail_text(driver: Any) -> str:
    return str(driver.find_element("id", "detail").text)


def assert_nothing_ran(driver: Any, title: str) -> None:
    assert driver.title == title
    assert driver.execute_script("return window.__alerts") == []
    assert driver.execute_script("return document.scripts.length") == 2
    assert driver.execute_script("return document.images.length") == 0
    assert driver.execute_script("return document.querySelectorAll('[onerror], [onload]').length") == 0


CLAIMS = """\
version: 1
claims:
  - id: venue-elmendorf
    says: عقدت القمة في قاعدة إلمندورف الجوية
    kind: mention
    any: [إلمندورف]
    not: [أندروز]
    about: [قاعدة]
"""


@pytest.fixture(scope="module")
def real_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The JSON report of a real run: a folder corpus with a hostile article, and a JSONL file."""
    root = tmp_path_factory.mktemp("project")
    (root / "pytest.ini").write_text("[pytest]\nfactcheck_corpus =\n    corpus\n    news.jsonl\n"
                                     "factcheck_claims = claims\n", encoding="utf-8")
    (root / "claims").mkdir()
    (root / "claims" / "summit.yaml").write_text(CLAIMS, encoding="utf-8")
    (root / "corpus").mkdir()
    (root / "corpus" / "andrews.txt").write_text("مقدمة.\nعقدت القمة في قاعدة أندروز الجوية قرب واشنطن.\n",
                                                  encoding="utf-8")
    (root / "corpus" / "hostile.txt").write_text(
        f"{HOSTILE_SCRIPT} عقدت القمة في قاعدة إلمندورف الجوية {HOSTILE_IMG}.\n", encoding="utf-8")
    (root / "corpus" / "weather.txt").write_text("خبر عن الطقس.\n", encoding="utf-8")
    records = [{"id": "wire-1", "text": "سطر أول.\nقال مسؤول إن القمة عقدت في قاعدة أندروز الجوية."},
               {"id": "wire-2", "text": "لا شيء هنا."}]
    (root / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                     encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--factcheck-json=r.json"],
                          cwd=root, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # two contradictions fail
    report: dict[str, Any] = json.loads((root / "r.json").read_text(encoding="utf-8"))
    return report


def test_clicking_a_contradiction_shows_rtl_evidence_with_mark_and_location(
        browser: Any, real_report: dict[str, Any], tmp_path: Path) -> None:
    open_report(browser, tmp_path / "r.html", real_report)
    heads = browser.execute_script("return Array.from(document.querySelectorAll('#grid th.src'))"
                                   ".map(function (th) { return th.textContent; });")
    assert heads == ["andrews", "hostile", "wire-1"]  # weather and wire-2 have nothing to show
    click_cell(browser, "venue-elmendorf", "andrews")
    text = detail_text(browser)
    assert "corpus/andrews.txt:2:21" in text
    assert "contradicted" in text and "failed" in text
    assert "names the rival 'أندروز', claim says 'إلمندورف'" in text
    sentence = browser.find_element("css selector", "#detail p.sentence")
    assert sentence.get_attribute("dir") == "rtl" and sentence.get_attribute("lang") == "ar"
    assert sentence.text == "عقدت القمة في قاعدة أندروز الجوية قرب واشنطن."
    assert sentence.find_element("css selector", "mark").text == "أندروز"
    assert browser.execute_script("return getComputedStyle(document.querySelector('#detail p.sentence')).direction") \
        == "rtl"

    click_cell(browser, "venue-elmendorf", "wire-1")
    assert "news.jsonl:1 (record), line 2 col 34 of its text" in detail_text(browser)  # the terminal's words
    assert browser.find_element("css selector", "#detail mark").text == "أندروز"
    assert_nothing_ran(browser, "factcheck report")


def test_a_hostile_article_shows_as_text(browser: Any, real_report: dict[str, Any], tmp_path: Path) -> None:
    open_report(browser, tmp_path / "r.html", real_report)
    click_cell(browser, "venue-elmendorf", "hostile")
    sentence = browser.find_element("css selector", "#detail p.sentence")
    assert HOSTILE_SCRIPT in sentence.text and HOSTILE_IMG in sentence.text
    assert sentence.find_element("css selector", "mark").text == "إلمندورف"
    assert "corpus/hostile.txt:1:" in detail_text(browser)
    assert_nothing_ran(browser, "factcheck report")


def test_hostile_strings_everywhere_stay_text(browser: Any, tmp_path: Path) -> None:
    report = hostile_report()
    open_report(browser, tmp_path / "h.html", report, title=HOSTILE_SCRIPT)
    assert_nothing_ran(browser, HOSTILE_SCRIPT)
    body = browser.find_element("tag name", "body").text
    assert f"claims/{HOSTILE_IMG}.yaml" in body and f"c{HOSTILE_SCRIPT}" in body
    assert "</script><script>alert(1)</script>" in body  # in the problems list
    click_cell(browser, f"c{HOSTILE_SCRIPT}", f"h{HOSTILE_SCRIPT}")
    text = detail_text(browser)
    assert f"corpus/{HOSTILE_IMG}.txt:1:1" in text and HOSTILE_IMG in text
    assert browser.find_element("css selector", "#detail mark").text == HOSTILE_SCRIPT
    assert_nothing_ran(browser, HOSTILE_SCRIPT)


def paging_report() -> dict[str, Any]:
    ids = [f"s{i:03d}" for i in range(150)]
    results = []
    for i, sid in enumerate(ids):
        if i % 5 == 4:  # 30 sources only not mentioned: no column
            results.append(result("claims/a.yaml", "one", sid, "not_mentioned"))
        else:
            verdict = "contradicted" if i % 10 == 0 else "supported"
            results.append(result("claims/a.yaml", "one", sid, verdict, evidence=[ev("ب", "أ ب ج")]))
        results.append(result("claims/b.yaml", "two", sid, "not_mentioned", tags=["t2"]))
    results.append(result("claims/b.yaml", "two", "s007", "supported", tags=["t2"]))
    return {"version": 1, "sources": sources(*ids), "results": results}


def column_ids(driver: Any) -> list[str]:
    return list(driver.execute_script("return Array.from(document.querySelectorAll('#grid th.src'))"
                                      ".map(function (th) { return th.dataset.source; });"))


def row_ids(driver: Any) -> list[str]:
    return list(driver.execute_script("return Array.from(document.querySelectorAll('#grid tbody tr[data-claim]'))"
                                      ".map(function (tr) { return tr.dataset.claim; });"))


def test_paging_and_filters(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import Select

    open_report(browser, tmp_path / "p.html", paging_report())
    shown = [f"s{i:03d}" for i in range(150) if i % 5 != 4]
    assert len(shown) == 120
    pages = []
    for _ in range(3):
        pages.append(column_ids(browser))
        browser.find_element("id", "next").click()
    assert pages == [shown[:50], shown[50:100], shown[100:]]
    assert browser.find_element("id", "next").get_attribute("disabled") is not None
    assert "of 120" in browser.find_element("id", "page").text
    browser.find_element("id", "reset").click()
    assert column_ids(browser) == shown[:50]

    browser.find_element("id", "f-only").click()
    assert column_ids(browser) == [f"s{i:03d}" for i in range(0, 150, 10)]
    assert row_ids(browser) == ["one"]
    browser.find_element("id", "f-only").click()

    Select(browser.find_element("id", "f-tag")).select_by_visible_text("t2")
    assert row_ids(browser) == ["two"] and column_ids(browser) == ["s007"]
    browser.find_element("id", "reset").click()

    Select(browser.find_element("id", "f-file")).select_by_visible_text("claims/a.yaml")
    assert row_ids(browser) == ["one"] and len(column_ids(browser)) == 50
    Select(browser.find_element("id", "f-file")).select_by_visible_text("claims/b.yaml")
    Select(browser.find_element("id", "f-claim")).select_by_visible_text("two")
    assert row_ids(browser) == ["two"] and column_ids(browser) == ["s007"]
    browser.find_element("id", "reset").click()

    browser.find_element("id", "f-source").send_keys("s007")
    assert column_ids(browser) == ["s007"] and row_ids(browser) == ["one", "two"]
    browser.find_element("id", "reset").click()
    page_no = browser.find_element("id", "page-no")
    page_no.clear()
    page_no.send_keys("3\n")
    assert column_ids(browser) == shown[100:]


def test_thirty_thousand_sources_stay_usable(browser: Any, tmp_path: Path) -> None:
    ids = [f"src-{i:05d}" for i in range(30_000)]
    sentence = "عقدت القمة في قاعدة إلمندورف الجوية"
    results = [result("claims/big.yaml", f"claim-{c}", sid,
                      ("contradicted" if i % 97 == 0 else "supported") if i % 5 == c else "not_mentioned",
                      evidence=[ev("إلمندورف", sentence)] if i % 5 == c else None)
               for c in range(5) for i, sid in enumerate(ids)]
    report = {"version": 1, "sources": sources(*ids), "results": results}
    started = time.perf_counter()
    open_report(browser, tmp_path / "big.html", report)
    assert time.perf_counter() - started < 30
    assert column_ids(browser) == ids[:50]
    assert "page 1 of 600" in browser.find_element("id", "page").text
    browser.find_element("id", "f-only").click()
    assert "of 310" in browser.find_element("id", "page").text
    click_cell(browser, "claim-0", "src-00000")
    assert "corpus/src-00000.txt:1:1" in detail_text(browser)


def test_each_verdict_has_its_own_symbol_not_only_a_colour(browser: Any, tmp_path: Path) -> None:
    f = "claims/x.yaml"
    report = {"version": 1, "sources": sources("a", "b", "c", "d", "e", "f", "g"), "results": [
        result(f, "one", "a", "supported"),
        result(f, "one", "b", "contradicted"),
        result(f, "one", "c", "contradicted", "xfailed", expected="contradicted"),
        result(f, "one", "d", "contradicted", "passed", warning=True),
        result(f, "one", "e", "error"),
        result(f, "one", "f", "not_mentioned", "failed"),
        result(f, "one", "g", "supported", "failed", expected="contradicted"),
        result(f, "two", "a", "not_mentioned"),
    ]}
    open_report(browser, tmp_path / "v.html", report)
    cells = browser.execute_script(
        "return Array.from(document.querySelectorAll('#grid tr[data-claim=\"one\"] td.cell button'))"
        ".map(function (b) { return [b.textContent, b.className]; });")
    assert cells == [["✓", "m v-supported"], ["✗", "m v-contradicted o-failed"], ["⊘", "m v-xfailed"],
                     ["⚠", "m v-warning"], ["!", "m v-error o-failed"], ["·", "m v-not_mentioned o-failed"],
                     ["✓", "m v-supported o-failed"]]
    legend = browser.find_element("id", "legend").text
    for words in ("supported", "contradicted (fails)", "expected (xfail)", "severity warn", "error", "not mentioned",
                  "outcome failed"):
        assert words in legend
    click_cell(browser, "one", "c")
    text = detail_text(browser)
    assert "xfailed" in text and "expected\ncontradicted" in text
