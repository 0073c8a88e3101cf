"""Pydantic models of the curated input files in data/."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from indicators.registry import Code, LocalText, NonEmpty, Strict
from loaders.periods import NOT_STATED, Period, parse_period

Id = Field(pattern=r"^[A-Za-z][A-Za-z0-9_]*$")
Qualifier = Literal["exact", "about", "more_than", "less_than"]


def _check_period(value: object) -> str:
    text = str(value).strip()
    parse_period(text)  # raises ValueError with the reason
    return text


class Published(Strict):
    date: str
    basis: Literal["stated", "implied", "not_stated"]
    note: str | None = None

    _valid = field_validator("date", mode="before")(_check_period)

    @model_validator(mode="after")
    def _basis_matches_date(self) -> Published:
        if (self.date == NOT_STATED) != (self.basis == "not_stated"):
            raise ValueError("basis must be not_stated exactly when the date is not stated")
        return self

    @property
    def period(self) -> Period:
        return parse_period(self.date)


class SourceEntry(Strict):
    id: str = Id
    file: str = NonEmpty
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    title: str = NonEmpty
    publisher: str | None = None
    language: Literal["kk", "ru"]
    kind: Literal["news", "official_release", "reference_page"]
    published: Published


class FigureEntry(Strict):
    id: str = Id
    indicator: str = Code
    value: float = Field(strict=True, allow_inf_nan=False)
    unit: str = Code
    area: str = Field(default="KZ", pattern=r"^KZ(-[A-Z0-9]{2,3})?$")
    sex: Literal["_T", "F", "M"] = "_T"
    age: str = Field(default="_T", pattern=r"^(_T|Y\d+T\d+|Y_GE\d+|Y_LT\d+)$")
    period: str
    period_basis: Literal["stated", "inferred", "not_stated"]
    period_reason: str | None = None
    partial_period: bool = False
    qualifier: Qualifier
    status: Literal["reported", "announced", "estimated"]
    event: str | None = None
    source: str = Id
    quote: str = NonEmpty
    note: str | None = None

    _valid = field_validator("period", mode="before")(_check_period)

    @model_validator(mode="after")
    def _period_fields_agree(self) -> FigureEntry:
        stated = self.period != NOT_STATED
        if stated == (self.period_basis == "not_stated"):
            raise ValueError(
                "period_basis must be not_stated exactly when the period is not stated"
            )
        if self.period_basis == "inferred" and not self.period_reason:
            raise ValueError("an inferred period needs period_reason")
        if self.partial_period and not stated:
            raise ValueError("partial_period needs a stated or inferred period")
        return self

    @property
    def obs_status(self) -> str:
        """SDMX observation status: F announced, E estimated, PA partial period, A normal."""
        if self.status == "announced":
            return "F"
        if self.status == "estimated":
            return "E"
        return "PA" if self.partial_period else "A"


class EventEntry(Strict):
    id: str = Id
    date: str
    category: Literal[
        "treaty", "agreement", "institution", "law", "survey", "conference", "certification"
    ]
    status: Literal["reported", "announced"]
    title: LocalText
    source: str = Id
    quote: str = NonEmpty
    note: str | None = None

    _valid = field_validator("date", mode="before")(_check_period)


class DismissalEntry(Strict):
    """A numeric mention that no figure or milestone uses, set aside with a reason.

    It matches each mention of `source` whose text is `text` (white space aside) and,
    when `context` is given, that lies inside an occurrence of `context` in the source.
    """

    source: str = Id
    text: str = NonEmpty
    context: str | None = None
    reason: str = NonEmpty
