"""Whose act a date is: a date dates the act of its clause, which need not be the claim's event.

A date claim's about word and a date near it in one sentence are not enough to deny the claim: the date is the
adverb of the clause it stands in, and that clause's act may be another one than the claim's, with the claim's
word only its subject, object or complement.  An editor reading Arabic news states it so:

* a verb between the claim's word and the date, that the claim does not say, puts them in two clauses: «وأوقفت فرق
  الإنقاذ عمليات البحث الخميس في قرى دمرها ثورة البركان» (the search stopped on Thursday, in villages the eruption
  destroyed): the day is not the eruption's (``another_act``);
* a date right after a verb and its subject, before the claim's word, is that verb's adverb, the claim's word its
  complement: «تنافست الصحف الأجنبية اليوم الاثنين في الإشادة بالانتصار» (the papers vied on Monday in praising
  the win) dates the papers' praise, not the final (``another_act``).

Each rule only holds a date back from contradicting (a contradiction is a promise to an editor): the date may
still support the claim.  A verb the claim says, and the linking verbs (وقع، اندلع، جرى: ``attach.LINK``), are the
claim's event's own.
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import COMMAS, LINK, in_table
from factcheck.matching import Match
from factcheck.read.tokens import readings
from factcheck.text.lexicon import entry

__all__ = ["SUBJECT_REACH", "another_act"]

SUBJECT_REACH = 4  # words between a verb and the date that is its adverb: its subject (الصحف الاجنبيه) or object
_STOPS = COMMAS + ".:؛!?؟\n"
# Words of the time of day before a date: part of it (اليوم الاثنين، مساء الأحد، فجر الاثنين), not of its clause.
_TIME_OF_DAY = frozenset({"يوم", "اليوم", "مساء", "صباح", "فجر", "ظهر", "عصر", "ليله", "ليل", "امس"})


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


def _verb(word: str) -> bool:
    return bool(_verb_lemmas(word))


def _foreign_verb(word: str, own: frozenset[str]) -> bool:
    """A verb the claim does not say, in any of its forms (وأعلنت of «أعلن»), and that links nothing (وقع، اندلع are
    the claim's event's own)."""
    if word[:1].isdigit() or in_table(word, own) or in_table(word, LINK):
        return False
    found = _verb_lemmas(word)
    return bool(found) and not any(lemma in own for lemma in found)


def _parted(document: Document, a: int, b: int) -> bool:
    """A comma or a stop between tokens ``a`` and ``b`` (a before b)."""
    return any(c in document.text[document.tokens[a].end:document.tokens[b].start] for c in _STOPS)


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
    for k in range(d_first - 1, max(-1, d_first - 2 - SUBJECT_REACH), -1):
        tok = document.tokens[k]
        if tok.sentence != sentence or _parted(document, k, k + 1) or tok.text[:1].isdigit():
            return False
        if k == d_first - 1 and in_table(tok.text, _TIME_OF_DAY):
            continue
        if in_table(tok.text, own) or in_table(tok.text, LINK):
            return False  # the claim's own word, or a preposition: the date's clause is not a verb's and its subject
        if _verb(tok.text):
            return _foreign_verb(tok.text, own)
    return False
