"""The vocabulary test that rules sources out of scope early decides exactly as the full match."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import index, matching
from factcheck.analysis import Analysis
from factcheck.claims.model import Scope
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.scope import ScopeDecision, decide_scope, rule_out

ROOT = Path(__file__).resolve().parents[1]

SCOPES = [
    Scope.model_validate({"all": ["ألاسكا", ["بوتين", "Putin"]]}),
    Scope.model_validate({"all": [["ترامب", "Trump"]], "any": ["القمة", "المحادثات", "اللقاء"]}),
    Scope.model_validate({"any": ["قاعدة إلمندورف", "المحكمة الجنائية الدولية"]}),
    Scope.model_validate({"all": ["الاجتماع"], "none": ["زلزال"]}),
]
# Words near the scope terms: variants, clitics, look-alikes that are other words.
WORDS = [
    "ألاسكا", "بألاسكا", "آلاسكا", "الأوسكار", "الإسكان", "بوتين", "وبوتين", "بوتي", "ترمب", "ترامب", "تراب",
    "القمة", "قمة", "المحادثات", "اللقاء", "قاعدة", "إلمندورف", "إلمندروف", "للمحكمة", "المحكمة", "الجنائية",
    "الدولية", "الاجتماع", "الاجتماعي", "زلزال", "Putin", "Trump", "في", "و", "،", ".", "قال", "الرئيس",
]


def _decisions(text: str) -> list[tuple[bool, bool, str]]:
    source = Source("s", "s.txt", text)
    full = Analysis(Document.from_source(source))
    vocab = index.vocabulary(text)
    out = []
    for scope in SCOPES:
        exact = decide_scope(scope, full, None, threshold=85)
        early = rule_out(scope, lambda term: index.may_name(term, vocab, cutoff=85))
        if early is not None:
            assert not exact.in_scope and early.reason == exact.reason, (scope, text, early, exact)
        out.append((exact.in_scope, early is not None, exact.reason))
    return out


def _readings_of_the_document(text: str) -> frozenset[str]:
    """What ``read_words`` must hold: matching's readings (stems, the لل article) of the document's tokens."""
    from factcheck.text.morphology import article_reading, stems

    words: set[str] = set()
    for tok in Document.from_source(Source("s", "s.txt", text)).tokens:
        words.update(stems(tok.text))
        with_article = article_reading(tok.text)
        if with_article is not None:
            words.add(with_article)
    return frozenset(words)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS + ["للقمة", "وللمحكمة", "\n", "  ", "\u200c"]), max_size=12),
                min_size=1, max_size=6), st.integers(min_value=1, max_value=40))
def test_a_sources_vocabulary_is_the_readings_of_its_document_tokens(texts: list[list[str]], kept: int) -> None:
    """However full the kept readings of words met before (cleared when full), a source's vocabulary and
    token count are its document's."""
    old = index._READINGS_KEPT
    index._READINGS_KEPT = kept
    try:
        for words in texts:
            text = " ".join(words)
            vocab, tokens = index.read_words(text)
            assert vocab == _readings_of_the_document(text)
            assert tokens == len(Document.from_source(Source("s", "s.txt", text)).tokens)
            assert len(index._READINGS) <= max(kept, len(set(vocab)))
    finally:
        index._READINGS_KEPT = old


def test_the_exact_word_limit_is_matchings() -> None:
    assert index.EXACT_BELOW == matching.EXACT_BELOW


def test_on_the_seeds_the_early_test_never_disagrees_and_rules_out_other_events() -> None:
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        assert all(inside for inside, _, _ in _decisions(seed.read_text(encoding="utf-8"))[:2])
    ruled_out = _decisions("فاز المنتخب المغربي على نظيره الإيراني في كأس العالم بموسكو.")
    assert [early for _, early, _ in ruled_out] == [True, True, True, True]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join))
def test_the_early_test_only_rules_out_what_the_full_match_rules_out(text: str) -> None:
    _decisions(text)


def _paragraph_sources() -> list[Source]:
    """Every paragraph of every seed as a source of its own: many sources, most silent on most claims."""
    out = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        for n, para in enumerate(p for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()):
            out.append(Source(f"{seed.stem[:3]}-{n:03d}", seed.name, para))
    return out


