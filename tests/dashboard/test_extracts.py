import csv
import io

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard import extracts
from dashboard.selection import Selection
from dashboard.tables import read_tables


@pytest.fixture(scope="module")
def tables(seed_tables):
    return read_tables(seed_tables)


def _rows(data: bytes) -> list[dict]:
    assert data.startswith(extracts.CSV_BOM)
    return list(csv.DictReader(io.StringIO(data[len(extracts.CSV_BOM) :].decode("utf-8"))))


def test_extract_has_the_documented_columns_in_order(tables):
    table = extracts.extract_table(tables, Selection(), "ru")
    assert tuple(table.column_names) == extracts.COLUMNS
    origins = table["origin"].to_pylist()
    assert origins.count("stated") == 12 and origins.count("official") == 4927
    names = set(zip(origins, table["origin_name"].to_pylist(), strict=True))
    assert names == {("stated", "указано в тексте"), ("official", "официальная статистика")}


def test_official_values_carry_their_file_line_and_conflicts(tables):
    table = extracts.extract_table(tables, Selection(indicators=("SDG_4_1_1_SKILL_MATH",)), "kk")
    rows = table.to_pylist()
    conflicting = [r for r in rows if r["conflict"]]
    assert conflicting and all(r["is_headline"] is False for r in conflicting)
    line = next(r for r in rows if r["source_line"] == 46)
    assert line["quote"] == "2015,PT,SKILL_MATH,,,67.8" and line["conflict"] is True
    assert line["source_id"] == "opensdg-kz/indicator_4-1-1.csv"
    assert line["unit_name"] == "пайыз" and line["quote_lang"] == "mul"


def test_year_filter_and_names_in_the_chosen_language(tables):
    table = extracts.extract_table(tables, Selection(year=2016), "en").to_pylist()
    assert {r["year"] for r in table} == {2016}
    births = next(r for r in table if r["indicator"] == "BIRTHS")
    assert births["indicator_name"] == "Live births"
    assert births["period_label"] == "Jan–Oct 2016"
    assert births["quote_lang"] == "kk"
    assert "308 297" in births["quote"]


def test_csv_is_utf8_with_bom_and_numbers_stay_numbers(tables):
    data = extracts.csv_bytes(extracts.extract_table(tables, Selection(), "kk"))
    text = data[len(extracts.CSV_BOM) :].decode("utf-8")
    assert ",308297," in text  # unquoted number
    rows = _rows(data)
    assert rows[0].keys() == set(extracts.COLUMNS)
    assert any(r["indicator_name"] == "Туған нәрестелер саны" for r in rows)


def test_csv_neutralises_formula_injection():
    table = pa.table(
        {
            "quote": ["=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "safe", None],
            "code": pa.array(["=x", "y", "=x", "y", "y", "y"]).dictionary_encode(),
            "value": [-1.5, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    )
    rows = _rows(extracts.csv_bytes(table))
    assert [r["quote"] for r in rows] == ["'=HYPERLINK(1)", "'+1", "'-2", "'@SUM(A1)", "safe", ""]
    assert rows[0]["code"] == "'=x"
    assert rows[0]["value"] == "-1.5"  # numbers are not touched


def test_xlsx_has_data_and_describing_sheets_in_the_language(tables):
    table = extracts.extract_table(tables, Selection(year=2016), "ru")
    book = openpyxl.load_workbook(io.BytesIO(extracts.xlsx_bytes(table, tables, "ru")))
    assert book.sheetnames == ["Данные", "Столбцы", "Показатели", "Источники"]
    data = list(book["Данные"].values)
    assert data[0][0] == "Код записи" and "Показатель" in data[0]
    assert len(data) == table.num_rows + 1
    value_col = data[0].index("Значение")
    assert 308297 in [row[value_col] for row in data[1:]]
    described = [row[0] for row in list(book["Столбцы"].values)[1:]]
    assert described == list(extracts.COLUMNS)
    # the sources sheet in words: dates, languages, publishers and dataset files as pages say
    sources = list(book["Источники"].values)
    heading = sources[0]
    column = {name: [row[heading.index(name)] for row in sources[1:]] for name in heading}
    dates = column["Дата публикации"]
    assert "не указан" in dates and "not stated" not in dates
    assert set(column["Язык"]) <= {"казахский", "русский", "несколько языков"}
    assert not [title for title in column["Название"] if title.endswith(".csv")]


def test_parquet_round_trips(tables):
    table = extracts.extract_table(tables, Selection(), "en")
    back = pq.read_table(io.BytesIO(extracts.parquet_bytes(table)))
    assert back.num_rows == table.num_rows and back.column_names == table.column_names


@pytest.mark.parametrize(
    ("sel", "lang", "ext", "expected"),
    [
        (Selection(year=2016), "ru", "csv", "kz-child-rights_2016_ru.csv"),
        (Selection(), "en", "xlsx", "kz-child-rights_all-years_en.xlsx"),
        (
            Selection(indicators=("BIRTHS",)),
            "kk",
            "parquet",
            "kz-child-rights_all-years_BIRTHS_kk.parquet",
        ),
    ],
)
def test_file_names_say_what_is_inside(sel, lang, ext, expected):
    assert extracts.file_name(sel, lang, ext) == expected


def test_columns_are_documented():
    from loaders.paths import ROOT

    doc = (ROOT / "docs" / "extracts.md").read_text(encoding="utf-8")
    for column in extracts.COLUMNS:
        assert f"`{column}`" in doc


def test_xlsx_keeps_text_from_the_data_as_text(tables):
    table = extracts.extract_table(tables, Selection(year=2016), "en")
    risky = ["=1+1", '=HYPERLINK("http://example.org","x")'] + [""] * (table.num_rows - 2)
    table = table.set_column(_quote_column(table), "quote", pa.array(risky))
    sheet = openpyxl.load_workbook(io.BytesIO(extracts.xlsx_bytes(table, tables, "en")))["Data"]
    quotes = [row[_quote_column(table)] for row in sheet.iter_rows(min_row=2, max_row=3)]
    assert [c.data_type for c in quotes] == ["s", "s"]  # not "f": no formula runs on opening
    assert quotes[0].value == "=1+1"


def _quote_column(table: pa.Table) -> int:
    return table.column_names.index("quote")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_column_has_its_own_heading(lang):
    from dashboard.i18n import t

    headings = [t(extracts.HEADING_KEYS[c], lang) for c in extracts.COLUMNS]
    assert len(set(headings)) == len(headings)
