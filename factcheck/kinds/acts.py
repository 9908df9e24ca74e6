"""Whose act a date is: a date dates the act of its clause, which need not be the claim's event.

A date claim's about word and a date near it in one sentence are not enough to deny the claim: the date is the
adverb of the clause it stands in, and that clause's act may be another one than the claim's, with the claim's
word only its subject, object or complement.  An editor reading Arabic news states it so:

* a verb between the claim's word and the date, that the claim does not say, puts them in two clauses: «وأوقفت فرق
  الإنقاذ عمليات البحث الخميس في قرى دمرها ثورة البركان» (the search stopped on Thursday, in villages the eruption
  destroyed): the day is not the eruption's (``another_act``);
* a date right after a verb and its subject, before the claim's word, is that verb's adverb, the claim's word its
  complement: «تنافست الصحف الأجنبية اليوم الاثنين في الإشادة بالانتصار» (the papers vied on Monday in praising
  the win) dates the papers' praise, not the final (``another_act``);
* in a clause opened by «إنّ/أنّ» the noun right after it is the subject whose act the clause tells: when the claim
  does not name it, the date is that subject's act («إن غواصين من وحدة تابعة للبحرية دخلوا الكهف يوم الاثنين»:
  the divers went in on Monday, not the boys; «أن كثافة ونطاق انتشار الحرائق في ماتي تراجع، الثلاثاء»: the fires'
  spread receded on Tuesday) (``another_subject``).  Only in the subject's own clause, up to its one verb (not a
  further clause of a long sentence, whose subject is another), not across a relative pronoun (the clause is then
  the relative's), nor of a number (``إن 5 أشخاص``: the claim's people, maybe);
* a purpose opened by «لـ», or a clause of «بعدما»، «بعد»، «قبل», right after the date («الأحد ليلتقي بالرئيس»،
  «الجمعة لتسليم نفسه»، «الثلاثاء بعدما نشرت») tells of an act after (or before) the act the date is of, or of one
  never done: the claim's word in it is not dated by that day (``a_purpose``);
* a date in construct with a noun («هجوم 22 سبتمبر») names that noun's event by its day, and a relative clause after
  it («الذي استهدف عرضا عسكريا») tells of that event: the claim's word in the relative clause describes the noun
  the date names, which is the claim's event only when an about word names it too (``antecedents_day``).

The other way round, a date right after the claim's own verb that opens its clause and its subject alone («فاز ريال
مدريد مساء الأربعاء»: the news lead, the verb, who did it, when) is that verb's adverb (``verbs_adverb``), however
many words the subject's name has (up to ``SUBJECT_REACH``).

The five rules of the list only hold a date back from contradicting (a contradiction is a promise to an editor): the date may
still support the claim.  A verb the claim says, and the linking verbs (وقع، اندلع، جرى: ``attach.LINK``), are the
claim's event's own.
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import COMMAS, EVENTS, LINK, RELATIVE, STOPS, WAS, comma_after, in_table, parted
from factcheck.matching import Match
from factcheck.read.dates import DAY_TIMES
from factcheck.read.tokens import readings
from factcheck.text.lexicon import entry
from factcheck.text.normalize import normalize_query

__all__ = ["CONSTRUCT_WORDS", "PURPOSE_REACH", "SUBJECT_REACH", "a_purpose", "another_act", "another_events_day", "another_subject", "antecedents_day",
           "relatives_day", "verbs_adverb", "was_anothers"]

CONSTRUCT_WORDS = 3  # nouns in construct after a subject's head: «قوات الحرس الثوري»، «كثافة ونطاق انتشار الحرائق»
SUBJECT_REACH = 4  # words between a verb and the date that is its adverb: its subject (الصحف الاجنبيه) or object
PURPOSE_REACH = 3  # words from a purpose's «لـ» to the claim's word in its phrase («ليلتقي بالرئيس الأمريكي»)
_THAT = frozenset({"ان", "بان"})  # «إنّ»، «أنّ»: the noun after it is its clause's subject (not انه، انها: a pronoun)
_SENTENCE_STOPS = STOPS + "\n"  # stops a clause ends at, commas aside (the end of a line too)
_STOPS = COMMAS + _SENTENCE_STOPS
# Words of the time of day before a date: part of it (اليوم الاثنين، مساء الأحد، فجر الاثنين), not of its clause.
_TIME_OF_DAY = DAY_TIMES | {"امس"}


def _verb_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of the verbs a word may be read as, itself or behind «و» or «ف» (وأوقفت، دمرها): none when the
    dictionary reads it as no verb."""
    out: list[str] = []
    for prefix, rest in readings(word):
        if prefix in ("", "و", "ف"):
            found = entry(rest)
            if found is not None and found.kind == "verb":
                out.append(found.main)
    return tuple(out)


