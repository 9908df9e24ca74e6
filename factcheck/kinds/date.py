"""date: a sentence naming an ``about`` word states the claim's date.

Association is the quantity kind's (``factcheck.kinds.associate``), in the
sentences naming an about word (and one of ``near`` when given: ``kinds.near``):
each about-mention takes the nearest dated mention attached to it in its
sentence, within ``WINDOW`` tokens; a year inside a name (``كأس العالم 2018``)
is no date of the claim's event, and a sentence giving another figure than the one the claim dates is of another
announcement (``kinds.figures``).

Comparison is at the precision both sides have, from the year down: a
source's ``فبراير 2022`` supports a claim ``2022``; a source's ``عام 2022``
supports a claim ``2022-02`` and ``عام 2014`` contradicts it.  Mentions
without a year (``في يونيو``) say nothing we can compare and are ignored; a
weekday or ``امس`` dated by the publication date decides a day claim only: attached
like any date, or, to support only, as a news reader takes it (``_lead``); it never denies a claim of a day
more than a week before the article, which no weekday names (``_before_its_week``).  In an article that states the
claim's date, another day only beside or near the claim's word is another act's (``_loose``).  A date before an about word
that «و» opens ends the conjunct before it (``_conjunct_after``).  A date dates the act of its clause, which may
be another verb's or another subject's (``kinds.acts``), and a sentence naming another place of the claim's kind
(«جزيرة لومبوك») is of another event (``kinds.places``): neither denies.  A claim of a start is denied by no
later day of what it started (``kinds.starts``).  A date right after the claim's verb that
opens its clause and its subject alone («فاز ريال مدريد مساء الأربعاء») is the verb's (``_with_leads``).  Relative
dates (``فبراير المقبل``) are ignored: ``find_dates`` never reports them.  A Hijri mention never compares with a Gregorian claim, and
the other way round.
"""

from __future__ import annotations

import datetime as dt

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim
from factcheck.document import Document
from factcheck.kinds.acts import (
    a_purpose,
    another_act,
    another_events_day,
    another_subject,
    antecedents_day,
    relatives_day,
    verbs_adverb,
    was_anothers,
)
from factcheck.kinds.associate import Association, associate
from factcheck.kinds.attach import COMMAS, RELATIVE, comma_after, in_table, parted
from factcheck.kinds.bodies import names_a_body, names_bodies
from factcheck.kinds.evidence import make_evidence
from factcheck.kinds.figures import another_figure, claim_figures
from factcheck.kinds.near import within_near
from factcheck.kinds.own_words import claim_words
from factcheck.kinds.places import another_place, claim_places
from factcheck.kinds.repeats import another_time_of_it
from factcheck.kinds.rival_cues import FORECAST, time_anchor
from factcheck.kinds.stages import ENDS, STAGES
from factcheck.kinds.starts import a_later_day, first_day, verbs_of
from factcheck.kinds.targets import another_named, another_target, claim_targets
from factcheck.kinds.timelines import earlier_entries
from factcheck.matching import Match, sentences_naming
from factcheck.read.dates import DateMention
from factcheck.read.news_dates import NEWS_DAYS, WEEK_DAYS, long_before, of_the_week
from factcheck.text.lexicon import word_class
from factcheck.text.normalize import normalize_query
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["DAY_PRECISION", "check", "show"]

