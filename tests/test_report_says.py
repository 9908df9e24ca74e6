"""A claim's words travel in the JSON report, so a page made from it (after ``factcheck merge``) shows them.

The HTML report was only written by a run: a sharded CI run (``--factcheck-shard``, then
``factcheck merge``) had no page at all, and the JSON report lacked each claim's ``says``, which the
page shows beside its id.
"""

from __future__ import annotations

import json
import re

import pytest

from factcheck.cli import main

CLAIMS = """\
version: 1
claims:
  - id: venue
    says: عقدت القمة في قاعدة إلمندورف الجوية
    kind: mention
    any: [إلمندورف]
    not: [قاعدة أندروز]
    about: [قاعدة]
"""
DATA = re.compile(r'<script type="application/json" id="factcheck-data">(.*?)</script>', re.S)


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = corpus\nfactcheck_claims = claims\n")
    pytester.mkdir("corpus")
    for name, text in (("a", "عقدت القمة في قاعدة إلمندورف الجوية."), ("b", "عقدت القمة في قاعدة أندروز الجوية."),
                       ("c", "خبر عن الطقس.")):
        (pytester.path / "corpus" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    pytester.mkdir("claims")
    (pytester.path / "claims" / "c.yaml").write_text(CLAIMS, encoding="utf-8")
    return pytester


def test_the_json_report_has_each_claims_words(project: pytest.Pytester) -> None:
    project.runpytest("-p", "no:cacheprovider", "--factcheck-no-cache", "--factcheck-json=r.json")
    report = json.loads((project.path / "r.json").read_text(encoding="utf-8"))
    assert report["claims"] == [{"file": "claims/c.yaml", "claim": "venue", "kind": "mention",
                                 "counts": {"supported": 1, "contradicted": 1, "not_mentioned": 1, "error": 0},
                                 "says": "عقدت القمة في قاعدة إلمندورف الجوية"}]


def test_merge_writes_the_merged_runs_html_report(project: pytest.Pytester, capsys: pytest.CaptureFixture[str]) -> None:
    for i in (1, 2):
        project.runpytest("-p", "no:cacheprovider", "--factcheck-no-cache", f"--factcheck-shard={i}/2",
                          f"--factcheck-json=r{i}.json")
    capsys.readouterr()
    path = project.path
    status = main(["merge", str(path / "r1.json"), str(path / "r2.json"), "-o", str(path / "m.json"),
                   "--html", str(path / "m.html")])
    out = capsys.readouterr().out
    assert status == 0 and out.strip().endswith(f", the HTML report to {path / 'm.html'}")
    match = DATA.search((path / "m.html").read_text(encoding="utf-8"))
    assert match is not None
    data = json.loads(match.group(1))
    assert data["rows"] == [[0, "venue", "mention", "عقدت القمة في قاعدة إلمندورف الجوية", []]]
    assert sorted(s[0] for s in data["sources"]) == ["a", "b"]
    assert data["summary"]["outcomes"] == {"passed": 1, "failed": 1, "skipped": 1}
    # the page is never written over a report it merges
    assert main(["merge", str(path / "r1.json"), str(path / "r2.json"), "-o", str(path / "n.json"),
                 "--html", str(path / "r2.json")]) == 1
    assert "r2.json: is one of the reports to merge" in capsys.readouterr().err
    # ... nor over the merged JSON report itself: nothing is written
    assert main(["merge", str(path / "r1.json"), str(path / "r2.json"), "-o", str(path / "x.json"),
                 "--html", str(path / "x.json")]) == 1
    assert "x.json: is the merged JSON report too (-o)" in capsys.readouterr().err
    assert not (path / "x.json").exists()
