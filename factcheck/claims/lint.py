"""Checks of a valid claim file that the schema cannot make: scope terms that can never match.

A scope term is matched like a name (contract §6): after normalization it
must still hold a word, and a term that names the same thing twice, or a
``none`` term that is also required, leaves every source out.
"""

from __future__ import annotations

from factcheck.claims.load import ClaimProblem, LoadedClaims
from factcheck.claims.model import Scope
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_query

__all__ = ["scope_problems"]


def _terms(scope: Scope, key: str) -> list[list[str]]:
    return [[t] if isinstance(t, str) else list(t) for t in getattr(scope, key)]


def _check(scope: Scope, path: str, line: int, where: str) -> list[ClaimProblem]:
    problems: list[ClaimProblem] = []
    required: set[str] = set()
    for key in ("all", "any", "none"):
        for i, alternatives in enumerate(_terms(scope, key)):
            for word in alternatives:
                norm = normalize_query(word)
                if not tokenize(norm):
                    problems.append(ClaimProblem(path, line, f"{where}.{key}[{i}]", (
                        f"{word!r} holds no word to match after normalization; write the word as it appears in the news")))
                if key == "all" and len(alternatives) == 1:
                    required.add(norm)
                if key == "none" and norm in required:
                    problems.append(ClaimProblem(path, line, f"{where}.none[{i}]", (
                        f"{word!r} is also required by {where}.all, so no source can be in scope; remove one of them")))
    return problems


def scope_problems(loaded: LoadedClaims) -> list[ClaimProblem]:
    """Problems of the file's scope and of each claim's; none for a file that did not load."""
    if loaded.file is None:
        return []
    problems: list[ClaimProblem] = []
    if loaded.file.scope is not None:
        problems.extend(_check(loaded.file.scope, loaded.path, 1, "scope"))
    for index, claim in enumerate(loaded.claims):
        if claim.scope is not None:
            problems.extend(_check(claim.scope, loaded.path, loaded.claim_lines[index], f"claims[{index}].scope"))
    return problems