DAY_PRECISION = 3  # year, month and day: the only claims a weekday can decide
LEAD_TOKENS = 2  # an about word among a sentence's first words is its verb or subject (والتهم الحريق)
LEAD_REACH = 25  # words from it to the day adverb of its main clause: about a news lead's first clause
NEAR_REACH = 10  # words from the claim's word anywhere to a day after it: one clause's complements
DATELINE_TOKENS = 6  # words of a dateline before a lead (هافانا، كوبا (CNN)--)
APPOSITION_WORDS = 2  # words between two commas that go on with the clause: a name in apposition
_QUOTES = "\"“”«»„‟"
# Relative pronouns (``attach.RELATIVE``): ``الحريق، الذي ... ،`` is a clause inside the subject's, skipped whole.
# Announcement verbs opening a news lead: their day is the day of the news they announce.
_ANNOUNCE = frozenset({"اعلن", "اعلنت", "تعلن", "يعلن"})
# Words that open a subordinate clause: a day after one is that clause's (عندما فتح مسلح النار، مساء الاحد).
_SUBORDINATE = frozenset({
    "الذي", "التي", "الذين", "عندما", "حين", "حيث", "بينما", "فيما", "اذ", "لان", "ان", "انه", "بان", "مما",
    "وعندما", "وحين", "ثم", "لكن", "ولكن",
})


def show(year: int | None, month: int | None, day: int | None, calendar: str = "gregorian") -> str:
    """``2022``, ``2022-02``, ``2022-02-24`` (``… AH`` for Hijri)."""
    parts = [f"{year:04d}" if year is not None else "????"]
    if month is not None:
        parts.append(f"{month:02d}")
        if day is not None:
            parts.append(f"{day:02d}")
    text = "-".join(parts)
    return f"{text} AH" if calendar == "hijri" else text


def check(claim: DateClaim, analysis: Analysis) -> Finding:
    document = analysis.document
    naming, silent = within_near(claim, sentences_naming(claim.about, analysis, score_cutoff=claim.threshold), analysis)
    if silent is not None:  # nothing to attach a date to: the document's dates need not be read
        return Finding.from_evidence([], not_mentioned_reason=silent)
    c_parts = claim.parts()
    c_precision = sum(p is not None for p in c_parts)
    # a year inside a name (كأس العالم 2018، مونديال 2022) is no date of the claim's event
    # منذ 2003 starts a period: it may agree with the claim's date («عالقون منذ 23 يونيو»), never deny it, nor may a
    # date after حتى that ends one («ستتواصل عمليات البحث حتى 11 أكتوبر»: a deadline, not the day of an event); a weekday
    # or امس dated by the publication date decides only a day claim
    mentions = [
        d for d in analysis.dates
        if d.year is not None and d.calendar == claim.calendar and d.name is None
        and (d.relative is None or c_precision == d.precision == DAY_PRECISION)
    ]
    published = document.source.published
    if published is not None and claim.calendar == "gregorian" and _recent(first_day(c_parts), published):
        mentions = [d for d in mentions if not long_before(d, published)]
    # an article published before the day a claim gives was written before the event: the days it names are of
    # what came before (a plan: «سأتوجه مساء اليوم إلى كيرالا» of a visit made the next day), or a forecast.  A
    # day claim only: a year or month claim's first day says little of when its event was.
    written_before = published is not None and claim.calendar == "gregorian" and c_precision == DAY_PRECISION \
        and first_day(c_parts) > published
    evidence: list[Evidence] = []
    own = claim_words(claim.says, claim.about)
    about = claim_words("", claim.about)
    agents = claim_words(claim.says, ()) - about  # who the claim says did it: «الحرس الثوري»
    claimed = claim_targets(claim.says, claim.near)  # «الهجوم على مقر الشرطة»: another target's day denies nothing
    places = claim_places(claim.says)  # «جزيرة سولاويسي»: a sentence of «جزيرة لومبوك» is of another quake
    figures = claim_figures(claim.says, claim.about)  # «ارتفاع الحصيلة إلى 100 قتيل»: another toll's day neither
    own_bodies = names_bodies(own)  # «قالت المفوضية العليا للانتخابات، الأحد»: the body's day, unless the claim's
    associated = associate(document, naming, mentions, lambda d: (d.start, d.end), own=own)
    loose: set[int] = set()  # the contradictions only beside or near the claim's word, by their place in evidence
    for a in _with_leads(document, naming, mentions, associated, own):
        d, m = a.item, a.match
        agrees = d.agrees_with(c_parts, c_precision)
        if not agrees and (a.weak or d.since or (d.until and not own & _PERIOD_ENDS) or written_before
                           or _a_stages_day(document, d, own) or _another_week(d, c_parts, published)
                           or _before_its_week(d, c_parts, published) or _quoted_relative(document, d)
                           or _forecast(document, d, own) or a_later_day(document, d, own, c_parts, verbs_of(claim.says))
                           or another_time_of_it(document, d.start, own)
                           or (d.start >= m.end and time_anchor(document, m))
                           or (not own_bodies and names_a_body(document, m))
                           or _months_from_claims(d, c_parts, published) or _to_come(document, d, c_parts, published)
                           or _conjunct_after(document, d, m) or _anothers_act(document, d, m, own, agents, about)
                           or _only_announced(document, naming.get(m.sentence, []), claim.about)
                           or _antecedents(document, d, m, naming.get(m.sentence, []))
                           or another_target(document, _sentence_of(document, d.start), claimed)
                           or another_named(document, _sentence_of(document, d.start), own)
                           or another_place(document, _sentence_of(document, d.start), places)
                           or another_figure(analysis, _sentence_of(document, d.start), figures)
                           or _sentence_of(document, d.start) in earlier_entries(analysis)):
            continue  # «الانتخابات البلديه في 6 مايو»: an adjective the claim does not say, maybe another's (UNSAID)
        reason = f"states {_shown(d)}, claim says {show(*c_parts, claim.calendar)}"
        if not agrees:  # a contradiction says why the date is the subject's
            reason += f" ({a.why})"
            if _loose(a.why):
                loose.add(len(evidence))
        evidence.append(make_evidence(
            document, d.start, d.end,
            role=Role.SUPPORTS if agrees else Role.CONTRADICTS, score=m.score, reason=reason,
        ))
    if loose and any(e.role is Role.SUPPORTS for e in evidence):
        evidence = [e for n, e in enumerate(evidence) if n not in loose]
    if not evidence:
        evidence = _lead(document, naming, [d for d in mentions if d.relative is not None], c_parts, c_precision)
    return Finding.from_evidence(evidence, not_mentioned_reason=f"no dated mention near {', '.join(claim.about)}")


