"""Whether the words between an about-mention and a figure attach the two (see ``associate``'s rule 4).

The linking words and event nouns the rule reads, and the subject's complement (``في الانتخابات الرئاسيه``,
``بولايه ثانيه محققا``) after which a figure may still be the subject's, and the adjectives of the claim's own
event noun in a gap read as near (``في الانتخابات البلديه``: ``_own_event_adjectives``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, wraps
from typing import TypeVar
from weakref import WeakKeyDictionary

from factcheck.document import Document, Token
from factcheck.matching import Match
from factcheck.read.tokens import behind_conjunction, readings
from factcheck.text.morphology import stems

__all__ = ["ANOTHER_INSTANCE", "COMMAS", "EVENTS", "LINK", "MAX_FOREIGN", "OPENERS", "RELATIVE", "REPORTED", "STOPS", "UNSAID",
           "attach", "clause_tokens", "in_table", "WAS", "comma_after", "definite", "parted", "word_after", "word_before", "word_before_token", "words_within"]

MAX_FOREIGN = 2  # words neither linking nor the claim's: an adjective or a short complement

# Words that give the figure to the subject by their form, an accusative participle or a masculine pronoun suffix:
# «السيسي بولايه ثانيه محققا 97.8»، «بعد نيله»، «وحصوله علي».  After an indefinite noun a verb is its own
# description (``بولايه ثانيه تستمر اربع سنوات``: the term lasts four years), never these.
_HIS = frozenset({"محققا", "نيله", "حصوله", "حاصلا"})
# Words that link a subject to its number or date (normalized, clitics stripped).
_STRONG = frozenset({
    "الذي", "التي", "الذين", "اللذين", "استمر", "استمرت", "يستمر", "تستمر", "امتد", "امتدت", "يمتد", "تمتد",
    "دام", "دامت", "يدوم", "تدوم", "استغرق", "استغرقت", "يستغرق", "تستغرق", "نسبه", "لصالح", "صالح",
    "حضور", "اسفر", "اسفرت", "يسفر", "منذ", "بلغ", "بلغت", "يبلغ", "تبلغ", "حصل", "حصلت", "يحصل",
    "ادي", "ادت", "قدر", "يقدر", "تقدر", "وصل", "وصلت", "مده", "طيله", "طوال", "مدار", "بدات", "بدا",
    "اندلعت", "اندلع", "بيعت", "عقد", "عقدت", "وقع", "وقعت", "جري", "جرت",
    *_HIS,  # the subject's obtaining
})
LINK = _STRONG | frozenset({
    "في", "من", "علي", "عن", "الي", "مع", "خلال", "نحو", "حوالي", "قرابه", "هو", "هي", "كان", "كانت",
    "او", "ما", "قد", "له", "لها", "لهم", "به", "بها", "فيه", "فيها", "عليه", "عليها", "بعد", "قبل",
    "حيث", "اي", "كل", "فقط", "ايضا", "تقريبا", "اكثر", "اقل", "يقارب", "ذلك", "هذا", "هذه",
})
# Nouns that are a subject of their own: one of them between the about-mention
# and the item takes the item (``زيارة ... خلال اجتماع استمر يومين``).
EVENTS = frozenset({
    "اجتماع", "اجتماعا", "اجتماعات", "لقاء", "لقاءات", "قمه", "زياره", "حرب", "حروب", "مباراه",
    "مباريات", "مفاوضات", "محادثات", "جلسه", "جلسات", "مؤتمر", "حفل", "رحله", "عمليه", "انتخابات",
    "مهرجان", "معرض", "بطوله", "دوره", "هجوم", "انفجار", "غزو", "ثوره", "ازمه", "اتفاق", "صفقه",
    "مشروع", "فتره", "مرحله", "حكم", "ولايه", "احتلال", "نزاع", "صراع", "اعتداء", "تفجير", "منتدي",
    "برنامج", "خطه", "حمله", "قانون", "مسابقه", "موسم", "دوري", "كاس", "مونديال", "زلزال", "فيضان",
    # the dual and the plural of an attack, a trial, a call: «مسؤوليتها عن هجومي الجمعة», «ترأس محاكمة عام 2012»
    # (the held-out Ouagadougou file and the Lula file, after their runs; not «مهلة»: a deadline's claim names its
    # day after it, «مهلة حتى 10 أكتوبر»)
    "هجومي", "هجومين", "هجمات", "محاكمه", "مكالمه",
})
# Nouns of kin (normalized: «شقيقة» and «شقيقه» are one word; clitics before them are read by ``in_table``).
KIN = frozenset({"والد", "والده", "ابن", "ابنه", "شقيق", "شقيقه", "زوج", "زوجه", "جد", "جده", "عم", "خال"})
# Relative pronouns and pronoun suffixes after an event complement speak of its noun: «في الاجتماع الذي استمر يومين»،
# «بولايه ثانيه مدتها اربع سنوات».
RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
_SUFFIXES = ("ها", "هم", "هما", "هن")
# Complementizers: ``قال الثلاثاء ان الحريق``: the day is the saying's, the words after it the report's.
REPORTED = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})
# Adjectives of another instance of an event: «المباراه المقبله», «القمه السابقه» (kinds.mention reads them too).
ANOTHER_INSTANCE = frozenset({
    "المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "السابق", "السابقه", "الماضي", "الماضيه",
    "المنصرم", "المنصرمه", "الفائت", "الفائته",
    # one before the event: «عقدت اجتماعا تمهيديا على الحدود الإدارية لمحافظة السويداء» (the Daraa file, held out)
    "تمهيدي", "تمهيديا", "تمهيديه", "التمهيدي", "التمهيديه",
})
# ... and, after a complement, «الاخيره»: «نسبه المشاركه في الانتخابات الاخيره 47.5» is the last election's.  (Beside
# a place, «القمه الاخيره» is as often this very summit, the latest: not there.)
_ANOTHER = ANOTHER_INSTANCE | {"الاخير", "الاخيره"}
# The end of a reason whose figure may be another instance's: it supports, never contradicts (see associate).
UNSAID = "; an adjective the claim does not say: it may be another's"
COMPLEMENT_ADJECTIVES = 2  # adjectives of an event complement's noun (الانتخابات الرئاسيه، بولايه رئاسيه ثانيه)
COMMAS = ",،"
STOPS = ".:;؛!?؟"  # the marks a clause ends at, commas aside


@lru_cache(maxsize=1 << 16)
def in_table(word: str, table: frozenset[str]) -> bool:
    """Whether a reading of ``word`` (it, or it behind its proclitics) is in ``table``.  Remembered: the kinds ask it
    of every word around every figure, name and date, for each claim, of a few hundred tables."""
    return any(r in table for r in stems(word))


_Answer = TypeVar("_Answer")


def per_token(read: Callable[[Document, int], _Answer]) -> Callable[[Document, int], _Answer]:
    """``read`` of a document's token, remembered while the document is read: the claims checked against a document
    ask the same of its names (a rival of one claim is the rival or the answer of many)."""
    memo: WeakKeyDictionary[Document, dict[int, _Answer]] = WeakKeyDictionary()

    @wraps(read)
    def remembered(document: Document, index: int) -> _Answer:
        known = memo.get(document)
        if known is None:
            known = memo[document] = {}
        if index in known:
            return known[index]
        found = known[index] = read(document, index)
        return found

    return remembered


def word_before(document: Document, start: int, table: frozenset[str], reach: int, own: frozenset[str],
                stops: frozenset[str] = frozenset()) -> bool:
    """A word of ``table`` stands among the ``reach`` words before the figure at normalized offset ``start``, in its
    sentence and with no word of ``stops`` nearer to the figure, and the claim's words (``own``) say none of the
    table: the figure is what that word makes it («بعد فرز 90 في المئة»: ballots counted; «بالسجن 12 عاما»: a term)."""
    if any(in_table(word, table) for word in own):
        return False
    first = document.token_at(start)
    return first is not None and word_before_token(document, first.index, table, reach, stops=stops)


def word_before_token(document: Document, index: int, table: frozenset[str], reach: int, *,
                      stops: frozenset[str] = frozenset(), clause: bool = False) -> bool:
    """A word of ``table`` among the ``reach`` tokens before token ``index``, in its sentence, with no word of
    ``stops`` nearer to it and, with ``clause``, no comma, stop or colon between them (``parted``): a word of its
    clause («نقل 20 مصابا الى مستشفى ...»: those one hospital took in)."""
    tokens = document.tokens
    sentence = tokens[index].sentence
    for k in range(index - 1, max(-1, index - 1 - reach), -1):
        if tokens[k].sentence != sentence or in_table(tokens[k].text, stops) or (clause and parted(document, k, index)):
            return False
        if in_table(tokens[k].text, table):
            return True
    return False


def word_after(document: Document, m: Match) -> str | None:
    """The word right after a match, in its sentence and with nothing but a space between, or None."""
    k = m.last_token
    if k >= len(document.tokens):
        return None
    nxt = document.tokens[k]
    if nxt.sentence != m.sentence or document.text[document.tokens[k - 1].end:nxt.start].strip():
        return None
    return nxt.text


def parted(document: Document, a: int, b: int, stops: str = COMMAS + ".:") -> bool:
    """A comma, a stop or a colon (``stops``) between tokens ``a`` and ``b`` (a before b): another clause."""
    return any(c in document.text[document.tokens[a].end:document.tokens[b].start] for c in stops)


def comma_after(document: Document, last: int) -> bool:
    """A comma right after token ``last`` (before the next token): a day so set off («يؤدي خان اليمين رئيسا
    للوزراء، السبت، في ولاية») is of the clause before the comma, which the comma before it does not end."""
    return last + 1 < len(document.tokens) and parted(document, last, last + 1, COMMAS)


def definite(word: str) -> bool:
    """The word carries the article, behind its clitics or swallowed by «ل» (القمة، والقمة، بالقمة، للقمة)."""
    return any("ال" in prefix or prefix.endswith("لل") for prefix, _ in readings(word)[1:])


# «كان» (and «كانت», behind «و»): what follows was so, at a time before the one told.
WAS = frozenset({"كان", "كانت", "وكان", "وكانت"})


def words_within(n: int) -> str:
    return "1 word" if n == 1 else f"{n} words"


# A part of those just counted (normalized, a pronoun suffix for them): an about word after it describes the part, not
# the figure before it (the held-out Tehran summit: Idlib's three million, half of them displaced).
_PART_OF_THEM = frozenset({
    "نصفهم", "نصفهن", "نصفها", "ثلثهم", "ثلثها", "ثلثاهم", "ثلثيهم", "ربعهم", "ربعها", "معظمهم", "معظمهن", "معظمها",
    "غالبيتهم", "غالبيتها", "اغلبيتهم", "اغلبيتها", "اغلبهم", "اغلبها", "اكثرهم", "اكثرها", "بعضهم", "بعضها",
    "جلهم", "جلها",
})


# «الأخرى»، «الآخر» (normalized): what stands after it is of another instance of the event named before it.
_THE_OTHER = frozenset({"الاخري", "الاخر"})


def attach(document: Document, gap: tuple[int, int], own: frozenset[str], *, forward: bool = False) -> str | None:
    """Why the tokens ``[gap[0], gap[1])`` between a mention and an item attach them, or None (``forward``: the
    item comes after the mention)."""
    a, b = gap
    if a >= b:
        return "adjacent"
    tokens = document.tokens[a:b]
    # a comma: only a relative pronoun or a linking verb goes on with the subject's clause
    cut = 0
    for k in range(1, len(tokens)):
        between = document.text[tokens[k - 1].end:tokens[k].start]
        if any(c in between for c in COMMAS):
            if not in_table(tokens[k].text, _STRONG):
                return None
            cut = k
    if a > 0 and any(c in document.text[document.tokens[a - 1].end:tokens[0].start] for c in COMMAS):
        if not in_table(tokens[0].text, _STRONG):
            return None
    words = [t.text for t in tokens]
    if any(behind_conjunction(w, REPORTED) for w in words):  # وانه: behind و too (not كان)
        return None
    if any(in_table(w, _PART_OF_THEM) for w in words):
        return None  # «حوالي 3 ملايين شخص - نصفهم تقريبا من المدنيين النازحين»: the displaced are half of the figure
    if any(w in _THE_OTHER for w in words):
        return None  # «في مباراة الدور قبل النهائي الأخرى يوم الثلاثاء»: the other semi-final's day
    if any(in_table(w, EVENTS) and not in_table(w, own) for w in words):
        return _complemented(words, own) if forward and not cut else None  # a comma in the gap set cut
    if cut:
        return f"attached: «{' '.join(words[cut:])}»"
    foreign = [w for w in words if not in_table(w, LINK) and not in_table(w, own)]
    if not foreign:
        return f"attached: «{' '.join(words)}»"
    if len(foreign) <= MAX_FOREIGN:
        instance = _own_event_adjectives(document, a - 1 if forward else a, b, own)
        return None if instance is None else f"nearest within {words_within(len(words))}{instance}"
    return None


def _own_event_adjectives(document: Document, a: int, b: int, own: frozenset[str]) -> str | None:
    """What the adjectives of the claim's own event noun say among tokens ``[a, b)`` (the about-mention's last
    token and the gap): ``UNSAID`` when one is a word the claim does not say («في الانتخابات البلديه 30» for a
    claim about ``الانتخابات`` that says presidential, or says neither: the figure may be another election's, as
    after the subject's complement, ``_complemented``), None when one says another instance (``الانتخابات
    السابقه``), else ``""``."""
    unsaid = ""
    tokens = document.tokens
    for i in range(max(a, 0), b):
        heads = [p for p, r in readings(tokens[i].text) if r in EVENTS]
        if not heads or not in_table(tokens[i].text, own):
            continue
        definite = heads[0].endswith("ال")
        for t in tokens[i + 1:min(b, i + 1 + COMPLEMENT_ADJECTIVES)]:
            w = t.text
            if w[0].isdigit() or in_table(w, LINK) or in_table(w, EVENTS) or w.startswith("ال") != definite:
                break
            if w in ANOTHER_INSTANCE:
                return None
            if not in_table(w, own) and not in_table(w, _DESCRIBING):
                unsaid = UNSAID
    return unsaid


# Adjectives that describe an event and name no instance of it: «وسقط في الهجوم الدامي 22 قتيلا» is the attack's toll.
_DESCRIBING = frozenset({
    "دامي", "داميه", "انتحاري", "انتحاريه", "مدمر", "مدمره", "مزعوم", "مزعومه", "ارهابي", "ارهابيه", "مسلح",
    "مسلحه", "عنيف", "عنيفه", "مروع", "مروعه", "ماساوي", "ماساويه", "مميت", "مميته", "قوي", "قويه", "كبير", "كبيره",
})


def _complement(words: Sequence[str]) -> tuple[int, bool]:
    """How many of ``words`` are an event complement, and whether its noun is definite: في and a definite event
    noun (``في الانتخابات``), or one with ب (``بالانتخابات``، ``بولايه``), and the noun's adjectives: the words
    after it, up to ``COMPLEMENT_ADJECTIVES``, as definite as it and neither a linking word nor a number
    (``الرئاسيه``; ``رئاسيه ثانيه``).  0 for none, -1 when an adjective says it is another instance of the event
    (``في الانتخابات الاخيره``)."""
    k = 1 if words and words[0] == "في" else 0
    if k >= len(words):
        return 0, False
    heads = [p for p, r in readings(words[k]) if r in EVENTS and p in (("ال",) if k else ("ب", "بال"))]
    if not heads:
        return 0, False  # «خلال اجتماع استمر يومين», «في حرب 3 ايام»: the event noun's own figure
    definite = heads[0].endswith("ال")
    k += 1
    for w in words[k:k + COMPLEMENT_ADJECTIVES]:
        if w in _ANOTHER:
            return -1, definite
        if w[0].isdigit() or in_table(w, LINK) or in_table(w, EVENTS) or w.startswith("ال") != definite:
            break
        k += 1
    return k, definite


def _complemented(words: Sequence[str], own: frozenset[str]) -> str | None:
    """The gap opens with the subject's complement (``_complement``): «نسبه المشاركه في الانتخابات الرئاسيه
    41.05»، «فوز السيسي بولايه رئاسيه ثانيه محققا 97.8».  The figure right after a definite complement is the
    subject's, and so is one a linking verb after it gives (``في الانتخابات البرلمانيه بلغت 49``); after an
    indefinite one, only a word that is the subject's by its form gives it (``_HIS``: ``محققا``، ``بعد نيله``),
    with nothing but linking words between.  A relative pronoun or a pronoun suffix there (``الذي استمر``،
    ``مدتها``) speaks of the complement's noun, and another event noun or any other word leaves the figure
    unattached."""
    k, definite = _complement(words)
    if k <= 0:
        return None
    # an adjective of a definite complement that the claim does not say may name another election (البرلمانيه،
    # البلديه، الاولي): the figure then supports and never contradicts (``UNSAID``)
    head = 2 if words[0] == "في" else 1
    unsaid = UNSAID if definite and any(not in_table(w, own) for w in words[head:k]) else ""
    rest = words[k:]
    if not rest:
        return f"attached: «{' '.join(words)}» (the subject's complement){unsaid}" if definite else None
    if any(w in RELATIVE or w.endswith(_SUFFIXES) or not (in_table(w, LINK) or in_table(w, own))
           or (in_table(w, EVENTS) and not in_table(w, own)) for w in rest) or not any(in_table(w, _STRONG if definite else _HIS)
                                                                             for w in rest):
        return None
    return f"attached: «{' '.join(rest)}» (after the subject's complement «{' '.join(words[:k])}»){unsaid}"


# Words that open another clause inside a sentence (``mention.CLAUSE_OPENERS`` and their like).
OPENERS = frozenset({"فيما", "بينما", "لكن", "لكنه", "لكنها", "لكنهم", "حيث", "اذ"})


def clause_tokens(document: Document, k: int) -> list[Token]:
    """The tokens of token ``k``'s clause: from the last comma, stop or opener before it to the next after it."""
    tokens = document.tokens
    sentence = tokens[k].sentence
    first = k
    while first > 0 and tokens[first - 1].sentence == sentence and not parted(document, first - 1, first) \
            and not behind_conjunction(tokens[first].text, OPENERS):
        first -= 1
    last = k
    while last + 1 < len(tokens) and tokens[last + 1].sentence == sentence and not parted(document, last, last + 1) \
            and not behind_conjunction(tokens[last + 1].text, OPENERS):
        last += 1
    return tokens[first:last + 1]
