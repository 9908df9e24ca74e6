"""quantity: a sentence naming an ``about`` word states a consistent quantity.

Association (which quantity is "about" the claim) is kept simple and local:

1. Only sentences that name one of ``about`` (``sentences_naming``, at the
   claim's threshold) are read, and, when the claim gives ``near``, only those
   that name one of these too (the claim's instance of two in one article:
   ``kinds.near``); only quantities of the claim unit's dimension in them
   (time, percent or count).
2. Each about-mention takes the NEAREST such quantity attached to it in its
   sentence (``factcheck.kinds.associate``: linking words, the claim's own
   words, no other event noun or counted noun between), within ``WINDOW``
   tokens; a contradiction's reason says why it is attached.  Nearest matters: in
   "قمة ... امتدت لثلاث ساعات ... لأحد أكثر الصراعات دموية في أوروبا منذ
   ثمانية عقود" the conflicts are 80 years old, the summit three hours long.

3. Not across reported speech: when a colon, or an odd number of quotation
   marks, stands between the mention and the quantity, the quantity is in
   someone's words about something else ("...في محادثاته مع بوتين، مضيفا:
   "قد أضطر للتفكير في ذلك بعد أسبوعين"").
4. A time quantity more than ``MAX_LADDER_STEPS`` units away from the
   claim's unit (minute, hour, day, week, month, year, decade) is about
   something else: a sentence naming the war and "24 hours" (a campaign
   promise) says nothing about a conflict "for 80 years".  Hours and days, or
   years and decades, are compared.

5. What the claim counts (``own_words.counted_words``: the noun of its number in
   ``says``, and its about words): a number counting another noun (``104 ركاب``
   for people aboard, ``اثنين من مواطنيها``، ``26 من اعضاء البوليساريو``) is not
   the claim's; a named group of the people the claim counts (passengers, crew)
   contradicts only when it is more than the claim's whole (``113 راكبا`` > 110) and
   supports when it is all of it (``ثلاث نساء فقط نجون`` = 3 survivors); so does a count of those
   still in a state (``ما زال عشره جرحي يعالجون في المستشفي``: ``counted.still_count``).  Counts no
   figure writes (a dual: ``مقتل شخصين``) and ``X اخرون`` (others than a group named
   before) support only; people of whom the claim's group is a part support it only as
   a lower bound the claim meets (``تقل اكثر من 200 شخص`` for 247 passengers).
6. Not from a sentence where another number of the claim agrees (the others
   count other nouns: ``110 اشخاص قتل 107 منهم``), nor from a figure given as
   earlier (``حصيله سابقه``، ``في وقت سابق``، ``كان ... قد``: ``read.earlier``) or
   in a sentence dated long before the article (``وفي 2010، تحطمت طائرة ...``), which supports
   nothing either (``حصل علي 97 بالمئه في انتخابات 2014`` is no 2018 result).
   Across sentences, an article that states both values is still contradicted.
   A count of more of them (``مقتل ثلاثه اشخاص اخرين``، ``ثلاثه اهداف اخري``) is an addition, not the
   claim's count, and the other counts of its sentence are the part before it: neither contradicts.

Agreement is interval overlap (contract §1): the source interval (hedges,
converted into the claim's unit) against ``claim.interval()``.  A vague count
(``عشرات``) states no figure: it neither agrees nor disagrees (an order of magnitude is no evidence
against a figure: in news it is most often another group's, a subset's or a day's).
Conversions between days and months are not exact (a month is 28–31 days,
a year 365–366), so across those families the converted source interval is
widened by ``CROSS_FAMILY_SLACK`` on each side.
"""

from __future__ import annotations

import math

