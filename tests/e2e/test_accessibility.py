"""axe-core on every page in every language: no serious or critical violation."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.e2e.conftest import LANGS, PAGES, open_page

pytestmark = pytest.mark.e2e
AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


def axe_violations(page: Page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => await axe.run(document, {
               resultTypes: ['violations'],
               runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                               'best-practice']}
           })"""
    )
    return [v for v in result["violations"] if v["impact"] in BLOCKING]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = [", ".join(node["target"]) for node in v["nodes"][:3]]
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_violation(page: Page, app_url: str, name: str, lang: str):
    open_page(page, app_url, PAGES[name], lang=lang)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_the_checker_finds_a_planted_violation(page: Page, app_url: str):
    """The check can fail: a button with no accessible name is reported."""
    open_page(page, app_url, lang="en")
    page.evaluate(
        "() => { const b = document.createElement('button');"
        " document.querySelector('[data-testid=stMain]').appendChild(b); }"
    )
    assert any(v["id"] == "button-name" for v in axe_violations(page))
