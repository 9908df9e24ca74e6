"""A run made before, all of it, replayed (``factcheck.whole_run``, ``factcheck.run_record``): the same items,
endings, terminal and report files, without reading the claims or the corpus; anything changed, a new run."""

from __future__ import annotations

import json
import os
import re
import stat
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.complete_runs import RunInputs, fingerprint
from factcheck.report.atomic import copy_atomic
from factcheck.run_record import ENDINGS, FileState, ItemRecord, OutputRecord, RunRecord

ARGS = ["-p", "no:cacheprovider", "--factcheck-cache=c", "-rfsx", "-W", "always"]
# Which items a run collected, and which of the checking's modules it imported: a replayed run imports none.
MODULES = """\
import json
import sys

ITEMS = []


def pytest_collection_modifyitems(items):
    ITEMS.extend(type(item).__name__ for item in items)


def pytest_unconfigure(config):
    with open("modules.json", "w") as fh:
        json.dump({"items": ITEMS, "modules": sorted(m for m in sys.modules if m.startswith("factcheck"))}, fh)
"""


def _run(pytester: pytest.Pytester, *extra: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess(*ARGS, *extra)


def _replayed(pytester: pytest.Pytester) -> bool:
    """Every item replayed, and nothing read; False for a run that collected nothing."""
    seen = json.loads((pytester.path / "modules.json").read_text())
    items, loaded = set(seen["items"]), set(seen["modules"])
    if items == {"ReplayedItem"}:
        assert "factcheck.engine" not in loaded and "factcheck.claims.model" not in loaded
        return True
    return False


def _shown(result: pytest.RunResult) -> list[str]:
    return [re.sub(r" in [\d.]+s\b.*| written to \w+\.json", "", line) for line in result.outlines]


def _records(folder: Path) -> list[bytes]:
    marks = folder / "complete-runs"
    return [p.read_bytes() for p in sorted(marks.iterdir())] if marks.is_dir() else []


@pytest.fixture
def project(shipped: pytest.Pytester) -> pytest.Pytester:
    shipped.makeconftest(MODULES)
    return shipped


@pytest.mark.parametrize("granularity", ["pair", "claim"])
def test_an_unchanged_run_is_replayed_with_its_terminal_and_its_report(project: pytest.Pytester, granularity: str) -> None:
    level = f"--factcheck-granularity={granularity}"
    claims = project.path / "claims" / "alaska_summit.yaml"  # one claim warns: its warning is replayed too
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("  - id: summit-duration\n", "  - id: summit-duration\n    severity: warn\n"),
                      encoding="utf-8")
    cold = _run(project, level, "--factcheck-json=cold.json")
    assert not _replayed(project)
    assert cold.parseoutcomes()["xfailed"] >= 1 and cold.parseoutcomes()["warnings"] >= 1
    warm = _run(project, level, "--factcheck-json=warm.json")  # another file: a copy of the one written
    assert _replayed(project)
    assert warm.ret == cold.ret
    assert warm.parseoutcomes() == cold.parseoutcomes()
    assert _shown(warm) == _shown(cold)  # failure texts, skip and xfail reasons, the summary: durations aside
    warm.stdout.fnmatch_lines(["*FactcheckWarning*summit-duration*", "factcheck: JSON report written to warm.json"])
    assert (project.path / "warm.json").read_bytes() == (project.path / "cold.json").read_bytes()

    same = _run(project, level, "--factcheck-json=cold.json")  # the very file the run wrote: left as it is
    assert _replayed(project) and _shown(same) == _shown(cold)
    brief = _run(project, level, "-q")  # the lines -q shows, kept beside the others
    assert _replayed(project)
    brief.stdout.fnmatch_lines(["factcheck: 5 sources; verdicts: *"])
    assert "claims/alaska_summit.yaml" not in brief.outlines  # the file's table, shown without -q
    assert "claims/alaska_summit.yaml" in cold.outlines


def test_a_selection_is_made_again_and_another_is_a_new_run(project: pytest.Pytester) -> None:
    cold = _run(project, "-k", "duration", "--factcheck-json=r.json")
    warm = _run(project, "-k", "duration", "--factcheck-json=r.json")
    assert _replayed(project)
    assert warm.parseoutcomes() == cold.parseoutcomes() and warm.parseoutcomes()["deselected"] > 100
    assert _shown(warm) == _shown(cold)
    _run(project, "-k", "venue", "--factcheck-json=r.json")
    assert not _replayed(project)


