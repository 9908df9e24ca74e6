"""--factcheck-translit: Arabic as Buckwalter, everything else as it was."""

from __future__ import annotations

from factcheck.text.translit import translit


def test_arabic_letters_become_buckwalter() -> None:
    assert translit("استمرت القمة نحو ثلاث ساعات") == "Astmrt Alqmp nHw vlAv sAEAt"
    assert translit("إلمندورف أنكوريج آخر ى") == "<lmndwrf >nkwryj |xr Y"


def test_non_arabic_text_is_unchanged() -> None:
    text = "  matched:  «x»  (score 100, threshold 85)\nsource 002_3449 (seeds/002.txt:5:62) é 中文"
    assert translit(text) == text
    assert translit("") == ""


def test_mixed_text_keeps_layout_and_folds_digits_punctuation_and_ligatures() -> None:
    got = translit("    sentence: «قال بوتين، ٣٫٥٪؟ ﻻ»\n    why: states 5 hours")
    assert got == "    sentence: «qAl bwtyn, 3.5%? lA»\n    why: states 5 hours"


def test_failure_text_lines_are_preserved() -> None:
    text = "claim summit-duration (quantity): «استمرت القمة»\nverdict: contradicted\n"
    out = translit(text)
    assert out.splitlines()[1:] == text.splitlines()[1:]
    assert out.isascii() or "«" in out


def test_persian_letters_news_writes_are_transliterated_too() -> None:
    # seed 002 writes دميترى with a Persian yeh (U+06CC); a log must get no Arabic script at all
    out = translit("دميتری بيسكوف وکالة")
    assert out == "dmytry byskwf wkAlp"
