"""Is a fuzzy look-alike a spelling variant of a name, or a different word?

Contract §4: a fuzzy match takes spelling variants of a name (``ترمب`` for
``ترامب``), never a different word (``السيسي`` does not name ``السياسي``,
``ألاسكا`` not ``الأوسكار``), whatever the threshold.  A fuzzy score cannot tell
the two apart, so :func:`is_variant` decides, for a query word and a document
word (both normalized, the document word read without its proclitics) that a
scorer found close:

1. **Endings.**  Arabic makes new words with suffixes (nisba ``ي``, feminine
   ``ة``, plurals ``ون ين ات``): a word that extends the other
   (``الاجتماع``/``الاجتماعي``, ``ألاسكا``/``الإسكان``, ``روبيو``/``روبي``), or that ends
   in another ending letter (``أوكرانيا``/``الأوكرانية``), is another word.
2. **Shape.**  Transliterated names vary in their vowel letters (ا و ي):
   ``ترمب``/``ترامب``, ``ماكرن``/``ماكرون``, and keep their first letter.  Beyond
   those, a long name may carry one typo, a consonant swapped for another or
   two neighbours exchanged.  Any other consonant added or dropped makes
   another word (``الجمعة``/``المجموعة``, ``الشركة``/``المشاركة``,
   ``ألاسكا``/``الأوسكار``), and so does a letter in front (``أراضي``/``راضي``).
3. **Dictionary.**  A document word that the dictionary knows (the offline
   ``qalsadi`` analyser and its ``arramooz`` dictionary) is a word of its own
   unless the main (most frequent) lemma of one is a lemma of the other:
   ``السياسي`` (lemma سياسي) is not the name ``السيسي`` (no lemma), ``الجامعة``
   (جامعة) is not ``الجمعة`` (جمع، جمعة); ``ماكرن`` and ``ماكرون`` share the lemma ماكر
   and stay variants.  A proper noun of the dictionary (نتانياهو) is a name.

Without ``qalsadi`` the third test is skipped (a ``RuntimeWarning`` says so once):
vowel-letter look-alikes that are real words (``السياسي``) then match.
"""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from factcheck.text.normalize import normalize_query

__all__ = [
    "ENDING_LETTERS", "LONG_NAME", "VOWEL_LETTERS", "Entry", "accusative_form", "dual_only", "entry", "has_lexicon", "is_variant",
    "lemmas", "may_be_variant", "word_class",
]

# Letters that spell vowels in transliterated names; adding or dropping one
# keeps the name (ترمب ترامب, ماكرن ماكرون).  Latin vowels likewise for Latin aliases.
VOWEL_LETTERS = frozenset("اويaeiouy")

# Letters an Arabic ending is made of (ة is ه after normalization): two words
# that end differently in one of these are two forms, not two spellings.
ENDING_LETTERS = frozenset("اهيونت")

# A query of this many letters or more may carry one consonant typo
# (substitution or transposition): in a shorter word one consonant makes another word.
LONG_NAME = 7

_NO_LEXICON = (
    "factcheck: the 'qalsadi' package is not importable; fuzzy name matching falls back "
    "to spelling shape only, so a real word that differs from a name by vowel letters "
    "(السياسي for السيسي) may be taken for it. Install it: pip install qalsadi"
)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    """The qalsadi analyser, built once on first use; None when qalsadi is missing."""
    try:
        from qalsadi.analex import Analex  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        warnings.warn(_NO_LEXICON, RuntimeWarning, stacklevel=3)
        return None
    analyzer = Analex(allow_disambiguation=False)
    for stemmer, names in (("nounstemmer", ("noun_dictionary", "custom_noun_dictionary")),
                           ("verbstemmer", ("verb_dictionary", "custom_verb_dictionary"))):
        for name in names:
            _compile_once(getattr(getattr(analyzer, stemmer, None), name, None))
    _frequencies_by_type(analyzer)
    return analyzer


def _frequencies_by_type(analyzer: Any) -> None:
    """Give qalsadi's analyser a word-frequency cache keyed by the word and its type.

    Its own keeps a word's frequency under the word alone, whichever type (noun, verb) asked first, so a
    word's class depended on the words analysed before it in the process: «ولهذا» was a noun alone, a verb
    after «هذا» and «لهذا», and a verdict could change with the order articles were read in, their split
    over workers or what an earlier run had kept.  Only an analyser with arramooz's frequency dictionary
    is given it.
    """
    frequencies: Any = getattr(analyzer, "wordfreq", None)
    if not callable(getattr(frequencies, "get_freq", None)) or not callable(getattr(analyzer, "get_freq", None)):
        return
    known: dict[tuple[str, str], Any] = {}

    def get_freq(word: str, wordtype: str) -> Any:
        key = (word, wordtype)
        if key not in known:
            known[key] = frequencies.get_freq(word, wordtype)
        return known[key]

    analyzer.get_freq = get_freq


