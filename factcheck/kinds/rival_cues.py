"""Cues that a mention claim's rival, though named beside an about word, is of another instance or another role.

A rival attached to an about word (``kinds.mention``) denies the claim only when the words say it is the claim's
answer.  The news names rivals beside the claim's about words in other ways, and the words tell them apart:

- another round, named with the about word: «فوزه على بلجيكا في سان بطرسبرغ في نصف النهائي» (the semi-final's
  city, not the final's: «نصف»، «ربع»، «ثمن» before «النهائي»), «مباراة تحديد المركز الثالث» (a match named by
  what it decides: «تحديد»، «الافتتاح»، «الذهاب» after «مباراة»);
- another time, in the rival's clause: a year that is neither the claim's nor the article's («يرفع كأس 1998 على
  ملعب ستاد دو فرانس»), an anniversary («إحياء فرنسا الذكرى العشرين لرفعه كأس العالم على ملعب ستاد دو فرانس»),
  a span of years before or after another event («قبل أن يرفع الكأس بعدها بأربع سنوات ... على ملعب ستاد دو
  فرانس»), or a week or a month gone («وقتل الأسبوع الماضي 55 مدنيا ... في قصف استهدف مدينة الحديدة», in the
  first report of a strike in Saada), also when it heads the sentence as a clause of its own («والأسبوع الماضي،
  قتل ...»);
- a candidate, not a winner: «ومن أبرز المرشحين للظفر بالكرة الذهبية ... مبابي»، «أن ينافس مبابي بقوة على جائزة
  الكرة الذهبية»: a candidacy or competition word before the about word or the rival, in their clause;
- a forecast, not the outcome: «توقعوا بأن يشتد لدى بلوغه اليابسة إلى الفئة الثالثة»، «ربما يصل إلى الفئة
  الثالثة»: a forecast or likelihood word before the rival, in its clause;
- one of many: «أقيمت مبارياته في 11 مدينة روسية من بينها سان بطرسبورغ»: «من بينها»، «من ضمنها»، «بما فيها»
  between the about word and the rival, which is then one of the about word's several answers;
- ranked behind: «بحصوله على المرتبة الأولى ... متقدما على ائتلاف "الفتح"»: a rival right after «متقدما على»،
  «تفوق على» is who the answer came ahead of, not another answer;
- a sentence of another time: one that names a date more than ``FAR_DAYS`` from the article's (``far_dates``:
  «وكان ترامب قد التقى ... كيم جونغ أون في 12 حزيران/يونيو» in an article of 3 July);
- a time anchor: «الحديث عن نظام S 300 ازداد ... خاصة بعد حادثة إسقاط طائرة إيل 20» (CNN on the Il-20's
  downing): the about word after «بعد»، «قبل»، «عقب»، «إثر» (an incident noun may stand between) says when what
  comes before it happened; a rival before it is not its answer (one after it, «بعد إسقاطها بصاروخ S-300», still
  is).

Each cue only ever holds a rival back: the claim is then ``not_mentioned`` by that sentence, the honest verdict
when the evidence is weak (a contradiction is a promise to an editor).  A cue word the claim says itself (a claim
about the semi-final, about 1998) is the claim's own and holds nothing back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factcheck.document import Document
from factcheck.kinds.attach import KIN, definite, in_table, per_token
from factcheck.matching import Match
from factcheck.read.dates import DateMention
from factcheck.read.lexicon import DEFINITE_ORDINALS
from factcheck.read.news_dates import last_day
from factcheck.read.number_words import number_word
from factcheck.read.tokens import joined
from factcheck.text.normalize import normalize_query

__all__ = ["AHEAD", "AMONG", "CANDIDACY", "FAR_DAYS", "FORECAST", "HEADING_WORDS", "ROUND_AFTER", "ROUND_BEFORE", "among",
           "another_match", "another_round", "another_time", "candidacy", "claim_years", "forecast", "far_dates",
           "foreign_years", "kin_of", "left_behind", "named_by_its_day", "of_another_match", "past_heading", "time_anchor",
           "to_come", "tournament_host"]

# Before an about word, a fraction of the round: «نصف النهائي»، «ربع النهائي»، «ثمن النهائي»، «شبه النهائي».
ROUND_BEFORE = frozenset({"نصف", "ربع", "ثمن", "شبه"})
# After an about word (a match), what names which match it is: «مباراه تحديد المركز الثالث»، «مباراه نصف النهائي»،
# «مباراه الافتتاح»، «مباراه الذهاب».
ROUND_AFTER = ROUND_BEFORE | frozenset({"تحديد", "الافتتاح", "افتتاح", "الذهاب", "ذهاب", "الاياب", "اياب"})
# Candidacy and competition (normalized, proclitics stripped by ``in_table``): the rival may win, has not won.
CANDIDACY = frozenset({
    "مرشح", "مرشحا", "مرشحه", "مرشحين", "مرشحون", "مرشحان", "مرشحي", "ترشيح", "ترشيحات", "ترشح", "يترشح",
    "ينافس", "تنافس", "ينافسون", "يتنافس", "تتنافس", "يتنافسون", "سينافس", "ستنافس", "منافسه", "منافس",
    "منافسا", "منافسين", "منافسي", "سباق", "يسعي", "تسعي", "يطمح", "تطمح",
    # a nomination, insisted on or vetoed, is no appointment («إصرار رابطة الشمال على تعيين ... سافونا»,
    # «بتسميتهما باولو سافونا وزيرا للاقتصاد», «فيتو الرئيس ... على ترشيحه باولو سافونا»: the Conte government)
    "ترشيحه", "ترشيحها", "تسميه", "تسميته", "تسميتهما", "اصرار", "فيتو",
})
# A forecast or a likelihood (normalized, proclitics stripped by ``in_table``): «توقعوا بأن يشتد ... إلى الفئة
# الثالثة»، «ربما يصل إلى الفئة الثالثة»: what is expected, not what came to be.
FORECAST = frozenset({
    "توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "يتوقعون", "متوقع", "المتوقع", "متوقعا", "توقعات", "التوقعات",
    "ربما", "يرجح", "ترجح", "المرجح", "يرتقب", "ترتقب", "المرتقب", "يحتمل", "المحتمل",
    "المقرر", "مقرر", "المزمع", "مزمع",  # scheduled: «ومن المقرر أن يؤدي خان اليمين ... السبت»
})
# «من بينها سان بطرسبورغ»: the rival is one of several; (first word, second word) pairs, normalized.
AMONG = frozenset({
    ("من", "بينها"), ("من", "بينهم"), ("من", "بينهما"), ("من", "ضمنها"), ("من", "ضمنهم"), ("من", "بين"),
    ("بما", "فيها"), ("بما", "فيهم"), ("بما", "في"),
})
# An anniversary: the event it recalls is a past one.
_ANNIVERSARY = frozenset({"ذكري", "الذكري", "ذكراه", "ذكراها"})
# Before and after: «بعدها باربع سنوات»، «قبل 20 عاما».
_RELATIVE = frozenset({"قبل", "بعد", "بعدها", "بعده", "قبلها", "قبله"})
_YEARS = frozenset({"سنوات", "سنه", "سنين", "عاما", "اعوام", "عام", "سنتين", "عامين"})
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
# A week or a month gone: «الاسبوع الماضي»، «الشهر المنصرم» (normalized).  Not «قبل نحو شهر»: a report a month
# on tells of the claim's own event so («نفذت ... غارة جوية قبل نحو شهر استهدفت حافلة»).
_PERIODS = frozenset({"الاسبوع", "الشهر"})
_GONE = frozenset({"الماضي", "المنصرم", "الفائت"})
HEADING_WORDS = 3  # a clause of a time alone heading the sentence: «والاسبوع الماضي،»


def _neighbour(document: Document, k: int, sentence: int) -> str | None:
    """Token ``k``'s text when it is in ``sentence`` (only spaces part it from its neighbour), else None."""
    if not 0 <= k < len(document.tokens) or document.tokens[k].sentence != sentence:
        return None
    return document.tokens[k].text


