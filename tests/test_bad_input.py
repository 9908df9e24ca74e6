"""Hostile and broken input end to end: located messages, the run goes on,
nothing on disk changes (issue: never a traceback, never a lost file)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from factcheck.document import MAX_SENTENCE_TOKENS
from factcheck.matching import find, find_any
from tests.conftest import analysis_of as doc

INI = "[pytest]\nfactcheck_corpus = corpus\nfactcheck_claims = claims\n"
CLAIMS = """\
version: 1
claims:
  - id: venue
    says: عقدت القمة في قاعدة إلمندورف
    kind: mention
    any: [إلمندورف]
"""


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink() and ".pytest_cache" not in p.parts and p.suffix != ".json"
    }


def make_project(pytester: pytest.Pytester, article: str) -> pytest.Pytester:
    """A pytest project: the ini, one claim file, and one good article named ``article``."""
    pytester.makefile(".ini", pytest=INI)
    corpus = pytester.mkdir("corpus")
    (corpus / article).write_text("عقدت القمة في قاعدة إلمندورف.\n", encoding="utf-8")
    pytester.mkdir("claims")
    (pytester.path / "claims" / "summit.yaml").write_text(CLAIMS, encoding="utf-8")
    return pytester


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    return make_project(pytester, "good.txt")


def test_bad_corpus_files_are_reported_and_the_run_goes_on(project: pytest.Pytester) -> None:
    corpus = project.path / "corpus"
    (corpus / "cp1256.txt").write_bytes("عقدت القمة في قاعدة إلمندورف الجوية بولاية ألاسكا.\n".encode("cp1256"))
    (corpus / "utf16.txt").write_bytes("عقدت القمة في قاعدة إلمندورف.\n".encode("utf-16"))
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\x00" * 50)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "marks.txt").write_text("\u202bعقدت القمة في قاعدة إل\u200cمندورف\u202c.\n", encoding="utf-8")
    (corpus / "forms.txt").write_text("ﻋﻘﺪﺕ ﺍﻟﻘﻤﺔ ﻓﻲ ﻗﺎﻋﺪﺓ ﺇﻟﻤﻨﺪﻭﺭﻑ\n", encoding="utf-8")
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    before = snapshot(project.path)
    result = project.runpytest("--factcheck-json=report.json", "-rs")
    # good, cp1256, utf16, marks and presentation forms all name the venue
    result.assert_outcomes(passed=5)
    result.stdout.fnmatch_lines([
        "*factcheck: corpus files skipped*",
        "corpus/binary.txt: binary file*",
        "corpus/empty.txt: empty file*",
    ])
    result.stdout.no_fnmatch_line("*Traceback*")
    assert result.ret == 0
    assert snapshot(project.path) == before
    report = json.loads((project.path / "report.json").read_text(encoding="utf-8"))
    assert any(p.startswith("corpus/binary.txt") for p in report["problems"])
    by_source = {r["source"]: r for r in report["results"]}
    marks = by_source["marks"]["evidence"][0]
    text = (project.path / "corpus" / "marks.txt").read_text(encoding="utf-8")
    assert text[marks["start"]:marks["end"]] == marks["text"] == "إل\u200cمندورف"


def test_broken_claim_files_each_get_a_located_error(project: pytest.Pytester) -> None:
    claims = project.path / "claims"
    cases: dict[str, tuple[str | bytes, str]] = {
        "syntax.yaml": ("version: 1\nclaims: [\n", "claims/syntax.yaml:3: YAML syntax error*"),
        "tabs.yaml": ("version: 1\nclaims:\n\t- id: a\n", "claims/tabs.yaml:3: YAML syntax error*tabs*"),
        "dupkey.yaml": ("version: 1\nversion: 1\nclaims:\n  - {id: a1, says: x}\n", "claims/dupkey.yaml:2: duplicate key 'version'*"),
        "empty.yaml": ("", "claims/empty.yaml:1: empty claim file*"),
        "list.yaml": ("- a\n- b\n", "claims/list.yaml:1: a claim file is a mapping*not a list"),
        "scalar.yaml": ("hello\n", "claims/scalar.yaml:1: a claim file is a mapping*not a single value (str)"),
        "types.yaml": ("version: 1\nclaims:\n  - {id: a2, says: x, threshold: high}\n", "claims/types.yaml:3: claims[[]0[]].threshold: *number*"),
        "glob.yaml": ("version: 1\nclaims:\n  - {id: a3, says: x, sources: ['[ab']}\n", "claims/glob.yaml:3: claims[[]0[]].sources[[]0[]]: '[[]ab' is not a valid glob*"),
        "bomb.yaml": (
            "a: &a [x,x,x,x,x,x,x,x,x]\n"
            + "".join(f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdefgh", "bcdefghi")),
            "claims/bomb.yaml:1: *aliases*",
        ),
        "dupid.yaml": (
            "version: 1\nclaims:\n  - {id: d1, says: x}\n  - {id: d1, says: y}\n",
            "claims/dupid.yaml:4: claims[[]1[]].id: duplicate claim id 'd1', first used at claims[[]0[]] (line 3); ids must be unique",
        ),
        "unknown.yaml": (
            "version: 1\nclaims:\n  - {id: a5, says: x, kind: mention, any: [y], unit: hour}\n",
            "claims/unknown.yaml:3: claims[[]0[]].unit: unknown key for a mention claim; check its spelling*",
        ),
        "version.yaml": ("version: 2\nclaims:\n  - {id: a6, says: x}\n", "claims/version.yaml:1: version: 2 is not a supported version*"),
        "cp1256.yaml": (
            "version: 1\nclaims:\n  - {id: a7, says: نص}\n".encode("cp1256"),
            "claims/cp1256.yaml:3: claim files must be UTF-8; re-save the file as UTF-8",
        ),
        "binary.yaml": (b"\x00\x01\x02" * 10, "claims/binary.yaml:1: binary file, not a YAML claim file"),
    }
    for name, (text, _) in cases.items():
        if isinstance(text, bytes):
            (claims / name).write_bytes(text)
        else:
            (claims / name).write_text(text, encoding="utf-8")
    before = snapshot(project.path)
    result = project.runpytest()
    result.assert_outcomes(passed=1, errors=len(cases))
    result.stdout.fnmatch_lines_random([line for _, line in cases.values()])
    result.stdout.no_fnmatch_line("*INTERNALERROR*")
    result.stdout.no_fnmatch_line("*Traceback*")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert snapshot(project.path) == before


def test_huge_claim_file_is_refused_quickly(project: pytest.Pytester) -> None:
    big = project.path / "claims" / "big.yaml"
    with big.open("w", encoding="utf-8") as f:
        f.write("version: 1\nclaims:\n")
        line = "  - {id: c%d, says: كلام طويل جدا جدا جدا جدا جدا, kind: mention, any: [إلمندورف]}\n"
        for i in range(700_000):
            f.write(line % i)
    assert big.stat().st_size > 50_000_000
    result = project.runpytest()
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["claims/big.yaml:1: claim file is * MB, over the 5 MB limit; split it into several files"])


def test_oversized_article_is_skipped_and_reported(project: pytest.Pytester) -> None:
    (project.path / "corpus" / "huge.txt").write_text("كلمة " * 30_000, encoding="utf-8")
    result = project.runpytest("--factcheck-max-bytes=100000")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["corpus/huge.txt: file is too large (270,000 bytes, the limit is 100,000)*"])




def test_one_letter_alias_matches_only_the_word_itself() -> None:
    d = doc("ب قال بوتين في ب.")
    assert [m.start for m in find("ب", d)] == [0, 15]


def test_alias_longer_than_the_article() -> None:
    assert find("قاعدة " * 50, doc("قاعدة")) == []


def test_ten_thousand_aliases() -> None:
    d = doc("عقدت القمة في قاعدة إلمندورف الجوية بولاية ألاسكا. " * 20)
    aliases = [f"اسم{i}" for i in range(10_000)] + ["إلمندورف"]
    matches = find_any(aliases, d)
    assert len(matches) == 20 and {m.query for m in matches} == {"إلمندورف"}


def test_long_text_without_sentence_ends_is_cut_into_bounded_sentences() -> None:
    d = doc(("كلمة، " * 50 + "إلمندورف ") * 400)
    assert max(s.last_token - s.first_token for s in d.document.sentences) <= MAX_SENTENCE_TOKENS
    assert len(find("إلمندورف", d)) == 400
    # sentences tile the tokens in order
    assert [s.first_token for s in d.document.sentences[1:]] == [s.last_token for s in d.document.sentences[:-1]]


def test_byte_limit_must_be_positive(project: pytest.Pytester) -> None:
    for value, why in [("0", "'0': the limit must be a positive number of bytes"),
                       ("-5", "'-5': the limit must be a positive number of bytes"),
                       ("lots", "'lots' is not a whole number of bytes")]:
        result = project.runpytest(f"--factcheck-max-bytes={value}")
        assert result.ret == pytest.ExitCode.USAGE_ERROR
        result.stderr.fnmatch_lines([f"*error: argument --factcheck-max-bytes: {why}"])


def test_pathological_aliases_end_to_end(project: pytest.Pytester) -> None:
    """Odd aliases are plain text: no match, no regex, a skip that names the claim's line."""
    (project.path / "claims" / "odd.yaml").write_text(
        "version: 1\nclaims:\n"
        "  - {id: one-letter, says: x, kind: mention, any: [ب]}\n"
        "  - {id: longer, says: x, kind: mention, any: ['" + "قاعدة " * 50 + "']}\n"
        "  - {id: regexy, says: x, kind: mention, any: ['(a+)+$']}\n",
        encoding="utf-8",
    )
    result = project.runpytest("-rs")
    result.assert_outcomes(passed=1, skipped=3)
    result.stdout.fnmatch_lines_random([
        "SKIPPED [[]1[]] claims/odd.yaml:3: not mentioned: names none of ب",
        "SKIPPED [[]1[]] claims/odd.yaml:4: not mentioned: names none of قاعدة قاعدة*",
        "SKIPPED [[]1[]] claims/odd.yaml:5: not mentioned: names none of (a+)+$",
    ])
    # a name with no word left to match can never be found: the file is refused, each such name located
    (project.path / "claims" / "odd.yaml").write_text(
        "version: 1\nclaims:\n  - {id: regexy, says: x, kind: mention, any: ['(a+)+$', '.*', '[']}\n", encoding="utf-8")
    result = project.runpytest()
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines([
        "claims/odd.yaml:3: claims[[]0[]].any: '.[*]' holds no word to match after normalization; *",
        "claims/odd.yaml:3: claims[[]0[]].any: '[[]' holds no word to match after normalization; *",
    ])


