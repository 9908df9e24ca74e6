"""The target of an attack tells which attack a figure is of: «الهجوم الانتحاري على مقر الشرطة» is not «التفجيرات
التي استهدفت 3 كنائس».

One article often reports two attacks of one day or one week, each with its own toll: the three churches of
Surabaya bombed on Sunday (41 wounded), the police headquarters on Monday (10 wounded).  The claims of both count
the same words (جرحى، أصيب، إصابة), so without more each attack's figure contradicts the other's claim wherever an
article reports both (six of the 51 false contradictions of the thirteen example files were such).  What the news
tells the attacks apart by is their target, named in two ways: the verb «استهدف» and its object («التفجيرات
الانتحارية التي استهدفت 3 كنائس»، «هجوم انتحاري استهدف مركزا للشرطة»), or «على» after an attack noun («الهجوم
الانتحاري على مقر الشرطة»), or where it took place by a building («الهجوم الانتحاري الذي وقع خارج مبنى للشرطة»،
«تفجير أمام كنيسة»: خارج، أمام، قرب، داخل).

A claim whose statement names its attack's target so, or in construct with an attack noun («تفجيرات الكنائس»: a
definite dictionary noun after an attack noun with no article; in a statement only, where an editor names the
claim's attack), is about that attack.  A sentence that names the target of
its attack so, and never one of the claim's (by lemma: «كنيسة» is «الكنائس»، «مقرا للشرطة» is «مقر الشرطة»), is
about another attack: its figures may still support the claim, never contradict it (a contradiction is a promise
to an editor; an attack named by a synonym of the claim's target, «استهدف رجال الأمن» for «مقر الشرطة», must not
be taken for another one on that promise).

So with an event named as another one: an event noun and «آخر» right after it («زلزالا آخرا ضرب لومبوك الأسبوع
الماضي وأسفر عن مقتل 16 شخصا»، «تعرضت الجزيرة لزلزال آخر بقوة 7.2، الأحد»).  The sentence tells of two instances,
and which one its figure is of, the words leave open: it contradicts no claim, unless the claim says «آخر» itself
(a claim of that other quake).  A claim that names no target, or a sentence that names none, is read
as before: the rule only ever holds a figure back.  The claim's ``near`` words, when it gives them, name its
instance too: a target sharing one of them is the claim's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from factcheck.document import Document
from factcheck.kinds.attach import EVENTS, LINK, definite, in_table, parted
from factcheck.kinds.places import PLACE_NOUNS
from factcheck.read.number_words import number_word
from factcheck.read.tokens import Tok, joined, readings, scan
from factcheck.text.lexicon import lemmas, word_class
from factcheck.text.normalize import normalize

__all__ = ["ANOTHER", "ATTACKS", "CONFLICTS", "MEMORY", "TARGETING", "TARGET_WORDS", "another_named", "another_target",
           "bracketed_for_another", "claim_targets", "over_the_year", "targets"]

# Attack nouns (clitic-stripped readings, normalized): «على» after one, or after its adjectives, names its target.
ATTACKS = frozenset({
    "هجوم", "هجوما", "هجمات", "هجومين", "اعتداء", "اعتداءات", "تفجير", "تفجيرا", "تفجيرات", "غاره", "غارات",
    "قصف", "ضربه", "ضربات", "هجمه",
})
# The verb of targeting and its participles: its object is the target.
TARGETING = frozenset({
    "استهدف", "استهدفت", "استهدفوا", "استهدفا", "استهدفتا", "يستهدف", "تستهدف", "يستهدفون", "مستهدفا", "مستهدفه",
    "مستهدفين", "مستهدفتين",
})
_ON = "علي"
# Where an attack took place, by a building: «الهجوم الذي وقع خارج مبنى للشرطة»، «تفجير أمام كنيسة».  Not by a
# town or a region («قرب مدينة سورابايا»، «داخل المدينة»): where, not what, the attack struck.
_BESIDE = frozenset({"خارج", "امام", "قرب", "داخل"})
_REGIONS = PLACE_NOUNS | {"بلاد", "عاصمه", "دوله", "حي"}
_HAPPENED = ("الذي", "التي", "وقع", "وقعت")
_HAPPENED_WORDS = 2  # «الذي وقع»: at most this many of them between the attack noun and «خارج»
# Adjectives between an attack noun and its «على» (الهجوم الانتحاري على، هجمات انتحاريه منسقه على), at most.
_ADJECTIVES = 2
# Content words of a target read (مقرا للشرطه، كنيسه سانتا ماريا), at most; numbers before them are skipped.
TARGET_WORDS = 3
# Words of how many, before a target's noun: «استهدفت عده كنائس».
_HOW_MANY = frozenset({"عده", "بعض", "عددا", "جميع", "كل"})
_ARTICLE = "ال"
_KEY_LETTERS = 3  # a shorter reading or lemma (من of «الامن») is no word of a target


@lru_cache(maxsize=1 << 14)
def _keys(word: str) -> frozenset[str]:
    """What a target word is, to compare two: its clitic readings without the article, and their lemmas (a plural
    and its singular, an accusative and its noun: «كنائس» and «كنيسه», «مقرا» and «مقر»)."""
    out: set[str] = set()
    for _, rest in readings(word):
        bare = rest[len(_ARTICLE):] if rest.startswith(_ARTICLE) and len(rest) > len(_ARTICLE) + 1 else rest
        out.add(bare)
        for form in {rest, bare}:
            out.update(lemmas(form) or ())
    return frozenset(k for k in out if len(k) >= _KEY_LETTERS)


def _number(word: str) -> bool:
    return word[:1].isdigit() or word in _HOW_MANY or number_word(word, any_clitic=True) is not None


def _phrase(text: str, toks: Sequence[Tok], k: int, last: int) -> frozenset[str]:
    """The keys of the target that starts at token ``k`` (before ``last``): up to ``TARGET_WORDS`` words, numbers
    (``الكنائس الثلاث``) and the attack noun of a verb's subject before them skipped (``استهدفت التفجيرات
    الكنائس``), up to a linking word (في، من) or a break (a comma, a quotation mark)."""
    out: set[str] = set()
    taken = 0
    for j in range(k, last):
        if j > k and not joined(text, toks[j - 1], toks[j]):
            break
        word = toks[j].text
        if _number(word) or (not taken and in_table(word, ATTACKS)):
            continue
        if in_table(word, LINK) or taken == TARGET_WORDS:
            break
        out.update(_keys(word))
        taken += 1
    return frozenset(out)


def _construct(text: str, toks: Sequence[Tok], i: int, last: int) -> bool:
    """The attack noun at token ``i`` is in construct with a definite common noun after it (``تفجيرات الكنائس``):
    no article on it, and the next word's reading with the article is a dictionary noun (not a name, a number or
    a day)."""
    if i + 1 >= last or not joined(text, toks[i], toks[i + 1]):
        return False
    if not any(rest in ATTACKS and _ARTICLE not in prefix for prefix, rest in readings(toks[i].text)):
        return False
    nxt = toks[i + 1].text
    if not nxt.startswith(_ARTICLE) or _number(nxt) or in_table(nxt, LINK) or in_table(nxt, ATTACKS):
        return False
    return word_class(nxt) == "noun" and bool(lemmas(nxt))


def targets(text: str, toks: Sequence[Tok], first: int, last: int, *, construct: bool = False) -> list[frozenset[str]]:
    """The targets tokens ``[first, last)`` name, each as its words' keys: the object of «استهدف», and the words
    after «على» that follows an attack noun (or its adjectives)."""
    out: list[frozenset[str]] = []
    for i in range(first, last):
        word = toks[i].text
        start = None
        if in_table(word, TARGETING):
            start = i + 1
        elif in_table(word, ATTACKS) and construct and _construct(text, toks, i, last):
            start = i + 1
        elif in_table(word, ATTACKS):
            for j in range(i + 1, min(last, i + 2 + _ADJECTIVES + _HAPPENED_WORDS)):
                if not joined(text, toks[j - 1], toks[j]):
                    break
                if toks[j].text == _ON or (in_table(toks[j].text, _BESIDE) and not _a_region(toks, j + 1, last)):
                    start = j + 1
                    break
                if toks[j].text in _HAPPENED:
                    continue  # «الهجوم الانتحاري الذي وقع خارج مبنى للشرطة»
                if in_table(toks[j].text, LINK) or in_table(toks[j].text, ATTACKS):
                    break
        if start is not None:
            found = _phrase(text, toks, start, last)
            if found:
                out.append(found)
    return out


def _a_region(toks: Sequence[Tok], k: int, last: int) -> bool:
    """Token ``k`` (after «قرب»، «داخل») names a town or a region, with or without the article."""
    return k < last and any(rest in _REGIONS for _, rest in readings(toks[k].text))


def claim_targets(says: str, near: Iterable[str] = ()) -> frozenset[str]:
    """The keys of the targets a claim's statement names (empty when it names none), with its ``near`` words'."""
    return _claim_targets(says, tuple(near))


@lru_cache(maxsize=4096)
def _claim_targets(says: str, near: tuple[str, ...]) -> frozenset[str]:
    """Cached: the same claim is asked about in every source."""
    text = normalize(says).text
    toks = scan(text)
    found = frozenset().union(*targets(text, toks, 0, len(toks), construct=True))
    if not found:
        return found
    for words in near:
        near_text = normalize(words).text
        found |= frozenset().union(*(_keys(t.text) for t in scan(near_text)))
    return found


def another_target(document: Document, sentence: int, claimed: frozenset[str]) -> bool:
    """The sentence names the target of its attack, and none of the claim's (``claimed``: ``claim_targets``, empty
    when the claim names none): its figures are another attack's."""
    if not claimed or sentence < 0:
        return False
    s = document.sentences[sentence]
    named = targets(document.text, document.tokens, s.first_token, s.last_token)
    return bool(named) and not any(target & claimed for target in named)