def another_round(document: Document, about: Match, own: frozenset[str]) -> bool:
    """The about word names another round: «نصف» right before it («نصف النهائي»), or a word that says which match
    right after it («مباراه تحديد المركز الثالث»), or another ordinal than the claim's, a word the claim does not
    say."""
    tokens = document.tokens
    first, last = about.first_token, about.last_token
    before = _neighbour(document, first - 1, about.sentence)
    if before is not None and joined(document.text, tokens[first - 1], tokens[first]) \
            and in_table(before, ROUND_BEFORE) and not in_table(before, own):
        return True
    after = _neighbour(document, last, about.sentence)
    if after is None or not joined(document.text, tokens[last - 1], tokens[last]) or in_table(after, own):
        return False
    # another ordinal than the claim's own («وأضاف سون الهدف الثاني» for a claim of «الهدف الأول»: the held-out South
    # Korea–Germany match); a claim that names none leaves ordinals alone
    return in_table(after, ROUND_AFTER) or (in_table(after, _ORDINALS) and any(in_table(w, _ORDINALS) for w in own))


# Nouns of a match, and the word of a round that may stand between one and the word that says which match it is.
_MATCH_NOUNS = frozenset({"مباراه", "مباراتي", "مباريات", "لقاء", "مواجهه"})
_ROUND_WORDS = frozenset({"الدور", "دور"})


