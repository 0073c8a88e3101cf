"""Pydantic models of the curated input files in data/."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from indicators.areas import COUNTRY
from indicators.codes import (
    AGE_PATTERN,
    ANNOUNCED,
    BASIS_NOT_STATED,
    DOCUMENT_LANGUAGES,
    ESTIMATED,
    EVENT_CATEGORIES,
    EVENT_STATUSES,
    FIGURE_STATUSES,
    INFERRED,
    NOT_STATED,
    OBS_ANNOUNCED,
    OBS_ESTIMATED,
    OBS_NORMAL,
    OBS_PARTIAL,
    PERIOD_BASES,
    PUBLISHED_BASES,
    QUALIFIERS,
    SEXES,
    SOURCE_KINDS,
    TOTAL,
)
from indicators.registry import Code, LocalText, NonEmpty, Strict
from loaders.periods import Period, parse_period

Id = Field(pattern=r"^[A-Za-z][A-Za-z0-9_]*$")
Qualifier = Literal[QUALIFIERS]  # type: ignore[valid-type]


def _check_period(value: object) -> str:
    text = str(value).strip()
    parse_period(text)  # raises ValueError with the reason
    return text


class Published(Strict):
    date: str
    basis: Literal[PUBLISHED_BASES]  # type: ignore[valid-type]
    note: LocalText | None = None  # for readers: in kk, ru and en

    _valid = field_validator("date", mode="before")(_check_period)

    @model_validator(mode="after")
    def _basis_matches_date(self) -> Published:
        if (self.date == NOT_STATED) != (self.basis == BASIS_NOT_STATED):
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
    language: Literal[DOCUMENT_LANGUAGES]  # type: ignore[valid-type]
    kind: Literal[SOURCE_KINDS]  # type: ignore[valid-type]
    published: Published


class FigureEntry(Strict):
    id: str = Id
    indicator: str = Code
    value: float = Field(strict=True, allow_inf_nan=False)
    unit: str = Code
    area: str = Field(default=COUNTRY, pattern=r"^KZ(-[A-Z0-9]{2,3})?$")
    sex: Literal[SEXES] = TOTAL  # type: ignore[valid-type]
    age: str = Field(default=TOTAL, pattern=AGE_PATTERN)
    period: str
    period_basis: Literal[PERIOD_BASES]  # type: ignore[valid-type]
    period_reason: LocalText | None = None  # for readers: in kk, ru and en
    partial_period: bool = False
    qualifier: Qualifier
    status: Literal[FIGURE_STATUSES]  # type: ignore[valid-type]
    event: str | None = None
    source: str = Id
    quote: str = NonEmpty
    note: LocalText | None = None  # for readers: in kk, ru and en

    _valid = field_validator("period", mode="before")(_check_period)

    @model_validator(mode="after")
    def _period_fields_agree(self) -> FigureEntry:
        stated = self.period != NOT_STATED
        if stated == (self.period_basis == BASIS_NOT_STATED):
            raise ValueError(
                "period_basis must be not_stated exactly when the period is not stated"
            )
        if self.period_basis == INFERRED and not self.period_reason:
            raise ValueError("an inferred period needs period_reason")
        if self.partial_period and not stated:
            raise ValueError("partial_period needs a stated or inferred period")
        return self

    @property
    def obs_status(self) -> str:
        """SDMX observation status: F announced, E estimated, PA partial period, A normal."""
        if self.status == ANNOUNCED:
            return OBS_ANNOUNCED
        if self.status == ESTIMATED:
            return OBS_ESTIMATED
        return OBS_PARTIAL if self.partial_period else OBS_NORMAL


class EventEntry(Strict):
    id: str = Id
    date: str
    category: Literal[EVENT_CATEGORIES]  # type: ignore[valid-type]
    status: Literal[EVENT_STATUSES]  # type: ignore[valid-type]
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


# The dataset formats a reader of loaders/series/ recognises (loaders/series/formats.py).
DatasetFormat = Literal["opensdg", "sdmx-csv", "unicef-dw"]


class DatasetEntry(Strict):
    """One folder of `data/series/`: an official dataset, its files copied unchanged.

    `files` lists the data files to read; without it every file of the folder that a reader
    recognises is read (so a new file of the same platform needs no change here).
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    title: LocalText
    # In each language, so that no page names it in another ({kk, ru, en}); a single name
    # (from `python -m loaders add-dataset`) is used for all three.
    publisher: LocalText | Annotated[str, NonEmpty]
    platform: str = NonEmpty
    licence: str = NonEmpty
    repository: str = NonEmpty
    commit: str | None = Field(default=None, pattern=r"^[0-9a-f]{7,40}$")
    taken: dt.date
    source_url: str | None = None
    format: DatasetFormat | None = None
    files: list[str] | None = None

    def publisher_in(self, lang: str) -> str:
        return self.publisher if isinstance(self.publisher, str) else self.publisher.get(lang)

    @field_validator("files")
    @classmethod
    def _plain_names(cls, files: list[str] | None) -> list[str] | None:
        for name in files or []:
            if not name or "/" in name or "\\" in name or name.startswith("."):
                raise ValueError(f"file {name!r} must be a plain file name of the folder")
        return files
