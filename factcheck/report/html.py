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
outcome.  The summary counts verdicts and outcomes (what fails the run).  Filters (only
contradictions, only failures, one source, tag, claim file, claim) and
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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.corpus.specs import HTML_SUFFIXES
from factcheck.report.atomic import write_atomic
from factcheck.report.context import in_context

__all__ = ["CELLS_TOGETHER", "PAGE_SIZE", "data_json", "html_pieces", "payload", "render_html", "shown_sources", "write_html"]

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


def _results(report: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """The report's results, from a list or any iterable that gives them afresh each time it is iterated
    (``Report.html_input``: a run's, read one at a time from where they wait)."""
    value = report.get("results")
    items = value if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping) else ()
    return (v for v in items if isinstance(v, Mapping))


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
    for result in _results(report):
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
    text, sentence = _str(ev.get("text")), _str(ev.get("sentence"))
    at: int | None = None
    if text is not None and sentence is not None:
        # a span over two sentences: the sentence shown holds all of it, and the page marks it where it is
        sentence, found = in_context(text, sentence)
        at = found if found >= 0 else None
    return _trim([
        text, _num(ev.get("start")), _num(ev.get("end")), _num(ev.get("line")),
        _num(ev.get("col")), _code(ev.get("role"), _ROLE_CODES), _num(ev.get("score")),
        sentence, _str(ev.get("reason")), at,
    ])


def _tags(value: Any) -> list[str]:
    return [t for t in (_str(v) for v in _list(value)) if t is not None]


def payload(report: Mapping[str, Any], *, title: str = "factcheck report", page_size: int = PAGE_SIZE) -> dict[str, Any]:
    """The data the page's JS works on, compact: lists of positional rows, one-letter codes.

    ``sources``: ``[id, path, record line, 1 for an HTML page]`` for the shown columns only;
    ``rows``: ``[file index, claim id, kind, says, tags]``;
    ``cells``: ``[row, column, verdict, outcome, score, reason, expected, warning, evidence]``
    for the results of shown sources, each evidence ``[text, start, end, line, col, role,
    score, sentence, reason, at]`` (trailing nulls dropped): ``sentence`` holds the whole span
    (:func:`~factcheck.report.context.in_context`) and ``at`` is where the span starts in it.
    """
    all_sources = _mappings(report.get("sources"))
    shown = shown_sources(report)
    column = {sid: i for i, sid in enumerate(shown)}
    by_id = {_str(s.get("id")): s for s in all_sources}
    sources = []
    for sid in shown:
        src = by_id.get(sid, {})
        path = _str(src.get("path"))
        # a page's line and column are in the text read from it (its tags left out), not in the file
        page = 1 if path is not None and src.get("line") is None and path.lower().endswith(HTML_SUFFIXES) else None
        sources.append(_trim([sid, path, _num(src.get("line")), page]))

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
    outcomes: dict[str, int] = {}
    results = 0
    for result in _results(report):
        results += 1
        verdict = _str(result.get("verdict")) or "?"
        counts[verdict] = counts.get(verdict, 0) + 1
        outcome = _str(result.get("outcome"))
        if outcome is not None:
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
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
            "results": results,
            "counts": counts,
            "outcomes": outcomes,
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
    return "".join(html_pieces(report, title=title))


def html_pieces(report: Mapping[str, Any], *, title: str = "factcheck report") -> Iterator[str]:
    """:func:`render_html` in pieces, the cells' data ``CELLS_TOGETHER`` at a time: a run's 165,000
    results made a data block of 115 million characters, held three times over (dumped, escaped, put
    in the page) and once more encoded."""
    data = payload(report, title=title)
    cells, data["cells"] = data["cells"], []
    head, tail = data_json(data).split(_NO_CELLS, 1)  # only the key is written so: a string's quotes are escaped
    csp = (
        f"default-src 'none'; script-src '{_sha256(_SCRIPT)}'; style-src '{_sha256(_STYLE)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    before, after = _PAGE.format(
        csp=csp, title=_escape_text(title), style=_STYLE, script=_SCRIPT, data=_DATA, page_size=PAGE_SIZE,
    ).split(_DATA, 1)
    yield before + head + '"cells":['
    for start in range(0, len(cells), CELLS_TOGETHER):
        yield ("," if start else "") + data_json(cells[start:start + CELLS_TOGETHER])[1:-1]
    yield "]" + tail + after


CELLS_TOGETHER = 1000
_NO_CELLS = '"cells":[]'
_DATA = "<factcheck-data>"  # where the data goes in the page: not in its template, and an escaped title has no <


def write_html(path: Path | str, report: Mapping[str, Any], *, title: str = "factcheck report") -> None:
    """Write :func:`render_html` of ``report`` to ``path`` atomically, as UTF-8, a piece at a time."""
    write_atomic(Path(path), (piece.encode("utf-8") for piece in html_pieces(report, title=title)))


def _check_template(parts: Sequence[str]) -> None:
    for part in parts:
        assert "</" not in part and "//" not in part, "inline CSS/JS must contain no '</' or '//'"


def _asset(name: str) -> str:
    return resources.files("factcheck").joinpath("report", "assets", name).read_text(encoding="utf-8")


# The page, its style and its script live beside this module (report/assets/):
# plain files an editor can open, read once per process.
_STYLE = _asset("report.css")
_SCRIPT = _asset("report.js")
_PAGE = _asset("page.html")
_check_template([_STYLE, _SCRIPT])
assert not any(_DATA in part for part in (_PAGE, _STYLE, _SCRIPT)), "the data's place must be found once"
