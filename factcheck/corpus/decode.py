"""Bytes to text for corpus files: encodings, binaries, size limits, OS errors.

Nothing here raises anything but :class:`DecodeProblem` for a bad file, and
the text is kept exactly as decoded (only a byte order mark is dropped):
evidence offsets index it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Protocol

__all__ = [
    "DEFAULT_MAX_BYTES",
    "RESAVE",
    "DecodeProblem",
    "check_regular",
    "decode_bytes",
    "os_message",
    "read_text_file",
    "skip_line",
]

DEFAULT_MAX_BYTES = 20_000_000  # no news article is this long; a scrape gone wrong is
_BINARY = "binary file, not text; remove it from the corpus or narrow the glob"
RESAVE = (
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
                f"valid UTF-8; {RESAVE}",
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
                    f"{encoding.upper()}; {RESAVE.replace('WINDOWS-1256', encoding.upper())}",
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
        f"does not read as Windows-1256 Arabic; {RESAVE}",
        _line_of_byte(data, bad_at),
    )


# --------------------------------------------------------------------------
# Reading one file
# --------------------------------------------------------------------------


def os_message(path: str, exc: OSError, what: str = "file") -> str:
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


def skip_line(fh: _Lines) -> int:
    """Read past the rest of an over-long line, in bounded chunks; how many bytes it had."""
    size = 0
    while True:
        chunk = fh.readline(1 << 20)
        size += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return size


def check_regular(path: str, max_bytes: int | None) -> None:
    try:
        st = os.stat(path)
    except OSError as e:
        raise DecodeProblem(os_message(path, e)) from None
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
    check_regular(name, max_bytes)
    try:
        with open(name, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except OSError as e:
        raise DecodeProblem(os_message(name, e)) from None
    if max_bytes is not None and len(data) > max_bytes:  # grew since stat
        raise _too_large(len(data), max_bytes)
    return decode_bytes(data)


