"""An explanation rendered: the terminal's text and the JSON of ``factcheck explain --json``.

Over a large corpus a claim is silent in most sources: the terminal shows what decides (contradictions,
errors, some support) in full and names the rest, while the JSON keeps every source with its outcome as
the run's JSON report gives it.
"""

from __future__ import annotations

import math
from typing import Any

from factcheck.claims.model import Claim, DateClaim, MentionClaim, QuantityClaim, StatementClaim
from factcheck.corpus.source import Source
from factcheck.explain.sentences import MAX_SENTENCES, polarity_text
from factcheck.explain.sources import Explanation, SourceExplanation
from factcheck.outcomes import Outcome, decide
from factcheck.report.text import where
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_query
from factcheck.verdicts import Evidence, Verdict

__all__ = ["MAX_LISTED", "MAX_SUPPORTED", "explanation_json", "explanation_lines", "outcome_of", "verdict_counts"]

# Candidate sentences shown in the terminal for each source when several are shown (MAX_SENTENCES when one
# is, or with --all).
SHORT_SENTENCES = 2
# Over a large corpus a claim is supported by hundreds of sources and silent in tens of thousands: the
# terminal shows every contradiction and error in full, this many supporting sources, and names this many
# of each other group (--all, --source or --json for the rest).
MAX_SUPPORTED = 10
MAX_LISTED = 10
_ORDER = {"contradicted": 0, "error": 1, "supported": 2, "not_mentioned": 3}


def _claim_facts(claim: Claim) -> str:
    facts: list[str] = []
    if isinstance(claim, MentionClaim):
        facts.append("any: " + ", ".join(claim.any))
        if claim.not_:
            facts.append("not: " + ", ".join(claim.not_))
    if isinstance(claim, QuantityClaim):
        lo, hi = claim.interval()
        shown = f"{claim.value:g} {claim.unit}" + ("" if lo == hi else f" ({lo:g}–{hi:g})")
        facts.append(f"value: {shown}")
    if isinstance(claim, DateClaim):
        facts.append(f"value: {claim.value} ({claim.calendar})")
    if isinstance(claim, StatementClaim):
        tokens = tokenize(normalize_query(claim.says))
        facts.append(polarity_text(tokens).replace("polarity: ", "claim is "))
    if claim.about:
        facts.append("about: " + ", ".join(claim.about))
    if isinstance(claim, (QuantityClaim, DateClaim, MentionClaim)) and claim.near:
        facts.append("near: " + ", ".join(claim.near))
    if isinstance(claim, (QuantityClaim, DateClaim, MentionClaim)) and claim.anchors:
        facts.append("anchors: " + ", ".join(claim.anchors))
    facts.append(f"threshold {claim.threshold:g}")
    if claim.expect:
        facts.append("expect: " + ", ".join(f"{glob}: {verdict}" for glob, verdict in claim.expect.items()))
    return "; ".join(facts)


def _evidence_line(ev: Evidence, source: Source) -> list[str]:
    return [
        f"  {ev.role.value} at {where(source, ev.line, ev.col)}: «{' '.join(ev.text.split())}» (score {ev.score:g})",
        f"    why: {ev.reason}",
    ]


def outcome_of(src: SourceExplanation, claim: Claim) -> tuple[str | None, str | None, str]:
    """The run's outcome for the pair, its ``expect``, and a note when the verdict alone misleads (an expected
    contradiction fails nothing; a supported pair may fail an ``expect``)."""
    if src.finding is None:
        return None, None, ""
    d = decide(src.finding, claim, src.id)
    plain = src.verdict == "contradicted" and not d.expected  # a contradiction fails: said by its verdict alone
    note = {Outcome.XFAILED: "expected: xfail, the run does not fail for it",
            Outcome.FAILED: "" if plain else f"fails the run: {d.headline}",
            }.get(d.outcome, "severity: warn, reported without failing" if d.warning else "")
    return d.outcome.value, d.expected, note


def _source_lines(src: SourceExplanation, max_sentences: int, claim: Claim) -> list[str]:
    if src.finding is None:
        return [f"{src.id} ({src.path}): out of scope", f"  scope: {src.scope.reason}"]
    _, _, note = outcome_of(src, claim)
    lines = [
        f"{src.id} ({src.path}): {src.verdict}" + (f" ({note})" if note else ""),
        f"  scope: in ({src.scope.reason})",
    ]
    if src.finding.reason and src.finding.reason not in {e.reason for e in src.finding.evidence}:
        lines.append(f"  why:   {src.finding.reason}")
    for ev in src.finding.evidence:
        lines.extend(_evidence_line(ev, src.source))
    if not src.sentences:
        lines.append("  no candidate sentence")
    for sent in src.sentences[:max_sentences]:
        lines.append(f"  sentence at line {sent.line} (score {sent.score:g}):")
        lines.append(f"    «{sent.text}»")
        lines.append(f"    normalized: {sent.normalized}")
        lines.extend(f"    read: {r}" for r in sent.read)
    if len(src.sentences) > max_sentences:
        lines.append(f"  … and {len(src.sentences) - max_sentences} more candidate sentences (--source {src.id} or --json)")
    return lines