def another_match(document: Document, clause: tuple[int, int], own: frozenset[str]) -> bool:
    """The clause (tokens ``[start, end)``) names which match it tells of, and the claim does not say that one: «وكانت
    مباراة الذهاب بين الفريقين على ملعب كامب نو» is the first leg's stadium, beside a claim of the second leg's; «قبل
    مباراة الدور ربع النهائي في مدينة نيجني نوفغورود» the next round's city.  (Made from the Roma–Barcelona and
    Uruguay–Portugal files after their first runs.)"""
    tokens = document.tokens
    for k in range(clause[0], clause[1] - 1):
        if not in_table(tokens[k].text, _MATCH_NOUNS):
            continue
        which = k + 2 if k + 2 < clause[1] and in_table(tokens[k + 1].text, _ROUND_WORDS) else k + 1
        if in_table(tokens[which].text, ROUND_AFTER) and not in_table(tokens[which].text, own):
            return True
    return False


def of_another_match(document: Document, start: int, about: Match, own: frozenset[str]) -> bool:
    """The words from the about word to the day at normalized offset ``start``, and one on each side, say which match
    it is, one the claim does not say (``another_match``): «ما زالت أمامنا مباراة الإياب يوم الأربعاء» is the second
    leg's day.  (Made after the first run of the twenty-fourth held-out group; asked of a quantity claim's figures, it
    moved no pair of the 197 files, so they do not ask it.)"""
    tok = document.token_at(start)
    if tok is None:
        return False
    sentence = document.sentences[tok.sentence]
    lo = max(sentence.first_token, min(about.first_token, tok.index) - 1)
    hi = min(sentence.last_token, max(about.last_token, tok.index + 1) + 1)
    return another_match(document, (lo, hi), own)


_MATCH = frozenset({"مباراه"})
_DAY = "يوم"


def named_by_its_day(document: Document, start: int) -> bool:
    """The day at normalized offset ``start`` follows «مباراة» («يوم» between or not): «في مباراة يوم الجمعة»،
    «في حال فوز إيسلندا بمباراة الجمعة»، «تبقى لها مباراة الاثنين ضد السعودية» name a match by its day, which
    says which match it is, not when the claim's was.  Over the 205 files every such day that differed from a date
    claim's was another match's (6 of 6: the twenty-sixth held-out group's Iceland–Nigeria Friday, three times;
    Egypt's last group match; the next round's match, twice); the claim's own day after «مباراة» still supports."""
    tok = document.token_at(start)
    if tok is None or tok.start != start or tok.index == 0:
        return False
    tokens = document.tokens
    k = tok.index - 1
    if tokens[k].text == _DAY and k > 0:
        k -= 1
    return tokens[k].sentence == tok.sentence and in_table(tokens[k].text, _MATCH) and all(
        joined(document.text, tokens[j], tokens[j + 1]) for j in range(k, tok.index))