def _touch_claims(root: Path) -> list[str]:
    claims = root / "claims" / "alaska_summit.yaml"
    os.utime(claims, ns=(claims.stat().st_atime_ns, claims.stat().st_mtime_ns + 10**9))  # the same bytes
    return []


def _edit_report(root: Path) -> list[str]:
    report = root / "r.json"
    report.write_text(report.read_text(encoding="utf-8").replace('"version": 1', '"version": 2'), encoding="utf-8")
    return []


def _damage_record(root: Path) -> list[str]:
    (mark,) = (root / "c" / "complete-runs").iterdir()
    mark.write_bytes(b'{"format": 1, "items": 3}')
    return []


@pytest.mark.parametrize("change", [
    _touch_claims,
    lambda root: ["-o", "factcheck_jsonl_fields=id=id text=body"],  # an ini value overridden
    lambda root: ["-x"],  # may stop before the end: a run of its own
    lambda root: ["--factcheck-html=r.html"],  # a report the run replayed did not write
    _edit_report,  # the report is no longer what the run wrote
    _damage_record,
    lambda root: ["--ignore=claims/none.yaml"],  # any option of pytest's: what it collects may change
    lambda root: ["-W", "ignore::DeprecationWarning"],  # which warnings show
], ids=["claims-touched", "ini-override", "maxfail", "new-report", "report-edited", "record-damaged", "ignore",
        "warnings-filter"])
def test_anything_changed_is_a_new_run_with_the_same_verdicts(project: pytest.Pytester, change: object) -> None:
    cold = _run(project, "--factcheck-json=r.json")
    assert callable(change)
    extra = change(project.path)
    again = _run(project, "--factcheck-json=r.json", *extra)
    assert not _replayed(project)
    if "-x" not in extra:
        assert again.parseoutcomes() == cold.parseoutcomes()
        assert json.loads((project.path / "r.json").read_text(encoding="utf-8"))["version"] == 1  # written afresh


def test_a_corpus_changed_is_checked_again(project: pytest.Pytester) -> None:
    cold = _run(project)
    (seed,) = (project.path / "seeds").glob("002_*.txt")
    seed.write_text(seed.read_text(encoding="utf-8").replace("استمر نحو خمس ساعات", "استمر نحو ثلاث ساعات"),
                    encoding="utf-8")
    fixed = _run(project)
    assert not _replayed(project)
    assert fixed.parseoutcomes().get("failed", 0) == cold.parseoutcomes()["failed"] - 1


@pytest.mark.parametrize("layout", ["build", "link", "glob"])
def test_every_corpus_file_the_loader_reads_is_in_the_fingerprint(project: pytest.Pytester, layout: str) -> None:
    """A folder pytest would not collect from (build), a folder reached through a link, a glob matching folders:
    the corpus loader reads their articles, so an edit there is a new run."""
    seeds = project.path / "seeds"
    (seed,) = seeds.glob("002_*.txt")
    home = project.path / ("outside" if layout == "link" else "seeds/build" if layout == "build" else "seeds/more")
    home.mkdir()
    seed.rename(home / seed.name)
    if layout == "link":
        (seeds / "linked").symlink_to(home, target_is_directory=True)
    spec = ["--factcheck-corpus=seeds/*"] if layout == "glob" else []
    cold = _run(project, *spec)
    moved = home / seed.name
    moved.write_text(moved.read_text(encoding="utf-8").replace("استمر نحو خمس ساعات", "استمر نحو ثلاث ساعات"),
                     encoding="utf-8")
    fixed = _run(project, *spec)
    assert not _replayed(project)
    assert fixed.parseoutcomes().get("failed", 0) == cold.parseoutcomes()["failed"] - 1


def test_a_setup_plan_leaves_no_record_to_replay(project: pytest.Pytester) -> None:
    _run(project, "--setup-plan")
    assert not any(_records(project.path / "c"))
    plain = _run(project)
    assert plain.parseoutcomes()["passed"] > 100


TAGGED = "version: 1\nclaims:\n  - id: place\n    says: عقدت القمة في ألاسكا\n    kind: mention\n    any: [ألاسكا]\n" \
         "    tags: [xfail]\n"