def test_the_index_gives_the_verdicts_of_reading_every_source() -> None:
    from factcheck.claims.load import load_claim_file
    from factcheck.engine import Engine

    loaded = load_claim_file(ROOT / "claims" / "alaska_summit.yaml")
    sources = _paragraph_sources()
    assert len(sources) > 100
    indexed = Engine(sources, index_from=1)
    indexed.want_index(len(sources))
    plain = Engine(sources, index_from=10**9)
    skipped = 0
    for claim in loaded.claims:
        for source in sources:
            got, want = indexed.check(claim, source.id), plain.check(claim, source.id)
            assert got == want, (claim.id, source.id)
            skipped += source.id not in indexed._analyses
    assert indexed.index() is not None and plain.index() is None
    assert skipped > len(sources)  # the index spared reading sources for some claims


def read_with_and_without_index(claim: Any, texts: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """Each source's verdict and whether it was read in depth, by an engine with the corpus index; asserts an
    engine without one gives every source the very same finding."""
    from factcheck.engine import Engine

    sources = [Source(sid, "s.txt", text) for sid, text in texts.items()]
    indexed = Engine(sources, index_from=1)
    indexed.want_index(len(sources))
    plain = Engine(sources, index_from=10**9)
    verdicts = {}
    for source in sources:
        got, want = indexed.check(claim, source.id), plain.check(claim, source.id)
        assert got == want, source.id
        verdicts[source.id] = (got.verdict.value, source.id in indexed._analyses)
    return verdicts


def test_a_rival_without_any_about_word_is_answered_by_the_index_as_the_checker_would() -> None:
    """With ``about``, a rival counts only in an about word's clause: a source that names the rival and no
    about word is not read in depth, and gets the checker's own finding; the others are read."""
    from factcheck.claims.load import parse_claims

    claim = parse_claims(
        "version: 1\nclaims:\n  - {id: v, says: x, kind: mention, any: [إلمندورف], not: [أندروز], about: [القاعدة]}\n",
        "f.yaml",
    ).claims[0]
    texts = {
        "rival-alone": "زار الرئيس أندروز في الربيع الماضي.",
        "rival-elsewhere": "عقدت القمة في القاعدة، بينما زار الوزير أندروز أمس.",
        "rival-attached": "عقدت القمة في القاعدة الجوية أندروز.",
        "named": "عقدت القمة في قاعدة إلمندورف.",
        "silent": "فاز المنتخب في المباراة.",
    }
    assert read_with_and_without_index(claim, texts) == {
        "rival-alone": ("not_mentioned", False),  # answered by the index
        "rival-elsewhere": ("not_mentioned", True),  # read: the about word is there, in another clause
        "rival-attached": ("contradicted", True),
        "named": ("supported", True),
        "silent": ("not_mentioned", False),
    }


@pytest.mark.parametrize("file_scope", [
    "  all: [[ألاسكا, أنكوريج], [بوتين, Putin]]\n  any: [القمة, المحادثات, اللقاء]\n",
    "  any: [القمة, [المحادثات, اللقاء]]\n  none: [زلزال]\n",
])
def test_scope_decided_through_the_index_is_scope_decided_source_by_source(file_scope: str) -> None:
    from factcheck.claims.load import parse_claims
    from factcheck.engine import Engine
    from factcheck.plan import plan_file

    loaded = parse_claims(
        "version: 1\nscope:\n" + file_scope +
        "claims:\n  - {id: a, says: x, kind: mention, any: [إلمندورف]}\n"
        "  - {id: b, says: y, kind: mention, any: [ترامب], scope: {none: [زيلينسكي]}}\n",
        "c.yaml",
    )
    sources = _paragraph_sources()
    fast, slow = Engine(sources, index_from=1), Engine(sources, index_from=10**9)
    with_index, without = plan_file(loaded, sources, fast), plan_file(loaded, sources, slow)
    assert fast.index() is not None and slow.index() is None
    assert [s.id for s in with_index.in_scope] == [s.id for s in without.in_scope]
    assert with_index.out_of_scope == without.out_of_scope
    assert [[s.id for s in c] for c in with_index.per_claim] == [[s.id for s in c] for c in without.per_claim]
    assert 0 < len(with_index.in_scope) < len(sources)


def _masks(idx: index.CorpusIndex) -> list[list[bool]]:
    words = ["ألاسكا", "آلاسكا", "بوتين", "ترمب", "القمة", "إلمندورف", "المحكمة"]
    return [idx.sources_with_word(index.term_words(w)[0], 85, variants=True).tolist() for w in words]


def test_an_index_saved_and_loaded_answers_as_built(tmp_path: Path) -> None:
    sources = _paragraph_sources()
    ids = [s.id for s in sources]
    built = index.CorpusIndex.build(ids, (index.read_words(s.text) for s in sources))
    built.save(tmp_path / "i.npz")
    loaded = index.CorpusIndex.load(tmp_path / "i.npz", ids)
    assert loaded.words == built.words and _masks(loaded) == _masks(built)
    assert loaded.tokens.tolist() == built.tokens.tolist() == [index.read_words(s.text)[1] for s in sources]
    assert any(any(m) for m in _masks(built)) and not all(all(m) for m in _masks(built))
    with pytest.raises(ValueError):
        index.CorpusIndex.load(tmp_path / "i.npz", ids[:3])  # another corpus


def test_an_index_save_that_fails_midway_leaves_the_saved_index_whole_and_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources = _paragraph_sources()
    ids = [s.id for s in sources]
    built = index.CorpusIndex.build(ids, (index.read_words(s.text) for s in sources))
    built.save(tmp_path / "i.npz")
    saved = (tmp_path / "i.npz").read_bytes()

    def disk_full(fh: Any, **arrays: Any) -> None:
        fh.write(b"PK\x03\x04 half an archive")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index.np, "savez", disk_full)
    with pytest.raises(OSError):
        built.save(tmp_path / "i.npz")
    assert (tmp_path / "i.npz").read_bytes() == saved  # a reader still finds the whole old index
    assert [p.name for p in tmp_path.iterdir()] == ["i.npz"]


