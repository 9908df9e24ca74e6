"""The README's ``factcheck explain`` examples are what the command prints (they had drifted: one showed
one candidate sentence where the command shows five)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
CUT = "  [cut here:"


def _example(command: str) -> list[str]:
    """The lines the README shows under ``$ COMMAND``, to the end of its block or its next command."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(f"$ {command}") + 1
    end = next(i for i in range(start, len(lines)) if lines[i].startswith(("$ ", "```")))
    return lines[start:end]


@pytest.mark.parametrize("claim", ["summit-duration --source 002_3449c5c6f9ea3f3f", "no-ceasefire"])
def test_the_readme_shows_what_explain_prints(claim: str, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    shown = _example(f"factcheck explain claims/alaska_summit.yaml::{claim}")
    assert main(["explain", f"claims/alaska_summit.yaml::{claim.split()[0]}", *claim.split()[1:], "--no-cache"]) == 0
    printed = capsys.readouterr().out.splitlines()
    cut = next((i for i, line in enumerate(shown) if line.startswith(CUT)), None)
    if cut is None:
        assert printed == shown
    else:  # the README cuts a long explanation short, and says so
        assert printed[:cut] == shown[:cut] and len(printed) > cut
