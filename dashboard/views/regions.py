"""The Regions page: one indicator's official values by region in one year, for the map,
the ranking, the line on how far apart the regions are and the table.

Only official, non-conflicting values are ranked (a stated figure or one of two official values
that disagree never is). The outlines come from the `shapes` table (loaders/shapes.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import NATIONAL
from dashboard.tables import Tables
from dashboard.views.common import records, source_title
from indicators.areas import area_names
from indicators.codes import OFFICIAL, TOTAL

# The breakdowns a regional indicator may have; a control appears for each with several values.
BREAKDOWNS = ("sex", "age", "urbanisation", "education_level", "wealth_quintile")


def _official_rows(tables: Tables, code: str) -> pd.DataFrame:
    """The indicator's official, non-conflicting headline values with a year, every area."""
    return _all_official_rows(tables).get(code, _EMPTY)


def _all_official_rows(tables: Tables) -> dict[str, pd.DataFrame]:
    """Every indicator's rows a ranking may use, split by indicator once per data version (a
    new indicator on the page is then a lookup, not a filter of every observation)."""

    def make() -> dict[str, pd.DataFrame]:
        obs = tables.observations
        keep = pc.and_(obs["is_headline"], pc.is_valid(obs["year"]))
        if "origin" in obs.column_names:
            keep = pc.and_(keep, pc.equal(obs["origin"], OFFICIAL))
            keep = pc.and_(keep, pc.invert(obs["conflict"]))
        obs = obs.filter(pc.fill_null(keep, False))
        dims = [d for d in BREAKDOWNS if d in obs.column_names]
        columns = ["indicator", "obs_id", "ref_area", "year", "period_end", "value", "source_id"]
        frame = obs.select([*columns, *dims]).to_pandas()
        for name in ("indicator", "ref_area", "source_id", *dims):
            frame[name] = frame[name].astype(object)
        frame = frame.sort_values("period_end", kind="stable")
        return {code: rows for code, rows in frame.groupby("indicator", sort=False)}

    return tables.prepared("regional_rows", make)


_EMPTY = pd.DataFrame(
    columns=["indicator", "obs_id", "ref_area", "year", "period_end", "value", "source_id"]
)


def _regional(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["ref_area"] != NATIONAL]


def regional_indicators(tables: Tables, lang: str) -> dict[str, str]:
    """Code -> name of every indicator with an official value for some region."""
    obs = tables.observations
    keep = pc.not_equal(obs["ref_area"], NATIONAL)
    if "origin" in obs.column_names:
        keep = pc.and_(keep, pc.equal(obs["origin"], OFFICIAL))
    found = set(pc.unique(obs.filter(keep)["indicator"].combine_chunks()).to_pylist())
    names = tables.indicators[f"name_{lang}"]
    return {code: names[code] for code in names.index if code in found}


def breakdowns(tables: Tables, code: str) -> dict[str, list[str]]:
    """The breakdowns the indicator's regional values have, totals first (only those with
    several values)."""
    frame = _regional(_official_rows(tables, code))
    total_age = tables.indicators.loc[code, "total_age"]
    found = {}
    for dim in BREAKDOWNS:
        if dim in frame and frame[dim].nunique() > 1:
            values = sorted(frame[dim].unique(), key=lambda v: (v not in (TOTAL, total_age), v))
            found[dim] = values
    return found


def _chosen(tables: Tables, code: str, choice: dict[str, str]) -> pd.DataFrame:
    """The rows of the chosen breakdown: each further breakdown at its total where it has one."""
    frame = _official_rows(tables, code)
    for dim in BREAKDOWNS:
        if dim not in frame:
            continue
        if dim in choice:
            frame = frame[frame[dim] == choice[dim]]
        elif frame[dim].nunique() > 1:
            total = tables.indicators.loc[code, "total_age"] if dim == "age" else TOTAL
            frame = frame[frame[dim] == (total if (frame[dim] == total).any() else TOTAL)]
    # One value per area and year: the latest period of the year.
    return frame.drop_duplicates(["ref_area", "year"], keep="last")


def regional_years(tables: Tables, code: str, choice: tuple = ()) -> list[int]:
    """The years with a regional value, oldest first."""
    frame = _regional(_chosen(tables, code, dict(choice)))
    return sorted(int(y) for y in frame["year"].unique())


@dataclass(frozen=True)
class Spread:
    """How far apart the regions are in a year: the highest and lowest and their ratio."""

    year: int
    high: float
    high_area: str
    low: float
    low_area: str

    @property
    def ratio(self) -> float | None:
        return self.high / self.low if self.low > 0 else None


def spread(frame: pd.DataFrame, year: int) -> Spread | None:
    rows = _regional(frame[frame["year"] == year]).sort_values("value", kind="stable")
    if len(rows) < 2:
        return None
    low, high = rows.iloc[0], rows.iloc[-1]
    return Spread(year, high["value"], high["ref_area"], low["value"], low["ref_area"])


@dataclass(frozen=True)
class RegionView:
    """Everything the page shows for one indicator, breakdown and year."""

    year: int | None  # the year shown; None: the indicator has no regional value at all
    latest: bool  # "All years" chosen: the latest year with regional values is shown
    years: list[int]  # the years with regional values, oldest first
    unit: str = ""
    better: str = "neutral"
    # ref_area, name, value, value_label, source: highest first (empty: none this year)
    ranked: pd.DataFrame = field(default_factory=pd.DataFrame)
    national: float | None = None
    national_label: str | None = None
    drawn: list[str] = field(default_factory=list)  # the areas the map draws this year
    no_data: list[str] = field(default_factory=list)  # drawn areas' names with no value
    not_drawn: list[tuple[str, str]] = field(default_factory=list)  # (names, reason)
    notes: list[str] = field(default_factory=list)  # drawn with changed boundaries
    spread: str | None = None
    obs_ids: list[str] = field(default_factory=list)  # the rows of the table under the map


