"""The indicator explorer: one indicator's metadata, series and breakdowns."""

from __future__ import annotations

import pandas as pd

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import NATIONAL, Selection, distinct, select
from dashboard.tables import Tables
from dashboard.views.common import missing, observation_frame, source_lines
from indicators.codes import NOT_STATED, OFFICIAL, STATED, TOTAL

# The breakdowns an indicator may have, each with a control on the Explorer when it has more
# than one value (official series: urban/rural, level of schooling, wealth quintile too).
BREAKDOWNS = ("sex", "age", "urbanisation", "education_level", "wealth_quintile")


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
    urbanisation: str = TOTAL,
    education_level: str = TOTAL,
    wealth_quintile: str = TOTAL,
) -> pd.DataFrame:
    """Headline values of one area, sex and age (default: the indicator's total age) and of
    the further breakdowns (default: their totals) with a stated period, in the
    indicator's unit, oldest first, for the chart. Conflicting official values are left out
    (they are not headline values); stated figures carry their difference from the official
    value of the same period."""
    age = age or tables.indicators.loc[code, "total_age"]
    chosen = Selection(
        indicators=(code,),
        area=area,
        sex=sex,
        age=age,
        headline_only=True,
        urbanisation=urbanisation,
        education_level=education_level,
        wealth_quintile=wealth_quintile,
    )
    frame = observation_frame(select(tables.observations, chosen))
    frame = frame[
        (frame["time_period"] != NOT_STATED)
        & (frame["unit"] == tables.indicators.loc[code, "unit"])
    ].sort_values("period_end", kind="stable")
    official = frame["origin"] == OFFICIAL
    frame = pd.concat(
        [frame[~official], frame[official].drop_duplicates("time_period", keep="last")]
    ).sort_values("period_end", kind="stable")
    kind = tables.indicators.loc[code, "unit_kind"]
    frame["period_label"] = [
        formatting.period(r.time_period, r.period_start, r.period_end, lang)
        for r in frame.itertuples()
    ]
    frame["value_label"] = [
        formatting.qualified(r.value, kind, r.qualifier, lang) for r in frame.itertuples()
    ]
    by_period = frame[frame["origin"] == OFFICIAL].set_index("time_period")["value"]
    frame["difference"] = [
        r.value - by_period[r.time_period]
        if r.origin == STATED and r.time_period in by_period.index
        else None
        for r in frame.itertuples()
    ]
    frame["difference_label"] = [
        None if missing(d) else formatting.quantity(d, kind, lang, signed=True)
        for d in frame["difference"]
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
    found = {dim: distinct(obs[dim]) for dim in BREAKDOWNS}
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


def is_official(tables: Tables, code: str) -> bool:
    return tables.indicators.loc[code, "origin"] == OFFICIAL


def breakdown_labels(tables: Tables, lang: str) -> dict[str, dict[str, str]]:
    """Words for the further breakdowns' codes: the datasets' own labels (labels.parquet),
    the total in the app's words."""
    found: dict[str, dict[str, str]] = {dim: {TOTAL: t("total", lang)} for dim in BREAKDOWNS[2:]}
    if tables.labels is not None:
        for row in tables.labels.itertuples():
            if row.dimension in found and row.code != TOTAL:
                found[row.dimension][row.code] = getattr(row, f"name_{lang}")
    return found


def chart_alt(series: pd.DataFrame, name: str, lang: str) -> str:
    """A chart in words, shown above it: the indicator, how many values, the first and last
    period ("Number of births: 2 values, Jan–Oct 2016 to 2016")."""
    return t(
        "chart_alt",
        lang,
        indicator=name,
        count=len(series),
        first=series["period_label"].iloc[0],
        last=series["period_label"].iloc[-1],
    )
