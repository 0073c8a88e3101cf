"""`python -m loaders add-dataset`: each format added, the manifest written, a bad file refused."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from loaders.models import DatasetEntry
from loaders.paths import DATA_DIR, ROOT
from tests.conftest import FIXTURES

SDMX = FIXTURES / "sdmx"


def add(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loaders", "add-dataset", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of the manifest and the Open SDG dataset (all add-dataset reads or writes)."""
    folder = tmp_path / "data"
    (folder / "series").mkdir(parents=True)
    shutil.copy(DATA_DIR / "datasets.yaml", folder / "datasets.yaml")
    shutil.copytree(DATA_DIR / "series" / "opensdg-kz", folder / "series" / "opensdg-kz")
    return folder


def _entry(data: Path, dataset: str) -> dict:
    raw = yaml.safe_load((data / "datasets.yaml").read_text(encoding="utf-8"))
    return next(e for e in raw["datasets"] if e["id"] == dataset)


def test_a_warehouse_download_becomes_a_new_dataset(data):
    source = SDMX / "unicef_dw_cme_nutrition.csv"
    before = (data / "datasets.yaml").read_text(encoding="utf-8")
    result = add(
        str(source),
        "--dataset",
        "unicef-dw-kaz",
        "--data-dir",
        str(data),
        "--licence",
        "CC BY 3.0 IGO",
        "--source-url",
        "https://data.unicef.org/resources/data_explorer/unicef_f/",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "format: unicef-dw (UNICEF Data Warehouse)" in out
    assert "rows: 13; Kazakhstan's rows: 8" in out
    assert "another country's row: 4" in out and "no OBS_VALUE (a missing value): 1" in out
    assert "indicators (3): CME_MRM0, CME_MRY0T4, NT_BF_EXBF" in out
    assert "years: 2010–2021" in out
    copied = data / "series" / "unicef-dw-kaz" / source.name
    assert copied.read_bytes() == source.read_bytes()
    after = (data / "datasets.yaml").read_text(encoding="utf-8")
    assert after.startswith(before)  # the rest of the manifest, comments included, as it was
    entry = _entry(data, "unicef-dw-kaz")
    DatasetEntry(**entry)
    assert entry["format"] == "unicef-dw" and entry["publisher"] == "UNICEF"
    assert entry["licence"] == "CC BY 3.0 IGO"
    assert entry["source_url"].startswith("https://data.unicef.org/")


@pytest.mark.parametrize(
    ("name", "rows", "kept", "years"),
    [("sdmx_csv_1_cme.csv", 5, 4, "2017–2019"), ("sdmx_csv_2_transmonee.csv", 8, 5, "2020")],
)
def test_sdmx_csv_files_are_added_and_summarised(data, name, rows, kept, years):
    result = add(str(SDMX / name), "--dataset", "transmonee", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "format: sdmx-csv (SDMX-CSV)" in result.stdout
    assert f"rows: {rows}; Kazakhstan's rows: {kept}" in result.stdout
    assert f"years: {years}" in result.stdout
    assert _entry(data, "transmonee")["format"] == "sdmx-csv"


def test_a_second_file_extends_the_files_of_its_dataset(data):
    first = add(str(SDMX / "sdmx_csv_1_cme.csv"), "--dataset", "cme", "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    manifest = data / "datasets.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text + "    files:\n      - sdmx_csv_1_cme.csv\n", encoding="utf-8")
    second = add(
        str(SDMX / "sdmx_csv_2_transmonee.csv"), "--dataset", "cme", "--data-dir", str(data)
    )
    assert second.returncode == 0, second.stderr
    assert "sdmx_csv_2_transmonee.csv added to the files of cme" in second.stdout
    assert _entry(data, "cme")["files"] == ["sdmx_csv_1_cme.csv", "sdmx_csv_2_transmonee.csv"]


def test_the_platforms_indicator_file_goes_back_into_its_dataset(data, tmp_path):
    folder = data / "series" / "opensdg-kz"
    download = tmp_path / "indicator_3-2-1.csv"
    shutil.move(folder / download.name, download)
    result = add(str(download), "--dataset", "opensdg-kz", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "format: opensdg (Open SDG)" in result.stdout
    assert "indicators (" in result.stdout and "SDG_3_2_1" in result.stdout
    assert "manifest: unchanged" in result.stdout
    assert (folder / download.name).read_bytes() == download.read_bytes()


BAD = [
    (
        "missing_obs_value.csv",
        "REF_AREA,Geographic area,INDICATOR,Indicator,TIME_PERIOD\n"
        "KAZ,Kazakhstan,CME_MRY0T4,U5MR,2020\n",
        "line 1: no OBS_VALUE column",
    ),
    (
        "unknown_status.csv",
        "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
        "UNICEF:CME(1.0),KAZ,CME_MRY0T4,2020,9.9,ZZ\n",
        "line 2: unknown OBS_STATUS 'ZZ'",
    ),
    ("not_a_dataset.csv", "name,value\nx,1\n", "not a format the build reads"),
    (
        "opensdg_other_country.csv",
        "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n"
        "UNICEF:CME(1.0),UZB,CME_MRY0T4,2020,14.1\n",
        "no row of Kazakhstan",
    ),
]


@pytest.mark.parametrize(("name", "text", "reason"), BAD, ids=[b[0] for b in BAD])
def test_a_file_it_cannot_read_is_refused_and_nothing_is_written(
    data, tmp_path, name, text, reason
):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    before = _snapshot(data)
    result = add(str(source), "--dataset", "unicef-x", "--data-dir", str(data))
    assert result.returncode == 1
    assert reason in result.stderr
    assert "refused: nothing written" in result.stderr
    assert _snapshot(data) == before


def test_a_file_of_another_format_than_its_dataset_is_refused(data):
    before = _snapshot(data)
    result = add(
        str(SDMX / "sdmx_csv_1_cme.csv"), "--dataset", "opensdg-kz", "--data-dir", str(data)
    )
    assert result.returncode == 1
    assert "the file is sdmx-csv, dataset opensdg-kz is opensdg" in result.stderr
    assert _snapshot(data) == before
