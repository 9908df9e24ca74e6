"""factcheck explain FILE::CLAIM: verdicts, candidate sentences, what was read, scope reasons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.claims.load import load_claim_file
from factcheck.cli import main
from factcheck.corpus.load import load_corpus
from factcheck.explain import explain_claim, explanation_json, explanation_lines

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = "claims/alaska_summit.yaml"
SEED_002 = "002_3449c5c6f9ea3f3f"


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["explain", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_quantity_claim_on_seed_002_reads_three_hours(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, f"{CLAIMS}::summit-duration", "--source", SEED_002)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("claim summit-duration (quantity) at claims/alaska_summit.yaml:")
    assert lines[0].endswith(": «استمرت القمة نحو ثلاث ساعات»")
    assert f"{SEED_002} (seeds/{SEED_002}.txt): supported" in lines
    assert f"  supports at seeds/{SEED_002}.txt:5:62: «نحو ثلاث ساعات» (score 100)" in lines
    assert "    why: states 3 hours (≈2.7–3.3), claim says 3 hours" in lines
    assert ("    read: quantity «نحو ثلاث ساعات» = 3 hours (≈2.7–3.3), hedge 'نحو'; supports: states 3 hours (≈2.7–3.3),"
            " claim says 3 hours") in lines
    assert "    read: about 'الاجتماع' (score 100)" in lines
    # the sentence as written and normalized
    sentence = lines.index("  sentence at line 5 (score 100):")
    assert lines[sentence + 1].startswith("    «وخلال ظهور مقتضب أمام وسائل الإعلام عقب الاجتماع")
    assert lines[sentence + 2].startswith("    normalized: وخلال ظهور مقتضب امام وسائل الاعلام عقب الاجتماع")
    # a quantity of another dimension is read, and said to be ignored
    assert "    read: quantity «نحو خُمس» = 20 percent (≈18–22), hedge 'نحو' (a percent, not a time: ignored)" in lines


def test_statement_claim_shows_polarity_and_judgement(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, f"{CLAIMS}::no-ceasefire")
    assert status == 0
    lines = out.splitlines()
    assert lines[1] == "  claim is negated by لم; threshold 85"
    assert lines[2] == "5 sources: 3 not_mentioned, 1 out of scope, 1 supported"
    assert f"{SEED_002} (seeds/{SEED_002}.txt): supported" in lines
    assert "    read: polarity: negated by لا, ولم" in lines
    assert any(line.startswith("    read: judged supported (match): states it (") and "negated as the claim is" in line
               for line in lines)
    assert any(line.startswith("    read: not judged: more than 5 points below the best span") for line in lines)
    # the rest in one line
    assert lines[-1] == (
        "also 3 not mentioned (001_329f1af01fb7c1a8, 003_3ec73edc40086703, 004_cada30393e404383) "
        "and 1 out of scope (000_545618ef9b520956); --all or --source ID shows them"
    )


def test_claim_level_sources_glob_says_why_a_seed_is_left_out(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, f"{CLAIMS}::no-ceasefire", "--source", "000_545618ef9b520956")
    assert status == 0
    assert out.splitlines()[-2:] == [
        "000_545618ef9b520956 (seeds/000_545618ef9b520956.txt): out of scope",
        "  scope: not matched by the claim's sources globs (001_*, 002_*, 003_*, 004_*)",
    ]


def test_out_of_scope_jsonl_source_names_the_condition(tmp_path: Path, in_root: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    news = tmp_path / "news.jsonl"
    records = [
        {"id": "quake-1", "text": "ضرب زلزال بقوة ست درجات جنوب تركيا صباح اليوم، ولم ترد أنباء عن ضحايا.",
         "time": "2025-09-02"},
        {"id": "summit-1", "text": "قال ترامب إن القمة مع بوتين في ألاسكا استمرت ثلاث ساعات.", "time": "2025-08-16"},
        {"id": "old-1", "text": "قال ترامب إن القمة مع بوتين في ألاسكا استمرت ثلاث ساعات.", "time": "2024-01-01"},
    ]
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    common = ("--corpus", str(news), "--jsonl-fields", "id=id text=text date=time")
    status, out, _ = run(capsys, f"{CLAIMS}::summit-duration", *common, "--source", "quake-1")
    assert status == 0
    assert out.splitlines()[-2:] == [
        f"quake-1 ({news}:1): out of scope",
        "  scope: does not name [ألاسكا, Alaska, أنكوريج] (scope.all)",
    ]
    status, out, _ = run(capsys, f"{CLAIMS}::summit-duration", *common, "--json")
    data = json.loads(out)
    by_id = {s["id"]: s for s in data["sources"]}
    assert by_id["old-1"]["scope"] == {"in_scope": False, "reason": "published 2024-01-01, before 2025-08-01 (scope.published.from)"}
    assert by_id["quake-1"]["verdict"] is None and by_id["quake-1"]["evidence"] == []
    assert by_id["summit-1"]["verdict"] == "supported"
    assert by_id["summit-1"]["evidence"][0]["text"] == "ثلاث ساعات"
    status, out, err = run(capsys, f"{CLAIMS}::summit-duration", *common)
    assert f"  supports at {news}:2 (record 'summit-1'), line 1 col 46 of its text: «ثلاث ساعات» (score 100)" in out
    assert "scope.published keeps" not in err  # the dates read: nothing to say of them
    # the date field left unmapped: a run says the records stay in scope by date; explain was silent
    status, out, err = run(capsys, f"{CLAIMS}::summit-duration", "--corpus", str(news))
    assert status == 0 and "old-1" in out
    assert ("scope.published keeps in scope the records of JSONL or Parquet files whose publication date is missing "
            'or unreadable; if the date is there under another name, map it: --jsonl-fields "id=id text=text '
            'date=FIELD"') in err


def test_json_structure_is_stable(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, f"{CLAIMS}::summit-duration", "--json")
    assert status == 0
    data = json.loads(out)
    assert list(data) == ["file", "line", "claim", "sources", "notes"]
    assert data["file"] == CLAIMS and data["claim"]["id"] == "summit-duration" and data["claim"]["unit"] == "hour"
    assert [s["verdict"] for s in data["sources"]] == ["supported"] * 3 + ["not_mentioned"] * 2
    for source in data["sources"]:
        assert list(source) == ["id", "path", "record_line", "verdict", "outcome", "expected", "reason", "score", "scope",
                                "evidence", "sentences"]  # outcome and expected: added, as in the JSON report
        assert list(source["scope"]) == ["in_scope", "reason"]
        for sentence in source["sentences"]:
            assert list(sentence) == ["text", "normalized", "score", "line", "read"]
    seed = next(s for s in data["sources"] if s["id"] == SEED_002)
    assert seed["path"] == f"seeds/{SEED_002}.txt" and seed["record_line"] is None
    assert seed["evidence"] == [{
        "role": "supports", "text": "نحو ثلاث ساعات", "start": seed["evidence"][0]["start"],
        "end": seed["evidence"][0]["end"], "line": 5, "col": 62, "score": 100.0,
        "sentence": seed["evidence"][0]["sentence"], "reason": "states 3 hours (≈2.7–3.3), claim says 3 hours",
    }]
    assert seed["sentences"][0]["read"][-1] == ("quantity «نحو ثلاث ساعات» = 3 hours (≈2.7–3.3), hedge 'نحو'; supports: "
                                                "states 3 hours (≈2.7–3.3), claim says 3 hours")
    assert next(s for s in data["sources"] if s["id"].startswith("000"))["reason"].startswith("no time quantity near")


def test_contradicted_sources_come_first(in_root: Path) -> None:
    loaded = load_claim_file(ROOT / CLAIMS, CLAIMS)
    corpus = load_corpus(["seeds"], ROOT)
    expl = explain_claim(loaded, "ru-talks-three-on-three", corpus.sources)
    verdicts = [s["verdict"] for s in explanation_json(expl)["sources"]]
    assert verdicts[:2] == ["contradicted", "contradicted"]
    lines = explanation_lines(expl)
    first = next(line for line in lines if line.endswith((": contradicted", ": supported")))
    assert first.endswith(": contradicted")
    assert any(line.startswith("  contradicts at seeds/") and "«بيلوسوف»" in line for line in lines)


def test_text_normalization_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "بِالْقِمَّة")
    assert status == 0 and out.splitlines()[-1] == "بالقمه"
    status, out2, _ = run(capsys, "--text", "بِالْقِمَّة")
    assert status == 0 and out2 == out


def test_unknown_claim_or_source_is_an_error_with_a_suggestion(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, f"{CLAIMS}::summit-duraton")
    assert status == 1 and "no claim 'summit-duraton'; did you mean 'summit-duration'?" in err
    status, _, err = run(capsys, f"{CLAIMS}::summit-duration", "--source", "002_3449c5c6f9ea3f3")
    assert status == 1 and f"no source '002_3449c5c6f9ea3f3' in the corpus (seeds); did you mean '{SEED_002}'?" in err
    status, _, err = run(capsys, "nowhere.yaml::x")
    assert status == 1 and "nowhere.yaml:1: cannot read" in err
    status, _, err = run(capsys, f"{CLAIMS}::summit-duration", "--corpus", "empty-nothing")
    assert status == 1 and "holds no readable article" in err
    assert "no such file or folder; pass a folder, a glob, a .jsonl or a .parquet file to --corpus\n" in err  # its option
    # a claim file without a claim was "explained" as a text to normalize, exit 0
    status, out, err = run(capsys, CLAIMS)
    assert (status, out) == (2, "")
    assert err == f"factcheck explain: {CLAIMS} is a claim file; name one of its claims: {CLAIMS}::CLAIM_ID\n"
    status, out, err = run(capsys, f"{CLAIMS}::summit-duration", "--text", "قمة")  # the claim was ignored
    assert (status, out) == (2, "") and "give FILE::CLAIM or --text TEXT, not both" in err


def test_a_failures_pytest_id_explains_that_claim_on_that_source(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An editor copies the id of a FAILED line (``FILE::CLAIM[SOURCE]``): it was "no claim
    'summit-duration[002_…]'" and the list of all 47 claims."""
    status, out, err = run(capsys, f"{CLAIMS}::summit-duration[{SEED_002}]")
    assert (status, err) == (0, "")
    assert out == "".join(run(capsys, f"{CLAIMS}::summit-duration", "--source", SEED_002)[1])
    assert f"{SEED_002} (seeds/{SEED_002}.txt): supported" in out.splitlines()
    status, out, err = run(capsys, f"{CLAIMS}::summit-duration[{SEED_002}]", "--source", "000_545618ef9b520956")
    assert (status, out) == (2, "") and f"names source '{SEED_002}', --source names '000_545618ef9b520956'" in err
    status, _, err = run(capsys, f"{CLAIMS}::summit-duration[wire-7]")
    assert status == 1 and "no source 'wire-7' in the corpus (seeds)" in err  # its corpus: --corpus was forgotten


