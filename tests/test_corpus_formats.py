"""Corpus formats beyond text and JSONL: HTML pages (reduced to their text) and Parquet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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
    assert text.splitlines() == [  # the <head> (title included) is not the article
        "الرئيسية", "انتهاء القمة", "عقدت القمة في قاعدة إلمندورف الجوية.", "استمرت نحو ثلاث ساعات.",
    ]
    assert "ليس نصا" not in text and "color" not in text and "تعليق" not in text


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
