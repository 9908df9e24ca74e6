"""Checks claims against sources: each document normalized and read once, on demand.

The engine owns the documents and their reads (:class:`Analysis`) and keeps
at most ``MAX_ANALYSES`` of them, dropping the least recently used, so memory
is bounded however large the corpus.  When a run checks many sources
(``bulk``), a :class:`CorpusIndex` over their vocabulary tells, per claim,
which sources could name what the claim needs (:mod:`factcheck.kinds.requirements`);
the others get the checker's ``not_mentioned`` finding without being read.
Scope decided in depth (a claim file's sources the index could not rule on)
is :mod:`factcheck.scope_reading`, a mixin of the engine's.
"""

from __future__ import annotations

import traceback
from collections import OrderedDict
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from contextlib import closing

from factcheck.analysis import Analysis
from factcheck.cache import LEXICON_VERSION, VocabularyCache, claim_key, corpus_key, source_key
from factcheck.claims.model import Claim, Scope
from factcheck.corpus.listing import read_pending, texts_pending
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.index import CorpusIndex, Mask, Partition, Vocabulary, may_name, read_words
from factcheck.indexing import chunk_task, merge, read_index
from factcheck.kinds import check as check_kind
from factcheck.kinds.candidates import NARROW_FROM, Candidates
from factcheck.progress import ProgressLine, no_progress
from factcheck.scope import ScopeDecision, index_decisions, rule_out, scope_terms
from factcheck.scope_reading import Ask, ScopeReading, chunks
from factcheck.team import TEAM_FROM, Team, step_name
from factcheck.text.lexicon import use_store
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_letters
from factcheck.verdicts import Finding, Verdict, finding_from_json, finding_to_json
from factcheck.workers import Workers, available_processes, each

__all__ = ["INDEX_FROM", "INDEX_PART", "MAX_ANALYSES", "PARALLEL_FROM", "Engine"]

# Documents (with their reads) kept at once: ~0.1 MB each for a news article.
MAX_ANALYSES = 500
# Vocabularies kept for the early scope test of the next claim file (~15 kB each).
MAX_VOCABULARIES = 5000
# Below this many sources checked in bulk, building the index costs more than it saves.
INDEX_FROM = 200
# The index is built over the sources asked for in bulk when they are at most this part of the corpus.
INDEX_PART = 0.5
# Below this many sources (or pairs) to read, forking worker processes costs more than it saves.
PARALLEL_FROM = 400
# The parent's cache objects, kept alive in a worker process so that it never closes their connections.
_INHERITED: list[object] = []
Finds = tuple[Claim, str, Finding]


