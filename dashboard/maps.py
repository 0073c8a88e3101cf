"""The Regions page's figures: a choropleth of the regions and their ranking in bars.

The map is plotly's tile-less `choroplethmap` on a plain white background: it needs nothing
from the network (the `choropleth` of plotly's geo maps fetches its base map from a CDN and
draws nothing without it). Its view is fitted to Kazakhstan for the page's map column.

One sequential, single-hue scale (ColorBrewer Blues, readable with every common colour-vision
deficiency) for both, oriented by the indicator's better direction: the darker, the worse
(for a neutral indicator, the higher). Regions without a value are grey and say "no data".
"""

from __future__ import annotations

import math

import plotly.graph_objects as go

from dashboard.markup import plotly_text as escape

BLUES = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"]
NO_DATA = "#bdbdbd"
BORDER = "#5f5f5f"
REFERENCE = "#B0306F"
# The map column is about 540 px wide on a laptop and 350 px on a phone: the zoom fits
# Kazakhstan's width (about 41 degrees of longitude) into about 400 px.
MAP_WIDTH_PX = 400
TILE_PX = 512  # the width of the whole world at zoom 0


def _mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def map_view(geojson: dict) -> dict:
    """Centre and zoom that show every outline (the collection's bounding box) in a map
    MAP_WIDTH_PX wide."""
    if not geojson.get("bbox"):
        return {"center": {"lat": 48.0, "lon": 67.0}, "zoom": 3}
    west, south, east, north = geojson["bbox"]
    middle = (_mercator(south) + _mercator(north)) / 2
    lat = math.degrees(2 * math.atan(math.exp(middle)) - math.pi / 2)
    zoom = math.log2(MAP_WIDTH_PX * 360 / ((east - west) * TILE_PX))
    return {"center": {"lat": lat, "lon": (west + east) / 2}, "zoom": round(zoom, 2)}


def hover_texts(view, labels: dict[str, str]) -> list[str]:
    """Region, value and unit, year, source: each part escaped (plotly reads some HTML)."""
    return [
        "<br>".join(
            [
                f"<b>{escape(r.name)}</b>",
                escape(f"{r.value_label} {labels['unit']}"),
                escape(f"{labels['year']}: {view.year}"),
                escape(f"{labels['source']}: {r.source}"),
            ]
        )
        for r in view.ranked.itertuples(index=False)
    ]


NO_DATA_SHARE = 0.08  # the colour bar's grey start, the legend of "no data"


def colour_scale(better: str, no_data: bool = False) -> list[list]:
    """Light to dark as values get worse: reversed when higher is better. With `no_data`, the
    scale starts with a grey stretch for regions without a value (drawn below the lowest)."""
    colours = BLUES[::-1] if better == "higher" else BLUES
    start = NO_DATA_SHARE if no_data else 0.0
    step = (1 - start) / (len(colours) - 1)
    scale = [[round(start + i * step, 6), c] for i, c in enumerate(colours)]
    return [[0.0, NO_DATA], [start, NO_DATA], *scale] if no_data else scale


