"""Extracts written piece by piece: CSV and JSON for the HTTP API, never row by row in Python.

The CSV is byte for byte what `extracts.csv_bytes` writes (UTF-8 with BOM, comma, header row,
every text quoted with its quotes doubled, numbers and booleans as Arrow writes them, missing
values as empty cells, text that begins with = + - @ tab or CR prefixed with an apostrophe).

Each field is encoded with Arrow compute: a dictionary-encoded column is encoded once per
dictionary (its distinct values) and spread to the rows with one `take`; the fields of a row are
then joined with one `binary_join_element_wise`, whose value buffer *is* the CSV text of the
slice and goes out without another copy. Slices are encoded on a small thread pool (Arrow
releases the GIL), ahead of the one being sent.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.extracts import CSV_BOM, FORMULA_START

SLICE_ROWS = 65_536
# Pieces handed to the server: small enough that a partly sent piece is cheap to keep.
PIECE_BYTES = 1 << 20
WORKERS = max(1, min(4, os.cpu_count() or 1))
_CONTROL = r"[\x00-\x1f]"


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def _neutralised(values: pa.Array) -> pa.Array:
    risky = pc.match_substring_regex(values, FORMULA_START)
    if not pc.any(risky).as_py():
        return values
    return pc.if_else(
        pc.fill_null(risky, False), pc.binary_join_element_wise("'", values, ""), values
    )


def _csv_text(values: pa.Array) -> pa.Array:
    escaped = pc.replace_substring(_neutralised(values), '"', '""')
    return pc.binary_join_element_wise('"', escaped, '"', "")


def _json_text(values: pa.Array) -> pa.Array:
    """JSON string literals; the rare value with another control character goes through json."""
    if pc.any(pc.match_substring_regex(values, _CONTROL)).as_py():
        return pa.array(
            [None if v is None else json.dumps(v, ensure_ascii=False) for v in values.to_pylist()],
            pa.string(),
        )
    escaped = values
    for plain, escape in (("\\", "\\\\"), ('"', '\\"')):
        escaped = pc.replace_substring(escaped, plain, escape)
    return pc.binary_join_element_wise('"', escaped, '"', "")


def _scalar(values: pa.Array) -> pa.Array:
    return pc.cast(values, pa.string())


class _Encoder:
    """Encodes one column's values as text fields; dictionaries once per stream."""

    def __init__(self, text: Callable[[pa.Array], pa.Array], null: str, prefix: str = ""):
        self.text, self.null, self.prefix = text, null, prefix
        self.dictionaries: dict[tuple, pa.Array] = {}

    def _plain(self, values: pa.Array) -> pa.Array:
        out = self.text(values) if _is_text(values.type) else _scalar(values)
        out = pc.fill_null(out, self.null) if out.null_count else out
        return pc.binary_join_element_wise(self.prefix, out, "") if self.prefix else out

    def __call__(self, values: pa.Array) -> pa.Array:
        if not pa.types.is_dictionary(values.type):
            return self._plain(values)
        dictionary = values.dictionary
        # The same dictionary (its buffers, offset and length) is encoded once per stream.
        buffers = tuple(b.address if b is not None else 0 for b in dictionary.buffers())
        key = (buffers, dictionary.offset, len(dictionary))
        encoded = self.dictionaries.get(key)
        if encoded is None:
            encoded = self.dictionaries[key] = self._plain(dictionary)
        taken = pc.take(encoded, values.indices)
        return pc.fill_null(taken, self.prefix + self.null) if taken.null_count else taken


def _text_of(lines: pa.Array) -> memoryview:
    """The value buffer of a string array between its first and last offset: no copy."""
    offsets = np.frombuffer(lines.buffers()[1], np.int32)
    start, end = offsets[lines.offset], offsets[lines.offset + len(lines)]
    return memoryview(lines.buffers()[2])[start:end] if end > start else memoryview(b"")