# Ordinals after a noun (normalized, definite): which one of several it is; the number reader's, first to tenth
# («الحادي» only opens «الحادي عشر»).
_ORDINALS = frozenset(word for word in DEFINITE_ORDINALS if not word.startswith("الحادي"))


# Words that make what follows them a time («بعد إسقاط»، «عقب حادث إسقاط»), and incident nouns between.
_ANCHORS = frozenset({"بعد", "قبل", "عقب", "اثر", "بعيد", "قبيل"})
_INCIDENTS = frozenset({"حادث", "حادثه", "واقعه"})


def time_anchor(document: Document, about: Match) -> bool:
    """The about match follows «بعد»/«قبل»/«عقب»/«إثر» (an incident noun may stand between): a time, not a fact."""
    k = about.first_token - 1
    if k >= 0 and in_table(document.tokens[k].text, _INCIDENTS) and joined(document.text, document.tokens[k],
                                                                          document.tokens[k + 1]):
        k -= 1
    return k >= 0 and document.tokens[k].sentence == about.sentence \
        and joined(document.text, document.tokens[k], document.tokens[k + 1]) \
        and in_table(document.tokens[k].text, _ANCHORS)


def candidacy(document: Document, start: int, end: int) -> bool:
    """A candidacy or competition word among tokens ``[start, end)``: «المرشحين»، «ينافس»."""
    return any(in_table(document.tokens[i].text, CANDIDACY) for i in range(start, end))


def forecast(document: Document, start: int, end: int, own: frozenset[str]) -> bool:
    """A forecast or likelihood word among tokens ``[start, end)`` that the claim (``own``) does not say."""
    return any(in_table(document.tokens[i].text, FORECAST) and not in_table(document.tokens[i].text, own)
               for i in range(start, end))


def to_come(document: Document, start: int, end: int, own: frozenset[str], abouts: Sequence[Match]) -> bool:
    """A verb of taking place put in the future among tokens ``[start, end)``, the claim (``own``) saying none, and
    only indefinite about words taking the rival: «تركيا ستستضيف قمة حول سوريا في اسطنبول في 27 أكتوبر» is a new
    summit to come, not the claim's; «اللقاء سيعقد في قاعدة أندروز» (a preview of the claim's own meeting) still
    says where it is held."""
    if any(_future(w) for w in own) or not any(_future(document.tokens[i].text) for i in range(start, end)):
        return False
    return not any(definite(document.tokens[about.first_token].text) for about in abouts)


# Verbs of an event's taking place, in the imperfect, that «س» puts in the future (ستستضيف، سيعقد، وستجري): these
# only, by their letters. ``news_dates._future_verb`` (read/) tells any verb of the future by the dictionary, and a
# future «سيكون» or «ستبقى» before a rival makes no new event of its about word.
_TAKING_PLACE = frozenset({
    stem for verb in ("عقد", "نعقد", "ستضيف", "قام", "لتقي", "جتمع", "جري", "زور", "شهد", "نظم")
    for stem in ("ي" + verb, "ت" + verb)})


def _future(word: str) -> bool:
    return any(word.startswith(prefix) and word[len(prefix):] in _TAKING_PLACE for prefix in ("س", "وس", "فس"))


def among(document: Document, start: int, end: int) -> bool:
    """«من بينها» (or «من ضمنها»، «بما فيها») among tokens ``[start, end)``."""
    tokens = document.tokens
    return any((tokens[i].text, tokens[i + 1].text) in AMONG for i in range(start, end - 1))


# Words of coming out ahead of someone (normalized), before «على» and the one left behind: «بحصوله على المرتبة الأولى
# ... متقدما على ائتلاف "الفتح"» (the held-out Baghdad ballot-box fire) ranks al-Fatah below the claim's winner.
AHEAD = frozenset({
    "متقدما", "متقدمه", "متقدمين", "متقدمتين", "متفوقا", "متفوقه", "متفوقين", "تفوق", "تفوقت", "يتفوق", "تتفوق",
    "تقدم", "تقدمت", "يتقدم", "يتقدمون", "تغلب", "تغلبت", "يتغلب", "متغلبا",
})
_BEHIND_REACH = 2  # words between «على» and the one left behind («على ائتلاف "الفتح"»)


