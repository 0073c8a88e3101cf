"""The Regions page and its view: official values by region on a map and in a ranking.

The tables are the seed tables with official regional rows of one indicator added (and, once
the official series are in the seed data, the real under-five mortality of 2018 too).
"""

from __future__ import annotations

import json
import shutil

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
import streamlit as st

from dashboard.tables import read_tables
from dashboard.views import regions as view
from indicators.areas import area_names
from loaders.paths import DATA_ENV, ROOT, TABLES_ENV
from tests.dashboard.helpers import observation, with_observations, write_tables
from tests.dashboard.test_app import run

CODE = "BIRTHS"
# 2018: every drawn region but Mangystau (KZ-47) has a value; Atyrau (KZ-23) has two official
# values that disagree (left out); Kostanay (KZ-39) only a stated figure (left out).
REGIONS_2018 = [
    "KZ-11", "KZ-15", "KZ-19", "KZ-27", "KZ-31", "KZ-35", "KZ-43",
    "KZ-55", "KZ-59", "KZ-61", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
]  # fmt: skip
REGIONS_2023 = [*REGIONS_2018, "KZ-10", "KZ-33", "KZ-62"]
NATIONAL = {2015: 900.0, 2018: 1000.0, 2023: 1100.0}


def _official(obs_id: str, area: str, year: int, value: float, **fields) -> dict:
    return observation(obs_id, CODE, str(year), value, ref_area=area, origin="official", **fields)


def regional_rows() -> list[dict]:
    rows = [_official(f"N{y}", "KZ", y, v) for y, v in NATIONAL.items()]
    rows += [_official(f"A2015_{i}", a, 2015, 50.0 + i) for i, a in enumerate(REGIONS_2018[:6])]
    rows += [_official(f"A2018_{i}", a, 2018, 100.0 + 7 * i) for i, a in enumerate(REGIONS_2018)]
    rows += [_official(f"A2023_{i}", a, 2023, 60.0 + 5 * i) for i, a in enumerate(REGIONS_2023)]
    rows += [
        _official("ATY1", "KZ-23", 2018, 5000.0, conflict=True),
        _official("ATY2", "KZ-23", 2018, 6000.0, conflict=True),
        observation("KOS", CODE, "2018", 7000.0, ref_area="KZ-39"),
        _official("SEXF", "KZ-11", 2018, 40.0, sex="F"),
    ]
    return rows


@pytest.fixture(scope="module")
def regional_folder(seed_tables, stated_tables, tmp_path_factory):
    folder = tmp_path_factory.mktemp("regional")
    # the cases below beside the stated figures (the snapshot's official series aside)
    write_tables(with_observations(stated_tables, regional_rows()), folder)
    shutil.copy(seed_tables / "shapes.parquet", folder)
    return folder


@pytest.fixture
def tables(regional_folder):
    return read_tables(regional_folder)


def _serve_from(folder, monkeypatch):
    """The app reads `folder`, with empty caches."""
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv(TABLES_ENV, str(folder))
    monkeypatch.delenv(DATA_ENV, raising=False)
    return folder


@pytest.fixture
def on_regional_tables(regional_folder, monkeypatch):
    return _serve_from(regional_folder, monkeypatch)


def _plain(markdown: str) -> str:
    return markdown.replace("\\", "")