def test_the_index_and_its_expansions_come_from_the_cache_on_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.cache import VocabularyCache
    from factcheck.engine import Engine

    sources = _paragraph_sources()
    first_cache = VocabularyCache(tmp_path)
    first = Engine(sources, cache=first_cache, index_from=1)
    first.want_index(len(sources))
    first_index = first.index()
    assert first_index is not None and first_cache.index_hits == 0
    want = _masks(first_index)
    assert not want[-1][0]  # the first source does not name the court (below, a changed text does)
    first_cache.close()

    def no_scoring(*args: object, **kwargs: object) -> object:
        raise AssertionError("expanded again instead of read from the cache")

    monkeypatch.setattr(index.process, "cdist", no_scoring)
    second_cache = VocabularyCache(tmp_path)
    second = Engine(sources, cache=second_cache, index_from=1)
    second.want_index(len(sources))
    second_index = second.index()
    assert second_index is not None and second_cache.index_hits == 1
    assert _masks(second_index) == want
    second_cache.close()
    # one text changed: another corpus, another index (built, not loaded)
    changed = [Source(s.id, s.path, s.text + " المحكمة") if n == 0 else s for n, s in enumerate(sources)]
    monkeypatch.undo()
    third_cache = VocabularyCache(tmp_path)
    third = Engine(changed, cache=third_cache, index_from=1)
    third.want_index(len(changed))
    third_index = third.index()
    assert third_index is not None and third_cache.index_hits == 0
    assert _masks(third_index)[-1][0]
    third_cache.close()


