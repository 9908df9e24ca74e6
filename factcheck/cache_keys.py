"""What the cache's entries are keyed by: content hashes, and versions computed from the code that makes them.

A version is a hash of the producing code as it is on disk (and of the libraries it reads with), so editing a
module invalidates what it produced without anyone bumping a number.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from importlib.resources.abc import Traversable

from factcheck.claims.model import Claim, Scope
from factcheck.corpus.source import Source, text_digest
from factcheck.versions import cache_dir, findings_version, version_of

__all__ = ["CODE_VERSION", "LEXICON_VERSION", "cache_dir", "claim_key", "corpus_key", "findings_version",
           "scope_key", "source_key", "text_key"]

# The normalizer's modules: normalized words are what the index and the dictionary entries are made of.
_NORMALIZER = ("text/normalize.py", "text/mapped.py", "text/steps.py", "text/at_once.py", "text/camel_tables.json")
_PRODUCERS = (*_NORMALIZER, "text/morphology.py", "index.py", "cache.py", "packing.py", "cache_keys.py")
_LEXICON_PRODUCERS = ("text/lexicon.py", *_NORMALIZER)


def _code_version(producers: tuple[str, ...] = _PRODUCERS, extra: str = "", package: Traversable | None = None) -> str:
    digest = hashlib.sha256(extra.encode())
    package = package or resources.files("factcheck")
    for name in producers:
        digest.update(package.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


# Fields that decide which pairs exist or what their verdict means, not what the checker finds.
_NOT_CHECKED = {"id", "missing", "severity", "sources", "scope", "expect", "tags"}


def claim_key(claim: Claim) -> str:
    """What the checker reads of a claim: renaming it or changing its ``expect`` keeps its findings."""
    return _key(claim.model_dump_json(exclude=_NOT_CHECKED))


def scope_key(scope: Scope, threshold: float, where: str) -> str:
    """A scope decision depends on its terms, the threshold, and where it is written (its reasons say so)."""
    return "scope:" + _key(f"{scope.model_dump_json()}|{threshold}|{where}")


def corpus_key(sources: list[tuple[str, str]]) -> str:
    """An index's identity: its (id, ``source_key``) pairs in order, the code that reads words, rapidfuzz."""
    digest = hashlib.blake2b(f"{CODE_VERSION}|{version_of('rapidfuzz')}".encode(), digest_size=20)
    for source_id, key in sources:
        digest.update(f"\0{source_id}\0{key}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def source_key(source: Source) -> str:
    """The source as the checkers read it: its text (``Source.digest``, hashed once a source), and its
    publication date (news dates)."""
    published = source.published.isoformat() if source.published is not None else ""
    return f"{source.digest}{published}"


CODE_VERSION = _code_version()
# Dictionary entries depend on the lexicon code and on the dictionary itself.
LEXICON_VERSION = _code_version(_LEXICON_PRODUCERS, version_of("qalsadi"))


def _key(text: str) -> str:
    return text_digest(text)


def text_key(text: str) -> str:
    """What a source's vocabulary is stored under: its text's content hash (``Source.digest`` of a source)."""
    return text_digest(text)
