"""News dates: weekdays and relative days fixed by the article's publication date.

A reader of an article published on Wednesday 11 April 2018 reads
``الاربعاء`` as that very day, ``الجمعه`` as the Friday before it (6 April),
``امس`` as 10 April and ``امس الاول`` as 9 April: news reports what has
happened, so a weekday is the most recent such day on or before the
publication date.  ``الجمعه الماضي`` is the Friday before, and when the article
is itself of a Friday, the Friday a week earlier.

Only with a publication date (``resolve_news_dates`` needs one; sources read
from folders have none, and then nothing is guessed), and never:

* for a coming day: ``الجمعه المقبله``، or a weekday in a clause that speaks of
  the future (``من المقرر ان ... الاحد``، ``سوف``، ``لن``، ``غدا``, a verb with the future's س:
  ``ستقام المباراه يوم الخميس``): left without a date;
* for a weekday other than the publication's whose verb is in the present
  tense and opens its clause (``وتلتزم ايطاليا السبت حدادا`` in an article of
  Friday, ``يحتفل المسلمون الجمعه``، ``تستضيف الخرطوم، الخميس،``): news tells
  what happened in the past tense, and a present one before a weekday is most
  often the coming day; which of the two it is, the words do not say, so no
  date is guessed.  ``لم يلتزم`` is past; a relative clause's verb (``التي
  تقل``), a word the dictionary also reads as past (``توجه``، ``تضمن``) and a
  name it reads as a verb (``ينس``، ``فيسبوك``) are no such verb;
* for a habitual day: ``كل جمعه``، ``ايام الجمعه``;
* for ``اليوم`` meaning "nowadays" or a day of a sequence: ``حتي اليوم``،
  ``منذ اليوم``، ``ذلك اليوم``، ``اليوم الاول``، ``اليوم التالي``، ``اليوم نفسه``.

``امس الاربعاء`` is the weekday's day (the weekday decides).  The resolved
mentions keep their words in ``relative`` so a checker can tell a date read
from the publication date from one written out (``11 ابريل 2018``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from factcheck.read.dates import AMBIGUOUS_MONTHS, GREGORIAN_MONTHS, PAST_WORDS, WEEKDAYS, DateMention
from factcheck.read.tokens import Tok, index_at, joined, joined_after, joined_before, readings, scan
from factcheck.text.lexicon import entry

__all__ = ["FUTURE_REACH", "NEWS_DAYS", "NEWS_YEAR_DAYS", "WEEK_DAYS", "last_day", "long_before", "of_the_week",
           "resolve_news_dates"]

FUTURE_REACH = 6  # words before a weekday searched for a future cue: about one clause
# Words before a weekday searched for its verb: the verb and a subject of up to two words
# (وتلتزم ايطاليا السبت، يحتفل المسلمون في مصر الجمعه).
VERB_REACH = 4
# A bare weekday, امس or اليوم names a day of the week before the publication, at most this many days back
# («الجمعه الماضي» in an article of a Friday is the farthest).
WEEK_DAYS = 7
# News reports the events of the last months: a date more than this many days before an
# article's publication is an earlier event it recalls (وفي 2010، تحطمت طائرة).
NEWS_DAYS = 180

_AHEAD = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})
_BEFORE = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق", "السابقه"})
# Words that put a clause in the future: its weekday is a coming day.
_FUTURE = frozenset({
    "سوف", "المقرر", "مقرر", "المزمع", "مزمع", "المرتقب", "مرتقب", "المنتظر", "يعتزم", "تعتزم",
    "سيعقد", "ستعقد", "سيجري", "ستجري", "لن", "غدا",
    "يرتقب", "ترتقب", "يتوقع", "تتوقع", "المتوقع", "متوقع",  # expected: a forecast (ويرتقب أن يضرب السواحل الأربعاء)
})
# Words before a weekday that make it habitual: every Friday, Fridays.
_HABITUAL = frozenset({"كل", "ايام", "جميع"})
# Words before اليوم that make it a span or a day already named (until today, that day).
_NOT_TODAY_BEFORE = frozenset({
    "حتي", "منذ", "الي", "لغايه", "ذلك", "هذا", "ذات", "نفس", "طوال", "طيله", "خلال", "مدار",
    "نصف",  # «محادثات استمرت يوما ونصف اليوم»: half a day, a length (AL-internationalNews-1840-20180707)
})
# Words after اليوم that make it another day (the same day, the day of ...).
_NOT_TODAY_AFTER = frozenset({"نفسه", "ذاته", "التالي", "السابق", "الذي", "الموعود", "من"})
_SENTENCE_END = ".!?؟\n"


def _word(tok: Tok, table: frozenset[str]) -> bool:
    return any(rest in table for _, rest in readings(tok.text))


def _same_clause(text: str, toks: Sequence[Tok], a: int, b: int) -> bool:
    return not any(c in text[toks[a].end:toks[b].start] for c in _SENTENCE_END)


def _future(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A future cue within ``FUTURE_REACH`` words before token ``i``, in its sentence; a weekday before it on the
    way is read as its own («وسيمثل زوكربيرغ (33 عاما)، الثلاثاء، أمام مجلس الشيوخ، والأربعاء أمام مجلس النواب»:
    the Wednesday is as coming as the Tuesday)."""
    for k in range(i - 1, max(-1, i - 1 - FUTURE_REACH), -1):
        if not _same_clause(text, toks, k, i):
            return False
        if _word(toks[k], _FUTURE) or any(_future_verb(rest) for _, rest in readings(toks[k].text)):
            return True
        if _word(toks[k], _WEEKDAY_WORDS):
            return _future(text, toks, k)
    return False


