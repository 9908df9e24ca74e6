"""Timelines under old date headings (kinds/timelines.py): the sentences found, and found without reading the
dates of an article that has no line a date could fill."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.analysis import Analysis
from factcheck.claims.model import QuantityClaim
from factcheck.corpus.source import Source
from factcheck.document import Document
from factcheck.kinds import timelines
from factcheck.kinds.quantity import check
from factcheck.verdicts import Verdict

PUBLISHED = dt.date(2018, 2, 18)


def _analysis(text: str) -> Analysis:
    return Analysis(Document.from_source(Source("t", "t.txt", text, None, PUBLISHED)))


def _reading_every_date(analysis: Analysis) -> frozenset[int]:
    """What the sentences under old headings are when every article's dates are read."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(timelines, "_may_be_heading", lambda document, sentence: True)
        return frozenset(timelines._under(analysis))


def test_sentences_under_an_old_heading_up_to_the_next_heading() -> None:
    text = ("تحطمت طائرة آسمان في 2018.\n2014\nأغسطس: تحطم طائرة سيباهان.\nومقتل 39 راكبا.\n"
            "فبراير 2018\nوقال المتحدث إن التحقيق جار.")
    assert timelines.under_old_headings(_analysis(text)) == {2, 3}


def test_an_article_without_a_short_line_holding_a_date_word_is_not_read_for_dates() -> None:
    """The saving itself: a mention claim's rivals ask every article they are checked against for its headings,
    and reading its dates cost a third of a scoped run's mention checks."""
    long_line = "وقال المسؤول في عام 2014 إن الطائرة التي تحطمت كانت تابعة لشركة سيباهان وإن عدد الركاب كان كبيرا جدا."
    analysis = _analysis(f"خبر قصير.\n{long_line}")
    assert timelines.under_old_headings(analysis) == frozenset()
    assert "dates" not in analysis.__dict__  # Analysis.dates is a cached_property: never computed
    headed = _analysis(f"خبر قصير.\n2014\n{long_line}")
    assert timelines.under_old_headings(headed) == {2}
    assert "dates" in headed.__dict__


_LINES = st.sampled_from([
    "2014", "2011", "2017", "أغسطس 2014", "15 أغسطس/آب 2014", "الأحد 15 أغسطس 2014", "الثامن والعشرين من مايو عام 1938",
    "الستينيات", "عام 2010", "فبراير", "الأحد", "في 2014", "1441 هـ", "15/08/2014",
    "تحطم طائرة سيباهان ومقتل 39 راكبا.", "وقال المتحدث إن التحقيق جار.", "وفي عام 2014 تحطمت طائرة أخرى بعد إقلاعها من طهران.",
    "قال المسؤول إن الطائرة أقلعت في 15 أغسطس 2014 من مطار مهر آباد في طهران متجهة إلى مدينة طبس في شرق البلاد.",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=8))
def test_skipping_articles_without_a_possible_heading_finds_the_same_sentences(lines: list[str]) -> None:
    """The short cut is exact: an article whose every line is long or holds no word a date with a year has
    gives the sentences reading all its dates gives."""
    text = "\n".join(lines)
    assert frozenset(timelines._under(_analysis(text))) == _reading_every_date(_analysis(text))


CHRONOLOGY = ("وقصفت إسرائيل مواقع إيرانية في سوريا.\n"
              "7 أيلول/سبتمبر: غارات جوية أسفرت عن مقتل اثنين في موقع عسكري في غرب سوريا.\n"
              "ليل 8-9 كانون الثاني/يناير: عدة غارات جوية وإطلاق صواريخ قرب دمشق.\n"
              "29 نيسان/أبريل: مقتل 26 مقاتلا على الأقل.\n"
              "10 أيار/مايو: قصف إسرائيلي واسع.")


def test_the_entries_of_a_chronology_of_other_days_are_other_events() -> None:
    # FR-internationalNews-1172-20180510 (the Israel–Iran strikes file, held out, after its first run): France24's
    # list of the strikes before; the entry of the article's own day may be its event
    found = timelines.earlier_entries(Analysis(Document.from_source(Source("t", "t.txt", CHRONOLOGY, None,
                                                                           dt.date(2018, 5, 10)))))
    assert found == {1, 2, 3}


@pytest.mark.parametrize("text", [
    "7 أيلول/سبتمبر: غارات جوية أسفرت عن مقتل اثنين.",  # one line alone: a dateline, maybe
    "وقال المتحدث: قتل اثنان.\nوقال الوزير: قتل ثلاثة.",  # colons after no date
])
def test_no_chronology(text: str) -> None:
    assert timelines.earlier_entries(_analysis(text)) == frozenset()


def test_a_figure_of_an_earlier_entry_denies_nothing() -> None:
    killed = QuantityClaim(id="golan-strikes-killed-23", says="قتل 23 مقاتلا في الضربات الإسرائيلية", kind="quantity",
                           about=["قتل", "مقتل", "مقاتلا"], value=23, unit="count")
    analysis = Analysis(Document.from_source(Source("t", "t.txt", CHRONOLOGY, None, dt.date(2018, 5, 10))))
    assert check(killed, analysis).verdict is Verdict.NOT_MENTIONED
    # the same line as the article's own news denies
    text = "وقصفت إسرائيل مواقع إيرانية في سوريا، ما أسفر عن مقتل 26 مقاتلا على الأقل."
    assert check(killed, Analysis(Document.from_source(Source("t", "t.txt", text, None, dt.date(2018, 5, 10))))
                 ).verdict is Verdict.CONTRADICTED