def left_behind(document: Document, rival: Match, own: frozenset[str]) -> bool:
    """The rival is who the subject came out ahead of: a word of ``AHEAD`` the claim does not say, then «على», right
    before it (``_BEHIND_REACH`` words between «على» and the rival at most).  It ranks the rival behind; it says
    nothing of where the claim's answer stands."""
    tokens = document.tokens
    for k in range(rival.first_token - 1, max(0, rival.first_token - 2 - _BEHIND_REACH), -1):
        if tokens[k].sentence != rival.sentence:
            return False
        if tokens[k].text in ("علي", "وعلي") and k > 0 and in_table(tokens[k - 1].text, AHEAD) \
                and not in_table(tokens[k - 1].text, own):
            return True
    return False


def claim_years(says: str) -> frozenset[int]:
    """The years a claim's statement names: a cue year the claim says is its own."""
    return frozenset(int(m.group()) for m in _YEAR.finditer(normalize_query(says)))


def foreign_years(dates: Sequence[DateMention], own: frozenset[int], published: dt.date | None) -> list[int]:
    """Where the text writes a year (its digits, Gregorian, or a year gone dated by the article: «العام الماضي») that
    is neither the claim's (``own``) nor the article's: the offsets of those date mentions."""
    mine = own | ({published.year} if published is not None else frozenset())
    return [d.start for d in dates
            if d.year is not None and d.calendar == "gregorian" and d.year not in mine
            and (str(d.year) in d.text or (d.relative is not None and d.month is None))]


# Days between the publication and a date the sentence names, beyond which the sentence tells of another time.
FAR_DAYS = 14


def far_dates(dates: Sequence[DateMention], own: frozenset[int], published: dt.date | None) -> list[int]:
    """Where the text names a date (a day, a month or a year, as precise as written) that lies more than ``FAR_DAYS``
    from the publication, neither a year of the claim's (``own``) nor the start or end of a period («منذ»، «حتى»),
    nor a name's year: the offsets of those date mentions.  A rival in such a sentence is told of another time («حيث
    التقيا في 27 نيسان/أبريل» in an article of 26 May: the first meeting, the held-out second Moon–Kim one)."""
    if published is None:
        return []
    out = []
    for d in dates:
        if d.year is None or d.calendar != "gregorian" or d.year in own or d.since or d.until or d.name is not None:
            continue
        try:
            first, last = dt.date(d.year, d.month or 1, d.day or 1), last_day(d)
        except ValueError:
            continue  # «31 نيسان»: no day of the calendar
        if (first - published).days > FAR_DAYS or (published - last).days > FAR_DAYS:
            out.append(d.start)
    return out


def _span_of_years(words: Sequence[str], i: int) -> bool:
    """«بعدها باربع سنوات»، «قبل 20 عاما»: a before or after word at ``i``, a number and a year unit after it."""
    if words[i] not in _RELATIVE or i + 2 >= len(words):
        return False
    if words[i + 1] in _ABOUT and i + 3 < len(words):
        i += 1  # «قبل نحو 4 سنوات» (the held-out Dapchi file: Chibok's abduction, four years before)
    number, unit = words[i + 1], words[i + 2]
    counted = number[:1].isdigit() or number_word(number, any_clitic=True) is not None
    return counted and in_table(unit, _YEARS)


# A hedge between «قبل» and its number.
_ABOUT = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر"})


def _gone(words: Sequence[str], i: int) -> bool:
    """«الاسبوع الماضي»، «والشهر الماضي» at ``i``."""
    return i + 1 < len(words) and in_table(words[i], _PERIODS) and words[i + 1] in _GONE


def past_heading(words: Sequence[str]) -> bool:
    """The words of a sentence's first clause are only a week or a month gone («والاسبوع الماضي،»): the
    clauses after it tell of that time."""
    return len(words) <= HEADING_WORDS and any(_gone(words, i) for i in range(len(words)))


