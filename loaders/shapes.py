"""The region map: `data/maps.yaml` and its GeoJSON file -> the small `shapes` table.

Each row is one area in a span of years: its simplified outline as GeoJSON text, or no outline
and the reason the map gives for it (kk/ru/en). The build then checks the observations against
these rows (`uncovered_areas`): a region the data holds in a year no row covers fails the build.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import shapely
from pydantic import Field, ValidationError
from shapely.geometry import mapping, shape

from indicators.areas import COUNTRY, area_codes
from indicators.codes import LANGUAGES
from indicators.inputs import read_yaml
from indicators.problems import Problem
from indicators.registry import LocalText, Strict
from loaders import schemas

MAPS_FILE = "maps.yaml"
DIGITS = 2  # decimal places of a coordinate: about 1 km, below what the map can show
Year = Field(default=None, ge=1900, le=2100)
OPEN = 10_000  # beyond any year: an open end of a span


class Span(Strict):
    first_year: int | None = Year
    last_year: int | None = Year

    def covers(self, year: int) -> bool:
        return (self.first_year or year) <= year <= (self.last_year or year)


class ShapeEntry(Span):
    feature: str  # the file's code of the shape
    name: str  # the file's name of the shape, checked
    area: str


class UnionEntry(Span):
    area: str
    of: list[str] = Field(min_length=2)  # areas drawn by `shapes`


class ChangedBoundaries(Span):
    areas: list[str] = Field(min_length=1)
    note: LocalText


class NotDrawn(Span):
    areas: list[str] = Field(min_length=1)
    reason: LocalText


class MapEntry(Strict):
    file: str
    code_property: str
    name_property: str
    tolerance: float = Field(gt=0, lt=1)
    shapes: list[ShapeEntry]
    unions: tuple[UnionEntry, ...] = ()
    changed_boundaries: tuple[ChangedBoundaries, ...] = ()
    not_drawn: tuple[NotDrawn, ...] = ()

    def areas_named(self) -> list[str]:
        named = [s.area for s in self.shapes] + [u.area for u in self.unions]
        named += [a for u in self.unions for a in u.of]
        named += [a for c in self.changed_boundaries for a in c.areas]
        return named + [a for n in self.not_drawn for a in n.areas]


def load_map(data_dir: Path, problems: list[Problem]) -> MapEntry | None:
    """`data/maps.yaml` checked; None (and no problem) when the data folder has no map."""
    path = data_dir / MAPS_FILE
    if not path.is_file():
        return None
    raw = read_yaml(path, problems)
    if raw is None:
        return None
    try:
        entry = MapEntry(**(raw or {}).get("map", {}))
    except (ValidationError, TypeError) as err:
        problems.append(Problem(str(path), "map", str(err).replace("\n", " ")))
        return None
    known = set(area_codes()) - {COUNTRY}
    for code in dict.fromkeys(entry.areas_named()):
        if code not in known:
            problems.append(Problem(str(path), f"area {code}", "not a region of areas.yaml"))
    drawn = {s.area for s in entry.shapes}
    for union in entry.unions:
        for code in set(union.of) - drawn:
            problems.append(Problem(str(path), f"union {union.area}", f"{code} has no shape"))
    return entry


def _features(entry: MapEntry, data_dir: Path, problems: list[Problem]) -> dict[str, dict]:
    """The file's features by code; each shape of the map must name one, by its name."""
    path = data_dir / entry.file
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        problems.append(Problem(str(path), "(file)", f"not a GeoJSON feature collection: {err}"))
        return {}
    found = {str(f["properties"].get(entry.code_property)): f for f in features}
    for item in entry.shapes:
        feature = found.get(item.feature)
        if feature is None:
            problems.append(Problem(str(path), f"feature {item.feature}", "not in the file"))
        elif feature["properties"].get(entry.name_property) != item.name:
            actual = feature["properties"].get(entry.name_property)
            problems.append(
                Problem(
                    str(path), f"feature {item.feature}", f"named {actual!r}, not {item.name!r}"
                )
            )
    for code in set(found) - {s.feature for s in entry.shapes}:
        problems.append(Problem(str(path), f"feature {code}", "drawn for no area in maps.yaml"))
    return found


def _rounded(coords):
    if coords and isinstance(coords[0], (list, tuple)):
        return [_rounded(c) for c in coords]
    return [round(v, DIGITS) for v in coords]


