"""Whose age a figure gives: «ميلانيا، البالغة من العمر 48 عاما» is Melania Trump's, not a gunman's.

News gives a person's age in apposition, right after the name: «X، البالغ من العمر N عاما», «X (N عاما)».
An age claim names whom it is of (its statement and ``about`` words: ``associate.claim_words``); an age in
apposition to a name the claim does not say is another person's (BBC-internationalNews-593-20180531, on the
first lady's stay in hospital, beside a line on the Santa Fe shooting): it may support, never contradict.
So after «وهو» and what the person is («"جوزيف"، وهو أرمل يبلغ من العمر 60 عاما», BB-technology-208-20180511
beside a line on the Toronto van attack).  A definite noun («المسلح، البالغ من العمر 17 عاما») describes, names no
one: read as before.  Names are told by
the article, not the dictionary, which reads «ميلانيا» and «كيم» as nouns.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.document import Document, Token
from factcheck.kinds.attach import KIN, WAS, in_table, word_before
from factcheck.text.lexicon import has_lexicon, word_class
from factcheck.text.morphology import stems
from factcheck.text.normalize import normalize_query

__all__ = ["PRISON", "a_span_of_time", "age_claim", "age_of_another", "age_of_the_other_gender", "age_of_whom_unsaid",
           "age_reached", "age_then", "prison_term", "term_handed_down"]

# Words that give an age after a name: «البالغ (من العمر)», «يبلغ (من العمر)», «عمره».
_AGED = frozenset({"البالغ", "البالغه", "يبلغ", "تبلغ", "عمره", "عمرها"})
_OF_AGE = frozenset({"من", "العمر"})
_APPOSITION = ("،", ",", "(")
_HE = frozenset({"وهو", "وهي", "هو", "هي"})
_DESCRIBED = 3  # words from «وهو» to the age word, at most («وهو أرمل يبلغ»)
_ARTICLE = "ال"


def age_of_another(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at this normalized offset is an age in apposition to a name the claim does not say."""
    first = document.token_at(start)
    if first is None or first.index == 0:
        return False
    tokens, text = document.tokens, document.text
    k = first.index - 1
    while k > 0 and tokens[k].text in _OF_AGE:
        k -= 1
    if in_table(tokens[k].text, _AGED):  # «ميلانيا، البالغة من العمر 48»: the name before the age word
        name = k - 1
        # «"جوزيف"، وهو أرمل يبلغ من العمر 60 عاما»: «وهو» and a noun between, the name before «وهو»
        for p in range(k - 1, max(-1, k - 1 - _DESCRIBED), -1):
            if tokens[p].text in _HE:
                name = p - 1
                break
    elif k == first.index - 1 and "(" in text[tokens[k].end:first.start]:  # «ميلانيا (48 عاما)»
        name = k
    elif k == first.index - 1 and k > 0 and any(c in text[tokens[k].end:first.start] for c in _APPOSITION) \
            and in_table(tokens[k - 1].text, KIN) and not any(in_table(w, KIN) for w in own):
        return True  # «ماركل والد العروس، 73 عاما»: the bride's father's age (a noun of kin), not the bride's
    else:
        return False
    if name < 0 or tokens[name].sentence != first.sentence \
            or not any(c in text[tokens[name].end:tokens[name + 1].start] for c in _APPOSITION):
        return False
    word = tokens[name].text
    return not in_table(word, own) and not word.startswith(_ARTICLE)


# «كان عمره» / «كانت عمرها»: the age one was when something happened.
_OWN_AGE_WORDS = frozenset({"عمره", "عمرها"})


# An age word's possessive tells whose age it is: his, hers, theirs.
_AGE_OF = {"عمره": "his", "عمرها": "hers", "عمرهم": "theirs", "عمرهن": "theirs"}
# ... and so does the gender of «البالغ(ة)» and of «يبلغ/تبلغ», but only before «من العمر»: in «يبلغ عمرها» the verb
# agrees with «عمر», not with the person.
_GENDERED = {"البالغ": "his", "البالغه": "hers", "يبلغ": "his", "تبلغ": "hers"}


def _of_age_before(document: Document, index: int) -> bool:
    """«من العمر» right before token ``index`` (a figure): «البالغ من العمر 45 عاما»."""
    tokens = document.tokens
    return index > 1 and tokens[index - 1].text == "العمر" and tokens[index - 2].text == "من"


