"""Pydantic model of `areas.yaml`: Kazakhstan and its regions with ISO 3166-2:KZ codes."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, model_validator

from indicators.registry import LocalText, Strict

AREAS_FILE = Path(__file__).resolve().parent / "areas.yaml"
COUNTRY = "KZ"


class Area(Strict):
    # KZ, or KZ- and the two digits ISO 3166-2 gives a region or city since 2022 (or, for an
    # area that no longer exists, the letters it had: KZ-YUZ, South Kazakhstan until 2017).
    code: str = Field(pattern=r"^KZ(-\d{2}|-[A-Z]{3})?$")
    kind: Literal["country", "region", "city"]
    name: LocalText
    # The first and last year the area existed; None: before or after any data.
    since: int | None = None
    until: int | None = None
    # The code Kazakhstan's SDG platform gives the area in REF_AREA (KZAKM ...).
    platform_code: str | None = Field(default=None, pattern=r"^KZ[A-Z]{2,4}$")

    @model_validator(mode="after")
    def _letter_codes_are_former_areas(self) -> Area:
        if self.code[3:].isalpha() and self.until is None:
            raise ValueError("a letter code (replaced in 2022) is only for an area that ended")
        return self

    def existed_in(self, year: int) -> bool:
        return (self.since is None or year >= self.since) and (
            self.until is None or year <= self.until
        )


def parse_areas(raw: dict) -> list[Area]:
    return [Area(**entry) for entry in raw["areas"]]


@cache
def load_areas(path: Path = AREAS_FILE) -> tuple[Area, ...]:
    """Every area of the file, in its order (the country first)."""
    with open(path, encoding="utf-8") as handle:
        return tuple(parse_areas(yaml.safe_load(handle)))


def area_codes() -> list[str]:
    return [a.code for a in load_areas()]


def area_names(lang: str) -> dict[str, str]:
    """Code -> name in `lang` (kk, ru or en)."""
    return {a.code: a.name.get(lang) for a in load_areas()}


def by_platform_code() -> dict[str, Area]:
    """The platform's REF_AREA code -> area; an empty code is the country."""
    areas = load_areas()
    found = {a.platform_code: a for a in areas if a.platform_code}
    found[""] = next(a for a in areas if a.code == COUNTRY)
    return found
