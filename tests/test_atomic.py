"""write_atomic: the target holds the old content or the new, never a mix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.report.atomic import write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_text_and_creates_parents(tmp_path: Path) -> None:
    target = tmp_path / "out" / "deep" / "report.json"
    write_atomic(target, '{"نص": 1}\n')
    assert target.read_bytes() == '{"نص": 1}\n'.encode()
    assert leftovers(target.parent) == []


def test_writes_bytes_and_encoding(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.bin", b"\x00\xff")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\xff"
    write_atomic(tmp_path / "b.txt", "نص", encoding="utf-16")
    assert (tmp_path / "b.txt").read_bytes() == "نص".encode("utf-16")


def test_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old old old old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("exc", [KeyboardInterrupt, OSError])
def test_crash_at_replace_keeps_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: type[BaseException]
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def boom(src: str, dst: object) -> None:
        assert Path(src).read_text() == "new"  # fully written before the swap
        raise exc()

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(exc):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_crash_mid_write_keeps_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "x" * 100_000)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_unencodable_text_leaves_no_trace(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "نص", encoding="ascii")
    assert target.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_a_symlink_is_written_through_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "latest.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "report.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"
    assert leftovers(tmp_path) == [] and leftovers(real.parent) == []


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_folder_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path / "out", "new")
    assert (tmp_path / "out" / "keep.txt").read_text() == "mine"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_special_file_is_not_replaced(tmp_path: Path) -> None:
    """Renaming over /dev/null as root would replace the device; a FIFO stands in for it."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        write_atomic(fifo, "new")
    assert fifo.is_fifo()
    assert leftovers(tmp_path) == []
