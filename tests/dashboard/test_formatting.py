import datetime as dt

import pytest

from dashboard import formatting

NBSP = "\u00a0"


def plain(text: str) -> str:
    """Babel writes CLDR's no-break and narrow no-break spaces; compare them as spaces."""
    return text.replace("\u202f", " ").replace(NBSP, " ")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("kk", f"5{NBSP}460{NBSP}449"), ("ru", f"5{NBSP}460{NBSP}449"), ("en", "5,460,449")],
)
def test_thousands_follow_the_locale(lang, expected):
    assert formatting.number(5460449, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("kk", "12,5%"), ("ru", "12,5%"), ("en", "12.5%")])
def test_percent_decimal_mark(lang, expected):
    assert formatting.quantity(12.5, "percent", lang) == expected


def test_change_is_signed():
    assert formatting.quantity(-30, "percent_change", "en") == "-30%"
    assert formatting.quantity(5, "percent_change", "en") == "+5%"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("kk", "2016 ж. 21 қараша"), ("ru", "21 ноября 2016 г."), ("en", "November 21, 2016")],
)
def test_dates(lang, expected):
    assert plain(formatting.date(dt.date(2016, 11, 21), lang)) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("kk", "қаңтар–қазан 2016"), ("ru", "январь–октябрь 2016"), ("en", "Jan–Oct 2016")],
)
def test_month_range_in_words(lang, expected):
    got = formatting.period("2016-01/2016-10", dt.date(2016, 1, 1), dt.date(2016, 10, 31), lang)
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("kk", "2016 ж. 21–22 қараша"),
        ("ru", "21–22 ноября 2016 г."),
        ("en", "November 21–22, 2016"),
    ],
)
def test_day_range_in_words(lang, expected):
    got = formatting.period(
        "2016-11-21/2016-11-22", dt.date(2016, 11, 21), dt.date(2016, 11, 22), lang
    )
    assert plain(got) == expected


@pytest.mark.parametrize(
    ("lang", "qualifier", "expected"),
    [
        ("en", "more_than", "more than 1,300"),
        ("ru", "more_than", f"более 1{NBSP}300"),
        ("kk", "about", f"шамамен 1{NBSP}000"),
        ("ru", "exact", "30"),
    ],
)
def test_qualified_values(lang, qualifier, expected):
    value = 30 if qualifier == "exact" else 1300 if qualifier == "more_than" else 1000
    assert formatting.qualified(value, "count", qualifier, lang) == expected


def test_not_stated_period():
    assert formatting.period("not stated", None, None, "en") == "Period not stated"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2020-Q3", "en", "Q3 2020"),
        ("2020-Q3", "ru", "3-й квартал 2020 г."),
        ("2020-Q3", "kk", "2020 ж. 3-тоқсан"),
        ("2020-S1", "en", "H1 2020"),
    ],
)
def test_sdmx_quarters_and_half_years_in_words(text, lang, expected):
    from loaders.periods import parse_period

    p = parse_period(text)
    assert formatting.period(text, p.start, p.end, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"), [("kk", "," + NBSP), ("ru", "," + NBSP), ("en", ".,")]
)
def test_charts_write_numbers_as_the_page_does(lang, expected):
    assert formatting.plotly_separators(lang) == expected