# Look-ups whose rows a dictionary keeps: only forms some row holds are kept, so at most the dictionary
# itself (every noun's rows, some 45 MB) in a process that met all of them; a corpus meets far fewer.
_ROWS_KEPT = 1 << 16


def _compile_once(dictionary: Any) -> None:
    """Give one of arramooz's dictionaries look-ups whose queries SQLite compiles once.

    arramooz writes the word into the text of its query, so each new word is a new statement to
    compile, about twice the cost of the look-up itself (some 15 look-ups a word analysed; 9 of the 65 s
    of a cold 3,000-article run in one process under the profiler; then 2.5 of 43 s for qalsadi's
    custom dictionary, arramooz's class under another name).  The same queries with the word as a
    parameter return the same rows (a test holds them to arramooz's own); only a dictionary of
    arramooz's class, or of a subclass that keeps its look-ups, not given them yet, is given them.
    """
    try:
        from arramooz.arabicdictionary import ArabicDictionary  # type: ignore[import-untyped, import-not-found, unused-ignore]
        from pyarabic.araby import normalize_hamza  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return
    kind = type(dictionary)
    if not isinstance(dictionary, ArabicDictionary) or "lookup" in vars(dictionary) \
            or any(getattr(kind, name) is not getattr(ArabicDictionary, name) for name in ("lookup", "lookup_by_stamp")) \
            or not isinstance(getattr(dictionary, "table_name", None), str) or not hasattr(dictionary, "cursor"):
        return
    table = dictionary.table_name
    held: dict[str, frozenset[str] | None] = {}
    found: dict[tuple[str, str], list[Any]] = {}  # rows met before (a word's forms share stems), copied out

    def rows(column: str, value: str) -> list[Any]:
        if column not in held:
            held[column] = _column_values(dictionary, table, column)
        known = held[column]
        if known is not None and value not in known:
            return []  # no row holds it: no query
        if (column, value) in found:
            return list(found[(column, value)])
        try:
            dictionary.cursor.execute(f"select * FROM {table} WHERE {column}=?", (value,))
        except (AttributeError, sqlite3.OperationalError):
            return []  # as arramooz's look-ups
        out = list(dictionary.cursor)
        if len(found) >= _ROWS_KEPT:
            found.clear()
        found[(column, value)] = out
        return list(out)

    def lookup(normalized: str) -> list[Any]:
        return rows("normalized", normalize_hamza(normalized))

    def lookup_by_stamp(word: str) -> list[Any]:
        return rows("stamped", dictionary.word_stamp(word))

    dictionary.lookup = lookup
    dictionary.lookup_by_stamp = lookup_by_stamp


def _column_values(dictionary: Any, table: str, column: str) -> frozenset[str] | None:
    """Every value of a dictionary's look-up column, read once (30,000 nouns in 60 ms); None when it cannot be read.

    Nine look-ups in ten ask for a form no row holds (a word is tried with every split of its clitics,
    some 70 look-ups a word): a set answers those without SQLite, about a third of a word's analysis.
    A column's text values are all a query by text can meet (SQLite compares a text column's values as
    the strings they are).
    """
    try:
        dictionary.cursor.execute(f"select distinct {column} FROM {table}")
        return frozenset(row[0] for row in dictionary.cursor if isinstance(row[0], str))
    except (AttributeError, sqlite3.OperationalError):
        return None


def has_lexicon() -> bool:
    """Whether the dictionary test (qalsadi) is available."""
    return _analyzer() is not None


# One-letter proclitics a hamza may follow (وأضاف، بإمكان).
_PROCLITIC_LETTERS = frozenset("وفبلك")


def _spellings(word: str) -> list[str]:
    """Dictionary spellings a normalized word may stand for (hamza on a first alef, final ة/ى)."""
    heads = [word]
    lead = 1 if word[:1] in _PROCLITIC_LETTERS else 0
    starts = {0, lead, lead + 2 if word[lead:lead + 2] == "ال" else lead}  # ال: the article, or إل/أل
    for at in sorted(starts):
        if len(word) > at + 1 and word[at] == "ا":
            heads += [word[:at] + h + word[at + 1:] for h in "أإآ"]
    out: list[str] = []
    for h in heads:
        out.append(h)
        if h.endswith("ه"):
            out.append(h[:-1] + "ة")
        elif h.endswith("ي"):
            out.append(h[:-1] + "ى")
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """What the dictionary says of a word: its most frequent lemma, all its lemmas
    (normalized) and its most frequent class (``noun``, ``verb``, ``particle``).

    A name has no lemma: a word the dictionary does not know, or knows as a
    proper noun (نتانياهو), is a name (class ``name``), matched by spelling.
    """

    main: str
    lemmas: frozenset[str]
    kind: str = "name"

    @property
    def is_word(self) -> bool:
        return bool(self.main)


