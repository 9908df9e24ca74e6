"""Which YAML files a run reads as claim files.

Those under a claims folder (``factcheck_claims``) and those named on the
command line; and, in a folder named on the command line that is no claims
folder (``pytest myclaims/``), those that say they are claim files, with
``version:`` and ``claims:`` at the top level.  That folder's other YAML
(fixtures, CI settings) is left alone: before, every file of it was, and the
run collected nothing without a word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

__all__ = ["ClaimFiles", "declares_claims", "display_path"]

_SUFFIXES = (".yaml", ".yml")
_SNIFF_BYTES = 1 << 16
_TOP_KEY = {key: re.compile(rf"^{key}\s*:", re.MULTILINE) for key in ("version", "claims")}


def display_path(path: str | os.PathLike[str], root: Path) -> str:
    """A claim file as reports name it (contract §5): relative to the rootdir when inside it, else absolute.  Both
    are resolved, so a rootdir given through a symlink still holds its files.  The one naming of the pytest run
    and of ``factcheck.distributed``, whose reports must agree."""
    full = Path(os.path.abspath(path))
    try:
        return full.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(full)


def declares_claims(path: Path) -> bool:
    """``version:`` and ``claims:`` at the start of a line in the file's first 64 KiB."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).decode("utf-8-sig", errors="replace")  # a BOM is no top-level key
    except OSError:
        return False
    return all(pattern.search(head) for pattern in _TOP_KEY.values())


class ClaimFiles:
    def __init__(self, folders: Iterable[Path], named: Iterable[Path]) -> None:
        self.folders = sorted(folders)
        named = set(named)
        self.named = {p for p in named if p.suffix in _SUFFIXES}
        self.named_folders = sorted(p for p in named if p.is_dir() and not any(p.is_relative_to(f) for f in self.folders))

    def __contains__(self, path: Path) -> bool:
        if path.suffix not in _SUFFIXES:
            return False
        resolved = path.resolve()
        if resolved in self.named or any(resolved.is_relative_to(d) for d in self.folders):
            return True
        return any(resolved.is_relative_to(d) for d in self.named_folders) and declares_claims(resolved)
