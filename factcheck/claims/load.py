"""Reading a claim file: YAML with lines, then the schema, then cross-checks.

Every problem comes back as a ``ClaimProblem`` located at ``path:line`` with
the key path (``claims[3].unit``), all problems of a file at once, so an
editor fixes a file in one pass.  Nothing here raises for bad input.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.claims.model import KINDS, Claim, ClaimFile
from factcheck.claims.yamlsource import LoadedYaml, load_yaml

__all__ = ["MAX_CLAIM_FILE_BYTES", "ClaimProblem", "ClaimRegistry", "LoadedClaims", "load_claim_file", "parse_claims"]

MAX_CLAIM_FILE_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class ClaimProblem:
    path: str
    line: int
    where: str  # "claims[3].unit", or "" for the whole file
    message: str

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{self.path}:{self.line}: {where}{self.message}"


@dataclass(slots=True)
class LoadedClaims:
    path: str
    file: ClaimFile | None
    problems: list[ClaimProblem] = field(default_factory=list)
    claim_lines: list[int] = field(default_factory=list)  # line of each claim, by index

    @property
    def claims(self) -> list[Claim]:
        return list(self.file.claims) if self.file is not None else []


_PLAIN_KEY = re.compile(r"[A-Za-z_][\w-]*")


def format_loc(loc: tuple[str | int, ...]) -> str:
    """``claims[3].unit``; a key that is not a plain name is quoted: ``claims[0].expect["[a"]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part):
            out += ("." if out else "") + part
        else:
            out += json.dumps(part, ensure_ascii=False).join("[]")
    return out


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


def _message(error: Any, kind: str | None) -> str:
    etype = error["type"]
    if etype == "extra_forbidden":
        owner = f" for a {kind} claim" if kind else ""
        return f"unknown key{owner}; check its spelling (keys starting with 'x-' are ignored)"
    if etype == "missing":
        return "required key is missing"
    if etype == "literal_error" and "version" == (error["loc"][-1] if error["loc"] else None):
        return f"{error['input']!r} is not a supported version; this factcheck reads version: 1"
    msg = str(error["msg"])
    if etype in ("literal_error", "enum"):
        msg = f"{error['input']!r} is not one of: " + msg.removeprefix("Input should be ")
    return msg.removeprefix("Value error, ")


def parse_claims(text: str, path: str) -> LoadedClaims:
    loaded: LoadedYaml = load_yaml(text)
    result = LoadedClaims(path, None)
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
    try:
        claim_file = ClaimFile.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            dpath, kind = _data_path(tuple(error["loc"]))
            if error["type"] == "unknown_kind":
                dpath += ("kind",)
            result.problems.append(
                ClaimProblem(path, loaded.line_of(dpath), format_loc(dpath), _message(error, kind))
            )
        claim_file = None
    result.problems.extend(_duplicate_ids(data.get("claims"), loaded, path))
    if claim_file is not None:
        result.claim_lines = [loaded.line_of(("claims", i)) for i in range(len(claim_file.claims))]
    if result.problems:
        result.problems.sort(key=lambda p: p.line)
        return result
    result.file = claim_file
    return result


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
    """Read and validate one claim file; problems, never exceptions."""
    path = display or str(file)
    try:
        size = file.stat().st_size
        if size > MAX_CLAIM_FILE_BYTES:
            return LoadedClaims(path, None, [ClaimProblem(
                path, 1, "",
                f"claim file is {size / 1e6:.1f} MB, over the {MAX_CLAIM_FILE_BYTES / 1e6:.0f} MB limit; "
                "split it into several files",
            )])
        raw = file.read_bytes()
    except OSError as exc:
        return LoadedClaims(path, None, [ClaimProblem(path, 1, "", f"cannot read: {exc.strerror or exc}")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return LoadedClaims(path, None, [ClaimProblem(
            path, line, "", "claim files must be UTF-8; re-save the file as UTF-8")])
    if "\x00" in text:
        return LoadedClaims(path, None, [ClaimProblem(path, 1, "", "binary file, not a YAML claim file")])
    return parse_claims(text, path)


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
