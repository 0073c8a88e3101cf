"""GET /api/v1/observations.sdmx.csv: the Downloads page's SDMX-CSV, the CSV's filters, 400s."""

from __future__ import annotations

import csv
import io

import pytest
from pysdmx.io import read_sdmx
from starlette.testclient import TestClient

from api.routes import create_app
from dashboard import extracts, sdmx_extract
from dashboard.selection import Selection
from dashboard.tables import read_tables
from indicators.codes import NOT_STATED
from loaders.paths import DATA_ENV, TABLES_ENV
from loaders.series import formats, sdmx_csv
from tests.api.test_api import BAD, FILTERS
from tests.dashboard.helpers import observation, with_observations, write_tables
from tests.loaders.test_series_sdmx import context_for

SDMX = "/api/v1/observations.sdmx.csv"


def sdmx_rows(body: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))


@pytest.mark.parametrize(("params", "sel"), FILTERS)
def test_each_filter_gives_the_downloads_file(client, rich, params, sel):
    query = [*(params.items() if isinstance(params, dict) else params), ("lang", "ru")]
    table = sdmx_extract.selected(rich, sel)
    if sel != Selection():
        assert 0 < table.num_rows < rich.observations.num_rows  # the filter does select
    answer = client.get(SDMX, params=query)
    assert answer.status_code == 200, answer.text
    assert answer.content == sdmx_extract.sdmx_bytes(table)
    assert table.num_rows == extracts.extract_table(rich, sel, "ru").num_rows
    assert answer.headers["content-type"].startswith("application/vnd.sdmx.data+csv")
    assert answer.headers["x-total-rows"] == str(table.num_rows)
    assert answer.headers["content-disposition"].endswith(
        f'"{extracts.file_name(sel, "ru", "sdmx.csv")}"'
    )


def test_the_filters_select_what_they_say(client):
    rows = sdmx_rows(client.get(SDMX, params={"area": "KZ-75", "sex": "F"}).content)
    assert [(r["OBS_ID"], r["REF_AREA"], r["SEX"], r["OBS_VALUE"]) for r in rows] == [
        ("ALMATY_F_2016", "KZ-75", "F", "11000")
    ]
    rows = sdmx_rows(client.get(SDMX, params={"year": "2014"}).content)
    assert [(r["TIME_PERIOD"], r["OBS_VALUE"], r["OBS_STATUS"]) for r in rows] == [
        ("2014", "30000.5", "E")
    ]


def test_text_is_quoted_and_safe(client):
    (row,) = sdmx_rows(client.get(SDMX, params={"age": "Y0T4"}).content)
    assert row["SOURCE_QUOTE"] == '\'=HYPERLINK("x") and "quoted", a comma\nand a new line'
    assert row["AGE"] == "Y0T4" and row["REF_AREA"] == "KZ-71"


@pytest.mark.parametrize(("params", "parameter"), BAD)
def test_a_bad_parameter_is_a_400_naming_it(client, params, parameter):
    answer = client.get(SDMX, params=params)
    assert answer.status_code == 400
    assert answer.json()["parameter"] == parameter


def test_the_endpoint_is_listed_in_the_404(client):
    assert SDMX in client.get("/api/v1/nope").json()["endpoints"]


# ---------------------------------------------------------------- round trip

KEY = ("indicator", "ref_area", "sex", "age", "urbanisation", "education_level")
KEY += ("wealth_quintile", "unit", "time_period", "value", "obs_status")
KEY += ("lower_bound", "upper_bound")


def _observations(tables) -> list[tuple]:
    return [tuple(row[k] for k in KEY) for row in tables.observations.select(KEY).to_pylist()]


# Rows of official series beside the stated figures: quarters, spans, bounds, breakdowns.
OFFICIAL = [
    observation(
        f"unicef-cme/unicef_cme.csv:{line}",
        indicator,
        period,
        value,
        unit="D_PER_1000_B",
        origin="official",
        source_id="unicef-cme/unicef_cme.csv",
        source_line=line,
        quote=f"KAZ,Kazakhstan,{indicator},{period},{value}",
        **fields,
    )
    for line, indicator, period, value, fields in [
        (2, "CME_MRY0T4", "2021", 9.3, {"lower_bound": 8.6, "upper_bound": 10.1}),
        (3, "CME_MRY0T4", "2020-Q3", 4.7, {"urbanisation": "U", "obs_status": "P"}),
        (4, "NT_BF_EXBF", "2010/2011", 31.8, {"age": "M0T5", "wealth_quintile": "Q1"}),
        (5, "NT_BF_EXBF", "2015-S1", 37.8, {"education_level": "ISCED11_1", "sex": "F"}),
    ]
]


@pytest.fixture
def both(rich_tables_dir, tmp_path, monkeypatch):
    """The API over the rich tables plus official rows, and those tables."""
    folder = tmp_path / "tables"
    write_tables(with_observations(rich_tables_dir, OFFICIAL), folder)
    monkeypatch.setenv(TABLES_ENV, str(folder))
    monkeypatch.delenv(DATA_ENV, raising=False)
    return TestClient(create_app()), read_tables(folder)


def test_an_export_read_back_by_the_importer_gives_the_same_observations(both, tmp_path):
    client, tables = both
    path = tmp_path / "export.sdmx.csv"
    path.write_bytes(client.get(SDMX).content)
    assert formats.sniff(formats.read_header(path)) == "sdmx-csv"
    read = sdmx_csv.read(path, context_for(tmp_path))
    assert read.errors == [] and read.skipped == {}
    got = [tuple(getattr(row, k) for k in KEY) for row in read.rows]
    assert got == _observations(tables)
    assert {"2020-Q3", "2010/2011", "2015-S1"} <= {r.time_period for r in read.rows}
    not_stated = [r for r in read.rows if r.time_period == NOT_STATED]
    assert len(read.warnings) == len(not_stated) > 0
    text = path.read_text(encoding="utf-8")
    for row in read.rows:  # each row's provenance is its record in the export
        assert text.splitlines()[row.line - 1] == row.line_text.split("\n")[0]
        assert row.line_text in text


def test_pysdmx_reads_the_export_with_the_same_values_and_codes(both):
    client, tables = both
    (dataset,) = read_sdmx(client.get(SDMX).content.decode("utf-8")).data
    assert dataset.short_urn == "Dataflow=KZCR:CHILD_RIGHTS(1.0)"
    frame = dataset.data
    columns = [c.upper() for c in KEY]
    columns[columns.index("UNIT")] = "UNIT_MEASURE"
    columns[columns.index("VALUE")] = "OBS_VALUE"
    got = []
    for record in frame[columns].to_dict("records"):
        row = []
        for name, cell in zip(KEY, record.values(), strict=True):
            if name in ("value", "lower_bound", "upper_bound"):
                cell = float(cell) if cell not in ("", "NaN") else None
            elif name == "time_period" and cell == "":
                cell = NOT_STATED
            row.append(cell)
        got.append(tuple(row))
    assert got == _observations(tables)
    official = frame[frame["ORIGIN"] == "official"]
    assert list(official["SOURCE_LINE"]) == ["2", "3", "4", "5"]
