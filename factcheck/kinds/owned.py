"""Whose count a number is, read from the words right around it, before any about-mention is asked.

Three shapes of news prose that made a count the wrong claim's (the Surabaya bombings, a held-out event):

* ``مقتل 11 شخصا على الاقل واصابه العشرات``: a number right after a word of harm (killing, wounding,
  arresting), or after the noun that follows it when the number comes after its noun (``مقتل فلسطينيين اثنين``),
  is that word's object.  A claim counting the wounded must not take it from the «اصابه» after
  it, nor a claim counting the dead from a «مقتل» before a «اصابه 40».  The claim's own words are not
  another's, nor any word of the harm it counts: «قتل 13 شخصا», «مصرع 10 اشخاص» stay the dead's for a claim
  that says قتل or القتلى (``_KINDS``).
* ``13 شخصا على الاقل جراء``: a hedge after the counted noun is part of the quantity, so the word after the
  hedge is no counted noun; the noun right after the number is (``counting_tokens``).  When the about-mention
  is that noun (``قتل اثنان من طاقم``: the claim's crew), the count is the claim's, whatever harm came before.
* ``عائله واحده``: «واحد»، «واحده» after their noun are the adjective "one, a single": it says there is one
  family, not that a family has one member.  Such a count may support a claim of 1, never contradict one.

And one shape of the Dahyan school bus strike (a held-out event): ``79 جريحا بينهم 56 طفلا``, ``اصابه 79
اخرين، من بينهم 56 طفلا``: a count after «بينهم»/«منهم» is a part of the group counted right before it, of that
group's harm.  The 56 children are wounded ones: no count of the children killed (``part_of_another``).
"""

from __future__ import annotations

from factcheck.document import Document
from factcheck.kinds.attach import COMMAS, STOPS, in_table, parted
from factcheck.matching import Match
from factcheck.read.hedges import AFTER_WORDS
from factcheck.read.numbers import find_numbers
from factcheck.text.normalize import normalize_query

__all__ = ["HARMED", "HARMS", "another_harm", "counted_by_another", "counting_tokens", "harmed_after", "names_the_count",
           "one_after_noun", "others_of_another_harm", "own_harm", "part_of_another"]

# Words of harm whose object is a count of people, by kind: the dead, the wounded, the held ... (normalized;
# clitics are read by in_table: ومقتل، باصابه).  With each kind, the words by which a claim says it counts that
# kind (its nouns and verbs): a claim of the dead that says «قتل» or «القتلى» owns «مصرع 10 اشخاص» as «مقتل».
_KINDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"مقتل", "قتل", "قتلت", "قتلوا", "قتلا", "وفاه", "مصرع"}),
     frozenset({"قتيل", "قتيلا", "قتلي", "قتيلين", "قتيلان", "حتفهم", "حتفه", "مصرعهم", "مصرعه", "توفي", "قضوا",
                "قضي", "بحياه", "موتي"})),
    (frozenset({"اصابه", "اصيب", "اصيبت", "اصيبوا", "جرح", "جرحت", "جرحوا"}),
     frozenset({"جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين", "مصابون", "جروح", "بجروح", "اصابات"})),
    (frozenset({"اعتقال", "اعتقل", "اعتقلت"}), frozenset({"معتقل", "معتقلين", "توقيف", "اوقف", "اوقفت"})),
    (frozenset({"اختطاف", "خطف"}), frozenset({"مختطف", "مختطفين", "مخطوف", "مخطوفين"})),
    (frozenset({"اسر"}), frozenset({"اسري", "اسير"})),
    (frozenset({"اجلاء"}), frozenset()),
    (frozenset({"انقاذ"}), frozenset({"ناج", "ناجين", "نجا", "نجوا"})),
)
HARMS = frozenset().union(*(harms for harms, _ in _KINDS))
HARMED = frozenset().union(*(says for _, says in _KINDS))  # the nouns of those a harm befell: «القتلى»، «الجرحى»
_ONE = frozenset({"واحد", "واحده", "واحدا"})
# Numbers written after their noun («فلسطينيين اثنين»، «شخص واحد»): a word of harm is then before the noun.
_AFTER_NOUN = _ONE | frozenset({"اثنان", "اثنين", "اثنتان", "اثنتين"})
_STOPS = COMMAS + STOPS


