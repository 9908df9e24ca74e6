"""The HTML report (issue 11): one self-contained page built from the JSON report (contract §5).

:func:`render_html` takes the JSON report as a mapping and returns one HTML
document with everything inline: CSS, JS and the data.  Nothing is loaded from
anywhere else (a Content-Security-Policy forbids it, and the page contains no
``//`` at all), so the file can be mailed, archived or opened from a CI
artifact as it is.

The page shows a matrix of claims (rows, grouped by claim file) by sources
(columns); each cell carries a colour *and* a symbol for its verdict.  Clicking
a cell opens the evidence: the sentence right to left with the matched span in
``<mark>``, its ``path:line:col``, the reason, the score, the verdict and the
outcome.  Filters (only contradictions, one source, tag, claim file, claim) and
paging run in plain JS over the data, which is embedded as JSON.

Only the sources with something to show are columns (a verdict other than
``not_mentioned``, or a failed outcome); the others are counted, not drawn.
The table is built in the browser one page of columns at a time, so a corpus of
tens of thousands of sources stays usable.

Every string from the corpus or a claim file is hostile.  Python never puts
one into markup: the data goes into a ``<script type="application/json">``
block in which every ``<``, ``>``, ``&`` and ``/`` is a JSON escape (so no
``</script>``, ``<!--`` or ``//`` can appear), and the JS writes it into the
page only with ``textContent`` and DOM calls, never ``innerHTML``.  The title is
HTML-escaped.  The CSP allows only the page's own script and style (by hash),
so even an injected inline handler would not run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.report.atomic import write_atomic

__all__ = ["PAGE_SIZE", "data_json", "payload", "render_html", "shown_sources", "write_html"]

PAGE_SIZE = 50
"""Source columns per page of the matrix."""

# One-letter codes keep the embedded data small on large corpora; the JS maps them back.
_VERDICT_CODES = {"supported": "s", "contradicted": "c", "not_mentioned": "n", "error": "e"}
_OUTCOME_CODES = {"passed": "p", "failed": "f", "skipped": "k", "xfailed": "x"}
_ROLE_CODES = {"supports": "s", "contradicts": "c"}
_SURROGATE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------
# Reading the report defensively: a field may be missing or of the wrong type
# --------------------------------------------------------------------------


def _str(value: Any) -> str | None:
    """Text to show: non-strings as their ``str``, lone surrogates (undecodable input) as U+FFFD."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _num(value: Any) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return None
    return value


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _mappings(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in _list(value) if isinstance(v, Mapping)]


def _code(value: Any, codes: Mapping[str, str]) -> str | None:
    text = _str(value)
    if text is None:
        return None
    return codes.get(text, text)


def _trim(row: list[Any]) -> list[Any]:
    while row and row[-1] is None:
        row.pop()
    return row


def _has_something(result: Mapping[str, Any]) -> bool:
    return result.get("verdict") != "not_mentioned" or result.get("outcome") == "failed"


# --------------------------------------------------------------------------
# Columns and the embedded data
# --------------------------------------------------------------------------


def shown_sources(report: Mapping[str, Any]) -> list[str]:
    """The ids of the sources drawn as columns, in the report's order.

    A source is shown when some result for it has a verdict other than
    ``not_mentioned`` or a failed outcome (``missing: fail``, an unmet
    ``expect``).  Sources named by results but missing from ``sources``
    (a hand-joined report) come last, in the order of the results.
    """
    wanted: set[str] = set()
    order: list[str] = []
    for result in _mappings(report.get("results")):
        sid = _str(result.get("source"))
        if sid is not None and _has_something(result) and sid not in wanted:
            wanted.add(sid)
            order.append(sid)
    out: list[str] = []
    seen: set[str] = set()
    for source in _mappings(report.get("sources")):
        sid = _str(source.get("id"))
        if sid is not None and sid in wanted and sid not in seen:
            seen.add(sid)
            out.append(sid)
    out.extend(sid for sid in order if sid not in seen)
    return out


def _evidence_row(ev: Mapping[str, Any]) -> list[Any]:
    return _trim([
        _str(ev.get("text")), _num(ev.get("start")), _num(ev.get("end")), _num(ev.get("line")),
        _num(ev.get("col")), _code(ev.get("role"), _ROLE_CODES), _num(ev.get("score")),
        _str(ev.get("sentence")), _str(ev.get("reason")),
    ])