def test_statements_in_long_sources_are_read_only_where_their_words_could_reach_the_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three paragraphs at a time (articles, not headlines): a statement needs 60 % of its weighted words."""
    from factcheck.claims.load import load_claim_file
    from factcheck.engine import Engine
    from factcheck.kinds import requirements as requirements_mod

    paragraphs = _paragraph_sources()
    sources = [
        Source(f"w{n:03d}", "w.txt", "\n".join(p.text for p in paragraphs[n:n + 3]))
        for n in range(0, len(paragraphs) - 2, 2)
    ]
    loaded = load_claim_file(ROOT / "claims" / "alaska_summit.yaml")
    statements = [c for c in loaded.claims if c.kind == "statement" and not getattr(c, "about", None)]
    assert len(statements) >= 5
    indexed = Engine(sources, index_from=1)
    indexed.want_index(len(sources))
    plain = Engine(sources, index_from=10**9)
    index_ = indexed.index()
    assert index_ is not None and (index_.tokens > 40).mean() > 0.7  # mostly articles, some headlines
    for claim in statements:
        for source in sources:
            assert indexed.check(claim, source.id) == plain.check(claim, source.id), (claim.id, source.id)

    def spared(engine: Engine) -> int:
        engine.want_index(len(sources))
        return sum(len(engine.split(claim, [s.id for s in sources])[1]) for claim in statements)

    weighted = spared(Engine(sources, index_from=1))
    monkeypatch.setattr(requirements_mod, "_ROUNDING", 1000.0)  # the weighted bar off: two words are enough
    assert weighted > spared(Engine(sources, index_from=1))


@given(st.lists(st.booleans(), max_size=30), st.lists(st.integers(0, 40), max_size=40))
def test_partition_is_the_mask_in_the_order_of_the_ids(mask: list[bool], picks: list[int]) -> None:
    positions = {f"s{n}": n for n in range(len(mask))}
    ids = [f"s{n}" for n in picks]  # some beyond the mask (not indexed: always read), some twice
    read, unread = index.Partition(positions)(np.array(mask, dtype=bool), ids)
    assert read == [i for i in ids if i not in positions or mask[positions[i]]]
    assert unread == [i for i in ids if i in positions and not mask[positions[i]]]


def test_one_partition_serves_claim_after_claim_over_the_same_or_other_sources() -> None:
    positions = {f"s{n}": n for n in range(6)}
    partition = index.Partition(positions)
    ids = ["s0", "s1", "s2", "x", "s5"]
    assert partition(np.array([1, 0, 1, 0, 0, 0], dtype=bool), ids) == (["s0", "s2", "x"], ["s1", "s5"])
    assert partition(np.array([0, 1, 0, 0, 0, 1], dtype=bool), ids) == (["s1", "x", "s5"], ["s0", "s2"])
    assert partition(np.array([0, 1, 0, 0, 0, 1], dtype=bool), ids[:2]) == (["s1"], ["s0"])


@given(st.frozensets(st.text(min_size=1).filter(lambda w: "\n" not in w), max_size=30), st.integers(0, 10**6))
def test_a_packed_vocabulary_unpacks_to_its_words_and_token_count(words: frozenset[str], tokens: int) -> None:
    """Worker processes hand vocabularies back packed, and the cache stores them so."""
    unpacked, count = index.unpack_words(index.pack_words(words, tokens))
    assert (frozenset(unpacked), count) == (words, tokens) and unpacked == sorted(words)


def test_an_index_built_from_packed_vocabularies_names_the_same_sources() -> None:
    """Rows are numbered as words first come, whatever collection they come in: the postings are the same."""
    sources = _paragraph_sources()
    ids = [s.id for s in sources]
    from_sets = index.CorpusIndex.build(ids, (index.read_words(s.text) for s in sources))
    from_packed = index.CorpusIndex.build(ids, (index.unpack_words(index.pack_words(*index.read_words(s.text))) for s in sources))
    assert sorted(from_sets.words) == sorted(from_packed.words) and len(from_sets.words) > 50
    for word in from_sets.words:
        assert from_sets._postings(word).tolist() == from_packed._postings(word).tolist(), word
    assert _masks(from_sets) == _masks(from_packed)


def test_a_claim_over_a_small_part_of_the_corpus_is_answered_as_by_the_whole_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An event file's few hundred sources of a large corpus: its words are expanded against their vocabulary
    only (``CorpusIndex.within``), and which of them are read, and every verdict, stay as with the whole index."""
    from factcheck.claims.load import load_claim_file
    from factcheck.engine import Engine
    from factcheck.kinds import candidates as candidates_mod

    sources = _paragraph_sources()
    loaded = load_claim_file(ROOT / "claims" / "alaska_summit.yaml")
    narrowed: list[int] = []
    real_within = index.CorpusIndex.within

    def within(self: index.CorpusIndex, domain: index.Mask) -> index.CorpusIndex:
        found = real_within(self, domain)
        narrowed.append(len(found._pool_words or []))
        return found

    monkeypatch.setattr(index.CorpusIndex, "within", within)
    monkeypatch.setattr(candidates_mod, "NARROW_FROM", 8)
    picked = [s.id for s in sources[::9]]  # every ninth paragraph: under 1/8 of the corpus
    whole = Engine(sources, index_from=1)
    whole.want_index(len(sources))
    all_ids = [s.id for s in sources]
    read_somewhere = 0
    for claim in loaded.claims:
        part = Engine(sources, index_from=1)
        part.want_index(len(sources))
        read, unread = part.split(claim, picked)
        whole_read = set(whole.split(claim, all_ids)[0])
        assert read == [sid for sid in picked if sid in whole_read], claim.id
        read_somewhere += bool(read) and bool(unread)
        for sid in picked:
            assert part.check(claim, sid) == whole.check(claim, sid), (claim.id, sid)
    whole_index = whole.index()
    assert whole_index is not None and narrowed and read_somewhere > 3
    assert max(narrowed) < len(whole_index.words) / 2  # the words were expanded against a smaller vocabulary