def _loose(why: str) -> bool:
    """A date only beside the claim's word or a few words from it, no linking words of its own between
    (``associate``): enough to deny in an article that gives no other day, not in one that states the claim's.

    An article dates the claim's act as the claim does and names another day beside the same word: its generic
    about words (أعلن، دعا، فاز، عرض) name the story's other acts too: «دعا الثلاثاء» of the ally's call before the
    announcement of Wednesday, «والأربعاء، فاز ثلاثة باحثين ... بجائزة نوبل في الكيمياء» beside the peace prize of
    Friday, «ودخل المستشفى مساء السبت» of a first short stay before the admission of Sunday.  Of the 102 labelled
    files' fifteen such pairs, none was labelled a contradiction; a day attached by linking words or as the verb's
    adverb still denies."""
    return why == "adjacent" or why.startswith("nearest within")


def _with_leads(
    document: Document, naming: dict[int, list[Match]], mentions: list[DateMention],
    taken: list[Association[DateMention]], own: frozenset[str],
) -> list[Association[DateMention]]:
    """The associations, and a date no about-mention took that follows the claim's verb opening its clause after its
    subject alone (``kinds.acts.verbs_adverb``: «فاز ريال مدريد مساء الأربعاء»): the verb's adverb."""
    out = list(taken)
    held = {id(a.item) for a in taken}
    for sentence, matches in naming.items():
        for m in matches:
            after = [(t.index, d) for d in mentions if (t := document.token_at(d.start)) is not None
                     and t.sentence == sentence and t.index >= m.last_token]
            if not after:
                continue
            k, d = min(after, key=lambda x: x[0])
            if id(d) not in held and verbs_adverb(document, m, k, own):
                out.append(Association(d, m, "the verb's adverb, after its subject"))
                held.add(id(d))
    return sorted(out, key=lambda a: a.item.start)


