"""A mention rival named as the one whose relative the sentence speaks of (kinds/rival_cues.py ``kin_of``) denies
nothing: «شقيقة زعيم كوريا الشمالية كيم جونغ أون» is the sister, not the leader.

The sentences are ANT's, from the Pyeongchang file (held out; the rule was made after its first run):
FR-sport-8-20180208, SK-internationalNews-71-20180222 and AL-internationalNews-159-20180222 (the sister of the leader
beside a claim of her name), AL-sport-88-20180212 (her given his name: the true contradiction)."""

from __future__ import annotations

import pytest

from factcheck.claims.model import MentionClaim
from factcheck.kinds import check
from factcheck.kinds.evidence import Notes
from factcheck.kinds.mention import check as check_mention
from factcheck.verdicts import Verdict
from tests.conftest import analysis_of, claim_of

FILE = """\
version: 1
claims:
  - id: sister
    says: أوفد الزعيم الكوري الشمالي كيم جونغ أون شقيقته كيم يو جونغ لحضور حفل الافتتاح
    kind: mention
    any: [كيم يو جونغ, يو جونغ]
    not: [كيم جونغ أون, كيم جونج أون]
    about: [شقيقة, شقيقته, الشقيقة]
"""


def _claim() -> MentionClaim:
    return claim_of(FILE, MentionClaim)


@pytest.mark.parametrize("text", [
    "تزور شقيقة زعيم كوريا الشمالية كيم جونغ أون كوريا الجنوبية بمناسبة حفل افتتاح الألعاب الأولمبية الشتوية الجمعة.",
    "هاجم نائب الرئيس الأميركي مايك بنس شقيقة زعيم كوريا الشمالية كيم جونغ أون التي حضر إلى جانبها حفل الافتتاح.",
    "أنفقت كوريا الجنوبية حوالي 240 مليون وون على شقيقة زعيم كوريا الشمالية، كيم جونج أون، والوفد المرافق لها.",
    "حضرت شقيقة الزعيم كيم جونغ أون حفل الافتتاح.",
])
def test_the_one_whose_sister_she_is_is_no_rival(text: str) -> None:
    assert check(_claim(), analysis_of(text)).verdict is Verdict.NOT_MENTIONED
    notes: Notes = {}
    check_mention(_claim(), analysis_of(text), notes=notes)
    assert list(notes.values()) == ["not counted: whose relative its sentence names («شقيقة الزعيم كيم جونغ أون»: his sister)"]


@pytest.mark.parametrize("text", [
    # her given his name, the noun of kin after it
    "وصلت كيم جونج أون شقيقة الزعيم الكورى الشمالى إلى مقر الحفل.",
    # a name right after the noun of kin, or after an adjective of his, may be the relative's own
    "حضر حفل الافتتاح شقيقه كيم جونغ أون.",
    "حضر حفل الافتتاح شقيقه الأكبر كيم جونغ أون.",
])
def test_the_rival_named_as_the_relative_still_denies(text: str) -> None:
    assert check(_claim(), analysis_of(text)).verdict is Verdict.CONTRADICTED