def test_a_claim_tagged_with_one_of_pytests_own_markers_leaves_no_record(project: pytest.Pytester) -> None:
    """Tagged xfail, a supported claim is an XPASS: strict, a failure the record could only replay as xfailed."""
    (project.path / "claims" / "tagged.yaml").write_text(TAGGED, encoding="utf-8")
    first = _run(project, "claims/tagged.yaml", "-o", "xfail_strict=true")
    first.assert_outcomes(failed=5)
    assert not any(_records(project.path / "c"))
    second = _run(project, "claims/tagged.yaml", "-o", "xfail_strict=true")
    second.assert_outcomes(failed=5)


REPLACE = """

def pytest_sessionfinish(session):
    import os
    if os.environ.get("REPLACE_REPORT"):  # another run writes the report this one copies, before it does
        with open("new.json", "w") as fh:
            fh.write("{}")
        os.replace("new.json", "r.json")
"""


def test_a_report_replaced_while_the_run_is_replayed_is_copied_as_it_was(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makeconftest(MODULES + REPLACE)
    cold = _run(project, "--factcheck-json=r.json")
    kept = (project.path / "r.json").read_bytes()
    monkeypatch.setenv("REPLACE_REPORT", "1")
    warm = _run(project, "--factcheck-json=copy.json")
    assert _replayed(project) and warm.ret == cold.ret
    assert (project.path / "copy.json").read_bytes() == kept


HOOKS = {
    "output": "def pytest_runtest_call(item):\n    print('seen', item.name)\n",  # captured: a replay would lose it
    "input-changed": (  # a seed touched while the run reads: its start and end differ
        "import os, pathlib\n\ndef pytest_runtest_call(item):\n"
        "    seed = next(pathlib.Path('seeds').glob('000_*.txt'))\n"
        "    os.utime(seed, ns=(seed.stat().st_atime_ns, seed.stat().st_mtime_ns + 1))\n"),
    "other-warning": "import warnings\n\ndef pytest_runtest_call(item):\n    warnings.warn(UserWarning('own'))\n",
}


@pytest.mark.parametrize("hook", sorted(HOOKS))
def test_a_run_a_record_could_not_replay_leaves_none(project: pytest.Pytester, hook: str) -> None:
    project.makeconftest(MODULES + "\n\n" + HOOKS[hook])
    _run(project)
    assert not any(_records(project.path / "c"))
    _run(project)
    assert not _replayed(project)


# A conftest whose hook takes its word from a module of the project: its code decides which items run.
HELPED = "import helper\n\n" + MODULES.replace(
    "def pytest_collection_modifyitems(items):\n",
    "def pytest_collection_modifyitems(config, items):\n"
    "    config.hook.pytest_deselected(items=items[:helper.DROP])\n"
    "    del items[:helper.DROP]\n")


def test_a_module_a_conftest_imports_is_in_the_fingerprint(project: pytest.Pytester) -> None:
    project.makeconftest(HELPED)
    helper = project.path / "helper.py"
    helper.write_text("DROP = 0\n", encoding="utf-8")
    every = _run(project).parseoutcomes()
    _run(project)
    assert _replayed(project)  # kept, and replayed while the module is as it was
    helper.write_text("DROP = 3  # another size: no bytecode cached for the old text is taken\n", encoding="utf-8")
    fewer = _run(project).parseoutcomes()
    assert not _replayed(project)
    assert fewer["deselected"] == 3 and sum(fewer.values()) == sum(every.values())


# A claim folder's own conftest, imported only when pytest reaches that folder, after the run's fingerprint is taken.
LATER = "import helper\n\n\ndef pytest_collection_modifyitems(config, items):\n" \
        "    config.hook.pytest_deselected(items=items[:helper.DROP])\n    del items[:helper.DROP]\n"
PLACE_CLAIM = "version: 1\nclaims:\n  - id: place\n    says: عقدت القمة في ألاسكا\n    kind: mention\n    any: [ألاسكا]\n"


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["serial", "xdist"])
def test_a_module_a_later_conftest_imports_is_checked_before_a_replay(
    project: pytest.Pytester, workers: list[str]
) -> None:
    """Its module is in no fingerprint (the conftest is imported after it is taken, under -n only by the workers):
    the record keeps the module's state, and a replay needs it unchanged."""
    if workers:
        pytest.importorskip("xdist")
    claims = project.path / "claims"
    (claims / "a").mkdir()
    (claims / "alaska_summit.yaml").rename(claims / "a" / "alaska_summit.yaml")
    (claims / "b").mkdir()
    (claims / "b" / "place.yaml").write_text(PLACE_CLAIM, encoding="utf-8")
    (claims / "b" / "conftest.py").write_text(LATER, encoding="utf-8")
    helper = project.path / "helper.py"
    helper.write_text("DROP = 0\n", encoding="utf-8")
    every = _run(project, *workers).parseoutcomes()
    _run(project, *workers)
    assert _replayed(project)
    helper.write_text("DROP = 3  # another size: no bytecode cached for the old text is taken\n", encoding="utf-8")
    fewer = _run(project, *workers).parseoutcomes()
    assert not _replayed(project)
    def ran(outcomes: dict[str, int]) -> int:
        return sum(n for ending, n in outcomes.items() if ending in ("passed", "failed", "skipped", "xfailed"))
    assert ran(fewer) == ran(every) - 3


