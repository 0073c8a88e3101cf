"""The build: validate every curated input, then write the Parquet tables atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from indicators.areas import load_areas
from indicators.inputs import find_duplicates, load_entries
from indicators.load import REGISTRY_DIR, collect_registry, collect_series_additions
from indicators.problems import BuildFailed, Problem
from indicators.registry import Indicator, SeriesAddition, Unit
from loaders import schemas, tables
from loaders.checks import as_problems, check_event, check_figure
from loaders.mentions_check import SourceMention, find_source_mentions
from loaders.models import DismissalEntry, EventEntry, FigureEntry
from loaders.paths import BUILD_INFO, CODE_DIRS
from loaders.previous import with_previous
from loaders.publish import publish, resolve, step
from loaders.series import tables as series_tables
from loaders.series.load import SERIES_DIR, Series, load_series
from loaders.shapes import MAPS_FILE, load_map, shapes_table, uncovered_areas
from loaders.sources import Source, load_sources


@dataclass
class Inputs:
    units: dict[str, Unit]
    indicators: dict[str, Indicator]
    sources: dict[str, Source]
    events: list[EventEntry]
    figures: list[FigureEntry]
    mentions: list[SourceMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    shapes: pa.Table | None = None
    maps_file: Path | None = None
    series: Series = field(default_factory=Series)
    additions: dict[str, SeriesAddition] = field(default_factory=dict)

    @property
    def open_mentions(self) -> list[SourceMention]:
        return [m for m in self.mentions if m.covered.coverage == "open"]


def load_inputs(
    data_dir: Path, registry_dir: Path = REGISTRY_DIR, today: dt.date | None = None
) -> Inputs:
    """Read and check every input; raise BuildFailed listing all problems.

    `today` is the build's date (default: today): nothing reported may lie after it.
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    warnings: list[str] = []
    units, indicators = collect_registry(registry_dir, problems)
    additions = collect_series_additions(registry_dir, problems)
    series = load_series(data_dir, load_areas(), additions, problems)
    clash = sorted({r.indicator for f in series.files for r in f.read.rows} & set(indicators))
    problems += [
        Problem(
            str(registry_dir / "registry.yaml"),
            f"code {c}",
            "a stated indicator's code is an official series' too",
        )
        for c in clash
    ]
    sources = load_sources(data_dir, problems, warnings, today)
    events_file, figures_file = data_dir / "events.yaml", data_dir / "figures.yaml"
    events = load_entries(events_file, "events", EventEntry, problems)
    figures = load_entries(figures_file, "figures", FigureEntry, problems)
    find_duplicates(events_file, [e.id for e in events], problems)
    find_duplicates(figures_file, [f.id for f in figures], problems)
    for event in events:
        problems += as_problems(events_file, f"id {event.id}", check_event(event, sources, today))
    event_ids = {e.id for e in events}
    for fig in figures:
        reasons = check_figure(
            fig,
            indicators=indicators,
            units=units,
            sources=sources,
            event_ids=event_ids,
            today=today,
        )
        problems += as_problems(figures_file, f"id {fig.id}", reasons)
    dismissed_file = data_dir / "dismissed.yaml"
    dismissals = (
        load_entries(dismissed_file, "dismissed", DismissalEntry, problems, required=False)
        if dismissed_file.exists()
        else []
    )
    mentions = find_source_mentions(
        dismissed_file,
        sources=sources,
        figures=figures,
        events=events,
        dismissals=dismissals,
        indicators=indicators,
        units=units,
        problems=problems,
    )
    region_map = load_map(data_dir, problems)
    shapes = shapes_table(region_map, data_dir, problems)
    if problems:
        raise BuildFailed(problems)
    return Inputs(
        units,
        indicators,
        sources,
        events,
        figures,
        mentions,
        warnings,
        shapes=shapes,
        maps_file=data_dir / MAPS_FILE,
        series=series,
        additions=additions,
    )


def make_tables(inputs: Inputs) -> dict[str, pa.Table]:
    return {
        # Each row's previous value is found over the whole table, once every row is in.
        "observations": with_previous(
            tables.observations_table(
                inputs.figures, inputs.sources, series_tables.observation_rows(inputs.series)
            )
        ),
        "indicators": tables.indicators_table(
            inputs.indicators,
            inputs.units,
            series_tables.indicator_rows(inputs.series, inputs.additions, inputs.units),
        ),
        "sources": tables.sources_table(inputs.sources, series_tables.source_rows(inputs.series)),
        "events": tables.events_table(inputs.events, inputs.sources),
        "mentions": tables.mentions_table(inputs.mentions),
        "shapes": inputs.shapes,
        "labels": pa.Table.from_pylist(
            series_tables.label_rows(inputs.series), schema=schemas.LABELS
        ),
    }


def check_map(built: dict[str, pa.Table], maps_file: Path) -> None:
    """Every region the observations hold is drawn or named as not drawn, in every year."""
    problems = uncovered_areas(built["observations"], built["shapes"], maps_file)
    if problems:
        raise BuildFailed(problems)


def input_files(data_dir: Path, registry_dir: Path = REGISTRY_DIR) -> list[Path]:
    """Every file whose change calls for a rebuild, the loaders' own code included."""
    files = [p for p in data_dir.glob("*.yaml")]
    files += list((data_dir / "sources").glob("*"))
    files += list((data_dir / SERIES_DIR).rglob("*"))
    files += map_files(data_dir)
    files += list(registry_dir.glob("*.yaml"))
    files += [p for d in CODE_DIRS for p in sorted(d.rglob("*.py"))]
    return sorted(p for p in files if p.is_file())


