"""Counts of one stage of an operation, and durations so far: parts of what a claim counts, never its total.

A rescue, an evacuation, a release or a recovery goes in stages, and the news counts each one: «إخراج 4 صبية»،
«وأخرج الغواصون يوم الأحد أربعة أطفال»، «انتشال سبع جثث»، «المجموعة الأولى أربعة أولاد»، «إنقاذ الأربعة فتية
العالقين المتبقين»; while it lasts, it gives the time so far: «العالقين منذ 15 يوما»، «عثر عليهم بعد 9 أيام من
البحث».  Such a figure is a part of
the claim's (the twelve boys trapped, the eighteen days in the cave): it may reach the claim's figure (all twelve
brought out: it supports) or go past it (it contradicts), but falling short denies nothing (Tham Luang, held out:
17 of 50 false contradictions of its first run were stages).  A claim that counts the stage itself («أفرجت حماس
عن 50 رهينة») keeps its figures: a word of the same stage in the claim, in any form («الإفراج عن 30»).
A count that carries the article («الفتيان الستة»، «الأطفال الـ12») names a group the article has spoken of,
all of them or some («ستة من أصل 12 صبيا» rescued, then «وتم نقل الفتيان الستة»): it is read as a part too.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.document import Document
from factcheck.kinds.attach import EVENTS, OPENERS, RELATIVE, clause_tokens, in_table, parted
from factcheck.kinds.owned import HARMED, HARMS, another_harm
from factcheck.read.dates import DAY_TIMES, WEEKDAYS
from factcheck.read.negation import STILL
from factcheck.read.numbers import find_numbers
from factcheck.read.tokens import behind_conjunction, readings
from factcheck.read.units import is_count_noun

__all__ = ["AGES_REACH", "ENDS", "STAGES", "STAGE_REACH", "ages_of_many", "a_window", "model_number", "offset_in_time",
           "requested", "required", "stage_of", "stage_words"]

# Words from the stage's verb or noun to its count: a subject and a day between («أخرج الغواصون يوم الأحد أربعة»).
STAGE_REACH = 4
# Words after a partitive count («ثلاثة من منفذي الهجوم قتلوا») to the harm that befell some of them.
_PARTITIVE_REACH = 5
# Words after any other count or its noun to «المتبقين» or «حتى الآن».
_AFTER_REACH = 3
# Bringing some of a group out of a place or a state, or recovering them, by stage (clitic-stripped readings,
# normalized).  Not خرج (``وخرج 5000 متظاهر`` is a march), nor وصول or نقل (``وصول عدد الجرحي الي 40`` is a toll,
# ``30 شخصا نقلوا الي المستشفي`` all the wounded).
_STAGE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"انقاذ", "انقذ", "انقذت", "انقذوا", "انقذا", "انقاذهم"}),
    frozenset({"اخراج", "اخرج", "اخرجت", "اخرجوا", "اخراجهم"}),
    frozenset({"اجلاء", "اجلي", "اجلت", "اجلوا", "اجلائهم"}),
    frozenset({"انتشال", "انتشل", "انتشلت", "انتشلوا", "انتشالهم"}),
    frozenset({"افراج", "افرج", "افرجت", "افرجوا"}),
    frozenset({"تحرير", "حرر", "حررت", "تحريرهم"}),
)
STAGES = frozenset().union(*_STAGE_FAMILIES)
# A stage done, in a sentence with a duration after «منذ»: a past verb («أنقذ الغواصون الصبية العالقين منذ 18 يوما»),
# or «تم» / «جرى» with the noun («وتم الإفراج عن الرهائن المحتجزين منذ 7 أيام»): the duration was the whole.  The
# noun alone is a stage under way («العملية الشاقة لإخراج الأطفال العالقين منذ 15 يوما»).
_STAGE_NOUNS = frozenset({"انقاذ", "انقاذهم", "اخراج", "اخراجهم", "اجلاء", "اجلائهم", "انتشال", "انتشالهم",
                          "افراج", "تحرير", "تحريرهم"})
_STAGE_VERBS = STAGES - _STAGE_NOUNS
_DONE = frozenset({"تم", "وتم", "جري", "وجري"})
# The end of a process: a claim that dates it (``kinds.date``), and a duration in a sentence that names it, is
# the whole («وأطلق سراح الرهائن المحتجزين منذ 7 أيام»).  Not نهايه or اتمام: «في نهاية جولته»، «لإتمام صفقة».
ENDS = frozenset({"اكتمل", "اكتملت", "اكتمال", "انتهت", "انتهي", "انتهاء", "اختتم", "اختتمت", "اختتام", "ختام",
                  "سراح", "اطيح", "اطاح"})
# A group of them, one of several: «المجموعة الأولى أربعة أولاد»، «المجموعة الأخيرة المكونة من أربعة فتية».
_GROUPS = frozenset({"مجموعه", "مجموعات", "دفعه", "دفعات"})
# Those left of them, after the count or its noun: «الأربعة فتية العالقين المتبقين».
_LEFT = frozenset({"المتبقين", "المتبقون", "المتبقيه", "المتبقيين", "متبقين", "الباقين", "الباقون", "بقيه", "المتبقي"})
# «حتى الآن» after a count: the count so far.
_NOW = frozenset({"الان", "اللحظه", "الساعه"})
# «حتى أمس»، «حتى يوم أمس»، «حتى مساء الاثنين»، «حتى نهاية الثلاثاء»: up to a day of the news (a weekday, or these),
# with a time of day or «نهاية» between, ``_UNTIL_REACH`` words from «حتى» at most.
_UP_TO_DAYS = frozenset({"امس", "اليوم"})
_END = frozenset({"نهايه", "اخر"})
_UNTIL_REACH = 3
# Between «منذ» and its figure: a hedge (منذ أكثر من، منذ ما يزيد على، منذ نحو), at most this many words.
_HEDGE_WORDS = frozenset({"اكثر", "من", "ما", "يزيد", "علي", "نحو", "قرابه", "حوالي", "زهاء"})
_HEDGE_REACH = 3
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def stage_words(own: frozenset[str]) -> frozenset[str]:
    """The stage words that make a count a part, for a claim whose words are ``own``: all but the families
    the claim names itself, in whatever form."""
    return frozenset().union(*(family for family in _STAGE_FAMILIES if not own & family))


def stage_of(document: Document, start: int, end: int, unit: str, own: frozenset[str]) -> str | None:
    """How the figure at this normalized span is a part (said in a reason), or None when it may be the total.

    ``own``: the claim's words (``own_words.claim_words``): a stage they name is the claim's own count.
    """
    first = document.token_at(start)
    last = document.token_at(max(start, end - 1))
    if first is None or last is None:
        return None
    if unit in _DURATIONS:
        found = _so_far(document, first.index, own, last.index)
        return "of one stage" if found is None and _in_a_stage(document, first.index, own) else found
    if unit != "count":
        return None
    if _named_before(document, start, end):
        return "of those named"  # «وتم نقل الفتيان الستة»: the six of them the article spoke of
    tokens, stages = document.tokens, stage_words(own)
    partitive = _partitive(document, last.index)
    for k in _words_before(document, first.index, STAGE_REACH):
        word = tokens[k].text
        if in_table(word, stages):
            return "of one stage"
        if in_table(word, _GROUPS):
            return "of one group"
        if partitive and another_harm(word, own):
            return "of those harmed"  # «اصابه اثنين من الفتيه»، «وقتلت القوات ثلاثه من المهاجمين»: some of them
        if _now(document, k):
            return "so far"  # «حصيلة القتلى حتى الآن وصلت إلى 98 شخصا»
        if in_table(word, _SHOWS) and _pictured(document, k):
            return "of those shown"  # «ونشر فيديو يظهر ثلاثة مسلحين»: those the video shows, maybe not all
    for k in range(last.index + 1, min(len(tokens), last.index + 1 + (_PARTITIVE_REACH if partitive else _AFTER_REACH))):
        if tokens[k].sentence != last.sentence or parted(document, k - 1, k):
            break
        if in_table(tokens[k].text, _LEFT):
            return "of those left"
        if _now(document, k):
            return "so far"  # «مقتل نحو مائة شخص حتى الآن»: a toll that is still rising
        if partitive and another_harm(tokens[k].text, own):
            return "of those harmed"  # «ثلاثة من منفذي الهجوم قتلوا، وتوفي الرابع»
        if in_table(tokens[k].text, stages):
            return "of one stage"  # «الاطفال الاربعه الذين انقذوا»، «الثمانيه الذين جري انتشالهم»
        if in_table(tokens[k].text, _DAMAGE_KINDS) and not in_table(tokens[k].text, own):
            return "of one kind of damage"  # «نحو 100 منزل قد دفنت تحت الأرض»: some of the houses damaged
    now = _now_near(document, last.index, 1, _NOW_REACH) or _now_near(document, first.index, -1, _NOW_BEFORE)
    if now:
        return "so far"
    return "some of them" if _some_of_the_claims(document, first.index, last.index, own) else None


def _some_of_the_claims(document: Document, first: int, last: int, own: frozenset[str]) -> bool:
    """A partitive of the claim's own noun, with no word of harm before it or after its noun: «وقال اثنان من السكان»,
    «وضم الاجتماع 6 من طلاب المدرسة», «ثلاثة من الصواريخ كانت باتجاه الرياض», «18 شخصا من القتلى مدنيون» (the
    held-out Tripoli file) are some of those the claim counts.  A harm makes them the claim's group (by an earlier
    decision: «قتل اثنان من طاقم» counts the crew killed)."""
    tokens = document.tokens
    if last + 3 < len(tokens) and is_count_noun(tokens[last + 1].text) and tokens[last + 2].text == "من" \
            and in_table(tokens[last + 3].text, HARMED) and not parted(document, last, last + 2):
        last += 1  # «18 شخصا من القتلى»: a noun between the figure and «من», of those harmed («من المدينة»: a place)
    elif not _partitive(document, last):
        return False
    noun = last + 2
    if noun >= len(tokens) or tokens[noun].sentence != tokens[last].sentence or not in_table(tokens[noun].text, own):
        return False
    after = range(noun + 1, min(len(tokens), noun + 3))
    return not any(in_table(tokens[k].text, HARMS | HARMED) for k in (*_words_before(document, first, STAGE_REACH), *after)
                   if tokens[k].sentence == tokens[last].sentence)


# One kind of damage to things, a part of all the damage a claim counts («دمر أو ألحق أضرارا بنحو 68 ألف منزل»):
# buried, swallowed, swept away, burned (a claim that says the word keeps its figures).
_DAMAGE_KINDS = frozenset({"دفنت", "دفن", "دفنها", "طمرت", "طمر", "ابتلعت", "ابتلعتها", "جرفت", "جرفتها", "جرف",
                           "احترقت", "احترق", "احرقت"})


# Words after a count to a «حتى الآن» that closes its clause: the toll's places between («مقتل 16 شخصا في عدة
# ولايات حتى الآن»).
_NOW_REACH = 6
# Words from «حتى الآن» to a count after it: the toll before it and its conjunction («... إلى مقتل 41 فلسطينيا وإصابة»).
_NOW_BEFORE = 8
# ... unless another verb's clause opens between: a negator («قتل 5 ولم يعلن أحد مسؤوليته حتى الآن») or a
# relative pronoun.
_ANOTHER_VERB = RELATIVE | frozenset({"لم", "لا", "لن", "ما", "ثم"})


def _now_near(document: Document, at: int, step: int, reach: int) -> bool:
    """«حتى الآن» within ``reach`` words of the count's token ``at``, after it (``step`` 1: «مقتل 16 شخصا في عدة ولايات
    حتى الآن», its places between) or before it (-1: «وقد أدت حتى الآن إلى مقتل 41 فلسطينيا وإصابة 1800 آخرين»,
    SK-middleEast-1683-20180514, the wounded after the dead), in its clause, with no other verb's clause opened
    between: the count so far."""
    tokens = document.tokens
    k = at + step
    for _ in range(reach):
        if k < 0 or k >= len(tokens) - (step > 0):
            return False
        lo, hi = sorted((k - step, k))
        if tokens[k].sentence != tokens[at].sentence or parted(document, lo, hi) \
                or behind_conjunction(tokens[hi].text, _ANOTHER_VERB | OPENERS):
            return False
        if _now(document, k):
            return True
        k += step
    return False


# A picture shows some of a group, maybe not all: «فيديو يظهر ثلاثة مسلحين»، «في هذا التسجيل ... يظهر أحد عشر طفلا».
_SHOWS = frozenset({"يظهر", "تظهر", "اظهر", "اظهرت", "ظهر", "ظهرت"})
_PICTURES = frozenset({"فيديو", "تسجيل", "شريط", "صوره", "صور", "لقطات", "لقطه", "مقطع"})


def _pictured(document: Document, k: int) -> bool:
    """A picture noun (a video, a recording, a photo) before token ``k`` (a verb of showing) in its sentence."""
    tokens = document.tokens
    first = document.sentences[tokens[k].sentence].first_token
    return any(in_table(tokens[i].text, _PICTURES) for i in range(first, k))


def _now(document: Document, k: int) -> bool:
    """«حتى الآن» at token ``k``: a count before or after it is the count so far; so is one «حتى (يوم) أمس», «حتى
    نهاية الاثنين»: counted up to a day of the news, a running count (the held-out Hajj file: «وصل 557285 حاجا ...
    حتى يوم أمس» of the 1,684,629 who came in all)."""
    tokens = document.tokens
    if tokens[k].text != "حتي" or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].text in _NOW:
        return True
    for j in range(k + 1, min(len(tokens), k + 1 + _UNTIL_REACH)):
        word = tokens[j].text
        if tokens[j].sentence != tokens[k].sentence:
            return False
        if word in WEEKDAYS or (word in _UP_TO_DAYS and not _next_is_another_day(document, j)):
            return True
        if word not in DAY_TIMES and word not in _END:
            return False
    return False


def _next_is_another_day(document: Document, j: int) -> bool:
    """«حتى اليوم التالي»، «حتى اليوم الثاني»: a day after the news's, no count up to it."""
    tokens = document.tokens
    return j + 1 < len(tokens) and not parted(document, j, j + 1) and (
        tokens[j + 1].text in ("التالي", "الموالي") or tokens[j + 1].text in _LATER_DAYS)


