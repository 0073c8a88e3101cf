"""Tables for the API tests: the seed data plus figures by region, sex and age."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from api.routes import create_app
from dashboard.tables import read_tables
from loaders.paths import DATA_ENV, TABLES_ENV
from tests.dashboard.helpers import observation, with_observations, write_tables

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


@pytest.fixture(scope="session")
def rich_tables_dir(stated_tables: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The stated figures (official series aside) with the cases above."""
    folder = tmp_path_factory.mktemp("rich")
    write_tables(with_observations(stated_tables, EXTRA), folder)
    return folder


@pytest.fixture
def rich(rich_tables_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(TABLES_ENV, str(rich_tables_dir))
    monkeypatch.delenv(DATA_ENV, raising=False)
    return read_tables(rich_tables_dir)


@pytest.fixture
def client(rich) -> TestClient:
    return TestClient(create_app())