def _lead(
    document: Document, naming: dict[int, list[Match]], news: list[DateMention],
    c_parts: tuple[int | None, int | None, int | None], c_precision: int,
) -> list[Evidence]:
    """A weekday or ``امس`` a news reader takes as the day of the claim's event: supports only
    (a reader's default, not the close attachment a contradiction needs).  In a sentence that

    * opens on the claim's verb or subject (``تحطمت طائرة ... ، الجمعة،``), the first one of its
      main clause, within ``LEAD_REACH`` words;
    * names the claim's verb or subject anywhere, the first one after it within ``NEAR_REACH``
      words of its clause (``حادث تحطم الطائرة ... بعيد اقلاعها الاربعاء``);
    * opens on an announcement (``اعلنت السلطات، الجمعة، عن تحطم طائرة``), the announcement's
      day when the claim's word follows it within ``LEAD_REACH`` words: breaking news is of the day.

    A relative clause set off by commas after the subject (``والتهم الحريق، الذي ... ،``) is
    skipped; a comma goes on with the clause only around a short apposition (``العاصمه، هافانا،``).
    """
    out: list[Evidence] = []
    for sentence, matches in naming.items():
        first = document.sentences[sentence].first_token
        ordered = sorted(matches, key=lambda m: m.first_token)
        dated = sorted(
            ((k, d) for d in news if (k := _token_of(document, d, sentence)) is not None), key=lambda t: t[0],
        )
        found: tuple[Match, DateMention] | None = None
        for m in ordered:
            reach = LEAD_REACH if m.first_token - first < LEAD_TOKENS else NEAR_REACH
            after = [(k, d) for k, d in dated if k >= m.last_token]
            if after and _goes_on(document, m.last_token, after[0][0], reach):
                found = (m, after[0][1])
                break
        verb = _announces(document, first, document.sentences[sentence].last_token)
        if found is None and ordered and verb is not None:
            m = ordered[0]
            before = [(k, d) for k, d in dated if verb < k < m.first_token]
            if before and m.first_token - verb <= LEAD_REACH and _goes_on(
                document, before[0][0] + 1, m.first_token, LEAD_REACH,
            ):
                found = (m, before[0][1])
        if found is not None and found[1].agrees_with(c_parts, c_precision):
            m, d = found
            reason = f"states {_shown(d)} ({d.relative}, by the publication date), claim says {show(*c_parts)}"
            out.append(make_evidence(document, d.start, d.end, role=Role.SUPPORTS, score=m.score, reason=reason))
    return out


# A claim that dates a process's end dates no day of one of its stages: «اكتملت عملية الإنقاذ ... يوم الثلاثاء» is
# not denied by «وأخرج الغواصون 8 من الصبية يومي الأحد والاثنين» (a stage, ``kinds.stages``, and no end named).
def _a_stages_day(document: Document, d: DateMention, own: frozenset[str]) -> bool:
    """The claim dates an end (``ENDS``), and the date's sentence names a stage of its process and no end."""
    tok = document.token_at(d.start)
    if tok is None or not own & ENDS:
        return False
    words = [t.text for t in document.sentence_tokens(document.sentences[tok.sentence])]
    return any(in_table(w, STAGES) for w in words) and not any(in_table(w, ENDS) for w in words)


# A claim that dates a deadline or an end («تنتهي المهلة في 15 أكتوبر»): a date after «حتى» is its own kind of date.
_PERIOD_ENDS = ENDS | {"مهله", "المهله", "مهلته", "حتي", "لغايه", "ينتهي", "تنتهي"}