# «Another» after a singular event noun: «زلزال آخر»، «زلزالا آخرا»، «مباراه اخري»، «الهجوم الاخر» (normalized).  Not
# «آخرين»: «ثلاثه اشخاص اخرين» are more of the claim's people (``counted.more_of_them``).
ANOTHER = frozenset({"اخر", "اخرا", "اخري", "الاخر", "الاخري"})


def _event(word: str) -> bool:
    """An event noun (``attach.EVENTS``), with its clitics, or in the accusative (زلزالا)."""
    return in_table(word, EVENTS) or (word.endswith("ا") and in_table(word[:-1], EVENTS))


def another_named(document: Document, sentence: int, own: frozenset[str]) -> bool:
    """The sentence names an event as another one (``ANOTHER`` right after an event noun), or as the one before
    («القمة الأخيرة التي سبقت قمة سنغافورة»), an earlier one remembered, or a war's toll («وخلفت الحرب في اليمن
    أكثر من 10 آلاف قتيل»), or a total over years («بلغت 112 عسكريا خلال 3 أعوام»: the sum of many events), and
    the claim's words (``own``: ``own_words.claim_words``) say no «آخر» (nor that earlier word, nor a war, nor
    years): its figures may be that other one's."""
    if sentence < 0 or own & ANOTHER:
        return False
    s = document.sentences[sentence]
    tokens = document.tokens
    # «آخر» agrees with its event noun in the article («الزلزال الآخر»); «ويعد الزلزال آخر كارثة» is the latest
    return any(tokens[k].text in ANOTHER and _event(tokens[k - 1].text) and joined(document.text, tokens[k - 1], tokens[k])
               and definite(tokens[k - 1].text) == tokens[k].text.startswith(_ARTICLE)
               for k in range(s.first_token + 1, s.last_token)) or (not own & PRECEDED and _preceding(document, s.first_token, s.last_token)) \
        or (not own & THAT and any(tokens[k].text in THAT and _event(tokens[k + 1].text) and definite(tokens[k + 1].text)
                                   for k in range(s.first_token, s.last_token - 1))) \
        or (not own & MEMORY and _remembered(document, s.first_token, s.last_token)) \
        or (not any(in_table(w, CONFLICTS) for w in own) and _conflicts_toll(document, s.first_token, s.last_token)) \
        or (not any(in_table(w, _YEARS) for w in own) and _over_years(document, s.first_token, s.last_token))


