"""The terminal summary table, computed from the merged report model only."""

from __future__ import annotations

import pytest

from factcheck.report import results as results_mod
from factcheck.report.model import (
    ClaimRecord,
    Counts,
    EvidenceRecord,
    Report,
    ReportModel,
    ResultRecord,
    SourceRecord,
)
from factcheck.report.summary import summary_lines


def _result(claim: str, source: str, verdict: str = "contradicted", outcome: str = "failed",
            file: str = "claims/a.yaml", text: str = "نحو خمس ساعات", warning: bool = False) -> ResultRecord:
    evidence = [EvidenceRecord(text=text, start=10, end=10 + len(text), line=5, col=62, role="contradicts",
                               score=100.0, reason="states 5 hours")] if verdict == "contradicted" else []
    return ResultRecord(file=file, claim=claim, kind="quantity", source=source, verdict=verdict,  # type: ignore[arg-type]
                        outcome=outcome, evidence=evidence, warning=warning)  # type: ignore[arg-type]


def _model(results: list[ResultRecord], claims: list[ClaimRecord]) -> ReportModel:
    sources = [
        SourceRecord(id="s1", path="seeds/s1.txt", chars=100),
        SourceRecord(id="s2", path="seeds/s2.txt", chars=100),
        SourceRecord(id="r7", path="news.jsonl", chars=100, line=7),
    ]
    return ReportModel(sources=sources, claims=claims, results=results)


def test_table_of_counts_per_file_with_totals_then_contradicted_pairs() -> None:
    claims = [
        ClaimRecord(file="claims/a.yaml", claim="summit-duration", kind="quantity",
                    counts=Counts(supported=3, contradicted=1, not_mentioned=1)),
        ClaimRecord(file="claims/a.yaml", claim="venue", kind="mention", counts=Counts(supported=5, error=1)),
        ClaimRecord(file="claims/b.yaml", claim="other", kind="mention", counts=Counts(not_mentioned=2)),
    ]
    lines = summary_lines(_model([_result("summit-duration", "s1")], claims))
    assert lines == [
        "claims/a.yaml",
        "  claim            supported  contradicted  not_mentioned  error",
        "  summit-duration          3             1              1      0",
        "  venue                    5             0              0      1",
        "  total                    8             1              1      1",
        "  contradicted (1):",
        "    summit-duration × s1 at seeds/s1.txt:5:62: «نحو خمس ساعات»",
        "",
        "claims/b.yaml",
        "  claim  supported  contradicted  not_mentioned  error",
        "  other          0             0              2      0",
    ]


def test_pairs_are_capped_over_the_run_and_expected_ones_come_last() -> None:
    results = [_result(f"c{i}", "s1") for i in range(5)]
    results.append(_result("c0", "s2", outcome="xfailed"))
    results.append(_result("c9", "r7", file="claims/b.yaml", warning=True, outcome="passed"))
    results.append(_result("c1", "s2", verdict="supported", outcome="passed"))
    lines = summary_lines(_model(results, []), max_pairs=3)
    assert lines[:6] == [
        "claims/a.yaml",
        "  contradicted (6):",
        "    c0 × s1 at seeds/s1.txt:5:62: «نحو خمس ساعات»",
        "    c1 × s1 at seeds/s1.txt:5:62: «نحو خمس ساعات»",
        "    c2 × s1 at seeds/s1.txt:5:62: «نحو خمس ساعات»",
        "    … and 3 more (see --factcheck-json)",
    ]
    assert lines[6:] == ["", "claims/b.yaml", "  contradicted (1):", "    … and 1 more (see --factcheck-json)"]
    everything = summary_lines(_model(results, []), max_pairs=20)
    assert "    c0 × s2 (expected) at seeds/s2.txt:5:62: «نحو خمس ساعات»" in everything
    assert everything[-1] == (
        "    c9 × r7 (warning) at news.jsonl:7 (line 5 col 62 of its text): «نحو خمس ساعات»")


def test_long_evidence_is_cut_and_an_empty_report_gives_no_lines() -> None:
    lines = summary_lines(_model([_result("c", "s1", text="كلمة " * 40)], []))
    assert lines[-1].endswith("…»") and len(lines[-1]) < 140
    assert summary_lines(ReportModel()) == []


def test_summary_of_a_report_read_back_from_json() -> None:
    """Under xdist the controller has only the merged report: the JSON round trip gives the same lines."""
    claims = [ClaimRecord(file="claims/a.yaml", claim="x", kind="mention", counts=Counts(contradicted=1))]
    model = _model([_result("x", "s2")], claims)
    again = ReportModel.model_validate_json(model.model_dump_json())
    assert summary_lines(again) == summary_lines(model)


@pytest.mark.parametrize("on_disk", [False, True])
def test_the_summary_of_a_report_needs_only_the_pairs_it_shows(monkeypatch: pytest.MonkeyPatch, on_disk: bool) -> None:
    """A run's summary reads back each file's first pairs, not every result (tens of thousands on a corpus)."""
    if on_disk:
        monkeypatch.setattr(results_mod, "KEPT_IN_MEMORY", 0)
    report = Report()
    report.sources = _model([], []).sources
    for n in range(30):
        report.add(_result(f"c{n % 7}", ["s1", "s2", "r7"][n % 3], file=f"claims/{'ab'[n % 2]}.yaml",
                           outcome="xfailed" if n % 5 == 0 else "failed"))
        report.add(_result(f"c{n}", "s1", verdict="supported", outcome="passed"))
    for max_pairs in (0, 3, 20):
        model, counts = report.summary_model(max_pairs)
        assert len(model.results) <= 2 * max_pairs
        shown = summary_lines(model, max_pairs=max_pairs, contradicted_counts=counts)
        assert shown == summary_lines(report.model(), max_pairs=max_pairs)
    assert any("… and" in line for line in shown) and "  contradicted (15):" in shown


def test_a_failure_says_what_a_statements_score_is_and_where_in_an_html_page_the_sentence_is() -> None:
    """A statement's score is the share of its words a sentence covers, not a match at the threshold (it read
    "score 54.5, threshold 85" of a contradiction); an HTML page's line and column are in the text read
    from it, not in the file (``page.html:3:15`` pointed at ``<head>``)."""
    from factcheck.claims.model import MentionClaim, StatementClaim
    from factcheck.corpus.source import Source
    from factcheck.outcomes import decide
    from factcheck.report.text import failure_text
    from factcheck.verdicts import Evidence, Finding, Role, Verdict

    evidence = Evidence(text="نحو ثلاث ساعات", start=10, end=24, line=3, col=15, role=Role.CONTRADICTS, score=78.5,
                        sentence="واستمر اللقاء نحو ثلاث ساعات.", reason="states نحو ثلاث where the claim says 5")
    finding = Finding(Verdict.CONTRADICTED, evidence=(evidence,))
    statement = StatementClaim(id="s", says="استمرت القمة 5 ساعات")
    mention = MentionClaim(id="m", says="ذكر ترامب", kind="mention", any=["ترامب"])
    page, text = Source("p", "news/p.html", "x"), Source("t", "news/t.txt", "x")
    said = failure_text(statement, page, finding, decide(finding, statement, "p"))
    assert "  contradicts at news/p.html (page), line 3 col 15 of its text" in said
    assert "    matched:  «نحو ثلاث ساعات»  (covers 78.5% of the claim's words)" in said
    said = failure_text(mention, text, finding, decide(finding, mention, "t"))
    assert "  contradicts at news/t.txt:3:15" in said and "(score 78.5, threshold 85)" in said
