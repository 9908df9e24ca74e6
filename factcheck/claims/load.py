"""Reading a claim file: YAML with lines, includes and aliases, then the schema, then cross-checks.

Every problem comes back as a ``ClaimProblem`` located at ``path:line`` with
the key path (``claims[3].unit``), all problems of a file at once, so an
editor fixes a file in one pass; a problem in a value that came from an
included file is located in that file.  Nothing here raises for bad input.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.claims.include import Origin, Resolved, resolve_includes
from factcheck.claims.model import (
    KINDS,
    Claim,
    ClaimFile,
    DateClaim,
    Defaults,
    MentionClaim,
    Published,
    QuantityClaim,
    Scope,
    SharedFile,
    StatementClaim,
)
from factcheck.claims.problem import MAX_CLAIM_FILE_BYTES, ClaimProblem, format_loc, read_claim_text
from factcheck.claims.yamlsource import LoadedYaml, load_yaml

__all__ = [
    "MAX_CLAIM_FILE_BYTES",
    "ClaimProblem",
    "ClaimRegistry",
    "LoadedClaims",
    "format_loc",
    "load_claim_file",
    "parse_claims",
]


@dataclass(slots=True)
class LoadedClaims:
    path: str
    file: ClaimFile | None
    problems: list[ClaimProblem] = field(default_factory=list)
    claim_lines: list[int] = field(default_factory=list)  # line of each claim, by index
    shared: bool = False  # a shared file (``shared: true``): included by claim files, no claims of its own
    included: list[str] = field(default_factory=list)  # display paths of the files it includes, transitively
    line_of: Callable[[tuple[str | int, ...]], int] = lambda path: 1  # a key's line in this file (its YAML's)

    @property
    def claims(self) -> list[Claim]:
        return list(self.file.claims) if self.file is not None else []


_KIND_MODELS: dict[str, type[BaseModel]] = {
    "mention": MentionClaim, "quantity": QuantityClaim, "date": DateClaim, "statement": StatementClaim,
}
_SECTION_MODELS: dict[str, type[BaseModel]] = {"defaults": Defaults, "scope": Scope, "published": Published}


def _keys(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _data_path(loc: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], str | None]:
    """Drop pydantic's union tag (the kind name) from a loc, and return it."""
    path: list[str | int] = []
    kind: str | None = None
    for i, part in enumerate(loc):
        if isinstance(part, str) and part in KINDS and i > 0 and isinstance(loc[i - 1], int):
            kind = part
            continue
        if part == "not_":
            part = "not"
        if part == "[key]":  # pydantic's marker for "the key itself": the key is the place
            continue
        path.append(part)
    return tuple(path), kind


def _owner(parent: tuple[str | int, ...], kind: str | None, root: type[BaseModel]) -> type[BaseModel] | None:
    """The model whose keys an unknown key at ``parent`` should have been one of."""
    if not parent:
        return root
    last = parent[-1]
    if isinstance(last, int):
        return _KIND_MODELS.get(kind or "statement") if parent[:1] == ("claims",) and len(parent) == 2 else None
    return _SECTION_MODELS.get(last)


def _unknown_key(key: str | int, parent: tuple[str | int, ...], kind: str | None, root: type[BaseModel]) -> str:
    owner = f" for a {kind} claim" if kind else ""
    model = _owner(parent, kind, root)
    hint = "check its spelling"
    if isinstance(key, str) and model is not None:
        close = difflib.get_close_matches(key, _keys(model), n=1, cutoff=0.6)
        if close:
            hint = f"did you mean {close[0]!r}?"
    return f"unknown key{owner}; {hint} (keys starting with 'x-' are ignored)"


def _message(error: Any, kind: str | None, dpath: tuple[str | int, ...], root: type[BaseModel]) -> str:
    etype = error["type"]
    if etype == "extra_forbidden":
        return _unknown_key(dpath[-1] if dpath else "", dpath[:-1], kind, root)
    if etype == "missing":
        return "required key is missing"
    if etype == "literal_error" and "version" == (error["loc"][-1] if error["loc"] else None):
        if str(error["input"]).strip() == "1":  # "1" or '1': a string, where the number is meant
            return f"{error['input']!r} is a string; write version: 1, a number, without quotes"
        return f"{error['input']!r} is not a supported version; this factcheck reads version: 1"
    if etype == "unknown_kind" and error["input"] is None:  # a '-' with nothing after it in the claims list
        return "an empty entry: write a claim (id, says, kind, ...) after the '-', or remove the line"
    if etype == "unknown_kind" and isinstance(error["input"], dict) and isinstance(error["input"].get("kind"), str):
        close = difflib.get_close_matches(error["input"]["kind"], KINDS, n=1, cutoff=0.6)
        return f"{error['input']['kind']!r} is not one of: {', '.join(KINDS)}" + (
            f"; did you mean {close[0]!r}?" if close else "")
    if etype == "list_type" and dpath == ("claims",):
        return "must be a list: start each claim with '- ' (- id: ..., then says:, kind: ... under it)"
    if etype == "list_type":
        return "should be a list: [a, b], or one '- ' item a line"
    if etype == "too_short" and dpath == ("claims",):
        return "holds no claim: write at least one (- id: ..., then says:, kind: ... under it)"
    if etype == "too_short" and isinstance(error["input"], (list, tuple)):
        return "is empty: list at least one term"
    if etype == "string_too_short":
        return "is empty: write the text"
    if etype == "literal_error" and "shared" == (error["loc"][-1] if error["loc"] else None):
        return f"{error['input']!r}: write 'shared: true' for a file that claim files include"
    msg = str(error["msg"])
    if etype in ("literal_error", "enum"):
        msg = f"{error['input']!r} is not one of: " + msg.removeprefix("Input should be ")
        close = difflib.get_close_matches(str(error["input"]), re.findall(r"'([^']*)'", str(error["msg"])), n=1, cutoff=0.6)
        msg += f"; did you mean {close[0]!r}?" if close else ""
    return msg.removeprefix("Value error, ")


