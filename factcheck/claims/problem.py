"""A located problem of a claim file, and reading a claim file's text safely."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MAX_CLAIM_FILE_BYTES", "ClaimProblem", "format_loc", "read_claim_text"]

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


def read_claim_text(file: Path, path: str) -> tuple[str | None, ClaimProblem | None]:
    """The text of a claim (or shared) file, or the problem that stops it being read."""
    try:
        size = file.stat().st_size
        if size > MAX_CLAIM_FILE_BYTES:
            return None, ClaimProblem(
                path, 1, "",
                f"claim file is {size / 1e6:.1f} MB, over the {MAX_CLAIM_FILE_BYTES / 1e6:.0f} MB limit; "
                "split it into several files",
            )
        raw = file.read_bytes()
    except OSError as exc:
        return None, ClaimProblem(path, 1, "", f"cannot read: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, ClaimProblem(path, line, "", "claim files must be UTF-8; re-save the file as UTF-8")
    if "\x00" in text:
        return None, ClaimProblem(path, 1, "", "binary file, not a YAML claim file")
    return text, None
