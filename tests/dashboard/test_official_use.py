"""The Overview, the Explorer and the Downloads as an official uses them (issue 15), in each
language: a year with milestones only, figures whose period is not stated, the domains' order."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import formatting
from dashboard.i18n import t
from indicators.codes import DOMAINS
from tests.dashboard.test_app import fresh_caches, metric_values, run, shown_text

LANGS = ["kk", "ru", "en"]
__all__ = ["fresh_caches"]  # the autouse fixture, shared with test_app


def _plain(text: str) -> str:
    return text.replace("\\", "")


@pytest.mark.parametrize("lang", LANGS)
def test_a_year_with_milestones_only_says_what_it_has_and_which_years_have_figures(lang):
    at = run(lang=lang, year="2025")
    text = shown_text(at)
    assert _plain(t("year_without_figures", lang, year=2025)) in text
    assert _plain(t("years_with_figures", lang, years="2016")) in text
    assert t("year_has_milestones", lang, year=2025) in text
    links = at.get("page_link")
    assert [link.proto.label for link in links] == [t("timeline_year_link", lang, year=2025)]
    assert links[0].proto.page.endswith("timeline")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", ["2016", "2025"])
def test_figures_whose_period_is_not_stated_stay_under_a_chosen_year(lang, year):
    at = run(lang=lang, year=year)
    assert any(v.endswith("30%") for v in metric_values(at))  # the fall in grave crimes
    assert t("undated_line", lang) in shown_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_protection_comes_before_demography_and_participation_comes_last(lang):
    headings = [s.value for s in run(lang=lang).subheader]
    domains = [d for d in DOMAINS if t(f"domain_{d}", lang) in headings]
    assert domains[:2] == ["protection", "demography"] and domains[-1] == "participation"
    assert [h for h in headings if h in {t(f"domain_{d}", lang) for d in DOMAINS}] == [
        t(f"domain_{d}", lang) for d in domains
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_each_dated_card_and_domain_says_how_recent_it_is(lang):
    text = shown_text(run(lang=lang, year="2016"))
    births_ago = formatting.elapsed(dt.date(2016, 10, 31), dt.date.today(), lang)
    assert _plain(t("card_age", lang, ago=births_ago)) in text
    population_ago = formatting.elapsed(dt.date(2016, 12, 31), dt.date.today(), lang)
    assert _plain(t("domain_newest", lang, period="2016", ago=population_ago)) in text
    assert t("domain_undated_only", lang) in text  # protection: no crime figure has a period


@pytest.mark.parametrize("lang", LANGS)
def test_the_explorer_under_a_year_with_values_shows_that_years_value(lang):
    at = run("pages/explorer.py", lang=lang, indicator="BIRTHS", year="2016")
    assert any(v.replace("\u00a0", "").replace(",", "") == "308297" for v in metric_values(at))
    assert len(at.dataframe) == 1
    assert not at.info


@pytest.mark.parametrize("lang", LANGS)
def test_the_explorer_under_a_year_without_values_says_so_and_names_the_years(lang):
    at = run("pages/explorer.py", lang=lang, indicator="BIRTHS", year="2025")
    assert metric_values(at) == []  # not the 2016 births under 2025
    assert not at.dataframe  # no table and no download of 0 rows
    text = shown_text(at)
    assert t("no_values_year", lang, year=2025) in text
    assert t("years_with_values", lang, years="2016") in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_explorer_keeps_values_without_a_period_under_any_year(lang):
    at = run(
        "pages/explorer.py", lang=lang, indicator="CRIME_GRAVE_VS_CHILDREN_CHANGE", year="2016"
    )
    text = shown_text(at)
    assert t("values_undated", lang) in text
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_downloads_of_a_year_without_figures_offer_no_empty_file(lang):
    at = run("pages/downloads.py", lang=lang, year="2025")
    assert t("no_rows", lang) in shown_text(at)
    assert len(at.dataframe) == 1