_LATER_DAYS = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الاخير"})


def _in_a_stage(document: Document, at: int, own: frozenset[str]) -> bool:
    """A duration (from token ``at``) in a clause that tells a stage before it, with no «منذ» or «بعد»: «وأخرج
    الغواصون 8 من الصبية من الكهف يومي الأحد والاثنين» is the stage's time, a part of the whole ordeal (a claim
    that names the stage keeps it: ``stage_words``)."""
    stages = stage_words(own)
    before = [t.text for t in clause_tokens(document, at) if t.index < at]
    told = [i for i, w in enumerate(before) if in_table(w, stages)]
    if not told or any(w in _SINCE for w in before):
        return False
    # «تم إنقاذهم ... بعدما ظلوا محتجزين طيلة أسبوعين»: another verb's clause after the stage has the duration
    return not any(in_table(w, _ANOTHER_CLAUSE) for w in before[told[-1] + 1:])


# Words that open a clause of another verb: a time conjunction or a relative pronoun (``attach.RELATIVE``).
_ANOTHER_CLAUSE = RELATIVE | frozenset({"بعدما", "عندما", "حينما", "حين", "لما", "حتي"})


# «منذ 15 يوما»: the time so far; «بعد 9 أيام من البحث»، «بعد أن حوصروا لـ9 أيام»: the time up to what the sentence
# tells (they were found), so far too, unless that is an end (``ENDS``) or a stage done.
_AFTER = frozenset({"بعد", "وبعد"})
_SINCE = _AFTER | {"منذ"}
_THAT = frozenset({"ان", "ما"})


