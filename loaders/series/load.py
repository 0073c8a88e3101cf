"""Read every official dataset of `data/datasets.yaml` and check what the readers return.

Each data file becomes a source of its own; each row a value whose line the build proves holds
it. Problems that make a value wrong are errors (the build fails); what a publisher's file holds
that the app can still show as published (no value, an area outside its years, two values for
one key) is a warning, listed in the build's summary with its count.
"""

from __future__ import annotations

import csv
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from indicators.areas import Area
from indicators.inputs import find_duplicates, load_entries
from indicators.problems import Problem
from indicators.registry import SeriesAddition
from loaders.models import DatasetEntry
from loaders.series import formats
from loaders.series.model import (
    WORDED_BY_APP,
    ReadContext,
    SeriesRead,
    SeriesRow,
    observation_key,
)
from loaders.sources import sha256_of

MANIFEST = "datasets.yaml"
SERIES_DIR = "series"
# The unit of a value whose file and registry give none (SDMX: not applicable).
NO_UNIT = "_Z"
_REL_TOL = 1e-9

# The kinds of warning the build's summary counts, by the start of their reason.
WARNING_KINDS = {
    "no value": "rows without a value",
    "area ": "areas outside their years",
    "conflicting": "conflicting duplicates",
    "no unit": "values without a unit",
    "no ": "labels missing in a language",
    "Latin letters": "Latin look-alike letters in Cyrillic labels",
}


@dataclass
class DatasetFile:
    """One data file of a dataset: a source of its own."""

    dataset: DatasetEntry
    path: Path
    source_id: str
    sha256: str
    text: str
    read: SeriesRead
    # line -> the unit the build settled on (the file's, the registry's or NO_UNIT)
    units: dict[int, str] = field(default_factory=dict)
    # lines of values in conflict with another row of the same key
    conflicts: set[int] = field(default_factory=set)
    # line -> (start, end) offsets of the line in the text
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)


@dataclass
class Series:
    datasets: dict[str, DatasetEntry] = field(default_factory=dict)
    files: list[DatasetFile] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)

    def summary(self) -> dict[str, int]:
        """Warning kind -> count, then each reason rows were skipped for."""
        counts: Counter = Counter(warning_kind(w.reason) for w in self.warnings)
        counts.update({f"skipped: {reason}": n for reason, n in self.skipped.items()})
        return dict(counts)


def warning_kind(reason: str) -> str:
    return next(
        (kind for start, kind in WARNING_KINDS.items() if reason.startswith(start)), "other"
    )


def dataset_files(entry: DatasetEntry, folder: Path, problems: list[Problem]) -> list[Path]:
    """The files of a dataset folder to read: those listed, or every one a reader recognises."""
    manifest = str(folder.parent.parent / MANIFEST)
    if entry.files is not None:
        paths = [folder / name for name in entry.files]
        for path in paths:
            if not path.is_file():
                problems.append(Problem(manifest, f"id {entry.id}", f"file {path} not found"))
        return [p for p in paths if p.is_file()]
    module = formats.FORMATS.get(entry.format) if entry.format else None
    found = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() != ".csv":
            continue
        if module is not None and hasattr(module, "matches"):
            if module.matches(path):
                found.append(path)
        elif formats.sniff(formats.read_header(path)):
            found.append(path)
    return found


def _format_of(entry: DatasetEntry, path: Path) -> str | None:
    return entry.format or formats.sniff(formats.read_header(path))


def load_series(
    data_dir: Path,
    areas: tuple[Area, ...],
    additions: dict[str, SeriesAddition],
    problems: list[Problem],
) -> Series:
    """Every dataset file read and checked; errors appended to `problems`."""
    manifest = data_dir / MANIFEST
    series = Series()
    if not manifest.is_file():
        return series
    entries = load_entries(manifest, "datasets", DatasetEntry, problems)
    find_duplicates(manifest, [e.id for e in entries], problems)
    errors: list[Problem] = []
    for entry in entries:
        folder = data_dir / SERIES_DIR / entry.id
        if not folder.is_dir():
            problems.append(Problem(str(manifest), f"id {entry.id}", f"folder {folder} not found"))
            continue
        series.datasets[entry.id] = entry
        context = ReadContext(entry, folder, areas)
        for path in dataset_files(entry, folder, errors):
            name = _format_of(entry, path)
            if name not in formats.FORMATS:
                errors.append(Problem(str(path), "(file)", "no reader recognises this file"))
                continue
            read = formats.FORMATS[name].read(path, context)
            errors += read.errors
            text = path.read_bytes().decode("utf-8", errors="replace")
            item = DatasetFile(entry, path, context.source_id(path), sha256_of(path), text, read)
            if not read.errors:
                errors += check_file(item, additions)
                series.warnings += read.warnings + settle(item, additions)
                series.warnings += label_warnings(item, additions)
            series.skipped.update(read.skipped)
            series.files.append(item)
    problems += list(dict.fromkeys(errors))  # a translation problem is met by every file
    series.warnings = list(dict.fromkeys(series.warnings))  # so is a mended label
    return series


