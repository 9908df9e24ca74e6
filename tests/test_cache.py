"""The cache across runs: hits, misses, invalidation by code version, and never failing a run."""

from __future__ import annotations

import ast
import multiprocessing
import os
import shutil
import sqlite3
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import cache as cache_mod
from factcheck import cache_keys
from factcheck.cache import VocabularyCache, cache_dir
from factcheck.index import read_words, vocabulary

ROOT = Path(__file__).resolve().parents[1]
TEXT = "عقدت القمة في قاعدة إلمندورف بألاسكا."


def test_miss_then_hit_gives_the_same_vocabulary(tmp_path: Path) -> None:
    first = VocabularyCache(tmp_path)
    assert first.get(TEXT) is None and first.misses == 1
    first.put(TEXT, *read_words(TEXT))
    first.close()
    second = VocabularyCache(tmp_path)  # another run
    assert second.get(TEXT) == (vocabulary(TEXT), 6) == read_words(TEXT) and second.hits == 1
    assert second.get(TEXT + " ") is None  # another content, another key
    second.close()


def test_a_change_to_the_code_that_builds_entries_invalidates_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = VocabularyCache(tmp_path)
    old.put(TEXT, frozenset({"stale"}), 1)
    old.close()
    monkeypatch.setattr(cache_mod, "CODE_VERSION", "0" * 16)
    new = VocabularyCache(tmp_path)
    assert new.get(TEXT) is None
    new.close()


def test_the_version_follows_the_producing_code() -> None:
    # the version is a hash of the normalizer's modules, text/morphology.py and index.py, not a number to bump
    assert cache_keys._code_version() == cache_mod.CODE_VERSION and len(cache_mod.CODE_VERSION) == 16


class _LockedAtFirst:
    """A connection whose first switches to WAL meet another run creating the file ("database is locked")."""

    def __init__(self, db: sqlite3.Connection, refusals: int) -> None:
        self._db, self.refusals = db, refusals

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.startswith("PRAGMA journal_mode") and self.refusals:
            self.refusals -= 1
            raise sqlite3.OperationalError("database is locked")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)

    def __enter__(self) -> sqlite3.Connection:
        return self._db.__enter__()

    def __exit__(self, *exc: object) -> None:
        self._db.__exit__(*exc)


def test_a_cache_being_created_by_another_run_is_waited_for_not_given_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Switching to WAL takes its lock without SQLite's busy handler: an xdist worker that opened a new cache
    # while the other was creating it ran uncached, and its report carried a note the serial run's did not.
    connect = sqlite3.connect
    monkeypatch.setattr(cache_mod.sqlite3, "connect", lambda *a, **k: _LockedAtFirst(connect(*a, **k), 2))
    cache = VocabularyCache(tmp_path)
    assert cache.problem is None and cache.usable
    cache.put(TEXT, frozenset({"word"}), 1)
    cache.flush()
    assert cache.get(TEXT) == (frozenset({"word"}), 1)
    cache.close()


def _open_at(folder: Path, start: Barrier, problems: Queue[str | None]) -> None:
    start.wait()
    problems.put(VocabularyCache(folder).problem)


def test_runs_opening_a_new_cache_at_the_same_moment_all_use_it(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    for trial in range(30):  # a race: each trial met it about one time in ten before the fix
        folder, start, problems = tmp_path / str(trial), context.Barrier(4), context.Queue()
        openers = [context.Process(target=_open_at, args=(folder, start, problems)) for _ in range(4)]
        for opener in openers:
            opener.start()
        found = [problems.get(timeout=60) for _ in openers]
        for opener in openers:
            opener.join()
        assert found == [None] * 4


def test_an_unusable_cache_turns_itself_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    broken = VocabularyCache(blocker / "cache")
    assert not broken.usable and broken.problem is not None and "running without it" in broken.problem
    assert broken.get(TEXT) is None
    broken.put(TEXT, *read_words(TEXT))
    broken.close()


def test_default_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "fc"))
    assert cache_dir() == tmp_path / "fc"
    monkeypatch.delenv("FACTCHECK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "factcheck"
    assert cache_dir("~/elsewhere") == tmp_path / "home" / "elsewhere"  # a folder named is taken as named


@pytest.fixture
def project(shipped_project: pytest.Pytester) -> pytest.Pytester:
    return shipped_project


def test_runs_with_a_cold_and_a_warm_cache_agree_and_nothing_lands_in_the_project(
    project: pytest.Pytester, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    cold = project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}", "--factcheck-json=cold.json")
    warm = project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}", "--factcheck-json=warm.json")
    assert cold.parseoutcomes() == warm.parseoutcomes()
    assert (project.path / "cold.json").read_text(encoding="utf-8") == (project.path / "warm.json").read_text(encoding="utf-8")
    assert list(folder.glob("vocabulary-*.sqlite3"))
    created = {p.name for p in project.path.iterdir()}
    assert created == {"pytest.ini", "claims", "seeds", "cold.json", "warm.json"}


