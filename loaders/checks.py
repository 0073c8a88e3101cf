"""Checks that tie each curated figure and milestone to its source's words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from finder import find_mentions
from finder.lexicon import stated_direction, states_qualifier
from finder.text import locate
from indicators.areas import area_codes
from indicators.codes import ANNOUNCED, REPORTED
from indicators.problems import Problem
from indicators.registry import Indicator, Unit
from loaders.models import EventEntry, FigureEntry
from loaders.periods import parse_period
from loaders.sources import Source

_REL_TOL = 1e-9


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _REL_TOL * max(1.0, abs(a), abs(b))


def latest_publication(source: Source) -> dt.date | None:
    """The last day the source can have been published on, or None when not stated."""
    return source.entry.published.period.end


def check_quote(source: Source, quote: str) -> str | None:
    if locate(source.text, quote) is None:
        return f"quote not found in source {source.entry.id} ({source.entry.file}): «{quote}»"
    return None


# The finder's kinds of number that can state a figure of each kind of unit.
STATING_KINDS = {
    "count": ("count", "money"),
    "percent": ("percent",),
    "percent_change": ("percent",),
}


def check_value(fig: FigureEntry, unit: Unit, lang: str) -> list[str]:
    """The value must be a quantity the quote states; a change takes its sign from the words.

    The quote is read by the figure finder, so a year, a duration ("10 айының"), an ordinal
    or an identifier with the same digits does not count as stating the value.
    """
    kinds = STATING_KINDS[unit.kind]
    stated = [m for m in find_mentions(fig.quote, lang) if m.kind in kinds]
    if not any(_same(m.value, abs(fig.value)) for m in stated):
        found = ", ".join(m.text for m in stated) or "none"
        kind = "number" if unit.kind == "count" else "percentage"
        return [f"value {fig.value:g} is not a {kind} the quote states (it states: {found})"]
    if unit.kind != "percent_change":
        return []
    direction = stated_direction(fig.quote)
    if direction == 0:
        return ["the quote does not say whether the change is a fall or a rise"]
    if (fig.value < 0) != (direction < 0) and fig.value != 0:
        word = "fall" if direction < 0 else "rise"
        return [f"value {fig.value:g} has the wrong sign: the quote states a {word}"]
    return []


def check_range(fig: FigureEntry, unit: Unit) -> list[str]:
    if unit.kind == "percent" and not 0 <= fig.value <= 100:
        return [f"percent {fig.value:g} lies outside 0..100"]
    if unit.kind == "percent_change" and fig.value < -100:
        return [f"a change of {fig.value:g}% is below -100%"]
    if unit.kind == "count" and (fig.value < 0 or fig.value != int(fig.value)):
        return [f"count {fig.value:g} must be a whole number, not negative"]
    return []


def check_not_after_source(start_or_end: dt.date | None, source: Source, what: str) -> list[str]:
    latest = latest_publication(source)
    if start_or_end and latest and start_or_end > latest:
        published = source.entry.published.date
        return [f"reported {what} {start_or_end} is after its source's publication ({published})"]
    return []


def check_not_future(period_text: str, today: dt.date | None, what: str) -> list[str]:
    """A reported figure or milestone cannot start after the build's date."""
    today = today or dt.date.today()
    start = parse_period(period_text).start
    if start and start > today:
        return [f"{what} {period_text} lies after the build's date ({today})"]
    return []


def check_figure(
    fig: FigureEntry,
    *,
    indicators: dict[str, Indicator],
    units: dict[str, Unit],
    sources: dict[str, Source],
    event_ids: set[str],
    today: dt.date | None = None,
) -> list[str]:
    """Every reason this figure is wrong; empty when it is right."""
    reasons = []
    if fig.status != ANNOUNCED:
        reasons += check_not_future(fig.period, today, f"{fig.status} period")
    indicator = indicators.get(fig.indicator)
    if indicator is None:
        reasons.append(f"unknown indicator {fig.indicator}")
    elif fig.unit != indicator.unit:
        reasons.append(
            f"unit {fig.unit} does not fit {fig.indicator}, measured in {indicator.unit}"
        )
    if fig.event and fig.event not in event_ids:
        reasons.append(f"unknown event {fig.event}")
    if fig.area not in area_codes():
        reasons.append(f"unknown area {fig.area} (indicators/areas.yaml: KZ or ISO 3166-2:KZ)")
    unit = units.get(fig.unit)
    if unit is None:
        reasons.append(f"unknown unit {fig.unit}")
    else:
        reasons += check_range(fig, unit)
    if not states_qualifier(fig.quote, fig.qualifier):
        reasons.append(f"qualifier {fig.qualifier}: the quote has no word that says so")
    source = sources.get(fig.source)
    if source is None:
        reasons.append(f"unknown source {fig.source} (or the source itself failed its checks)")
        return reasons
    missing = check_quote(source, fig.quote)
    if missing:
        reasons.append(missing)
    if unit is not None:
        reasons += check_value(fig, unit, source.entry.language)
    if fig.status == REPORTED:
        reasons += check_not_after_source(
            parse_period(fig.period).end, source, "figure's period end"
        )
    return reasons


def check_event(
    event: EventEntry, sources: dict[str, Source], today: dt.date | None = None
) -> list[str]:
    reasons = []
    if event.status == REPORTED:
        reasons += check_not_future(event.date, today, "reported date")
    source = sources.get(event.source)
    if source is None:
        return [
            *reasons,
            f"unknown source {event.source} (or the source itself failed its checks)",
        ]
    missing = check_quote(source, event.quote)
    if missing:
        reasons.append(missing)
    if event.status == REPORTED:
        reasons += check_not_after_source(parse_period(event.date).start, source, "milestone date")
    return reasons


def as_problems(path: Path, entry: str, reasons: list[str]) -> list[Problem]:
    return [Problem(str(path), entry, reason) for reason in reasons]
