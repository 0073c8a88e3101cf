"""Display copies of extracts: cut to the rows shown, dictionaries decoded, a row count."""

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from dashboard import components, extracts
from dashboard.selection import Selection
from dashboard.tables import read_tables

COLUMNS = ["indicator_name", "period_label", "value", "quote"]


@pytest.fixture(scope="module")
def extract(seed_tables):
    return extracts.extract_table(read_tables(seed_tables), Selection(), "en")


def test_display_frame_has_headings_in_the_language_and_the_rows_asked(extract):
    frame = components.display_frame(extract, "ru", COLUMNS, max_rows=5)
    assert len(frame) == 5
    assert list(frame.columns) == ["Показатель", "Период", "Значение", "Цитата"]
    assert frame.iloc[0, 0] == extract["indicator_name"][0].as_py()


def test_display_frame_decodes_only_the_rows_it_shows():
    big = pa.array([f"quote {i}" for i in range(10_000)]).dictionary_encode()
    table = pa.table({"quote": big, "value": pa.array(range(10_000), pa.float64())})
    frame = components.display_frame(table, "en", ["quote", "value"], max_rows=3)
    assert frame["Quote"].tolist() == ["quote 0", "quote 1", "quote 2"]
    assert frame["Quote"].dtype != "category"  # not the 10 000-entry dictionary


def test_row_count_says_when_the_table_was_cut():
    table = pa.table({"value": pa.array(range(1_500), pa.float64())})
    assert components.row_count(table.slice(0, 12), "en") == "12 rows"
    assert components.row_count(table, "en", shown=1_000) == (
        "Showing the first 1,000 of 1,500 rows; the downloads hold them all."
    )
    assert "1 000" in components.row_count(table, "ru", shown=1_000).replace("\u00a0", " ")


def test_display_frame_writes_numbers_and_codes_for_the_reader(extract):
    columns = ["value", "qualifier", "obs_status", "ref_area", "sex", "age", "is_headline"]
    child_pop = extract.filter(pc.equal(extract["indicator"], "CHILD_POP"))
    ru = components.display_frame(child_pop, "ru", columns).iloc[0]
    assert ru["Значение"] == "5\u00a0460\u00a0449"
    assert (ru["Точность"], ru["Статус"], ru["Территория"]) == ("точно", "Отчёт", "Казахстан")
    assert ru["Пол"] == "Всего" and bool(ru["Основная"])
    en = components.display_frame(child_pop, "en", columns).iloc[0]
    assert (en["Value"], en["Qualifier"], en["Area"]) == ("5,460,449", "exact", "Kazakhstan")


def test_display_frame_labels_breakdowns_and_announced_figures():
    table = pa.table(
        {
            "value": [1000.0, 12.5],
            "qualifier": ["about", "more_than"],
            "obs_status": ["F", "PA"],
            "sex": ["F", "M"],
            "age": ["Y0T17", "Y_GE65"],
        }
    )
    frame = components.display_frame(table, "kk", table.column_names)
    assert frame.iloc[:, 0].tolist() == ["1\u00a0000", "12,5"]
    assert frame.iloc[:, 1].tolist() == ["шамамен", "астам"]
    assert frame.iloc[:, 2].tolist() == ["Жарияланған жоспар", "Толық емес кезең"]
    assert frame.iloc[:, 3].tolist() == ["Қыздар", "Ұлдар"]
    assert frame.iloc[:, 4].tolist() == ["0–17 жас", "65 және одан үлкен"]