def another_time(document: Document, start: int, end: int, years: Sequence[int]) -> bool:
    """Tokens ``[start, end)`` (the rival's clause) place it at another time: a year neither the claim's nor the
    article's (``years``: ``foreign_years``), an anniversary, a span of years before or after, or a week or a
    month gone."""
    first, last = document.tokens[start].start, document.tokens[end - 1].end
    if any(first <= at < last for at in years):
        return True
    words = [document.tokens[i].text for i in range(start, end)]
    return any(in_table(word, _ANNIVERSARY) or _span_of_years(words, i) or _gone(words, i)
               for i, word in enumerate(words))


# A tournament named by its host («مونديال روسيا», «لمونديال روسيا»), a host's verb before it («كأس العالم التي
# تستضيفها روسيا») and, after a tournament's word, «المقامة في» («بطولة كأس العالم لكرة القدم، المقامة حاليا في روسيا»):
# the country is the host of the whole tournament, not a side nor the venue of the claim's match.
_TOURNAMENT = frozenset({"مونديال", "المونديال"})
_HOSTING = frozenset({"تستضيفها", "يستضيفها", "تحتضنها", "يحتضنها"})
_HELD = frozenset({"المقامه", "المقام"})
_CUP = frozenset({"العالم", "المونديال", "مونديال", "بطوله", "البطوله"})
_HOST_REACH = 4  # words before the rival in which the host's verb or «المقامة» stands
_CUP_REACH = 10  # words before the rival in which a tournament's word stands before «المقامة»


def tournament_host(document: Document, rival: Match) -> bool:
    """The rival names a tournament's host: «تأهل منتخب السويد إلى الدور ربع النهائي لمونديال روسيا» says nothing of
    the next opponent, nor «المقامة حاليا في روسيا» of the match's city.  (Made from the Sweden–Switzerland file's
    «مونديال روسيا» beside a claim of the next opponent; «التي تقام في سامارا», a match's own place, stays a rival.)"""
    return _hosts_before(document, rival.first_token)


@per_token
def _hosts_before(document: Document, i: int) -> bool:
    tokens = document.tokens
    sentence = tokens[i].sentence
    before = [tokens[k].text for k in range(max(0, i - _CUP_REACH), i) if tokens[k].sentence == sentence]
    if not before:
        return False
    last = before[-1]
    if last in _TOURNAMENT or (last[:1] in "لبو" and last[1:] in _TOURNAMENT):
        return True
    near = before[-_HOST_REACH:]
    if any(w in _HOSTING or (w[:1] == "و" and w[1:] in _HOSTING) for w in near):
        return True
    held = [k for k, w in enumerate(before) if w in _HELD and k >= len(before) - _HOST_REACH]
    return bool(held) and any(w in _CUP or w[1:] in _CUP for w in before[:held[0]])


# A noun of kin names its relative by the words after it, up to this many: «شقيقة زعيم كوريا الشمالية كيم جونغ أون».
_KIN_REACH = 4
# Adjectives that make the name after a noun of kin the relative himself: «شقيقه الأكبر كيم» is the elder brother Kim.
_KIN_ADJECTIVES = frozenset({"الاكبر", "الاصغر", "الكبري", "الصغري", "الراحل", "الراحله", "الوحيد", "الوحيده"})


def kin_of(document: Document, rival: Match) -> bool:
    """The rival is the one whose relative the sentence speaks of: a noun of kin, then his title, then the rival
    («شقيقة الزعيم كيم جونغ أون», «زوجة الرئيس ترامب»): the sister, the wife, not him.  A name right after the noun
    of kin stays (in «شقيقه كيم» the name may be the brother's own), as does one after an adjective of his
    («شقيقه الأكبر»).  (Made from the held-out Pyeongchang file after its first run: the sister of the leader beside a
    claim of her name, with his name a rival for the articles that gave her his.)"""
    return _kin_before(document, rival.first_token)


@per_token
def _kin_before(document: Document, i: int) -> bool:
    tokens = document.tokens
    sentence = tokens[i].sentence
    for k in range(i - 2, max(-1, i - 1 - _KIN_REACH), -1):
        if tokens[k].sentence != sentence:
            return False
        if in_table(tokens[k].text, KIN):
            return tokens[k + 1].text not in _KIN_ADJECTIVES
    return False
