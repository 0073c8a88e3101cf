"""Numbers, dates and periods written for the reader's language (with Babel).

The writers of numbers, dates, periods and ages are pure and cached: a page of a few hundred
cards writes each card's value, change, period and trend ends on every rerun, and Babel takes
tens of microseconds a call (docs/benchmarks.md, "The first look")."""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

from babel.dates import format_date, format_skeleton, format_timedelta, get_month_names
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from dashboard.i18n import BABEL_LOCALES, t
from indicators.codes import NOT_STATED, TOTAL


@lru_cache(maxsize=1 << 16)
def number(value: float, lang: str, *, signed: bool = False) -> str:
    """5 460 449 (kk, ru) or 5,460,449 (en); 12,5 or 12.5; up to 1 decimal place."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = format_decimal(value, format="#,##0.#", locale=BABEL_LOCALES[lang])
    return f"+{text}" if signed and value > 0 else text


def plotly_separators(lang: str) -> str:
    """Plotly's `separators` (decimal mark, then thousands mark) for `lang`: ", " with a
    no-break space in kk and ru, ".," in en, so that a chart's axis writes 6,5 where the
    page does."""
    locale = BABEL_LOCALES[lang]
    return get_decimal_symbol(locale) + get_group_symbol(locale)


def quantity(value: float, unit_kind: str, lang: str, *, signed: bool = False) -> str:
    """A value with its percent sign where the unit is a percent or a change."""
    text = number(value, lang, signed=signed or unit_kind == "percent_change")
    return f"{text}%" if unit_kind in ("percent", "percent_change") else text


def qualified(value: float, unit_kind: str, qualifier: str, lang: str) -> str:
    """ "more than 1 300", "шамамен 1 000", "−30%"."""
    return t(f"qualifier_{qualifier}", lang, value=quantity(value, unit_kind, lang))


@lru_cache(maxsize=1 << 16)
def date(day: dt.date, lang: str, precision: str = "day") -> str:
    """ "21 ноября 2016 г.", "2016 ж. 21 қараша", "November 21, 2016"; month or year alone."""
    locale = BABEL_LOCALES[lang]
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return format_skeleton("yMMMM", day, locale=locale)
    return format_date(day, "long", locale=locale)


def _month(month: int, lang: str, width: str) -> str:
    name = get_month_names(width, "stand-alone", BABEL_LOCALES[lang])[month]
    return name if lang == "en" else name.lower()


@lru_cache(maxsize=1 << 16)
def period(text: str, start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """A period in words: "Jan–Oct 2016", "қаңтар–қазан 2016", "21–22 ноября 2016 г."."""
    if text == NOT_STATED or start is None or end is None:
        return t("period_not_stated", lang)
    precision = _precision(text)
    if "/" not in text:
        return _part(text, lang) or date(start, lang, precision)
    if precision == "day":
        if (start.year, start.month) == (end.year, end.month):
            return _day_range(start, end, lang)
        return f"{date(start, lang)} – {date(end, lang)}"
    if precision == "month" and start.year == end.year:
        width = "abbreviated" if lang == "en" else "wide"
        first, last = _month(start.month, lang, width), _month(end.month, lang, width)
        return f"{first}–{last} {start.year}"
    return f"{date(start, lang, precision)} – {date(end, lang, _precision(text.split('/')[1]))}"


def _day_range(start: dt.date, end: dt.date, lang: str) -> str:
    """Days of one month: the long date of the last day with the first day put in front."""
    if start == end:
        return date(start, lang)
    last = date(end, lang)
    if lang == "kk":  # "2016 ж. 22 қараша" -> "2016 ж. 21–22 қараша"
        return last.replace(f" {end.day} ", f" {start.day}–{end.day} ", 1)
    if lang == "en":  # "November 22, 2016" -> "November 21–22, 2016"
        return last.replace(f" {end.day},", f" {start.day}–{end.day},", 1)
    return f"{start.day}–{last}"  # "21–22 ноября 2016 г."


def _part(text: str, lang: str) -> str | None:
    """An SDMX quarter or half-year in words ("Q3 2020", "2020 ж. 3-тоқсан"), else None."""
    if len(text) == 7 and text[5] in "QS" and text[6].isdigit():
        key = "period_quarter" if text[5] == "Q" else "period_half"
        return t(key, lang, year=text[:4], n=text[6])
    return None


def _precision(iso: str) -> str:
    first = iso.split("/")[0]
    return {4: "year", 7: "month"}.get(len(first), "day")


def sex(code: str, lang: str) -> str:
    """_T, F, M in words."""
    return t("total", lang) if code == TOTAL else t(f"sex_{code}", lang)


def age(code: str, lang: str) -> str:
    """SDMX age codes in words: _T, Y0T17 (0–17 years), Y_GE65 (65 and over), Y_LT5 (under 5),
    Y6 (6 years), M12T23 (12–23 months)."""
    if code == TOTAL:
        return t("total", lang)
    if code.startswith("Y_GE"):
        return t("age_from", lang, low=code[4:])
    if code.startswith("Y_LT"):
        return t("age_under", lang, high=code[4:])
    low, _, high = code[1:].partition("T")
    if not high:  # a single year of age: Y6
        return t("age_single", lang, low=low)
    return t("age_months" if code.startswith("M") else "age_range", lang, low=low, high=high)


@lru_cache(maxsize=1 << 16)
def elapsed(end: dt.date, today: dt.date, lang: str) -> str:
    """How long ago a period ended, in words: "10 years ago", "10 лет назад", "10 жыл бұрын"."""
    return format_timedelta(end - today, add_direction=True, locale=BABEL_LOCALES[lang])


def ratio(value: float, lang: str) -> str:
    """How many times one value is another, to two decimal places: 1,91 (kk, ru) or 1.91 (en)."""
    return format_decimal(value, format="#,##0.0#", locale=BABEL_LOCALES[lang])
