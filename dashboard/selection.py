"""Choosing observations with Arrow compute: the same filters for pages, extracts and the API."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from dashboard.columns import index_type
from indicators.areas import COUNTRY

NATIONAL = COUNTRY


@dataclass(frozen=True)
class Selection:
    """What the filters select. None (or empty) means no filter on that dimension."""

    year: int | None = None
    indicators: tuple[str, ...] = field(default_factory=tuple)
    area: str | None = None
    sex: str | None = None
    age: str | None = None
    headline_only: bool = False
    event: str | None = None
    source: str | None = None
    # Official series' further breakdowns, and where an observation comes from.
    urbanisation: str | None = None
    education_level: str | None = None
    wealth_quintile: str | None = None
    origin: str | None = None
    # With a year: keep the rows whose period is not stated too (they belong to no year).
    with_undated: bool = False


def _and(mask: pa.ChunkedArray | None, more: pa.ChunkedArray) -> pa.ChunkedArray:
    return more if mask is None else pc.and_kleene(mask, more)


def select(obs: pa.Table, sel: Selection) -> pa.Table:
    """The rows of `obs` that `sel` selects, in their stored order."""
    mask = None
    if sel.year is not None:
        in_year = pc.equal(obs["year"], pa.scalar(sel.year, pa.int16()))
        if sel.with_undated:
            in_year = pc.or_(pc.fill_null(in_year, False), pc.is_null(obs["year"]))
        mask = _and(mask, in_year)
    if sel.indicators:
        mask = _and(mask, pc.is_in(obs["indicator"], value_set=pa.array(list(sel.indicators))))
    for column, value in (
        ("ref_area", sel.area),
        ("sex", sel.sex),
        ("age", sel.age),
        ("event_id", sel.event),
        ("source_id", sel.source),
        ("urbanisation", sel.urbanisation),
        ("education_level", sel.education_level),
        ("wealth_quintile", sel.wealth_quintile),
        ("origin", sel.origin),
    ):
        if value is not None:
            mask = _and(mask, pc.equal(obs[column], value))
    if sel.headline_only:
        mask = _and(mask, obs["is_headline"])
    if mask is None:
        return obs
    return obs.filter(pc.fill_null(mask, False))


def relabel(column: pa.ChunkedArray, labels: dict[str, str | None]) -> pa.ChunkedArray:
    """Map a dictionary-encoded code column to labels by rewriting its dictionary.

    Only the dictionary is looked up (O(distinct codes)); the row indices are remapped
    in one vectorised take, so labels shared by several codes stay unique.
    """
    kind = index_type(max((len(chunk.dictionary) for chunk in column.chunks), default=0))
    chunks = []
    for chunk in column.chunks:
        names = [labels.get(c, c) for c in chunk.dictionary.to_pylist()]
        unique = list(dict.fromkeys(names))
        position = {name: i for i, name in enumerate(unique)}
        remap = pa.array([position[n] for n in names], kind)
        indices = pc.take(remap, chunk.indices)
        chunks.append(pa.DictionaryArray.from_arrays(indices, pa.array(unique, pa.string())))
    return pa.chunked_array(chunks, pa.dictionary(kind, pa.string()))


def distinct(column: pa.ChunkedArray) -> list:
    """The distinct non-null values of a column, sorted."""
    values = pc.unique(column.combine_chunks() if column.num_chunks != 1 else column.chunk(0))
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    return sorted(v for v in values.to_pylist() if v is not None)
