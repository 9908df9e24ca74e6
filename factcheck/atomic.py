"""Write a file so that readers see the old content or the new, never half of it.

Reports are written at the end of a run, which is exactly when users press
Ctrl-C; a truncated JSON report would break whatever reads it next.  The
data goes to a temporary file in the same folder (so the final rename stays
on one file system and is atomic) and replaces the target only when it is
complete and on disk.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` all at once, or leave it untouched on failure.

    ``BaseException`` is caught on purpose: an interrupted write must not
    leave a stray temporary file next to the target.
    """
    path = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.NamedTemporaryFile(
        delete=False, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with tmp:
            tmp.write(payload)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, path)
    except BaseException:
        try:
            os.unlink(tmp.name)
        except OSError:
            pass
        raise