NAMES = ["ألاسكا", "ترامب", "الاجتماع", "المحكمة الجنائية", "بوتين", "القمة", "قاعدة إلمندورف"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join), min_size=1, max_size=6))
def test_the_index_names_every_source_where_matching_finds_a_name(texts: list[str]) -> None:
    """A name's expansion keeps only spelling variants (``lexicon.may_be_variant``): never one matching accepts."""
    sources = [Source(f"s{n}", "s.txt", text) for n, text in enumerate(texts)]
    idx = index.CorpusIndex.build([s.id for s in sources], (index.read_words(s.text) for s in sources))
    for name in NAMES:
        mask = idx.sources_naming(name, cutoff=85)
        for n, source in enumerate(sources):
            if matching.find(name, Analysis(Document.from_source(source)), score_cutoff=85):
                assert mask[n], (name, source.text)


def test_a_look_alike_that_is_another_word_does_not_make_a_source_a_candidate() -> None:
    texts = ["عقد الاجتماعي الأول", "التقى ترمب نظيره", "قال ترامب"]
    idx = index.CorpusIndex.build(["a", "b", "c"], (index.read_words(t) for t in texts))
    assert idx.sources_naming("الاجتماع", cutoff=80).tolist() == [False, False, False]  # a suffix: another word
    assert idx.sources_naming("ترامب", cutoff=80).tolist() == [False, True, True]  # a vowel letter: a variant


def test_the_words_of_every_claim_are_expanded_at_once_and_answer_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``prepare_split`` expands every claim's words in a few ``cdist`` calls; the masks are those of
    expanding each word alone, and no word is left to expand when each claim is then split."""
    from factcheck.claims.load import load_claim_file
    from factcheck.engine import Engine

    sources = _paragraph_sources()
    ids = [s.id for s in sources]
    claims = load_claim_file(ROOT / "claims" / "alaska_summit.yaml").claims
    one_by_one = Engine(sources, index_from=1)
    one_by_one.want_index(len(ids))
    alone = [one_by_one.split(claim, ids) for claim in claims]

    calls: list[int] = []
    real_cdist = index.process.cdist

    def counting(queries: list[str], *args: object, **kwargs: object) -> object:
        calls.append(len(queries))
        return real_cdist(queries, *args, **kwargs)

    monkeypatch.setattr(index.process, "cdist", counting)
    at_once = Engine(sources, index_from=1)
    at_once.want_index(len(ids))
    at_once.prepare_split([(claim, ids) for claim in claims])
    prefetched = len(calls)
    assert [at_once.split(claim, ids) for claim in claims] == alone
    assert len(calls) == prefetched  # nothing was left to expand
    assert max(calls) > 1  # several words a call
    # the documents read take their close words from the prefetched expansions: the same verdicts
    for claim in claims:
        for source in sources[::4]:
            assert at_once.check(claim, source.id) == one_by_one.check(claim, source.id), (claim.id, source.id)


def test_claims_over_many_small_parts_of_the_corpus_get_their_masks_one_narrowed_index_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Event files over more distinct sources than narrowed indexes are kept: each part is narrowed once,
    its claims' masks made then, and each mask is the whole index's inside the part."""
    from factcheck.claims.load import load_claim_file
    from factcheck.engine import Engine
    from factcheck.kinds import candidates as candidates_mod

    monkeypatch.setattr(candidates_mod, "NARROW_FROM", 8)
    monkeypatch.setattr(candidates_mod, "_NARROWED_KEPT", 2)
    narrowed: list[int] = []
    real_within = index.CorpusIndex.within

    def within(self: index.CorpusIndex, domain: index.Mask) -> index.CorpusIndex:
        narrowed.append(int(domain.sum()))
        return real_within(self, domain)

    monkeypatch.setattr(index.CorpusIndex, "within", within)
    sources = _paragraph_sources()
    ids = [s.id for s in sources]
    claims = load_claim_file(ROOT / "claims" / "alaska_summit.yaml").claims
    parts = [ids[k::9] for k in range(5)]  # five event files, each under 1/8 of the corpus
    asked = [(claim, parts[n % 5]) for n, claim in enumerate(claims)]
    engine = Engine(sources, index_from=1)
    engine.want_index(len(ids))
    engine.prepare_split(asked)
    assert len(narrowed) == len({tuple(part) for _, part in asked})  # once each, though only 2 are kept
    whole = Engine(sources, index_from=1)
    whole.want_index(len(ids))
    for claim, part in asked:
        read = set(whole.split(claim, ids)[0])
        assert engine.split(claim, part)[0] == [sid for sid in part if sid in read], claim.id
    assert len(narrowed) == 5  # the masks were made with the parts: nothing narrowed again