_NAME = Entry("", frozenset())

# qalsadi's analysis types, by their first field, to word classes.
_CLASSES = {"Noun": "noun", "Verb": "verb", "STOPWORD": "particle"}


class EntryStore(Protocol):
    """Where entries are kept between runs (the corpus cache provides one)."""

    def get_entry(self, word: str) -> Entry | None: ...

    def put_entry(self, word: str, found: Entry) -> None: ...


_stores: list[EntryStore] = []


def use_store(store: EntryStore | None) -> None:
    """Keep dictionary entries in ``store`` from now on (None: in this process only).

    A qalsadi analysis takes milliseconds; a news corpus asks for the same
    few thousand words in every run.
    """
    _stores[:] = [] if store is None else [store]


def entry(word: str) -> Entry | None:
    """The dictionary entry of a normalized word; None when there is no dictionary."""
    if _analyzer() is None:
        return None
    found = _remembered(word)
    if found is None:
        found = _looked_up(word)
        for store in _stores:
            store.put_entry(word, found)
    return found


def _remembered(word: str) -> Entry | None:
    return _memo.get(word) or _from_store(word)


_memo: dict[str, Entry] = {}


def _from_store(word: str) -> Entry | None:
    for store in _stores:
        found = store.get_entry(word)
        if found is not None:
            _memo[word] = found
            return found
    return None


def _looked_up(word: str) -> Entry:
    found = _analyse(word)
    _memo[word] = found
    return found


# qalsadi's analyser and the stemmers it holds, whose caches go before each word (see _forget).
_STEMMERS = ("nounstemmer", "verbstemmer", "unknownstemmer", "stopwordsstemmer")

# qalsadi's caches that are kept across words: each is keyed by all that its values depend on (a verb's class by
# its infinitive, future vowel and transitivity; a conjugation's clitics, tense and pronoun; a noun's affixes), so
# what was analysed before cannot change them.  A tenth to a fifth of a word's analysis (1,500 corpus words alone:
# 10.1 -> 8.2 s; 4,000, the two side by side: 15.7 -> 14.5 s, linear in the words), the same entries.  Not kept: the
# word-frequency cache (keyed by the word alone, whichever type asked), the verb stamps' (keyed by a stamp less its
# ت, filled from the whole stamp) and the rest, unread for this.
_KEPT_CACHES = frozenset({
    ("VerbStemmer", "verbclass_cache"), ("VerbStemmer", "compatibility_cache"),
    ("VerbStemmer", "stripped_words_cache"), ("NounStemmer", "noun_vocalize_cache"),
})


def _forget(analyzer: Any) -> None:
    """Empty qalsadi's own caches: a word's analysis is then the same whatever was analysed before it.

    Some of them are keyed by less than what they answer depends on (a word's frequency by the word
    alone, whichever type asked: see ``_frequencies_by_type``), so a word's class could follow the
    order the articles were read in.  Those whose keys hold all their values depend on stay
    (``_KEPT_CACHES``); this process's own memo and the cache's dictionary table keep each word's entry.
    """
    for owner in (analyzer, *(getattr(analyzer, name, None) for name in _STEMMERS)):
        for name, value in vars(owner).items() if owner is not None else ():
            if "cache" in name and isinstance(value, dict) and (type(owner).__name__, name) not in _KEPT_CACHES:
                value.clear()


def _cases(analyzer: Any, word: str) -> Iterator[Any]:
    """qalsadi's readings of every spelling of ``word``, its own caches emptied first (see ``_forget``)."""
    _forget(analyzer)
    for spelling in _spellings(word):
        try:
            yield from analyzer.check_word(spelling)
        except Exception:  # a dictionary failure must not fail a check
            continue


def _analyse(word: str) -> Entry:
    freq: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for case in _cases(_analyzer(), word):
        if case.type == "unknown" or not case.lemma:
            continue
        if "noun_prop" in case.type:
            return _NAME
        lemma = normalize_query(case.lemma)
        n = int(case.freq or 0)
        freq[lemma] = max(freq.get(lemma, 0), n)
        if n > 0:  # readings the dictionary never saw in use do not make a class
            kind = _CLASSES.get(case.type.split(":")[0], "noun")
            kinds[kind] = max(kinds.get(kind, 0), n)
    if not freq:
        return _NAME
    main = max(sorted(freq), key=lambda k: freq[k])
    kind = max(sorted(kinds), key=lambda k: kinds[k]) if kinds else "noun"
    return Entry(main, frozenset(freq), kind)


