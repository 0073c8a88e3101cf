"""The app script and its pages, run with AppTest against real tables."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.tables import read_tables
from loaders.build import build
from loaders.paths import DATA_DIR, DATA_ENV, ROOT, TABLES_ENV
from loaders.publish import resolve
from tests.dashboard.helpers import (
    html_text,
    kpi_cards,
    observation,
    shown_kpis,
    with_observations,
    write_tables,
)

APP = str(ROOT / "app.py")
PAGES = [
    "pages/overview.py",
    "pages/timeline.py",
    "pages/explorer.py",
    "pages/sources.py",
    "pages/downloads.py",
]
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch, seed_tables):
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv(TABLES_ENV, str(seed_tables))
    monkeypatch.delenv(DATA_ENV, raising=False)
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def run(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def rerun(at: AppTest) -> AppTest:
    """Rerun on the default page after an interaction.

    AppTest resets Streamlit's "pages/ folder" mode before every run, so a rerun that
    requests the page the last run finished on goes through the old multipage wrapper,
    and the entrypoint's elements (our sidebar) are missing from its tree. Rerunning on
    the default page's empty hash shows them, as a browser does (see dashboard/shell.py).
    """
    at._finished_page_script_hash = ""
    at._page_hash = ""
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric_values(at: AppTest) -> list[str]:
    """The KPI values the page shows at first: its cards' (not those folded away) and any
    st.metric's."""
    return shown_kpis(at)


def all_text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [t.value for t in at.title] + [s.value for s in at.subheader]
    parts += [html_text(element.proto.body) for element in at.get("html")]
    return "\n".join(parts)


def shown_text(at: AppTest) -> str:
    """The page's text as the reader sees it: Markdown's escaping backslashes removed."""
    parts = [i.value for i in at.info] + [w.value for w in at.warning]
    return "\n".join([all_text(at), *parts]).replace("\\", "")


def test_overview_in_russian_shows_births_with_its_source_and_quote():
    at = run(lang="ru")
    assert f"308{NBSP}297" in metric_values(at)
    births = next(c for c in kpi_cards(at) if c.name == "Число родившихся")
    assert "2016 жылдың 10 айының" in births.source  # the quote, under "Источник"
    assert births.links and births.links[0].startswith("sources?source=")
    assert at.title[0].value == "Права детей в Казахстане"


def test_kazakh_is_the_default_language():
    at = run()
    assert at.title[0].value == "Қазақстандағы бала құқықтары"
    assert at.query_params["lang"] == "kk"


def test_english_formats_numbers_the_english_way():
    at = run(lang="en")
    assert "5,460,449" in metric_values(at)
    assert "more than 1,300" in metric_values(at)


def test_the_language_switch_changes_text_and_url():
    at = run(lang="en")
    at.sidebar.segmented_control[0].set_value("kk")
    rerun(at)
    assert at.title[0].value == "Қазақстандағы бала құқықтары"
    assert f"5{NBSP}460{NBSP}449" in metric_values(at)
    assert at.query_params["lang"] == "kk"


def test_year_in_the_url_filters_the_overview():
    at = run(lang="en", year="2016")
    assert at.sidebar.pills[0].value == 2016
    assert "308,297" in metric_values(at)
    assert "-30%" in metric_values(at)  # its period is not stated: shown under every year
    assert at.query_params["year"] == "2016"


def test_choosing_a_year_updates_the_kpis_and_the_url():
    at = run(lang="en")
    assert "308,297" in metric_values(at)
    at.sidebar.pills[0].set_value(2025)
    rerun(at)
    assert "308,297" not in metric_values(at)
    assert "No figure has a period ending in 2025." in shown_text(at)
    assert at.query_params["year"] == "2025"


def test_year_options_come_from_the_data():
    options = run().sidebar.pills[0].options
    assert options[0] in ("Барлық жылдар",) and "2016" in options and "1989" in options