def _tags(value: Any) -> list[str]:
    return [t for t in (_str(v) for v in _list(value)) if t is not None]


def payload(report: Mapping[str, Any], *, title: str = "factcheck report", page_size: int = PAGE_SIZE) -> dict[str, Any]:
    """The data the page's JS works on, compact: lists of positional rows, one-letter codes.

    ``sources``: ``[id, path, record line]`` for the shown columns only;
    ``rows``: ``[file index, claim id, kind, says, tags]``;
    ``cells``: ``[row, column, verdict, outcome, score, reason, expected, warning, evidence]``
    for the results of shown sources, each evidence ``[text, start, end, line, col, role,
    score, sentence, reason]`` (trailing nulls dropped).
    """
    results = _mappings(report.get("results"))
    all_sources = _mappings(report.get("sources"))
    shown = shown_sources(report)
    column = {sid: i for i, sid in enumerate(shown)}
    by_id = {_str(s.get("id")): s for s in all_sources}
    sources = []
    for sid in shown:
        src = by_id.get(sid, {})
        sources.append(_trim([sid, _str(src.get("path")), _num(src.get("line"))]))

    files: list[str] = []
    file_index: dict[str, int] = {}
    rows: list[list[Any]] = []
    row_index: dict[tuple[str, str], int] = {}

    def row_of(entry: Mapping[str, Any]) -> int | None:
        file, claim = _str(entry.get("file")), _str(entry.get("claim"))
        if file is None or claim is None:
            return None
        key = (file, claim)
        if key not in row_index:
            if file not in file_index:
                file_index[file] = len(files)
                files.append(file)
            row_index[key] = len(rows)
            rows.append([file_index[file], claim, None, None, []])
        row = rows[row_index[key]]
        row[2] = row[2] or _str(entry.get("kind"))
        row[3] = row[3] or _str(entry.get("says"))
        row[4] = row[4] or _tags(entry.get("tags"))
        return row_index[key]

    # The optional per-claim list (contract §5 ``claims``) gives rows in claim-file order,
    # including claims with no result (every pair left out at claim granularity).
    for entry in _mappings(report.get("claims")):
        row_of(entry)
    cells: list[list[Any]] = []
    counts: dict[str, int] = {}
    for result in results:
        verdict = _str(result.get("verdict")) or "?"
        counts[verdict] = counts.get(verdict, 0) + 1
        r = row_of(result)
        col = column.get(_str(result.get("source")) or "")
        if r is None or col is None:
            continue
        cells.append(_trim([
            r, col, _code(verdict, _VERDICT_CODES), _code(result.get("outcome"), _OUTCOME_CODES),
            _num(result.get("score")), _str(result.get("reason")), _str(result.get("expected")),
            1 if result.get("warning") is True else None,
            [_evidence_row(ev) for ev in _mappings(result.get("evidence"))] or None,
        ]))
    # Rows grouped by claim file, files and claims in order of first appearance.
    order = sorted(range(len(rows)), key=lambda i: (rows[i][0], i))
    renumber = {old: new for new, old in enumerate(order)}
    rows = [rows[i] for i in order]
    for cell in cells:
        cell[0] = renumber[cell[0]]
    cells.sort(key=lambda c: (c[0], c[1]))
    return {
        "title": title,
        "pageSize": max(1, int(page_size)),
        "files": files,
        "rows": rows,
        "sources": sources,
        "cells": cells,
        "summary": {
            "sources": len(all_sources),
            "shown": len(shown),
            "results": len(results),
            "counts": counts,
            "problems": [p for p in (_str(x) for x in _list(report.get("problems"))) if p is not None],
        },
    }


_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "/": "\\/", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&/\u2028\u2029]")


