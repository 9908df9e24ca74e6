"""What the readers find in one document, read once and shared by every claim.

Kept apart from :class:`~factcheck.document.Document` so that the document
layer imports only ``text/``, and so that the engine owns these reads and can
drop them (with the document) as soon as the document's claims are checked.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import cached_property, wraps
from typing import Protocol, TypeVar
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process

from factcheck.document import Document
from factcheck.index import is_fuzzy, length_range
from factcheck.read.dates import DateMention, find_dates
from factcheck.read.earlier import earlier_report
from factcheck.read.news_dates import resolve_news_dates
from factcheck.read.numbers import NumberSpan, find_numbers
from factcheck.read.quantities import Quantity, amounts, find_quantities
from factcheck.read.stored import AMOUNTS, DATES, NUMBERS, QUANTITIES, Codec
from factcheck.read.tokens import PERCENT, Scanned, Tok
from factcheck.text.morphology import stems

__all__ = ["Analysis", "CloseReadings", "ReadsStore", "per_analysis"]

_Read = TypeVar("_Read")


class CloseReadings(Protocol):
    """The corpus's readings close to a word, when known (``CorpusIndex.close_readings``)."""

    def close_readings(self, word: str, cutoff: float, source: str | None = None) -> frozenset[str] | None: ...

    def close_union(self, words: frozenset[str], cutoff: float, fuzzy_from: int) -> frozenset[str] | None: ...


class ReadsStore(Protocol):
    """Where documents' reads are kept between runs (``cache.VocabularyCache``), as ``read.stored`` encodes them."""

    def get_reads(self, key: str) -> bytes | None: ...

    def put_reads(self, key: str, data: bytes) -> None: ...


