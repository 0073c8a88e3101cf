import datetime as dt

import pytest

from loaders.periods import NOT_STATED, parse_period


def test_year_month_day_and_range():
    assert parse_period("2016").end == dt.date(2016, 12, 31)
    p = parse_period("2016-01/2016-10")
    assert (p.start, p.end, p.precision, p.is_range) == (
        dt.date(2016, 1, 1),
        dt.date(2016, 10, 31),
        "month",
        True,
    )
    assert parse_period("2016-02").end == dt.date(2016, 2, 29)
    assert parse_period("2016-11-21/2016-11-22").year == 2016


def test_not_stated_has_no_dates():
    p = parse_period("not stated")
    assert p.text == NOT_STATED and p.start is None and p.year is None and not p.stated


@pytest.mark.parametrize("bad", ["2016-13", "2016-02-30", "16", "2016-10/2016-01", "soon"])
def test_invalid_periods_are_refused(bad):
    with pytest.raises(ValueError):
        parse_period(bad)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2020-Q3", dt.date(2020, 7, 1), dt.date(2020, 9, 30)),
        ("2020-Q1", dt.date(2020, 1, 1), dt.date(2020, 3, 31)),
        ("2020-S2", dt.date(2020, 7, 1), dt.date(2020, 12, 31)),
        ("2019/2020", dt.date(2019, 1, 1), dt.date(2020, 12, 31)),
    ],
)
def test_sdmx_quarters_half_years_and_spans_of_official_series(text, start, end):
    p = parse_period(text)
    assert (p.text, p.start, p.end, p.year) == (text, start, end, end.year)


@pytest.mark.parametrize("bad", ["2020-Q5", "2020-S3", "2020-Q0"])
def test_no_such_quarter_or_half_year(bad):
    with pytest.raises(ValueError):
        parse_period(bad)
