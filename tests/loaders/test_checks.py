"""Checks that tie a curated figure to its quote: the value must be a quantity stated there."""

import pytest
import yaml

from indicators.registry import Unit
from loaders.checks import check_value
from loaders.models import FigureEntry
from loaders.paths import ROOT

COUNT = Unit(code="BIRTHS", kind="count", name={"kk": "бала", "ru": "детей", "en": "births"})
CHANGE = Unit(code="PCT", kind="percent_change", name={"kk": "%", "ru": "%", "en": "%"})


def _seed_figure(figure_id: str, **changes) -> FigureEntry:
    figures = yaml.safe_load((ROOT / "data" / "figures.yaml").read_text(encoding="utf-8"))
    entry = next(f for f in figures["figures"] if f["id"] == figure_id)
    return FigureEntry(**(entry | changes))


def test_the_stated_count_passes():
    assert check_value(_seed_figure("BIRTHS_2016_JAN_OCT"), COUNT, "kk") == []


@pytest.mark.parametrize("value", [10, 2016])  # "10 айының" is a duration, "2016 жылдың" a year
def test_digits_of_a_year_or_a_duration_do_not_state_a_count(value):
    problems = check_value(_seed_figure("BIRTHS_2016_JAN_OCT", value=value), COUNT, "kk")
    assert problems == [f"value {value} is not a number the quote states (it states: 308 297)"]


def test_a_change_needs_a_percentage_and_its_sign_from_the_words():
    grave = _seed_figure("CRIME_GRAVE_CHANGE")
    assert check_value(grave, CHANGE, "ru") == []
    wrong = check_value(grave.model_copy(update={"value": 30}), CHANGE, "ru")
    assert wrong == ["value 30 has the wrong sign: the quote states a fall"]