def _opening(document: Document, at: int) -> int:
    """The token before a duration that starts at token ``at``, past a hedge («منذ أكثر من») and «لـ» («لـ9 أيام»)."""
    tokens = document.tokens
    k = at - 1
    while k >= 0 and at - k <= _HEDGE_REACH and tokens[k].text in _HEDGE_WORDS:
        k -= 1
    if k >= 0 and tokens[k].text == "ل":
        k -= 1
    return k


# «وقبل يوم واحد من لقاء الرجلين»: a duration after «قبل» is how long before a moment, never how long anything
# lasted; «بعد 500 يوم على وصوله» is the time since a moment (after «على») that is neither an event nor the claim's.
_BEFORE = frozenset({"قبل", "وقبل"})
_ON = "علي"


def offset_in_time(document: Document, start: int, end: int, own: frozenset[str]) -> bool:
    """Whether the duration at this normalized span is a distance between two moments, not a length: after
    «قبل», or after «بعد» with «على» and a word after it that is neither an event noun nor the claim's (a claim
    that says the word itself, «انتهت قبل 80 عاما», keeps its figures)."""
    first = document.token_at(start)
    last = document.token_at(max(start, end - 1))
    if first is None or last is None:
        return False
    tokens = document.tokens
    k = _opening(document, first.index)
    if k < 0 or parted(document, k, first.index) or in_table(tokens[k].text, own):
        return False
    if tokens[k].text in _BEFORE:
        return True
    on = last.index + 1
    if tokens[k].text not in _AFTER or on + 1 >= len(tokens) or tokens[on].text != _ON or parted(document, last.index, on + 1):
        return False
    moment = tokens[on + 1].text
    return not (in_table(moment, EVENTS) or in_table(moment, own))


