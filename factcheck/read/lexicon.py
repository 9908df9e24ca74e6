"""The number lexicon in normalized spelling: number words, fractions, vague counts, ordinals, hedges.

Data only; ``factcheck.read.numbers`` reads text with it (see its docstring for
the rules these tables serve).  Normalized spelling: ``ة`` is ``ه``, ``ى`` is
``ي``, alef forms are ``ا`` (``ثلاثه``, ``مئه``/``مائه``, ``الف``).
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "DEFINITE_ORDINALS", "FIVE_OR_FIFTH", "HEDGES", "LEXICON", "ORDINALS", "PARTS", "PERCENT_AFTER_FI",
    "PERCENT_WORDS", "PLURAL_SCALE", "ROUND_NAMES", "LABEL_NOUNS", "VAGUE", "Cat", "HedgeKind",
]

HedgeKind = Literal["approx", "at_least", "at_most", "range"]


Cat = Literal[
    "unit", "teen_base", "ten", "tens", "hundred", "hundreds", "scale",
    "scale_plural", "scale_dual", "fraction", "vague",
]

_UNIT_STEMS = {3: "ثلاث", 4: "اربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}

LEXICON: dict[str, tuple[Cat, float]] = {
    "واحد": ("unit", 1), "واحده": ("unit", 1),
    "احد": ("teen_base", 1), "احدي": ("teen_base", 1),
    "اثنان": ("unit", 2), "اثنين": ("unit", 2), "اثنتان": ("unit", 2), "اثنتين": ("unit", 2),
    "ثنتان": ("unit", 2), "ثنتين": ("unit", 2),
    "اثنا": ("teen_base", 2), "اثني": ("teen_base", 2), "اثنتا": ("teen_base", 2), "اثنتي": ("teen_base", 2),
    "ثلاث": ("unit", 3), "ثلاثه": ("unit", 3),
    "اربع": ("unit", 4), "اربعه": ("unit", 4),
    "خمس": ("unit", 5), "خمسه": ("unit", 5),
    "ست": ("unit", 6), "سته": ("unit", 6),
    "سبع": ("unit", 7), "سبعه": ("unit", 7),
    "ثمان": ("unit", 8), "ثماني": ("unit", 8), "ثمانيه": ("unit", 8),
    "تسع": ("unit", 9), "تسعه": ("unit", 9),
    "عشر": ("ten", 10), "عشره": ("ten", 10),
    "عشرون": ("tens", 20), "عشرين": ("tens", 20),
    "ثلاثون": ("tens", 30), "ثلاثين": ("tens", 30),
    "اربعون": ("tens", 40), "اربعين": ("tens", 40),
    "خمسون": ("tens", 50), "خمسين": ("tens", 50),
    "ستون": ("tens", 60), "ستين": ("tens", 60),
    "سبعون": ("tens", 70), "سبعين": ("tens", 70),
    "ثمانون": ("tens", 80), "ثمانين": ("tens", 80),
    "تسعون": ("tens", 90), "تسعين": ("tens", 90),
    "مئه": ("hundred", 100), "مائه": ("hundred", 100),
    "مئتان": ("hundreds", 200), "مئتين": ("hundreds", 200), "مئتا": ("hundreds", 200), "مئتي": ("hundreds", 200),
    "مائتان": ("hundreds", 200), "مائتين": ("hundreds", 200), "مائتا": ("hundreds", 200), "مائتي": ("hundreds", 200),
    "الف": ("scale", 1e3), "الفا": ("scale", 1e3),
    "مليون": ("scale", 1e6), "مليونا": ("scale", 1e6),
    "مليار": ("scale", 1e9), "مليارا": ("scale", 1e9), "بليون": ("scale", 1e9),
    "تريليون": ("scale", 1e12),
    "الاف": ("scale_plural", 1e3), "ملايين": ("scale_plural", 1e6), "مليارات": ("scale_plural", 1e9),
    "الفان": ("scale_dual", 1e3), "الفين": ("scale_dual", 1e3), "الفي": ("scale_dual", 1e3),
    "مليونان": ("scale_dual", 1e6), "مليونين": ("scale_dual", 1e6), "مليوني": ("scale_dual", 1e6),
    "ملياران": ("scale_dual", 1e9), "مليارين": ("scale_dual", 1e9), "ملياري": ("scale_dual", 1e9),
    "نصف": ("fraction", 1 / 2), "ثلث": ("fraction", 1 / 3), "ربع": ("fraction", 1 / 4),
    "سدس": ("fraction", 1 / 6), "ثلثي": ("fraction", 2 / 3), "ثلثا": ("fraction", 2 / 3),
}
for _n, _stem in _UNIT_STEMS.items():
    _hund = "ثماني" if _n == 8 else _stem
    for _h in ("مئه", "مائه"):
        LEXICON[_hund + _h] = ("hundreds", _n * 100)
        LEXICON[_stem + _h] = ("hundreds", _n * 100)

# Words that are numbers only in context (see module docstring).
FIVE_OR_FIFTH = {"خمس": 1 / 5, "عشر": 1 / 10}

# Vague quantities: (low, high) of the word alone, and the scale it
# multiplies when a plural scale follows (عشرات الآلاف).
VAGUE: dict[str, tuple[float, float]] = {
    "بضع": (3, 9), "بضعه": (3, 9), "عده": (3, 9),
    "عشرات": (20, 99), "مئات": (200, 999),
    "الاف": (2e3, 1e4 - 1), "ملايين": (2e6, 1e7 - 1), "مليارات": (2e9, 1e10 - 1),
}
PLURAL_SCALE = {"الاف": 1e3, "ملايين": 1e6, "مليارات": 1e9, "مئات": 1e2}

# Fractions expressed as "three quarters": n followed by a plural of parts.
PARTS = {"ارباع": 4, "اخماس": 5, "اعشار": 10, "اثلاث": 3}

ORDINALS: dict[str, int] = {
    "اول": 1, "اولي": 1, "حادي": 1, "حاديه": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3,
    "رابع": 4, "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7,
    "ثامن": 8, "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10,
}
# The same with the article, as they follow a noun: «الدقيقة الثالثة»، «الهدف الأول» (which one of several).
DEFINITE_ORDINALS = frozenset("ال" + word for word in ORDINALS)

PERCENT_WORDS = {"بالمئه", "بالمائه", "بالميه"}
PERCENT_AFTER_FI = {"المئه", "المائه"}


# Verbs of exceeding, as news writes them before a threshold («تخطت عتبة»، «كسرت حاجز»).
_EXCEEDING = (
    "تخطت", "تخطي", "يتخطي", "تتخطي", "تجاوزت", "تجاوز", "يتجاوز", "تتجاوز", "متجاوزا", "متخطيا",
    "فاقت", "فاق", "تعدت", "تعدي", "كسرت", "كسر", "اجتازت", "اجتاز",
)

HEDGES: list[tuple[tuple[str, ...], HedgeKind]] = sorted(
    [
        *((tuple(p.split()), "approx") for p in (
            "نحو", "حوالي", "قرابه", "زهاء", "ما يقارب", "يقارب", "ما يقرب من", "يقرب من",
            "ما يناهز", "يناهز", "تقريبا", "في حدود",
            # the verb, as news writes it of a share («مع نسبة مشاركة قاربت 90%»)
            "قاربت", "قارب", "تقارب", "ناهزت", "ناهز",
        )),
        *((tuple(p.split()), "at_least") for p in (
            "اكثر من", "ما يزيد علي", "ما يزيد عن", "يزيد علي", "يزيد عن", "يفوق", "تفوق",
            "يتجاوز", "تتجاوز", "تجاوز", "لا يقل عن", "لا تقل عن", "ما لا يقل عن",
            "ما يربو علي", "يربو علي", "ازيد من", "اكثر قليلا من", "علي الاقل",
            # verbs of comparison as news writes them (تخطت نسبه المشاركه 40 بالمئه)
            "تخطت", "تخطي", "يتخطي", "تتخطي", "تجاوزت", "فاقت", "فاق", "تعدت", "تعدي", "يتعدي", "تتعدي",
            "تزيد عن", "تزيد علي", "لم يقل عن", "لم تقل عن", "لا يقل عن", "لا تقل عن",
            # the preposition dropped, as news copy drops it («مقتل ما لا يقل 832 شخصا», «أكثر 220 شخصا قتلوا»: a
            # list's «أكثر 10 دول» is its top ten, and read as at least ten it widens a figure, never moves it)
            "ما لا يقل", "لا يقل", "ما لا تقل", "لا تقل", "اكثر",
        )),
        # a verb of exceeding before «عتبة» or «حاجز» (threshold, barrier): «تخطت عتبة 220 قتيلا»
        *(((verb, noun), "at_least") for verb in _EXCEEDING for noun in ("عتبه", "حاجز")),
        *((tuple(p.split()), "at_most") for p in (
            "اقل من", "دون", "حتي", "ما يصل الي", "يصل الي", "تصل الي", "لا يتجاوز", "لا تتجاوز",
            "لا يزيد عن", "لا يزيد علي", "ما لا يزيد عن", "ما لا يزيد علي", "اقل قليلا من",
            "يقل عن", "تقل عن", "لا تزيد عن", "لا تزيد علي", "لم يتجاوز", "لم تتجاوز", "لم يتعد", "لم تتعد",
            "لا يتعدي", "لا تتعدي", "لم يزد عن", "لم يزد علي", "لم تزد عن", "لم تزد علي", "ادني من",
        )),
    ],
    key=lambda h: -len(h[0]),
)

# A fraction word before these is the name of a round, not a share: ربع النهائي
# (quarter-final), نصف النهائي (semi-final).
ROUND_NAMES = frozenset({"النهائي", "نهائي", "النهائيه", "نهائيه"})

# Nouns that a number right after them labels rather than counts: الدقيقه 45
# (a match minute), الذكري 70 (an anniversary), رقم 5, الجوله 3, الماده 12.
LABEL_NOUNS = frozenset({
    "الدقيقه", "الدقيقتين", "دقيقه", "الذكري", "ذكري", "رقم", "الدوره", "النسخه", "الجوله", "الماده",
    "الفقره", "البند", "الفصل", "المرتبه", "الصفحه", "الحلقه", "الموسم", "الطبعه", "القرار",
})
