"""The dashboard as officials meet it: real server, real browser."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import openpyxl
import pytest
from playwright.sync_api import Page, expect
from pysdmx.io import read_sdmx

from dashboard import extracts
from tests.e2e.conftest import new_page, open_page, wait_idle

pytestmark = pytest.mark.e2e
NBSP = "\u00a0"


KPI_VALUE = '[data-testid="stMetricValue"], [data-kpi-value]'


def metric_texts(page: Page) -> list[str]:
    """The KPI values on the page: the Overview's cards' and any metric's."""
    return page.locator(KPI_VALUE).all_inner_texts()


def open_source(page: Page, card_text: str):
    """Open the Source disclosure of the card holding `card_text`; its content."""
    card = page.locator("article.kpi", has_text=card_text).first
    card.locator(".kpi-source > summary").click()
    return card.locator(".kpi-source")


def params(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def choose_year(page: Page, year: str) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_role("radio", name=year, exact=True).click()
    wait_idle(page)


def test_overview_in_russian_shows_births_and_its_source_and_quote(page: Page, app_url: str):
    open_page(page, app_url, lang="ru")
    # Survival and health (the official series' cards) first, then protection, whose fall in
    # grave crimes comes before demography's births.
    expect(page.locator("[data-kpi-value]", has_text="-30%")).to_have_count(1)
    values = [v.strip() for v in metric_texts(page)]
    assert values.index("-30%") < values.index(f"308{NBSP}297")
    source = open_source(page, "Число родившихся")
    expect(source).to_contain_text("МЕЙІРІМДІ ҚАЗАҚСТАН")
    expect(source).to_contain_text("308 297 бала дүниеге келген")
    expect(source.locator("a")).to_be_in_viewport()
    assert page.console_errors == []


def test_choosing_2025_changes_the_kpis_and_the_url_and_the_link_reproduces_it(
    page: Page, app_url: str, browser
):
    open_page(page, app_url, lang="en")
    before = metric_texts(page)
    assert "308,297" in before
    choose_year(page, "2025")
    expect(page.get_by_text("No figure has a period ending in 2025.")).to_be_visible()
    assert "308,297" not in metric_texts(page)
    assert "-30%" in metric_texts(page)  # its period is not stated: shown under every year
    assert params(page)["year"] == ["2025"]
    link = page.url

    fresh, errors = new_page(browser)
    try:
        fresh.goto(link)
        wait_idle(fresh)
        expect(fresh.get_by_text("No figure has a period ending in 2025.")).to_be_visible()
        chosen = fresh.locator('[data-testid="stSidebar"]').get_by_role("radio", name="2025")
        expect(chosen).to_have_attribute("aria-checked", "true")
        assert errors == []
    finally:
        fresh.close()


def test_switching_language_changes_text_and_number_format(page: Page, app_url: str):
    open_page(page, app_url, lang="ru")
    page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="Қаз", exact=True).click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text("Қазақстандағы бала құқықтары")
    assert f"5{NBSP}460{NBSP}449" in metric_texts(page)
    assert params(page)["lang"] == ["kk"]
    page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="Eng", exact=True).click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text("Child rights in Kazakhstan")
    assert "5,460,449" in metric_texts(page)
    assert "more than 1,300" in metric_texts(page)
    assert params(page)["lang"] == ["en"]


def test_timeline_shows_the_milestones_and_hover_text(page: Page, app_url: str):
    open_page(page, app_url, "timeline", lang="en")
    chart = page.locator(".js-plotly-plot").first
    expect(chart).to_be_visible()
    points = chart.locator(".scatterlayer .trace .points path")
    assert points.count() >= 16
    legend = chart.locator(".legend").first.text_content()
    assert "Conference" in legend and "Treaty" in legend
    found = False
    chart.scroll_into_view_if_needed()
    for index in range(points.count()):
        box = points.nth(index).bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(150)
        hover = chart.locator(".hoverlayer").first.text_content() or ""
        if "Child-friendly Kazakhstan" in hover:
            found = True
            assert "more than 1,300" in hover
            assert "В Астане состоялась" in hover  # the source's title
            break
    assert found, "no hover text for the 2016 conference"
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("indicator", "title", "value"),
    [("BIRTHS", "Live births", "308,297"), ("EVENT_PARTICIPANTS", "Event participants", None)],
)
def test_explorer_from_the_url(page: Page, app_url: str, indicator, title, value):
    open_page(page, app_url, "explorer", lang="en", indicator=indicator)
    expect(page.locator("h1").first).to_have_text(title)
    expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible()
    if value:
        assert value in metric_texts(page)
    assert params(page)["indicator"] == [indicator]
    assert page.console_errors == []


def test_explorer_shows_announced_and_reported_participants(page: Page, app_url: str):
    open_page(page, app_url, "explorer", lang="en", indicator="EVENT_PARTICIPANTS")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    expect(grid).to_be_visible()
    # The chart is not drawn for one period; the table holds both figures.
    csv_text = _download(page, "Download CSV").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert sorted(r["value"] for r in rows) == ["1000", "1300"]
    assert {r["obs_status"] for r in rows} == {"A", "F"}


