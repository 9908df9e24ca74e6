"""A whole run kept for the next one made of the same inputs: how each item ended, the terminal's last lines, and
where its reports were written.

Warm, an unscoped run over the whole ANT corpus spent three to four seconds listing the corpus, unpacking every
claim's kept outcome and serializing 143,000 results into a report that the run before had written byte for byte.
When nothing a run reads has changed since a run that finished (``complete_runs.fingerprint``: the code, the
options, and every input file by size, times and inode), its items end as they did and its reports are the files
that run wrote.  The next run replays its items from this record and leaves those files, or copies them, without
reading the corpus or the outcomes.

A record is only trusted as far as its files are: a report file is used only while it is the very file the run
wrote (``FileState``: the same inode, size and change time; any write changes the change time, which no tool can set
back), and the record itself is checked field by field on reading: a damaged one is no record.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["ENDINGS", "FileState", "ItemRecord", "OutputRecord", "RunRecord"]

ENDINGS = ("passed", "failed", "skipped", "xfailed", "deselected")  # deselected: not run (-k, -m)
_FORMAT = 2  # 2: the modules' states


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One collected item and how it ended: ``text`` is its failure text, its skip or xfail reason (as shown);
    ``warnings`` the factcheck warnings it gave, as shown; ``properties`` its ``user_properties`` (junitxml)."""

    nodeid: str
    name: str
    path: str  # its claim file
    line: int  # of its claim, 1-based
    tags: tuple[str, ...]
    ending: str
    text: str = ""
    warnings: tuple[str, ...] = ()
    properties: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class FileState:
    """A file as the file system shows it: equal states, the same file with the same bytes."""

    path: str
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int

    @classmethod
    def of(cls, path: Path) -> FileState | None:
        try:
            return cls._of(str(path), os.stat(path))
        except OSError:
            return None

    def same(self, other: FileState | None) -> bool:
        """The same file with the same bytes, whatever path names it."""
        return other is not None and (other.size, other.mtime_ns, other.ctime_ns, other.inode, other.device) == (
            self.size, self.mtime_ns, self.ctime_ns, self.inode, self.device)

    @classmethod
    def of_open(cls, handle: BinaryIO, path: str) -> FileState:
        return cls._of(path, os.fstat(handle.fileno()))

    @classmethod
    def _of(cls, path: str, st: os.stat_result) -> FileState:
        return cls(path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)

    def unchanged(self) -> bool:
        return self.same(FileState.of(Path(self.path)))


@dataclass(frozen=True, slots=True)
class OutputRecord:
    kind: str  # "JSON" or "HTML"
    state: FileState  # the file as the run left it


@dataclass(frozen=True, slots=True)
class RunRecord:
    """``detailed`` and ``brief``: the closing lines with and without each file's table (not under -q, under it);
    ``notes``: what a run that did not finish shows instead; ``problems``: the corpus files skipped; ``modules``:
    the files of the modules imported from outside Python's installation (a conftest's helpers), which a replay
    needs unchanged."""

    items: tuple[ItemRecord, ...]
    detailed: tuple[str, ...]
    brief: tuple[str, ...]
    notes: tuple[str, ...]
    problems: tuple[str, ...]
    outputs: tuple[OutputRecord, ...]
    modules: tuple[FileState, ...] = ()  # the files of the project's modules the run imported, as they were

    def items_of(self, path: Path) -> list[ItemRecord]:
        name = str(path)
        return [item for item in self.items if item.path == name]

    def output(self, kind: str) -> OutputRecord | None:
        """The report of this kind the run wrote, if it is still the file it wrote."""
        found = [out for out in self.outputs if out.kind == kind]
        return found[0] if found and found[0].state.unchanged() else None

    def to_bytes(self) -> bytes:
        return json.dumps({"format": _FORMAT, **asdict(self)}, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> RunRecord | None:
        """None for anything but a record of this format (an empty mark, a damaged or older file)."""
        try:
            raw = json.loads(data)
            if not isinstance(raw, dict) or raw.get("format") != _FORMAT:
                return None
            return cls(
                items=tuple(_item(x) for x in _list(raw["items"])),
                detailed=_texts(raw["detailed"]), brief=_texts(raw["brief"]), notes=_texts(raw["notes"]),
                problems=_texts(raw["problems"]),
                outputs=tuple(OutputRecord(_text(x["kind"]), _state(x["state"])) for x in _list(raw["outputs"])),
                modules=tuple(_state(x) for x in _list(raw["modules"])),
            )
        except (ValueError, KeyError, TypeError):  # json's errors are ValueErrors
            return None


def _list(value: object) -> list[dict[str, object]]:
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise TypeError("not a list of objects")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not an integer")
    return value


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return tuple(_text(x) for x in value)


def _item(raw: dict[str, object]) -> ItemRecord:
    ending = _text(raw["ending"])
    if ending not in ENDINGS:
        raise ValueError(f"no ending {ending!r}")
    properties = raw["properties"]
    if not isinstance(properties, list):
        raise TypeError("not a list")
    return ItemRecord(
        nodeid=_text(raw["nodeid"]), name=_text(raw["name"]), path=_text(raw["path"]), line=_int(raw["line"]),
        tags=_texts(raw["tags"]), ending=ending, text=_text(raw["text"]), warnings=_texts(raw["warnings"]),
        properties=tuple(_pair(p) for p in properties),
    )


def _pair(value: object) -> tuple[str, str]:
    if not isinstance(value, list) or len(value) != 2:
        raise TypeError("not a pair")
    return _text(value[0]), _text(value[1])


def _state(raw: object) -> FileState:
    if not isinstance(raw, dict):
        raise TypeError("not an object")
    return FileState(_text(raw["path"]), *(_int(raw[k]) for k in ("size", "mtime_ns", "ctime_ns", "inode", "device")))
