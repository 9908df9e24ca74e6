"""Inside and outside: a claim that counts one side («1,684,629 حاجا من خارج المملكة») and the counts of an article.

A count whose clause names both sides («من داخل وخارج المملكة»، «من الداخل والخارج») or none («سيؤدي أكثر من
مليوني حاج مناسك الحج») may count them all: a whole, of which the claim's side is a part (the held-out Hajj file,
whose pilgrims from abroad met the total of all pilgrims).  A count of the other side alone («من داخل المملكة») is
another group.  Only «من داخل/من خارج» and the nouns «الداخل/الخارج» name a side: «داخل مسجدين», «داخل الكهف» say
where, and a claim that says so counts no side.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from factcheck.document import Document
from factcheck.kinds.attach import clause_tokens, in_table
from factcheck.text.normalize import normalize_query

__all__ = ["Side", "claimed_side", "sides_named"]

Side = Literal["داخل", "خارج"]
_SIDES: tuple[Side, ...] = ("داخل", "خارج")
# A side named in a claim's statement: «من خارج المملكة», «القادمين من الخارج», «حجاج الداخل».
_CLAIMED = re.compile(r"(?:^|\s)(?:و?من\s+(داخل|خارج)|و?ال(داخل|خارج)(?:\s|$))")
# The forms a side takes in an article's clause (read behind clitics: «وخارجها», «والخارج»); «الداخلية» is a
# ministry, no side.
_AND_SIDE = {side: re.compile(rf"(?:^|\s)و(?:ال)?{side}(?:ها|ه)?(?:\s|$)") for side in _SIDES}
_FORMS: dict[Side, frozenset[str]] = {
    side: frozenset({side, "ال" + side, side + "ها", side + "ه"}) for side in _SIDES
}


@lru_cache(maxsize=1024)
def claimed_side(says: str) -> Side | None:
    """The one side a claim's statement counts, or None (neither, or both: «من داخل المملكة وخارجها»)."""
    text = normalize_query(says)
    found: set[Side] = {side for side in _SIDES if side in {a or b for a, b in _CLAIMED.findall(text)}}
    found |= {side for side in _SIDES if _AND_SIDE[side].search(text)}  # «وخارجها»: the other side joined
    return next(iter(found)) if len(found) == 1 else None


def sides_named(document: Document, token: int) -> frozenset[Side]:
    """The sides the clause of token ``token`` (a count's) names."""
    words = [t.text for t in clause_tokens(document, token)]
    return frozenset(side for side in _SIDES if any(in_table(w, _FORMS[side]) for w in words))