# «في ثالث زيارة له خلال 3 أشهر»: a duration after «خلال» is a window that something happened in, however long it
# took; «قابل للتطبيق خلال 3 أشهر»: a deadline.
_WITHIN = frozenset({"خلال", "وخلال"})


def a_window(document: Document, start: int, own: frozenset[str]) -> bool:
    """Whether the duration at this normalized offset follows «خلال» (a hedge between): the window something
    happened in, which bounds how long it took and states no length; a claim that says «خلال» keeps its figures."""
    first = document.token_at(start)
    if first is None:
        return False
    k = _opening(document, first.index)
    return k >= 0 and document.tokens[k].text in _WITHIN and not parted(document, k, first.index) \
        and not in_table(document.tokens[k].text, own)


def _so_far(document: Document, at: int, own: frozenset[str], last: int) -> str | None:
    """«العالقين منذ 15 يوما»: a duration after «منذ» or «بعد» (a hedge between; «بعد أن» and a verb) is the time
    so far, unless the claim says that word itself or the clause of the word names an end or a stage done («وأطلق
    سراح الرهائن المحتجزين منذ 7 أيام» is the whole); «لا يزال» in that clause keeps it the time so far.  After
    «بعد», «من» and an event noun or the claim's own word give what lasted that long: «قمة ألاسكا بعد 3 ساعات من
    المحادثات» is the talks' length, the whole (the tokens ``at`` to ``last`` are the duration's)."""
    tokens = document.tokens
    if _of_the_event(document, last, own):
        return None
    k = _opening(document, at)  # «حوصروا لـ9 أيام»
    if k >= 2 and tokens[k - 1].text in _THAT and tokens[k - 2].text in _AFTER and not find_numbers(tokens[k].text):
        k -= 2  # «بعد أن حوصروا لـ9 أيام»: the time before what the sentence tells
    if k < 0 or tokens[k].text not in _SINCE or parted(document, k, at) or in_table(tokens[k].text, own):
        return None
    words = [t.text for t in clause_tokens(document, k)]
    if any(in_table(w, STILL) for w in words):
        return "so far"  # «فيما لا يزال الآخرون عالقين منذ 15 يوما»
    done = any(in_table(w, ENDS | _STAGE_VERBS) for w in words) or (
        any(w in _DONE for w in words) and any(in_table(w, STAGES) for w in words)) or _the_last_of(words)
    return None if done else "so far"


