"""The Overview, the Explorer and the Downloads as an official uses them (issue 15), in each
language: a year with milestones only, figures whose period is not stated, the domains' order."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from dashboard import formatting
from dashboard.i18n import strings, t
from indicators.codes import DOMAINS
from tests.dashboard.helpers import card_blocks, cards_in, kpi_cards
from tests.dashboard.test_app import fresh_caches, metric_values, run, shown_text

LANGS = ["kk", "ru", "en"]
__all__ = ["fresh_caches"]  # the autouse fixture, shared with test_app


def _plain(text: str) -> str:
    return text.replace("\\", "")


@pytest.fixture
def stated_only(stated_tables, monkeypatch):
    """The stated figures alone (the official series have values in most years)."""
    from loaders.paths import TABLES_ENV

    monkeypatch.setenv(TABLES_ENV, str(stated_tables))


@pytest.mark.parametrize("lang", LANGS)
def test_a_year_with_milestones_only_says_what_it_has_and_which_years_have_figures(
    lang, stated_only
):
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
def test_the_official_series_give_2023_as_the_newest_year_with_figures(lang):
    at = run(lang=lang, year="2025")
    years = ", ".join(str(y) for y in range(2023, 2009, -1))  # the national series, 2010-2023
    assert _plain(t("years_with_figures", lang, years=years)) in shown_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_protection_comes_before_demography_and_participation_comes_last(lang, stated_only):
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
    """No file of 0 rows; instead, as on the Overview: the years that have figures, the
    year's milestones, and where the figures without a stated period are."""
    at = run("pages/downloads.py", lang=lang, year="2025")
    text = shown_text(at)
    assert len(at.dataframe) == 1  # "everything" only
    assert t("year_without_figures", lang, year=2025) in text
    assert t("years_with_figures", lang, years="2023, 2022").split("2022")[0] in text
    assert t("timeline_year_link", lang, year=2025) in [p.label for p in at.get("page_link")]
    assert t("downloads_undated_below", lang, table=t("downloads_all", lang)) in text


# Latin words a kk or ru page may show of its own: names of file formats and of a standard.
OWN_LATIN = {"CSV", "Excel", "Parquet", "PDF", "ISO", "SDMX"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]*")


def _latin_words(text: str) -> set[str]:
    text = re.sub(r"\{[a-z_]+\}", "", text)  # placeholders
    return {w for w in LATIN_WORD.findall(text) if w.strip("_") not in OWN_LATIN}


def test_no_english_word_in_the_kazakh_and_russian_strings():
    # The column descriptions of the Excel file name the codes a file holds (`_T`, `PA` ...).
    found = {
        (key, lang): _latin_words(str(texts[lang]))
        for key, texts in strings().items()
        if not key.startswith("col_")
        for lang in ("kk", "ru")
    }
    assert {k: v for k, v in found.items() if v} == {}


def _page_texts(at) -> list[str]:
    """The page's own texts: headings, paragraphs, notices, labels, table headings; the
    document's full text, quotes («...») and HTML markup left out."""
    texts = []
    for kind in ("markdown", "caption", "title", "subheader", "info", "warning"):
        for element in at.get(kind):
            if 'class="source-text"' in element.value:
                continue
            texts.append(element.value)
    texts += [m.label for m in at.metric] + [s.label for s in at.selectbox]
    texts += [str(c) for frame in at.dataframe for c in frame.value.columns]
    texts += [link.proto.label for link in at.get("page_link")]
    texts += [element.proto.body for element in at.get("html")]  # the Overview's cards
    cleaned = []
    for text in texts:
        text = re.sub(r"<style>.*?</style>", " ", _plain(text))
        cleaned.append(re.sub(r"<[^>]+>|&[a-z]+;|:orange-badge\[|«[^»]*»|\[(kk|ru)\]", " ", text))
    return cleaned


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize(
    "page, params",
    [
        ("pages/overview.py", {}),
        ("pages/overview.py", {"year": "2025"}),
        ("pages/timeline.py", {}),
        ("pages/explorer.py", {"indicator": "CRIME_GRAVE_VS_CHILDREN_CHANGE", "year": "2025"}),
        ("pages/sources.py", {"source": "karin_unicef_meeting_ru", "quote": "CRIME_GRAVE_CHANGE"}),
        ("pages/sources.py", {"source": "conf2016_report_ru"}),
        ("pages/downloads.py", {"year": "2025"}),
    ],
)
def test_no_english_word_internal_code_or_path_on_a_kazakh_or_russian_page(lang, page, params):
    texts = _page_texts(run(page, lang=lang, **params))
    latin = set().union(*(_latin_words(text) for text in texts))
    # Names in the data itself: publishers and a survey; the letters of SDG numbers (3.b.1).
    assert latin - {"Baq", "kz", "Zakon", "MICS", "a", "b", "c"} == set()


