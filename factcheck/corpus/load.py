"""Read the articles to check (contract §3) without ever failing on one of them.

A corpus is what users have lying around: folders of scraped ``.txt`` files,
a glob, a JSONL dump.  Real corpora contain stray binaries, empty files, old
Windows-1256 exports and broken symlinks; one bad file must not hide the
verdicts on all the good ones.  So nothing here raises for a bad file:
every problem becomes a :class:`CorpusProblem` that says where it is and how
to fix it, and the good sources load anyway.  Files are only ever opened for
reading.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from factcheck.corpus.decode import DEFAULT_MAX_BYTES, DecodeProblem, os_message, read_text_file
from factcheck.corpus.html_text import html_to_text
from factcheck.corpus.jsonl import DEFAULT_FIELDS, JsonlFields, read_jsonl, read_parquet
from factcheck.corpus.listing import ListingStore, listed_jsonl
from factcheck.corpus.source import CorpusProblem, Source
from factcheck.corpus.specs import (
    HOW,
    HTML_SUFFIXES,
    is_jsonl,
    is_text_name,
    magic_base,
    resolve_spec,
    source_id,
    within,
)
from factcheck.corpus.texts import TextStore

__all__ = ["Corpus", "load_corpus", "said_once"]


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(text: str) -> str:
    """A path with undecodable bytes or lone surrogates written as escapes (``\\udce3``), for messages and reports."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True, slots=True)
class Corpus:
    """The good sources (sorted by id, ids unique) and what went wrong with the rest."""

    sources: list[Source]
    problems: list[CorpusProblem]


class _Loader:
    def __init__(
        self, rootdir: Path, max_bytes: int, fields: JsonlFields, step: Callable[[int], None], option: str,
        listings: ListingStore | None = None,
    ) -> None:
        self.rootdir = rootdir
        self.listings = listings
        self.step = step
        self.fields = fields
        self.root_abs = os.path.abspath(rootdir)
        self.root_real = os.path.realpath(rootdir)
        self.max_bytes = max_bytes
        self.sources: list[Source] = []
        self.texts = TextStore()  # past a limit, texts wait on disk until needed
        self.problems: list[CorpusProblem] = []
        # id -> (display location, (real path, record line) it came from)
        self.seen: dict[str, tuple[str, tuple[str, int | None]]] = {}
        self.how = HOW.replace("--factcheck-corpus", option)  # a problem's advice names the user's option

    # -- helpers ----------------------------------------------------------

    def display(self, path: str) -> str:
        """Relative to rootdir when inside it (contract §5), else absolute; bytes of a file name that are not
        UTF-8 written as escapes (``_printable``)."""
        return _printable(self._display(path))

    def _display(self, path: str) -> str:
        ap = os.path.abspath(path)
        if within(ap, self.root_abs):
            return PurePath(os.path.relpath(ap, self.root_abs)).as_posix()
        # rootdir may have been given through a symlink (/tmp on macOS).
        parent = os.path.realpath(os.path.dirname(ap))
        if within(parent, self.root_real):
            rel = os.path.relpath(
                os.path.join(parent, os.path.basename(ap)), self.root_real
            )
            return PurePath(rel).as_posix()
        return ap

    def problem(self, path: str, line: int | None, message: str) -> None:
        self.problems.append(CorpusProblem(path, line, message))

    def add(self, source: Source, real: str) -> None:
        if not _is_utf8(source.id):
            # a file name in another encoding, a lone surrogate escape in an id: no report could hold it
            self.problem(source.path, source.record_line, (
                "the file name is not valid UTF-8; rename the file (this article is skipped)"
                if source.record_line is None else
                "the record's id is not valid UTF-8 (an unpaired surrogate escape); fix the record"))
            return
        where = (
            source.path
            if source.record_line is None
            else f"{source.path}:{source.record_line}"
        )
        earlier = self.seen.get(source.id)
        if earlier is not None:
            earlier_where, origin = earlier
            if origin == (real, source.record_line):
                return  # the same file or record reached through two specs
            self.problem(
                source.path,
                source.record_line,
                f"duplicate source id {source.id!r}: already read from {earlier_where}; "
                "rename one of them (this one is skipped)",
            )
            return
        self.seen[source.id] = (where, (real, source.record_line))
        self.sources.append(self.texts.keep(source))
        self.step(1)

    # -- specs ------------------------------------------------------------

    def add_spec(self, spec: str | os.PathLike[str]) -> None:
        resolved = resolve_spec(spec, self.rootdir)
        raw, full = resolved.raw, resolved.full
        if resolved.kind == "empty":
            self.problem(repr(raw), None, "empty corpus path; " + self.how)
        elif resolved.kind == "folder":
            self.add_folder(full)
        elif resolved.kind == "file":
            self.add_file(full, os.path.dirname(os.path.abspath(full)))
        elif resolved.kind == "glob":
            self.add_glob(raw, full)
        else:
            self.problem(raw, None, f"no such file or folder; {self.how}")

    def add_glob(self, raw: str, full: str) -> None:
        if os.path.isabs(raw):
            pattern = raw
            base = magic_base(raw)
        else:
            pattern = os.path.join(glob.escape(self.root_abs), raw)
            base = os.path.join(self.root_abs, magic_base(raw))
        matches = sorted(glob.glob(pattern, recursive=True))
        done: set[str] = set()
        found = False
        for match in matches:
            if os.path.isdir(match):
                # `corpus/**` also matches folders: read their articles once.
                for path in self.walk(match):
                    key = os.path.abspath(path)
                    if key not in done:
                        done.add(key)
                        found = True
                        self.add_file(path, base)
            else:
                key = os.path.abspath(match)
                if key not in done:
                    done.add(key)
                    found = True
                    self.add_file(match, base)
        if not found:
            self.problem(raw, None, "glob matches no file; " + self.how)

    def add_folder(self, folder: str) -> None:
        found = False
        for path in self.walk(folder):
            found = True
            self.add_file(path, folder)
        if not found:
            self.problem(
                self.display(folder),
                None,
                "folder has no *.txt, *.md or *.html file; " + self.how,
            )

    def walk(self, top: str) -> Iterator[str]:
        """Text files under ``top``, sorted, never looping and never twice.

        Folder symlinks are followed when they lead out of the tree (a corpus
        assembled from links); a link back into the tree is skipped because
        its files are read at their own place, and a link to one of its own
        ancestors is reported as a loop.  Hidden files and folders are skipped.
        """
        top_real = os.path.realpath(top)
        visited = {top_real}

        def on_error(exc: OSError) -> None:
            where = exc.filename if isinstance(exc.filename, str) else top
            self.problem(self.display(where), None, os_message(where, exc, "folder"))

        for dirpath, dirnames, filenames in os.walk(
            top, onerror=on_error, followlinks=True
        ):
            here_real = os.path.realpath(dirpath)
            keep: list[str] = []
            for name in sorted(dirnames):
                if name.startswith("."):
                    continue
                sub = os.path.join(dirpath, name)
                if not os.path.islink(sub):
                    keep.append(name)
                    continue
                real = os.path.realpath(sub)
                if within(here_real, real):
                    self.problem(
                        self.display(sub),
                        None,
                        "symbolic link loop: the link points to a folder that contains it; "
                        "remove the link (skipped)",
                    )
                elif within(real, top_real) or real in visited:
                    continue
                else:
                    visited.add(real)
                    keep.append(name)
            dirnames[:] = keep
            for name in sorted(filenames):
                if is_text_name(name):
                    yield os.path.join(dirpath, name)

    # -- files ------------------------------------------------------------

    def add_file(self, path: str, base: str) -> None:
        if is_jsonl(path):
            self.add_jsonl(path)
            return
        if path.lower().endswith(".parquet"):
            self.add_records(path, read_parquet(path, shown=self.display(path), fields=self.fields))
            return
        shown = self.display(path)
        try:
            text = read_text_file(Path(path), max_bytes=self.max_bytes)
        except DecodeProblem as e:
            self.problem(shown, e.line, e.message)
            return
        if path.lower().endswith(HTML_SUFFIXES):
            text = html_to_text(text)
        if not text.strip():
            self.problem(
                shown,
                None,
                "empty file; write the article into it or remove it from the corpus",
            )
            return
        self.add(Source(source_id(path, base), shown, text), os.path.realpath(path))

    def add_jsonl(self, path: str) -> None:
        shown = self.display(path)
        self.add_records(path, read_jsonl(path, shown=shown, max_bytes=self.max_bytes, fields=self.fields)
                         if self.listings is None else
                         listed_jsonl(path, shown=shown, max_bytes=self.max_bytes, fields=self.fields, store=self.listings,
                                      spill=self.texts.spill))

    def add_records(self, path: str, items: Iterable[Source | CorpusProblem]) -> None:
        """A feed's records; a problem that many of them share is said once (a text field under another name
        made one line per record: 31,000 lines over ANT)."""
        real = os.path.realpath(path)
        problems: list[CorpusProblem] = []
        for item in items:
            if isinstance(item, CorpusProblem):
                problems.append(item)
            else:
                self.add(item, real)
        self.problems.extend(said_once(problems))


