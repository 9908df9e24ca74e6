"""Read the articles to check (contract §3) without ever failing on one of them.

A corpus is what users have lying around: folders of scraped ``.txt`` files,
a glob, a JSONL dump.  Real corpora contain stray binaries, empty files, old
Windows-1256 exports and broken symlinks; one bad file must not hide the
verdicts on all the good ones.  So nothing here raises for a bad file:
every problem becomes a :class:`CorpusProblem` that says where it is and how
to fix it, and the good sources load anyway.

The text is kept exactly as decoded (only a byte order mark is dropped):
evidence offsets are reported into it, so any normalization here would make
``text == source_text[start:end]`` false.  Files are only ever opened for
reading.
"""

from __future__ import annotations

import errno
import glob
import gzip
import json
import os
import re
import stat
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Protocol

from factcheck.corpus.source import Source

__all__ = [
    "DEFAULT_MAX_BYTES",
    "TEXT_SUFFIXES",
    "Corpus",
    "CorpusProblem",
    "DecodeProblem",
    "decode_bytes",
    "load_corpus",
    "read_text_file",
]

DEFAULT_MAX_BYTES = 20_000_000  # no news article is this long; a scrape gone wrong is
TEXT_SUFFIXES = (".txt", ".md")
_HOW = "pass a folder, a glob or a .jsonl file to --factcheck-corpus"
_NOTHING = f"no such file or folder; {_HOW}"
_BINARY = "binary file, not text; remove it from the corpus or narrow the glob"
_RESAVE = (
    "re-save the file as UTF-8, e.g. `iconv -f WINDOWS-1256 -t UTF-8 in.txt > out.txt`"
)

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

# Whitespace controls are text; any other C0/C1 control is a sign of binary data.
# (Cc is exactly U+0000-001F and U+007F-009F; a regex keeps big files fast.)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Share of control characters above which valid UTF-8 is still called binary.
_MAX_CONTROL_SHARE = 0.10
# A guessed encoding (cp1256, UTF-16 without BOM) must read as clean text.
_MAX_GUESS_CONTROL_SHARE = 0.01
# Share of non-space characters that must be Arabic to accept Windows-1256.
_MIN_ARABIC_SHARE = 0.30


@dataclass(frozen=True, slots=True)
class CorpusProblem:
    """A corpus file that could not be used, and what the user should do."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """The good sources (sorted by id, ids unique) and what went wrong with the rest."""

    sources: list[Source]
    problems: list[CorpusProblem]


class DecodeProblem(Exception):
    """A file cannot be read as text; ``line`` is 1-based, or None when no line applies."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for _ in _CONTROL.finditer(text)) / len(text)


def _arabic_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return sum(1 for c in visible if "\u0600" <= c <= "\u06ff") / len(visible)


def _looks_like_text(text: str) -> bool:
    """Whether a guessed decoding reads as text rather than noise."""
    if "\x00" in text or not text.strip():
        return False
    if _control_share(text) > _MAX_GUESS_CONTROL_SHARE:
        return False
    odd = sum(1 for c in text if unicodedata.category(c) in ("Cn", "Co", "Cs"))
    return odd <= len(text) * _MAX_GUESS_CONTROL_SHARE


def _line_of_byte(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM, recognised by its NUL high bytes.

    ASCII spaces and digits in UTF-16 have a NUL high byte, so a UTF-16 file
    has NULs mostly at odd offsets (little-endian) or even ones (big-endian);
    binary data has NULs anywhere.  The guess must then decode to clean text.
    """
    if len(data) < 2 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    chars = len(data) // 2
    for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= max(1, chars // 20) and other <= nuls // 10:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Whether invalid UTF-8 is still mainly UTF-8 (a few corrupt bytes).

    UTF-8 Arabic read as Windows-1256 is mojibake made of Arabic letters
    (``ط§ظ„``), so the Arabic-share test alone would accept it; real
    Windows-1256 text almost never contains a valid multi-byte sequence.
    """
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for c in decoded if c > "\x7f" and c != "\ufffd")
    return good > bad