def _download(page: Page, label: str, index: int = 0) -> bytes:
    button = page.get_by_role("button", name=label).nth(index)
    button.scroll_into_view_if_needed()
    with page.expect_download() as info:
        button.click()
    download = info.value
    return open(download.path(), "rb").read()


def test_downloads_csv_and_xlsx_from_the_page(page: Page, app_url: str):
    open_page(page, app_url, "downloads", lang="ru", year="2016")
    raw = _download(page, "Скачать CSV")
    assert raw.startswith(b"\xef\xbb\xbf")
    every = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {r["origin"] for r in every} == {"stated", "official"}  # the official series of 2016 too
    rows = [r for r in every if r["origin"] == "stated"]
    # Headline figures by default: 5 of the 8 stated figures of 2016 (the announced left out).
    assert len(rows) == 5 and {r["year"] for r in every} == {"2016"}
    assert {r["is_headline"] for r in rows} == {"true"}
    births = next(r for r in rows if r["indicator"] == "BIRTHS")
    assert births["value"] == "308297" and births["indicator_name"] == "Число родившихся"
    assert "308 297" in births["quote"]

    labelled = _download(page, "Скачать CSV (с подписями)").decode("utf-8-sig")
    first = next(csv.DictReader(io.StringIO(labelled)))
    assert list(first)[:3] == ["Показатель", "Территория", "Пол"]

    book = openpyxl.load_workbook(io.BytesIO(_download(page, "Скачать Excel (с подписями)")))
    assert book.sheetnames == ["Данные", "Столбцы", "Показатели", "Источники"]
    heading, *data = list(book["Данные"].values)
    assert len(data) == len(every)
    sheet_rows = [dict(zip(heading, row, strict=True)) for row in data]
    assert sum(r["Происхождение"] == "указано в тексте" for r in sheet_rows) == 5
    births = next(r for r in sheet_rows if r["Показатель"] == "Число родившихся")
    assert births["Значение"] == 308297 and births["Как сказано в источнике"] == "308\u00a0297"
    assert "308 297" in births["Цитата"] and births["Период"] == "январь–октябрь 2016"
    assert births["Год"] == 2016 and births["Статус"] == "Неполный период"
    described = [row[0] for row in list(book["Столбцы"].values)[1:]]
    assert described == list(extracts.COLUMNS)

    page.get_by_text("Включить анонсированные и неосновные цифры").click()
    wait_idle(page)
    raw = _download(page, "Скачать CSV")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert sum(r["origin"] == "stated" for r in rows) == 8


def test_downloads_sdmx_csv_that_pysdmx_reads(page: Page, app_url: str):
    open_page(page, app_url, "downloads", lang="en", year="2016")
    button = page.get_by_role("button", name="Download SDMX-CSV").first
    button.scroll_into_view_if_needed()
    with page.expect_download() as info:
        button.click()
    assert info.value.suggested_filename == "kz-child-rights_2016_KZ_headline_en.sdmx.csv"
    text = Path(info.value.path()).read_text(encoding="utf-8")
    (dataset,) = read_sdmx(text).data
    assert dataset.short_urn == "Dataflow=KZCR:CHILD_RIGHTS(1.0)"
    assert set(dataset.data["OBS_STATUS"]) == {"A", "PA"}  # the headline figures of 2016
    births = dataset.data[dataset.data["INDICATOR"] == "BIRTHS"].iloc[0]
    assert float(births["OBS_VALUE"]) == 308297 and births["TIME_PERIOD"] == "2016-01/2016-10"


def test_download_file_names_say_what_is_inside(page: Page, app_url: str):
    open_page(page, app_url, "downloads", lang="ru", year="2016")
    button = page.get_by_role("button", name="Скачать CSV").first
    with page.expect_download() as info:
        button.click()
    assert info.value.suggested_filename == "kz-child-rights_2016_KZ_headline_ru.csv"


def test_bad_year_in_the_url_falls_back_with_a_notice(page: Page, app_url: str):
    open_page(page, app_url, lang="en", year="abc")
    expect(page.get_by_text(re.compile("Year “abc” is not in the data"))).to_be_visible()
    assert "308,297" in metric_texts(page)


def test_a_cards_source_link_lands_on_the_highlighted_quote(page: Page, app_url: str):
    open_page(page, app_url, lang="ru")
    link = open_source(page, "особо тяжких").locator("a")
    expect(link).to_have_text("Открыть цитату в документе")
    href = link.get_attribute("href")
    assert "source=karin_unicef_meeting_ru" in href and "quote=CRIME_GRAVE_CHANGE" in href
    with page.context.expect_page() as opened:
        link.click(modifiers=["Control"])  # a new tab, as a reader keeps the Overview open
    quote_page = opened.value
    try:
        wait_idle(quote_page)
        mark = quote_page.locator("blockquote.quote-focus mark.focus")
        expect(mark).to_contain_text("снижение особо тяжких преступлений")
        expect(mark).to_be_in_viewport()  # in view without scrolling
        expect(quote_page.get_by_text("Цитата подтверждает цифру")).to_be_in_viewport()
        expect(quote_page.locator("blockquote.quote-focus")).to_be_visible()
        box = quote_page.locator("[data-testid=stMain]").get_by_text(
            "Изменение числа особо тяжких преступлений против детей"
        )
        expect(box.first).to_be_in_viewport()
    finally:
        quote_page.close()
