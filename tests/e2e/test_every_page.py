"""Every page in every language on a laptop's screen, each visited once (`visit` in
conftest.py): no error box or console error, a screenshot of each, no overlapping text, no
horizontal overflow, axe-core's WCAG 2.1 A/AA and best-practice rules (no serious or critical
violation) and its contrast rule (every text at 4.5:1). One file, so that `make test`
(pytest-xdist, `--dist loadfile`) runs them in one worker and opens each page once; a phone's
screen is in test_every_page_phone.py."""

from __future__ import annotations

import pytest

from tests.e2e.checks import describe
from tests.e2e.conftest import LANGS, PAGES, Visit

pytestmark = pytest.mark.e2e


def assert_laid_out(seen: Visit) -> None:
    """No text over another, nothing wider than the screen, no console error."""
    assert seen.overlaps == []
    assert seen.overflow <= 1
    assert seen.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_error_on_any_page_and_a_screenshot_of_each(visit, name, lang):
    seen = visit(name, lang)  # saves NAME_LANG_laptop.png and NAME_LANG_laptop_full.png
    assert seen.exceptions == 0
    assert seen.error_alerts == 0
    assert seen.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_text_overlaps_and_nothing_overflows(visit, name, lang):
    assert_laid_out(visit(name, lang, "laptop"))


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
