"""SDMX-CSV data files: 1.0 (`DATAFLOW` first) and 2.0 (`STRUCTURE`, `STRUCTURE_ID`, `ACTION`).

pysdmx reads the message (`pysdmx.io.read_sdmx`, offline): it tells the version and the
dataflow of the rows, checks the ACTION column, and refuses what is not SDMX-CSV. It reads the
cells with pandas' type guessing (`01` becomes `1`, `0.50` becomes `0.5`) and keeps no line
numbers, so the values and their provenance come from our own reading of the same text
(`sdmx_rows.records`); the two must agree on the number of rows. Labels (`REF_AREA: Reference
area`, or the name columns of `labels=name`) name the codes.
"""

from __future__ import annotations

from pathlib import Path

from loaders.series.model import ReadContext, SeriesRead
from loaders.series.sdmx_rows import concept, read_file

DELETED = "ACTION D: a deletion, not an observation"


def sniff(header: list[str]) -> bool:
    names = [concept(h) for h in header]
    return bool(names) and (
        names[0] == "DATAFLOW" or {"STRUCTURE", "STRUCTURE_ID"} <= {n for n in names if n}
    )


def pysdmx_rows(text: str) -> int:
    """How many observations pysdmx reads in the text; ValueError when it refuses it."""
    from pysdmx.errors import PysdmxError
    from pysdmx.io import read_sdmx

    try:
        message = read_sdmx(text, validate=False)
    except (PysdmxError, ValueError, KeyError, IndexError) as err:
        raise ValueError(f"not SDMX-CSV for pysdmx: {err}") from None
    return sum(len(d.data) for d in message.data or [])


def _deleted(cells: dict[str, str]) -> str | None:
    return DELETED if cells.get("ACTION", "").strip() == "D" else None


def read(path: Path, context: ReadContext) -> SeriesRead:
    """Kazakhstan's rows of an SDMX-CSV file, each with its line; other rows counted."""
    return read_file(path, context, check=pysdmx_rows, skip=_deleted)
