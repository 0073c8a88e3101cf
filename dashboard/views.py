"""What each page shows, computed from the tables: small frames, ready to display."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import NATIONAL, TOTAL, Selection, distinct, select
from dashboard.tables import Tables
from loaders.text import locate_all

NOT_STATED = "not stated"
_KPI_COLUMNS = [
    "obs_id",
    "indicator",
    "ref_area",
    "sex",
    "age",
    "time_period",
    "period_start",
    "period_end",
    "year",
    "period_basis",
    "value",
    "unit",
    "qualifier",
    "obs_status",
    "is_headline",
    "event_id",
    "source_id",
    "quote",
]
BADGE_KEYS = {"PA": "status_PA", "F": "status_F", "E": "status_E"}


def year_options(tables: Tables) -> list[int]:
    """Every year some figure's period ends in, or some milestone happens in; newest first."""
    years = set(distinct(tables.observations["year"]))
    years |= {int(y) for y in tables.events["year"].dropna()}
    return sorted(years, reverse=True)


def indicator_codes(tables: Tables) -> list[str]:
    return list(tables.indicators["code"])


@dataclass(frozen=True)
class Kpi:
    domain: str
    indicator: str
    label: str
    value: str
    unit: str
    period: str
    badges: tuple[str, ...]
    help: str
    delta: str | None
    delta_color: str
    delta_label: str | None
    event: str | None


def _frame(table: pa.Table) -> pd.DataFrame:
    frame = table.select(_KPI_COLUMNS).to_pandas()
    for name in frame.columns:
        if isinstance(frame[name].dtype, pd.CategoricalDtype):
            frame[name] = frame[name].astype(object)
    return frame


def source_help(tables: Tables, source_id: str, quote: str, lang: str) -> str:
    """Tooltip text: the source title, its date and the quote with its language tag."""
    src = tables.sources.loc[source_id]
    published = src["published"] if src["published"] != NOT_STATED else t("not_stated", lang)
    return (
        f"{t('source', lang)}: {src['title']} ({published})\n\n"
        f"{t('quote', lang)} [{src['language']}]: «{quote}»"
    )


def _period_kind(row: pd.Series) -> tuple:
    """Periods are comparable when they have the same shape (Jan–Oct, a whole year ...)."""
    if row["time_period"] == NOT_STATED:
        return (NOT_STATED,)
    start, end = row["period_start"], row["period_end"]
    return (
        row["time_period"].count("/"),
        len(row["time_period"].split("/")[0]),
        start.month,
        start.day,
        end.month,
        end.day,
    )


def _previous(history: pd.DataFrame, row: pd.Series) -> pd.Series | None:
    same = history[
        (history["indicator"] == row["indicator"])
        & (history["ref_area"] == row["ref_area"])
        & (history["sex"] == row["sex"])
        & (history["age"] == row["age"])
        & (history["period_end"] < row["period_end"])
    ]
    same = same[same.apply(_period_kind, axis=1) == _period_kind(row)] if len(same) else same
    return None if same.empty else same.sort_values("period_end").iloc[-1]


def _kpi(tables: Tables, row: pd.Series, history: pd.DataFrame, lang: str) -> Kpi:
    ind = tables.indicators.loc[row["indicator"]]
    kind = ind["unit_kind"]
    status = row["obs_status"]
    badges = (t(BADGE_KEYS[status], lang),) if status in BADGE_KEYS else ()
    if row["period_basis"] == "inferred":
        badges += (t("period_inferred", lang),)
    delta = delta_label = None
    prev = _previous(history, row) if row["time_period"] != NOT_STATED else None
    if prev is not None:
        delta = formatting.quantity(row["value"] - prev["value"], kind, lang, signed=True)
        delta_label = t(
            "change_since",
            lang,
            period=formatting.period(
                prev["time_period"], prev["period_start"], prev["period_end"], lang
            ),
        )
    event = row["event_id"] if isinstance(row["event_id"], str) else None
    return Kpi(
        domain=ind["domain"],
        indicator=row["indicator"],
        label=ind[f"name_{lang}"],
        value=formatting.qualified(row["value"], kind, row["qualifier"], lang),
        unit=ind[f"unit_{lang}"],
        period=formatting.period(row["time_period"], row["period_start"], row["period_end"], lang),
        badges=badges,
        help=source_help(tables, row["source_id"], row["quote"], lang),
        delta=delta,
        delta_color={"higher": "normal", "lower": "inverse"}.get(ind["better"], "off"),
        delta_label=delta_label,
        event=tables.events.loc[event, f"title_{lang}"] if event else None,
    )


