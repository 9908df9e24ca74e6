"""``factcheck explain FILE::CLAIM``: why one claim gets the verdict it gets, source by source.

For each source: whether it is in scope (and which condition left it out),
the verdict and its reason, the evidence, and the candidate sentences the
claim's kind looks at, with their scores, their normalized text and what was
read from them (names, quantities, dates, polarity).  Computed here as plain
data; ``explanation_lines`` and ``explanation_json`` render it.  No pytest.
"""

from __future__ import annotations

import math
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

from factcheck.analysis import Analysis
from factcheck.claims.load import LoadedClaims
from factcheck.claims.model import Claim, DateClaim, MentionClaim, QuantityClaim, StatementClaim
from factcheck.corpus.source import Source
from factcheck.engine import Engine
from factcheck.kinds.quantity import describe, subject_and_quantities
from factcheck.kinds.statement import TIE_MARGIN, TIES, judge_span, search
from factcheck.kinds.statement.align import align
from factcheck.matching import Match, find_any, sentences_naming
from factcheck.outcomes import Outcome, decide
from factcheck.plan import FilePlan, applies, plan_file
from factcheck.progress import ProgressLine, no_progress
from factcheck.read.dates import DateMention
from factcheck.read.negation import negators, polarity
from factcheck.read.units import DIMENSION
from factcheck.report.text import where
from factcheck.scope import ScopeDecision, decide_scope
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_query
from factcheck.verdicts import Evidence, Finding, Verdict

__all__ = [
    "MAX_LISTED",
    "MAX_SENTENCES",
    "MAX_SUPPORTED",
    "Explanation",
    "SentenceRead",
    "SourceExplanation",
    "explain_claim",
    "explanation_json",
    "explanation_lines",
]

# Candidate sentences shown per source, best first.
MAX_SENTENCES = 5
# ... in the terminal, for each source when several are shown.
SHORT_SENTENCES = 2
# Over a large corpus a claim is supported by hundreds of sources and silent in tens of thousands: the
# terminal shows every contradiction and error in full, this many supporting sources, and names this many
# of each other group (--all, --source or --json for the rest).
MAX_SUPPORTED = 10
MAX_LISTED = 10
# Statement spans listed below the claim's cutoff, so an editor sees what nearly matched.
_STATEMENT_FLOOR = 10.0
_ORDER = {"contradicted": 0, "error": 1, "supported": 2, "not_mentioned": 3}


@dataclass(frozen=True, slots=True)
class SentenceRead:
    """A candidate sentence: as written, normalized, its score, and what was read from it."""

    text: str
    normalized: str
    score: float
    line: int
    read: list[str]


@dataclass(frozen=True, slots=True)
class SourceExplanation:
    source: Source
    scope: ScopeDecision
    finding: Finding | None  # None: out of scope, not checked
    sentences: list[SentenceRead] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def path(self) -> str:
        """Where it was read from: the file, or ``file.jsonl:LINE`` for a JSONL record."""
        return self.source.path if self.source.record_line is None else f"{self.source.path}:{self.source.record_line}"

    @property
    def verdict(self) -> str | None:
        return self.finding.verdict.value if self.finding is not None else None

    @property
    def reason(self) -> str:
        return self.finding.reason if self.finding is not None else self.scope.reason


@dataclass(slots=True)
class Explanation:
    file: str
    line: int
    claim: Claim
    sources: list[SourceExplanation]
    notes: list[str] = field(default_factory=list)  # the claim file's planning notes, as a run gives them


def _claim_scope(loaded: LoadedClaims, index: int, source: Source, engine: Engine) -> ScopeDecision:
    """Why a source the file keeps is left out of this claim (its ``sources`` or ``scope``)."""
    claim = loaded.claims[index]
    if not applies(claim.sources, source.id):
        return ScopeDecision(False, f"not matched by the claim's sources globs ({', '.join(claim.sources)})")
    return decide_scope(
        claim.scope, engine.analysis(source.id), source.published,
        threshold=claim.threshold, where=f"claims[{index}].scope",
    )


def explain_claim(
    loaded: LoadedClaims, claim_id: str, sources: list[Source], *, only: str | None = None,
    engine: Engine | None = None, brief: bool = False, progress: ProgressLine = no_progress,
    fields_option: str = "factcheck_jsonl_fields =",
) -> Explanation:
    """The explanation of claim ``claim_id`` over ``sources`` (or only the source ``only``); ``fields_option``:
    as :func:`~factcheck.plan.plan_file` takes it, for the notes' advice.

    ``brief``: for the terminal's default view, which names the silent sources only.  Those the corpus
    index shows cannot name what the claim needs get the checker's finding unread, without a scope
    reason or sentences (``tests/test_index.py`` holds the two to the same finding): over ANT an
    unscoped claim read 31,523 articles in 66 s to show 1,990 and name the rest.
    KeyError when the file has no such claim or the corpus no such source.
    """
    if loaded.file is None:
        raise ValueError(f"{loaded.path} did not load; run factcheck lint on it")
    ids = [c.id for c in loaded.claims]
    if claim_id not in ids:
        raise KeyError(claim_id)
    index = ids.index(claim_id)
    claim = loaded.claims[index]
    if only is not None and only not in {s.id for s in sources}:
        raise KeyError(only)
    engine = engine or Engine(sources)
    with closing(progress(f"deciding the scope of {loaded.path}:", len(sources))) as line:
        plan = plan_file(loaded, sources, engine, step=line.step, fields_option=fields_option)
    engine.close()  # planning is over (its scope workers go)
    chosen = {s.id for s in plan.per_claim[index]}
    in_file = {s.id for s in plan.in_scope}
    unread: set[str] = set()
    if brief and only is None:
        engine.want_index(chosen)
        unread = set(engine.split(claim, [s.id for s in plan.per_claim[index]])[1])
    out: list[SourceExplanation] = []
    with closing(progress("explaining sources:", len(sources))) as line:
        for source in sources:
            line.step()
            if only is None or source.id == only:
                out.append(_explained(loaded, index, source, engine, unread, chosen, in_file, plan))
    return Explanation(loaded.path, loaded.claim_lines[index], claim, out, list(plan.notes))