def _joined(document: Document, a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` (b right after a) are in one sentence with no stop or comma between them."""
    return document.tokens[a].sentence == document.tokens[b].sentence and not parted(document, a, b, _STOPS)


def another_harm(word: str, own: frozenset[str], *, nouns: bool = False) -> bool:
    """``word`` is a word of harm (its verb; with ``nouns``, its people's noun too: «القتلى»، «الجرحى») of a kind the
    claim's words (``own``) do not count (``_KINDS``)."""
    kinds = [harms | says for harms, says in _KINDS if in_table(word, harms | says if nouns else harms)]
    return bool(kinds) and not in_table(word, own) and not any(own & kind for kind in kinds)


def own_harm(word: str, own: frozenset[str]) -> bool:
    """``word`` is a word of harm (its verb or its people's noun) of a kind the claim's words (``own``) count:
    «واصيب 13 اخرون» gives the wounded for a claim of the wounded, whoever else was named before them."""
    return in_table(word, HARMS | HARMED) and not another_harm(word, own, nouns=True)


def others_of_another_harm(document: Document, before: int, own: frozenset[str]) -> bool:
    """A word of a harm the claim does not count stands before token ``before`` in its sentence: «آخرون» after it are
    others than those («قتل شخصان كما أصيب 13 آخرون»: the wounded, other than the dead), not more of the claim's
    («قتل عشرة جنود، كما قتل 5 آخرون»: five more dead)."""
    tokens = document.tokens
    sentence = tokens[before].sentence
    return any(another_harm(tokens[k].text, own, nouns=True)
               for k in range(document.sentences[sentence].first_token, before))


def counting_tokens(document: Document, tokens: tuple[int, int]) -> tuple[int, int]:
    """An item's tokens without a hedge after it and the noun before that hedge (``13 شخصا علي الاقل`` →
    ``13``), so that what it counts is read right after its number, as for an item with no such hedge."""
    first, last = tokens
    words = [t.text for t in document.tokens[first:last + 1]]
    for hedge in AFTER_WORDS:
        n = len(hedge)
        if len(words) > n and tuple(words[-n:]) == hedge:
            last -= n
            if last > first and not find_numbers(document.tokens[last].text):
                last -= 1  # the counted noun the hedge followed
            return first, last
    return tokens


def counted_by_another(document: Document, tokens: tuple[int, int], own: frozenset[str]) -> bool:
    """The word right before the item is a word of harm of a kind the claim does not count (``_KINDS``): the
    count is its object.  A claim that counts the dead («قتل»، «القتلى») owns every word of killing («مصرع»،
    «وفاه»، «قتلت»), whichever of them it says."""
    k = tokens[0] - 1
    if k < 0 or not _joined(document, k, tokens[0]):
        return False
    word = document.tokens[k].text
    if document.tokens[tokens[0]].text in _AFTER_NOUN and k > 0 and _joined(document, k - 1, k) \
            and not find_numbers(word) and not in_table(word, HARMS):
        word = document.tokens[k - 1].text  # «مقتل فلسطينيين اثنين»: the number after its noun, the harm before
    if word == _TO and k > 0 and _joined(document, k - 1, k):
        return another_harm(document.tokens[k - 1].text, own, nouns=True)  # «ارتفع عدد القتلى إلى 58 والجرحى إلى 2771»
    return another_harm(word, own)


_TO = "الي"
# «بينهم 56 طفلا»، «من بينهم»، «منهم»: what follows is a part of the group counted before.
_AMONG_THEM = frozenset({"بينهم", "منهم", "بينهن", "منهن"})


def part_of_another(document: Document, tokens: tuple[int, int], own: frozenset[str]) -> bool:
    """The item follows «بينهم» (or «من بينهم»، «منهم»), and the group counted right before names a harm the
    claim does not count: ``79 جريحا بينهم 56 طفلا`` (the group's noun), ``79 جرحوا بينهم`` (its verb),
    ``اصابه 79 اخرين، من بينهم`` (the harm before the group's number).  The item counts part of that harm's group:
    the 56 children are wounded ones, no count of the children killed."""
    k = tokens[0] - 1
    if k < 1 or not _joined(document, k, tokens[0]) or document.tokens[k].text not in _AMONG_THEM:
        return False
    k -= 1
    if document.tokens[k].text == "من" and _joined(document, k, k + 1):
        k -= 1  # «من بينهم»
    # the group: «79 جريحا» or «اصابه 79 اخرين» right before (a comma may part it from «بينهم»)
    group = [document.tokens[j].text for j in range(max(0, k - 2), k + 1)
             if document.tokens[j].sentence == document.tokens[k + 1].sentence]
    if len(group) < 2:
        return False
    noun, number = group[-1], group[-2]
    if find_numbers(number) and another_harm(noun, own, nouns=True):
        return True  # «79 جريحا بينهم»، «79 جرحوا بينهم»
    return len(group) == 3 and bool(find_numbers(number)) and another_harm(group[0], own, nouns=True)


def harmed_after(document: Document, tokens: tuple[int, int], own: frozenset[str]) -> bool:
    """A verb of a harm the claim does not count follows the item and its noun («16 شخصا علي الاقل اصيبوا
    بجروح»، «عشره اشخاص قتلوا»): the count is of those it befell, another harm's (a claim of the dead, of the
    wounded)."""
    j = tokens[1] + 1
    if j < len(document.tokens) and _joined(document, tokens[1], j) and not find_numbers(document.tokens[j].text) \
            and not in_table(document.tokens[j].text, HARMS) and tokens[0] == tokens[1]:
        j += 1  # the counted noun after the number
    if j >= len(document.tokens) or not _joined(document, j - 1, j):
        return False
    word = document.tokens[j].text
    if word[:1] in ("و", "ف"):
        return False  # «مقتل 11 شخصا واصابه …»: another phrase (counted_by_another reads it)
    return another_harm(word, own)


# Nouns of persons, of no harm and no group: what a count of the dead and one of the wounded alike count.
_PERSONS = frozenset({"شخص", "اشخاص", "شخصا", "شخصان", "شخصين"})


def _counts_a_harm(own: frozenset[str]) -> bool:
    """The claim's words name a harm it counts (``_KINDS``)."""
    return any(in_table(word, harms | says) for word in own for harms, says in _KINDS)


def names_the_count(document: Document, tokens: tuple[int, int], match: Match, own: frozenset[str]) -> bool:
    """The about-mention is what the item counts: the noun right after its number, or the group of a
    partitive (``قتل اثنان من طاقم``: the claim's crew, whoever killed them).  Not a noun of persons
    (``_PERSONS``) when the claim (``own``) names the harm it counts: «واصيب 48 شخصا» counts persons wounded, no
    persons killed; the harm before tells whose count it is."""
    if in_table(document.tokens[match.first_token].text, _PERSONS) and match.last_token - match.first_token == 1 \
            and _counts_a_harm(own):
        return False
    k = tokens[1] + 1
    if match.first_token == k:
        # «مقتل 12 واصابه 31»: a mention joined by «و» begins another phrase, it is no noun the 12 count
        conjunction = document.tokens[k].text[:1]
        return conjunction not in ("و", "ف") or normalize_query(match.query).startswith(conjunction)
    return k < len(document.tokens) and document.tokens[k].text == "من" and match.first_token in (k + 1, k + 2)


def one_after_noun(document: Document, tokens: tuple[int, int], people: frozenset[str] = frozenset()) -> bool:
    """The item is «واحد»/«واحده» right after a word that is no number: the adjective "a single".  Not after a
    noun of ``people`` (the persons a claim counting people counts): «قتل شخص واحد»، «سقوط قتيل واحد» is a count
    of one, as «قتل 13 شخصا» is of thirteen."""
    first, last = tokens
    if first != last or document.tokens[first].text not in _ONE or first == 0:
        return False
    before = document.tokens[first - 1].text
    return _joined(document, first - 1, first) and not find_numbers(before) and not in_table(before, HARMS) \
        and not in_table(before, people)