# ---------------------------------------------------------------- checks


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((at, at + len(body)))
        at += len(line)
    return spans


def _holds(line_text: str, value: float) -> bool:
    """The line has a cell whose number is the value."""
    for cell in next(csv.reader([line_text]), []):
        try:
            number = float(cell)
        except ValueError:
            continue
        if math.isclose(number, value, rel_tol=_REL_TOL, abs_tol=0.0):
            return True
    return False


def check_file(item: DatasetFile, additions: dict[str, SeriesAddition]) -> list[Problem]:
    """The proof: each value's line is in the file, verbatim, and holds the value; every
    indicator has a name."""
    problems = []
    spans = _line_spans(item.text)
    for row in item.read.rows:
        where = f"line {row.line}"
        if not 1 <= row.line <= len(spans):
            problems.append(Problem(str(item.path), where, "no such line in the file"))
            continue
        # A record may span lines (a quoted note with a line break): it starts at its line and
        # ends at the end of a line.
        start = spans[row.line - 1][0]
        end = start + len(row.line_text)
        if item.text[start:end] != row.line_text or item.text[end : end + 1] not in (
            "",
            "\r",
            "\n",
        ):
            problems.append(Problem(str(item.path), where, "the line differs from the file's"))
        elif not _holds(row.line_text, row.value):
            problems.append(Problem(str(item.path), where, f"the line does not hold {row.value:g}"))
        item.spans[row.line] = (start, end)
    for code in sorted({r.indicator for r in item.read.rows}):
        addition = additions.get(code)
        if code not in item.read.indicators and not (addition and addition.name):
            problems.append(Problem(str(item.path), f"indicator {code}", "no name in kk/ru/en"))
    return problems


def label_warnings(item: DatasetFile, additions: dict[str, SeriesAddition]) -> list[Problem]:
    """A warning for each label a reader sees in another language's words: not for names the
    registry gives, nor for the codes the app words itself (WORDED_BY_APP)."""
    warnings = []
    for gap in item.read.label_gaps:
        addition = additions.get(gap.code) if gap.field == "indicator" else None
        if (addition and addition.name) or gap.field in WORDED_BY_APP:
            continue
        name = gap.field == "indicator"
        what = "name of indicator" if name else f"{gap.field} label of"
        remedy = f"add it to {gap.where}" + (
            " or name the indicator in the registry" if name else ""
        )
        reason = f"no {', '.join(gap.missing)} {what} {gap.code}: the {gap.shown} one is shown"
        warnings.append(Problem(str(item.path), f"line {gap.line}", f"{reason} ({remedy})"))
    return warnings


def settle(item: DatasetFile, additions: dict[str, SeriesAddition]) -> list[Problem]:
    """Each value's unit, and the values in conflict; a warning for each that needs one."""
    warnings = []
    groups: dict[tuple, list[SeriesRow]] = defaultdict(list)
    for row in item.read.rows:
        addition = additions.get(row.indicator)
        unit = row.unit or (addition.unit if addition and addition.unit else "")
        if not unit:
            unit = NO_UNIT
            warnings.append(
                Problem(
                    str(item.path),
                    f"line {row.line}",
                    "no unit: neither the file nor the registry gives one",
                )
            )
        item.units[row.line] = unit
        groups[observation_key(row, unit)].append(row)
    for rows in groups.values():
        if len({r.value for r in rows}) < 2:
            continue
        for row in rows:
            item.conflicts.add(row.line)
            others = ", ".join(f"line {r.line} ({r.value:g})" for r in rows if r is not row)
            warnings.append(
                Problem(
                    str(item.path),
                    f"line {row.line}",
                    f"conflicting duplicate: {others} has the same key and another value; "
                    "both kept, left out of charts, cards and rankings",
                )
            )
    return warnings
