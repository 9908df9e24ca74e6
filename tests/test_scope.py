"""Scope (contract §6): which sources a claim file is about, and JSONL publication dates."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.lint import scope_problems
from factcheck.claims.load import parse_claims
from factcheck.claims.model import Scope
from factcheck.corpus.jsonl import JsonlFields, parse_fields, parse_published
from factcheck.scope import decide_scope
from tests.conftest import analysis_of as analysis

ROOT = Path(__file__).resolve().parents[1]




SUMMIT = analysis("التقى ترمب وبوتين في أنكوريج بولاية ألاسكا، واستمرت القمة ثلاث ساعات.")
FOOTBALL = analysis("فاز المنتخب السعودي في افتتاح كأس العالم بموسكو بحضور بوتين.")


def scope(**data: object) -> Scope:
    return Scope.model_validate(data)


@pytest.mark.parametrize(
    ("data", "doc", "published", "inside", "why"),
    [
        ({"all": ["ألاسكا", ["بوتين", "Putin"]]}, SUMMIT, None, True, "names ألاسكا, [بوتين, Putin]"),
        ({"all": ["ألاسكا", ["بوتين", "Putin"]]}, FOOTBALL, None, False, "does not name ألاسكا (scope.all)"),
        ({"any": ["القمة", "المحادثات"]}, SUMMIT, None, True, "in scope"),
        ({"any": ["القمة", "المحادثات"]}, FOOTBALL, None, False, "names none of القمة, المحادثات (scope.any)"),
        ({"all": ["بوتين"], "none": ["كأس العالم"]}, FOOTBALL, None, False, "names كأس العالم (scope.none)"),
        # a spelling variant (ترمب) and a clitic (بولاية → ولاية) still name the term
        ({"all": ["ترامب", "ولاية"]}, SUMMIT, None, True, "names ترامب, ولاية"),
        (
            {"all": ["ألاسكا"], "published": {"from": "2025-08-01"}}, SUMMIT, dt.date(2018, 2, 18), False,
            "published 2018-02-18, before 2025-08-01 (scope.published.from)",
        ),
        (
            {"all": ["ألاسكا"], "published": {"to": "2025-08-31"}}, SUMMIT, dt.date(2025, 9, 1), False,
            "published 2025-09-01, after 2025-08-31 (scope.published.to)",
        ),
        # bounds are inclusive, and an undated source is never put out by the date
        ({"all": ["ألاسكا"], "published": {"from": "2025-08-15", "to": "2025-08-15"}}, SUMMIT,
         dt.date(2025, 8, 15), True, "names ألاسكا"),
        ({"all": ["ألاسكا"], "published": {"from": "2025-08-01"}}, SUMMIT, None, True, "names ألاسكا"),
    ],
)
def test_scope_conditions_and_their_reasons(
    data: dict[str, object], doc: Analysis, published: dt.date | None, inside: bool, why: str
) -> None:
    decision = decide_scope(scope(**data), doc, published, threshold=85)
    assert (decision.in_scope, decision.reason) == (inside, why)


def test_a_scope_term_is_a_whole_word_not_part_of_another() -> None:
    # "روس" (Russians) is not named by "الروسي" nor by "فيروس"
    doc = analysis("انتشر فيروس جديد في المدينة.")
    assert not decide_scope(scope(all=["روس"]), doc, None, threshold=85).in_scope


def test_the_date_decides_without_reading_the_text() -> None:
    decision = decide_scope(scope(all=["ألاسكا"], published={"from": "2025-08-01"}), None, dt.date(2018, 1, 1), threshold=85)
    assert not decision.in_scope


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("Sun, 18 Feb 2018 21:35:43 +0400", dt.date(2018, 2, 18)),
        # the calendar date printed by the source, not converted to UTC
        ("Mon, 19 Feb 2018 01:10:00 +0400", dt.date(2018, 2, 19)),
        ("Fri, 16 Feb 2018 23:59:59 -0500", dt.date(2018, 2, 16)),
        ("2025-08-15", dt.date(2025, 8, 15)),
        ("2025-08-15T22:30:00+03:00", dt.date(2025, 8, 15)),
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20250815, None),
    ],
)
def test_publication_dates_as_feeds_write_them(value: object, date: dt.date | None) -> None:
    assert parse_published(value) == date


def test_jsonl_field_mapping() -> None:
    assert parse_fields("id=id text=text date=time") == JsonlFields("id", "text", "time")
    assert parse_fields("text=body") == JsonlFields("id", "body", "date")
    for bad, message in [
        ("id", "not ROLE=FIELD"), ("title=t", "not one of id, text, date"), ("id=a id=b", "given twice"),
    ]:
        with pytest.raises(ValueError, match=message):
            parse_fields(bad)


def test_scope_and_tags_in_claim_files() -> None:
    text = (
        "version: 1\nscope:\n  all: [ألاسكا, [بوتين, Putin]]\n  published: {from: 2025-08-01, to: 2025-12-31}\n"
        "claims:\n  - id: a\n    says: x\n    tags: [انتخابات, world-cup, sub_topic]\n"
        "    scope: {any: [القمة]}\n"
    )
    loaded = parse_claims(text, "c.yaml")
    assert loaded.problems == []
    assert loaded.file is not None and loaded.file.scope is not None
    assert loaded.file.scope.published is not None and loaded.file.scope.published.from_ == dt.date(2025, 8, 1)
    assert loaded.claims[0].tags == ["انتخابات", "world-cup", "sub_topic"]
    bad = parse_claims(
        "version: 1\nscope: {published: {from: 2025-09-01, to: 2025-08-01}}\n"
        "claims:\n  - {id: a, says: x, tags: ['two words']}\n  - {id: b, says: y, scope: {}}\n", "c.yaml",
    )
    messages = [str(p) for p in bad.problems]
    assert any("scope.published: " in m and "'from' (2025-09-01) is after 'to' (2025-08-01)" in m for m in messages)
    assert any(m.startswith("c.yaml:4: claims[0].tags[0]: 'two words' is not a tag") for m in messages)
    assert any(m.startswith("c.yaml:5: claims[1].scope: ") and "empty scope" in m for m in messages)


def test_lint_finds_scope_terms_that_can_never_match() -> None:
    loaded = parse_claims(
        "version: 1\nscope:\n  all: [ألاسكا]\n  none: [آلاسكا, '...']\nclaims:\n  - {id: a, says: x}\n", "c.yaml",
    )
    problems = [f"{p.where}: {p.message}" for p in scope_problems(loaded)]
    assert problems == [
        "scope.none[0]: 'آلاسكا' is also required by scope.all, so no source can be in scope; remove one of them",
        "scope.none[1]: '...' holds no word to match after normalization; write the word as it appears in the news",
    ]


# ---------------------------------------------------------------- end to end

CLAIMS = """\
version: 1
scope:
  all: [ألاسكا, [بوتين, Putin]]
  published: {from: 2025-08-01, to: 2025-12-31}