class Analysis:
    """A document with its reads: vocabulary, dates, quantities, amounts.

    ``corpus``: the index of a corpus that holds the document, whose word expansions spare
    ``close_keys`` scoring the word against every word of the document.  ``store``: where an earlier run
    kept this document's dates, numbers, quantities and amounts under ``key`` (its text, date and the code's
    version), and where this one keeps those it reads.
    """

    def __init__(self, document: Document, corpus: CloseReadings | None = None, *,
                 store: ReadsStore | None = None, key: str = "") -> None:
        self.document = document
        self.corpus = corpus
        self._store, self._key = (store, key) if key else (None, "")
        self._close: dict[tuple[str, float], list[tuple[str, float]]] = {}
        self._earlier: dict[int, bool] = {}

    @cached_property
    def vocabulary(self) -> dict[str, list[int]]:
        """Every stem reading of every token, to the tokens that carry it (in order; keys in the order first met).

        Read word by word, not token by token: an article says most of its words more than once.
        """
        by_word: dict[str, list[int]] = {}
        for tok in self.document.tokens:
            by_word.setdefault(tok.text, []).append(tok.index)
        vocab: dict[str, list[int]] = {}
        merged: set[str] = set()
        for word, at in by_word.items():
            for s in stems(word):
                held = vocab.get(s)
                if held is None:
                    vocab[s] = at if s == word else list(at)
                else:  # another word reads so too (بالاسكا and الاسكا): its tokens join, in order below
                    held.extend(at)
                    merged.add(s)
        for s in merged:
            vocab[s].sort()
        return vocab

    @cached_property
    def vocabulary_keys(self) -> list[str]:
        """The vocabulary's readings as a list, built once for the fuzzy searches over it."""
        return list(self.vocabulary)

    def close_keys(self, word: str, cutoff: float) -> list[tuple[str, float]]:
        """The vocabulary's readings within ``cutoff`` of ``word`` (rapidfuzz ``ratio``), best first, with their scores.

        Remembered per word: every claim checked against the document asks
        for its words, and the claims of one event share most of them.
        """
        found = self._close.get((word, cutoff))
        if found is None:
            known = self.corpus.close_readings(word, cutoff, self.document.source.id) \
                if self.corpus is not None else None
            if known is None:
                found = [
                    (key, score)
                    for key, score, _ in process.extract(
                        word, self._keys_in_reach(word, cutoff), scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
                    )
                ]
                if cutoff >= 1:  # the lengths were taken in turn: back to the vocabulary's order
                    self._best_first(found)
            else:  # the same keys, scores and order, from the few the whole corpus holds
                vocab = self.vocabulary
                # the smaller side walked: a short word's corpus readings run to thousands, and ``keys() & known``
                # walks a frozenset whatever its size (1.7 of a scoped cold run's 42 s under the profiler)
                held = set(known.intersection(vocab)) if len(known) > len(vocab) else vocab.keys() & known
                if word in vocab:
                    held.add(word)
                found = [(key, fuzz.ratio(word, key)) for key in held]
                self._best_first(found)
            self._close[(word, cutoff)] = found
        return found

    def _best_first(self, found: list[tuple[str, float]]) -> None:
        """``process.extract``'s order over the whole vocabulary: best score first, then the vocabulary's order."""
        if len(found) > 1:
            position = self._key_positions
            found.sort(key=lambda pair: (-pair[1], position[pair[0]]))

    def keys_close_to_any(self, words: frozenset[str], cutoff: float, fuzzy_from: int) -> set[str]:
        """The vocabulary's readings among ``words`` or within ``cutoff`` of one of them that has at least
        ``fuzzy_from`` letters and is not a number: the keys of ``close_keys`` over those words, unscored."""
        union = self.corpus.close_union(words, cutoff, fuzzy_from) if self.corpus is not None else None
        vocab = self.vocabulary
        if union is not None:  # the smaller side walked: a fuzzy word's corpus union may hold thousands
            return set(union.intersection(vocab)) if len(union) > len(vocab) else vocab.keys() & union
        found = {word for word in words if word in vocab}
        for word in words:
            if is_fuzzy(word, fuzzy_from):
                found.update(key for key, _ in self.close_keys(word, cutoff))
        return found

    def _keys_in_reach(self, word: str, cutoff: float) -> list[str]:
        """The vocabulary's readings of a length that may reach ``cutoff`` with the word: rapidfuzz takes in
        every string it is given, and a document scored each claim word against its every word (a tenth of
        an event file's claims read in depth)."""
        if cutoff < 1:
            return self.vocabulary_keys
        by_length = self._keys_by_length
        return [key for length in length_range(len(word), cutoff) for key in by_length.get(length, ())]

    @cached_property
    def _keys_by_length(self) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for key in self.vocabulary:
            found.setdefault(len(key), []).append(key)
        return found

    @cached_property
    def _key_positions(self) -> dict[str, int]:
        return {key: n for n, key in enumerate(self.vocabulary)}

    @cached_property
    def toks(self) -> Sequence[Tok]:
        """The readers' tokens (words, digit groups and ``%``): the document's own, with each ``%`` put in place.

        Scanning the text again for them was a twentieth of reading an article in depth; a property test
        holds these to ``scan``'s."""
        document = self.document
        text, tokens = document.text, document.tokens
        at = text.find(PERCENT)
        if at < 0:
            return tokens  # the document's own list: the readers only read it
        out: list[Tok] = []
        taken = 0
        while at >= 0:
            upto = bisect.bisect_left(document.token_starts, at)
            out.extend(tokens[taken:upto])
            out.append(Scanned(at, at + 1, PERCENT))
            taken = upto
            at = text.find(PERCENT, at + 1)
        out.extend(tokens[taken:])
        return out

    def _kept(self, codec: Codec[_Read], read: Callable[[], _Read]) -> _Read:
        """A read from the store when an earlier run kept it, else read (and kept)."""
        if self._store is None:
            return read()
        key = f"{self._key}/{codec.name}"
        data = self._store.get_reads(key)
        if data is not None:
            try:
                return codec.decode(data)
            except ValueError:
                pass  # damaged: read again, and replaced
        found = read()
        self._store.put_reads(key, codec.encode(found))
        return found

    @cached_property
    def dates(self) -> list[DateMention]:
        """Every dated mention in the text; weekdays and امس/اليوم dated when the publication date is known."""
        return self._kept(DATES, self._read_dates)

    def _read_dates(self) -> list[DateMention]:
        text = self.document.text
        found = find_dates(text, self.toks)
        published = self.document.source.published
        return found if published is None else resolve_news_dates(text, found, published, self.toks)

    def earlier(self, sentence: int) -> bool:
        """Whether the sentence gives its figures as earlier ones (``read.earlier``), read when first asked:
        only a sentence whose figure disagrees with a quantity claim is (every sentence of every article
        read for one was a fortieth of reading ANT in depth)."""
        found = self._earlier.get(sentence)
        if found is None:
            s = self.document.sentences[sentence]
            words = [t.text for t in self.document.tokens[s.first_token:s.last_token]]
            found = self._earlier[sentence] = earlier_report(words)
        return found

    @cached_property
    def numbers(self) -> list[NumberSpan]:
        """Every number the text states, read once for its amounts and its quantities."""
        return self._kept(NUMBERS, lambda: find_numbers(self.document.text, self.toks))

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Every quantity the text states (dates are read first: a year is not a quantity)."""
        return self._kept(QUANTITIES, lambda: find_quantities(
            self.document.text, self.dates, numbers=self.numbers, toks=self.toks))

    @cached_property
    def amounts(self) -> dict[int, float]:
        """Token index → value, for every amount the text states (not dates, clock times, ordinals)."""
        return self._kept(AMOUNTS, self._read_amounts)

    def _read_amounts(self) -> dict[int, float]:
        doc = self.document
        out: dict[int, float] = {}
        for n in amounts(doc.text, self.dates, numbers=self.numbers):
            tok = doc.token_at(n.start)
            while tok is not None and tok.start < n.end:
                out[tok.index] = n.value
                tok = doc.tokens[tok.index + 1] if tok.index + 1 < len(doc.tokens) else None
        return out


def per_analysis(read: Callable[[Analysis], _Read]) -> Callable[[Analysis], _Read]:
    """``read`` remembered for each document read: every claim checked against a document asks the same of it
    (its chronology's entries, its sentences under old headings), and the answer goes with the document."""
    memo: WeakKeyDictionary[Analysis, _Read] = WeakKeyDictionary()

    @wraps(read)
    def remembered(analysis: Analysis) -> _Read:
        if analysis in memo:
            return memo[analysis]
        found = memo[analysis] = read(analysis)
        return found

    return remembered