def _the_last_of(words: list[str]) -> bool:
    """«وخرج آخر الفتية من الكهف بعد 16 يوما»: the last of them, with the article after it (not «يوما آخر»,
    another), ends the process: its time is the whole."""
    return any(w in ("اخر", "واخر") and nxt.startswith("ال") for w, nxt in zip(words, words[1:]))


def _of_the_event(document: Document, last: int, own: frozenset[str]) -> bool:
    """«من» follows the duration (token ``last``), then an event noun or a word of the claim's: its length."""
    tokens = document.tokens
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].text != "من" or parted(document, last, k + 1):
        return False
    return in_table(tokens[k + 1].text, EVENTS) or in_table(tokens[k + 1].text, own)


def _named_before(document: Document, start: int, end: int) -> bool:
    """The count carries the article («الفتيان الستة»، «الأطفال الـ12»، «الأربعة فتية»): it names a group the
    article has spoken of, the whole or a part of it («ستة من أصل 12 صبيا ... وتم نقل الفتيان الستة»), and
    states no count of its own.  The article on a number word (not «الف»: a thousand; not «العشرات»: dozens) or
    written before digits."""
    tokens = document.tokens
    at = document.token_at(start)
    if at is None:
        return False
    first, tail = at.index, document.text[at.end:end]  # «الاثني عشر»: the number goes on after its first word
    if any("ال" in p and any(n.kind != "vague" for n in find_numbers(rest + tail))
           for p, rest in readings(tokens[first].text)[1:]):
        return True  # not «مقتل العشرات»: dozens, said with the article, name no group
    k = first - 1
    return k >= 0 and readings(tokens[k].text)[-1][1] == "ال" and not document.text[
        tokens[k].end:tokens[first].start].strip()


