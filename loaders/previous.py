"""The previous comparable value of each headline observation, made once at build time.

`previous_obs_id` is the obs_id of the latest earlier headline value of the same indicator,
area, breakdowns (sex, age, urbanisation, education level, wealth quintile) and kind of period
(a whole year, January–October, a day ...); null when there is none, for a row that is not a
headline and for a period that is not stated. "Earlier" compares the periods' last days; of
several rows that end on that same earlier day, the last in stored order is taken.

It is computed over the whole observations table once every row is in (the build, the synthetic
generator), vectorised: a sort and a few array passes, whatever the number of rows.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from indicators.codes import NOT_STATED

COLUMN = "previous_obs_id"
# Rows compare only within the same values of these columns.
KEY = (
    "indicator",
    "ref_area",
    "sex",
    "age",
    "urbanisation",
    "education_level",
    "wealth_quintile",
)
NEEDED = (*KEY, "time_period", "period_start", "period_end", "is_headline")


def _dictionary_chunks(column: pa.ChunkedArray) -> list[pa.DictionaryArray]:
    """The column dictionary-encoded, every chunk on one dictionary."""
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    return column.unify_dictionaries().chunks


def _take(values: np.ndarray, chunks: list[pa.DictionaryArray]) -> np.ndarray:
    """`values[i]` for the dictionary position i of each row."""
    if not chunks:
        return np.zeros(0, np.int64)
    return np.concatenate([values[c.indices.to_numpy(zero_copy_only=False)] for c in chunks])


def _codes(column: pa.ChunkedArray) -> np.ndarray:
    """Integer codes of a column's values (equal values, equal codes)."""
    chunks = _dictionary_chunks(column)
    size = len(chunks[0].dictionary) if chunks else 0
    return _take(np.arange(size, dtype=np.int64), chunks)


def _shape_codes(time_period: pa.ChunkedArray) -> np.ndarray:
    """The written shape of each period: how many "/" and how long its first part is
    (`2016` and `2016-01/2016-10` differ; `2015` and `2016` do not)."""
    chunks = _dictionary_chunks(time_period)
    if not chunks:
        return np.zeros(0, np.int64)
    text = chunks[0].dictionary
    slashes = pc.count_substring(text, "/").to_numpy(zero_copy_only=False).astype(np.int64)
    first = pc.find_substring(text, "/").to_numpy(zero_copy_only=False)
    length = pc.utf8_length(text).to_numpy(zero_copy_only=False)
    return _take(slashes * 100 + np.where(first < 0, length, first), chunks)


def _month_day(dates: pa.ChunkedArray) -> np.ndarray:
    filled = pc.fill_null(dates, pa.scalar(0, pa.date32()).cast(dates.type))
    month = pc.month(filled).to_numpy(zero_copy_only=False).astype(np.int64)
    day = pc.day(filled).to_numpy(zero_copy_only=False).astype(np.int64)
    return month * 100 + day


def _combined(codes: list[np.ndarray]) -> np.ndarray:
    """One integer per distinct combination of the codes (mixed radix, compacted whenever the
    next digit could overflow): a single sort key, however many columns."""
    combined = np.zeros(len(codes[0]), np.int64)
    for code in codes:
        code = np.unique(code, return_inverse=True)[1].astype(np.int64)
        radix = int(code.max(initial=0)) + 1
        if int(combined.max(initial=0)) + 1 > (2**62) // radix:
            combined = np.unique(combined, return_inverse=True)[1].astype(np.int64)
        combined = combined * radix + code
    return combined


def previous_positions(table: pa.Table) -> np.ndarray:
    """For each row of `table` (which holds the NEEDED columns), the row number of its
    previous comparable headline value, -1 when there is none."""
    n = table.num_rows
    previous = np.full(n, -1, np.int64)
    eligible = pc.and_(
        pc.and_(
            pc.fill_null(table["is_headline"], False),
            pc.is_valid(table["period_end"]),
        ),
        pc.not_equal(pc.cast(table["time_period"], pa.string()), NOT_STATED),
    )
    rows = np.flatnonzero(pc.fill_null(eligible, False).to_numpy(zero_copy_only=False))
    if not len(rows):
        return previous
    kind = (
        _shape_codes(table["time_period"]) * 10**8
        + _month_day(table["period_start"]) * 10**4
        + _month_day(table["period_end"])
    )
    group = _combined([_codes(table[name])[rows] for name in KEY] + [kind[rows]])
    end = pc.cast(table["period_end"], pa.int32()).to_numpy(zero_copy_only=False)[rows]
    # By series, then by the period's end; lexsort is stable (stored order in ties).
    order = np.lexsort((end, group))
    g, e, at = group[order], end[order], rows[order]
    new_block = np.ones(len(order), bool)
    new_block[1:] = (g[1:] != g[:-1]) | (e[1:] != e[:-1])
    block_start = np.maximum.accumulate(np.where(new_block, np.arange(len(order)), 0))
    before = np.clip(block_start - 1, 0, None)
    found = (block_start > 0) & (g[before] == g)
    previous[at] = np.where(found, at[before], -1)
    return previous


def previous_ids(obs_ids: pa.ChunkedArray | pa.Array, positions: np.ndarray) -> pa.Array:
    """The obs_id at each position, null where the position is -1."""
    missing = positions < 0
    taken = pc.take(obs_ids, pa.array(np.where(missing, 0, positions)))
    if isinstance(taken, pa.ChunkedArray):
        taken = taken.combine_chunks()
    return pc.if_else(pa.array(missing), pa.scalar(None, pa.string()), pc.cast(taken, pa.string()))


def with_previous(table: pa.Table) -> pa.Table:
    """`table` with its `previous_obs_id` column filled in (replaced when it is there)."""
    ids = previous_ids(table["obs_id"], previous_positions(table.select(list(NEEDED))))
    if COLUMN in table.column_names:
        return table.set_column(table.column_names.index(COLUMN), COLUMN, ids)
    return table.append_column(COLUMN, ids)
