"""Pydantic model of `areas.yaml`: Kazakhstan and its regions with ISO 3166-2:KZ codes."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field

from indicators.registry import LocalText, Strict

AREAS_FILE = Path(__file__).resolve().parent / "areas.yaml"
COUNTRY = "KZ"


class Area(Strict):
    # KZ, or KZ- and the two digits ISO 3166-2 gives a region or city since 2022.
    code: str = Field(pattern=r"^KZ(-\d{2})?$")
    kind: Literal["country", "region", "city"]
    name: LocalText


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
