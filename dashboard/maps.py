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

from dashboard.charts import escape

BLUES = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"]
NO_DATA = "#bdbdbd"
BORDER = "#5f5f5f"
REFERENCE = "#B0306F"
# The map column is about 540 px wide on a laptop and 350 px on a phone: the zoom fits
# Kazakhstan's width (about 41 degrees of longitude) into about 400 px.
MAP_WIDTH_PX = 400
TILE_PX = 512  # the width of the whole world at zoom 0


def _bounds(geojson: dict) -> tuple[float, float, float, float]:
    """West, south, east, north of every outline of the collection."""
    lons, lats = [], []

    def walk(coords) -> None:
        if coords and isinstance(coords[0], (int, float)):
            lons.append(coords[0])
            lats.append(coords[1])
        else:
            for part in coords:
                walk(part)

    for feature in geojson["features"]:
        walk(feature["geometry"]["coordinates"])
    return min(lons), min(lats), max(lons), max(lats)


def _mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def map_view(geojson: dict) -> dict:
    """Centre and zoom that show every outline in a map MAP_WIDTH_PX wide."""
    if not geojson["features"]:
        return {"center": {"lat": 48.0, "lon": 67.0}, "zoom": 3}
    west, south, east, north = _bounds(geojson)
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


def colour_scale(better: str) -> list[list]:
    """Light to dark as values get worse: reversed when higher is better."""
    colours = BLUES[::-1] if better == "higher" else BLUES
    step = 1 / (len(colours) - 1)
    return [[i * step, c] for i, c in enumerate(colours)]


def choropleth(
    view,
    geojson: dict,
    better: str,
    labels: dict[str, str],
) -> go.Figure:
    """The regions of `view` coloured by value; drawn regions without one in grey.

    `labels`: `legend` (the colour bar's title), `national` ("Kazakhstan: 10,1"), `unit`,
    `year`, `source`, `no_data` and `no_data_hover` in the reader's language.
    """
    on_map = view.ranked["ref_area"].isin(view.drawn)
    ranked = view.ranked[on_map]
    hover = [h for h, keep in zip(hover_texts(view, labels), on_map, strict=True) if keep]
    fig = go.Figure()
    missing = [a for a in view.drawn if a not in set(ranked["ref_area"])]
    if missing:
        fig.add_trace(
            go.Choroplethmap(
                geojson=geojson,
                locations=missing,
                z=[0] * len(missing),  # one flat grey: the value is never read from it
                colorscale=[[0, NO_DATA], [1, NO_DATA]],
                showscale=False,
                marker_line={"color": BORDER, "width": 0.6},
                hovertext=[escape(labels["no_data_hover"].format(name=n)) for n in view.no_data],
                hoverinfo="text",
                name=labels["no_data"],
                showlegend=True,
            )
        )
    low, high = view.ranked["value"].min(), view.ranked["value"].max()
    ticks = [(low, view.ranked["value_label"].iloc[-1]), (high, view.ranked["value_label"].iloc[0])]
    if view.national is not None:
        ticks.append((view.national, labels["national"]))
    fig.add_trace(
        go.Choroplethmap(
            geojson=geojson,
            locations=list(ranked["ref_area"]),
            z=list(ranked["value"]),
            zmin=low,
            zmax=high,
            colorscale=colour_scale(better),
            marker_line={"color": BORDER, "width": 0.6},
            hovertext=hover,
            hoverinfo="text",
            colorbar={
                "title": {"text": escape(labels["legend"]), "side": "top"},
                "tickvals": [v for v, _ in ticks],
                "ticktext": [escape(text) for _, text in ticks],
                "orientation": "h",  # under the map, which keeps the column's whole width
                "x": 0.5,
                "y": 0,
                "yanchor": "top",
                "thickness": 12,
                "len": 0.95,
            },
            showlegend=False,
        )
    )
    fig.update_layout(
        map={"style": "white-bg", **map_view(geojson)},
        height=440,
        margin={"l": 0, "r": 0, "t": 0, "b": 80},
        legend={"orientation": "h", "x": 0, "y": 1, "bgcolor": "rgba(255,255,255,0.7)"},
        hoverlabel={"align": "left"},
        dragmode=False,
        clickmode="event+select",
    )
    return fig


def ranking(view, better: str, labels: dict[str, str]) -> go.Figure:
    """The regions' values as horizontal bars, the highest on top, in the map's colours; the
    national value as a reference line."""
    ranked = view.ranked
    low, high = ranked["value"].min(), ranked["value"].max()
    fig = go.Figure(
        go.Bar(
            x=list(ranked["value"]),
            y=list(ranked["name"]),
            orientation="h",
            marker={
                "color": list(ranked["value"]),
                "colorscale": colour_scale(better),
                "cmin": low,
                "cmax": high,
                "line": {"color": BORDER, "width": 0.5},
            },
            text=list(ranked["value_label"]),
            textposition="outside",
            cliponaxis=False,
            hovertext=hover_texts(view, labels),
            hoverinfo="text",
        )
    )
    if view.national is not None:
        fig.add_vline(
            x=view.national,
            line={"color": REFERENCE, "width": 2, "dash": "dash"},
            annotation_text=escape(labels["national"]),
            annotation_position="top",
            annotation_font_color=REFERENCE,
        )
    fig.update_layout(
        height=max(300, 24 * len(ranked) + 80),
        margin={"l": 10, "r": 40, "t": 30, "b": 10},
        yaxis={"autorange": "reversed", "title": None, "automargin": True},
        xaxis={"title": escape(labels["unit"]), "rangemode": "tozero"},
        plot_bgcolor="white",
        dragmode=False,
    )
    fig.update_xaxes(showgrid=True, gridcolor="#e5e5e5")
    return fig