@lru_cache(maxsize=1)
def _paragraph_index() -> tuple[list[Source], index.CorpusIndex]:
    sources = _paragraph_sources()
    return sources, index.CorpusIndex.build([s.id for s in sources], (index.read_words(s.text) for s in sources))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_documents_close_words_from_the_corpus_expansions_are_its_own(data: st.DataObject) -> None:
    """``Analysis.close_keys`` takes the corpus's expansion of a word when the run made it: the same keys,
    scores and order as scoring the word against the document's own vocabulary."""
    sources, idx = _paragraph_index()
    picked = data.draw(st.lists(st.sampled_from(sources), min_size=1, max_size=3))
    documents = [Document.from_source(source) for source in picked]
    own = sorted({key for d in documents for key in Analysis(d).vocabulary if len(key) >= 4})
    words = data.draw(st.lists(st.sampled_from(own), min_size=1, max_size=4))
    # a line of a few words (وقال ترامب:): a vocabulary smaller than the union of the close readings of the
    # words tried (the union is then the side walked, keys_close_to_any); a source of the corpus, as every
    # document read with the corpus's expansions is
    documents.append(Document.from_source(next(s for s in sources if s.id == "001-011")))
    words += data.draw(st.lists(st.sampled_from(sorted(idx.words)), max_size=2))
    words += [w[:-1] + "ا" for w in words if len(w) > 4]  # look-alikes the corpus may not hold
    cutoff = data.draw(st.sampled_from([75.0, 80.0, 85.0]))
    idx.expand_many([(w, cutoff, 4, False) for w in words])
    for document in documents:
        for word in words:
            assert idx.close_readings(word, cutoff) is not None or len(word) < 4 or word.isdigit()
            assert Analysis(document, idx).close_keys(word, cutoff) == Analysis(document).close_keys(word, cutoff)
        # a statement's word, tried in all its readings at once: the keys of close_keys over those, unscored
        tried = frozenset(words)
        expected = {w for w in tried if w in Analysis(document).vocabulary}
        for word in tried:
            if len(word) >= 4 and not word.isdigit():
                expected |= {key for key, _ in Analysis(document).close_keys(word, cutoff)}
        assert idx.close_union(tried, cutoff, 4) is not None
        assert Analysis(document, idx).keys_close_to_any(tried, cutoff, 4) == expected
        assert Analysis(document).keys_close_to_any(tried, cutoff, 4) == expected


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_documents_own_close_words_are_rapidfuzzs_over_its_whole_vocabulary(data: st.DataObject) -> None:
    """Scored against the readings of a length within reach only: the keys, scores and order of
    ``process.extract`` over every reading of the document."""
    from rapidfuzz import fuzz, process

    sources, _ = _paragraph_index()
    document = Document.from_source(data.draw(st.sampled_from(sources)))
    vocabulary = list(Analysis(document).vocabulary)
    word = data.draw(st.sampled_from(vocabulary) | st.sampled_from(WORDS).map(index.normalize_query))
    cutoff = data.draw(st.sampled_from([60.0, 75.0, 85.0, 100.0]))
    expected = [(key, score) for key, score, _ in process.extract(
        word, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)]
    assert Analysis(document).close_keys(word, cutoff) == expected


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_close_words_expanded_over_a_part_serve_the_parts_documents_only(data: st.DataObject) -> None:
    """An event file's claims expand their words over its part of the corpus (``within``): a document of
    the part takes its close words from there (the same as scoring them itself); one outside it does not."""
    sources, whole = _paragraph_index()
    idx = index.CorpusIndex(whole.ids, whole.words, whole.offsets, whole.docs, whole.tokens)  # no expansions yet
    inside = data.draw(st.sets(st.sampled_from(range(len(sources))), min_size=1, max_size=8))
    domain = np.zeros(len(sources), dtype=bool)
    domain[sorted(inside)] = True
    part = idx.within(domain)
    own = sorted({key for n in inside for key in Analysis(Document.from_source(sources[n])).vocabulary
                  if index.is_fuzzy(key, 4)})  # a number or a short word is never expanded: taken as it is
    words = data.draw(st.lists(st.sampled_from(own), min_size=1, max_size=3))
    cutoff = data.draw(st.sampled_from([75.0, 85.0]))
    part.expand_many([(w, cutoff, 4, False) for w in words])
    outside = next(n for n in range(len(sources)) if n not in inside)
    for word in words:
        assert idx.close_readings(word, cutoff) is None  # the whole corpus's are still unknown
        assert idx.close_readings(word, cutoff, sources[outside].id) is None
        for n in inside:
            assert idx.close_readings(word, cutoff, sources[n].id) is not None
            document = Document.from_source(sources[n])
            assert Analysis(document, idx).close_keys(word, cutoff) == Analysis(document).close_keys(word, cutoff)


