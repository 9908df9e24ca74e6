"""Where a report may be written (:func:`report_path_problem`), decided
before any test runs: a report written over a claim file or an article
destroys the user's input, and one dropped into a corpus or claims folder is
read back on the next run as a source or a claim file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.corpus.specs import TEXT_SUFFIXES, CorpusGlob, corpus_inputs, forms

__all__ = [
    "ALLOW_INSIDE_OPTION", "Inputs", "report_path_problem",
]

ALLOW_INSIDE_OPTION = "--factcheck-json-inside"
_CLAIM_SUFFIXES = (".yaml", ".yml")


# --------------------------------------------------------------------------
# Where the report may be written
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything a run reads, as absolute paths, so the report can stay off it."""

    corpus_folders: tuple[Path, ...] = ()
    corpus_files: tuple[Path, ...] = ()
    corpus_globs: tuple[CorpusGlob, ...] = ()
    claim_folders: tuple[Path, ...] = ()
    named_files: tuple[Path, ...] = ()  # files named on the command line
    config_files: tuple[Path, ...] = ()

    @classmethod
    def of_run(cls, corpus_specs: list[str], root: Path, claim_folders: Iterable[Path], named: Iterable[Path],
               config_file: Path | None) -> Inputs:
        folders, files, globs = corpus_inputs(corpus_specs, root)
        return cls(
            corpus_folders=folders, corpus_files=files, corpus_globs=globs,
            claim_folders=tuple(d for d in claim_folders if d.is_dir()),
            named_files=tuple(p for p in sorted(named) if p.is_file()),
            config_files=() if config_file is None else (config_file,),
        )


def _inside(path: Path, folder: Path) -> bool:
    return any(p.is_relative_to(f) for p in forms(path) for f in forms(folder))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _shown(path: Path, root: Path | None) -> str:
    if root is not None:
        for p in forms(path):
            for r in forms(root):
                if p.is_relative_to(r):
                    return p.relative_to(r).as_posix() or "."
    return str(path)


def _file_kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def report_path_problem(
    target: Path, inputs: Inputs, *, shown: str, allow_inside: bool = False, root: Path | None = None
) -> str | None:
    """Why the JSON report must not be written to ``target``, or None when it may.

    ``target`` is absolute; ``shown`` is how the user wrote it
    (``--factcheck-json=claims/x.yaml``), to be quoted back.  Overwriting an
    input (a claim file, an article, a file named on the command line, the
    pytest configuration) is refused always, also through a symbolic link;
    a path inside a corpus or claims folder only unless ``allow_inside``.
    Missing parent folders are fine (they are created, as for
    ``--junitxml``); a parent that is a file is not.
    """
    def refuse(why: str) -> str:
        return f"factcheck: {shown} {why}"

    link = f" (a symbolic link to {_shown(Path(os.path.realpath(target)), root)})" if target.is_symlink() else ""
    try:
        mode = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # a parent that is a file is reported below
    except OSError as exc:
        return refuse(f"cannot be used: {exc.strerror or exc}; choose another path")
    if mode is not None and stat.S_ISDIR(mode):
        return refuse(f"is a folder{link}, not a file; name the report file, e.g. {shown.rstrip('/')}/report.json")
    if mode is not None and not stat.S_ISREG(mode):
        return refuse(f"is {_file_kind(mode)}{link}, not a regular file; name a file, or leave the option out to write no report")

    if mode is not None:
        overwritten = [
            *(("a claim file" if f.suffix in _CLAIM_SUFFIXES else "a file named on the command line", f) for f in inputs.named_files),
            *(("a corpus file", f) for f in inputs.corpus_files),
            *(("the pytest configuration file", f) for f in inputs.config_files),
        ]
        for what, path in overwritten:
            if _same_file(target, path):
                return refuse(f"would overwrite {what}{link}; choose another path")
        real = Path(os.path.realpath(target))  # what a write through a link would replace
        reads_as_article = not real.name.startswith(".") and real.suffix.lower() in TEXT_SUFFIXES
        if real.suffix in _CLAIM_SUFFIXES and any(_inside(target, d) for d in inputs.claim_folders):
            return refuse(f"would overwrite a claim file{link}; choose another path")
        in_corpus = any(_inside(target, d) for d in inputs.corpus_folders) or any(
            g.matches(target) for g in inputs.corpus_globs
        )
        if (reads_as_article and in_corpus) or any(g.matches(target, folders=False) for g in inputs.corpus_globs):
            return refuse(f"would overwrite a corpus file{link}; choose another path")

    parent = Path(os.path.abspath(target)).parent
    while not os.path.lexists(parent) and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return refuse(f"cannot be written: {_shown(parent, root)} is a file, not a folder; choose another path")

    if allow_inside:
        return None
    allow = f"choose another path, or pass {ALLOW_INSIDE_OPTION} to write it there anyway"
    for folder in inputs.claim_folders:
        if _inside(target, folder):
            return refuse(f"is inside the claims folder {_shown(folder, root)}, where it could be taken "
                          f"for a claim file; {allow}")
    for folder in inputs.corpus_folders:
        if _inside(target, folder):
            return refuse(f"is inside the corpus folder {_shown(folder, root)}, where it could be read "
                          f"back as a source; {allow}")
    for g in inputs.corpus_globs:
        if g.matches(target):
            return refuse(f"matches the corpus glob {_shown(g.base / g.pattern, root)}, so it would be read "
                          f"back as a source; {allow}")
    return None
