"""mention: one of ``any`` occurs; one of ``not`` contradicts (attached to ``about``).

With ``about``, a rival counts only when it is stated for the claim's subject
(contract §1): in the clause of an ``about`` word and within ``RIVAL_REACH``
tokens of it, or of the comma that opens the rival's item in a list run on from
it ("يضم الوفد الروسي … لافروف، ووزير الدفاع أندريه بيلوسوف، ووزير المالية أنتون سيلوانوف").  "عقدت القمة يوم الخميس" states the day of the summit; "قال
الوزير الخميس، خلال اجتماع طارئ …" does not, nor does a rival in the next
clause of the sentence ("… القمة، بينما التقى الوزيران الخميس").  Nor does one the words name at another time,
as a candidate, as one of several, or beside an about word of another round or role (:mod:`factcheck.kinds.rival_cues`,
``_another_instance``, ``_another_role``), nor one nearer to such an about word than to any other.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.analysis import Analysis, per_analysis
from factcheck.claims.model import MentionClaim
from factcheck.document import Document
from factcheck.kinds.asides import distinctive_words, without_asides
from factcheck.kinds.associate import WINDOW
from factcheck.kinds.attach import ANOTHER_INSTANCE, RELATIVE, REPORTED, definite, in_table, word_after
from factcheck.kinds.evidence import Notes, make_evidence
from factcheck.kinds.first_account import after_first_account
from factcheck.kinds.locative import says_where, stated_as_place
from factcheck.kinds.near import anchored_sentences, near_mentions
from factcheck.kinds.own_words import claim_words
from factcheck.kinds.pairings import other_pairings
from factcheck.kinds.rival_cues import (
    among,
    another_match,
    another_round,
    another_time,
    candidacy,
    claim_years,
    far_dates,
    forecast,
    foreign_years,
    kin_of,
    left_behind,
    past_heading,
    time_anchor,
    to_come,
    tournament_host,
)
from factcheck.kinds.succession import a_predecessor, changed_from, names_its_predecessor
from factcheck.kinds.timelines import earlier_entries, under_old_headings
from factcheck.kinds.told_apart import answered
from factcheck.matching import Match, find_any, sentences_naming
from factcheck.read.tokens import behind_conjunction, in_hashtag
from factcheck.text.lexicon import word_class
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["CLAUSE_OPENERS", "RIVAL_REACH", "check", "clauses"]

# Tokens between a rival and its about word (or the comma that opens the rival's
# item in a list run on from it), at most: as far as a quantity or a date may lie
# from its about word, about one clause.
RIVAL_REACH = WINDOW

# Punctuation that always ends a clause.
_CLAUSE_STOPS = frozenset("؛;:")
# Commas end a clause only before a verb, a particle or a relative pronoun ("، وأكد"، "، ولم"، "، التي"): before a
# noun they run on an enumeration or an apposition ("الوفد الروسي … لافروف، ووزير الدفاع").
_COMMAS = frozenset("،,")

# Words that open another clause inside a sentence (read without و/ف): a contrast, or a time clause («اعتقلت شريف
# ونقلته إلى إسلام آباد، بعدما كانا وصلا جوا إلى لاهور»: the arrival is Lahore's, whatever the word after the comma).
CLAUSE_OPENERS = frozenset({"بينما", "لكن", "لكنه", "لكنها", "لكنهم", "لكنهما", "بل", "بعدما", "عندما", "حينما",
                            "غداه", "عشيه"})  # the day after, the eve of another event: «غداة إدانة الحزب الشعبي»
# ... and two-word openers: في حين (whereas), بعد أن / قبل أن (after, before).
_OPENER_PAIRS = frozenset({("في", "حين"), ("وفي", "حين"), ("بعد", "ان"), ("وبعد", "ان"), ("قبل", "ان"), ("وقبل", "ان")})


def _opens(word: str) -> bool:
    return behind_conjunction(word, CLAUSE_OPENERS)


_CLAUSE, _ITEM, _NONE = "clause", "item", ""


def _between(document: Document, i: int) -> str:
    """The text between token ``i`` and the one before it."""
    return document.text[document.tokens[i - 1].end:document.tokens[i].start]


def _opens_plainly(document: Document, i: int, last: int) -> bool:
    """Token ``i`` opens a clause by a stop before it or an opener word: no dictionary needed."""
    word = document.tokens[i].text
    nxt = document.tokens[i + 1].text if i + 1 < last else ""
    return any(c in _CLAUSE_STOPS for c in _between(document, i)) or _opens(word) or (word, nxt) in _OPENER_PAIRS


def _mark(document: Document, i: int, last: int) -> str:
    """What token ``i`` (not the first of its sentence, which ends at ``last``) opens:
    a clause, an item of an enumeration (it follows a comma inside its clause), or nothing."""
    if _opens_plainly(document, i, last):
        return _CLAUSE
    if not any(c in _COMMAS for c in _between(document, i)):
        return _NONE
    word = document.tokens[i].text
    # a relative pronoun opens a clause on the noun before the comma («"الجبهة الشعبية"، التي طالبت ... المصالحة بين
    # فتح وحماس»: the held-out National Council session), no item of a list
    return _CLAUSE if word in RELATIVE or word_class(word) in ("verb", "particle") else _ITEM


def clauses(document: Document, first: int, last: int) -> tuple[list[int], set[int]]:
    """Clause number of each token in ``[first, last)`` (a sentence's tokens), and the
    tokens that follow a comma inside their clause (the items of an enumeration)."""
    numbers: list[int] = []
    items: set[int] = set()
    clause = 0
    for i in range(first, last):
        mark = _mark(document, i, last) if i > first else _NONE
        if mark == _CLAUSE:
            clause += 1
        elif mark == _ITEM:
            items.add(i)
        numbers.append(clause)
    return numbers, items


class _Clauses:
    """One sentence's clause marks, read as asked (the same marks as :func:`clauses`).

    Whether a comma opens a clause depends on the word after it (a verb or a
    particle), a dictionary lookup of milliseconds for a word not met before;
    a rival needs the marks between it and its about word only.
    """

    def __init__(self, document: Document, first: int, last: int) -> None:
        self.document, self.first, self.last = document, first, last
        self._marks: dict[int, str] = {}
        self._spans: dict[int, tuple[int, int]] = {}

    def mark(self, i: int) -> str:
        if i <= self.first:
            return _NONE
        found = self._marks.get(i)
        if found is None:
            found = self._marks[i] = _mark(self.document, i, self.last)
        return found

    def is_item(self, i: int) -> bool:
        return self.mark(i) == _ITEM

    def same_clause(self, a: Match, b: Match) -> bool:
        """Whether two matches share a clause: no clause opens from the end of the first to the start of the second.

        Stops and opener words are looked for first: where one stands, no comma needs the dictionary.
        """
        if a.first_token > b.first_token:
            a, b = b, a
        if b.first_token < a.last_token:
            return True  # they share a token
        between = range(max(a.last_token, self.first + 1), b.first_token + 1)
        if any(_opens_plainly(self.document, i, self.last) for i in between):
            return False
        return all(self.mark(i) != _CLAUSE for i in between)

    def span(self, i: int) -> tuple[int, int]:
        """The first and past-the-last tokens of token ``i``'s clause."""
        found = self._spans.get(i)
        if found is not None:
            return found
        start = i
        while start > self.first and self.mark(start) != _CLAUSE:
            start -= 1
        end = i + 1
        while end < self.last and self.mark(end) != _CLAUSE:
            end += 1
        found = self._spans[i] = (start, end)
        return found

    def near(self, about: Match, rival: Match) -> bool:
        """Whether at most ``RIVAL_REACH`` tokens stand between the rival and its about word, or the
        comma that opens the rival's list item: only the commas within reach of the rival are read."""
        if rival.first_token >= about.last_token:  # the rival follows
            if rival.first_token - about.last_token <= RIVAL_REACH:
                return True
            reach = range(rival.first_token, max(about.last_token, rival.first_token - RIVAL_REACH - 1), -1)
        elif about.first_token >= rival.last_token:  # the rival comes first
            if about.first_token - rival.last_token <= RIVAL_REACH:
                return True
            reach = range(rival.last_token, min(about.first_token, rival.last_token + RIVAL_REACH + 1))
        else:
            return True  # they overlap
        return any(self.mark(i) == _ITEM for i in reach)


# After an about word, another instance of it (``ANOTHER_INSTANCE``): «في المباراه المقبله امام اوروغواي في روستوف»
# is the next match's city, «القمه السابقه» another summit.  A rival beside it says nothing of the claim's.


def _another_instance(document: Document, about: Match) -> bool:
    return word_after(document, about) in ANOTHER_INSTANCE


def _another_role(document: Document, about: Match, own: frozenset[str]) -> bool:
    """An indefinite adjective the claim does not say right after an indefinite about-mention narrows it to another
    role: «اختير مبابي أفضل لاعب شاب» is the best young player, not the «أفضل لاعب» of a claim about Modrić (the
    held-out World Cup final); so «أفضل لاعب عربي».  Only adjectives of a known shape narrow (a nisba, ``_NARROW``):
    the dictionary calls names and adverbs nouns too («أفضل لاعب محمد صلاح»، «أفضل لاعب أيضا»)."""
    word = word_after(document, about)
    if word is None:
        return False
    head = document.tokens[about.last_token - 1].text
    # an adjective agrees with its noun: an indefinite one after an indefinite head («لاعب شاب»), not «القمة كلمة»
    if definite(head) or word.startswith("ال") or in_table(word, own):
        return False
    return word in _NARROW or (len(word) > 3 and word.endswith(("ي", "يه")) and word_class(word) == "noun")


# Adjectives that narrow a title or an award to another one (normalized).
_NARROW = frozenset({"شاب", "صاعد", "واعد", "ناشئ", "شابه", "صاعده", "واعده"})


def _distance(about: Match, rival: Match) -> int:
    """Tokens between an about match and a rival (0 when adjacent or overlapping)."""
    return max(rival.first_token - about.last_token, about.first_token - rival.last_token, 0)


def _takes(document: Document, about: Match, rival: Match, own: frozenset[str]) -> bool:
    """Whether the about match may take a rival at all: not of another instance (``ANOTHER_INSTANCE``), another
    round (``rival_cues.another_round``), nor narrowed to another role (``_another_role``) unless the rival
    comes right after it, nor a time that a rival before it is placed by (``rival_cues.time_anchor``)."""
    return not _another_instance(document, about) and not another_round(document, about, own) \
        and (rival.first_token == about.last_token or not _another_role(document, about, own)) \
        and not (rival.first_token < about.first_token and time_anchor(document, about))


def _attached(rival: Match, abouts: list[Match], marks: _Clauses, own: frozenset[str]) -> list[Match]:
    """The about matches that take the rival: in its clause and near it (or its list), and none nearer to it
    that takes no rival: «تتويج مودريتش بجائزة الكرة الذهبية كأفضل لاعب … والفرنسي كيليان مبابي، بلقب أفضل لاعب
    صاعد» gives Mbappé the award named right after him, of another role."""
    reached = [about for about in abouts if marks.near(about, rival) and marks.same_clause(rival, about)
               and not _speaker_of(marks.document, rival, about)]
    taking = [about for about in reached if _takes(marks.document, about, rival, own)]
    if not taking or min(_distance(a, rival) for a in taking) > min(_distance(a, rival) for a in reached):
        return []
    return taking


def _speaker_of(document: Document, rival: Match, about: Match) -> bool:
    """The rival says what the about word is in: «أنّ»/«إنّه» stands between them («وقال الرئيس الفلسطيني إنه "لو
    نجحت عملية اغتيال الحمد الله وفرج"»: the president speaks of the attempt on the prime minister)."""
    return rival.last_token <= about.first_token and any(
        behind_conjunction(document.tokens[k].text, REPORTED) for k in range(rival.last_token, about.first_token))


def _not_the_claims(rival: Match, abouts: list[Match], named: list[Match], marks: _Clauses) -> list[Match]:
    """The about matches that the claim's own name is not nearer to, in their clause, than the rival: «السفارة
    الأميركية في أنقرة سيقوم بزيارة القس ... المحتجز تحت الإقامة الجبرية في مدينة إزمير» holds him in Izmir, the
    name beside its about word; Ankara is the embassy's.  A rival listed with the name («الوفد ... لافروف، ووزير
    الدفاع بيلوسوف») is as much the about word's as the name is."""
    own = [m for m in named if m.sentence == rival.sentence]
    apart = [m for m in own if not _listed_with(m, rival, marks) or _a_phrase_of_its_own(m, rival, marks)]
    return [about for about in abouts
            if not any(_distance(about, m) < _distance(about, rival) and marks.same_clause(m, about)
                       for m in (own if _trails(about, rival, own) else apart))]


def _trails(about: Match, rival: Match, own: list[Match]) -> bool:
    """The about word comes after the rival and after a name of the claim's that stands between them: it is said of
    the list's last item, the nearest, as an apposition («رؤساء إيران، حسن روحاني، وروسيا، فلاديمير بوتن، حليفي دمشق،
    وتركيا، رجب طيب أردوغان، الداعم للمعارضة»: the held-out Tehran summit), not of every name listed before it."""
    return any(rival.last_token <= m.first_token and m.last_token <= about.first_token for m in own)


# Prepositions (normalized): an item that holds one before its name is a phrase of its own, no name listed.  «أمام»
# and «ضد» too: «لمواجهة ... روسيا، صاحب المركز الثاني ... بعد نكسته ... أمام الأوروغواي» (the held-out Morocco–Spain
# match) describes Russia by its own defeat; Uruguay is no second opponent listed with it.
_PREPOSITIONS = frozenset({"في", "الي", "من", "علي", "عن", "نحو", "امام", "ضد"})


def _a_phrase_of_its_own(a: Match, b: Match, marks: _Clauses) -> bool:
    """The item that opens before the later of two matches holds a preposition before it: the later one is a
    place or a party of a phrase of its own («للتحرك من مكة المكرمة إلى منى، والتوجه في التاسع إلى مشعر عرفات»:
    a stage after another, the Hajj file), not a name listed with the earlier («لافروف، ووزير الدفاع بيلوسوف»)."""
    if a.first_token > b.first_token:
        a, b = b, a
    items = [i for i in range(a.last_token, b.first_token + 1) if marks.mark(i) == _ITEM]
    if not items:
        return False
    tokens = marks.document.tokens
    # the item's first word takes the preposition («والتوجه في التاسع»), or it stands right before the later match
    # («إلى مشعر عرفات»); one inside a title is no phrase of its own («ووزير الدفاع في الحكومة أندريه بيلوسوف»)
    near = {items[-1] + 1, b.first_token - 1, b.first_token - 2}
    return any(tokens[k].text in _PREPOSITIONS for k in near if items[-1] <= k < b.first_token)


def _listed_with(a: Match, b: Match, marks: _Clauses) -> bool:
    """Whether an item of an enumeration opens between two matches (or at the later one): not a name set off by
    commas after the one it names («حمل الرئيس الفلسطيني، محمود عباس، حركة حماس مسؤولية الهجوم على موكب رئيس
    الوزراء»: the president is no item listed with the prime minister)."""
    if a.first_token > b.first_token:
        a, b = b, a
    items = [i for i in range(a.last_token, b.first_token + 1) if marks.mark(i) == _ITEM]
    apposed = {k for i in items for k in _apposition(marks, i)}
    return any(i not in apposed for i in items)


_APPOSED = 3  # words of a name set off by commas, at most («، محمود عباس،»)


def _apposition(marks: _Clauses, i: int) -> tuple[int, ...]:
    """The item marks of a name set off by commas that opens at token ``i``: its own and the closing comma's, when the
    word after that comma carries no «و» (an enumeration's next item does: «لافروف، ووزير الدفاع»)."""
    tokens = marks.document.tokens
    for j in range(i + 1, min(marks.last, i + 1 + _APPOSED)):
        if marks.mark(j) == _ITEM:
            return (i, j) if not tokens[j].text.startswith("و") else ()
        if marks.mark(j) != _NONE:
            return ()
    return ()


_YEAR_HEADING = 6  # words of a first clause that places the sentence in another year: «يذكر أنه في عام 2014،»


def _stated(rival: Match, abouts: list[Match], marks: _Clauses, years: list[int], own: frozenset[str],
            where: bool) -> bool:
    """Whether the words state the rival for one of the about matches that take it (``rival_cues``): as a place
    when the claim says where (``where``: ``kinds.locative``), not at another time (a year, an anniversary, a span
    of years, a week or a month gone, in its clause or heading the sentence), nor as a forecast (a forecast word
    before it in its clause, one the claim (``own``) does not say), and, for one of them at least, neither a
    candidate (a candidacy word in the clause before the later of the two) nor one of several («من بينها»
    between)."""
    document = marks.document
    if in_hashtag(document.text, document.tokens[rival.first_token]):
        return False  # «#شكرا_الأمير_محمد_بن_سلمان»: a slogan thanks him, it states nothing
    if where and not stated_as_place(document, rival):
        return False  # «قرار لندن طرد 23 دبلوماسيا»: the government, for a claim of where the poisoning took place
    if left_behind(document, rival, own):
        return False  # «متقدما على ائتلاف "الفتح"»: ranked behind the claim's answer
    start, end = marks.span(rival.first_token)
    if another_time(document, start, end, years) or forecast(document, start, rival.first_token, own) \
            or to_come(document, start, rival.first_token, own, abouts):
        return False
    if start > marks.first:
        head = marks.span(marks.first)
        if past_heading([document.tokens[i].text for i in range(*head)]) or (
                head[1] - head[0] <= _YEAR_HEADING and another_time(document, head[0], head[1], years)):
            return False  # «والاسبوع الماضي، قتل 55 مدنيا ... في مدينة الحديدة»، «يذكر أنه في عام 2014، خطفت ...»
    return any(not candidacy(document, start, max(about.first_token, rival.first_token))
               and not among(document, about.last_token, rival.first_token)
               for about in abouts)


@per_analysis
def _sentence_clauses(analysis: Analysis) -> _SentenceClauses:
    """Each sentence's clause marks, shared by every claim checked against the document: the claims of a file ask
    of the same sentences (their rivals and about words), and a mark may ask the dictionary."""
    return _SentenceClauses(analysis.document)


class _SentenceClauses(dict[int, _Clauses]):
    """A document's :class:`_Clauses`, by sentence, made when first asked."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document

    def __missing__(self, s: int) -> _Clauses:
        sentence = self.document.sentences[s]
        made = self[s] = _Clauses(self.document, sentence.first_token, sentence.last_token)
        return made


def check(claim: MentionClaim, analysis: Analysis, *, notes: Notes | None = None) -> Finding:
    """The claim against one document; ``notes`` (explain's) gets what became of each rival named: the rule that set
    it aside, or the contradiction it gave (rivals by their normalized span)."""
    document = analysis.document
    cutoff = claim.threshold
    evidence: list[Evidence] = []
    named = find_any(claim.any, analysis, score_cutoff=cutoff)
    for m in named:
        evidence.append(make_evidence(
            document, m.start, m.end, role=Role.SUPPORTS, score=m.score,
            reason=f"names {m.query!r}",
        ))
    sentences = [m.sentence for m in named]
    if claim.not_:
        # «2014» / «... تابعة لشركة سيباهان»: an earlier crash's airline; «11 فبراير: تحطمت طائرة ... من طراز أنتونوف»
        old_timeline = under_old_headings(analysis) | earlier_entries(analysis)
        found = find_any(claim.not_, analysis, score_cutoff=cutoff)
        rivals = [m for m in found if m.sentence not in old_timeline]
        _set_aside(notes, found, rivals, "under an old year's heading, or an entry of a chronology of other days")
        kept = [m for m in rivals if not tournament_host(document, m)]
        _set_aside(notes, rivals, kept, "a tournament's host («مونديال روسيا», «التي تستضيفها روسيا»)")
        rivals, kept = kept, [m for m in kept if not kin_of(document, m)]
        _set_aside(notes, rivals, kept, "whose relative its sentence names («شقيقة الزعيم كيم جونغ أون»: his sister)")
        rivals = kept
        if claim.near:  # a rival counts only in a sentence naming the claim's instance (kinds.near)
            instance = near_mentions(claim, analysis)
            kept = [m for m in rivals if m.sentence in instance]
            _set_aside(notes, rivals, kept, f"its sentence names none of near: {', '.join(claim.near)}")
            rivals = kept
        if claim.anchors and rivals:  # a rival counts only beside the event's own words (kinds.near)
            anchored = anchored_sentences(claim, analysis)
            kept = [m for m in rivals if m.sentence in anchored]
            _set_aside(notes, rivals, kept, "neither its sentence nor the one before names the event (anchors: the "
                       "scope's words)")
            rivals = kept
        near = sentences_naming(claim.about, analysis, score_cutoff=cutoff) if claim.about else {}
        if claim.about:
            marks = _sentence_clauses(analysis)
            own = claim_words(claim.says, claim.about)
            taken = [(m, _attached(m, near[m.sentence], marks[m.sentence], own)) for m in rivals if m.sentence in near]
            _set_aside(notes, rivals, (m for m, _ in taken), "its sentence names no about word")
            _set_aside(notes, rivals, (m for m, abouts in taken if abouts), "not attached to an about word of its clause")
            taken = [(m, _not_the_claims(m, abouts, named, marks[m.sentence])) for m, abouts in taken]
            taken = [(m, abouts) for m, abouts in taken if abouts]
            _set_aside(notes, rivals, (m for m, _ in taken), "the claim's own name is nearer to its about word")
            taken = [(m, abouts) for m, abouts in taken if not another_match(document, marks[m.sentence].span(m.first_token), own)]
            _set_aside(notes, rivals, (m for m, _ in taken), "its clause names another match («مباراة الذهاب» of a claim's second leg)")
            own_years, published = claim_years(claim.says), document.source.published
            years = foreign_years(analysis.dates, own_years, published) if taken else []
            far = far_dates(analysis.dates, own_years, published) if taken else []
            taken = [(m, abouts) for m, abouts in taken if not _in_sentence(document, m, far)]
            _set_aside(notes, rivals, (m for m, _ in taken), "its sentence tells of another time (a date far from the article's)")
            where = says_where(claim.says, claim.any) if taken else False
            rivals = [m for m, abouts in taken if _stated(m, abouts, marks[m.sentence], years, own, where)]
            _set_aside(notes, (m for m, _ in taken), rivals, "not stated for the subject: of another time, a forecast, "
                       "a candidate, one of several, a hashtag, or not as a place")
        own_is_predecessor = names_its_predecessor(claim.says, tuple(claim.any))
        kept = [m for m in rivals if not changed_from(document, m, named)]
        _set_aside(notes, rivals, kept, "what the claim's name changed from («من ... إلى»)")
        rivals = [m for m in kept if not a_predecessor(document, m, own_is_predecessor)]
        _set_aside(notes, kept, rivals, "a predecessor («خلفا لـ»)")
        if claim.about and rivals:
            # a name of the claim's read as the predecessor holds another part: no answer of the claim's
            answers = [m for m in named if not a_predecessor(document, m, own_is_predecessor)]
            kept = [m for m in rivals if not answered(document, m, answers, marks[m.sentence])]
            _set_aside(notes, rivals, kept, "its clause names the claim's own answer, in another part")
            rivals = kept
        if claim.anchors and claim.about and rivals:
            # with about words only: the rival's about word is then the other pairing's («على ملعب»); without, a
            # pairing of other names is as often the event's setting («بين روسيا وأوكرانيا» beside a summit).  Asked
            # last, of the rivals every other test kept: it asks the dictionary of the word after each «على», «مع»
            # of their sentences (7.8 of a cold scoped run's 24.8 s of reading when it was asked first)
            other = other_pairings(analysis, {m.sentence for m in rivals},
                                   [*claim.anchors, *claim.any, *claim.not_, *claim.about], cutoff)
            kept = [m for m in rivals if m.sentence not in other]  # another match's stadium (kinds.pairings)
            _set_aside(notes, rivals, kept, "its sentence reports another pairing: a side none of the event's words names")
            rivals = kept
        supported_spans = {(e.start, e.end) for e in evidence}
        denying: list[Match] = []
        for m in rivals:
            ev = make_evidence(
                document, m.start, m.end, role=Role.CONTRADICTS, score=m.score,
                reason=f"names the rival {m.query!r}, claim says {claim.any[0]!r}",
            )
            if (ev.start, ev.end) not in supported_spans:
                evidence.append(ev)
                sentences.append(m.sentence)
                denying.append(m)
            elif notes is not None:
                notes.setdefault((m.start, m.end), "not counted: the claim's own name, at the same place")
        given, distinct = evidence, _distinctive(claim)
        asides = without_asides(document, evidence, sentences, distinct)
        # a name in a sentence of an about word is an account of the claim's (kinds.first_account); without about
        # words, the contract makes any rival named a denial
        plain = [i for i, m in enumerate(named) if m.sentence in near]
        later = after_first_account(document, given, sentences, distinct, plain)
        evidence = [e for e in asides if id(e) not in later]
        if notes is not None:
            for held, why in ((asides, "an aside: its sentence names none of the claim's own words, in an article "
                                       "that names the claim's"),
                              (evidence, "after the article's first account, which names the claim's")):
                kept_ids = {id(e) for e in held}
                _set_aside(notes, denying, (m for m, e in zip(denying, given[len(named):]) if id(e) in kept_ids), why)
            for m in denying:
                notes.setdefault((m.start, m.end), f"contradicts: names the rival {m.query!r}")
    return Finding.from_evidence(evidence, not_mentioned_reason=f"names none of {', '.join(claim.any)}")


def _in_sentence(document: Document, rival: Match, offsets: list[int]) -> bool:
    """One of the offsets (``rival_cues.far_dates``) lies in the rival's sentence."""
    sentence = document.sentences[rival.sentence]
    first, last = document.tokens[sentence.first_token].start, document.tokens[sentence.last_token - 1].end
    return any(first <= at < last for at in offsets)


def _set_aside(notes: Notes | None, found: Iterable[Match], kept: Iterable[Match], why: str) -> None:
    """Note why each rival of ``found`` that ``kept`` leaves out denies nothing (the first reason stays); ``kept``
    is read only when notes are asked for (explain), never on a run's path."""
    if notes is not None:
        held = {id(m) for m in kept}
        for m in found:
            if id(m) not in held:
                notes.setdefault((m.start, m.end), f"not counted: {why}")


def _distinctive(claim: MentionClaim) -> frozenset[str]:
    """The claim's own words beyond its names, rivals and about words (``kinds.asides``)."""
    return distinctive_words(claim.says, (*claim.any, *claim.not_, *claim.about), ())
