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

A verb of meeting (or a match's noun) before two sides is a pairing too, when one of the two is none of the event's:
«وتلاقي كرواتيا إنجلترا في نصف النهائي ... في موسكو», «ويلتقي المنتخب البلجيكي نظيره الفرنسي ... في سان بطرسبرغ»,
«بمباراة فرنسا وأوروغواي على ملعب نيجني نوفغورود».  Two names in a row are two sides only when the first is the
event's («كرواتيا إنجلترا»): «مايك بومبيو» is a first name and a surname, and a comma makes an apposition
(«نظيره الأمريكي، مايك بومبيو»: one side).  Checked on the 181 example files before the twenty-first held-out group
was run: 6 false contradictions fewer (other matches' stadiums and cities in three World Cup files), none lost.

Date and quantity claims ask it too, of a day or figure that differs from the claim's (their ``anchors``, the scope's
words by default): «فاز الأربعاء المنتخب الكرواتي على نظيره الإنكليزي» dates the other semi-final, Salah's «موسما
استثنائيا مع ليفربول، سجل خلاله 41 هدفا» counts his club season's goals.  So that they may, a side said whose it is
stays the event's («على نظيره الإنكليزي ليفربول»), «بين» one side and the claim's own is its own pairing («العمليات
العسكرية بين روسيا وأوكرانيا» of a claim that names Ukraine), and a border («على الحدود مع الدانمارك»), a medium
(«على تويتر») or a partner («بالشراكة مع») is no other side.  Over the 181 files: 6 false contradictions fewer for
dates and 11 for quantities, none lost.

A name is what the dictionary does not know (:func:`factcheck.text.lexicon.word_class`), or a nisba of one
(«الأيسلندي», or «البلجيكي» of «بلجيكا»): without the dictionary nothing is set aside here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from factcheck.analysis import Analysis
from factcheck.document import Document, Token
from factcheck.matching import find_any
from factcheck.read.dates import WEEKDAYS
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


def _a_side(word: str) -> bool:
    """A name, or a nisba of a name ending in «ا» («البلجيكي» of «بلجيكا», which the dictionary takes for a noun)."""
    bare = word[len(_ARTICLE):] if word.startswith(_ARTICLE) else word
    if len(bare) < _SHORTEST:
        return False
    return _a_name(word) or (bare.endswith(_NISBA) and word_class(bare[:-1] + "ا") == "name")


# Verbs of two sides meeting (normalized; after a proclitic «و»/«ف» and the future «س», taken off by _meets).
_MEETING = frozenset({
    "يلتقي", "تلتقي", "يلاقي", "تلاقي", "التقي", "التقت", "لاقي", "لاقت", "يواجه", "تواجه", "يتواجه", "تتواجه",
})
# A match's nouns (after one proclitic): «بمباراة فرنسا وأوروغواي».
_MATCH_NOUNS = frozenset({"مباراه", "مواجهه", "مباراتي"})
_PROCLITICS = "وفبلك"
# Words of when between a verb of meeting and its sides: «ويلتقي الأحد منتخبا فرنسا وكرواتيا».
_WHEN = frozenset(WEEKDAYS) | frozenset({"اليوم", "غدا", "مساء", "ظهر", "عصر", "الليله"})
_SIDES_REACH = 5  # tokens after the verb or noun in which its two sides are named
_SIDE_SPAN = 3  # tokens a side takes at most («جمهورية الكونغو الديمقراطية»)
_APPOSITION = frozenset("،,؛;:.()\"'«»-")  # between two names: the second says who the first is


def _meets(word: str) -> bool:
    """A verb of meeting or a match's noun."""
    if word[:1] in _PROCLITICS and word[1:] in _MATCH_NOUNS:
        return True
    verb = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    verb = verb[1:] if verb[:1] == "س" and verb[1:] in _MEETING else verb
    return verb in _MEETING or word in _MATCH_NOUNS


# Words of a border before «مع»/«بين»: «على الحدود مع الدانمارك» pairs no sides.
_BORDERS = frozenset({"الحدود", "حدود", "حدودها", "حدوده", "الحدوديه", "حدودي"})
_BETWEEN = "بين"
# Names after «على» that are a medium, and words before «مع» that make a partner of a side: no pairing of the event's kind.
_PLATFORMS = frozenset({"تويتر", "فيسبوك", "انستغرام", "انستجرام", "يوتيوب", "تلغرام", "تيليغرام", "واتساب"})
_TOGETHER = frozenset({"بالشراكه", "بالتعاون", "بالتنسيق", "بالاشتراك", "شراكه", "تعاون", "بالتزامن"})


def _other_is_mine(tokens: Sequence[Token], j: int, end: int, mine: set[int]) -> bool:
    """After «بين» and a first side at ``j``: the second side («و» and a word, within a side's few words) is the
    claim's."""
    return any(k in mine and tokens[k].text.startswith("و") for k in range(j + 1, min(end, j + 1 + _SIDE_SPAN)))


def _apart(document: Document, k: int) -> bool:
    """A comma, a quotation mark or a bracket stands between token ``k`` and the one before it."""
    tokens = document.tokens
    return bool(_APPOSITION & set(document.text[tokens[k - 1].end:tokens[k].start]))


def _described(document: Document, j: int, end: int, mine: set[int]) -> bool:
    """The name at ``j`` says whose or what the claim's word right after it is: «نظيره الإنكليزي ليفربول»,
    «المدرب الفرنسي هيرفي رونار» (with no comma between; one side, the event's)."""
    tokens = document.tokens

    def next_to(k: int) -> bool:  # no comma between, nor «و» before: the same noun phrase («فرنسا وكرواتيا» is two)
        return not tokens[k].text.startswith("و") and not _apart(document, k)

    k = j + 1
    while k < end and k not in mine and _a_side(tokens[k].text) and next_to(k):
        k += 1  # «المدرب الفرنسي هيرفي رونار»: the first names before the claim's surname
    # a name of the claim's, not its score («على صربيا 2-صفر»: a score in the scope's words is no side)
    return k < end and k in mine and next_to(k) and not any(c.isdigit() for c in tokens[k].text)


def _two_sides(document: Document, start: int, end: int, mine: set[int]) -> bool:
    """Two sides named from ``start`` (side words and days passed by), one of them none of the claim's (``mine``: its
    words' tokens): «كرواتيا إنجلترا», «فرنسا وأوروغواي», «المنتخب البلجيكي نظيره الفرنسي».  An apposition after a
    comma, or a first name before the claim's surname («مايك بومبيو»), is one side."""
    tokens = document.tokens
    j = start
    while j < end and (tokens[j].text in _SIDE_WORDS or tokens[j].text in _WHEN):
        j += 1
    if j >= end or not (j in mine or _a_side(tokens[j].text)):
        return False
    if j not in mine and _described(document, j, end, mine):
        return False  # «يلتقي نظيره الإنكليزي ليفربول»: the event's own side
    k = j + 1
    while k < end and tokens[k].text in _SIDE_WORDS:
        k += 1
    if k >= end or _apart(document, k):
        return False
    word = tokens[k].text
    # «فرنسا وأوروغواي»; a word the dictionary knows is its own («وزير»), not «و» and a side
    joined = word.startswith("و") and (k in mine or (_a_side(word[1:]) and word_class(word) == "name"))
    if not joined:
        if not (k in mine or _a_side(word)):
            return False
        if k == j + 1 and j not in mine:
            return False  # «مايك بومبيو», «هيرفي رونار»: a person's names in a row, not two sides
    return j not in mine or k not in mine


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
            if _meets(tokens[i].text) and _two_sides(document, i + 1, min(sentence.last_token, i + 1 + _SIDES_REACH),
                                                     mine):
                found.add(s)
                break
            if tokens[i].text not in JOINERS:
                continue
            j = i + 1
            while j < sentence.last_token and tokens[j].text in _SIDE_WORDS:
                j += 1
            if j == sentence.last_token or j in mine:
                continue
            if tokens[j].text in _PLATFORMS or (i > sentence.first_token and tokens[i - 1].text in _TOGETHER):
                continue  # «في تغريدة على تويتر», «بالشراكة مع ساتورب»: a medium, a partner, no other side
            if tokens[i].text == _ON and j + 1 < sentence.last_token and tokens[j + 1].text in _THAT:
                continue  # «على إسرائيل أن تتحمل مسؤولياتها»: what the side must do, no pairing
            if _described(document, j, sentence.last_token, mine):
                continue  # «على نظيره الإنكليزي ليفربول»: the event's own side, said whose it is
            if i > sentence.first_token and tokens[i - 1].text in _BORDERS:
                continue  # «على الحدود مع الدانمارك»: a border, no pairing
            if tokens[i].text == _BETWEEN and _other_is_mine(tokens, j, sentence.last_token, mine):
                continue  # «العمليات العسكرية بين روسيا وأوكرانيا» of a claim that names Ukraine: its own sides
            word = tokens[j].text
            if len(word) - (len(_ARTICLE) if word.startswith(_ARTICLE) else 0) >= _SHORTEST and _a_name(word):
                found.add(s)
                break
    return found
