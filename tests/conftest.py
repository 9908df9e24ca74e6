from __future__ import annotations

import datetime as dt
import importlib
import shutil
from pathlib import Path
from typing import TypeVar

import pytest

from factcheck.analysis import Analysis
from factcheck.claims.load import parse_claims
from factcheck.claims.model import Claim
from factcheck.corpus.source import Source
from factcheck.document import Document

pytest_plugins = ["pytester"]

# The plugin imports the checking when a run first collects a claim file (``factcheck/plugin.py``), and pytester's
# in-process runs unload every module first imported inside them: the next run would import them again (numpy
# refuses a second load, and the tests' classes would no longer be the run's).  Imported here, before any run.
for _module in ("factcheck.batch", "factcheck.cache", "factcheck.claims.lint", "factcheck.claims.load",
                "factcheck.corpus.load", "factcheck.engine", "factcheck.evaluation", "factcheck.outcomes",
                "factcheck.plan", "factcheck.progress", "factcheck.replay", "factcheck.report.claim_outcome",
                "factcheck.report.html", "factcheck.report.model", "factcheck.report.paths", "factcheck.report.records",
                "factcheck.report.summary", "factcheck.report.text", "factcheck.team"):
    importlib.import_module(_module)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def seed_text(name_prefix: str) -> str:
    (path,) = SEEDS.glob(f"{name_prefix}*.txt")
    return path.read_text(encoding="utf-8")


def analysis_of(text: str, published: dt.date | None = None, *, sid: str = "t") -> Analysis:
    """A one-source article read as a run reads it (``sid.txt``, published that day), for the readers' tests."""
    return Analysis(Document.from_source(Source(sid, f"{sid}.txt", text, None, published)))


def claims_of(text: str, path: str = "c.yaml") -> list[Claim]:
    """The claims of a claim file's text, which must load without a problem."""
    loaded = parse_claims(text, path)
    assert loaded.problems == []
    return loaded.claims


_Kind = TypeVar("_Kind", bound=Claim)


def claim_of(text: str, kind: type[_Kind], n: int = 0) -> _Kind:
    """The ``n``-th claim of a claim file's text, which must be of ``kind`` (typed for the kind's checker)."""
    claim = claims_of(text)[n]
    assert isinstance(claim, kind)
    return claim


@pytest.fixture(autouse=True)
def _private_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Runs under test keep their corpus cache out of the user's ~/.cache."""
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path_factory.getbasetemp() / "factcheck-cache"))


def copy_shipped(pytester: pytest.Pytester) -> pytest.Pytester:
    """The shipped claims and seeds as they are, in ``pytester``'s project (its pytest.ini names them)."""
    pytester.makefile(".ini", pytest="[pytest]\nfactcheck_corpus = seeds\nfactcheck_claims = claims\n")
    shutil.copytree(ROOT / "claims", pytester.path / "claims")
    shutil.copytree(SEEDS, pytester.path / "seeds")
    return pytester


@pytest.fixture
def shipped_project(pytester: pytest.Pytester) -> pytest.Pytester:
    """The shipped claims and seeds as they are, in a project of their own."""
    return copy_shipped(pytester)


@pytest.fixture
def shipped(shipped_project: pytest.Pytester) -> pytest.Pytester:
    """The shipped claims and seeds, in a project of their own; seed 002 says the summit lasted five hours."""
    pytester = shipped_project
    (seed,) = (pytester.path / "seeds").glob("002_*.txt")
    text = seed.read_text(encoding="utf-8")
    assert "استمر نحو ثلاث ساعات" in text
    seed.write_text(text.replace("استمر نحو ثلاث ساعات", "استمر نحو خمس ساعات"), encoding="utf-8")
    return pytester
