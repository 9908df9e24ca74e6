"""A failure ends with what the editor does about it.

It showed the evidence and stopped: the one way to tell the run "this article is known to be wrong"
(``expect``, contract §2) was in the README only, and an unmet ``expect`` did not say which entry.
"""

from __future__ import annotations

import pytest

CLAIMS = """\
version: 1
claims:
  - id: state
    says: ألاسكا ولاية أمريكية
    kind: mention
    any: [ولاية ألاسكا]
    not: [مدينة ألاسكا]
  - id: venue
    says: عقدت القمة في قاعدة إلمندورف الجوية
    kind: mention
    any: [إلمندورف]
    not: [قاعدة أندروز]
    expect:
      "wire-*": contradicted
  - id: city
    says: عقدت القمة في مدينة أنكوريج
    kind: mention
    any: [أنكوريج]
    not: [جونو]
    severity: warn
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = corpus\nfactcheck_claims = claims\n")
    pytester.mkdir("corpus")
    (pytester.path / "corpus" / "wire-1.txt").write_text(
        "شهدت مدينة ألاسكا القمة في قاعدة إلمندورف الجوية، في مدينة جونو.\n", encoding="utf-8")
    pytester.mkdir("claims")
    (pytester.path / "claims" / "c.yaml").write_text(CLAIMS, encoding="utf-8")
    return pytester


def test_a_failure_says_what_to_do_next(project: pytest.Pytester) -> None:
    result = project.runpytest("-p", "no:cacheprovider", "--factcheck-no-cache")
    result.assert_outcomes(failed=2, passed=1)
    result.stdout.fnmatch_lines([
        "_*state[[]wire-1[]]*",
        "verdict: contradicted",
        '  next: if the source is wrong, add expect: {"wire-1": contradicted} to claim state '
        "(an xfail from then on); if the claim is, correct it",
    ])
    result.stdout.fnmatch_lines([
        "_*venue[[]wire-1[]]*",
        "verdict: supported (expected contradicted, got supported)",
        '  next: claim venue expects "wire-*": contradicted; if the source or the claim changed, '
        "update or drop that entry",
    ])
    # a warning (severity: warn) fails nothing: no next step (counted above the short summary, which repeats
    # each failure whole where pytest does not truncate it, as under CI=true)
    assert result.stdout.str().split("short test summary info")[0].count("  next: ") == 2
