"""What each page shows, computed from the tables: small frames, ready to display."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import NATIONAL, TOTAL, Selection, distinct, select
from dashboard.tables import Tables
from loaders.text import locate_all

NOT_STATED = "not stated"
MENTION_COVERAGE = ("used", "dismissed", "open")
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


def area_options(tables: Tables) -> list[str]:
    """The areas the observations cover, the country first."""
    areas = distinct(tables.observations["ref_area"])
    return sorted(areas, key=lambda code: (code != NATIONAL, code))


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


def _records(tables: Tables, name: str) -> dict[str, dict]:
    """A small table (indicators, sources, events) as plain dicts by id: a row lookup in a
    dict costs far less than `.loc` on a frame; made once per data version."""
    return tables.prepared(("records", name), lambda: getattr(tables, name).to_dict("index"))


def source_help(tables: Tables, source_id: str, quote: str, lang: str) -> str:
    """Tooltip text: the source title, its date and the quote with its language tag."""
    src = _records(tables, "sources")[source_id]
    published = _published_label(src, lang)
    return (
        f"{t('source', lang)}: {src['title']} ({published})\n\n"
        f"{t('quote', lang)} [{src['language']}]: «{quote}»"
    )


def _period_kind(row: pd.Series | dict) -> tuple:
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


def _previous_positions(history: pd.DataFrame) -> np.ndarray:
    """For each row, the position of the latest earlier value of the same indicator, area, sex,
    age and kind of period (-1 when there is none): one vectorised pass per data version."""
    prev = np.full(len(history), -1, np.int64)
    stated = np.flatnonzero(
        (history["time_period"] != NOT_STATED).to_numpy() & history["period_end"].notna().to_numpy()
    )
    if not len(stated):
        return prev
    rows = history.iloc[stated]
    columns = ("time_period", "period_start", "period_end")
    values = zip(*(rows[c] for c in columns), strict=True)
    kinds = pd.Series(
        [_period_kind(dict(zip(columns, v, strict=True))) for v in values], index=rows.index
    )
    group = (
        rows.assign(kind=kinds)
        .groupby(["indicator", "ref_area", "sex", "age", "kind"], sort=False)
        .ngroup()
        .to_numpy()
    )
    end = rows["period_end"].to_numpy()
    order = np.lexsort((end, group))  # stable: ties keep the stored order
    g, e, pos = group[order], end[order], stated[order]
    n = len(order)
    new_block = np.ones(n, bool)
    new_block[1:] = (g[1:] != g[:-1]) | (e[1:] != e[:-1])
    block_start = np.maximum.accumulate(np.where(new_block, np.arange(n), 0))
    before = np.clip(block_start - 1, 0, None)
    found = (block_start > 0) & (g[before] == g)
    prev[pos] = np.where(found, pos[before], -1)
    return prev


def _kpi_history(tables: Tables, area: str = NATIONAL) -> pd.DataFrame:
    """An area's headline figures at each indicator's total age, each with the position of its
    previous comparable value: prepared once per data version and area, shared by every year."""

    def make() -> pd.DataFrame:
        national = Selection(area=area, sex=TOTAL, headline_only=True)
        history = _frame(select(tables.observations, national))
        total_age = history["indicator"].map(tables.indicators["total_age"])
        history = history[history["age"] == total_age].reset_index(drop=True)
        history["prev"] = _previous_positions(history)
        return history, history.to_dict("records")

    return tables.prepared(("kpi_history", area), make)


def _kpi(tables: Tables, row: dict, prev: dict | None, lang: str) -> Kpi:
    ind = _records(tables, "indicators")[row["indicator"]]
    kind = ind["unit_kind"]
    status = row["obs_status"]
    badges = (t(BADGE_KEYS[status], lang),) if status in BADGE_KEYS else ()
    if row["period_basis"] == "inferred":
        badges += (t("period_inferred", lang),)
    delta = delta_label = None
    if prev is not None and row["time_period"] != NOT_STATED:
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
        event=_records(tables, "events")[event][f"title_{lang}"] if event else None,
    )


def kpis(tables: Tables, year: int | None, lang: str, area: str = NATIONAL) -> dict[str, list[Kpi]]:
    """Headline figures of an area (the country by default): the latest per indicator (and
    event), grouped by domain.

    With a year, only figures whose period ends in that year. Under all years, figures
    whose period is not stated form their own group under the key NOT_STATED.
    """
    history, records = _kpi_history(tables, area)
    chosen = history if year is None else history[history["year"] == year]
    stated = chosen[chosen["time_period"] != NOT_STATED].sort_values("period_end", kind="stable")
    latest = stated.groupby(["indicator", stated["event_id"].fillna("")], sort=False).tail(1)
    groups: dict[str, list[Kpi]] = {}
    order = {code: i for i, code in enumerate(tables.indicators["code"])}

    def cards(rows: pd.DataFrame) -> list[Kpi]:
        # A card depends on its row and language only: made once, whatever year shows it.
        made = []
        by_indicator = rows.sort_values("indicator", kind="stable", key=lambda s: s.map(order))
        for position in by_indicator.index:
            row = records[position]
            prev = records[row["prev"]] if row["prev"] >= 0 else None
            made.append(
                tables.prepared(
                    ("kpi", area, lang, position),
                    lambda row=row, prev=prev: _kpi(tables, row, prev, lang),
                )
            )
        return made

    for found in cards(latest):
        groups.setdefault(found.domain, []).append(found)
    if year is None:
        unstated = cards(chosen[chosen["time_period"] == NOT_STATED])
        if unstated:
            groups[NOT_STATED] = unstated
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
    all_obs = tables.observations
    # Only the rows tied to an event become a frame (never every headline row of a large table).
    obs = _frame(all_obs.filter(pc.and_(all_obs["is_headline"], pc.is_valid(all_obs["event_id"]))))
    tied: dict[str, list[str]] = {}
    for _, row in obs.iterrows():
        ind = _records(tables, "indicators")[row["indicator"]]
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
    events["source_title"] = events["source_id"].map(src["title"])
    events["quote_lang"] = events["source_id"].map(src["language"])
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
        # Where the registry names none, None (the page shows a dash), never NaN.
        "crc_article": None if _missing(ind["crc_article"]) else ind["crc_article"],
        "sdg_target": None if _missing(ind["sdg_target"]) else ind["sdg_target"],
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
    frame = _frame(select(tables.observations, chosen))
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


# ---------------------------------------------------------------- sources


def source_list(tables: Tables, lang: str) -> pd.DataFrame:
    src = tables.sources.drop(columns=["text"]).copy()
    src["kind_label"] = [t(f"kind_{k}", lang) for k in src["kind"]]
    src["published_label"] = [_published_label(r._asdict(), lang) for r in src.itertuples()]
    return src.reset_index(drop=True)


def _published_label(src: dict, lang: str) -> str:
    """ "21 ноября 2016 г.", "2016" or "not stated", as precise as the document is."""
    if src["published"] == NOT_STATED:
        return t("not_stated", lang)
    return formatting.date(src["published_start"], lang, src["published_precision"])


def source_titles(tables: Tables) -> dict[str, str]:
    """Each source's id and title, in the manifest's order (titles stay in their language)."""
    return dict(zip(tables.sources.index, tables.sources["title"], strict=True))


def source_catalogue(tables: Tables, lang: str) -> pd.DataFrame:
    """One row per source for display: title, date, language, its figures and the finder's
    counts (publisher and kind are shown with the chosen source, to keep this table narrow)."""
    src = source_list(tables, lang)
    counts = pc.value_counts(tables.observations["source_id"]).to_pylist()
    figures = {c["values"]: c["counts"] for c in counts}
    milestones = tables.events["source_id"].value_counts().to_dict()
    shown = pd.DataFrame(
        {
            t("title", lang): src["title"],
            t("published", lang): src["published_label"],
            t("language", lang): [t(f"lang_{code}", lang) for code in src["language"]],
            t("figures_count", lang): [figures.get(s, 0) for s in src["source_id"]],
            t("milestones_count", lang): [milestones.get(s, 0) for s in src["source_id"]],
        }
    )
    for coverage, count in _mention_counts(tables, src["source_id"]).items():
        shown[t(f"mention_{coverage}", lang)] = count
    return shown


def _mention_counts(tables: Tables, source_ids: pd.Series) -> dict[str, list[int]]:
    """Per source, how many of the finder's mentions are used, dismissed and open."""
    if tables.mentions is None:
        return {}
    counts = tables.mentions.groupby(["source_id", "coverage"]).size()
    return {
        coverage: [int(counts.get((s, coverage), 0)) for s in source_ids]
        for coverage in MENTION_COVERAGE
    }