def choropleth(view, geojson: dict, better: str, labels: dict[str, str]) -> go.Figure:
    """The regions of `view` coloured by value; drawn regions without one in grey.

    One trace (the outlines are copied once per figure): a region without a value gets a z
    below the lowest value, which the scale's grey start paints, labelled "no data" on the
    colour bar. `labels`: `legend` (the colour bar's title), `national` ("Kazakhstan: 10,1"),
    `unit`, `year`, `source`, `no_data` and `no_data_hover` in the reader's language.
    """
    on_map = view.ranked["ref_area"].isin(view.drawn)
    ranked = view.ranked[on_map]
    hover = [h for h, keep in zip(hover_texts(view, labels), on_map, strict=True) if keep]
    missing = [a for a in view.drawn if a not in set(ranked["ref_area"])]
    low, high = view.ranked["value"].min(), view.ranked["value"].max()
    span = (high - low) or abs(high) or 1.0
    grey = low - span * NO_DATA_SHARE / (1 - NO_DATA_SHARE) if missing else low
    ticks = [(low, view.ranked["value_label"].iloc[-1]), (high, view.ranked["value_label"].iloc[0])]
    if missing:
        ticks.append(((grey + low) / 2, labels["no_data"]))
    legend = labels["legend"]
    if view.national is not None:
        legend = f"{legend} · {labels['national']}"  # always read, even beyond the scale
        if low < view.national < high:
            ticks.append((view.national, labels["national"]))
    trace = {
        "type": "choroplethmap",
        "geojson": geojson,
        "locations": [*ranked["ref_area"], *missing],
        "z": [*ranked["value"], *([grey] * len(missing))],
        "zmin": grey,
        "zmax": high,
        "colorscale": colour_scale(better, no_data=bool(missing)),
        "marker": {"line": {"color": BORDER, "width": 0.6}},
        "hovertext": hover + [escape(labels["no_data_hover"].format(name=n)) for n in view.no_data],
        "hoverinfo": "text",
        "colorbar": {
            "title": {"text": escape(legend), "side": "top"},
            "tickvals": [v for v, _ in ticks],
            "ticktext": [escape(text) for _, text in ticks],
            "orientation": "h",  # under the map, which keeps the column's whole width
            "x": 0.5,
            "y": 0,
            "yanchor": "top",
            "thickness": 12,
            "len": 0.95,
        },
    }
    layout = {
        "map": {"style": "white-bg", **map_view(geojson)},
        "height": 440,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 80},
        "hoverlabel": {"align": "left"},
        "dragmode": False,
        "clickmode": "event+select",
        "template": {},  # the page's theme styles it; copying plotly's default costs a rerun
    }
    return go.Figure({"data": [trace], "layout": layout})


def ranking(view, better: str, labels: dict[str, str]) -> go.Figure:
    """The regions' values as horizontal bars, the highest on top, in the map's colours; the
    national value as a dashed reference line."""
    ranked = view.ranked
    bars = {
        "type": "bar",
        "x": list(ranked["value"]),
        "y": list(ranked["name"]),
        "orientation": "h",
        "marker": {
            "color": list(ranked["value"]),
            "colorscale": colour_scale(better),
            "cmin": ranked["value"].min(),
            "cmax": ranked["value"].max(),
            "line": {"color": BORDER, "width": 0.5},
        },
        "text": list(ranked["value_label"]),
        "textposition": "outside",
        "cliponaxis": False,
        "hovertext": hover_texts(view, labels),
        "hoverinfo": "text",
    }
    shapes, notes = [], []
    if view.national is not None:
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": view.national,
                "x1": view.national,
                "y0": 0,
                "y1": 1,
                "line": {"color": REFERENCE, "width": 2, "dash": "dash"},
                # under the bars and their value labels: the labels stay readable across it
                "layer": "below",
            }
        )
        notes.append(
            {
                "xref": "x",
                "yref": "paper",
                "x": view.national,
                "y": 1,
                "yanchor": "bottom",
                "text": escape(labels["national"]),
                "showarrow": False,
                "font": {"color": REFERENCE},
            }
        )
    layout = {
        "height": max(300, 24 * len(ranked) + 80),
        "margin": {"l": 10, "r": 40, "t": 30, "b": 10},
        "yaxis": {"autorange": "reversed", "title": None, "automargin": True},
        "xaxis": {
            "title": {"text": escape(labels["unit"])},
            "rangemode": "tozero",
            "showgrid": True,
            "gridcolor": "#e5e5e5",
        },
        "plot_bgcolor": "white",
        "dragmode": False,
        "shapes": shapes,
        "annotations": notes,
        "template": {},
    }
    return go.Figure({"data": [bars], "layout": layout})
