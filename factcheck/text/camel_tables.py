"""camel-tools' dediacritization and letter folding, as character tables shipped with the package.

Importing camel-tools' character utilities builds its character sets over the
whole of Unicode (a second or more of every run, a quarter of an editor's run
over a few articles), while all the normalizer's steps (:mod:`factcheck.text.steps`) need
of them is which Arabic characters ``dediac_ar`` removes and what ``normalize_alef_ar``
and friends fold each into.  So the tables are derived from camel-tools once,
shipped as ``camel_tables.json``, and ``tests/test_normalize.py`` derives them
again from the installed camel-tools: a release that changes them fails the
test, and ``python -m factcheck.text.camel_tables`` writes them anew.
"""

from __future__ import annotations

import importlib.metadata
import json
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypedDict

__all__ = ["ARABIC_BLOCKS", "CamelTables", "derive", "shipped"]

# The Arabic blocks a diacritic or a letter form can come from.
ARABIC_BLOCKS = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF)]
_FILE = "camel_tables.json"


class CamelTables(TypedDict):
    camel_tools: str  # the version they were derived from
    dediac: list[str]  # the diacritics dediac_ar removes
    letters: dict[str, str]  # alef forms, alef maksura, teh marbuta, folded


def _characters() -> list[str]:
    return [chr(cp) for lo, hi in ARABIC_BLOCKS for cp in range(lo, hi + 1)]


def derive() -> CamelTables:
    """What the installed camel-tools does to each Arabic character (slow: imports camel-tools)."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

    dediac = [ch for ch in _characters() if unicodedata.category(ch) == "Mn" and dediac_ar("ب" + ch) == "ب"]
    letters: dict[str, str] = {}
    for ch in _characters():
        folded = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(ch)))
        if folded != ch and len(folded) == 1:
            letters[ch] = folded
    return {"camel_tools": importlib.metadata.version("camel-tools"), "dediac": dediac, "letters": letters}


@lru_cache(maxsize=1)
def shipped() -> CamelTables:
    data: CamelTables = json.loads(resources.files("factcheck.text").joinpath(_FILE).read_text(encoding="utf-8"))
    return data


def write(path: Path | None = None) -> Path:
    target = path or Path(__file__).with_name(_FILE)
    target.write_text(json.dumps(derive(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"written: {write()}")
