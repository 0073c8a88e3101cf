"""The official series on the Overview and the Explorer, in kk/ru/en (AppTest, real snapshot)."""

from __future__ import annotations

import json

import pytest

from dashboard.i18n import t
from tests.dashboard.helpers import kpi_cards
from tests.dashboard.test_app import fresh_caches, run, shown_text

LANGS = ["kk", "ru", "en"]
__all__ = ["fresh_caches"]  # the autouse fixture, shared with test_app
UNDER_FIVE = {
    "kk": "Бес жасқа дейінгі балалар өлімі",
    "ru": "Смертность детей до пяти лет",
    "en": "Under-five mortality",
}


def _card(at, name: str):
    return next(c for c in kpi_cards(at) if c.name == name)


@pytest.mark.parametrize("lang", LANGS)
def test_the_overview_has_a_trend_card_per_official_childrens_indicator(lang):
    at = run(lang=lang)
    card = _card(at, UNDER_FIVE[lang])
    # 2019, the file's latest national value (10.69), as the language writes it
    assert card.value.replace(",", ".") == "10.7"
    # 2010-2019: the trend line, and its words ending at the card's value
    assert card.trend_points == 10
    assert "2010–2019:" in card.trend_alt and card.trend_alt.endswith(f"→ {card.value}")
    # 10.11 in 2018: a rise, and lower mortality is better, so it is coloured as worse
    assert "+0" in card.delta and "2018" in card.delta
    assert card.tone == "kpi-bad"
    assert t("origin_official", lang) in card.lines
    assert t("origin_stated", lang) in shown_text(at)  # and the stated figures beside them
    names = {c.name for c in kpi_cards(at)}
    assert not any("unemployment" in n.lower() or "пенси" in n.lower() for n in names)


@pytest.mark.parametrize("lang", LANGS)
def test_the_overview_under_a_year_shows_that_years_official_values(lang):
    at = run(lang=lang, year="2015")
    card = _card(at, UNDER_FIVE[lang])
    assert card.trend_points == 6 and "2010–2015:" in card.trend_alt  # 2010-2015
    assert "2015" in shown_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_the_explorer_charts_the_series_with_a_control_per_breakdown(lang):
    at = run("pages/explorer.py", lang=lang, indicator="SDG_3_2_1")
    assert at.title[0].value.replace("\\", "") == UNDER_FIVE[lang]
    labels = [s.label for s in at.selectbox]
    assert t("sex", lang) in labels and t("urbanisation", lang) in labels
    (chart,) = at.get("plotly_chart")
    # the national total of 2019 by default (10.69 in the file, written for the language)
    assert ("2019: 10.7" if lang == "en" else "2019: 10,7") in chart.proto.spec
    # the axis writes its numbers as the page does: 6,5 in kk and ru
    separators = json.loads(chart.proto.spec)["layout"]["separators"]
    assert separators == (".," if lang == "en" else ",\u00a0")
    sex = next(s for s in at.selectbox if s.label == t("sex", lang))
    assert sex.value == "_T"
    assert t("origin_official", lang) in shown_text(at)
