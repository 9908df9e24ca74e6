"""The JSON report's records (contract §5) as pydantic models: their fields are the report's format.

Also what gives the report its JSON Schema (``factcheck schema --report``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.shard import Shard, parse_shard

__all__ = [
    "ClaimRecord", "Counts", "EvidenceRecord", "FileRecord", "ReportModel", "ResultRecord", "ShardRecord",
    "SourceRecord", "report_json", "shard_run",
]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EvidenceRecord(_Record):
    text: str = Field(description="the matched text as written: source_text[start:end]")
    start: int = Field(description="character offset into the source text as read (for JSONL: the text field)")
    end: int
    line: int = Field(description="1-based line of start inside the source text")
    col: int = Field(description="1-based column of start inside its line")
    role: Literal["supports", "contradicts"]
    score: float
    sentence: str = Field(default="", description="the sentence around the match, as written")
    reason: str = ""


class ResultRecord(_Record):
    file: str
    claim: str
    kind: str
    source: str
    verdict: Literal["supported", "contradicted", "not_mentioned", "error"]
    outcome: Literal["passed", "failed", "skipped", "xfailed"]
    expected: str | None = None
    warning: bool = False
    score: float | None = None
    reason: str = ""
    tags: list[str] = Field(default_factory=list)
    evidence: list[EvidenceRecord] = Field(default_factory=list)


class SourceRecord(_Record):
    id: str
    path: str
    chars: int
    line: int | None = Field(default=None, description="for a JSONL source: the record's line in that file")
    published: str | None = Field(default=None, description="publication date (YYYY-MM-DD), when the corpus gives one")


class FileRecord(_Record):
    file: str
    claims: int
    in_scope: int
    out_of_scope: int


class Counts(_Record):
    supported: int = 0
    contradicted: int = 0
    not_mentioned: int = 0
    error: int = 0


class ClaimRecord(_Record):
    file: str
    claim: str
    kind: str
    counts: Counts = Field(default_factory=Counts)
    says: str | None = Field(default=None, description=(
        "the claim in words, as its file writes it: the HTML report shows it (added in 0.1; absent in older reports)"))
    key: str | None = Field(default=None, description=(
        "a shard run's: a digest of what the claim checks, so that factcheck merge joins shards of the same claims"))


class ShardRecord(_Record):
    """What a shard run's report says of its run (``--factcheck-shard``), for ``factcheck merge`` to check."""

    shard: str = Field(description="I/N: this report is shard I of N")
    granularity: Literal["pair", "claim"]
    corpus: list[str] = Field(description="the corpus paths as the run was given them")
    selection: list[str] = Field(default_factory=list, description=(
        "what chose the run's items (-k, -m, --deselect, paths and node ids named; --lf, --sw): the shards of one "
        "run chose theirs alike, and none reran some"))
    corpus_sources: int | None = Field(default=None, description="readable sources in the whole corpus, all shards")
    corpus_digest: str | None = Field(default=None, description="a digest of the whole corpus's source ids")

    @field_validator("shard")
    @classmethod
    def _shard(cls, value: str) -> str:
        return str(parse_shard(value))  # what a run writes: a report that says otherwise is no shard's

    @property
    def parsed(self) -> Shard:
        return parse_shard(self.shard)


class ReportModel(_Record):
    version: Literal[1] = 1
    sources: list[SourceRecord] = Field(default_factory=list)
    files: list[FileRecord] = Field(default_factory=list)
    claims: list[ClaimRecord] = Field(default_factory=list)
    results: list[ResultRecord] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list, description="corpus files or lines that were skipped, and claim files whose claims were not checked")
    notes: list[str] = Field(default_factory=list, description="things ignored on purpose, e.g. an expect naming no source")
    run: ShardRecord | None = Field(default=None, description="in a shard run's report only: which shard of which run")


def shard_run(shard: object | None, granularity: Literal["pair", "claim"], corpus: list[str],
              selection: list[str] | None = None) -> ShardRecord | None:
    """A shard run's record (``shard``: its ``I/N``), None for a whole run."""
    return None if shard is None else ShardRecord(
        shard=str(shard), granularity=granularity, corpus=list(corpus), selection=list(selection or []))


def merge_key(claim: BaseModel, settings: str = "") -> str:
    """All a claim says and decides with (but its id and tags), with its file's ``settings``: two shards of one
    run checked the same claim only when this is the same (``cache.claim_key`` leaves out what decides no
    finding, as scope and expect, which decide the outcomes all the same)."""
    text = claim.model_dump_json(exclude={"id", "tags"}) + settings
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def corpus_digest(ids: Iterable[str]) -> str:
    """The same for the same source ids, in any order: what every shard of one run read before it took its part."""
    digest = hashlib.sha256()
    for source_id in sorted(ids):
        digest.update(source_id.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:16]


def report_json(model: ReportModel) -> dict[str, Any]:
    """The report as a run writes it: a source's ``line`` and ``published`` only when it has one."""
    data: dict[str, Any] = model.model_dump(mode="json")
    if data["run"] is None:
        del data["run"]
    for claim in data["claims"]:
        for key in ("says", "key"):
            if claim[key] is None:
                del claim[key]
    for source in data["sources"]:
        for key in ("line", "published"):
            if source[key] is None:
                del source[key]
    return data
