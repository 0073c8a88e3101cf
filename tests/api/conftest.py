"""Tables for the API tests: the seed data plus figures by region, sex and age."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from starlette.testclient import TestClient

from api.routes import create_app
from dashboard.tables import read_tables
from loaders.paths import DATA_ENV, TABLES_ENV
from loaders.periods import parse_period
from loaders.schemas import OBSERVATIONS


def observation(obs_id: str, indicator: str, period: str, value: float, **fields) -> dict:
    p = parse_period(period)
    row = {
        "obs_id": obs_id,
        "indicator": indicator,
        "ref_area": "KZ",
        "sex": "_T",
        "age": "_T",
        "time_period": period,
        "period_start": p.start,
        "period_end": p.end,
        "year": p.year,
        "period_basis": "stated",
        "period_reason": None,
        "value": value,
        "unit": "BIRTHS",
        "qualifier": "exact",
        "obs_status": "A",
        "is_headline": True,
        "event_id": None,
        "source_id": "conf2016_announce_kk",
        "quote": "308 297",
        "quote_start": None,
        "quote_end": None,
        "note": None,
    }
    row.update(fields)
    return row


EXTRA = [
    observation("ALMATY_F_2016", "BIRTHS", "2016", 11_000, ref_area="KZ-75", sex="F"),
    observation("ALMATY_M_2016", "BIRTHS", "2016", 11_500, ref_area="KZ-75", sex="M"),
    observation("ASTANA_T_2015", "BIRTHS", "2015", 20_000, ref_area="KZ-71"),
    observation(
        "ASTANA_Y0T4_2015",
        "CHILD_POP",
        "2015",
        90_000,
        ref_area="KZ-71",
        age="Y0T4",
        unit="CHILDREN",
        quote='=HYPERLINK("x") and "quoted", a comma\nand a new line',
    ),
    observation("ASTANA_OLD_2015", "BIRTHS", "2015", 19_000, ref_area="KZ-71", is_headline=False),
    observation("SHYMKENT_2014", "BIRTHS", "2014", 30_000.5, ref_area="KZ-79", obs_status="E"),
]


def write(tables, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(tables.observations, folder / "observations.parquet")
    for name in ("indicators", "sources", "events"):
        frame = getattr(tables, name)
        pq.write_table(
            pa.Table.from_pandas(frame, preserve_index=False), folder / f"{name}.parquet"
        )
    return folder


@pytest.fixture(scope="session")
def rich_tables_dir(seed_tables: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = read_tables(seed_tables)
    extra = pa.Table.from_pylist(EXTRA, schema=OBSERVATIONS)
    # The tables in memory hold narrower dictionary indices than the files (dashboard/columns.py).
    combined = pa.concat_tables([base.observations.cast(OBSERVATIONS), extra]).unify_dictionaries()
    return write(dataclasses.replace(base, observations=combined), tmp_path_factory.mktemp("rich"))


@pytest.fixture
def rich(rich_tables_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(TABLES_ENV, str(rich_tables_dir))
    monkeypatch.delenv(DATA_ENV, raising=False)
    return read_tables(rich_tables_dir)


@pytest.fixture
def client(rich) -> TestClient:
    return TestClient(create_app())