def test_a_source_named_by_the_head_of_its_id_is_suggested(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, f"{CLAIMS}::summit-duration", "--source", "002")
    assert status == 1 and f"no source '002' in the corpus (seeds); did you mean '{SEED_002}'?" in err
    status, _, err = run(capsys, f"{CLAIMS}::summit-duration", "--source", "00")
    assert status == 1 and "5 ids begin with it: 000_545618ef9b520956, 001_329f1af01fb7c1a8, " in err


PROJECT_CLAIMS = """\
version: 1
scope:
  all: [ألاسكا]
  published: {from: 2025-08-01}
claims:
  - id: held-in-alaska
    says: عقدت القمة في ألاسكا
    kind: mention
    any: [ألاسكا]
"""


@pytest.mark.parametrize("ini", ["pyproject.toml", "pytest.ini"])
def test_explain_reads_the_corpus_and_fields_a_run_reads_from_the_projects_ini(
        ini: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Without the project's factcheck_jsonl_fields explain read no date, put a 2018 article in scope
    and found it supported where the run leaves it out; without its factcheck_corpus it read seeds."""
    project = tmp_path / "project"
    (project / "claims").mkdir(parents=True)
    (project / "claims" / "alaska.yaml").write_text(PROJECT_CLAIMS, encoding="utf-8")
    (project / "news").mkdir()
    records = [{"id": "old", "time": "Sun, 18 Feb 2018 21:35:43 +0400", "text": "زار الوفد ألاسكا."},
               {"id": "new", "time": "2025-08-16", "text": "عقدت القمة في ألاسكا."}]
    (project / "news" / "wire.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                                 encoding="utf-8")
    if ini == "pyproject.toml":
        (project / ini).write_text('[tool.pytest.ini_options]\nfactcheck_corpus = ["news/wire.jsonl"]\n'
                                   'factcheck_jsonl_fields = "id=id text=text date=time"\n', encoding="utf-8")
    else:
        (project / ini).write_text("[pytest]\nfactcheck_corpus =\n    news/wire.jsonl\n"
                                   "factcheck_jsonl_fields = id=id text=text date=time\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # elsewhere: the ini is found from the claim file, as pytest finds it
    status, out, err = run(capsys, "project/claims/alaska.yaml::held-in-alaska", "--no-cache", "--all")
    assert status == 0, err
    lines = out.splitlines()
    assert "2 sources: 1 out of scope, 1 supported" in lines
    assert "old (news/wire.jsonl:1): out of scope" in lines
    assert "new (news/wire.jsonl:2): supported" in lines
    # an option given still wins (and is relative to where explain runs)
    status, out, _ = run(capsys, "project/claims/alaska.yaml::held-in-alaska", "--no-cache",
                         "--corpus", "project/news/wire.jsonl", "--jsonl-fields", "id=id text=text")
    assert status == 0 and "2 sources: 2 supported" in out.splitlines()


def test_a_source_says_what_the_run_makes_of_its_verdict(
        in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An expected contradiction (xfail) looked like a failing one, and an unmet expect like a pass."""
    status, out, _ = run(capsys, f"{CLAIMS}::alaska-is-a-state")
    lines = out.splitlines()
    assert status == 0 and lines[1].endswith("; threshold 85; expect: 001_*: contradicted")
    assert "001_329f1af01fb7c1a8 (seeds/001_329f1af01fb7c1a8.txt): contradicted " \
           "(expected: xfail, the run does not fail for it)" in lines
    assert f"{SEED_002} (seeds/{SEED_002}.txt): supported" in lines
    _, out, _ = run(capsys, f"{CLAIMS}::alaska-is-a-state", "--json")
    by_id = {s["id"]: s for s in json.loads(out)["sources"]}
    assert (by_id["001_329f1af01fb7c1a8"]["outcome"], by_id["001_329f1af01fb7c1a8"]["expected"]) == ("xfailed", "contradicted")
    assert (by_id[SEED_002]["outcome"], by_id[SEED_002]["expected"]) == ("passed", None)

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (in_root / "seeds" / f"{SEED_002}.txt").read_text(encoding="utf-8")
    (corpus / f"{SEED_002}.txt").write_text(text.replace("استمر نحو ثلاث ساعات", "استمر نحو خمس ساعات"), encoding="utf-8")
    (corpus / "001_329f1af01fb7c1a8.txt").write_text("عقدت القمة في ولاية ألاسكا مع بوتين وترامب.", encoding="utf-8")
    _, out, _ = run(capsys, f"{CLAIMS}::summit-duration", "--corpus", str(corpus), "--no-cache")
    assert f"{SEED_002} ({corpus}/{SEED_002}.txt): contradicted" in out.splitlines()  # fails: nothing to add
    _, out, _ = run(capsys, f"{CLAIMS}::alaska-is-a-state", "--corpus", str(corpus), "--no-cache")
    assert f"001_329f1af01fb7c1a8 ({corpus}/001_329f1af01fb7c1a8.txt): supported " \
           "(fails the run: expected contradicted, got supported)" in out.splitlines()


def test_a_look_alike_of_an_about_word_is_shown_as_written(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The corpus gives القمة the look-alike قمه (normalized: ة as ه): explain showed "about 'قمه'", a
    misspelling to an editor's eye and no word of the claim; it shows the word as the sentence writes it."""
    status, out, _ = run(capsys, f"{CLAIMS}::summit-duration", "--source", "001_329f1af01fb7c1a8")
    assert status == 0
    assert "    read: about «قمة» (score 100)" in out.splitlines()
    assert "'قمه'" not in out
    assert "    read: about 'المفاوضات' (score 100)" in out.splitlines()  # the claim's own word: as before


def test_output_cut_short_by_its_reader_is_no_traceback(in_root: Path) -> None:
    """``factcheck explain … | head`` ended in a BrokenPipeError traceback."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "from factcheck.cli import main; raise SystemExit(main())",
                              "explain", f"{CLAIMS}::summit-duration", "--all", "--no-cache"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=in_root)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader goes away before the explanation is printed, as head does when it has enough
    err = child.stderr.read().decode("utf-8")
    assert child.wait(timeout=120) == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_explain_judges_a_span_as_the_checker_does(tmp_path: Path) -> None:
    """A wording difference in an article is not_mentioned in the verdict and in the explanation alike."""
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source

    sentence = (  # SK-internationalNews-610-20180327 (ANT)
        "وقال محققون في روسيا إن حارس أمن في المركز التجاري المزدحم في سيبريا أغلق جهاز الإنذار من "
        "الحرائق فيما كانت مخارج الطوارئ في المبنى موصدة."
    )
    filler = " وكانت الأجواء في المدينة هادئة طوال اليوم وفق ما أفاد شهود عيان للصحفيين في المكان." * 4
    loaded = parse_claims(
        "version: 1\nclaims:\n  - id: alarm\n    says: أطفأ حارس أمن في المركز التجاري نظام الإنذار من الحرائق\n",
        "c.yaml",
    )
    explained = explain_claim(loaded, "alarm", [Source("a", "a.txt", sentence + filler)])
    (source,) = explained.sources
    assert source.finding is not None and source.finding.verdict.value == "not_mentioned"
    judged = [r for s in source.sentences for r in s.read if r.startswith("judged ")]
    assert judged and judged[0].startswith("judged not_mentioned (") and "worded otherwise" in judged[0]


def test_a_large_corpus_shows_its_contradictions_some_supports_and_names_a_few_of_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """Over thousands of articles an editor reads every contradiction, a few supports in full, and a
    line that counts the rest and names some of each; --all shows every source."""
    claims = tmp_path / "c.yaml"
    claims.write_text("version: 1\nclaims:\n  - {id: who, says: ترامب التقى بوتين, kind: mention, any: [ترامب],"
                      " not: [بايدن]}\n", encoding="utf-8")
    texts = [("s", "قال ترامب إن اللقاء كان مثمرا.", 25), ("r", "قال بايدن إن اللقاء كان مثمرا.", 3),
             ("q", "ضرب زلزال جنوب تركيا صباح اليوم.", 14)]
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"{tag}{n:02d}", "text": text}, ensure_ascii=False) + "\n"
                            for tag, text, count in texts for n in range(count)), encoding="utf-8")
    status, out, _ = run(capsys, f"{claims}::who", "--corpus", str(news))
    assert status == 0
    lines = out.splitlines()
    assert lines[2] == "42 sources: 3 contradicted, 14 not_mentioned, 25 supported"
    assert [line.split(" ")[0] for line in lines if line.endswith(": contradicted")] == ["r00", "r01", "r02"]
    assert [line.split(" ")[0] for line in lines if line.endswith(": supported")] == [f"s{n:02d}" for n in range(10)]
    assert lines[-1] == (
        "also 15 more supported (s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, … 5 more) and "
        "14 not mentioned (q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, … 4 more); --all or --source ID shows them"
    )
    status, out, _ = run(capsys, f"{claims}::who", "--corpus", str(news), "--all")
    assert sum(line.endswith((": supported", ": not_mentioned")) for line in out.splitlines()) == 39


def test_the_terminal_view_leaves_unread_what_the_index_shows_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over a corpus large enough for the index, the default view reads only the sources that may name
    the claim; every source gets the finding that reading it gives (--all, --json: every one read)."""
    from factcheck.engine import INDEX_FROM, Engine

    claims = tmp_path / "c.yaml"
    claims.write_text("version: 1\nclaims:\n  - {id: who, says: ترامب التقى بوتين, kind: mention, any: [ترامب],"
                      " not: [بايدن]}\n", encoding="utf-8")
    texts = [("s", "قال ترامب إن اللقاء كان مثمرا.", 20), ("r", "قال بايدن إن اللقاء كان مثمرا.", 3),
             ("q", "ضرب زلزال جنوب تركيا صباح اليوم.", INDEX_FROM)]
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"{tag}{n:03d}", "text": text}, ensure_ascii=False) + "\n"
                            for tag, text, count in texts for n in range(count)), encoding="utf-8")
    loaded = load_claim_file(claims)
    sources = load_corpus([str(news)], tmp_path).sources
    views = {}
    for brief in (True, False):
        engine = Engine(sources, processes=1)
        read: list[str] = []
        analysis = engine.analysis
        monkeypatch.setattr(engine, "analysis", lambda sid, analysis=analysis, read=read: read.append(sid) or analysis(sid))
        views[brief] = (explain_claim(loaded, "who", sources, engine=engine, brief=brief), set(read))
    (short, read_short), (full, read_full) = views[True], views[False]
    assert [(s.id, s.finding) for s in short.sources] == [(s.id, s.finding) for s in full.sources]
    assert read_full == {s.id for s in sources}
    assert read_short == {s.id for s in sources if not s.id.startswith("q")}
    assert explanation_lines(short)[2] == explanation_lines(full)[2] == \
        f"{len(sources)} sources: 3 contradicted, {INDEX_FROM} not_mentioned, 20 supported"