def _another_week(d: DateMention, c_parts: tuple[int | None, int | None, int | None], published: dt.date | None) -> bool:
    """A bare weekday that is the publication's own, of a claim a week before: whether it is today or the week
    before is the reader's guess, and it denies nothing (an article of Friday 5 October recalling «الجمعة» of the
    quake of Friday 28 September).  Any other bare weekday is of the week before the article, as news writes it:
    «الجمعة» in an article of Monday 1 October is Friday 28 September, and denies a claim of Friday 21."""
    year, month, day = c_parts
    if d.weekday is None or d.relative != d.text or year is None or month is None or day is None or published is None:
        return False  # «الجمعة الماضية»، «السبت قبل الماضي» say which week
    if (d.year, d.month, d.day) != (published.year, published.month, published.day):
        return False
    return dt.date(year, month, day) == published - dt.timedelta(days=7)


def _before_its_week(d: DateMention, c_parts: tuple[int | None, int | None, int | None], published: dt.date | None) -> bool:
    """A day named by the article's week (``of_the_week``: «الجمعة»، «اليوم») against a claim of a day more than a
    week before the article: a writer dates an event weeks old by its date, never by a weekday, so the day is of a
    later event the article reports (an article of 30 September on the Sulawesi quake «الذي وقع يوم الجمعة» is
    no denial of the Lombok quake of 5 August; a fire «الأحد» on Evia, none of the Attica fires of 23 July)."""
    if published is None or None in c_parts or not of_the_week(d, published):
        return False
    year, month, day = c_parts
    assert year is not None and month is not None and day is not None
    return (published - dt.date(year, month, day)).days > WEEK_DAYS


# Days from a claim's day past which a day an article names is another event's: a round-up of the year's crashes
# dates each («في الحادي عشر من فبراير، تحطمت طائرة روسية», SK-internationalNews-1647-20180518 on a crash of 18
# May); a source that misdates the event itself is off by a day or a week, not by months.
OTHER_EVENT_DAYS = 60


def _to_come(document: Document, d: DateMention, c_parts: tuple[int | None, int | None, int | None],
             published: dt.date | None) -> bool:
    """A day after the article's, in a sentence in the future tense, of a claim whose day is not: what the
    article says will happen then (a run-off, a later hearing) is not when the claim's event, already past, took
    place (the Turkish elections of 24 June 2018: «فستجرى جولة ثانية من الانتخابات في الثامن من يوليو» in an
    article of the 24th; «وكان من المقرر إجراء هذه الانتخابات في نوفمبر 2019», a month of a plan).  Without the
    future, a day after the article in its own year is a slip of the writer's, and denies («بعد أن دخلوا الكهف في 23
    يوليو» in an article of 11 July); a later year is to come whatever the tense («لانتخابات 2030»)."""
    year, month, day = c_parts
    if published is None or year is None or month is None or day is None or d.year is None:
        return False
    try:  # a month or a year the article names wholly after its own day («في نوفمبر 2019») is to come too
        if not dt.date(year, month, day) <= published < dt.date(d.year, d.month or 1, d.day or 1):
            return False
    except ValueError:  # no such day (31 فبراير)
        return False
    if d.year > published.year:
        return True  # a later year is no slip of the pen: «احتمال ترشحه لانتخابات 2030»
    sentence = document.sentences[_sentence_of(document, d.start)]
    return any(_future(document.tokens[k].text) for k in range(sentence.first_token, sentence.last_token))


# A verb in the future: «ستجرى», «فستجرى», «وسيعقد» (س before the imperfect's prefix, a verb by the dictionary:
# «سيارة», «سنة» are nouns), «سوف», «المقرر».
_FUTURE_PREFIXES = tuple(c + "س" + p for c in ("", "و", "ف") for p in ("ي", "ت", "ن", "ا"))
_FUTURE_WORDS = frozenset({"سوف", "وسوف", "المقرر", "المرتقب"})


def _future(word: str) -> bool:
    return word in _FUTURE_WORDS or (word.startswith(_FUTURE_PREFIXES) and len(word) > 4
                                     and word_class(word) == "verb")


