"""What ``factcheck explain`` shows of a source's candidate sentences: the sentences the claim's kind
looks at, best first, with their scores, their normalized text and what was read from them (names,
quantities, dates, polarity).

Each kind finds its candidates its own way (a mention by its names, a quantity or a date by the claim's
``about`` words, a statement by aligning the claim's words), so each gets its own reader here, made of the
functions its checker reads with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factcheck.analysis import Analysis
from factcheck.claims.model import Claim, DateClaim, MentionClaim, QuantityClaim, StatementClaim
from factcheck.kinds.date import check as check_date
from factcheck.kinds.evidence import Notes
from factcheck.kinds.figure_text import describe
from factcheck.kinds.mention import check as check_mention
from factcheck.kinds.quantity import check as check_quantity
from factcheck.kinds.quantity import subject_and_quantities
from factcheck.kinds.statement import TIE_MARGIN, TIES, judge_span, search
from factcheck.kinds.statement.align import align
from factcheck.matching import Match, find_any, sentences_naming
from factcheck.read.dates import DateMention
from factcheck.read.negation import negators, polarity
from factcheck.read.units import DIMENSION

__all__ = ["MAX_SENTENCES", "SentenceRead", "candidate_sentences", "polarity_text"]

# Candidate sentences shown per source, best first.
MAX_SENTENCES = 5
# What a figure or a day no about word of its sentence took is to the check (``kinds.associate``).
_UNTAKEN = "not taken by an about word (kinds.associate)"
# Statement spans listed below the claim's cutoff, so an editor sees what nearly matched.
_STATEMENT_FLOOR = 10.0


@dataclass(frozen=True, slots=True)
class SentenceRead:
    """A candidate sentence: as written, normalized, its score, and what was read from it."""

    text: str
    normalized: str
    score: float
    line: int
    read: list[str]


def _sentence(analysis: Analysis, index: int, score: float, read: list[str], last: int | None = None) -> SentenceRead:
    doc = analysis.document
    first = doc.sentences[index]
    end = doc.sentences[last if last is not None else index]
    loc = doc.locate(first.start, end.end)
    return SentenceRead(
        " ".join(loc.text.split()), " ".join(doc.text[first.start:end.end].split()), round(score, 1), loc.line, read,
    )


def _original(analysis: Analysis, start: int, end: int) -> str:
    return " ".join(analysis.document.locate(start, end).text.split())


def _in(analysis: Analysis, index: int, start: int) -> bool:
    s = analysis.document.sentences[index]
    return s.start <= start < s.end


def _named(matches: list[Match], label: str, analysis: Analysis, terms: list[str]) -> list[str]:
    """``about 'الاجتماع' (score 100)``: the claim's term; a look-alike the corpus gave the term (normalized,
    ``'قمه'`` for القمة) is shown as the sentence writes it, ``about «قمة» (score 100)``."""
    seen: dict[str, float] = {}
    for m in matches:
        shown = repr(m.query) if m.query in terms else f"«{_original(analysis, m.start, m.end)}»"
        seen[shown] = max(seen.get(shown, 0.0), m.score)
    return [f"{label} {q} (score {s:g})" for q, s in seen.items()]


def _best(rows: list[tuple[int, float, list[str]]], analysis: Analysis) -> list[SentenceRead]:
    rows.sort(key=lambda r: (-r[1], r[0]))
    return [_sentence(analysis, i, score, read) for i, score, read in rows[:MAX_SENTENCES]]


def _mention(claim: MentionClaim, analysis: Analysis) -> list[SentenceRead]:
    notes: Notes = {}
    check_mention(claim, analysis, notes=notes)  # the check itself says what became of each rival
    by_sentence: dict[int, list[tuple[Match, str]]] = {}
    for m in find_any(claim.any, analysis, score_cutoff=claim.threshold):
        by_sentence.setdefault(m.sentence, []).append((m, "names"))
    for m in find_any(claim.not_, analysis, score_cutoff=claim.threshold) if claim.not_ else []:
        by_sentence.setdefault(m.sentence, []).append((m, "names the rival"))
    about = sentences_naming(claim.about, analysis, score_cutoff=claim.threshold) if claim.about else {}
    rows: list[tuple[int, float, list[str]]] = []
    for index, found in by_sentence.items():
        read: list[str] = []
        for label in ("names", "names the rival"):
            read.extend(_named([m for m, lab in found if lab == label], label, analysis,
                               claim.any if label == "names" else claim.not_))
        if claim.about:
            read.extend(_named(about[index], "about", analysis, claim.about) if index in about
                        else ["names no about word"])
        read.extend(f"rival «{_original(analysis, m.start, m.end)}»: {notes.get((m.start, m.end), 'not counted')}"
                    for m, label in found if label == "names the rival")
        rows.append((index, max(m.score for m, _ in found), read))
    return _best(rows, analysis)


def _quantity_read(q: Any, claim: QuantityClaim, analysis: Analysis, notes: Notes) -> str:
    """A figure read, and what became of it in the check (``notes``): the evidence it gave, the rule that set it
    aside, or no about word's taking it."""
    text = f"quantity «{_original(analysis, q.start, q.end)}» = {describe(q)}"
    if q.hedge:
        text += f", hedge {q.hedge!r}"
    if DIMENSION[q.unit] != DIMENSION[claim.unit]:
        return text + f" (a {DIMENSION[q.unit]}, not a {DIMENSION[claim.unit]}: ignored)"
    return text + f"; {notes.get((q.start, q.end), _UNTAKEN)}"


