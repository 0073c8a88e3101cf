"""The Regions page's figures: the colour scale's orientation, the map's view, the ranking."""

from __future__ import annotations

import pandas as pd

from dashboard import maps
from dashboard.views.regions import RegionView


def test_darker_is_worse_whichever_way_better_points():
    lower_better = maps.colour_scale("lower")
    higher_better = maps.colour_scale("higher")
    # The highest value is worst when lower is better: the darkest blue at the top.
    assert lower_better[-1][1] == maps.BLUES[-1] and lower_better[0][1] == maps.BLUES[0]
    assert higher_better[-1][1] == maps.BLUES[0] and higher_better[0][1] == maps.BLUES[-1]
    assert maps.colour_scale("neutral") == lower_better  # neutral: darker is higher


def test_the_no_data_grey_starts_the_scale_and_no_blue():
    scale = maps.colour_scale("lower", no_data=True)
    assert scale[:2] == [[0.0, maps.NO_DATA], [maps.NO_DATA_SHARE, maps.NO_DATA]]
    assert scale[2] == [maps.NO_DATA_SHARE, maps.BLUES[0]] and scale[-1] == [1.0, maps.BLUES[-1]]
    assert maps.NO_DATA not in maps.BLUES


def test_the_map_is_centred_on_its_outlines_and_zoomed_to_fit_them():
    view = maps.map_view({"bbox": [46.5, 40.5, 87.3, 55.4], "features": []})
    assert 46 < view["center"]["lat"] < 49 and 66 < view["center"]["lon"] < 67.5
    width = maps.TILE_PX * 2 ** view["zoom"] * (87.3 - 46.5) / 360
    assert abs(width - maps.MAP_WIDTH_PX) < 2


def _view(values: dict[str, float], national: float | None) -> RegionView:
    ranked = pd.DataFrame(
        {
            "ref_area": list(values),
            "name": [f"Region {a}" for a in values],
            "value": list(values.values()),
            "value_label": [str(v) for v in values.values()],
            "source": "file.csv",
        }
    ).sort_values("value", ascending=False)
    return RegionView(2018, False, [2018], unit="‰", ranked=ranked, national=national,
                      drawn=[*values, "KZ-47"], no_data=["Region KZ-47"])  # fmt: skip


LABELS = {
    "legend": "per 1000",
    "national": "Kazakhstan: 10",
    "unit": "per 1000",
    "year": "Year",
    "source": "Source",
    "no_data": "No data",
    "no_data_hover": "{name}: no data",
}


def test_the_ranking_runs_from_the_highest_with_the_national_line():
    fig = maps.ranking(_view({"KZ-11": 5.0, "KZ-15": 12.0, "KZ-19": 8.0}, 10.0), "lower", LABELS)
    assert list(fig.data[0].y) == ["Region KZ-15", "Region KZ-19", "Region KZ-11"]
    assert fig.layout.yaxis.autorange == "reversed"  # the first bar on top
    [line] = fig.layout.shapes
    assert line.x0 == line.x1 == 10.0
    assert line.layer == "below"  # under the value labels, which it would cross
    assert fig.layout.annotations[0].text == "Kazakhstan: 10"


def test_the_map_puts_the_national_value_on_its_colour_bar_and_greys_no_data():
    fig = maps.choropleth(
        _view({"KZ-11": 5.0, "KZ-15": 12.0}, 10.0), {"bbox": None, "features": []}, "lower", LABELS
    )
    [trace] = fig.data
    assert list(trace.locations) == ["KZ-15", "KZ-11", "KZ-47"]
    assert trace.z[-1] == trace.zmin < 5.0
    assert "Kazakhstan: 10" in trace.colorbar.ticktext and "No data" in trace.colorbar.ticktext
    assert "Kazakhstan: 10" in trace.colorbar.title.text
    assert trace.hovertext[-1] == "Region KZ-47: no data"
    assert "<b>Region KZ-15</b>" in trace.hovertext[0] and "12.0 per 1000" in trace.hovertext[0]


def test_hover_text_from_the_data_is_escaped():
    view = _view({"KZ-11": 5.0}, None)
    view.ranked.loc[:, "source"] = "<script>x</script>"
    [text] = maps.hover_texts(view, LABELS)
    assert "<script>" not in text and "&lt;script&gt;" in text
