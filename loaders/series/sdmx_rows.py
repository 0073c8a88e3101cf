"""What the SDMX-CSV and UNICEF warehouse readers share: records with their lines, SDMX codes.

A record is one CSV row with the 1-based line it starts on and its exact text: a quoted note
may hold line breaks, so a record can span several lines. Each record becomes a SeriesRow of
Kazakhstan (`KAZ`, `KZ` or an ISO 3166-2:KZ area), is counted in `skipped` (another country's,
a row without a value), or is an error naming its line.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from indicators.codes import (
    MISSING_OBS_STATUSES,
    NOT_STATED,
    OBS_STATUSES,
    SDMX_OBS_STATUSES,
)
from indicators.problems import Problem
from indicators.registry import LocalText
from loaders.periods import parse_period
from loaders.series.model import (
    TOTAL,
    ReadContext,
    SeriesIndicator,
    SeriesRead,
    SeriesRow,
    observation_key,
)

# Concepts (SDMX column ids) -> SeriesRow fields.
BREAKDOWNS = {
    "SEX": "sex",
    "AGE": "age",
    "RESIDENCE": "urbanisation",
    "URBANISATION": "urbanisation",
    "EDUCATION_LEVEL": "education_level",
    "EDUCATION_LEV": "education_level",
    "WEALTH_QUINTILE": "wealth_quintile",
}
REQUIRED = ("REF_AREA", "INDICATOR", "TIME_PERIOD", "OBS_VALUE")
# Attributes that tell apart rows with the same dimensions: the source (a warehouse download
# may hold one value per survey), and the figure's id in the project's own SDMX-CSV extract
# (several stated figures of one source may share a key, see docs/data-model.md).
DISTINCT = ("DATA_SOURCE", "OBS_ID")
NOTES = ("OBS_FOOTNOTE", "COMMENT_OBS", "OBS_COMMENT", "SERIES_FOOTNOTE")
COUNTRY_CODES = {"KAZ": "KZ", "KZ": "KZ"}
CONCEPT = re.compile(r"^[A-Z][A-Z0-9_]*$")

# Observation statuses a row with a value may carry; those of a missing value (a row without
# an observation, counted as skipped).
OBS_STATUS = (*OBS_STATUSES, *SDMX_OBS_STATUSES)
MISSING_STATUS = MISSING_OBS_STATUSES
NO_VALUE = "no OBS_VALUE (a missing value)"
OTHER_COUNTRY = "another country's row"


@dataclass(frozen=True)
class Record:
    line: int
    text: str
    cells: list[str]


def _split(text: str) -> list[str]:
    """Physical lines with their line breaks, as csv and the file count them."""
    return text.splitlines(keepends=True)


def records(text: str) -> Iterator[Record]:
    """Every non-blank CSV record of `text` (the header first), with its start line and text."""
    lines = _split(text)
    reader = csv.reader(iter(lines), strict=True)
    done = 0
    for cells in reader:
        start, done = done + 1, reader.line_num
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            continue
        body = "".join(lines[start - 1 : done])
        yield Record(start, body.rstrip("\r\n"), cells)


def concept(name: str) -> str | None:
    """The SDMX id of a header cell (`REF_AREA`, or `REF_AREA: Reference area`), or None for a
    label column (`Geographic area`)."""
    name = name.strip()
    code = name.split(": ", 1)[0]
    return code if CONCEPT.match(code) else None


def code_of(cell: str) -> str:
    """A coded cell without its label (`KAZ: Kazakhstan` -> `KAZ`)."""
    return cell.split(": ", 1)[0].strip()


def by_concept(concepts: list[str | None], cells: list[str]) -> tuple[dict, dict]:
    """A record's cells by concept, and the labels the file gives beside its codes: in the
    column after the code (the warehouse download) or after `: ` in the cell (labels=both)."""
    values: dict[str, str] = {}
    labels: dict[str, str] = {}
    for at, name in enumerate(concepts):
        if name is None:
            continue
        cell = cells[at] if at < len(cells) else ""
        values[name] = cell
        nxt = at + 1
        if nxt < len(concepts) and concepts[nxt] is None and nxt < len(cells):
            labels[name] = cells[nxt].strip()
        elif ": " in cell:
            labels[name] = cell.split(": ", 1)[1].strip()
    return values, labels


_SPAN = re.compile(r"^(\d{4})-(\d{4})$")
_REPORTING = re.compile(r"^(\d{4})-(?:M(\d{2})|A1)$")


def period(text: str) -> str:
    """An SDMX TIME_PERIOD in the form SeriesRow keeps: `2020`, `2020-Q3`, `2020-S1`, `2020-06`
    (also written `2020-M06`), `2020-06-30`, a span `2019/2020` (written `2019-2020` by some
    sources). ValueError for anything else."""
    text = text.strip()
    span = _SPAN.match(text)
    if span:
        text = f"{span[1]}/{span[2]}"

    def plain(point: str) -> str:
        reporting = _REPORTING.match(point)
        if not reporting:
            return point
        return f"{reporting[1]}-{reporting[2]}" if reporting[2] else reporting[1]

    text = "/".join(plain(point) for point in text.split("/"))
    try:
        parsed = parse_period(text)
    except ValueError as err:
        raise ValueError(f"TIME_PERIOD {text!r} is no SDMX period: {err}") from None
    if not parsed.stated:
        raise ValueError(f"TIME_PERIOD {text!r} is no SDMX period")
    return parsed.text


def number(text: str, column: str) -> float | None:
    """A number cell: None when empty, ValueError naming the column when not a number."""
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{column} {text!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{column} {text!r} is not a finite number")
    return value


def local(text: str) -> LocalText:
    """A dataset's label (one language) for every language, until the registry names it."""
    return LocalText(kk=text, ru=text, en=text)