def _shape_rows(tables: Tables, year: int) -> pd.DataFrame:
    shapes = tables.shapes
    if shapes is None or shapes.empty:
        return pd.DataFrame(columns=["area", "geometry", "note_kk", "note_ru", "note_en"])
    first = shapes["first_year"].fillna(year)
    last = shapes["last_year"].fillna(year)
    return shapes[(first <= year) & (year <= last)]


def _rings(geometry: dict) -> dict:
    """A Polygon's or MultiPolygon's rings as numpy arrays of (lon, lat): plotly copies a
    figure's data on every rerun, and an array is copied in one piece, a list point by point."""
    coords = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        coords = [np.asarray(ring, dtype=float) for ring in coords]
    else:
        coords = [[np.asarray(ring, dtype=float) for ring in polygon] for polygon in coords]
    return {"type": geometry["type"], "coordinates": coords}


def map_geojson(tables: Tables, year: int) -> dict:
    """The outlines drawn in `year` as a feature collection keyed by area code, with its
    bounding box (made once per data version and year; shared, never copied)."""

    def make() -> dict:
        rows = _shape_rows(tables, year)
        rows = rows[rows["geometry"].notna()]
        features = [
            {"type": "Feature", "id": r.area, "geometry": _rings(json.loads(r.geometry))}
            for r in rows.itertuples()
        ]
        points = [
            ring
            for f in features
            for part in f["geometry"]["coordinates"]
            for ring in (part if isinstance(part, list) else [part])
        ]
        bbox = None
        if points:
            every = np.concatenate(points)
            bbox = [*every.min(axis=0).tolist(), *every.max(axis=0).tolist()]
        return {"type": "FeatureCollection", "bbox": bbox, "features": features}

    return tables.prepared(("map_geojson", year), make)


def _spread_text(frame: pd.DataFrame, years: list[int], year: int, kind: str, lang: str) -> str:
    now = spread(frame, year)
    if now is None:
        return None
    names = area_names(lang)

    def value(v: float) -> str:
        return formatting.quantity(v, kind, lang)

    text = t(
        "regions_spread",
        lang,
        year=year,
        high=value(now.high),
        high_region=names.get(now.high_area, now.high_area),
        low=value(now.low),
        low_region=names.get(now.low_area, now.low_area),
    )
    if now.ratio is not None:
        text += " " + t("regions_ratio", lang, ratio=formatting.ratio(now.ratio, lang))
    first = spread(frame, years[0]) if years[0] != year else None
    if first is not None and first.ratio is not None and now.ratio is not None:
        text += " " + t(
            "regions_ratio_then",
            lang,
            first=first.year,
            ratio=formatting.ratio(first.ratio, lang),
        )
    elif years[0] == year:
        text += " " + t("regions_first_year", lang)
    return text


def region_view(
    tables: Tables, code: str, year: int | None, lang: str, choice: tuple = ()
) -> RegionView:
    """The indicator's regional values in `year` (None: the latest year that has them)."""
    frame = _chosen(tables, code, dict(choice))
    years = sorted(int(y) for y in _regional(frame)["year"].unique())
    shown = year if year is not None else (years[-1] if years else None)
    ind = tables.indicators.loc[code]
    if shown is None or shown not in years:
        return RegionView(shown, year is None, years)
    kind = ind["unit_kind"]
    names = area_names(lang)
    sources = records(tables, "sources")
    rows = frame[frame["year"] == shown].copy()
    rows["value_label"] = [formatting.quantity(v, kind, lang) for v in rows["value"]]
    rows["name"] = [names.get(a, a) for a in rows["ref_area"]]
    rows["source"] = [source_title(sources[s], lang) for s in rows["source_id"]]
    national = rows[rows["ref_area"] == NATIONAL]
    ranked = _regional(rows).sort_values("value", ascending=False, kind="stable")
    shapes = _shape_rows(tables, shown)
    drawn = shapes[shapes["geometry"].notna()]
    held = set(ranked["ref_area"])
    not_drawn = shapes[shapes["geometry"].isna() & shapes["area"].isin(held)]
    reasons: dict[str, list[str]] = {}
    for r in not_drawn.itertuples():
        reasons.setdefault(getattr(r, f"note_{lang}"), []).append(names.get(r.area, r.area))
    changed = drawn[drawn[f"note_{lang}"].notna()]
    return RegionView(
        year=shown,
        latest=year is None,
        years=years,
        unit=ind[f"unit_{lang}"],
        better=ind["better"],
        ranked=ranked[["ref_area", "name", "value", "value_label", "source"]],
        national=float(national["value"].iloc[0]) if len(national) else None,
        national_label=national["value_label"].iloc[0] if len(national) else None,
        drawn=list(drawn["area"]),
        no_data=[names.get(a, a) for a in drawn["area"] if a not in held],
        not_drawn=[(", ".join(n), reason) for reason, n in reasons.items()],
        notes=list(dict.fromkeys(changed[f"note_{lang}"])),
        spread=_spread_text(frame, years, shown, kind, lang),
        obs_ids=list(rows["obs_id"]),
    )


def table_rows(extract: pa.Table, obs_ids: list[str]) -> pa.Table:
    """The extract's rows of the regions (and the country) shown, in the ranking's data."""
    return extract.filter(pc.is_in(extract["obs_id"], value_set=pa.array(obs_ids, pa.string())))


def clicked_area(event) -> str | None:
    """The area of the region clicked on the map (a plotly selection event), if any."""
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    for point in points:
        if point.get("location"):
            return str(point["location"])
    return None
