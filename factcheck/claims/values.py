"""How an editor writes a claim's values: numbers in any digits, dates of a calendar.

Pure functions for the claim models' validators (``claims.model``): each returns the value read or
raises ``ValueError`` with the message an editor sees at the key.
"""

from __future__ import annotations

import math
import re
from calendar import monthrange
from typing import Any

__all__ = ["HIJRI_MONTH_DAYS", "date_parts", "date_text", "day_of_calendar", "number_or", "western"]

# Arabic-Indic and Persian digits, the Arabic decimal and thousands separators and percent sign, as ASCII.
_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪", "01234567890123456789.,%")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# A month of the Hijri calendar has 29 or 30 days, by the moon: which, a claim file cannot say.
HIJRI_MONTH_DAYS = 30


def western(text: str) -> str:
    """``٣٫٥`` as ``3.5``, ``١٠٪`` as ``10%``."""
    return text.translate(_TO_WESTERN).strip()


def number_or(text: str) -> float | str:
    """The finite number a text writes (``3``, ``1,500``: commas only between thousands, as ``3,5`` may be
    3.5 or 35), else the text as it is (for the validators' own messages)."""
    plain = text.replace(",", "") if _THOUSANDS.fullmatch(text) else text
    try:
        number = float(plain)
    except ValueError:
        return text
    return number if math.isfinite(number) else text


def date_text(value: Any) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with a month of 01–12 and a day of 01–31 (a year as a number too)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    m = _DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if m is None:
        raise ValueError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2022-02\"")
    if m.group(2) and not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"{value!r}: month must be 01 to 12")
    if m.group(3) and not 1 <= int(m.group(3)) <= 31:
        raise ValueError(f"{value!r}: day must be 01 to 31")
    return str(value).strip()


def date_parts(value: str) -> tuple[int, int | None, int | None]:
    """The year, month and day of a ``date_text``."""
    m = _DATE.fullmatch(value)
    assert m is not None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def day_of_calendar(value: str, calendar: str) -> None:
    """Raises when the day is past its month's end (2022-02-30): a date no article can state."""
    year, month, day = date_parts(value)
    if month is None or day is None:
        return
    days = HIJRI_MONTH_DAYS if calendar == "hijri" else monthrange(year, month)[1]
    if day > days:
        raise ValueError(f"{value!r} is no day of the {calendar} calendar (that month has {days} days); "
                         "check the day and month")