def kpis(tables: Tables, year: int | None, lang: str) -> dict[str, list[Kpi]]:
    """Headline national figures: the latest per indicator (and event), grouped by domain.

    With a year, only figures whose period ends in that year. Under all years, figures
    whose period is not stated form their own group under the key NOT_STATED.
    """
    national = Selection(area=NATIONAL, sex=TOTAL, headline_only=True)
    history = _frame(select(tables.observations, national))
    total_age = history["indicator"].map(tables.indicators["total_age"])
    history = history[history["age"] == total_age]
    chosen = history if year is None else history[history["year"] == year]
    stated = chosen[chosen["time_period"] != NOT_STATED].sort_values("period_end")
    latest = stated.groupby(["indicator", stated["event_id"].fillna("")], sort=False).tail(1)
    groups: dict[str, list[Kpi]] = {}
    order = {code: i for i, code in enumerate(tables.indicators["code"])}
    for _, row in latest.sort_values("indicator", key=lambda s: s.map(order)).iterrows():
        card = _kpi(tables, row, history, lang)
        groups.setdefault(card.domain, []).append(card)
    if year is None:
        unstated = chosen[chosen["time_period"] == NOT_STATED]
        for _, row in unstated.sort_values("indicator", key=lambda s: s.map(order)).iterrows():
            groups.setdefault(NOT_STATED, []).append(_kpi(tables, row, history, lang))
    return groups


# ---------------------------------------------------------------- timeline

EVENT_COLUMNS = [
    "event_id",
    "date",
    "precision",
    "date_start",
    "date_end",
    "year",
    "category",
    "status",
    "source_id",
    "quote",
]


def event_figures(tables: Tables, lang: str) -> dict[str, list[str]]:
    """For each event, its headline figures in words ("more than 1 300 persons")."""
    obs = _frame(select(tables.observations, Selection(headline_only=True)))
    tied: dict[str, list[str]] = {}
    for _, row in obs[obs["event_id"].notna()].iterrows():
        ind = tables.indicators.loc[row["indicator"]]
        value = formatting.qualified(row["value"], ind["unit_kind"], row["qualifier"], lang)
        tied.setdefault(row["event_id"], []).append(f"{ind[f'name_{lang}']}: {value}")
    return tied


def timeline(tables: Tables, lang: str) -> pd.DataFrame:
    """Milestones with their date in words, category label, tied figures and source."""
    events = tables.events[EVENT_COLUMNS].copy()
    events["title"] = tables.events[f"title_{lang}"]
    events["category_label"] = [t(f"category_{c}", lang) for c in events["category"]]
    events["date_label"] = [
        formatting.period(r.date, r.date_start, r.date_end, lang)
        if r.date != NOT_STATED
        else t("not_stated", lang)
        for r in events.itertuples()
    ]
    tied = event_figures(tables, lang)
    events["figures"] = [tied.get(e, []) for e in events["event_id"]]
    src = tables.sources
    events["source_title"] = events["source_id"].map(src["title"])
    events["quote_lang"] = events["source_id"].map(src["language"])
    return events.sort_values("date_start", na_position="last").reset_index(drop=True)


# ---------------------------------------------------------------- explorer


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
        "crc_article": ind["crc_article"],
        "sdg_target": ind["sdg_target"],
    }


def indicator_series(tables: Tables, code: str, lang: str) -> pd.DataFrame:
    """Headline national values with a stated period, oldest first, for the chart."""
    frame = _frame(
        select(
            tables.observations,
            Selection(indicators=(code,), area=NATIONAL, sex=TOTAL, headline_only=True),
        )
    )
    frame = frame[frame["time_period"] != NOT_STATED].sort_values("period_end")
    kind = tables.indicators.loc[code, "unit_kind"]
    frame["period_label"] = [
        formatting.period(r.time_period, r.period_start, r.period_end, lang)
        for r in frame.itertuples()
    ]
    frame["value_label"] = [
        formatting.qualified(r.value, kind, r.qualifier, lang) for r in frame.itertuples()
    ]
    return frame.reset_index(drop=True)


def breakdowns(tables: Tables, code: str) -> dict[str, list[str]]:
    """The sex and age groups an indicator has, when it has more than one."""
    obs = select(tables.observations, Selection(indicators=(code,)))
    found = {dim: distinct(obs[dim]) for dim in ("sex", "age", "ref_area")}
    return {dim: values for dim, values in found.items() if len(values) > 1}


# ---------------------------------------------------------------- sources


def source_list(tables: Tables, lang: str) -> pd.DataFrame:
    src = tables.sources.drop(columns=["text"]).copy()
    src["kind_label"] = [t(f"kind_{k}", lang) for k in src["kind"]]
    src["published_label"] = [
        t("not_stated", lang)
        if r.published == NOT_STATED
        else formatting.date(r.published_start, lang, r.published_precision)
        for r in src.itertuples()
    ]
    return src.reset_index(drop=True)


def source_spans(tables: Tables, source_id: str) -> list[tuple[int, int, str]]:
    """Every occurrence of every quote taken from the source, to highlight in its text."""
    text = tables.sources.loc[source_id, "text"]
    obs = tables.observations
    rows = obs.filter(pc.fill_null(pc.equal(obs["source_id"], source_id), False))
    quotes = set(distinct(rows["quote"]))
    quotes |= set(tables.events.loc[tables.events["source_id"] == source_id, "quote"])
    return [(s, e, "quote") for q in quotes for s, e in locate_all(text, q)]


def source_events(tables: Tables, source_id: str, lang: str) -> pd.DataFrame:
    return timeline(tables, lang).query("source_id == @source_id")


def source_mentions(tables: Tables, source_id: str) -> pd.DataFrame | None:
    """The finder's mentions of the source with their coverage, when the build made them."""
    if tables.mentions is None:
        return None
    return tables.mentions[tables.mentions["source_id"] == source_id].reset_index(drop=True)
