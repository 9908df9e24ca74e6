"""A mention claim's ``anchors`` (kinds/near.py ``anchored_sentences``): a rival counts only beside the event's words.

A preview of a World Cup day names three matches and their stadiums (FR-internationalNews-1825-20180615: Portugal–
Spain in Sochi, Morocco–Iran «على ملعب سان بطرسبرغ»); the held-out Portugal–Spain file's venue claim was contradicted
by the other match's stadium.  By default the anchors are the claim file's scope words."""

from __future__ import annotations

from factcheck.analysis import Analysis
from factcheck.cache import claim_key
from factcheck.claims.load import parse_claims
from factcheck.claims.model import Claim, MentionClaim, QuantityClaim
from factcheck.kinds import check
from factcheck.kinds.evidence import Notes
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of, claims_of

FILE = """\
version: 1
scope:
  all: [[البرتغال, البرتغالي], [إسبانيا, الإسباني]]
  any: [رونالدو]
claims:
  - id: venue-sochi
    says: أقيمت المباراة على ملعب فيشت في سوتشي
    kind: mention
    any: [سوتشي]
    not: [سان بطرسبرغ, كالينينغراد]
    about: [ملعب]
  - id: penalty-minute
    says: سجل رونالدو ركلة الجزاء في الدقيقة 4
    kind: quantity
    about: [ركلة جزاء]
    value: 4
    unit: minute
"""

PREVIEW = ("وتلتقي البرتغال مع إسبانيا في سوتشي مساء الجمعة. ويأمل المنتخب المغربي في الإطاحة بإيران في مباراته الأولى. "
           "وتجري المباراة على ملعب سان بطرسبرغ المذهل عند الساعة الخامسة.")


def _claims(text: str = FILE) -> list[Claim]:
    return claims_of(text)


def test_a_mention_claim_takes_its_scopes_words_as_anchors() -> None:
    venue, minute = _claims()
    assert isinstance(venue, MentionClaim) and venue.anchors == ["البرتغال", "البرتغالي", "إسبانيا", "الإسباني", "رونالدو"]
    assert isinstance(minute, QuantityClaim) and minute.anchors == venue.anchors  # a figure's sides too (kinds.pairings)
    own = FILE.replace("    about: [ملعب]\n", "    about: [ملعب]\n    scope:\n      any: [فيشت]\n", 1)
    assert _claims(own)[0].anchors[-1] == "فيشت"  # type: ignore[union-attr]  # a claim's own scope's words too
    given = FILE.replace("    about: [ملعب]\n", "    about: [ملعب]\n    anchors: []\n", 1)
    assert _claims(given)[0].anchors == []  # type: ignore[union-attr]  # none: every rival counts, as before
    assert _claims(FILE.replace("scope:\n  all: [[البرتغال, البرتغالي], [إسبانيا, الإسباني]]\n  any: [رونالدو]\n",
                                ""))[0].anchors == []  # type: ignore[union-attr]


def test_a_rival_far_from_the_events_words_is_another_events() -> None:
    venue = _claims()[0]
    assert check(venue, analysis_of(PREVIEW)).verdict is Verdict.SUPPORTED  # Sochi named; Saint Petersburg set aside
    other = PREVIEW.replace("في سوتشي", "")
    assert check(venue, analysis_of(other)).verdict is Verdict.NOT_MENTIONED
    unanchored = _claims(FILE.replace("    about: [ملعب]\n", "    about: [ملعب]\n    anchors: []\n", 1))[0]
    assert check(unanchored, analysis_of(other)).verdict is Verdict.CONTRADICTED  # as before anchors


def test_a_rival_right_after_a_sentence_of_the_event_still_denies() -> None:
    venue = _claims()[0]
    text = "وتلتقي البرتغال مع إسبانيا مساء الجمعة. وتجري المباراة على ملعب سان بطرسبرغ."
    assert check(venue, analysis_of(text)).verdict is Verdict.CONTRADICTED
    text = "وتجري مباراة البرتغال وإسبانيا على ملعب سان بطرسبرغ."
    assert check(venue, analysis_of(text)).verdict is Verdict.CONTRADICTED


def test_a_claim_is_cached_by_its_anchors() -> None:
    venue = _claims()[0]
    narrower = _claims(FILE.replace("  any: [رونالدو]\n", ""))[0]
    assert claim_key(venue) != claim_key(narrower)  # the scope's words decide its findings now
    assert claim_key(venue) == claim_key(_claims()[0])


def test_anchors_are_checked_like_the_other_word_lists() -> None:
    from factcheck.claims.lint import claim_advice, claim_problems

    given = FILE.replace("    about: [ملعب]\n", '    about: [ملعب]\n    anchors: ["...", البرتغال]\n', 1)
    assert [str(p) for p in claim_problems(parse_claims(given, "c.yaml"))] == [
        "c.yaml:12: claims[0].anchors: '...' holds no word to match after normalization; write the word as it "
        "appears in the news"]
    comma = FILE.replace("    about: [ملعب]\n", "    about: [ملعب]\n    anchors: [البرتغال، إسبانيا]\n", 1)
    assert [str(p) for p in claim_advice(parse_claims(comma, "c.yaml"))] == [
        "c.yaml:12: claims[0].anchors[0]: 'البرتغال، إسبانيا' holds the Arabic comma '،', so it is one term of several "
        "words; to list them apart, separate them with ',': [البرتغال, إسبانيا]"]
    assert claim_problems(parse_claims(FILE, "c.yaml")) == []  # the scope's words, taken by default


def test_explain_says_why_a_rival_far_from_the_event_was_set_aside() -> None:
    from factcheck.kinds.mention import check as check_mention

    venue = _claims()[0]
    assert isinstance(venue, MentionClaim)
    notes: Notes = {}
    check_mention(venue, analysis_of(PREVIEW), notes=notes)
    assert list(notes.values()) == [
        "not counted: neither its sentence nor the one before names the event (anchors: the scope's words)"]


def test_a_documents_reader_finds_the_anchors_close_words_expanded_over_the_corpus() -> None:
    """The words a document is asked for (``Analysis.close_keys``) are expanded over the corpus beforehand
    (``readers_expansions``): an anchor the checker looks for among them, or every document read scores it
    against its every word."""
    from factcheck.kinds.requirements import readers_expansions

    venue = _claims()[0]
    asked: list[tuple[str, float]] = []

    class Asked(Analysis):
        def close_keys(self, word: str, cutoff: float) -> list[tuple[str, float]]:
            asked.append((word, cutoff))
            return super().close_keys(word, cutoff)

    plain = analysis_of(PREVIEW)
    check(venue, Asked(plain.document))
    expanded = {(word, cutoff) for word, cutoff, _, _ in readers_expansions(venue)}
    assert ("البرتغال", venue.threshold) in asked  # an anchor, asked of the document
    assert {pair for pair in asked if len(pair[0]) >= 4} <= expanded