def data_json(data: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` element.

    ``<``, ``>``, ``&`` and ``/`` only occur inside JSON strings, where their escapes
    mean the same: so no ``</script>``, ``<!--`` or ``//`` can appear in the block.
    Lone surrogates (undecodable input) are escaped too, so the page stays UTF-8.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _escape_text(text: str) -> str:
    """HTML-escaped, and with no ``/`` left (the page never contains ``//``)."""
    return _SURROGATE.sub("\ufffd", html.escape(text, quote=True)).replace("/", "&#47;")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_html(report: Mapping[str, Any], *, title: str = "factcheck report") -> str:
    """One self-contained HTML document showing ``report`` (the JSON report, contract §5)."""
    data = data_json(payload(report, title=title))
    csp = (
        f"default-src 'none'; script-src '{_sha256(_SCRIPT)}'; style-src '{_sha256(_STYLE)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    safe_title = _escape_text(title)
    return _PAGE.format(
        csp=csp, title=safe_title, style=_STYLE, script=_SCRIPT, data=data, page_size=PAGE_SIZE,
    )


def write_html(path: Path | str, report: Mapping[str, Any], *, title: str = "factcheck report") -> None:
    """Write :func:`render_html` of ``report`` to ``path`` atomically, as UTF-8."""
    write_atomic(Path(path), render_html(report, title=title))


def _check_template(parts: Sequence[str]) -> None:
    for part in parts:
        assert "</" not in part and "//" not in part, "inline CSS/JS must contain no '</' or '//'"


_STYLE = """
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --head: #f6f8fa;
  --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #b42318; --bad-bg: #ffe0dd; --xf: #5b3cc4; --xf-bg: #ebe5fc;
  --warn: #8a5a00; --warn-bg: #fff1c2; --err: #ffffff; --err-bg: #b35900; --nm: #8c959f; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 10px 16px; border-bottom: 1px solid var(--line); background: var(--head); }
h1 { font-size: 18px; margin: 0 0 4px; }
.summary { color: var(--muted); margin: 0 0 8px; }
.problems { color: var(--bad); margin: 4px 0; padding-left: 20px; }
.filters { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; margin-bottom: 6px; }
.filters label { display: inline-flex; gap: 4px; align-items: center; }
.filters select, .filters input[type=search] { max-width: 22em; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0; list-style: none; color: var(--muted); }
.legend li { display: inline-flex; gap: 5px; align-items: center; }
.pager { display: flex; gap: 8px; align-items: center; margin-top: 6px; }
.pager input { width: 5em; }
main { display: flex; gap: 12px; padding: 10px 16px; align-items: flex-start; }
.matrix { overflow: auto; max-height: calc(100vh - 170px); flex: 0 1 auto; min-width: 0; border: 1px solid var(--line); }
.empty { padding: 16px; color: var(--muted); }
table { border-collapse: separate; border-spacing: 0; }
th, td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); padding: 0; }
thead th { position: sticky; top: 0; background: var(--head); z-index: 2; vertical-align: bottom; }
thead th.src { height: 13em; width: 2em; min-width: 2em; }
thead th.src span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; max-height: 14em; padding: 4px 2px; font-weight: normal; font-size: 12px; display: inline-block; }
thead th.src.picked { background: #dde7f3; }
th.claim { position: sticky; left: 0; background: var(--bg); z-index: 1; text-align: left; font-weight: normal;
  padding: 3px 8px; min-width: 16em; max-width: 26em; }
thead th.claim { z-index: 3; background: var(--head); font-weight: bold; }
th.claim .id { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
th.claim .kind { color: var(--muted); font-size: 11px; margin-left: 6px; }
th.claim .says { display: block; font-size: 13px; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
tr.file th { position: sticky; left: 0; text-align: left; background: #eef1f4; padding: 4px 8px; font-family: "DejaVu Sans Mono", monospace; }
td.cell { width: 2em; min-width: 2em; height: 2em; text-align: center; }
td.cell button { width: 100%; height: 100%; min-height: 2em; border: 0; margin: 0; padding: 0; cursor: pointer;
  font: bold 15px "DejaVu Sans", sans-serif; background: transparent; color: var(--nm); }
.m.v-supported { background: var(--ok-bg); color: var(--ok); }
.m.v-contradicted { background: var(--bad-bg); color: var(--bad); }
.m.v-xfailed { background: var(--xf-bg); color: var(--xf); }
.m.v-warning { background: var(--warn-bg); color: var(--warn); }
.m.v-error { background: var(--err-bg); color: var(--err); }
.m.v-not_mentioned { color: var(--nm); font-weight: normal; }
.m.o-failed { outline: 3px double var(--bad); outline-offset: -4px; }
td.cell button:focus-visible, td.cell button.current { outline: 3px solid #0969da; outline-offset: -3px; }
.swatch { display: inline-block; width: 1.6em; height: 1.6em; line-height: 1.6em; text-align: center; font-weight: bold; }
aside { flex: 0 0 34em; max-width: 45vw; border: 1px solid var(--line); padding: 10px 12px; position: sticky; top: 10px;
  max-height: calc(100vh - 170px); overflow: auto; background: var(--bg); }
aside h2 { font-size: 15px; margin: 0 0 6px; }
aside .hint { color: var(--muted); }
aside dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0; }
aside dt { color: var(--muted); }
aside dd { margin: 0; overflow-wrap: anywhere; }
.evidence { border-top: 1px solid var(--line); padding-top: 6px; margin-top: 8px; }
.loc { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; overflow-wrap: anywhere; }
.role-contradicts { color: var(--bad); font-weight: bold; }
.role-supports { color: var(--ok); font-weight: bold; }
[lang=ar] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Arial", sans-serif; }
.sentence { font-size: 17px; line-height: 1.8; background: #f6f8fa; padding: 6px 10px; margin: 4px 0; unicode-bidi: isolate; }
mark { background: #ffd33d; color: inherit; padding: 0 2px; }
.says-full { font-size: 16px; }
@media (max-width: 900px) { main { flex-direction: column; } aside { max-width: none; width: 100%; flex-basis: auto; position: static; } }
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("factcheck-data").textContent);
  var VERDICT = { s: "supported", c: "contradicted", n: "not_mentioned", e: "error" };
  var OUTCOME = { p: "passed", f: "failed", k: "skipped", x: "xfailed" };
  var ROLE = { s: "supports", c: "contradicts" };
  var MARKS = [
    ["supported", "\u2713", "supported"],
    ["contradicted", "\u2717", "contradicted (fails)"],
    ["xfailed", "\u2298", "contradicted, expected (xfail)"],
    ["warning", "\u26A0", "contradicted, severity warn"],
    ["error", "!", "error"],
    ["not_mentioned", "\u00B7", "not mentioned"]
  ];
  var SYMBOL = {};
  MARKS.forEach(function (m) { SYMBOL[m[0]] = m[1]; });

  function str(x) { return x === null || x === undefined ? "" : String(x); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function byId(id) { return document.getElementById(id); }

  var files = D.files, rows = D.rows, sources = D.sources, pageSize = D.pageSize || 50;
  var cells = D.cells.map(function (c, i) {
    var v = VERDICT[c[2]] || str(c[2]);
    var o = OUTCOME[c[3]] || str(c[3]);
    var ev = (c[8] || []).map(function (e) {
      return { text: str(e[0]), start: e[1], end: e[2], line: e[3], col: e[4],
               role: ROLE[e[5]] || str(e[5]), score: e[6], sentence: str(e[7]), reason: str(e[8]) };
    });
    return { i: i, r: c[0], s: c[1], verdict: v, outcome: o, score: c[4], reason: str(c[5]),
             expected: c[6], warning: c[7] === 1, evidence: ev };
  });
  var cellAt = rows.map(function () { return Object.create(null); });
  cells.forEach(function (c) { cellAt[c.r][c.s] = c; });
  var sourceIndex = Object.create(null);
  sources.forEach(function (s, i) { sourceIndex[s[0]] = i; });

  function look(c) {
    if (c.verdict === "contradicted") {
      if (c.outcome === "xfailed") { return "xfailed"; }
      if (c.warning) { return "warning"; }
      return "contradicted";
    }
    return SYMBOL[c.verdict] ? c.verdict : "error";
  }

  var state = { only: false, source: -1, tag: "", file: -1, claim: -1, page: 0 };
  var current = null;

  function option(select, value, text) {
    var o = el("option", null, text);
    o.value = String(value);
    select.appendChild(o);
  }

  function setupFilters() {
    var fileSel = byId("f-file"), claimSel = byId("f-claim"), tagSel = byId("f-tag"), list = byId("f-sources");
    option(fileSel, -1, "all claim files");
    files.forEach(function (f, i) { option(fileSel, i, f); });
    fillClaims();
    var tags = Object.create(null), tagList = [];
    rows.forEach(function (r) { (r[4] || []).forEach(function (t) { if (!tags[t]) { tags[t] = 1; tagList.push(t); } }); });
    tagList.sort();
    if (tagList.length) {
      option(tagSel, "", "all tags");
      tagList.forEach(function (t) { option(tagSel, t, t); });
    } else {
      byId("f-tag-label").hidden = true;
    }
    sources.forEach(function (s) { var o = el("option"); o.value = s[0]; list.appendChild(o); });
    byId("f-only").addEventListener("change", function (e) { state.only = e.target.checked; state.page = 0; draw(); });
    fileSel.addEventListener("change", function (e) {
      state.file = Number(e.target.value); state.claim = -1; state.page = 0; fillClaims(); draw();
    });
    claimSel.addEventListener("change", function (e) { state.claim = Number(e.target.value); state.page = 0; draw(); });
    tagSel.addEventListener("change", function (e) { state.tag = e.target.value; state.page = 0; draw(); });
    byId("f-source").addEventListener("input", function (e) {
      var v = e.target.value;
      var idx = v === "" ? -1 : (v in sourceIndex ? sourceIndex[v] : -2);
      if (idx !== state.source) { state.source = idx; state.page = 0; draw(); }
    });
    byId("prev").addEventListener("click", function () { state.page -= 1; draw(); });
    byId("next").addEventListener("click", function () { state.page += 1; draw(); });
    byId("page-no").addEventListener("change", function (e) {
      var n = parseInt(e.target.value, 10);
      if (n === n) { state.page = n - 1; draw(); }
    });
    byId("reset").addEventListener("click", function () {
      state = { only: false, source: -1, tag: "", file: -1, claim: -1, page: 0 };
      byId("f-only").checked = false; byId("f-source").value = ""; fileSel.value = "-1"; tagSel.value = "";
      fillClaims(); draw();
    });
  }

  function fillClaims() {
    var claimSel = byId("f-claim");
    claimSel.replaceChildren();
    option(claimSel, -1, "all claims");
    rows.forEach(function (r, i) {
      if (state.file < 0 || r[0] === state.file) { option(claimSel, i, (state.file < 0 ? files[r[0]] + " :: " : "") + r[1]); }
    });
    claimSel.value = String(state.claim);
  }

  function rowPasses(i) {
    var r = rows[i];
    if (state.file >= 0 && r[0] !== state.file) { return false; }
    if (state.claim >= 0 && i !== state.claim) { return false; }
    if (state.tag && (r[4] || []).indexOf(state.tag) < 0) { return false; }
    return true;
  }

  function interesting(c) {
    if (state.only) { return c.verdict === "contradicted"; }
    return c.verdict !== "not_mentioned" || c.outcome === "failed";
  }

  function select() {
    var rowOk = rows.map(function (r, i) { return rowPasses(i); });
    var colHas = new Uint8Array(sources.length), rowHas = new Uint8Array(rows.length);
    cells.forEach(function (c) {
      if (!rowOk[c.r] || (state.source !== -1 && c.s !== state.source)) { return; }
      if (interesting(c)) { colHas[c.s] = 1; rowHas[c.r] = 1; }
    });
    var cols = [], shownRows = [];
    for (var s = 0; s < sources.length; s++) { if (colHas[s]) { cols.push(s); } }
    for (var r = 0; r < rows.length; r++) {
      if (rowOk[r] && (rowHas[r] || (!state.only && state.source === -1))) { shownRows.push(r); }
    }
    return { cols: cols, rows: shownRows };
  }

  function cellButton(c) {
    var kind = look(c);
    var b = el("button", "m v-" + kind + (c.outcome === "failed" ? " o-failed" : ""), SYMBOL[kind]);
    b.type = "button";
    b.dataset.cell = String(c.i);
    var s = sources[c.s];
    b.title = rows[c.r][1] + " \u00D7 " + s[0] + ": " + c.verdict + (c.outcome ? " (" + c.outcome + ")" : "");
    b.setAttribute("aria-label", b.title);
    return b;
  }

  function draw() {
    var sel = select();
    var pages = Math.max(1, Math.ceil(sel.cols.length / pageSize));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    var cols = sel.cols.slice(state.page * pageSize, (state.page + 1) * pageSize);
    var first = sel.cols.length ? state.page * pageSize + 1 : 0;
    byId("page").textContent = "sources " + first + "\u2013" + (state.page * pageSize + cols.length) + " of " +
      sel.cols.length + " \u00B7 page " + (state.page + 1) + " of " + pages;
    byId("prev").disabled = state.page === 0;
    byId("next").disabled = state.page >= pages - 1;
    byId("page-no").value = String(state.page + 1);
    byId("page-no").max = String(pages);

    var box = byId("matrix");
    if (!sel.rows.length || (!cols.length && (state.only || state.source !== -1))) {
      box.replaceChildren(el("p", "empty", "Nothing to show with these filters."));
      return;
    }
    var table = el("table");
    table.id = "grid";
    var thead = el("thead"), hr = el("tr");
    hr.appendChild(el("th", "claim", "claim"));
    cols.forEach(function (s) {
      var th = el("th", "src"), span = el("span", null, sources[s][0]);
      th.title = sources[s][0] + (sources[s][1] ? " \u2014 " + sources[s][1] : "");
      th.dataset.source = sources[s][0];
      if (s === state.source) { th.className += " picked"; }
      th.appendChild(span);
      hr.appendChild(th);
    });
    thead.appendChild(hr);
    table.appendChild(thead);
    var tbody = el("tbody"), lastFile = -1;
    sel.rows.forEach(function (ri) {
      var r = rows[ri];
      if (r[0] !== lastFile) {
        lastFile = r[0];
        var fr = el("tr", "file"), fth = el("th", null, files[r[0]]);
        fth.colSpan = cols.length + 1;
        fr.appendChild(fth);
        tbody.appendChild(fr);
      }
      var tr = el("tr");
      tr.dataset.claim = r[1];
      var th = el("th", "claim");
      th.scope = "row";
      th.appendChild(el("span", "id", r[1]));
      if (r[2]) { th.appendChild(el("span", "kind", r[2])); }
      if (r[3]) {
        var says = el("span", "says", r[3]);
        says.dir = "rtl"; says.lang = "ar"; says.title = r[3];
        th.appendChild(says);
      }
      tr.appendChild(th);
      var at = cellAt[ri];
      cols.forEach(function (s) {
        var td = el("td", "cell"), c = at[s];
        if (c) {
          var b = cellButton(c);
          if (current === c.i) { b.className += " current"; }
          td.appendChild(b);
        } else {
          td.title = "no result (not checked, or left out of the report)";
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    box.replaceChildren(table);
  }

  function where(src, e) {
    var path = src[1] || src[0];
    if (src[2] !== undefined && src[2] !== null) {
      return path + ":" + src[2] + " (record), line " + str(e.line) + " col " + str(e.col) + " in the article";
    }
    return path + ":" + str(e.line) + ":" + str(e.col);
  }

  function sentence(text, whole) {
    var p = el("p", "sentence");
    p.dir = "rtl"; p.lang = "ar";
    var s = whole || text, i = text ? s.indexOf(text) : -1;
    if (i < 0) {
      p.textContent = s;
    } else {
      p.appendChild(document.createTextNode(s.slice(0, i)));
      p.appendChild(el("mark", null, text));
      p.appendChild(document.createTextNode(s.slice(i + text.length)));
    }
    return p;
  }

  function pair(dl, name, value, cls) {
    dl.appendChild(el("dt", null, name));
    var dd = el("dd", cls || null);
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = str(value); }
    dl.appendChild(dd);
    return dd;
  }

  function show(i) {
    var c = cells[i], r = rows[c.r], src = sources[c.s], panel = byId("detail");
    current = i;
    document.querySelectorAll("td.cell button.current").forEach(function (b) { b.classList.remove("current"); });
    var btn = document.querySelector('td.cell button[data-cell="' + i + '"]');
    if (btn) { btn.classList.add("current"); }
    var box = el("div");
    box.appendChild(el("h2", null, r[1] + " \u00D7 " + src[0]));
    var dl = el("dl");
    pair(dl, "claim file", files[r[0]], "loc");
    if (r[2]) { pair(dl, "kind", r[2]); }
    if (r[3]) { var sd = pair(dl, "says", r[3], "says-full"); sd.dir = "rtl"; sd.lang = "ar"; }
    if (r[4] && r[4].length) { pair(dl, "tags", r[4].join(", ")); }
    pair(dl, "source", src[0], "loc");
    pair(dl, "path", src[1] ? src[1] + (src[2] != null ? ":" + src[2] + " (record)" : "") : "", "loc");
    var kind = look(c);
    var vd = pair(dl, "verdict", SYMBOL[kind] + " " + c.verdict + (c.warning ? " (severity warn)" : ""));
    vd.id = "d-verdict";
    pair(dl, "outcome", c.outcome).id = "d-outcome";
    if (c.expected) { pair(dl, "expected", c.expected); }
    if (c.score !== undefined && c.score !== null) { pair(dl, "score", c.score); }
    if (c.reason) { pair(dl, "reason", c.reason).id = "d-reason"; }
    box.appendChild(dl);
    if (!c.evidence.length) { box.appendChild(el("p", "hint", "No evidence: the source does not mention the claim.")); }
    c.evidence.forEach(function (e) {
      var sec = el("section", "evidence");
      var head = el("p");
      head.appendChild(el("span", "role-" + e.role, e.role || "evidence"));
      head.appendChild(document.createTextNode(" at "));
      head.appendChild(el("span", "loc", where(src, e)));
      sec.appendChild(head);
      sec.appendChild(sentence(e.text, e.sentence));
      var edl = el("dl");
      var m = pair(edl, "matched", e.text);
      m.dir = "rtl"; m.lang = "ar";
      if (e.score !== undefined && e.score !== null) { pair(edl, "score", e.score); }
      if (e.reason) { pair(edl, "why", e.reason); }
      if (e.start !== undefined && e.start !== null) { pair(edl, "offsets", str(e.start) + "\u2013" + str(e.end)); }
      sec.appendChild(edl);
      box.appendChild(sec);
    });
    panel.replaceChildren(box);
  }

  function legend() {
    var ul = byId("legend");
    MARKS.forEach(function (m) {
      var li = el("li"), sw = el("span", "swatch m v-" + m[0], m[1]);
      li.appendChild(sw);
      li.appendChild(document.createTextNode(m[2]));
      ul.appendChild(li);
    });
    var li = el("li"), sw = el("span", "swatch m v-not_mentioned o-failed", "\u00B7");
    li.appendChild(sw);
    li.appendChild(document.createTextNode("double outline: outcome failed (unmet expect, missing: fail)"));
    ul.appendChild(li);
    ul.appendChild(el("li", null, "blank: no result"));
  }

  function summary() {
    var S = D.summary, counts = S.counts || {}, parts = [];
    ["supported", "contradicted", "not_mentioned", "error"].forEach(function (v) {
      if (counts[v]) { parts.push(counts[v] + " " + v); }
    });
    Object.keys(counts).forEach(function (v) { if (!SYMBOL[v] || v === "warning" || v === "xfailed") { parts.push(counts[v] + " " + v); } });
    byId("summary").textContent = S.sources + " sources (" + S.shown + " with something to show), " + rows.length +
      " claims in " + files.length + (files.length === 1 ? " file; " : " files; ") + S.results + " results: " + parts.join(", ");
    var ul = byId("problems");
    (S.problems || []).forEach(function (p) { ul.appendChild(el("li", null, p)); });
    ul.hidden = !(S.problems || []).length;
  }

  byId("matrix").addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest("button[data-cell]") : null;
    if (b) { show(Number(b.dataset.cell)); }
  });
  legend();
  summary();
  setupFilters();
  draw();
  document.body.dataset.ready = "1";
})();
"""

_check_template([_STYLE, _SCRIPT])

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="summary" id="summary"></p>
<ul class="problems" id="problems" hidden></ul>
<div class="filters">
<label><input type="checkbox" id="f-only"> only contradictions</label>
<label>source <input type="search" id="f-source" list="f-sources" placeholder="any source id" size="24"></label>
<datalist id="f-sources"></datalist>
<label id="f-tag-label">tag <select id="f-tag"></select></label>
<label>claim file <select id="f-file"></select></label>
<label>claim <select id="f-claim"></select></label>
<button type="button" id="reset">reset</button>
</div>
<ul class="legend" id="legend" aria-label="legend"></ul>
<div class="pager"><button type="button" id="prev">\u2190 prev</button>
<button type="button" id="next">next \u2192</button>
<label>page <input type="number" id="page-no" min="1" value="1" size="5"></label>
<span id="page"></span>
<span class="hint">({page_size} sources a page)</span></div>
</header>
<main>
<div class="matrix" id="matrix"></div>
<aside id="detail" aria-live="polite"><p class="hint">Click a cell to see its evidence.</p></aside>
</main>
<script type="application/json" id="factcheck-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
