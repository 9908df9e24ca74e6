"""The claim file schema (contract §1) as pydantic v2 models.

One model per kind, chosen by ``kind`` (default ``statement``), so a mention
claim with a ``unit`` is an error at that key, and a quantity claim without
``value`` names the missing key.  ``defaults`` are merged into each claim
before validation, so every validated claim carries its effective settings.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from factcheck.claims.fields import Glob, Globs, OptionalWords, Strict, Tags, Term, Words, as_list
from factcheck.claims.values import date_parts, date_text, day_of_calendar, number_or, western

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
    "SharedFile",
    "Severity",
    "StatementClaim",
    "Unit",
    "default_anchors",
]


class Missing(str, Enum):
    """What a source that does not mention the claim does: skip (default), fail or pass."""

    SKIP = "skip"
    FAIL = "fail"
    PASS = "pass"


class Severity(str, Enum):
    """error: a contradiction fails the run; warn: it is reported as a warning and passes."""

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
_TOLERANCE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*%\s*")


class Published(Strict):
    """Publication dates, bounds inclusive; either may be left out."""

    from_: dt.date | None = Field(
        default=None, alias="from",
        description="first publication date in scope (YYYY-MM-DD, inclusive); undated sources are never left out",
        examples=["2025-08-01"],
    )
    to: dt.date | None = Field(
        default=None, description="last publication date in scope (YYYY-MM-DD, inclusive)", examples=["2025-12-31"],
    )

    model_config = ConfigDict(populate_by_name=True)

    @model_validator(mode="after")
    def _ordered(self) -> Published:
        if self.from_ is not None and self.to is not None and self.from_ > self.to:
            raise ValueError(f"'from' ({self.from_}) is after 'to' ({self.to}); swap them")
        return self


class Scope(Strict):
    """Which sources are about the event, by what they say (contract §6)."""

    all: Annotated[list[Term], BeforeValidator(as_list)] = Field(
        default_factory=list,
        description="every entry must be named by the source; an entry that is a list is alternatives "
        "(any one of them will do); '$name' is one entry with a named alias list as its alternatives",
        examples=[["ألاسكا", ["بوتين", "Putin"]], ["$putin"]],
    )
    any: Annotated[list[Term], BeforeValidator(as_list)] = Field(
        default_factory=list,
        description="when given, the source must name at least one of these",
        examples=[["القمة", "المحادثات", "اللقاء"]],
    )
    none: Annotated[list[Term], BeforeValidator(as_list)] = Field(
        default_factory=list,
        description="when given, the source must name none of these",
        examples=[["زلزال"]],
    )
    published: Published | None = Field(
        default=None,
        description="when given, a dated source published outside these dates is out of scope",
        examples=[{"from": "2025-08-01", "to": "2025-12-31"}],
    )

    @model_validator(mode="after")
    def _not_empty(self) -> Scope:
        if not (self.all or self.any or self.none or self.published):
            raise ValueError("an empty scope: give at least one of all, any, none, published")
        return self


_THRESHOLD_HELP = (
    "fuzzy score (0-100) a word needs to match; 85 admits spelling variants "
    "(ترمب for ترامب), never another word"
)
_MISSING_HELP = "what a source that does not mention the claim does: skip (default), fail or pass"
_SEVERITY_HELP = "error: a contradiction fails the run; warn: it is reported as a warning"


class Defaults(Strict):
    """Settings every claim of the file takes unless it sets its own."""

    threshold: float = Field(default=DEFAULT_THRESHOLD, ge=0, le=100, description=_THRESHOLD_HELP, examples=[85])
    missing: Missing = Field(default=Missing.SKIP, description=_MISSING_HELP, examples=["skip"])
    severity: Severity = Field(default=Severity.ERROR, description=_SEVERITY_HELP, examples=["error"])


class _ClaimBase(Strict):
    id: str = Field(
        json_schema_extra={"pattern": "^[a-z0-9][a-z0-9_-]*$"},
        description="the claim's name in test ids and reports: lowercase letters, digits, '-' and '_'; "
        "unique across claim files",
        examples=["summit-duration"],
    )
    says: str = Field(
        min_length=1, description="the fact in one Arabic sentence, as a news article would state it",
        examples=["استمرت القمة نحو ثلاث ساعات"],
    )
    threshold: float = Field(default=DEFAULT_THRESHOLD, ge=0, le=100, description=_THRESHOLD_HELP, examples=[85, 92])
    missing: Missing = Field(default=Missing.SKIP, description=_MISSING_HELP, examples=["skip"])
    severity: Severity = Field(default=Severity.ERROR, description=_SEVERITY_HELP, examples=["warn"])
    sources: Globs = Field(
        default_factory=lambda: ["*"],
        description="source ids (globs) this claim is checked against, within the file's sources",
        examples=[["00*"], ["*"]],
    )
    scope: Scope | None = Field(
        default=None, description="narrows the file's scope for this claim: which sources it is about",
        examples=[{"any": ["القمة"]}],
    )
    expect: dict[Glob, ExpectedVerdict] = Field(
        default_factory=dict,
        description="known verdicts by source id glob: an expected contradiction shows as xfail, "
        "so only a new inconsistency fails the run",
        examples=[{"001_*": "contradicted"}],
    )
    tags: Tags = Field(
        default_factory=list, description="words to select claims with pytest -m", examples=[["venue"]],
    )

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError(
                f"{value!r} is not a valid id: use lowercase letters, digits, '-' and '_', "
                "starting with a letter or digit"
            )
        return value


_KIND_HELP = "mention | quantity | date | statement (the default)"
_ABOUT_HELP = "words of the subject: the {what} counts only in a sentence naming one of these, near it"
# An article may report two instances of the event (two attacks), each with its own figures under the same
# about words: ``near`` names the claim's instance, so the other's figures neither support nor contradict it.
_NEAR_HELP = (
    "words of the claim's instance when an article may report two (the place, the target): the {what} counts "
    "only in a sentence that also names one of these; default: any sentence naming an about word"
)


class MentionClaim(_ClaimBase):
    """A name or phrase states the fact; a rival one contradicts it."""

    kind: Literal["mention"] = Field(description=_KIND_HELP, examples=["mention"])
    any: Words = Field(
        description="names or phrases that state the fact (any one will do); '$name' uses a named alias list",
        examples=[["إلمندورف", "Elmendorf"], ["$putin"]],
    )
    not_: OptionalWords = Field(
        default_factory=list, alias="not",
        description="rival names or phrases that contradict the fact (stated for the subject, with about)",
        examples=[["قاعدة أندروز"]],
    )
    about: OptionalWords = Field(
        default_factory=list, description=_ABOUT_HELP.format(what="rival"), examples=[["قاعدة", "القاعدة"]],
    )
    near: OptionalWords = Field(
        default_factory=list, examples=[["1-1", "هالدورسون"]],
        description="words of the claim's instance when an article may report two (a match's score, its "
        "scorers: what only its reports say): a rival "
        "counts only in a sentence that also names one of these (a name of any supports wherever it is); "
        "default: any sentence naming an about word",
    )
    anchors: OptionalWords = Field(
        default_factory=list, examples=[["ألاسكا", "بوتين", "ترامب"]],
        description="words that name the event: a rival counts only in a sentence that names one of them, or "
        "right after one that does (a rival of another event of the article's is no denial); default: the "
        "scope's all and any words (the file's and the claim's); [] for none",
    )

    model_config = ConfigDict(populate_by_name=True)


class QuantityClaim(_ClaimBase):
    """A number with a unit, stated near an about word (durations, counts, shares)."""

    kind: Literal["quantity"] = Field(description=_KIND_HELP, examples=["quantity"])
    anchors: OptionalWords = Field(
        default_factory=list, examples=[["ريال مدريد", "ليفربول"]],
        description="words that name the event's sides: a differing figure counts not in a sentence that reports "
        "another pairing (a side none of these nor the claim's words names: «مع ليفربول» in a report of another "
        "club's); default: the scope's all and any words (the file's and the claim's); [] for none",
    )
    about: Words = Field(
        description=_ABOUT_HELP.format(what="quantity"), examples=[["القمة", "الاجتماع", "اللقاء"]],
    )
    near: OptionalWords = Field(
        default_factory=list, description=_NEAR_HELP.format(what="quantity"), examples=[["مقر الشرطة", "مقر للشرطة"]],
    )
    value: float = Field(description="the claimed amount, in unit", examples=[3, 80])
    unit: Unit = Field(
        description="hour minute day week month year decade percent count; "
        "units of a dimension convert (1 decade = 10 years)",
        examples=["hour"],
    )
    tolerance: float | str = Field(
        default=0.0, description="how far a stated value may be: a number in unit, or a percentage",
        examples=[0.5, "10%"],
    )

    @field_validator("value", mode="before")
    @classmethod
    def _value_digits(cls, value: Any) -> Any:
        """An editor writes ٣ as the news does: read as 3."""
        if isinstance(value, str):
            number = number_or(western(value))
            if isinstance(number, str):
                raise ValueError(f"{value!r} is not a number: write the value in digits, e.g. 3, 3.5 or ٣")
            return number
        return value

    @field_validator("value")
    @classmethod
    def _an_amount(cls, value: float) -> float:
        """A count, share or duration: finite and not below 0 (YAML reads .inf and .nan as numbers)."""
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{value:g} is no amount: write a number of 0 or more, e.g. 3 or 3.5")
        return value

    @field_validator("tolerance", mode="before")
    @classmethod
    def _tolerance_digits(cls, value: Any) -> Any:
        """``١٠٪`` is 10%."""
        if isinstance(value, str):
            value = western(value)
            return value if value.endswith("%") else number_or(value)
        return value

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
    """A date stated near an about word; compared at the precision both sides have."""

    kind: Literal["date"] = Field(description=_KIND_HELP, examples=["date"])
    about: Words = Field(description=_ABOUT_HELP.format(what="date"), examples=[["الحرب", "الغزو"]])
    near: OptionalWords = Field(
        default_factory=list, description=_NEAR_HELP.format(what="date"), examples=[["مقر الشرطة", "مقر للشرطة"]],
    )
    # before value: its validator reads the calendar a day must be of
    calendar: Literal["gregorian", "hijri"] = Field(
        default="gregorian", description="hijri for a هـ date; hijri and gregorian are never compared",
        examples=["gregorian"],
    )
    value: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD (quote it)", examples=["2022", "2022-02-24"])
    anchors: OptionalWords = Field(
        default_factory=list, examples=[["ريال مدريد", "ليفربول"]],
        description="words that name the event's sides: a differing date counts not in a sentence that reports "
        "another pairing (a match, a meeting of a side none of these nor the claim's words names); default: the "
        "scope's all and any words (the file's and the claim's); [] for none",
    )

    @field_validator("value", mode="before")
    @classmethod
    def _date_value(cls, value: Any, info: ValidationInfo) -> Any:
        text = date_text(value)
        day_of_calendar(text, info.data.get("calendar", "gregorian"))
        return text

    def parts(self) -> tuple[int, int | None, int | None]:
        return date_parts(self.value)


class StatementClaim(_ClaimBase):
    """A sentence that says the claim with the same polarity and numbers supports it."""

    kind: Literal["statement"] = Field(default="statement", description=_KIND_HELP, examples=["statement"])
    about: OptionalWords = Field(
        default_factory=list, description="words of the subject; only sentences naming one are read",
        examples=[["وقف إطلاق النار"]],
    )


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


_INCLUDE_HELP = (
    "shared files (paths relative to this file) whose defaults, scope and aliases are used here; "
    "this file's own keys win, and a later include wins over an earlier one"
)
_ALIASES_HELP = (
    "named word lists: '$name' in any, not, about, near or a scope term stands for the list"
)
AliasName = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_-]*$")]


class ClaimFile(Strict):
    """What is known about one event, as claims checked against every article in scope."""

    version: Literal[1] = Field(description="the claim file format: 1", examples=[1])
    topic: str | None = Field(default=None, description="the event, for people", examples=["Trump–Putin summit in Alaska"])
    include: OptionalWords = Field(default_factory=list, description=_INCLUDE_HELP, examples=[["shared/people.yaml"]])
    aliases: dict[AliasName, Words] = Field(
        default_factory=dict, description=_ALIASES_HELP, examples=[{"putin": ["بوتين", "Putin", "الرئيس الروسي"]}],
    )
    sources: Globs = Field(
        default_factory=lambda: ["*"], description="source ids (globs) the file's claims are checked against",
        examples=[["*"], ["00*"]],
    )
    scope: Scope | None = Field(
        default=None, description="which sources are about the event, by what they say",
        examples=[{"all": ["ألاسكا", ["بوتين", "Putin"]]}],
    )
    defaults: Defaults = Field(
        default_factory=Defaults, description="threshold, missing and severity for every claim",
        examples=[{"threshold": 85, "missing": "skip", "severity": "error"}],
    )
    claims: Annotated[list[Claim], Field(min_length=1)] = Field(
        description="the claims; each has an id, says and a kind",
        examples=[[{"id": "held-in-alaska", "says": "عقدت القمة في ألاسكا", "kind": "mention", "any": ["ألاسكا"]}]],
    )

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
            {**inherited, **_anchored(claim, data.get("scope"))} if isinstance(claim, dict) else claim
            for claim in data["claims"]
        ]
        return {**data, "claims": claims}


def _anchored(claim: dict[str, Any], scope: Any) -> dict[str, Any]:
    """A mention, quantity or date claim that gives no ``anchors`` takes its scope's all and any words (the file's,
    then its own)."""
    if claim.get("kind") not in _ANCHORED or "anchors" in claim:
        return claim
    words = _anchor_words(scope, claim.get("scope"))
    return {"anchors": words, **claim} if words else claim


_ANCHORED = frozenset({"mention", "date", "quantity"})  # the kinds whose claims take anchors


def default_anchors(file_scope: Scope | None, claim_scope: Scope | None) -> list[str]:
    """The ``anchors`` a mention, quantity or date claim takes when it gives none (lint checks only those it gives:
    the scope's own terms are checked where they are written)."""
    return _anchor_words(*(None if scope is None else scope.model_dump(mode="json") for scope in (file_scope, claim_scope)))


def _anchor_words(file_scope: Any, claim_scope: Any) -> list[str]:
    """The file's scope words, then the claim's own, each once (scopes as mappings, as written)."""
    return list(dict.fromkeys(_scope_words(file_scope) + _scope_words(claim_scope)))


def _scope_words(scope: Any) -> list[str]:
    """The words of a scope's all and any terms as written (a term of alternatives gives each); none when the
    scope is not a mapping (its own validation says what is wrong)."""
    if not isinstance(scope, dict):
        return []
    out: list[str] = []
    for key in ("all", "any"):
        entries = scope.get(key)
        for entry in entries if isinstance(entries, list) else [entries]:
            out.extend(w for w in (entry if isinstance(entry, list) else [entry]) if isinstance(w, str) and w.strip())
    return out


class SharedFile(Strict):
    """Defaults, scope and aliases that claim files include (include: [this file]); it has no claims."""

    shared: Literal[True] = Field(
        description="marks a file that claim files include, so it is not read as a claim file without claims",
        examples=[True],
    )
    version: Literal[1] | None = Field(default=None, description="the claim file format: 1", examples=[1])
    topic: str | None = Field(
        default=None, description="what the shared lists are about, for people", examples=["people of the summit"],
    )
    include: OptionalWords = Field(default_factory=list, description=_INCLUDE_HELP, examples=[["places.yaml"]])
    aliases: dict[AliasName, Words] = Field(
        default_factory=dict, description=_ALIASES_HELP, examples=[{"putin": ["بوتين", "Putin", "الرئيس الروسي"]}],
    )
    scope: Scope | None = Field(
        default=None, description="a scope for the files that include this one (their own scope keys win)",
        examples=[{"all": [["ألاسكا", "Alaska"]]}],
    )
    defaults: Defaults | None = Field(
        default=None, description="defaults for the files that include this one (their own keys win)",
        examples=[{"threshold": 85}],
    )
