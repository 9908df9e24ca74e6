"""Change one fact in a copy of one seed: exactly the claim about that fact fails.

End to end through the plugin, with the shipped claim file over copies of the
five seeds.  The other direction matters as much: surface variants that a
newsroom's text is full of (Arabic-Indic digits, آلاسكا, tatweel, a typo in a
long name) must not turn a supported claim into anything else.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import copy_shipped

CLAIMS = "claims/alaska_summit.yaml"

S001 = "001_329f1af01fb7c1a8"
S002 = "002_3449c5c6f9ea3f3f"
S003 = "003_3ec73edc40086703"
S004 = "004_cada30393e404383"


Edits = dict[str, list[tuple[str, str]]]


def run_on_edited_seeds(
    pytester: pytest.Pytester, edits: Edits, everywhere: Edits | None = None
) -> tuple[list[str], dict[tuple[str, str], dict[str, object]]]:
    """Failed test ids and the JSON results by (claim, source), after the edits.

    ``edits`` replace text that occurs once; ``everywhere`` replaces every occurrence.
    """
    copy_shipped(pytester)
    for seed in sorted(set(edits) | set(everywhere or {})):
        replacements = edits.get(seed, [])
        path = pytester.path / "seeds" / f"{seed}.txt"
        text = path.read_text(encoding="utf-8")
        for old, new in replacements:
            assert text.count(old) == 1, f"{old!r} must occur once in {seed}"
            text = text.replace(old, new)
        for old, new in (everywhere or {}).get(seed, []):
            assert old in text
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    result = pytester.runpytest("-p", "no:cacheprovider", "--factcheck-json=out/report.json", "-rf")
    failed = sorted(line.split()[1] for line in result.stdout.lines if line.startswith("FAILED"))
    report = json.loads((pytester.path / "out" / "report.json").read_text(encoding="utf-8"))
    by_pair = {(r["claim"], r["source"]): r for r in report["results"]}
    return failed, by_pair


FLIPS = [
    pytest.param(
        S002, "استمر نحو ثلاث ساعات", "استمر نحو خمس ساعات", ["summit-duration"],
        "states 5 hours", "خمس", id="duration",
    ),
    pytest.param(
        S003, "التي بدأت في 2022", "التي بدأت في 2014", ["war-began-2022"],
        "states 2014, claim says 2022", "2014", id="year",
    ),
    pytest.param(
        S002, "أكثر من مليون شخص", "نحو مئة ألف شخص", ["casualties-over-a-million"],
        "states 100,000", "مئة", id="count",
    ),
    pytest.param(
        S001, "منذ ثمانية عقود", "منذ خمسة عقود", ["deadliest-in-europe-for-80-years"],
        "5 decades = 50 years", "خمسة", id="decades",
    ),
    pytest.param(
        S002, "أنه لن يتم إصدار بيان ختامى", "أنه سيتم إصدار بيان ختامى", ["no-final-statement"],
        "the claim is negated, the source affirms it", "سيتم", id="negation-dropped",
    ),
    pytest.param(
        S004, "في فبراير 2022", "في مارس 2022", ["invasion-began-february-2022"],
        "states 2022-03, claim says 2022-02", "مارس", id="month",
    ),
]


@pytest.mark.parametrize(("seed", "old", "new", "claims", "reason", "changed"), FLIPS)
def test_one_changed_fact_fails_exactly_its_claim(
    pytester: pytest.Pytester, seed: str, old: str, new: str, claims: list[str], reason: str, changed: str
) -> None:
    failed, results = run_on_edited_seeds(pytester, {seed: [(old, new)]})
    assert failed == [f"{CLAIMS}::{c}[{seed}]" for c in claims]
    for c in claims:
        record = results[(c, seed)]
        assert record["verdict"] == "contradicted"
        evidence = record["evidence"]
        assert isinstance(evidence, list)
        reasons = " ".join(str(e.get("reason", "")) for e in evidence)
        assert reason in reasons, reasons
        # the contradicting evidence quotes the changed word itself
        assert changed not in old
        assert any(e["role"] == "contradicts" and changed in str(e["text"]) for e in evidence), evidence


def test_surface_variants_keep_claims_supported(pytester: pytest.Pytester) -> None:
    edits = {
        # Arabic-Indic digits
        S003: [("بعد 3 ساعات من المحادثات “الثلاثية”", "بعد ٣ ساعات من المحادثات “الثلاثية”")],
        # آلاسكا for ألاسكا, tatweel inside a word, a typo in a long name
        S002: [
            ("الاجتماع، الذي استمر نحو ثلاث ساعات", "الاجتمـــاع، الذي استمـر نحو ثلاث ساعات"),
            ("ويظل بوتين مطلوباً للمحكمة الجنائية الدولية", "ويظل بوتين مطلوباً للمحكمة الجنائيـة الدولية"),
        ],
        S001: [("أحد أكثر الصراعات دموية في أوروبا منذ ثمانية عقود", "أحد أكثر الصراعات دموية في أوروبا منذ ٨ عقود")],
        "000_545618ef9b520956": [
            ("قاعدة إلمندورف الجوية", "قاعدة إلمندروف الجوية"),
        ],
    }
    # every ألاسكا of one article spelt آلاسكا (as 004 does once)
    everywhere = {"000_545618ef9b520956": [("ألاسكا", "آلاسكا")]}
    failed, results = run_on_edited_seeds(pytester, edits, everywhere)
    assert failed == []
    for pair in [
        ("summit-duration", S003),
        ("summit-duration", S002),
        ("putin-wanted-by-icc", S002),
        ("deadliest-in-europe-for-80-years", S001),
        ("venue-elmendorf", "000_545618ef9b520956"),
        ("held-in-alaska", "000_545618ef9b520956"),
        ("alaska-is-a-state", "000_545618ef9b520956"),
    ]:
        assert results[pair]["verdict"] == "supported", (pair, results[pair])
    ev = results[("venue-elmendorf", "000_545618ef9b520956")]["evidence"]
    assert isinstance(ev, list) and "إلمندروف" in str(ev[0]["text"])
