"""Corpus formats beyond text and JSONL: HTML pages (reduced to their text) and Parquet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.corpus.html_text import html_to_text
from factcheck.corpus.jsonl import parse_fields
from factcheck.corpus.load import load_corpus

PAGE = """<!DOCTYPE html><html><head><title>قمة ألاسكا</title><style>p{color:red}</style>
<script>var x = "<p>ليس نصا</p>";</script></head>
<body><nav>الرئيسية</nav><article><h1>انتهاء القمة</h1>
<p>عقدت القمة في قاعدة&nbsp;إلمندورف <b>الجوية</b>.</p><!-- تعليق --><p>استمرت نحو ثلاث ساعات.</p></article>
</body></html>"""


def test_an_html_page_is_its_visible_text_in_paragraphs() -> None:
    text = html_to_text(PAGE)
    assert text.splitlines() == [  # the <head> (title included) and the menu are not the article
        "انتهاء القمة", "عقدت القمة في قاعدة إلمندورف الجوية.", "استمرت نحو ثلاث ساعات.",
    ]
    assert "ليس نصا" not in text and "color" not in text and "تعليق" not in text


STORY = "<h1>انتهاء القمة</h1><p>استمرت القمة نحو ثلاث ساعات في قاعدة إلمندورف الجوية قرب أنكوريج.</p>"
TEASER = "مقتل 40 شخصا في هجوم جديد"  # another event's headline: its number would contradict a claim


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>خبر</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("around", [
    f"<nav><ul><li>الرئيسية</li><li>{TEASER}</li></ul></nav>",
    f"<aside><h3>اقرأ أيضا</h3><a href='/x'>{TEASER}</a></aside>",
    f"<footer>{TEASER} © 2025</footer>",
    f"<div role='navigation'><div><a>{TEASER}</a></div><div>الرئيسية</div></div>",  # its own div nested
    f"<div class='related' role='complementary'>{TEASER}</div>",
    f"<div hidden>{TEASER}</div>",
    f"<div role='navigation menubar'>{TEASER}<div>الرئيسية</div></div>",  # several roles
    f"<menu><li>{TEASER}</li></menu>",
])
def test_what_a_page_marks_as_around_its_article_is_left_out(around: str) -> None:
    text = html_to_text(_page(f"{around}<div class='story'>{STORY}</div><p>نهاية</p>"))
    assert TEASER not in text and "الرئيسية" not in text
    assert text.splitlines() == [
        "انتهاء القمة", "استمرت القمة نحو ثلاث ساعات في قاعدة إلمندورف الجوية قرب أنكوريج.", "نهاية",
    ]


SAID = "وقال المتحدث باسم الكرملين إن المحادثات كانت بناءة ومثمرة وإن الجانبين اتفقا على مواصلتها."


def test_a_page_that_marks_its_article_is_that_article_alone_with_the_pages_headline() -> None:
    menus = f"<div class='menu'><a>الرئيسية</a> <a>{TEASER}</a></div>"
    story = f"{STORY}<p>{SAID}</p>"
    lines = ["انتهاء القمة", "استمرت القمة نحو ثلاث ساعات في قاعدة إلمندورف الجوية قرب أنكوريج.", SAID]
    for marked in (f"<main>{story}</main>", f"<article>{story}</article>",
                   f"<main><article>{story}</article></main><article>{TEASER}</article>"):  # one main: its own
        text = html_to_text(_page(f"{menus}{marked}<div class='more'>{TEASER}</div>"))
        assert text.splitlines() == lines, marked
    # the headline above the marked element is the article's too
    text = html_to_text(_page(f"{menus}<h1>انتهاء القمة</h1><article>{story.replace('<h1>انتهاء القمة</h1>', '')}"
                              f"</article><div class='more'>{TEASER}</div>"))
    assert text.splitlines() == lines


@pytest.mark.parametrize("page", [
    f"<ul><li hidden>{TEASER}<li>الرئيسية</ul>{STORY}",  # an end a browser implies: never waited for
    f"<p hidden>{TEASER}<p>الرئيسية</p>{STORY}",
    f"<div role='navigation'><div>الرئيسية</div><div>{TEASER}{STORY}",  # a <div> left open
    f"<aside>{TEASER}{STORY}",
])
def test_a_part_left_out_whose_end_never_comes_does_not_take_the_article_with_it(page: str) -> None:
    text = html_to_text(_page(page))
    assert "انتهاء القمة" in text and "استمرت القمة نحو ثلاث ساعات" in text


def test_what_shows_on_screen_is_read_whatever_hides_it_from_other_readers() -> None:
    # a pop-up library sets aria-hidden on the page behind it; a script may have hidden the body when saved
    behind = html_to_text(_page(f"<div id='app' aria-hidden='true'>{STORY}</div><div>نوافق على الشروط</div>"))
    assert "انتهاء القمة" in behind
    assert "انتهاء القمة" in html_to_text(f"<html hidden><body>{STORY}</body></html>")
    assert "انتهاء القمة" in html_to_text(_page(f"<div hidden='until-found'>{STORY}</div>"))  # «read more»
    assert "انتهاء القمة" in html_to_text(f"<html><head><title>t</title><body>{STORY}</body></html>")  # no </head>


def test_a_page_that_marks_no_single_article_keeps_all_its_visible_text() -> None:
    # two <article>s: a list page, or a story and a teaser card; which is which is not guessed
    two = html_to_text(_page(f"<article>{STORY}</article><article><p>{TEASER}</p></article>"))
    assert TEASER in two and "انتهاء القمة" in two
    # one <article> holding a small part of the page: a teaser card beside a story in plain divs
    card = html_to_text(_page(f"<div>{STORY}<p>{'وقال المتحدث إن المحادثات كانت مثمرة. ' * 3}</p></div>"
                              f"<article><p>{TEASER}</p></article>"))
    assert "انتهاء القمة" in card and TEASER in card
    # a page whose whole body is one form (ASP.NET Web Forms) is not around its article
    form = html_to_text(_page(f"<form id='form1' method='post'><div>{STORY}</div></form>"))
    assert "انتهاء القمة" in form


def test_a_folder_of_html_pages_is_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text("نص عادي", encoding="utf-8")
    corpus = load_corpus(["news"], tmp_path)
    assert [s.id for s in corpus.sources] == ["a", "b"]
    a = corpus.sources[0]
    start = a.text.index("إلمندورف")
    assert a.text[start:start + 8] == "إلمندورف"  # offsets index the extracted text


def test_a_parquet_file_is_a_corpus(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({
        "uid": ["p1", "p2", "p3"],
        "body": ["عقدت القمة في ألاسكا.", "", "نص ثالث"],
        "published": [dt.datetime(2025, 8, 15, 22, 0), dt.datetime(2025, 8, 16), None],
    })
    pq.write_table(table, tmp_path / "news.parquet")
    corpus = load_corpus(["news.parquet"], tmp_path, fields=parse_fields("id=uid text=body date=published"))
    assert [(s.id, s.published, s.record_line) for s in corpus.sources] == [
        ("p1", dt.date(2025, 8, 15), 1), ("p3", None, 3),
    ]
    assert [str(p) for p in corpus.problems] == ['news.parquet:2: "body" field is empty; fill it or remove the record']


@given(st.text(alphabet=st.characters(blacklist_characters="<&\r"), max_size=200))
def test_a_text_with_no_markup_keeps_every_word_in_its_lines(text: str) -> None:
    assert html_to_text(text).splitlines() == [" ".join(line.split()) for line in text.split("\n") if line.split()]
