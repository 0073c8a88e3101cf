"""Official series in the browser: a trend card on the Overview, a line over the years in the
Explorer, in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from playwright.sync_api import Locator, Page, expect

from dashboard.i18n import t
from indicators.areas import COUNTRY
from indicators.codes import OFFICIAL, TOTAL
from tests.dashboard.helpers import svg_of
from tests.e2e.conftest import LANGS, open_page, screenshot

pytestmark = pytest.mark.e2e
UNDER_FIVE = "SDG_3_2_1"
BREAKDOWNS = ("sex", "age", "urbanisation", "education_level", "wealth_quintile")
# The years a trend line spans, in its text alternative ("Trend 2010–2019: ...").
YEARS = re.compile(r"\d{4}–\d{4}")


def national_total_years(tables: Path, code: str) -> set[int]:
    """The years of an indicator's national official values at every breakdown's total."""
    rows = pq.read_table(tables / "observations.parquet")
    keep = pc.and_(pc.equal(rows["indicator"], code), pc.equal(rows["origin"], OFFICIAL))
    keep = pc.and_(keep, pc.equal(rows["ref_area"], COUNTRY))
    keep = pc.and_(keep, pc.invert(rows["conflict"]))
    for dim in BREAKDOWNS:
        keep = pc.and_(keep, pc.equal(rows[dim], TOTAL))
    chosen = rows.filter(keep)
    assert chosen.num_rows == len(set(chosen["year"].to_pylist())), "one national row a year"
    return set(chosen["year"].to_pylist())


def official_cards(page: Page, lang: str) -> Locator:
    """The Overview's cards that show an official series' value."""
    return page.locator("article.kpi").filter(has_text=t("origin_official", lang))


@pytest.mark.parametrize("lang", LANGS)
def test_overview_shows_an_official_trend_card_with_its_line(page: Page, app_url: str, lang):
    open_page(page, app_url, lang=lang)
    cards = official_cards(page, lang)
    assert cards.count() >= 1
    # The card's trend: an SVG line drawn as an image (dashboard.markup.sparkline_img), with
    # its words as the image's text alternative.
    trend = cards.locator("img.kpi-trend").first
    trend.scroll_into_view_if_needed()
    expect(trend).to_be_visible()
    box = trend.bounding_box()
    assert box and box["width"] > 20 and box["height"] > 0
    assert trend.evaluate("img => img.complete && img.naturalWidth > 0")  # the line is drawn
    src = svg_of(trend.get_attribute("src") or "")
    points = re.search(r'points="([^"]*)"', src).group(1).split()
    assert len(points) >= 2  # a line, not a dot
    assert YEARS.search(trend.get_attribute("alt") or "")
    screenshot(page, f"series_overview_{lang}")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_explorer_draws_under_five_mortality_one_point_a_year(
    page: Page, app_url: str, seed_tables: Path, lang
):
    years = national_total_years(seed_tables, UNDER_FIVE)
    assert len(years) >= 2
    open_page(page, app_url, "explorer", lang=lang, indicator=UNDER_FIVE)
    chart = page.locator(".js-plotly-plot").first
    chart.scroll_into_view_if_needed()
    expect(chart).to_be_visible()
    official = chart.locator(".scatterlayer .trace").first  # the official series comes first
    expect(official.locator("path.js-line")).to_be_visible()
    assert official.locator(".points path").count() == len(years)
    drawn = chart.evaluate("plot => plot.calcdata[0].map(point => point.x)")  # as drawn
    assert sorted(int(x) for x in drawn) == sorted(years)
    screenshot(page, f"series_explorer_{lang}")
    assert page.console_errors == []
