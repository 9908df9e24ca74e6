"""Counts of one stage of an operation, and durations so far: parts of what a claim counts, never its total.

A rescue, an evacuation, a release or a recovery goes in stages, and the news counts each one: «إخراج 4 صبية»،
«وأخرج الغواصون يوم الأحد أربعة أطفال»، «انتشال سبع جثث»، «المجموعة الأولى أربعة أولاد»، «إنقاذ الأربعة فتية
العالقين المتبقين»; while it lasts, it gives the time so far: «العالقين منذ 15 يوما».  Such a figure is a part of
the claim's (the twelve boys trapped, the eighteen days in the cave): it may reach the claim's figure (all twelve
brought out: it supports) or go past it (it contradicts), but falling short denies nothing (Tham Luang, held out:
17 of 50 false contradictions of its first run were stages).  A claim that counts the stage itself («أنقذ 12
فتى») keeps its figures: its own words name the stage.
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import COMMAS, in_table
from factcheck.kinds.owned import another_harm
from factcheck.text.morphology import stems

__all__ = ["STAGE_REACH", "ages_of_many", "stage_of"]

# Words from the stage's verb or noun to its count: a subject and a day between («أخرج الغواصون يوم الأحد أربعة»).
STAGE_REACH = 4
# Bringing some of a group out of a place or a state, or recovering them (clitic-stripped readings, normalized).
_STAGES = frozenset({
    "انقاذ", "انقذ", "انقذت", "انقذوا", "انقذا", "اخراج", "اخرج", "اخرجت", "اخرجوا", "خروج", "خرج", "خرجت", "خرجوا",
    "اجلاء", "اجلي", "اجلت", "اجلوا", "انتشال", "انتشل", "انتشلت", "انتشلوا", "افراج", "الافراج", "افرج", "افرجت",
    "تحرير", "حرر", "حررت", "انقاذهم", "اخراجهم", "اجلائهم", "انتشالهم", "تحريرهم",
})  # not وصول (وصول عدد الجرحي الي 40 is the toll) nor نقل (نقل 41 شخصا الي المستشفي: all the wounded)
# A group of them, one of several: «المجموعة الأولى أربعة أولاد»، «المجموعة الأخيرة المكونة من أربعة فتية».
_GROUPS = frozenset({"مجموعه", "المجموعه", "مجموعات", "المجموعات", "دفعه", "الدفعه", "دفعات", "الدفعات"})
# After the count's noun only: «4 فتية وصلوا الى الغرفه الثالثه» (before it, «وصول عدد الجرحي الي 40» is a toll).
_ARRIVED = frozenset({"وصلوا", "وصلا", "نقلوا"})
# Those left of them, after the count or its noun: «الأربعة فتية العالقين المتبقين».
_LEFT = frozenset({"المتبقين", "المتبقون", "المتبقيه", "المتبقيين", "متبقين", "الباقين", "الباقون", "بقيه", "المتبقي"})
# A duration after «منذ» is the time so far: «العالقين منذ 15 يوما» (not after «بعد»: «انتهت القمة بعد 3 ساعات» is
# the whole of it), unless the claim says it so.
_SO_FAR = frozenset({"منذ"})
# «حتى الآن» after a count: the count so far.
_NOW = frozenset({"الان", "اللحظه", "الساعه"})
# Between «منذ» and its figure: a hedge (منذ أكثر من، منذ ما يزيد على، منذ نحو).
_HEDGE_WORDS = frozenset({"اكثر", "من", "ما", "يزيد", "علي", "نحو", "قرابه", "حوالي", "زهاء"})
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def stage_of(document: Document, start: int, end: int, unit: str, own: frozenset[str]) -> str | None:
    """How the figure at this normalized span is a part (said in a reason), or None when it may be the total.

    ``own``: the claim's words (``associate.claim_words``): a stage they name is the claim's own count.
    """
    first = document.token_at(start)
    last = document.token_at(max(start, end - 1))
    if first is None or last is None:
        return None
    tokens = document.tokens
    if unit in _DURATIONS:
        k = first.index - 1
        while k >= 0 and first.index - k <= 3 and tokens[k].text in _HEDGE_WORDS:
            k -= 1
        if k < 0 or _parted(document, k, first.index) or own.intersection(stems(tokens[k].text)):
            return None
        return "so far" if in_table(tokens[k].text, _SO_FAR) else None
    if unit != "count":
        return None
    for k in range(first.index - 1, max(-1, first.index - 1 - STAGE_REACH), -1):
        if tokens[k].sentence != first.sentence or _parted(document, k, first.index):
            break
        word = tokens[k].text
        if in_table(word, _STAGES) and not own.intersection(stems(word)):
            return "of one stage"
        if in_table(word, _GROUPS):
            return "of one group"
        if another_harm(word, own) and _partitive(document, last.index):
            return "of those harmed"  # «اصابه اثنين من الفتيه»، «وقتلت القوات ثلاثه من المهاجمين»: some of them
    partitive = _partitive(document, last.index)
    for k in range(last.index + 1, min(len(tokens), last.index + (6 if partitive else 4))):
        if tokens[k].sentence != last.sentence or _parted(document, k - 1, k):
            break
        if in_table(tokens[k].text, _LEFT):
            return "of those left"
        if tokens[k].text == "حتي" and k + 1 < len(tokens) and tokens[k + 1].text in _NOW:
            return "so far"  # «مقتل نحو مائة شخص حتى الآن»: a toll that is still rising
        if partitive and another_harm(tokens[k].text, own):
            return "of those harmed"  # «ثلاثة من منفذي الهجوم قتلوا، وتوفي الرابع»
        if in_table(tokens[k].text, _STAGES | _ARRIVED) and not own.intersection(stems(tokens[k].text)):
            return "of one stage"  # «الاطفال الاربعه الذين انقذوا»، «الثمانيه الذين جري انتشالهم»
    return None


# The ages of many: «تتراوح اعمارهم بين 11 عاما و16 عاما» is no one person's age (within this many words).
_AGES = frozenset({"اعمار", "اعمارهم", "اعمارهن", "اعمارها", "اعماره", "اعمارا"})
AGES_REACH = 6


def ages_of_many(document: Document, start: int, end: int, own: frozenset[str]) -> bool:
    """The figure at this normalized span gives the ages of a group (``_AGES`` within ``AGES_REACH`` words
    before it, in its clause), and the claim does not say «أعمار»: a claim of one person's age is not theirs."""
    first = document.token_at(start)
    if first is None or own & _AGES:
        return False
    for k in range(first.index - 1, max(-1, first.index - 1 - AGES_REACH), -1):
        if document.tokens[k].sentence != first.sentence or _parted(document, k, first.index):
            return False
        if in_table(document.tokens[k].text, _AGES):
            return True
    return False


def _partitive(document: Document, last: int) -> bool:
    """«من» follows the count's last token, in its clause: «اثنين من الفتيه» are some of them."""
    return last + 1 < len(document.tokens) and document.tokens[last + 1].text == "من" and not _parted(
        document, last, last + 1)


def _parted(document: Document, a: int, b: int) -> bool:
    """A comma, a stop or a colon between tokens ``a`` and ``b``."""
    return any(c in document.text[document.tokens[a].end:document.tokens[b].start] for c in COMMAS + ".:")