@pytest.mark.parametrize("lang", LANGS)
def test_notes_and_period_reasons_are_shown_under_the_cards(lang):
    text = shown_text(run(lang=lang))
    grave = {
        "kk": "Төмендеудің кезеңі де, салыстырылатын базалық кезең де көрсетілмеген.",
        "ru": "Не указаны ни период снижения, ни базовый период, с которым его сравнивают.",
        "en": "Neither the period of the fall nor its base period is stated.",
    }[lang]
    assert grave in text
    reason = {"kk": "осы шақта", "ru": "в настоящем времени", "en": "present tense"}[lang]
    assert reason in text  # the number of children: how its period was worked out


@pytest.mark.parametrize("lang", LANGS)
def test_each_badge_explains_itself_when_opened_or_hovered(lang):
    at = run(lang=lang, year="2016")
    badges = [badge for card in kpi_cards(at) for badge in card.badges]
    assert badges and all(explained for _, explained in badges)
    partial = next(b for b in badges if b[0] == t("status_PA", lang))
    assert partial[1] == t("status_PA_help", lang)  # a tap, a click or the keyboard opens it
    hover = f'title="{html.escape(t("status_PA_help", lang))}"'
    assert any(hover in block for block in card_blocks(at))  # and it shows on hover


@pytest.mark.parametrize("lang", LANGS)
def test_a_cards_source_links_to_its_quote_in_the_document(lang):
    at = run(lang=lang)
    (grave,) = [c for c in kpi_cards(at) if any("CRIME_GRAVE_CHANGE" in u for u in c.links)]
    url = f"sources?source=karin_unicef_meeting_ru&quote=CRIME_GRAVE_CHANGE&lang={lang}"
    assert grave.links == [url]
    assert t("quote_link", lang) in grave.source
    assert "«" in grave.source and t("quote", lang) in grave.source


@pytest.mark.parametrize("lang", LANGS)
def test_the_sources_page_opens_at_the_quote_with_its_figure_named(lang):
    at = run(
        "pages/sources.py", lang=lang, source="karin_unicef_meeting_ru", quote="CRIME_GRAVE_CHANGE"
    )
    focus = next(m.value for m in at.markdown if 'class="quote-focus"' in m.value)
    assert '<mark class="focus">снижение особо тяжких преступлений' in focus
    text = shown_text(at)
    assert t("quote_for_figure", lang) in text
    name = {"kk": "аса ауыр", "ru": "особо тяжких", "en": "especially grave"}[lang]
    assert name in text.split(t("quote_for_figure", lang))[1][:200]
    assert at.query_params["quote"] == "CRIME_GRAVE_CHANGE"


def test_an_unknown_quote_warns_and_shows_the_document():
    at = run("pages/sources.py", lang="ru", source="conf2016_report_ru", quote="NOPE")
    assert any("NOPE" in w.value for w in at.warning)
    assert not any('class="quote-focus"' in m.value for m in at.markdown)


@pytest.mark.parametrize("lang", LANGS)
def test_a_domain_of_many_cards_shows_the_first_and_folds_the_rest(lang, monkeypatch):
    from dashboard import components

    monkeypatch.setattr(components, "CARDS_PER_DOMAIN", 2)
    at = run(lang=lang, year="2016")
    domains = card_blocks(at)
    assert domains
    for domain in domains:
        cards = cards_in(domain)
        folded = [c for c in cards if c.folded]
        assert len(cards) - len(folded) == min(2, len(cards))
        if folded:  # a disclosure that says how many it holds and opens in place
            summary = t("more_cards", lang, count=len(folded))
            assert f'class="kpi-more"><summary>{summary}</summary>' in domain
        else:
            assert 'class="kpi-more"' not in domain
    assert any(c.folded for c in kpi_cards(at))  # the third conference card, among others