def test_the_ini_key_names_a_cache_folder_relative_to_the_project_wherever_pytest_runs(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    project.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = seeds\nfactcheck_claims = claims\n"
                                    "factcheck_cache = .factcheck-cache\n")
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "env-cache"))  # the ini key comes first
    assert project.runpytest("-p", "no:cacheprovider", "--factcheck-json=first.json").ret == 0
    assert list((project.path / ".factcheck-cache").glob("vocabulary-*.sqlite3"))
    assert not (tmp_path / "env-cache").exists()
    monkeypatch.chdir(project.path / "claims")  # run from a subfolder: the same cache, none made here
    assert project.runpytest(str(project.path), "-p", "no:cacheprovider", "--factcheck-json=../again.json").ret == 0
    assert not (project.path / "claims" / ".factcheck-cache").exists()
    assert (project.path / "again.json").read_bytes() == (project.path / "first.json").read_bytes()


def test_an_unwritable_cache_is_a_note_not_a_failure(project: pytest.Pytester, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = project.runpytest(f"--factcheck-cache={blocker}")
    assert result.ret == 0
    result.stdout.fnmatch_lines([f"factcheck: note: cache {blocker} cannot be used (*); running without it"])


def test_no_cache_writes_nothing(project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "env-cache"))
    assert project.runpytest("--factcheck-no-cache").ret == 0
    assert not os.path.exists(tmp_path / "env-cache")
    assert project.runpytest().ret == 0
    assert list((tmp_path / "env-cache").glob("vocabulary-*.sqlite3"))


def test_dictionary_entries_are_kept_between_runs(tmp_path: Path) -> None:
    from factcheck.text import lexicon

    if not lexicon.has_lexicon():
        pytest.fail("qalsadi is a dependency: the dictionary must be there")
    first = VocabularyCache(tmp_path)
    lexicon.use_store(first)
    try:
        lexicon._memo.clear()
        found = lexicon.entry("السياسي")
        assert found is not None and found.is_word
        first.close()
        second = VocabularyCache(tmp_path)
        assert second.get_entry("السياسي") == found  # as the analysis gave it
        assert second.get_entry("السيسي") is None  # never asked
        second.close()
    finally:
        lexicon.use_store(None)


