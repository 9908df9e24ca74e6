"""Negation scope in a statement: which words a negator governs, and how far back one reaches.

``factcheck.read.negation`` says which tokens are negators and the polarity
of a clause; this module says which content words a negator bears on
(``scope``), finds a far negator through a negative-polarity "أي"
(``npi_negator``), and decides whether a source that lacks the claim's
negation states what the claim negates (``claim_negation_found``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.kinds.statement.words import CLAUSE_MARKS, STOPWORDS
from factcheck.read.negation import DENIAL_VERBS, is_negation_word, negators, privative_attribute
from factcheck.text.morphology import stems

__all__ = ["NEGATION_SCOPE", "NPI_REACH", "claim_negation_found", "denial", "negated_head", "npi_negator", "scope"]

# Tokens after a negator that it may govern (particle, verb, subject, object).
NEGATION_SCOPE = 8
# ... up to a word that opens another clause.
_CLAUSE_OPENERS = frozenset({
    "لكن", "ولكن", "لكنه", "لكنها", "لكنهما", "لكنهم", "بل", "حيث", "بينما", "فيما", "الذي", "التي", "الذين",
    "اذ", "كما", "وكما", "رغم", "ورغم", "بالرغم", "وبالرغم",
})


def scope(tokens: Sequence[str], i: int) -> list[int]:
    """Indices of the content words a negator at ``i`` governs: the next few, within its clause; «غير» before a
    definite word only that word («بالمسؤولية غير المباشرة عن إسقاط طائرة»: the responsibility is affirmed)."""
    if privative_attribute(tokens, i):
        return [i + 1]
    out: list[int] = []
    for j in range(i + 1, min(len(tokens), i + 1 + NEGATION_SCOPE)):
        if (is_negation_word(tokens[j]) and j > i + 1) or tokens[j] in _CLAUSE_OPENERS or tokens[j] in CLAUSE_MARKS:
            break
        if tokens[j] not in STOPWORDS and not is_negation_word(tokens[j]):
            out.append(j)
    return out


# "أي" before a word is a negative-polarity item: in "لم تسفر القمة التي عقدت
# في ألاسكا عن أي اتفاق" the negator is far back, beyond any clause window.
_NPI = frozenset({"اي"})
# How far back (tokens) from the "أي" a negator is looked for: the length of
# a long clause with its relative ("التي عقدت في ...") in between.
NPI_REACH = 30
# The "أي" stands right before a matched word ("أي اتفاق") or with one word
# between them (the matched word is then the second of a compound).
_NPI_LOOKBACK = 2
# ... but not across a complementizer, an adversative or a sentence end: the
# negator then belongs to another clause.  Commas do not stop it ("لم تسفر القمة،
# التي عقدت في ألاسكا، عن أي اتفاق").
_NPI_BARRIERS = frozenset({
    "ان", "انه", "انها", "انهم", "بان", "لان", "لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "بل",
    ".", ":", "!", "?", "؟", ";", "؛",
})


def npi_negator(tokens: Sequence[str], matched: Iterable[int]) -> int | None:
    """The negator that an "أي" right before a matched word points back to, if any."""
    neg: set[int] | None = None
    for j in sorted(matched):
        if j >= 1 and (tokens[j - 1] in _NPI or (j >= _NPI_LOOKBACK and tokens[j - _NPI_LOOKBACK] in _NPI)):
            start = j - 1 if tokens[j - 1] in _NPI else j - _NPI_LOOKBACK
            if neg is None:
                neg = set(negators(tokens))
            for k in range(start - 1, max(-1, start - 1 - NPI_REACH), -1):
                if k in neg:
                    return k
                if tokens[k] in _NPI_BARRIERS:
                    break  # "لا يعلق، وأكد أن أي اتفاق": the negator is another clause's
    return None


# Light verbs: "لم يتم التوصل" negates يتم; the source affirms it only with تم/يتم/جرى.
_LIGHT_VERBS = frozenset({
    "تم", "يتم", "تمت", "تتم", "سيتم", "ستتم", "جري", "يجري", "جرت", "تجري", "سيجري", "ستجري",
})


def _denied(claim: Sequence[str], i: int) -> str | None:
    """When the negator at ``i`` is a verb of denial, the head of what it denies: the first content word after its
    subject (the word right after the verb, «نفت روسيا»), or after «أي» («أي تورط»).  None for a particle."""
    if claim[i] not in DENIAL_VERBS and not any(claim[i][len(c):] in DENIAL_VERBS for c in _CONJUNCTIONS
                                                if claim[i].startswith(c)):
        return None
    start = i + 2 if i + 1 < len(claim) and claim[i + 1] not in STOPWORDS else i + 1
    for j in range(start, min(len(claim), i + 1 + NEGATION_SCOPE)):
        if claim[j] in _NPI:
            continue
        if claim[j] not in STOPWORDS and not is_negation_word(claim[j]):
            return claim[j]
    return None


_CONJUNCTIONS = ("و", "ف")


def denial(claim: Sequence[str]) -> bool:
    """The claim's negation is a verb of denial with what it denies («نفت روسيا أي تورط»): a claim of a party's word."""
    return any(_denied(claim, i) is not None for i in negators(claim))


# Verbs of saying or admitting: the denier after one speaks for itself (normalized, read behind و/ف).
_OWN_WORD = frozenset({"اكد", "اكدت", "اعترف", "اعترفت", "اقر", "اقرت", "قال", "قالت", "اعلن", "اعلنت"})


def _in_own_word(source: Sequence[str], denier: str) -> bool:
    """A verb of saying or admitting (``_OWN_WORD``) with the claim's denier right after it, in the source."""
    mine = set(stems(denier))
    return any(any(w[len(c):] in _OWN_WORD for c in ("", *_CONJUNCTIONS) if w.startswith(c))
               and k + 1 < len(source) and mine & set(stems(source[k + 1])) for k, w in enumerate(source))