# Verbs of saying whose letters, undotted, the dictionary reads first as nouns (عبر "across", ذكر "male", بحث
# "research"): right before a day, as news writes them («وعبّر الاثنين», «وذكر الأحد»), they are the verb.
_REPORTING = frozenset({"عبر", "ذكر", "بحث", "نقل", "وصف", "حذر"})


def _reporting(word: str) -> bool:
    return any(prefix in ("و", "ف") and rest in _REPORTING for prefix, rest in readings(word))


def _verb(word: str) -> bool:
    return bool(_verb_lemmas(word))


def _foreign_verb(word: str, own: frozenset[str]) -> bool:
    """A verb the claim does not say, in any of its forms (وأعلنت of «أعلن»), and that links nothing (وقع، اندلع are
    the claim's event's own)."""
    if word[:1].isdigit() or in_table(word, own) or in_table(word, LINK):
        return False
    found = _verb_lemmas(word)
    return bool(found) and not any(lemma in own for lemma in found)


# Verbs of reacting to an event: «أدانت قطر، الاثنين، إطلاق ...» dates the condemnation.
_REACTIONS = frozenset({"ادان", "ادانت", "دان", "دانت", "ندد", "نددت", "استنكر", "استنكرت", "شجب", "شجبت", "رحب",
                        "رحبت", "انتقد", "انتقدت", "وصف", "وصفت"})


def another_act(document: Document, d_first: int, d_last: int, m: Match, own: frozenset[str]) -> bool:
    """The date (tokens ``d_first``..``d_last``) dates another act than the claim's word ``m`` names: a verb the claim
    does not say stands between them, or the date comes before ``m`` right after such a verb and its subject."""
    if d_last < m.first_token:
        between = range(d_last + 1, m.first_token)
    else:
        between = range(m.last_token, d_first)
    if any(_foreign_verb(document.tokens[k].text, own) for k in between):
        return True
    if d_last >= m.first_token:
        return False
    sentence = document.tokens[d_first].sentence
    # a day set off by commas after a verb of reaction and its subject («أدانت قطر، الاثنين، إطلاق جماعة الحوثي
    # لصواريخ»): the day of the reaction; after another verb («قررت الولايات المتحدة، السبت، مضاعفة الرسوم») the comma
    # parts the clauses as before, the decision being as often the claim's own act told otherwise
    aside = comma_after(document, d_last)
    in_commas = aside and d_first > 0 and parted(document, d_first - 1, d_first, COMMAS)
    if _after_a_reaction(document, d_first, own, in_commas=in_commas):
        return True
    for k in range(d_first - 1, max(-1, d_first - 2 - SUBJECT_REACH), -1):
        tok = document.tokens[k]
        crossed = in_commas and k < d_first - 1
        if tok.sentence != sentence or tok.text[:1].isdigit() or (
                parted(document, k, k + 1, _STOPS) and not (aside and k == d_first - 1)):
            return False
        if crossed and _verb(tok.text) and not in_table(tok.text, _REACTIONS):
            return False
        if k == d_first - 1 and in_table(tok.text, _TIME_OF_DAY):
            continue
        if k == d_first - 1 and _reporting(tok.text) and not in_table(tok.text, own):
            return True  # «وعبّر الاثنين عن ثقته بنجاح القمة»: the day he spoke
        if in_table(tok.text, own) or in_table(tok.text, LINK):
            return False  # the claim's own word, or a preposition: the date's clause is not a verb's and its subject
        if _verb(tok.text):
            return _foreign_verb(tok.text, own)
    return False


# Verbs of saying and announcing: a day in commas after one and its subject («قالت الشرطة البريطانية، الخميس، إنها
# عثرت»، «أعلنت الشرطة النيجيرية، الأربعاء، فقدان 111 تلميذة») is the day it was said, not the day of what was said.
_SAYING = frozenset({"قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت", "كشف", "كشفت",
                     "صرح", "صرحت", "اوضح", "اوضحت"})