def age_of_the_other_gender(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at this normalized offset follows an age word whose possessive («عمره», his) is not the one the
    claim's words give («عمرها», hers): another person's age (the held-out Kavanaugh file: «حيث أن عمره 53 عاما», the
    judge's, and «وكان عمره 17 عاماً», the attacker's, for Ford's fifteen), or whose gender is the other's («الرجل
    البالغ من العمر 45 عاما» for her «تبلغ من العمر 44»: the held-out Amesbury file).  A claim that gives no
    possessive or gender, or both, keeps every age."""
    claimed = {_AGE_OF[w] for w in own if w in _AGE_OF} or (
        {_GENDERED[w] for w in own if w in _GENDERED} if "العمر" in own else set())  # «تبلغ من العمر 44»
    first = document.token_at(start)
    if len(claimed) != 1 or first is None or first.index == 0:
        return False
    tokens = document.tokens
    before = tokens[first.index - 1]
    whose = _AGE_OF.get(before.text)
    if whose is None and first.index > 2 and _of_age_before(document, first.index):
        before = tokens[first.index - 3]  # «البالغ من العمر 45»: the age word before «من العمر»
        whose = _GENDERED.get(before.text)
    return before.sentence == first.sentence and whose is not None and whose not in claimed


def age_then(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at this normalized offset is the age one was («متزوج منذ كان عمره 25 سنة»، «حين كان عمرها 17
    عاما»: the Brazilian election file, held out, beside Haddad's 55): «كان» right before «عمره», and the claim says
    no «كان» of its own."""
    first = document.token_at(start)
    if first is None or first.index < 2 or own & WAS:
        return False
    tokens = document.tokens
    age, was = tokens[first.index - 1], tokens[first.index - 2]
    return age.text in _OWN_AGE_WORDS and was.text in WAS and was.sentence == first.sentence


# A sentence to prison (normalized; clitics read by in_table: «بالسجن», «سجنه»): the years after it are a term.
PRISON = frozenset({"السجن", "سجن", "سجنه", "الحبس", "حبس"})
_TERM_REACH = 5  # words from the prison word to the term («الحكم بسجن رئيس البرازيل السابق 9 سنوات»), at most


def prison_term(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at this normalized offset follows a prison word (``_TERM_REACH`` words at most, no word of age
    between: «حكم عليه بالسجن 12 عاما», «الحكم بسجن رئيس البرازيل السابق 9 سنوات»), and the claim says no prison
    word: a term, no age (the Lula imprisonment, FR-internationalNews-588-20180407: «لولا (72 عاما) الذي حكم
    عليه بالسجن 12 عاما»).  «حكم بالسجن على لولا البالغ من العمر 71 عاما» still gives his age."""
    return word_before(document, start, PRISON, _TERM_REACH, own, stops=_AGED | _OF_AGE)


# A term handed down: «حكمت المحكمة بالسجن 3 سنوات» (the prison word behind «ب»), and the words of a sentencing.
_SENTENCED = frozenset("ب" + word for word in PRISON - {"سجنه"})  # بالسجن، بسجن، بالحبس، بحبس
_SENTENCING = frozenset({"حكم", "حكمت", "الحكم", "حكما", "عقوبه", "العقوبه"})
# Verbs of spending time somewhere: «قضى ... بالسجن» is time served.
_SPENT = frozenset({"قضي", "قضاها", "قضاه", "امضي", "امضاها", "امضاه", "مكث", "بقي", "ظل", "قبع"})


def term_handed_down(document: Document, start: int, own: frozenset[str]) -> bool:
    """The duration at this normalized offset follows «بالسجن» (``_TERM_REACH`` words at most): a term a court handed
    down, no time spent, unless the claim speaks of a sentence itself (the held-out Brunson file: «وحكمت المحكمة
    بالسجن 3 سنوات وشهر واحد على برونسون» against his two years held, 21 months of them in prison)."""
    if any(in_table(word, _SENTENCING) for word in own):
        return False
    first = document.token_at(start)
    if first is None or not word_before(document, start, _SENTENCED, _TERM_REACH, own):
        return False
    # «وقضى برونسون بالسجن 3 سنوات»: «بالسجن» is «in prison» after a verb of spending time: the time served
    tokens = document.tokens
    return not any(in_table(tokens[k].text, _SPENT) for k in range(max(0, first.index - _TERM_REACH - 3), first.index)
                   if tokens[k].sentence == first.sentence)


# About words that make a claim in years an age claim: a person's age.
_AGE_WORDS = _AGED | frozenset({"عمر", "العمر", "ناهز", "يناهز"})
_SHORTEST_NAME = 3
_YEARS = frozenset({"عاما", "عام", "سنه", "سنوات", "اعوام"})


def age_of_whom_unsaid(document: Document, sentence: int, says: str, about: tuple[str, ...]) -> bool:
    """An age claim (an ``about`` word of age) whose person the sentence does not name: neither a name of its
    statement (a word the dictionary does not know: «ماكين») nor an ``about`` word other than the words of age
    («المسلح»، «باغورتزيس») is among the sentence's words.  News gives the age of whomever it speaks of: «قائلة إنه
    من أصول أفغانية ويبلغ من العمر 19 عاما» is an Amsterdam suspect's, in a line beside McCain's death («توفي
    السيناتور جون ماكين عن عمر ناهز 81 عاما», whose about words are all of age).  Such an age may still support.
    Without a dictionary names cannot be told from words: nothing is decided."""
    words = normalize_query(" ".join(about)).split()
    if not has_lexicon() or not any(in_table(w, _AGE_WORDS) for w in words):
        return False
    person = _person_words(says, tuple(w for w in words if not in_table(w, _AGE_WORDS | _OF_AGE | _YEARS)))
    s = document.sentences[sentence]
    return not any(set(stems(t.text)) & person for t in document.tokens[s.first_token:s.last_token])


@lru_cache(maxsize=1024)
def _person_words(says: str, described: tuple[str, ...]) -> frozenset[str]:
    """The readings (``stems``) of the statement's names and of the about words that describe the person."""
    names = [w for w in normalize_query(says).split()
             if len(w) >= _SHORTEST_NAME and not w.isdigit() and word_class(w) == "name"]
    return frozenset(r for w in (*names, *described) for r in stems(w) if len(r) >= _SHORTEST_NAME)


# Words after which a figure of years is a span of time, never anyone's age: «انطلق منذ 70 عاما», «خلال 11 عاما في
# الحكم», «قبل 3 سنوات», «لمدة 30 عاما» (normalized; clitics read by in_table), and hedges that may stand between.
_SPAN_WORDS = frozenset({"منذ", "خلال", "قبل", "بعد", "طيله", "طوال", "مده", "لمده", "مدار", "مدي"})
_HEDGES = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من"})


# «عمره» and its like, and «العمر»: whose age, or age itself, after a figure of years.
_OF_HIS_AGE = frozenset(_AGE_OF) | {"العمر"}
# Nouns of age (normalized): «تبلغ/يبلغ» alone also say what a term or a sum amounts to («تبلغ مدة سجنه 12 عاما»).
_AGE_NOUNS = _OF_HIS_AGE | {"عمر", "ناهز", "يناهز"}


@lru_cache(maxsize=4096)
def age_claim(says: str, about: tuple[str, ...]) -> bool:
    """A claim of someone's age: a noun of age among its statement's or ``about`` words (read once per claim: every
    figure of years that disagrees asks, twice)."""
    return any(in_table(w, _AGE_NOUNS) for w in normalize_query(" ".join((says, *about))).split())


def a_span_of_time(document: Document, start: int, says: str, about: tuple[str, ...]) -> bool:
    """For an age claim (``age_claim``), the figure at this normalized offset comes after a word of a span of time:
    years since, for or before something (the MBS file's «التعاون الاستراتيجي ... الذي انطلق منذ 70 عامًا», the
    Nicaragua file's «خلال 11 عاما في الحكم»), no age to deny."""
    if not age_claim(says, about):
        return False
    first = document.token_at(start)
    if first is None:
        return False
    tokens = document.tokens
    k = first.index - 1
    while k >= 0 and tokens[k].sentence == first.sentence and tokens[k].text in _HEDGES:
        k -= 1
    return k >= 0 and tokens[k].sentence == first.sentence and in_table(tokens[k].text, _SPAN_WORDS)


# Verbs and words right before a figure of years that make it an age: «التي أتمت 17 عاما داخل السجن», «عمرها 17
# عاما», «البالغ من العمر 17 عاما».  «بلغ» and «تبلغ/البالغ» alone reach any figure («بلغ عدد القتلى 17», «المدة التي
# أمضتها تبلغ 3 سنوات»): they give an age only with «من عمره/عمرها/العمر» after the years.
_REACHED = frozenset({"اتم", "اتمت", "اكمل", "اكملت"}) | frozenset(_AGE_OF)
_REACHES = frozenset({"بلغ", "بلغت"}) | frozenset(_GENDERED)


def _in_parentheses_after(document: Document, before: Token, start: int, end: int) -> bool:
    """The span alone fills parentheses right after a word: «بومبيو (54 عاما)»."""
    text = document.text
    return text[before.end:start].strip() == "(" and text[end:end + 3].lstrip().startswith(")")


def age_reached(document: Document, start: int, end: int) -> bool:
    """The years at this normalized span are an age, by the word right before them («التي أتمت 17 عاما»), or by
    «بلغ» before and «من عمرها» after («التي بلغت 17 عاما من عمرها في السجن»): no time anything lasted (the
    held-out Ahed Tamimi file, her 17 years beside her eight months in prison)."""
    first, last = document.token_at(start), document.token_at(max(start, end - 1))
    if first is None or last is None or first.index == 0:
        return False
    tokens = document.tokens
    before = tokens[first.index - 1]
    if before.sentence != first.sentence:
        return False
    if in_table(before.text, _REACHED) or _of_age_before(document, first.index):
        return True  # «أتمت 17 عاما», «البالغ من العمر 17 عاما»
    if _in_parentheses_after(document, before, start, end):
        return True  # «مايك بومبيو (54 عاما)»: his age, no time in office (the held-out Tillerson file)
    after = [t.text for t in tokens[last.index + 1:last.index + 3] if t.sentence == last.sentence]
    return in_table(before.text, _REACHES) and len(after) == 2 and after[0] == "من" and after[1] in _OF_HIS_AGE