def _months_from_claims(d: DateMention, c_parts: tuple[int | None, int | None, int | None],
                        published: dt.date | None) -> bool:
    """A day (day precision on both sides) more than ``OTHER_EVENT_DAYS`` from the claim's, of a claim that is news
    for the article: another event's, it denies nothing.  A claim of long before (a birth: «ولد ... في 8 يناير
    1942») is denied by another day of it («يوم 8 أبريل 1942», the Hawking file), as the news does not recall two
    such days of one life."""
    year, month, day = c_parts
    if year is None or month is None or day is None or d.year is None or d.month is None or d.day is None:
        return False
    try:
        claimed = dt.date(year, month, day)
        if published is not None and not _recent(claimed, published):
            return False
        return abs((dt.date(d.year, d.month, d.day) - claimed).days) > OTHER_EVENT_DAYS
    except ValueError:  # no such day (31 فبراير)
        return False


def _only_announced(document: Document, matches: list[Match], about: list[str]) -> bool:
    """Every about word the sentence names is an announcement verb (``_ANNOUNCE``: «وأعلنت السلطات المحلية الأحد
    أن حصيلة ضحايا هذه الفيضانات ... قد ارتفعت»), and the claim names what was announced by other about words (لجنة،
    تشكيل): the day is of an announcement whose object the sentence does not name, maybe another (a toll, not the
    committee the claim dates)."""
    if not matches or not all(in_table(document.tokens[m.first_token].text, _ANNOUNCE) for m in matches):
        return False
    return any(not in_table(normalize_query(q), _ANNOUNCE) for q in about)


def _conjunct_after(document: Document, d: DateMention, m: Match) -> bool:
    """The date comes before the about-mention, whose first word carries the conjunction و that its words do not
    («الاحتفالات بالعيد الوطني المعروف السبت والمباراة النهائية ... يوم الأحد»): the date ends the conjunct
    before «و», another thing's day."""
    if d.end > m.start:
        return False
    word = document.tokens[m.first_token].text
    return word.startswith("و") and not normalize_query(m.query).startswith("و")


def _anothers_act(document: Document, d: DateMention, m: Match, own: frozenset[str], agents: frozenset[str],
                  about: frozenset[str]) -> bool:
    """The date dates another act of its sentence than the claim's word names, another event (in construct after
    its noun), or another subject's (``kinds.acts``)."""
    first, last = document.token_at(d.start), document.token_at(max(d.start, d.end - 1))
    if first is None or last is None:
        return False
    return another_act(document, first.index, last.index, m, own) or another_events_day(document, first.index, m, about) \
        or a_purpose(document, last.index, m) \
        or another_subject(document, first.index, m, own, agents) or was_anothers(document, m, own) \
        or relatives_day(document, first.index, m, about)


def _antecedents(document: Document, d: DateMention, m: Match, matches: list[Match]) -> bool:
    """The date names the event of the noun before it, which the relative clause of the claim's word tells of
    (``kinds.acts.antecedents_day``)."""
    first, last = document.token_at(d.start), document.token_at(max(d.start, d.end - 1))
    return first is not None and last is not None and antecedents_day(document, first.index, last.index, m, matches)


# Words from a forecast word to the day it forecasts, at most: «يتوقع أن تجري مراسم توليه رئاسة الوزراء في وقت لاحق
# الخميس».
_FORECAST_REACH = 10


