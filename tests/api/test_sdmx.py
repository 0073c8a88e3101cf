"""GET /api/v1/observations.sdmx.csv: the Downloads page's SDMX-CSV, the CSV's filters, 400s."""

from __future__ import annotations

import csv
import io

import pytest

from dashboard import extracts, sdmx_extract
from dashboard.selection import Selection
from tests.api.test_api import BAD, FILTERS

SDMX = "/api/v1/observations.sdmx.csv"


def sdmx_rows(body: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))


@pytest.mark.parametrize(("params", "sel"), FILTERS)
def test_each_filter_gives_the_downloads_file(client, rich, params, sel):
    query = [*(params.items() if isinstance(params, dict) else params), ("lang", "ru")]
    table = extracts.extract_table(rich, sel, "ru")
    if sel != Selection():
        assert 0 < table.num_rows < rich.observations.num_rows  # the filter does select
    answer = client.get(SDMX, params=query)
    assert answer.status_code == 200, answer.text
    assert answer.content == sdmx_extract.sdmx_bytes(table)
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
