"""axe-core on every page in every language: no serious or critical violation, every text
at 4.5:1 contrast (from the one visit of each page: conftest.visit)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.e2e.checks import axe_violations, contrast_violations, describe
from tests.e2e.conftest import LANGS, PAGES, open_page

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_violation(visit, name: str, lang: str):
    violations = visit(name, lang).violations
    assert violations == [], describe(violations)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PAGES))
def test_every_text_meets_the_contrast_rule(visit, name: str, lang: str):
    violations = visit(name, lang).contrast
    assert violations == [], describe(violations)


@pytest.mark.parametrize("lang", LANGS)
def test_a_cards_tooltip_and_a_badges_help_meet_the_contrast_rule(
    page: Page, app_url: str, lang: str
):
    open_page(page, app_url, lang=lang, year="2016")
    page.locator('[data-testid="stTooltipHoverTarget"]').first.hover()
    page.locator('[data-testid="stTooltipContent"]').first.wait_for()
    violations = contrast_violations(page)
    assert violations == [], describe(violations)


def test_the_contrast_check_finds_planted_grey_text(page: Page, app_url: str):
    open_page(page, app_url, lang="en")
    page.evaluate(
        "() => { const p = document.createElement('p'); p.textContent = 'faint';"
        " p.style.color = '#bbbbbb'; p.style.background = '#ffffff';"
        " document.querySelector('[data-testid=stMain] h1').after(p); }"
    )
    assert [v["id"] for v in contrast_violations(page)] == ["color-contrast"]


def test_the_checker_finds_a_planted_violation(page: Page, app_url: str):
    """The check can fail: a button with no accessible name is reported."""
    open_page(page, app_url, lang="en")
    page.evaluate(
        "() => { const b = document.createElement('button');"
        " document.querySelector('[data-testid=stMain]').appendChild(b); }"
    )
    assert any(v["id"] == "button-name" for v in axe_violations(page))