def test_explaining_again_takes_the_index_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """An editor explains claim after claim over one corpus: the corpus index is read once into the cache a
    run keeps and taken from there the next time, for the same explanation; --no-cache keeps nothing."""
    from factcheck.engine import INDEX_FROM, Engine

    claims = tmp_path / "c.yaml"
    claims.write_text("version: 1\nclaims:\n  - {id: who, says: ترامب التقى بوتين, kind: mention, any: [ترامب],"
                      " not: [بايدن]}\n", encoding="utf-8")
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"{tag}{n:03d}", "text": text}, ensure_ascii=False) + "\n"
                            for tag, text, count in [("s", "قال ترامب إن اللقاء كان مثمرا.", 5),
                                                     ("q", "ضرب زلزال جنوب تركيا صباح اليوم.", INDEX_FROM)]
                            for n in range(count)), encoding="utf-8")
    args = (f"{claims}::who", "--corpus", str(news))
    cache = tmp_path / "cache"
    status, first, _ = run(capsys, *args, "--cache", str(cache))
    assert status == 0 and list(cache.glob("index-*.npz"))

    def no_second_read(self: Engine, ids: list[str]) -> None:
        raise AssertionError("the index was read again")

    monkeypatch.setattr(Engine, "_read_index", no_second_read)
    status, again, _ = run(capsys, *args, "--cache", str(cache))
    assert status == 0 and again == first
    monkeypatch.undo()
    elsewhere = tmp_path / "unused"
    status, uncached, _ = run(capsys, *args, "--no-cache", "--cache", str(elsewhere))
    assert status == 0 and uncached == first and not elsewhere.exists()


