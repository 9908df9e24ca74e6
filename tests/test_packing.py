"""What the cache keeps is packed (factcheck.packing): a damaged row unpacks to itself or not at all."""

from __future__ import annotations

import json

import pytest

from factcheck import cache as cache_mod
from factcheck.packing import pack, unpack, unpacked_size
from factcheck.report.claim_outcome import ClaimOutcome
from factcheck.report.results import PackedRecords

TEXT = json.dumps([{"source": f"src-{i}", "verdict": "supported", "evidence": "قتل 12 شخصا في الهجوم " * 3}
                   for i in range(40)], ensure_ascii=False).encode()


def _flipped(data: bytes) -> list[bytes]:
    """``data`` with one bit changed, every byte in turn (its lowest bit and its highest)."""
    return [data[:pos] + bytes([data[pos] ^ bit]) + data[pos + 1:] for pos in range(len(data)) for bit in (1, 0x80)]


def test_a_damaged_row_never_unpacks_to_other_bytes() -> None:
    """zlib's stream carried a checksum; a Zstandard frame carries one only when asked (``write_checksum``)."""
    wrong = 0
    for damaged in _flipped(pack(TEXT)):
        try:
            wrong += unpack(damaged) != TEXT
        except ValueError:
            pass
    assert wrong == 0


def test_a_damaged_block_of_findings_is_a_miss_never_other_findings() -> None:
    pairs = [(f"{i:032x}|2018-08-05", json.dumps({"v": "contradicted" if i % 2 else "supported", "s": 90.0 + i}))
             for i in range(60)]
    decoded = [cache_mod._decoded_block(damaged) for damaged in _flipped(cache_mod._encoded_block(pairs))]
    assert all(d is None or d == pairs for d in decoded)


def test_a_damaged_outcome_is_a_miss_never_another_outcome() -> None:
    outcome = ClaimOutcome(silent=3, warnings=["w"], ending="failed", message="m")
    for i in range(20):
        outcome.add(f"src-{i}", ("supported", "contradicted")[i % 2], ("passed", "failed")[i % 2],
                    json.dumps({"i": i, "text": "نص عربي " * 4}, ensure_ascii=False).encode())
    expected = (outcome.rows, outcome.records, outcome.silent, outcome.warnings, outcome.ending, outcome.message)
    for damaged in _flipped(outcome.to_bytes()):
        try:
            r = ClaimOutcome.from_bytes(damaged)
        except ValueError:
            continue
        assert isinstance(r.records, PackedRecords)
        assert (r.rows, r.records.unpacked(), r.silent, r.warnings, r.ending, r.message) == expected


@pytest.mark.parametrize("size", [1 << 40, 1 << 62])
def test_a_damaged_size_in_the_header_is_not_allocated(size: int) -> None:
    """A frame's header says how much it unpacks to, and decompress allocates that first: a damaged one asked
    for a terabyte (MemoryError, a crash) where a damaged row must be a miss."""
    packed = pack(b"x" * 1000)
    # magic number, a header descriptor (a single segment, an 8-byte size, its checksum flag kept), that size
    damaged = packed[:4] + bytes([(3 << 6) | (1 << 5) | (packed[4] & 0b100)]) + size.to_bytes(8, "little") + packed[
        4 + 1 + _size_field(packed):]
    with pytest.raises(ValueError):
        unpacked_size(damaged)
    with pytest.raises(ValueError):
        unpack(damaged)


def _size_field(packed: bytes) -> int:
    """Bytes of the window descriptor and content size after a frame's header descriptor (no dictionary)."""
    descriptor = packed[4]
    single = (descriptor >> 5) & 1
    return (0 if single else 1) + {0: single, 1: 2, 2: 4, 3: 8}[descriptor >> 6]


def test_the_largest_legitimate_ratio_still_unpacks() -> None:
    """The header's bound is what the format allows: a run of one byte packs near it."""
    data = b"\0" * (1 << 24)
    assert unpacked_size(pack(data)) == len(data) and unpack(pack(data)) == data