from factcheck.analysis import Analysis, per_analysis
from factcheck.claims.model import QuantityClaim
from factcheck.document import Document
from factcheck.kinds.ages import (
    a_span_of_time,
    age_claim,
    age_of_another,
    age_of_the_other_gender,
    age_of_whom_unsaid,
    age_reached,
    age_then,
    prison_term,
    term_handed_down,
)
from factcheck.kinds.asides import distinctive_words, without_asides
from factcheck.kinds.associate import associate
from factcheck.kinds.attach import clause_tokens, in_table
from factcheck.kinds.counted import added_by_harm, in_one_hospital, more_of_them, more_time, still_count, token_span
from factcheck.kinds.evidence import Notes, make_evidence
from factcheck.kinds.figure_text import claim_text, describe, fmt, with_unit
from factcheck.kinds.figures import own_other_figures, own_whole
from factcheck.kinds.first_account import after_first_account, without_figure
from factcheck.kinds.minutes import bound_minute, by_distance, minute_claim, minute_marks
from factcheck.kinds.nationality import another_group, claim_nisba
from factcheck.kinds.near import near_mentions, within_near
from factcheck.kinds.own_words import claim_words, counted_words
from factcheck.kinds.pairings import other_pairings
from factcheck.kinds.past_states import then
from factcheck.kinds.places import another_place, claim_places
from factcheck.kinds.rates import another_market as market
from factcheck.kinds.rival_cues import claim_years, forecast
from factcheck.kinds.sides import claimed_side
from factcheck.kinds.stages import a_window, ages_of_many, model_number, offset_in_time, requested, required, stage_of
from factcheck.kinds.subjects import another_subject, anothers_complement
from factcheck.kinds.tallies import another_rank, claim_rank, counted_share, other_side, partly_counted, polled
from factcheck.kinds.targets import another_named, another_target, bracketed_for_another, claim_targets, over_the_year
from factcheck.kinds.timelines import earlier_entries, under_old_headings
from factcheck.kinds.wholes import (
    OTHER_SIDE,
    a_change,
    changed_to,
    claim_reaches,
    in_series,
    per_each,
    scope_of,
    share_of,
    size_held,
    size_of_group,
    split_before,
    won_of_a_size,
)
from factcheck.matching import Match, sentences_naming
from factcheck.read.duals import about_with_duals, claim_duals, counted_duals, dual_counts, dual_of
from factcheck.read.news_dates import long_before
from factcheck.read.quantities import Quantity
from factcheck.read.units import DIMENSION, convert, is_exact, ladder_steps
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["CROSS_FAMILY_SLACK", "MAX_LADDER_STEPS", "check", "naming_words",
           "subject_and_quantities"]

MAX_LADDER_STEPS = 2
CROSS_FAMILY_SLACK = 0.03
_EPS = 1e-9

def _in_claim_unit(q: Quantity, unit: str) -> tuple[float, float]:
    low, high = convert(q.low, q.unit, unit), convert(q.high, q.unit, unit)
    if not is_exact(q.unit, unit):
        low, high = low * (1 - CROSS_FAMILY_SLACK), high * (1 + CROSS_FAMILY_SLACK)
    return low, high


def _sentence(document: Document, offset: int) -> int:
    tok = document.token_at(offset)
    return -1 if tok is None else tok.sentence


def _not_current(analysis: Analysis, sentence: int) -> bool:
    """Whether the sentence's figures are not the source's current ones: given as earlier (حصيله سابقه،
    في وقت سابق، كان ... قد), or dated long before the article (وفي 2010، تحطمت طائرة ... مقتل 68)."""
    return (sentence >= 0 and analysis.earlier(sentence)) or sentence in _long_before(analysis)


@per_analysis
def _long_before(analysis: Analysis) -> frozenset[int]:
    """Sentences that date something long before the article (remembered: every quantity claim checked against
    the document may ask)."""
    document = analysis.document
    published = document.source.published
    dated = set() if published is None else {
        _sentence(document, d.start) for d in analysis.dates if long_before(d, published)}
    return frozenset(dated | under_old_headings(analysis))


def _named_long_before(analysis: Analysis, own: frozenset[int]) -> frozenset[int]:
    """Sentences that name an event by a year long before the article and not the claim's (``own``): «بعد نهائي
    مونديال 1958، الذي شهد 7 أهداف» gives that final's goals.  A named year is no date of the sentence
    (``long_before`` passes it by: «كأس العالم 2018» names this year's event), but a past one names a past event."""
    document = analysis.document
    published = document.source.published
    if published is None:
        return frozenset()
    return frozenset(_sentence(document, d.start) for d in analysis.dates
                     if d.name is not None and d.year is not None and d.calendar == "gregorian"
                     and d.year not in own and published.year - d.year > 1)


def _only_long_before(analysis: Analysis) -> frozenset[int]:
    """Sentences whose every date is long before the article: «26 قتيلا حتي الان في 2018 مقارنه بنفس الفتره من
    العام الماضي» is of this year too."""
    long_ago = _long_before(analysis)
    if not long_ago:
        return long_ago
    document = analysis.document
    published = document.source.published
    recent = {_sentence(document, d.start) for d in analysis.dates
              if published is not None and not long_before(d, published)}
    return long_ago - recent


