"""The choices the shared filters offer (years, areas, indicators), taken from the data."""

from __future__ import annotations

from dashboard.selection import NATIONAL, distinct
from dashboard.tables import Tables


def year_options(tables: Tables) -> list[int]:
    """Every year some figure's period ends in, or some milestone happens in; newest first."""
    years = set(distinct(tables.observations["year"]))
    years |= {int(y) for y in tables.events["year"].dropna()}
    return sorted(years, reverse=True)


def area_options(tables: Tables) -> list[str]:
    """The areas the observations cover, the country first."""
    areas = distinct(tables.observations["ref_area"]) or [NATIONAL]  # no observations at all
    return sorted(areas, key=lambda code: (code != NATIONAL, code))


def indicator_codes(tables: Tables) -> list[str]:
    return list(tables.indicators["code"])
