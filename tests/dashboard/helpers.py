"""Seed tables with extra observations, for cases the seed documents do not have."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.tables import Tables, read_tables
from indicators.codes import LANGUAGES
from loaders.previous import with_previous
from loaders.schemas import OBSERVATIONS


def observation(obs_id: str, indicator: str, period: str, value: float, **fields) -> dict:
    from loaders.periods import parse_period

    p = parse_period(period)
    row = {
        "obs_id": obs_id,
        "indicator": indicator,
        "ref_area": "KZ",
        "sex": "_T",
        "age": "_T",
        "urbanisation": "_T",
        "education_level": "_T",
        "wealth_quintile": "_T",
        "time_period": period,
        "period_start": p.start,
        "period_end": p.end,
        "year": p.year,
        "period_basis": "stated",
        **{f"period_reason_{lang}": None for lang in LANGUAGES},
        "value": value,
        "unit": "BIRTHS",
        "qualifier": "exact",
        "obs_status": "A",
        "is_headline": True,
        "origin": "stated",
        "conflict": False,
        "event_id": None,
        "source_id": "conf2016_announce_kk",
        "quote": "308 297",
        "quote_start": None,
        "quote_end": None,
        **{f"note_{lang}": None for lang in LANGUAGES},
    }
    row.update(fields)
    return row


def with_observations(folder: Path, rows: list[dict]) -> Tables:
    base = read_tables(folder)
    extra = pa.Table.from_pylist(rows, schema=OBSERVATIONS)
    # The tables in memory hold narrower dictionary indices than the files (dashboard/columns.py).
    combined = pa.concat_tables([base.observations.cast(OBSERVATIONS), extra]).unify_dictionaries()
    combined = with_previous(combined)  # as the build makes it
    return dataclasses.replace(base, observations=combined)


def write_tables(tables: Tables, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(tables.observations, folder / "observations.parquet")
    for name in ("indicators", "sources", "events"):
        frame = getattr(tables, name)
        pq.write_table(
            pa.Table.from_pandas(frame, preserve_index=False), folder / f"{name}.parquet"
        )


__all__ = ["dt", "observation", "with_observations", "write_tables"]
