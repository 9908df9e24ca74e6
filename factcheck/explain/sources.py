"""``factcheck explain FILE::CLAIM``, gathered as plain data: for each source, whether it is in scope
(and which condition left it out), the checker's finding, and its candidate sentences.

Planned as a run plans the claim file (:func:`~factcheck.plan.plan_file`), so explain and a run agree on
which sources a claim reads; rendering is :mod:`factcheck.explain.render`'s.  No pytest.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field

from factcheck.claims.load import LoadedClaims
from factcheck.claims.model import Claim
from factcheck.corpus.source import Source
from factcheck.engine import Engine
from factcheck.explain.sentences import SentenceRead, candidate_sentences
from factcheck.plan import FilePlan, applies, plan_file
from factcheck.progress import ProgressLine, no_progress
from factcheck.scope import ScopeDecision, decide_scope
from factcheck.verdicts import Finding

__all__ = ["Explanation", "SourceExplanation", "explain_claim"]


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
        return SourceExplanation(source, decision, finding, candidate_sentences(claim, analysis))
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