class RowReader:
    """Turns the cells of one file's records (by concept) into SeriesRows or named problems."""

    def __init__(self, path: Path, context: ReadContext):
        self.path, self.context = path, context
        self.out = SeriesRead()
        self.areas = {a.code: a for a in context.areas}
        self.keys: dict[tuple, int] = {}

    def error(self, line: int | str, reason: str) -> None:
        entry = f"line {line}" if isinstance(line, int) else line
        self.out.errors.append(Problem(str(self.path), entry, reason))

    def warn(self, line: int, reason: str) -> None:
        self.out.warnings.append(Problem(str(self.path), f"line {line}", reason))

    def check_header(self, concepts: list[str | None], line: int = 1) -> bool:
        """Every required concept is a column, none twice; else the header is an error."""
        present = [c for c in concepts if c]
        for name in REQUIRED:
            if name not in present:
                self.error(line, f"no {name} column")
        for name in sorted({c for c in present if present.count(c) > 1}):
            self.error(line, f"column {name} appears twice")
        return not self.out.errors

    def area(self, cell: str, record: Record) -> str | None:
        """KZ or an ISO 3166-2:KZ code; None (counted) for another country's row."""
        code = code_of(cell)
        if code in COUNTRY_CODES:
            return COUNTRY_CODES[code]
        if not code.startswith("KZ-"):
            self.out.skip(OTHER_COUNTRY)
            return None
        if code not in self.areas:
            self.error(record.line, f"unknown ISO 3166-2:KZ area {code!r} (indicators/areas.yaml)")
            return None
        return code

    def row(self, cells: dict[str, str], labels: dict[str, str], record: Record) -> None:
        """One record, by concept: a SeriesRow, a count in `skipped`, or errors on its line."""
        area = self.area(cells["REF_AREA"], record)
        if area is None:
            return
        before = len(self.out.errors)
        status = code_of(cells.get("OBS_STATUS", "")) or "A"
        raw_value = cells["OBS_VALUE"].strip()
        if status not in OBS_STATUS and status not in MISSING_STATUS:
            known = ", ".join([*OBS_STATUS, *MISSING_STATUS])
            self.error(record.line, f"unknown OBS_STATUS {status!r} (SDMX codes: {known})")
            return
        if not raw_value:
            self.out.skip(NO_VALUE)
            return
        if status in MISSING_STATUS:
            self.error(
                record.line, f"OBS_STATUS {status} is a missing value's, yet there is a value"
            )
            return
        value = lower = upper = None
        try:
            value = number(raw_value, "OBS_VALUE")
            lower = number(cells.get("LOWER_BOUND", ""), "LOWER_BOUND")
            upper = number(cells.get("UPPER_BOUND", ""), "UPPER_BOUND")
        except ValueError as err:
            self.error(record.line, str(err))
        time_period = self.time_period(cells["TIME_PERIOD"], record)
        indicator = code_of(cells["INDICATOR"])
        if not indicator:
            self.error(record.line, "no INDICATOR code")
        if len(self.out.errors) > before:
            return
        breakdown: dict[str, str] = {}
        for name, field in BREAKDOWNS.items():
            if name in cells and field not in breakdown:
                breakdown[field] = code_of(cells[name]) or TOTAL
        row = SeriesRow(
            indicator=indicator,
            ref_area=area,
            time_period=time_period,
            value=value,
            line=record.line,
            line_text=record.text,
            unit=code_of(cells.get("UNIT_MEASURE", "")),
            obs_status=status,
            lower_bound=lower,
            upper_bound=upper,
            note=self.note(cells),
            **breakdown,
        )
        if self.duplicate(row, tuple(cells.get(n, "").strip() for n in DISTINCT)):
            return
        self.out.rows.append(row)
        self.name(row, labels)

    def time_period(self, cell: str, record: Record) -> str:
        if not cell.strip():
            self.warn(record.line, "TIME_PERIOD empty: the period is not stated")
            return NOT_STATED
        try:
            return period(code_of(cell))
        except ValueError as err:
            self.error(record.line, str(err))
            return ""

    def note(self, cells: dict[str, str]) -> str | None:
        parts = [cells[n].strip() for n in NOTES if cells.get(n, "").strip()]
        if cells.get("DATA_SOURCE", "").strip():
            parts.append(f"DATA_SOURCE: {cells['DATA_SOURCE'].strip()}")
        multiplier = code_of(cells.get("UNIT_MULTIPLIER", cells.get("UNIT_MULT", "")))
        if multiplier not in ("", "0"):
            parts.append(f"UNIT_MULT: {multiplier} (values in units of 10^{multiplier})")
        return " | ".join(parts) or None

    def duplicate(self, row: SeriesRow, source: tuple[str, ...]) -> bool:
        """Two rows of one file with the same key are an error: the same dimensions, unit and
        period, and the same DISTINCT attributes where the file has them."""
        key = (*observation_key(row, row.unit), *source)
        first = self.keys.setdefault(key, row.line)
        if first != row.line:
            self.error(row.line, f"duplicate key: the same observation as line {first}")
            return True
        return False

    def name(self, row: SeriesRow, labels: dict[str, str]) -> None:
        """The indicator and codes of a row, named by the file's label columns where it has
        them (English in the warehouse download), else by their codes."""
        if row.indicator not in self.out.indicators:
            label = labels.get("INDICATOR") or row.indicator
            self.out.indicators[row.indicator] = SeriesIndicator(row.indicator, local(label))
        for concept_id, field in (*BREAKDOWNS.items(), ("UNIT_MEASURE", "unit")):
            code = getattr(row, field)
            label = labels.get(concept_id)
            if label and code != TOTAL:
                self.out.labels.setdefault(field, {}).setdefault(code, local(label))


