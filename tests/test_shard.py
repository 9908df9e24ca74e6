"""``--factcheck-shard I/N``: parsing and the split of sources by id (factcheck/shard.py)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from factcheck.corpus.source import Source
from factcheck.shard import Shard, parse_shard, shard_of


@pytest.mark.parametrize(("text", "index", "count"), [("2/5", 2, 5), ("1/1", 1, 1), (" 5 / 5 ", 5, 5), ("10/12", 10, 12)])
def test_parse_shard(text: str, index: int, count: int) -> None:
    assert parse_shard(text) == Shard(index=index, count=count)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0/5", "between 1 and 5"),
        ("6/5", "between 1 and 5"),
        ("x", "is not a shard"),
        ("1/0", "at least 1"),
        ("", "is not a shard"),
        ("-1/5", "is not a shard"),
        ("1/2/3", "is not a shard"),
        ("1.5/3", "is not a shard"),
    ],
)
def test_parse_shard_errors_say_what_and_how(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        parse_shard(text)
    assert "write I/N" in str(info.value)
    assert repr(text) in str(info.value)


def test_shard_constructor_checks_too() -> None:
    with pytest.raises(ValueError, match="between 1 and 3"):
        Shard(4, 3)
    with pytest.raises(ValueError, match="at least 1"):
        Shard(1, 0)


def _ids(n: int) -> list[str]:
    return [f"{i:03d}_{(i * 2654435761) % 2**64:016x}" for i in range(n)] + [f"خبر-{i}" for i in range(n)]


@pytest.mark.parametrize("count", [1, 2, 3, 7])
def test_every_id_in_exactly_one_shard(count: int) -> None:
    shards = [Shard(i, count) for i in range(1, count + 1)]
    for source_id in [*_ids(300), "", "a", "\U0001f600", "x" * 10_000]:
        assert sum(s.holds(source_id) for s in shards) == 1


def test_stable_values_pinned() -> None:
    """Pinned: a change here moves sources between shards of runs on other machines."""
    assert [shard_of(i, 2) for i in ("000_545618ef9b520956", "001_329f1af01fb7c1a8", "002_3449c5c6f9ea3f3f",
                                     "003_3ec73edc40086703", "004_cada30393e404383")] == [1, 2, 2, 1, 2]
    assert shard_of("000_545618ef9b520956", 5) == 3
    assert shard_of("004_cada30393e404383", 7) == 2
    assert shard_of("خبر-1", 5) == 5
    assert shard_of("", 5) == 2


def test_stable_across_python_processes() -> None:
    """Python's own ``hash`` of a str changes with PYTHONHASHSEED; the split must not."""
    ids = _ids(50)
    code = "import sys; from factcheck.shard import shard_of; print([shard_of(i, 7) for i in sys.argv[1:]])"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, *ids], capture_output=True, text=True, check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {str([shard_of(i, 7) for i in ids]) + "\n"}


@pytest.mark.parametrize("count", [2, 5, 10])
def test_roughly_even_on_10000_ids(count: int) -> None:
    ids = [f"{i:05d}_{(i * 0x9E3779B97F4A7C15) % 2**64:016x}" for i in range(10_000)]
    sizes = Counter(shard_of(i, count) for i in ids)
    assert sorted(sizes) == list(range(1, count + 1))
    # Each share within 1.5 percentage points of 1/N (over four standard deviations of a fair split).
    for size in sizes.values():
        assert abs(size / len(ids) - 1 / count) < 0.015, sizes


def test_select_keeps_order_and_partitions_sources() -> None:
    sources = [Source(i, f"seeds/{i}.txt", "نص") for i in _ids(40)]
    parts = [Shard(i, 3).select(sources) for i in (1, 2, 3)]
    assert sorted((s.id for p in parts for s in p)) == sorted(s.id for s in sources)
    for part in parts:
        assert part == [s for s in sources if s in part]
    assert str(Shard(2, 3)) == "2/3"