def _after_a_reaction(document: Document, d_first: int, own: frozenset[str], *, in_commas: bool) -> bool:
    """The day (its first token ``d_first``) follows a verb of reaction and its subject however long, with no clause
    opened between (a verb behind «و» or after a comma or «ثم»), no relative pronoun, «أنّ», number or word of the
    claim's: in commas, with appositions and circumstances in commas between («وصف مندوب
    الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي، خلال مداخلته باجتماع لمجلس الأمن الدولي، الإثنين، إطلاق
    الحوثيين لصواريخ»: the held-out Riyadh missiles file, as «أدانت قطر، الاثنين، إطلاق»); without commas, in one
    clause, after a verb of saying written with «و» or «ف» (``_REPORTING``) too («وعبر الأمير زيد بن رعد الحسين المفوض السامي لحقوق الإنسان التابع للأمم
    المتحدة الاثنين عن قلقه البالغ من الهجوم»: the Hodeidah file)."""
    tokens = document.tokens
    sentence = tokens[d_first].sentence
    for k in range(d_first - 1, document.sentences[sentence].first_token - 1, -1):
        word = tokens[k].text
        if k < d_first - 1 and parted(document, k, k + 1, _SENTENCE_STOPS if in_commas else _STOPS):
            return False
        if in_table(word, _REACTIONS) or (in_commas and in_table(word, _SAYING)) or (not in_commas and _reporting(word)):
            return not in_table(word, own)
        if word[:1].isdigit() or in_table(word, RELATIVE) or in_table(word, own) or word in _THAT:
            return False
        if _opens_a_clause(document, k):
            return False  # another verb's clause: «... ثم شن الجيش، الاثنين، هجوما»
    return False


def _opens_a_clause(document: Document, k: int) -> bool:
    """Token ``k`` is a verb behind «و» («وشن»), or follows a comma or «ثم»: it opens a clause of its own.  A verb
    read inside a subject's name («الشيخ حمد بن جاسم») opens none, nor a word whose first letter is its root's
    («وزير»، «وفد»، «فيصل»: no verb once «و» or «ف» is taken off)."""
    word = document.tokens[k].text
    if word[:1] == "و" and len(word) > 3:
        whole, rest = entry(word), entry(word[1:])
        if whole is not None and whole.is_word and whole.kind != "verb":
            return False  # «وزير»: a noun as written («زير» would be a verb)
        return rest is not None and rest.kind == "verb"
    return k > 0 and (parted(document, k - 1, k, COMMAS) or document.tokens[k - 1].text == "ثم") and _verb(word)


# A clause or phrase after the date that tells of an act before or after the date's («الثلاثاء بعدما نشرت»،
# «اليوم الاثنين بعد فوزه في الانتخابات»); not «بعد الظهر»، «بعد منتصف الليل»: a time of the day itself.
_BEFORE_OR_AFTER = frozenset({"بعد", "بعدما", "عقب", "اثر", "قبل", "قبيل"})
_NOON = (DAY_TIMES - {"يوم", "اليوم"}) | {"الظهر", "الظهيره", "منتصف", "الزوال", "العصر", "الفجر", "المغرب", "العشاء",
                                         "صلاه"}


def a_purpose(document: Document, d_last: int, m: Match) -> bool:
    """Right after the date (last token ``d_last``) a purpose opens with «لـ», and the claim's word ``m`` is its
    word or in its phrase (``PURPOSE_REACH`` words): «وصل ولي العهد السعودي للولايات المتحدة، الأحد ليلتقي بالرئيس
    الأمريكي» (the crown prince's US visit), «منحه حتى بعد ظهر أمس الجمعة لتسليم نفسه» (Lula's deadline): the day is
    the act's the purpose is of, the purpose done after it or never.  A «لـ» before a verb (ليلتقي) or before the
    claim's word itself (لتسليم) opens one; not «لقاء» or «للمرة», which begin with the letter.  So does a clause or
    phrase of «بعدما»، «بعد»، «قبل»، «عقب»، «إثر» right after the date (not «بعد الظهر»: a time of the day): «وأوقفت الشركة مديرها التنفيذي، الثلاثاء بعدما نشرت القناة صورا» dates the
    suspension, the claim's publication told as before it."""
    tokens = document.tokens
    k = d_last + 1
    if k >= len(tokens) or not m.first_token >= k or m.first_token - k > PURPOSE_REACH \
            or tokens[k].sentence != tokens[d_last].sentence or parted(document, d_last, m.first_token, _STOPS):
        return False
    if tokens[k].text in _BEFORE_OR_AFTER and k < m.first_token and not (
            k + 1 < len(tokens) and in_table(tokens[k + 1].text, _NOON)):
        return True  # «الثلاثاء بعدما نشرت القناة»: the day of the act told before it, the claim's told after
    readings_of = readings(tokens[k].text)
    if k == m.first_token and any(prefix in ("ل", "لل") and rest for prefix, rest in readings_of) \
            and not normalize_query(m.query).startswith("ل"):
        return True  # «لتسليم» for the claim's «تسليم»
    return any(prefix == "ل" and rest[:1] in "يتنا" and _verb(rest) for prefix, rest in readings_of)