def _explained(loaded: LoadedClaims, index: int, source: Source, engine: Engine, unread: set[str],
               chosen: set[str], in_file: set[str], plan: FilePlan) -> SourceExplanation:
    claim = loaded.claims[index]
    if source.id in unread:
        return SourceExplanation(source, ScopeDecision(True, "in scope"), engine.check(claim, source.id))
    if source.id in chosen:
        decision = _in_scope_reason(loaded, index, source, engine)
        analysis = engine.analysis(source.id)
        finding = engine.check(claim, source.id)
        return SourceExplanation(source, decision, finding, _sentences(claim, analysis))
    if source.id in in_file:
        return SourceExplanation(source, _claim_scope(loaded, index, source, engine), None)
    decision = plan.out_of_scope.get(source.id, ScopeDecision(False, "out of the file's scope"))
    return SourceExplanation(source, decision, None)


def _in_scope_reason(loaded: LoadedClaims, index: int, source: Source, engine: Engine) -> ScopeDecision:
    file = loaded.file
    assert file is not None
    claim = loaded.claims[index]
    if claim.scope is not None:
        return _claim_scope(loaded, index, source, engine)
    if file.scope is not None:
        return decide_scope(file.scope, engine.analysis(source.id), source.published, threshold=file.defaults.threshold)
    return ScopeDecision(True, "no scope: every source is in scope")


# -- candidate sentences, by kind ----------------------------------------------

def _sentence(analysis: Analysis, index: int, score: float, read: list[str], last: int | None = None) -> SentenceRead:
    doc = analysis.document
    first = doc.sentences[index]
    end = doc.sentences[last if last is not None else index]
    loc = doc.locate(first.start, end.end)
    return SentenceRead(
        " ".join(loc.text.split()), " ".join(doc.text[first.start:end.end].split()), round(score, 1), loc.line, read,
    )


def _original(analysis: Analysis, start: int, end: int) -> str:
    return " ".join(analysis.document.locate(start, end).text.split())


def _in(analysis: Analysis, index: int, start: int) -> bool:
    s = analysis.document.sentences[index]
    return s.start <= start < s.end


def _named(matches: list[Match], label: str, analysis: Analysis, terms: list[str]) -> list[str]:
    """``about 'الاجتماع' (score 100)``: the claim's term; a look-alike the corpus gave the term (normalized,
    ``'قمه'`` for القمة) is shown as the sentence writes it, ``about «قمة» (score 100)``."""
    seen: dict[str, float] = {}
    for m in matches:
        shown = repr(m.query) if m.query in terms else f"«{_original(analysis, m.start, m.end)}»"
        seen[shown] = max(seen.get(shown, 0.0), m.score)
    return [f"{label} {q} (score {s:g})" for q, s in seen.items()]


def _best(rows: list[tuple[int, float, list[str]]], analysis: Analysis) -> list[SentenceRead]:
    rows.sort(key=lambda r: (-r[1], r[0]))
    return [_sentence(analysis, i, score, read) for i, score, read in rows[:MAX_SENTENCES]]


def _mention(claim: MentionClaim, analysis: Analysis) -> list[SentenceRead]:
    by_sentence: dict[int, list[tuple[Match, str]]] = {}
    for m in find_any(claim.any, analysis, score_cutoff=claim.threshold):
        by_sentence.setdefault(m.sentence, []).append((m, "names"))
    for m in find_any(claim.not_, analysis, score_cutoff=claim.threshold) if claim.not_ else []:
        by_sentence.setdefault(m.sentence, []).append((m, "names the rival"))
    about = sentences_naming(claim.about, analysis, score_cutoff=claim.threshold) if claim.about else {}
    rows: list[tuple[int, float, list[str]]] = []
    for index, found in by_sentence.items():
        read: list[str] = []
        for label in ("names", "names the rival"):
            read.extend(_named([m for m, lab in found if lab == label], label, analysis,
                               claim.any if label == "names" else claim.not_))
        if claim.about:
            read.extend(_named(about[index], "about", analysis, claim.about) if index in about
                        else ["names no about word"])
        rows.append((index, max(m.score for m, _ in found), read))
    return _best(rows, analysis)


