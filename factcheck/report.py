"""The JSON report (contract §5): computed here, written atomically, printed by no one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.atomic import write_atomic
from factcheck.claims import Claim
from factcheck.document import Source
from factcheck.outcomes import Decision
from factcheck.verdicts import Evidence, Finding

__all__ = ["Report", "result_record"]


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {
        "text": ev.text,
        "start": ev.start,
        "end": ev.end,
        "line": ev.line,
        "col": ev.col,
        "role": ev.role.value,
        "score": ev.score,
        "sentence": ev.sentence,
        "reason": ev.reason,
    }


def result_record(file: str, claim: Claim, source: Source, finding: Finding, decision: Decision) -> dict[str, Any]:
    """One result as JSON-ready data: it travels through pytest's user_properties."""
    return {
        "file": file,
        "claim": claim.id,
        "kind": claim.kind,
        "source": source.id,
        "verdict": finding.verdict.value,
        "outcome": decision.outcome.value,
        "expected": decision.expected,
        "warning": decision.warning,
        "score": finding.score,
        "reason": finding.reason,
        "evidence": [_evidence(e) for e in finding.evidence],
    }


@dataclass
class Report:
    sources: list[Source] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)

    def add(self, record: dict[str, Any]) -> None:
        self.results.append(record)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.results:
            out[r["verdict"]] = out.get(r["verdict"], 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "sources": [
                {"id": s.id, "path": s.path, "chars": len(s.text)}
                | ({"line": s.record_line} if s.record_line is not None else {})
                for s in self.sources
            ],
            "problems": list(self.problems),
            "results": sorted(self.results, key=lambda r: (r["file"], r["claim"], r["source"])),
        }

    def write(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n")
