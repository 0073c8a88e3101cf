"""A small synthetic official series beside the seed data (docs/data-model.md: observations'
`origin`, `source_line` and `conflict`; a dataset file as the source)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

from dashboard.tables import Tables
from tests.dashboard.helpers import observation, with_observations

CODE_OFFICIAL = "SYN_U5_DEATHS"
DATASET_FILE = "opensdg-kz/indicator_syn-3-2-1.csv"
REGIONS = ("KZ-75", "KZ-71", "KZ-79", "KZ-11")
YEARS = range(2010, 2024)


def official_rows() -> list[dict]:
    """National values for 2010-2023 (the value falls by 50 a year), four regions in 2016 and
    2023, and one conflicting pair (left out of charts and rankings)."""
    rows, line = [], 1
    for year in YEARS:
        line += 1
        rows.append((f"SYN_KZ_{year}", "KZ", year, 3_000 - 50 * (year - 2010), line))
    for year in (2016, 2023):
        for i, area in enumerate(REGIONS):
            line += 1
            rows.append((f"SYN_{area}_{year}", area, year, 100 + 40 * i + (year - 2016), line))
    made = [
        observation(
            obs_id,
            CODE_OFFICIAL,
            str(year),
            float(value),
            ref_area=area,
            unit="PERSONS",
            source_id=DATASET_FILE,
            quote=f"{year},{area},{value}",
            origin="official",
            source_line=line,
            conflict=False,
        )
        for obs_id, area, year, value, line in rows
    ]
    for n, value in enumerate((7_777, 8_888)):
        made.append(
            observation(
                f"SYN_CONFLICT_{n}",
                CODE_OFFICIAL,
                "2016",
                float(value),
                ref_area="KZ-19",
                unit="PERSONS",
                source_id=DATASET_FILE,
                quote=f"2016,KZ-19,{value}",
                origin="official",
                source_line=100 + n,
                conflict=True,
            )
        )
    return made


def _indicator(tables: Tables) -> pd.DataFrame:
    row = tables.indicators.loc["BIRTHS"].copy()
    row["code"] = CODE_OFFICIAL
    row["unit"], row["unit_kind"] = "PERSONS", "count"
    for lang, name, unit in (
        ("kk", "Бес жасқа дейінгі балалар өлімі", "адам"),
        ("ru", "Смертность детей до пяти лет", "человек"),
        ("en", "Deaths of children under five", "persons"),
    ):
        row[f"name_{lang}"], row[f"definition_{lang}"], row[f"unit_{lang}"] = name, name, unit
    row["better"] = "lower"
    frame = pd.DataFrame([row]).set_index("code", drop=False)
    return pd.concat([tables.indicators, frame])


def _source(tables: Tables) -> pd.DataFrame:
    row = tables.sources.iloc[0].copy()
    row["source_id"] = DATASET_FILE
    row["file"] = "indicator_syn-3-2-1.csv"
    row["title"] = "Ұлттық ТДМ платформасы: 3.2.1"
    row["publisher"] = "Бюро национальной статистики"
    row["kind"] = "dataset"
    row["language"] = "ru"
    row["dataset_id"] = "opensdg-kz"
    frame = pd.DataFrame([row]).set_index("source_id", drop=False)
    return pd.concat([tables.sources, frame])


def with_official_series(folder: Path) -> Tables:
    """The tables of `folder` with the synthetic official series added."""
    base = with_observations(folder, official_rows())
    return dataclasses.replace(base, indicators=_indicator(base), sources=_source(base))
