"""Dates, ranges and years in Russian and Kazakh, at the precision the text states."""

from __future__ import annotations

import pytest

from finder import find_mentions
from finder.dates import find_dates
from finder.months import MONTHS


def _read(text):
    return [
        (text[d.start : d.end], d.kind, d.date or f"{d.start_date}/{d.end_date}")
        for d in find_dates(text)
    ]


@pytest.mark.parametrize(
    ("text", "span", "kind", "iso"),
    [
        (
            "21 и 22 ноября 2016 г. в Астане",
            "21 и 22 ноября 2016 г.",
            "date_range",
            "2016-11-21/2016-11-22",
        ),
        ("Астана, 2025 жылғы 20 қараша – СІМ", "2025 жылғы 20 қараша", "date", "2025-11-20"),
        ("1989 жылғы 20 қарашада БҰҰ", "1989 жылғы 20 қарашада", "date", "1989-11-20"),
        ("В феврале 1992 года Детский фонд", "феврале 1992 года", "date", "1992-02"),
        ("в сентябре 2000 года Президент", "сентябре 2000 года", "date", "2000-09"),
        ("Дата публикации: 23 ноября 2016", "23 ноября 2016", "date", "2016-11-23"),
        ("21-22 қараша күндері", "21-22 қараша", "date_range", "--11-21/--11-22"),
        ("20 қарашада өтті", "20 қарашада", "date", "--11-20"),
        ("20 қараша 2025 жыл", "20 қараша 2025 жыл", "date", "2025-11-20"),
        (
            "2016 жылдың 21-22 қарашасында",
            "2016 жылдың 21-22 қарашасында",
            "date_range",
            "2016-11-21/2016-11-22",
        ),
        ("2016 жылғы желтоқсанда", "2016 жылғы желтоқсанда", "date", "2016-12"),
        ("2020 жылғы 5 қыркүйегінде", "2020 жылғы 5 қыркүйегінде", "date", "2020-09-05"),
        (
            "за январь–октябрь 2016 года",
            "январь–октябрь 2016 года",
            "date_range",
            "2016-01/2016-10",
        ),
        ("в январе-октябре", "январе-октябре", "date_range", "--01/--10"),
        ("с января по март", "января по март", "date_range", "--01/--03"),
        (
            "2016 жылдың қаңтар-қазан айларында",
            "2016 жылдың қаңтар-қазан",
            "date_range",
            "2016-01/2016-10",
        ),
        ("қаңтардан қазанға дейін", "қаңтардан қазанға дейін", "date_range", "--01/--10"),
        (
            "с 1 по 10 ноября 2016 года",
            "1 по 10 ноября 2016 года",
            "date_range",
            "2016-11-01/2016-11-10",
        ),
        (
            "21 ноября – 5 декабря 2016 года",
            "21 ноября – 5 декабря 2016 года",
            "date_range",
            "2016-11-21/2016-12-05",
        ),
        ("в 2015–2020 годах", "2015–2020 годах", "date_range", "2015/2020"),
        ("2016-2017 оқу жылында", "2016-2017 оқу жылында", "date_range", "2016/2017"),
        ("с 2015 по 2020 год", "2015 по 2020 год", "date_range", "2015/2020"),
        ("2015 жылдан 2020 жылға дейін", "2015 жылдан 2020 жылға дейін", "date_range", "2015/2020"),
        ("в 1990-х годах", "1990-х годах", "date_range", "1990/1999"),
        ("1990 жылдары", "1990 жылдары", "date_range", "1990/1999"),
        ("20.11.2025 ж. өтті", "20.11.2025 ж.", "date", "2025-11-20"),
        ("от 2025-11-20", "2025-11-20", "date", "2025-11-20"),
        ("в 2015 году", "2015 году", "year", "2015"),
        ("обследования 2015 года", "2015 года", "year", "2015"),
        ("2024 жылы құрылды", "2024 жылы", "year", "2024"),
        ("2016-жылы", "2016-жылы", "year", "2016"),
        ("2016 жылдың 10 айының", "2016 жылдың", "year", "2016"),
        ("в 2016 г. в Астане", "2016 г.", "year", "2016"),
        ("в 2016-м году", "2016-м году", "year", "2016"),
        ("с 2016-го года", "2016-го года", "year", "2016"),
        ("29 февраля 2016 года", "29 февраля 2016 года", "date", "2016-02-29"),
        ("Сентябрь 2016", "Сентябрь 2016", "date", "2016-09"),
    ],
)
def test_reads_the_date(text, span, kind, iso):
    assert _read(text) == [(span, kind, iso)]


