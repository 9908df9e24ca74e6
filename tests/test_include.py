"""Claim files that share: ``include:`` of defaults, scope and named alias lists (``$name``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.claims.load import load_claim_file
from factcheck.claims.model import MentionClaim, QuantityClaim
from factcheck.cli import main

PEOPLE = """\
shared: true
topic: people of the summit
aliases:
  putin: [بوتين, Putin, الرئيس الروسي]
  trump: [ترامب, Trump]
defaults:
  threshold: 90
  missing: fail
scope:
  all: [$putin, [$trump, البيت الأبيض]]
  none: [زلزال]
"""

SUMMIT = """\
version: 1
include: [shared/people.yaml]
defaults: {missing: skip}
scope:
  none: [بركان]
claims:
  - id: putin-came
    says: حضر بوتين
    kind: mention
    any: [$putin, فلاديمير بوتين]
    not: $trump
  - id: summit-duration
    says: استمرت القمة ثلاث ساعات
    kind: quantity
    about: [القمة]
    value: 3
    unit: hour
    threshold: 80
    scope: {any: [$trump]}
"""


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def lines(root: Path, name: str = "claims/summit.yaml") -> list[str]:
    return [str(p) for p in load_claim_file(root / name, name).problems]


def test_included_defaults_scope_and_aliases_are_merged_the_including_file_wins(tmp_path: Path) -> None:
    write(tmp_path / "claims", {"shared/people.yaml": PEOPLE, "summit.yaml": SUMMIT})
    loaded = load_claim_file(tmp_path / "claims/summit.yaml", "claims/summit.yaml")
    assert loaded.problems == [] and loaded.file is not None
    assert loaded.included == ["claims/shared/people.yaml"]
    file = loaded.file
    assert file.defaults.threshold == 90 and file.defaults.missing.value == "skip"  # own key wins
    assert file.scope is not None
    # $putin as a scope term is one term of alternatives; inside a list its words join the alternatives
    assert file.scope.all == [["بوتين", "Putin", "الرئيس الروسي"], ["ترامب", "Trump", "البيت الأبيض"]]
    assert file.scope.none == ["بركان"]  # own scope.none replaces the included one
    putin, duration = loaded.claims
    assert isinstance(putin, MentionClaim) and isinstance(duration, QuantityClaim)
    assert putin.any == ["بوتين", "Putin", "الرئيس الروسي", "فلاديمير بوتين"]
    assert putin.not_ == ["ترامب", "Trump"]
    assert putin.threshold == 90 and putin.missing.value == "skip"
    assert duration.threshold == 80
    assert duration.scope is not None and duration.scope.any == [["ترامب", "Trump"]]
    assert loaded.claim_lines == [7, 12]


def test_later_include_wins_and_includes_nest(tmp_path: Path) -> None:
    write(tmp_path, {
        "base.yaml": "shared: true\naliases: {x: [ا]}\ndefaults: {threshold: 70}\n",
        "mid.yaml": "shared: true\ninclude: base.yaml\naliases: {y: [ب]}\n",
        "late.yaml": "shared: true\ndefaults: {threshold: 95}\naliases: {x: [ج]}\n",
        "c.yaml": "version: 1\ninclude: [mid.yaml, late.yaml]\nclaims:\n  - {id: a, says: s, kind: mention, any: [$x, $y]}\n",
    })
    loaded = load_claim_file(tmp_path / "c.yaml", "c.yaml")
    assert loaded.problems == []
    (claim,) = loaded.claims
    assert isinstance(claim, MentionClaim) and claim.any == ["ج", "ب"] and claim.threshold == 95
    assert loaded.included == ["mid.yaml", "base.yaml", "late.yaml"]


def test_problems_are_located_in_the_file_where_they_are(tmp_path: Path) -> None:
    write(tmp_path / "claims", {
        "shared/people.yaml": "shared: true\ndefaults:\n  threshold: 900\nscope:\n  all: [$nobody]\naliass: {}\n",
        "summit.yaml": (
            "version: 1\ninclude: shared/people.yaml\nclaims:\n"
            "  - id: a\n    says: x\n    kind: mention\n    any: [$putn]\n    anny: [b]\n"
        ),
    })
    assert lines(tmp_path) == [
        "claims/summit.yaml:7: claims[0].any[0]: unknown alias '$putn'; define it under 'aliases:' here "
        "or in an included file (aliases defined: none)",
        "claims/summit.yaml:8: claims[0].anny: unknown key for a mention claim; did you mean 'any'? "
        "(keys starting with 'x-' are ignored)",
        "claims/shared/people.yaml:3: defaults.threshold: Input should be less than or equal to 100",
        "claims/shared/people.yaml:5: scope.all[0]: unknown alias '$nobody'; define it under 'aliases:' here "
        "or in an included file (aliases defined: none)",
        "claims/shared/people.yaml:6: aliass: unknown key; did you mean 'aliases'? (keys starting with 'x-' are ignored)",
    ]


def test_unknown_alias_suggests_a_close_name(tmp_path: Path) -> None:
    write(tmp_path / "claims", {"shared/people.yaml": PEOPLE, "summit.yaml": SUMMIT.replace("[$putin, فلاديمير", "[$putn, فلاديمير")})
    assert lines(tmp_path) == [
        "claims/summit.yaml:10: claims[0].any[0]: unknown alias '$putn'; did you mean '$putin'? define it under "
        "'aliases:' here or in an included file (aliases defined: putin, trump)",
    ]


def test_missing_file_and_cycle_are_located_at_the_include_entry(tmp_path: Path) -> None:
    write(tmp_path, {
        "a.yaml": "version: 1\ninclude:\n  - b.yaml\n  - nowhere.yaml\nclaims:\n  - {id: a, says: x}\n",
        "b.yaml": "shared: true\ninclude: [a.yaml]\n",
    })
    assert lines(tmp_path, "a.yaml") == [
        "a.yaml:4: include[1]: 'nowhere.yaml': no such file (nowhere.yaml); paths are relative to a.yaml",
        "b.yaml:2: include[0]: include cycle: a.yaml -> b.yaml -> a.yaml; a file cannot include itself",
    ]
    write(tmp_path, {"self.yaml": "version: 1\ninclude: self.yaml\nclaims:\n  - {id: a, says: x}\n"})
    assert lines(tmp_path, "self.yaml") == [
        "self.yaml:2: include: include cycle: self.yaml -> self.yaml; a file cannot include itself",
    ]


def test_included_yaml_errors_and_shapes(tmp_path: Path) -> None:
    write(tmp_path, {
        "bad.yaml": "shared: true\naliases: {x: [a\n",
        "list.yaml": "- 1\n",
        "c.yaml": "version: 1\ninclude: [bad.yaml, list.yaml]\nclaims:\n  - {id: a, says: x}\n",
    })
    got = lines(tmp_path, "c.yaml")
    assert got[0].startswith("bad.yaml:3: YAML syntax error")
    assert got[1] == "list.yaml:1: an included file is a mapping with defaults, scope or aliases, not a list or a single value"


def test_a_claim_file_may_be_included_for_its_scope_and_aliases_not_its_claims(tmp_path: Path) -> None:
    write(tmp_path, {
        "summit.yaml": "version: 1\naliases: {putin: [بوتين]}\nscope: {all: [$putin]}\nclaims:\n  - {id: a, says: x}\n",
        "followup.yaml": "version: 1\ninclude: summit.yaml\nclaims:\n  - {id: b, says: y, kind: mention, any: $putin}\n",
    })
    loaded = load_claim_file(tmp_path / "followup.yaml", "followup.yaml")
    assert loaded.problems == []
    assert [c.id for c in loaded.claims] == ["b"]
    assert loaded.file is not None and loaded.file.scope is not None and loaded.file.scope.all == [["بوتين"]]


def test_alias_lists_cannot_nest_and_shared_files_hold_no_claims(tmp_path: Path) -> None:
    write(tmp_path, {"s.yaml": "shared: true\naliases:\n  a: [x]\n  b: [$a]\nclaims: []\n"})
    loaded = load_claim_file(tmp_path / "s.yaml", "s.yaml")
    assert loaded.shared and loaded.file is None
    assert [str(p) for p in loaded.problems] == [
        "s.yaml:4: aliases.b: an alias list cannot use another alias ($a); write its words out",
        "s.yaml:5: claims: a shared file has no claims (they would be included nowhere); "
        "move them to a claim file, or remove 'shared: true'",
    ]


def test_a_clean_shared_file_loads_without_problems_and_without_claims(tmp_path: Path) -> None:
    write(tmp_path, {"people.yaml": PEOPLE})
    loaded = load_claim_file(tmp_path / "people.yaml", "people.yaml")
    assert loaded.shared and loaded.problems == [] and loaded.claims == []


def test_lint_reports_all_problems_and_a_shared_files_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {
        "shared.yaml": "shared: true\ndefaults: {severity: fatal}\n",
        "a.yaml": "version: 1\ninclude: shared.yaml\nclaims:\n  - {id: a, says: x, kind: mention, any: [$q]}\n",
        "b.yaml": "version: 1\ninclude: shared.yaml\nclaims:\n  - {id: b, says: x}\n",
    })
    assert main(["lint", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    severity = [line for line in out if "defaults.severity" in line]
    assert len(severity) == 1 and severity[0].startswith(f"{tmp_path / 'shared.yaml'}:2: defaults.severity: 'fatal'")
    assert any("unknown alias '$q'" in line and line.startswith(f"{tmp_path / 'a.yaml'}:4") for line in out)
    write(tmp_path, {"shared.yaml": "shared: true\ndefaults: {severity: warn}\n",
                     "a.yaml": "version: 1\ninclude: shared.yaml\nclaims:\n  - {id: a, says: x}\n"})
    assert main(["lint", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "3 claim file(s) OK\n"


def test_a_mention_claims_anchors_take_the_merged_scope_and_its_own_aliases(tmp_path: Path) -> None:
    write(tmp_path / "claims", {"shared/people.yaml": PEOPLE, "summit.yaml": SUMMIT})
    putin = load_claim_file(tmp_path / "claims/summit.yaml", "claims/summit.yaml").claims[0]
    assert isinstance(putin, MentionClaim)
    # the included scope's all, its $aliases spelled out (kinds.near.anchored_sentences)
    assert putin.anchors == ["بوتين", "Putin", "الرئيس الروسي", "ترامب", "Trump", "البيت الأبيض"]
    own = SUMMIT.replace("    not: $trump\n", "    not: $trump\n    anchors: [$putin, القمة]\n")
    write(tmp_path / "claims", {"summit.yaml": own})
    loaded = load_claim_file(tmp_path / "claims/summit.yaml", "claims/summit.yaml")
    assert loaded.problems == []
    assert loaded.claims[0].anchors == ["بوتين", "Putin", "الرئيس الروسي", "القمة"]  # type: ignore[union-attr]