def geojson_text(geometry) -> str:
    """Compact GeoJSON of a geometry, its coordinates rounded, its outer rings clockwise: the
    map's drawing library (d3-geo, under plotly) reads a counter-clockwise ring as the whole
    globe but the polygon."""
    found = mapping(shapely.orient_polygons(geometry, exterior_cw=True))
    return json.dumps(
        {"type": found["type"], "coordinates": _rounded(found["coordinates"])},
        separators=(",", ":"),
    )


def outlines(entry: MapEntry, features: dict[str, dict]) -> dict[str, object]:
    """Area -> simplified outline. The shapes are simplified together (shared borders stay
    shared, no gaps); invalid rings (nested shells) are repaired first."""
    codes = [s.feature for s in entry.shapes]
    geoms = [shapely.make_valid(shape(features[c]["geometry"])) for c in codes]
    simple = shapely.coverage_simplify(geoms, entry.tolerance)
    drawn = {s.area: g for s, g in zip(entry.shapes, simple, strict=True)}
    for union in entry.unions:
        drawn[union.area] = shapely.union_all([drawn[a] for a in union.of])
    return drawn


def _split(span: Span, cut: Span) -> list[tuple[int | None, int | None, bool]]:
    """`span` cut into its years before, inside and after `cut`: (first, last, inside);
    None is an open end."""
    low, high = span.first_year or -OPEN, span.last_year or OPEN
    cut_low, cut_high = cut.first_year or -OPEN, cut.last_year or OPEN
    pieces = [
        (low, min(high, cut_low - 1), False),
        (max(low, cut_low), min(high, cut_high), True),
        (max(low, cut_high + 1), high, False),
    ]
    return [
        (None if a == -OPEN else a, None if b == OPEN else b, inside)
        for a, b, inside in pieces
        if a <= b
    ]


def _row(area: str, first: int | None, last: int | None, geometry: str | None, text) -> dict:
    row = {"area": area, "first_year": first, "last_year": last, "geometry": geometry}
    for lang in LANGUAGES:
        row[f"note_{lang}"] = text.get(lang) if text is not None else None
    return row


def shape_rows(entry: MapEntry, drawn: dict[str, object]) -> list[dict]:
    notes = {a: c for c in entry.changed_boundaries for a in c.areas}
    rows = []
    for item in [*entry.shapes, *entry.unions]:
        text = geojson_text(drawn[item.area])
        change = notes.get(item.area)
        pieces = _split(item, change) if change else [(item.first_year, item.last_year, False)]
        for first, last, inside in pieces:
            rows.append(_row(item.area, first, last, text, change.note if inside else None))
    for gap in entry.not_drawn:
        rows += [_row(a, gap.first_year, gap.last_year, None, gap.reason) for a in gap.areas]
    return rows


def shapes_table(entry: MapEntry | None, data_dir: Path, problems: list[Problem]) -> pa.Table:
    """The map's rows (an empty table when the data folder has no map)."""
    if entry is None:
        return schemas.SHAPES.empty_table()
    features = _features(entry, data_dir, problems)
    if problems:
        return schemas.SHAPES.empty_table()
    return pa.Table.from_pylist(shape_rows(entry, outlines(entry, features)), schemas.SHAPES)


def uncovered_areas(observations: pa.Table, shapes: pa.Table, path: Path) -> list[Problem]:
    """Each region or city the observations hold in a year that no shape draws and no
    `not_drawn` entry explains: one problem per area, naming its years."""
    regional = observations.filter(
        pc.and_(pc.not_equal(observations["ref_area"], COUNTRY), pc.is_valid(observations["year"]))
    )
    held = {
        (str(a), int(y))
        for a, y in zip(regional["ref_area"].to_pylist(), regional["year"].to_pylist(), strict=True)
    }
    spans: dict[str, list[Span]] = {}
    for row in shapes.select(["area", "first_year", "last_year"]).to_pylist():
        spans.setdefault(row["area"], []).append(
            Span(first_year=row["first_year"], last_year=row["last_year"])
        )
    missing: dict[str, list[int]] = {}
    for area, year in sorted(held):
        if not any(s.covers(year) for s in spans.get(area, [])):
            missing.setdefault(area, []).append(year)
    return [
        Problem(
            str(path),
            f"area {area}",
            f"the data holds it in {', '.join(map(str, years))} but the map neither draws it "
            "nor says why it cannot (add a shape or a not_drawn entry)",
        )
        for area, years in missing.items()
    ]
