"""The Timeline: milestones with their dates in words, tied figures and sources."""

from __future__ import annotations

import pandas as pd
import pyarrow.compute as pc

from dashboard import formatting
from dashboard.i18n import t
from dashboard.tables import Tables
from dashboard.views.common import language_name, observation_frame, records, source_titles
from indicators.codes import NOT_STATED

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
    all_obs = tables.observations
    # Only the rows tied to an event become a frame (never every headline row of a large table).
    tied_rows = pc.and_(all_obs["is_headline"], pc.is_valid(all_obs["event_id"]))
    obs = observation_frame(all_obs.filter(tied_rows))
    tied: dict[str, list[str]] = {}
    for _, row in obs.iterrows():
        ind = records(tables, "indicators")[row["indicator"]]
        value = formatting.qualified(row["value"], ind["unit_kind"], row["qualifier"], lang)
        tied.setdefault(row["event_id"], []).append(f"{ind[f'name_{lang}']}: {value}")
    return tied


def timeline(tables: Tables, lang: str) -> pd.DataFrame:
    """Milestones with their date in words, category label, tied figures and source."""
    # Made once per data version and language (the Sources page asks for it per source).
    return tables.prepared(("timeline", lang), lambda: _timeline(tables, lang)).copy()


def _timeline(tables: Tables, lang: str) -> pd.DataFrame:
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
    events["source_title"] = events["source_id"].map(source_titles(tables, lang))
    events["quote_lang"] = [
        language_name(c, lang) for c in events["source_id"].map(src["language"])
    ]
    return events.sort_values("date_start", na_position="last").reset_index(drop=True)


def timeline_summary(tables: Tables, lang: str) -> dict[str, int]:
    """How many dated milestones the chart shows, and their first and last year."""
    dated = timeline(tables, lang).dropna(subset=["date_start"])
    years = dated["year"]
    return {"count": len(dated), "first": int(years.min()), "last": int(years.max())}


def timeline_table(tables: Tables, lang: str) -> pd.DataFrame:
    """The chart as a table (its text alternative): date, category, title, source and quote."""
    dated = timeline(tables, lang).dropna(subset=["date_start"])
    keys = {"date_label": "date", "category_label": "category", "title": "title"}
    keys |= {"source_title": "source", "quote": "quote", "quote_lang": "quote_lang"}
    return dated[list(keys)].rename(columns={c: t(k, lang) for c, k in keys.items()})


def undated_events(tables: Tables, lang: str) -> pd.DataFrame:
    """Milestones whose source states no date: listed apart, never placed on the time axis."""
    return timeline(tables, lang).query("date_start.isna()")
