"""Arabic normalization with a map back to the original text (contract §4): what the rest of the package calls.

Every step (:mod:`factcheck.text.steps`) is a small pure function ``text -> Mapped`` that returns the new
text together with, for each new character, the span of the old text it came
from.  Steps compose (:mod:`factcheck.text.mapped`), so a match found in normalized text is always reported
at its offsets in the text as the user wrote it.  Most text is normalized in numpy over the whole text at
once (:mod:`factcheck.text.at_once`), which the steps define.  ``explain`` runs the same
steps and records which one changed what (after ftfy's ``fix_and_explain``),
so editors can see why ``بألاسكا`` became ``بالاسكا``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from factcheck.text.at_once import normalize_at_once, translate
from factcheck.text.mapped import Mapped, NormalizedText, Step
from factcheck.text.steps import SPACE_RUN, STEPS, folded_run

__all__ = [
    "STEPS",
    "Mapped",
    "NormalizedText",
    "Step",
    "explain",
    "normalize",
    "normalize_letters",
    "normalize_query",
    "normalize_text",
]


def normalize(text: str, steps: dict[str, Step] | None = None) -> NormalizedText:
    if steps is None:
        found = normalize_at_once(text)
        if found is not None:
            return found
    mapped = Mapped.identity(text)
    for step in (steps or STEPS).values():
        nxt = step(mapped.text)
        if nxt.text != mapped.text or len(nxt.starts) != len(mapped.starts):
            mapped = mapped.then(nxt)
    return NormalizedText(text, mapped.text, mapped.starts, mapped.ends)


def normalize_text(text: str) -> str:
    """``normalize(text).text`` without the offset map, several times faster.

    Deciding scope and building the index only need the normalized words;
    the map back to the original is built when evidence is located.
    A property test holds the two to the same result.
    """
    return SPACE_RUN.sub(lambda m: folded_run(m.group()), normalize_letters(text))


def normalize_letters(text: str) -> str:
    """``normalize_text`` with whitespace left as written: the same words (none holds whitespace), read
    a fifth faster, for the index's vocabularies, which need the words only."""
    text = translate(text)
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() for c in text)
    return lowered


@lru_cache(maxsize=1 << 14)
def normalize_query(text: str) -> str:
    """Normalize a claim's words; no map needed, and outer spaces dropped.

    Cached: the same few claim strings are normalized against every article.
    """
    return normalize(text).text.strip()


@dataclass(frozen=True, slots=True)
class Change:
    step: str
    before: str
    after: str


def explain(text: str) -> tuple[str, list[Change]]:
    """Normalize and say which step changed what, for ``factcheck explain``."""
    changes: list[Change] = []
    current = text
    for name, step in STEPS.items():
        nxt = step(current).text
        if nxt != current:
            changes.append(Change(name, current, nxt))
            current = nxt
    return current, changes