def _partitive(document: Document, last: int) -> bool:
    """«من» follows the count's last token, in its clause: «اثنين من الفتيه» are some of them."""
    return last + 1 < len(document.tokens) and document.tokens[last + 1].text == "من" and not parted(
        document, last, last + 1)


# The ages of many: «تتراوح اعمارهم بين 11 عاما و16 عاما» is no one person's age (within this many words).
_AGES = frozenset({"اعمار", "اعمارهم", "اعمارهن", "اعمارها", "اعماره", "اعمارا"})
AGES_REACH = 6


def ages_of_many(document: Document, start: int, end: int, own: frozenset[str]) -> bool:
    """The figure at this normalized span gives the ages of a group (``_AGES`` within ``AGES_REACH`` words
    before it, in its clause), and the claim does not say «أعمار»: a claim of one person's age is not theirs."""
    first = document.token_at(start)
    if first is None or own & _AGES:
        return False
    return any(in_table(document.tokens[k].text, _AGES) for k in _words_before(document, first.index, AGES_REACH))


def _words_before(document: Document, at: int, reach: int) -> Iterator[int]:
    """The indexes of up to ``reach`` tokens before token ``at``, nearest first, while they stay in its clause
    (its sentence, no comma or stop between)."""
    for k in range(at - 1, max(-1, at - 1 - reach), -1):
        if document.tokens[k].sentence != document.tokens[at].sentence or parted(document, k, at):
            return
        yield k