def test_days_that_do_not_follow_each_other_are_two_dates():
    assert _read("1 и 15 ноября 2016") == [
        ("1", "date", "2016-11-01"),
        ("15 ноября 2016", "date", "2016-11-15"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "30 февраля 2016",  # no such day
        "29 февраля 2015",
        "MICS-2024 (",  # a name
        "EXPO-2017 қатысушы",
        "5 лет",
        "Казань 2016",
        "из 30 стран",
        "2016",  # a bare year is for the kind rules, not a date pattern
    ],
)
def test_not_a_date(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("form", "month"),
    [
        ("ноября", 11),
        ("ноябре", 11),
        ("мая", 5),
        ("марте", 3),
        ("августом", 8),
        ("сент.", 9),
        ("қараша", 11),
        ("қарашада", 11),
        ("қарашасында", 11),
        ("қарашадағы", 11),
        ("шілдеде", 7),
        ("қыркүйегі", 9),
        ("сәуірде", 4),
        ("желтоқсанның", 12),
    ],
)
def test_month_forms_in_both_languages(form, month):
    assert MONTHS[form] == month


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("В I квартале 2025 года рост", "I квартале 2025 года", "2025-01/2025-03"),
        ("2025 жылдың І тоқсанында", "2025 жылдың І тоқсанында", "2025-01/2025-03"),  # Cyrillic І
        ("2025 жылдың 1-тоқсанында", "2025 жылдың 1-тоқсанында", "2025-01/2025-03"),
        ("за 1 квартал 2025 г.", "1 квартал 2025 г.", "2025-01/2025-03"),
        ("III кв. 2024 г.", "III кв. 2024 г.", "2024-07/2024-09"),
        ("в четвёртом квартале 2023 года", "четвёртом квартале 2023 года", "2023-10/2023-12"),
        ("За первое полугодие 2024 года", "первое полугодие 2024 года", "2024-01/2024-06"),
        ("во втором полугодии 2023 года", "втором полугодии 2023 года", "2023-07/2023-12"),
        (
            "2024 жылдың бірінші жартыжылдығында",
            "2024 жылдың бірінші жартыжылдығында",
            "2024-01/2024-06",
        ),
        ("2024 жылғы екінші жарты жылда", "2024 жылғы екінші жарты жылда", "2024-07/2024-12"),
        ("во 2-м квартале", "2-м квартале", "--04/--06"),  # no year: none is made up
        ("бірінші тоқсанда", "бірінші тоқсанда", "--01/--03"),
    ],
)
def test_quarters_and_half_years_are_the_months_they_cover(text, span, iso):
    assert _read(text) == [(span, "date_range", iso)]


@pytest.mark.parametrize(
    "text",
    [
        "за 4 квартала",  # four quarters, a count
        "в третьем полугодии 2024 года",  # a year has two halves
        "тоқсан бала",  # ninety children
        "в V квартале 2024 года",
    ],
)
def test_what_is_not_a_quarter_or_a_half_year(text):
    assert all(kind != "date_range" for _, kind, _ in _read(text))


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("В 1990-е в стране", "1990-е", "1990", "1999"),
        ("с 2000-х", "2000-х", "2000", "2009"),
        ("В 90-е годы", "90-е годы", "1990", "1999"),
        ("в 90-х годах", "90-х годах", "1990", "1999"),
        ("90-жылдары", "90-жылдары", "1990", "1999"),
    ],
)
def test_decades_with_and_without_their_century(text, span, start, end):
    (found,) = [m for m in find_mentions(text) if m.kind == "date_range"]
    assert (found.text, found.start_date, found.end_date) == (span, start, end)


def test_a_two_digit_decade_that_may_be_either_century_is_not_read():
    assert [m.kind for m in find_mentions("в 20-е годы")] == ["ordinal"]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("В 2022/23 учебном году", "2022/23 учебном году", "2022", "2023"),
        ("в 2022-23 гг. открыто", "2022-23 гг.", "2022", "2023"),
        ("2024–25 оқу жылында", "2024–25 оқу жылында", "2024", "2025"),
        ("2099/00 учебном году", "2099/00 учебном году", "2099", "2100"),
    ],
)
def test_a_span_whose_second_year_has_two_digits(text, span, start, end):
    (found,) = find_mentions(text)
    assert (found.text, found.kind, found.start_date, found.end_date) == (
        span,
        "date_range",
        start,
        end,
    )


def test_a_year_then_its_kazakh_instrumental_is_a_year():
    (found,) = find_mentions("2023 жылмен салыстырғанда", "kk")
    assert (found.kind, found.date) == ("year", "2023")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("За I–III кварталы 2024 года", "ru", "2024-01", "2024-09"),
        ("За 1–3 кварталы 2024 года", "ru", "2024-01", "2024-09"),
        ("В I–II кварталах", "ru", "--01", "--06"),
        ("2024 жылдың І-ІІІ тоқсандарында", "kk", "2024-01", "2024-09"),
        ("2024 жылдың 1-3 тоқсандарында", "kk", "2024-01", "2024-09"),
    ],
)
def test_a_range_of_quarters_runs_from_the_first_to_the_last(text, lang, start, end):
    (found,) = [m for m in find_mentions(text, lang) if m.kind == "date_range"]
    assert (found.start_date, found.end_date) == (start, end)


def test_a_range_of_quarter_digits_with_no_year_counts_quarters():
    assert "date_range" not in [m.kind for m in find_mentions("За 1–3 квартала проведено", "ru")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("С 01.06.2024 по 31.08.2024 в лагерях", "2024-06-01", "2024-08-31"),
        ("с 01.06.2024 г. по 31.08.2024 г.", "2024-06-01", "2024-08-31"),
        ("в период 01.06–31.08.2024 года", "2024-06-01", "2024-08-31"),
        ("01.06-31.08 аралығында", "--06-01", "--08-31"),
    ],
)
def test_two_numeric_dates_make_one_range(text, start, end):
    (found,) = [m for m in find_mentions(text) if m.kind == "date_range"]
    assert (found.start_date, found.end_date) == (start, end)
    assert not [m for m in find_mentions(text) if m.kind == "count"]