def _date_text(d: DateMention) -> str:
    parts = [str(d.year) if d.year is not None else "????"]
    if d.month is not None:
        parts.append(f"{d.month:02d}")
        if d.day is not None:
            parts.append(f"{d.day:02d}" + (f"..{d.day_end:02d}" if d.day_end else ""))
    shown = "-".join(parts)
    if d.calendar != "gregorian":
        shown += f" ({d.calendar})"
    return shown


def _date_read(d: DateMention, analysis: Analysis, notes: Notes) -> str:
    """A date read, and what became of it in the check (``notes``), as for a figure (``_quantity_read``)."""
    text = f"date «{_original(analysis, d.start, d.end)}» = {_date_text(d)}"
    if d.name:
        return text + f" (the year of a name, {d.name!r}: ignored)"
    return text + f"; {notes.get((d.start, d.end), _UNTAKEN)}"


def _about_kind(claim: QuantityClaim | DateClaim, analysis: Analysis) -> list[SentenceRead]:
    if isinstance(claim, QuantityClaim):
        naming, quantities = subject_and_quantities(claim, analysis)  # a count's duals too (read.duals)
    else:
        naming, quantities = sentences_naming(claim.about, analysis, score_cutoff=claim.threshold), []
    near = sentences_naming(claim.near, analysis, score_cutoff=claim.threshold) if claim.near else {}
    notes: Notes = {}
    if isinstance(claim, QuantityClaim):
        check_quantity(claim, analysis, notes=notes)  # the check itself says what became of each figure
    else:
        check_date(claim, analysis, notes=notes)
    rows: list[tuple[int, float, list[str], bool]] = []
    for index, matches in naming.items():
        read = _named(matches, "about", analysis, claim.about)
        if claim.near:  # of two instances in one article, the claim's (kinds.near)
            read.extend(_named(near[index], "near", analysis, claim.near) if index in near else ["names no near word: not counted"])
        if isinstance(claim, QuantityClaim):
            found = [_quantity_read(q, claim, analysis, notes) for q in quantities if _in(analysis, index, q.start)]
            what = "quantity"
        else:
            found = [_date_read(d, analysis, notes) for d in analysis.dates if _in(analysis, index, d.start)]
            what = "date"
        read.extend(found or [f"no {what} read in this sentence"])
        rows.append((index, max(m.score for m in matches), read, bool(found) and (not claim.near or index in near)))
    # sentences that state something first (and, with near, name it): they are the ones the verdict rests on
    rows.sort(key=lambda r: (not r[3], -r[1], r[0]))
    return [_sentence(analysis, i, score, read) for i, score, read, _ in rows[:MAX_SENTENCES]]


def polarity_text(tokens: list[str]) -> str:
    """``negated by لم`` / ``affirmative`` / ``affirmative (لا ... لم cancel out)``."""
    found = [tokens[i] for i in negators(tokens)]
    if polarity(tokens) < 0:
        return "polarity: negated by " + ", ".join(found)
    return "polarity: affirmative" + (f" ({', '.join(found)} cancel out)" if found else "")


def _statement(claim: StatementClaim, analysis: Analysis) -> list[SentenceRead]:
    doc = analysis.document
    how = search(claim, analysis)
    if how is None:
        return []
    cutoff = how.cutoff
    candidates = align(
        claim.says, analysis, score_cutoff=min(cutoff, _STATEMENT_FLOOR), limit=max(TIES, MAX_SENTENCES),
        word_cutoff=how.word_cutoff, sentences=how.sentences,
    )
    out: list[SentenceRead] = []
    judged = [c for c in candidates if c.score >= cutoff][:TIES]
    for cand in candidates[:MAX_SENTENCES]:
        tokens = [t.text for s in doc.sentences[cand.first_sentence:cand.last_sentence + 1] for t in doc.sentence_tokens(s)]
        read = [f"covers {cand.words} of the claim's words: score {cand.score:.0f}, needs {cutoff:.0f}"]
        read.append(polarity_text(tokens))
        if cand.score < cutoff:
            read.append("below the cutoff: not judged")
        elif cand not in judged or cand.score < judged[0].score - TIE_MARGIN:
            read.append(f"not judged: more than {TIE_MARGIN:g} points below the best span")
        else:
            verdict = judge_span(claim, cand, how)
            read.append(f"judged {verdict.label} ({verdict.basis}): {verdict.reason}")
        out.append(_sentence(analysis, cand.first_sentence, cand.score, read, cand.last_sentence))
    return out


def candidate_sentences(claim: Claim, analysis: Analysis) -> list[SentenceRead]:
    if isinstance(claim, MentionClaim):
        return _mention(claim, analysis)
    if isinstance(claim, (QuantityClaim, DateClaim)):
        return _about_kind(claim, analysis)
    return _statement(claim, analysis)