@pytest.mark.parametrize("bad", ["abc", "1700"])
def test_a_bad_year_falls_back_to_all_years_with_a_notice(bad):
    at = run(lang="en", year=bad)
    assert at.sidebar.pills[0].value == "all"
    assert any(bad in w.value for w in at.warning)
    assert "year" not in at.query_params


def test_a_bad_language_falls_back_with_a_notice():
    at = run(lang="fr")
    assert at.title[0].value == "Қазақстандағы бала құқықтары"
    assert any("fr" in w.value for w in at.warning)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_every_language(page, lang):
    at = run(page, lang=lang)
    assert at.title  # each page has a heading
    assert not at.error


@pytest.mark.parametrize("year", ["2016", "2025", "1989", "abc"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_for_a_year_and_for_a_bad_one(page, year):
    at = run(page, lang="ru", year=year)
    assert at.title and not at.error
    # A bad year falls back to all years (its notice came with the first run) and leaves the URL.
    assert at.query_params.get("year") == (None if year == "abc" else year)


def test_explorer_reads_the_indicator_from_the_url():
    at = run("pages/explorer.py", lang="en", indicator="EVENT_PARTICIPANTS")
    assert at.title[0].value == "Event participants"


def test_explorer_for_births_has_its_single_value_and_table():
    at = run("pages/explorer.py", lang="en", indicator="BIRTHS")
    assert at.title[0].value == "Live births"
    assert "308,297" in metric_values(at)
    assert len(at.dataframe) == 1


def test_explorer_with_an_unknown_indicator_warns_and_shows_the_first():
    at = run("pages/explorer.py", lang="en", indicator="NOPE")
    assert any("NOPE" in w.value for w in at.warning)
    assert at.title[0].value == "Live births"


def test_timeline_describes_its_chart_in_text():
    at = run("pages/timeline.py", lang="en")
    assert any("from 1989 to 2025" in c.value for c in at.caption)
    assert "Law on ensuring women's rights and children's safety" in all_text(at)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_timeline_chart_writes_numbers_in_the_readers_language(lang):
    at = run("pages/timeline.py", lang=lang)
    (chart,) = at.get("plotly_chart")
    separators = json.loads(chart.proto.spec)["layout"]["separators"]
    assert separators[0] == ("." if lang == "en" else ",")


def test_downloads_offer_no_file_of_zero_rows():
    at = run("pages/downloads.py", lang="ru", year="2025")
    assert len(at.dataframe) == 1  # everything only: 2025 has no figure
    assert "Ни одна цифра не относится к периоду" in shown_text(at)


def test_downloads_show_the_selection_and_everything_but_one_table_under_all_years(
    stated_tables, monkeypatch
):
    # the stated figures alone (one area): the selection can be everything
    monkeypatch.setenv(TABLES_ENV, str(stated_tables))
    at = run("pages/downloads.py", lang="en", year="2016")
    assert [s.value for s in at.subheader] == ["Current selection: 2016", "Everything"]
    assert len(at.dataframe) == 2
    at = run("pages/downloads.py", lang="en")
    # Headline figures by default: not everything, even under all years.
    assert [s.value for s in at.subheader] == ["Current selection: All years", "Everything"]
    at.toggle[0].set_value(True).run()
    assert [s.value for s in at.subheader] == ["Everything"]
    assert len(at.dataframe) == 1


def test_downloads_name_the_area_when_the_official_series_bring_regions():
    at = run("pages/downloads.py", lang="en")
    assert [s.value for s in at.subheader] == [
        "Current selection: All years · Kazakhstan",
        "Everything",
    ]
    at.toggle[0].set_value(True).run()  # all kinds of figure, still Kazakhstan alone
    assert len(at.dataframe) == 2


@pytest.mark.parametrize(
    ("lang", "label"),
    [("en", "Download SDMX-CSV"), ("ru", "Скачать SDMX-CSV"), ("kk", "SDMX-CSV жүктеу")],
)
def test_every_table_offers_sdmx_csv_beside_csv_excel_and_parquet(lang, label):
    at = run("pages/downloads.py", lang=lang, year="2016")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count(label) == 2  # one under each of the two tables
    assert labels.index(label) > labels.index(t("download_parquet", lang))


def test_tables_on_screen_write_numbers_for_the_language():
    at = run("pages/explorer.py", lang="ru", indicator="EVENT_PARTICIPANTS")
    shown = at.dataframe[0].value
    assert set(shown["Значение"]) == {"1\u00a0300", "1\u00a0000"}
    assert set(shown["Статус"]) == {"Отчёт", "Анонсировано"}


def test_sources_page_escapes_text_from_the_data(tmp_path, seed_tables, monkeypatch):
    tables = read_tables(seed_tables)
    sources = tables.sources.copy()
    sources.loc["karin_unicef_meeting_ru", "text"] += "\n<script>alert(1)</script> <b>x</b>"
    sources.loc["karin_unicef_meeting_ru", "title"] = "<img src=x onerror=alert(1)>"
    write_tables(dataclasses.replace(tables, sources=sources), tmp_path)
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    at = run("pages/sources.py", lang="en", source="karin_unicef_meeting_ru")
    html = "\n".join(m.value for m in at.markdown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html and "<b>x</b>" not in html
    assert "<mark" in html  # quotes are highlighted
    assert at.subheader[0].value == "\\<img src=x onerror=alert(1)\\>"  # text, not HTML


def test_sources_page_lists_every_document_with_its_figures_and_mentions():
    at = run("pages/sources.py", lang="en")
    catalogue = at.dataframe[0].value
    assert len(catalogue) == 5
    used, dismissed, unchecked = "taken into the data", "not a figure", "not yet reviewed"
    assert list(catalogue.columns[-5:]) == ["Figures", "Milestones", used, dismissed, unchecked]
    assert catalogue[unchecked].sum() == 0
    assert (catalogue["Figures"] + catalogue["Milestones"] > 0).all()
    assert (catalogue[used] > 0).all()


def test_sources_page_shows_the_document_named_in_the_url():
    at = run("pages/sources.py", lang="ru", source="conf2016_announce_kk")
    picker = next(s for s in at.selectbox if s.label == "Источник")
    assert picker.value == "conf2016_announce_kk"
    assert at.query_params["source"] == "conf2016_announce_kk"
    assert "<mark" in "\n".join(m.value for m in at.markdown)


def test_sources_page_with_an_unknown_document_warns_and_shows_the_first():
    at = run("pages/sources.py", lang="en", source="NOPE")
    assert any("NOPE" in w.value for w in at.warning)
    picker = next(s for s in at.selectbox if s.label == "Document")
    assert picker.index == 0
    assert at.query_params["source"] == picker.value


def test_a_rebuild_is_picked_up_without_a_restart(tmp_path, seed_tables, monkeypatch):
    tables = read_tables(seed_tables)
    write_tables(tables, tmp_path)
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    at = run(lang="en", year="2016")
    assert "308,297" in metric_values(at)
    extra = [observation("B2016", "BIRTHS", "2016-01/2016-11", 330000)]
    write_tables(with_observations(seed_tables, extra), tmp_path)
    rerun(at)
    assert "330,000" in metric_values(at)


def test_a_failed_build_shows_a_banner_and_keeps_the_last_good_tables(tmp_path, monkeypatch):
    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("processed"))
    build(data, out)
    figures = data / "figures.yaml"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace("value: 308297", "value: 1"), encoding="utf-8"
    )
    monkeypatch.setenv(DATA_ENV, str(data))
    monkeypatch.setenv(TABLES_ENV, str(out))
    at = run(lang="en")
    assert any("could not be rebuilt" in e.value for e in at.error)
    assert any("BIRTHS_2016_JAN_OCT" in c.value for c in at.code)
    assert "308,297" in metric_values(at)


def test_missing_tables_are_built_at_start(tmp_path, monkeypatch):
    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("processed"))
    monkeypatch.setenv(DATA_ENV, str(data))
    monkeypatch.setenv(TABLES_ENV, str(out))
    at = run(lang="en")
    assert (resolve(out) / "observations.parquet").is_file()
    assert "308,297" in metric_values(at)


