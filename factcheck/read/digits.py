"""A digit group's value: which of ``,`` and ``.`` groups thousands and which marks the decimals.

News writes both ways (``1,000.5`` and ``1.000,5``); :mod:`factcheck.read.numbers` says which reading wins.
"""

from __future__ import annotations

import re

__all__ = ["parse_digits"]


def parse_digits(s: str) -> float | None:
    """The value of a digit group, or None when it is not one number.

    See the module docstring for separators; ``24.2.2022`` (a date) is None.
    """
    if ":" in s:
        return None
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        last = max(s.rfind("."), s.rfind(","))
        whole = re.sub(r"[.,]", "", s[:last])
        return float(f"{whole}.{s[last + 1:]}")
    for sep in (",", "."):
        if sep in s:
            groups = s.split(sep)
            if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and (
                sep == "," or len(groups) > 2
            ):
                return float("".join(groups))
            if len(groups) == 2:
                return float(f"{groups[0]}.{groups[1]}")
            return None
    return float(s)
