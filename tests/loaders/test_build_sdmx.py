"""The build with SDMX-CSV and UNICEF warehouse datasets: every Kazakh row in, its line proved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.compute as pc
import pytest
import yaml

from dashboard.tables import read_tables
from loaders.build import build
from loaders.paths import DATA_DIR
from tests.conftest import FIXTURES

DATASETS = {
    "unicef-dw": ("unicef_dw_cme_nutrition.csv", "UNICEF Data Warehouse"),
    "transmonee": ("sdmx_csv_2_transmonee.csv", "TransMonEE"),
    "unicef-cme": ("sdmx_csv_1_cme.csv", "UNICEF Data Warehouse"),
}


def _entry(dataset: str, platform: str) -> dict:
    return {
        "id": dataset,
        "title": {"kk": dataset, "ru": dataset, "en": dataset},
        "publisher": "UNICEF",
        "platform": platform,
        "licence": "CC BY 3.0 IGO",
        "repository": "https://data.unicef.org",
        "taken": "2026-11-30",
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("sdmx-build")
    data = root / "data"
    shutil.copytree(FIXTURES / "good", data)
    # The region map, which must draw (or name) every region the data holds: KZ-71, KZ-75.
    shutil.copy(DATA_DIR / "maps.yaml", data / "maps.yaml")
    regions = Path("series") / "opensdg-kz" / "regions.geojson"
    (data / regions).parent.mkdir(parents=True)
    shutil.copy(DATA_DIR / regions, data / regions)
    entries = []
    for dataset, (name, platform) in DATASETS.items():
        (data / "series" / dataset).mkdir(parents=True)
        shutil.copy(FIXTURES / "sdmx" / name, data / "series" / dataset / name)
        entries.append(_entry(dataset, platform))
    (data / "datasets.yaml").write_text(yaml.safe_dump({"datasets": entries}), encoding="utf-8")
    warnings: list[str] = []
    counts = build(data, root / "out", warn=warnings.append)
    return root / "out", {"counts": counts, "warnings": warnings}


def test_every_kazakh_row_of_each_file_is_an_official_observation(built):
    out, _ = built
    obs = read_tables(out).observations
    official = obs.filter(pc.equal(obs["origin"], "official")).to_pylist()
    by_source: dict[str, int] = {}
    for row in official:
        by_source[row["source_id"]] = by_source.get(row["source_id"], 0) + 1
    assert by_source == {
        "unicef-dw/unicef_dw_cme_nutrition.csv": 8,
        "transmonee/sdmx_csv_2_transmonee.csv": 5,
        "unicef-cme/sdmx_csv_1_cme.csv": 4,
    }
    quarter = next(r for r in official if r["time_period"] == "2020-Q3")
    assert (quarter["ref_area"], quarter["value"], quarter["obs_status"]) == ("KZ-71", 7012, "P")
    assert quarter["year"] == 2020


def test_a_record_spanning_lines_is_proved_and_quoted_whole(built):
    out, _ = built
    obs = read_tables(out).observations
    (span,) = obs.filter(pc.equal(obs["time_period"], "2010/2011")).to_pylist()
    text = (FIXTURES / "sdmx" / "unicef_dw_cme_nutrition.csv").read_text(encoding="utf-8")
    assert span["source_line"] == 10 and span["quote"] in text and "\n" in span["quote"]
    assert text[span["quote_start"] : span["quote_end"]] == span["quote"]
    assert span["lower_bound"] is None and span["value"] == 31.8


def test_bounds_and_sources_are_kept(built):
    out, _ = built
    tables = read_tables(out)
    obs = tables.observations
    row = obs.filter(pc.equal(obs["obs_id"], "unicef-dw/unicef_dw_cme_nutrition.csv:2")).to_pylist()
    assert (row[0]["lower_bound"], row[0]["upper_bound"]) == (8.6, 10.1)
    sources = tables.sources
    assert set(sources[sources["kind"] == "dataset"]["dataset_id"]) == set(DATASETS)