def _refuse_to_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Checkers that record every pair they are asked to read in depth, and fail it."""
    from factcheck import kinds
    from factcheck.verdicts import Finding, Verdict

    asked: list[str] = []

    def refuse(claim: object, analysis: object) -> Finding:
        asked.append(getattr(claim, "id", "?"))
        return Finding(Verdict.ERROR, reason="read in depth")

    for kind in list(kinds.CHECKERS):
        monkeypatch.setitem(kinds.CHECKERS, kind, refuse)
    return asked


def test_a_warm_run_reads_no_article_in_depth(
    project: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    (seed,) = (project.path / "seeds").glob("002_*.txt")
    (project.path / "seeds" / "005_same_text.txt").write_bytes(seed.read_bytes())  # two sources, one text
    cold = project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}", "--factcheck-json=cold.json")
    asked = _refuse_to_read(monkeypatch)
    warm = project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}", "--factcheck-json=warm.json")
    assert asked == []  # every finding came from the cache
    assert cold.parseoutcomes() == warm.parseoutcomes()
    assert (project.path / "cold.json").read_bytes() == (project.path / "warm.json").read_bytes()


def test_findings_are_stale_when_the_code_or_the_claim_changes(
    project: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    assert project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}").ret == 0
    asked = _refuse_to_read(monkeypatch)
    claims = project.path / "claims" / "alaska_summit.yaml"
    text = claims.read_text(encoding="utf-8")
    # renamed (its id is not what is checked): still served; a changed value: read again
    assert "id: summit-duration\n" in text and "    value: 3\n" in text
    claims.write_text(text.replace("id: summit-duration\n", "id: summit-length\n"), encoding="utf-8")
    project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}")
    assert asked == []
    at = text.index("id: summit-duration\n")
    changed = text[:at] + text[at:].replace("    value: 3\n", "    value: 4\n", 1)  # its value only
    claims.write_text(changed, encoding="utf-8")
    project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}")
    assert set(asked) == {"summit-duration"}
    claims.write_text(text, encoding="utf-8")
    asked.clear()
    cache_mod.findings_version.cache_clear()
    monkeypatch.setattr(cache_mod, "findings_version", lambda: "0" * 16)  # the code changed
    project.runpytest("-p", "no:cacheprovider", f"--factcheck-cache={folder}")
    assert "summit-duration" in asked and len(set(asked)) > 10


def test_a_finding_survives_its_encoding() -> None:
    from factcheck.verdicts import Evidence, Finding, Role, Verdict, finding_from_json, finding_to_json

    finding = Finding(
        Verdict.CONTRADICTED,
        (Evidence(Role.CONTRADICTS, 3, 9, 2, 4, "خمس ساعات", "استمر نحو خمس ساعات.", 100.0, "states 5 hours"),),
        100.0, "states 5 hours",
    )
    assert finding_from_json(finding_to_json(finding)) == finding
    assert finding_from_json(finding_to_json(Finding(Verdict.NOT_MENTIONED, reason="x"))) == Finding(
        Verdict.NOT_MENTIONED, reason="x")
    # a damaged entry (another role, another verdict) raises ValueError: the engine takes it for a miss
    for damaged in (finding_to_json(finding).replace('"contradicts"', '"refutes"'),
                    finding_to_json(finding).replace('"contradicted"', '"wrong"', 1)):
        with pytest.raises(ValueError):
            finding_from_json(damaged)


def test_findings_of_another_code_version_are_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:

    def tables() -> set[str]:
        with sqlite3.connect(next(tmp_path.glob("vocabulary-*.sqlite3"))) as db:
            return {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'findings_%'")}

    monkeypatch.setattr(cache_mod, "findings_version", lambda: "0" * 16)
    old = VocabularyCache(tmp_path)
    old.put_result("claim", "source", "data")
    old.close()
    assert tables() == {"findings_" + "0" * 16}
    monkeypatch.undo()
    new = VocabularyCache(tmp_path)
    assert new.results("claim") == {}
    new.close()
    assert tables() == {new.findings_table} != {"findings_" + "0" * 16}


def test_a_cache_file_of_another_code_version_goes_once_unused_for_a_week(tmp_path: Path) -> None:
    import os
    import time

    recent, stale = tmp_path / "vocabulary-0000000000000001.sqlite3", tmp_path / "vocabulary-0000000000000002.sqlite3"
    for path in (recent, stale, stale.with_name(stale.name + "-wal")):
        path.write_bytes(b"")
    week_ago = time.time() - 8 * 86400
    for path in (stale, stale.with_name(stale.name + "-wal")):
        os.utime(path, (week_ago, week_ago))
    cache = VocabularyCache(tmp_path)
    cache.close()
    assert recent.exists() and cache.path.exists()  # maybe in use by a run of that version: kept
    assert not stale.exists() and not stale.with_name(stale.name + "-wal").exists()


def test_findings_are_written_a_block_a_claim_and_read_back_the_latest_for_each_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Findings are held and written with their claim's others as one row; read back across several writes,
    the latest for a (claim, source) wins, this run's not yet written are seen, a damaged block is left out."""

    monkeypatch.setattr(cache_mod, "_FINDINGS_BATCH", 7)
    cache = VocabularyCache(tmp_path)
    for n in range(30):
        cache.put_result(f"claim{n % 3}", f"source{n}", f"data{n}")
    cache.put_result("claim0", "source0", "again")  # the same pair, later
    assert cache.results("claim0")["source0"] == "again"  # held, not written yet: seen all the same
    cache.close()
    with sqlite3.connect(cache.path) as db:
        rows = db.execute(f"SELECT claim, count(*) FROM {cache.findings_table} GROUP BY claim").fetchall()
    assert dict(rows) == {"claim0": 5, "claim1": 5, "claim2": 5}  # a block a claim a write (4 + the close), not a row a pair
    again = VocabularyCache(tmp_path)
    want = {f"source{n}": f"data{n}" for n in range(0, 30, 3)} | {"source0": "again"}
    assert again.results("claim0") == want
    assert again.results("claim1") == {f"source{n}": f"data{n}" for n in range(1, 30, 3)}
    assert again.results("nothing") == {}
    again.close()
    with sqlite3.connect(cache.path) as db:
        db.execute(f"UPDATE {cache.findings_table} SET data = ? WHERE block = "
                   f"(SELECT min(block) FROM {cache.findings_table} WHERE claim = 'claim1')", (b"not a block",))
    damaged = VocabularyCache(tmp_path)
    left = damaged.results("claim1")
    assert left and set(left) < {f"source{n}" for n in range(1, 30, 3)}  # that block's pairs are read again
    damaged.close()


_ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)  # tabs and line breaks too


@settings(suppress_health_check=[HealthCheck.too_slow])  # drawing any text is slow on a loaded machine
@given(st.lists(st.tuples(st.text("0123456789abcdef-", min_size=1, max_size=20), _ANY_TEXT, _ANY_TEXT), max_size=5))
def test_a_block_of_findings_decodes_to_its_pairs(rows: list[tuple[str, str, str]]) -> None:
    """A block is a line a pair (key, tab, finding): a finding's text with tabs and line breaks stays one line."""
    from factcheck.verdicts import Evidence, Finding, Role, Verdict, finding_to_json

    pairs = [(key, finding_to_json(Finding(Verdict.SUPPORTED, (Evidence(Role.SUPPORTS, 0, 1, 1, 1, a, b, 90.0, a),),
                                           90.0, b))) for key, a, b in rows]
    assert cache_mod._decoded_block(cache_mod._encoded_block(pairs)) == pairs


def test_a_block_that_is_not_a_line_a_pair_is_damaged() -> None:
    import zlib

    from factcheck.packing import pack

    assert cache_mod._decoded_block(pack("key\tfinding\nkey2\tfinding2".encode())) == [
        ("key", "finding"), ("key2", "finding2")]
    assert cache_mod._decoded_block(pack("key\tfinding\nno tab here".encode())) is None
    assert cache_mod._decoded_block(b"not packed") is None
    assert cache_mod._decoded_block(pack(b"\xff\xfe")) is None
    # what an older version packed (zlib) is damaged to this one: read again, never a crash
    assert cache_mod._decoded_block(zlib.compress("key\tfinding".encode())) is None


def test_a_damaged_vocabulary_row_is_read_again_and_replaced(tmp_path: Path) -> None:
    """A row this version cannot unpack (here: zlib, as versions before zstandard packed) is a miss, not a crash."""
    import zlib

    first = VocabularyCache(tmp_path)
    words, tokens = read_words(TEXT)
    first.put_packed(cache_mod._key(TEXT), zlib.compress("\n".join([str(tokens), *sorted(words)]).encode(), 1))
    first.close()
    second = VocabularyCache(tmp_path)
    assert second.get(TEXT) is None and second.misses == 1 and second.hits == 0
    second.put(TEXT, words, tokens)  # read again, and kept as this version packs it
    second.flush()
    assert second.get(TEXT) == read_words(TEXT) and second.hits == 1
    second.close()


def test_a_finding_without_evidence_is_encoded_as_given_each_time() -> None:
    """Findings without evidence are encoded once and shared: the same text as encoding each, scores as typed."""
    import json as json_mod

    from factcheck.verdicts import Finding, Verdict, finding_from_json, finding_to_json

    for finding in (Finding(Verdict.NOT_MENTIONED, reason="names none of «x»"), Finding(Verdict.SUPPORTED, score=100),
                    Finding(Verdict.SUPPORTED, score=100.0), Finding(Verdict.ERROR, reason="boom")):
        for _ in range(2):
            data = finding_to_json(finding)
            assert json_mod.loads(data) == [finding.verdict.value, [], finding.score, finding.reason]
            assert type(json_mod.loads(data)[2]) is type(finding.score)
            assert finding_from_json(data) == finding


def test_a_team_members_part_indexes_never_push_out_a_whole_one(tmp_path: Path) -> None:
    from factcheck.index import CorpusIndex

    cache = VocabularyCache(tmp_path)
    index = CorpusIndex.build(["a"], [read_words(TEXT)])
    for n in range(cache_mod._INDEXES_KEPT + 1):
        cache.save_index(f"whole{n}", index)
        os.utime(tmp_path / f"index-whole{n}.npz", (n, n))  # oldest first, whatever the clock's resolution
    for n in range(cache_mod._INDEXES_KEPT + 2):
        cache.save_index(f"share{n}", index, part=True)
        os.utime(tmp_path / f"part-share{n}.npz", (100 + n, 100 + n))
    assert sorted(p.name for p in tmp_path.glob("index-*.npz")) == [f"index-whole{n}.npz" for n in range(1, 5)]
    assert len(list(tmp_path.glob("part-*.npz"))) == cache_mod._INDEXES_KEPT
    assert cache.load_index("whole4", ["a"]) is not None and cache.load_index("whole4", ["a"], part=True) is None
    assert cache.load_index("share5", ["a"], part=True) is not None and cache.load_index("share5", ["a"]) is None
    cache.close()


