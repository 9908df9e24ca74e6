"""How what the cache keeps is compressed: Zstandard (the ``zstandard`` package), in one place.

The cache's biggest rows are a claim's replayed outcome: a warm run of a
thousand claims over 3,000 articles reads back 295 MB of report records.
zlib at level 1 took 1.07 s to give them back and 1.59 s to pack them in the
cold run; Zstandard at level 1 takes 0.28 s and 0.57 s, and packs them into
48 MB instead of 61 MB.  A row packed by another codec (a cache written by an
older version) is damaged to ``unpack``: the caller reads it again.

Each frame carries a checksum of what it packs (``write_checksum``), as zlib's
stream did: without it, one bit changed in a stored row often unpacked without
an error into other text (at nearly half the bytes of a block of findings: a
verdict, a source id), which a replay then reported.  A size in a frame's
header that no frame of its length can hold is damage too, never allocated.
"""

from __future__ import annotations

import threading

import zstandard

__all__ = ["LEVEL", "pack", "unpack", "unpacked_size"]

LEVEL = 1
# The most a packed byte can unpack to: a frame's block gives at most 128 KiB and takes at least 4 bytes
# (a run of one byte).  A size in a frame's header past it is damage, never allocated.
_MOST_PER_BYTE = (128 * 1024) // 4

# A compression context costs more than packing a small row: one of each per thread, made on first use
# (a forked reader inherits its parent's, idle: no thread of a fork is running in them).
_contexts = threading.local()


def pack(data: bytes) -> bytes:
    compressor = getattr(_contexts, "compressor", None)
    if compressor is None:
        compressor = _contexts.compressor = zstandard.ZstdCompressor(level=LEVEL, write_checksum=True)
    packed: bytes = compressor.compress(data)
    return packed


def unpack(data: bytes) -> bytes:
    """Raises ValueError when ``data`` is not what ``pack`` makes (damaged, or packed otherwise)."""
    unpacked_size(data)  # a damaged size in the header would have decompress allocate it
    decompressor = getattr(_contexts, "decompressor", None)
    if decompressor is None:
        decompressor = _contexts.decompressor = zstandard.ZstdDecompressor()
    try:
        unpacked: bytes = decompressor.decompress(data)
    except zstandard.ZstdError as exc:
        raise ValueError(f"not a packed row: {exc}") from None
    except MemoryError:  # a damaged size under the bound, still more than this machine has
        raise ValueError("not a packed row: its size in its header is more than can be held") from None
    return unpacked


def unpacked_size(data: bytes) -> int:
    """The size ``unpack(data)`` will have, read from its header alone (``pack`` always writes it).
    Raises ValueError when ``data`` is not what ``pack`` makes."""
    try:
        size = zstandard.frame_content_size(data)
    except zstandard.ZstdError as exc:
        raise ValueError(f"not a packed row: {exc}") from None
    if size < 0:
        raise ValueError("not a packed row: its size is not in its header")
    if size > len(data) * _MOST_PER_BYTE:
        raise ValueError("not a packed row: the size in its header is more than it can hold")
    return int(size)