def _pieces(views: Iterable[memoryview], size: int = PIECE_BYTES) -> Iterator[memoryview]:
    for view in views:
        for start in range(0, len(view), size):
            yield view[start : start + size]


def _workers(table: pa.Table, rows: int, workers: int) -> int:
    """No more threads than slices: a table of one slice (most extracts) is encoded in the
    request's own thread, without starting a pool."""
    return max(1, min(workers, -(-table.num_rows // rows)))


def _ahead(items: Iterable, work: Callable, workers: int) -> Iterator:
    """`work(item)` for each item, in order, computed on `workers` threads a few items ahead."""
    if workers <= 1:
        yield from map(work, items)
        return
    pool = ThreadPoolExecutor(workers, thread_name_prefix="extract")
    try:
        pending: deque = deque()
        source = iter(items)
        for item in source:
            pending.append(pool.submit(work, item))
            if len(pending) > workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _slices(table: pa.Table, rows: int) -> Iterator[pa.RecordBatch]:
    yield from table.to_batches(max_chunksize=rows)


def csv_header(table: pa.Table) -> bytes:
    names = ",".join('"' + n.replace('"', '""') + '"' for n in table.column_names)
    return CSV_BOM + f"{names}\n".encode()


def csv_rows(
    table: pa.Table, encoders: list[_Encoder], rows: int = SLICE_ROWS, workers: int = WORKERS
) -> Iterator[memoryview]:
    """The rows of `table` as CSV lines, each field written by its column's encoder."""

    def encode(batch: pa.RecordBatch) -> memoryview:
        fields = [enc(col) for enc, col in zip(encoders, batch.columns, strict=True)]
        fields[-1] = pc.binary_join_element_wise(fields[-1], "\n", "")
        return _text_of(pc.binary_join_element_wise(*fields, ","))

    if table.num_rows:
        yield from _pieces(_ahead(_slices(table, rows), encode, _workers(table, rows, workers)))


def csv_encoders(table: pa.Table, row_prefix: str = "") -> list[_Encoder]:
    """Quoted, neutralised text fields; `row_prefix` starts every line (constant columns)."""
    return [_Encoder(_csv_text, "", row_prefix if i == 0 else "") for i in range(table.num_columns)]


def csv_chunks(
    table: pa.Table, rows: int = SLICE_ROWS, workers: int = WORKERS
) -> Iterator[bytes | memoryview]:
    """`extracts.csv_bytes(table)` in pieces of at most `rows` rows (the header first)."""
    yield csv_header(table)
    yield from csv_rows(table, csv_encoders(table), rows, workers)


def json_chunks(
    table: pa.Table, rows: int = SLICE_ROWS, workers: int = WORKERS
) -> Iterator[bytes | memoryview]:
    """`{"columns": [...], "rows": N, "data": [{column: value, ...}, ...]}`, UTF-8.

    Values as in the CSV: numbers and booleans as JSON numbers and booleans, missing values as
    null, text as JSON strings (not neutralised: JSON is not opened by spreadsheets).
    """
    names = table.column_names
    encoders = [_Encoder(_json_text, "null", json.dumps(n) + ":") for n in names]
    head = {"columns": names, "rows": table.num_rows}
    yield (json.dumps(head, ensure_ascii=False)[:-1] + ', "data": [').encode()

    def encode(batch: pa.RecordBatch) -> memoryview:
        fields = [enc(col) for enc, col in zip(encoders, batch.columns, strict=True)]
        fields[0] = pc.binary_join_element_wise(",\n{", fields[0], "")
        fields[-1] = pc.binary_join_element_wise(fields[-1], "}", "")
        return _text_of(pc.binary_join_element_wise(*fields, ","))

    first = True
    for piece in _pieces(_ahead(_slices(table, rows), encode, _workers(table, rows, workers))):
        if first and len(piece):
            piece, first = piece[1:], False  # every row starts with ",\n{" but the first
        yield piece
    yield b"\n]}"