# «ويحيي الحادث ... ذكرى مقتل 25 شخصا ... في كنيسة»: the memory (or anniversary) of a killing or an event is of an
# earlier one (FR-internationalNews-1330-20180519, the Sutherland Springs church shooting recalled by the Santa Fe one).
MEMORY = frozenset({"ذكري", "الذكري", "بذكري", "وذكري", "لذكري"})
_KILLINGS = frozenset({"مقتل", "لمقتل", "وفاه", "لوفاه", "مصرع", "لمصرع", "سقوط"})


def _remembered(document: Document, first: int, last: int) -> bool:
    """Tokens ``[first, last)`` hold «ذكرى» (or «الذكرى … ل») right before a killing or an event noun."""
    tokens = document.tokens
    for k in range(first, last - 1):
        if tokens[k].text not in MEMORY:
            continue
        nxt = tokens[k + 1].text if tokens[k + 1].text not in _ORDINAL_YEARS or k + 2 >= last else tokens[k + 2].text
        if nxt in _KILLINGS or _event(nxt):
            return True
    return False


# A war or a conflict (clitic-stripped readings, normalized): an event of years, whose toll is of all its acts.
CONFLICTS = frozenset({"حرب", "حربا", "الحرب", "نزاع", "نزاعا", "النزاع", "صراع", "صراعا", "الصراع", "اقتتال",
                       "الاقتتال"})
