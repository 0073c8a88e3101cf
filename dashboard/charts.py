"""Plotly figures. Colours are from a palette that keeps WCAG AA contrast on white."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from dashboard import formatting
from dashboard.markup import plotly_text as escape
from indicators.codes import EVENT_CATEGORIES

# Okabe-Ito based, darkened where needed for 4.5:1 contrast on white.
PALETTE = ("#0060A8", "#A3500B", "#007A5E", "#B0306F", "#5A4FCF", "#8A6D00", "#2F6F8F")
CATEGORY_COLOURS = dict(zip(EVENT_CATEGORIES, PALETTE, strict=True))
LINE_COLOUR = "#0060A8"
HIGHLIGHT_FILL = "rgba(255, 196, 0, 0.25)"


def _hover(row: pd.Series, figures_label: str) -> str:
    """Hover text in short lines: the label must fit beside a point on a 390 px phone."""
    lines = [f"<b>{_wrap(escape(row['title']))}</b>", escape(row["date_label"])]
    if row["figures"]:
        lines.append(escape(figures_label) + ":")
        lines += [escape(f) for f in row["figures"]]  # short: a name and a value
    lines.append(_wrap(escape(row["source_title"])))
    lines.append(f"«{_wrap(escape(row['quote']))}»")
    lines.append(f"({escape(row['quote_lang'])})")
    return "<br>".join(lines)


HOVER_CHARS = 30  # a line of hover text: about 190 px at 12 px, half a phone's width


def _wrap(text: str, width: int = HOVER_CHARS) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) > width and line:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)


def in_language(fig: go.Figure, lang: str) -> go.Figure:
    """The figure's numbers (axis ticks, plotly's own formats) written as `lang` writes them."""
    fig.update_layout(separators=formatting.plotly_separators(lang))
    return fig


def timeline_figure(events: pd.DataFrame, year: int | None, figures_label: str) -> go.Figure:
    """Milestones on a time axis, one row per category; a range is drawn as a bar."""
    dated = events[events["date_start"].notna()]
    fig = go.Figure()
    for category, group in dated.groupby("category", sort=False):
        colour = CATEGORY_COLOURS.get(category, "#333333")
        label = group["category_label"].iloc[0]
        hover = [_hover(r, figures_label) for _, r in group.iterrows()]
        fig.add_trace(
            go.Scatter(
                x=group["date_start"],
                y=group["category_label"],
                mode="markers",
                marker={"size": 14, "color": colour, "line": {"width": 1, "color": "white"}},
                name=label,
                hovertext=hover,
                hoverinfo="text",
            )
        )
        for _, r in group[group["date_end"] != group["date_start"]].iterrows():
            if r["precision"] == "day":  # a multi-day event: a range from first to last day
                fig.add_trace(
                    go.Scatter(
                        x=[r["date_start"], r["date_end"] + dt.timedelta(days=1)],
                        y=[label, label],
                        mode="lines",
                        line={"width": 10, "color": colour},
                        hovertext=_hover(r, figures_label),
                        hoverinfo="text",
                        showlegend=False,
                    )
                )
    if year is not None:
        fig.add_vrect(
            x0=dt.date(year, 1, 1),
            x1=dt.date(year, 12, 31),
            fillcolor=HIGHLIGHT_FILL,
            line_width=0,
            layer="below",
        )
    fig.update_layout(
        height=420,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        legend={"orientation": "h", "y": -0.15},
        # Dark text on white (not white on the marker's colour): 4.5:1 whatever the category.
        hoverlabel={
            "align": "left",
            "bgcolor": "white",
            "bordercolor": "#1a1a1a",
            "font": {"color": "#1a1a1a", "size": 12},
        },
        xaxis={"type": "date", "title": None},
        yaxis={"title": None},
        plot_bgcolor="white",
    )
    fig.update_xaxes(showgrid=True, gridcolor="#e5e5e5")
    return fig


def series_figure(series: pd.DataFrame, unit: str, year: int | None) -> go.Figure:
    """Values over time: bars when periods differ in shape, else a line."""
    colours = [
        "#B0306F" if year is not None and r.year == year else LINE_COLOUR
        for r in series.itertuples()
    ]
    fig = go.Figure(
        go.Bar(
            x=series["period_label"],
            y=series["value"],
            marker_color=colours,
            text=series["value_label"],
            textposition="outside",
            hovertext=[f"{r.period_label}: {r.value_label}" for r in series.itertuples()],
            hoverinfo="text",
        )
    )
    fig.update_layout(
        height=360,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        yaxis={"title": unit},
        plot_bgcolor="white",
    )
    return fig


STATED_COLOUR = "#A3500B"


def official_figure(
    series: pd.DataFrame, unit: str, year: int | None, names: dict[str, str]
) -> go.Figure:
    """An official series over the years as a line; stated figures of the same periods as
    diamonds beside it, their difference from the official value in their hover text."""
    official = series[series["origin"] == "official"]
    stated = series[series["origin"] == "stated"]
    fig = go.Figure(
        go.Scatter(
            x=official["year"],
            y=official["value"],
            mode="lines+markers",
            name=names["official"],
            line={"color": LINE_COLOUR, "width": 2},
            marker={"size": 7},
            hovertext=[escape(f"{r.period_label}: {r.value_label}") for r in official.itertuples()],
            hoverinfo="text",
        )
    )
    if not stated.empty:
        hover = [
            escape(f"{r.period_label}: {r.value_label}")
            + (
                f"<br>{escape(names['difference'])}: {escape(r.difference_label)}"
                if r.difference_label
                else ""
            )
            for r in stated.itertuples()
        ]
        fig.add_trace(
            go.Scatter(
                x=stated["year"],
                y=stated["value"],
                mode="markers",
                name=names["stated"],
                marker={"size": 13, "symbol": "diamond", "color": STATED_COLOUR},
                hovertext=hover,
                hoverinfo="text",
            )
        )
    if year is not None:
        fig.add_vrect(
            x0=year - 0.5, x1=year + 0.5, fillcolor=HIGHLIGHT_FILL, line_width=0, layer="below"
        )
    fig.update_layout(
        height=360,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        yaxis={"title": unit},
        xaxis={"tickformat": "d", "dtick": 1 if len(official) <= 15 else None},
        legend={"orientation": "h", "y": -0.2},
        plot_bgcolor="white",
    )
    fig.update_xaxes(showgrid=True, gridcolor="#e5e5e5")
    return fig