def _figures_read(claim_yaml: str, text: str) -> tuple[str, list[str]]:
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source

    loaded = parse_claims(f"version: 1\nclaims:\n  - {claim_yaml}\n", "c.yaml")
    (source,) = explain_claim(loaded, loaded.claims[0].id, [Source("a", "a.txt", text)]).sources
    assert source.finding is not None
    return source.finding.verdict.value, [r for s in source.sentences for r in s.read if r.startswith("quantity")]


def test_a_figure_set_aside_says_which_rule_set_it_aside() -> None:
    """An editor asking why a figure did not deny the claim reads the check's own reason, not a guess."""
    verdict, read = _figures_read(
        "{id: votes, says: صوت 50 عضوا لصالح التعيين, kind: quantity, about: [صوتا, عضوا], value: 50, unit: count}",
        "وتوقع الخبراء أن تكون نتيجة التصويت 51 صوتا لصالح كافانو. وصوت 50 عضوا لصالح تعيين القاضي.",
    )
    assert verdict == "supported"
    assert read == ["quantity «51» = 51; not counted: a forecast", "quantity «50» = 50; supports: states 50, claim says 50"]


def test_an_aside_and_a_figure_no_about_word_takes_are_told_apart() -> None:
    verdict, read = _figures_read(
        "{id: aboard, says: كانت السفينة أكواريوس تقل 629 مهاجرا أنقذتهم قبالة السواحل الليبية, kind: quantity,"
        " about: [مهاجر, مهاجرا, مهاجرين], value: 629, unit: count}",
        "وكانت السفينة أكواريوس تقل 629 مهاجرا عندما رفضت إيطاليا استقبالها. "
        "وقال سالفيني إن طرد نصف مليون مهاجر يقيمون في إيطاليا أولى أولوياته. "
        "ووصل المهاجرين بعد رحلة مع 30 صحفيا.",
    )
    assert verdict == "supported"
    assert "quantity «نصف مليون» = 500,000; not counted: an aside, another group's (the article states the claim's" \
        " figure)" in read
    assert "quantity «30» = 30; not taken by an about word (kinds.associate)" in read