def _validation_problems(exc: ValidationError, resolved: Resolved, root: type[BaseModel]) -> list[ClaimProblem]:
    problems = []
    for error in exc.errors():
        dpath, kind = _data_path(tuple(error["loc"]))
        if error["type"] == "unknown_kind":
            dpath += ("kind",)
        path, line = resolved.locate(dpath)
        problems.append(ClaimProblem(path, line, format_loc(dpath), _message(error, kind, dpath, root)))
    return problems


def _check_shared(data: dict[str, Any], yaml: LoadedYaml, path: str) -> list[ClaimProblem]:
    """The problems of a shared file on its own (its keys and their shapes); includes are followed elsewhere."""
    resolved = Resolved(data, Origin(path, yaml, ()))
    problems: list[ClaimProblem] = []
    if "claims" in data:
        problems.append(resolved.problem(("claims",), (
            "a shared file has no claims (they would be included nowhere); "
            "move them to a claim file, or remove 'shared: true'")))
        data = {k: v for k, v in data.items() if k != "claims"}
    try:
        SharedFile.model_validate(data)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, resolved, SharedFile))
    return problems


def _dedupe(problems: list[ClaimProblem]) -> list[ClaimProblem]:
    return list(dict.fromkeys(problems))


def parse_claims(text: str, path: str, *, file: Path | None = None) -> LoadedClaims:
    """Validate a claim file's text; ``file`` (default: ``path``) is where includes are resolved from."""
    loaded: LoadedYaml = load_yaml(text)
    result = LoadedClaims(path, None, line_of=loaded.line_of)
    result.problems.extend(ClaimProblem(path, p.line, "", p.message) for p in loaded.problems)
    if loaded.problems and loaded.data is None:
        return result
    data = loaded.data
    if data is None:
        result.problems.append(
            ClaimProblem(path, 1, "", "empty claim file; start with 'version: 1' and a 'claims:' list")
        )
        return result
    if not isinstance(data, dict):
        shape = "a list" if isinstance(data, list) else f"a single value ({type(data).__name__})"
        result.problems.append(
            ClaimProblem(
                path, loaded.line_of(()), "",
                f"a claim file is a mapping with 'version: 1' and 'claims:', not {shape}",
            )
        )
        return result
    resolved = resolve_includes(data, loaded, path, file if file is not None else Path(path), _check_shared)
    result.included = resolved.included
    result.problems.extend(resolved.problems)
    if data.get("shared") is not None:
        result.shared = True
        result.problems.extend(_check_shared(data, loaded, path))
        result.problems = _sorted(result.problems, path)
        return result
    try:
        claim_file = ClaimFile.model_validate(resolved.data)
    except ValidationError as exc:
        result.problems.extend(_validation_problems(exc, resolved, ClaimFile))
        claim_file = None
    result.problems.extend(_duplicate_ids(data.get("claims"), loaded, path))
    if claim_file is not None:
        result.claim_lines = [loaded.line_of(("claims", i)) for i in range(len(claim_file.claims))]
    if result.problems:
        result.problems = _sorted(result.problems, path)
        return result
    result.file = claim_file
    return result


def _sorted(problems: list[ClaimProblem], path: str) -> list[ClaimProblem]:
    """This file's problems by line, then those located in included files."""
    return sorted(_dedupe(problems), key=lambda p: (p.path != path, p.path, p.line))


def _duplicate_ids(claims: Any, loaded: LoadedYaml, path: str) -> list[ClaimProblem]:
    """Checked on the raw data, so a duplicate is reported beside schema errors."""
    if not isinstance(claims, list):
        return []
    problems = []
    seen: dict[str, int] = {}
    for i, claim in enumerate(claims):
        cid = claim.get("id") if isinstance(claim, dict) else None
        if not isinstance(cid, str):
            continue
        if cid in seen:
            first = seen[cid]
            problems.append(ClaimProblem(
                path, loaded.line_of(("claims", i, "id")), f"claims[{i}].id",
                f"duplicate claim id {cid!r}, first used at claims[{first}] "
                f"(line {loaded.line_of(('claims', first, 'id'))}); ids must be unique",
            ))
        else:
            seen[cid] = i
    return problems


def load_claim_file(file: Path, display: str | None = None) -> LoadedClaims:
    """Read and validate one claim file (or shared file); problems, never exceptions."""
    path = display or str(file)
    text, problem = read_claim_text(file, path)
    if problem is not None:
        return LoadedClaims(path, None, [problem])
    assert text is not None
    return parse_claims(text, path, file=file)


class ClaimRegistry:
    """Claim ids across the claim files of one run (or one lint): each id is defined once.

    The first file to define an id owns it; a later one gets a located problem.
    """

    def __init__(self) -> None:
        self.owners: dict[str, str] = {}  # claim id -> "path:line" that defined it first

    def register(self, loaded: LoadedClaims) -> list[ClaimProblem]:
        problems: list[ClaimProblem] = []
        for index, claim in enumerate(loaded.claims):
            line = loaded.claim_lines[index]
            here = f"{loaded.path}:{line}"
            owner = self.owners.setdefault(claim.id, here)
            if owner != here:
                problems.append(ClaimProblem(loaded.path, line, f"claims[{index}].id", (
                    f"claim id {claim.id!r} is already defined at {owner}; ids must be unique across claim files")))
        return problems