class Engine(ScopeReading):
    def __init__(
        self, sources: list[Source], *, cache: VocabularyCache | None = None, index_from: int | None = None,
        processes: int | None = None, team: Team | None = None, progress: ProgressLine = no_progress,
    ) -> None:
        self.progress = progress  # the line a long step draws (the corpus's index)
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        self.cache = cache
        self.team = team if cache is not None else None  # the team meets in the cache
        use_store(cache)  # dictionary entries too are kept between runs (or, without a cache, not)
        self.index_from = INDEX_FROM if index_from is None else index_from
        self.processes = available_processes() if processes is None else max(1, processes)
        self._analyses: OrderedDict[str, Analysis] = OrderedDict()
        self._vocabularies: OrderedDict[str, Vocabulary] = OrderedDict()
        self._want_index = False
        self._wanted: set[str] | None = set()  # the sources asked for in bulk (None: all of them)
        self._part: tuple[CorpusIndex, dict[str, int]] | None = None  # the last index over part of them
        self._parted = 0  # sources indexed so in all
        self._term_sources: dict[tuple[str, float], Mask] = {}
        self._index: CorpusIndex | None = None
        self._index_ids: dict[str, int] = {}
        self._partition = Partition(self._index_ids)
        self.candidates = Candidates()
        self._token_counts: dict[str, int] = {}  # for the length-dependent not_mentioned of statements
        # results stored by earlier runs (findings, scope decisions), by claim or scope key, then source key
        self._stored: dict[str, dict[str, str]] = {}
        self._claim_keys: dict[int, tuple[Claim, str]] = {}  # by id(claim); the entry holds its claim
        self._source_keys: dict[str, str] = {}
        self._unread = texts_pending(self.sources.values())  # texts still in a listed feed (corpus.listing)
        self._own_store: VocabularyCache | None = None  # a worker process's dictionary store (see _child)
        self._reads = _ProcessReads(cache)  # where the analyses' dates, numbers and quantities are kept
        self._scope_workers: Workers[Ask, list[ScopeDecision]] | None = None  # see _deciders
        self._scope_read = 0

    # -- reading sources ------------------------------------------------------
    def vocabulary(self, source_id: str) -> Vocabulary:
        """The source's words without reading it in depth (see :mod:`factcheck.index`)."""
        found = self._vocabularies.get(source_id)
        if found is None:
            text, key = self.sources[source_id].text, self.sources[source_id].digest
            read = self.cache.get(text, key=key) if self.cache is not None else None
            if read is None:
                read = read_words(text)
                if self.cache is not None:
                    self.cache.put(text, *read, key=key)
            found = read[0]
            self._keep_vocabulary(source_id, *read)
        return found

    def _keep_vocabulary(self, source_id: str, vocab: Vocabulary, tokens: int) -> None:
        self._vocabularies[source_id], self._token_counts[source_id] = vocab, tokens
        if len(self._vocabularies) > MAX_VOCABULARIES:
            self._vocabularies.popitem(last=False)

    def _team_for(self, sources: int) -> Team | None:
        """The xdist workers' team (:mod:`factcheck.team`) when a step over this many sources is shared."""
        return self.team if self.team is not None and self.team.together and sources >= TEAM_FROM else None

    def _processes_for(self, items: int, sources: Iterable[str] | None = None) -> int:
        """Forking pays only for a large share of work, and never inside a process that is itself a worker.
        Before a fork, the texts the workers will read (``sources``; None: any) that are still in a listed feed
        are read, once, for the workers to inherit; ``sources`` are read so in this process too (one text asked
        alone reads the whole feed)."""
        processes = self.processes if items >= PARALLEL_FROM else 1
        if self._unread and (processes > 1 or sources is not None):
            read_pending(self.sources.values() if sources is None else (self.sources[sid] for sid in sources))
            self._unread = sources is not None and texts_pending(self.sources.values())
        return processes

    def _child(self) -> None:
        """In a worker process: results go back to the parent, which writes them to the cache.  The parent's
        connection is not ours to use (nor to close: it is kept alive here); dictionary entries, which the
        readers look up and add deep inside, go through a connection of the worker's own."""
        inherited = self.cache
        _INHERITED.append(inherited)
        self.cache = None
        self.processes = 1  # a worker forks no workers of its own
        self.team = None
        own = VocabularyCache(inherited.folder) if inherited is not None else None
        self._own_store = own if own is not None and own.usable else None
        use_store(self._own_store)
        self._reads.store = self._own_store  # the documents the parent made too read and keep through it

    def _task_done(self) -> None:
        """In a worker, after each task: its new dictionary entries are written (it is never closed)."""
        if self._own_store is not None:
            self._own_store.flush()

    def analysis(self, source_id: str) -> Analysis:
        found = self._analyses.get(source_id)
        if found is None:
            # close words come from an index that holds the document (another's vocabulary may lack them)
            part = self._part if self._part is not None and source_id in self._part[1] else (None, None)
            # its dates, numbers and quantities as an earlier run read them (an edited claim's run reads few); no
            # key, nothing kept: the analysis then reads them itself
            found = Analysis(Document.from_source(self.sources[source_id]),
                             self._index if source_id in self._index_ids else part[0],
                             store=self._reads, key=self.source_cache_key(source_id) if self._reads.usable else "")
            self._analyses[source_id] = found
            if len(self._analyses) > MAX_ANALYSES:
                self._analyses.popitem(last=False)
        else:
            self._analyses.move_to_end(source_id)
        return found

    def drop(self, source_id: str) -> None:
        """Forget a source's document and reads (they are rebuilt if asked for again)."""
        self._analyses.pop(source_id, None)  # its vocabulary stays (bounded): the next file's scope asks again

    # -- the index ------------------------------------------------------------
    def want_index(self, sources: Collection[str] | int) -> None:
        """A step is about to look at these sources (or this many, any): worth an index from ``index_from`` on."""
        if (sources if isinstance(sources, int) else len(sources)) >= self.index_from:
            self._want_index = True
            self._wanted = None if isinstance(sources, int) or self._wanted is None else self._wanted | set(sources)

    def index(self) -> CorpusIndex | None:
        """The index over the sources asked for in bulk (``want_index``), or over every source when they are
        not a small part of the corpus: event files over a large corpus ask for the few days they are about.
        Sources asked for after it is built are read without it."""
        if self._index is None and self._want_index:
            wanted = self._wanted
            ids = sorted(self.sources if wanted is None or len(wanted) > INDEX_PART * len(self.sources) else wanted)
            self._index = self._kept_index(ids)
            self._index_ids = {sid: n for n, sid in enumerate(ids)}
            self._partition = Partition(self._index_ids)
        return self._index

    def _kept_index(self, ids: list[str], *, part: bool = False) -> CorpusIndex:
        """The index over ``ids`` (the run's, or ``part``: an event file's days), from the cache, else read into it."""
        key = self.sources_key(ids)
        index = self.cache.load_index(key, ids, part=part) if self.cache is not None else None
        if index is None:
            team = None if part else self._team_for(len(ids))
            index = self._read_index(ids) if team is None else self._team_index(team, ids)
            if self.cache is not None:
                self.cache.save_index(key, index, part=part)
        index.key, index.spelling, index.expansions = key, LEXICON_VERSION, self.cache
        return index

    def sources_key(self, ids: list[str]) -> str:
        """What an index over these sources is kept under: their ids, texts and dates ("" without a cache)."""
        return corpus_key([(i, self.source_cache_key(i)) for i in ids]) if self.cache is not None else ""

    def _read_index(self, ids: list[str]) -> CorpusIndex:
        """These sources' index, read over workers each numbering its words (:mod:`factcheck.indexing`).  The scope
        workers go first: no fork while another pool's threads may hold a lock."""
        self.close()
        task, line = chunk_task(lambda sid: self.sources[sid].text), self.progress("indexing the corpus:", len(ids))
        with Workers(task, processes=self._processes_for(len(ids)), setup=self._child) as workers, closing(line):
            return read_index(ids, workers, step=line.step)

    def _team_index(self, team: Team, ids: list[str]) -> CorpusIndex:
        """Each member reads its share's index into the cache, and takes the others' from it (or reads them)."""
        assert self.cache is not None
        shares = team.blocks(ids, lambda sid: self.sources[sid].chars, step_name("vocabularies", ids))
        keys = [self.sources_key(share) for share in shares]
        try:
            mine = self._read_index(shares[team.member - 1])
            self.cache.save_index(keys[team.member - 1], mine, part=True)
        finally:
            team.meet()
        return merge(ids, [(share, mine if n == team.member - 1 else self.cache.load_index(keys[n], share, part=True)
                            or self._read_index(share)) for n, share in enumerate(shares)])

    def may_name(self, source_id: str, term: str, *, cutoff: float) -> bool:
        """Whether the source may name ``term`` (a superset of matching), by the index or its vocabulary."""
        index = self.index()
        if index is None or source_id not in self._index_ids:
            return may_name(term, self.vocabulary(source_id), cutoff=cutoff)
        return bool(self._term_mask(index, term, cutoff)[self._index_ids[source_id]])

    def scope_by_index(
        self, scope: Scope, source_ids: list[str], *, cutoff: float, where: str
    ) -> list[ScopeDecision | None]:
        """What the index decides unread (``scope.index_decisions``: out, or surely in; None: to read), one mask a term
        over an index that holds the sources (the run's, or, when they are a small part of the corpus, ``_index_of``)."""
        index, positions = self._index_of(source_ids)
        if index is None:
            return [rule_out(scope, lambda term, sid=sid: self.may_name(sid, term, cutoff=cutoff), where=where)  # type: ignore[misc]
                    for sid in source_ids]
        mask = (lambda term: self._term_mask(index, term, cutoff)) if index is self._index else (
            lambda term: index.sources_naming(term, cutoff=cutoff))
        self.candidates.prefetch_terms(index, scope_terms(scope), cutoff, whole=index is self._index)
        everywhere = index_decisions(scope, index.sources_surely_naming, mask, len(index.ids), where=where)
        return [everywhere[positions[sid]] for sid in source_ids]

    def _index_of(self, source_ids: list[str]) -> tuple[CorpusIndex | None, dict[str, int]]:
        """An index holding these sources: the run's when it does (or they are not a small part of the corpus),
        else one over them alone (an event file's days in years of news), kept for their documents' close words."""
        if len(source_ids) < self.index_from:
            return None, {}
        self._parted += len(source_ids)  # the parts' sum too: many files over the same busy months share one
        if self._index is None and (self._wanted is None or len(source_ids) * NARROW_FROM > len(self.sources)
                                    or self._parted > INDEX_PART * len(self.sources)):
            self.want_index(len(source_ids))  # the whole corpus's
            self.index()
        if self._index is not None and all(sid in self._index_ids for sid in source_ids):
            return self._index, self._index_ids
        ids = sorted(set(source_ids))  # kept, with its expansions, for the next run over them
        self._part = (self._kept_index(ids, part=True), {sid: n for n, sid in enumerate(ids)})
        return self._part

    def _term_mask(self, index: CorpusIndex, term: str, cutoff: float) -> Mask:
        found = self._term_sources.get((term, cutoff))
        if found is None:
            found = self._term_sources[(term, cutoff)] = index.sources_naming(term, cutoff=cutoff)
        return found

    def _absent(self, claim: Claim, source_id: str) -> Finding | None:
        """The checker's ``not_mentioned`` finding, when the index shows the source cannot name the claim."""
        candidates = self._candidate_mask(claim)
        if candidates is None or source_id not in self._index_ids or candidates[self._index_ids[source_id]]:
            return None
        names, words = self.candidates.requirement(claim)
        if names is not None:
            return names.absent
        assert words is not None
        return words.absent_long if self._token_count(source_id) > words.long_from else words.absent_short

    def split(self, claim: Claim, source_ids: list[str]) -> tuple[list[str], list[str]]:
        """The sources to read in depth for a claim, and those the index answers unread: one mask per claim, not
        a question per pair (an unscoped claim file over a whole corpus asks about millions, mostly silent)."""
        try:
            mask = self._candidate_mask(claim, source_ids)
        except Exception:  # noqa: BLE001 - check() reports it as the verdict
            mask = None
        return (list(source_ids), []) if mask is None else self._partition(mask, source_ids)

    def _candidate_mask(self, claim: Claim, within: list[str] | None = None) -> Mask | None:
        """Over the index's sources: True where the claim must be read (see ``Candidates.mask``);
        None when every source must be."""
        index = self.index() if self.candidates.asks_index(claim) else None
        return None if index is None else self.candidates.mask(claim, index, self._index_ids, within)

    def prepare_split(self, asked: list[tuple[Claim, list[str]]]) -> None:
        """``split`` is about to be asked of each claim with its sources: their words are expanded at once.
        Only a shortcut: whatever fails here fails again in ``split`` or ``check``, which report it per claim."""
        try:
            if any(self.candidates.asks_index(claim) for claim, _ in asked):
                index = self.index()
                if index is not None:
                    self.candidates.prefetch(asked, index, self._index_ids)
        except Exception:  # noqa: BLE001, S110 - see above
            pass

    def expect(self, terms: list[str], cutoff: float) -> None:
        """A claim file still to be planned will ask about these scope terms: they are expanded over the index
        together with the others asked for (``Candidates.expect``)."""
        self.candidates.expect(terms, cutoff)

    def few(self, claim: Claim) -> None:
        """The run checks this claim against few sources: reading them is cheaper than expanding its words."""
        self.candidates.few(claim)

    def _token_count(self, source_id: str) -> int:
        count = self._token_counts.get(source_id)
        if count is None and self._index is not None and source_id in self._index_ids:
            count = int(self._index.tokens[self._index_ids[source_id]])
        if count is None:
            count = self._token_counts[source_id] = len(tokenize(normalize_letters(self.sources[source_id].text)))
        return count

    # -- checking -------------------------------------------------------------
    def source_cache_key(self, source_id: str) -> str:  # the cache key of its text and date
        found = self._source_keys.get(source_id)
        if found is None:
            found = self._source_keys[source_id] = source_key(self.sources[source_id])
        return found

    def _remembered(self, key: str, source_id: str) -> str | None:
        """What an earlier run stored for (key, source); two sources of the same text and date share it."""
        assert self.cache is not None
        table = self._stored.get(key)
        if table is None:
            table = self._stored[key] = self.cache.results(key)
        return table.get(self.source_cache_key(source_id))

    def _claim_key(self, claim: Claim) -> str:
        found = self._claim_keys.get(id(claim))
        if found is None:
            found = self._claim_keys[id(claim)] = (claim, claim_key(claim))
        return found[1]

    def _read_in_depth(self, claim: Claim, source_id: str) -> Finding:
        """The checker's finding, from an earlier run's cache when it holds the pair (same claim, text, code)."""
        known = self._recall(claim, source_id)
        if known is not None:
            return known
        finding = check_kind(claim, self.analysis(source_id))
        self._remember(claim, source_id, finding)
        return finding

    def check_many(
        self, work: list[tuple[str, list[Claim]]], *, step: Callable[[int], None] | None = None,
    ) -> Iterator[Finds]:
        """The findings of pairs the index could not answer: earlier runs' from the cache, the others read in
        depth (each source once, then dropped; over the workers when many) into it.  ``step(n)``: n sources done."""
        if not work:
            return  # every pair answered before (a warm run's xdist worker, its items' outcomes replayed): no index
        self.index()  # built (if wanted) before any fork: the workers inherit it
        step = step or (lambda done: None)
        todo = yield from self._recall_many(work)
        step(len(work) - len(todo))
        team = self._team_for(len(work))
        if team is not None:
            mine, theirs = team.share(todo, lambda one: one[0], step_name("findings", (sid for sid, _ in work)))
            try:
                yield from self._read_many(mine, step)
            finally:
                team.meet()
            todo = yield from self._recall_many(theirs)  # the others' share, now in the cache
            step(len(theirs) - len(todo))
        yield from self._read_many(todo, step)

    def _recall_many(self, work: list[tuple[str, list[Claim]]]) -> Generator[Finds, None, list[tuple[str, list[Claim]]]]:
        """Earlier runs' findings, claim by claim (each claim's stored table let go once asked); returns the rest."""
        by_claim: dict[int, tuple[Claim, list[str]]] = {}
        for source_id, claims in work:
            for claim in claims:
                by_claim.setdefault(id(claim), (claim, []))[1].append(source_id)
        left: dict[str, list[Claim]] = {}
        for claim, source_ids in by_claim.values():
            for source_id in source_ids:
                known = self._recall(claim, source_id)
                if known is None:
                    left.setdefault(source_id, []).append(claim)
                else:
                    yield claim, source_id, known
            if self.cache is not None:
                self._stored.pop(self._claim_key(claim), None)
        return [(source_id, left[source_id]) for source_id, _ in work if source_id in left]

    def _read_many(self, todo: list[tuple[str, list[Claim]]], step: Callable[[int], None]) -> Iterator[Finds]:
        """Pairs read in depth, each source once, over the workers when many; into the cache."""
        claims = list({id(c): c for _, cs in todo for c in cs}.values())
        number = {id(c): n for n, c in enumerate(claims)}
        parts = [[(sid, [number[id(c)] for c in cs]) for sid, cs in chunk] for chunk in chunks(todo)]
        pairs = sum(len(cs) for _, cs in todo)
        def read(item: tuple[str, list[int]]) -> list[Finding]:
            return self._read_one(claims, *item)
        processes = self._processes_for(pairs, (source_id for source_id, _ in todo))
        with Workers(each(read, self._task_done), processes=processes, setup=self._child) as workers:
            for chunk, results in zip(parts, workers.map(parts)):
                for (source_id, numbers), findings in zip(chunk, results):
                    for n, finding in zip(numbers, findings):
                        self._remember(claims[n], source_id, finding)
                        yield claims[n], source_id, finding
                step(len(chunk))

    def _read_one(self, claims: list[Claim], source_id: str, numbers: list[int]) -> list[Finding]:
        """A source's findings for the claims numbered, read once and dropped (a worker's task, per source)."""
        out = [self.check(claims[n], source_id, cached=False) for n in numbers]
        self.drop(source_id)
        return out

    def _recall(self, claim: Claim, source_id: str) -> Finding | None:
        data = self._remembered(self._claim_key(claim), source_id) if self.cache is not None and self.cache.usable else None
        if data is None:
            return None
        try:
            return finding_from_json(data)
        except (ValueError, TypeError, IndexError):
            return None  # a damaged entry is a miss

    def _remember(self, claim: Claim, source_id: str, finding: Finding) -> None:
        if self.cache is not None and finding.verdict is not Verdict.ERROR:  # a crash is reported, never kept
            self.cache.put_result(self._claim_key(claim), self.source_cache_key(source_id), finding_to_json(finding))

    def check(self, claim: Claim, source_id: str, *, cached: bool = True) -> Finding:
        """A bug in one checker is one ``error`` verdict, not a crashed run.

        ``cached=False``: the caller has looked in the cache and keeps the finding (``check_many``).
        """
        try:
            absent = self._absent(claim, source_id)
            if absent is not None:
                return absent
            if not cached:
                return check_kind(claim, self.analysis(source_id))
            return self._read_in_depth(claim, source_id)
        except Exception as exc:  # noqa: BLE001 - reported as the verdict
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return Finding(Verdict.ERROR, reason=f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})")


class _ProcessReads:
    """The analyses' ``ReadsStore``: this process's connection to the cache, asked when a read is needed.  A worker
    inherits documents its parent made, and the parent's connection is not the worker's to use (``Engine._child``
    points this at the worker's own).  Not the engine itself: the engine holds the analyses, and an analysis
    holding the engine would keep the whole run alive past pytest's end (``plugin.pytest_unconfigure``)."""

    def __init__(self, store: VocabularyCache | None) -> None:
        self.store = store

    @property
    def usable(self) -> bool:
        return self.store is not None and self.store.usable

    def get_reads(self, key: str) -> bytes | None:
        return self.store.get_reads(key) if self.store is not None else None

    def put_reads(self, key: str, data: bytes) -> None:
        if self.store is not None:
            self.store.put_reads(key, data)