def _quantity_read(q: Any, claim: QuantityClaim, analysis: Analysis) -> str:
    text = f"quantity «{_original(analysis, q.start, q.end)}» = {describe(q)}"
    if q.hedge:
        text += f", hedge {q.hedge!r}"
    if DIMENSION[q.unit] != DIMENSION[claim.unit]:
        text += f" (a {DIMENSION[q.unit]}, not a {DIMENSION[claim.unit]}: ignored)"
    return text


def _date_text(d: DateMention) -> str:
    parts = [str(d.year) if d.year is not None else "????"]
    if d.month is not None:
        parts.append(f"{d.month:02d}")
        if d.day is not None:
            parts.append(f"{d.day:02d}" + (f"..{d.day_end:02d}" if d.day_end else ""))
    shown = "-".join(parts)
    if d.calendar != "gregorian":
        shown += f" ({d.calendar})"
    return shown


def _date_read(d: DateMention, analysis: Analysis) -> str:
    text = f"date «{_original(analysis, d.start, d.end)}» = {_date_text(d)}"
    if d.name:
        text += f" (the year of a name, {d.name!r}: ignored)"
    return text


def _about_kind(claim: QuantityClaim | DateClaim, analysis: Analysis) -> list[SentenceRead]:
    if isinstance(claim, QuantityClaim):
        naming, quantities = subject_and_quantities(claim, analysis)  # a count's duals too (read.duals)
    else:
        naming, quantities = sentences_naming(claim.about, analysis, score_cutoff=claim.threshold), []
    near = sentences_naming(claim.near, analysis, score_cutoff=claim.threshold) if claim.near else {}
    rows: list[tuple[int, float, list[str], bool]] = []
    for index, matches in naming.items():
        read = _named(matches, "about", analysis, claim.about)
        if claim.near:  # of two instances in one article, the claim's (kinds.near)
            read.extend(_named(near[index], "near", analysis, claim.near) if index in near else ["names no near word: not counted"])
        if isinstance(claim, QuantityClaim):
            found = [_quantity_read(q, claim, analysis) for q in quantities if _in(analysis, index, q.start)]
            what = "quantity"
        else:
            found = [_date_read(d, analysis) for d in analysis.dates if _in(analysis, index, d.start)]
            what = "date"
        read.extend(found or [f"no {what} read in this sentence"])
        rows.append((index, max(m.score for m in matches), read, bool(found) and (not claim.near or index in near)))
    # sentences that state something first (and, with near, name it): they are the ones the verdict rests on
    rows.sort(key=lambda r: (not r[3], -r[1], r[0]))
    return [_sentence(analysis, i, score, read) for i, score, read, _ in rows[:MAX_SENTENCES]]


def polarity_text(tokens: list[str]) -> str:
    """``negated by لم`` / ``affirmative`` / ``affirmative (لا ... لم cancel out)``."""
    found = [tokens[i] for i in negators(tokens)]
    if polarity(tokens) < 0:
        return "polarity: negated by " + ", ".join(found)
    return "polarity: affirmative" + (f" ({', '.join(found)} cancel out)" if found else "")


def _statement(claim: StatementClaim, analysis: Analysis) -> list[SentenceRead]:
    doc = analysis.document
    how = search(claim, analysis)
    if how is None:
        return []
    cutoff = how.cutoff
    candidates = align(
        claim.says, analysis, score_cutoff=min(cutoff, _STATEMENT_FLOOR), limit=max(TIES, MAX_SENTENCES),
        word_cutoff=how.word_cutoff, sentences=how.sentences,
    )
    out: list[SentenceRead] = []
    judged = [c for c in candidates if c.score >= cutoff][:TIES]
    for cand in candidates[:MAX_SENTENCES]:
        tokens = [t.text for s in doc.sentences[cand.first_sentence:cand.last_sentence + 1] for t in doc.sentence_tokens(s)]
        read = [f"covers {cand.words} of the claim's words: score {cand.score:.0f}, needs {cutoff:.0f}"]
        read.append(polarity_text(tokens))
        if cand.score < cutoff:
            read.append("below the cutoff: not judged")
        elif cand not in judged or cand.score < judged[0].score - TIE_MARGIN:
            read.append(f"not judged: more than {TIE_MARGIN:g} points below the best span")
        else:
            verdict = judge_span(claim, cand, how)
            read.append(f"judged {verdict.label} ({verdict.basis}): {verdict.reason}")
        out.append(_sentence(analysis, cand.first_sentence, cand.score, read, cand.last_sentence))
    return out


def _sentences(claim: Claim, analysis: Analysis) -> list[SentenceRead]:
    if isinstance(claim, MentionClaim):
        return _mention(claim, analysis)
    if isinstance(claim, (QuantityClaim, DateClaim)):
        return _about_kind(claim, analysis)
    return _statement(claim, analysis)


# -- rendering -------------------------------------------------------------------

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
    if isinstance(claim, (QuantityClaim, DateClaim)) and claim.near:
        facts.append("near: " + ", ".join(claim.near))
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
