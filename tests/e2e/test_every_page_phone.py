"""Every page in every language on a phone's 390×844 screen, each visited once: no
overlapping text, no horizontal overflow, no console error, a screenshot of the first screen.
(A file of its own, so that `make test` runs it beside the laptop's checks.)"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import LANGS, PAGES
from tests.e2e.test_every_page import assert_laid_out

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_text_overlaps_and_nothing_overflows_on_a_phone(visit, name, lang):
    assert_laid_out(visit(name, lang, "phone"))