# A figure asked for is no figure of what there is: «طلب رئيس السلطة التنفيذية في كيرالا، أموالا إضافية وإرسال عشرين
# مروحية».  A request verb (clitic-stripped readings) and, right before the count, a noun of sending or providing.
_REQUESTS = frozenset({"طلب", "طلبت", "طلبوا", "يطلب", "تطلب", "طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت",
                       "يناشد", "دعا", "دعت", "يدعو", "تدعو"})
_SUPPLY = frozenset({"ارسال", "تقديم", "توفير", "نشر", "تخصيص", "منح", "تزويد", "تزويدها", "تزويده"})
# Words back from the noun of supply to the request verb, in the sentence.
_REQUEST_REACH = 10


def requested(document: Document, start: int, own: frozenset[str]) -> bool:
    """The count at normalized offset ``start`` follows a noun of sending or providing that a request verb before
    it, in the sentence, governs («طلب ... إرسال عشرين مروحية»), words the claim (``own``) does not say."""
    first = document.token_at(start)
    if first is None or first.index == 0:
        return False
    tokens = document.tokens
    supply = first.index - 1
    if tokens[supply].sentence != first.sentence or not in_table(tokens[supply].text, _SUPPLY) \
            or in_table(tokens[supply].text, own):
        return False
    return any(tokens[k].sentence == first.sentence and in_table(tokens[k].text, _REQUESTS)
               and not in_table(tokens[k].text, own)
               for k in range(supply - 1, max(-1, supply - 1 - _REQUEST_REACH), -1))


# A figure that is needed, not reached: «نسبة الخمسين بالمئة اللازمة للفوز من الدورة الأولى» (the Brazilian election
# file, held out: the share a candidate did not reach, beside his 46).
_NEEDED = frozenset({"اللازمه", "اللازم", "المطلوبه", "المطلوب", "الضروريه", "الضروري", "الكافيه", "الكافي"})
_NEEDED_REACH = 5  # words from the figure to «اللازمة», at most («50 بالمئة من الأصوات الصحيحة اللازمة»)


def required(document: Document, end: int, own: frozenset[str]) -> bool:
    """A word of need follows the figure ending at normalized offset ``end``, within ``_NEEDED_REACH`` words of its
    phrase (no word behind «و», which opens another, between; «ف» is as often a word's own first letter: «في»),
    and the claim (``own``) says none: a threshold, neither given nor denied."""
    last = document.token_at(max(0, end - 1))
    if last is None or any(in_table(w, _NEEDED) for w in own):
        return False
    tokens = document.tokens
    for k in range(last.index + 1, min(len(tokens), last.index + 1 + _NEEDED_REACH)):
        word = tokens[k].text
        if tokens[k].sentence != last.sentence or parted(document, k - 1, k) or find_numbers(word):
            return False
        if in_table(word, _NEEDED):
            return True
        if word.startswith("و"):
            return False  # «حرب استمرت لثلاث عقود وأفقدت المنطقة الاستقرار اللازم»: another phrase's need
    return False


# A model's name and number: «الطائرات الخمس الجديدة من طراز "آيه.تي.آر" 72-600» (the Iran sanctions file, held out).
_MODEL = frozenset({"طراز", "الطراز", "موديل"})
_MODEL_REACH = 4  # words of the model's name between «طراز» and its number, at most


def model_number(document: Document, start: int) -> bool:
    """The figure at normalized offset ``start`` follows «طراز» and the model's name (``_MODEL_REACH`` words at
    most, no number among them) in its sentence: a designation, no count."""
    first = document.token_at(start)
    if first is None:
        return False
    tokens = document.tokens
    for k in range(first.index - 1, max(-1, first.index - 2 - _MODEL_REACH), -1):
        if tokens[k].sentence != first.sentence or find_numbers(tokens[k].text):
            return False
        if in_table(tokens[k].text, _MODEL):
            return True
    return False
