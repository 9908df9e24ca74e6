"""Corpus path specs (``--factcheck-corpus``): what a folder, file or glob names.

One place resolves a spec, used both by the loader and by the report's
safety checks (which must know the corpus before it is read).
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Literal

__all__ = [
    "HOW",
    "HTML_SUFFIXES",
    "TEXT_SUFFIXES",
    "CorpusGlob",
    "is_feed",
    "ResolvedSpec",
    "corpus_inputs",
    "forms",
    "is_jsonl",
    "is_text_name",
    "magic_base",
    "resolve_spec",
    "source_id",
    "within",
]

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
HOW = "pass a folder, a glob, a .jsonl or a .parquet file to --factcheck-corpus"


def is_jsonl(path: str) -> bool:
    return path.lower().endswith((".jsonl", ".jsonl.gz"))


def is_feed(path: str) -> bool:
    """A file of records (JSONL, Parquet), each with its own fields: a publication date among them."""
    return is_jsonl(path) or path.lower().endswith(".parquet")


def is_text_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES)


def within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def source_id(path: str, base: str) -> str:
    """A file's path relative to its corpus folder, without extension (contract §3)."""
    rel = PurePath(os.path.relpath(path, base))
    return rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()


def magic_base(pattern: str) -> str:
    """The leading folders of a glob before its first wildcard."""
    parts = PurePath(pattern).parts
    fixed: list[str] = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return str(PurePath(*fixed)) if fixed else os.curdir


@dataclass(frozen=True, slots=True)
class ResolvedSpec:
    """What one spec names: ``full`` is absolute (relative specs are relative to rootdir)."""

    raw: str
    full: str
    kind: Literal["folder", "file", "glob", "missing", "empty"]


def resolve_spec(spec: str | os.PathLike[str], rootdir: Path) -> ResolvedSpec:
    raw = os.fspath(spec)
    if not raw.strip():
        return ResolvedSpec(raw, raw, "empty")
    if raw.startswith("~"):
        raw = os.path.expanduser(raw)
    full = raw if os.path.isabs(raw) else os.path.join(os.path.abspath(rootdir), raw)
    if os.path.lexists(full):
        return ResolvedSpec(raw, full, "folder" if os.path.isdir(full) else "file")
    if glob.has_magic(raw):
        return ResolvedSpec(raw, full, "glob")
    return ResolvedSpec(raw, full, "missing")


def forms(path: Path) -> list[Path]:
    """A path as written (made absolute) and with every symbolic link resolved."""
    written = Path(os.path.abspath(path))
    real = Path(os.path.realpath(path))
    return [written] if real == written else [written, real]


@dataclass(frozen=True, slots=True)
class CorpusGlob:
    """A corpus glob split into its literal folder and the wildcard rest.

    Kept apart so a rootdir with ``[`` in its name is not read as a wildcard.
    """

    base: Path
    pattern: str  # relative to base, '/'-separated, may hold ``**``

    def matches(self, path: Path, *, folders: bool = True) -> bool:
        """Whether ``path`` matches, or (with ``folders``) lies in a matched folder.

        A matched file is read whatever its suffix; a matched folder is
        walked for articles, so anything under it is inside the corpus.
        """
        want = PurePath(self.pattern).parts
        for candidate in forms(path):
            for base in forms(self.base):
                try:
                    parts = candidate.relative_to(base).parts
                except ValueError:
                    continue
                ends = range(1, len(parts) + 1) if folders else range(len(parts), len(parts) + 1)
                if any(_match_parts(want, parts[:n]) for n in ends):
                    return True
        return False


def _match_parts(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    """Glob matching of path parts, with ``**`` for any number of folders."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_match_parts(rest, parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], head) and _match_parts(rest, parts[1:])



def corpus_inputs(specs: Iterable[str], rootdir: Path) -> tuple[tuple[Path, ...], tuple[Path, ...], tuple[CorpusGlob, ...]]:
    """The folders, files and globs that corpus specs name, read as ``load_corpus`` reads them.

    Only names are looked at, no file is opened: this runs before the corpus
    is loaded, so that a bad report path stops the run at once.
    """
    folders: list[Path] = []
    files: list[Path] = []
    globs: list[CorpusGlob] = []
    for spec in specs:
        resolved = resolve_spec(spec, rootdir)
        raw, full = resolved.raw, Path(resolved.full)
        if resolved.kind == "folder":
            folders.append(full)
        elif resolved.kind == "file":
            files.append(full)
        elif resolved.kind == "glob":
            parts = PurePath(raw).parts
            fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
            base = Path(*parts[:fixed]) if fixed else Path()
            base = base if base.is_absolute() else Path(os.path.abspath(rootdir)) / base
            globs.append(CorpusGlob(base, PurePath(*parts[fixed:]).as_posix()))
    return tuple(folders), tuple(files), tuple(globs)
