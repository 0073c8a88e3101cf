"""The SDMX-CSV extract: columns, codes, empty periods, pieces equal to the whole, pysdmx."""

import csv
import io

import pytest
from pysdmx.io import read_sdmx

from dashboard import extracts, sdmx_extract
from dashboard.selection import Selection
from dashboard.tables import read_tables


@pytest.fixture(scope="module")
def tables(stated_tables):
    # the 12 stated figures (the snapshot's official series aside)
    return read_tables(stated_tables)


def _rows(data: bytes) -> list[dict]:
    assert not data.startswith(extracts.CSV_BOM)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_one_dataflow_of_the_projects_agency_with_dimensions_first(tables):
    data = sdmx_extract.sdmx_bytes(sdmx_extract.selected(tables, Selection()))
    header = data.decode().splitlines()[0].split(",")
    assert header[:7] == [
        "STRUCTURE",
        "STRUCTURE_ID",
        "ACTION",
        "INDICATOR",
        "REF_AREA",
        "SEX",
        "AGE",
    ]
    assert header.index("TIME_PERIOD") == header.index("OBS_VALUE") - 1  # the last dimension
    assert {"OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "QUALIFIER", "DATA_SOURCE"} <= set(header)
    rows = _rows(data)
    assert len(rows) == tables.observations.num_rows == 12
    assert {(r["STRUCTURE"], r["STRUCTURE_ID"], r["ACTION"]) for r in rows} == {
        ("dataflow", "KZCR:CHILD_RIGHTS(1.0)", "I")
    }


def test_stated_figures_carry_qualifier_status_and_source(tables):
    sel = Selection(indicators=("EVENT_PARTICIPANTS",))
    rows = _rows(sdmx_extract.sdmx_bytes(sdmx_extract.selected(tables, sel)))
    by_status = {r["OBS_STATUS"]: r for r in rows}
    assert set(by_status) == {"A", "F"}
    reported = by_status["A"]
    assert reported["OBS_VALUE"] == "1300" and reported["QUALIFIER"] == "more_than"
    assert reported["DATA_SOURCE"] == "conf2016_report_ru"
    assert "более 1300" in reported["SOURCE_QUOTE"]
    assert reported["TIME_PERIOD"] == "2016-11-21/2016-11-22"
    assert by_status["F"]["QUALIFIER"] == "about"


def test_a_period_not_stated_is_an_empty_time_period(tables):
    sel = Selection(indicators=("LAWS_AMENDED",))
    (row,) = _rows(sdmx_extract.sdmx_bytes(sdmx_extract.selected(tables, sel)))
    assert row["TIME_PERIOD"] == "" and row["OBS_VALUE"] == "7"


@pytest.mark.parametrize("rows", [1, 2, 5, 65_536])
@pytest.mark.parametrize("workers", [1, 3])
def test_pieces_make_the_same_file_for_any_slice_size(tables, rows, workers):
    table = sdmx_extract.selected(tables, Selection())
    whole = b"".join(sdmx_extract.sdmx_chunks(table))
    assert b"".join(sdmx_extract.sdmx_chunks(table, rows=rows, workers=workers)) == whole


def test_an_empty_selection_is_the_header_only(tables):
    data = sdmx_extract.sdmx_bytes(sdmx_extract.selected(tables, Selection(indicators=("X",))))
    assert data.count(b"\n") == 1 and data.startswith(b"STRUCTURE,STRUCTURE_ID,ACTION,")


def test_pysdmx_reads_the_file_as_one_dataflow(tables):
    data = sdmx_extract.sdmx_bytes(sdmx_extract.selected(tables, Selection()))
    message = read_sdmx(data.decode("utf-8"))
    (dataset,) = message.data
    assert dataset.short_urn == "Dataflow=KZCR:CHILD_RIGHTS(1.0)"
    frame = dataset.data
    assert len(frame) == 12
    births = frame[frame["INDICATOR"] == "BIRTHS"].iloc[0]
    assert float(births["OBS_VALUE"]) == 308297 and births["OBS_STATUS"] == "PA"


def test_a_pages_table_gives_the_same_rows_as_its_selection(tables):
    sel = Selection(year=2016)
    extract = extracts.extract_table(tables, sel, "ru")
    by_extract = sdmx_extract.rows_of(tables, extract)
    assert sdmx_extract.sdmx_bytes(by_extract) == sdmx_extract.sdmx_bytes(
        sdmx_extract.selected(tables, sel)
    )
    assert by_extract.num_rows == extract.num_rows == 8


def test_every_dimension_and_attribute_is_a_column(tables):
    table = sdmx_extract.selected(tables, Selection())
    assert table.column_names == list(sdmx_extract.COLUMNS)
    assert {"URBANISATION", "EDUCATION_LEVEL", "WEALTH_QUINTILE", "ORIGIN"} <= set(
        table.column_names
    )