def _first_token(document: Document, start: int) -> int:
    token = document.token_at(start)
    return -1 if token is None else token.index


def naming_words(claim: QuantityClaim) -> tuple[str, ...]:
    """The words a source must hold to be read for the claim: its ``about``, and a count's duals of them
    (``سجل هدفين`` names goals; read.duals)."""
    return about_with_duals(claim.about) if claim.unit == "count" else tuple(claim.about)


def subject_and_quantities(claim: QuantityClaim, analysis: Analysis) -> tuple[dict[int, list[Match]], list[Quantity]]:
    """The sentences naming the claim's subject (``sentences_naming``) and the document's quantities; for a count
    claim, with the duals of its own nouns: each is 2 of its noun (``سجل هدفين``), and a mention of its ``about``
    noun too, where the word is read as that dual (read.duals: ``المشجعين``، ``لاعبين`` are plurals, no mention)."""
    naming = sentences_naming(claim.about, analysis, score_cutoff=claim.threshold)
    document = analysis.document
    found = dual_counts(document.text, document.tokens, counted_duals(claim.about, claim.says, claim.value),
                        claim_words(claim.says, claim.about)) if claim.unit == "count" else \
        minute_marks(document.text, analysis.numbers) if claim.unit == "minute" and minute_claim(claim.says, claim.value) \
        else []
    about = claim_duals(tuple(claim.about))
    for q in found:
        tok = document.token_at(q.start)
        noun = dual_of(q.text, about)
        if tok is not None and noun is not None:
            named = naming.setdefault(tok.sentence, [])
            named.append(Match(noun, q.start, q.end, tok.index, tok.index + 1, tok.sentence, 100.0))
    if found:  # a person's dual is read in every article: once
        spans = [(q.start, q.end) for q in analysis.quantities]
        found = [q for q in found if not any(a < q.end and q.start < b for a, b in spans)]
    if not naming:  # nothing to attach a number to: the document's numbers need not be read
        return naming, []
    return naming, sorted([*analysis.quantities, *found], key=lambda q: (q.start, -q.end)) if found else analysis.quantities


