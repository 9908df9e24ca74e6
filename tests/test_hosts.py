"""A mention rival that names a tournament's host (kinds/rival_cues.py ``tournament_host``) denies nothing.

The sentences are ANT's: FR-internationalNews-2139-20180703 and BB-sport-260-20180703 in the Sweden–Switzerland file
(«مونديال روسيا», «كأس العالم التي تستضيفها روسيا» beside a claim that England is Sweden's next opponent),
AL-sport-2147-20180625 in the Iran–Portugal file («المقامة حاليا في روسيا»)."""

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
scope:
  all: [[السويد, السويدي], [سويسرا, السويسري]]
claims:
  - id: next-opponent
    says: يلاقي المنتخب السويدي في ربع النهائي إنجلترا
    kind: mention
    any: [إنجلترا, إنكلترا]
    not: [روسيا, كولومبيا]
    about: [ربع النهائي, الدور ربع النهائي]
"""


def _claim() -> MentionClaim:
    return claim_of(FILE, MentionClaim)


@pytest.mark.parametrize("text", [
    "تأهل منتخب السويد ظهر الثلاثاء إلى الدور ربع النهائي لمونديال روسيا لكرة القدم إثر فوزه على نظيره السويسري.",
    "تأهل المنتخب السويدي إلى الدور ربع النهائي من بطولة كأس العالم التي تستضيفها روسيا، بعد فوزه على سويسرا.",
    "صعد منتخب السويد إلى الدور ربع النهائي لبطولة كأس العالم لكرة القدم، المقامة حاليا في روسيا، بفوزه على سويسرا.",
])
def test_a_tournaments_host_is_no_rival(text: str) -> None:
    assert check(_claim(), analysis_of(text)).verdict is Verdict.NOT_MENTIONED
    notes: Notes = {}
    check_mention(_claim(), analysis_of(text), notes=notes)
    assert list(notes.values()) == ["not counted: a tournament's host («مونديال روسيا», «التي تستضيفها روسيا»)"]


def test_a_rival_named_as_the_side_still_denies() -> None:
    """The same sentence naming Russia as the opponent, and a match's own place («التي تقام في»): rivals still."""
    text = "تأهل منتخب السويد إلى الدور ربع النهائي حيث يلاقي روسيا إثر فوزه على نظيره السويسري."
    assert check(_claim(), analysis_of(text)).verdict is Verdict.CONTRADICTED
    held = "يلاقي المنتخب السويدي في الدور ربع النهائي روسيا في المباراة التي تقام في سامارا."
    assert check(_claim(), analysis_of(held)).verdict is Verdict.CONTRADICTED