# Verbs of a toll whose subject the conflict is («وخلفت الحرب ... أكثر من 10 آلاف قتيل»، «النزاع الذي أوقع»).
_TOLL_VERBS = frozenset({
    "خلف", "خلفت", "اودي", "اودت", "اوقع", "اوقعت", "اسفر", "اسفرت", "حصد", "حصدت", "تسبب", "تسببت",
})
# «منذ بدء النزاع»، «منذ اندلاع الحرب»: the time since a conflict began, its toll so far.
_SINCE = frozenset({"منذ"})
_BEGINNING = frozenset({"بدء", "بدايه", "اندلاع", "انطلاق"})
_TOLL_REACH = 2  # words between the conflict noun and its toll verb («الحرب التي أسفرت»), at most


def _conflicts_toll(document: Document, first: int, last: int) -> bool:
    """Tokens ``[first, last)`` give a conflict's toll: a conflict noun (``CONFLICTS``) next to a verb of a toll, at
    most ``_TOLL_REACH`` words apart («وخلفت الحرب»، «النزاع الذي أوقع»، «الحرب التي أسفرت»), or after «منذ» (and
    a word of its start: «منذ بدء النزاع»).  A strike's toll is not the war's (the Dahyan school bus strike:
    «وخلفت الحرب في اليمن أكثر من 10 آلاف قتيل», BB-middleEast-868-20180810)."""
    tokens = document.tokens
    for k in range(first, last):
        if not in_table(tokens[k].text, CONFLICTS):
            continue
        near = range(max(first, k - _TOLL_REACH - 1), min(last, k + _TOLL_REACH + 2))
        if any(j != k and in_table(tokens[j].text, _TOLL_VERBS) for j in near):
            return True
        back = k - 1 if k - 1 >= first and tokens[k - 1].text not in _BEGINNING else k - 2
        if back >= first and in_table(tokens[back].text, _SINCE):
            return True
    return False


# A span of years that a total covers: «خلال 3 أعوام»، «على مدى خمس سنوات»، «خلال السنوات الثلاث الأخيرة».
_OVER = frozenset({"خلال", "طوال", "طيله", "مدي", "مدار", "غضون"})
_YEARS = frozenset({"سنوات", "سنين", "اعوام", "عاما", "عامين", "سنتين", "السنوات", "الاعوام", "السنين", "عقود"})
_SPAN_WORDS = 2  # words from «خلال» to its years, at most («خلال 3 أعوام»، «على مدى السنوات»)


