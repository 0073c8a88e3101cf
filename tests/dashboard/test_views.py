import datetime as dt
import re

import pyarrow.compute as pc
import pytest

from dashboard.tables import read_tables
from dashboard.views import common, explorer, options, overview, sources, timeline
from indicators.codes import DOMAINS
from tests.dashboard.helpers import observation, with_observations


@pytest.fixture(scope="module")
def tables(seed_tables):
    return read_tables(seed_tables)


def _cards(groups):
    return {c.indicator: c for g in groups.values() for c in g.cards + g.undated}


def test_year_options_come_from_the_data(tables):
    years = options.year_options(tables)
    assert years[0] == 2025 and 1989 in years and 2016 in years
    assert years == sorted(years, reverse=True)


def test_overview_for_2016_shows_births_with_partial_badge(tables):
    cards = _cards(overview.kpis(tables, 2016, "ru"))
    births = cards["BIRTHS"]
    assert births.value == "308\u00a0297"
    assert births.period == "январь–октябрь 2016"
    assert births.badges == ("Неполный период",)
    assert "2016 жылдың 10 айының" in births.source.quote
    assert births.source.quote_label == "Цитата (казахский)"
    assert births.source.link[1].startswith("sources?source=")
    assert cards["EVENT_PARTICIPANTS"].value == "более 1\u00a0300"


@pytest.mark.parametrize("year", [None, 2016, 2025])
def test_unstated_periods_have_their_own_group_in_their_domain_under_every_year(tables, year):
    groups = overview.kpis(tables, year, "en")
    unstated = {c.indicator for g in groups.values() for c in g.undated}
    assert unstated == {
        "CRIME_GRAVE_VS_CHILDREN_CHANGE",
        "CRIME_SEXUAL_VS_MINORS_CHANGE",
        "LAWS_AMENDED",
        "FUND_INCOME_SHARE_TO_CHILDREN",
    }
    assert {c.indicator for c in groups["protection"].undated} == {
        "CRIME_GRAVE_VS_CHILDREN_CHANGE",
        "CRIME_SEXUAL_VS_MINORS_CHANGE",
    }
    stated = {c.indicator for g in groups.values() for c in g.cards}
    assert stated.isdisjoint(unstated)
    if year != 2025:
        assert "CHILD_POP" in stated  # its total age group is Y0T17


@pytest.fixture(scope="module")
def stated(stated_tables):
    """The stated figures alone, without the official series."""
    return read_tables(stated_tables)


def test_a_year_with_only_milestones_has_no_dated_kpis(stated):
    tables = stated
    groups = overview.kpis(tables, 2025, "kk")
    assert groups and not any(g.cards for g in groups.values())
    assert overview.figure_years(tables) == [2016]
    assert overview.year_milestones(tables, 2025, "en")


def test_domains_follow_the_declared_order_and_say_how_recent_they_are(stated):
    tables = stated
    groups = overview.kpis(tables, None, "ru", today=dt.date(2026, 11, 30))
    assert list(groups) == [d for d in DOMAINS if d in groups]
    assert list(groups)[:2] == ["protection", "demography"]
    assert list(groups)[-1] == "participation"
    newest = groups["demography"].newest
    assert newest.period == "2016" and newest.ago == "10 лет назад"
    assert groups["protection"].newest is None  # no crime figure states its period


def test_no_delta_without_an_earlier_comparable_value(stated):
    tables = stated
    assert all(c.delta is None for c in _cards(overview.kpis(tables, None, "en")).values())


def test_delta_against_the_same_kind_of_period(seed_tables):
    rows = [
        observation("B2015", "BIRTHS", "2015-01/2015-10", 300000),
        observation("B2015FULL", "BIRTHS", "2015", 390000),  # a whole year: not comparable
    ]
    tables = with_observations(seed_tables, rows)
    births = _cards(overview.kpis(tables, 2016, "en"))["BIRTHS"]
    assert births.delta == "+8,297"
    assert births.delta_label == "vs Jan–Oct 2015"


def test_timeline_has_every_milestone_with_tied_figures(tables):
    events = timeline.timeline(tables, "en")
    assert events["date_start"].iloc[0].year == 1989
    conf = events.set_index("event_id").loc["CONF2016_CHILD_FRIENDLY"]
    assert conf["date_label"] == "November 21–22, 2016"
    assert "Event participants: more than 1,300" in conf["figures"]
    assert "Countries represented at an event: 30" in conf["figures"]
    assert events["date_start"].isna().sum() == 1  # the law with no stated date, listed last


def test_indicator_series_and_breakdowns(tables):
    series = explorer.indicator_series(tables, "BIRTHS", "kk")
    assert list(series["value"]) == [308297]
    assert explorer.breakdowns(tables, "BIRTHS") == {}


def test_source_spans_cover_every_occurrence_of_a_quote(tables):
    spans = sources.source_spans(tables, "conf2016_announce_kk")
    text = tables.sources.loc["conf2016_announce_kk", "text"]
    marked = [text[s:e] for s, e, _ in spans]
    assert sum("35 елінен" in m for m in marked) == 2  # the paragraph is printed twice


def _regional(stated_tables):
    return with_observations(
        stated_tables,
        [
            observation("B_ALA", "BIRTHS", "2016-01/2016-10", 41000, ref_area="KZ-75"),
            observation("B_F", "BIRTHS", "2016-01/2016-10", 150000, sex="F"),
            observation("B_M", "BIRTHS", "2016-01/2016-10", 158297, sex="M"),
        ],
    )


