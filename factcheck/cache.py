"""A cache across runs: each source's vocabulary and reads, dictionary entries, and the findings of (claim, source) pairs.

Keyed by the content hash of the source text and by a version computed from
the code that produces the entry (normalization, the tokenizer and clitic
stripper, the vocabulary itself; for a name's expansion over the index, the
dictionary code too: ``LEXICON_VERSION``; for a document's dates, numbers and quantities, the whole package:
``findings_version()``), so a change to that code
invalidates it without anyone bumping a number.  One SQLite file in WAL
mode: every write is a transaction (a crash leaves the old entries), and two
runs (or xdist workers) may share it.  Any failure to open or write it turns the cache off
for the run, with a note; a run is never failed by its cache.

Findings are what a warm run saves most: reading an article in depth (its
numbers, dates, clauses) is most of a cold run.  A finding is keyed by the
claim's checked fields, the source's text and publication date, and a hash
of the whole package with the versions of the libraries it reads with
(``findings_version()``): any change to the code makes every finding stale.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from factcheck.cache_keys import (
    CODE_VERSION,
    LEXICON_VERSION,
    _key,
    cache_dir,
    claim_key,
    corpus_key,
    findings_version,
    scope_key,
    source_key,
    text_key,
)
from factcheck.index import CorpusIndex, Vocabulary, pack_words, unpack_words
from factcheck.packing import pack, unpack
from factcheck.text.lexicon import Entry

__all__ = ["CODE_VERSION", "LEXICON_VERSION", "VocabularyCache", "cache_dir", "claim_key", "corpus_key",
           "findings_version", "scope_key", "source_key", "text_key"]

# Entries written in one transaction: bounds what a crash can lose, keeps commits rare.
_BATCH = 2000
# Findings held before they are written, each claim's (or scope's) as one block: a cold run over a whole
# corpus computes hundreds of thousands, and a row each in key order cost its writer more than reading them.
_FINDINGS_BATCH = 20000
# Corpus indexes kept on disk (a newsroom's corpus changes daily: older ones are removed).
_INDEXES_KEPT = 4
# SQLite's page cache per connection (KiB), and the log pages written between checkpoints (4 KiB each).
_PAGE_CACHE_KB = 65536
_CHECKPOINT_PAGES = 10000
# Seconds a writer waits for another run holding the lock.
_BUSY_TIMEOUT = 30
# Seconds the marks of a run's workers are kept (they matter only while the run lasts).
_MARKS_KEPT = 86400
# Seconds an outcome is kept unused (a claim over a corpus that changes daily leaves one a day behind).
_OUTCOMES_KEPT = 7 * 86400
# Seconds a cache file of another code version is kept unused before it is removed.
_OLD_VERSION_KEPT = 7 * 86400


class VocabularyCache:
    """Vocabularies by content; ``hits``/``misses`` say how useful it was."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / f"vocabulary-{CODE_VERSION}.sqlite3"
        self.hits = self.misses = 0
        self.problem: str | None = None
        self._pending: list[tuple[str, bytes]] = []
        self._pending_entries: list[tuple[str, str, str, str]] = []
        self._pending_findings: dict[str, list[tuple[str, str]]] = {}  # by claim (or scope) key
        self._pending_finding_count = self.index_hits = 0
        self._pending_expansions: list[tuple[str, str]] = []
        self._pending_reads: dict[str, bytes] = {}
        self._used_outcomes: list[str] = []  # their time is set anew at the next flush (kept while in use)
        self.findings_table = f"findings_{findings_version()}"
        self.outcomes_table = f"outcomes_{findings_version()}"
        self.reads_table = f"reads_{findings_version()}"
        self._db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT, isolation_level=None)
            _enter_wal(db)
            # A cache: a power cut may lose the last commits, never the database (WAL); no fsync a commit.
            db.execute("PRAGMA synchronous=NORMAL")
            # A cold run writes a million findings in random key order: with SQLite's default 2 MB page
            # cache and a checkpoint every 4 MB of log, each commit rewrites pages it read just before
            # (twice the time, in a benchmark of 120,000 findings).  Both only grow as used.
            db.execute(f"PRAGMA cache_size=-{_PAGE_CACHE_KB}")
            db.execute(f"PRAGMA wal_autocheckpoint={_CHECKPOINT_PAGES}")
            db.execute("CREATE TABLE IF NOT EXISTS vocab (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            db.execute(
                f"CREATE TABLE IF NOT EXISTS lexicon_{LEXICON_VERSION} "
                "(word TEXT PRIMARY KEY, main TEXT NOT NULL, lemmas TEXT NOT NULL, kind TEXT NOT NULL)"
            )
            # A block of a claim's findings a row (see put_result), appended: a later block wins.
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {self.findings_table} (block INTEGER PRIMARY KEY, claim TEXT NOT NULL, "
                "data BLOB NOT NULL)"
            )
            db.execute(
                f"CREATE INDEX IF NOT EXISTS blocks_{findings_version()} ON {self.findings_table} (claim, block)"
            )
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {self.outcomes_table} "
                "(key TEXT PRIMARY KEY, data BLOB NOT NULL, at REAL NOT NULL)"
            )
            db.execute(f"DELETE FROM {self.outcomes_table} WHERE at < ?", (time.time() - _OUTCOMES_KEPT,))
            db.execute("CREATE TABLE IF NOT EXISTS expansions (key TEXT PRIMARY KEY, readings TEXT NOT NULL)")
            db.execute(f"CREATE TABLE IF NOT EXISTS {self.reads_table} (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS marks (run TEXT NOT NULL, name TEXT NOT NULL, member INTEGER NOT NULL, "
                "at REAL NOT NULL, PRIMARY KEY (run, name, member)) WITHOUT ROWID"
            )
            db.execute("DELETE FROM marks WHERE at < ?", (time.time() - _MARKS_KEPT,))
            self._drop_stale_findings(db)
            self._db = db
            self._remove_old_versions()
        except (OSError, sqlite3.Error) as exc:  # a damaged file stays so: say which one to delete
            damaged = isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
            self.problem = f"cache {folder} cannot be used ({exc}); running without it" + (
                f"; delete {self.path.name} there and the next run starts a new one" if damaged else "")

    def _drop_stale_findings(self, db: sqlite3.Connection) -> None:
        """Findings of another code version can never be read again: their tables go (disk stays bounded).

        A run of that other version sharing the cache at this moment loses its cache (with a note), not its verdicts.
        """
        names = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND (name LIKE 'findings_%' OR name LIKE 'outcomes_%' OR name LIKE 'reads_%')")]
        for name in names:
            if name not in (self.findings_table, self.outcomes_table, self.reads_table):
                db.execute(f'DROP TABLE IF EXISTS "{name}"')

    def _remove_old_versions(self) -> None:
        """Caches of other code versions (their vocabularies never match again) go once unused for a while.

        Not at once: a run of that other version may be using its file right now.
        """
        for path in self.folder.glob("vocabulary-*.sqlite3"):
            if path == self.path:
                continue
            parts = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
            try:
                if all(not p.exists() or time.time() - p.stat().st_mtime > _OLD_VERSION_KEPT for p in parts):
                    for part in parts:
                        part.unlink(missing_ok=True)
            except OSError:
                continue  # another run removed it, or it is not ours to remove: nothing lost

    @property
    def usable(self) -> bool:
        return self._db is not None

    def get(self, text: str, *, key: str | None = None) -> tuple[Vocabulary, int] | None:
        """A source's ``read_words``: its vocabulary and its number of tokens (``key``: its ``text_key``)."""
        row = self._row("SELECT data FROM vocab WHERE key = ?", key or _key(text))
        if row is None:
            self.misses += int(self._db is not None)
            return None
        try:
            words, size = unpack_words(row[0])
        except ValueError:  # damaged (or packed otherwise): read again, and replaced when put
            self.misses += 1
            return None
        self.hits += 1
        return frozenset(words), size

    def put(self, text: str, vocab: Vocabulary, tokens: int, *, key: str | None = None) -> None:
        """A source's ``read_words`` (``key``: its text's ``text_key``, when known)."""
        self.put_packed(key or _key(text), pack_words(vocab, tokens))

    def put_packed(self, key: str, packed: bytes) -> None:
        """A vocabulary already packed (``index.pack_words``) under its text's ``text_key``."""
        if self._db is None:
            return
        self._pending.append((key, packed))
        if len(self._pending) >= _BATCH:
            self.flush()

    # -- dictionary entries (text.lexicon.EntryStore) ------------------------
    def get_entry(self, word: str) -> Entry | None:
        row = self._row(f"SELECT main, lemmas, kind FROM lexicon_{LEXICON_VERSION} WHERE word = ?", word)
        if row is None:
            return None
        main, lemmas, kind = row
        return Entry(main, frozenset(lemmas.split("\n")) if lemmas else frozenset(), kind)

    def put_entry(self, word: str, found: Entry) -> None:
        if self._db is not None:
            self._pending_entries.append((word, found.main, "\n".join(sorted(found.lemmas)), found.kind))

    # -- a document's reads (analysis.ReadsStore) --------------------------------
    def get_reads(self, key: str) -> bytes | None:
        """A document's read kept under ``key`` (its ``source_key`` and the kind), unpacked; None when not kept or
        damaged (the caller reads the document again, and puts it)."""
        data = self._pending_reads.get(key)
        if data is None:
            row = self._row(f"SELECT data FROM {self.reads_table} WHERE key = ?", key)
            if row is None:
                return None
            data = row[0]
        try:
            return unpack(data)
        except ValueError:
            return None

    def put_reads(self, key: str, data: bytes) -> None:
        """Held, packed, and written with the other pending entries (``flush``)."""
        if self._db is None:
            return
        self._pending_reads[key] = pack(data)
        if len(self._pending_reads) >= _BATCH:
            self.flush()

    # -- results of (claim or scope, source) pairs ------------------------------
    def results(self, key: str) -> dict[str, str]:
        """Every stored result under a key (a claim's or a scope's), by ``source_key``, still encoded.

        One query per claim, not per pair: a warm run over a whole corpus asks for hundreds of thousands.
        A damaged block is left out (its pairs are read again).
        """
        if self._db is None:
            return {}
        try:
            rows = self._db.execute(
                f"SELECT data FROM {self.findings_table} WHERE claim = ? ORDER BY block", (key,)).fetchall()
        except sqlite3.Error as exc:
            self._fail(exc)
            return {}
        found: dict[str, str] = {}
        for (data,) in rows:
            pairs = _decoded_block(data)
            if pairs is not None:
                found.update(pairs)
        found.update(self._pending_findings.get(key, ()))  # not written yet: this run's own
        return found

    def put_result(self, key: str, source: str, data: str) -> None:
        """Held, and written with the key's other new results as one block (see ``_FINDINGS_BATCH``)."""
        if self._db is None:
            return
        self._pending_findings.setdefault(key, []).append((source, data))
        self._pending_finding_count += 1
        if self._pending_finding_count >= _FINDINGS_BATCH:
            self.flush()

    # -- whole steps' outcomes: a claim-level item's (report.claim_outcome), a file's scope decisions (plan) --
    def outcomes_held(self, keys: list[str]) -> set[str]:
        """Which of these outcomes are stored (asked before the pairs are computed: a held one needs none)."""
        if self._db is None or not keys:
            return set()
        held: set[str] = set()
        try:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                marks = ",".join("?" * len(part))
                rows = self._db.execute(f"SELECT key FROM {self.outcomes_table} WHERE key IN ({marks})", part)
                held.update(key for (key,) in rows)
        except sqlite3.Error as exc:
            self._fail(exc)
            return set()
        self._used_outcomes.extend(held)
        return held

    def outcome(self, key: str) -> bytes | None:
        row = self._row(f"SELECT data FROM {self.outcomes_table} WHERE key = ?", key)
        if row is None:
            return None
        self._used_outcomes.append(key)
        return bytes(row[0])

    def put_outcome(self, key: str, data: bytes) -> None:
        """Written at once, in its own transaction: one a claim, up to megabytes each."""
        if self._db is None:
            return
        try:
            self._db.execute(
                f"INSERT OR REPLACE INTO {self.outcomes_table} (key, data, at) VALUES (?, ?, ?)", (key, data, time.time())
            )
        except sqlite3.Error as exc:
            self._fail(exc)

    # -- the corpus index and its word expansions --------------------------------
    def load_index(self, key: str, ids: list[str], *, part: bool = False) -> CorpusIndex | None:
        """``part``: an index over a team member's share of the sources (see ``save_index``)."""
        path = self.folder / f"{'part' if part else 'index'}-{key}.npz"
        if self._db is None or not path.exists():
            return None
        try:
            index = CorpusIndex.load(path, ids)
            os.utime(path)  # recently used: kept by the tidying below
        except Exception as exc:  # noqa: BLE001 - unreadable, or damaged (cut short, garbled: zipfile, zlib, numpy)
            how = f"unreadable ({exc.strerror or exc})" if isinstance(exc, OSError) else f"damaged ({type(exc).__name__})"
            self.problem = f"cache index {path.name} is {how}; rebuilt and replaced"
            return None
        self.index_hits += 1
        return index

    def save_index(self, key: str, index: CorpusIndex, *, part: bool = False) -> None:
        """Kept for the next run; only the most recently used ``_INDEXES_KEPT`` indexes stay on disk, and as
        many ``part`` indexes (a team member's share, for the others of its run: they never push out a whole one)."""
        if self._db is None:
            return
        kind = "part" if part else "index"
        try:
            index.save(self.folder / f"{kind}-{key}.npz")
            kept = sorted(self.folder.glob(f"{kind}-*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in kept[_INDEXES_KEPT:]:
                old.unlink(missing_ok=True)
        except OSError as exc:
            self.problem = f"cache {self.folder}: index not kept ({exc})"

    def get_expansion(self, key: str) -> list[str] | None:
        row = self._row("SELECT readings FROM expansions WHERE key = ?", key)
        return None if row is None else (row[0].split("\n") if row[0] else [])

    def put_expansion(self, key: str, readings: list[str]) -> None:
        if self._db is not None:
            self._pending_expansions.append((key, "\n".join(readings)))

    # -- marks: where the workers of one run are (factcheck.team) --------------
    def mark(self, run: str, name: str, member: int) -> None:
        """Everything written so far is committed, then the mark: whoever sees it sees the work."""
        self.flush()
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO marks (run, name, member, at) VALUES (?, ?, ?, ?)",
                    (run, name, member, time.time()),
                )
        except sqlite3.Error as exc:
            self._fail(exc)

    def marked(self, run: str, name: str) -> int:
        """How many members of the run have left this mark."""
        if self._db is None:
            return 0
        try:
            row = self._db.execute("SELECT count(*) FROM marks WHERE run = ? AND name = ?", (run, name)).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            return 0
        return int(row[0])

    def _row(self, sql: str, *args: object) -> tuple[Any, ...] | None:
        """The query's first row; None when it has none, or when the cache is off (or fails now: turned off)."""
        if self._db is None:
            return None
        try:
            row: tuple[Any, ...] | None = self._db.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            return None
        return row

    def flush(self) -> None:
        if self._db is None or not (
            self._pending or self._pending_entries or self._pending_findings or self._pending_expansions
            or self._used_outcomes or self._pending_reads
        ):
            return
        blocks = [(key, _encoded_block(pairs)) for key, pairs in self._pending_findings.items()]
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR REPLACE INTO vocab (key, data) VALUES (?, ?)", self._pending)
                self._db.executemany(
                    f"INSERT OR IGNORE INTO lexicon_{LEXICON_VERSION} (word, main, lemmas, kind) VALUES (?, ?, ?, ?)",
                    self._pending_entries,
                )
                self._db.executemany(f"INSERT INTO {self.findings_table} (claim, data) VALUES (?, ?)", blocks)
                self._db.executemany(
                    "INSERT OR REPLACE INTO expansions (key, readings) VALUES (?, ?)", self._pending_expansions,
                )
                self._db.executemany(f"INSERT OR REPLACE INTO {self.reads_table} (key, data) VALUES (?, ?)",
                                     list(self._pending_reads.items()))
                now = time.time()  # outcomes are pruned once unused for _OUTCOMES_KEPT
                self._db.executemany(f"UPDATE {self.outcomes_table} SET at = ? WHERE key = ?",
                                     [(now, key) for key in dict.fromkeys(self._used_outcomes)])
        except sqlite3.Error as exc:
            self._fail(exc)
        self._pending.clear()
        self._pending_entries.clear()
        self._pending_findings.clear()
        self._pending_finding_count = 0
        self._pending_expansions.clear()
        self._pending_reads.clear()
        self._used_outcomes.clear()

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    def _fail(self, exc: Exception) -> None:
        self.problem = f"cache {self.folder} failed ({exc}); the rest of the run is uncached"
        if self._db is not None:
            self._db.close()
        self._db = None


def _enter_wal(db: sqlite3.Connection) -> None:
    """WAL mode, waiting for a run that is creating the same file at this moment.

    Switching the journal mode takes the lock without SQLite's busy handler: two xdist workers opening a new
    cache together had one of them run uncached ("database is locked"), with a note in its report.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT
    pause = 0.005
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def _encoded_block(pairs: list[tuple[str, str]]) -> bytes:
    """A claim's new findings, (source key, encoded finding) pairs, as one compressed row: a line a pair,
    the key, a tab, the finding.  Neither holds a tab or a line break (a key is a hash and a date; a finding
    is compact JSON, whose strings escape both).  As a JSON list of pairs, every quote of a finding was
    escaped again: a thousand claims over 3,000 articles spent seconds there, in the run's own process."""
    return pack("\n".join([f"{source}\t{data}" for source, data in pairs]).encode("utf-8", "surrogatepass"))


def _decoded_block(data: bytes) -> list[tuple[str, str]] | None:
    """None when damaged."""
    try:
        text = unpack(data).decode("utf-8", "surrogatepass")
    except ValueError:
        return None
    out = [line.partition("\t") for line in text.split("\n")] if text else []
    return [(source, value) for source, _, value in out] if all(tab for _, tab, _ in out) else None