def _regional_tables(stated_tables, folder):
    rows = [
        observation("B_ALA", "BIRTHS", "2016-01/2016-10", 41000, ref_area="KZ-75"),
        observation("B_F", "BIRTHS", "2016-01/2016-10", 150000, sex="F"),
        observation("B_M", "BIRTHS", "2016-01/2016-10", 158297, sex="M"),
    ]
    write_tables(with_observations(stated_tables, rows), folder)


def test_the_stated_figures_alone_show_no_area_filter(stated_tables, monkeypatch):
    monkeypatch.setenv(TABLES_ENV, str(stated_tables))
    at = run(lang="en")
    assert [s.label for s in at.sidebar.pills] == ["Year"]
    assert "area" not in at.query_params


def test_the_official_series_bring_the_area_filter_with_their_regions():
    at = run(lang="en")
    area = next(s for s in at.sidebar.pills if s.label == "Area")
    assert area.options[0] == "Kazakhstan" and "South Kazakhstan Region" in area.options
    assert "Almaty" in area.options and len(area.options) == 22


def test_the_area_control_is_folded_under_the_area_chosen():
    at = run(lang="ru", area="KZ-75")
    assert [e.label for e in at.sidebar.expander] == ["Территория: город Алматы"]
    assert next(s for s in at.sidebar.pills if s.label == "Территория").value == "KZ-75"


