"""A match's minute as a claim's figure: «سجل صلاح في الدقيقة 36».

The number after «الدقيقة» labels a moment of the match; it counts nothing (``read.numbers`` reads it as a
``mark``), so a claim that a meeting lasted 45 minutes is never denied by «في الدقيقة 90».  A claim that names such
a minute itself («افتتح محمد صلاح التسجيل لليفربول في الدقيقة 36») is of that moment: the articles' minutes after
«الدقيقة» are its figures.  Before this, no minute after «الدقيقة» was read: the 154 files' claims of a goal's
minute ended ``not_mentioned`` in all but one of their labelled articles.

They support, and deny only when the sentence binds them to the claim's man (``bound_minute``).  Measured on the
154 files, minutes that could all deny were right 9 times in 29: a match report's sentence gives several goals'
minutes («سجل فينبوغاسون في الدقيقة 23 ... وأهدر ميسي ركلة جزاء في الدقيقة 64»), and the claim's near words (the
scorer) do not say which minute is whose.  On the 201 files, all of them denying would give 33 true contradictions and
53 false ones; those bound to the man's name just before «في الدقيقة» give 21 and 6.  A time written with the «ب» of
measure («بعد الهدف بدقيقتين») is how far one moment lies from another and denies none (``by_distance``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factcheck.document import Document
from factcheck.kinds.attach import in_table
from factcheck.matching import Match
from factcheck.read.numbers import NumberSpan, find_numbers
from factcheck.read.quantities import Quantity
from factcheck.read.tokens import last_word, readings
from factcheck.text.normalize import normalize_query

__all__ = ["bound_minute", "by_distance", "minute_claim", "minute_marks"]

_MINUTE = "الدقيقه"


@lru_cache(maxsize=1024)
def minute_claim(says: str, value: float) -> bool:
    """The claim's own figure is a match's minute: its statement reads ``value`` as a mark after «الدقيقة»."""
    text = normalize_query(says)
    return any(n.kind == "mark" and n.value == value and _after_minute(text, n) for n in find_numbers(text))


def _after_minute(text: str, n: NumberSpan) -> bool:
    word = last_word(text, n.start)
    return bool(word) and any(rest == _MINUTE for _, rest in readings(word))


def minute_marks(text: str, numbers: list[NumberSpan]) -> list[Quantity]:
    """The minutes of a match a text names («في الدقيقة 63»), as quantities of minutes."""
    return [Quantity(n.start, n.end, n.value, n.value, "minute", n.text, None, n.value, moment=True)
            for n in numbers if n.kind == "mark" and _after_minute(text, n)]


def by_distance(document: Document, start: int) -> bool:
    """The time at this normalized offset is written with the «ب» of measure: «بعد الهدف بدقيقتين»، «قبل انتهاء
    المباراة بنحو 8 دقائق»، «بعد البداية بـ22 دقيقة» say how far one moment lies from another, not which minute of
    the match it is, so they deny no claim of a minute (three false contradictions of the 197 files gone, and one
    true one: «قبل نهاية المباراة بحوالي 15 دقيقة», a substitution its label took for the claim's goal)."""
    tok = document.token_at(start)
    if tok is None:
        return False
    before = document.tokens[tok.index - 1] if tok.index > 0 else None
    if before is not None and before.text == "ب" and before.end == tok.start:  # «ب22 دقيقه»: a token of its own
        return True
    return any(clitics == "ب" for clitics, _ in readings(tok.text))


# Tokens at most between the claim's man and «الدقيقة»: «وأحرز صلاح هدف منتخب مصر الأول في الدقيقة 72».
_REACH = 5
_MINUTE_WORDS = frozenset({_MINUTE, "الدقيقتين", "دقيقه"})


def bound_minute(document: Document, start: int, names: Sequence[Match]) -> bool:
    """The match's minute at this normalized offset says whose it is: one of ``names`` (the claim's ``near`` terms
    named in its sentence, ``kinds.near.near_mentions``) that names a man (``_a_man``: none of the match's doings)
    stands at most ``_REACH`` words before its «الدقيقة», with no other minute between: «سددها ميسي في الدقيقة 63», «وسجل هدفي الفوز رفايل فاران في الدقيقة 38», «تعادل
    للروس أرتيم دزيوبا في الدقيقة 42».  Such a minute may deny the claim's; one the sentence does not bind to him
    («وانتظر ميسي حتى الدقيقة 17 ... أغويرو», «في الدقيقة 61 عن طريق الثنائي دو بروين») may not."""
    tok = document.token_at(start)
    if tok is None or tok.index == 0:
        return False
    minute = tok.index - 1  # «الدقيقة» (read.numbers marks the figure after it)
    tokens = document.tokens
    for m in names:
        gap = minute - m.last_token
        if 0 <= gap <= _REACH and _a_man(m.query) and \
                not any(tokens[k].text in _MINUTE_WORDS for k in range(m.last_token, minute)):
            return True
    return False


# What a minute claim's ``near`` names besides its man: the match's doings and their words, without clitics («الهدف
# الثاني», «ركلة جزاء», «التعادل», «افتتح التسجيل», «مطرودا», «الوقت بدل الضائع»: the terms of the examples' minute
# claims).  A name the dictionary also knows («صلاح», «ميسي», «فاران», «كافاني») is no test of a man.
_DOINGS = frozenset({
    "هدف", "اهداف", "هدفا", "هدفه", "هدفين", "هدفي", "ركله", "ركلات", "جزاء", "ضربه", "حره", "تعادل", "يتعادل",
    "افتتح", "افتتحت", "استهل", "تسجيل", "سجل", "سجلت", "تقدم", "تقدمت", "اصابه", "مصابا", "خروج", "غادر", "طرد",
    "طرده", "مطرودا", "حاله", "وقت", "ضائع", "بدل", "بدلا", "محتسب", "مرماه", "مرمي", "خطا", "نيران", "صديقه", "راس",
    "راسيه", "خلفيه", "مقصيه", "اكروباتيه", "تسديده", "مقدمه", "حارس", "نتيجه", "فارق", "قلصت", "عاود", "محظوظ",
    "مضاعفه", "تعزيز", "سبق", "حسم", "تاهل", "فوز", "مباراه", "لقاء", "اول", "ثاني", "ثان", "ثانيا", "ثالث", "ثالثا",
    "رابع", "خامس", "وحيد", "تاريخيا", "سريع", "مبكر", "عكسي", "منتخب", "فريقه",
})


@lru_cache(maxsize=1024)
def _a_man(term: str) -> bool:
    """The term names someone (or a side), not one of the match's doings: none of its words is in ``_DOINGS``,
    however its clitics are read."""
    words = normalize_query(term).split()
    return bool(words) and not any(in_table(word, _DOINGS) for word in words)