def explanation_lines(expl: Explanation, *, show_all: bool = False) -> list[str]:
    """The terminal text: contradicted first, then errors and supported, then the rest in one line."""
    claim = expl.claim
    lines = [
        f"claim {claim.id} ({claim.kind}) at {expl.file}:{expl.line}: «{claim.says}»",
        f"  {_claim_facts(claim)}",
    ]
    counts: dict[str, int] = {}
    for src in expl.sources:
        key = src.verdict or "out of scope"
        counts[key] = counts.get(key, 0) + 1
    lines.append(f"{len(expl.sources)} source{'s' if len(expl.sources) != 1 else ''}: " + ", ".join(f"{n} {v}" for v, n in sorted(counts.items())))
    full = len(expl.sources) == 1 or show_all
    ranked = sorted(expl.sources, key=lambda s: (_ORDER.get(s.verdict or "", 4), s.id))
    rest: list[SourceExplanation] = []
    supported = 0
    for src in ranked:
        supported += src.verdict == "supported"
        if full or src.verdict in ("contradicted", "error") or (src.verdict == "supported" and supported <= MAX_SUPPORTED):
            lines.append("")
            lines.extend(_source_lines(src, MAX_SENTENCES if full else SHORT_SENTENCES, claim))
        else:
            rest.append(src)
    if rest:
        groups = (("more supported", [s for s in rest if s.verdict == "supported"]),
                  ("not mentioned", [s for s in rest if s.finding is not None and s.verdict != "supported"]),
                  ("out of scope", [s for s in rest if s.finding is None]))
        parts = [f"{len(group)} {name} ({_some(group)})" for name, group in groups if group]
        lines.append("")
        lines.append("also " + " and ".join(parts) + "; --all or --source ID shows them")
    return lines


def _some(sources: list[SourceExplanation]) -> str:
    """The first ``MAX_LISTED`` ids, and how many more."""
    more = len(sources) - MAX_LISTED
    return ", ".join(s.id for s in sources[:MAX_LISTED]) + (f", … {more} more" if more > 0 else "")


def _evidence_json(ev: Evidence) -> dict[str, Any]:
    return {
        "role": ev.role.value, "text": ev.text, "start": ev.start, "end": ev.end, "line": ev.line, "col": ev.col,
        "score": ev.score, "sentence": ev.sentence, "reason": ev.reason,
    }


def _number(x: float | None) -> float | None:
    return None if x is None or math.isnan(x) else x


def explanation_json(expl: Explanation) -> dict[str, Any]:
    """A stable structure: claim, sources: [{id, path, verdict, outcome, expected, reason, scope, evidence,
    sentences}] (``outcome``/``expected`` as in the JSON report; None out of scope)."""
    return {
        "file": expl.file,
        "line": expl.line,
        "claim": expl.claim.model_dump(mode="json", by_alias=True),
        "sources": [
            {
                "id": src.id,
                "path": src.source.path,
                "record_line": src.source.record_line,
                "verdict": src.verdict,
                **dict(zip(("outcome", "expected"), outcome_of(src, expl.claim)[:2], strict=True)),
                "reason": src.reason,
                "score": _number(src.finding.score) if src.finding is not None else None,
                "scope": {"in_scope": src.scope.in_scope and src.finding is not None, "reason": src.scope.reason},
                "evidence": [_evidence_json(e) for e in src.finding.evidence] if src.finding is not None else [],
                "sentences": [
                    {"text": s.text, "normalized": s.normalized, "score": s.score, "line": s.line, "read": s.read}
                    for s in src.sentences
                ],
            }
            for src in sorted(expl.sources, key=lambda s: (_ORDER.get(s.verdict or "", 4), s.id))
        ],
        "notes": expl.notes,
    }


def verdict_counts(expl: Explanation) -> dict[str, int]:
    counts: dict[str, int] = {v.value: 0 for v in Verdict}
    for src in expl.sources:
        if src.verdict is not None:
            counts[src.verdict] += 1
    return counts
