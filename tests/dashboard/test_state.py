"""The year in the URL: four ASCII digits of a year the data has, else the default."""

from __future__ import annotations

import pytest

from dashboard.state import parse_year

YEARS = [2016, 2025]


def test_a_year_of_the_data_is_taken():
    assert parse_year("2016", YEARS) == (2016, None)
    assert parse_year(None, YEARS) == (None, None)
    assert parse_year("all", YEARS) == (None, None)


@pytest.mark.parametrize(
    "raw", ["２０１６", "٢٠١٦", "۲۰۱۶", " 2016", "2016 ", "+2016", "2_016", "1700"]
)
def test_anything_else_is_refused_and_named(raw):
    assert parse_year(raw, YEARS) == (None, raw)