# A project's hook that reads each item's claim: no statement is run.
BY_KIND = MODULES.replace(
    "def pytest_collection_modifyitems(items):\n",
    "def pytest_collection_modifyitems(config, items):\n"
    "    config.hook.pytest_deselected(items=[i for i in items if i.claim.kind == 'statement'])\n"
    "    items[:] = [i for i in items if i.claim.kind != 'statement']\n")


@pytest.mark.parametrize("granularity", ["pair", "claim"])
def test_a_replayed_item_gives_a_projects_hook_its_claim(project: pytest.Pytester, granularity: str) -> None:
    project.makeconftest(BY_KIND)
    level = f"--factcheck-granularity={granularity}"
    first = _run(project, level).parseoutcomes()
    again = _run(project, level)
    seen = json.loads((project.path / "modules.json").read_text())
    assert set(seen["items"]) == {"ReplayedItem"}  # replayed, each item's claim read from its file for the hook
    assert first["deselected"] > 0 and again.parseoutcomes() == first


# A project's hook that reads each item's sources, as a ClaimItem holds them.
BY_SOURCE = MODULES + """

SOURCES = {}


def pytest_runtest_setup(item):
    if hasattr(item, "source"):
        SOURCES[item.nodeid] = [item.source.id, item.source.path, hasattr(item, "sources")]
    else:
        SOURCES[item.nodeid] = sorted(s.id for s in item.sources)


def pytest_sessionfinish(session):
    with open("sources-%d.json" % len(session.items), "w") as fh:
        json.dump(SOURCES, fh, sort_keys=True)
"""


@pytest.mark.parametrize("granularity", ["pair", "claim"])
def test_a_replayed_item_gives_a_projects_hook_its_sources(project: pytest.Pytester, granularity: str) -> None:
    """``item.source`` (a pair's) and ``item.sources`` (a claim's) are what the recorded run's items held: a
    project's hook that reads them works on the replayed run too, which plans the file only when asked."""
    project.makeconftest(BY_SOURCE)
    level = f"--factcheck-granularity={granularity}"
    first = _run(project, level).parseoutcomes()
    (cold,) = project.path.glob("sources-*.json")
    recorded = json.loads(cold.read_text(encoding="utf-8"))
    cold.unlink()
    again = _run(project, level)
    seen = json.loads((project.path / "modules.json").read_text())
    assert set(seen["items"]) == {"ReplayedItem"} and again.parseoutcomes() == first
    (warm,) = project.path.glob("sources-*.json")
    assert json.loads(warm.read_text(encoding="utf-8")) == recorded
    assert not list((project.path / "c").glob("*-wal"))  # the cache the hook's planning opened was closed
    assert len(recorded) > 5 and all(v for v in recorded.values())
    if granularity == "pair":
        assert all(path.startswith("seeds/") and not has_sources for _, path, has_sources in recorded.values())


SHARED = "shared: true\naliases:\n  place: [ألاسكا, آلاسكا]\n"
PLACE = ("version: 1\ninclude: [{path}]\nclaims:\n  - id: place\n    says: عقدت القمة في ألاسكا\n    kind: mention\n"
         "    any: [$place]\n")


@pytest.mark.parametrize("inside", [True, False])
def test_an_included_file_outside_the_claim_folders_leaves_no_record(project: pytest.Pytester, inside: bool) -> None:
    """Inside a claim folder the fingerprint follows an included file; outside, it could change unseen."""
    shared = project.path / ("claims/shared" if inside else "elsewhere") / "places.yaml"
    shared.parent.mkdir()
    shared.write_text(SHARED, encoding="utf-8")
    (project.path / "claims" / "place.yaml").write_text(
        PLACE.format(path="shared/places.yaml" if inside else "../elsewhere/places.yaml"), encoding="utf-8")
    first = _run(project, "claims/place.yaml")
    first.assert_outcomes(passed=5)
    assert any(_records(project.path / "c")) is inside
    _run(project, "claims/place.yaml")
    assert _replayed(project) is inside
    shared.write_text(SHARED.replace("ألاسكا, ", ""), encoding="utf-8")  # one spelling left
    _run(project, "claims/place.yaml")
    assert not _replayed(project)