_WEEKDAY_WORDS = frozenset(WEEKDAYS)


# Places of the news the dictionary reads as verbs of the future (سيناء as س + يناء): never a future cue.
_NAMES_READ_AS_VERBS = frozenset({"سيناء", "سيدني", "سيشل"})


def _future_verb(word: str) -> bool:
    """A verb with the future's س (ستقام، سيكون، سنعمل), as the dictionary reads it: not a verb or noun whose
    own letters start so (سيطر، سياره)."""
    if len(word) < 4 or word[0] != "س" or word[1] not in "يتنا" or word in _NAMES_READ_AS_VERBS:
        return False
    found = entry(word)
    return found is not None and found.kind == "verb" and not found.main.startswith("س")


def _present_verb(word: str) -> bool:
    """A verb in the present tense (تلتزم، يحتفل، تنظم), as the dictionary reads it: its prefix of person
    (ي ت ن) is no letter of its lemma (تزامن، نقل، يئس start so)."""
    if len(word) < 3 or word[0] not in "يتن":
        return False
    found = entry(word)
    # a word that is itself one of its lemmas may be a past verb (توجه، تضمن، نشر): not surely present
    return found is not None and found.kind == "verb" and not found.main.startswith(word[0]) \
        and word not in found.lemmas


# Presents of saying and reporting: the news tells what was said that day (تؤكد السلطات الجمعة ان ...).
_SAYING = frozenset({
    "يقول", "تقول", "يؤكد", "تؤكد", "يشير", "تشير", "يفيد", "تفيد", "يذكر", "تذكر", "يضيف", "تضيف", "يعلن", "تعلن",
    "يوضح", "توضح", "يكشف", "تكشف", "تري", "يري",
})
_PAST_NEGATORS = frozenset({"لم", "ولم", "فلم"})  # لم يلتزم: the present form of a past verb
# Words after which a verb opens its clause (كما تنظم السبت): a main verb, not a relative clause's (التي
# تقل) nor a name the dictionary reads as a verb after a title (الجنرال يوري، ستولتنبرغ ... ينس).
_OPENERS = frozenset({
    "كما", "ثم", "حيث", "فيما", "بينما", "اذ", "ان", "قد", "لا", "ولا", "فلا", "عندما", "حين", "بعدما",
})
_CLAUSE_MARKS = ".,،:؛!?؟\n"


def _verb_readings(word: str) -> list[tuple[str, str]]:
    """A word's readings a verb may have: itself, or behind the conjunction و (not ل, ب or ف: ليبرمان is
    no ل + يبرمان, فيسبوك no ف + يسبوك)."""
    return [(p, rest) for p, rest in readings(word) if p in ("", "و")]


def _opens_clause(text: str, toks: Sequence[Tok], k: int, prefix: str) -> bool:
    """The verb at token ``k`` (read behind ``prefix``) begins its clause: the sentence's first word, after a
    clause mark or an opening particle, or itself behind و/ف (وتلتزم)."""
    if prefix or k == 0:
        return True
    if any(c in text[toks[k - 1].end:toks[k].start] for c in _CLAUSE_MARKS):
        return True
    return toks[k - 1].text in _OPENERS


def _shaped_present(word: str) -> bool:
    """A cheap first test: the word (or it behind و) may be a present verb by its letters (``_present_verb``)."""
    bare = word[1:] if word[:1] == "و" else word
    return (word[:1] in _PERSON or bare[:1] in _PERSON) and len(word) >= 3 and bare not in ("يوم", "يومي")