def test_a_day_set_aside_says_which_rule_set_it_aside() -> None:
    """As for figures: a date claim's other day says the rule of ``kinds.other_days`` that keeps it from denying."""
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source

    loaded = parse_claims('version: 1\nclaims:\n  - {id: vote, says: جرت الانتخابات في 9 مايو 2018, kind: date, '
                          'about: [الانتخابات], value: "2018-05-09"}\n', "c.yaml")
    text = "جرت الانتخابات في 9 مايو 2018 وسط إقبال كبير. ويتوقع أن تعلن نتائج الانتخابات في 12 مايو 2018 بحسب اللجنة."
    (source,) = explain_claim(loaded, "vote", [Source("a", "a.txt", text)]).sources
    assert source.finding is not None and source.finding.verdict.value == "supported"
    read = [r for s in source.sentences for r in s.read if r.startswith("date")]
    assert read == ["date «9 مايو 2018» = 2018-05-09; supports: states 2018-05-09, claim says 2018-05-09",
                    "date «12 مايو 2018» = 2018-05-12; not counted: a forecast"]


def test_each_rival_says_whether_it_denies_and_why_not() -> None:
    """Pompeo's tour after Tokyo (ANT FR-internationalNews-2171-20180705): the rivals of an aside are told apart
    from one the check counts, in the check's own words."""
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source

    loaded = parse_claims(
        "version: 1\nclaims:\n  - {id: t, says: توجه بومبيو من بيونغ يانغ إلى طوكيو حيث التقى نظيريه الياباني,"
        " kind: mention, any: [طوكيو], not: [فيتنام, بروكسل], about: [يتوجه, سيتوجه]}\n", "c.yaml")
    tour = "بعدها سيتوجه إلى فيتنام قبل بروكسل للانضمام إلى ترامب خلال قمة حلف شمال الأطلسي."
    own = "وقال مسؤول إن بومبيو سيتوجه إلى بروكسل بعد بيونغ يانغ."
    text = f"بعد المباحثات في بيونغ يانغ سيتوجه بومبيو إلى طوكيو لإطلاع اليابانيين على النتائج. {tour} {own}"
    (source,) = explain_claim(loaded, "t", [Source("a", "a.txt", text)]).sources
    assert source.finding is not None and source.finding.verdict.value == "contradicted"
    rivals = [r for s in source.sentences for r in s.read if r.startswith("rival")]
    aside = "not counted: an aside: its sentence names none of the claim's own words, in an article that names the claim's"
    assert sorted(rivals) == sorted([f"rival «فيتنام»: {aside}", f"rival «بروكسل»: {aside}",
                                     "rival «بروكسل»: contradicts: names the rival 'بروكسل'"])


