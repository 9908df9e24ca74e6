"""The terminal summary: per claim file, claims × verdict counts, then the contradicted pairs.

Computed from the merged :class:`~factcheck.report.model.ReportModel` only, so
it is the same under xdist (the controller holds every worker's results) and
printed by the plugin's ``pytest_terminal_summary``; nothing here prints.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from factcheck.corpus.specs import HTML_SUFFIXES
from factcheck.report.model import (
    VERDICTS,
    ClaimRecord,
    EvidenceRecord,
    Report,
    ReportModel,
    ResultRecord,
    SourceRecord,
)

__all__ = ["MAX_PAIRS", "MAX_TEXT", "closing_lines", "summary_lines"]

# Evidence quoted in a pair line is cut to this many characters.
MAX_TEXT = 80
# Contradicted pairs listed in the terminal over the whole run.
MAX_PAIRS = 20


def _location(result: ResultRecord, evidence: EvidenceRecord | None, sources: dict[str, SourceRecord]) -> str:
    source = sources.get(result.source)
    path = source.path if source is not None else result.source
    if source is not None and source.line is not None:
        path = f"{path}:{source.line}"  # the JSONL record; line:col below are inside its text
        return path if evidence is None else f"{path} (line {evidence.line} col {evidence.col} of its text)"
    if evidence is not None and path.lower().endswith(HTML_SUFFIXES):  # the place in the text read from the page
        return f"{path} (page, line {evidence.line} col {evidence.col} of its text)"
    return path if evidence is None else f"{path}:{evidence.line}:{evidence.col}"


def _first_evidence(result: ResultRecord) -> EvidenceRecord | None:
    against = [e for e in result.evidence if e.role == "contradicts"]
    shown = against or result.evidence
    return shown[0] if shown else None


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _pair_line(result: ResultRecord, sources: dict[str, SourceRecord]) -> str:
    evidence = _first_evidence(result)
    note = ""
    if result.outcome == "xfailed":
        note = " (expected)"
    elif result.warning:
        note = " (warning)"
    line = f"  {result.claim} × {result.source}{note} at {_location(result, evidence, sources)}"
    if evidence is not None:
        line += f": «{_cut(evidence.text)}»"
    elif result.reason:
        line += f": {_cut(result.reason)}"
    return line


def _table(claims: list[ClaimRecord]) -> list[str]:
    width = max([len("claim"), *(len(c.claim) for c in claims)])
    header = "  " + "claim".ljust(width) + "".join(f"  {v}" for v in VERDICTS)
    lines = [header]
    totals = dict.fromkeys(VERDICTS, 0)
    for record in claims:
        counts = record.counts.model_dump()
        row = "  " + record.claim.ljust(width)
        for verdict in VERDICTS:
            totals[verdict] += counts[verdict]
            row += f"  {counts[verdict]:>{len(verdict)}}"
        lines.append(row)
    if len(claims) > 1:
        lines.append("  " + "total".ljust(width) + "".join(f"  {totals[v]:>{len(v)}}" for v in VERDICTS))
    return lines


def summary_lines(
    report_model: ReportModel, *, max_pairs: int = MAX_PAIRS, contradicted_counts: Mapping[str, int] | None = None,
) -> list[str]:
    """Lines to print: for each claim file, its table, then its contradicted pairs.

    At most ``max_pairs`` pairs are listed over the whole run (contradictions
    of the first files first), then ``… and N more``; the JSON report has them all.
    ``contradicted_counts``: how many each file has, when the model holds only
    those that may be shown (``Report.summary_model``).
    """
    sources = {s.id: s for s in report_model.sources}
    claims_by_file: dict[str, list[ClaimRecord]] = defaultdict(list)
    for claim in report_model.claims:
        claims_by_file[claim.file].append(claim)
    contradicted: dict[str, list[ResultRecord]] = defaultdict(list)
    for result in report_model.results:
        if result.verdict == "contradicted":
            contradicted[result.file].append(result)
    counted = contradicted_counts if contradicted_counts is not None else {f: len(r) for f, r in contradicted.items()}
    files = sorted(set(claims_by_file) | set(contradicted) | set(counted))
    lines: list[str] = []
    budget = max(0, max_pairs)
    for file in files:
        claims = claims_by_file.get(file, [])
        if lines:
            lines.append("")
        lines.append(file)
        if claims:
            lines.extend(_table(claims))
        pairs = sorted(contradicted.get(file, []), key=lambda r: (r.outcome == "xfailed", r.claim, r.source))
        total = counted.get(file, len(pairs))
        if not total:
            continue
        lines.append(f"  contradicted ({total}):")
        shown = pairs[:budget]
        lines.extend("  " + _pair_line(r, sources) for r in shown)
        budget -= len(shown)
        if total > len(shown):
            lines.append(f"    … and {total - len(shown)} more (see --factcheck-json)")
    return lines


def closing_lines(report: Report, *, detailed: bool, shown: Callable[[str], str] = str, ran: bool = True) -> list[str]:
    """The run's last lines: with ``detailed`` (not under -q) each file's table and contradictions (as
    ``shown``: transliterated for logs that cannot show Arabic), then the verdict counts and the notes.
    Unless it ``ran`` (interrupted, or --collect-only) the notes only: its counts would read as a run's."""
    if not ran:
        return [f"factcheck: note: {note}" for note in report.notes]
    lines: list[str] = []
    counts = report.counts()
    out_of_scope = report.out_of_scope()
    scoped = f"; {out_of_scope} out of scope" if out_of_scope else ""
    if out_of_scope and len(report.files) > 1:  # counted per file: 456 sources, 2 files, 856 out of scope
        pairs = sum(f.in_scope + f.out_of_scope for f in report.files.values())
        scoped = f"; {out_of_scope} of {pairs} (claim file, source) pairs out of scope"
    if counts:
        if detailed:
            model, contradicted = report.summary_model(MAX_PAIRS)
            lines.extend(shown(line) for line in summary_lines(model, contradicted_counts=contradicted))
        summary = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
        lines.append(f"factcheck: {len(report.sources)} sources{scoped}; verdicts: {summary}")
    elif report.files:  # claim files read, nothing in scope (or this shard holds none of it)
        lines.append(f"factcheck: {len(report.sources)} sources{scoped}; no (claim, source) pair to check")
    lines.extend(f"factcheck: note: {note}" for note in report.notes)
    return lines
