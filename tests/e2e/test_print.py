"""Printing: the browser's print of the Overview and the Explorer carries every card's source and
quote (not only their hover text), and the Overview's PDF brief downloads from the page."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from playwright.sync_api import Page

from dashboard.components import CARDS_PER_DOMAIN
from dashboard.tables import read_tables
from dashboard.views import explorer, overview
from tests.e2e.conftest import open_page

pytestmark = pytest.mark.e2e


def pdf_spaces(text: str) -> str:
    # NFKC: Chromium's PDF sets "ff" and "fi" as ligatures ("oﬀicial"); their letters count.
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return pdf_spaces(" ".join(page.extract_text() for page in reader.pages))


def printed(page: Page) -> str:
    page.emulate_media(media="print")
    return pdf_text(page.pdf(format="A4", print_background=True))


def expected_lines(lines: str) -> list[str]:
    """A card's source line and quote line, as a printout holds them (spaces normalised)."""
    return [pdf_spaces(line) for line in lines.split("\n") if line.strip()]


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_printing_the_overview_shows_each_cards_source_and_quote(
    page: Page, app_url: str, seed_tables, lang
):
    tables = read_tables(seed_tables)
    groups = overview.kpis(tables, 2016, lang)
    # The cards the page shows: a domain of many shows CARDS_PER_DOMAIN until asked for all.
    cards = [
        card
        for group in groups.values()
        for shown in group.first(CARDS_PER_DOMAIN)
        for card in shown
    ]
    assert len(cards) >= 5
    open_page(page, app_url, lang=lang, year="2016")
    # A long token (an official file's line, commas and all) may wrap anywhere in print.
    text = re.sub(r"\s", "", printed(page))
    for card in cards:
        assert len(card.source_lines) == 2
        for line in expected_lines("\n".join(card.source_lines)):
            assert re.sub(r"\s", "", line) in text, (card.indicator, line)


def test_the_sources_are_not_on_the_screen(page: Page, app_url: str):
    open_page(page, app_url, lang="en", year="2016")
    printed_only = page.locator(".print-only, .kpi-print")  # a card's is .kpi-print
    assert printed_only.count() >= 5
    assert all(not box.is_visible() for box in printed_only.all())


def test_printing_the_explorer_shows_each_values_source_and_quote(
    page: Page, app_url: str, seed_tables
):
    tables = read_tables(seed_tables)
    series = explorer.indicator_series(tables, "EVENT_PARTICIPANTS", "ru")
    assert len(series) >= 1
    open_page(page, app_url, "explorer", lang="ru", indicator="EVENT_PARTICIPANTS")
    text = printed(page)
    for lines in series["printed"]:
        for line in expected_lines(lines):
            assert line in text, line


def test_the_pdf_brief_downloads_from_the_overview(page: Page, app_url: str):
    open_page(page, app_url, lang="kk", year="2016")
    with page.expect_download() as info:
        page.get_by_role("button", name="PDF анықтама").click()
    download = info.value
    assert download.suggested_filename == "kz-child-rights-brief_2016_KZ_kk.pdf"
    text = pdf_text(Path(download.path()).read_bytes())
    assert "308 297" in text
    assert "2016 жылдың 10 айының қорытындысы бойынша 308 297 бала дүниеге келген" in text
    assert f"{app_url}/?lang=kk&year=2016" in text
