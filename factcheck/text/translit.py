"""Arabic in a text as Buckwalter transliteration, for terminals and logs that cannot show Arabic.

``translit("استمر نحو خمس ساعات (score 100)")`` → ``"Astmr nHw xms sAEAt (score 100)"``.
The letters go through camel-tools' ``ar2bw`` character map (offline, loaded
once); before it, Arabic presentation forms are folded (ﻻ → لا), and Arabic
digits and punctuation become their ASCII counterparts, which Buckwalter
leaves out.  Everything that is not Arabic is kept as it is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["translit"]

# Arabic-Indic and Persian digits, Arabic comma, semicolon, question mark,
# percent and decimal/thousands separators.
_ASCII = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟٪٫٬یکۀ",
    "0123456789" "0123456789" ",;?%.," "يكه",  # Persian yeh, kaf, heh with yeh: their Arabic letters
)


def _presentation(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


@lru_cache(maxsize=1)
def _mapper() -> Callable[[str], str]:
    from camel_tools.utils.charmap import CharMapper

    mapper = CharMapper.builtin_mapper("ar2bw")
    return mapper.map_string  # type: ignore[no-any-return]


def translit(text: str) -> str:
    """``text`` with its Arabic transliterated (Buckwalter); other text unchanged."""
    if not any("\u0600" <= ch <= "\u06ff" or _presentation(ch) for ch in text):
        return text
    folded = "".join(unicodedata.normalize("NFKC", ch) if _presentation(ch) else ch for ch in text)
    return str(_mapper()(folded.translate(_ASCII)))
