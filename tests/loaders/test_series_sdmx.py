"""The SDMX-CSV (1.0, 2.0) and UNICEF warehouse readers on the fixtures of tests/fixtures/sdmx/."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from indicators.areas import load_areas
from indicators.registry import LocalText
from loaders.models import DatasetEntry
from loaders.series import formats, sdmx_csv, unicef_dw
from loaders.series.model import ReadContext
from loaders.series.sdmx_rows import NO_VALUE, OTHER_COUNTRY, period, records
from tests.conftest import FIXTURES

FOLDER = FIXTURES / "sdmx"
WAREHOUSE = FOLDER / "unicef_dw_cme_nutrition.csv"
SDMX_1 = FOLDER / "sdmx_csv_1_cme.csv"
SDMX_2 = FOLDER / "sdmx_csv_2_transmonee.csv"


def context_for(folder: Path) -> ReadContext:
    entry = DatasetEntry(
        id="unicef-test",
        title=LocalText(kk="UNICEF", ru="UNICEF", en="UNICEF"),
        publisher="UNICEF",
        platform="UNICEF Data Warehouse",
        licence="CC BY 3.0 IGO",
        repository="https://data.unicef.org",
        taken=dt.date(2026, 11, 30),
    )
    return ReadContext(entry, folder, load_areas())


@pytest.fixture(scope="module")
def context() -> ReadContext:
    return context_for(FOLDER)


def _data_records(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for r in csv.reader(handle) if r) - 1


@pytest.mark.parametrize(
    ("path", "name"), [(WAREHOUSE, "unicef-dw"), (SDMX_1, "sdmx-csv"), (SDMX_2, "sdmx-csv")]
)
def test_each_format_is_recognised_by_its_header(path, name):
    assert formats.sniff(formats.read_header(path)) == name


@pytest.mark.parametrize(
    ("path", "module"), [(WAREHOUSE, unicef_dw), (SDMX_1, sdmx_csv), (SDMX_2, sdmx_csv)]
)
def test_every_record_is_a_row_or_counted(path, module, context):
    read = module.read(path, context)
    assert read.errors == []
    assert len(read.rows) + sum(read.skipped.values()) == _data_records(path)
    assert {r.ref_area for r in read.rows} <= {a.code for a in load_areas()}


def test_the_warehouse_download_keeps_kazakhstan_and_counts_the_others(context):
    read = unicef_dw.read(WAREHOUSE, context)
    assert len(read.rows) == 8
    assert read.skipped == {OTHER_COUNTRY: 4, NO_VALUE: 1}
    first = read.rows[0]
    assert (first.indicator, first.ref_area, first.time_period, first.value) == (
        "CME_MRY0T4",
        "KZ",
        "2021",
        9.3,
    )
    assert (first.unit, first.obs_status, first.lower_bound, first.upper_bound) == (
        "D_PER_1000_B",
        "A",
        8.6,
        10.1,
    )
    assert {r.sex for r in read.rows if r.indicator == "CME_MRY0T4"} == {"_T", "F", "M"}
    assert [r.obs_status for r in read.rows if r.time_period == "2020"] == ["E"]
    rural = next(r for r in read.rows if r.wealth_quintile == "Q1")
    assert (rural.urbanisation, rural.age, rural.value) == ("R", "M0T5", 41.2)


def test_the_warehouse_labels_name_the_indicators_and_codes(context):
    read = unicef_dw.read(WAREHOUSE, context)
    assert read.indicators["CME_MRY0T4"].name.en == "Under-five mortality rate"
    assert read.indicators["NT_BF_EXBF"].name.ru == "Exclusive breastfeeding (0-5 months)"
    assert read.labels["unit"]["D_PER_1000_B"].en == "Deaths per 1000 live births"
    assert read.labels["sex"]["F"].en == "Female"
    assert read.labels["wealth_quintile"]["Q1"].en == "Lowest"


def test_a_quoted_note_spanning_lines_keeps_its_record_whole(context):
    read = unicef_dw.read(WAREHOUSE, context)
    span = next(r for r in read.rows if r.time_period == "2010/2011")
    lines = WAREHOUSE.read_text(encoding="utf-8").splitlines()
    assert span.line == 10
    assert span.line_text == "\n".join(lines[9:11])
    assert span.line_text.endswith("Multiple Indicator Cluster Survey 2010-2011")
    assert '"exclusively breastfed"' in span.note and "Re-analysed" in span.note
    assert "DATA_SOURCE: Multiple Indicator Cluster Survey 2010-2011" in span.note
    after = next(r for r in read.rows if r.wealth_quintile == "Q1")
    assert after.line == 12 and after.line_text == lines[11]


@pytest.mark.parametrize(
    ("path", "module"), [(WAREHOUSE, unicef_dw), (SDMX_1, sdmx_csv), (SDMX_2, sdmx_csv)]
)
def test_each_row_is_its_line_verbatim(path, module, context):
    text = path.read_text(encoding="utf-8")
    for row in module.read(path, context).rows:
        assert text.splitlines()[row.line - 1] == row.line_text.split("\n")[0]
        assert row.line_text in text


def test_sdmx_csv_1_with_labels_both(context):
    read = sdmx_csv.read(SDMX_1, context)
    assert [(r.time_period, r.value, r.lower_bound) for r in read.rows][:3] == [
        ("2019", 10.3, 9.6),
        ("2018", 10.6, 9.9),
        ("2017", 11.1, 10.4),
    ]
    assert read.skipped == {OTHER_COUNTRY: 1}
    assert read.indicators["CME_MRY1T4"].name.en == "Child mortality rate (aged 1-4 years)"
    assert {r.unit for r in read.rows} == {"D_PER_1000_B"}


def test_sdmx_csv_2_periods_areas_and_deletions(context):
    read = sdmx_csv.read(SDMX_2, context)
    got = [(r.ref_area, r.time_period, r.value, r.obs_status) for r in read.rows]
    assert got == [
        ("KZ", "2020", 426824, "A"),
        ("KZ-75", "2020", 46117, "A"),
        ("KZ-71", "2020-Q3", 7012, "P"),
        ("KZ", "2020-06", 35220, "P"),
        ("KZ", "2020", 6450000, "E"),
    ]
    assert read.skipped == {OTHER_COUNTRY: 2, sdmx_csv.DELETED: 1}
    assert read.rows[1].note.startswith("Almaty city, births")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020", "2020"),
        ("2020-Q3", "2020-Q3"),
        ("2020-S1", "2020-S1"),
        ("2020-06", "2020-06"),
        ("2020-M06", "2020-06"),
        ("2020-A1", "2020"),
        ("2020-06-30", "2020-06-30"),
        ("2019-2020", "2019/2020"),
        ("2019/2020", "2019/2020"),
        ("2016-01/2016-10", "2016-01/2016-10"),
    ],
)
def test_sdmx_periods(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text", ["20", "2020-Q5", "2020-13", "2021-2019", "last year", ""])
def test_what_is_no_sdmx_period(text):
    with pytest.raises(ValueError):
        period(text)


def _write(tmp_path: Path, text: str, name: str = "x.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEAD = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,"
HEAD += "OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n"
FLOW = "dataflow,UNICEF:CME(1.0),I"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (f"{FLOW},KAZ,CME_MRY0T4,2020,9.9,D_PER_1000_B,Z\n", "unknown OBS_STATUS 'Z'"),
        (f"{FLOW},KAZ,CME_MRY0T4,2020,n/a,D_PER_1000_B,A\n", "OBS_VALUE 'n/a' is not a number"),
        (f"{FLOW},KAZ,CME_MRY0T4,2019,10.3,D_PER_1000_B,A\n", "duplicate key: the same obs"),
        (f"{FLOW},KAZ,CME_MRY0T4,20,9.9,D_PER_1000_B,A\n", "TIME_PERIOD '20'"),
        (f"{FLOW},KZ-99,CME_MRY0T4,2020,9.9,D_PER_1000_B,A\n", "unknown ISO 3166-2:KZ area"),
        (f"{FLOW},KAZ,CME_MRY0T4,2020,9.9,D_PER_1000_B\n", "8 fields, the header has 9"),
        (f"{FLOW},KAZ,CME_MRY0T4,2020,9.9,D_PER_1000_B,M\n", "OBS_STATUS M"),
    ],
)
def test_a_bad_row_is_an_error_naming_its_line(tmp_path, context, body, reason):
    ok = f"{FLOW},KAZ,CME_MRY0T4,2019,10.3,D_PER_1000_B,A\n"
    read = sdmx_csv.read(_write(tmp_path, HEAD + ok + body), context)
    assert read.errors, read.rows
    assert read.errors[0].entry == "line 3"
    assert reason in read.errors[0].reason
    assert str(tmp_path / "x.csv") == read.errors[0].file


def test_a_missing_obs_value_column_is_named(tmp_path, context):
    head = (
        "REF_AREA,Geographic area,INDICATOR,Indicator,TIME_PERIOD,OBS_STATUS,Observation Status\n"
    )
    path = _write(tmp_path, head + "KAZ,Kazakhstan,CME_MRY0T4,Under-five,2020,A,Normal value\n")
    assert formats.sniff(formats.read_header(path)) == "unicef-dw"
    read = unicef_dw.read(path, context)
    assert [(e.entry, e.reason) for e in read.errors] == [("line 1", "no OBS_VALUE column")]
    assert read.rows == []


def test_what_pysdmx_refuses_is_named(tmp_path, context):
    # ACTION may hold one value, or one and D: pysdmx refuses I and R in one file.
    body = f"{FLOW},KAZ,CME_MRY0T4,2019,10.3,D_PER_1000_B,A\n"
    body += "dataflow,UNICEF:CME(1.0),R,KAZ,CME_MRY0T4,2020,9.9,D_PER_1000_B,A\n"
    read = sdmx_csv.read(_write(tmp_path, HEAD + body), context)
    assert read.errors and read.errors[0].entry == "(file)"
    assert "pysdmx" in read.errors[0].reason


def test_an_unclosed_quote_and_a_file_that_is_not_utf8(tmp_path, context):
    read = sdmx_csv.read(_write(tmp_path, HEAD + f'{FLOW},KAZ,"CME\n'), context)
    assert read.errors and read.errors[0].entry in ("(file)", "line 2")
    path = tmp_path / "latin.csv"
    path.write_bytes(HEAD.encode() + "dataflow,é\n".encode("latin-1"))
    read = sdmx_csv.read(path, context)
    assert read.errors[0].reason.startswith("not UTF-8")


def test_records_start_where_the_record_starts():
    text = 'A,B\n1,"two\nlines"\n\n3,4\r\n'
    got = [(r.line, r.text, r.cells) for r in records(text)]
    assert got == [
        (1, "A,B", ["A", "B"]),
        (2, '1,"two\nlines"', ["1", "two\nlines"]),
        (5, "3,4", ["3", "4"]),
    ]