def check(claim: QuantityClaim, analysis: Analysis, *, notes: Notes | None = None) -> Finding:
    """The claim against one document; ``notes`` (explain's) gets what became of each figure an about word took:
    the rule that set it aside, or the evidence it gave (figures by their normalized span)."""
    document = analysis.document
    counting = claim.unit == "count"
    timed = claim.unit == "minute" and minute_claim(claim.says, claim.value)  # a match's minute (kinds.minutes)
    naming, read = subject_and_quantities(claim, analysis)
    naming, silent = within_near(claim, naming, analysis)  # of two attacks in one article, the claim's
    if silent is not None:  # nothing to attach a number to: the document's numbers need not be read
        return Finding.from_evidence([], not_mentioned_reason=silent)
    dimension = DIMENSION[claim.unit]
    quantities = [
        q for q in read
        if DIMENSION[q.unit] == dimension and ladder_steps(q.unit, claim.unit) <= MAX_LADDER_STEPS
    ]
    c_low, c_high = claim.interval()
    tol = _EPS * max(1.0, abs(c_low), abs(c_high))
    evidence: list[Evidence] = []
    sentences: list[int] = []  # each evidence's sentence
    given: list[tuple[int, int]] = []  # each evidence's figure, for notes
    plain: list[int] = []  # the evidence that states the claim's figure plainly (kinds.first_account)
    own = claim_words(claim.says, claim.about)
    found = associate(
        document, naming, quantities, lambda q: (q.start, q.end), own=own, counted=counting,
        counts=counted_words(claim.says, claim.value, claim.about) if counting else None, carries=lambda q: q.dual,
    )
    def _agrees(q: Quantity) -> bool:  # a vague count (عشرات) states no figure: it agrees with none, denies none
        s_low, s_high = _in_claim_unit(q, claim.unit)
        return s_low <= c_high + tol and c_low - tol <= s_high and not q.vague

    agreeing = {id(a): _agrees(a.item) for a in found}  # nor does a vague count shield its sentence
    reaches = claim_reaches(claim.says, claim.value)  # «برفع إنفاقهم إلى 4 في المئة»: a change's level (changed_to)
    # one sentence, several numbers around the about word, one of them the claim's: the others
    # count other nouns (110 أشخاص قتل 107 منهم، مقتل 257 شخصا بينهم عشرة من الطاقم)
    # A bound agrees with every figure beyond it («35 شخصا على الاقل ربما») and says no figure: it shields nothing
    # («... في حين ان الاحصاء الرسمي يقول ان عدد القتلى 20» still denies 39).
    agreed = {_sentence(document, a.item.start) for a in found
              if agreeing[id(a)] and a.part is None and not _open_ended(_in_claim_unit(a.item, claim.unit))}
    # a sentence that adds to a count (قتل عشره ... ثم مقتل ثلاثه اشخاص اخرين) gives its other counts as partial
    grown = {_sentence(document, q.start) for q in quantities
             if more_of_them(document, q.start, q.end)} if counting else set()
    # «ليوم واحد آخر»: a time added to one gone by, not the whole
    added = {id(a) for a in found if dimension == "time" and more_time(document, a.item.start, a.item.end)}
    # «حصل علي 97 بالمئه في انتخابات 2014» is the 2014 figure: it supports no 2018 claim either
    long_ago = _only_long_before(analysis) if found else frozenset()
    claimed = claim_targets(claim.says, claim.near)  # «على مقر الشرطة»: a sentence of another target denies nothing
    named_ago = _named_long_before(analysis, claim_years(claim.says)) if found else frozenset()
    spans = [(q.start, q.end) for q in quantities]
    token_spans: list[tuple[int, int]] = []

    def figures() -> list[tuple[int, int]]:  # the quantities' first and last tokens, read once when first asked
        if not token_spans:
            token_spans.extend(t for a, b in spans if (t := token_span(document, a, b)) is not None)
        return token_spans

    places = claim_places(claim.says)  # «جزيرة لومبوك»: a sentence of «جزيرة سولاويسي» is of another event
    so_far = partly_counted(document, read, own) if found else frozenset()  # «لدى فرز 90 في المئة»
    group = claim_nisba(claim.says, claim.value) if found and counting else None  # «دبلوماسيا بريطانيا»
    # a count's other figures count other nouns («13 شخصا هم الفتية الاثنا عشر ومدربهم»): only shares and measures
    echoed = (own_other_figures(claim.says, claim.value, claim.unit) if not counting
              else own_whole(claim.says, claim.value)) if found else frozenset()
    rank = claim_rank(claim.says) if found else None  # «حل ... في المرتبة الأولى»
    side = claimed_side(claim.says) if found and counting else None  # «من خارج المملكة» (kinds.sides)
    # where the near words name the claim's instance, found once (not per figure): only asked of figures that disagree
    named = near_mentions(claim, analysis) if claim.near and not all(agreeing.values()) else {}
    near_at = {sentence: [n.first_token for n in matches] for sentence, matches in named.items()}

    def dropped(q: Quantity, why: str) -> None:  # what became of a figure, for explain
        if notes is not None:
            notes[(q.start, q.end)] = f"not counted: {why}"

    for a in found:
        q, m = a.item, a.match
        agrees = agreeing[id(a)]
        here = _sentence(document, q.start)
        shielded = None if agrees else (
            "weakly attached: it may support, not deny" if a.weak else "a dual" if q.dual else "a rank" if q.ranked
            else "a match's minute: it may support, not deny"
            if q.moment and not bound_minute(document, q.start, named.get(here, []))
            else "a time from another moment («بعد الهدف بدقيقتين»)" if timed and by_distance(document, q.start)
            else "its sentence states the claim's figure" if here in agreed
            else "its sentence adds to a count" if here in grown else "a time added to one gone by" if id(a) in added
            else "given as earlier" if _not_current(analysis, here) else None)
        elsewhere = None if shielded else "of long before the article" if here in long_ago else None if agrees else (
            "an event named by a past year" if here in named_ago
            else "an entry of a chronology of other days" if here in earlier_entries(analysis)
            else "another target's" if another_target(document, here, claimed)
            else "another person's" if another_named(document, here, own)
            else "another place's" if another_place(document, here, places)
            else "another pairing's (kinds.pairings)" if claim.anchors and other_pairings(
                analysis, {here}, [*claim.anchors, *own, *claim.about], claim.threshold)
            else None)
        if shielded is not None or elsewhere is not None:
            dropped(q, shielded or elsewhere or "")  # «وفي 2010، تحطمت طائرة ... مقتل 68»: another crash
            continue
        if not agrees and q.low == q.high and q.value in echoed and q.unit == claim.unit:
            dropped(q, "a figure the claim's statement names besides its value")
            continue  # «عتبة العشرة في المئة»: a figure the claim's statement names besides its value
        # «وتوقع الخبراء أن تكون نتيجة التصويت 51 صوتا»: what was expected; «الذي حددته الحكومة»: the official rate
        if not agrees and (why := "a forecast" if _forecast(document, q.start, own) else market(document, q.start, own)):
            dropped(q, why)
            continue
        if not agrees and not counting and then(document, q.start, q.end, own):
            dropped(q, "what was so then")
            continue  # «تبلغ من العمر 21 عاما آنذاك»: what was so then (kinds.past_states)
        if counting and another_group(document, q.end, group):
            dropped(q, "another side's people")
            continue  # «60 دبلوماسيا روسيا» for a claim of «23 دبلوماسيا بريطانيا»: another side's people
        if not agrees and other_side(document, q.start):
            dropped(q, "the other side's votes")
            continue  # «وثبت النواب بـ59 مقابل 42 صوتا»: the other side's votes, beside the winner's
        if not agrees and another_rank(document, q.start, rank):
            dropped(q, "another rank's")
            continue  # «في المركز الثاني بـ47 مقعدا»: the second's seats, for a claim of the list that came first
        if counted_share(document, q.start, own) or (not agrees and (here in so_far or polled(document, q.start, own))):
            dropped(q, "a count so far (ballots counted, a poll)")
            continue  # «بعد فرز 97.2 في المئة»: the ballots counted; at 90 % counted, or a poll's, figures so far
        # «وزلزال بابوا غينيا الجديدة (نحو 160 قتيلا)»: another event's toll; «طلب إرسال عشرين»: asked for; «نسبة
        # الخمسين بالمئة اللازمة للفوز»: needed; «من طراز "آيه.تي.آر" 72-600»: a model
        if bracketed_for_another(document, q.start, own) or requested(document, q.start, own) \
                or required(document, q.end, own) or (not agrees and model_number(document, q.start)):
            dropped(q, "another event's in brackets, asked for, needed, or a model number")
            continue
        if counting and not agrees and size_held(document, q.start, own):
            dropped(q, "a size held, no toll")
            continue  # «المدرسة تضم نحو 1462 طالبا»: the school's size, no toll of its students
        if counting and size_of_group(document, q.start, own):
            dropped(q, "the size of a group")
            continue  # «ونفذت عائلة من 5 أشخاص الهجوم الذي أسفر عن إصابة»: the family's members, not the harmed
        if not agrees and a_change(document, q.start, own):
            dropped(q, "a change, no total")
            continue  # «وبخسارة 8 مقاعد»: the seats lost, no count of the seats held
        if not agrees and reaches and (to := changed_to(document, q.start, q.end, spans)) is not None \
                and _agrees(quantities[to]):
            dropped(q, "the level a change started from, to the claim's («من 2 إلى 4 بالمئة»)")
            continue
        if per_each(document, q.start, q.end, own):
            dropped(q, "a rate for each")
            continue  # «خمسة آلاف يورو عن كل عقار متضرر»: a rate for each, no total
        if not agrees and dimension == "time" and term_handed_down(document, q.start, own):
            dropped(q, "a term handed down")
            continue  # «حكمت المحكمة بالسجن 3 سنوات»: a sentence, for a claim of the time held
        if dimension == "time" and offset_in_time(document, q.start, q.end, own):
            dropped(q, "how long before or after, not how long")
            continue  # «قبل يوم واحد من لقاء الرجلين»: how long before the meeting, not how long it lasted
        if not agrees and dimension == "time" and a_window(document, q.start, own):
            dropped(q, "a window («خلال»), not how long")
            continue  # «في ثالث زيارة له خلال 3 أشهر»: three visits in three months, not a visit of three months
        if a.whole and not (math.isinf(q.high) and q.low <= c_high + tol):
            dropped(q, "a whole the claim's group makes true")
            continue  # the claim's group makes «اكثر من 200 شخص» true; «104 اشخاص» are not 104 ركاب
        if not agrees and q.vague:
            # «مقتل العشرات» states an order of magnitude, no figure: it denies neither 257 dead nor 5,000.  Over the
            # 185 labelled files, the vague counts ten times from a claim's figure that denied it (the rule until
            # 2026-12-07) gave 14 contradictions, none true: «آلاف الوثائق» against 100,000 files, «بعدة ساعات» of a
            # first stay in hospital, «عشرات الجرحى» of one day against a month's 1,400
            dropped(q, "vague")
            continue
        if not agrees and claim.near and split_before(document, q.start, q.end, near_at.get(here, [])):
            dropped(q, "in the part after the split from the near word")
            continue  # «سجل 4 أهداف، منها الهدف الرابع في المباراة النهائية»: the final only in the part
        if not agrees and claim.near and another_subject(analysis, m, _first_token(document, q.start),
                                                         near_at.get(here, [])):
            dropped(q, "another subject's")
            continue  # «حصل منافسه محرم إينجه على 31,7%»: the rival's share, for a claim of Erdoğan's
        span = None if agrees else token_span(document, q.start, q.end)  # the figure's first and last tokens
        if span is not None and claim.near and anothers_complement(analysis, span, figures(), near_at.get(here, [])):
            dropped(q, "another complement's")
            continue  # «25 في المئة على واردات الصلب و10 في المئة على واردات الألومنيوم»: steel's, for aluminium's
        if span is not None and over_the_year(document, span[1], own):
            dropped(q, "over the year")
            continue  # «فقدت الليرة أكثر من 40 بالمئة من قيمتها هذا العام»: the year's fall, no day's
        if not agrees and counting and q.low == q.high and not float(q.low).is_integer():
            dropped(q, "a count is a whole number")
            continue  # «زلزال بقوة 7.2» counts nobody: a count is a whole number
        if not agrees and claim.unit == "year" and (ages_of_many(document, q.start, q.end, own)
                                                    or age_of_another(document, q.start, own)
                                                    or prison_term(document, q.start, own)
                                                    or age_then(document, q.start, own)
                                                    or age_of_the_other_gender(document, q.start, own)
                                                    or a_span_of_time(document, q.start, claim.says, tuple(claim.about))
                                                    or (not claim.near and age_of_whom_unsaid(
                                                        document, here, claim.says, tuple(claim.about)))):
            dropped(q, "another's age, or an age of many")
            continue  # «تتراوح أعمار لاعبيه بين 11 و16 عاما», «ميلانيا، البالغة من العمر 48 عاما»: not the gunman's
        if not agrees and q.unit == "year" and not age_claim(claim.says, tuple(claim.about)) and age_reached(
                document, q.start, q.end):
            dropped(q, "an age reached, no time spent")
            continue  # «عهد التي أتمت 17 عاما داخل السجن»: her age, no time spent
        part = a.part
        if part is None and claim.unit == "count" and still_count(document, q.start, q.end, own):
            part = "of those still so"  # «ما زال عشره جرحي يعالجون»: those still in hospital, a part of the wounded
        if part is None and counting and then(document, q.start, q.end, own):
            part = "as it was then"  # «قتل 12 شخصا يومها»: a toll of then, which has only grown
        if part is None and counting and added_by_harm(document, q.start):
            part = "added to a toll"  # «ارتفعت الحصيلة الجمعة بمقتل أربعة أشخاص»: four more, no toll
        if part is None and counting and in_one_hospital(document, q.start, q.end):
            part = "of one hospital's"  # «وأدخل 48 جريحا ... إلى مستشفى»: those it took in, a part of the wounded
        if part is None:  # «إخراج 4 صبية»، «العالقين منذ 15 يوما»: a stage, or the time so far
            part = stage_of(document, q.start, q.end, claim.unit, own)
        if part is None and counting and not agrees and in_series(document, spans, spans.index((q.start, q.end))):
            part = "of a series of amounts"  # «631 مليون دولار ... و3.15 مليار دولار»: each for its own use
        if part is None and not agrees and share_of(document, q.start):
            part = "a share of an amount"  # «نصف هذا المبلغ أي 7.5 مليون»
        if part is None and counting and not agrees and won_of_a_size(document, q.start, own):
            part = "won of the whole"  # «فاز حزبه ... بثلاثمئة واثنين وأربعين مقعدا» of the parliament's 600
        scope = scope_of(document, q.start, q.end, own, side=side) if counting and part is None else None
        if scope is not None and scope.words == OTHER_SIDE:
            dropped(q, "another group than the claim's")
            continue  # «ووصل مليون حاج من داخل المملكة»: another group than the claim's pilgrims from abroad
        if scope is not None and not scope.whole:
            part = scope.words  # «1700 منزل في حي واحد»: one district's houses
        if part is not None and not agrees:  # a group of the claim's people: only more of them than the claim says
            if _in_claim_unit(q, claim.unit)[0] <= c_high + tol:
                dropped(q, "a part, no more than the claim counts")
                continue
        if a.part is not None and agrees and _open_ended(_in_claim_unit(q, claim.unit)):
            dropped(q, "a bound of a group")
            continue  # «29 طفلا على الأقل» of a claim of 51 dead: a bound of a group says nothing of the whole
            # (a bound of the whole so far, «7 على الأقل حتى الآن», is a part of another kind: it still agrees)
        if scope is not None and scope.whole and not agrees and _in_claim_unit(q, claim.unit)[1] >= c_low - tol:
            dropped(q, "a whole that holds the claim's")
            continue  # «868 شخصا ... في سبع ولايات»: a whole that holds the claim's, denied only by falling short
        stated = describe(q)
        if q.unit != claim.unit:
            lo, hi = convert(q.low, q.unit, claim.unit), convert(q.high, q.unit, claim.unit)
            shown = fmt(lo) if lo == hi else f"{fmt(lo)}–{fmt(hi)}"
            stated += f" = {with_unit(shown, claim.unit)}"
        if part is not None:
            stated += f" {part}, more than all the claim counts" if not agrees else f" {part}, all the claim counts"
        elif scope is not None:
            stated += f" {scope.words}, less than the claim counts in one of them" if not agrees else f" {scope.words}"
        reason = f"states {stated}, claim says {claim_text(claim)}"
        if not agrees:  # a contradiction says why the number is the subject's
            reason += f" ({a.why})"
        evidence.append(make_evidence(
            document, q.start, q.end,
            role=Role.SUPPORTS if agrees else Role.CONTRADICTS, score=m.score, reason=reason,
        ))
        sentences.append(here)
        if agrees and part is None and not _open_ended(_in_claim_unit(q, claim.unit)):
            plain.append(len(evidence) - 1)  # a plain account of the claim's figure (kinds.first_account)
        if notes is not None:
            notes[(q.start, q.end)] = f"supports: {reason}" if agrees else f"contradicts: {reason}"
            given.append((q.start, q.end))
    # in an article that states the claim's figure, other groups' figures (kinds.asides) and the background to its
    # first plain account (kinds.first_account) deny nothing
    distinct = distinctive_words(claim.says, tuple(claim.about), tuple(claim.near))
    asides = without_asides(document, evidence, sentences, distinct)
    later = after_first_account(document, evidence, sentences, without_figure(distinct, claim.says), plain)
    kept = [e for e in asides if id(e) not in later]
    if notes is not None and len(kept) < len(evidence):
        held, aside = {id(e) for e in kept}, {id(e) for e in asides}
        for e, span in zip(evidence, given):
            if id(e) not in held:
                notes[span] = ("not counted: after the article's first account, which states the claim's figure"
                               if id(e) in aside else
                               "not counted: an aside, another group's (the article states the claim's figure)")
    about = ", ".join(claim.about)
    return Finding.from_evidence(kept, not_mentioned_reason=f"no {dimension} quantity near {about}")


def _open_ended(stated: tuple[float, float]) -> bool:
    """An «at least» or «at most» figure: a half-line, not a figure of the claim's thing."""
    low, high = stated
    return math.isinf(high) or (low == 0 < high)


def _forecast(document: Document, start: int, own: frozenset[str]) -> bool:
    """A forecast or likelihood word (``rival_cues.FORECAST``) the claim does not say, before the figure at this
    normalized offset in its clause (the held-out Kavanaugh file: the experts' expected 51 votes)."""
    first = document.token_at(start)
    if first is None:
        return False
    if document.text[:start].rstrip().endswith("(") or (
            first.index > 0 and in_table(document.tokens[first.index - 1].text, _AGE_BEFORE)):
        return False  # «يتوقع أن يعمق الرئيس البالغ من العمر 71 عاما العلاقة مع ولي العهد (35 عاما)»: ages, facts
    clause = clause_tokens(document, first.index)
    return bool(clause) and forecast(document, clause[0].index, first.index, own)


# An age's words before its figure: an attribute stated as a fact, whatever the clause forecasts.
_AGE_BEFORE = frozenset({"العمر", "عمره", "عمرها", "البالغ", "البالغه"})