def decode_bytes(data: bytes) -> str:
    """Decode a corpus file, accepting a guessed encoding only when it is certain.

    A wrong guess would silently turn an article into mojibake that matches
    nothing, so doubtful files are refused with a way to fix them instead.
    """
    if data.startswith(_UTF8_BOM):
        body = data[len(_UTF8_BOM) :]
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as e:
            raise DecodeProblem(
                f"starts with a UTF-8 byte order mark but byte 0x{body[e.start]:02x} is not "
                f"valid UTF-8; {_RESAVE}",
                _line_of_byte(body, e.start),
            ) from None
    for bom, encoding in _UTF16_BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError as e:
                prefix = body[: e.start - e.start % 2].decode(
                    encoding, errors="replace"
                )
                raise DecodeProblem(
                    f"starts with a {encoding.upper()} byte order mark but is not valid "
                    f"{encoding.upper()}; {_RESAVE.replace('WINDOWS-1256', encoding.upper())}",
                    prefix.count("\n") + 1,
                ) from None
            if "\x00" in text or _control_share(text) > _MAX_CONTROL_SHARE:
                raise DecodeProblem(_BINARY)
            return text
    if b"\x00" in data:
        text16 = _guess_utf16(data)
        if text16 is None:
            raise DecodeProblem(_BINARY)
        return text16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad_at = e.start
    else:
        if _control_share(text) > _MAX_CONTROL_SHARE:
            raise DecodeProblem(_BINARY)
        return text
    guess = data.decode("cp1256")  # every byte is defined in cp1256
    if (
        not _mostly_utf8(data)
        and _control_share(guess) <= _MAX_GUESS_CONTROL_SHARE
        and _arabic_share(guess) >= _MIN_ARABIC_SHARE
    ):
        return guess
    if _control_share(guess) > _MAX_CONTROL_SHARE:
        raise DecodeProblem(_BINARY)
    raise DecodeProblem(
        f"unknown encoding: byte 0x{data[bad_at]:02x} is not valid UTF-8 and the file "
        f"does not read as Windows-1256 Arabic; {_RESAVE}",
        _line_of_byte(data, bad_at),
    )


# --------------------------------------------------------------------------
# Reading one file
# --------------------------------------------------------------------------


def _os_message(path: str, exc: OSError, what: str = "file") -> str:
    """One line for an OS error, with what the user can do about it."""
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"broken symbolic link to {target!r}; fix the link or remove it"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop; fix the link or remove it"
    reason = exc.strerror or str(exc)
    if isinstance(exc, PermissionError):
        return f"cannot read {what}: {reason}; make it readable (`chmod +r`) or remove it from the corpus"
    return (
        f"cannot read {what}: {reason}; check the {what} or remove it from the corpus"
    )


def _too_large(size: int, max_bytes: int) -> DecodeProblem:
    return DecodeProblem(
        f"file is too large ({size:,} bytes, the limit is {max_bytes:,}); split it into articles, "
        "or raise the limit with --factcheck-max-bytes"
    )