claims:
  - id: venue
    says: عقدت القمة في قاعدة إلمندورف
    kind: mention
    any: [إلمندورف]
    expect: {old-*: contradicted}
  - id: hours
    says: استمرت القمة ثلاث ساعات
    kind: quantity
    about: [القمة]
    value: 3
    unit: hour
    scope: {none: [أنكوريج]}
"""

RECORDS = [
    {"id": "in-1", "body": "عقدت قمة بوتين وترامب في قاعدة إلمندورف بألاسكا. استمرت القمة ثلاث ساعات.",
     "time": "Fri, 15 Aug 2025 23:30:00 -0800"},
    {"id": "in-2", "body": "وصل بوتين إلى أنكوريج في ألاسكا. استمرت القمة خمس ساعات.", "time": "2025-08-16"},
    {"id": "undated", "body": "قمة ألاسكا بين بوتين وترامب في إلمندورف. استمرت القمة ثلاث ساعات."},
    {"id": "old-1", "body": "زار بوتين ألاسكا في قاعدة إلمندورف واستمرت القمة خمس ساعات.",
     "time": "Sun, 18 Feb 2018 21:35:43 +0400"},
    {"id": "other", "body": "فاز المنتخب في إلمندورف واستمرت المباراة ساعتين.", "time": "2025-08-20"},
]


@pytest.fixture
def dated(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = news.jsonl\nfactcheck_jsonl_fields = id=id text=body date=time\n")
    pytester.mkdir("claims")
    (pytester.path / "claims" / "summit.yaml").write_text(CLAIMS, encoding="utf-8")
    (pytester.path / "news.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8",
    )
    return pytester


def test_out_of_scope_sources_give_no_item_and_are_counted(dated: pytest.Pytester) -> None:
    result = dated.runpytest("--factcheck-json=r.json", "-v")
    # venue: in-1, in-2, undated; hours: in-1 and undated (in-2 names أنكوريج, out by the claim's scope)
    result.assert_outcomes(passed=4, failed=0, skipped=1)
    ids = {line.split("::")[1].split(" ")[0] for line in result.outlines if "summit.yaml::" in line}
    assert ids == {"venue[in-1]", "venue[in-2]", "venue[undated]", "hours[in-1]", "hours[undated]"}
    result.stdout.fnmatch_lines([
        "factcheck: 5 sources; 2 out of scope; verdicts: *",
        "factcheck: note: claims/summit.yaml:*: claims[[]0[]].expect: 'old-[*]' names only sources out of scope; ignored",
    ])
    report = json.loads((dated.path / "r.json").read_text(encoding="utf-8"))
    assert report["files"] == [{"file": "claims/summit.yaml", "claims": 2, "in_scope": 3, "out_of_scope": 2}]
    assert {s["id"]: s.get("published") for s in report["sources"]} == {
        "in-1": "2025-08-15", "in-2": "2025-08-16", "undated": None, "old-1": "2018-02-18", "other": "2025-08-20",
    }
    assert {(r["claim"], r["source"]) for r in report["results"]} == {
        ("venue", "in-1"), ("venue", "in-2"), ("venue", "undated"), ("hours", "in-1"), ("hours", "undated"),
    }
    counts = {c["claim"]: c["counts"] for c in report["claims"]}
    assert counts["hours"] == {"supported": 2, "contradicted": 0, "not_mentioned": 0, "error": 0}


def test_a_run_with_every_source_out_of_scope_is_clean_and_says_so(dated: pytest.Pytester) -> None:
    """An event file over news of other days, or a shard holding none of its sources, checks nothing: that
    is no failure of a CI job (pytest alone exits 5, "no tests ran", with no word of the sources)."""
    (dated.path / "claims" / "summit.yaml").write_text(
        CLAIMS.replace("all: [ألاسكا, [بوتين, Putin]]", "all: [زلزال]", 1), encoding="utf-8")
    result = dated.runpytest("--factcheck-json=r.json")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["factcheck: 5 sources; 5 out of scope; no (claim, source) pair to check"])
    report = json.loads((dated.path / "r.json").read_text(encoding="utf-8"))
    assert report["files"] == [{"file": "claims/summit.yaml", "claims": 2, "in_scope": 0, "out_of_scope": 5}]
    for shard in ("1/2", "2/2"):  # the same in every shard
        assert dated.runpytest(f"--factcheck-shard={shard}").ret == pytest.ExitCode.OK
    # a selection that leaves no item is the user's choice: pytest's own "no tests ran"
    (dated.path / "claims" / "summit.yaml").write_text(CLAIMS, encoding="utf-8")
    assert dated.runpytest("-k", "nothing-is-called-so").ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_two_claim_files_count_their_out_of_scope_pairs_not_more_sources_than_there_are(dated: pytest.Pytester) -> None:
    """Summed over files, "5 sources; 7 out of scope" said more were out of scope than there were."""
    (dated.path / "claims" / "quake.yaml").write_text(
        CLAIMS.replace("all: [ألاسكا, [بوتين, Putin]]", "all: [زلزال]", 1).replace("id: venue", "id: q-venue")
        .replace("id: hours", "id: q-hours"), encoding="utf-8")
    result = dated.runpytest()
    result.stdout.fnmatch_lines(["factcheck: 5 sources; 7 of 10 (claim file, source) pairs out of scope; verdicts: *"])


def test_records_without_a_readable_date_under_a_published_scope_are_named_in_a_note(dated: pytest.Pytester) -> None:
    """A feed whose date field is not mapped (ANT calls it ``time``) had every record kept in scope by
    ``published`` without a word: five contradictions instead of two."""
    note = ("factcheck: note: claims/summit.yaml: scope.published keeps in scope the records of JSONL or Parquet "
            "files whose publication date is missing or unreadable; if the date is there under another name, map it: "
            'factcheck_jsonl_fields = "id=id text=text date=FIELD"')
    unmapped = dated.runpytest("-o", "factcheck_jsonl_fields=id=id text=body date=published")
    unmapped.stdout.fnmatch_lines([note])
    assert "2 out of scope" not in unmapped.stdout.str()  # old-1 and other are in scope now: no date to go by
    mapped = dated.runpytest()  # only the record without a date at all: the note stands, as it should
    mapped.stdout.fnmatch_lines(["factcheck: 5 sources; 2 out of scope; *", note])
    (dated.path / "news.jsonl").write_text(  # every record dated: nothing to say
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS if r["id"] != "undated"), encoding="utf-8")
    assert "scope.published keeps" not in dated.runpytest().stdout.str()


def test_bad_jsonl_fields_setting_is_a_usage_error(dated: pytest.Pytester) -> None:
    result = dated.runpytest("-o", "factcheck_jsonl_fields=id=id body")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck: factcheck_jsonl_fields = 'id=id body': 'body' is not ROLE=FIELD*"])


def test_the_shipped_claims_are_scoped_to_the_summit(tmp_path: Path) -> None:
    """An article of another event, even one naming Putin, gives no item; the seeds stay in scope."""
    news = tmp_path / "news.jsonl"
    other = {"id": "ant-1", "text": "استقبل بوتين ترامب في موسكو واستمرت القمة خمس ساعات.", "time": "2018-07-16"}
    news.write_text(json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--factcheck-corpus=seeds",
         f"--factcheck-corpus={news}", "-o", "factcheck_jsonl_fields=id=id text=text date=time",
         f"--factcheck-json={tmp_path / 'r.json'}"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["files"][0]["in_scope"] == 5 and report["files"][0]["out_of_scope"] == 1
    assert not any(r["source"] == "ant-1" for r in report["results"])


def test_a_plan_counts_the_sources_its_claims_are_checked_against_as_far_as_a_bar_needs() -> None:
    from factcheck.corpus.source import Source
    from factcheck.plan import FilePlan

    sources = [Source(f"s{n}", "s.txt", "x") for n in range(10)]
    plan = FilePlan(in_scope=sources, per_claim=[sources[:3], sources[5:8], sources[2:4]])
    assert plan.checked(4) == 7  # no claim alone reaches 4 sources: the union is counted (s0-s3, s5-s7)
    assert plan.checked(8) == 7  # the union stays under the bar
    assert plan.checked(3) >= 3  # one claim's sources reach the bar: enough said
    assert FilePlan(in_scope=sources[:2], per_claim=[sources[:2]]).checked(5) < 5
    assert FilePlan().checked(1) == 0


def test_lint_locates_each_term_and_flags_names_that_cannot_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Scope problems were all reported at the file's or the claim's first line; a name without a word, a
    name both wanted and rival, and an about word inside a rival (the rival then counts everywhere) passed."""
    from factcheck.cli import main

    path = tmp_path / "c.yaml"
    path.write_text(
        "version: 1\nscope:\n  all: [[ألاسكا, \"؟؟\"], بوتين]\n  none: [بوتين]\nclaims:\n  - id: c\n"
        "    says: عقدت القمة في ألاسكا\n    kind: mention\n    any: [\"،،\", ألاسكا]\n"
        "    not: [ألاسكا, قاعدة أندروز]\n    about: [قاعدة]\n    scope:\n      any: [\"ـــ\"]\n", encoding="utf-8")
    assert main(["lint", str(path)]) == 1
    lines = [line.split(": ", 2)[:2] for line in capsys.readouterr().out.splitlines()]
    assert lines == [[f"{path}:3", "scope.all[0]"], [f"{path}:4", "scope.none[0]"], [f"{path}:9", "claims[0].any"],
                     [f"{path}:10", "claims[0].not"], [f"{path}:13", "claims[0].scope.any[0]"],
                     [f"{path}:11", "claims[0].about[0]"]]  # advice last, and it alone fails nothing:
    path.write_text("version: 1\nclaims:\n  - {id: c, says: x, kind: mention, any: [إلمندورف], not: [قاعدة أندروز],"
                    " about: [قاعدة]}\n", encoding="utf-8")
    assert main(["lint", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        f"{path}:3: claims[0].about[0]: 'قاعدة' is part of the rival 'قاعدة أندروز': it stands beside every mention of "
        "it, so the rival counts wherever it is named; name what the claim is about instead (the event: القمة, "
        "اللقاء) (advice)", "1 claim file(s) OK"]
    empty = tmp_path / "none"
    empty.mkdir()
    assert main(["lint", str(empty)]) == 1  # "0 claim file(s) OK" was exit 0
    assert "no claim file (*.yaml, *.yml) to check" in capsys.readouterr().err


def test_a_claim_file_lint_refuses_is_a_collection_error_in_a_run(dated: pytest.Pytester) -> None:
    """A scope no source can be in (a name required and excluded) checked nothing, and the run passed."""
    (dated.path / "claims" / "summit.yaml").write_text(
        CLAIMS.replace("published: {from: 2025-08-01, to: 2025-12-31}", "none: [ألاسكا]", 1), encoding="utf-8")
    result = dated.runpytest()
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # a collection error, as any broken claim file
    result.stdout.fnmatch_lines([
        "claims/summit.yaml:4: scope.none[0]: 'ألاسكا' is also required by scope.all, so no source can be in scope; "
        "remove one of them",
    ])