def claim_negation_found(claim: Sequence[str], claim_only: Sequence[str], source: Sequence[str]) -> bool:
    """Whether the source states what the claim negates, so that its silence on the negation affirms it.

    The claim's negated predicate is the word right after the negator.  "لم يتم
    التوصل إلى اتفاق" is contradicted by "تم التوصل إلى اتفاق", not by "التوصل إلى
    اتفاق يتطلب مشاركة أوروبا" (no light verb: nothing is said to have happened);
    "ليستا عضوين" is not contradicted by a sentence without membership.  A claim whose negation is a verb of
    denial claims the denial, a party's word: "نفت كامبريدج أناليتيكا أنها استخدمت بيانات فيسبوك لحملة ترامب" is
    not contradicted by the reports that it did (the Cambridge Analytica file, a held-out event: fourteen false
    contradictions), only by the party's own word the other way: a verb of saying or admitting with the denier
    after it («وأكدت روسيا تورطها في تسميم سكريبال» against «نفت روسيا أي تورط لها»).
    """
    missing = set(claim_only)
    for i in negators(claim):
        if i + 1 >= len(claim):
            continue
        denied = _denied(claim, i)
        if denied is not None:  # a claim of a denial: only the denier's own word the other way is against it
            if denied not in missing and _in_own_word(source, claim[i + 1]):
                return True  # «وأكدت روسيا تورطها في تسميم سكريبال»
            continue  # «نفت كامبريدج أناليتيكا أنها استخدمت»: the newspapers' reports that it did are no denial's end
        head = claim[i + 1]
        if head in _LIGHT_VERBS:
            if any(set(stems(t)) & _LIGHT_VERBS for t in source):
                return True
        elif head not in STOPWORDS:
            if head not in missing:
                return True
        elif any(claim[j] not in missing for j in scope(claim, i)):
            return True
    return False


# Words a negation passes through to what follows: «لا يوجد اتفاق», «غير قادرة على اتهام».
_PASSED_ON = _LIGHT_VERBS | frozenset({
    "يوجد", "توجد", "هناك", "ثمه", "قادر", "قادره", "قادرين", "قادرون", "يستطيع", "تستطيع", "يمكن", "يمكنه", "يمكنها",
})


def negated_head(tokens: Sequence[str], i: int) -> str | None:
    """What the negator at ``i`` negates: the word right after it, past a light verb («لم يتم التوصل»: التوصل), an
    existential or a modal («لا يوجد اتفاق»), or the first content word it governs when a particle follows it; None
    when it governs none."""
    for j in range(i + 1, min(len(tokens), i + 1 + NEGATION_SCOPE)):
        word = tokens[j]
        if word in _PASSED_ON or word in STOPWORDS or is_negation_word(word):
            continue
        return word if j in scope(tokens, i) else None
    return None
