"""The Regions page in a browser: the map drawn in every language, a region's hover text,
axe-core, and the layout at a laptop's and a phone's size.

The app serves the seed tables with official regional values of one indicator added (those of
tests/dashboard/test_regions.py, scaled so that values have thousands and decimals).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from benchmarks.server import serve
from indicators.areas import area_names
from tests.dashboard.helpers import with_observations, write_tables
from tests.dashboard.test_regions import CODE, REGIONS_2018, regional_rows
from tests.e2e.conftest import ARTIFACTS, LANGS, new_page, open_page, screenshot, wait_idle
from tests.e2e.test_accessibility import axe_violations, describe
from tests.e2e.test_layout import VIEWPORTS, text_overlaps

pytestmark = pytest.mark.e2e
SCALE = 12.5  # 100 -> 1 250, 107 -> 1 337,5: a thousands separator and a decimal one
KARAGANDA = "KZ-35"
# Karaganda's value in 2018 and how each language writes it.
KARAGANDA_VALUE = (100.0 + 7 * REGIONS_2018.index(KARAGANDA)) * SCALE
WRITTEN = {"kk": "1\u00a0687,5", "ru": "1\u00a0687,5", "en": "1,687.5"}
assert KARAGANDA_VALUE == 1687.5


@pytest.fixture(scope="module")
def regions_url(seed_tables: Path, tmp_path_factory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("regions-e2e")
    rows = [dict(row, value=row["value"] * SCALE) for row in regional_rows()]
    write_tables(with_observations(seed_tables, rows), folder)
    shutil.copy(seed_tables / "shapes.parquet", folder)
    ARTIFACTS.mkdir(exist_ok=True)
    with serve(folder, log=ARTIFACTS / "streamlit-regions.log", timeout=60) as up:
        yield up.url


def open_map(page: Page, url: str, lang: str, year: str = "2018") -> Page:
    open_page(page, url, "regions", lang=lang, indicator=CODE, year=year)
    page.locator(".js-plotly-plot .maplibregl-canvas").first.wait_for(state="visible")
    page.wait_for_function(
        "() => { const gd = document.querySelector('.js-plotly-plot');"
        " return gd && gd._fullLayout && gd._fullLayout.map"
        " && gd._fullLayout.map._subplot.map.loaded(); }",
        timeout=30_000,
    )
    return page


def point_of(page: Page, lon: float, lat: float) -> dict:
    """Where a longitude and latitude are on the screen, in the map's own projection."""
    return page.evaluate(
        """([lon, lat]) => { const gd = document.querySelector('.js-plotly-plot');
            const map = gd._fullLayout.map._subplot.map;
            const p = map.project([lon, lat]);
            const box = map.getCanvas().getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y}; }""",
        [lon, lat],
    )


@pytest.mark.parametrize("lang", LANGS)
def test_the_map_is_drawn_and_a_hover_names_a_region_with_its_value(
    page: Page, regions_url: str, lang: str
):
    open_map(page, regions_url, lang)
    screenshot(page, f"regions-map_{lang}")
    # Karaganda Region's middle (the map is drawn: its canvas has painted pixels there).
    spot = point_of(page, 70.5, 48.0)
    page.mouse.move(spot["x"], spot["y"])
    hover = page.locator(".js-plotly-plot .hoverlayer .hovertext").first
    hover.wait_for(state="visible", timeout=10_000)
    text = hover.text_content() or ""
    assert area_names(lang)[KARAGANDA] in text
    assert WRITTEN[lang] in text and "2018" in text
    assert page.console_errors == []


def test_a_click_on_a_region_opens_its_series_in_the_explorer(page: Page, regions_url: str):
    open_map(page, regions_url, "en")
    spot = point_of(page, 70.5, 48.0)
    page.mouse.click(spot["x"], spot["y"])
    # The URL follows once the page is drawn (app.py writes it after the sidebar's controls).
    page.wait_for_url(re.compile(r"/explorer\?(.*&)?area=KZ-35"), timeout=30_000)
    assert page.locator("h1").first.inner_text() == "Live births"
    area = page.locator('[data-testid="stSidebar"] [data-testid="stExpander"] summary')
    expect(area).to_contain_text(f"Area: {area_names('en')[KARAGANDA]}")
    # Back to the Regions page through the navigation: the map again, no second jump.
    page.locator('[data-testid="stSidebarNav"] a[href$="/regions"]').click()
    page.wait_for_url("**/regions**", timeout=30_000)
    wait_idle(page)
    page.locator(".js-plotly-plot .maplibregl-canvas").first.wait_for(state="visible")
    assert "/regions" in page.url
    assert page.locator("h1").first.inner_text() == "Live births by region"


@pytest.mark.parametrize("lang", LANGS)
def test_no_serious_or_critical_violation_on_the_map(page: Page, regions_url: str, lang: str):
    open_map(page, regions_url, lang)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("lang", LANGS)
def test_the_layout_holds_on_a_laptop_and_a_phone(
    browser: Browser, regions_url: str, lang: str, viewport: str
):
    width, height = VIEWPORTS[viewport]
    page, errors = new_page(browser, width, height)
    try:
        open_map(page, regions_url, lang)
        screenshot(page, f"regions-map_{lang}_{viewport}")
        assert text_overlaps(page) == []
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1
        map_box = page.locator(".js-plotly-plot").first.bounding_box()
        assert map_box["x"] >= 0 and map_box["x"] + map_box["width"] <= width + 1
        assert errors == []
    finally:
        page.close()
