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

from factcheck.document import Document
from factcheck.kinds.attach import in_table, word_before

__all__ = ["PRISON", "age_of_another", "prison_term"]

# Words that give an age after a name: «البالغ (من العمر)», «يبلغ (من العمر)», «عمره».
_AGED = frozenset({"البالغ", "البالغه", "يبلغ", "تبلغ", "عمره", "عمرها"})
_OF_AGE = frozenset({"من", "العمر"})
_APPOSITION = ("،", ",", "(")
_HE = frozenset({"وهو", "وهي", "هو", "هي"})
# Nouns of kin: «والد العروس، 73 عاما» is her father, his age in apposition (normalized, clitics read by in_table).
_KIN = frozenset({"والد", "والده", "ابن", "ابنه", "شقيق", "شقيقه", "زوج", "زوجه", "جد", "جده", "عم", "خال"})
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
            and in_table(tokens[k - 1].text, _KIN) and not any(in_table(w, _KIN) for w in own):
        return True  # «ماركل والد العروس، 73 عاما»: the bride's father's age, not the bride's
    else:
        return False
    if name < 0 or tokens[name].sentence != first.sentence \
            or not any(c in text[tokens[name].end:tokens[name + 1].start] for c in _APPOSITION):
        return False
    word = tokens[name].text
    return not in_table(word, own) and not word.startswith(_ARTICLE)


# A sentence to prison (normalized; clitics read by in_table: «بالسجن», «سجنه»): the years after it are a term.
PRISON = frozenset({"السجن", "سجن", "سجنه", "الحبس", "حبس"})
_TERM_REACH = 5  # words from the prison word to the term («الحكم بسجن رئيس البرازيل السابق 9 سنوات»), at most


def prison_term(document: Document, start: int, own: frozenset[str]) -> bool:
    """The figure at this normalized offset follows a prison word (``_TERM_REACH`` words at most, no word of age
    between: «حكم عليه بالسجن 12 عاما», «الحكم بسجن رئيس البرازيل السابق 9 سنوات»), and the claim says no prison
    word: a term, no age (the Lula imprisonment, FR-internationalNews-588-20180407: «لولا (72 عاما) الذي حكم
    عليه بالسجن 12 عاما»).  «حكم بالسجن على لولا البالغ من العمر 71 عاما» still gives his age."""
    return word_before(document, start, PRISON, _TERM_REACH, own, stops=_AGED | _OF_AGE)
