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
more than a week before the article, which no weekday names (``kinds.other_days``).  In an article that states the
claim's date, another day only beside or near the claim's word is another act's (``_loose``).  A date before an about word
that «و» opens ends the conjunct before it.  What sets a differing day aside is :mod:`factcheck.kinds.other_days`, each
rule with the reason explain shows.  A date dates the act of its clause, which may
be another verb's or another subject's (``kinds.acts``), and a sentence naming another place of the claim's kind
(«جزيرة لومبوك») is of another event (``kinds.places``): neither denies.  A claim of a start is denied by no
later day of what it started (``kinds.starts``).  A date right after the claim's verb that
opens its clause and its subject alone («فاز ريال مدريد مساء الأربعاء») is the verb's (``_with_leads``).  Relative
dates (``فبراير المقبل``) are ignored: ``find_dates`` never reports them.  A Hijri mention never compares with a Gregorian claim, and
the other way round.
"""

from __future__ import annotations

from factcheck.analysis import Analysis
from factcheck.claims.model import DateClaim
from factcheck.document import Document
from factcheck.kinds.acts import verbs_adverb
from factcheck.kinds.associate import Association, associate
from factcheck.kinds.attach import COMMAS, RELATIVE, in_table
from factcheck.kinds.bodies import names_bodies
from factcheck.kinds.evidence import Notes, make_evidence
from factcheck.kinds.figures import claim_figures
from factcheck.kinds.near import within_near
from factcheck.kinds.other_days import ANNOUNCE, DayReading, opens_a_quote, recent, set_aside
from factcheck.kinds.own_words import claim_words
from factcheck.kinds.places import claim_places
from factcheck.kinds.starts import first_day
from factcheck.kinds.targets import claim_targets
from factcheck.matching import Match, sentences_naming
from factcheck.read.dates import DateMention
from factcheck.read.news_dates import long_before
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["DAY_PRECISION", "check", "show"]

DAY_PRECISION = 3  # year, month and day: the only claims a weekday can decide
LEAD_TOKENS = 2  # an about word among a sentence's first words is its verb or subject (والتهم الحريق)
LEAD_REACH = 25  # words from it to the day adverb of its main clause: about a news lead's first clause
NEAR_REACH = 10  # words from the claim's word anywhere to a day after it: one clause's complements
DATELINE_TOKENS = 6  # words of a dateline before a lead (هافانا، كوبا (CNN)--)
APPOSITION_WORDS = 2  # words between two commas that go on with the clause: a name in apposition
# Relative pronouns (``attach.RELATIVE``): ``الحريق، الذي ... ،`` is a clause inside the subject's, skipped whole.
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


def check(claim: DateClaim, analysis: Analysis, *, notes: Notes | None = None) -> Finding:
    """The claim against one document; ``notes`` (explain's) gets what became of each day an about word took: the
    rule that set it aside (``kinds.other_days``), or the evidence it gave (days by their normalized span)."""
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
    if published is not None and claim.calendar == "gregorian" and recent(first_day(c_parts), published):
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
    associated = associate(document, naming, mentions, lambda d: (d.start, d.end), own=own)
    reading = DayReading(analysis, naming, tuple(claim.about), claim.says, c_parts, published, written_before, own,
                         agents, about, names_bodies(own), claimed, places, figures, tuple(claim.anchors), claim.threshold)
    loose: set[int] = set()  # the contradictions only beside or near the claim's word, by their place in evidence
    given: list[tuple[int, int]] = []  # each evidence's day
    for a in _with_leads(document, naming, mentions, associated, own):
        d, m = a.item, a.match
        agrees = d.agrees_with(c_parts, c_precision)
        aside = None if agrees else set_aside(a, reading)
        if aside is not None:  # «الانتخابات البلديه في 6 مايو» (weakly attached), a forecast, another act's day ...
            if notes is not None:
                notes[(d.start, d.end)] = f"not counted: {aside}"
            continue
        reason = f"states {_shown(d)}, claim says {show(*c_parts, claim.calendar)}"
        if not agrees:  # a contradiction says why the date is the subject's
            reason += f" ({a.why})"
            if _loose(a.why):
                loose.add(len(evidence))
        evidence.append(make_evidence(
            document, d.start, d.end,
            role=Role.SUPPORTS if agrees else Role.CONTRADICTS, score=m.score, reason=reason,
        ))
        given.append((d.start, d.end))
        if notes is not None:
            notes[(d.start, d.end)] = f"supports: {reason}" if agrees else f"contradicts: {reason}"
    if loose and any(e.role is Role.SUPPORTS for e in evidence):
        evidence = [e for n, e in enumerate(evidence) if n not in loose]
        for n in loose:
            if notes is not None:
                notes[given[n]] = "not counted: only beside the claim's word, in an article that states the claim's date"
    if not evidence:
        evidence = _lead(document, naming, [d for d in mentions if d.relative is not None], c_parts, c_precision, notes)
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
    notes: Notes | None = None,
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
            if notes is not None:
                notes[(d.start, d.end)] = f"supports, as a news reader takes it: {reason}"
    return out


def _token_of(document: Document, d: DateMention, sentence: int) -> int | None:
    tok = document.token_at(d.start)
    return tok.index if tok is not None and tok.sentence == sentence else None


def _announces(document: Document, first: int, end: int) -> int | None:
    """The announcement verb (``اعلنت``، ``واعلن``) the sentence opens on, after a dateline if any
    (``هافانا، كوبا (CNN)-- اعلنت``): its token index, or None."""
    for k in range(first, min(end, first + DATELINE_TOKENS + 1)):
        opening = k == first or document.text[document.tokens[first].start:document.tokens[k].start].rstrip().endswith("-")
        if opening and in_table(document.tokens[k].text, ANNOUNCE):
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
        if ":" in text or opens_a_quote(text):
            return False
    return True


def _shown(d: DateMention) -> str:
    if d.year_end is not None:
        return f"{d.year:04d}–{d.year_end:04d}"  # a decade
    shown = show(d.year, d.month, d.day, d.calendar)
    return f"{shown}..{d.day_end:02d}" if d.day_end is not None and d.month is not None else shown