@lru_cache(maxsize=4096)
def dual_only(word: str, lemma: str) -> bool | None:
    """Whether the dictionary reads ``word`` (normalized, with its proclitics) as a dual of ``lemma`` and never as a
    plural of it: ``هدفين`` is two goals, ``لاعبين`` and ``مسلمين`` are plurals too; None without a dictionary.

    Only asked of a word spelled as a dual of a count claim's noun (``read.duals``): a few words a claim, cached.
    """
    analyzer = _analyzer()
    if analyzer is None:
        return None
    dual = plural = False
    for case in _cases(analyzer, word):
        tags = getattr(case, "tags", None) or ""
        if not case.lemma or normalize_query(case.lemma) != lemma:
            continue
        dual = dual or "مثنى" in tags
        plural = plural or "جمع" in tags
    return dual and not plural


def lemmas(word: str) -> frozenset[str] | None:
    """Normalized lemmas of a normalized word: empty for a name, None without a dictionary."""
    found = entry(word)
    return None if found is None else found.lemmas


def word_class(word: str) -> str | None:
    """``noun``, ``verb``, ``particle`` or ``name`` (not a dictionary word); None without a dictionary."""
    found = entry(word)
    return None if found is None else found.kind


def _skeleton(word: str) -> str:
    return "".join(c for c in word if c not in VOWEL_LETTERS)


def _one_typo(a: str, b: str) -> bool:
    """Same length, differing by one substitution or one exchange of neighbours."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _accusative_pair(a: str, b: str) -> bool:
    """One word is the other and an alif: the indefinite accusative of a noun (قتيلا of قتيل, the form a
    count of 11 to 99 takes: 39 قتيلا), or another word.  Never after a nisba's ي: سوريا, ليبيا, روسيا are
    countries before they are a Syrian, a Libyan, a Russian (the dictionary reads سوريا as سوري)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and long.endswith("ا") and long.startswith(short) and not short.endswith("ي")


def _accusative_of(noun: str, form: str) -> bool:
    """``form`` (the noun and an alif) is ``noun`` in the accusative, as the dictionary reads it: a noun whose
    main lemma is ``noun`` (قتيلا: قتيل, جريحا: جريح); روسيا (a name) is not روسي, nor الفا (a verb's) الف.  A
    name the dictionary does not know, or knows as a proper noun, is no lemma, so no form has it as its main one;
    but many names are words too (سعيد، حماس), and the dictionary cannot tell «سعيدا» (happy) from them: the
    matcher reads the accusative only as a count's noun, right after a number (``matching``)."""
    found = entry(form)
    return found is not None and found.kind == "noun" and found.main == noun


def accusative_form(noun: str, form: str) -> bool:
    """Whether ``form`` is ``noun`` and the alif of its indefinite accusative (``قتيلا`` of ``قتيل``), as the
    dictionary reads it (both normalized); False without a dictionary."""
    return len(form) > len(noun) and _accusative_pair(noun, form) and _accusative_of(noun, form)


def may_be_variant(query: str, word: str) -> bool:
    """The spelling tests of :func:`is_variant` (1 and 2), without the dictionary: a fuzzy look-alike that
    fails them is never a variant, so the corpus index leaves it out of a name's expansion."""
    if query[0] != word[0]:
        return False  # a name keeps its first letter; a letter before it makes another word (أراضي راضي)
    if _accusative_pair(query, word):
        return True  # قتيل، قتيلا: the dictionary decides (is_variant)
    if word.startswith(query) or query.startswith(word):
        return False  # one extends the other: a suffix makes another word
    if query[-1] != word[-1] and (query[-1] in ENDING_LETTERS or word[-1] in ENDING_LETTERS):
        return False  # different endings: another form
    if query.endswith("يه") != word.endswith("يه"):
        return False  # nisba feminine (الجمعية) against a plain ة (الجمعة)
    sq, sw = _skeleton(query), _skeleton(word)
    if sq == sw:
        return True  # vowel letters only
    return len(query) >= LONG_NAME and _one_typo(sq, sw)


@lru_cache(maxsize=1 << 16)
def is_variant(query: str, word: str) -> bool:
    """Whether ``word`` may be ``query`` spelled differently (both normalized, ``word`` without clitics).

    Equal words are variants; otherwise see the module's three tests.
    """
    if query == word:
        return True
    if not query or not word or any(c.isdigit() for c in query + word):
        return False  # a number that differs is another number
    if not may_be_variant(query, word):
        return False
    if _accusative_pair(query, word):
        return _accusative_of(query, word) if len(word) > len(query) else _accusative_of(word, query)
    found = entry(word)
    if found is None or not found.is_word:
        return True  # a name (or no dictionary): the spelling decides
    own = entry(query)
    # two dictionary words are one when either's main lemma is a lemma of the other
    return own is not None and (found.main in own.lemmas or own.main in found.lemmas)
