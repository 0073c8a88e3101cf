"""ISO 8601 periods as the curated files write them, and "not stated"."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from indicators.codes import NOT_STATED

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# SDMX reporting periods of official series: a quarter (2020-Q3) or a half-year (2020-S1).
_PART = re.compile(r"^(\d{4})-([QS])([1-4])$")
_PART_MONTHS = {"Q": 3, "S": 6}


@dataclass(frozen=True)
class Period:
    """A time period: its ISO text, first and last day, and precision.

    `precision` is the precision of the start: day, month or year; `is_range`
    tells a span ("2016-01/2016-10") from a single point ("2016").
    For NOT_STATED every date is None.
    """

    text: str
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    is_range: bool = False

    @property
    def stated(self) -> bool:
        return self.start is not None

    @property
    def year(self) -> int | None:
        return self.end.year if self.end else None


def _part(text: str) -> tuple[dt.date, dt.date, str] | None:
    """A quarter or half-year: its first and last day, precision `month`."""
    match = _PART.match(text)
    if not match:
        return None
    year, kind, number = int(match[1]), match[2], int(match[3])
    months = _PART_MONTHS[kind]
    if number > 12 // months:
        raise ValueError(f"{text!r}: there is no {kind}{number}")
    first = (number - 1) * months + 1
    last = first + months - 1
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]), "month"


def _point(text: str) -> tuple[dt.date, dt.date, str]:
    part = _part(text)
    if part:
        return part
    match = _POINT.match(text)
    if not match:
        raise ValueError(
            f"{text!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) or an SDMX "
            "quarter or half-year (YYYY-Q3, YYYY-S1)"
        )
    year, month, day = match.groups()
    y = int(year)
    if month is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    m = int(month)
    if not 1 <= m <= 12:
        raise ValueError(f"{text!r}: month {m} does not exist")
    if day is None:
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month"
    try:
        d = dt.date(y, m, int(day))
    except ValueError as err:
        raise ValueError(f"{text!r}: {err}") from None
    return d, d, "day"


def parse_period(text: str) -> Period:
    """Parse "2016", "2016-10", "2016-11-21", "2016-01/2016-10", "2016-Q3", "2016-S1", "2015/2016"
    or "not stated"."""
    text = str(text).strip()
    if text.lower() == NOT_STATED:
        return Period(NOT_STATED, None, None, None)
    if "/" in text:
        left, _, right = text.partition("/")
        start, _, precision = _point(left)
        _, end, _ = _point(right)
        if end < start:
            raise ValueError(f"{text!r}: the period ends before it starts")
        return Period(text, start, end, precision, is_range=True)
    start, end, precision = _point(text)
    return Period(text, start, end, precision)