def test_a_path_option_written_apart_from_its_value_that_moves_the_rootdir_is_a_usage_error(
    pytester: pytest.Pytester, tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path,
) -> None:
    """pytest takes ``/elsewhere/news`` in ``--factcheck-corpus /elsewhere/news`` for a path to test: the
    rootdir became the common ancestor and the project's ini file went unread, so the project's own tests
    were collected and run (three minutes) with no word of why."""
    project = pytester.mkdir("project")
    (project / "pyproject.toml").write_text('[tool.pytest.ini_options]\nfactcheck_claims = ["claims"]\n', encoding="utf-8")
    (project / "test_own.py").write_text("def test_own():\n    pass\n", encoding="utf-8")
    news = pytester.mkdir("news")
    (news / "a.txt").write_text((seeds_dir / "000_545618ef9b520956.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(project)
        result = pytester.runpytest_subprocess("--factcheck-corpus", str(news), "-p", "no:cacheprovider")
        assert result.ret == pytest.ExitCode.USAGE_ERROR
        result.stderr.fnmatch_lines([
            f"ERROR: pytest took '{news}' for a path to test: it chose {pytester.path} as the project's root and "
            f"read no ini file; write --factcheck-corpus={news} with '=' so that pytest sees the path as the option's value",
        ])
        assert "test_own" not in result.stdout.str()
        # inside the project the rootdir and ini file stand: a warning, and the run goes on
        (project / "seeds").mkdir()
        inside = pytester.runpytest_subprocess("--factcheck-corpus", "seeds", "-p", "no:cacheprovider")
        assert inside.ret == pytest.ExitCode.OK
        inside.stdout.fnmatch_lines(["*FactcheckWarning: --factcheck-corpus seeds: write --factcheck-corpus=seeds with '='*"])
        # a rootdir the user chose is not pytest's guess: a warning, the run goes on
        chosen = pytester.runpytest_subprocess(f"--rootdir={project}", "--factcheck-corpus", str(news), "-p", "no:cacheprovider")
        assert chosen.ret == pytest.ExitCode.OK and "FactcheckWarning" in chosen.stdout.str()
        # written with '=', nothing to say
        fine = pytester.runpytest_subprocess(f"--factcheck-corpus={news}", "-p", "no:cacheprovider")
        assert "FactcheckWarning" not in fine.stdout.str() and fine.ret == pytest.ExitCode.OK
        # a report not there yet is no path to pytest this time, but is on a CI retry: said the first time too
        report = pytester.runpytest_subprocess(f"--factcheck-corpus={news}", "--factcheck-json", "r.json",
                                               "-p", "no:cacheprovider")
        assert report.ret == pytest.ExitCode.OK
        report.stdout.fnmatch_lines(["*FactcheckWarning: --factcheck-json r.json: write --factcheck-json=r.json with '='*"])