def test_a_union_of_close_readings_is_known_only_when_each_fuzzy_word_was_expanded() -> None:
    """A word the run did not expand leaves the union unknown (the document scores it itself); short words
    and numbers are taken as they are, never expanded."""
    _, idx = _paragraph_index()
    word = sorted(w for w in idx.words if len(w) >= 5)[0]
    idx.expand_many([(word, 80.0, 4, False)])
    known = idx.close_readings(word, 80.0)
    assert known is not None
    assert idx.close_union(frozenset({word, "في", "2024"}), 80.0, 4) == frozenset({word, "في", "2024", *known})
    assert idx.close_union(frozenset({word, "كلمةلمتوسع"}), 80.0, 4) is None
    assert idx.close_union(frozenset({word}), 77.0, 4) is None  # expanded at another cutoff only (no test uses 77)
    idx.expand_many([(word, 77.0, 4, False)])  # expanded later in the run: the union is known from then on
    assert idx.close_union(frozenset({word}), 77.0, 4) == frozenset({word, *(idx.close_readings(word, 77.0) or [])})


def test_an_event_file_over_a_few_days_of_a_large_corpus_indexes_only_those_days() -> None:
    """Scope over the few articles its dates leave is ruled on an index of theirs alone, and the claims on an
    index of the articles in scope: not the whole corpus's, with the same plan and findings as reading all."""
    import datetime as dt

    from factcheck.claims.load import load_claim_file, parse_claims
    from factcheck.engine import Engine
    from factcheck.kinds.candidates import NARROW_FROM
    from factcheck.plan import plan_file

    paragraphs = _paragraph_sources()
    sources = [Source(s.id, s.path, s.text, None, dt.date(2025, 8, 15) if n % 22 == 0 else dt.date(2024, 1, 1))
               for n, s in enumerate(paragraphs)]
    days = [s.id for s in sources if s.published == dt.date(2025, 8, 15)]
    claims = load_claim_file(ROOT / "claims" / "alaska_summit.yaml").claims
    loaded = parse_claims(
        "version: 1\nscope:\n  any: [القمة, المحادثات, اللقاء, ترامب]\n  published: {from: 2025-08-01, to: 2025-08-31}\n"
        "claims:\n  - {id: a, says: x, kind: mention, any: [ترامب]}\n", "c.yaml",
    )
    fast, slow = Engine(sources, index_from=1), Engine(sources, index_from=10**9)
    with_index, without = plan_file(loaded, sources, fast), plan_file(loaded, sources, slow)
    assert [s.id for s in with_index.in_scope] == [s.id for s in without.in_scope]
    assert with_index.out_of_scope == without.out_of_scope
    assert 0 < len(with_index.in_scope) < len(days) <= len(sources) // NARROW_FROM
    assert fast._index is None and fast._part is not None and fast._part[0].ids == sorted(days)
    in_scope = [s.id for s in with_index.in_scope]
    fast.want_index(in_scope)  # as the plugin asks for a file's sources in scope
    for claim in claims:
        for source_id in in_scope:
            assert fast.check(claim, source_id) == slow.check(claim, source_id), (claim.id, source_id)
    built = fast.index()
    assert built is not None and built.ids == sorted(in_scope)
    # a source outside that index is read, never ruled out by it
    outside = next(s.id for s in sources if s.id not in in_scope and "ترامب" in s.text)
    for claim in claims:
        assert fast.check(claim, outside) == slow.check(claim, outside), (claim.id, outside)


