"""The claim file schema (contract §1) as pydantic v2 models.

One model per kind, chosen by ``kind`` (default ``statement``), so a mention
claim with a ``unit`` is an error at that key, and a quantity claim without
``value`` names the missing key.  ``defaults`` are merged into each claim
before validation, so every validated claim carries its effective settings.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "EXPECTABLE",
    "UNITS",
    "Claim",
    "ClaimFile",
    "DateClaim",
    "Defaults",
    "MentionClaim",
    "Missing",
    "Published",
    "QuantityClaim",
    "Scope",
    "Severity",
    "StatementClaim",
    "Unit",
]


class Missing(str, Enum):
    SKIP = "skip"
    FAIL = "fail"
    PASS = "pass"


class Severity(str, Enum):
    ERROR = "error"
    WARN = "warn"


Unit = Literal["hour", "minute", "day", "week", "month", "year", "decade", "percent", "count"]
UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]
ExpectedVerdict = Literal["supported", "contradicted", "not_mentioned"]
EXPECTABLE: tuple[str, ...] = ExpectedVerdict.__args__  # type: ignore[attr-defined]

# The fuzzy score (0–100) a word needs by default: admits ترمب for ترامب
# and a one-letter typo in a long name, not a different word (contract §1).
DEFAULT_THRESHOLD = 85.0

_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_TAG = re.compile(r"[^\W\d][\w-]*")
_TOLERANCE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*%\s*")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _drop_extension_keys(data: Any) -> Any:
    """Keys starting with ``x-`` are the editor's own: kept in YAML, ignored here."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("x-"))}
    return data


def _as_list(value: Any) -> Any:
    """A single word where a list is expected is what an editor means."""
    return [value] if isinstance(value, str) else value


def _glob(pattern: str) -> str:
    _check_glob(pattern)
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
Words = Annotated[list[Word], BeforeValidator(_as_list), Field(min_length=1)]
OptionalWords = Annotated[list[Word], BeforeValidator(_as_list)]
Globs = Annotated[list[Glob], BeforeValidator(_as_list)]
Tags = Annotated[list[Annotated[str, AfterValidator(_tag)]], BeforeValidator(_as_list)]


class _Strict(BaseModel):
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


class Published(_Strict):
    """Publication dates, bounds inclusive; either may be left out."""

    from_: dt.date | None = Field(default=None, alias="from")
    to: dt.date | None = None

    model_config = ConfigDict(populate_by_name=True)

    @model_validator(mode="after")
    def _ordered(self) -> Published:
        if self.from_ is not None and self.to is not None and self.from_ > self.to:
            raise ValueError(f"'from' ({self.from_}) is after 'to' ({self.to}); swap them")
        return self


class Scope(_Strict):
    """Which sources are about the event, by what they say (contract §6)."""

    all: Annotated[list[Term], BeforeValidator(_as_list)] = Field(default_factory=list)
    any: Annotated[list[Term], BeforeValidator(_as_list)] = Field(default_factory=list)
    none: Annotated[list[Term], BeforeValidator(_as_list)] = Field(default_factory=list)
    published: Published | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Scope:
        if not (self.all or self.any or self.none or self.published):
            raise ValueError("an empty scope: give at least one of all, any, none, published")
        return self


class Defaults(_Strict):
    threshold: float = Field(default=DEFAULT_THRESHOLD, ge=0, le=100)
    missing: Missing = Missing.SKIP
    severity: Severity = Severity.ERROR


class _ClaimBase(_Strict):
    id: str = Field(json_schema_extra={"pattern": "^[a-z0-9][a-z0-9_-]*$"})
    says: str = Field(min_length=1)
    threshold: float = Field(default=DEFAULT_THRESHOLD, ge=0, le=100)
    missing: Missing = Missing.SKIP
    severity: Severity = Severity.ERROR
    sources: Globs = Field(default_factory=lambda: ["*"])
    scope: Scope | None = None
    expect: dict[Glob, ExpectedVerdict] = Field(default_factory=dict)
    tags: Tags = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError(
                f"{value!r} is not a valid id: use lowercase letters, digits, '-' and '_', "
                "starting with a letter or digit"
            )
        return value


