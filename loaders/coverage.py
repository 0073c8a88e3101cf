"""Which numeric mentions of a source the curated figures and milestones use.

The rule (docs/finder.md#coverage):

1. A mention is *used* when one of its occurrences lies inside an occurrence of the quote
   of a curated figure or milestone of the same source, or when it states the value of a
   curated figure of that source (a count for a count unit, a percent for a percent or
   percent-change unit; the figure's value without its sign), or, for a year, date or date
   range, the date of a milestone or the period of a figure of that source (same ISO text).
   `used_by` names the entry: a figure whose quote holds it and whose value it states, then
   a milestone whose quote holds it and whose date it states, then the first figure or
   milestone whose quote holds it, then a figure whose value it states, then a milestone
   or figure whose date it states.
2. Otherwise it is *dismissed* when an entry of data/dismissed.yaml names its source and
   its text (and, if given, a context it lies in); `reason` says why.
3. Otherwise it is *open*: a number the curator has not yet looked at.

A dismissal that matches no mention, or only mentions that are used, is stale: an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from finder.mention import Mention
from finder.text import locate_all, normalise_space
from indicators.registry import Unit
from loaders.models import DismissalEntry, EventEntry, FigureEntry

_FITS = {"count": ("count",), "percent": ("percent", "percent_change")}
_DATE_KINDS = ("year", "date", "date_range")


@dataclass
class Covered:
    mention: Mention
    coverage: str  # used | dismissed | open
    used_by: str | None = None
    reason: str | None = None


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(qs <= s and e <= qe for s, e in mention.occurrences for qs, qe in spans)


def _iso(mention: Mention) -> str | None:
    if mention.start_date:
        return f"{mention.start_date}/{mention.end_date}"
    return mention.date


def _states_value(mention: Mention, fig: FigureEntry, units: dict[str, Unit]) -> bool:
    unit = units.get(fig.unit)
    if mention.value is None or unit is None:
        return False
    if unit.kind not in _FITS.get(mention.kind, ()):
        return False
    return abs(mention.value - abs(fig.value)) <= 1e-9 * max(1.0, abs(fig.value))


def _states_date(mention: Mention, date: str) -> bool:
    return mention.kind in _DATE_KINDS and _iso(mention) == date


class Coverage:
    """Coverage of one source's mentions by its figures, milestones and dismissals."""

    def __init__(
        self,
        text: str,
        figures: list[FigureEntry],
        events: list[EventEntry],
        units: dict[str, Unit],
    ):
        self.text = text
        self.figures = [(f, locate_all(text, f.quote)) for f in figures]
        self.events = [(e, locate_all(text, e.quote)) for e in events]
        self.units = units

    def user(self, m: Mention) -> str | None:
        """The id of the figure or milestone that uses `m`, by the rule's order, or None."""
        figs_in = [f for f, spans in self.figures if _inside(m, spans)]
        events_in = [e for e, spans in self.events if _inside(m, spans)]
        candidates = (
            [f.id for f in figs_in if _states_value(m, f, self.units)]
            + [e.id for e in events_in if _states_date(m, e.date)]
            + [x.id for x in (*figs_in, *events_in)]
            + [f.id for f, _ in self.figures if _states_value(m, f, self.units)]
            + [e.id for e, _ in self.events if _states_date(m, e.date)]
            + [f.id for f, _ in self.figures if _states_date(m, f.period)]
        )
        return candidates[0] if candidates else None

    def matches(self, dismissal: DismissalEntry, m: Mention) -> bool:
        if normalise_space(m.text) != normalise_space(dismissal.text):
            return False
        return dismissal.context is None or _inside(m, locate_all(self.text, dismissal.context))


def cover(
    text: str,
    mentions: list[Mention],
    figures: list[FigureEntry],
    events: list[EventEntry],
    dismissals: list[tuple[int, DismissalEntry]],
    units: dict[str, Unit],
) -> tuple[list[Covered], list[tuple[int, str]]]:
    """Each mention with its coverage, and (dismissal index, reason) for each stale dismissal.

    `figures`, `events` and `dismissals` are those of this source; a dismissal comes with
    its index in data/dismissed.yaml.
    """
    coverage = Coverage(text, figures, events, units)
    rows, hits = [], {index: [] for index, _ in dismissals}
    for mention in mentions:
        used_by = coverage.user(mention)
        dismissed = [(i, d) for i, d in dismissals if coverage.matches(d, mention)]
        for index, _ in dismissed:
            hits[index].append(used_by)
        if used_by:
            rows.append(Covered(mention, "used", used_by=used_by))
        elif dismissed:
            rows.append(Covered(mention, "dismissed", reason=dismissed[0][1].reason))
        else:
            rows.append(Covered(mention, "open"))
    stale = []
    for index, dismissal in dismissals:
        users = hits[index]
        if not users:
            where = f" inside «{dismissal.context}»" if dismissal.context else ""
            stale.append((index, f"matches no numeric mention «{dismissal.text}»{where}"))
        elif all(users):
            stale.append(
                (index, f"every mention it matches is used (by {', '.join(sorted(set(users)))})")
            )
    return rows, stale
