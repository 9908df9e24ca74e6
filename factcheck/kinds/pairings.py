"""Another pairing: a sentence that reports an event of the claim's kind between other sides.

A match, a summit or talks have two sides, and the reports of one recall the others of its kind: a report of
Belgium–Tunisia closes with «بعد فوز إنكلترا على بنما ... على ملعب نجني نوفغورود», one of France–Uruguay with
«لتواجه الفائز من مباراة المساء بين البرازيل وبلجيكا في مدينة كازان».  The stadium there is the other match's.  Such a
sentence names the event's words too (Tunisia's exit, France's next opponent), so the anchors keep it
(:func:`factcheck.kinds.near.anchored_sentences`); what gives it away is a side that is none of the event's:
«على», «أمام», «ضد», «مع» or «بين» before a name that is none of the claim's anchors nor of its own words.  Only for
a claim with ``about`` words, whose rival stands for an instance of the event (its about word's: «على ملعب»): beside a
claim without them a pairing of other names is as often the event's own setting (the shipped seed 003's summit talks
«بين روسيا وأوكرانيا»).

Made from the eighteenth and nineteenth held-out groups' stadiums and checked on all 177 example files: 22 false
contradictions fewer (16 of them other matches' stadiums and cities, in nine World Cup files), one true one lost (a
foul «على ناتشو» in the sentence of Ramos's goal, a side the claim does not name).  Held out on the twentieth group:
2 false contradictions fewer and 2 true ones lost, both to «على إسرائيل أن تتحمل» (a duty laid on a side, now no
pairing: then 2 fewer, none lost).

A name is what the dictionary does not know (:func:`factcheck.text.lexicon.word_class`), or a nisba of one
(«الأيسلندي»): without the dictionary nothing is set aside here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from factcheck.analysis import Analysis
from factcheck.matching import find_any
from factcheck.text.lexicon import has_lexicon, word_class

__all__ = ["JOINERS", "other_pairings"]

# Words that join one side of a pairing to the other (normalized: على → علي).
JOINERS = frozenset({"علي", "امام", "ضد", "مع", "بين"})
# Words that stand between a joiner and the side it names: «على منتخب الأوروغواي», «على مضيفه الروسي».
_SIDE_WORDS = frozenset({
    "منتخب", "المنتخب", "منتخبي", "منتخبا", "متخب", "فريق", "الفريق", "نظيره", "نظيرها", "مضيفه", "مضيفها", "جاره",
    "جارها",
})
# «على X أن ...» lays a duty on X (the held-out Land Day file's «على إسرائيل أن تتحمل»): no other side.
_ON = "علي"
_THAT = frozenset({"ان", "انه", "انها", "انهم"})
_ARTICLE = "ال"
_NISBA = "ي"
_SHORTEST = 3  # letters of a side's name without the article: shorter words are particles and pronouns


def _a_name(word: str) -> bool:
    if word_class(word) == "name":
        return True
    base = word[len(_ARTICLE):] if word.startswith(_ARTICLE) else ""
    return len(base) > _SHORTEST and base.endswith(_NISBA) and word_class(base[:-1]) == "name"


def other_pairings(analysis: Analysis, sentences: Collection[int], own: Iterable[str], threshold: float) -> set[int]:
    """Which of ``sentences`` report a pairing with a side that none of ``own`` (the claim's anchors and words) names."""
    if not sentences or not has_lexicon():
        return set()
    document = analysis.document
    tokens = document.tokens
    mine = {k for m in find_any(list(own), analysis, score_cutoff=threshold) for k in range(m.first_token, m.last_token)}
    found: set[int] = set()
    for s in sentences:
        sentence = document.sentences[s]
        for i in range(sentence.first_token, sentence.last_token - 1):
            if tokens[i].text not in JOINERS:
                continue
            j = i + 1
            while j < sentence.last_token and tokens[j].text in _SIDE_WORDS:
                j += 1
            if j == sentence.last_token or j in mine:
                continue
            if tokens[i].text == _ON and j + 1 < sentence.last_token and tokens[j + 1].text in _THAT:
                continue  # «على إسرائيل أن تتحمل مسؤولياتها»: what the side must do, no pairing
            word = tokens[j].text
            if len(word) - (len(_ARTICLE) if word.startswith(_ARTICLE) else 0) >= _SHORTEST and _a_name(word):
                found.add(s)
                break
    return found
