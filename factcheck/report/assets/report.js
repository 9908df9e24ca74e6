
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
  var OUTCOME_SHOWN = { failed: 1, passed: 1, skipped: 1, xfailed: 1 };
  var BLANK = "not checked: outside the claim's sources or scope (factcheck explain FILE::CLAIM --source ID says which), " +
    "or not mentioned and left out at --factcheck-granularity claim";
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
               role: ROLE[e[5]] || str(e[5]), score: e[6], sentence: str(e[7]), reason: str(e[8]),
               at: typeof e[9] === "number" ? e[9] : -1 };
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

  var state = { only: false, failed: false, source: -1, part: "", tag: "", file: -1, claim: -1, page: 0 };
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
    byId("f-failed").addEventListener("change", function (e) { state.failed = e.target.checked; state.page = 0; draw(); });
    fileSel.addEventListener("change", function (e) {
      state.file = Number(e.target.value); state.claim = -1; state.page = 0; fillClaims(); draw();
    });
    claimSel.addEventListener("change", function (e) { state.claim = Number(e.target.value); state.page = 0; draw(); });
    tagSel.addEventListener("change", function (e) { state.tag = e.target.value; state.page = 0; draw(); });
    byId("f-source").addEventListener("input", function (e) {
      /* a whole id picks its column; a part of one ("002", "AL-culture-2") keeps the sources whose id or path holds it */
      var v = e.target.value.trim();
      var idx = v === "" ? -1 : (v in sourceIndex ? sourceIndex[v] : -1);
      var part = idx === -1 ? v.toLowerCase() : "";
      if (idx !== state.source || part !== state.part) { state.source = idx; state.part = part; state.page = 0; draw(); }
    });
    byId("prev").addEventListener("click", function () { state.page -= 1; draw(); });
    byId("next").addEventListener("click", function () { state.page += 1; draw(); });
    byId("page-no").addEventListener("change", function (e) {
      var n = parseInt(e.target.value, 10);
      if (n === n) { state.page = n - 1; draw(); }
    });
    byId("reset").addEventListener("click", function () {
      state = { only: false, failed: false, source: -1, part: "", tag: "", file: -1, claim: -1, page: 0 };
      byId("f-only").checked = false; byId("f-failed").checked = false; byId("f-source").value = ""; fileSel.value = "-1"; tagSel.value = "";
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
    if (state.failed && c.outcome !== "failed") { return false; }
    if (state.only) { return c.verdict === "contradicted"; }
    return c.verdict !== "not_mentioned" || c.outcome === "failed";
  }

  function select() {
    var rowOk = rows.map(function (r, i) { return rowPasses(i); });
    var colHas = new Uint8Array(sources.length), rowHas = new Uint8Array(rows.length);
    var colOk = sources.map(function (s) {
      return !state.part || s[0].toLowerCase().indexOf(state.part) >= 0 || str(s[1]).toLowerCase().indexOf(state.part) >= 0;
    });
    cells.forEach(function (c) {
      if (!rowOk[c.r] || !colOk[c.s] || (state.source !== -1 && c.s !== state.source)) { return; }
      if (interesting(c)) { colHas[c.s] = 1; rowHas[c.r] = 1; }
    });
    var cols = [], shownRows = [];
    for (var s = 0; s < sources.length; s++) { if (colHas[s]) { cols.push(s); } }
    for (var r = 0; r < rows.length; r++) {
      if (rowOk[r] && (rowHas[r] || (!state.only && !state.failed && state.source === -1 && !state.part))) { shownRows.push(r); }
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
    if (!sel.rows.length || (!cols.length && (state.only || state.failed || state.source !== -1 || state.part))) {
      box.replaceChildren(el("p", "empty", "Nothing to show with these filters."));
      return;
    }
    var table = el("table");
    table.id = "grid";
    /* ids longer than the header's 13em (ANT's AL-internationalNews-228-20180226) would be cut where they
       differ, at their end: the header grows to hold the longest id shown, up to 30em */
    var long = cols.some(function (s) { return sources[s][0].length > 24; });
    var thead = el("thead"), hr = el("tr");
    hr.appendChild(el("th", "claim", "claim"));
    cols.forEach(function (s) {
      var th = el("th", long ? "src long" : "src"), span = el("span", null, sources[s][0]);
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
          td.title = BLANK;
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
      return path + ":" + src[2] + " (record), line " + str(e.line) + " col " + str(e.col) + " of its text";
    }
    if (src[3] === 1) {
      return path + " (page), line " + str(e.line) + " col " + str(e.col) + " of its text";
    }
    return path + ":" + str(e.line) + ":" + str(e.col);
  }

  function sentence(text, whole, at) {
    var p = el("p", "sentence");
    p.dir = "rtl"; p.lang = "ar";
    var s = whole || text;
    var i = at >= 0 && s.substr(at, text.length) === text ? at : (text ? s.indexOf(text) : -1);
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
    /* a statement's score is the share of its words a sentence covers, as the terminal says */
    var covers = r[2] === "statement";
    function scored(list, score) {
      if (score === undefined || score === null) { return; }
      if (covers) { pair(list, "covers", score + "% of the claim's words"); } else { pair(list, "score", score); }
    }
    scored(dl, c.score);
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
      sec.appendChild(sentence(e.text, e.sentence, e.at));
      var edl = el("dl");
      var m = pair(edl, "matched", e.text);
      m.dir = "rtl"; m.lang = "ar";
      scored(edl, e.score);
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
    ul.appendChild(el("li", null, "blank: " + BLANK));
  }

  function summary() {
    var S = D.summary, counts = S.counts || {}, parts = [];
    ["supported", "contradicted", "not_mentioned", "error"].forEach(function (v) {
      if (counts[v]) { parts.push(counts[v] + " " + v); }
    });
    Object.keys(counts).forEach(function (v) { if (!SYMBOL[v] || v === "warning" || v === "xfailed") { parts.push(counts[v] + " " + v); } });
    var outcomes = S.outcomes || {}, ends = [];
    ["failed", "passed", "skipped", "xfailed"].forEach(function (o) { if (outcomes[o]) { ends.push(outcomes[o] + " " + o); } });
    Object.keys(outcomes).forEach(function (o) { if (!OUTCOME_SHOWN[o]) { ends.push(outcomes[o] + " " + o); } });
    byId("summary").textContent = S.sources + " sources (" + S.shown + " with something to show), " + rows.length +
      " claims in " + files.length + (files.length === 1 ? " file; " : " files; ") + S.results + " results: " + parts.join(", ") +
      (ends.length ? "; outcomes: " + ends.join(", ") : "");
    byId("summary").classList.toggle("failing", !!outcomes.failed);
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