def _index_decisions(
    texts: list[str], scopes: list[Scope] = SCOPES,
) -> list[list[tuple[ScopeDecision | None, ScopeDecision]]]:
    """Per scope, per text: what the index decides unread, and what the full match decides."""
    from factcheck.scope import index_decisions

    idx = index.CorpusIndex.build([str(n) for n in range(len(texts))], (index.read_words(t) for t in texts))
    out = []
    for scope in scopes:
        early = index_decisions(scope, idx.sources_surely_naming, lambda term: idx.sources_naming(term, cutoff=85),
                                len(texts))
        full = [decide_scope(scope, Analysis(Document.from_source(Source("s", "s.txt", t))), None, threshold=85)
                for t in texts]
        out.append(list(zip(early, full)))
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=20).map(" ".join), min_size=1, max_size=4))
def test_what_the_index_decides_unread_the_full_match_decides_the_same(texts: list[str]) -> None:
    for per_scope in _index_decisions(texts):
        for early, full in per_scope:
            assert early is None or early == full, (early, full)


def test_on_the_seeds_the_index_finds_sources_surely_in_scope() -> None:
    texts = [s.text for s in _paragraph_sources()]
    decided = _index_decisions(texts)
    surely_in = [sum(early is not None and early.in_scope for early, _ in per_scope) for per_scope in decided]
    assert surely_in[0] > 5 and surely_in[1] > 5 and surely_in[3] > 0  # one-word terms (a name or its alternative)
    assert surely_in[2] == 0  # two-word terms need their words side by side: only reading tells
    assert all(early is None or early == full for per_scope in decided for early, full in per_scope)
    assert ScopeDecision(True, "names ألاسكا, [بوتين, Putin]") in {early for early, _ in decided[0]}


def test_a_word_read_with_any_clitic_is_matchings_from_the_same_length() -> None:
    assert index.ANY_CLITIC_FROM == matching.ANY_CLITIC_FROM


def test_a_short_word_behind_a_clitic_is_left_to_the_full_match() -> None:
    """«وقمة» reads قمة, but a three-letter word behind و is the word only where the dictionary reads the whole as
    it reads the word (matching._behind_letters): the index leaves it to the full match, which reads it so."""
    short = Scope.model_validate({"all": ["قمة"]})
    ((behind, plain, article),) = _index_decisions(["وقمة", "قمة", "القمة"], [short])
    assert behind == (None, ScopeDecision(True, "names قمة"))
    assert plain == (None, ScopeDecision(True, "names قمة")) and article[1].in_scope  # read, and in


def test_nothing_left_to_read_builds_no_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm run's xdist worker computes the batch of every item it may be handed; when every item's outcome is
    replayed from the cache it has no pair left to read, and building the index over the sources in scope (the
    scoped benchmark: two seconds, kept for no later use) was its whole cost.  With pairs to read it is built."""
    from factcheck.claims.load import load_claim_file
    from factcheck.engine import Engine

    sources = _paragraph_sources()
    engine = Engine(sources, index_from=1, processes=1)
    engine.want_index(len(sources))
    built: list[int] = []
    real = Engine._read_index
    monkeypatch.setattr(Engine, "_read_index", lambda self, ids: built.append(len(ids)) or real(self, ids))
    assert list(engine.check_many([])) == []
    assert built == []
    claim = load_claim_file(ROOT / "claims" / "alaska_summit.yaml").claims[0]
    assert len(list(engine.check_many([(sources[0].id, [claim])]))) == 1
    assert built == [len(sources)]
