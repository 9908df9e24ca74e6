"""Whether this very run finished before, every outcome of it kept in the cache.

A run under pytest-xdist's ``-n N`` starts N more interpreters, each importing pytest and factcheck, collecting the
claim files and listing the corpus: about a second, against a warm serial run of one to three (``README``, "Speed
and scale"). A run whose every outcome is in the cache has nothing for those workers to share, so the plugin makes
it in one process. It knows the run by a mark that the last complete run of the same invocation left in the cache
folder: a hash of what decides the run's items and outcomes as the file system shows them, cheaply (the arguments,
the options that change an outcome, the ini file, the code, and every file under the claim folders, the named paths
and the corpus, by path, size, modification and change time and inode: ``whole_run.WholeRun.inputs``; a record
also holds the project's modules the run imported, checked before it is replayed).  ``run_record`` keeps a whole run under the
same mark, for which a stale mark would be a stale verdict: so the walk takes in at least every file a run reads
(pytest's collection prunes folders by ``norecursedirs``, the corpus loader skips hidden ones and follows links),
and a file changed too recently to be told from its next change gives no fingerprint to keep a run under.

A wrong guess costs time, never a verdict: a serial run and an xdist run give the same report
(``tests/test_scale_plugin.py``), and a serial run reads over forked processes of its own (``workers``). So the
mark may be stale (a file rewritten within its timestamp's resolution, the findings dropped since by a run of other
code): that run is made serially, as it would have been without ``-n``.
"""

from __future__ import annotations

import contextlib
import fnmatch
import glob
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CompleteRuns", "RunInputs", "fingerprint"]

# Folders a walk of the claim paths skips unless told otherwise: pytest's own default ``norecursedirs``.
NORECURSE = (".*", "*.egg", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}")
# Past this many files the walk is not cheap: no mark is looked for or left (the run uses its workers).
FILE_LIMIT = 20_000
# Marks kept in the cache folder: the most recently used, each an empty file.
KEEP = 64


@dataclass(frozen=True)
class RunInputs:
    """What a run is made of, as plain values: ``settings`` as text (arguments, selection, factcheck's options that
    change an outcome, the code's version), ``paths`` whose files are read (folders walked as pytest collects
    them, leaving out folders named as ``prune``'s patterns say), ``corpus`` (walked as the corpus loader reads it:
    links followed, hidden folders left out), and ``skip``, files and folders a run writes there (its reports, the
    cache), which must not make the next run look new."""

    settings: tuple[str, ...]
    paths: tuple[Path, ...]
    skip: frozenset[Path] = frozenset()
    prune: tuple[str, ...] = NORECURSE
    corpus: tuple[Path, ...] = ()


# Changes within this long of a fingerprint may share their time stamp with a change still to come (file
# systems stamp from a clock that ticks every few milliseconds): such a file's fingerprint cannot be trusted yet.
SETTLING_NS = 50_000_000


def fingerprint(inputs: RunInputs, *, limit: int = FILE_LIMIT, settled: bool = False) -> str | None:
    """The run's identity, or None when its paths hold more than ``limit`` files; with ``settled``, also None
    when a file changed within ``SETTLING_NS`` (another change in the same tick would leave it the same)."""
    recent = time.time_ns() - SETTLING_NS if settled else None
    digest = hashlib.blake2b(digest_size=16)
    for setting in inputs.settings:
        digest.update(setting.encode("utf-8", "surrogatepass") + b"\0")
    seen = 0
    for path in _files(inputs):
        seen += 1
        if seen > limit:
            return None
        try:
            stat = path.stat()
        except OSError:
            continue  # gone since it was listed: the next run sees it gone
        if recent is not None and stat.st_ctime_ns >= recent:
            return None
        # the change time too: a file rewritten with its size and modification time put back still changes it
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}\0{stat.st_ino}\0".encode(
            "utf-8", "surrogatepass"))
    return digest.hexdigest()


def _files(inputs: RunInputs) -> Iterator[Path]:
    """Every file under the paths (a glob's matches for a pattern, a folder it matches walked), once each, in a
    stable order."""
    found: set[Path] = set()
    for paths, prune in ((inputs.paths, inputs.prune), (inputs.corpus, (".*",))):
        for path in paths:
            matches = [Path(p) for p in glob.glob(str(path), recursive=True)] if glob.has_magic(str(path)) else [path]
            for match in matches:
                if match.is_dir():
                    found.update(_walk(match, inputs.skip, prune))
                else:
                    found.add(match)  # a missing file counts as missing (stat fails): its appearance changes the run
    yield from sorted(found - inputs.skip)


def _walk(folder: Path, skip: frozenset[Path], prune: tuple[str, ...]) -> Iterator[Path]:
    """Folder links are followed, each real folder walked once."""
    seen = {os.path.realpath(folder)}
    for root, dirs, files in os.walk(folder, followlinks=True):
        kept = []
        for name in dirs:
            real = os.path.realpath(os.path.join(root, name))
            if real not in seen and Path(root, name) not in skip and not any(fnmatch.fnmatch(name, p) for p in prune):
                seen.add(real)
                kept.append(name)
        dirs[:] = kept
        for name in files:
            yield Path(root, name)


class CompleteRuns:
    """The marks of complete runs, one empty file each in ``folder`` (the cache folder's ``complete-runs``).

    A mark is made by creating its file, which two runs may do at once; reading one is a stat."""

    def __init__(self, cache_folder: Path) -> None:
        self.folder = cache_folder / "complete-runs"

    def any(self) -> bool:
        """Whether any run left a mark: else a run need not compute its fingerprint to look."""
        try:
            with os.scandir(self.folder) as entries:
                return any(True for _ in entries)
        except OSError:
            return False

    def seen(self, mark: str) -> bool:
        path = self.folder / mark
        if not path.is_file():
            return False
        try:
            os.utime(path)  # used: kept among the most recent
        except OSError:
            pass
        return True

    def record(self, mark: str) -> bytes:
        """What the run left with its mark (``run_record``): empty when it left none, or there is no mark."""
        try:
            return (self.folder / mark).read_bytes()
        except OSError:
            return b""

    def forget(self, mark: str) -> None:
        """No mark, nor a record left before under it."""
        with contextlib.suppress(OSError):
            (self.folder / mark).unlink()

    def add(self, mark: str, record: bytes = b"") -> None:
        """Leave the mark with ``record`` (none: an empty mark, replacing a record this run could not keep), and let
        the oldest go past ``KEEP``; a folder that cannot be written is no error."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write(self.folder / mark, record)
            marks = sorted(self.folder.iterdir(), key=_age)
        except OSError:
            return
        for old in marks[:-KEEP]:
            try:
                old.unlink()
            except OSError:
                pass


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def _write(path: Path, data: bytes) -> None:
    """All at once: two runs may leave the same mark together, and a reader must see one record whole."""
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
