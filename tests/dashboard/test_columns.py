"""Narrow dictionary indices: same values, less memory, same extracts."""

import dataclasses

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard import columns, extracts
from dashboard.selection import Selection
from dashboard.tables import read_tables


@pytest.mark.parametrize(
    ("size", "kind"),
    [
        (0, pa.int8()),
        (128, pa.int8()),
        (129, pa.int16()),
        (2**15, pa.int16()),
        (2**15 + 1, pa.int32()),
    ],
)
def test_index_type_is_the_narrowest_that_indexes_every_entry(size, kind):
    assert columns.index_type(size) == kind


def test_narrow_keeps_the_values_nulls_and_the_shared_dictionary():
    dictionary = pa.array([f"code {i}" for i in range(300)])
    chunks = [
        pa.DictionaryArray.from_arrays(pa.array([0, None, 299], pa.int32()), dictionary),
        pa.DictionaryArray.from_arrays(pa.array([5, 7], pa.int32()), dictionary),
    ]
    column = pa.chunked_array(chunks)
    narrowed = columns.narrow(column)
    assert narrowed.type == pa.dictionary(pa.int16(), pa.string())
    assert (
        narrowed.to_pylist()
        == column.to_pylist()
        == ["code 0", None, "code 299", "code 5", "code 7"]
    )
    assert narrowed.chunk(0).dictionary.buffers()[2].address == dictionary.buffers()[2].address


def test_a_column_that_is_not_a_dictionary_is_left_as_it_is():
    plain = pa.chunked_array([pa.array([1.5, 2.5])])
    assert columns.narrow(plain) is plain


def test_tables_in_memory_are_narrowed_and_extracts_do_not_change(seed_tables):
    on_disk = pq.read_table(seed_tables / "observations.parquet")
    tables = read_tables(seed_tables)
    assert on_disk["sex"].type.index_type == pa.int32()
    assert tables.observations["sex"].type.index_type == pa.int8()
    assert tables.observations.to_pylist() == on_disk.to_pylist()
    wide = dataclasses.replace(tables, observations=on_disk)
    for sel in (Selection(), Selection(year=2016), Selection(source="conf2016_report_ru")):
        narrow_csv = extracts.csv_bytes(extracts.extract_table(tables, sel, "kk"))
        assert narrow_csv == extracts.csv_bytes(extracts.extract_table(wide, sel, "kk"))