def test_a_rival_outside_the_instance_near_names_says_so() -> None:
    """A mention claim's ``near`` (kinds.near): explain shows it among the claim's facts, and a rival in a sentence
    of another match is set aside for it (the held-out Argentina–Iceland file, ANT FR-sport-161-20180616)."""
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source

    loaded = parse_claims(
        "version: 1\nclaims:\n  - {id: v, says: أقيمت المباراة على ملعب سبارتاك, kind: mention, any: [سبارتاك],"
        " not: [كالينينغراد], about: [ملعب], near: [الأرجنتين, أيسلندا]}\n", "c.yaml")
    text = "حقق منتخب كرواتيا فوزا مريحا على نيجيريا مساء السبت على ملعب كالينينغراد بنتيجة 2-صفر."
    explained = explain_claim(loaded, "v", [Source("a", "a.txt", text)])
    (source,) = explained.sources
    assert source.finding is not None and source.finding.verdict.value == "not_mentioned"
    rivals = [r for s in source.sentences for r in s.read if r.startswith("rival")]
    assert rivals == ["rival «كالينينغراد»: not counted: its sentence names none of near: الأرجنتين, أيسلندا"]
    assert any("near: الأرجنتين, أيسلندا" in line for line in explanation_lines(explained))


def test_a_rival_far_from_the_events_words_says_so() -> None:
    """A mention claim's ``anchors`` (by default its scope's words, kinds.near.anchored_sentences): explain shows
    them among the claim's facts, and a rival two sentences past the event's is set aside for them."""
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source

    loaded = parse_claims(
        "version: 1\nscope: {all: [البرتغال]}\nclaims:\n  - {id: v, says: أقيمت المباراة في سوتشي, kind: mention,"
        " any: [سوتشي], not: [سان بطرسبرغ], about: [ملعب]}\n", "c.yaml")
    text = ("وتلتقي البرتغال مع إسبانيا مساء الجمعة. ويأمل المنتخب المغربي في الإطاحة بإيران. "
            "وتجري المباراة على ملعب سان بطرسبرغ.")
    explained = explain_claim(loaded, "v", [Source("a", "a.txt", text)])
    (source,) = explained.sources
    assert source.finding is not None and source.finding.verdict.value == "not_mentioned"
    rivals = [r for s in source.sentences for r in s.read if r.startswith("rival")]
    assert rivals == ["rival «سان بطرسبرغ»: not counted: neither its sentence nor the one before names the event "
                      "(anchors: the scope's words)"]
    assert any("anchors: البرتغال" in line for line in explanation_lines(explained))



def test_a_date_or_quantity_claims_anchors_are_among_its_facts() -> None:
    """Date and quantity claims take anchors too (kinds.pairings): explain lists them, as it does a mention's."""
    from factcheck.claims.load import parse_claims
    from factcheck.corpus.source import Source

    loaded = parse_claims(
        "version: 1\nscope: {all: [فرنسا, بلجيكا]}\nclaims:\n"
        "  - {id: d, says: أقيمت المباراة يوم 10 يوليو 2018, kind: date, about: [المباراة], value: '2018-07-10'}\n"
        "  - {id: q, says: سجل أومتيتي في الدقيقة 51, kind: quantity, about: [الدقيقة], value: 51, unit: minute}\n",
        "c.yaml")
    for claim_id in ("d", "q"):
        explained = explain_claim(loaded, claim_id, [Source("a", "a.txt", "فازت فرنسا على بلجيكا.")])
        assert any("anchors: فرنسا, بلجيكا" in line for line in explanation_lines(explained)), claim_id