def read_text(path: Path, reader: RowReader) -> str | None:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        reader.error("(file)", f"not UTF-8 text: {err}")
    except OSError as err:
        reader.error("(file)", f"cannot be read: {err}")
    return None


def read_file(
    path: Path,
    context: ReadContext,
    check: Callable[[str], int] | None = None,
    skip: Callable[[dict[str, str]], str | None] | None = None,
) -> SeriesRead:
    """Every record of a file of SDMX columns through `RowReader.row`.

    `check(text)` may refuse the text (ValueError) or return the number of rows another reader
    found, which must equal ours; `skip(cells)` may name why a row is no observation.
    """
    reader = RowReader(path, context)
    text = read_text(path, reader)
    if text is None:
        return reader.out
    try:
        header, *data = list(records(text)) or [None]
    except csv.Error as err:  # an unclosed quote, a NUL byte
        reader.error("(file)", f"malformed CSV: {err}")
        return reader.out
    if header is None:
        reader.error("(file)", "empty file: no header row")
        return reader.out
    concepts = [concept(h) for h in header.cells]
    if not reader.check_header(concepts, header.line):
        return reader.out
    try:
        expected = check(text) if check else None
    except ValueError as err:
        reader.error("(file)", str(err))
        return reader.out
    kept = 0
    for record in data:
        if len(record.cells) != len(header.cells):
            n, m = len(record.cells), len(header.cells)
            reader.error(record.line, f"{n} fields, the header has {m}")
            continue
        cells, labels = by_concept(concepts, record.cells)
        reason = skip(cells) if skip else None
        if reason:
            reader.out.skip(reason)
            continue
        kept += 1
        reader.row(cells, labels, record)
    if expected is not None and kept != expected and not reader.out.errors:
        reader.error("(file)", f"pysdmx reads {expected} rows, we read {kept}")
    return reader.out