def test_area_options_are_the_country_alone_for_the_stated_figures(stated_tables):
    assert options.area_options(read_tables(stated_tables)) == ["KZ"]


def test_kpis_of_a_region(stated_tables):
    tables = _regional(stated_tables)
    assert options.area_options(tables) == ["KZ", "KZ-75"]
    cards = _cards(overview.kpis(tables, 2016, "en", "KZ-75"))
    assert set(cards) == {"BIRTHS"} and cards["BIRTHS"].value == "41,000"
    assert _cards(overview.kpis(tables, 2016, "en"))["BIRTHS"].value == "308,297"


def test_breakdowns_appear_only_when_the_data_has_them(stated_tables, tables):
    assert explorer.breakdowns(tables, "BIRTHS") == {}
    regional = _regional(stated_tables)
    assert explorer.breakdowns(regional, "BIRTHS") == {"sex": ["_T", "F", "M"]}
    girls = explorer.indicator_series(regional, "BIRTHS", "en", "KZ", "F")
    assert list(girls["value"]) == [150000]


def test_mention_table_shows_how_each_number_was_covered(tables):
    shown = sources.mention_table(tables, "conf2016_report_ru", "en")
    ru = sources.mention_table(tables, "conf2016_report_ru", "ru")
    assert "годовщина" in set(ru["Вид"])  # the finder's kinds in words, not its codes
    assert {"taken into the data", "not a figure"} <= set(shown["Coverage"])
    anniversary = shown[shown["Number in the text"] == "25-летию"].iloc[0]
    assert anniversary["Coverage"] == "not a figure"
    assert anniversary["Why"] == "Not a figure: anniversary"
    assert "not yet reviewed" not in set(shown["Coverage"])
    participants = ru[ru["Число в тексте"] == "1300"].iloc[0]
    assert participants["Почему"] == "Взято: Число участников мероприятия"
    # Names, never ids, codes or the curators' English working notes.
    for text in ru["Почему"]:
        assert not re.search(r"[A-Z]{2,}_|data/|[a-z]+\.yaml", text), text
        assert not re.search(r"[A-Za-z]{4,}", text.replace("MICS", "")), text


def test_source_details_give_none_where_the_manifest_is_silent(tables):
    details = sources.source_details(tables, "conf2016_report_ru", "en")
    assert details["publisher"] is None  # the text names none
    assert details["published_label"] == "November 23, 2016"
    assert sources.source_details(tables, "conf2016_announce_kk", "en")["publisher"] == "Baq.kz"


def test_source_catalogue_counts_each_documents_figures_milestones_and_mentions(tables):
    catalogue = sources.source_catalogue(tables, "en").set_index("Title")
    unicef = catalogue.loc["Детский фонд ООН (ЮНИСЕФ)"]
    assert unicef["Figures"] == 0 and unicef["Milestones"] > 0
    stated = pc.equal(tables.observations["origin"].cast("string"), "stated")
    assert catalogue["Figures"].sum() == pc.sum(stated).as_py()  # dataset files are not listed
    assert catalogue["Milestones"].sum() == len(tables.events)
    statuses = ["taken into the data", "not a figure", "not yet reviewed"]
    assert catalogue[statuses].sum().sum() == len(tables.mentions)
    assert sources.mention_summary(tables, "conf2016_report_ru") == dict(
        catalogue.loc[sources.document_titles(tables)["conf2016_report_ru"], statuses].set_axis(
            ["used", "dismissed", "open"]
        )
    )


def test_a_source_note_gives_the_publication_date_in_the_language(tables):
    ru = common.source_note(tables, "conf2016_report_ru", "цитата", "ru")
    assert "(23 ноября 2016\u202fг.)" in ru.lines[0] and ru.quote_label == "Цитата (русский)"
    assert ru.link is None  # no figure named: nothing to highlight
    kk = common.source_note(tables, "conf2016_report_ru", "q", "kk")
    assert "(2016\u202fж. 23 қараша)" in kk.lines[0]
    assert (
        "(not stated)" in common.source_note(tables, "unicef_kz_reference_ru", "q", "en").lines[0]
    )


def test_timeline_summary_table_and_undated_milestones(tables):
    summary = timeline.timeline_summary(tables, "en")
    assert (summary["first"], summary["last"]) == (1989, 2025)
    table = timeline.timeline_table(tables, "ru")
    assert list(table.columns)[:3] == ["Дата", "Категория", "Название"]
    assert len(table) == summary["count"] == len(timeline.timeline(tables, "ru")) - 1
    undated = timeline.undated_events(tables, "en")
    assert len(undated) == 1 and undated["date_label"].iloc[0] == "not stated"


def test_mention_values_are_written_for_the_reader_but_years_keep_their_digits(tables):
    shown = sources.mention_table(tables, "conf2016_announce_kk", "ru")
    values = dict(zip(shown["Число в тексте"], shown["Значение"], strict=True))
    assert values["5 460 449"] == "5\u00a0460\u00a0449"
    assert any(v == "2016" for v in values.values())


def test_indicator_info_gives_none_where_the_registry_names_no_target(tables):
    info = explorer.indicator_info(tables, "BIRTHS", "ru")
    assert info["crc_article"] == "7" and info["sdg_target"] is None