def _figures(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _traces(at, kind: str) -> list[dict]:
    return [trace for fig in _figures(at) for trace in fig["data"] if trace["type"] == kind]


# The view


def test_only_official_indicators_with_regional_values_are_offered(tables):
    assert list(view.regional_indicators(tables, "en")) == [CODE]


def test_the_snapshot_offers_its_regional_official_series(seed_tables):
    offered = view.regional_indicators(read_tables(seed_tables), "en")
    assert "SDG_3_2_1" in offered and "SDG_16_2_2" not in offered  # 16.2.2: national only
    assert offered["SDG_3_2_1"] == "Under-five mortality"


def test_the_ranking_holds_official_non_conflicting_totals_highest_first(tables):
    shown = view.region_view(tables, CODE, 2018, "en")
    assert list(shown.ranked["ref_area"]) == REGIONS_2018[::-1]
    assert shown.national == 1000.0 and shown.national_label == "1,000"
    assert "KZ-23" not in set(shown.ranked["ref_area"])  # two values that disagree
    assert "KZ-39" not in set(shown.ranked["ref_area"])  # a stated figure only


def test_drawn_regions_without_a_value_are_listed_as_no_data(tables):
    shown = view.region_view(tables, CODE, 2018, "ru")
    names = area_names("ru")
    assert set(shown.no_data) == {names["KZ-23"], names["KZ-39"], names["KZ-47"]}
    assert "KZ-10" not in shown.drawn and shown.not_drawn == []


def test_regions_formed_in_2022_are_ranked_and_named_as_not_drawn(tables):
    shown = view.region_view(tables, CODE, 2023, "kk")
    assert {"KZ-10", "KZ-33", "KZ-62"} <= set(shown.ranked["ref_area"])
    [(regions, reason)] = shown.not_drawn
    assert area_names("kk")["KZ-10"] in regions and "2022" in reason
    assert shown.notes and "2018–2021" in shown.notes[0]


def test_all_years_shows_the_latest_year_with_regional_values(tables):
    shown = view.region_view(tables, CODE, None, "en")
    assert (shown.year, shown.latest, shown.years) == (2023, True, [2015, 2018, 2023])


def test_a_year_without_regional_values_has_no_ranking(tables):
    shown = view.region_view(tables, CODE, 2016, "en")
    assert shown.ranked.empty and shown.years == [2015, 2018, 2023]


def test_the_spread_line_gives_highest_lowest_their_ratio_and_the_first_year(tables):
    text = view.region_view(tables, CODE, 2018, "en").spread
    high, low = 100.0 + 7 * 13, 100.0
    assert f"highest value is {high:g}" in text and f"lowest {low:g}" in text
    assert "1.91 times the lowest" in text
    assert "In 2015, the first year with values by region, it was 1.1 times" in text


def test_breakdowns_offer_sex_when_regions_have_it(tables):
    assert view.breakdowns(tables, CODE) == {"sex": ["_T", "F"]}
    girls = view.region_view(tables, CODE, 2018, "en", (("sex", "F"),))
    assert list(girls.ranked["ref_area"]) == ["KZ-11"]


def test_the_map_is_made_once_per_data_version_and_year(tables):
    first = view.map_geojson(tables, 2018)
    assert view.map_geojson(tables, 2018) is first
    assert len(first["features"]) == 17
    assert {f["id"] for f in view.map_geojson(tables, 2017)["features"]} >= {"KZ-YUZ"}


def test_a_click_on_the_map_names_its_region():
    event = {"selection": {"points": [{"curve_number": 1, "location": "KZ-75"}]}}
    assert view.clicked_area(event) == "KZ-75"
    assert view.clicked_area({"selection": {"points": []}}) is None
    assert view.clicked_area(None) is None


# The page


@pytest.mark.parametrize(("lang", "thousands"), [("kk", "\u00a0"), ("ru", "\u00a0"), ("en", ",")])
def test_the_map_holds_every_region_the_data_has_and_the_bars_run_high_to_low(
    on_regional_tables, lang, thousands
):
    at = run("pages/regions.py", lang=lang, indicator=CODE, year="2018")
    [values] = _traces(at, "choroplethmap")
    drawn = dict(zip(values["locations"], values["z"], strict=True))
    held = {area: 100.0 + 7 * i for i, area in enumerate(REGIONS_2018)}
    assert {area: drawn[area] for area in held} == held
    # The drawn regions without a value sit below the lowest, in the scale's grey "no data".
    no_data = {area: z for area, z in drawn.items() if area not in held}
    assert set(no_data) == {"KZ-23", "KZ-39", "KZ-47"}
    assert all(z < min(held.values()) and z == values["zmin"] for z in no_data.values())
    assert values["colorscale"][0][1] == values["colorscale"][1][1] == "#bdbdbd"
    [bars] = _traces(at, "bar")
    names = area_names(lang)
    assert bars["y"][0] == names[REGIONS_2018[-1]] and bars["y"][-1] == names[REGIONS_2018[0]]
    assert bars["x"][0] == max(bars["x"]) and bars["x"][-1] == min(bars["x"])
    hover = values["hovertext"][0]
    assert names[values["locations"][0]] in hover and "2018" in hover
    assert f"1{thousands}000" in json.dumps(
        _figures(at)[0]["data"][-1]["colorbar"], ensure_ascii=False
    )
    # Both charts write their own numbers (axis, scale) as the page does.
    decimal = "." if lang == "en" else ","
    assert all(fig["layout"]["separators"][0] == decimal for fig in _figures(at))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_year_without_regional_values_says_so(on_regional_tables, lang):
    at = run("pages/regions.py", lang=lang, indicator=CODE, year="2016")
    assert not at.get("plotly_chart")
    assert any("2016" in i.value for i in at.info)
    assert any("2015, 2018, 2023" in c.value for c in at.caption)


def test_all_years_says_which_year_it_shows(on_regional_tables):
    at = run("pages/regions.py", lang="en", indicator=CODE)
    assert any("latest year with values by region, 2023" in i.value for i in at.info)
    assert any("Not drawn on the map: Abai Region" in _plain(c.value) for c in at.caption)


def test_the_table_holds_the_ranked_values_and_the_national_one(on_regional_tables):
    at = run("pages/regions.py", lang="en", indicator=CODE, year="2018")
    [table] = at.dataframe
    assert len(table.value) == len(REGIONS_2018) + 1


def test_picking_a_region_opens_its_series_in_the_explorer(on_regional_tables):
    at = run("pages/regions.py", lang="en", indicator=CODE, year="2018")
    picker = next(s for s in at.selectbox if s.label.startswith("Open a region"))
    picker.set_value("KZ-75")
    at.run()
    assert at.session_state["area"] == "KZ-75"
    assert at.session_state["indicator"] == CODE
    assert any(t.value == "Live births" for t in at.title)
    # Back on the Regions page, the map is shown again (no second jump to the Explorer).
    at.switch_page("pages/regions.py")
    at.run()
    assert at.title[0].value == "Live births by region"
    assert _traces(at, "choroplethmap")
    assert next(s for s in at.selectbox if s.label.startswith("Open a region")).value is None


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_without_regional_values_the_page_has_its_title_and_says_so(stated_only, monkeypatch, lang):
    _serve_from(stated_only, monkeypatch)
    at = run("pages/regions.py", lang=lang)
    assert at.title[0].value == {"kk": "Өңірлер", "ru": "Регионы", "en": "Regions"}[lang]
    assert len(at.info) == 1 and not at.get("plotly_chart")


@pytest.fixture(scope="module")
def stated_only(seed_tables, tmp_path_factory):
    """The seed's stated figures alone (no official value by region)."""
    folder = tmp_path_factory.mktemp("stated")
    write_tables(with_observations(seed_tables, []), folder)
    obs = pq.read_table(folder / "observations.parquet")
    pq.write_table(obs.filter(pc.equal(obs["origin"], "stated")), folder / "observations.parquet")
    return folder


def test_the_regions_page_is_in_the_navigation_after_the_explorer():
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    order = [app.index(f'"pages/{name}.py"') for name in ("explorer", "regions", "sources")]
    assert order == sorted(order)


def test_the_spread_line_is_on_the_page(on_regional_tables):
    at = run("pages/regions.py", lang="ru", indicator=CODE, year="2018")
    text = " ".join(_plain(m.value) for m in at.markdown)
    assert "больше самого низкого в 1,91 раза" in text


def test_the_explorer_links_a_regional_indicator_to_its_regions_view(on_regional_tables):
    at = run("pages/explorer.py", lang="kk", indicator=CODE)
    [link] = at.get("page_link")
    assert link.proto.label == "Бұл көрсеткішті өңірлер бойынша картадан қарау"
    assert link.proto.page.endswith("regions")
    assert f"indicator={CODE}" in link.proto.query_string and "lang=kk" in link.proto.query_string
    other = run("pages/explorer.py", lang="kk", indicator="CHILD_POP")
    assert not other.get("page_link")


# The real data: under-five mortality of Kazakhstan's SDG platform (data/series/opensdg-kz/)

UNDER_FIVE = "SDG_3_2_1"


@pytest.fixture
def on_seed_tables(seed_tables, monkeypatch):
    return _serve_from(seed_tables, monkeypatch)


def _real_2018(seed_tables) -> dict[str, float]:
    """Under-five mortality by region in 2018 as the tables hold it (totals, official, not
    conflicting), read straight from the table, not through the page's view."""
    obs = read_tables(seed_tables).observations.to_pandas()
    if UNDER_FIVE not in set(obs["indicator"].astype(str)):
        pytest.skip("the seed tables do not hold the official series yet")
    rows = obs[
        (obs["indicator"] == UNDER_FIVE)
        & (obs["year"] == 2018)
        & (obs["ref_area"] != "KZ")
        & (obs["origin"] == "official")
        & ~obs["conflict"]
        & (obs["sex"] == "_T")
        & (obs["urbanisation"] == "_T")
    ]
    return dict(zip(rows["ref_area"].astype(str), rows["value"], strict=True))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_under_five_mortality_2018_maps_every_region_and_ranks_high_to_low(on_seed_tables, lang):
    held = _real_2018(on_seed_tables)
    at = run("pages/regions.py", lang=lang, indicator=UNDER_FIVE, year="2018")
    [values] = _traces(at, "choroplethmap")
    drawn = dict(zip(values["locations"], values["z"], strict=True))
    assert len(held) >= 17 and {area: drawn[area] for area in held} == held
    [bars] = _traces(at, "bar")
    names = area_names(lang)
    assert bars["y"][0] == names[max(held, key=held.get)]
    assert bars["y"][-1] == names[min(held, key=held.get)]
    assert list(bars["x"]) == sorted(held.values(), reverse=True)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_under_five_mortality_in_a_year_without_regional_values_says_so(on_seed_tables, lang):
    _real_2018(on_seed_tables)
    at = run("pages/regions.py", lang=lang, indicator=UNDER_FIVE, year="2023")
    assert not at.get("plotly_chart")
    assert any("2023" in i.value for i in at.info)


def test_under_five_mortality_offers_its_breakdowns_in_words(on_seed_tables):
    _real_2018(on_seed_tables)
    at = run("pages/regions.py", lang="en", indicator=UNDER_FIVE, year="2018")
    pickers = {s.label: s for s in at.selectbox if s.key and s.key.startswith("by-")}
    assert {"Sex"} < set(pickers)
    urban = next(s for s in pickers.values() if s.key == "by-urbanisation")
    assert urban.options[0] == "Total" and not {"U", "R"} & set(urban.options)