def _check_glob(pattern: str) -> None:
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


class MentionClaim(_ClaimBase):
    kind: Literal["mention"]
    any: Words
    not_: OptionalWords = Field(default_factory=list, alias="not")
    about: OptionalWords = Field(default_factory=list)

    model_config = ConfigDict(populate_by_name=True)


class QuantityClaim(_ClaimBase):
    kind: Literal["quantity"]
    about: Words
    value: float
    unit: Unit
    tolerance: float | str = 0.0

    @field_validator("tolerance")
    @classmethod
    def _tolerance(cls, value: float | str) -> float | str:
        if isinstance(value, str) and not _TOLERANCE.fullmatch(value):
            raise ValueError(f"{value!r} is not a tolerance: give a number (0.5) or a percentage ('10%')")
        if isinstance(value, float) and value < 0:
            raise ValueError("a tolerance cannot be negative")
        return value

    def interval(self) -> tuple[float, float]:
        """The values this claim accepts, in its own unit."""
        tol = self.tolerance
        if isinstance(tol, str):
            m = _TOLERANCE.fullmatch(tol)
            assert m is not None
            width = abs(self.value) * float(m.group(1)) / 100
        else:
            width = float(tol)
        return self.value - width, self.value + width


class DateClaim(_ClaimBase):
    kind: Literal["date"]
    about: Words
    value: str
    calendar: Literal["gregorian", "hijri"] = "gregorian"

    @field_validator("value", mode="before")
    @classmethod
    def _date_value(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
            raise ValueError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2022-02\"")
        m = _DATE.fullmatch(value.strip())
        assert m is not None
        if m.group(2) and not 1 <= int(m.group(2)) <= 12:
            raise ValueError(f"{value!r}: month must be 01 to 12")
        if m.group(3) and not 1 <= int(m.group(3)) <= 31:
            raise ValueError(f"{value!r}: day must be 01 to 31")
        return value.strip()

    def parts(self) -> tuple[int, int | None, int | None]:
        m = _DATE.fullmatch(self.value)
        assert m is not None
        return (
            int(m.group(1)),
            int(m.group(2)) if m.group(2) else None,
            int(m.group(3)) if m.group(3) else None,
        )


class StatementClaim(_ClaimBase):
    kind: Literal["statement"] = "statement"
    about: OptionalWords = Field(default_factory=list)


KINDS = ("mention", "quantity", "date", "statement")


def _kind_of(value: Any) -> str | None:
    if isinstance(value, dict):
        kind = value.get("kind", "statement")
        return kind if kind in KINDS else None
    return getattr(value, "kind", None)


Claim = Annotated[
    Annotated[MentionClaim, Tag("mention")] | Annotated[QuantityClaim, Tag("quantity")] | Annotated[DateClaim, Tag("date")] | Annotated[StatementClaim, Tag("statement")],
    Discriminator(
        _kind_of,
        custom_error_type="unknown_kind",
        custom_error_message="kind must be one of mention, quantity, date, statement",
    ),
]


class ClaimFile(_Strict):
    version: Literal[1]
    topic: str | None = None
    sources: Globs = Field(default_factory=lambda: ["*"])
    scope: Scope | None = None
    defaults: Defaults = Field(default_factory=Defaults)
    claims: Annotated[list[Claim], Field(min_length=1)]

    @model_validator(mode="before")
    @classmethod
    def _inherit_defaults(cls, data: Any) -> Any:
        """Each claim gets the file's defaults for the keys it leaves out."""
        if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
            return data
        try:
            defaults = Defaults.model_validate(data.get("defaults") or {})
        except ValidationError:
            return data  # reported at ``defaults`` itself
        inherited = defaults.model_dump(mode="json")
        claims = [
            {**inherited, **claim} if isinstance(claim, dict) else claim for claim in data["claims"]
        ]
        return {**data, "claims": claims}
