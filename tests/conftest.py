from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def seed_text(name_prefix: str) -> str:
    (path,) = SEEDS.glob(f"{name_prefix}*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _private_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Runs under test keep their corpus cache out of the user's ~/.cache."""
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path_factory.getbasetemp() / "factcheck-cache"))