def another_subject(document: Document, d_first: int, m: Match, own: frozenset[str], agents: frozenset[str]) -> bool:
    """The date and the claim's word ``m`` are in a clause opened by «إنّ/أنّ» whose subject, the noun right after
    it, the claim does not name: the date is that subject's act.  ``own``: the claim's words; ``agents``: those of its
    statement that are no about word (الحرس الثوري of «أطلق الحرس الثوري صواريخه»), which name the subject in the
    nouns in construct after its head as well («قوات الحرس الثوري»; not «كثافة ونطاق انتشار الحرائق», the event's
    own word: something of the event, not the event)."""
    first = min(d_first, m.first_token)
    sentence = document.tokens[first].sentence
    for k in range(first - 1, -1, -1):
        tok = document.tokens[k]
        if tok.sentence != sentence or in_table(tok.text, RELATIVE):
            return False
        if tok.text in _THAT:
            break
    else:
        return False
    subject = k + 1
    if subject in (m.first_token, d_first):
        return False  # the claim's word is the subject: its own act
    word = document.tokens[subject].text
    if word[:1].isdigit() or in_table(word, own) or _verb(word):
        return False  # a number (إن 5 أشخاص): the people of the claim's toll, maybe; a verb: no subject named
    if any(in_table(document.tokens[j].text, agents) for j in _construct(document, subject)):
        return False
    # the subject's own clause: its one verb at most (دخلوا), not the further clauses of a long sentence
    last = max(d_first, m.last_token - 1)
    return sum(_verb(document.tokens[j].text) for j in range(subject + 1, last + 1)) <= 1


def another_events_day(document: Document, d_first: int, m: Match, about: frozenset[str]) -> bool:
    """The date stands in construct right after an event noun that is neither the claim's word ``m`` nor one of its
    ``about`` words: «ووصل ترمب إلى هلسنكي لعقد قمة الاثنين» dates the summit, not the arrival."""
    head = d_first - 1
    if head < 0 or m.first_token <= head < m.last_token:
        return False
    tok = document.tokens[head]
    if tok.sentence != document.tokens[d_first].sentence or parted(document, head, d_first, _STOPS):
        return False
    return in_table(tok.text, EVENTS) and not in_table(tok.text, about)


# «وكان بوتين قد وصل»: the subject between «كان» and «قد», before the verb.
_ALREADY = "قد"


def was_anothers(document: Document, m: Match, own: frozenset[str]) -> bool:
    """The claim's word ``m`` is a verb after «كان ... قد» whose subject, between them, the claim does not name:
    «وكان بوتين قد وصل، الاثنين، إلى هلسنكي» is Putin's arrival, not Trump's."""
    k = m.first_token - 1
    if k < 1 or document.tokens[k].text != _ALREADY:
        return False
    subject: list[str] = []
    for j in range(k - 1, max(-1, k - 2 - CONSTRUCT_WORDS), -1):
        tok = document.tokens[j]
        if tok.sentence != document.tokens[k].sentence or parted(document, j, j + 1, _STOPS):
            return False
        if tok.text in WAS:
            return bool(subject) and not any(in_table(w, own) for w in subject)
        subject.append(tok.text)
    return False


