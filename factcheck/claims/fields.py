"""The values a claim file's keys take: word lists, source globs, tags, scope terms, and the strict mapping.

Kept apart from :mod:`factcheck.claims.model` (the claim kinds and the file) so that each stays a module a
reader takes in at once; the model imports them under the names it always used.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

__all__ = ["Glob", "Globs", "OptionalWords", "Strict", "Tags", "Term", "Word", "Words", "as_list", "check_glob"]

_TAG = re.compile(r"[^\W\d][\w-]*")


def _drop_extension_keys(data: Any) -> Any:
    """Keys starting with ``x-`` are the editor's own: kept in YAML, ignored here."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("x-"))}
    return data


def as_list(value: Any) -> Any:
    """A single word where a list is expected is what an editor means."""
    return [value] if isinstance(value, str) else value


def check_glob(pattern: str) -> None:
    """fnmatch never fails, but an unclosed ``[`` silently matches nothing."""
    if not pattern:
        raise ValueError("an empty source pattern matches nothing; use '*' for all sources")
    depth = 0
    for ch in pattern:
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
    if depth:
        raise ValueError(f"{pattern!r} is not a valid glob: '[' is never closed")


def _glob(pattern: str) -> str:
    check_glob(pattern)
    return pattern


def _tag(value: str) -> str:
    if not _TAG.fullmatch(value):
        raise ValueError(
            f"{value!r} is not a tag: use one word of letters, digits, '-' and '_', "
            "starting with a letter (e.g. venue, world-cup, انتخابات)"
        )
    return value


Glob = Annotated[str, AfterValidator(_glob)]
Word = Annotated[str, Field(min_length=1)]
# A single word where a list is expected is what an editor means.
Words = Annotated[list[Word], BeforeValidator(as_list), Field(min_length=1)]
OptionalWords = Annotated[list[Word], BeforeValidator(as_list)]
Globs = Annotated[list[Glob], BeforeValidator(as_list)]
Tags = Annotated[list[Annotated[str, AfterValidator(_tag)]], BeforeValidator(as_list)]


class Strict(BaseModel):
    """Every mapping of a claim file: unknown keys are errors (``x-`` keys are dropped), values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _extensions(cls, data: Any) -> Any:
        return _drop_extension_keys(data)


def _term(value: Any) -> Any:
    """A scope term: a word, or a list of alternatives (any one of them will do)."""
    if isinstance(value, list) and not value:
        raise ValueError("an empty list of alternatives names nothing; give at least one word")
    return value


Term = Annotated[Word | list[Word], BeforeValidator(_term)]