@pytest.mark.parametrize("lang", LANGS)
def test_a_domain_of_very_many_cards_draws_the_rest_when_asked(lang, monkeypatch):
    """Past FOLDED_AT_MOST, the rest is not in the page until its switch is turned on."""
    from dashboard import components

    monkeypatch.setattr(components, "CARDS_PER_DOMAIN", 2)
    monkeypatch.setattr(components, "FOLDED_AT_MOST", 0)
    at = run(lang=lang, year="2016")
    assert not any(c.folded for c in kpi_cards(at))
    shown = len(kpi_cards(at))
    switch = next(s for s in at.toggle if s.label == t("more_cards", lang, count=1))
    switch.set_value(True).run()
    assert len(kpi_cards(at)) == shown + 1  # the third conference card
    assert not any(c.folded for c in kpi_cards(at))


@pytest.mark.parametrize("lang", LANGS)
def test_the_stated_crime_figures_show_before_the_fold_under_protection(lang, seed_tables):
    """Protection holds five official series and the two stated falls in crimes: the stated
    ones are among the first CARDS_PER_DOMAIN, not folded under "the other figures"."""
    from dashboard.tables import read_tables
    from dashboard.views import overview

    protection = overview.kpis(read_tables(seed_tables), None, lang)["protection"]
    stated = [c for c in protection.undated if c.origin == "stated"]
    assert len(stated) == 2 and len(protection.cards) + len(stated) > 6
    at = run(lang=lang)
    assert any(t("more_cards", lang, count=1) in block for block in card_blocks(at))
    assert {c.value for c in stated} <= set(metric_values(at))


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


PUBLISHER = {
    "kk": "Қазақстан Республикасы Ұлттық статистика бюросы",
    "ru": "Бюро национальной статистики Республики Казахстан",
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_official_sources_are_named_in_the_readers_words(lang):
    """A dataset file is named by the indicator it holds and its publisher in the reader's
    language, in the cards' sources, the tables and the labelled extract; a quote's language
    in words (no file name, no English name, no `mul`)."""
    overview = run(lang=lang, year="2019")
    official = [c.source for c in kpi_cards(overview) if t("origin_official", lang) in c.lines]
    assert official
    for source in official:
        assert PUBLISHER[lang] in source and "Bureau" not in source and ".csv" not in source
    downloads = run("pages/downloads.py", lang=lang, year="2019")
    frame = downloads.dataframe[0].value
    sources = set(frame[t("source", lang)])
    assert _title(t("dataset_file", lang, indicator="3.2.1")) in sources
    assert not {s for s in sources if ".csv" in s}
    languages = set(frame[t("quote_lang", lang)])
    assert languages and languages <= {t(f"lang_{c}", lang) for c in ("kk", "ru", "en", "mul")}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_labelled_extract_names_sources_and_languages_in_words(seed_tables, lang):
    from dashboard.extracts import extract_table, labelled_table
    from dashboard.selection import Selection
    from dashboard.tables import read_tables

    tables = read_tables(seed_tables)
    labelled = labelled_table(tables, extract_table(tables, Selection(), lang), lang)
    sources = set(labelled.column(t("source", lang)).to_pylist())
    assert not {s for s in sources if s and ".csv" in s}
    languages = set(labelled.column(t("quote_lang", lang)).to_pylist())
    assert "mul" not in languages and t("lang_mul", lang) in languages


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize(
    "page, params",
    [
        ("pages/explorer.py", {"indicator": "SDG_3_2_1"}),
        ("pages/sources.py", {}),
        ("pages/regions.py", {}),
    ],
)
def test_every_select_box_prompts_in_the_readers_language(lang, page, params):
    """Streamlit's own placeholder is English ("Choose an option"): each control sets its own."""
    boxes = run(page, lang=lang, **params).selectbox
    assert boxes
    prompts = {box.proto.placeholder for box in boxes}
    assert prompts <= {t("choose_option", lang), t("regions_open", lang)}
