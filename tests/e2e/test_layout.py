"""Layouts at a laptop's 1366×768 and a phone's 390×844: KPI panels wrap, no text overlaps."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from dashboard.i18n import t
from tests.e2e.checks import overlapping, text_overlaps
from tests.e2e.conftest import LANGS, VIEWPORTS, new_page, open_page

pytestmark = pytest.mark.e2e


def kpi_cards(page: Page) -> list[dict]:
    """The bordered panel of each KPI shown (not folded under "the other figures")."""
    return page.evaluate(
        """() => [...document.querySelectorAll('[data-testid=stMain] article.kpi')]
            .filter(e => e.checkVisibility())
            .map((e, i) => { const r = e.getBoundingClientRect();
                return {i, x: r.left, y: r.top + window.scrollY, w: r.width, h: r.height}; })"""
    )


def test_kpi_panels_wrap_on_a_phone_and_sit_side_by_side_on_a_laptop(browser: Browser, app_url):
    counts, rows, widest = {}, {}, {}
    for viewport, (width, height) in VIEWPORTS.items():
        page, _ = new_page(browser, width, height)
        try:
            open_page(page, app_url, lang="ru")
            cards = kpi_cards(page)
            assert all(c["x"] >= 0 and c["x"] + c["w"] <= width + 1 for c in cards)
            assert not any(overlapping(a, b) for a in cards for b in cards if a["i"] < b["i"])
            tops = [round(c["y"]) for c in cards]
            counts[viewport] = len(cards)
            rows[viewport] = len(set(tops))
            widest[viewport] = max(tops.count(top) for top in tops)
        finally:
            page.close()
    # The same cards on both screens (stated figures and official series' trend cards).
    assert counts["phone"] == counts["laptop"] >= 9
    assert rows["phone"] == counts["phone"]  # one panel per row
    assert widest["laptop"] == 3  # up to three panels side by side
    assert rows["laptop"] < counts["laptop"]


def test_the_overlap_check_can_fail(page: Page, app_url: str):
    open_page(page, app_url, lang="en")
    page.evaluate(
        """() => { const h = document.querySelector('[data-testid=stMain] h1');
                   h.style.marginBottom = '-80px'; }"""
    )
    assert text_overlaps(page) != []


@pytest.fixture
def phone(browser: Browser):
    page, _ = new_page(browser, *VIEWPORTS["phone"])
    yield page
    page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_first_screen_holds_the_most_important_card(phone: Page, app_url, lang):
    open_page(phone, app_url, lang=lang)
    first = phone.locator('[data-testid="stMain"] article.kpi').first
    box = first.bounding_box()
    assert box is not None and box["y"] + box["height"] <= VIEWPORTS["phone"][1]
    # The first card is the first domain's, children's survival and health (an official series).
    health = t("domain_health", lang)
    heading = phone.locator('[data-testid="stMain"] [data-testid="stHeading"]', has_text=health)
    assert heading.first.bounding_box()["y"] < box["y"]


def test_on_a_phone_tables_show_the_value_beside_the_indicator(phone: Page, app_url):
    open_page(phone, app_url, "downloads", lang="ru")
    grid = phone.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    headers = grid.locator('[role="columnheader"]').all_inner_texts()
    assert headers[:2] == ["Показатель", "Значение"]
    shot = grid.screenshot()  # the first two columns fit in the screen's width
    assert grid.bounding_box()["width"] <= VIEWPORTS["phone"][0]
    assert shot


def test_on_a_phone_the_timelines_hover_label_stays_inside_the_screen(phone: Page, app_url):
    open_page(phone, app_url, "timeline", lang="ru")
    points = phone.locator(".js-plotly-plot .scatterlayer .trace .points path")
    assert points.count() > 5
    width = VIEWPORTS["phone"][0]
    measured = 0
    for index in range(points.count()):
        point = points.nth(index)
        point.scroll_into_view_if_needed()
        point.hover(force=True)
        label = phone.locator(".js-plotly-plot .hoverlayer .hovertext").first
        # The label may be gone again by the time it is measured (plotly redraws on scroll).
        box = label.bounding_box() if label.count() else None
        if box is None:
            continue
        measured += 1
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (index, box)
    assert measured > points.count() // 2  # most points' labels were seen and measured
