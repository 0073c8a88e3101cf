"""The query parameters of the extract API: the pages' filters, checked against the data."""

from __future__ import annotations

import re
from dataclasses import dataclass

from starlette.datastructures import QueryParams

from dashboard.i18n import DEFAULT_LANG
from dashboard.selection import Selection, distinct
from dashboard.tables import Tables
from dashboard.views import options
from indicators.areas import area_codes
from indicators.codes import LANGUAGES, SEXES

FILTERS = ("year", "indicator", "area", "sex", "age", "lang", "headline_only", "labels")
REPEATABLE = {"indicator"}
TRUE = {"true", "1", "yes"}
FALSE = {"false", "0", "no", ""}
ALL_YEARS = "all"


# An error body quotes at most this much of a bad value (a 100 KB value is not echoed back).
QUOTE_CHARS = 100


def quoted(value: str) -> str:
    """`value` quoted for an error message, cut to QUOTE_CHARS characters."""
    cut = value[:QUOTE_CHARS]
    return repr(cut) + (
        f" (cut to {QUOTE_CHARS} of {len(value)} characters)" if cut != value else ""
    )


class BadParameter(ValueError):
    """A parameter the API refuses: answered with HTTP 400 and {"error", "parameter"}."""

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter[:QUOTE_CHARS]
        self.message = message


@dataclass(frozen=True)
class Request:
    selection: Selection
    lang: str
    labels: bool = False  # the "with labels" variant: headings and codes in `lang`


def _known(tables: Tables) -> dict[str, set]:
    """Codes the parameters may take: from the data, and every area of indicators/areas.yaml."""

    def make() -> dict[str, set]:
        obs = tables.observations
        return {
            "year": set(options.year_options(tables)),
            "indicator": set(tables.indicators["code"]),
            "area": set(area_codes()) | set(distinct(obs["ref_area"])),
            "sex": set(SEXES),
            "age": set(distinct(obs["age"])),
        }

    return tables.prepared(("api", "known"), make)


def _one(params: QueryParams, name: str) -> str | None:
    values = params.getlist(name)
    if len(values) > 1:
        raise BadParameter(name, f"{name} may be given once, not {len(values)} times")
    return values[0] if values else None


def only(params: QueryParams, allowed: tuple[str, ...] = ()) -> None:
    """Refuse any parameter the endpoint does not take."""
    for name in params:
        if name not in allowed:
            accepted = ", ".join(allowed) if allowed else "none"
            raise BadParameter(name, f"unknown parameter {quoted(name)} (accepted: {accepted})")


def parse(params: QueryParams, tables: Tables) -> Request:
    """The Selection and language the query asks for; BadParameter names the first bad one."""
    only(params, FILTERS)
    known = _known(tables)

    lang = _one(params, "lang") or DEFAULT_LANG
    if lang not in LANGUAGES:
        raise BadParameter(
            "lang", f"unknown language {quoted(lang)} (accepted: {', '.join(LANGUAGES)})"
        )

    year = None
    raw_year = _one(params, "year")
    if raw_year not in (None, "", ALL_YEARS):
        if not re.fullmatch(r"[0-9]{4}", raw_year):  # ASCII digits: not ２０１６ or ٢٠١٦
            raise BadParameter("year", f"year must be four digits or 'all', not {quoted(raw_year)}")
        year = int(raw_year)
        if year not in known["year"]:
            first, last = min(known["year"]), max(known["year"])
            raise BadParameter("year", f"no figure or milestone in {year} (data: {first}-{last})")

    indicators: list[str] = []
    for raw in params.getlist("indicator"):
        for code in filter(None, raw.split(",")):
            if code not in known["indicator"]:
                raise BadParameter("indicator", f"unknown indicator {quoted(code)}")
            if code not in indicators:
                indicators.append(code)

    codes = {}
    for name in ("area", "sex", "age"):
        value = _one(params, name)
        if value in (None, ""):
            codes[name] = None
        elif value not in known[name]:
            accepted = ", ".join(sorted(known[name])) if name != "area" else "ISO 3166-2:KZ"
            raise BadParameter(name, f"unknown {name} code {quoted(value)} (accepted: {accepted})")
        else:
            codes[name] = value

    headline_only = _flag(params, "headline_only")

    selection = Selection(
        year=year,
        indicators=tuple(indicators),
        area=codes["area"],
        sex=codes["sex"],
        age=codes["age"],
        headline_only=headline_only,
    )
    return Request(selection, lang, _flag(params, "labels"))


def _flag(params: QueryParams, name: str) -> bool:
    """A true/false parameter (also 1/0, yes/no); absent is false."""
    raw = _one(params, name)
    if raw is None or raw.lower() in FALSE:
        return False
    if raw.lower() in TRUE:
        return True
    raise BadParameter(name, f"{name} must be true or false, not {quoted(raw)}")
