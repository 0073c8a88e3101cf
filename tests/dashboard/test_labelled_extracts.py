"""The extracts for report writers: the "with labels" variant, whole numbers kept whole, an
Excel file that is readable as it opens, and headline figures by default."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
import pytest

from dashboard import extracts
from dashboard.i18n import t
from dashboard.selection import Selection
from dashboard.tables import read_tables
from tests.dashboard.test_app import fresh_caches, run

__all__ = ["fresh_caches"]
HEADINGS = {
    "kk": ["Көрсеткіш", "Аумақ", "Жынысы"],
    "ru": ["Показатель", "Территория", "Пол"],
    "en": ["Indicator", "Area", "Sex"],
}


@pytest.fixture(scope="module")
def tables(seed_tables):
    return read_tables(seed_tables)


def _labelled_rows(tables, lang: str) -> list[dict]:
    table = extracts.extract_table(tables, Selection(), lang)
    raw = extracts.csv_bytes(extracts.labelled_table(tables, table, lang))
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_labelled_csv_has_its_headings_and_codes_in_the_language(tables, lang):
    rows = _labelled_rows(tables, lang)
    headings = list(rows[0])
    assert headings == [
        t(extracts.LABELLED_HEADING_KEYS[c], lang) for c in extracts.LABELLED_COLUMNS
    ]
    assert headings[:3] == HEADINGS[lang]
    cells = {cell for row in rows for cell in row.values()}
    # No code of the plain file: not "_T", "PA", "more_than", "not stated", "true".
    codes = {"_T", "PA", "A", "F", "more_than", "not stated", "true"}
    assert cells.isdisjoint(codes | ({"exact"} if lang != "en" else set()))


def test_the_labelled_csv_gives_the_value_as_stated_and_the_period_in_words(tables):
    rows = _labelled_rows(tables, "ru")
    participants = next(r for r in rows if r["Как сказано в источнике"] == "более 1\u00a0300")
    assert participants["Значение"] == "1300" and participants["Основная"] == "да"
    births = next(r for r in rows if r["Показатель"] == "Число родившихся")
    assert births["Период"] == "январь–октябрь 2016" and births["Статус"] == "Неполный период"
    assert births["Территория"] == "Казахстан" and births["Пол"] == "Всего"
    crime = next(r for r in rows if r["Как сказано в источнике"] == "\u221230%")  # minus sign
    assert crime["Примечание"].startswith("Не указаны ни период снижения")


def test_the_plain_csv_keeps_its_codes_for_scripts(tables):
    raw = extracts.csv_bytes(extracts.extract_table(tables, Selection(), "ru"))
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(extracts.COLUMNS)
    assert {"_T", "more_than", "PA"} <= {cell for row in rows for cell in row.values()}


def test_the_year_stays_a_whole_number_in_pandas_and_excel(tables):
    table = extracts.extract_table(tables, Selection(), "en")  # undated rows: empty years
    frame = pd.read_parquet(io.BytesIO(extracts.parquet_bytes(table)))
    assert str(frame["year"].dtype) == "Int16" and frame["year"].isna().any()
    assert 2016 in set(frame["year"].dropna())
    book = openpyxl.load_workbook(io.BytesIO(extracts.xlsx_bytes(table, tables, "en")))
    heading, *data = list(book["Data"].values)
    years = [row[heading.index("Year")] for row in data]
    assert {type(y) for y in years} == {int, type(None)}
    csv_frame = pd.read_csv(io.BytesIO(extracts.csv_bytes(table)), dtype=extracts.INTEGER_COLUMNS)
    assert str(csv_frame["year"].dtype) == "Int16"


def test_the_excel_file_fits_its_columns_filters_its_header_and_describes_columns_whole(tables):
    table = extracts.extract_table(tables, Selection(), "kk")
    book = openpyxl.load_workbook(io.BytesIO(extracts.xlsx_bytes(table, tables, "kk", labels=True)))
    for sheet in book.worksheets:
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        widths = [sheet.column_dimensions[c].width for c in "ABC"]
        assert all(w and w >= 8 for w in widths), (sheet.title, widths)
    data = book.worksheets[0]
    assert [c.value for c in data[1]][:3] == HEADINGS["kk"]
    described = book.worksheets[1]
    descriptions = [row[2] for row in list(described.values)[1:]]
    assert t("col_quote_lang", "kk") in descriptions  # whole, "(kk, ru)" included
    widest = max(described.column_dimensions[c].width for c in "ABC")
    assert extracts.WIDEST <= widest < extracts.WIDEST + 1 and described["C2"].alignment.wrap_text


def test_labelled_file_names_say_so():
    name = extracts.file_name(Selection(year=2016, headline_only=True), "ru", "csv", labels=True)
    assert name == "kz-child-rights_2016_headline_labels_ru.csv"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_downloads_hold_the_headline_figures_unless_asked_for_all(lang):
    at = run("pages/downloads.py", lang=lang, year="2016")
    toggle = at.toggle[0]
    assert toggle.label == t("include_all_figures", lang) and toggle.value is False
    headline_rows = len(at.dataframe[0].value)
    toggle.set_value(True).run()
    assert len(at.dataframe[0].value) > headline_rows  # the announced figures too
    labels = [b.proto.label for b in at.get("download_button")]
    assert t("download_csv_labelled", lang) in labels and t("download_csv", lang) in labels