def _forecast(document: Document, d: DateMention, own: frozenset[str]) -> bool:
    """A forecast word (``rival_cues.FORECAST``) the claim (``own``) does not say stands before the date in its
    clause (no comma or stop between): the day is of what is expected, which denies no day of what took place
    (the Malaysian election: «يتوقع أن تجري مراسم توليه ... الخميس» beside the vote of Wednesday)."""
    first = document.token_at(d.start)
    if first is None:
        return False
    tokens = document.tokens
    last = document.token_at(max(d.start, d.end - 1))
    aside = last is not None and comma_after(document, last.index)  # a day set off by commas: see comma_after
    for k in range(first.index - 1, max(-1, first.index - 1 - _FORECAST_REACH), -1):
        if tokens[k].sentence != first.sentence or (parted(document, k, k + 1) and not (aside and k + 1 == first.index)):
            return False
        if in_table(tokens[k].text, FORECAST) and not in_table(tokens[k].text, own):
            return True
    return False


def _quoted_relative(document: Document, d: DateMention) -> bool:
    """A day dated by the publication date («اليوم»، «الثلاثاء») inside quoted words: the speaker's day, which the
    article need not share (a speech of Tuesday quoted on Wednesday: «اليوم نعلن الحداد»).  Quotes are counted from
    the paragraph's start: a speech quoted goes on over sentences."""
    if d.relative is None:
        return False
    before = document.text[document.text.rfind("\n", 0, d.start) + 1:d.start]
    return _opens_a_quote(before)


def _sentence_of(document: Document, offset: int) -> int:
    tok = document.token_at(offset)
    return -1 if tok is None else tok.sentence


def _token_of(document: Document, d: DateMention, sentence: int) -> int | None:
    tok = document.token_at(d.start)
    return tok.index if tok is not None and tok.sentence == sentence else None


def _announces(document: Document, first: int, end: int) -> int | None:
    """The announcement verb (``اعلنت``، ``واعلن``) the sentence opens on, after a dateline if any
    (``هافانا، كوبا (CNN)-- اعلنت``): its token index, or None."""
    for k in range(first, min(end, first + DATELINE_TOKENS + 1)):
        opening = k == first or document.text[document.tokens[first].start:document.tokens[k].start].rstrip().endswith("-")
        if opening and in_table(document.tokens[k].text, _ANNOUNCE):
            return k
    return None


def _goes_on(document: Document, a: int, b: int, reach: int) -> bool:
    """Tokens ``[a, b)`` stay in one clause: no subordinate word, no colon or open quotation,
    within ``reach`` words once a relative clause set off by commas is skipped, and any further
    comma only around a short apposition (at most ``APPOSITION_WORDS`` words)."""
    if b < a:
        return False
    words, segment, skipping, after_comma = 0, 0, False, False
    for k in range(a, b):
        tok = document.tokens[k]
        comma = k > 0 and any(c in document.text[document.tokens[k - 1].end:tok.start] for c in COMMAS)
        if comma and skipping:
            skipping = False  # the relative clause closes: the main clause goes on
        elif comma and tok.text in RELATIVE:
            skipping = True
        elif comma and k > a:
            if after_comma and segment > APPOSITION_WORDS:
                return False
            after_comma, segment = True, 0
        if skipping:
            continue
        if tok.text in _SUBORDINATE:
            return False
        words += 1
        segment += 1
    if skipping or words > reach or (after_comma and segment > APPOSITION_WORDS):
        return False
    if a < b:
        text = document.text[document.tokens[a].start:document.tokens[b - 1].end]
        if ":" in text or _opens_a_quote(text):
            return False
    return True


def _opens_a_quote(text: str) -> bool:
    """An odd number of quotation marks: the text opens a quotation it does not close."""
    return sum(text.count(q) for q in _QUOTES) % 2 == 1


def _recent(day: dt.date, published: dt.date) -> bool:
    """The claim's date is news for the article: at most ``NEWS_DAYS`` before it (or after)."""
    return (published - day).days <= NEWS_DAYS


def _shown(d: DateMention) -> str:
    if d.year_end is not None:
        return f"{d.year:04d}–{d.year_end:04d}"  # a decade
    shown = show(d.year, d.month, d.day, d.calendar)
    return f"{shown}..{d.day_end:02d}" if d.day_end is not None and d.month is not None else shown
