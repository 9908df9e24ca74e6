"""Which (claim, source) pairs a claim file asks for: ``sources`` globs, scope, expect.

Decided once per claim file before any item exists, so out-of-scope sources
give no item (contract §6) and an ``expect`` naming an absent or out-of-scope
source becomes a note rather than an error.  Nothing here knows about pytest.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from factcheck.cache_keys import findings_version, scope_key
from factcheck.claims.load import LoadedClaims, load_claim_file
from factcheck.claims.model import Scope
from factcheck.corpus.source import Source
from factcheck.corpus.specs import is_feed
from factcheck.engine import Engine
from factcheck.outcomes import applies
from factcheck.packing import pack, unpack
from factcheck.scope import ScopeDecision, decide_scope, needs_text, published_decision, rule_out, scope_terms

__all__ = ["FilePlan", "ReadAhead", "applies", "plan_file"]


@dataclass(slots=True)
class FilePlan:
    """``per_claim[i]``: the sources claim ``i`` is checked against, in corpus order (claims checked against
    every source in scope share the list ``in_scope``: none of these lists changes once planned)."""

    in_scope: list[Source] = field(default_factory=list)
    out_of_scope: dict[str, ScopeDecision] = field(default_factory=dict)
    per_claim: list[list[Source]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def checked(self, at_least: int) -> int:
        """How many distinct sources the claims are checked against; counted exactly only where that decides
        whether it reaches ``at_least`` (the union of 100 claims' sources over a corpus takes half a second)."""
        widest = max((len(sources) for sources in self.per_claim), default=0)
        if widest >= at_least or len(self.in_scope) < at_least:
            return widest
        return len({s.id for sources in self.per_claim for s in sources})


class ReadAhead:
    """The claim files about to be collected, loaded at the first one's turn: their scopes' terms are then
    expanded over the corpus index together (``Candidates.expect``).  One ``cdist`` a vocabulary pool costs
    little more for many words than for one, and 20 event files expanded one by one took 0.9 s of a cold run."""

    def __init__(self) -> None:
        self._files: dict[Path, str] = {}  # path: as shown, in the order pytest found them
        self._loaded: dict[Path, LoadedClaims] = {}

    def add(self, path: Path, display: str) -> None:
        self._files[path] = display

    def load(self, path: Path, display: str) -> LoadedClaims:
        """The file's claims (as ``load_claim_file`` gives them): read ahead, or now."""
        self._files.pop(path, None)
        found = self._loaded.pop(path, None)
        return found if found is not None else load_claim_file(path, display)

    def expect(self, engine: Engine) -> None:
        """Read the files still to come, and hint their scope terms to the engine."""
        for path, display in self._files.items():
            loaded = self._loaded[path] = load_claim_file(path, display)
            scope = loaded.file.scope if loaded.file is not None else None
            if scope is not None and needs_text(scope):
                assert loaded.file is not None
                engine.expect(scope_terms(scope), loaded.file.defaults.threshold)
        self._files.clear()


def plan_file(
    loaded: LoadedClaims, sources: list[Source], engine: Engine, *, step: Callable[[int], None] | None = None,
    shard: bool = False, fields_option: str = "factcheck_jsonl_fields =",
) -> FilePlan:
    """``shard``: the sources are one shard's (``--factcheck-shard``), and notes about them say so;
    ``fields_option``: how the caller's user maps a feed's fields, as a note's advice names it."""
    assert loaded.file is not None
    file = loaded.file
    plan = FilePlan()
    threshold = file.defaults.threshold
    scope = file.scope
    # the sources globs and the date first: cheap, and on a news corpus they decide most sources.  Asked once
    # a day (a news corpus has few distinct days), and in comprehensions: a run plans 20 files over 31,525 sources
    matched = sources if "*" in file.sources else [s for s in sources if applies(file.sources, s.id)]
    by_day = {day: published_decision(scope, day) if scope is not None else None
              for day in {s.published for s in matched}}
    matched_ids = None if matched is sources else {s.id for s in matched}
    decisions: dict[str, ScopeDecision | None] = {  # in corpus order; None: in scope
        s.id: by_day[s.published] if matched_ids is None or s.id in matched_ids else _NOT_MATCHED for s in sources}
    undecided = [s for s in matched if by_day[s.published] is None]
    if scope is not None and scope.published is not None and any(
            s.published is None and (s.record_line is not None or is_feed(s.path)) for s in undecided):
        plan.notes.append(
            f"{loaded.path}: scope.published keeps in scope the records of JSONL or Parquet files whose publication "
            "date is missing or unreadable; if the date is there under another name, map it: "
            f'{fields_option} "id=id text=text date=FIELD"')

    # then the terms: decided through the index where it can tell (out, or surely in), else read in depth
    to_read: list[str] = []
    ids = [s.id for s in undecided]
    key = _decisions_key(engine, scope, threshold, ids) if needs_text(scope) else None
    kept = _decoded(engine.cache.outcome(key), len(ids)) if key is not None and engine.cache is not None else None
    if kept is not None:  # an earlier run decided these very sources: no index, no reading
        decisions.update(zip(ids, kept))
        if step is not None:
            step(len(sources))
    elif needs_text(scope):
        assert scope is not None
        early = engine.scope_by_index(scope, ids, cutoff=threshold, where="scope")
        for source, ruled in zip(undecided, early):
            decisions[source.id] = None if ruled is not None and ruled.in_scope else ruled
        to_read = [s.id for s, ruled in zip(undecided, early) if ruled is None]
        if step is not None:
            step(len(sources) - len(to_read))
        for source_id, decision in zip(
            to_read, engine.decide_scope_many(scope, to_read, threshold=threshold, where="scope", step=step)
        ):
            decisions[source_id] = None if decision.in_scope else decision
        if key is not None and engine.cache is not None:
            engine.cache.put_outcome(key, _encoded([decisions[sid] for sid in ids]))
    elif step is not None:
        step(len(sources))
    by_id = {s.id: s for s in undecided}
    plan.in_scope = [by_id[source_id] for source_id, out in decisions.items() if out is None]
    plan.out_of_scope = {source_id: out for source_id, out in decisions.items() if out is not None}
    for source_id in to_read:
        if decisions[source_id] is not None:
            engine.drop(source_id)  # read only to decide scope: memory stays bounded
    all_ids = [s.id for s in sources] if any(claim.expect for claim in loaded.claims) else []
    for index, claim in enumerate(loaded.claims):
        if "*" in claim.sources and claim.scope is None:
            chosen = plan.in_scope  # every source in the file's scope: no question per source; one list, shared
        else:
            chosen = [
                source for source in plan.in_scope
                if applies(claim.sources, source.id) and (claim.scope is None or _decide(
                    claim.scope, source, engine, claim.threshold, f"claims[{index}].scope").in_scope)
            ]
        plan.per_claim.append(chosen)
        where = f"{loaded.path}:{loaded.claim_lines[index]}: claims[{index}].expect"
        chosen_ids = [s.id for s in chosen] if claim.expect else []
        for pattern in claim.expect:
            if not any(fnmatchcase(i, pattern) for i in all_ids):
                plan.notes.append(f"{where}: {pattern!r} names no source of {'this shard' if shard else 'the corpus'}; ignored")
            elif not any(fnmatchcase(i, pattern) for i in chosen_ids):
                plan.notes.append(f"{where}: {pattern!r} names only sources out of scope{' in this shard' * shard}; ignored")
    return plan


_NOT_MATCHED = ScopeDecision(False, "not matched by the file's sources globs")


def _decide(scope: Scope | None, source: Source, engine: Engine, threshold: float, where: str) -> ScopeDecision:
    """The cheapest way to the decision: the date, then the vocabulary, then the full match."""
    if scope is None:
        return ScopeDecision(True, "no scope")
    by_date = published_decision(scope, source.published, where=where)
    if by_date is not None:
        return by_date
    if not needs_text(scope):
        return decide_scope(scope, None, source.published, threshold=threshold, where=where)
    ruled = rule_out(scope, lambda term: engine.may_name(source.id, term, cutoff=threshold), where=where)
    if ruled is not None:
        return ruled
    return engine.decide_scope_many(scope, [source.id], threshold=threshold, where=where)[0]


def _decisions_key(engine: Engine, scope: Scope | None, threshold: float, ids: list[str]) -> str | None:
    """What a file's scope decisions over the sources its dates leave are kept under, when worth keeping:
    the scope, the threshold, those sources (ids, texts and dates) and the code.  A warm run then needs
    neither the corpus index nor any reading to plan the file."""
    cache = engine.cache
    if scope is None or cache is None or not cache.usable or len(ids) < engine.index_from:
        return None
    sources = engine.sources_key(ids)
    return f"scope-decisions:{findings_version()}|{scope_key(scope, threshold, 'scope')}|{sources}"


def _encoded(decisions: list[ScopeDecision | None]) -> bytes:
    """None (in scope) or the reason it is out, each reason written once."""
    reasons: dict[str, int] = {}
    marks = [-1 if d is None else reasons.setdefault(d.reason, len(reasons)) for d in decisions]
    return pack(json.dumps([list(reasons), marks], ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _decoded(data: bytes | None, size: int) -> list[ScopeDecision | None] | None:
    """None when missing or damaged (decided again)."""
    if data is None:
        return None
    try:
        reasons, marks = json.loads(unpack(data).decode("utf-8", "surrogatepass"))
        if len(marks) != size:
            return None
        out = [ScopeDecision(False, str(reason)) for reason in reasons]  # immutable: shared by the sources it is
        return [None if m < 0 else out[m] for m in marks]
    except (ValueError, TypeError, IndexError):
        return None