def map_files(data_dir: Path) -> list[Path]:
    """The map's GeoJSON file (named in maps.yaml), when there is one."""
    region_map = load_map(data_dir, [])
    return [data_dir / region_map.file] if region_map else []


def inputs_fingerprint(data_dir: Path, registry_dir: Path = REGISTRY_DIR) -> str:
    digest = hashlib.sha256()
    for path in input_files(data_dir, registry_dir):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def is_stale(data_dir: Path, out_dir: Path, registry_dir: Path = REGISTRY_DIR) -> bool:
    """True when a table is missing or the inputs changed since the last good build."""
    folder = resolve(out_dir)
    info_file = folder / BUILD_INFO
    if not info_file.is_file() or any(
        not (folder / f"{name}.parquet").is_file() for name in tables_written()
    ):
        return True
    recorded = json.loads(info_file.read_text(encoding="utf-8")).get("inputs")
    return recorded != inputs_fingerprint(data_dir, registry_dir)


def tables_written() -> list[str]:
    from loaders.schemas import TABLES

    return list(TABLES)


def write_tables(out_dir: Path, built: dict[str, pa.Table], info: dict) -> Path:
    """Write the tables and build.json as a new version and switch `out_dir` to it at once.

    Nothing a reader of `out_dir` sees changes until every table has been written in full,
    and then all of them change together (loaders/publish.py). Returns the version folder.
    """

    def write(staging: Path) -> list[str]:
        for name, table in built.items():
            pq.write_table(table, staging / f"{name}.parquet", compression="zstd")
            step(f"wrote {name}")
        (staging / BUILD_INFO).write_text(json.dumps(info, indent=2), encoding="utf-8")
        return [*(f"{name}.parquet" for name in built), BUILD_INFO]

    return publish(out_dir, write)


def warning_counts(inputs: Inputs) -> dict[str, int]:
    """What the build's summary line counts beside the tables: each kind of warning."""
    counts = {
        "open numeric mentions": len(inputs.open_mentions),
        "large documents": len(inputs.warnings),
    }
    counts.update(inputs.series.summary())
    return {kind: n for kind, n in counts.items() if n}


def read_build_info(out_dir: Path) -> dict:
    info_file = resolve(out_dir) / BUILD_INFO
    return json.loads(info_file.read_text(encoding="utf-8")) if info_file.is_file() else {}


# The share of the last good observations a build may lose without --allow-shrink.
MAX_SHRINK = 0.5


def last_counts(out_dir: Path) -> dict[str, int]:
    """Row counts of the tables in `out_dir` (from its build.json); empty when there are none."""
    try:
        info = json.loads((resolve(out_dir) / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    rows = info.get("rows") if isinstance(info, dict) else None
    return {k: v for k, v in rows.items() if isinstance(v, int)} if isinstance(rows, dict) else {}


def shrink_problems(out_dir: Path, counts: dict[str, int]) -> list[Problem]:
    """Why the new tables may not replace the last good ones: a table emptied, or more than
    MAX_SHRINK of the observations gone. An emptied or truncated input must not wipe the data."""
    problems = []
    hint = "rebuild with --allow-shrink if that is meant"
    for name, before in last_counts(out_dir).items():
        after = counts.get(name, 0)
        if before and not after:
            reason = f"the new {name} table has 0 rows, the last good one {before}; {hint}"
            problems.append(Problem(str(out_dir), f"table {name}", reason))
        elif name == "observations" and after < before * (1 - MAX_SHRINK):
            reason = (
                f"the new observations table has {after} rows, the last good one {before}: "
                f"{before - after} lost, more than {MAX_SHRINK:.0%}; {hint}"
            )
            problems.append(Problem(str(out_dir), f"table {name}", reason))
    return problems


def warn_on_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def build(
    data_dir: Path,
    out_dir: Path,
    registry_dir: Path = REGISTRY_DIR,
    warn: Callable[[str], None] = warn_on_stderr,
    *,
    allow_shrink: bool = False,
) -> dict[str, int]:
    """Validate and write the tables; return the row count of each. Raises BuildFailed.

    Unless `allow_shrink`, the new tables must not lose a whole table's rows or more than
    MAX_SHRINK of the last good observations (`shrink_problems`).

    Each numeric mention that no figure or milestone uses and no dismissal sets aside is
    reported through `warn` (on stderr by default): a new document's open numbers do not
    fail the build.
    """
    fingerprint = inputs_fingerprint(data_dir, registry_dir)
    inputs = load_inputs(data_dir, registry_dir)
    for message in inputs.warnings:
        warn(message)
    for item in inputs.open_mentions:
        warn(item.warning())
    for problem in inputs.series.warnings:
        warn(str(problem))
    built = make_tables(inputs)
    check_map(built, inputs.maps_file)
    counts = {name: table.num_rows for name, table in built.items()}
    if not allow_shrink and (refused := shrink_problems(out_dir, counts)):
        raise BuildFailed(refused)
    info = {
        "inputs": fingerprint,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "rows": counts,
        "warnings": warning_counts(inputs),
    }
    write_tables(out_dir, built, info)
    return counts
