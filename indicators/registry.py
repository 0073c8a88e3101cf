"""Pydantic models of the registry files `registry.yaml` and `units.yaml`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from indicators.codes import AGE_PATTERN, DOMAINS, TOTAL

HERE = Path(__file__).resolve().parent
REGISTRY_FILE = HERE / "registry.yaml"
UNITS_FILE = HERE / "units.yaml"


Code = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
NonEmpty = Field(min_length=1)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalText(Strict):
    """A text in each of the app's three languages; none may be missing or empty."""

    kk: str = NonEmpty
    ru: str = NonEmpty
    en: str = NonEmpty

    def get(self, lang: str) -> str:
        return getattr(self, lang)


class Keywords(Strict):
    kk: list[str] = []
    ru: list[str] = []


class Unit(Strict):
    code: str = Code
    kind: Literal["count", "percent", "percent_change", "rate"]
    name: LocalText
    # A count of people (births, persons, children): the figure finder proposes only such
    # indicators for a number whose noun names people ("1 300 человек", "700 маман").
    people: bool = False


class Indicator(Strict):
    code: str = Code
    name: LocalText
    definition: LocalText
    unit: str = Code
    domain: Literal[DOMAINS]  # type: ignore[valid-type]
    measure: Literal["count", "percent_change", "share"]
    better: Literal["higher", "lower", "neutral"]
    # The age group that counts as the indicator's total (children's indicators: Y0T17).
    total_age: str = Field(default=TOTAL, pattern=AGE_PATTERN)
    crc_article: str | None = None
    sdg_target: str | None = None
    keywords: Keywords = Keywords()


class SeriesAddition(Strict):
    """What the registry adds to an indicator of an official dataset (`series:` in
    registry.yaml). Nothing here is required for a dataset file to import: names come from the
    dataset, and this only shortens them or adds what the dataset lacks."""

    code: str = Code
    name: LocalText | None = None  # a shorter name than the dataset's
    definition: LocalText | None = None
    unit: str | None = Field(default=None, pattern=r"^[A-Z][A-Za-z0-9_]*$")  # when files give none
    domain: Literal[DOMAINS] | None = None  # type: ignore[valid-type]
    better: Literal["higher", "lower", "neutral"] | None = None
    crc_article: str | None = None
    # False: not a child indicator (an adult series of a child dataset): no card on the Overview.
    children: bool = True
