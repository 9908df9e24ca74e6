"""The versions a cache's entries and marks are kept under, and where the cache is: no import beyond the standard
library, so that a run which checks nothing (an xdist run of a project's own tests) can ask them for milliseconds.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from functools import lru_cache
from pathlib import Path

__all__ = ["cache_dir", "findings_version", "version_of"]


def version_of(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "none"


# Libraries whose answers a finding depends on (dictionary, fuzzy scores, character maps).
_FINDINGS_LIBRARIES = ("qalsadi", "rapidfuzz", "camel-tools", "numpy")


@lru_cache(maxsize=2)
def findings_version(root: Path | None = None) -> str:
    """A hash of every module and data file of the package (or of a copy at ``root``) and the libraries' versions.

    Computed on first use (not on import): only a run with a cache pays for reading the package.
    """
    digest = hashlib.sha256()
    for name in _FINDINGS_LIBRARIES:
        digest.update(f"{name}={version_of(name)};".encode())
    root = root or Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json") and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir(given: str | os.PathLike[str] | None = None) -> Path:
    """The folder a user named (a run's option, ``explain --cache``), else ``$FACTCHECK_CACHE``, else
    ``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck`` (contract §3)."""
    explicit = given or os.environ.get("FACTCHECK_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck"
