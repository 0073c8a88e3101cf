"""The SDMX-CSV 2.0 extract: the selected observations as one dataflow of the project's agency.

Each row is an observation of the dataflow `KZCR:CHILD_RIGHTS(1.0)`: its dimensions (indicator,
area, sex, age ... and the period), its value, and as attributes the unit, the SDMX observation
status, and for a figure stated in a text its qualifier and source (with the quote), for an
official value its dataset file and line. Columns and codes: docs/extracts.md.

It is written like the CSV extract (`dashboard.extract_stream`): slices of rows encoded with
Arrow compute, the three constant columns written once per distinct value of the first one.
Text is quoted and neutralised as in the CSV; there is no byte-order mark (SDMX tools read
plain UTF-8).
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from dashboard.extract_stream import SLICE_ROWS, WORKERS, csv_encoders, csv_rows
from dashboard.extracts import compact
from dashboard.selection import Selection, select
from dashboard.tables import Tables
from indicators.codes import NOT_STATED

AGENCY = "KZCR"
DATAFLOW = "CHILD_RIGHTS"
VERSION = "1.0"
STRUCTURE_ID = f"{AGENCY}:{DATAFLOW}({VERSION})"
ACTION = "I"  # information: the rows as they are, not an update of an earlier file
CONSTANT = {"STRUCTURE": "dataflow", "STRUCTURE_ID": STRUCTURE_ID, "ACTION": ACTION}

# SDMX column -> column of observations.parquet (loaders/schemas.py).
DIMENSIONS = {
    "INDICATOR": "indicator",
    "REF_AREA": "ref_area",
    "SEX": "sex",
    "AGE": "age",
    "URBANISATION": "urbanisation",
    "EDUCATION_LEVEL": "education_level",
    "WEALTH_QUINTILE": "wealth_quintile",
    "TIME_PERIOD": "time_period",
}
MEASURE = {"OBS_VALUE": "value"}
ATTRIBUTES = {
    "UNIT_MEASURE": "unit",
    "OBS_STATUS": "obs_status",
    "LOWER_BOUND": "lower_bound",
    "UPPER_BOUND": "upper_bound",
    "QUALIFIER": "qualifier",
    "ORIGIN": "origin",
    "CONFLICT": "conflict",
    "DATA_SOURCE": "source_id",
    "SOURCE_LINE": "source_line",
    "SOURCE_QUOTE": "quote",
    "OBS_ID": "obs_id",
}
COLUMNS = {**DIMENSIONS, **MEASURE, **ATTRIBUTES}


def _stated_periods(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """`not stated` is no SDMX period: such a figure's TIME_PERIOD is left empty."""

    def empty(values: pa.Array) -> pa.Array:
        return pc.if_else(pc.equal(values, NOT_STATED), pa.scalar(None, values.type), values)

    if pa.types.is_dictionary(column.type):
        chunks = [
            pa.DictionaryArray.from_arrays(c.indices, empty(c.dictionary)) for c in column.chunks
        ]
        return pa.chunked_array(chunks, column.type)
    return pa.chunked_array([empty(c) for c in column.chunks], column.type)


def sdmx_table(obs: pa.Table) -> pa.Table:
    """The SDMX columns (without the constant ones) of observation rows, in their order; a
    small selection's dictionaries cut to the codes it uses."""
    columns = [compact(obs[name]) for name in COLUMNS.values()]
    at = list(COLUMNS).index("TIME_PERIOD")
    columns[at] = _stated_periods(columns[at])
    return pa.table(columns, names=list(COLUMNS))


def selected(tables: Tables, sel: Selection, lang: str | None = None) -> pa.Table:
    """The observation rows of a selection: the rows of its CSV extract, in the same order.
    (`lang` is taken like the other extracts': the file holds codes, not names.)"""
    return sdmx_table(select(tables.observations, sel))


def rows_of(tables: Tables, extract: pa.Table) -> pa.Table:
    """The observation rows of an extract table (a page's table, whatever chose its rows)."""
    obs = tables.observations
    return sdmx_table(
        obs.filter(pc.is_in(obs["obs_id"], value_set=extract["obs_id"].combine_chunks()))
    )


def sdmx_header(table: pa.Table) -> bytes:
    return (",".join([*CONSTANT, *table.column_names]) + "\n").encode()


def sdmx_chunks(
    table: pa.Table, rows: int = SLICE_ROWS, workers: int = WORKERS
) -> Iterator[bytes | memoryview]:
    """An `sdmx_table` as SDMX-CSV 2.0, header first, in pieces of at most `rows` rows."""
    yield sdmx_header(table)
    prefix = ",".join(CONSTANT.values()) + ","
    yield from csv_rows(table, csv_encoders(table, prefix), rows, workers)


def sdmx_bytes(table: pa.Table) -> bytes:
    """The whole SDMX-CSV file of an `sdmx_table` (the pages' download button)."""
    return b"".join(sdmx_chunks(table))