def test_the_sidebar_controls_stay_when_a_page_stops_early():
    at = run("pages/regions.py", lang="en", year="2025")  # no regional values in 2025
    assert "2025" in shown_text(at)
    assert at.sidebar.pills[0].value == 2025
    assert at.sidebar.segmented_control[0].value == "en"
    at.sidebar.pills[0].set_value(2018)
    rerun(at)
    assert at.query_params["year"] == "2018"


def test_an_area_filter_appears_when_the_data_has_regions(tmp_path, stated_tables, monkeypatch):
    _regional_tables(stated_tables, tmp_path)
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    at = run(lang="en")
    area = next(s for s in at.sidebar.pills if s.label == "Area")
    assert len(area.options) == 2 and area.options[0] == "Kazakhstan"
    area.set_value("KZ-75")
    rerun(at)
    assert metric_values(at) == ["41,000"]
    assert at.query_params["area"] == "KZ-75"


def test_area_in_the_url_and_a_bad_area(tmp_path, stated_tables, monkeypatch):
    _regional_tables(stated_tables, tmp_path)
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    assert metric_values(run(lang="en", area="KZ-75", year="2016")) == ["41,000"]
    at = run(lang="en", area="KZ-99")
    assert any("KZ-99" in w.value for w in at.warning)
    assert "308,297" in metric_values(at)


def test_explorer_offers_a_sex_breakdown_when_the_data_has_one(
    tmp_path, stated_tables, monkeypatch
):
    _regional_tables(stated_tables, tmp_path)
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    at = run("pages/explorer.py", lang="en", indicator="BIRTHS")
    sex = next(s for s in at.selectbox if s.label == "Sex")
    assert sex.options == ["Total", "Female", "Male"]
    other = run("pages/explorer.py", lang="en", indicator="CHILD_POP")
    assert "Sex" not in [s.label for s in other.selectbox]


@pytest.mark.parametrize(
    ("page", "key"), [(None, "brief-overview"), ("pages/downloads.py", "brief-downloads")]
)
def test_the_pdf_brief_button_is_on_the_overview_and_downloads(page, key):
    at = run(page, lang="ru", year="2016")
    buttons = [b for b in at.get("download_button") if b.proto.id.endswith(key)]
    assert len(buttons) == 1
    button = buttons[0].proto
    assert button.label == "Справка в PDF"
    assert button.deferred_file_id  # made only when clicked, not on every rerun
