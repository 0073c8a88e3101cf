"""Dictionary-encoded columns held with the narrowest row index their dictionary allows.

Parquet hands every dictionary column back with 32-bit row indices. Most of ours have a few
dozen codes (sex, age, area, status ...), so 8 or 16 bits hold the same rows in a quarter or
half of the memory: at 10^7 observations about 300 MB, which decides whether the app fits in
2 GB. The on-disk schemas (loaders/schemas.py) keep 32-bit indices; only memory is narrowed.
"""

from __future__ import annotations

import pyarrow as pa


def index_type(size: int) -> pa.DataType:
    """The narrowest signed integer type that can index a dictionary of `size` entries."""
    if size <= 2**7:
        return pa.int8()
    if size <= 2**15:
        return pa.int16()
    return pa.int32()


def narrow(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """`column` with the narrowest index type for its largest chunk dictionary."""
    if not pa.types.is_dictionary(column.type):
        return column
    size = max((len(chunk.dictionary) for chunk in column.chunks), default=0)
    kind = index_type(size)
    if kind == column.type.index_type:
        return column
    target = pa.dictionary(kind, column.type.value_type, column.type.ordered)
    chunks = [
        pa.DictionaryArray.from_arrays(chunk.indices.cast(kind), chunk.dictionary)
        for chunk in column.chunks
    ]
    return pa.chunked_array(chunks, target)


def narrow_dictionaries(table: pa.Table) -> pa.Table:
    """Every dictionary column of `table` narrowed (the values themselves are shared)."""
    for i, field in enumerate(table.schema):
        column = table.column(i)
        narrowed = narrow(column)
        if narrowed is not column:
            table = table.set_column(i, field.with_type(narrowed.type), narrowed)
    return table