def mention_summary(tables: Tables, source_id: str) -> dict[str, int]:
    """How many of the source's mentions are used, dismissed and open ({} when none)."""
    counts = _mention_counts(tables, pd.Series([source_id]))
    summary = {coverage: values[0] for coverage, values in counts.items()}
    return summary if any(summary.values()) else {}


def source_details(tables: Tables, source_id: str, lang: str) -> dict:
    """One source's metadata with its labels in `lang` (its text apart: see source_text)."""
    src = source_list(tables, lang)
    row = src[src["source_id"] == source_id].iloc[0]
    return {key: None if _missing(value) else value for key, value in row.items()}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def source_text(tables: Tables, source_id: str) -> str:
    return tables.sources.loc[source_id, "text"]


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


def source_event_table(tables: Tables, source_id: str, lang: str) -> pd.DataFrame:
    """The milestones taken from one source, for display: date, title and quote."""
    shown = source_events(tables, source_id, lang)[["date_label", "title", "quote"]]
    shown.columns = [t(k, lang) for k in ("date", "title", "quote")]
    return shown


def source_mentions(tables: Tables, source_id: str) -> pd.DataFrame | None:
    """The finder's mentions of the source with their coverage, when the build made them."""
    if tables.mentions is None:
        return None
    return tables.mentions[tables.mentions["source_id"] == source_id].reset_index(drop=True)


def _mention_value(value: float | None, kind: str, lang: str) -> str:
    """A mention's value for the reader; years and identifiers ("MICS-2024") keep their digits."""
    if _missing(value):
        return ""
    return str(int(value)) if kind in ("year", "identifier") else formatting.number(value, lang)


def mention_table(tables: Tables, source_id: str, lang: str) -> pd.DataFrame:
    """The finder's mentions of one source for display: what, how it was covered, and why."""
    mentions = source_mentions(tables, source_id)
    reasons = mentions["used_by"].where(mentions["coverage"] == "used", mentions["reason"])
    shown = pd.DataFrame(
        {
            t("number_in_text", lang): mentions["text"],
            t("number_kind", lang): [t(f"mention_kind_{k}", lang) for k in mentions["kind"]],
            t("value", lang): [
                _mention_value(v, k, lang)
                for v, k in zip(mentions["value"], mentions["kind"], strict=True)
            ],
            t("coverage", lang): [t(f"mention_{c}", lang) for c in mentions["coverage"]],
            t("coverage_note", lang): reasons,
            t("repeats", lang): mentions["repeats"],
        }
    )
    return shown