def test_a_run_with_a_broken_claim_file_leaves_no_record(project: pytest.Pytester) -> None:
    (project.path / "claims" / "broken.yaml").write_text("version: 1\nclaims:\n  - id: x\n", encoding="utf-8")
    broken = _run(project)
    broken.stdout.fnmatch_lines(["*ERROR collecting claims/broken.yaml*"])
    assert not any(_records(project.path / "c"))
    again = _run(project)
    assert not _replayed(project)
    again.stdout.fnmatch_lines(["*ERROR collecting claims/broken.yaml*"])


FLAKY = """
import os
if os.environ.get("FLAKY"):  # a fault of this once (memory, a lost reader), which no fingerprint sees
    import factcheck.engine as _engine
    _kind = _engine.check_kind
    def _many(self, *a, **k):
        raise MemoryError("simulated")
    def _check(claim, analysis):
        if claim.id == "summit-duration":
            raise MemoryError("simulated")
        return _kind(claim, analysis)
    _engine.Engine.check_many, _engine.check_kind = _many, _check
"""


def test_a_fault_of_one_run_is_met_afresh_not_replayed(project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crashed pair's error is never kept (engine), nor the bulk reading's failure note: the next run checks."""
    project.makeconftest(MODULES + FLAKY)
    monkeypatch.setenv("FLAKY", "1")
    flaky = _run(project)
    assert flaky.parseoutcomes()["failed"] > 1
    flaky.stdout.fnmatch_lines(["*reading the sources in bulk failed*"])
    assert _records(project.path / "c") == []  # not even a mark: not every outcome is in the cache
    monkeypatch.delenv("FLAKY")
    healed = _run(project)
    assert not _replayed(project) and healed.parseoutcomes()["failed"] == 1
    assert "reading the sources in bulk failed" not in healed.stdout.str()


RACE = """
import os
import factcheck.whole_run as _whole_run
_fingerprint, _calls = _whole_run.fingerprint, []
def _another_run_writes_the_report(*args, **kwargs):  # while this one takes its end fingerprint
    _calls.append(1)
    if len(_calls) == 2 and os.environ.get("RACE"):
        with open("other.json", "w") as fh:
            fh.write('{"written by": "another run"}\\n')
        os.replace("other.json", "r.json")
    return _fingerprint(*args, **kwargs)
_whole_run.fingerprint = _another_run_writes_the_report
"""


def test_a_report_replaced_before_the_record_is_kept_leaves_no_record_of_it(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makeconftest(MODULES + RACE)
    monkeypatch.setenv("RACE", "1")
    _run(project, "-k", "duration", "--factcheck-json=r.json")
    assert json.loads((project.path / "r.json").read_text(encoding="utf-8")) == {"written by": "another run"}
    monkeypatch.delenv("RACE")
    _run(project, "-k", "duration", "--factcheck-json=w.json")
    assert not _replayed(project)
    assert json.loads((project.path / "w.json").read_text(encoding="utf-8"))["version"] == 1


def test_junit_properties_are_replayed(project: pytest.Pytester) -> None:
    def properties(name: str) -> dict[str, list[tuple[str, str]]]:
        root = ET.parse(project.path / name).getroot()
        return {f"{case.get('classname')}::{case.get('name')}": [(p.get("name", ""), p.get("value", ""))
                                                                  for p in case.iter("property")]
                for case in root.iter("testcase")}

    _run(project, "--junitxml=cold.xml")
    _run(project, "--junitxml=warm.xml")
    assert _replayed(project)
    cold = properties("cold.xml")
    assert cold == properties("warm.xml") and sum(len(p) for p in cold.values()) > 100


def test_a_run_under_xdist_is_recorded_by_its_controller_and_replayed(project: pytest.Pytester) -> None:
    """The controller sees every item's reports, and its workers' items as collected: the next run is replayed
    (in one process, its workers dropped), as the serial run would be."""
    pytest.importorskip("xdist")
    first = _run(project, "-n", "2", "--factcheck-json=workers.json")
    first.stdout.fnmatch_lines(["created: 2/2 workers"])
    assert all(_records(project.path / "c"))
    second = _run(project, "-n", "2", "--factcheck-json=replayed.json")
    assert _replayed(project)
    assert second.parseoutcomes() == first.parseoutcomes()
    assert (project.path / "replayed.json").read_bytes() == (project.path / "workers.json").read_bytes()
    serial = _run(project, "--factcheck-json=serial.json", "--factcheck-no-cache")
    assert _shown(second)[-12:] == _shown(serial)[-12:]  # the summary as the serial run prints it
    chosen = _run(project, "-n", "2", "-k", "duration")  # a selection the workers make: not recorded
    chosen.stdout.fnmatch_lines(["created: 2/2 workers"])
    _run(project, "-n", "2", "-k", "duration")
    assert not _replayed(project)


# -- the record and its files, without pytest ---------------------------------------------------------------------
texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=20)
items = st.builds(ItemRecord, nodeid=texts, name=texts, path=texts, line=st.integers(1, 10**6),
                  tags=st.tuples(texts), ending=st.sampled_from(ENDINGS), text=texts, warnings=st.tuples(texts, texts),
                  properties=st.lists(st.tuples(texts, texts), max_size=2).map(tuple))
states = st.builds(FileState, path=texts, size=st.integers(0, 2**40), mtime_ns=st.integers(0, 2**62),
                   ctime_ns=st.integers(0, 2**62), inode=st.integers(0, 2**62), device=st.integers(0, 2**62))


@given(record=st.builds(RunRecord, items=st.lists(items, max_size=3).map(tuple), detailed=st.tuples(texts),
                        brief=st.tuples(texts), notes=st.tuples(), problems=st.tuples(texts),
                        outputs=st.lists(st.builds(OutputRecord, kind=st.sampled_from(["JSON", "HTML"]), state=states),
                                         max_size=2).map(tuple),
                        modules=st.lists(states, max_size=2).map(tuple)))
def test_a_record_reads_back_as_written(record: RunRecord) -> None:
    assert RunRecord.from_bytes(record.to_bytes()) == record


@pytest.mark.parametrize("data", [b"", b"[]", b"{}", b'{"format": 1}', b"\xff", b'{"format": 0, "items": []}'])
def test_anything_but_a_record_is_none(data: bytes) -> None:
    assert RunRecord.from_bytes(data) is None


def test_a_record_with_a_wrong_field_is_none() -> None:
    good = RunRecord(items=(ItemRecord("n", "n", "p", 1, (), "passed"),), detailed=(), brief=(), notes=(),
                     problems=(), outputs=())
    raw = json.loads(good.to_bytes())
    assert RunRecord.from_bytes(json.dumps(raw).encode()) == good
    for broken in ({"ending": "won"}, {"line": "1"}, {"line": True}, {"tags": "x"}, {"properties": [["a"]]}):
        bad = {**raw, "items": [{**raw["items"][0], **broken}]}
        assert RunRecord.from_bytes(json.dumps(bad).encode()) is None, broken


def test_a_file_changed_just_now_has_no_settled_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    inputs = RunInputs(("s",), (tmp_path,))
    assert fingerprint(inputs) is not None and fingerprint(inputs, settled=True) is None
    time.sleep(0.06)
    assert fingerprint(inputs, settled=True) == fingerprint(inputs)


def test_a_file_state_follows_any_write(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("{}", encoding="utf-8")
    state = FileState.of(path)
    assert state is not None and state.unchanged()
    path.write_text("[]", encoding="utf-8")
    assert not state.unchanged() and FileState.of(tmp_path / "gone") is None


def test_a_report_copied_keeps_the_targets_permissions_and_refuses_a_folder(tmp_path: Path) -> None:
    source, target = tmp_path / "a.json", tmp_path / "out" / "b.json"
    source.write_bytes(b'{"a": 1}\n')
    with source.open("rb") as handle:
        copy_atomic(handle, target)
    assert target.read_bytes() == source.read_bytes()
    target.chmod(0o640)
    with source.open("rb") as handle:
        (tmp_path / "new.json").write_bytes(b'{"a": 2}\n')
        os.replace(tmp_path / "new.json", source)  # replaced while open: the open file's bytes are copied
        copy_atomic(handle, target)
        assert target.read_bytes() == b'{"a": 1}\n' and stat.S_IMODE(target.stat().st_mode) == 0o640
        assert sorted(p.name for p in target.parent.iterdir()) == ["b.json"]  # no temporary file left
        with pytest.raises(OSError):
            copy_atomic(handle, tmp_path / "out")