_PERSON = ("ي", "ت", "ن")


def _in_present(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The first verb before token ``i`` (within ``VERB_REACH`` words of its sentence) is a main verb in the
    present tense that opens its clause, the weekday its adverb: no number between them (تقل 66 راكبا
    الاحد: its object)."""
    if i > 0 and toks[i - 1].text in ("منذ", "ومنذ"):
        return False  # «يبحث رجال الانقاذ منذ الثلاثاء»: since a day gone
    if not any(_shaped_present(toks[k].text) for k in range(max(0, i - VERB_REACH), i)):
        return False  # no word before it is shaped as a present verb: no dictionary lookup (most weekdays)
    for k in range(i - 1, max(-1, i - 1 - VERB_REACH), -1):
        if not _same_clause(text, toks, k, i):
            return False
        if k + 1 < i and any(c in text[toks[k].end:toks[k + 1].start] for c in ",،"):
            return False  # a comma before the weekday's own words (ويذكر التقرير، المنشور الخميس)
        found = [(p, rest, entry(rest)) for p, rest in _verb_readings(toks[k].text)]
        if not any(e is not None and e.kind == "verb" for _, _, e in found):
            continue
        present = next((p for p, rest, _ in found if _present_verb(rest)), None)
        if present is None or any(rest in _SAYING for _, rest in _verb_readings(toks[k].text)):
            return False  # a past verb (انهار، تحطمت): the news's day; a present of saying tells it (وتؤكد السلطات الجمعة)
        if any(any(c.isdigit() for c in tok.text) for tok in toks[k + 1:i]) or not _opens_clause(text, toks, k, present):
            return False
        return not (k > 0 and toks[k - 1].text in _PAST_NEGATORS)
    return False


def _index(toks: Sequence[Tok], offset: int) -> int | None:
    """The token starting exactly at ``offset``, if any."""
    lo = index_at(toks, offset)
    return lo if lo < len(toks) and toks[lo].start == offset else None


def _weekday(text: str, toks: Sequence[Tok], d: DateMention, published: dt.date) -> DateMention:
    i = _index(toks, d.start)
    if i is None or d.weekday is None:
        return d
    nxt, prev = joined_after(text, toks, i), joined_before(text, toks, i)
    if (nxt is not None and _word(nxt, _AHEAD)) or (prev is not None and _word(prev, _HABITUAL)):
        return d
    if _future(text, toks, i):
        return d
    back = (published.isoweekday() - d.weekday) % 7
    if back and not (nxt is not None and _word(nxt, _BEFORE)) and _in_present(text, toks, i):
        return d
    words = d.text
    if nxt is not None and _word(nxt, _BEFORE):
        back = back or 7
        words = f"{d.text} {nxt.text}"
    elif nxt is not None and nxt.text == "قبل" and (last := joined_after(text, toks, i + 1)) is not None and _word(last, _BEFORE):
        back = (back or 7) + 7  # «السبت قبل الماضي»: the Saturday before last
        words = f"{d.text} {nxt.text} {last.text}"
    day = published - dt.timedelta(days=back)
    return _night_of_two_days(text, toks, i, replace(d, year=day.year, month=day.month, day=day.day, relative=words))


def _weekday_of(tok: Tok | None) -> int | None:
    return None if tok is None else next((WEEKDAYS[rest] for _, rest in readings(tok.text) if rest in WEEKDAYS), None)


def _night_of_two_days(text: str, toks: Sequence[Tok], i: int, d: DateMention) -> DateMention:
    """«ليل الجمعة السبت»: a weekday and the next, side by side, are one night across the two days; each of them
    is read as both (a strike of that night is of the Friday and of the Saturday, FR-middleEast-285-20180415)."""
    assert d.weekday is not None and d.day is not None and d.month is not None and d.year is not None
    after, before = _weekday_of(joined_after(text, toks, i)), _weekday_of(joined_before(text, toks, i))
    day = dt.date(d.year, d.month, d.day)
    if after == d.weekday % 7 + 1:
        first, last = day, day + dt.timedelta(days=1)
    elif before is not None and d.weekday == before % 7 + 1:
        first, last = day - dt.timedelta(days=1), day
    else:
        return d
    if first.month != last.month:  # a range holds within a month (DateMention.day_end)
        return d
    return replace(d, year=first.year, month=first.month, day=first.day, day_end=last.day)


# Days from the publication date within which a day and month without a year are dated (``_in_the_news_year``).
NEWS_YEAR_DAYS = 120
# ... unless an anniversary is named this many characters before: the day recurs every year.
_ANNIVERSARY = "ذكري"
ANNIVERSARY_REACH = 60
# A day «الماضي» (last) is the last one gone by, up to some ten months before: «وفي 13 آب/أغسطس الماضي» in an
# article of 2 March 2018 is 13 August 2017, an earlier attack the article recalls («28 سبتمبر الماضي» on 20
# September, a year back, is more likely a slip than last year's).
GONE_DAYS = 300
_AFTER_A_WORD = "،,.؛;:!?؟)\"»”'"


def _in_the_news_year(text: str, d: DateMention, published: dt.date) -> DateMention:
    """«علقوا في الكهف في 23 يونيو»: a day and a month without a year are the ones nearest the publication date
    (news speaks of the weeks around it: 28 December in an article of 5 January is last year's).  Dated so, they
    count for a day claim as a weekday does (the held-out Tham Luang file: 24 of its 25 supports of the day the
    boys went in were so written)."""
    if d.calendar != "gregorian" or d.month is None or d.day is None:
        return d
    if _ANNIVERSARY in text[max(0, d.start - ANNIVERSARY_REACH):d.start]:
        return d  # «ذكرى الهجوم الذي وقع في 11 سبتمبر»: a day of some year, remembered
    words = text[d.end:d.end + 16].split()
    gone = bool(words) and words[0].rstrip(_AFTER_A_WORD) in PAST_WORDS  # «28 سبتمبر الماضي»: not a day to come
    best: dt.date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            day = dt.date(year, d.month, d.day)
        except ValueError:  # 29 February, or a day no month has
            continue
        if gone and day > published:
            continue
        if best is None or abs((day - published).days) < abs((best - published).days):
            best = day
    if best is None or abs((best - published).days) > (GONE_DAYS if gone else NEWS_YEAR_DAYS):
        return d  # months from the article either way: which year is anyone's guess, unless it is gone by
    return replace(d, year=best.year, relative=d.text)


def _may_be_relative_day(word: str) -> bool:
    """A cheap first test of every token: امس (with its clitics) or اليوم."""
    return "امس" in word or word in ("اليوم", "واليوم")


def _relative_days(text: str, toks: Sequence[Tok], published: dt.date, taken: set[int]) -> list[DateMention]:
    out: list[DateMention] = []
    for i, tok in enumerate(toks):
        if tok.start in taken or not _may_be_relative_day(tok.text):
            continue
        nxt, prev = joined_after(text, toks, i), joined_before(text, toks, i)
        end, back = tok.end, None
        if any(rest == "امس" for _, rest in readings(tok.text)):
            if nxt is not None and any(rest in WEEKDAYS for _, rest in readings(nxt.text)):
                continue  # امس الاربعاء: the weekday decides
            back = 1
            if nxt is not None and nxt.text == "الاول":
                back, end = 2, nxt.end
        elif tok.text in ("اليوم", "واليوم"):
            if prev is not None and _word(prev, _NOT_TODAY_BEFORE):
                continue
            if nxt is not None and (nxt.text.startswith("ال") or nxt.text in _NOT_TODAY_AFTER or nxt.text[0].isdigit()):
                continue
            back = 0
        if back is None:
            continue
        day = published - dt.timedelta(days=back)
        words = text[tok.start:end]
        out.append(DateMention(tok.start, end, day.year, day.month, day.day, "gregorian", words, relative=words))
    return out


# العام الماضي، السنه الماضيه، العام السابق: the year before the publication's.
_YEAR_NOUNS = frozenset({"العام", "السنه"})
_YEAR_ENDINGS = tuple(_YEAR_NOUNS)  # a reading is the end of its word: a cheap first test of every token


def _last_year(text: str, toks: Sequence[Tok], published: dt.date, taken: set[int]) -> list[DateMention]:
    """``العام الماضي`` (year - 1), with the month before it when there is one (يونيو العام الماضي)."""
    out: list[DateMention] = []
    for i, tok in enumerate(toks):
        if not tok.text.endswith(_YEAR_ENDINGS) or tok.start in taken or not _word(tok, _YEAR_NOUNS):
            continue
        nxt = joined_after(text, toks, i)
        if nxt is None or not _word(nxt, _BEFORE):
            continue
        start, month = tok.start, None
        prev = toks[i - 1] if i > 0 and text[toks[i - 1].end:tok.start].strip() in ("", ",", "،") else None
        for back in (1, 2) if prev is not None else ():  # حزيران/يوينو العام الماضي: either of a pair
            k = i - back
            if k < 0 or (back == 2 and text[toks[k].end:toks[k + 1].start].strip() != "/"):
                break
            month = next((GREGORIAN_MONTHS[(r,)] for p, r in readings(toks[k].text) if "ال" not in p
                          and (r,) in GREGORIAN_MONTHS and r not in AMBIGUOUS_MONTHS), None)
            if month is not None:
                start = toks[k].start
                break
        words = text[start:nxt.end]
        out.append(DateMention(start, nxt.end, published.year - 1, month, None, "gregorian", words, relative=words))
    return out


# «في 17 من الشهر الماضي»، «15 الشهر الجاري»: a day of the month before the publication's, of its own, or the next.
_MONTH_NOUN = "الشهر"
_THIS = frozenset({"الجاري", "الحالي"})


def _day_of_a_month(text: str, toks: Sequence[Tok], published: dt.date, taken: set[int]) -> list[DateMention]:
    out: list[DateMention] = []
    for i, tok in enumerate(toks):
        if tok.text != _MONTH_NOUN or i == 0:
            continue
        nxt = joined_after(text, toks, i)
        shift = None if nxt is None else -1 if nxt.text in _BEFORE else 0 if nxt.text in _THIS else \
            1 if nxt.text in _AHEAD else None
        k = i - 1 if toks[i - 1].text != "من" else i - 2
        if shift is None or nxt is None or k < 0 or not joined(text, toks[k], toks[k + 1]) or (
                k + 1 < i and not joined(text, toks[k + 1], tok)) or toks[k].start in taken:
            continue
        if not toks[k].text.isdigit() or len(toks[k].text) > 2:
            continue
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        try:
            day = dt.date(year, month + 1, int(toks[k].text))
        except ValueError:
            continue  # «31 من الشهر الماضي» of a month of thirty days: no day
        words = text[toks[k].start:nxt.end]
        out.append(DateMention(toks[k].start, nxt.end, day.year, day.month, day.day, "gregorian", words, relative=words))
    return out


def of_the_week(d: DateMention, published: dt.date) -> bool:
    """A day the words name only by the article's week: a weekday or امس/اليوم dated by the publication date to at
    most ``WEEK_DAYS`` before it (not «السبت قبل الماضي», nor a day and month written out, also ``relative``)."""
    if d.relative is None or d.year is None or d.month is None or d.day is None:
        return False
    by_the_week = d.weekday is not None or _may_be_relative_day(d.relative.split()[0])
    try:
        back = (published - dt.date(d.year, d.month, d.day)).days
    except ValueError:
        return False
    return by_the_week and 0 <= back <= WEEK_DAYS


def last_day(d: DateMention) -> dt.date:
    """The last day a dated mention can mean (31 December for a year)."""
    assert d.year is not None
    if d.month is None:
        return dt.date(d.year if d.year_end is None else d.year_end, 12, 31)
    days = calendar.monthrange(d.year, d.month)[1]
    if d.day is None:
        return dt.date(d.year, d.month, days)
    return dt.date(d.year, d.month, min(d.day_end if d.day_end is not None else d.day, days))


def long_before(d: DateMention, published: dt.date) -> bool:
    """A date over ``NEWS_DAYS`` before the article: an earlier event it recalls (وفي 2010، تحطمت طائرة)."""
    if d.year is None or d.since or d.name is not None or d.calendar != "gregorian":
        return False
    try:
        return (published - last_day(d)).days > NEWS_DAYS
    except ValueError:  # no such day (31 فبراير) or year: not a date we can place
        return False


def resolve_news_dates(
    text: str, mentions: Sequence[DateMention], published: dt.date, toks: Sequence[Tok] | None = None
) -> list[DateMention]:
    """``mentions`` (from ``find_dates(text)``) with weekdays and relative days dated, in order
    (``toks``: the text's tokens as ``scan`` gives them, when already made)."""
    toks = scan(text) if toks is None else toks
    out = [_weekday(text, toks, d, published) if d.weekday is not None and d.year is None and d.day is None
           else _in_the_news_year(text, d, published) if d.year is None and d.day is not None and d.month is not None
           else d for d in mentions]
    taken = {d.start for d in mentions}
    out.extend(_relative_days(text, toks, published, taken))
    out.extend(_last_year(text, toks, published, taken))
    out.extend(_day_of_a_month(text, toks, published, taken))
    out.sort(key=lambda d: d.start)
    return out
