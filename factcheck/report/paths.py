"""The JSON report (contract §5): computed here, written atomically, printed by no one.

Where the report may go is decided here too (:func:`report_path_problem`),
before any test runs: a report written over a claim file or an article
destroys the user's input, and one dropped into a corpus or claims folder is
read back on the next run as a source or a claim file.
"""

from __future__ import annotations

import fnmatch
import glob
import json
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from factcheck.claims.model import Claim
from factcheck.corpus.load import TEXT_SUFFIXES
from factcheck.corpus.source import Source
from factcheck.outcomes import Decision
from factcheck.report.atomic import write_atomic
from factcheck.verdicts import Evidence, Finding

__all__ = [
    "ALLOW_INSIDE_OPTION", "CorpusGlob", "Inputs", "Report", "corpus_inputs", "report_path_problem", "result_record",
]

ALLOW_INSIDE_OPTION = "--factcheck-json-inside"
_CLAIM_SUFFIXES = (".yaml", ".yml")


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {
        "text": ev.text,
        "start": ev.start,
        "end": ev.end,
        "line": ev.line,
        "col": ev.col,
        "role": ev.role.value,
        "score": ev.score,
        "sentence": ev.sentence,
        "reason": ev.reason,
    }


def result_record(file: str, claim: Claim, source: Source, finding: Finding, decision: Decision) -> dict[str, Any]:
    """One result as JSON-ready data: it travels through pytest's user_properties."""
    return {
        "file": file,
        "claim": claim.id,
        "kind": claim.kind,
        "source": source.id,
        "verdict": finding.verdict.value,
        "outcome": decision.outcome.value,
        "expected": decision.expected,
        "warning": decision.warning,
        "score": finding.score,
        "reason": finding.reason,
        "evidence": [_evidence(e) for e in finding.evidence],
    }


@dataclass
class Report:
    sources: list[Source] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)

    def add(self, record: dict[str, Any]) -> None:
        self.results.append(record)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.results:
            out[r["verdict"]] = out.get(r["verdict"], 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "sources": [
                {"id": s.id, "path": s.path, "chars": len(s.text)}
                | ({"line": s.record_line} if s.record_line is not None else {})
                for s in self.sources
            ],
            "problems": list(self.problems),
            "results": sorted(self.results, key=lambda r: (r["file"], r["claim"], r["source"])),
        }

    def write(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n")


# --------------------------------------------------------------------------
# Where the report may be written
# --------------------------------------------------------------------------


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
        for candidate in _forms(path):
            for base in _forms(self.base):
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


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything a run reads, as absolute paths, so the report can stay off it."""

    corpus_folders: tuple[Path, ...] = ()
    corpus_files: tuple[Path, ...] = ()
    corpus_globs: tuple[CorpusGlob, ...] = ()
    claim_folders: tuple[Path, ...] = ()
    named_files: tuple[Path, ...] = ()  # files named on the command line
    config_files: tuple[Path, ...] = ()


def corpus_inputs(specs: Iterable[str], rootdir: Path) -> tuple[tuple[Path, ...], tuple[Path, ...], tuple[CorpusGlob, ...]]:
    """The folders, files and globs that corpus specs name, read as ``load_corpus`` reads them.

    Only names are looked at, no file is opened: this runs before the corpus
    is loaded, so that a bad report path stops the run at once.
    """
    folders: list[Path] = []
    files: list[Path] = []
    globs: list[CorpusGlob] = []
    for raw in specs:
        if not raw.strip():
            continue
        raw = os.path.expanduser(raw) if raw.startswith("~") else raw
        full = Path(raw if os.path.isabs(raw) else os.path.join(os.path.abspath(rootdir), raw))
        if os.path.lexists(full):
            (folders if full.is_dir() else files).append(full)
        elif glob.has_magic(raw):
            parts = PurePath(raw).parts
            fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
            base = Path(*parts[:fixed]) if fixed else Path()
            base = base if base.is_absolute() else Path(os.path.abspath(rootdir)) / base
            globs.append(CorpusGlob(base, PurePath(*parts[fixed:]).as_posix()))
    return tuple(folders), tuple(files), tuple(globs)


def _forms(path: Path) -> list[Path]:
    """A path as written (made absolute) and with every symbolic link resolved."""
    written = Path(os.path.abspath(path))
    real = Path(os.path.realpath(path))
    return [written] if real == written else [written, real]


def _inside(path: Path, folder: Path) -> bool:
    return any(p.is_relative_to(f) for p in _forms(path) for f in _forms(folder))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _shown(path: Path, root: Path | None) -> str:
    if root is not None:
        for p in _forms(path):
            for r in _forms(root):
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