def _over_years(document: Document, first: int, last: int) -> bool:
    """Tokens ``[first, last)`` hold a span of years after «خلال» (or «طوال»، «على مدى»): what they count is a total of
    those years, of many events («بلغت 112 عسكريا خلال 3 أعوام», Sky on Russia's losses in Syria, beside the 15 of
    the Il-20's downing)."""
    tokens = document.tokens
    return any(in_table(tokens[k].text, _OVER)
               and any(in_table(tokens[j].text, _YEARS) for j in range(k + 1, min(last, k + 2 + _SPAN_WORDS)))
               for k in range(first, last))


# The year so far after a figure: «فقدت الليرة أكثر من 40 بالمئة من قيمتها هذا العام», «نحو 40 بالمئة من قيمتها منذ
# بداية العام الحالي» (the Turkish lira crash: the year's fall, beside Friday's 19 %).
_THIS = frozenset({"هذا", "هذه"})
_YEAR = frozenset({"العام", "السنه"})
_FROM_START = frozenset({"بدايه", "مطلع"})
_YEAR_REACH = 4  # words from the figure's last token to «هذا العام» or «منذ بداية العام», at most


def _a_year(word: str) -> bool:
    """«العام», or a year by its number («منذ بداية عام 2018»، «منذ مطلع 2018»: the Iran sanctions file, held out)."""
    return word in _YEAR or word in ("عام", "سنه") or (word.isdigit() and len(word) == 4)


def over_the_year(document: Document, last: int, own: frozenset[str]) -> bool:
    """«هذا العام» or «منذ بداية (مطلع) العام» (or «عام 2018») within ``_YEAR_REACH`` words after the figure ending at token
    ``last``, in its clause, the claim's words (``own``) naming no year: the figure is the year's so far, no
    figure of a day's event."""
    if any(w in _YEAR for w in own):
        return False
    tokens = document.tokens
    end = min(len(tokens) - 1, last + _YEAR_REACH + 1)
    for k in range(last + 1, end):
        if tokens[k].sentence != tokens[last].sentence or parted(document, k - 1, k):
            return False
        nxt = tokens[k + 1].text
        if (tokens[k].text in _THIS and nxt in _YEAR) or (tokens[k].text == "منذ" and nxt in _FROM_START
                                                           and k + 2 < len(tokens) and _a_year(tokens[k + 2].text)):
            return True
    return False


# «الذكرى الأولى لمقتل»: the ordinal between the memory and the event.
_ORDINAL_YEARS = frozenset({"الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "العاشره", "السنويه"})


# «القمة الأخيرة التي سبقت قمة سنغافورة»: an event that came before another, the claim's.
PRECEDED = frozenset({"سبقت", "سبق", "سبقتها", "سبقته"})
# «قتل في ذلك الزلزال 16 شخصا»: the far demonstrative points back to an earlier event, not the one reported
# («هذا الزلزال»).
THAT = frozenset({"ذلك", "تلك"})
_WHICH = frozenset({"التي", "الذي", "اللتين", "الذين"})


def _preceding(document: Document, first: int, last: int) -> bool:
    """Tokens ``[first, last)`` name an event as one that came before («القمة الأخيرة التي سبقت»): an event noun,
    at most one word between, then «التي سبقت»."""
    tokens = document.tokens
    return any(tokens[k].text in PRECEDED and tokens[k - 1].text in _WHICH
               and any(_event(tokens[i].text) for i in range(max(first, k - 3), k - 1))
               for k in range(first + 2, last))


# Words before an opening bracket that name what the bracket's figure is of: «وزلزال بابوا غينيا الجديدة (نحو 160
# قتيلا)».
_BRACKETED_OF = 4


def bracketed_for_another(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at normalized offset ``start`` opens a bracket, and one of the ``_BRACKETED_OF`` words before
    the bracket, in its sentence, is an event noun the claim (``own``) does not say: the figure is that event's,
    as a round-up gives each disaster its toll in brackets."""
    first = document.token_at(start)
    if first is None or first.index == 0:
        return False
    tokens = document.tokens
    k = first.index
    if "(" not in document.text[tokens[k - 1].end:tokens[k].start]:
        return False
    before = range(k - 1, max(-1, k - 1 - _BRACKETED_OF), -1)
    return any(tokens[i].sentence == first.sentence and _event(tokens[i].text) and not in_table(tokens[i].text, own)
               for i in before)
