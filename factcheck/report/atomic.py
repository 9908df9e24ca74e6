"""Write a file so that readers see the old content or the new, never half of it.

Reports are written at the end of a run, which is exactly when users press
Ctrl-C; a truncated JSON report would break whatever reads it next.  The
data goes to a temporary file in the same folder (so the final rename stays
on one file system and is atomic) and replaces the target only when it is
complete and on disk.

A target that is a symbolic link is written through: the link stays and its
file gets the new content, as in an editor; replacing the link itself would
quietly cut the user's link.  An existing file keeps its permission bits.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["copy_atomic", "write_atomic"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_atomic(path: Path, data: str | bytes | Iterable[bytes], *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` all at once, or leave it untouched on failure (see ``_replacing``)."""
    # pieces (bytes) are written as they come: a report of 10^5 results need not be one string first
    pieces: Iterable[bytes] = [data.encode(encoding)] if isinstance(data, str) else [data] if isinstance(
        data, bytes) else data
    with _replacing(Path(path)) as tmp:
        for piece in pieces:
            tmp.write(piece)


def copy_atomic(source: BinaryIO, target: Path) -> None:
    """Replace ``target`` with a copy of the open file ``source`` as :func:`write_atomic` replaces it: a report
    replayed from the file an earlier run wrote (``whole_run``), copied by the kernel rather than read and written.
    An open file, since another run may replace that file meanwhile: its old bytes are still the ones to copy."""
    with _replacing(Path(target)) as tmp:
        _copy(source, tmp)


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[BinaryIO]:
    """A temporary file beside ``path`` to write, which replaces it once written and on disk.

    ``BaseException`` is caught on purpose: an interrupted write must not
    leave a stray temporary file next to the target.  Missing parent folders
    are created.  A target that exists but is not a regular file (a folder,
    ``/dev/null``, a FIFO) is refused with ``OSError``: renaming over it would
    replace the device or folder itself, which as root succeeds.
    """
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            delete=False, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        ) as tmp:
            tmp_name = tmp.name
            yield tmp  # type: ignore[misc]  # a _TemporaryFileWrapper: a binary file
            tmp.flush()
            os.fsync(tmp.fileno())
        # mkstemp files are private (0600); a report is as readable as the file
        # it replaces, or as any new file.
        os.chmod(tmp_name, _mode_for(path))
        os.replace(tmp_name, path)
    except BaseException:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise


def _copy(source: BinaryIO, target: BinaryIO) -> None:
    offset = 0
    try:
        while sent := os.sendfile(target.fileno(), source.fileno(), offset, 1 << 30):
            offset += sent
    except (AttributeError, OSError):  # no sendfile here, or not for these files: by hand, from the start
        source.seek(0)
        target.seek(0)
        target.truncate()
        shutil.copyfileobj(source, target)