# Records of one file with the same problem listed one by one; past this, the problem is said once.
_LISTED = 3
_OWN_FIELDS = re.compile(r" \(its fields: [^)]*\)")


def said_once(problems: list[CorpusProblem]) -> list[CorpusProblem]:
    """Problems in order, those that more than ``_LISTED`` records share said once, at the first of them."""
    keys = [_OWN_FIELDS.sub("", problem.message) for problem in problems]  # the same but for a record's own fields
    shared: dict[str, list[CorpusProblem]] = {}
    for key, problem in zip(keys, problems):
        shared.setdefault(key, []).append(problem)
    out: list[CorpusProblem] = []
    for key, problem in zip(keys, problems):
        same = shared[key]
        if len(same) <= _LISTED:
            out.append(problem)
        elif problem is same[0]:
            out.append(CorpusProblem(problem.path, problem.line, f"{problem.message} (so do {len(same) - 1:,} more records)"))
    return out


def load_corpus(
    specs: Sequence[str | os.PathLike[str]],
    rootdir: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fields: JsonlFields = DEFAULT_FIELDS,
    step: Callable[[int], None] = lambda n: None,
    option: str = "--factcheck-corpus",
    listings: ListingStore | None = None,
) -> Corpus:
    """Every source named by ``specs``; bad files are problems, never exceptions.  ``step(n)``: n more read;
    ``option``: where the user gave the specs, as the problems' advice names it; ``listings``: where the
    listings of JSONL feeds are kept across runs (:mod:`factcheck.corpus.listing`), if anywhere.

    Specs are read in order, so on a duplicate id the earlier spec wins and
    the later file is reported.  Relative specs are relative to ``rootdir``
    (not the working directory), like the rest of pytest's configuration.
    """
    loader = _Loader(rootdir, max_bytes, fields, step, option, listings)
    for spec in specs:
        loader.add_spec(spec)
    return Corpus(sorted(loader.sources, key=lambda s: s.id), loader.problems)
