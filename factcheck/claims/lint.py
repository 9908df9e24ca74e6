"""Checks of a valid claim file that the schema cannot make: terms that can never match or never narrow.

A scope term is matched like a name (contract §6): after normalization it
must still hold a word, and a term that names the same thing twice, or a
``none`` term that is also required, leaves every source out.  A mention
claim's names too must hold a word; a name both in ``any`` and ``not``
would support and contradict at once: a run refuses such a file, as
``factcheck lint`` does; so must every claim's ``about`` words and a quantity, date or mention claim's ``near``
words.
Lint also advises against an ``about`` word
inside a rival (``قاعدة`` in ``قاعدة أندروز``): it is beside every mention
of it, so the rival counts wherever it is named, whatever the article says
it is for; and against two quantity (or date) claims of different values
that count the same ``about`` words with nothing to tell them apart (no
``near``, or the same): an article reporting both instances of the event
(two attacks, 41 and 10 wounded) contradicts each with the other's figure;
and against a one-word name that normalizes to a particle («علي» is «على»).
A run goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claims.load import ClaimProblem, LoadedClaims
from factcheck.claims.model import DateClaim, MentionClaim, QuantityClaim, Scope, default_anchors
from factcheck.text.morphology import tokenize
from factcheck.text.normalize import normalize_query

__all__ = ["claim_advice", "claim_problems", "comment_advice", "scope_problems"]


def _terms(scope: Scope, key: str) -> list[list[str]]:
    return [[t] if isinstance(t, str) else list(t) for t in getattr(scope, key)]


_NO_WORD = "holds no word to match after normalization; write the word as it appears in the news"


def _check(scope: Scope, loaded: LoadedClaims, at: tuple[str | int, ...], where: str) -> list[ClaimProblem]:
    problems: list[ClaimProblem] = []
    required: set[str] = set()
    for key in ("all", "any", "none"):
        for i, alternatives in enumerate(_terms(scope, key)):
            line = loaded.line_of((*at, key, i))
            for word in alternatives:
                norm = normalize_query(word)
                if not tokenize(norm):
                    problems.append(ClaimProblem(loaded.path, line, f"{where}.{key}[{i}]", f"{word!r} {_NO_WORD}"))
                if key == "all" and len(alternatives) == 1:
                    required.add(norm)
                if key == "none" and norm in required:
                    problems.append(ClaimProblem(loaded.path, line, f"{where}.none[{i}]", (
                        f"{word!r} is also required by {where}.all, so no source can be in scope; remove one of them")))
    return problems


def _mentions(loaded: LoadedClaims) -> Iterator[tuple[int, MentionClaim]]:
    return ((index, claim) for index, claim in enumerate(loaded.claims) if isinstance(claim, MentionClaim))


def claim_problems(loaded: LoadedClaims) -> list[ClaimProblem]:
    """Problems of the mention claims' names that a run refuses too (see the module's doc)."""
    problems: list[ClaimProblem] = []
    for index, claim in _mentions(loaded):
        where = f"claims[{index}]"
        words = {key: [tuple(tokenize(normalize_query(term))) for term in terms]
                 for key, terms in (("any", claim.any), ("not", claim.not_))}
        for key, terms in (("any", claim.any), ("not", claim.not_)):
            # the names as read, $aliases spelled out: their places in the file are the key's, not an item's
            line = loaded.line_of(("claims", index, key))
            for j, term in enumerate(terms):
                if not words[key][j]:
                    problems.append(ClaimProblem(loaded.path, line, f"{where}.{key}", f"{term!r} {_NO_WORD}"))
                elif key == "not" and words[key][j] in words["any"]:
                    problems.append(ClaimProblem(loaded.path, line, f"{where}.not", (
                        f"{term!r} is also in any: a source naming it would support and contradict the claim; "
                        "remove it from one of them")))
    # an about or near word that is no word: no sentence would ever name it (a figure, a date or a rival there)
    scope = loaded.file.scope if loaded.file is not None else None
    for index, any_claim in enumerate(loaded.claims):
        keys: tuple[str, ...] = ("about", "near") if isinstance(any_claim, (QuantityClaim, DateClaim, MentionClaim)) else ()
        keys += ("anchors",) if isinstance(any_claim, (MentionClaim, QuantityClaim, DateClaim)) \
            and any_claim.anchors != default_anchors(scope, any_claim.scope) else ()
        for key in keys:
            problems.extend(ClaimProblem(loaded.path, loaded.line_of(("claims", index, key)), f"claims[{index}].{key}",
                                         f"{term!r} {_NO_WORD}")
                            for term in getattr(any_claim, key) if not tokenize(normalize_query(term)))
    return problems


_LIST_KEYS = (("any", "any"), ("not_", "not"), ("about", "about"), ("near", "near"), ("anchors", "anchors"))


def _arabic_commas(loaded: LoadedClaims) -> list[ClaimProblem]:
    """``any: [لوجنيكي، لوجينيكي]`` is one name of two words: YAML separates items by ``,`` only."""
    problems: list[ClaimProblem] = []
    for index, claim in enumerate(loaded.claims):
        for attribute, key in _LIST_KEYS:
            for j, term in enumerate(getattr(claim, attribute, None) or ()):
                words = [part.strip() for part in term.split("،") if part.strip()]
                if len(words) > 1:
                    parts = ", ".join(words)
                    problems.append(ClaimProblem(
                        loaded.path, loaded.line_of(("claims", index, key, j)), f"claims[{index}].{key}[{j}]", (
                            f"{term!r} holds the Arabic comma '،', so it is one term of several words; "
                            f"to list them apart, separate them with ',': [{parts}]")))
    return problems


_BLOCK_START = re.compile(r"(:|^\s*-)\s+[|>][-+0-9]*\s*(#.*)?$")
_ITEM_BLOCK = re.compile(r"^\s*-\s+[|>]")


def comment_advice(text: str, path: str) -> list[ClaimProblem]:
    """A ``#`` written against a word after a space (``انتشر وسم #مصر_تنتخب``) starts a YAML comment: the
    rest of the value is silently dropped.  A comment written as comments are (``# ...``) is left alone."""
    problems: list[ClaimProblem] = []
    block: int | None = None  # the indentation of the key whose block scalar (| or >) the lines hold
    for number, line in enumerate(text.splitlines(), start=1):
        indent = len(line) - len(line.lstrip(" -"))  # a key's column, after the '- ' of a list item
        if block is not None and (not line.strip() or indent > block):
            continue  # a block scalar's text: a '#' there is text
        block = None if not _BLOCK_START.search(line) else (  # a list item's block: deeper than its dash
            len(line) - len(line.lstrip()) if _ITEM_BLOCK.match(line) else indent)
        quote = ""
        for i, c in enumerate(line):
            if quote:
                quote = "" if c == quote else quote
            elif c in "'\"" and (i == 0 or line[i - 1] in " :[{,-"):
                quote = c
            elif c == "#" and (i == 0 or line[i - 1] in " \t"):
                rest = line[i + 1:]
                if line[:i].strip() and rest[:1] not in ("", " ", "\t", "#"):
                    problems.append(ClaimProblem(path, number, "", (
                        f"'#{rest.split()[0]}' starts a YAML comment: the rest of the line is not part of the value; "
                        "quote the value (\"...\") if the '#' belongs to it")))
                break
    return problems


def _words(terms: list[str]) -> frozenset[str]:
    return frozenset(" ".join(tokenize(normalize_query(term))) for term in terms) - {""}


def _apart(one: QuantityClaim | DateClaim, other: QuantityClaim | DateClaim) -> bool:
    """Whether a figure of one would contradict the other: quantities of one unit whose accepted values do not
    meet, dates of one calendar that differ at the precision both have (2018 does not deny 2018-05-13)."""
    if isinstance(one, QuantityClaim) and isinstance(other, QuantityClaim):
        (low, high), (their_low, their_high) = one.interval(), other.interval()
        return one.unit == other.unit and (high < their_low or their_high < low)
    if isinstance(one, DateClaim) and isinstance(other, DateClaim):
        both = [(a, b) for a, b in zip(one.parts(), other.parts()) if a is not None and b is not None]
        return one.calendar == other.calendar and any(a != b for a, b in both)
    return False


def _same_words(loaded: LoadedClaims) -> list[ClaimProblem]:
    """Two claims of different values on the same about words and no near telling them apart (see the
    module's doc: near on one of them only, or a near word on both, tells nothing apart): located at the later
    claim, which is where the editor just wrote the second instance."""
    problems: list[ClaimProblem] = []
    counted = [(index, claim) for index, claim in enumerate(loaded.claims) if isinstance(claim, (QuantityClaim, DateClaim))]
    for n, (j, later) in enumerate(counted):
        for i, earlier in counted[:n]:
            shared = [term for term in later.about if _words([term]) & _words(earlier.about)]
            # told apart only when each names its own instance: a claim without near reads the other's sentences
            # too, and a near word both give names both instances
            told_apart = earlier.near and later.near and not _words(earlier.near) & _words(later.near)
            if not shared or not _apart(earlier, later) or told_apart:
                continue
            shown = ", ".join(shared[:3]) + (" …" if len(shared) > 3 else "")
            what = "count" if isinstance(later, QuantityClaim) else "date"
            problems.append(ClaimProblem(loaded.path, loaded.line_of(("claims", j)), f"claims[{j}]", (
                f"claims[{i}] and claims[{j}] {what} the same words ({shown}): a {'figure' if what == 'count' else 'date'} "
                "of one contradicts the other wherever an article reports both; give each `near` words that tell "
                "them apart (the place, the target)")))
    return problems


# Particles a one-word name may become after normalization (contract §4: ى → ي, أ إ آ → ا): «علي» is «على», «آلي»
# (Dele Alli, the held-out Croatia–England file) is «إلى».  Such a name is met in nearly every sentence.
_PARTICLES = frozenset({
    "الي", "علي", "في", "من", "عن", "ان", "لا", "ما", "مع", "او", "ثم", "قد", "الا", "اذا", "هو", "هي", "لن", "لم",
})


def _particle_names(loaded: LoadedClaims) -> list[ClaimProblem]:
    """A mention name of one word that normalizes to a particle: it names nothing, it is everywhere."""
    problems: list[ClaimProblem] = []
    for index, claim in _mentions(loaded):
        for key, names in (("any", claim.any), ("not", claim.not_)):
            for j, name in enumerate(names):
                words = tokenize(normalize_query(name))
                if len(words) == 1 and words[0] in _PARTICLES:
                    problems.append(ClaimProblem(
                        loaded.path, loaded.line_of(("claims", index, key, j)), f"claims[{index}].{key}[{j}]", (
                            f"{name!r} normalizes to {words[0]!r}, the particle every article is full of (contract §4: "
                            "ى → ي, أ إ آ → ا); write the name in full (علي عبد الله صالح، ديلي آلي)")))
    return problems


def claim_advice(loaded: LoadedClaims) -> list[ClaimProblem]:
    """What works but not as meant: an ``about`` word inside a rival, a list item holding the Arabic comma, two
    claims counting the same words, a one-word name that is a particle once normalized, a mention claim's ``near``
    with no rival to keep (``factcheck lint`` only; a run goes on)."""
    problems: list[ClaimProblem] = [*_arabic_commas(loaded), *_same_words(loaded), *_particle_names(loaded)]
    for index, claim in _mentions(loaded):
        if claim.near and not claim.not_:  # a name supports wherever it is (contract §1): near is for rivals
            problems.append(ClaimProblem(
                loaded.path, loaded.line_of(("claims", index, "near")), f"claims[{index}].near", (
                    "a mention claim's near keeps its rivals (not) to sentences of the claim's instance, and this "
                    "claim has none: it changes nothing; a name of any supports wherever it is named")))
        rivals = [(rival, set(tokenize(normalize_query(rival)))) for rival in claim.not_]
        for j, about in enumerate(claim.about):
            words = set(tokenize(normalize_query(about)))
            rival = next((name for name, theirs in rivals if words and words <= theirs), None)
            if rival is not None:
                problems.append(ClaimProblem(
                    loaded.path, loaded.line_of(("claims", index, "about", j)), f"claims[{index}].about[{j}]", (
                        f"{about!r} is part of the rival {rival!r}: it stands beside every mention of it, so the "
                        "rival counts wherever it is named; name what the claim is about instead (the event: "
                        "القمة, اللقاء)")))
    return problems


def scope_problems(loaded: LoadedClaims) -> list[ClaimProblem]:
    """Problems of the file's scope and of each claim's; none for a file that did not load."""
    if loaded.file is None:
        return []
    problems: list[ClaimProblem] = []
    if loaded.file.scope is not None:
        problems.extend(_check(loaded.file.scope, loaded, ("scope",), "scope"))
    for index, claim in enumerate(loaded.claims):
        if claim.scope is not None:
            problems.extend(_check(claim.scope, loaded, ("claims", index, "scope"), f"claims[{index}].scope"))
    return problems