class _Lines(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def _skip_line(fh: _Lines) -> int:
    """Read past the rest of an over-long line, in bounded chunks; how many bytes it had."""
    size = 0
    while True:
        chunk = fh.readline(1 << 20)
        size += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return size


def _check_regular(path: str, max_bytes: int | None) -> None:
    try:
        st = os.stat(path)
    except OSError as e:
        raise DecodeProblem(_os_message(path, e)) from None
    if not stat.S_ISREG(st.st_mode):
        # A FIFO or device would block or never end.
        raise DecodeProblem(
            "not a regular file; remove it from the corpus or narrow the glob"
        )
    if max_bytes is not None and st.st_size > max_bytes:
        raise _too_large(st.st_size, max_bytes)


def read_text_file(path: Path, *, max_bytes: int | None = None) -> str:
    """The text of one file, or a :class:`DecodeProblem` saying why it has none.

    OS errors become ``DecodeProblem`` too, so callers handle one exception
    for "this file cannot be used".  The size is checked before reading, so
    a huge file is refused without being loaded.
    """
    name = os.fspath(path)
    _check_regular(name, max_bytes)
    try:
        with open(name, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except OSError as e:
        raise DecodeProblem(_os_message(name, e)) from None
    if max_bytes is not None and len(data) > max_bytes:  # grew since stat
        raise _too_large(len(data), max_bytes)
    return decode_bytes(data)


# --------------------------------------------------------------------------
# Loading a corpus
# --------------------------------------------------------------------------


def _is_jsonl(path: str) -> bool:
    lower = path.lower()
    return lower.endswith((".jsonl", ".jsonl.gz"))


def _is_text_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES)


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _source_id(path: str, base: str) -> str:
    rel = PurePath(os.path.relpath(path, base))
    return rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()


def _magic_base(pattern: str) -> str:
    """The leading folders of a glob before its first wildcard."""
    parts = PurePath(pattern).parts
    fixed: list[str] = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return str(PurePath(*fixed)) if fixed else os.curdir


class _Loader:
    def __init__(self, rootdir: Path, max_bytes: int) -> None:
        self.root_abs = os.path.abspath(rootdir)
        self.root_real = os.path.realpath(rootdir)
        self.max_bytes = max_bytes
        self.sources: list[Source] = []
        self.problems: list[CorpusProblem] = []
        # id -> (display location, (real path, record line) it came from)
        self.seen: dict[str, tuple[str, tuple[str, int | None]]] = {}

    # -- helpers ----------------------------------------------------------

    def display(self, path: str) -> str:
        """Relative to rootdir when inside it (contract §5), else absolute."""
        ap = os.path.abspath(path)
        if _within(ap, self.root_abs):
            return PurePath(os.path.relpath(ap, self.root_abs)).as_posix()
        # rootdir may have been given through a symlink (/tmp on macOS).
        parent = os.path.realpath(os.path.dirname(ap))
        if _within(parent, self.root_real):
            rel = os.path.relpath(
                os.path.join(parent, os.path.basename(ap)), self.root_real
            )
            return PurePath(rel).as_posix()
        return ap

    def problem(self, path: str, line: int | None, message: str) -> None:
        self.problems.append(CorpusProblem(path, line, message))

    def add(self, source: Source, real: str) -> None:
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
        self.sources.append(source)

    # -- specs ------------------------------------------------------------

    def add_spec(self, spec: str | os.PathLike[str]) -> None:
        raw = os.fspath(spec)
        if not raw.strip():
            self.problem(repr(raw), None, "empty corpus path; " + _HOW)
            return
        if raw.startswith("~"):
            raw = os.path.expanduser(raw)
        full = raw if os.path.isabs(raw) else os.path.join(self.root_abs, raw)
        if os.path.lexists(full):
            if os.path.isdir(full):
                self.add_folder(full)
            else:
                self.add_file(full, os.path.dirname(os.path.abspath(full)))
            return
        if glob.has_magic(raw):
            self.add_glob(raw, full)
            return
        self.problem(raw, None, _NOTHING)

    def add_glob(self, raw: str, full: str) -> None:
        if os.path.isabs(raw):
            pattern = raw
            base = _magic_base(raw)
        else:
            pattern = os.path.join(glob.escape(self.root_abs), raw)
            base = os.path.join(self.root_abs, _magic_base(raw))
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
            self.problem(raw, None, "glob matches no file; " + _HOW)

    def add_folder(self, folder: str) -> None:
        found = False
        for path in self.walk(folder):
            found = True
            self.add_file(path, folder)
        if not found:
            self.problem(
                self.display(folder),
                None,
                "folder has no *.txt or *.md file; " + _HOW,
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
            self.problem(self.display(where), None, _os_message(where, exc, "folder"))

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
                if _within(here_real, real):
                    self.problem(
                        self.display(sub),
                        None,
                        "symbolic link loop: the link points to a folder that contains it; "
                        "remove the link (skipped)",
                    )
                elif _within(real, top_real) or real in visited:
                    continue
                else:
                    visited.add(real)
                    keep.append(name)
            dirnames[:] = keep
            for name in sorted(filenames):
                if _is_text_name(name):
                    yield os.path.join(dirpath, name)

    # -- files ------------------------------------------------------------

    def add_file(self, path: str, base: str) -> None:
        if _is_jsonl(path):
            self.add_jsonl(path)
            return
        shown = self.display(path)
        try:
            text = read_text_file(Path(path), max_bytes=self.max_bytes)
        except DecodeProblem as e:
            self.problem(shown, e.line, e.message)
            return
        if not text.strip():
            self.problem(
                shown,
                None,
                "empty file; write the article into it or remove it from the corpus",
            )
            return
        self.add(Source(_source_id(path, base), shown, text), os.path.realpath(path))

    def add_jsonl(self, path: str) -> None:
        shown = self.display(path)
        gz = path.lower().endswith(".gz")
        try:
            # The limit is per article: a JSONL file may hold a whole corpus.
            _check_regular(path, None)
        except DecodeProblem as e:
            self.problem(shown, e.line, e.message)
            return
        real = os.path.realpath(path)
        records = 0
        lineno = 0
        try:
            with gzip.open(path, "rb") if gz else open(path, "rb") as fh:
                while True:
                    raw = fh.readline(self.max_bytes + 2)  # the record and its \r\n
                    if not raw:
                        break
                    lineno += 1
                    complete = raw.endswith(b"\n")
                    if len(raw.rstrip(b"\r\n") if complete else raw) > self.max_bytes:
                        size = len(raw) + (0 if complete else _skip_line(fh))
                        records += 1
                        self.problem(
                            shown,
                            lineno,
                            f"record is too large ({size:,} bytes, the limit is {self.max_bytes:,}); "
                            "split the article, or raise the limit with --factcheck-max-bytes (record skipped)",
                        )
                        continue
                    if lineno == 1 and raw.startswith(_UTF8_BOM):
                        raw = raw[len(_UTF8_BOM) :]
                    if not raw.strip():
                        continue
                    records += 1
                    self.add_record(raw, shown, lineno, real)
        except (OSError, EOFError, zlib.error) as e:
            # gzip reports a corrupt or truncated archive as OSError/EOFError/zlib.error.
            message = (
                _os_message(path, e)
                if isinstance(e, OSError) and not isinstance(e, gzip.BadGzipFile)
                else f"cannot read compressed file: {e}; re-create the .gz file"
            )
            self.problem(shown, lineno + 1 if lineno else None, message)
            return
        if records == 0:
            self.problem(
                shown, None, "empty file: no records; write one JSON object per line"
            )

    def add_record(self, raw: bytes, shown: str, lineno: int, real: str) -> None:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.problem(
                shown,
                lineno,
                f"line is not UTF-8 (byte 0x{raw[e.start]:02x}); JSONL must be UTF-8: {_RESAVE}",
            )
            return
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as e:
            self.problem(
                shown, lineno, f"line is not JSON: {e}; write one JSON object per line"
            )
            return
        if not isinstance(record, dict):
            self.problem(
                shown,
                lineno,
                f"record is {_json_kind(record)}, not an object; write "
                '{"id": ..., "text": ...} on each line',
            )
            return
        rid = record.get("id")
        if rid is None or (isinstance(rid, str) and not rid.strip()):
            self.problem(
                shown,
                lineno,
                'record has no "id" field; give every record a unique "id"',
            )
            return
        if isinstance(rid, bool) or not isinstance(rid, (str, int, float)):
            self.problem(
                shown,
                lineno,
                f'"id" field is {_json_kind(rid)}; make it a string or a number',
            )
            return
        if "text" not in record:
            self.problem(
                shown, lineno, 'record has no "text" field; put the article in "text"'
            )
            return
        text = record["text"]
        if not isinstance(text, str):
            self.problem(
                shown,
                lineno,
                f'"text" field is {_json_kind(text)}, not a string; put the article in "text"',
            )
            return
        if not text.strip():
            self.problem(
                shown, lineno, '"text" field is empty; fill it or remove the record'
            )
            return
        if any("\ud800" <= c <= "\udfff" for c in text):
            self.problem(
                shown,
                lineno,
                '"text" field contains an unpaired surrogate escape (\\ud800-\\udfff); fix the record',
            )
            return
        self.add(Source(str(rid), shown, text, lineno), real)


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def load_corpus(
    specs: Sequence[str | os.PathLike[str]],
    rootdir: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Every source named by ``specs``; bad files are problems, never exceptions.

    Specs are read in order, so on a duplicate id the earlier spec wins and
    the later file is reported.  Relative specs are relative to ``rootdir``
    (not the working directory), like the rest of pytest's configuration.
    """
    loader = _Loader(rootdir, max_bytes)
    for spec in specs:
        loader.add_spec(spec)
    return Corpus(sorted(loader.sources, key=lambda s: s.id), loader.problems)
