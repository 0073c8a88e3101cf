"""The UNICEF Data Warehouse's CSV download: SDMX codes, each followed by a label column.

`REF_AREA,Geographic area,INDICATOR,Indicator,SEX,Sex,...,TIME_PERIOD,OBS_VALUE,...,
OBS_STATUS,Observation Status,...,DATA_SOURCE,...`: no DATAFLOW or STRUCTURE column, so no
SDMX library reads it as SDMX-CSV; it is read with the csv module, one record at a time (a
quoted note may hold commas and line breaks). The label columns name the indicator and the
codes (in English); `LOWER_BOUND`/`UPPER_BOUND` are kept, `DATA_SOURCE` and the notes go to
the row's note.
"""

from __future__ import annotations

from pathlib import Path

from loaders.series.model import ReadContext, SeriesRead
from loaders.series.sdmx_rows import concept, read_file


def sniff(header: list[str]) -> bool:
    """Code columns with a label column after REF_AREA; no SDMX-CSV structure column."""
    names = [concept(h) for h in header]
    ids = {n for n in names if n}
    if ids & {"DATAFLOW", "STRUCTURE"} or not {"REF_AREA", "INDICATOR"} <= ids:
        return False
    at = names.index("REF_AREA")
    return at + 1 < len(names) and names[at + 1] is None


def read(path: Path, context: ReadContext) -> SeriesRead:
    """Kazakhstan's rows of a warehouse download, each with its line; other rows counted."""
    return read_file(path, context)