def test_editing_any_module_changes_the_findings_version_and_editing_a_word_reader_the_index_version(
    tmp_path: Path,
) -> None:
    """The versions are hashes of the code as it is on disk: editing a module (nothing to bump) invalidates."""
    package = Path(cache_mod.__file__).resolve().parent
    copy = tmp_path / "factcheck"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    version = cache_mod.findings_version.__wrapped__  # not the memo: the copy is edited in between
    assert version(copy) == cache_mod.findings_version()
    assert cache_keys._code_version(package=copy) == cache_mod.CODE_VERSION

    checker = copy / "kinds" / "quantity.py"  # a checker: findings change, the index is read as before
    checker.write_text(checker.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = version(copy)
    assert edited != cache_mod.findings_version()
    assert cache_keys._code_version(package=copy) == cache_mod.CODE_VERSION

    reader = copy / "text" / "normalize.py"  # a reader of words: the index and the findings both change
    reader.write_text(reader.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert version(copy) not in (edited, cache_mod.findings_version())
    assert cache_keys._code_version(package=copy) != cache_mod.CODE_VERSION


def test_every_module_of_the_normalizer_keys_the_index_and_the_dictionary() -> None:
    """Normalization is spread over the modules ``text/normalize.py`` imports: editing any of them changes the
    words read, so each one is a producer of the index's entries and of the dictionary's."""
    text = Path(cache_mod.__file__).resolve().parent / "text"
    seen: set[str] = set()
    todo = ["normalize"]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            tree = ast.parse((text / f"{name}.py").read_text(encoding="utf-8"))
            todo += [node.module.removeprefix("factcheck.text.") for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck.text.")]
    # camel_tables.py reads the normalizer's tables from camel_tables.json, which is what keys them
    modules = {f"text/{name}.py" for name in seen - {"camel_tables"}} | {"text/camel_tables.json"}
    assert {"text/steps.py", "text/at_once.py", "text/mapped.py"} <= modules
    assert modules <= set(cache_keys._PRODUCERS) and modules <= set(cache_keys._LEXICON_PRODUCERS)


@pytest.mark.parametrize("damage", ["truncated", "empty", "garbled"])
def test_a_damaged_index_file_is_rebuilt_and_replaced_not_an_error_for_every_pair(tmp_path: Path, damage: str) -> None:
    """A cache index cut short (a full disk, a killed run) or garbled is a miss: read it, and every pair
    was an ``error`` verdict, in this run and every later one, since nothing replaced it."""
    from factcheck.claims.model import MentionClaim
    from factcheck.corpus.source import Source
    from factcheck.engine import Engine
    from factcheck.verdicts import Verdict

    sources = [Source(f"s{n}", f"s{n}.txt", "التقى ترامب وبوتين في ألاسكا." if n % 2 else "ضرب زلزال جنوب تركيا.")
               for n in range(6)]
    claim = MentionClaim(id="c", says="ذكر ترامب", kind="mention", any=["ترامب"])

    def verdicts() -> tuple[list[Verdict], str | None]:
        cache = VocabularyCache(tmp_path)
        engine = Engine(sources, cache=cache, index_from=1, processes=1)
        engine.want_index([s.id for s in sources])
        found = [engine.check(claim, s.id, cached=False).verdict for s in sources]
        engine.close()
        cache.close()
        return found, cache.problem

    expected = [Verdict.NOT_MENTIONED, Verdict.SUPPORTED] * 3
    assert verdicts() == (expected, None)
    (path,) = tmp_path.glob("index-*.npz")
    whole = path.read_bytes()
    path.write_bytes({"truncated": whole[: len(whole) // 2], "empty": b"",
                      "garbled": whole[:40] + bytes(200) + whole[240:]}[damage])
    found, problem = verdicts()
    assert found == expected
    assert problem == f"cache index {path.name} is damaged ({problem.split('(')[1].split(')')[0]}); rebuilt and replaced"
    assert path.read_bytes() == whole  # replaced: the next run reads it again
    assert verdicts() == (expected, None)


def test_a_damaged_cache_file_is_named_with_what_to_do(tmp_path: Path) -> None:
    """A truncated SQLite file gave "database disk image is malformed; running without it" on every later
    run, with no word of which file to delete."""
    cache = VocabularyCache(tmp_path)
    cache.put(TEXT, *read_words(TEXT))
    cache.close()
    path = cache.path
    path.write_bytes(b"this is not a database" * 100)
    damaged = VocabularyCache(tmp_path)
    assert damaged.problem == (f"cache {tmp_path} cannot be used (file is not a database); running without it; "
                               f"delete {path.name} there and the next run starts a new one")
    path.unlink()
    assert VocabularyCache(tmp_path).problem is None