def antecedents_day(document: Document, d_first: int, d_last: int, m: Match, matches: list[Match]) -> bool:
    """The date follows a noun in construct («هجوم 22 سبتمبر») and the claim's word ``m`` comes after it across a
    relative pronoun (الذي استهدف): the date names the noun's event, which no about-mention (``matches``) names."""
    if d_last >= m.first_token or d_first == 0:
        return False
    gap = document.tokens[d_last + 1:m.first_token]
    if not gap or not in_table(gap[0].text, RELATIVE) or any(not in_table(t.text, LINK) for t in gap):
        return False
    head = d_first - 1
    tok = document.tokens[head]
    if tok.sentence != document.tokens[d_first].sentence or parted(document, head, d_first, _STOPS):
        return False
    if tok.text[:1].isdigit() or in_table(tok.text, LINK) or in_table(tok.text, _TIME_OF_DAY) or _verb(tok.text):
        return False  # «في 22 سبتمبر الذي»، «يوم الجمعة الذي»: the day itself is the antecedent
    return not any(x.first_token <= head < x.last_token for x in matches)


# Verbs of an event's taking place: a relative clause of one of them dates its antecedent.
_HAPPENED = frozenset({"جري", "جرت", "اجري", "اجريت", "وقع", "وقعت", "عقد", "عقدت", "انعقد", "انعقدت", "اندلع",
                       "اندلعت", "نظم", "نظمت"})


def relatives_day(document: Document, d_first: int, m: Match, about: frozenset[str]) -> bool:
    """The date follows the claim's word ``m`` across another noun and its relative clause of taking place (الذي
    جرى، التي عقدت): «للإعلان عن نتائج الانتخابات الرئاسية التي جرت الاثنين الماضي» dates the elections, not the
    announcement of their results.  Right after an about word («النتائج التي ظهرت الخميس») the clause is its own."""
    tokens = document.tokens
    verb = d_first - 1
    while verb > m.last_token and (in_table(tokens[verb].text, _TIME_OF_DAY) or tokens[verb].text == "في"):
        verb -= 1  # «التي جرت يوم الاثنين»، «التي جرت في 30 يوليو»
    rel = verb - 1
    if rel <= m.last_token or not in_table(tokens[rel].text, RELATIVE) or not in_table(tokens[verb].text, _HAPPENED):
        return False
    # the antecedent, and the adjective after it: no about word («النتائج الرسمية التي ...» is the claim's own)
    if any(in_table(tokens[k].text, about) for k in range(max(m.last_token, rel - 2), rel)):
        return False
    if tokens[m.first_token].sentence != tokens[d_first].sentence:
        return False
    return not any(parted(document, k - 1, k, _STOPS) for k in range(m.last_token, d_first + 1))


def verbs_adverb(document: Document, m: Match, d_first: int, own: frozenset[str]) -> bool:
    """The claim's word ``m`` is a verb that opens its clause and the date (from token ``d_first``) follows it after
    its subject alone: «فاز ريال مدريد مساء الأربعاء» (the news lead: the verb, who did it, when).  Between them one
    to ``SUBJECT_REACH`` words, none a linking word, a number, a verb or an event noun the claim does not say, no
    mark; a word of the time of day right before the date is the date's."""
    k = m.last_token
    if not 0 < d_first - k <= SUBJECT_REACH + 1 or not _opens(document, m.first_token):
        return False
    if not _verb(document.tokens[m.first_token].text) or not in_table(document.tokens[m.first_token].text, own):
        return False
    words = range(k, d_first - 1 if in_table(document.tokens[d_first - 1].text, _TIME_OF_DAY) else d_first)
    if not 0 < len(words) <= SUBJECT_REACH or any(parted(document, j - 1, j, _STOPS) for j in range(k, d_first + 1)):
        return False
    return not any(
        (w := document.tokens[j].text)[:1].isdigit() or in_table(w, LINK) or _verb(w)
        or (in_table(w, EVENTS) and not in_table(w, own)) for j in words
    )


def _opens(document: Document, k: int) -> bool:
    """Token ``k`` opens its clause: the sentence's first word, after a dateline's dash or a mark."""
    tok = document.tokens[k]
    if k == document.sentences[tok.sentence].first_token:
        return True
    return any(c in document.text[document.tokens[k - 1].end:tok.start] for c in _STOPS + "-")


def _construct(document: Document, head: int) -> range:
    """The nouns in construct after the subject's head at token ``head`` (قوات الحرس الثوري): up to
    ``CONSTRUCT_WORDS`` words joined to it, before a linking word (من، في), a verb, a number or a mark."""
    end = head + 1
    while end < min(len(document.tokens), head + 1 + CONSTRUCT_WORDS):
        word = document.tokens[end].text
        if parted(document, end - 1, end, _STOPS) or word[:1].isdigit() or in_table(word, LINK) or _verb(word):
            break
        end += 1
    return range(head + 1, end)
