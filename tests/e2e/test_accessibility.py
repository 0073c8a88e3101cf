"""axe-core where a page changes under the reader (a card's source, a badge's help), and proof that
the checks can fail; every page as it opens is checked in test_every_page.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.e2e.checks import axe_violations, contrast_violations, describe
from tests.e2e.conftest import LANGS, open_page

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("lang", LANGS)
def test_a_cards_source_and_a_badges_help_meet_the_contrast_rule(
    page: Page, app_url: str, lang: str
):
    open_page(page, app_url, lang=lang, year="2016")
    for disclosure in (".kpi-source", ".kpi-badge"):
        page.locator(f"{disclosure} > summary").first.click()
        page.locator(f"{disclosure}[open]").first.wait_for()
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
