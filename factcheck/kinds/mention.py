"""mention: one of ``any`` occurs; one of ``not`` contradicts (attached to ``about``).

With ``about``, a rival counts only when it is stated for the claim's subject
(contract §1): in the clause of an ``about`` word and within ``RIVAL_REACH``
tokens of it, or of the comma that opens the rival's item in a list run on from
it ("يضم الوفد الروسي … لافروف، ووزير الدفاع أندريه بيلوسوف، ووزير المالية أنتون سيلوانوف").  "عقدت القمة يوم الخميس" states the day of the summit; "قال
الوزير الخميس، خلال اجتماع طارئ …" does not, nor does a rival in the next
clause of the sentence ("… القمة، بينما التقى الوزيران الخميس").
"""

from __future__ import annotations

from factcheck.analysis import Analysis
from factcheck.claims.model import MentionClaim
from factcheck.document import Document
from factcheck.kinds.associate import WINDOW
from factcheck.kinds.evidence import make_evidence
from factcheck.matching import Match, find_any, sentences_naming
from factcheck.text.lexicon import word_class
from factcheck.verdicts import Evidence, Finding, Role

__all__ = ["CLAUSE_OPENERS", "RIVAL_REACH", "check", "clauses"]

# Tokens between a rival and its about word (or the comma that opens the rival's
# item in a list run on from it), at most: as far as a quantity or a date may lie
# from its about word, about one clause.
RIVAL_REACH = WINDOW

# Punctuation that always ends a clause.
_CLAUSE_STOPS = frozenset("؛;:")
# Commas end a clause only before a verb or a particle ("، وأكد"، "، ولم"): before a
# noun they run on an enumeration or an apposition ("الوفد الروسي … لافروف، ووزير الدفاع").
_COMMAS = frozenset("،,")

# Words that open another clause inside a sentence (read without و/ف).
CLAUSE_OPENERS = frozenset({"بينما", "لكن", "لكنه", "لكنها", "لكنهم", "لكنهما", "بل"})
# ... and two-word openers: في حين (whereas).
_OPENER_PAIRS = frozenset({("في", "حين"), ("وفي", "حين")})


def _opens(word: str) -> bool:
    return word in CLAUSE_OPENERS or (word[:1] in "وف" and word[1:] in CLAUSE_OPENERS)


def clauses(document: Document, first: int, last: int) -> tuple[list[int], set[int]]:
    """Clause number of each token in ``[first, last)`` (a sentence's tokens), and the
    tokens that follow a comma inside their clause (the items of an enumeration)."""
    tokens = document.tokens
    numbers: list[int] = []
    items: set[int] = set()
    clause = 0
    for i in range(first, last):
        tok = tokens[i]
        if i > first:
            between = document.text[tokens[i - 1].end:tok.start]
            nxt = tokens[i + 1].text if i + 1 < last else ""
            comma = any(c in _COMMAS for c in between)
            if (
                any(c in _CLAUSE_STOPS for c in between)
                or _opens(tok.text)
                or (tok.text, nxt) in _OPENER_PAIRS
                or (comma and word_class(tok.text) in ("verb", "particle"))
            ):
                clause += 1
            elif comma:
                items.add(i)
        numbers.append(clause)
    return numbers, items


def _gap(about: Match, rival: Match, items: set[int]) -> int:
    """Tokens between the rival and its about word, or the comma that opens the rival's list item."""
    if rival.first_token >= about.last_token:  # the rival follows
        opened = max((i for i in items if about.last_token < i <= rival.first_token), default=about.last_token)
        return rival.first_token - opened
    if about.first_token >= rival.last_token:  # the rival comes first
        closed = min((i for i in items if rival.last_token <= i < about.first_token), default=about.first_token)
        return closed - rival.last_token
    return 0  # they overlap


def _attached(rival: Match, abouts: list[Match], document: Document) -> bool:
    """Whether the rival is in the clause of one of the about matches and near it (or its list)."""
    sentence = document.sentences[rival.sentence]
    numbers, items = clauses(document, sentence.first_token, sentence.last_token)

    def clause_of(m: Match) -> set[int]:
        return {numbers[i - sentence.first_token] for i in range(m.first_token, m.last_token)}

    rival_clause = clause_of(rival)
    return any(
        _gap(about, rival, items) <= RIVAL_REACH and rival_clause & clause_of(about) for about in abouts
    )


def check(claim: MentionClaim, analysis: Analysis) -> Finding:
    document = analysis.document
    cutoff = claim.threshold
    evidence: list[Evidence] = []
    for m in find_any(claim.any, analysis, score_cutoff=cutoff):
        evidence.append(make_evidence(
            document, m.start, m.end, role=Role.SUPPORTS, score=m.score,
            reason=f"names {m.query!r}",
        ))
    if claim.not_:
        rivals = find_any(claim.not_, analysis, score_cutoff=cutoff)
        if claim.about:
            near = sentences_naming(claim.about, analysis, score_cutoff=cutoff)
            rivals = [m for m in rivals if m.sentence in near and _attached(m, near[m.sentence], document)]
        supported_spans = {(e.start, e.end) for e in evidence}
        for m in rivals:
            ev = make_evidence(
                document, m.start, m.end, role=Role.CONTRADICTS, score=m.score,
                reason=f"names the rival {m.query!r}, claim says {claim.any[0]!r}",
            )
            if (ev.start, ev.end) not in supported_spans:
                evidence.append(ev)
    return Finding.from_evidence(evidence, not_mentioned_reason=f"names none of {', '.join(claim.any)}")
