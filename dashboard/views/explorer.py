"""The indicator explorer: one indicator's metadata, series and breakdowns."""

from __future__ import annotations

import pandas as pd

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import NATIONAL, Selection, distinct, select
from dashboard.tables import Tables
from dashboard.views.common import missing, observation_frame, source_lines
from indicators.codes import NOT_STATED, TOTAL


def indicator_labels(tables: Tables, lang: str) -> dict[str, str]:
    return tables.indicators[f"name_{lang}"].to_dict()


def indicator_info(tables: Tables, code: str, lang: str) -> dict[str, str | None]:
    ind = tables.indicators.loc[code]
    return {
        "name": ind[f"name_{lang}"],
        "definition": ind[f"definition_{lang}"],
        "unit": ind[f"unit_{lang}"],
        "unit_kind": ind["unit_kind"],
        "domain": t(f"domain_{ind['domain']}", lang),
        # Where the registry names none, None (the page shows a dash), never NaN.
        "crc_article": None if missing(ind["crc_article"]) else ind["crc_article"],
        "sdg_target": None if missing(ind["sdg_target"]) else ind["sdg_target"],
    }


def indicator_series(
    tables: Tables,
    code: str,
    lang: str,
    area: str = NATIONAL,
    sex: str = TOTAL,
    age: str | None = None,
) -> pd.DataFrame:
    """Headline values of one area, sex and age (default: the indicator's total age) with a
    stated period, oldest first, for the chart."""
    age = age or tables.indicators.loc[code, "total_age"]
    chosen = Selection(indicators=(code,), area=area, sex=sex, age=age, headline_only=True)
    frame = observation_frame(select(tables.observations, chosen))
    frame = frame[frame["time_period"] != NOT_STATED].sort_values("period_end")
    kind = tables.indicators.loc[code, "unit_kind"]
    frame["period_label"] = [
        formatting.period(r.time_period, r.period_start, r.period_end, lang)
        for r in frame.itertuples()
    ]
    frame["value_label"] = [
        formatting.qualified(r.value, kind, r.qualifier, lang) for r in frame.itertuples()
    ]
    # Each value's source and quote, for the printout (on screen the table below has them).
    frame["printed"] = [
        "\n".join(source_lines(tables, r.source_id, r.quote, lang)) for r in frame.itertuples()
    ]
    return frame.reset_index(drop=True)


def breakdowns(tables: Tables, code: str, area: str = NATIONAL) -> dict[str, list[str]]:
    """The sexes and age groups an indicator has in an area, when it has more than one
    (totals first)."""
    obs = select(tables.observations, Selection(indicators=(code,), area=area))
    found = {dim: distinct(obs[dim]) for dim in ("sex", "age")}
    return {
        dim: sorted(
            values, key=lambda v: (v != TOTAL and v != tables.indicators.loc[code, "total_age"], v)
        )
        for dim, values in found.items()
        if len(values) > 1
    }


def value_years(tables: Tables, code: str, area: str = NATIONAL) -> list[int]:
    """The years an indicator has a value in (its period ends in them), newest first."""
    obs = select(tables.observations, Selection(indicators=(code,), area=area))
    return sorted(distinct(obs["year"]), reverse=True)


def has_undated(tables: Tables, code: str, area: str = NATIONAL) -> bool:
    """Whether some value of the indicator states no period (it belongs to no year)."""
    obs = select(tables.observations, Selection(indicators=(code,), area=area))
    return obs["year"].null_count > 0
